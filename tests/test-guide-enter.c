/* test-guide-enter.c — the guide's step 6 keeps the code in the keyring, on request only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The keyring is the one build-aux/test-session starts on the test's own
 * D-Bus session; without it those tests skip. Without a keyring, the page
 * is tested in test-window, whose private bus has none.
 */

#include "config.h"

#include "rc-entry-row.h"
#include "rc-guide-enter.h"
#include "rc-test-utils.h"

#define SERIAL "NI667SM0474796"
#define OTHER_SERIAL "BP234631987485"

static RcCatalog *catalog;

static GtkWidget *
code_entry (GtkWidget *widget)
{
  GtkWidget *row;

  for (guint i = 0; (row = rc_test_find_descendant (widget, RC_TYPE_ENTRY_ROW, i)) != NULL; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                   "The four-digit code") == 0)
      return row;
  g_assert_not_reached ();
}

static GtkSwitch *
keep_switch (GtkWidget *widget)
{
  return GTK_SWITCH (rc_test_find_descendant (widget, GTK_TYPE_SWITCH, 0));
}

static RcCodeStore *
new_store (void)
{
  RcCodeStore *store = rc_code_store_new ();

  rc_code_store_forget_async (store, SERIAL, NULL, NULL, NULL);
  rc_code_store_forget_async (store, OTHER_SERIAL, NULL, NULL, NULL);
  rc_code_store_forget_async (store, NULL, NULL, NULL, NULL);
  rc_test_wait_store (store);
  return store;
}

/* Step 6 on its own, for @serial, once its kept code has been looked up. */
static GtkWidget *
new_step (RcCodeStore *store,
          const char  *serial)
{
  g_autoptr(RcLockout) lockout = rc_lockout_new (catalog);
  GtkWidget *step = g_object_ref_sink (rc_guide_enter_new (lockout, store));

  rc_guide_enter_set_series (RC_GUIDE_ENTER (step), rc_catalog_lookup_series (catalog, "nissan-ni"));
  rc_guide_enter_set_serial (RC_GUIDE_ENTER (step), serial);
  rc_test_wait_store (store);
  return step;
}

static void
test_libsecret_on_first_use (void)
{
  g_autoptr(RcCodeStore) store = rc_code_store_new ();
  g_autofree char *code = NULL;

  /* Runs first: libsecret is not linked, and a code store alone does not open it... */
  g_assert_false (rc_test_is_loaded (SECRET_LIBRARY));
  /* ...the first call to the keyring does, whether a keyring answers or not. */
  code = rc_test_lookup_code (store, SERIAL);
  g_assert_true (rc_test_is_loaded (SECRET_LIBRARY));
}

static void
test_create_destroy (void)
{
  g_autoptr(RcCodeStore) store = rc_code_store_new ();
  GtkWidget *step = new_step (store, NULL);

  g_assert_finalize_object (step);
  rc_test_wait_store (store);
  g_assert_finalize_object (g_steal_pointer (&store));
}

/* A screen reader hears what is wrong with the code typed, and a code that cannot be one is
 * an invalid entry; the field it reads is the row's entry. */
static void
test_code_described (void)
{
  g_autoptr(RcCodeStore) store = rc_code_store_new ();
  GtkWidget *step = new_step (store, NULL);
  GtkWidget *code = code_entry (step);
  GtkEntry *field = rc_entry_row_get_entry (RC_ENTRY_ROW (code));

  gtk_editable_set_text (GTK_EDITABLE (code), "16095");
  gtk_test_accessible_assert_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "A radio code has 4 digits; this has 5.");
  gtk_test_accessible_assert_state (field, GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_TRUE);

  /* A code that reads as another upside down says so. */
  gtk_editable_set_text (GTK_EDITABLE (code), "1609");
  gtk_test_accessible_assert_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Read upside down, 1609 is 6091. Check which way up the "
                                       "card is before you try.");
  gtk_test_accessible_assert_state (field, GTK_ACCESSIBLE_STATE_INVALID,
                                    GTK_ACCESSIBLE_INVALID_FALSE);

  g_assert_finalize_object (step);
  rc_test_wait_store (store);
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_keep_on_stores_off_deletes (void)
{
  g_autoptr(RcCodeStore) store = NULL;
  GtkWidget *step, *code;

  if (!rc_test_secret_service_or_skip ())
    return;
  store = new_store ();
  step = new_step (store, SERIAL);
  code = code_entry (step);

  /* Typed, but not kept until asked. */
  gtk_editable_set_text (GTK_EDITABLE (code), "16 09");
  rc_test_assert_kept (store, SERIAL, NULL);

  gtk_switch_set_active (keep_switch (step), TRUE);
  rc_test_assert_kept (store, SERIAL, "1609");
  gtk_switch_set_active (keep_switch (step), FALSE);
  rc_test_assert_kept (store, SERIAL, NULL);

  /* While on, the keyring follows the field; cleared, it holds nothing. */
  gtk_switch_set_active (keep_switch (step), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (code), "1608");
  rc_test_assert_kept (store, SERIAL, "1608");
  gtk_editable_set_text (GTK_EDITABLE (code), "");
  rc_test_assert_kept (store, SERIAL, NULL);
  g_assert_true (gtk_switch_get_active (keep_switch (step)));
  gtk_editable_set_text (GTK_EDITABLE (code), "4711");
  rc_test_assert_kept (store, SERIAL, "4711");

  /* Another page for the same radio shows it, switched on. */
  g_assert_finalize_object (step);
  step = new_step (store, SERIAL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code_entry (step))), ==, "4711");
  g_assert_true (gtk_switch_get_active (keep_switch (step)));
  /* Shown is not changed: it is still kept. */
  rc_test_assert_kept (store, SERIAL, "4711");
  /* Another radio's page does not. */
  g_assert_finalize_object (step);
  step = new_step (store, OTHER_SERIAL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (code_entry (step))), ==, "");
  g_assert_false (gtk_switch_get_active (keep_switch (step)));

  g_assert_finalize_object (step);
  step = new_step (store, SERIAL);
  gtk_switch_set_active (keep_switch (step), FALSE);
  g_assert_finalize_object (step);
  rc_test_assert_kept (store, SERIAL, NULL);
  g_assert_finalize_object (g_steal_pointer (&store));
}

/* A code kept before the serial was typed, or before it was corrected, moves with it. */
static void
test_code_follows_serial (void)
{
  g_autoptr(RcCodeStore) store = NULL;
  GtkWidget *step;

  if (!rc_test_secret_service_or_skip ())
    return;
  store = new_store ();
  step = new_step (store, NULL);

  gtk_editable_set_text (GTK_EDITABLE (code_entry (step)), "2468");
  gtk_switch_set_active (keep_switch (step), TRUE);
  rc_test_assert_kept (store, NULL, "2468");

  rc_guide_enter_set_serial (RC_GUIDE_ENTER (step), OTHER_SERIAL);
  rc_test_assert_kept (store, OTHER_SERIAL, "2468");
  rc_test_assert_kept (store, NULL, NULL);
  rc_guide_enter_set_serial (RC_GUIDE_ENTER (step), SERIAL);
  rc_test_assert_kept (store, SERIAL, "2468");
  rc_test_assert_kept (store, OTHER_SERIAL, NULL);

  gtk_switch_set_active (keep_switch (step), FALSE);
  g_assert_finalize_object (step);
  rc_test_assert_kept (store, SERIAL, NULL);
  g_assert_finalize_object (g_steal_pointer (&store));
}

static GtkWidget *
report_button (GtkWidget  *step,
               const char *action)
{
  GtkWidget *button;

  for (guint i = 0; (button = rc_test_find_descendant (step, GTK_TYPE_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
      return button;
  g_assert_not_reached ();
}

/* What the radio did reaches a screen reader: as the description of the report buttons. */
static void
test_outcome_told (void)
{
  g_autoptr(RcCodeStore) store = rc_code_store_new ();
  GtkWidget *step = new_step (store, SERIAL);
  GtkWidget *outcome;

  gtk_editable_set_text (GTK_EDITABLE (code_entry (step)), "2468");
  gtk_widget_activate_action (step, "enter.rejected", NULL);
  outcome = rc_test_find_label_prefix (step, "The radio refused the code.");
  g_assert_nonnull (outcome);
  gtk_test_accessible_assert_property (report_button (step, "enter.rejected"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_label (GTK_LABEL (outcome)));
  gtk_test_accessible_assert_property (report_button (step, "enter.accepted"),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_label (GTK_LABEL (outcome)));

  /* A new code: the old result is no longer said. */
  gtk_editable_set_text (GTK_EDITABLE (code_entry (step)), "2469");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (report_button (step, "enter.rejected")),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  g_assert_finalize_object (step);
  rc_test_wait_store (store);
  g_assert_finalize_object (g_steal_pointer (&store));
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/guide-enter/libsecret-on-first-use", test_libsecret_on_first_use);
  g_test_add_func ("/guide-enter/create-destroy", test_create_destroy);
  g_test_add_func ("/guide-enter/code-described", test_code_described);
  g_test_add_func ("/guide-enter/keep-on-stores-off-deletes", test_keep_on_stores_off_deletes);
  g_test_add_func ("/guide-enter/code-follows-serial", test_code_follows_serial);
  g_test_add_func ("/guide-enter/outcome-told", test_outcome_told);

  return rc_test_run_and_drop (catalog);
}
