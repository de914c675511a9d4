/* bench-models.c — the model table with 100 000 generated models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints load, filter-per-keystroke, sort and memory figures for the real
 * table (RcModelTable over the catalog) beside baselines measured in the
 * same run: a GMarkup pass with empty callbacks over the same XML, and a
 * plain GtkStringFilter / GtkStringSorter on the model name over the same
 * rows. Needs a display (bench/run starts Xvfb).
 */

#include "config.h"

#include <malloc.h>

#include "bench-utils.h"
#include "rc-application.h"
#include "rc-model-table.h"

#define N_MODELS 100000

static const char *makes[] = { "Nissan", "Renault", "Ford", "Volkswagen", "Audi", "Opel" };
static const char *names[] = {
  "Micra", "Note", "Almera", "Primera", "X-Trail", "Qashqai", "Navara", "Patrol", "Clio",
  "Megane", "Fiesta", "Focus", "Golf", "Polo", "Astra", "Corsa",
};
static const char *series[] = {
  "nissan-ni", "blaupunkt-bp", "clarion", "pioneer", "renault-precode", "ford-mv", "vw-audi",
};

static char *
generate (guint n)
{
  GString *xml = g_string_new ("<catalog>\n");
  GRand *rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < n; i++)
    {
      guint from = g_rand_int_range (rand, 1980, 2020);

      g_string_append_printf (xml,
                              "<model id=\"gen-%u\" make=\"%s\" chassis=\"%c%u %c%u\" from=\"%u\" "
                              "to=\"%u\" series=\"%s %s\" confidence=\"single-source\" sources=\"nissan-code-page\">"
                              "<name>%s %u</name><note>Generated row %u for the benchmark.</note>"
                              "</model>\n",
                              i, makes[g_rand_int_range (rand, 0, G_N_ELEMENTS (makes))],
                              'A' + g_rand_int_range (rand, 0, 26), g_rand_int_range (rand, 10, 99),
                              'A' + g_rand_int_range (rand, 0, 26), g_rand_int_range (rand, 10, 99),
                              from, from + g_rand_int_range (rand, 0, 15),
                              series[g_rand_int_range (rand, 0, G_N_ELEMENTS (series))],
                              series[g_rand_int_range (rand, 0, G_N_ELEMENTS (series))],
                              names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
                              g_rand_int_range (rand, 1, 100), i);
    }
  g_string_append (xml, "</catalog>\n");
  g_rand_free (rand);
  return g_string_free (xml, FALSE);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static const GMarkupParser empty_parser = { NULL, NULL, NULL, NULL, NULL };

static void
wait_for (GtkFilterListModel *model)
{
  while (gtk_filter_list_model_get_pending (model) > 0)
    g_main_context_iteration (NULL, FALSE);
}

static GtkColumnView *
find_column_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnView *found;

      if (GTK_IS_COLUMN_VIEW (child))
        return GTK_COLUMN_VIEW (child);
      if ((found = find_column_view (child)) != NULL)
        return found;
    }
  return NULL;
}

static GtkFilterListModel *
find_filter_model (GListModel *model)
{
  /* The table shows filter(sort(models)). */
  return GTK_FILTER_LIST_MODEL (model);
}

int
main (int   argc,
      char *argv[])
{
  static const char *typed[] = {
    "m", "mi", "mic", "micr", "micra", "micra ", "micra 2", "micra 20", "micra 200", "micra 2005",
  };
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCatalog) catalog = NULL;
  g_autoptr(GtkStringList) names_list = NULL;
  double ours[G_N_ELEMENTS (typed)], base[G_N_ELEMENTS (typed)];
  double load_ms, base_load_ms, sort_ms, years_ms, base_sort_ms;
  double ours_worst = 0, base_worst = 0;
  gsize heap_before, ours_heap, base_heap;
  GtkWidget *table;
  GListModel *models;
  GtkFilterListModel *filtered;
  gint64 start;

  gtk_init ();
  adw_init ();
  xml = generate (N_MODELS);

  /* Load: the real reader against a parse that does nothing. */
  {
    g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&empty_parser, 0,
                                                                       NULL, NULL);

    start = g_get_monotonic_time ();
    g_markup_parse_context_parse (context, xml, -1, NULL);
    base_load_ms = ms_since (start);
  }

  catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
  g_assert_no_error (error);
  heap_before = heap_in_use ();
  start = g_get_monotonic_time ();
  if (!rc_catalog_add_data (catalog, "generated.xml", xml, -1, &error))
    g_error ("%s", error->message);
  load_ms = ms_since (start);
  ours_heap = heap_in_use () - heap_before;
  models = rc_catalog_get_models (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (models), >=, N_MODELS);

  heap_before = heap_in_use ();
  names_list = gtk_string_list_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models, i);

      gtk_string_list_append (names_list, rc_model_get_name (model));
    }
  base_heap = heap_in_use () - heap_before;

  /* Filter per keystroke: the table as the user types, against a name filter. */
  table = g_object_ref_sink (rc_model_table_new (catalog, NULL));
  filtered = find_filter_model (rc_model_table_get_shown (RC_MODEL_TABLE (table)));
  {
    GtkStringFilter *name_filter =
      gtk_string_filter_new (gtk_property_expression_new (RC_TYPE_MODEL, NULL, "name"));
    g_autoptr(GtkFilterListModel) plain =
      gtk_filter_list_model_new (g_object_ref (models), GTK_FILTER (name_filter));

    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      {
        start = g_get_monotonic_time ();
        rc_model_table_search (RC_MODEL_TABLE (table), typed[i]);
        wait_for (filtered);
        ours[i] = ms_since (start);
        ours_worst = MAX (ours_worst, ours[i]);

        start = g_get_monotonic_time ();
        gtk_string_filter_set_search (name_filter, typed[i]);
        base[i] = ms_since (start);
        base_worst = MAX (base_worst, base[i]);
      }
  }

  /* Sort all rows, as a header click does: by name against a plain name
   * sorter, and by years. */
  rc_model_table_search (RC_MODEL_TABLE (table), "");
  wait_for (filtered);
  {
    GtkColumnView *view = find_column_view (table);
    g_autoptr(GtkColumnViewColumn) name = g_list_model_get_item (gtk_column_view_get_columns (view), 1);
    g_autoptr(GtkColumnViewColumn) years = g_list_model_get_item (gtk_column_view_get_columns (view), 3);
    g_autoptr(GtkSortListModel) plain = NULL;

    start = g_get_monotonic_time ();
    gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
    sort_ms = ms_since (start);

    start = g_get_monotonic_time ();
    gtk_column_view_sort_by_column (view, years, GTK_SORT_ASCENDING);
    years_ms = ms_since (start);

    start = g_get_monotonic_time ();
    plain = gtk_sort_list_model_new (g_object_ref (models), GTK_SORTER (gtk_string_sorter_new (
      gtk_property_expression_new (RC_TYPE_MODEL, NULL, "name"))));
    base_sort_ms = ms_since (start);
  }

  g_print ("| measure (%u models) | Radio Code | baseline | ratio | budget |\n", N_MODELS);
  g_print ("|---|---:|---:|---:|---:|\n");
  g_print ("| load the catalog (baseline: GMarkup with empty callbacks) | %.0f ms | %.0f ms | %.1fx | 100 ms |\n",
           load_ms, base_load_ms, load_ms / base_load_ms);
  g_print ("| filter per keystroke, median (baseline: GtkStringFilter on name) | %.2f ms | %.2f ms | %.1fx | 8 ms |\n",
           bench_median (ours, G_N_ELEMENTS (ours)), bench_median (base, G_N_ELEMENTS (base)),
           bench_median (ours, G_N_ELEMENTS (ours)) / bench_median (base, G_N_ELEMENTS (base)));
  g_print ("| filter per keystroke, worst | %.2f ms | %.2f ms | %.1fx | |\n",
           ours_worst, base_worst, ours_worst / base_worst);
  g_print ("| sort every row by name (baseline: GtkStringSorter on name) | %.0f ms | %.0f ms | %.1fx | |\n",
           sort_ms, base_sort_ms, sort_ms / base_sort_ms);
  g_print ("| sort every row by years, after that | %.0f ms | %.0f ms | %.1fx | |\n",
           years_ms, base_sort_ms, years_ms / base_sort_ms);
  g_print ("| memory for the rows (baseline: GtkStringList of names) | %.1f MiB | %.1f MiB | %.1fx | |\n",
           ours_heap / 1048576.0, base_heap / 1048576.0, (double) ours_heap / base_heap);

  g_object_unref (table);
  return 0;
}
