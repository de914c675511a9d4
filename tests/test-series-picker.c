/* test-series-picker.c — picking a radio series, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-series-picker.h"
#include "rc-test-utils.h"

static RcCatalog *catalog;

static void
test_create_destroy (void)
{
  GtkWidget *picker = g_object_ref_sink (rc_series_picker_new (catalog));

  g_assert_null (rc_series_picker_get_series (RC_SERIES_PICKER (picker)));
  g_assert_finalize_object (picker);
}

static void
test_grouped_by_brand (void)
{
  GtkWidget *picker = g_object_ref_sink (rc_series_picker_new (catalog));
  GListModel *series = rc_catalog_get_series (catalog);
  guint n_brands = g_strv_length ((char **) rc_catalog_get_brand_ids (catalog));

  /* One group to say "not sure", then one per brand. */
  g_assert_cmpuint (rc_test_count_descendants (picker, ADW_TYPE_PREFERENCES_GROUP), ==,
                    n_brands + 1);
  /* One row per series, plus "not sure". */
  g_assert_cmpuint (rc_test_count_descendants (picker, ADW_TYPE_ACTION_ROW), ==,
                    g_list_model_get_n_items (series) + 1);
  g_assert_nonnull (rc_test_find_label (picker, "Blaupunkt"));
  g_assert_nonnull (rc_test_find_label (picker, "BP-series"));
  /* Each row shows the format and an example. */
  g_assert_nonnull (rc_test_find_label (picker,
                                        "M or V, then 6 digits — 7 characters\nFor example M123456."));

  g_assert_finalize_object (picker);
}

static void
test_pick (void)
{
  GtkWidget *picker = g_object_ref_sink (rc_series_picker_new (catalog));
  RcSeries *ford = rc_catalog_lookup_series (catalog, "ford-mv");
  guint notifies = 0;
  GtkWidget *check;

  g_signal_connect (picker, "notify::series", G_CALLBACK (rc_test_count_notify_cb), &notifies);

  /* Choosing a row's radio button picks its series. */
  for (guint i = 0; (check = rc_test_find_descendant (picker, GTK_TYPE_CHECK_BUTTON, i)); i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);

      if (row != NULL && g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                      rc_series_get_name (ford)))
        break;
    }
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (rc_series_picker_get_series (RC_SERIES_PICKER (picker)) == ford);
  g_assert_cmpuint (notifies, ==, 1);

  /* Picking from code moves the radio button. */
  rc_series_picker_set_series (RC_SERIES_PICKER (picker), NULL);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpuint (notifies, ==, 2);

  rc_series_picker_set_series (RC_SERIES_PICKER (picker), ford);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpuint (notifies, ==, 3);

  /* Every radio button has a name a screen reader can say, and is said to be a radio button. */
  for (guint i = 0; (check = rc_test_find_descendant (picker, GTK_TYPE_CHECK_BUTTON, i)); i++)
    {
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (check),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
      gtk_test_accessible_assert_role (check, GTK_ACCESSIBLE_ROLE_RADIO);
    }

  g_assert_finalize_object (picker);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/series-picker/create-destroy", test_create_destroy);
  g_test_add_func ("/series-picker/grouped-by-brand", test_grouped_by_brand);
  g_test_add_func ("/series-picker/pick", test_pick);

  return rc_test_run_and_drop (catalog);
}
