/* rc-lockout.c — attempts and the WAIT clock, kept safe on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The state is written atomically (g_file_set_contents) whenever it changes,
 * on a worker thread as soon as the main loop is idle (RcStateSaver), so a
 * crash or kill loses at most the change of the moment and never leaves half
 * a file. Time is counted with the boot-time clock
 * while the app runs and with the wall clock across restarts. The boot-time
 * clock is monotonic but keeps counting while the computer is suspended, as
 * the radio in the car does. When the two disagree, the wall clock was
 * changed: the countdown follows real time and says so, rather than ending
 * early or running long without a word.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <time.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "rc-lockout.h"
#include "rc-enum.h"
#include "rc-state-file.h"

#define USEC ((gint64) G_USEC_PER_SEC)
/* More difference than this between the two clocks is a change of the wall clock. */
#define JUMP_TOLERANCE (2 * USEC)
#define STATE_GROUP "lockout"
/* Saved wall-clock times outside these years are not ones this app wrote. */
#define EARLIEST_WALL (G_GINT64_CONSTANT (946684800) * USEC)    /* 2000 */
#define LATEST_WALL (G_GINT64_CONSTANT (4102444800) * USEC)     /* 2100 */
/* No radio's wait is longer. */
#define LONGEST_WAIT (30 * 24 * 3600)
/* Differences of clock readings are held within this, so that no sum of them overflows. */
#define LONGEST_SPAN (LATEST_WALL - EARLIEST_WALL)
#define STATE_VERSION 1

struct _RcLockout
{
  GObject         parent_instance;

  RcCatalog      *catalog;
  RcLockoutRule  *rule;
  char           *path;

  RcClockFunc     wall;
  RcClockFunc     monotonic;
  gpointer        clock_data;

  RcLockoutState  state;
  guint           failures;        /* wrong codes in all */
  guint           round_failures;  /* wrong codes since the last wait */
  guint           waits;           /* waits started */
  guint           duration;        /* seconds of the current wait or pause */
  gint64          elapsed;         /* µs of it counted up to the anchors */
  gint64          anchor_wall;
  gint64          anchor_monotonic;
  char           *boot_id;         /* this boot's, so that a restart can trust the boot clock */
  char           *saved_boot_id;   /* as read from the state file, or NULL */
  gint64          saved_anchor_boot;
  guint           remaining;       /* seconds, rounded up, as last notified */
  RcClockJump     jump;
  GArray         *refused;         /* Refusal: codes this radio refused, oldest first */
  char           *save_error;      /* why the last save failed, or NULL */
  RcStateSaver   *saver;
  guint           seconds_held;    /* countdowns on screen (rc_lockout_hold_seconds()) */
  gboolean        unreadable;      /* the file could not be read: never write over it */
  gboolean        read_only;       /* only looked at (radio-code --status): never written */
};

/* A code the radio refused, and when (wall clock, µs). */
typedef struct
{
  char   *code;
  gint64  when;
} Refusal;

/* Longer codes than this are no radio's. */
#define MAX_CODE_LENGTH 8

G_DEFINE_FINAL_TYPE (RcLockout, rc_lockout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE,
  PROP_STATE,
  PROP_FAILURES,
  PROP_ATTEMPTS_LEFT,
  PROP_REMAINING,
  PROP_CLOCK_JUMP,
  PROP_SAVE_ERROR,
  PROP_SECONDS_HELD,
  N_PROPS
};

enum {
  WAIT_FINISHED,
  RESET,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
default_wall (gpointer user_data)
{
  return g_get_real_time ();
}

/**
 * rc_clock_boottime:
 *
 * Microseconds since boot, suspend included (CLOCK_BOOTTIME): the clock the
 * countdown runs on, so that a WAIT goes on while the laptop sleeps.
 */
gint64
rc_clock_boottime (gpointer user_data)
{
  struct timespec now;

  if (clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return g_get_monotonic_time ();
  return (gint64) now.tv_sec * USEC + now.tv_nsec / 1000;
}

/* @later - @earlier, held within ±LONGEST_SPAN: a clock or a file may hold any value, and a
 * difference beyond a century means no more than "very long". */
static gint64
span (gint64 later,
      gint64 earlier)
{
  if (earlier > 0 && later < G_MININT64 + earlier)
    return -LONGEST_SPAN;
  if (earlier < 0 && later > G_MAXINT64 + earlier)
    return LONGEST_SPAN;
  return CLAMP (later - earlier, -LONGEST_SPAN, LONGEST_SPAN);
}

static gboolean
is_counting (RcLockout *self)
{
  return self->state == RC_LOCKOUT_WAITING || self->state == RC_LOCKOUT_PAUSED;
}

static void
anchor_now (RcLockout *self)
{
  self->anchor_wall = self->wall (self->clock_data);
  self->anchor_monotonic = self->monotonic (self->clock_data);
}

static void save (RcLockout *self);

static void
set_save_error (RcLockout  *self,
                const char *message)
{
  if (g_strcmp0 (self->save_error, message) == 0)
    return;
  g_free (self->save_error);
  self->save_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static void
save (RcLockout *self)
{
  if (self->path == NULL || self->read_only)
    return;
  if (self->unreadable)
    {
      set_save_error (self, _("The saved tries could not be read, so nothing is written over "
                              "them. What you record now is kept while the app runs."));
      return;
    }
  rc_state_saver_queue (self->saver);
}

/* The whole state as it is now, for the saver to write. */
static GKeyFile *
fill_cb (gpointer user_data)
{
  RcLockout *self = user_data;
  GKeyFile *file;

  if (self->unreadable)
    return NULL;

  file = g_key_file_new ();
  g_key_file_set_integer (file, STATE_GROUP, "version", STATE_VERSION);
  g_key_file_set_string (file, STATE_GROUP, "rule", rc_lockout_rule_get_id (self->rule));
  g_key_file_set_string (file, STATE_GROUP, "state", rc_lockout_state_to_string (self->state));
  g_key_file_set_uint64 (file, STATE_GROUP, "failures", self->failures);
  /* A rule switched mid-round may allow fewer tries than were spent: the file holds no more
   * than the rule does, so that the next start believes it. */
  g_key_file_set_uint64 (file, STATE_GROUP, "round-failures",
                         MIN (self->round_failures, rc_lockout_get_round_size (self)));
  g_key_file_set_uint64 (file, STATE_GROUP, "waits", self->waits);
  g_key_file_set_uint64 (file, STATE_GROUP, "duration", self->duration);
  g_key_file_set_int64 (file, STATE_GROUP, "elapsed-us", self->elapsed);
  g_key_file_set_int64 (file, STATE_GROUP, "anchor-wall-us", self->anchor_wall);
  /* Within one boot the boot clock says how long the app was closed, whatever the wall
   * clock was set to meanwhile. */
  if (self->boot_id != NULL)
    {
      g_key_file_set_string (file, STATE_GROUP, "boot-id", self->boot_id);
      g_key_file_set_int64 (file, STATE_GROUP, "anchor-boot-us", self->anchor_monotonic);
    }
  if (self->refused->len > 0)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) refused = NULL;

      for (guint i = 0; i < self->refused->len; i++)
        {
          Refusal *refusal = &g_array_index (self->refused, Refusal, i);
          g_autofree char *item = g_strdup_printf ("%s@%" G_GINT64_FORMAT, /* not shown to people */
                                                   refusal->code, refusal->when);

          g_strv_builder_add (builder, item);
        }
      refused = g_strv_builder_end (builder);
      g_key_file_set_string_list (file, STATE_GROUP, "refused",
                                  (const char * const *) refused, g_strv_length (refused));
    }
  return file;
}

static void
saved_cb (gpointer      user_data,
          const GError *error)
{
  RcLockout *self = user_data;
  g_autofree char *message = NULL;

  /* Nothing recorded is dropped: it stays in memory, and the saver writes it again shortly. */
  if (error != NULL)
    message = g_strdup_printf (_("The tries and the WAIT countdown could not be saved (%s). "
                                 "They are kept while the app runs, and saved again every "
                                 "30 seconds until it works."), error->message);
  set_save_error (self, message);
}

static void
notify_counts (RcLockout *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILURES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTEMPTS_LEFT]);
}

static void
set_state (RcLockout      *self,
           RcLockoutState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
start_counting (RcLockout      *self,
                RcLockoutState  state,
                guint           seconds)
{
  self->duration = seconds;
  self->elapsed = 0;
  self->jump = RC_CLOCK_STEADY;
  anchor_now (self);
  set_state (self, state);
  rc_lockout_update (self);
}

static void
rc_lockout_dispose (GObject *object)
{
  RcLockout *self = RC_LOCKOUT (object);

  /* What is not on disk yet goes there now, before the state it is made of goes. */
  g_clear_pointer (&self->saver, rc_state_saver_close);
  g_clear_object (&self->rule);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (rc_lockout_parent_class)->dispose (object);
}

static void
rc_lockout_finalize (GObject *object)
{
  RcLockout *self = RC_LOCKOUT (object);

  g_free (self->path);
  g_free (self->boot_id);
  g_free (self->saved_boot_id);
  g_free (self->save_error);
  g_array_unref (self->refused);

  G_OBJECT_CLASS (rc_lockout_parent_class)->finalize (object);
}

static void
rc_lockout_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RcLockout *self = RC_LOCKOUT (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_object (value, self->rule);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_FAILURES:
      g_value_set_uint (value, self->failures);
      break;
    case PROP_ATTEMPTS_LEFT:
      g_value_set_uint (value, rc_lockout_get_attempts_left (self));
      break;
    case PROP_REMAINING:
      g_value_set_uint (value, self->remaining);
      break;
    case PROP_CLOCK_JUMP:
      g_value_set_enum (value, self->jump);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_string (value, self->save_error);
      break;
    case PROP_SECONDS_HELD:
      g_value_set_boolean (value, self->seconds_held > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_lockout_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RcLockout *self = RC_LOCKOUT (object);

  switch (prop_id)
    {
    case PROP_RULE:
      rc_lockout_set_rule (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_lockout_class_init (RcLockoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_lockout_dispose;
  object_class->finalize = rc_lockout_finalize;
  object_class->get_property = rc_lockout_get_property;
  object_class->set_property = rc_lockout_set_property;

  properties[PROP_RULE] =
    g_param_spec_object ("rule", NULL, NULL, RC_TYPE_LOCKOUT_RULE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, RC_TYPE_LOCKOUT_STATE, RC_LOCKOUT_READY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAILURES] =
    g_param_spec_uint ("failures", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTEMPTS_LEFT] =
    g_param_spec_uint ("attempts-left", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REMAINING] =
    g_param_spec_uint ("remaining", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK_JUMP] =
    g_param_spec_enum ("clock-jump", NULL, NULL, RC_TYPE_CLOCK_JUMP, RC_CLOCK_STEADY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVE_ERROR] =
    g_param_spec_string ("save-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Whether a countdown on screen wants :remaining every second (see RcLockoutTimer). */
  properties[PROP_SECONDS_HELD] =
    g_param_spec_boolean ("seconds-held", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcLockout::wait-finished:
   *
   * A WAIT ran out: the radio takes codes again.
   */
  signals[WAIT_FINISHED] =
    g_signal_new ("wait-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * RcLockout::reset:
   *
   * Every try was forgotten: a new attempt starts, for this radio or another.
   */
  signals[RESET] =
    g_signal_new ("reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
clear_refusal (gpointer data)
{
  g_free (((Refusal *) data)->code);
}

static void
rc_lockout_init (RcLockout *self)
{
  self->wall = default_wall;
  self->monotonic = rc_clock_boottime;
  self->refused = g_array_new (FALSE, FALSE, sizeof (Refusal));
  g_array_set_clear_func (self->refused, clear_refusal);
  self->saver = rc_state_saver_new (fill_cb, saved_cb, self);
  if (g_file_get_contents ("/proc/sys/kernel/random/boot_id", &self->boot_id, NULL, NULL))
    g_strstrip (self->boot_id);
  /* Saved times are always real ones, even before anything was counted. */
  anchor_now (self);
}

/* Pretends another boot, for tests of what a restart of the computer does; %NULL for none. */
void
rc_lockout_set_boot_id (RcLockout  *self,
                        const char *boot_id)
{
  g_return_if_fail (RC_IS_LOCKOUT (self));

  g_free (self->boot_id);
  self->boot_id = g_strdup (boot_id);
}

/**
 * rc_lockout_new:
 *
 * Returns: a lockout in its first state, following the catalog's fallback rule
 */
RcLockout *
rc_lockout_new (RcCatalog *catalog)
{
  RcLockout *self;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);

  self = g_object_new (RC_TYPE_LOCKOUT, NULL);
  self->catalog = g_object_ref (catalog);
  self->rule = g_object_ref (rc_catalog_get_fallback_lockout (catalog));
  return self;
}

/* The clock that times waits while the app runs: rc_clock_boottime() unless a test set another. */
RcClockFunc
rc_lockout_get_running_clock (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), NULL);

  return self->monotonic;
}

/* Replaces the clocks, for tests; both return microseconds. */
void
rc_lockout_set_clock (RcLockout   *self,
                      RcClockFunc  wall,
                      RcClockFunc  monotonic,
                      gpointer     user_data)
{
  g_return_if_fail (RC_IS_LOCKOUT (self));
  g_return_if_fail (wall != NULL && monotonic != NULL);

  self->wall = wall;
  self->monotonic = monotonic;
  self->clock_data = user_data;
  anchor_now (self);
}

static gboolean
read_uint (GKeyFile   *file,
           const char *key,
           guint       max,
           guint      *value,
           GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  guint64 n = g_key_file_get_uint64 (file, STATE_GROUP, key, &local_error);

  if (local_error != NULL || n > max)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   /* Translators: why the saved tries could not be read (in brackets); %s is a key
                    * of the state file (“failures”), which stays as it is */
                   _("“%s” is missing or out of range"), key);
      return FALSE;
    }
  *value = n;
  return TRUE;
}

static gboolean
is_code_text (const char *code)
{
  gsize length = strlen (code);

  if (length == 0 || length > MAX_CODE_LENGTH)
    return FALSE;
  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* "1609@1764633600000000": a refused code and when, as save() writes them. */
static gboolean
read_refused (RcLockout  *self,
              GKeyFile   *file,
              GError    **error)
{
  g_auto(GStrv) items = g_key_file_get_string_list (file, STATE_GROUP, "refused", NULL, NULL);

  g_array_set_size (self->refused, 0);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (items[i], "@", 2);
      gint64 when;
      Refusal refusal;

      if (g_strv_length (parts) != 2 || !is_code_text (parts[0]) ||
          !g_ascii_string_to_signed (parts[1], 10, 1, G_MAXINT64, &when, NULL) ||
          i >= 1000)
        {
          g_set_error_literal (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                               /* Translators: why the saved tries could not be read
                                * (in brackets) */
                               _("the refused codes are damaged"));
          return FALSE;
        }
      refusal.code = g_strdup (parts[0]);
      refusal.when = when;
      g_array_append_val (self->refused, refusal);
    }
  return TRUE;
}

/* The file's format version and its state word, the first things read. */
static gboolean
read_version_and_state (GKeyFile  *file,
                        int       *state_index,
                        GError   **error)
{
  g_autofree char *state = NULL;
  guint version;

  if (!read_uint (file, "version", G_MAXUINT, &version, error))
    return FALSE;
  if (version != STATE_VERSION)
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   /* Translators: why the saved tries could not be read (in brackets); %u is the
                    * file's format version (not a count) */
                   _("the file is in format %u, which this version of the app does not write"),
                   version);
      return FALSE;
    }

  state = g_key_file_get_string (file, STATE_GROUP, "state", NULL);
  if (!rc_enum_from_nick (RC_TYPE_LOCKOUT_STATE, state, state_index))
    {
      g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                   /* Translators: why the saved tries could not be read (in brackets); %s is the
                    * state word of the file (“waiting”), which stays as it is */
                   _("unknown state “%s”"), state != NULL ? state : "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_state (RcLockout  *self,
            GKeyFile   *file,
            GError    **error)
{
  g_autofree char *rule_id = NULL;
  g_autoptr(GError) local_error = NULL;
  RcLockoutRule *rule;
  gint64 elapsed, anchor;
  int state_index = -1;

  if (!read_version_and_state (file, &state_index, error))
    return FALSE;

  if (!read_uint (file, "failures", 100000, &self->failures, error) ||
      !read_uint (file, "round-failures", 100000, &self->round_failures, error) ||
      !read_uint (file, "waits", 100000, &self->waits, error) ||
      !read_uint (file, "duration", 10 * 24 * 3600, &self->duration, error))
    return FALSE;

  elapsed = g_key_file_get_int64 (file, STATE_GROUP, "elapsed-us", &local_error);
  if (local_error == NULL)
    anchor = g_key_file_get_int64 (file, STATE_GROUP, "anchor-wall-us", &local_error);
  if (local_error != NULL || elapsed < 0)
    {
      g_set_error_literal (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                           /* Translators: why the saved tries could not be read (in brackets) */
                           _("the saved times are missing or damaged"));
      return FALSE;
    }

  if (!read_refused (self, file, error))
    return FALSE;

  /* A rule this version no longer has falls back; the counts still hold. */
  rule_id = g_key_file_get_string (file, STATE_GROUP, "rule", NULL);
  rule = rc_catalog_lookup_lockout (self->catalog, rule_id);
  if (rule != NULL)
    g_set_object (&self->rule, rule);

  /* Nothing read is trusted beyond what the rule and the clock allow. */
  if (anchor < EARLIEST_WALL || anchor > LATEST_WALL || self->duration > LONGEST_WAIT ||
      elapsed > self->duration * USEC || self->round_failures > self->failures ||
      (rule != NULL && self->round_failures > rc_lockout_rule_get_attempts (rule, self->waits) &&
       state_index != RC_LOCKOUT_LOCKED && state_index != RC_LOCKOUT_UNLOCKED))
    {
      g_set_error_literal (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                           /* Translators: why the saved tries could not be read (in brackets) */
                           _("the saved counts or times are out of range"));
      return FALSE;
    }

  g_clear_pointer (&self->saved_boot_id, g_free);
  self->saved_boot_id = g_key_file_get_string (file, STATE_GROUP, "boot-id", NULL);
  self->saved_anchor_boot = g_key_file_get_int64 (file, STATE_GROUP, "anchor-boot-us", NULL);

  self->state = state_index;
  self->elapsed = elapsed;
  self->anchor_wall = anchor;
  return TRUE;
}

/* How long the app was closed. Within one boot the boot clock knows, whatever happened to the
 * wall clock (set back, then corrected, say); across a restart of the computer only the wall
 * clock does, and time it seems to have run backwards counts for nothing. Either way a change
 * of the wall clock is noted. */
static gint64
time_away (RcLockout *self)
{
  gint64 wall_away = span (self->wall (self->clock_data), self->anchor_wall);
  gint64 boot = self->monotonic (self->clock_data);
  gint64 away;

  if (self->boot_id != NULL && g_strcmp0 (self->boot_id, self->saved_boot_id) == 0 &&
      boot >= self->saved_anchor_boot && self->saved_anchor_boot >= 0)
    away = span (boot, self->saved_anchor_boot);
  else
    away = MAX (wall_away, 0);

  if (ABS (wall_away - away) > JUMP_TOLERANCE)
    self->jump = wall_away < away ? RC_CLOCK_JUMPED_BACK : RC_CLOCK_JUMPED_AHEAD;
  return away;
}

/* A state file that was read but not understood (@damage says why) is set aside, unless the
 * lockout only looks, and the count starts afresh. */
static void
refuse_damaged (RcLockout    *self,
                const char   *path,
                const GError *damage,
                GError      **error)
{
  g_autofree char *aside = self->read_only ? NULL : rc_state_file_set_aside (path);

  if (self->read_only)
    g_set_error (error, damage->domain, damage->code,
                 _("The saved tries and WAIT countdown could not be read (%s). The file is "
                   "left as it is."), damage->message);
  else if (aside != NULL)
    g_set_error (error, damage->domain, damage->code,
                 _("The saved tries and WAIT countdown could not be read (%s). The file was "
                   "kept as %s, and the count starts afresh: tell the app again what the "
                   "radio shows."), damage->message, aside);
  else
    g_set_error (error, damage->domain, damage->code,
                 _("The saved tries and WAIT countdown could not be read (%s), and the file "
                   "could not be moved aside. The count starts afresh: tell the app again "
                   "what the radio shows."), damage->message);
  rc_lockout_reset (self);
}

/**
 * rc_lockout_load:
 * @path: where the state is kept; it is saved there from now on
 *
 * Reads the state saved at @path, if there is one, and catches up with the
 * time that passed while the app was not running. A file that cannot be
 * understood is set aside as @path.corrupt (numbered, never deleted or
 * overwritten) and the lockout starts fresh; the error says so.
 */
gboolean
rc_lockout_load (RcLockout   *self,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  gint64 away;

  g_return_val_if_fail (RC_IS_LOCKOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  rc_state_saver_switch_path (self->saver, path);
  g_free (self->path);
  self->path = g_strdup (path);
  self->unreadable = FALSE;
  if (!self->read_only)
    rc_state_file_clean (path);

  if (!rc_state_file_load (path, file, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      /* Unreadable is not damaged: a file we may not read is left alone, and not overwritten. */
      if (local_error->domain == G_FILE_ERROR)
        {
          self->unreadable = TRUE;
          g_set_error (error, local_error->domain, local_error->code,
                       _("The saved tries and WAIT countdown could not be read (%s). The file "
                         "is left as it is, and nothing is saved over it until it can be read."),
                       local_error->message);
          return FALSE;
        }
    }
  else
    {
      read_state (self, file, &local_error);
    }

  if (local_error != NULL)
    {
      refuse_damaged (self, path, local_error, error);
      return FALSE;
    }

  /* Catch up with the time spent closed. */
  if (is_counting (self))
    {
      away = time_away (self);
      self->elapsed = MIN (self->elapsed + away, self->duration * USEC);
    }
  anchor_now (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RULE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  notify_counts (self);
  save (self);
  rc_lockout_update (self);
  return TRUE;
}

/* Only looks: loading cleans nothing up and sets nothing aside, and nothing is ever saved. */
void
rc_lockout_set_read_only (RcLockout *self,
                          gboolean   read_only)
{
  g_return_if_fail (RC_IS_LOCKOUT (self));

  self->read_only = read_only;
}

RcCatalog *
rc_lockout_get_catalog (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), NULL);

  return self->catalog;
}

const char *
rc_lockout_get_path (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), NULL);

  return self->path;
}

RcLockoutRule *
rc_lockout_get_rule (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), NULL);

  return self->rule;
}

/* Follows another rule from the next wrong code on; counts so far are kept. */
void
rc_lockout_set_rule (RcLockout     *self,
                     RcLockoutRule *rule)
{
  g_return_if_fail (RC_IS_LOCKOUT (self));
  g_return_if_fail (RC_IS_LOCKOUT_RULE (rule));

  if (!g_set_object (&self->rule, rule))
    return;

  save (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RULE]);
  notify_counts (self);
}

RcLockoutState
rc_lockout_get_state (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), RC_LOCKOUT_READY);

  return self->state;
}

/**
 * rc_lockout_record:
 * @accepted: whether the radio took the code
 *
 * Records a try on the radio, and starts a pause or a WAIT when the rule
 * says so.
 *
 * Returns: %FALSE when the radio takes no code now (waiting or locked)
 */
gboolean
rc_lockout_record (RcLockout *self,
                   gboolean   accepted)
{
  guint allowed, permanent;

  g_return_val_if_fail (RC_IS_LOCKOUT (self), FALSE);

  rc_lockout_update (self);
  if (is_counting (self) || self->state == RC_LOCKOUT_LOCKED)
    return FALSE;

  if (accepted)
    {
      set_state (self, RC_LOCKOUT_UNLOCKED);
      save (self);
      return TRUE;
    }

  self->failures++;
  self->round_failures++;
  allowed = rc_lockout_rule_get_attempts (self->rule, self->waits);
  permanent = rc_lockout_rule_get_permanent_after (self->rule);

  if (permanent > 0 && self->failures >= permanent)
    {
      set_state (self, RC_LOCKOUT_LOCKED);
    }
  else if (self->round_failures >= allowed)
    {
      self->round_failures = 0;
      start_counting (self, RC_LOCKOUT_WAITING, rc_lockout_rule_get_wait (self->rule, self->waits));
      self->waits++;
    }
  else if (rc_lockout_rule_get_penalty (self->rule) > 0)
    {
      start_counting (self, RC_LOCKOUT_PAUSED, rc_lockout_rule_get_penalty (self->rule));
    }
  else
    {
      set_state (self, RC_LOCKOUT_READY);
    }

  save (self);
  notify_counts (self);
  return TRUE;
}

static Refusal *
find_refusal (RcLockout  *self,
              const char *code)
{
  for (guint i = 0; i < self->refused->len; i++)
    {
      Refusal *refusal = &g_array_index (self->refused, Refusal, i);

      if (g_str_equal (refusal->code, code))
        return refusal;
    }
  return NULL;
}

/**
 * rc_lockout_record_code:
 * @code: the digits entered, as rc_code_is_valid() accepts them without spaces
 * @accepted: whether the radio took it
 *
 * Records a try of @code, as rc_lockout_record() does, and remembers a
 * refused code with the time, so that the same code is not spent twice.
 *
 * Returns: %FALSE when the radio takes no code now (waiting or locked)
 */
gboolean
rc_lockout_record_code (RcLockout  *self,
                        const char *code,
                        gboolean    accepted)
{
  Refusal *refusal;

  g_return_val_if_fail (RC_IS_LOCKOUT (self), FALSE);
  g_return_val_if_fail (code != NULL && is_code_text (code), FALSE);

  if (accepted)
    return rc_lockout_record (self, TRUE);

  rc_lockout_update (self);
  if (is_counting (self) || self->state == RC_LOCKOUT_LOCKED)
    return FALSE;

  refusal = find_refusal (self, code);
  if (refusal != NULL)
    refusal->when = self->wall (self->clock_data);
  else
    {
      Refusal added = { g_strdup (code), self->wall (self->clock_data) };

      g_array_append_val (self->refused, added);
    }
  /* Saved with the count, in the one write rc_lockout_record() makes. */
  return rc_lockout_record (self, FALSE);
}

/**
 * rc_lockout_get_refused_at:
 *
 * Returns: when this radio last refused @code (wall clock, µs), or 0 if it never did
 */
gint64
rc_lockout_get_refused_at (RcLockout  *self,
                           const char *code)
{
  Refusal *refusal;

  g_return_val_if_fail (RC_IS_LOCKOUT (self), 0);
  g_return_val_if_fail (code != NULL, 0);

  refusal = find_refusal (self, code);
  return refusal != NULL ? refusal->when : 0;
}

/* How many different codes this radio has refused. */
guint
rc_lockout_get_n_refused (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), 0);

  return self->refused->len;
}

/**
 * rc_lockout_begin_wait:
 *
 * The radio already shows WAIT: the tries of this round were used up before
 * the app was told. Starts the round's WAIT now, counting those tries.
 */
void
rc_lockout_begin_wait (RcLockout *self)
{
  guint allowed;

  g_return_if_fail (RC_IS_LOCKOUT (self));

  rc_lockout_update (self);
  if (is_counting (self) || self->state == RC_LOCKOUT_LOCKED)
    return;

  allowed = rc_lockout_rule_get_attempts (self->rule, self->waits);
  self->failures += allowed - MIN (self->round_failures, allowed);
  self->round_failures = 0;
  start_counting (self, RC_LOCKOUT_WAITING, rc_lockout_rule_get_wait (self->rule, self->waits));
  self->waits++;
  save (self);
  notify_counts (self);
}

/* The power was cut during a WAIT: on radios that start over, so does the clock. */
void
rc_lockout_restart_wait (RcLockout *self)
{
  g_return_if_fail (RC_IS_LOCKOUT (self));

  if (self->state != RC_LOCKOUT_WAITING)
    return;

  self->elapsed = 0;
  self->jump = RC_CLOCK_STEADY;
  anchor_now (self);
  save (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_JUMP]);
  rc_lockout_update (self);
}

/* Forgets every try: a new radio, or a fresh start after unlocking. */
void
rc_lockout_reset (RcLockout *self)
{
  g_return_if_fail (RC_IS_LOCKOUT (self));

  self->failures = 0;
  self->round_failures = 0;
  self->waits = 0;
  self->duration = 0;
  self->elapsed = 0;
  self->remaining = 0;
  self->jump = RC_CLOCK_STEADY;
  g_array_set_size (self->refused, 0);
  anchor_now (self);
  set_state (self, RC_LOCKOUT_READY);
  save (self);
  notify_counts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_JUMP]);
  g_signal_emit (self, signals[RESET], 0);
}

/**
 * rc_lockout_update:
 *
 * Reads the clocks: ends a pause or WAIT whose time is up, notices a
 * change of the wall clock, and notifies :remaining when the shown second
 * changes. Call it as often as the display needs; it does nothing when
 * nothing is counting.
 */
void
rc_lockout_update (RcLockout *self)
{
  gint64 wall, monotonic, wall_delta, monotonic_delta, left;
  guint remaining;

  g_return_if_fail (RC_IS_LOCKOUT (self));

  if (!is_counting (self))
    return;

  wall = self->wall (self->clock_data);
  monotonic = self->monotonic (self->clock_data);
  wall_delta = span (wall, self->anchor_wall);
  monotonic_delta = span (monotonic, self->anchor_monotonic);

  if (ABS (wall_delta - monotonic_delta) > JUMP_TOLERANCE)
    {
      /* Real time is what the monotonic clock measured. */
      self->jump = wall_delta < monotonic_delta ? RC_CLOCK_JUMPED_BACK : RC_CLOCK_JUMPED_AHEAD;
      self->elapsed += monotonic_delta;
      self->anchor_wall = wall;
      self->anchor_monotonic = monotonic;
      monotonic_delta = 0;
      save (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLOCK_JUMP]);
    }

  left = self->duration * USEC - (self->elapsed + monotonic_delta);
  remaining = left > 0 ? (guint) ((left + USEC - 1) / USEC) : 0;

  if (remaining == 0)
    {
      RcLockoutState was = self->state;

      self->elapsed = self->duration * USEC;
      self->remaining = 0;
      set_state (self, RC_LOCKOUT_READY);
      save (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
      notify_counts (self);
      if (was == RC_LOCKOUT_WAITING)
        g_signal_emit (self, signals[WAIT_FINISHED], 0);
      return;
    }

  if (remaining != self->remaining)
    {
      self->remaining = remaining;
      /* Once a minute the count so far goes to disk too: should the wall
       * clock be turned back while the app is closed, at most a minute of
       * the wait is counted twice. */
      if (remaining % 60 == 0)
        {
          self->elapsed += monotonic_delta;
          self->anchor_wall = wall;
          self->anchor_monotonic = monotonic;
          save (self);
        }
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
    }
}

guint
rc_lockout_get_failures (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), 0);

  return self->failures;
}

/* Wrong codes the radio takes before the next pause-free wait or the permanent lock. */
guint
rc_lockout_get_attempts_left (RcLockout *self)
{
  int total;
  guint left;

  g_return_val_if_fail (RC_IS_LOCKOUT (self), 0);

  if (self->state == RC_LOCKOUT_LOCKED)
    return 0;

  /* A rule changed mid-round may allow fewer tries than were already spent. */
  left = rc_lockout_get_round_size (self) - MIN (self->round_failures,
                                                 rc_lockout_get_round_size (self));
  total = rc_lockout_get_failures_left (self);
  if (total >= 0)
    left = MIN (left, (guint) total);
  return left;
}

/* Tries in the current round, before the next WAIT. */
guint
rc_lockout_get_round_size (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), 0);

  return rc_lockout_rule_get_attempts (self->rule, self->waits);
}

/* Wrong codes left before the radio locks for good, or -1 when no limit is known. */
int
rc_lockout_get_failures_left (RcLockout *self)
{
  guint permanent;

  g_return_val_if_fail (RC_IS_LOCKOUT (self), -1);

  permanent = rc_lockout_rule_get_permanent_after (self->rule);
  if (permanent == 0)
    return -1;
  return permanent > self->failures ? (int) (permanent - self->failures) : 0;
}

/* Seconds of the current pause or WAIT. */
guint
rc_lockout_get_duration (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), 0);

  return self->duration;
}

/* Seconds left, rounded up: it shows 0 only when the time is really over. */
guint
rc_lockout_get_remaining (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), 0);

  return is_counting (self) ? self->remaining : 0;
}

/* Microseconds left, for timers that want to wake on the next whole second. */
gint64
rc_lockout_get_remaining_us (RcLockout *self)
{
  gint64 counted;

  g_return_val_if_fail (RC_IS_LOCKOUT (self), 0);

  if (!is_counting (self))
    return 0;
  counted = self->elapsed + span (self->monotonic (self->clock_data), self->anchor_monotonic);
  return MAX (0, self->duration * USEC - counted);
}

/* How much of the pause or WAIT is over, from 0 to 1. */
double
rc_lockout_get_fraction (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), 0);

  if (!is_counting (self) || self->duration == 0)
    return self->state == RC_LOCKOUT_LOCKED ? 0.0 : 1.0;
  return 1.0 - (double) rc_lockout_get_remaining_us (self) / (self->duration * USEC);
}

/**
 * rc_lockout_flush:
 *
 * Writes the state now if a change is not on disk yet, and waits for it
 * (saves otherwise happen on a worker thread once the main loop is idle).
 *
 * Returns: %FALSE if it could not be written; :save-error says why
 */
gboolean
rc_lockout_flush (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), FALSE);

  if (self->unreadable)
    return FALSE;
  return rc_state_saver_flush (self->saver, NULL);
}

/* The saver that writes the state file, for tests that count its writes. */
RcStateSaver *
rc_lockout_get_saver (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), NULL);

  return self->saver;
}

/**
 * rc_lockout_hold_seconds:
 *
 * A countdown that shows the seconds came into view: from now on :remaining
 * is kept up to date every second (by the RcLockoutTimer), until every
 * holder called rc_lockout_release_seconds(). Without one, nothing wakes
 * before the end.
 */
void
rc_lockout_hold_seconds (RcLockout *self)
{
  g_return_if_fail (RC_IS_LOCKOUT (self));

  if (self->seconds_held++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_HELD]);
}

void
rc_lockout_release_seconds (RcLockout *self)
{
  g_return_if_fail (RC_IS_LOCKOUT (self));
  g_return_if_fail (self->seconds_held > 0);

  if (--self->seconds_held == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_HELD]);
}

/* Whether a countdown on screen shows the seconds. */
gboolean
rc_lockout_get_seconds_held (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), FALSE);

  return self->seconds_held > 0;
}

/* Why the state could not be saved, in words for the owner; %NULL when it was. */
const char *
rc_lockout_get_save_error (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), NULL);

  return self->save_error;
}

RcClockJump
rc_lockout_get_clock_jump (RcLockout *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (self), RC_CLOCK_STEADY);

  return self->jump;
}

const char *
rc_lockout_state_to_string (RcLockoutState state)
{
  return rc_enum_to_nick (RC_TYPE_LOCKOUT_STATE, state);
}
