/* test-settings.c — what the app saves reaches the real settings backend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs against GLib's keyfile backend in a throw-away folder (not the
 * in-memory one the other widget tests use), so that a value held back in
 * memory — by g_settings_delay(), say — fails the test.
 */

#include "config.h"

#include "rc-application.h"
#include "rc-entry-row.h"
#include "rc-guide-enter.h"
#include "rc-test-utils.h"
#include "rc-window.h"

static RcApplication *app;

/* A serial no other test keeps a code for: the tests run side by side on one keyring. */
#define SERIAL "NI214SK7351902"
#define SERIAL_DIGITS "7351902"

/* The keyfile as it is on disk, after every pending write. */
static char *
read_backend (void)
{
  g_autofree char *path = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings",
                                           "keyfile", NULL);
  char *contents = NULL;

  g_settings_sync ();
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return g_strdup ("");
  return contents;
}

static void
close_window (RcWindow *window,
              int       width,
              int       height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

static void
test_reopened_window_saves (void)
{
  GSettings *settings = rc_application_get_settings (app);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  RcWindow *window;

  close_window (rc_test_new_window (app), 500, 610);
  first = read_backend ();
  g_assert_nonnull (strstr (first, "window-width=500"));
  g_assert_nonnull (strstr (first, "window-height=610"));

  /* A second window, as the WAIT notification opens one: what the user does there is saved
   * at once, not only when it closes. */
  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  g_settings_set_string (settings, "guide-display", "code");
  g_settings_set_string (settings, "guide-step", "serial");
  second = read_backend ();
  g_assert_nonnull (strstr (second, "guide-display='code'"));
  g_assert_nonnull (strstr (second, "guide-step='serial'"));

  close_window (window, 520, 640);
  third = read_backend ();
  g_assert_nonnull (strstr (third, "window-width=520"));
  g_assert_nonnull (strstr (third, "window-height=640"));
  g_assert_nonnull (strstr (third, "guide-display='code'"));
}

/* A code kept on request goes to the keyring: the settings hold no code, nor the serial or VIN. */
static void
test_kept_code_not_in_settings (void)
{
  GSettings *settings = rc_application_get_settings (app);
  RcCodeStore *store = rc_application_get_code_store (app);
  RcRadio *radio = rc_application_get_radio (app);
  g_autofree char *contents = NULL;
  RcWindow *window;
  GtkWidget *step, *keep;

  if (!rc_test_secret_service_or_skip ())
    return;
  rc_code_store_forget_async (store, SERIAL, NULL, NULL, NULL);
  rc_radio_set_series (radio, rc_catalog_lookup_series (rc_application_get_catalog (app),
                                                        "nissan-ni"));
  rc_radio_set_serial_text (radio, "ni 214 sk 7351902");
  rc_radio_set_vin (radio, "SJNFAAK12U2123456");
  g_settings_set_string (settings, "guide-step", "enter");

  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  step = rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_GUIDE_ENTER, 0);
  keep = rc_test_find_descendant (step, GTK_TYPE_SWITCH, 0);
  rc_test_wait_store (store);
  gtk_editable_set_text (GTK_EDITABLE (rc_test_find_descendant (step, RC_TYPE_ENTRY_ROW, 0)),
                         "8531");
  gtk_switch_set_active (GTK_SWITCH (keep), TRUE);
  rc_test_assert_kept (store, SERIAL, "8531");

  /* The backend holds where the guide is, and nothing of the radio. */
  contents = read_backend ();
  g_assert_nonnull (strstr (contents, "guide-step='enter'"));
  g_assert_null (strstr (contents, "8531"));
  g_assert_null (strstr (contents, SERIAL_DIGITS));
  g_assert_null (strstr (contents, "SJNFAAK12U2123456"));

  gtk_switch_set_active (GTK_SWITCH (keep), FALSE);
  rc_test_assert_kept (store, SERIAL, NULL);
  close_window (window, 500, 610);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* The test framework gives this run its own, throw-away configuration folder. */
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  rc_test_init (&argc, &argv);
  app = rc_test_new_application (APP_ID ".SettingsTest");

  g_test_add_func ("/settings/reopened-window-saves", test_reopened_window_saves);
  g_test_add_func ("/settings/kept-code-not-in-settings", test_kept_code_not_in_settings);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
