/* test-serial-entry.c — the serial field's live verdict, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-entry-row.h"
#include "rc-serial-entry.h"
#include "rc-test-utils.h"

static RcCatalog *catalog;

static GtkWidget *
new_entry (void)
{
  return g_object_ref_sink (rc_serial_entry_new (catalog));
}

static void
test_create_destroy (void)
{
  GtkWidget *entry = new_entry ();

  g_assert_true (RC_IS_SERIAL_ENTRY (entry));
  g_assert_true (rc_serial_entry_get_catalog (RC_SERIAL_ENTRY (entry)) == catalog);
  g_assert_cmpint (rc_serial_check_get_verdict (rc_serial_entry_get_check (RC_SERIAL_ENTRY (entry))),
                   ==, RC_SERIAL_EMPTY);
  g_assert_finalize_object (entry);
}

static void
test_live_states (void)
{
  static const struct {
    const char      *text;
    RcSerialVerdict  verdict;
    const char      *summary;
  } steps[] = {
    { "", RC_SERIAL_EMPTY, "No serial yet" },
    { "n", RC_SERIAL_INCOMPLETE, "Incomplete — 1 of 14 characters" },
    { "ni667", RC_SERIAL_INCOMPLETE, "Incomplete — 5 of 14 characters" },
    { "ni6670", RC_SERIAL_INVALID, "Wrong at position 6" },
    { "ni667s", RC_SERIAL_INCOMPLETE, "Incomplete — 6 of 14 characters" },
    { "ni667sm0474796", RC_SERIAL_VALID, "Valid" },
    { "ni667sm04747961", RC_SERIAL_INVALID, "Too long" },
  };
  GtkWidget *entry = new_entry ();
  RcEntryRow *row = RC_ENTRY_ROW (rc_test_find_descendant (entry, RC_TYPE_ENTRY_ROW, 0));
  /* What a screen reader reads: the row's entry, a text box on every GTK. */
  GtkEntry *field = rc_entry_row_get_entry (row);
  RcSeries *series = rc_catalog_lookup_series (catalog, "nissan-ni");

  g_assert_nonnull (row);
  rc_serial_entry_set_series (RC_SERIAL_ENTRY (entry), series);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      RcSerialCheck *check;
      g_autofree char *description = NULL;

      /* Typed into the field itself, as a user would. */
      gtk_editable_set_text (GTK_EDITABLE (row), steps[i].text);
      check = rc_serial_entry_get_check (RC_SERIAL_ENTRY (entry));

      g_assert_cmpint (rc_serial_check_get_verdict (check), ==, steps[i].verdict);
      g_assert_cmpstr (rc_serial_check_get_summary (check), ==, steps[i].summary);
      /* ... and it is shown under the field. */
      g_assert_nonnull (rc_test_find_label (entry, steps[i].summary));

      /* What the user typed is never rewritten. */
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, steps[i].text);
      g_assert_cmpstr (rc_serial_entry_get_text (RC_SERIAL_ENTRY (entry)), ==, steps[i].text);

      /* The verdict is also what a screen reader hears with the field. */
      description = g_strdup_printf ("%s. %s", steps[i].summary,
                                     rc_serial_check_get_explanation (check));
      if (rc_serial_check_get_notes (check)->len == 0)
        gtk_test_accessible_assert_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (field),
                                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
      /* A wrong serial is an invalid entry, and only a wrong one. */
      gtk_test_accessible_assert_state (field, GTK_ACCESSIBLE_STATE_INVALID,
                                        steps[i].verdict == RC_SERIAL_INVALID
                                          ? GTK_ACCESSIBLE_INVALID_TRUE
                                          : GTK_ACCESSIBLE_INVALID_FALSE);
    }

  g_assert_finalize_object (entry);
}

static void
test_style_and_underline (void)
{
  GtkWidget *entry = new_entry ();
  GtkWidget *row = rc_test_find_descendant (entry, RC_TYPE_ENTRY_ROW, 0);
  GtkEntry *field = rc_entry_row_get_entry (RC_ENTRY_ROW (row));

  rc_serial_entry_set_text (RC_SERIAL_ENTRY (entry), "BP2346319874O5");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (gtk_entry_get_attributes (field));

  rc_serial_entry_set_text (RC_SERIAL_ENTRY (entry), "BP234631987405");
  g_assert_true (gtk_widget_has_css_class (row, "success"));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (gtk_entry_get_attributes (field));

  g_assert_finalize_object (entry);
}

static void
test_use_anyway (void)
{
  GtkWidget *entry = new_entry ();
  GtkWidget *label = rc_test_find_label (entry, "_Use This Serial Anyway");
  GtkWidget *button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  guint accepted_notifies = 0;

  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (button));
  g_signal_connect (entry, "notify::accepted", G_CALLBACK (rc_test_count_notify_cb), &accepted_notifies);

  rc_serial_entry_set_series (RC_SERIAL_ENTRY (entry), rc_catalog_lookup_series (catalog, "nissan-ni"));
  rc_serial_entry_set_text (RC_SERIAL_ENTRY (entry), "NX667SM0474796");
  g_assert_false (rc_serial_entry_get_accepted (RC_SERIAL_ENTRY (entry)));
  g_assert_true (gtk_widget_get_visible (button));

  g_signal_emit_by_name (button, "clicked");
  g_assert_true (rc_serial_entry_get_accepted (RC_SERIAL_ENTRY (entry)));
  g_assert_cmpuint (accepted_notifies, ==, 1);
  g_assert_false (gtk_widget_get_visible (button));
  /* Used as typed, it is no longer an entry to correct. */
  gtk_test_accessible_assert_state (rc_entry_row_get_entry (RC_ENTRY_ROW (
                                      rc_test_find_descendant (entry, RC_TYPE_ENTRY_ROW, 0))),
                                    GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE);
  /* The warning stays in view. */
  g_assert_cmpint (rc_serial_check_get_verdict (rc_serial_entry_get_check (RC_SERIAL_ENTRY (entry))),
                   ==, RC_SERIAL_INVALID);

  /* Typing again asks again. */
  rc_serial_entry_set_text (RC_SERIAL_ENTRY (entry), "NX667SM047479");
  g_assert_false (rc_serial_entry_get_accepted (RC_SERIAL_ENTRY (entry)));
  g_assert_cmpuint (accepted_notifies, ==, 2);

  g_assert_finalize_object (entry);
}

static void
test_series_change (void)
{
  GtkWidget *entry = new_entry ();
  guint check_notifies = 0, series_notifies = 0;
  RcSeries *ford = rc_catalog_lookup_series (catalog, "ford-mv");
  RcSerialCheck *check;

  g_signal_connect (entry, "notify::check", G_CALLBACK (rc_test_count_notify_cb), &check_notifies);
  g_signal_connect (entry, "notify::series", G_CALLBACK (rc_test_count_notify_cb), &series_notifies);

  rc_serial_entry_set_text (RC_SERIAL_ENTRY (entry), "V123456");
  g_assert_cmpuint (check_notifies, ==, 1);
  check = rc_serial_entry_get_check (RC_SERIAL_ENTRY (entry));
  /* Recognised from the serial while no series is picked. */
  g_assert_true (rc_serial_check_get_series (check) == ford);

  rc_serial_entry_set_series (RC_SERIAL_ENTRY (entry), rc_catalog_lookup_series (catalog, "vw-audi"));
  g_assert_cmpuint (series_notifies, ==, 1);
  g_assert_cmpuint (check_notifies, ==, 2);
  check = rc_serial_entry_get_check (RC_SERIAL_ENTRY (entry));
  g_assert_cmpint (rc_serial_check_get_verdict (check), ==, RC_SERIAL_INVALID);

  /* Setting the same series again changes nothing. */
  rc_serial_entry_set_series (RC_SERIAL_ENTRY (entry), rc_catalog_lookup_series (catalog, "vw-audi"));
  g_assert_cmpuint (series_notifies, ==, 1);
  g_assert_cmpuint (check_notifies, ==, 2);

  g_assert_finalize_object (entry);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/serial-entry/create-destroy", test_create_destroy);
  g_test_add_func ("/serial-entry/live-states", test_live_states);
  g_test_add_func ("/serial-entry/style-and-underline", test_style_and_underline);
  g_test_add_func ("/serial-entry/use-anyway", test_use_anyway);
  g_test_add_func ("/serial-entry/series-change", test_series_change);

  return rc_test_run_and_drop (catalog);
}
