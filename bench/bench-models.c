/* bench-models.c — the model table with 100 000 generated models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints load, filter-per-keystroke, sort and memory figures for the real
 * table (RcModelTable over the catalog) beside baselines measured in the
 * same run: a GMarkup pass with empty callbacks over the same XML, and a
 * plain GtkStringFilter / GtkStringSorter on the model name over the same
 * rows. The load is the app's: the catalog compiled at build time (here the
 * real catalog and the generated models, compiled before the clock starts),
 * mapped and read; reading the generated XML itself is shown beside it.
 * The table is searched as the app does it, on a catalog fresh from its
 * load (which makes a model only when it is shown); the baselines get
 * every model made beforehand. Times are wall-clock; the CPU time of the
 * load is shown beside it, as a busy machine stretches the first only.
 * Needs a display (bench/run starts Xvfb).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <malloc.h>
#include <time.h>

#include "bench-utils.h"
#include "rc-application.h"
#include "rc-model-filter.h"
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

/* The real catalog's XML and the generated models, compiled as the build
 * compiles the catalog. */
static GBytes *
compile_with_generated (const char *xml)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folder = g_dir_make_tmp ("radio-code-bench-XXXXXX", NULL);
  g_autofree char *generated = g_build_filename (folder, "99-generated.xml", NULL);
  g_autoptr(GDir) dir = g_dir_open (CATALOG_SOURCE_DIR, 0, NULL);
  g_autoptr(GVariant) compiled = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_ascii_isdigit (name[0]) && g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (paths, g_build_filename (CATALOG_SOURCE_DIR, name, NULL));
  if (!g_file_set_contents (generated, xml, -1, &error))
    g_error ("%s", error->message);
  g_ptr_array_add (paths, g_strdup (generated));
  g_ptr_array_add (paths, NULL);

  compiled = rc_catalog_compile ((const char * const *) paths->pdata, &error);
  if (compiled == NULL)
    g_error ("%s", error->message);
  g_unlink (generated);
  g_rmdir (folder);
  /* A copy, as the resource would be: not the builder's own memory. */
  return g_bytes_new (g_variant_get_data (compiled), g_variant_get_size (compiled));
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The CPU time this process has used, in milliseconds. */
static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1000000.0;
}

static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static const GMarkupParser empty_parser = { NULL, NULL, NULL, NULL, NULL };

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

static const char *typed[] = {
  "m", "mi", "mic", "micr", "micra", "micra ", "micra 2", "micra 20", "micra 200", "micra 2005",
};

typedef struct
{
  double load_ms, load_cpu_ms, base_load_ms, xml_load_ms;
  double ours[G_N_ELEMENTS (typed)], base[G_N_ELEMENTS (typed)];
  double ours_worst, base_worst;
  double search[G_N_ELEMENTS (typed)], search_worst;
  double sort_ms, years_ms, base_sort_ms;
  gsize  ours_heap, made_heap, base_heap;
} Figures;

/* Load: the compiled catalog as the app reads it, against a GMarkup pass that
 * does nothing over the generated XML, and the XML reader on that XML. */
static RcCatalog *
measure_load (const char *xml,
              Figures    *f)
{
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&empty_parser, 0,
                                                                     NULL, NULL);
  g_autoptr(RcCatalog) from_xml = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, NULL);
  g_autoptr(GBytes) compiled = compile_with_generated (xml);
  g_autoptr(GError) error = NULL;
  RcCatalog *catalog;
  gsize heap_before;
  gint64 start;
  double cpu_start;

  start = g_get_monotonic_time ();
  g_markup_parse_context_parse (context, xml, -1, NULL);
  f->base_load_ms = ms_since (start);

  start = g_get_monotonic_time ();
  if (!rc_catalog_add_data (from_xml, "generated.xml", xml, -1, &error))
    g_error ("%s", error->message);
  f->xml_load_ms = ms_since (start);
  g_clear_object (&from_xml);

  heap_before = heap_in_use ();
  cpu_start = cpu_ms ();
  start = g_get_monotonic_time ();
  catalog = rc_catalog_new_from_compiled (compiled, &error);
  f->load_ms = ms_since (start);
  f->load_cpu_ms = cpu_ms () - cpu_start;
  g_assert_no_error (error);
  f->ours_heap = heap_in_use () - heap_before;
  return catalog;
}

/* Filter per keystroke: the table as the user types (its column view
 * never shown, so it keeps up to 200 rows). Each search is done when the
 * table's rows are. */
static void
measure_filter (GtkWidget *table,
                Figures   *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gint64 start = g_get_monotonic_time ();

      rc_model_table_search (RC_MODEL_TABLE (table), typed[i]);
      f->ours[i] = ms_since (start);
      f->ours_worst = MAX (f->ours_worst, f->ours[i]);
    }
}

/* The search alone, as the table's filter does it, with no view to follow it. */
static void
measure_search (RcCatalog *catalog,
                Figures   *f)
{
  g_autoptr(RcModelFilter) filter = rc_model_filter_new (catalog);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gint64 start = g_get_monotonic_time ();

      rc_model_filter_search (filter, typed[i]);
      f->search[i] = ms_since (start);
      f->search_worst = MAX (f->search_worst, f->search[i]);
    }
}

static void
wait_for (GtkFilterListModel *model)
{
  while (gtk_filter_list_model_get_pending (model) > 0)
    g_main_context_iteration (NULL, FALSE);
}

/* The same keystrokes through a name filter, on models made beforehand. */
static void
measure_base_filter (GListModel *models,
                     Figures    *f)
{
  GtkStringFilter *name_filter =
    gtk_string_filter_new (gtk_property_expression_new (RC_TYPE_MODEL, NULL, "name"));
  g_autoptr(GtkFilterListModel) plain =
    gtk_filter_list_model_new (g_object_ref (models), GTK_FILTER (name_filter));

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gint64 start = g_get_monotonic_time ();

      gtk_string_filter_set_search (name_filter, typed[i]);
      wait_for (plain);
      f->base[i] = ms_since (start);
      f->base_worst = MAX (f->base_worst, f->base[i]);
    }
}

/* Sort all rows, as a header click does: by name against a plain name
 * sorter, and by years. */
static void
measure_sort (GtkWidget  *table,
              GListModel *models,
              Figures    *f)
{
  GtkColumnView *view = find_column_view (table);
  g_autoptr(GtkColumnViewColumn) name = g_list_model_get_item (gtk_column_view_get_columns (view), 1);
  g_autoptr(GtkColumnViewColumn) years = g_list_model_get_item (gtk_column_view_get_columns (view), 3);
  g_autoptr(GtkSortListModel) plain = NULL;
  gint64 start;

  start = g_get_monotonic_time ();
  gtk_column_view_sort_by_column (view, name, GTK_SORT_ASCENDING);
  f->sort_ms = ms_since (start);

  start = g_get_monotonic_time ();
  gtk_column_view_sort_by_column (view, years, GTK_SORT_ASCENDING);
  f->years_ms = ms_since (start);

  start = g_get_monotonic_time ();
  plain = gtk_sort_list_model_new (g_object_ref (models), GTK_SORTER (gtk_string_sorter_new (
    gtk_property_expression_new (RC_TYPE_MODEL, NULL, "name"))));
  f->base_sort_ms = ms_since (start);
}

/* Makes every model, as sorting does, and returns the memory that took. */
static gsize
make_every_model (GListModel *models)
{
  gsize heap_before = heap_in_use ();

  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    g_object_unref (g_list_model_get_item (models, i));
  return heap_in_use () - heap_before;
}

/* The rows' memory against a GtkStringList of their names. */
static gsize
measure_base_heap (GListModel *models)
{
  g_autoptr(GtkStringList) names_list = gtk_string_list_new (NULL);
  gsize heap_before = heap_in_use ();

  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models, i);

      gtk_string_list_append (names_list, rc_model_get_name (model));
    }
  return heap_in_use () - heap_before;
}

static void
print_figures (Figures *f)
{
  double ours = bench_median (f->ours, G_N_ELEMENTS (f->ours));
  double search = bench_median (f->search, G_N_ELEMENTS (f->search));
  double base = bench_median (f->base, G_N_ELEMENTS (f->base));

  g_print ("| measure (%u models) | Radio Code | baseline | ratio | budget |\n", N_MODELS);
  g_print ("|---|---:|---:|---:|---:|\n");
  g_print ("| load the compiled catalog (baseline: GMarkup with empty callbacks on the XML) | %.0f ms | %.0f ms | %.2fx | 100 ms |\n",
           f->load_ms, f->base_load_ms, f->load_ms / f->base_load_ms);
  g_print ("| the same load, CPU time | %.0f ms | | | |\n", f->load_cpu_ms);
  g_print ("| read the same models from XML instead | %.0f ms | %.0f ms | %.1fx | |\n",
           f->xml_load_ms, f->base_load_ms, f->xml_load_ms / f->base_load_ms);
  g_print ("| filter per keystroke, median (baseline: GtkStringFilter on name) | %.2f ms | %.2f ms | %.1fx | 8 ms |\n",
           search, base, search / base);
  g_print ("| filter per keystroke, worst | %.2f ms | %.2f ms | %.1fx | |\n",
           f->search_worst, f->base_worst, f->search_worst / f->base_worst);
  g_print ("| the table following it (a column view keeping 200 rows), median | %.2f ms | | | |\n",
           ours);
  g_print ("| the table following it, worst | %.2f ms | | | |\n", f->ours_worst);
  g_print ("| sort every row by name (baseline: GtkStringSorter on name) | %.0f ms | %.0f ms | %.1fx | |\n",
           f->sort_ms, f->base_sort_ms, f->sort_ms / f->base_sort_ms);
  g_print ("| sort every row by years, after that | %.0f ms | %.0f ms | %.1fx | |\n",
           f->years_ms, f->base_sort_ms, f->years_ms / f->base_sort_ms);
  g_print ("| memory for the rows after the load (baseline: GtkStringList of names) | %.1f MiB | %.1f MiB | %.1fx | |\n",
           f->ours_heap / 1048576.0, f->base_heap / 1048576.0, (double) f->ours_heap / f->base_heap);
  g_print ("| memory for every model made, as sorting makes them | %.1f MiB | %.1f MiB | %.1fx | |\n",
           f->made_heap / 1048576.0, f->base_heap / 1048576.0, (double) f->made_heap / f->base_heap);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *xml = NULL;
  RcCatalog *catalog;
  Figures f = { 0 };
  GtkWidget *table;
  GListModel *models;

  gtk_init ();
  adw_init ();
  xml = generate (N_MODELS);

  catalog = measure_load (xml, &f);
  models = rc_catalog_get_models (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (models), >=, N_MODELS);

  measure_search (catalog, &f);
  table = g_object_ref_sink (rc_model_table_new (catalog, NULL));
  measure_filter (table, &f);
  g_object_unref (table);

  f.made_heap = f.ours_heap + make_every_model (models);
  f.base_heap = measure_base_heap (models);
  measure_base_filter (models, &f);

  /* Sorting starts from a fresh table showing every row. */
  table = g_object_ref_sink (rc_model_table_new (catalog, NULL));
  measure_sort (table, models, &f);
  g_object_unref (table);
  g_object_unref (catalog);
  print_figures (&f);
  return 0;
}
