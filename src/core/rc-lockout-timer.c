/* rc-lockout-timer.c — wakes the lockout when it must look at the clock, and no more
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While a pause or a WAIT runs, the lockout must notice its end, a change
 * of the wall clock, and — only while something shows them — the seconds.
 * With the seconds held (rc_lockout_hold_seconds(), by a countdown on
 * screen) this wakes just after each shown second changes. Otherwise it
 * sleeps on two timers: one for the end, on the boot-time clock, so that it
 * fires on time across a suspend (at once on resume when the end passed
 * meanwhile); and one on the wall clock that the kernel cancels when the
 * clock is set or the computer resumes (TFD_TIMER_CANCEL_ON_SET), so a
 * change of the clock is noted and saved when it happens. Nothing wakes
 * once a second, or at all, in between.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <errno.h>
#include <glib-unix.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "rc-lockout-timer.h"

#define USEC ((gint64) G_USEC_PER_SEC)
/* A little late rather than early: the lockout then finds the second, or the wait, over. */
#define LATE_US 5000
/* Where no timerfd can be had, the end is looked for this often. */
#define FALLBACK_SECONDS 60

struct _RcLockoutTimer
{
  GObject    parent_instance;

  RcLockout *lockout;
  guint      tick_id;     /* the next shown second */
  guint      end_id;      /* the end, on the boot-time clock */
  int        end_fd;
  guint      wall_id;     /* the wall clock set, or a resume */
  int        wall_fd;
  guint      n_wakeups;
};

G_DEFINE_FINAL_TYPE (RcLockoutTimer, rc_lockout_timer, G_TYPE_OBJECT)

static void schedule (RcLockoutTimer *self);

static void
close_fd (int *fd)
{
  if (*fd >= 0)
    {
      close (*fd);
      *fd = -1;
    }
}

static void
clear_timers (RcLockoutTimer *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->end_id, g_source_remove);
  g_clear_handle_id (&self->wall_id, g_source_remove);
  close_fd (&self->end_fd);
  close_fd (&self->wall_fd);
}

/* Every wake-up comes here: the lockout reads the clocks, then the next one is set. */
static void
wake (RcLockoutTimer *self)
{
  self->n_wakeups++;
  rc_lockout_update (self->lockout);
  schedule (self);
}

static gboolean
tick_cb (gpointer user_data)
{
  RcLockoutTimer *self = user_data;

  self->tick_id = 0;
  wake (self);
  return G_SOURCE_REMOVE;
}

static gboolean
end_cb (int          fd,
        GIOCondition condition,
        gpointer     user_data)
{
  RcLockoutTimer *self = user_data;

  /* schedule() closes the descriptor, and this source with it. */
  self->end_id = 0;
  wake (self);
  return G_SOURCE_REMOVE;
}

static gboolean
wall_cb (int          fd,
         GIOCondition condition,
         gpointer     user_data)
{
  RcLockoutTimer *self = user_data;
  guint64 expirations;

  /* ECANCELED: the clock was set, or the computer resumed. Either way, look. */
  if (read (fd, &expirations, sizeof expirations) < 0 && errno == EAGAIN)
    return G_SOURCE_CONTINUE;
  self->wall_id = 0;
  wake (self);
  return G_SOURCE_REMOVE;
}

static int
timer_fd (clockid_t clock,
          int       flags,
          gint64    when_us)
{
  struct itimerspec when = { { 0, 0 }, { 0, 0 } };
  int fd = timerfd_create (clock, TFD_CLOEXEC | TFD_NONBLOCK);

  if (fd < 0)
    return -1;
  /* A zero time would disarm it. */
  when_us = MAX (when_us, 1);
  when.it_value.tv_sec = when_us / USEC;
  when.it_value.tv_nsec = (when_us % USEC) * 1000;
  if (timerfd_settime (fd, flags, &when, NULL) != 0)
    {
      close (fd);
      return -1;
    }
  return fd;
}

/* One wake-up when @left_us have passed on the boot-time clock, and one if the wall clock is
 * set (or the computer resumes) before. */
static gboolean
sleep_until_end (RcLockoutTimer *self,
                 gint64          left_us)
{
  self->end_fd = timer_fd (CLOCK_BOOTTIME, 0, left_us + LATE_US);
  if (self->end_fd < 0)
    return FALSE;
  self->end_id = g_unix_fd_add (self->end_fd, G_IO_IN, end_cb, self);

  /* An absolute time well after the end: only a change of the clock makes it fire early. */
  self->wall_fd = timer_fd (CLOCK_REALTIME, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET,
                            g_get_real_time () + left_us + 24 * 3600 * USEC);
  if (self->wall_fd >= 0)
    self->wall_id = g_unix_fd_add (self->wall_fd, G_IO_IN, wall_cb, self);
  return TRUE;
}

static void
schedule (RcLockoutTimer *self)
{
  RcLockoutState state = rc_lockout_get_state (self->lockout);
  gint64 left;

  clear_timers (self);
  if (state != RC_LOCKOUT_WAITING && state != RC_LOCKOUT_PAUSED)
    return;
  left = rc_lockout_get_remaining_us (self->lockout);

  if (rc_lockout_get_seconds_held (self->lockout))
    {
      /* Just after the shown second changes, not on a fixed beat. */
      guint delay_ms = (left % USEC + LATE_US) / 1000;

      self->tick_id = g_timeout_add (delay_ms, tick_cb, self);
      return;
    }

  if (!sleep_until_end (self, left))
    self->tick_id = g_timeout_add_seconds (MIN (FALLBACK_SECONDS, left / USEC + 1), tick_cb, self);
}

/* A countdown came into view or left it. */
static void
seconds_held_cb (RcLockoutTimer *self)
{
  /* What it shows must be right at once, however long nothing looked. */
  if (rc_lockout_get_seconds_held (self->lockout))
    rc_lockout_update (self->lockout);
  schedule (self);
}

static void
rc_lockout_timer_dispose (GObject *object)
{
  RcLockoutTimer *self = RC_LOCKOUT_TIMER (object);

  clear_timers (self);
  if (self->lockout != NULL)
    g_signal_handlers_disconnect_by_data (self->lockout, self);
  g_clear_object (&self->lockout);

  G_OBJECT_CLASS (rc_lockout_timer_parent_class)->dispose (object);
}

static void
rc_lockout_timer_class_init (RcLockoutTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_lockout_timer_dispose;
}

static void
rc_lockout_timer_init (RcLockoutTimer *self)
{
  self->end_fd = -1;
  self->wall_fd = -1;
}

/**
 * rc_lockout_timer_new:
 *
 * Returns: (transfer full): a timer that keeps @lockout's pauses and WAITs
 *   running from now on, for as long as it lives
 */
RcLockoutTimer *
rc_lockout_timer_new (RcLockout *lockout)
{
  RcLockoutTimer *self;

  g_return_val_if_fail (RC_IS_LOCKOUT (lockout), NULL);

  self = g_object_new (RC_TYPE_LOCKOUT_TIMER, NULL);
  self->lockout = g_object_ref (lockout);
  /* A new pause or WAIT, or one restarted, comes with a new state or a new remaining time
   * (its first second); the end comes as a new state. */
  g_signal_connect_swapped (lockout, "notify::state", G_CALLBACK (schedule), self);
  g_signal_connect_swapped (lockout, "notify::clock-jump", G_CALLBACK (schedule), self);
  g_signal_connect_swapped (lockout, "notify::seconds-held", G_CALLBACK (seconds_held_cb), self);
  schedule (self);
  return self;
}

RcLockout *
rc_lockout_timer_get_lockout (RcLockoutTimer *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_TIMER (self), NULL);

  return self->lockout;
}

/* Whether it wakes for each second (only while a countdown is shown), for tests. */
gboolean
rc_lockout_timer_is_ticking (RcLockoutTimer *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_TIMER (self), FALSE);

  return self->tick_id != 0;
}

/* Whether it sleeps until the end of the pause or WAIT, for tests. */
gboolean
rc_lockout_timer_is_waiting_for_end (RcLockoutTimer *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_TIMER (self), FALSE);

  return self->end_id != 0;
}

/* How many times it woke, for tests and benchmarks. */
guint
rc_lockout_timer_get_n_wakeups (RcLockoutTimer *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_TIMER (self), 0);

  return self->n_wakeups;
}
