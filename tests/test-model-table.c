/* test-model-table.c — searching, sorting and opening car models, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-model-details.h"
#include "rc-model-table.h"
#include "rc-test-utils.h"

static RcCatalog *catalog;

static GtkWidget *
new_table (GSettings *settings)
{
  return g_object_ref_sink (rc_model_table_new (catalog, settings));
}

static char *
shown_names (GtkWidget *table)
{
  GListModel *shown = rc_model_table_get_shown (RC_MODEL_TABLE (table));
  g_autoptr(GString) names = g_string_new (NULL);

  /* No waiting: the table searches at once. */
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (shown, i);

      g_string_append_printf (names, "%s%s", i > 0 ? " " : "", rc_model_get_name (model));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* The saved sort column is @expected. */
static void
assert_sort_column (GSettings  *settings,
                    const char *expected)
{
  g_autofree char *column = g_settings_get_string (settings, "model-sort-column");

  g_assert_cmpstr (column, ==, expected);
}

static void
test_create_destroy (void)
{
  GtkWidget *table = new_table (NULL);

  g_assert_finalize_object (table);
}

static void
test_search (void)
{
  /* names NULL: every model, too many to spell out. */
  static const struct { const char *query, *names, *count; } steps[] = {
    { "", NULL, "44 models" },
    { "mic", "Micra", "1 model matches" },
    { "k1", "Micra", "1 model matches" },
    { "xtrail", "X-Trail", "1 model matches" },
    { "2005", NULL, "31 models match" },
    { "nissan-ni 2005", "Note Almera Primera X-Trail Navara Patrol", "6 models match" },
    { "almera 2006", "Almera", "1 model matches" },
    { "clarion", "Micra X-Trail Qashqai", "3 models match" },
    { "primastar", "Trafic Primastar", "2 models match" },
    { "", NULL, "44 models" },
  };
  GtkWidget *table = new_table (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *names = NULL;
      GtkWidget *count;

      rc_model_table_search (RC_MODEL_TABLE (table), steps[i].query);
      names = shown_names (table);
      if (steps[i].names != NULL)
        g_assert_cmpstr (names, ==, steps[i].names);
      /* The count is shown in a status a screen reader reports. */
      count = rc_test_find_label (table, steps[i].count);
      g_assert_nonnull (count);
      gtk_test_accessible_assert_role (count, GTK_ACCESSIBLE_ROLE_STATUS);
    }

  g_assert_finalize_object (table);
}

static void
test_no_match (void)
{
  GtkWidget *table = new_table (NULL);
  GtkStack *stack = GTK_STACK (rc_test_find_descendant (table, GTK_TYPE_STACK, 0));
  AdwStatusPage *empty;

  rc_model_table_search (RC_MODEL_TABLE (table), "zeppelin");
  rc_test_wait_idle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  empty = ADW_STATUS_PAGE (rc_test_find_descendant (table, ADW_TYPE_STATUS_PAGE, 0));
  /* It says what was searched, and how to widen it. */
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No Model Matches “zeppelin”");
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "front panel"));
  /* ...and offers the way on: picking the radio by its brand. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (rc_test_find_descendant (GTK_WIDGET (empty), GTK_TYPE_BUTTON, 0))),
                   ==, "win.choose-series");

  rc_model_table_search (RC_MODEL_TABLE (table), "zeppeli");
  rc_model_table_search (RC_MODEL_TABLE (table), "");
  rc_test_wait_idle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "table");

  g_assert_finalize_object (table);
}

/* A search longer than the table reads: the filter uses its start, and the count and the
 * search entry's description say so. */
static void
test_cut_query (void)
{
  GtkWidget *table = new_table (NULL);
  GtkWidget *entry = rc_test_find_descendant (table, GTK_TYPE_SEARCH_ENTRY, 0);
  g_autofree char *padding = g_strnfill (RC_MODEL_QUERY_MAX_LENGTH - strlen ("micra"), ' ');
  g_autofree char *whole = g_strconcat ("micra", padding, NULL);
  /* A word past the cut that no model has: read, it would leave no row. */
  g_autofree char *long_query = g_strconcat (whole, "zeppelin", NULL);
  g_autofree char *names = NULL;
  g_autofree char *message = NULL;
  g_autofree char *error = NULL;
  GtkWidget *count;

  rc_model_table_search (RC_MODEL_TABLE (table), long_query);
  names = shown_names (table);
  g_assert_cmpstr (names, ==, "Micra");
  message = g_strdup_printf ("The search is long: only its first %u characters are used.",
                             RC_MODEL_QUERY_MAX_LENGTH);
  count = rc_test_find_label_prefix (table, "1 model matches — ");
  g_assert_nonnull (count);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (count)) + strlen ("1 model matches — "), ==,
                   message);
  gtk_test_accessible_assert_role (count, GTK_ACCESSIBLE_ROLE_STATUS);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (entry),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message);
  g_assert_null (error);

  /* Exactly as long as what is read: nothing is cut, and nothing said. */
  rc_model_table_search (RC_MODEL_TABLE (table), whole);
  rc_test_wait_idle ();
  g_assert_nonnull (rc_test_find_label (table, "1 model matches"));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (entry),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  g_assert_finalize_object (table);
}

/* On a phone only the make, the model and the radio stay; in a wide window every column. */
static void
test_narrow (void)
{
  static const struct { int width; gboolean all; } cases[] = { { 360, FALSE }, { 800, TRUE } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *table = new_table (NULL);
      GtkWidget *window = gtk_window_new ();
      GtkColumnView *view = GTK_COLUMN_VIEW (rc_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW, 0));
      GListModel *columns = gtk_column_view_get_columns (view);

      gtk_window_set_default_size (GTK_WINDOW (window), cases[i].width, 600);
      gtk_window_set_child (GTK_WINDOW (window), table);
      gtk_window_present (GTK_WINDOW (window));
      gtk_test_widget_wait_for_draw (window);
      rc_test_wait_idle ();
      g_assert_cmpint (gtk_widget_get_width (table), ==, cases[i].width);
      for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
        {
          g_autoptr(GtkColumnViewColumn) one = g_list_model_get_item (columns, c);
          const char *title = gtk_column_view_column_get_title (one);
          gboolean kept = g_str_equal (title, "Make") || g_str_equal (title, "Model") ||
                          g_str_equal (title, "Radio");

          g_test_message ("%d px: %s %s", cases[i].width, title,
                          gtk_column_view_column_get_visible (one) ? "shown" : "hidden");
          g_assert_cmpint (gtk_column_view_column_get_visible (one), ==, kept || cases[i].all);
        }
      /* Whatever is hidden, the table itself fits. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <=, cases[i].width);

      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (table);
    }
}

static GtkColumnViewColumn *
column (GtkWidget *table,
        guint      index)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (rc_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW, 0));
  g_autoptr(GtkColumnViewColumn) found = g_list_model_get_item (gtk_column_view_get_columns (view),
                                                                index);

  return found;
}

static void
test_sort_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *table = new_table (settings);
  GtkColumnView *view = GTK_COLUMN_VIEW (rc_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW, 0));
  g_autofree char *names = NULL;

  /* As a click on the Years header does, then a second click; the Nissans are enough to tell. */
  rc_model_table_search (RC_MODEL_TABLE (table), "nissan");
  gtk_column_view_sort_by_column (view, column (table, 3), GTK_SORT_ASCENDING);
  g_clear_pointer (&names, g_free);
  names = shown_names (table);
  g_assert_cmpstr (names, ==, "Micra Almera Primera Patrol Master X-Trail Trafic Interstar Primastar "
                              "Kubistar Note Navara Qashqai");
  assert_sort_column (settings, "years");
  g_assert_false (g_settings_get_boolean (settings, "model-sort-descending"));

  gtk_column_view_sort_by_column (view, column (table, 1), GTK_SORT_DESCENDING);
  assert_sort_column (settings, "name");
  g_assert_true (g_settings_get_boolean (settings, "model-sort-descending"));
  g_assert_finalize_object (table);

  /* A new table comes back sorted the same way. */
  table = new_table (settings);
  g_clear_pointer (&names, g_free);
  names = shown_names (table);
  g_assert_true (g_str_has_prefix (names, "X-Trail Twingo Twingo Transit Connect Transit Trafic "));
  g_assert_true (g_str_has_suffix (names, " Almera"));
  g_assert_finalize_object (table);
  g_settings_reset (settings, "model-sort-column");
  g_settings_reset (settings, "model-sort-descending");
}

/* What a screen reader reads as the name of each row on screen: one sentence. */
static void
collect_row_labels (GtkWidget *widget,
                    GPtrArray *labels)
{
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_ROW)
    {
      g_autofree char *error = NULL;

      /* The test API has no getter: a row either has this label or says what it has. */
      error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "");
      if (error != NULL)
        g_ptr_array_add (labels, g_steal_pointer (&error));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_row_labels (child, labels);
}

static void
test_row_sentence (void)
{
  static const struct { const char *query, *sentence; } cases[] = {
    { "micra", "Nissan Micra, K11 K12, 1993–2010, Blaupunkt BP-series or Clarion CL and CM serials" },
    { "note e11", "Nissan Note, E11, 2004–2012, Nissan NI-series" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *table = new_table (NULL);
      GtkWidget *window = gtk_window_new ();
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
      gboolean found = FALSE;

      gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
      gtk_window_set_child (GTK_WINDOW (window), table);
      gtk_window_present (GTK_WINDOW (window));
      rc_model_table_search (RC_MODEL_TABLE (table), cases[i].query);
      rc_test_wait_idle ();
      gtk_test_widget_wait_for_draw (window);
      collect_row_labels (table, labels);
      for (guint l = 0; l < labels->len; l++)
        {
          g_test_message ("row: %s", (char *) labels->pdata[l]);
          found |= g_str_equal (labels->pdata[l], cases[i].sentence);
        }
      g_assert_true (found);

      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (table);
    }
}

/* The sort menu sorts as a click on a header does, and shows a click's sort. */
static void
test_sort_menu (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *table = new_table (settings);
  GtkWidget *button = rc_test_find_descendant (table, GTK_TYPE_MENU_BUTTON, 0);
  GtkColumnView *view = GTK_COLUMN_VIEW (rc_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW, 0));
  g_autofree char *names = NULL;
  g_autofree char *sorted = NULL;
  gboolean descending = TRUE;

  /* A named button, reached with Tab, opens it. */
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Sort Models");
  g_assert_true (gtk_widget_get_focusable (gtk_widget_get_first_child (button)));
  g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));

  rc_model_table_search (RC_MODEL_TABLE (table), "nissan");
  g_assert_true (gtk_widget_activate_action (table, "table.sort-column", "s", "years"));
  names = shown_names (table);
  g_assert_cmpstr (names, ==, "Micra Almera Primera Patrol Master X-Trail Trafic Interstar Primastar "
                              "Kubistar Note Navara Qashqai");
  assert_sort_column (settings, "years");
  g_assert_true (gtk_widget_activate_action (table, "table.sort-descending", NULL));
  g_clear_pointer (&names, g_free);
  names = shown_names (table);
  g_assert_true (g_str_has_prefix (names, "Qashqai Navara "));
  g_assert_true (g_settings_get_boolean (settings, "model-sort-descending"));

  /* A click on the Model header: the menu's choice follows. */
  gtk_column_view_sort_by_column (view, column (table, 1), GTK_SORT_ASCENDING);
  g_object_get (table, "sort-column", &sorted, "sort-descending", &descending, NULL);
  g_assert_cmpstr (sorted, ==, "name");
  g_assert_false (descending);

  g_assert_finalize_object (table);
  g_settings_reset (settings, "model-sort-column");
  g_settings_reset (settings, "model-sort-descending");
}

static void
test_activate (void)
{
  GtkWidget *table = new_table (NULL);
  GtkWidget *view = rc_test_find_descendant (table, GTK_TYPE_COLUMN_VIEW, 0);
  RcModel *activated = NULL;

  g_signal_connect_swapped (table, "model-activated", G_CALLBACK (g_set_object), &activated);
  rc_model_table_search (RC_MODEL_TABLE (table), "qashqai");
  rc_test_wait_idle ();
  /* Enter or a double click on the first row. */
  g_signal_emit_by_name (view, "activate", 0);
  g_assert_nonnull (activated);
  g_assert_cmpstr (rc_model_get_id (activated), ==, "nissan-qashqai");
  g_clear_object (&activated);

  g_assert_finalize_object (table);
}

static void
test_details (void)
{
  RcModel *micra = rc_catalog_lookup_model (catalog, "nissan-micra");
  RcModelDetails *details = rc_model_details_new (NULL, catalog, micra);
  RcSeries *used = NULL;
  GtkWidget *button;

  g_object_ref_sink (details);
  g_signal_connect_swapped (details, "use-series", G_CALLBACK (g_set_object), &used);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (details)), ==, "Nissan Micra");
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (details), "K11, K12"));
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (details), rc_model_get_location (micra)));
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (details), "Blaupunkt — BP-series"));
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (details), "Clarion — CL and CM serials"));

  /* Each radio has its own "Use This Radio", named for screen readers. */
  button = gtk_widget_get_ancestor (rc_test_find_label (GTK_WIDGET (details), "_Use This Radio"),
                                    GTK_TYPE_BUTTON);
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Use Blaupunkt — BP-series");
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (used);
  g_assert_cmpstr (rc_series_get_id (used), ==, "blaupunkt-bp");
  g_clear_object (&used);

  gtk_window_destroy (GTK_WINDOW (details));
  g_assert_finalize_object (details);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/model-table/create-destroy", test_create_destroy);
  g_test_add_func ("/model-table/search", test_search);
  g_test_add_func ("/model-table/no-match", test_no_match);
  g_test_add_func ("/model-table/cut-query", test_cut_query);
  g_test_add_func ("/model-table/narrow", test_narrow);
  g_test_add_func ("/model-table/sort-remembered", test_sort_remembered);
  g_test_add_func ("/model-table/sort-menu", test_sort_menu);
  g_test_add_func ("/model-table/row-sentence", test_row_sentence);
  g_test_add_func ("/model-table/activate", test_activate);
  g_test_add_func ("/model-table/details", test_details);

  return rc_test_run_and_drop (catalog);
}
