/* test-builder.c — every widget built from GtkBuilder XML alone is whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A widget gets what it shows (the catalog, the radio, the lockout, the
 * settings, the code store) as construct-only properties, so GtkBuilder and
 * g_object_new give a finished widget, not one waiting for setters. Each
 * case below builds one widget from XML that names only those properties,
 * the objects handed to the builder with gtk_builder_expose_object(), and
 * checks that the widget shows them.
 */

#define G_LOG_DOMAIN "radio-code-test"

#include "config.h"

#include "rc-entry-row.h"
#include "rc-find-page.h"
#include "rc-guide.h"
#include "rc-guide-code.h"
#include "rc-guide-computed.h"
#include "rc-guide-enter.h"
#include "rc-lockout-page.h"
#include "rc-method-page.h"
#include "rc-model-details.h"
#include "rc-model-table.h"
#include "rc-reference-page.h"
#include "rc-serial-entry.h"
#include "rc-serial-page.h"
#include "rc-series-dialog.h"
#include "rc-series-picker.h"
#include "rc-test-utils.h"
#include "rc-window.h"

#define SERIAL "NI667SM0474796"

typedef struct
{
  RcCatalog   *catalog;
  RcLockout   *lockout;
  RcRadio     *radio;
  RcCodeStore *code_store;
  GSettings   *settings;
  RcMethod    *method;
  RcModel     *model;
  GtkBuilder  *builder;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->catalog = rc_test_load_catalog ();
  f->lockout = rc_lockout_new (f->catalog);
  f->radio = rc_radio_new (f->catalog, f->lockout);
  rc_radio_set_series (f->radio, rc_catalog_lookup_series (f->catalog, "nissan-ni"));
  rc_radio_set_serial_text (f->radio, SERIAL);
  rc_radio_set_vin (f->radio, "VF1BB05CF26010203");
  f->code_store = rc_code_store_new ();
  f->settings = g_settings_new (APP_ID);
  f->method = g_list_model_get_item (rc_catalog_get_methods (f->catalog), 0);
  f->model = g_list_model_get_item (rc_catalog_get_models (f->catalog), 0);

  f->builder = gtk_builder_new ();
  gtk_builder_expose_object (f->builder, "catalog", G_OBJECT (f->catalog));
  gtk_builder_expose_object (f->builder, "lockout", G_OBJECT (f->lockout));
  gtk_builder_expose_object (f->builder, "radio", G_OBJECT (f->radio));
  gtk_builder_expose_object (f->builder, "code_store", G_OBJECT (f->code_store));
  gtk_builder_expose_object (f->builder, "settings", G_OBJECT (f->settings));
  gtk_builder_expose_object (f->builder, "method", G_OBJECT (f->method));
  gtk_builder_expose_object (f->builder, "model", G_OBJECT (f->model));
  gtk_builder_expose_object (f->builder, "series",
                             G_OBJECT (rc_catalog_lookup_series (f->catalog, "nissan-ni")));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->builder);
  g_clear_object (&f->model);
  g_clear_object (&f->method);
  g_clear_object (&f->settings);
  g_clear_object (&f->code_store);
  g_clear_object (&f->radio);
  g_clear_object (&f->lockout);
  g_clear_object (&f->catalog);
}

/* The object with id "it" built from @objects, an <interface>'s content. */
static gpointer
build (Fixture    *f,
       const char *objects)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = g_strdup_printf ("<interface>%s</interface>", objects);
  GObject *it;

  gtk_builder_add_from_string (f->builder, xml, -1, &error);
  g_assert_no_error (error);
  it = gtk_builder_get_object (f->builder, "it");
  g_assert_nonnull (it);
  return it;
}

static void
test_find_page (Fixture       *f,
                gconstpointer  data)
{
  RcFindPage *page = build (f, "<object class='RcFindPage' id='it'>"
                               "<property name='catalog'>catalog</property></object>");

  /* Every way to find the serial the catalog knows, before any filter. */
  g_assert_cmpuint (rc_find_page_get_n_pages (page), ==,
                    g_list_model_get_n_items (rc_catalog_get_methods (f->catalog)));
}

static void
test_serial_page (Fixture       *f,
                  gconstpointer  data)
{
  RcSerialPage *page = build (f, "<object class='RcSerialPage' id='it'>"
                                 "<property name='radio'>radio</property></object>");

  /* Its field shows the radio's serial and series, and edits them. */
  g_assert_true (rc_serial_page_get_radio (page) == f->radio);
  g_assert_cmpstr (rc_serial_entry_get_text (rc_serial_page_get_entry (page)), ==, SERIAL);
  g_assert_true (rc_serial_entry_get_series (rc_serial_page_get_entry (page)) ==
                 rc_radio_get_series (f->radio));
  rc_serial_entry_set_text (rc_serial_page_get_entry (page), "CM 0156");
  g_assert_cmpstr (rc_radio_get_serial_text (f->radio), ==, "CM 0156");
}

static void
test_reference_page (Fixture       *f,
                     gconstpointer  data)
{
  RcReferencePage *page = build (f, "<object class='RcReferencePage' id='it'>"
                                    "<property name='catalog'>catalog</property></object>");

  g_assert_cmpuint (rc_reference_page_get_n_shown (page), >, 0);
}

static void
test_serial_entry (Fixture       *f,
                   gconstpointer  data)
{
  RcSerialEntry *entry = build (f, "<object class='RcSerialEntry' id='it'>"
                                   "<property name='catalog'>catalog</property>"
                                   "<property name='text'>" SERIAL "</property></object>");

  g_assert_true (rc_serial_entry_get_catalog (entry) == f->catalog);
  /* Checked against the catalog's formats as soon as it is built. */
  g_assert_true (rc_serial_entry_get_accepted (entry));
}

static void
test_series_picker (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *picker = build (f, "<object class='RcSeriesPicker' id='it'>"
                                "<property name='catalog'>catalog</property></object>");

  /* “Not sure”, and one choice for each series of the catalog. */
  g_assert_cmpuint (rc_test_count_descendants (picker, GTK_TYPE_CHECK_BUTTON), ==,
                    g_list_model_get_n_items (rc_catalog_get_series (f->catalog)) + 1);
}

static void
test_series_dialog (Fixture       *f,
                    gconstpointer  data)
{
  RcSeriesDialog *dialog = build (f, "<object class='RcSeriesDialog' id='it'>"
                                     "<property name='catalog'>catalog</property></object>");
  RcSeriesPicker *picker = rc_series_dialog_get_picker (dialog);

  g_assert_nonnull (picker);
  g_assert_true (rc_series_picker_get_catalog (picker) == f->catalog);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_lockout_page (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *page = build (f, "<object class='RcLockoutPage' id='it'>"
                              "<property name='lockout'>lockout</property></object>");
  AdwComboRow *rule_row = ADW_COMBO_ROW (rc_test_find_descendant (page, ADW_TYPE_COMBO_ROW, 0));

  GtkWidget *button;
  gboolean can_try = FALSE;

  g_assert_true (rc_lockout_page_get_lockout (RC_LOCKOUT_PAGE (page)) == f->lockout);
  /* Ready for a code: the buttons that say how a try went show. */
  for (guint i = 0; (button = rc_test_find_descendant (page, GTK_TYPE_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)),
                   "lockout.accepted") == 0)
      can_try = gtk_widget_is_visible (button);
  g_assert_true (can_try);
  /* The rule the lockout counts by is the one picked. */
  g_assert_true (adw_combo_row_get_selected_item (rule_row) ==
                 (gpointer) rc_lockout_get_rule (f->lockout));
}

static void
test_guide_computed (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *computed = build (f, "<object class='RcGuideComputed' id='it'>"
                                  "<property name='catalog'>catalog</property>"
                                  "<property name='lockout'>lockout</property></object>");

  /* Worked out for “no radio yet” as soon as it is built: no code. */
  g_assert_null (rc_guide_computed_get_code (RC_GUIDE_COMPUTED (computed)));
  rc_guide_computed_set_radio (RC_GUIDE_COMPUTED (computed),
                               rc_catalog_lookup_series (f->catalog, "renault-precode"), "B123");
  g_assert_nonnull (rc_guide_computed_get_code (RC_GUIDE_COMPUTED (computed)));
}

static void
test_guide_enter (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *enter = build (f, "<object class='RcGuideEnter' id='it'>"
                               "<property name='lockout'>lockout</property>"
                               "<property name='code-store'>code_store</property></object>");
  g_autoptr(RcLockout) lockout = NULL;
  g_autoptr(RcCodeStore) code_store = NULL;

  g_object_get (enter, "lockout", &lockout, "code-store", &code_store, NULL);
  g_assert_true (lockout == f->lockout);
  g_assert_true (code_store == f->code_store);
  /* The switch that keeps the code is there, and so are the lockout's actions. */
  g_assert_nonnull (rc_test_find_descendant (enter, GTK_TYPE_SWITCH, 0));
}

static void
test_guide_code (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *code = build (f, "<object class='RcGuideCode' id='it'>"
                              "<property name='radio'>radio</property></object>");
  GtkWidget *row;
  gboolean vin_shown = FALSE;

  /* The car's identification number the radio keeps is in its field. */
  for (guint i = 0; (row = rc_test_find_descendant (code, RC_TYPE_ENTRY_ROW, i)) != NULL; i++)
    vin_shown |= g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)),
                              rc_radio_get_vin (f->radio));
  g_assert_true (vin_shown);
  g_assert_nonnull (rc_test_find_descendant (code, RC_TYPE_GUIDE_COMPUTED, 0));
}

static void
test_guide (Fixture       *f,
            gconstpointer  data)
{
  RcGuide *guide;

  g_settings_set_string (f->settings, "guide-step", "serial");
  guide = build (f, "<object class='RcGuide' id='it'>"
                    "<property name='radio'>radio</property>"
                    "<property name='settings'>settings</property>"
                    "<property name='code-store'>code_store</property></object>");

  g_assert_true (rc_guide_get_radio (guide) == f->radio);
  /* Back where the settings say the user left off. */
  g_assert_cmpstr (rc_guide_get_step (guide), ==, "serial");
  g_settings_reset (f->settings, "guide-step");
}

static void
test_method_page (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *page = build (f, "<object class='RcMethodPage' id='it'>"
                              "<property name='method'>method</property>"
                              "<property name='series'>series</property></object>");

  g_assert_true (rc_method_page_get_method (RC_METHOD_PAGE (page)) == f->method);
  g_assert_nonnull (rc_test_find_label (page, rc_method_get_title (f->method)));
}

static void
test_model_details (Fixture       *f,
                    gconstpointer  data)
{
  RcModelDetails *details = build (f, "<object class='RcModelDetails' id='it'>"
                                      "<property name='catalog'>catalog</property>"
                                      "<property name='model'>model</property></object>");
  g_autofree char *title = g_strdup_printf ("%s %s", rc_model_get_make (f->model),
                                            rc_model_get_name (f->model));

  g_assert_true (rc_model_details_get_model (details) == f->model);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (details)), ==, title);
  gtk_window_destroy (GTK_WINDOW (details));
}

static void
test_model_table (Fixture       *f,
                  gconstpointer  data)
{
  RcModelTable *table = build (f, "<object class='RcModelTable' id='it'>"
                                  "<property name='catalog'>catalog</property>"
                                  "<property name='settings'>settings</property></object>");
  GListModel *shown = rc_model_table_get_shown (table);

  /* The filter is incremental: let it finish. */
  while (GTK_IS_FILTER_LIST_MODEL (shown) &&
         gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (shown)) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                    g_list_model_get_n_items (rc_catalog_get_models (f->catalog)));
}

static void
test_window (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  RcWindow *window;
  RcGuide *guide;

  /* Any application will do: the window gets the rest from its properties. */
  app = gtk_application_new (APP_ID ".BuilderTest", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  gtk_builder_expose_object (f->builder, "app", G_OBJECT (app));

  window = build (f, "<object class='RcWindow' id='it'>"
                     "<property name='application'>app</property>"
                     "<property name='radio'>radio</property>"
                     "<property name='settings'>settings</property>"
                     "<property name='code-store'>code_store</property></object>");

  /* The Serial section is built when first shown. */
  g_assert_null (rc_window_get_serial_entry (window));
  rc_window_show_section (window, "serial");
  g_assert_cmpstr (rc_serial_entry_get_text (rc_window_get_serial_entry (window)), ==, SERIAL);
  g_assert_true (rc_serial_entry_get_series (rc_window_get_serial_entry (window)) ==
                 rc_radio_get_series (f->radio));
  guide = RC_GUIDE (rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_GUIDE, 0));
  g_assert_nonnull (guide);
  g_assert_true (rc_guide_get_radio (guide) == f->radio);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *path; void (*test) (Fixture *, gconstpointer); } tests[] = {
    { "/builder/find-page", test_find_page },
    { "/builder/reference-page", test_reference_page },
    { "/builder/serial-entry", test_serial_entry },
    { "/builder/serial-page", test_serial_page },
    { "/builder/series-picker", test_series_picker },
    { "/builder/series-dialog", test_series_dialog },
    { "/builder/lockout-page", test_lockout_page },
    { "/builder/guide-computed", test_guide_computed },
    { "/builder/guide-enter", test_guide_enter },
    { "/builder/guide-code", test_guide_code },
    { "/builder/guide", test_guide },
    { "/builder/method-page", test_method_page },
    { "/builder/model-details", test_model_details },
    { "/builder/model-table", test_model_table },
    { "/builder/window", test_window },
  };

  rc_test_init (&argc, &argv);
  /* Linked statically: the builder cannot look the types up by name on its own. */
  g_type_ensure (RC_TYPE_FIND_PAGE);
  g_type_ensure (RC_TYPE_GUIDE);
  g_type_ensure (RC_TYPE_GUIDE_CODE);
  g_type_ensure (RC_TYPE_GUIDE_COMPUTED);
  g_type_ensure (RC_TYPE_GUIDE_ENTER);
  g_type_ensure (RC_TYPE_LOCKOUT_PAGE);
  g_type_ensure (RC_TYPE_METHOD_PAGE);
  g_type_ensure (RC_TYPE_MODEL_DETAILS);
  g_type_ensure (RC_TYPE_MODEL_TABLE);
  g_type_ensure (RC_TYPE_REFERENCE_PAGE);
  g_type_ensure (RC_TYPE_SERIAL_ENTRY);
  g_type_ensure (RC_TYPE_SERIAL_PAGE);
  g_type_ensure (RC_TYPE_SERIES_DIALOG);
  g_type_ensure (RC_TYPE_SERIES_PICKER);
  g_type_ensure (RC_TYPE_WINDOW);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].test, fixture_tear_down);

  return g_test_run ();
}
