/* rc-lockout.h — attempts and the WAIT clock, kept safe on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"
#include "rc-state-file.h"

G_BEGIN_DECLS

typedef enum
{
  RC_LOCKOUT_READY,      /* the radio takes a code */
  RC_LOCKOUT_PAUSED,     /* a short pause after a wrong code */
  RC_LOCKOUT_WAITING,    /* WAIT: the long lockout */
  RC_LOCKOUT_LOCKED,     /* locked for good */
  RC_LOCKOUT_UNLOCKED,   /* the code was accepted */
} RcLockoutState;

typedef enum
{
  RC_CLOCK_STEADY,
  RC_CLOCK_JUMPED_BACK,
  RC_CLOCK_JUMPED_AHEAD,
} RcClockJump;

/* Both in microseconds: wall time survives restarts, monotonic time does not jump. */
typedef gint64 (*RcClockFunc) (gpointer user_data);

gint64          rc_clock_boottime              (gpointer        user_data);

#define RC_TYPE_LOCKOUT (rc_lockout_get_type ())

G_DECLARE_FINAL_TYPE (RcLockout, rc_lockout, RC, LOCKOUT, GObject)

RcLockout      *rc_lockout_new                 (RcCatalog      *catalog);
RcClockFunc     rc_lockout_get_running_clock   (RcLockout      *self);
void            rc_lockout_set_boot_id         (RcLockout      *self,
                                                const char     *boot_id);
void            rc_lockout_set_clock           (RcLockout      *self,
                                                RcClockFunc     wall,
                                                RcClockFunc     monotonic,
                                                gpointer        user_data);
void            rc_lockout_set_read_only       (RcLockout      *self,
                                                gboolean        read_only);
gboolean        rc_lockout_load                (RcLockout      *self,
                                                const char     *path,
                                                GError        **error);
const char     *rc_lockout_get_path            (RcLockout      *self);
RcCatalog      *rc_lockout_get_catalog         (RcLockout      *self);
RcLockoutRule  *rc_lockout_get_rule            (RcLockout      *self);
void            rc_lockout_set_rule            (RcLockout      *self,
                                                RcLockoutRule  *rule);
RcLockoutState  rc_lockout_get_state           (RcLockout      *self);
gboolean        rc_lockout_record              (RcLockout      *self,
                                                gboolean        accepted);
gboolean        rc_lockout_record_code         (RcLockout      *self,
                                                const char     *code,
                                                gboolean        accepted);
gint64          rc_lockout_get_refused_at      (RcLockout      *self,
                                                const char     *code);
guint           rc_lockout_get_n_refused       (RcLockout      *self);
void            rc_lockout_begin_wait          (RcLockout      *self);
void            rc_lockout_restart_wait        (RcLockout      *self);
void            rc_lockout_reset               (RcLockout      *self);
void            rc_lockout_update              (RcLockout      *self);
guint           rc_lockout_get_failures        (RcLockout      *self);
guint           rc_lockout_get_attempts_left   (RcLockout      *self);
guint           rc_lockout_get_round_size      (RcLockout      *self);
int             rc_lockout_get_failures_left   (RcLockout      *self);
guint           rc_lockout_get_duration        (RcLockout      *self);
guint           rc_lockout_get_remaining       (RcLockout      *self);
gint64          rc_lockout_get_remaining_us    (RcLockout      *self);
double          rc_lockout_get_fraction        (RcLockout      *self);
RcClockJump     rc_lockout_get_clock_jump      (RcLockout      *self);
const char     *rc_lockout_get_save_error      (RcLockout      *self);
gboolean        rc_lockout_flush               (RcLockout      *self);
void            rc_lockout_hold_seconds        (RcLockout      *self);
void            rc_lockout_release_seconds     (RcLockout      *self);
gboolean        rc_lockout_get_seconds_held    (RcLockout      *self);
RcStateSaver   *rc_lockout_get_saver           (RcLockout      *self);

const char     *rc_lockout_state_to_string     (RcLockoutState  state);

G_END_DECLS
