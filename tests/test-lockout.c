/* test-lockout.c — the lockout state machine, with a clock the test controls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <time.h>

#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "rc-lockout.h"
#include "rc-lockout-timer.h"
#include "rc-state-file.h"
#include "rc-test-core.h"

#define SEC ((gint64) G_USEC_PER_SEC)

typedef struct
{
  gint64      wall;
  gint64      monotonic;   /* the boot clock: it starts again when the computer does */
  const char *boot;        /* which boot this is */
} FakeClock;

typedef struct
{
  RcCatalog  *catalog;
  FakeClock   clock;
  RcLockout  *lockout;
  char       *dir;
  char       *path;
  guint       finished;
} Fixture;

static gint64
fake_wall (gpointer data)
{
  return ((FakeClock *) data)->wall;
}

static gint64
fake_monotonic (gpointer data)
{
  return ((FakeClock *) data)->monotonic;
}

static void
advance (Fixture *f,
         double   seconds)
{
  f->clock.wall += seconds * SEC;
  f->clock.monotonic += seconds * SEC;
  rc_lockout_update (f->lockout);
}

static void
finished_cb (RcLockout *lockout,
             Fixture   *f)
{
  f->finished++;
}

static RcLockout *
new_lockout (Fixture    *f,
             const char *rule)
{
  RcLockout *lockout = rc_lockout_new (f->catalog);

  rc_lockout_set_clock (lockout, fake_wall, fake_monotonic, &f->clock);
  rc_lockout_set_boot_id (lockout, f->clock.boot);
  if (rule != NULL)
    rc_lockout_set_rule (lockout, rc_catalog_lookup_lockout (f->catalog, rule));
  g_signal_connect (lockout, "wait-finished", G_CALLBACK (finished_cb), f);
  return lockout;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
  g_assert_no_error (error);
  f->clock.wall = 1700000000 * SEC;
  f->clock.monotonic = 5000 * SEC;
  f->clock.boot = "first-boot";
  f->dir = g_dir_make_tmp ("radio-code-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "state", "lockout.ini", NULL);
  f->lockout = new_lockout (f, data);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_assert_finalize_object (f->lockout);
  g_clear_object (&f->catalog);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Lets the main loop run until what @lockout saves is on disk: saves happen on a worker
 * thread once the main loop is idle. */
static void
settle (RcLockout *lockout)
{
  while (rc_state_saver_is_pending (rc_lockout_get_saver (lockout)))
    g_main_context_iteration (NULL, TRUE);
}

static void
fail_lockout (RcLockout *lockout,
              guint      times)
{
  for (guint i = 0; i < times; i++)
    g_assert_true (rc_lockout_record (lockout, FALSE));
}

static void
fail (Fixture *f,
      guint    times)
{
  for (guint i = 0; i < times; i++)
    g_assert_true (rc_lockout_record (f->lockout, FALSE));
  settle (f->lockout);
}

static void
test_fixed (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
  g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), ==, 3);

  fail (f, 2);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
  g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), ==, 1);

  fail (f, 1);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
  g_assert_cmpuint (rc_lockout_get_duration (f->lockout), ==, 3600);
  g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 3600);
  /* No code is taken during the WAIT. */
  g_assert_false (rc_lockout_record (f->lockout, FALSE));
  g_assert_cmpuint (rc_lockout_get_failures (f->lockout), ==, 3);

  /* Rounded up: half a second left still shows one second, never 0:00. */
  advance (f, 3599.5);
  g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 1);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
  g_assert_cmpuint (f->finished, ==, 0);

  advance (f, 0.5);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
  g_assert_cmpuint (f->finished, ==, 1);
  g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), ==, 3);

  /* The right code ends it. */
  g_assert_true (rc_lockout_record (f->lockout, TRUE));
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_UNLOCKED);
}

static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *xml =
    "<catalog><lockout id=\"doubling\" confidence=\"reported\" sources=\"nissan-code-page\""
    " attempts=\"1\" wait=\"10s 30s 10m\" power=\"radio-on\" power-cut=\"restarts\">"
    "<name>Doubling</name><condition>Keep it on.</condition></lockout></catalog>";
  guint expected[] = { 10, 30, 600, 600 };

  g_assert_true (rc_catalog_add_data (f->catalog, "extra.xml", xml, -1, &error));
  g_assert_no_error (error);
  rc_lockout_set_rule (f->lockout, rc_catalog_lookup_lockout (f->catalog, "doubling"));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      fail (f, 1);
      g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
      g_assert_cmpuint (rc_lockout_get_duration (f->lockout), ==, expected[i]);
      advance (f, expected[i]);
      g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
    }
  g_assert_cmpuint (f->finished, ==, G_N_ELEMENTS (expected));
}

static void
test_penalties (Fixture       *f,
                gconstpointer  data)
{
  /* Nissan code radios: 10 s after each of the first three, an hour after
   * the fourth, then an hour after every wrong code. */
  for (guint i = 0; i < 3; i++)
    {
      fail (f, 1);
      g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_PAUSED);
      g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 10);
      g_assert_false (rc_lockout_record (f->lockout, FALSE));
      advance (f, 10);
      g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
    }
  /* A pause is not a WAIT: nothing to announce. */
  g_assert_cmpuint (f->finished, ==, 0);
  g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), ==, 1);

  fail (f, 1);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
  g_assert_cmpuint (rc_lockout_get_duration (f->lockout), ==, 3600);
  advance (f, 3600);
  g_assert_cmpuint (f->finished, ==, 1);
  g_assert_cmpuint (rc_lockout_get_round_size (f->lockout), ==, 1);

  fail (f, 1);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
}

static void
test_permanent (Fixture       *f,
                gconstpointer  data)
{
  /* Nissan Note: eight rounds of three, then locked for good. */
  for (guint round = 0; round < 7; round++)
    {
      fail (f, 3);
      g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
      advance (f, 3600);
    }
  g_assert_cmpint (rc_lockout_get_failures_left (f->lockout), ==, 3);
  g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), ==, 3);

  fail (f, 2);
  g_assert_cmpint (rc_lockout_get_failures_left (f->lockout), ==, 1);
  fail (f, 1);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_LOCKED);
  g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), ==, 0);
  g_assert_false (rc_lockout_record (f->lockout, TRUE));
}

static void
test_power_cut (Fixture       *f,
                gconstpointer  data)
{
  fail (f, 3);
  advance (f, 1800);
  g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 1800);
  rc_lockout_restart_wait (f->lockout);
  g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 3600);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
}

static void
test_clock_back (Fixture       *f,
                 gconstpointer  data)
{
  fail (f, 3);
  advance (f, 100);

  /* The wall clock goes back an hour while ten real seconds pass. */
  f->clock.wall -= 3600 * SEC;
  f->clock.wall += 10 * SEC;
  f->clock.monotonic += 10 * SEC;
  rc_lockout_update (f->lockout);
  g_assert_cmpint (rc_lockout_get_clock_jump (f->lockout), ==, RC_CLOCK_JUMPED_BACK);
  g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 3600 - 110);

  /* Steady again from the new wall time. */
  advance (f, 90);
  g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 3600 - 200);
}

static void
test_clock_ahead (Fixture       *f,
                  gconstpointer  data)
{
  fail (f, 3);
  advance (f, 100);

  /* Two hours ahead on the wall: the WAIT does not end early. */
  f->clock.wall += 2 * 3600 * SEC;
  rc_lockout_update (f->lockout);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
  g_assert_cmpint (rc_lockout_get_clock_jump (f->lockout), ==, RC_CLOCK_JUMPED_AHEAD);
  g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 3500);
  g_assert_cmpuint (f->finished, ==, 0);
}

static void
test_persist (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcLockout) again = NULL;

  g_assert_true (rc_lockout_load (f->lockout, f->path, &error));
  g_assert_no_error (error);
  fail (f, 3);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));

  /* Ten minutes later, after a restart of the computer: only the wall clock knows. */
  f->clock.wall += 600 * SEC;
  f->clock.monotonic = 42 * SEC;
  f->clock.boot = "second-boot";
  again = new_lockout (f, NULL);
  g_assert_true (rc_lockout_load (again, f->path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rc_lockout_rule_get_id (rc_lockout_get_rule (again)), ==, "nissan-page");
  g_assert_cmpint (rc_lockout_get_state (again), ==, RC_LOCKOUT_WAITING);
  g_assert_cmpuint (rc_lockout_get_remaining (again), ==, 3000);
  g_assert_cmpuint (rc_lockout_get_failures (again), ==, 3);

  /* The WAIT ran out while closed: it ends on load, and says so. */
  f->clock.wall += 3000 * SEC;
  f->clock.monotonic += 3000 * SEC;
  g_clear_object (&again);
  again = new_lockout (f, NULL);
  g_assert_true (rc_lockout_load (again, f->path, &error));
  g_assert_cmpint (rc_lockout_get_state (again), ==, RC_LOCKOUT_READY);
  g_assert_cmpuint (f->finished, ==, 1);
}

/* Loads the saved state into a new lockout, as a restart does. */
static RcLockout *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  RcLockout *again = new_lockout (f, NULL);

  settle (f->lockout);
  g_assert_true (rc_lockout_load (again, f->path, &error));
  g_assert_no_error (error);
  return again;
}

/* Every count, the state and the refused codes come back exactly, at every stage of a rule
 * with pauses, later rounds of one try, and waits. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  static const char *codes[] = { "1111", "2222", "3333", "4444", "5555" };

  g_assert_true (rc_lockout_load (f->lockout, f->path, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(RcLockout) again = NULL;

      g_assert_true (rc_lockout_record_code (f->lockout, codes[i], FALSE));
      again = reopen (f);
      g_assert_cmpint (rc_lockout_get_state (again), ==, rc_lockout_get_state (f->lockout));
      g_assert_cmpuint (rc_lockout_get_failures (again), ==, i + 1);
      g_assert_cmpuint (rc_lockout_get_attempts_left (again), ==,
                        rc_lockout_get_attempts_left (f->lockout));
      g_assert_cmpuint (rc_lockout_get_round_size (again), ==,
                        rc_lockout_get_round_size (f->lockout));
      g_assert_cmpuint (rc_lockout_get_remaining (again), ==, rc_lockout_get_remaining (f->lockout));
      g_assert_cmpuint (rc_lockout_get_n_refused (again), ==, i + 1);
      for (guint j = 0; j <= i; j++)
        g_assert_cmpint (rc_lockout_get_refused_at (again, codes[j]), ==,
                         rc_lockout_get_refused_at (f->lockout, codes[j]));
      g_assert_cmpint (rc_lockout_get_refused_at (again, "9999"), ==, 0);
      /* Wait out the pause or the hour before the next code. */
      advance (f, rc_lockout_get_remaining (f->lockout) + 1);
    }
  /* Service manual: three ten-second pauses, then an hour from the fourth code on, and each
   * later round has one try. */
  {
    g_autoptr(RcLockout) again = reopen (f);

    g_assert_cmpuint (rc_lockout_get_round_size (again), ==, 1);
    g_assert_cmpuint (rc_lockout_get_attempts_left (again), ==, 1);
  }
  /* A refused code is refused at its latest time, once. */
  f->clock.wall += 60 * SEC;
  g_assert_true (rc_lockout_record_code (f->lockout, "1111", FALSE));
  g_assert_cmpuint (rc_lockout_get_n_refused (f->lockout), ==, G_N_ELEMENTS (codes));
  g_assert_cmpint (rc_lockout_get_refused_at (f->lockout, "1111"), ==, f->clock.wall);
  /* No code is recorded while the radio waits. */
  g_assert_false (rc_lockout_record_code (f->lockout, "7777", FALSE));
  g_assert_cmpint (rc_lockout_get_refused_at (f->lockout, "7777"), ==, 0);
}

/* The computer sleeps through a wait: the radio in the car counts on, and so does the app. */
static void
test_suspend (Fixture       *f,
              gconstpointer  data)
{
  fail (f, 3);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
  /* Two hours suspended: the boot-time clock and the wall clock both move on. */
  advance (f, 2 * 3600);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
  g_assert_cmpint (rc_lockout_get_clock_jump (f->lockout), ==, RC_CLOCK_STEADY);
  g_assert_cmpuint (f->finished, ==, 1);
}

/* The running clock is one that counts suspend. */
static void
test_boottime (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCatalog) catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
  g_autoptr(RcLockout) lockout = rc_lockout_new (catalog);
  struct timespec now;
  gint64 ours, theirs;

  g_assert_true (rc_lockout_get_running_clock (lockout) == rc_clock_boottime);
  ours = rc_clock_boottime (NULL);
  g_assert_cmpint (clock_gettime (CLOCK_BOOTTIME, &now), ==, 0);
  theirs = (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
  g_assert_cmpint (ABS (theirs - ours), <, G_USEC_PER_SEC);
}

/* The clock is set back a day while the app is closed, the app opens and closes, and the
 * clock is put right again: the wait goes on for exactly the time that is left, neither ended
 * early by the day that seems to pass nor lengthened by it. */
static void
test_clock_back_then_corrected (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(RcLockout) middle = NULL;
  g_autoptr(RcLockout) last = NULL;

  rc_lockout_load (f->lockout, f->path, NULL);
  fail (f, 3);
  advance (f, 600);

  f->clock.wall -= 86400 * SEC;
  f->clock.monotonic += 60 * SEC;
  middle = new_lockout (f, NULL);
  g_assert_true (rc_lockout_load (middle, f->path, NULL));
  g_assert_cmpint (rc_lockout_get_clock_jump (middle), ==, RC_CLOCK_JUMPED_BACK);
  g_assert_cmpuint (rc_lockout_get_remaining (middle), ==, 3600 - 660);
  g_clear_object (&middle);

  f->clock.wall += 86400 * SEC + 60 * SEC;
  f->clock.monotonic += 60 * SEC;
  last = new_lockout (f, NULL);
  g_assert_true (rc_lockout_load (last, f->path, NULL));
  g_assert_cmpint (rc_lockout_get_state (last), ==, RC_LOCKOUT_WAITING);
  g_assert_cmpuint (rc_lockout_get_remaining (last), ==, 3600 - 720);
}

/* Values a crafted or damaged file may hold are refused, not believed. */
static void
test_out_of_range (Fixture       *f,
                   gconstpointer  data)
{
  static const char *crafted[] = {
    /* more tries spent in this round than the rule has */
    "round-failures=47\nfailures=47\nstate=ready\nduration=0\nelapsed-us=0\n",
    /* more of the wait counted than the wait lasts */
    "round-failures=0\nfailures=3\nstate=waiting\nduration=3600\nelapsed-us=281474976710656\n",
    /* a wait no radio has */
    "round-failures=0\nfailures=3\nstate=waiting\nduration=2000000000\nelapsed-us=0\n",
    NULL
  };
  g_autofree char *dir = g_path_get_dirname (f->path);

  g_mkdir_with_parents (dir, 0700);
  for (guint i = 0; crafted[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = g_strdup_printf ("[lockout]\nversion=1\nrule=nissan-page\n"
                                                   "waits=0\nanchor-wall-us=%" G_GINT64_FORMAT
                                                   "\n%s", f->clock.wall, crafted[i]);

      g_assert_true (g_file_set_contents (f->path, contents, -1, NULL));
      g_assert_false (rc_lockout_load (f->lockout, f->path, &error));
      g_assert_nonnull (error);
      g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
      g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), ==, 3);
    }
  /* An anchor in the far past or future. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (g_file_set_contents (f->path, "[lockout]\nversion=1\nrule=nissan-page\n"
                                        "waits=1\nround-failures=0\nfailures=3\nstate=waiting\n"
                                        "duration=3600\nelapsed-us=0\n"
                                        "anchor-wall-us=-9223372036854775807\n", -1, NULL));
    g_assert_false (rc_lockout_load (f->lockout, f->path, &error));
  }
}

/* Extreme numbers in a crafted file: refused, or, where they may be believed, never turned into
 * a wait longer than the rule's or more tries than a round has. */
static void
test_extreme_values (Fixture       *f,
                     gconstpointer  data)
{
  static const struct {
    const char *values;
    gboolean    believed;
  } crafted[] = {
    { "anchor-wall-us=9223372036854775807\nelapsed-us=0\n", FALSE },
    { "anchor-wall-us=-9223372036854775808\nelapsed-us=0\n", FALSE },
    { "anchor-wall-us=@\nelapsed-us=-1\n", FALSE },
    { "anchor-wall-us=@\nelapsed-us=-9223372036854775808\n", FALSE },
    { "anchor-wall-us=@\nelapsed-us=9223372036854775807\n", FALSE },
    { "anchor-wall-us=@\nelapsed-us=0\nduration=18446744073709551615\n", FALSE },
    { "anchor-wall-us=@\nelapsed-us=0\nfailures=18446744073709551615\n", FALSE },
    { "anchor-wall-us=@\nelapsed-us=0\nwaits=4294967296\n", FALSE },
    /* Times on this boot's clock from far before it started, or far after now. */
    { "anchor-wall-us=@\nelapsed-us=0\nboot-id=first-boot\nanchor-boot-us=0\n", TRUE },
    { "anchor-wall-us=@\nelapsed-us=0\nboot-id=first-boot\n"
      "anchor-boot-us=-9223372036854775808\n", TRUE },
    { "anchor-wall-us=@\nelapsed-us=0\nboot-id=first-boot\n"
      "anchor-boot-us=9223372036854775807\n", TRUE },
    { "anchor-wall-us=@\nelapsed-us=3599999999\nboot-id=first-boot\nanchor-boot-us=0\n", TRUE },
  };
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *now = g_strdup_printf ("%" G_GINT64_FORMAT, f->clock.wall);

  g_mkdir_with_parents (dir, 0700);
  /* A boot clock at the end of its range: time since any saved anchor overflows a plain sum. */
  f->clock.monotonic = G_MAXINT64 - 10 * SEC;
  for (guint i = 0; i < G_N_ELEMENTS (crafted); i++)
    {
      g_autoptr(RcLockout) lockout = new_lockout (f, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) contents = g_string_new ("[lockout]\nversion=1\nrule=nissan-page\n"
                                                  "state=waiting\nround-failures=0\n");

      g_string_append (contents, crafted[i].values);
      g_string_replace (contents, "@", now, 0);
      if (strstr (crafted[i].values, "duration=") == NULL)
        g_string_append (contents, "duration=3600\n");
      if (strstr (crafted[i].values, "failures=") == NULL)
        g_string_append (contents, "failures=3\n");
      if (strstr (crafted[i].values, "waits=") == NULL)
        g_string_append (contents, "waits=1\n");
      g_assert_true (g_file_set_contents (f->path, contents->str, -1, NULL));

      g_test_message ("%s", contents->str);
      g_assert_cmpint (rc_lockout_load (lockout, f->path, &error), ==, crafted[i].believed);
      g_test_message ("→ %s, %u s left", rc_lockout_state_to_string (rc_lockout_get_state (lockout)),
                      rc_lockout_get_remaining (lockout));
      g_assert_cmpuint (rc_lockout_get_remaining (lockout), <=, 3600);
      g_assert_cmpint (rc_lockout_get_remaining_us (lockout), >=, 0);
      g_assert_cmpint (rc_lockout_get_remaining_us (lockout), <=, 3600 * SEC);
      g_assert_cmpfloat (rc_lockout_get_fraction (lockout), >=, 0.0);
      g_assert_cmpfloat (rc_lockout_get_fraction (lockout), <=, 1.0);
      g_assert_cmpuint (rc_lockout_get_attempts_left (lockout), <=,
                        rc_lockout_get_round_size (lockout));
      g_remove (f->path);
    }
}

/* A rule the file names that this version lacks, with more wrong codes in the round than the
 * rule followed now allows: never “15 of 1 tries left”. */
static void
test_unknown_rule_mid_round (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *contents = NULL;
  g_autoptr(RcLockout) lockout = new_lockout (f, NULL);

  g_mkdir_with_parents (dir, 0700);
  contents = g_strdup_printf ("[lockout]\nversion=1\nrule=gone-since\nstate=ready\nwaits=0\n"
                              "failures=15\nround-failures=15\nduration=0\nelapsed-us=0\n"
                              "anchor-wall-us=%" G_GINT64_FORMAT "\n", f->clock.wall);
  g_assert_true (g_file_set_contents (f->path, contents, -1, NULL));
  rc_lockout_load (lockout, f->path, NULL);
  g_assert_cmpuint (rc_lockout_get_attempts_left (lockout), <=,
                    rc_lockout_get_round_size (lockout));
  g_assert_cmpuint (rc_lockout_get_attempts_left (lockout), ==, 0);
}

/* A save that fails is said, and nothing recorded is dropped; the next save that works clears
 * the message. */
static void
test_save_fails (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  guint notified = 0;

  g_assert_true (rc_lockout_load (f->lockout, f->path, NULL));
  /* The state folder's place is taken by a file: no save can succeed (even as root). */
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));
  g_signal_connect (f->lockout, "notify::save-error", G_CALLBACK (rc_test_count_notify_cb),
                    &notified);
  fail (f, 1);
  g_assert_nonnull (rc_lockout_get_save_error (f->lockout));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (rc_lockout_get_failures (f->lockout), ==, 1);
  fail (f, 1);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (rc_lockout_get_failures (f->lockout), ==, 2);

  /* The folder can be made again: the next save writes everything, and the message goes. */
  g_assert_cmpint (g_unlink (dir), ==, 0);
  fail (f, 1);
  g_assert_null (rc_lockout_get_save_error (f->lockout));
  g_assert_cmpuint (notified, ==, 2);
  {
    g_autoptr(RcLockout) again = new_lockout (f, NULL);

    g_assert_true (rc_lockout_load (again, f->path, NULL));
    g_assert_cmpuint (rc_lockout_get_failures (again), ==, 3);
  }
}

/* Changes in one go are one write, made off the main thread once the loop is idle; a lockout
 * that goes (the app shutting down) writes what was still to be written first. */
static void
test_saves_once (Fixture       *f,
                 gconstpointer  data)
{
  RcStateSaver *saver = rc_lockout_get_saver (f->lockout);
  g_autofree char *other_path = g_build_filename (f->dir, "other", "lockout.ini", NULL);
  RcLockout *other;
  guint writes;

  g_assert_true (rc_lockout_load (f->lockout, f->path, NULL));
  settle (f->lockout);
  writes = rc_state_saver_get_n_writes (saver);

  rc_lockout_set_rule (f->lockout, rc_catalog_lookup_lockout (f->catalog, "nissan-code-radio"));
  rc_lockout_set_rule (f->lockout, rc_catalog_lookup_lockout (f->catalog, "nissan-page"));
  g_assert_true (rc_lockout_record_code (f->lockout, "1111", FALSE));
  g_assert_true (rc_lockout_record_code (f->lockout, "2222", FALSE));
  settle (f->lockout);
  g_assert_cmpuint (rc_state_saver_get_n_writes (saver), ==, writes + 1);
  {
    g_autoptr(RcLockout) again = reopen (f);

    g_assert_cmpuint (rc_lockout_get_failures (again), ==, 2);
    g_assert_cmpuint (rc_lockout_get_n_refused (again), ==, 2);
  }

  /* Recorded, and gone before the main loop ran: still on disk. */
  other = new_lockout (f, NULL);
  g_assert_true (rc_lockout_load (other, other_path, NULL));
  fail_lockout (other, 3);
  g_assert_true (rc_state_saver_is_pending (rc_lockout_get_saver (other)));
  g_assert_finalize_object (other);
  other = new_lockout (f, NULL);
  g_assert_true (rc_lockout_load (other, other_path, NULL));
  g_assert_cmpint (rc_lockout_get_state (other), ==, RC_LOCKOUT_WAITING);
  g_assert_cmpuint (rc_lockout_get_failures (other), ==, 3);
  g_assert_finalize_object (other);
}

/* The real clocks, moved on by a fixed amount: time passes as it does, from a chosen point. */
static gint64 shift;

static gint64
shifted_wall (gpointer data)
{
  return g_get_real_time () + shift;
}

static gint64
shifted_boottime (gpointer data)
{
  return rc_clock_boottime (NULL) + shift;
}

/* With nothing showing the seconds, the timer sleeps through a WAIT and wakes once, at its end,
 * when the lockout says it is over. */
static void
test_timer_end (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(RcLockoutTimer) timer = NULL;
  guint remaining_notified = 0;

  shift = 0;
  rc_lockout_set_clock (f->lockout, shifted_wall, shifted_boottime, NULL);
  fail (f, 3);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_WAITING);
  /* Twenty milliseconds before the end of the hour. */
  shift = rc_lockout_get_remaining_us (f->lockout) - 20000;

  timer = rc_lockout_timer_new (f->lockout);
  g_assert_true (rc_lockout_timer_is_waiting_for_end (timer));
  g_assert_false (rc_lockout_timer_is_ticking (timer));
  g_signal_connect (f->lockout, "notify::remaining", G_CALLBACK (rc_test_count_notify_cb),
                    &remaining_notified);
  while (f->finished == 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
  /* One wake-up for the whole wait, and no second shown on the way. */
  g_assert_cmpuint (rc_lockout_timer_get_n_wakeups (timer), ==, 1);
  g_assert_cmpuint (remaining_notified, ==, 1);
  g_assert_false (rc_lockout_timer_is_waiting_for_end (timer));
  g_assert_false (rc_lockout_timer_is_ticking (timer));
}

/* The seconds tick only while something holds them; taken up again, the countdown is right at
 * once, however long nobody looked. */
static void
test_timer_seconds (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(RcLockoutTimer) timer = rc_lockout_timer_new (f->lockout);
  guint remaining_notified = 0;

  /* Nothing counts: nothing to wake for, held or not. */
  rc_lockout_hold_seconds (f->lockout);
  g_assert_false (rc_lockout_timer_is_ticking (timer));
  g_assert_false (rc_lockout_timer_is_waiting_for_end (timer));
  rc_lockout_release_seconds (f->lockout);

  fail (f, 3);
  g_assert_false (rc_lockout_timer_is_ticking (timer));
  g_assert_true (rc_lockout_timer_is_waiting_for_end (timer));

  /* Two countdowns on screen, then one, then none. */
  rc_lockout_hold_seconds (f->lockout);
  rc_lockout_hold_seconds (f->lockout);
  g_assert_true (rc_lockout_timer_is_ticking (timer));
  g_assert_false (rc_lockout_timer_is_waiting_for_end (timer));
  rc_lockout_release_seconds (f->lockout);
  g_assert_true (rc_lockout_timer_is_ticking (timer));
  rc_lockout_release_seconds (f->lockout);
  g_assert_false (rc_lockout_timer_is_ticking (timer));
  g_assert_true (rc_lockout_timer_is_waiting_for_end (timer));

  /* Ten minutes pass unseen: no second was notified meanwhile, and all are there when looked
   * at again. */
  g_signal_connect (f->lockout, "notify::remaining", G_CALLBACK (rc_test_count_notify_cb),
                    &remaining_notified);
  f->clock.wall += 600 * SEC;
  f->clock.monotonic += 600 * SEC;
  g_assert_cmpuint (remaining_notified, ==, 0);
  rc_lockout_hold_seconds (f->lockout);
  g_assert_cmpuint (remaining_notified, ==, 1);
  g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 3000);
  g_assert_true (rc_lockout_timer_is_ticking (timer));

  /* The end comes while it ticks: it stops. */
  advance (f, 3000);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
  g_assert_false (rc_lockout_timer_is_ticking (timer));
  g_assert_false (rc_lockout_timer_is_waiting_for_end (timer));
  rc_lockout_release_seconds (f->lockout);
}

/* A state file that cannot be read (here, a folder in its place) is not damaged: it is left
 * alone, never set aside and never written over. */
static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = g_strconcat (f->path, ".corrupt", NULL);

  g_assert_cmpint (g_mkdir_with_parents (f->path, 0700), ==, 0);
  g_assert_false (rc_lockout_load (f->lockout, f->path, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
  fail (f, 1);
  g_assert_nonnull (rc_lockout_get_save_error (f->lockout));
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (rc_lockout_get_failures (f->lockout), ==, 1);
  g_rmdir (f->path);
}

/* What a save cut short by a kill leaves behind is cleaned up at the next start. */
static void
test_temporaries_removed (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *left = g_strconcat (f->path, ".Q7X2KA", NULL);
  g_autofree char *kept = g_strconcat (f->path, ".corrupt", NULL);

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (left, "[lockout]\nversion=1\n", -1, NULL));
  g_assert_true (g_file_set_contents (kept, "damaged", -1, NULL));
  g_assert_true (rc_lockout_load (f->lockout, f->path, NULL));
  g_assert_false (g_file_test (left, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
}

/* A rule changed mid-round never gives more tries than it has, nor a negative count. */
static void
test_rule_changed_mid_round (Fixture       *f,
                             gconstpointer  data)
{
  rc_lockout_set_rule (f->lockout, rc_catalog_lookup_lockout (f->catalog, "nissan-code-radio"));
  fail (f, 1);
  advance (f, 11);
  fail (f, 1);
  advance (f, 11);
  fail (f, 1);
  advance (f, 11);
  g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), ==, 1);
  rc_lockout_set_rule (f->lockout, rc_catalog_lookup_lockout (f->catalog, "vw-safe"));
  g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), ==, 0);
  g_assert_cmpuint (rc_lockout_get_attempts_left (f->lockout), <=,
                    rc_lockout_get_round_size (f->lockout));
}

static void
test_clock_back_while_closed (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(RcLockout) again = NULL;

  rc_lockout_load (f->lockout, f->path, NULL);
  fail (f, 3);
  advance (f, 300);

  f->clock.wall -= 86400 * SEC;
  again = new_lockout (f, NULL);
  g_assert_true (rc_lockout_load (again, f->path, NULL));
  g_assert_cmpint (rc_lockout_get_clock_jump (again), ==, RC_CLOCK_JUMPED_BACK);
  /* Not a second longer than when it was saved. */
  g_assert_cmpuint (rc_lockout_get_remaining (again), ==, 3300);
}

static void
test_broken_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = g_strconcat (f->path, ".corrupt", NULL);
  g_autofree char *second = g_strconcat (f->path, ".corrupt.2", NULL);
  g_autofree char *kept_second = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *kept = NULL;

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (f->path, "[lockout]\nversion=1\nstate=sideways\n", -1, NULL);

  g_assert_false (rc_lockout_load (f->lockout, f->path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "sideways"));
  /* The unreadable file is kept, never deleted. */
  g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  g_assert_nonnull (strstr (kept, "sideways"));
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);

  /* And the lockout works and saves from then on. */
  fail (f, 3);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));

  /* A second damaged file never replaces the first one set aside. */
  g_file_set_contents (f->path, "[lockout]\nversion=1\nstate=upside-down\n", -1, NULL);
  g_clear_error (&error);
  g_assert_false (rc_lockout_load (f->lockout, f->path, &error));
  g_assert_true (g_file_get_contents (second, &kept_second, NULL, NULL));
  g_assert_nonnull (strstr (kept_second, "upside-down"));
  g_clear_pointer (&kept, g_free);
  g_assert_true (g_file_get_contents (aside, &kept, NULL, NULL));
  g_assert_nonnull (strstr (kept, "sideways"));
  g_assert_nonnull (strstr (error->message, second));

  /* Truncated, empty and huge files are set aside too, never read as a fresh radio in
   * silence. */
  {
    g_autofree char *huge = g_strnfill (RC_STATE_FILE_MAX_SIZE + 1, '#');
    const char *damaged[] = { "[lockout]\nversion=1\nstate=wai", "", huge, NULL };

    for (guint i = 0; damaged[i] != NULL; i++)
      {
        g_autoptr(GError) local_error = NULL;
        g_autofree char *name = g_strdup_printf ("%s.corrupt.%u", f->path, i + 3);

        g_file_set_contents (f->path, damaged[i], -1, NULL);
        g_assert_false (rc_lockout_load (f->lockout, f->path, &local_error));
        g_assert_nonnull (local_error);
        g_assert_true (g_file_test (name, G_FILE_TEST_EXISTS));
      }
  }
}

static void
test_notify_once (Fixture       *f,
                  gconstpointer  data)
{
  guint remaining = 0;

  fail (f, 3);
  g_signal_connect_swapped (f->lockout, "notify::remaining", G_CALLBACK (g_nullify_pointer),
                            &remaining);
  remaining = 1;
  /* Within one shown second, nothing is notified. */
  advance (f, 0.2);
  advance (f, 0.2);
  g_assert_cmpuint (remaining, ==, 1);
  advance (f, 0.7);
  g_assert_cmpuint (remaining, ==, 0);
}

static void
test_reset (Fixture       *f,
            gconstpointer  data)
{
  fail (f, 3);
  rc_lockout_reset (f->lockout);
  g_assert_cmpint (rc_lockout_get_state (f->lockout), ==, RC_LOCKOUT_READY);
  g_assert_cmpuint (rc_lockout_get_failures (f->lockout), ==, 0);
  g_assert_cmpuint (rc_lockout_get_remaining (f->lockout), ==, 0);
}

static void
test_rules (void)
{
  g_autoptr(RcCatalog) catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, NULL);
  RcLockoutRule *rule;
  g_autofree char *text = NULL;
  guint seconds = 0;

  /* Each series gets its own rule, or the fallback. */
  rule = rc_catalog_get_lockout_for_series (catalog, rc_catalog_lookup_series (catalog, "nissan-ni"));
  g_assert_cmpstr (rc_lockout_rule_get_id (rule), ==, "nissan-page");
  rule = rc_catalog_get_lockout_for_series (catalog, rc_catalog_lookup_series (catalog, "clarion"));
  g_assert_true (rc_lockout_rule_is_fallback (rule));
  rule = rc_catalog_get_lockout_for_series (catalog, NULL);
  g_assert_true (rc_lockout_rule_is_fallback (rule));

  rule = rc_catalog_lookup_lockout (catalog, "nissan-note");
  text = rc_lockout_rule_describe (rule);
  g_assert_cmpstr (text, ==, "3 wrong codes, then a wait of 1 hour. "
                             "Locked for good after 24 wrong codes in all.");
  g_assert_cmpint (rc_lockout_rule_get_power (rule), ==, RC_POWER_ACC);
  g_assert_cmpuint (rc_lockout_rule_get_sources (rule)->len, >, 0);

  g_assert_true (rc_duration_parse ("90m", &seconds));
  g_assert_cmpuint (seconds, ==, 5400);
  g_assert_false (rc_duration_parse ("1d", &seconds));
  g_assert_false (rc_duration_parse ("m", &seconds));
  g_clear_pointer (&text, g_free);
  text = rc_duration_describe (5400);
  g_assert_cmpstr (text, ==, "1 hour 30 minutes");
}

/* The count the helper printed last before it was killed, or 0. */
static guint
last_count (GDataInputStream *out,
            guint             lines)
{
  guint count = 0;

  for (guint i = 0; i < lines; i++)
    {
      g_autofree char *line = g_data_input_stream_read_line (out, NULL, NULL, NULL);

      if (line == NULL)
        break;
      count = g_ascii_strtoull (line, NULL, 10);
    }
  return count;
}

/* Killed at any moment, even in the middle of a save, the app loses no recorded try and
 * invents none: what is read back is the last save it finished, or the one it was making. */
static void
test_killed_anywhere (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("radio-code-churn-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "lockout.ini", NULL);
  g_autofree char *helper = g_test_build_filename (G_TEST_BUILT, "lockout-helper", NULL);
  guint previous = 0;

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GSubprocess) churning = NULL;
      g_autoptr(GSubprocess) showing = NULL;
      g_autoptr(GDataInputStream) out = NULL;
      g_autofree char *shown = NULL;
      g_auto(GStrv) fields = NULL;
      guint acknowledged, failures;

      churning = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                   helper, "churn", path, NULL);
      g_assert_no_error (error);
      out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (churning));
      /* A few saves, then a kill some microseconds into the next one. */
      acknowledged = last_count (out, g_test_rand_int_range (0, 3));
      g_usleep (g_test_rand_int_range (0, 3000));
      g_subprocess_send_signal (churning, SIGKILL);
      g_subprocess_wait (churning, NULL, &error);
      g_assert_no_error (error);
      acknowledged = MAX (acknowledged, previous);

      showing = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                  helper, "show", path, NULL);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (showing, NULL, NULL, &shown, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_exited (showing));
      g_assert_cmpint (g_subprocess_get_exit_status (showing), ==, 0);
      fields = g_strsplit (g_strstrip (shown), " ", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      failures = g_ascii_strtoull (fields[2], NULL, 10);
      /* Nothing lost that was saved; at most the save under way when it died. */
      g_assert_cmpuint (failures, >=, acknowledged);
      g_assert_cmpuint (failures, >=, previous);
      /* Every refused code is there with its try, none more. */
      g_assert_cmpuint (g_ascii_strtoull (fields[3], NULL, 10), ==, failures);
      previous = failures;
    }
  /* It did get somewhere. */
  g_assert_cmpuint (previous, >, 0);

  {
    g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
    const char *name;

    /* No damaged file was ever set aside. */
    while ((name = g_dir_read_name (folder)) != NULL)
      {
        g_autofree char *child = g_build_filename (dir, name, NULL);

        g_assert_null (strstr (name, ".corrupt"));
        g_unlink (child);
      }
  }
  g_rmdir (dir);
}

static void
test_killed_process (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("radio-code-kill-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "lockout.ini", NULL);
  g_autofree char *helper = g_test_build_filename (G_TEST_BUILT, "lockout-helper", NULL);
  g_autoptr(GSubprocess) failing = NULL;
  g_autoptr(GSubprocess) showing = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  g_autofree char *shown = NULL;
  g_auto(GStrv) fields = NULL;

  failing = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              helper, "fail", path, "3", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (failing));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_cmpstr (line, ==, "saved");

  /* No goodbye: the process dies at once, as in a crash. */
  g_subprocess_send_signal (failing, SIGKILL);
  g_subprocess_wait (failing, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_subprocess_get_if_exited (failing));

  showing = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, helper, "show", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (showing, NULL, NULL, &shown, NULL, &error);
  g_assert_no_error (error);
  fields = g_strsplit (g_strstrip (shown), " ", -1);
  g_assert_cmpstr (fields[0], ==, "waiting");
  /* The same countdown, within a second or two of real time. */
  g_assert_cmpuint (g_ascii_strtoull (fields[1], NULL, 10), <=, 3600);
  g_assert_cmpuint (g_ascii_strtoull (fields[1], NULL, 10), >=, 3597);
  g_assert_cmpstr (fields[2], ==, "3");
  g_assert_cmpstr (fields[3], ==, "0");

  g_unlink (path);
  g_rmdir (dir);
}

/* Why a damaged file was refused is shown inside a translated sentence, so it is translated
 * too: in the made-up language of tests/translation-test.po, no English is left in it. */
static void
test_damaged_reason_translated (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);

  rc_test_use_translation ();
  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (f->path, "[lockout]\nversion=1\nrule=nissan-page\n"
                                      "state=sideways\n", -1, NULL));
  g_assert_false (rc_lockout_load (f->lockout, f->path, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Zustand „sideways“ unbekannt (xx)"));
  g_assert_null (strstr (error->message, "unknown state"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/lockout/fixed", Fixture, "nissan-page", setup, test_fixed, teardown);
  g_test_add ("/lockout/schedule", Fixture, NULL, setup, test_schedule, teardown);
  g_test_add ("/lockout/penalties", Fixture, "nissan-code-radio", setup, test_penalties, teardown);
  g_test_add ("/lockout/permanent", Fixture, "nissan-note", setup, test_permanent, teardown);
  g_test_add ("/lockout/power-cut", Fixture, "nissan-page", setup, test_power_cut, teardown);
  g_test_add ("/lockout/clock-back", Fixture, "nissan-page", setup, test_clock_back, teardown);
  g_test_add ("/lockout/clock-ahead", Fixture, "nissan-page", setup, test_clock_ahead, teardown);
  g_test_add ("/lockout/persist", Fixture, "nissan-page", setup, test_persist, teardown);
  g_test_add ("/lockout/round-trip", Fixture, "nissan-code-radio", setup, test_round_trip, teardown);
  g_test_add ("/lockout/suspend", Fixture, "nissan-page", setup, test_suspend, teardown);
  g_test_add_func ("/lockout/boottime", test_boottime);
  g_test_add ("/lockout/clock-back-while-closed", Fixture, "nissan-page", setup,
              test_clock_back_while_closed, teardown);
  g_test_add ("/lockout/broken-file", Fixture, "nissan-page", setup, test_broken_file, teardown);
  g_test_add ("/lockout/clock-back-then-corrected", Fixture, "nissan-page", setup,
              test_clock_back_then_corrected, teardown);
  g_test_add ("/lockout/out-of-range", Fixture, "nissan-page", setup, test_out_of_range, teardown);
  g_test_add ("/lockout/extreme-values", Fixture, "nissan-page", setup, test_extreme_values,
              teardown);
  g_test_add ("/lockout/unknown-rule-mid-round", Fixture, "nissan-page", setup,
              test_unknown_rule_mid_round, teardown);
  g_test_add ("/lockout/save-fails", Fixture, "nissan-page", setup, test_save_fails, teardown);
  g_test_add ("/lockout/saves-once", Fixture, "nissan-page", setup, test_saves_once, teardown);
  g_test_add ("/lockout/timer-end", Fixture, "nissan-page", setup, test_timer_end, teardown);
  g_test_add ("/lockout/timer-seconds", Fixture, "nissan-page", setup, test_timer_seconds,
              teardown);
  g_test_add ("/lockout/unreadable", Fixture, "nissan-page", setup, test_unreadable, teardown);
  g_test_add ("/lockout/temporaries-removed", Fixture, "nissan-page", setup,
              test_temporaries_removed, teardown);
  g_test_add ("/lockout/rule-changed-mid-round", Fixture, NULL, setup,
              test_rule_changed_mid_round, teardown);
  g_test_add ("/lockout/notify-once", Fixture, "nissan-page", setup, test_notify_once, teardown);
  g_test_add ("/lockout/reset", Fixture, "nissan-page", setup, test_reset, teardown);
  g_test_add_func ("/lockout/rules", test_rules);
  g_test_add_func ("/lockout/killed-process", test_killed_process);
  g_test_add_func ("/lockout/killed-anywhere", test_killed_anywhere);
  /* Last: it leaves the process in the made-up language. */
  g_test_add ("/lockout/damaged-reason-translated", Fixture, "nissan-page", setup,
              test_damaged_reason_translated, teardown);

  return g_test_run ();
}
