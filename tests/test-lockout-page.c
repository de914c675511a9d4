/* test-lockout-page.c — the WAIT timer page in each state, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-lockout-page.h"
#include "rc-test-utils.h"

static RcCatalog *catalog;
static gint64 now;

static RcLockout *
new_lockout (const char *rule)
{
  RcLockout *lockout = rc_lockout_new (catalog);

  rc_test_use_fake_clock (lockout, &now);
  rc_lockout_set_rule (lockout, rc_catalog_lookup_lockout (catalog, rule));
  return lockout;
}

static gboolean
shows (GtkWidget  *page,
       const char *text)
{
  GtkWidget *label = rc_test_find_label (page, text);

  return label != NULL && gtk_widget_get_visible (label);
}

static void
test_create_destroy (void)
{
  g_autoptr(RcLockout) lockout = new_lockout ("common");
  GtkWidget *page = g_object_ref_sink (rc_lockout_page_new (lockout));

  g_assert_true (rc_lockout_page_get_lockout (RC_LOCKOUT_PAGE (page)) == lockout);
  g_assert_finalize_object (page);
}

static void
test_tries_and_wait (void)
{
  g_autoptr(RcLockout) lockout = new_lockout ("nissan-page");
  GtkWidget *page = g_object_ref_sink (rc_lockout_page_new (lockout));
  GtkWidget *countdown;

  g_assert_true (shows (page, "Ready for the Code"));
  g_assert_true (gtk_widget_activate_action (page, "lockout.rejected", NULL));
  g_assert_true (gtk_widget_activate_action (page, "lockout.rejected", NULL));
  /* A plain warning before the last try of the round. */
  g_assert_true (shows (page, "This is the last try before a wait. Check the code on the card "
                              "once more before you enter it."));
  g_assert_true (gtk_widget_activate_action (page, "lockout.rejected", NULL));

  g_assert_cmpint (rc_lockout_get_state (lockout), ==, RC_LOCKOUT_WAITING);
  g_assert_true (shows (page, "WAIT"));
  g_assert_true (shows (page, "1:00:00"));
  /* No code can be recorded while the radio waits. */
  g_assert_false (gtk_widget_activate_action (page, "lockout.accepted", NULL) &&
                  rc_lockout_get_state (lockout) != RC_LOCKOUT_WAITING);
  /* This rule rests on one web page, and the page says so before a try is spent. */
  g_assert_true (shows (page, "How sure: One source"));
  g_assert_true (shows (page, rc_confidence_describe (RC_CONFIDENCE_SINGLE_SOURCE)));
  g_assert_true (shows (page, "From: A Nissan radio-code web page run by a code vendor "
                              "(code vendor's website)"));
  /* The condition to keep is there, in the rule's words. */
  g_assert_nonnull (rc_test_find_label (page, "Ignition in ACC, engine off"));

  now += 1 * G_USEC_PER_SEC;
  rc_lockout_update (lockout);
  countdown = rc_test_find_label (page, "59:59");
  g_assert_nonnull (countdown);
  /* Rounded up: the last second of the hour is still an hour to wait. */
  gtk_test_accessible_assert_property (rc_test_find_label (page, "WAIT"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "1 hour left");

  /* This rule restarts on a power cut, and the page offers that. */
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (
    rc_test_find_label (page, "The Power Was Cut"), ADW_TYPE_ACTION_ROW)));
  g_assert_true (gtk_widget_activate_action (page, "lockout.restart-wait", NULL));
  g_assert_true (shows (page, "1:00:00"));

  now += 3600 * (gint64) G_USEC_PER_SEC;
  rc_lockout_update (lockout);
  g_assert_true (shows (page, "The Radio Takes a Code Again"));

  g_assert_true (gtk_widget_activate_action (page, "lockout.accepted", NULL));
  g_assert_true (shows (page, "Unlocked"));

  g_assert_finalize_object (page);
}

static void
test_no_restart_offered (void)
{
  g_autoptr(RcLockout) lockout = new_lockout ("ford-mv");
  GtkWidget *page = g_object_ref_sink (rc_lockout_page_new (lockout));

  rc_lockout_begin_wait (lockout);
  g_assert_cmpint (rc_lockout_get_state (lockout), ==, RC_LOCKOUT_WAITING);
  g_assert_true (shows (page, "30:00"));
  /* No source says a power cut restarts a Ford's wait: no such button. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (
    rc_test_find_label (page, "The Power Was Cut"), ADW_TYPE_ACTION_ROW)));

  g_assert_finalize_object (page);
}

/* A screen reader hears the countdown change at most once a minute, and the last minute as
 * “1 minute left” until the end, not a new number every second. */
static void
test_spoken_countdown (void)
{
  g_autoptr(RcLockout) lockout = new_lockout ("nissan-page");
  GtkWidget *page = g_object_ref_sink (rc_lockout_page_new (lockout));
  g_autofree char *last = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *detail = NULL;
  guint changes = 0;

  rc_lockout_begin_wait (lockout);
  last = g_strdup (rc_lockout_page_get_spoken_remaining (RC_LOCKOUT_PAGE (page)));
  g_assert_cmpstr (last, ==, "1 hour left");
  for (guint second = 1; second < 3600; second++)
    {
      const char *spoken;

      now += G_USEC_PER_SEC;
      rc_lockout_update (lockout);
      spoken = rc_lockout_page_get_spoken_remaining (RC_LOCKOUT_PAGE (page));
      if (g_strcmp0 (spoken, last) != 0)
        {
          changes++;
          g_free (last);
          last = g_strdup (spoken);
        }
      /* Never more than one change in any minute. */
      g_assert_cmpuint (changes, <=, second / 60 + 1);
    }
  g_assert_cmpstr (last, ==, "1 minute left");
  g_assert_cmpuint (changes, ==, 59);
  /* The digits are hidden from screen readers; the heading's description speaks for them. */
  gtk_test_accessible_assert_role (rc_test_find_label (page, "00:01"),
                                   GTK_ACCESSIBLE_ROLE_PRESENTATION);
  gtk_test_accessible_assert_property (rc_test_find_label (page, "WAIT"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "1 minute left");
  /* Once over, the heading says nothing of a wait. */
  now += G_USEC_PER_SEC;
  rc_lockout_update (lockout);
  g_assert_null (rc_lockout_page_get_spoken_remaining (RC_LOCKOUT_PAGE (page)));
  /* ...and the page still says what the radio does now. */
  g_object_get (page, "heading", &heading, "detail", &detail, NULL);
  g_assert_cmpstr (heading, ==, "The Radio Takes a Code Again");
  g_assert_nonnull (detail);
  g_assert_finalize_object (page);
}

static void
test_locked (void)
{
  g_autoptr(RcLockout) lockout = new_lockout ("ford-mv");
  GtkWidget *page = g_object_ref_sink (rc_lockout_page_new (lockout));

  /* Three wrong codes start the first wait, and each one after that another. */
  for (guint i = 0; i < 10; i++)
    {
      rc_lockout_begin_wait (lockout);
      now += 1800 * (gint64) G_USEC_PER_SEC;
      rc_lockout_update (lockout);
    }
  g_assert_cmpuint (rc_lockout_get_failures (lockout), ==, 12);
  /* Twelve wrong codes: LOCK10 could still be undone, but the thirteenth is final. */
  g_assert_true (shows (page, "The next wrong code locks this radio for good. Only enter a "
                              "code you are sure of."));
  gtk_widget_activate_action (page, "lockout.rejected", NULL);
  g_assert_cmpint (rc_lockout_get_state (lockout), ==, RC_LOCKOUT_LOCKED);
  g_assert_true (shows (page, "Locked for Good"));
  /* What the rule's sources say about the final lock, not a sentence made up for every radio. */
  g_assert_true (shows (page, rc_lockout_rule_get_locked (rc_lockout_get_rule (lockout))));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (
    rc_test_find_label (page, "Code _Rejected"), GTK_TYPE_BOX)));

  g_assert_finalize_object (page);
}

static void
test_rule_picker (void)
{
  g_autoptr(RcLockout) lockout = new_lockout ("common");
  GtkWidget *page = g_object_ref_sink (rc_lockout_page_new (lockout));
  AdwComboRow *row = ADW_COMBO_ROW (rc_test_find_descendant (page, ADW_TYPE_COMBO_ROW, 0));
  RcLockoutRule *rule;

  /* Showing the lockout's rule does not change it. */
  g_assert_cmpstr (rc_lockout_rule_get_id (rc_lockout_get_rule (lockout)), ==, "common");
  rule = adw_combo_row_get_selected_item (row);
  g_assert_true (rule == rc_lockout_get_rule (lockout));

  /* Picking another rule changes the lockout's, and the page follows a change from elsewhere. */
  adw_combo_row_set_selected (row, 0);
  g_assert_true (rc_lockout_get_rule (lockout) == adw_combo_row_get_selected_item (row));
  rc_lockout_set_rule (lockout, rc_catalog_lookup_lockout (catalog, "nissan-note"));
  rule = adw_combo_row_get_selected_item (row);
  g_assert_cmpstr (rc_lockout_rule_get_id (rule), ==, "nissan-note");

  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/lockout-page/spoken-countdown", test_spoken_countdown);
  g_test_add_func ("/lockout-page/create-destroy", test_create_destroy);
  g_test_add_func ("/lockout-page/tries-and-wait", test_tries_and_wait);
  g_test_add_func ("/lockout-page/no-restart-offered", test_no_restart_offered);
  g_test_add_func ("/lockout-page/locked", test_locked);
  g_test_add_func ("/lockout-page/rule-picker", test_rule_picker);

  return rc_test_run_and_drop (catalog);
}
