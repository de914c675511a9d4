/* test-window.c — the main window with its application, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "rc-code-result.h"
#include "rc-entry-row.h"
#include "rc-find-page.h"
#include "rc-guide-code.h"
#include "rc-guide-enter.h"
#include "rc-guide.h"
#include "rc-lockout-page.h"
#include "rc-model-details.h"
#include "rc-model-table.h"
#include "rc-reference-page.h"
#include "rc-serial-entry.h"
#include "rc-serial-page.h"
#include "rc-series-dialog.h"
#include "rc-series-picker.h"
#include "rc-test-utils.h"
#include "rc-window.h"

static RcApplication *app;

static AdwViewStack *
get_stack (RcWindow *window)
{
  return ADW_VIEW_STACK (rc_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, 0));
}

/* The Serial section's field. The section is built the first time it is shown: when it has
 * not been yet, it is shown, and then the section that was showing again. */
static RcSerialEntry *
get_entry (RcWindow *window)
{
  if (rc_window_get_serial_entry (window) == NULL)
    {
      g_autofree char *shown = g_strdup (adw_view_stack_get_visible_child_name (get_stack (window)));

      rc_window_show_section (window, "serial");
      rc_window_show_section (window, shown);
    }
  return rc_window_get_serial_entry (window);
}

static RcGuide *
get_guide (RcWindow *window)
{
  return RC_GUIDE (rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_GUIDE, 0));
}

/* Whether the radio's state file on disk holds @text, once the write that follows a change
 * (a moment later, on a worker thread) is done. */
static gboolean
radio_file_has (const char *text)
{
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "radio-code", "radio.ini",
                                            NULL);
  g_autofree char *contents = NULL;
  RcStateSaver *saver = rc_radio_get_saver (rc_application_get_radio (app));

  while (rc_state_saver_is_pending (saver))
    g_main_context_iteration (NULL, TRUE);

  return g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL;
}

static void
test_restores_what_was_typed (void)
{
  RcRadio *radio = rc_application_get_radio (app);
  RcWindow *window;
  RcSerialEntry *entry;
  guint writes;

  rc_radio_set_series (radio, rc_catalog_lookup_series (rc_application_get_catalog (app),
                                                        "clarion"));
  rc_radio_set_serial_text (radio, "cm 0156");

  window = rc_test_new_window (app);
  /* The section is left out of the switcher; the main menu opens it, and builds it then. */
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (rc_window_get_serial_entry (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "serial");
  rc_test_wait_idle ();
  entry = rc_window_get_serial_entry (window);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (entry)));

  g_assert_cmpstr (rc_serial_entry_get_text (entry), ==, "cm 0156");
  g_assert_cmpstr (rc_series_get_id (rc_serial_entry_get_series (entry)), ==, "clarion");
  /* The radio row names the series and its format. */
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (window), "Clarion — CL and CM serials"));

  /* Typing and picking are saved at once, not only on a clean exit: once per burst of keys,
   * and without a key waiting for the disk. What was set before the window opened is written
   * first, so that a write of it still under way is not counted as one of the typing's. */
  g_assert_true (radio_file_has ("serial-text=cm 0156\n"));
  writes = rc_state_saver_get_n_writes (rc_radio_get_saver (radio));
  for (guint i = 1; i <= strlen ("cm 01565"); i++)
    {
      g_autofree char *typed = g_strndup ("cm 01565", i);

      rc_serial_entry_set_text (entry, typed);
    }
  g_assert_cmpstr (rc_radio_get_serial_text (radio), ==, "cm 01565");
  g_assert_cmpuint (rc_state_saver_get_n_writes (rc_radio_get_saver (radio)), ==, writes);
  g_assert_true (radio_file_has ("serial-text=cm 01565\n"));
  g_assert_cmpuint (rc_state_saver_get_n_writes (rc_radio_get_saver (radio)), ==, writes + 1);
  rc_serial_entry_set_series (entry, NULL);
  g_assert_null (rc_radio_get_series (radio));
  g_assert_true (radio_file_has ("series=\n"));
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (window), "Not Sure"));

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

static RcSeriesDialog *
find_dialog (RcWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (RC_IS_SERIES_DIALOG (toplevel) &&
          gtk_window_get_transient_for (GTK_WINDOW (toplevel)) == GTK_WINDOW (window))
        return RC_SERIES_DIALOG (toplevel);
    }

  return NULL;
}

static void
test_choose_series (void)
{
  RcWindow *window = rc_test_new_window (app);
  RcSerialEntry *entry = get_entry (window);
  RcCatalog *catalog = rc_application_get_catalog (app);
  RcSeries *ford = rc_catalog_lookup_series (catalog, "ford-mv");
  RcSeries *clarion = rc_catalog_lookup_series (catalog, "clarion");
  RcSeriesDialog *dialog;
  RcSeriesPicker *picker;

  rc_serial_entry_set_series (entry, clarion);
  rc_window_show_section (window, "serial");

  /* The long list is only built when asked for. */
  g_assert_null (find_dialog (window));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.choose-series", NULL));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  /* It opens on the series already picked; picking another applies and closes. */
  picker = rc_series_dialog_get_picker (dialog);
  g_assert_true (rc_series_picker_get_series (picker) == clarion);
  rc_series_picker_set_series (picker, ford);
  g_assert_true (rc_serial_entry_get_series (entry) == ford);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (window), "Ford — M and V series"));

  /* Opened again, it is the same window, showing the new pick. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.choose-series", NULL);
  g_assert_true (find_dialog (window) == dialog);
  g_assert_true (rc_series_picker_get_series (picker) == ford);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  g_assert_null (find_dialog (window));
}

/* The shortcuts window lists the guide's keys as they work: right to left, Alt+Right goes back
 * and is listed first, for "Previous". */
static void
test_shortcuts_follow_direction (void)
{
  static const struct { GtkTextDirection direction; const char *keys; } cases[] = {
    { GTK_TEXT_DIR_LTR, "<Alt>Left <Alt>Right" },
    { GTK_TEXT_DIR_RTL, "<Alt>Right <Alt>Left" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcWindow *window;
      GtkWidget *overlay, *shortcut;
      guint shown = 0;

      gtk_widget_set_default_direction (cases[i].direction);
      window = rc_test_new_window (app);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                                 NULL));
      overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
      /* Each shortcut shown, in its section and among what a search finds. */
      for (guint j = 0;
           (shortcut = rc_test_find_descendant (overlay, GTK_TYPE_SHORTCUTS_SHORTCUT, j)) != NULL;
           j++)
        {
          g_autofree char *title = NULL;
          g_autofree char *keys = NULL;

          g_object_get (shortcut, "title", &title, "accelerator", &keys, NULL);
          if (g_strcmp0 (title, "Previous and Next Step of the Guide") != 0 ||
              !gtk_widget_get_visible (shortcut))
            continue;
          g_assert_cmpstr (keys, ==, cases[i].keys);
          shown++;
        }
      g_assert_cmpuint (shown, >, 0);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
test_actions_and_shortcuts (void)
{
  g_auto(GStrv) quit = NULL;
  g_auto(GStrv) close = NULL;
  RcWindow *window = rc_test_new_window (app);
  GtkWidget *menu;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  quit = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  close = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "window.close");
  g_assert_cmpstr (quit[0], ==, "<Control>q");
  g_assert_cmpstr (close[0], ==, "<Control>w");

  /* The primary menu opens with F10 and has a name. */
  menu = rc_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, 0);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (menu)));
  gtk_test_accessible_assert_property (menu, GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");

  /* Ctrl+? opens the shortcuts window, built the first time it is asked for
   * and then kept, hidden, for the next. */
  {
    g_auto(GStrv) help = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                "win.show-help-overlay");
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWindow *shortcuts = NULL;
    guint before = g_list_model_get_n_items (toplevels);

    g_assert_cmpstr (help[0], ==, "<Control>question");
    g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
          shortcuts = toplevel;
      }
    g_assert_nonnull (shortcuts);
    g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
    g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) ==
                   GTK_SHORTCUTS_WINDOW (shortcuts));
    gtk_window_close (shortcuts);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  }

  /* The window may be as narrow as a phone. */
  {
    int width = 0;

    g_object_get (window, "width-request", &width, NULL);
    g_assert_cmpint (width, ==, 360);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

static int
minimum_width (RcWindow *window)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  int minimum = 0;

  rc_test_wait_idle ();
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* Only what the first screen shows (the guide's first step) is built before the first frame:
 * the other sections and steps are built when first shown, and work then. */
static void
test_first_screen_only (void)
{
  const struct { const char *section; GType type; } sections[] = {
    { "serial", RC_TYPE_SERIAL_PAGE },
    { "find", RC_TYPE_FIND_PAGE },
    { "wait", RC_TYPE_LOCKOUT_PAGE },
    { "reference", RC_TYPE_REFERENCE_PAGE },
    { "models", RC_TYPE_MODEL_TABLE },
  };
  /* Built only for a section or step that is not the first screen. */
  const GType later[] = { RC_TYPE_SERIAL_ENTRY, RC_TYPE_SERIES_PICKER, RC_TYPE_GUIDE_CODE,
                          RC_TYPE_GUIDE_ENTER, ADW_TYPE_ACTION_ROW, ADW_TYPE_PREFERENCES_GROUP,
                          GTK_TYPE_TEXT, GTK_TYPE_POPOVER_MENU };
  GSettings *settings = rc_application_get_settings (app);
  g_autofree char *step = g_settings_get_string (settings, "guide-step");
  RcRadio *radio = rc_application_get_radio (app);
  RcWindow *window;
  GtkWidget *guide, *widget, *menu;

  g_settings_set_string (settings, "guide-step", "display");
  rc_radio_set_serial_text (radio, "cm 0156");
  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  rc_test_wait_idle ();
  guide = GTK_WIDGET (get_guide (window));
  g_assert_true (gtk_widget_get_mapped (guide));

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_test_message ("%s before it is shown", g_type_name (sections[i].type));
      g_assert_null (rc_test_find_descendant (GTK_WIDGET (window), sections[i].type, 0));
    }
  for (guint i = 0; i < G_N_ELEMENTS (later); i++)
    {
      g_test_message ("%s on the first screen", g_type_name (later[i]));
      g_assert_null (rc_test_find_descendant (GTK_WIDGET (window), later[i], 0));
    }

  /* Nor is a library opened that only a later page needs. */
  g_assert_false (rc_test_is_loaded (RSVG_LIBRARY));
  g_assert_false (rc_test_is_loaded (SECRET_LIBRARY));

  /* The main menu is made as it opens. */
  menu = rc_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, 0);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
  rc_test_wait_idle ();
  widget = rc_test_find_descendant (menu, GTK_TYPE_POPOVER_MENU, 0);
  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_nonnull (rc_test_find_label (widget, "_Check a Serial"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
  g_assert_true (rc_test_find_descendant (menu, GTK_TYPE_POPOVER_MENU, 0) == widget);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu));

  /* Each section is there once shown, with what it shows. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      rc_window_show_section (window, sections[i].section);
      rc_test_wait_idle ();
      widget = rc_test_find_descendant (GTK_WIDGET (window), sections[i].type, 0);
      g_assert_nonnull (widget);
      g_assert_true (gtk_widget_get_mapped (widget));
    }
  g_assert_cmpstr (rc_serial_entry_get_text (rc_window_get_serial_entry (window)), ==, "cm 0156");
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (window), "How Do I Find the Serial?"));
  g_assert_true (rc_lockout_page_get_lockout (RC_LOCKOUT_PAGE (rc_test_find_descendant (
    GTK_WIDGET (window), RC_TYPE_LOCKOUT_PAGE, 0))) == rc_application_get_lockout (app));
  g_assert_cmpuint (rc_reference_page_get_n_shown (RC_REFERENCE_PAGE (rc_test_find_descendant (
    GTK_WIDGET (window), RC_TYPE_REFERENCE_PAGE, 0))), >, 0);

  /* So is each step of the guide. */
  rc_window_show_section (window, "guide");
  rc_guide_set_step (RC_GUIDE (guide), "radio");
  rc_test_wait_idle ();
  g_assert_true (gtk_widget_get_mapped (rc_test_find_descendant (guide, RC_TYPE_SERIES_PICKER, 0)));
  g_assert_nonnull (rc_test_find_label (guide, "I Don't Know Which Radio"));
  rc_guide_set_step (RC_GUIDE (guide), "serial");
  rc_test_wait_idle ();
  widget = rc_test_find_descendant (guide, RC_TYPE_SERIAL_ENTRY, 0);
  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_cmpstr (rc_serial_entry_get_text (RC_SERIAL_ENTRY (widget)), ==, "cm 0156");

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  g_settings_set_string (settings, "guide-step", step);
}

/* Every step of the guide (with WAIT picked, which adds a choice of two
 * answers) and every section fits a phone 360 px wide. */
static void
test_fits_a_phone (void)
{
  const char *steps[] = { "display", "radio", "find", "serial", "code", "enter", "wait" };
  const char *sections[] = { "guide", "serial", "find", "wait", "reference", "models" };
  const char *asking[] = { "wait", "dashes", "locked", "safe", "error" };
  GSettings *settings = rc_application_get_settings (app);
  g_autofree char *step = g_settings_get_string (settings, "guide-step");
  g_autofree char *display = g_settings_get_string (settings, "guide-display");
  RcRadio *radio = rc_application_get_radio (app);
  g_autoptr(RcSeries) series = rc_radio_get_series (radio) != NULL ?
                               g_object_ref (rc_radio_get_series (radio)) : NULL;
  RcWindow *window;

  g_settings_set_string (settings, "guide-display", "wait");
  rc_radio_set_series (radio, rc_catalog_lookup_series (rc_application_get_catalog (app),
                                                        "nissan-ni"));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      int minimum;

      g_settings_set_string (settings, "guide-step", steps[i]);
      window = rc_test_new_window (app);
      gtk_window_present (GTK_WINDOW (window));
      minimum = minimum_width (window);
      g_test_message ("guide step %s: %d px", steps[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  /* Step 1 with each display whose answers stand side by side. */
  for (guint i = 0; i < G_N_ELEMENTS (asking); i++)
    {
      int minimum;

      g_settings_set_string (settings, "guide-step", "display");
      g_settings_set_string (settings, "guide-display", asking[i]);
      window = rc_test_new_window (app);
      gtk_window_present (GTK_WINDOW (window));
      minimum = minimum_width (window);
      g_test_message ("step 1 with %s: %d px", asking[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      int minimum;

      rc_window_show_section (window, sections[i]);
      minimum = minimum_width (window);
      g_test_message ("%s: %d px", sections[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  g_settings_set_string (settings, "guide-step", step);
  g_settings_set_string (settings, "guide-display", display);
  rc_radio_set_series (radio, series);
}

static void
test_size_saved_on_close (void)
{
  GSettings *settings = rc_application_get_settings (app);
  RcWindow *window = rc_test_new_window (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 500, 610);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_close (GTK_WINDOW (window));
  rc_test_wait_idle ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 500);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 610);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
test_show_lockout (void)
{
  RcWindow *window = rc_test_new_window (app);
  AdwViewStack *stack = ADW_VIEW_STACK (rc_test_find_descendant (GTK_WIDGET (window),
                                                                ADW_TYPE_VIEW_STACK, 0));

  gtk_window_present (GTK_WINDOW (window));
  /* The app opens on the guide. */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "guide");
  /* Built only when first shown. */
  g_assert_null (rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_LOCKOUT_PAGE, 0));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-lockout", NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "wait");
  g_assert_nonnull (rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_LOCKOUT_PAGE, 0));
  /* Two sections now: the switcher is there. */
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (
    ADW_VIEW_SWITCHER_TITLE (rc_test_find_descendant (GTK_WIDGET (window),
                                                      ADW_TYPE_VIEW_SWITCHER_TITLE, 0))));

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

static gint64 fake_now;

static gint64
real_wall (gpointer data)
{
  return g_get_real_time ();
}

/* The countdown wakes the app each second only while it is on screen; hidden, the app sleeps
 * till the end, and shown again the countdown is right at once. */
static void
test_countdown_ticks_while_shown (void)
{
  RcLockout *lockout = rc_test_begin_wait (app, &fake_now);
  RcWindow *window;

  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  rc_window_show_section (window, "reference");
  rc_test_wait_idle ();
  g_assert_false (rc_application_is_ticking (app));
  g_assert_true (rc_application_is_waiting_for_end (app));

  g_action_group_activate_action (G_ACTION_GROUP (app), "show-lockout", NULL);
  rc_test_wait_idle ();
  g_assert_true (rc_application_is_ticking (app));
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (window), "1:00:00"));

  /* Another section: the page leaves the screen, and the seconds stop. */
  rc_window_show_section (window, "reference");
  rc_test_wait_idle ();
  g_assert_false (rc_application_is_ticking (app));
  g_assert_true (rc_application_is_waiting_for_end (app));

  /* Ten minutes unseen, then back: ten minutes less, at once. */
  fake_now += 600 * G_USEC_PER_SEC;
  rc_window_show_section (window, "wait");
  rc_test_wait_idle ();
  g_assert_true (rc_application_is_ticking (app));
  g_assert_cmpuint (rc_lockout_get_remaining (lockout), ==, 3000);
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (window), "50:00"));

  /* The window goes: the app stays for the WAIT, asleep. */
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  g_assert_false (rc_application_is_ticking (app));
  g_assert_true (rc_application_is_waiting_for_end (app));

  rc_lockout_reset (lockout);
  rc_lockout_set_clock (lockout, real_wall, rc_clock_boottime, NULL);
  g_assert_false (rc_application_is_waiting_for_end (app));
}

static void
test_rule_follows_series (void)
{
  RcWindow *window = rc_test_new_window (app);
  RcSerialEntry *entry = get_entry (window);
  RcCatalog *catalog = rc_application_get_catalog (app);
  RcLockout *lockout = rc_application_get_lockout (app);

  rc_lockout_reset (lockout);
  rc_serial_entry_set_series (entry, rc_catalog_lookup_series (catalog, "ford-mv"));
  g_assert_cmpstr (rc_lockout_rule_get_id (rc_lockout_get_rule (lockout)), ==, "ford-mv");
  rc_serial_entry_set_series (entry, rc_catalog_lookup_series (catalog, "clarion"));
  g_assert_cmpstr (rc_lockout_rule_get_id (rc_lockout_get_rule (lockout)), ==, "common");

  /* Once a try is counted, the rule stays as it was. */
  rc_lockout_record (lockout, FALSE);
  rc_serial_entry_set_series (entry, rc_catalog_lookup_series (catalog, "nissan-ni"));
  g_assert_cmpstr (rc_lockout_rule_get_id (rc_lockout_get_rule (lockout)), ==, "common");
  rc_lockout_reset (lockout);

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

static void
test_find_model_and_use_it (void)
{
  RcWindow *window = rc_test_new_window (app);
  AdwViewStack *stack = ADW_VIEW_STACK (rc_test_find_descendant (GTK_WIDGET (window),
                                                                ADW_TYPE_VIEW_STACK, 0));
  RcCatalog *catalog = rc_application_get_catalog (app);
  GListModel *toplevels = gtk_window_get_toplevels ();
  RcModelDetails *details = NULL;
  GtkWidget *table, *button;

  gtk_window_present (GTK_WINDOW (window));
  /* Ctrl+F anywhere but the model table searches everything, in the reference. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "reference");
  /* In the model table, it finds a car. */
  rc_window_show_section (window, "models");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "models");
  table = rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_MODEL_TABLE, 0);
  g_assert_nonnull (table);
  g_assert_true (gtk_search_bar_get_search_mode (
    GTK_SEARCH_BAR (rc_test_find_descendant (table, GTK_TYPE_SEARCH_BAR, 0))));

  /* Opening a row shows its details; "Use This Radio" picks that series. */
  g_signal_emit_by_name (table, "model-activated",
                         rc_catalog_lookup_model (catalog, "nissan-qashqai"));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (RC_IS_MODEL_DETAILS (toplevel))
        details = RC_MODEL_DETAILS (toplevel);
    }
  g_assert_nonnull (details);
  button = gtk_widget_get_ancestor (rc_test_find_label (GTK_WIDGET (details), "_Use This Radio"),
                                    GTK_TYPE_BUTTON);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (rc_series_get_id (rc_serial_entry_get_series (get_entry (window))), ==,
                   "nissan-ni");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "serial");

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

static void
test_find_serial_from_model (void)
{
  RcWindow *window = rc_test_new_window (app);
  RcCatalog *catalog = rc_application_get_catalog (app);
  AdwViewStack *stack = ADW_VIEW_STACK (rc_test_find_descendant (GTK_WIDGET (window),
                                                                ADW_TYPE_VIEW_STACK, 0));
  GListModel *toplevels = gtk_window_get_toplevels ();
  RcModelDetails *details = NULL;
  GtkWidget *table, *row, *find;

  gtk_window_present (GTK_WINDOW (window));
  rc_serial_entry_set_series (get_entry (window), NULL);

  /* "How do I find the serial?" from the serial page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-serial", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "find");
  find = rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_FIND_PAGE, 0);
  g_assert_cmpuint (rc_find_page_get_n_pages (RC_FIND_PAGE (find)), ==, 7);

  /* From a model's details: its ways, narrowed to that car. */
  rc_window_show_section (window, "models");
  table = rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_MODEL_TABLE, 0);
  g_signal_emit_by_name (table, "model-activated", rc_catalog_lookup_model (catalog, "nissan-qashqai"));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (RC_IS_MODEL_DETAILS (toplevel))
        details = RC_MODEL_DETAILS (toplevel);
    }
  g_assert_nonnull (details);
  /* No presets method for a Qashqai. */
  g_assert_null (rc_test_find_label (GTK_WIDGET (details), "Hold Presets 1 and 6"));
  row = gtk_widget_get_ancestor (rc_test_find_label (GTK_WIDGET (details), "Find the Code Card"),
                                 ADW_TYPE_ACTION_ROW);
  g_signal_emit_by_name (row, "activated");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "find");
  g_assert_cmpuint (rc_find_page_get_n_pages (RC_FIND_PAGE (find)), ==, 3);
  g_assert_nonnull (rc_test_find_label (find, "Ways to find the radio's serial in a Nissan Qashqai"));

  gtk_window_destroy (GTK_WINDOW (details));
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();

  /* The car picked for the guide is kept, as the serial and the step are. */
  window = rc_test_new_window (app);
  rc_radio_set_model (rc_application_get_radio (app), rc_catalog_lookup_model (catalog, "nissan-micra"));
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  window = rc_test_new_window (app);
  g_assert_true (rc_radio_get_model (rc_application_get_radio (app)) ==
                 rc_catalog_lookup_model (catalog, "nissan-micra"));
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}


static GtkWidget *
entry_row (GtkWidget  *widget,
           const char *title)
{
  return gtk_widget_get_ancestor (rc_test_find_label (widget, title), RC_TYPE_ENTRY_ROW);
}

/* Picks the row titled @words: a display in the first step's list of check
 * buttons, or a radio series in an action row. */
static void
pick (GtkWidget  *guide,
      const char *words)
{
  GtkWidget *check = NULL;
  GtkWidget *row = NULL;

  for (guint i = 0; (check = rc_test_find_descendant (guide, GTK_TYPE_CHECK_BUTTON, i)); i++)
    if (g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), words) == 0)
      {
        row = gtk_widget_get_ancestor (check, GTK_TYPE_LIST_BOX_ROW);
        break;
      }
  if (row == NULL)
    {
      row = gtk_widget_get_ancestor (rc_test_find_label (guide, words), ADW_TYPE_ACTION_ROW);
      check = rc_test_find_descendant (row, GTK_TYPE_CHECK_BUTTON, 0);
    }

  /* As a click anywhere on the row, or Enter on it, does. */
  g_signal_emit_by_name (row, "activate");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
}

static gboolean
shown (GtkWidget  *widget,
       const char *text)
{
  GtkWidget *label = rc_test_find_label (widget, text);

  return label != NULL && gtk_widget_is_visible (label);
}

/* Forgets what the keyring keeps for @serial, and for a radio not known yet. */
static void
forget_kept (RcCodeStore *store,
             const char  *serial)
{
  rc_code_store_forget_async (store, serial, NULL, NULL, NULL);
  rc_code_store_forget_async (store, NULL, NULL, NULL, NULL);
  rc_test_wait_store (store);
}

static void
test_guide_end_to_end (void)
{
  GSettings *settings = rc_application_get_settings (app);
  RcCodeStore *store = rc_application_get_code_store (app);
  RcLockout *lockout = rc_application_get_lockout (app);
  RcCatalog *catalog = rc_application_get_catalog (app);
  RcWindow *window;
  RcGuide *guide;
  GtkWidget *g, *vin, *code, *card, *enter;
  g_autofree char *request = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_settings_reset (settings, "guide-step");
  g_settings_reset (settings, "guide-display");
  rc_radio_set_vin (rc_application_get_radio (app), "");
  rc_radio_set_serial_text (rc_application_get_radio (app), "");
  rc_radio_set_series (rc_application_get_radio (app), NULL);
  rc_lockout_reset (lockout);
  forget_kept (store, "NI667SM0474796");

  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  guide = get_guide (window);
  g = GTK_WIDGET (guide);

  /* 1: nothing picked, no way on. */
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "display");
  g_assert_true (shown (g, "Step 1 of 7"));
  g_assert_false (gtk_widget_activate_action (g, "guide.next", NULL) &&
                  !g_str_equal (rc_guide_get_step (guide), "display"));

  /* SECURE: no code helps, and the guide says so instead of going on. */
  pick (g, "SECURE or SECURITY");
  g_assert_true (shown (g, rc_display_get_meaning (rc_catalog_lookup_display (catalog, "secure"))));
  /* How sure that is, and from where, next to it. */
  g_assert_true (shown (g, "How sure: Manufacturer document"));
  g_assert_true (shown (g, "No code fixes this; see what to do above."));
  gtk_widget_activate_action (g, "guide.next", NULL);
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "display");

  /* CODE: on to the radio. */
  pick (g, "CODE or CODE IN");
  g_assert_true (gtk_widget_activate_action (g, "guide.next", NULL));
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "radio");
  g_assert_true (shown (g, "Step 2 of 7"));

  /* 2: the series picked here is the serial section's too. */
  pick (g, "NI-series");
  g_assert_cmpstr (rc_series_get_id (rc_serial_entry_get_series (get_entry (window))), ==, "nissan-ni");

  /* 3: the ways for that radio. */
  gtk_widget_activate_action (g, "guide.next", NULL);
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "find");
  g_assert_cmpuint (rc_find_page_get_n_pages (RC_FIND_PAGE (rc_test_find_descendant (g, RC_TYPE_FIND_PAGE, 0))), ==, 4);

  /* 4: the serial, checked as typed, shared with the serial section. */
  gtk_widget_activate_action (g, "guide.next", NULL);
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "serial");
  gtk_editable_set_text (GTK_EDITABLE (entry_row (rc_test_find_descendant (g, RC_TYPE_SERIAL_ENTRY, 0),
                                                  "Serial as printed on the label")),
                         "ni667sm0474796");
  g_assert_cmpstr (rc_serial_entry_get_text (get_entry (window)), ==, "ni667sm0474796");
  g_assert_true (rc_serial_entry_get_accepted (RC_SERIAL_ENTRY (rc_test_find_descendant (g, RC_TYPE_SERIAL_ENTRY, 0))));

  /* 5: the card must match the radio; the dealer request carries the details. */
  gtk_widget_activate_action (g, "guide.next", NULL);
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "code");
  card = entry_row (g, "Serial printed on the card");
  gtk_editable_set_text (GTK_EDITABLE (card), "NI667SM0474797");
  g_assert_true (shown (g, "The card's serial differs from the radio's. The card may belong to "
                           "an earlier radio, and its code would be refused. Do not use it."));
  gtk_test_accessible_assert_state (rc_entry_row_get_entry (RC_ENTRY_ROW (card)),
                                    GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_editable_set_text (GTK_EDITABLE (card), "NI 667 SM 0474796");
  g_assert_true (shown (g, "The card belongs to this radio: its code is the one to enter."));
  gtk_test_accessible_assert_state (rc_entry_row_get_entry (RC_ENTRY_ROW (card)),
                                    GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE);
  vin = entry_row (g, "Vehicle ID number (VIN)");
  gtk_editable_set_text (GTK_EDITABLE (vin), "SJNFAAKO2U2123456");
  g_assert_true (shown (g, "Character 8 is the letter O, which VINs never use. Did you mean the digit 0?"));
  gtk_editable_set_text (GTK_EDITABLE (vin), "SJNFAAK12U2123456");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_test_find_descendant (g, GTK_TYPE_TEXT_VIEW, 0)));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  request = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (request, "SJNFAAK12U2123456"));
  g_assert_nonnull (strstr (request, "NI667SM0474796"));
  g_assert_nonnull (strstr (request, "Nissan — NI-series"));
  /* The VIN is the radio's, kept on disk with it; none of it goes to the settings. */
  g_assert_cmpstr (rc_radio_get_vin (rc_application_get_radio (app)), ==, "SJNFAAK12U2123456");
  g_assert_true (radio_file_has ("vin=SJNFAAK12U2123456\n"));

  /* 6: the press plan, the upside-down warning, and nothing on disk. */
  gtk_widget_activate_action (g, "guide.next", NULL);
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "enter");
  code = entry_row (g, "The four-digit code");
  gtk_editable_set_text (GTK_EDITABLE (code), "1609");
  g_assert_true (shown (g, "Preset 1: press 1 time, until it shows 1."));
  g_assert_true (shown (g, "Preset 2: press 6 times, until it shows 6."));
  g_assert_true (shown (g, "Preset 3: leave it at 0."));
  g_assert_true (shown (g, "Read upside down, 1609 is 6091. Check which way up the card is "
                           "before you try."));
  g_assert_true (shown (g, rc_series_get_entry_confirm (rc_catalog_lookup_series (catalog, "nissan-ni"))));
  rc_test_assert_kept (store, "NI667SM0474796", NULL);

  /* Going back and forth keeps every value. */
  gtk_widget_activate_action (g, "guide.back", NULL);
  gtk_widget_activate_action (g, "guide.back", NULL);
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "serial");
  gtk_widget_activate_action (g, "guide.next", NULL);
  gtk_widget_activate_action (g, "guide.next", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code)), ==, "1609");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (vin)), ==, "SJNFAAK12U2123456");

  /* Refused codes count; the third starts the WAIT, and the guide moves there. */
  enter = rc_test_find_descendant (g, RC_TYPE_GUIDE_ENTER, 0);
  g_assert_true (gtk_widget_activate_action (enter, "enter.rejected", NULL));
  g_assert_true (shown (g, "The radio refused the code. 2 tries are left before it makes you "
                           "wait: check the code and how it is entered first."));
  /* Other codes each time: the same one again would be asked about first. */
  gtk_editable_set_text (GTK_EDITABLE (code), "1234");
  gtk_widget_activate_action (enter, "enter.rejected", NULL);
  gtk_editable_set_text (GTK_EDITABLE (code), "2345");
  gtk_widget_activate_action (enter, "enter.rejected", NULL);
  g_assert_cmpint (rc_lockout_get_state (lockout), ==, RC_LOCKOUT_WAITING);
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "wait");
  g_assert_nonnull (rc_test_find_descendant (g, RC_TYPE_LOCKOUT_PAGE, 0));
  g_assert_true (shown (g, "Step 7 of 7"));

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();

  /* 7 and a restart: the guide comes back where it was, the code does not. */
  window = rc_test_new_window (app);
  guide = get_guide (window);
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "wait");
  g_assert_cmpstr (rc_series_get_id (rc_radio_get_series (rc_guide_get_radio (guide))), ==, "nissan-ni");
  g_assert_cmpstr (rc_radio_get_serial_text (rc_guide_get_radio (guide)), ==, "ni667sm0474796");
  rc_guide_set_step (guide, "code");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (GTK_WIDGET (guide), "Vehicle ID number (VIN)"))),
                   ==, "SJNFAAK12U2123456");
  rc_guide_set_step (guide, "enter");
  rc_test_wait_store (store);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (GTK_WIDGET (guide), "The four-digit code"))),
                   ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  rc_lockout_reset (lockout);
}

/* This test's private bus has no keyring: kept on request, the code stays for the session, and
 * the page says so. (test-guide-enter and test-settings keep it in a real keyring.) */
static void
test_guide_keeps_code_on_request (void)
{
  GSettings *settings = rc_application_get_settings (app);
  RcCodeStore *store = rc_application_get_code_store (app);
  RcRadio *radio = rc_application_get_radio (app);
  RcWindow *window;
  GtkWidget *g, *code, *keep;

  g_settings_set_string (settings, "guide-step", "enter");
  rc_radio_set_series (radio, NULL);
  rc_radio_set_serial_text (radio, "815BP 2346 3198 7485");
  forget_kept (store, "BP234631987485");

  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  g = GTK_WIDGET (get_guide (window));
  code = entry_row (g, "The four-digit code");
  keep = rc_test_find_descendant (g, GTK_TYPE_SWITCH, 0);
  rc_test_wait_store (store);
  g_assert_true (rc_code_store_get_session_only (store));
  g_assert_true (shown (g, "No keyring is available: the code is kept until the app closes"));

  gtk_editable_set_text (GTK_EDITABLE (code), "2468");
  rc_test_assert_kept (store, "BP234631987485", NULL);
  gtk_switch_set_active (GTK_SWITCH (keep), TRUE);
  /* Under the radio's serial as the catalog reads it, not as typed. */
  rc_test_assert_kept (store, "BP234631987485", "2468");
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();

  /* Another window while the app runs shows it again. */
  window = rc_test_new_window (app);
  g = GTK_WIDGET (get_guide (window));
  rc_test_wait_store (store);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (g, "The four-digit code"))), ==, "2468");
  keep = rc_test_find_descendant (g, GTK_TYPE_SWITCH, 0);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (keep)));
  /* Switched off, it is forgotten at once. */
  gtk_switch_set_active (GTK_SWITCH (keep), FALSE);
  rc_test_assert_kept (store, "BP234631987485", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();

  window = rc_test_new_window (app);
  g = GTK_WIDGET (get_guide (window));
  rc_test_wait_store (store);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (g, "The four-digit code"))), ==, "");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (rc_test_find_descendant (g, GTK_TYPE_SWITCH, 0))));
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  rc_radio_set_serial_text (radio, "");
}

static char *
request_text (GtkWidget *step)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (rc_test_find_descendant (step, GTK_TYPE_TEXT_VIEW, 0)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A serial or VIN that fails its check does not reach the dealer unless the owner says so, and
 * then it goes with a note. */
static void
test_guide_request_gate (void)
{
  RcCatalog *catalog = rc_application_get_catalog (app);
  RcSeries *ni = rc_catalog_lookup_series (catalog, "nissan-ni");
  GtkWidget *step, *vin, *anyway;
  g_autofree char *held = NULL;
  g_autofree char *noted = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *bad_vin = NULL;

  rc_radio_set_vin (rc_application_get_radio (app), "");
  step = g_object_ref_sink (rc_guide_code_new (rc_application_get_radio (app)));
  vin = entry_row (step, "Vehicle ID number (VIN)");
  anyway = gtk_widget_get_ancestor (rc_test_find_label (step, "_Send what I typed anyway"),
                                    GTK_TYPE_CHECK_BUTTON);
  gtk_editable_set_text (GTK_EDITABLE (vin), "SJNFAAK12U2123456");

  /* A wrong serial: held back, with a way on. */
  rc_guide_code_set_radio (RC_GUIDE_CODE (step), ni, "NI667SM047479X", NULL);
  held = request_text (step);
  g_assert_null (strstr (held, "NI667SM047479X"));
  g_assert_true (gtk_widget_get_visible (anyway));
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_ancestor (
    rc_test_find_label (step, "_Copy the Request"), GTK_TYPE_BUTTON)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (anyway), TRUE);
  noted = request_text (step);
  g_assert_nonnull (strstr (noted, "NI667SM047479X"));
  g_assert_nonnull (strstr (noted, "Note: the radio serial is as I typed it"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (anyway), FALSE);

  /* A right serial and VIN: nothing to ask. */
  rc_guide_code_set_radio (RC_GUIDE_CODE (step), ni, "NI667SM0474796", NULL);
  clean = request_text (step);
  g_assert_nonnull (strstr (clean, "NI667SM0474796"));
  g_assert_null (strstr (clean, "Note:"));
  g_assert_false (gtk_widget_get_visible (anyway));

  /* A VIN with the letter O: held back too. */
  gtk_editable_set_text (GTK_EDITABLE (vin), "SJNFAAKO2U2123456");
  bad_vin = request_text (step);
  g_assert_null (strstr (bad_vin, "SJNFAAKO2U2123456"));
  g_assert_true (gtk_widget_get_visible (anyway));

  /* And the card: a letter O for a zero gets the serial field's hint. */
  gtk_editable_set_text (GTK_EDITABLE (entry_row (step, "Serial printed on the card")),
                         "NI667SM O474796");
  g_assert_nonnull (rc_test_find_label_prefix (step, "The card's serial differs from the radio's. "
                                                      "The card may belong to an earlier radio, "
                                                      "and its code would be refused. Do not use it. "));
  rc_radio_set_vin (rc_application_get_radio (app), "");
  g_assert_finalize_object (step);
}

/* Step 5 compares the card's serial with the radio's as the catalog reads both. */
static void
test_guide_card_check (void)
{
  static const struct { const char *series, *label, *card; gboolean same; } cases[] = {
    /* The label's long form and the card's short one are one radio. */
    { "blaupunkt-bp", "815BP234631987485", "BP 2346 3198 7485", TRUE },
    { "blaupunkt-bp", "BP234631987485", "815bp234631987485", TRUE },
    { "ford-mv", "M0559440", "M559440", TRUE },
    { "ford-mv", "m 559440", "M0559440", TRUE },
    { "blaupunkt-bp", "815BP234631987485", "BP234631987486", FALSE },
    { "ford-mv", "M0559440", "M559441", FALSE },
  };
  RcCatalog *catalog = rc_application_get_catalog (app);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *step = g_object_ref_sink (rc_guide_code_new (rc_application_get_radio (app)));
      RcSeries *series = rc_catalog_lookup_series (catalog, cases[i].series);

      rc_guide_code_set_radio (RC_GUIDE_CODE (step), series, cases[i].label, NULL);
      gtk_editable_set_text (GTK_EDITABLE (entry_row (step, "Serial printed on the card")),
                             cases[i].card);
      g_assert_true (shown (step, cases[i].same ?
                            "The card belongs to this radio: its code is the one to enter." :
                            "The card's serial differs from the radio's. The card may belong to "
                            "an earlier radio, and its code would be refused. Do not use it."));
      g_assert_finalize_object (step);
    }
}

static gboolean
shown_prefix (GtkWidget  *widget,
              const char *prefix)
{
  GtkWidget *label = rc_test_find_label_prefix (widget, prefix);

  return label != NULL && gtk_widget_is_visible (label);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Whether @label lies wholly inside the part of its scrolled window that shows. */
static gboolean
in_view (GtkWidget *label)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (label, GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (label, gtk_viewport_get_child (GTK_VIEWPORT (
                                                     gtk_scrolled_window_get_child (scroller))),
                                                   0, 0, &x, &y));
  g_test_message ("label at %g, %d high; showing %g to %g of %g", y, gtk_widget_get_height (label),
                  gtk_adjustment_get_value (adjustment),
                  gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment),
                  gtk_adjustment_get_upper (adjustment));
  return y >= gtk_adjustment_get_value (adjustment) &&
         y + gtk_widget_get_height (label) <= gtk_adjustment_get_value (adjustment) +
                                              gtk_adjustment_get_page_size (adjustment);
}

/* Step 6 remembers the codes this radio refused, and does not let one be spent twice unasked. */
static void
test_guide_refused_twice (void)
{
  RcLockout *lockout = rc_application_get_lockout (app);
  GtkWidget *window = adw_window_new ();
  GtkWidget *step = rc_guide_enter_new (lockout, rc_application_get_code_store (app));
  GtkWidget *code;
  AdwMessageDialog *dialog;

  rc_lockout_set_rule (lockout, rc_catalog_lookup_lockout (rc_application_get_catalog (app),
                                                           "common"));
  rc_lockout_reset (lockout);
  adw_window_set_content (ADW_WINDOW (window), step);
  /* A phone-sized window, where the result is below the fold. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 420);
  gtk_window_present (GTK_WINDOW (window));
  rc_guide_enter_set_series (RC_GUIDE_ENTER (step),
                             rc_catalog_lookup_series (rc_application_get_catalog (app), "nissan-ni"));
  code = entry_row (step, "The four-digit code");

  gtk_editable_set_text (GTK_EDITABLE (code), "16 09");
  g_assert_null (rc_test_find_label_prefix (step, "This radio refused"));
  gtk_test_widget_wait_for_draw (window);
  g_assert_true (gtk_widget_activate_action (step, "enter.rejected", NULL));
  g_assert_cmpuint (rc_lockout_get_failures (lockout), ==, 1);
  /* The result is scrolled into view. */
  gtk_test_widget_wait_for_draw (window);
  gtk_test_widget_wait_for_draw (window);
  g_assert_true (in_view (rc_test_find_label_prefix (step, "The radio refused the code.")));
  /* Seen at once, and again whenever the code is typed. */
  g_assert_true (shown_prefix (step, "This radio refused 1609 on "));
  gtk_editable_set_text (GTK_EDITABLE (code), "");
  gtk_editable_set_text (GTK_EDITABLE (code), "1609");
  g_assert_true (shown_prefix (step, "This radio refused 1609 on "));

  /* Reporting it again asks first, and counts nothing until confirmed. */
  g_assert_null (find_message_dialog ());
  g_assert_true (gtk_widget_activate_action (step, "enter.rejected", NULL));
  g_assert_cmpuint (rc_lockout_get_failures (lockout), ==, 1);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Report 1609 Refused Again?");
  adw_message_dialog_response (dialog, "cancel");
  g_assert_cmpuint (rc_lockout_get_failures (lockout), ==, 1);
  g_assert_true (gtk_widget_activate_action (step, "enter.rejected", NULL));
  adw_message_dialog_response (find_message_dialog (), "report");
  g_assert_cmpuint (rc_lockout_get_failures (lockout), ==, 2);

  /* The upside-down check knows the refused code too. */
  gtk_editable_set_text (GTK_EDITABLE (code), "6091");
  g_assert_true (shown_prefix (step, "Read upside down, 6091 is 1609, and this radio refused 1609 on "));

  /* While the radio waits, the buttons say why they do nothing. */
  rc_lockout_begin_wait (lockout);
  g_assert_true (shown (step, "The radio is in its WAIT: it takes no code until the wait is "
                              "over, and the buttons below come back then. Step 7 shows when."));
  {
    guint failures = rc_lockout_get_failures (lockout);

    g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_ancestor (
      rc_test_find_label (step, "Code _Rejected"), GTK_TYPE_BUTTON)));
    gtk_widget_activate_action (step, "enter.rejected", NULL);
    g_assert_cmpuint (rc_lockout_get_failures (lockout), ==, failures);
  }
  /* Start over forgets them with the tries. */
  rc_lockout_reset (lockout);
  g_assert_cmpuint (rc_lockout_get_n_refused (lockout), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

/* Clicks the answer button labelled @words in step 1. */
static void
answer (GtkWidget  *guide,
        const char *words)
{
  GtkWidget *label = rc_test_find_label (guide, words);
  GtkWidget *button;

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, words);
  g_signal_emit_by_name (button, "clicked");
}

/* A failed save is in the window for as long as it fails, not only in a log. */
static void
test_save_failure_shown (void)
{
  RcLockout *lockout = rc_application_get_lockout (app);
  g_autofree char *dir = g_path_get_dirname (rc_lockout_get_path (lockout));
  g_autofree char *moved = g_strconcat (dir, ".moved", NULL);
  RcWindow *window;

  rc_lockout_reset (lockout);
  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (rc_test_find_label_prefix (GTK_WIDGET (window), "The tries and the WAIT"));

  /* The state folder's place is taken by a file. */
  g_assert_cmpint (g_rename (dir, moved), ==, 0);
  g_assert_true (g_file_set_contents (dir, "", -1, NULL));
  g_assert_true (rc_lockout_record (lockout, FALSE));
  /* The save is made on a worker thread; its failure comes back to the window. */
  while (rc_lockout_get_save_error (lockout) == NULL)
    g_main_context_iteration (NULL, TRUE);
  rc_test_wait_idle ();
  g_assert_nonnull (rc_test_find_label_prefix (GTK_WIDGET (window),
                                               "The tries and the WAIT countdown could not be "
                                               "saved"));
  /* Put right, the next save works and the message goes. */
  g_unlink (dir);
  g_assert_cmpint (g_rename (moved, dir), ==, 0);
  g_assert_true (rc_lockout_record (lockout, FALSE));
  while (rc_lockout_get_save_error (lockout) != NULL)
    g_main_context_iteration (NULL, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  rc_lockout_reset (lockout);
}

/* Whether the keyboard focus is on a control of the step the guide shows. */
static gboolean
focus_on_step (RcWindow *window,
               RcGuide  *guide)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
  GtkStack *steps = GTK_STACK (rc_test_find_descendant (GTK_WIDGET (guide), GTK_TYPE_STACK, 0));

  return focus != NULL && gtk_widget_is_ancestor (focus, gtk_stack_get_visible_child (steps));
}

/* Next and Back (Alt+Right, Alt+Left) take the focus to the new step, all the way through. */
static void
test_guide_focus_follows_steps (void)
{
  static const char *steps[] = { "display", "radio", "find", "serial", "code", "enter", "wait" };
  GSettings *settings = rc_application_get_settings (app);
  RcWindow *window;
  RcGuide *guide;
  GtkWidget *g;

  rc_lockout_reset (rc_application_get_lockout (app));
  g_settings_set_string (settings, "guide-step", "display");
  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  guide = get_guide (window);
  g = GTK_WIDGET (guide);
  pick (g, "CODE or CODE IN");
  gtk_widget_grab_focus (rc_test_find_descendant (g, GTK_TYPE_CHECK_BUTTON, 0));

  for (guint i = 1; i < G_N_ELEMENTS (steps); i++)
    {
      g_assert_true (gtk_widget_activate_action (g, "guide.next", NULL));
      g_assert_cmpstr (rc_guide_get_step (guide), ==, steps[i]);
      rc_test_wait_idle ();
      g_assert_true (focus_on_step (window, guide));
    }
  for (guint i = G_N_ELEMENTS (steps) - 1; i > 0; i--)
    {
      g_assert_true (gtk_widget_activate_action (g, "guide.back", NULL));
      g_assert_cmpstr (rc_guide_get_step (guide), ==, steps[i - 1]);
      rc_test_wait_idle ();
      g_assert_true (focus_on_step (window, guide));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

/* Start Over in step 7 begins a new attempt at step 1, with the old answers gone. */
static void
test_guide_start_over (void)
{
  GSettings *settings = rc_application_get_settings (app);
  RcLockout *lockout = rc_application_get_lockout (app);
  RcWindow *window;
  RcGuide *guide;
  GtkWidget *g, *page, *first;
  g_autofree char *display = NULL;

  rc_lockout_reset (lockout);
  g_settings_set_string (settings, "guide-step", "display");
  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  guide = get_guide (window);
  g = GTK_WIDGET (guide);

  pick (g, "WAIT");
  answer (g, "WAIT stays");
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "wait");
  display = g_settings_get_string (settings, "guide-display");
  g_assert_cmpstr (display, ==, "wait");
  page = rc_test_find_descendant (g, RC_TYPE_LOCKOUT_PAGE, 0);

  /* Asked first, with buttons a screen reader reads by their labels (libadwaita 1.2 would
   * name them "_Cancel Cancel"); cancelling changes nothing. */
  g_assert_true (gtk_widget_activate_action (page, "lockout.reset", NULL));
  {
    GtkWidget *dialog = GTK_WIDGET (find_message_dialog ());
    GtkWidget *button;
    guint named = 0;

    for (guint i = 0; (button = rc_test_find_descendant (dialog, GTK_TYPE_BUTTON, i)) != NULL; i++)
      {
        const char *label = gtk_button_get_label (GTK_BUTTON (button));
        const char *name = g_strcmp0 (label, "_Cancel") == 0 ? "Cancel"
                           : g_strcmp0 (label, "_Start Over") == 0 ? "Start Over" : NULL;

        if (name == NULL)
          continue;
        gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, name);
        named++;
      }
    g_assert_cmpuint (named, >=, 2);
  }
  adw_message_dialog_response (find_message_dialog (), "cancel");
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "wait");
  g_assert_cmpint (rc_lockout_get_state (lockout), ==, RC_LOCKOUT_WAITING);

  g_assert_true (gtk_widget_activate_action (page, "lockout.reset", NULL));
  adw_message_dialog_response (find_message_dialog (), "reset");
  g_assert_cmpint (rc_lockout_get_state (lockout), ==, RC_LOCKOUT_READY);
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "display");
  g_free (display);
  display = g_settings_get_string (settings, "guide-display");
  g_assert_cmpstr (display, ==, "");
  g_assert_true (shown (g, "Pick what the display shows."));
  /* Focus is on the first answer, not lost with the page that had it. */
  first = rc_test_find_descendant (g, GTK_TYPE_CHECK_BUTTON, 0);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (first)));
  g_assert_true (gtk_widget_has_focus (first));

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

static void
test_guide_step1_branches (void)
{
  /* What the display shows, what the owner answers, and where the guide then is. */
  static const struct { const char *display, *answer, *step; gboolean waiting; } cases[] = {
    { "WAIT", "WAIT cleared within seconds", "radio", FALSE },
    { "WAIT", "WAIT stays", "wait", TRUE },
    /* Ford: flashing dashes take a code; steady dashes are a wait. */
    { "- - - - or ----", "The dashes flash", "radio", FALSE },
    { "- - - - or ----", "The dashes stay steady", "wait", TRUE },
    /* LOCKED: after the radio's own recovery, the code; LOCK13 is the end. */
    { "LOCKED, LOCK10 or LOCK13", "It asks for a code again", "radio", FALSE },
    { "LOCKED, LOCK10 or LOCK13", "It stays locked, or shows LOCK13", "display", FALSE },
    /* ERR: the radio is still locked; leave it on and wait. */
    { "ERR or CODE ERROR", "ERR stays or flashes", "wait", TRUE },
    { "ERR or CODE ERROR", "ERR went, and CODE shows again", "radio", FALSE },
  };
  GSettings *settings = rc_application_get_settings (app);
  RcLockout *lockout = rc_application_get_lockout (app);
  RcWindow *window;
  RcGuide *guide;
  GtkWidget *g;

  g_settings_set_string (settings, "guide-step", "display");
  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  guide = get_guide (window);
  g = GTK_WIDGET (guide);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s → %s", cases[i].display, cases[i].answer);
      rc_lockout_reset (lockout);
      rc_guide_set_step (guide, "display");
      pick (g, cases[i].display);
      /* The display alone does not say where to go: the guide asks, and waits. */
      g_assert_true (shown (g, "Pick the answer that fits your radio, above."));
      gtk_widget_activate_action (g, "guide.next", NULL);
      g_assert_cmpstr (rc_guide_get_step (guide), ==, "display");
      answer (g, cases[i].answer);
      g_assert_cmpstr (rc_guide_get_step (guide), ==, cases[i].step);
      g_assert_true ((rc_lockout_get_state (lockout) == RC_LOCKOUT_WAITING) == cases[i].waiting);
      if (g_str_equal (cases[i].step, "display"))
        g_assert_true (shown (g, "No code fixes this; see what to do above."));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  rc_lockout_reset (lockout);
}

/* Step 5 with a radio picked in step 2 and a serial typed in step 4: the
 * computed code and the press plan it leads to, or one sentence and the
 * card and dealer routes. */
typedef struct
{
  const char *radio;        /* the series' row in step 2 */
  const char *serial;       /* as typed in step 4 */
  const char *code;         /* shown in step 5, or NULL for none */
  const char *says;         /* the sentence shown instead; NULL: one containing the core's reason */
  const char *presses[4];   /* step 6's plan for the code */
} ComputedCase;

static const ComputedCase computed_cases[] = {
  { "Precode", "b-456", "0709", NULL,
    { "Preset 1: leave it at 0.", "Preset 2: press 7 times, until it shows 7.",
      "Preset 3: leave it at 0.", "Preset 4: press 9 times, until it shows 9." } },
  { "M and V series", "M0123456", "2487", NULL,
    { "Preset 1: press 2 times, until it shows 2.", "Preset 2: press 4 times, until it shows 4.",
      "Preset 3: press 8 times, until it shows 8.", "Preset 4: press 7 times, until it shows 7." } },
  { "NI-series", "NI667SM0474796", NULL,
    "No verified method computes the code for this radio (Nissan — NI-series): it has to come "
    "from the radio's code card or a dealer.", { NULL } },
  { "BP-series", "BP234631987485", NULL,
    "No verified method computes the code for this radio (Blaupunkt — BP-series): it has to "
    "come from the radio's code card or a dealer.", { NULL } },
  { "M and V series", "V123456", NULL, NULL, { NULL } },
  { "Precode", "A012", NULL, NULL, { NULL } },
};

/* A fresh guide on step 5 for @radio and @serial, picked and typed as a user does. */
static RcWindow *
open_code_step (const char *radio,
                const char *serial)
{
  GSettings *settings = rc_application_get_settings (app);
  RcWindow *window;
  GtkWidget *g;

  g_settings_set_string (settings, "guide-step", "radio");
  g_settings_set_string (settings, "guide-display", "code");
  g_settings_reset (settings, "kept-code");
  rc_radio_set_serial_text (rc_application_get_radio (app), "");
  rc_radio_set_series (rc_application_get_radio (app), NULL);
  window = rc_test_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  g = GTK_WIDGET (get_guide (window));
  pick (g, radio);
  rc_guide_set_step (RC_GUIDE (g), "serial");
  gtk_editable_set_text (GTK_EDITABLE (entry_row (rc_test_find_descendant (g, RC_TYPE_SERIAL_ENTRY, 0),
                                                  "Serial as printed on the label")),
                         serial);
  g_assert_true (gtk_widget_activate_action (g, "guide.next", NULL));
  g_assert_cmpstr (rc_guide_get_step (RC_GUIDE (g)), ==, "code");
  return window;
}

/* Whether a label shown below @widget contains @text. */
static gboolean
shown_within (GtkWidget  *widget,
              const char *text)
{
  GtkWidget *label;

  for (guint i = 0; (label = rc_test_find_descendant (widget, GTK_TYPE_LABEL, i)) != NULL; i++)
    if (strstr (gtk_label_get_label (GTK_LABEL (label)), text) != NULL && gtk_widget_is_visible (label))
      return TRUE;
  return FALSE;
}

static GtkWidget *
use_button (GtkWidget *guide)
{
  return gtk_widget_get_ancestor (rc_test_find_label (guide, "_Enter This Code on the Radio"),
                                  GTK_TYPE_BUTTON);
}

static void
test_guide_computed_code (gconstpointer data)
{
  const ComputedCase *c = data;
  RcCatalog *catalog = rc_application_get_catalog (app);
  RcLockout *lockout = rc_application_get_lockout (app);
  RcWindow *window;
  GtkWidget *g, *code_label = NULL, *label;

  rc_lockout_reset (lockout);
  window = open_code_step (c->radio, c->serial);
  g = GTK_WIDGET (get_guide (window));

  for (guint i = 0; (label = rc_test_find_descendant (g, GTK_TYPE_LABEL, i)) != NULL; i++)
    if (gtk_widget_has_css_class (label, "computed-code"))
      code_label = label;
  g_assert_nonnull (code_label);

  if (c->code == NULL)
    {
      g_autoptr(RcCodeResult) result = rc_code_result_new (catalog, NULL, c->serial);

      /* No code, one sentence, and the card and dealer routes. */
      g_assert_false (gtk_widget_is_visible (code_label));
      g_assert_false (gtk_widget_is_visible (use_button (g)));
      if (c->says != NULL)
        g_assert_true (shown (g, c->says));
      else
        g_assert_true (shown_within (g, result->reason));
      g_assert_true (shown (g, "From the Code Card"));
      g_assert_true (shown (g, "From a Dealer"));
      g_assert_true (gtk_widget_is_visible (entry_row (g, "Vehicle ID number (VIN)")));
    }
  else
    {
      RcSeries *series = rc_radio_get_series (rc_application_get_radio (app));
      RcCodeMethod *method = rc_catalog_lookup_code_method (catalog, series);
      GtkWidget *enter;

      /* The code in large type, what it rests on, and what to check if refused. */
      g_assert_true (gtk_widget_is_visible (code_label));
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (code_label)), ==, c->code);
      g_assert_true (shown (g, rc_code_method_get_basis (method)));
      g_assert_true (shown (g, rc_code_method_get_refused (method)));
      g_assert_true (shown (g, "From the Code Card"));

      /* On to step 6, where it is planned press by press. */
      g_signal_emit_by_name (use_button (g), "clicked");
      g_assert_cmpstr (rc_guide_get_step (RC_GUIDE (g)), ==, "enter");
      enter = rc_test_find_descendant (g, RC_TYPE_GUIDE_ENTER, 0);
      g_assert_cmpstr (rc_guide_enter_get_code (RC_GUIDE_ENTER (enter)), ==, c->code);
      for (guint i = 0; i < G_N_ELEMENTS (c->presses); i++)
        g_assert_true (shown (g, c->presses[i]));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
}

/* Step 6 starts with the computed code; once the radio refused it, it is
 * never offered again as if fresh, not even after a restart. */
static void
test_guide_refused_code (void)
{
  RcLockout *lockout = rc_application_get_lockout (app);
  RcWindow *window;
  GtkWidget *g, *enter, *code;

  rc_lockout_reset (lockout);
  window = open_code_step ("Precode", "B456");
  g = GTK_WIDGET (get_guide (window));
  g_assert_true (gtk_widget_is_visible (use_button (g)));
  /* Next, as well as the button, brings the code to step 6. */
  gtk_widget_activate_action (g, "guide.next", NULL);
  enter = rc_test_find_descendant (g, RC_TYPE_GUIDE_ENTER, 0);
  g_assert_cmpstr (rc_guide_enter_get_code (RC_GUIDE_ENTER (enter)), ==, "0709");

  /* Refused: counted as a try, with the code. */
  g_assert_true (gtk_widget_activate_action (enter, "enter.rejected", NULL));
  g_assert_cmpuint (rc_lockout_get_failures (lockout), ==, 1);
  g_assert_cmpint (rc_lockout_get_refused_at (lockout, "0709"), >, 0);

  /* Step 5 shows it struck out, warns, and no longer offers it. */
  gtk_widget_activate_action (g, "guide.back", NULL);
  g_assert_true (shown (g, "The radio refused this code. Do not enter it again before you have "
                           "checked what is below: each wrong code uses up a try."));
  g_assert_false (gtk_widget_is_visible (use_button (g)));
  g_assert_true (gtk_widget_has_css_class (rc_test_find_label (g, "0709"), "refused"));

  /* Emptied, step 6 is not filled with it again; typed again, it is called refused. */
  code = entry_row (g, "The four-digit code");
  gtk_editable_set_text (GTK_EDITABLE (code), "");
  gtk_widget_activate_action (g, "guide.next", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (code), "07 09");
  g_assert_true (shown_within (g, "This radio refused 0709 on "));
  gtk_editable_set_text (GTK_EDITABLE (code), "1234");
  g_assert_false (shown_within (g, "This radio refused"));
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();

  /* The app is started again: the refusal is still known. */
  window = open_code_step ("Precode", "b 456");
  g = GTK_WIDGET (get_guide (window));
  g_assert_false (gtk_widget_is_visible (use_button (g)));
  gtk_widget_activate_action (g, "guide.next", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row (g, "The four-digit code"))), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_wait_idle ();
  rc_lockout_reset (lockout);
}

static void
test_desktop_actions (void)
{
  g_autoptr(GKeyFile) desktop = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) actions = NULL;

  /* The launcher's actions are activated over D-Bus by their id: each must exist. */
  g_key_file_load_from_file (desktop, g_getenv ("RADIO_CODE_DESKTOP_FILE"), 0, &error);
  g_assert_no_error (error);
  actions = g_key_file_get_string_list (desktop, "Desktop Entry", "Actions", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (actions), >, 0);
  for (guint i = 0; actions[i] != NULL; i++)
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), actions[i]));
}

static gboolean
change_and_quit_cb (gpointer user_data)
{
  RcRadio *radio = rc_application_get_radio (app);
  RcLockout *lockout = rc_application_get_lockout (app);

  rc_radio_set_serial_text (radio, "BP123456789012");
  rc_lockout_reset (lockout);
  g_assert_true (rc_lockout_record (lockout, FALSE));
  g_assert_true (rc_state_saver_is_pending (rc_radio_get_saver (radio)));
  g_assert_true (rc_state_saver_is_pending (rc_lockout_get_saver (lockout)));
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

/* The application quitting writes what was typed a moment before, although the main loop never
 * got round to it. Last: the application is done after it. */
static void
test_shutdown_writes_pending (void)
{
  char *argv[] = { (char *) "test-window", NULL };
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "radio-code", "radio.ini",
                                            NULL);
  g_autofree char *contents = NULL;
  g_autoptr(RcLockout) again = NULL;

  g_idle_add (change_and_quit_cb, NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "serial-text=BP123456789012\n"));
  again = rc_lockout_new (rc_application_get_catalog (app));
  g_assert_true (rc_lockout_load (again, rc_lockout_get_path (rc_application_get_lockout (app)),
                                  NULL));
  g_assert_cmpuint (rc_lockout_get_failures (again), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* A notification server that takes whatever it is sent: closing the last window during
   * a WAIT says so in a notification, as it does on the desktop. */
  rc_test_init_with_notifications (&argc, &argv);
  /* One registered application, as the real program has; each test opens a window. */
  app = rc_test_new_application (APP_ID ".Test");

  g_test_add_func ("/window/first-screen-only", test_first_screen_only);
  g_test_add_func ("/window/restores-what-was-typed", test_restores_what_was_typed);
  g_test_add_func ("/window/choose-series", test_choose_series);
  g_test_add_func ("/window/show-lockout", test_show_lockout);
  g_test_add_func ("/window/countdown-ticks-while-shown", test_countdown_ticks_while_shown);
  g_test_add_func ("/window/rule-follows-series", test_rule_follows_series);
  g_test_add_func ("/window/desktop-actions", test_desktop_actions);
  g_test_add_func ("/window/find-model-and-use-it", test_find_model_and_use_it);
  g_test_add_func ("/window/find-serial-from-model", test_find_serial_from_model);
  g_test_add_func ("/window/guide-end-to-end", test_guide_end_to_end);
  g_test_add_func ("/window/guide-keeps-code-on-request", test_guide_keeps_code_on_request);
  g_test_add_func ("/window/guide-step1-branches", test_guide_step1_branches);
  g_test_add_func ("/window/guide-card-check", test_guide_card_check);
  g_test_add_func ("/window/guide-request-gate", test_guide_request_gate);
  g_test_add_func ("/window/guide-refused-twice", test_guide_refused_twice);
  g_test_add_func ("/window/guide-start-over", test_guide_start_over);
  g_test_add_func ("/window/guide-focus-follows-steps", test_guide_focus_follows_steps);
  g_test_add_func ("/window/save-failure-shown", test_save_failure_shown);
  for (guint i = 0; i < G_N_ELEMENTS (computed_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/window/guide-computed-code/%s",
                                               computed_cases[i].serial);

      g_test_add_data_func (path, &computed_cases[i], test_guide_computed_code);
    }
  g_test_add_func ("/window/guide-refused-code", test_guide_refused_code);
  g_test_add_func ("/window/actions-and-shortcuts", test_actions_and_shortcuts);
  g_test_add_func ("/window/shortcuts-follow-direction", test_shortcuts_follow_direction);
  g_test_add_func ("/window/fits-a-phone", test_fits_a_phone);
  g_test_add_func ("/window/size-saved-on-close", test_size_saved_on_close);

  /* A suite of its own, added last, so that it runs after every other. */
  g_test_add_func ("/window/shutdown/writes-pending", test_shutdown_writes_pending);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
