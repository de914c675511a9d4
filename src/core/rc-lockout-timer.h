/* rc-lockout-timer.h — wakes the lockout when it must look at the clock, and no more
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-lockout.h"

G_BEGIN_DECLS

#define RC_TYPE_LOCKOUT_TIMER (rc_lockout_timer_get_type ())

G_DECLARE_FINAL_TYPE (RcLockoutTimer, rc_lockout_timer, RC, LOCKOUT_TIMER, GObject)

RcLockoutTimer *rc_lockout_timer_new                (RcLockout      *lockout);
RcLockout      *rc_lockout_timer_get_lockout        (RcLockoutTimer *self);
gboolean        rc_lockout_timer_is_ticking         (RcLockoutTimer *self);
gboolean        rc_lockout_timer_is_waiting_for_end (RcLockoutTimer *self);
guint           rc_lockout_timer_get_n_wakeups      (RcLockoutTimer *self);

G_END_DECLS
