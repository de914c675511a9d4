/* rc-lockout-page.h — the WAIT timer and the attempt tracker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-lockout.h"

G_BEGIN_DECLS

#define RC_TYPE_LOCKOUT_PAGE (rc_lockout_page_get_type ())

G_DECLARE_FINAL_TYPE (RcLockoutPage, rc_lockout_page, RC, LOCKOUT_PAGE, GtkWidget)

GtkWidget *rc_lockout_page_new         (RcLockout     *lockout);
RcLockout *rc_lockout_page_get_lockout (RcLockoutPage *self);
const char *rc_lockout_page_get_spoken_remaining (RcLockoutPage *self);

G_END_DECLS
