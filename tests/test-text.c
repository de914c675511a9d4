/* test-text.c — sentences, lists, times and counts put together per language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-test-core.h"
#include "rc-text.h"

static void
test_lists (void)
{
  const char *three[] = { "CODE", "CODE IN", "- - - -", NULL };
  const char *one[] = { "WAIT", NULL };
  const char *none[] = { NULL };
  g_autofree char *plain = rc_text_join_list (three, RC_TEXT_LIST_PLAIN);
  g_autofree char *or = rc_text_join_list (three, RC_TEXT_LIST_OR);
  g_autofree char *slash = rc_text_join_list (three, RC_TEXT_LIST_SLASH);
  g_autofree char *single = rc_text_join_list (one, RC_TEXT_LIST_OR);
  g_autofree char *empty = rc_text_join_list (none, RC_TEXT_LIST_OR);

  g_assert_cmpstr (plain, ==, "CODE, CODE IN, - - - -");
  g_assert_cmpstr (or, ==, "CODE, CODE IN or - - - -");
  g_assert_cmpstr (slash, ==, "CODE / CODE IN / - - - -");
  g_assert_cmpstr (single, ==, "WAIT");
  g_assert_cmpstr (empty, ==, "");
}

static void
test_sentences (void)
{
  g_autofree char *both = rc_text_join_sentences ("One.", "Two.");
  g_autofree char *first = rc_text_join_sentences ("One.", NULL);
  g_autofree char *second = rc_text_join_sentences ("", "Two.");

  g_assert_cmpstr (both, ==, "One. Two.");
  g_assert_cmpstr (first, ==, "One.");
  g_assert_cmpstr (second, ==, "Two.");
}

static void
test_times (void)
{
  g_autoptr(GDateTime) afternoon = g_date_time_new_utc (2026, 12, 2, 14, 5, 0);
  g_autoptr(GDateTime) morning = g_date_time_new_utc (2026, 12, 2, 9, 30, 0);
  g_autofree char *h24 = rc_text_format_time (afternoon, RC_TEXT_CLOCK_24H);
  g_autofree char *h12 = rc_text_format_time (afternoon, RC_TEXT_CLOCK_12H);
  g_autofree char *h12_morning = rc_text_format_time (morning, RC_TEXT_CLOCK_12H);
  g_autofree char *date24 = rc_text_format_date_time (afternoon, RC_TEXT_CLOCK_24H);
  g_autofree char *date12 = rc_text_format_date_time (afternoon, RC_TEXT_CLOCK_12H);

  g_assert_cmpstr (h24, ==, "14:05");
  g_assert_cmpstr (h12, ==, "2:05 PM");
  g_assert_cmpstr (h12_morning, ==, "9:30 AM");
  g_assert_cmpstr (date24, ==, "2 December 2026 at 14:05");
  g_assert_cmpstr (date12, ==, "2 December 2026 at 2:05 PM");
}

/* The desktop's clock-format decides, and a change to it is seen at once. */
static void
test_clock_setting (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema == NULL)
    {
      g_test_skip ("org.gnome.desktop.interface is not installed");
      return;
    }

  settings = g_settings_new ("org.gnome.desktop.interface");
  g_settings_set_string (settings, "clock-format", "12h");
  g_assert_cmpint (rc_text_get_clock (), ==, RC_TEXT_CLOCK_12H);
  g_settings_set_string (settings, "clock-format", "24h");
  g_assert_cmpint (rc_text_get_clock (), ==, RC_TEXT_CLOCK_24H);
  g_settings_reset (settings, "clock-format");
}

static void
test_countdown (void)
{
  static const struct { guint seconds; const char *text; } cases[] = {
    { 0, "00:00" }, { 59, "00:59" }, { 61, "01:01" }, { 3599, "59:59" }, { 3600, "1:00:00" },
    { 5400, "1:30:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rc_text_format_countdown (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Every piece of glue is a message: a translation changes it. Runs last, since
 * it switches the whole process to the made-up language. */
static void
test_translated (void)
{
  const char *three[] = { "CODE", "CODE IN", "- - - -", NULL };
  g_autoptr(GDateTime) afternoon = g_date_time_new_utc (2026, 12, 2, 14, 5, 0);
  g_autofree char *or = NULL;
  g_autofree char *both = NULL;
  g_autofree char *time = NULL;
  g_autofree char *countdown = NULL;

  rc_test_use_translation ();
  or = rc_text_join_list (three, RC_TEXT_LIST_OR);
  both = rc_text_join_sentences ("One.", "Two.");
  time = rc_text_format_time (afternoon, RC_TEXT_CLOCK_24H);
  countdown = rc_text_format_countdown (61);

  g_assert_cmpstr (or, ==, "CODE، CODE IN oder - - - -");
  g_assert_cmpstr (both, ==, "One.Two.");
  g_assert_cmpstr (time, ==, "14.05");
  g_assert_cmpstr (countdown, ==, "01.01");
}

int
main (int argc, char *argv[])
{
  rc_test_init_glib (&argc, &argv);

  g_test_add_func ("/text/lists", test_lists);
  g_test_add_func ("/text/sentences", test_sentences);
  g_test_add_func ("/text/times", test_times);
  g_test_add_func ("/text/clock-setting", test_clock_setting);
  g_test_add_func ("/text/countdown", test_countdown);
  g_test_add_func ("/text/translated", test_translated);

  return g_test_run ();
}
