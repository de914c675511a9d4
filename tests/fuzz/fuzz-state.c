/* fuzz-state.c — the state files the app reads at start, and what it does with them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is cut at NUL bytes: lockout.ini, radio.ini (left out when the
 * input has no second part), then actions, one byte each, on a clock that
 * only moves when an action says so. Both files are read from a folder of
 * their own as the app reads them at start. Whatever they held, the counts
 * shown must stay within the rule, and what is saved must read back the same.
 */

#define G_LOG_DOMAIN "radio-code-fuzz"

#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"
#include "rc-lockout.h"
#include "rc-radio.h"
#include "rc-text.h"

#define BOOT_ID "5b2f4c1e-fuzz-boot"
#define MAX_ACTIONS 64

typedef struct
{
  gint64 wall;
  gint64 boot;
} Clock;

static gint64
wall_clock (gpointer data)
{
  return ((Clock *) data)->wall;
}

static gint64
boot_clock (gpointer data)
{
  return ((Clock *) data)->boot;
}

static char *state_folder;

/* Everything the last input left: saved files, *.corrupt ones, leftovers. */
static void
empty_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

/* run-fuzz.sh points TMPDIR at a folder of its own, in memory where the machine allows:
 * every change is saved and synced, and the fuzzer would mostly wait for the disk. */
static const char *
get_folder (void)
{
  if (state_folder == NULL)
    state_folder = g_dir_make_tmp ("radio-code-fuzz-state-XXXXXX", NULL);
  g_assert_nonnull (state_folder);
  return state_folder;
}

static RcLockout *
new_lockout (Clock *clock)
{
  RcLockout *lockout = rc_lockout_new (rc_fuzz_get_catalog ());

  rc_lockout_set_boot_id (lockout, BOOT_ID);
  rc_lockout_set_clock (lockout, wall_clock, boot_clock, clock);
  return lockout;
}

/* What the lockout page and `--status` show, within what the rule allows. */
static void
check_lockout (RcLockout *lockout)
{
  RcLockoutState state = rc_lockout_get_state (lockout);
  guint remaining = rc_lockout_get_remaining (lockout);
  double fraction = rc_lockout_get_fraction (lockout);
  int failures_left = rc_lockout_get_failures_left (lockout);
  g_autofree char *shown = rc_text_format_countdown (remaining);

  g_assert_cmpint (state, <=, RC_LOCKOUT_UNLOCKED);
  g_assert_nonnull (rc_lockout_get_rule (lockout));
  g_assert_cmpuint (rc_lockout_get_attempts_left (lockout), <=,
                    rc_lockout_get_round_size (lockout));
  if (failures_left >= 0)
    g_assert_cmpuint (rc_lockout_get_attempts_left (lockout), <=, (guint) failures_left);
  g_assert_cmpuint (remaining, <=, rc_lockout_get_duration (lockout));
  g_assert_cmpint (rc_lockout_get_remaining_us (lockout), >=, 0);
  g_assert_cmpfloat (fraction, >=, 0.0);
  g_assert_cmpfloat (fraction, <=, 1.0);
  g_assert_cmpint (rc_lockout_get_clock_jump (lockout), <=, RC_CLOCK_JUMPED_AHEAD);
  rc_fuzz_check_text (shown);
  rc_fuzz_check_text (rc_lockout_get_save_error (lockout));
}

static void
act (RcLockout *lockout,
     Clock     *clock,
     guint8     action)
{
  guint arg = action >> 3;
  g_autofree char *code = g_strdup_printf ("%04u", arg * 317);
  GListModel *rules = rc_catalog_get_lockouts (rc_fuzz_get_catalog ());

  switch (action & 7)
    {
    case 0:
      rc_lockout_record_code (lockout, code, FALSE);
      break;
    case 1:
      rc_lockout_record_code (lockout, code, TRUE);
      break;
    case 2:
      rc_lockout_record (lockout, FALSE);
      break;
    case 3:
      rc_lockout_begin_wait (lockout);
      break;
    case 4:
      rc_lockout_restart_wait (lockout);
      break;
    case 5:
      /* Time passes: up to nine hours at once. */
      clock->wall += (gint64) arg * arg * arg * G_USEC_PER_SEC;
      clock->boot += (gint64) arg * arg * arg * G_USEC_PER_SEC;
      rc_lockout_update (lockout);
      break;
    case 6:
      /* The wall clock is set up to 16 hours back or 15 ahead. */
      clock->wall += ((gint64) arg - 16) * 3600 * G_USEC_PER_SEC;
      rc_lockout_update (lockout);
      break;
    case 7:
    default:
      if (arg == 31)
        rc_lockout_reset (lockout);
      else
        {
          g_autoptr(RcLockoutRule) rule = g_list_model_get_item (rules,
                                                                 arg % g_list_model_get_n_items (rules));

          rc_lockout_set_rule (lockout, rule);
        }
      break;
    }
}

/* What was saved is read back as it was, by the app's next start. */
static void
check_reload (RcLockout  *lockout,
              Clock      *clock,
              const char *path)
{
  g_autoptr(RcLockout) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;

  /* Saves wait for an idle main loop, which the fuzzer never runs: write them now. */
  if (!rc_lockout_flush (lockout) || rc_lockout_get_save_error (lockout) != NULL ||
      !g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  again = new_lockout (clock);
  if (!rc_lockout_load (again, path, &error))
    g_error ("a saved lockout.ini does not read back: %s\n%s", error->message, saved);
  g_assert_cmpint (rc_lockout_get_state (again), ==, rc_lockout_get_state (lockout));
  g_assert_true (rc_lockout_get_rule (again) == rc_lockout_get_rule (lockout));
  g_assert_cmpuint (rc_lockout_get_failures (again), ==, rc_lockout_get_failures (lockout));
  g_assert_cmpuint (rc_lockout_get_attempts_left (again), ==,
                    rc_lockout_get_attempts_left (lockout));
  g_assert_cmpuint (rc_lockout_get_n_refused (again), ==, rc_lockout_get_n_refused (lockout));
  g_assert_cmpuint (rc_lockout_get_duration (again), ==, rc_lockout_get_duration (lockout));
  g_assert_cmpuint (rc_lockout_get_remaining (again), ==, rc_lockout_get_remaining (lockout));
}

static void
assert_text_or_null (const char *text)
{
  g_assert_true (text == NULL || g_utf8_validate (text, -1, NULL));
}

static void
check_radio (RcRadio    *radio,
             RcLockout  *lockout,
             const char *path)
{
  g_autoptr(RcRadio) again = NULL;
  g_autoptr(GError) error = NULL;

  /* Read from a file that may hold anything, shown in entries that take only text. */
  assert_text_or_null (rc_radio_get_serial (radio));
  assert_text_or_null (rc_radio_get_serial_text (radio));
  assert_text_or_null (rc_radio_get_vin (radio));
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  again = rc_radio_new (rc_fuzz_get_catalog (), lockout);
  if (!rc_radio_load (again, path, &error))
    g_error ("a saved radio.ini does not read back: %s", error->message);
  g_assert_true (rc_radio_get_series (again) == rc_radio_get_series (radio));
  g_assert_true (rc_radio_get_model (again) == rc_radio_get_model (radio));
  g_assert_cmpstr (rc_radio_get_serial_text (again), ==, rc_radio_get_serial_text (radio));
  g_assert_cmpstr (rc_radio_get_vin (again), ==, rc_radio_get_vin (radio));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *folder = get_folder ();
  g_autofree char *lockout_path = g_build_filename (folder, "lockout.ini", NULL);
  g_autofree char *radio_path = g_build_filename (folder, "radio.ini", NULL);
  g_autoptr(RcLockout) lockout = NULL;
  g_autoptr(RcRadio) radio = NULL;
  g_auto(GStrv) parts = rc_fuzz_split (data, size, 3);
  /* 1 December 2026, eight days after boot. */
  Clock clock = { G_GINT64_CONSTANT (1795996800) * G_USEC_PER_SEC,
                  G_GINT64_CONSTANT (691200) * G_USEC_PER_SEC };
  g_autoptr(GError) lockout_error = NULL;
  g_autoptr(GError) radio_error = NULL;

  empty_folder (folder);
  g_assert_true (g_file_set_contents (lockout_path, parts[0], -1, NULL));
  if (parts[1] != NULL)
    g_assert_true (g_file_set_contents (radio_path, parts[1], -1, NULL));

  /* As at start: the lockout, then the radio that follows its rule. */
  lockout = new_lockout (&clock);
  if (!rc_lockout_load (lockout, lockout_path, &lockout_error))
    g_assert_true (g_utf8_validate (lockout_error->message, -1, NULL));
  check_lockout (lockout);
  radio = rc_radio_new (rc_fuzz_get_catalog (), lockout);
  if (!rc_radio_load (radio, radio_path, &radio_error))
    g_assert_true (g_utf8_validate (radio_error->message, -1, NULL));
  check_lockout (lockout);
  check_radio (radio, lockout, radio_path);

  for (guint i = 0; parts[1] != NULL && parts[2] != NULL && parts[2][i] != '\0' &&
       i < MAX_ACTIONS; i++)
    {
      act (lockout, &clock, parts[2][i]);
      check_lockout (lockout);
    }
  check_reload (lockout, &clock, lockout_path);

  /* Nothing of this input is left to run or to write into the next one's folder. */
  rc_radio_flush (radio);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return 0;
}
