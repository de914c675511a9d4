/* test-model.c — finding car models by name, chassis code, year or radio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-catalog.h"
#include "rc-model-filter.h"
#include "rc-test-core.h"

static RcCatalog *catalog;

typedef struct
{
  const char *query;
  const char *expected;   /* model ids that match, in catalog order, space-separated;
                           * NULL: every model */
} Case;

static const Case cases[] = {
  { "", NULL },
  { "micra", "nissan-micra" },
  { "MICRA", "nissan-micra" },
  { "k12", "nissan-micra" },
  { "K 12", "nissan-micra" },
  { "j10", "nissan-qashqai" },
  { "xtrail", "nissan-x-trail" },
  { "x-trail", "nissan-x-trail" },
  { "X trail", "nissan-x-trail" },
  { "Qashqaï", "nissan-qashqai" },
  { "2005", "nissan-micra nissan-note nissan-almera nissan-primera nissan-x-trail nissan-navara "
            "nissan-patrol renault-clio-2 renault-clio-3 renault-megane-2 renault-scenic-2 "
            "renault-kangoo-1 renault-laguna-2 renault-twingo-1 renault-modus renault-trafic-2 "
            "renault-master-2 dacia-logan-1 nissan-primastar nissan-interstar nissan-kubistar "
            "ford-fiesta-2002 ford-focus-1 ford-focus-2 ford-mondeo-2000 ford-ka-1 ford-fusion "
            "ford-transit-2000 ford-transit-connect-1 ford-galaxy-1 ford-c-max-1" },
  { "nissan 2005", "nissan-micra nissan-note nissan-almera nissan-primera nissan-x-trail "
                   "nissan-navara nissan-patrol renault-trafic-2 renault-master-2 nissan-primastar "
                   "nissan-interstar nissan-kubistar" },
  { "almera 2006", "nissan-almera" },
  { "almera 2007", "" },
  { "1993", "nissan-micra renault-clio-1 renault-laguna-1 renault-twingo-1 ford-mondeo-1993" },
  /* The Navara D40 was sold until about 2015. */
  { "2013", "nissan-x-trail nissan-qashqai nissan-navara renault-megane-3 renault-twingo-2 "
            "renault-trafic-2 dacia-logan-mcv dacia-duster-1 nissan-primastar ford-transit-connect-1" },
  { "clarion", "nissan-micra nissan-x-trail nissan-qashqai" },
  { "blaupunkt", "nissan-micra" },
  { "nissan-ni", "nissan-note nissan-almera nissan-primera nissan-x-trail nissan-qashqai "
                 "nissan-navara nissan-patrol" },
  { "double din", "nissan-qashqai" },
  { "nissan patrol y61", "nissan-patrol" },
  { "  patrol   ", "nissan-patrol" },
  { "ford", "ford-fiesta-1995 ford-fiesta-2002 ford-focus-1 ford-focus-2 ford-mondeo-1993 "
            "ford-mondeo-2000 ford-ka-1 ford-fusion ford-transit-2000 ford-transit-connect-1 "
            "ford-galaxy-1 ford-c-max-1" },
  /* The Renault-built Nissan vans carry the Renault radio; the Renault twins name them. */
  { "primastar", "renault-trafic-2 nissan-primastar" },
  { "x83", "renault-trafic-2 nissan-primastar" },
  { "kubistar 2004", "nissan-kubistar" },
  { "megane", "renault-megane-1 renault-megane-2 renault-megane-3" },
  { "Scenic 2000", "renault-scenic-1" },
  { "ford focus 2006", "ford-focus-2" },
  { "transit", "ford-transit-2000 ford-transit-connect-1" },
  { "dacia precode", "dacia-logan-1 dacia-logan-mcv dacia-sandero-1 dacia-duster-1" },
  { "medianav", "dacia-duster-1" },
  /* Three digits are no year, and no note mentions them. */
  { "207", "" },
  { "!!!", NULL },
};

/* The ids of the models at @positions, space-separated. */
static char *
ids_at (GArray *positions)
{
  GListModel *models = rc_catalog_get_models (catalog);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < positions->len; i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models,
                                                        g_array_index (positions, guint32, i));

      g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "", rc_model_get_id (model));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* The table's search reads the catalog's search text, not the models: it
 * finds the same ones, looking at every model or at those it is given. */
static void
assert_index_finds (const RcModelQuery *query,
                    const char         *expected)
{
  guint n = g_list_model_get_n_items (rc_catalog_get_models (catalog));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) within = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *ids = NULL;
  g_autofree char *ids_within = NULL;

  for (guint32 i = 0; i < n; i++)
    g_array_append_val (all, i);
  rc_catalog_search_models (catalog, query, NULL, 0, found);
  rc_catalog_search_models (catalog, query, (guint32 *) (gpointer) all->data, all->len, within);
  ids = ids_at (found);
  ids_within = ids_at (within);
  g_assert_cmpstr (ids, ==, expected);
  g_assert_cmpstr (ids_within, ==, expected);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(RcModelQuery) query = rc_model_query_new (c->query);
  GListModel *models = rc_catalog_get_models (catalog);
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models, i);

      if (c->expected == NULL)
        g_assert_true (rc_model_query_matches (query, model));
      if (rc_model_query_matches (query, model))
        g_string_append_printf (found, "%s%s", found->len > 0 ? " " : "", rc_model_get_id (model));
    }

  if (c->expected != NULL)
    g_assert_cmpstr (found->str, ==, c->expected);
  assert_index_finds (query, found->str);
}

static void
mirror_cb (GListModel *list,
           guint       position,
           guint       removed,
           guint       added,
           GPtrArray  *mirror)
{
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, g_list_model_get_item (list, position + i));
}

/* The ids of @models, space-separated. */
static char *
ids_of (GPtrArray *models)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < models->len; i++)
    g_string_append_printf (ids, "%s%s", ids->len > 0 ? " " : "",
                            rc_model_get_id (g_ptr_array_index (models, i)));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* The ids of the models @text finds, in the order of @order (NULL: the catalog's). */
static char *
expected_ids (const char *text,
              GListModel *order)
{
  g_autoptr(RcModelQuery) query = rc_model_query_new (text);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *models = order != NULL ? order : rc_catalog_get_models (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      RcModel *model = g_list_model_get_item (models, i);

      if (rc_model_query_matches (query, model))
        g_ptr_array_add (found, model);
      else
        g_object_unref (model);
    }
  return ids_of (found);
}

/* The table's filter: what it shows, in which order, and the changes it
 * tells, which a view follows (here a mirror of the list). */
static void
test_filter (void)
{
  static const char *typed[] = {
    "", "n", "ni", "nis", "nissan", "nissan 2005", "nissan 200", "nissan", "ford", "", "clarion",
    "clarion 1990", "renault",
  };
  g_autoptr(RcModelFilter) filter = rc_model_filter_new (catalog);
  g_autoptr(GPtrArray) mirror = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) reversed = g_list_store_new (RC_TYPE_MODEL);
  GListModel *models = rc_catalog_get_models (catalog);

  mirror_cb (G_LIST_MODEL (filter), 0, 0, g_list_model_get_n_items (G_LIST_MODEL (filter)),
             mirror);
  g_signal_connect (filter, "items-changed", G_CALLBACK (mirror_cb), mirror);
  for (guint i = g_list_model_get_n_items (models); i-- > 0;)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models, i);

      g_list_store_append (reversed, model);
    }

  for (guint pass = 0; pass < 2; pass++)
    {
      GListModel *order = pass == 0 ? NULL : G_LIST_MODEL (reversed);

      rc_model_filter_set_order (filter, order);
      for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
        {
          g_autofree char *expected = expected_ids (typed[i], order);
          g_autofree char *shown = NULL;
          g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

          rc_model_filter_search (filter, typed[i]);
          mirror_cb (G_LIST_MODEL (filter), 0, 0,
                     g_list_model_get_n_items (G_LIST_MODEL (filter)), items);
          shown = ids_of (items);
          g_assert_cmpstr (shown, ==, expected);
          g_clear_pointer (&shown, g_free);
          shown = ids_of (mirror);
          g_assert_cmpstr (shown, ==, expected);
        }
    }

  /* A change of order shows the same models in the new order at once. */
  rc_model_filter_search (filter, "nissan");
  rc_model_filter_set_order (filter, NULL);
  {
    g_autofree char *expected = expected_ids ("nissan", NULL);
    g_autofree char *shown = ids_of (mirror);

    g_assert_cmpstr (shown, ==, expected);
  }
  g_signal_handlers_disconnect_by_data (filter, mirror);
}

/* A pasted megabyte is read only as far as any search needs, in one pass. */
static void
test_long_query (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(RcModelQuery) huge = NULL;
  g_autoptr(RcModelQuery) edge = NULL;
  RcModel *micra = rc_catalog_lookup_model (catalog, "nissan-micra");

  while (text->len < 1024 * 1024)
    g_string_append (text, "k1 ");
  huge = rc_model_query_new (text->str);
  g_assert_true (rc_model_query_is_truncated (huge));
  g_assert_true (rc_model_query_matches (huge, micra));
  g_assert_true (rc_model_query_narrows (huge, huge));

  /* A word past the cap is not read: "zz" would match nothing. */
  g_string_truncate (text, RC_MODEL_QUERY_MAX_LENGTH);
  g_string_append (text, " zz");
  edge = rc_model_query_new (text->str);
  g_assert_true (rc_model_query_is_truncated (edge));
  g_assert_true (rc_model_query_matches (edge, micra));

  /* A no-break space separates words too, in any locale. */
  {
    g_autoptr(RcModelQuery) nbsp = rc_model_query_new ("almera\xc2\xa0" "2006");

    g_assert_true (rc_model_query_matches (nbsp, rc_catalog_lookup_model (catalog, "nissan-almera")));
    g_assert_false (rc_model_query_is_truncated (nbsp));
  }
}

static void
test_narrows (void)
{
  static const struct {
    const char *before, *after;
    gboolean narrows;
  } steps[] = {
    { "", "m", TRUE },
    { "m", "mi", TRUE },
    { "mic", "micra", TRUE },
    { "micra", "micra 2005", TRUE },
    { "micra", "mic", FALSE },
    { "200", "2005", FALSE },   /* a word became a year */
    { "2005", "2005 k", TRUE },
    { "2005", "2006", FALSE },
    { "k12", "micra", FALSE },
    { "x-tr", "xtrail", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(RcModelQuery) before = rc_model_query_new (steps[i].before);
      g_autoptr(RcModelQuery) after = rc_model_query_new (steps[i].after);

      g_assert_cmpint (rc_model_query_narrows (after, before), ==, steps[i].narrows);
    }
}

static void
test_fields (void)
{
  RcModel *micra = rc_catalog_lookup_model (catalog, "nissan-micra");
  RcModel *note = rc_catalog_lookup_model (catalog, "nissan-note");

  g_assert_cmpstr (rc_model_get_make (micra), ==, "Nissan");
  g_assert_cmpstr (rc_model_get_chassis (micra), ==, "K11, K12");
  g_assert_cmpstr (rc_model_get_years (micra), ==, "1993–2010");
  g_assert_cmpuint (rc_model_get_series (micra)->len, ==, 2);
  g_assert_cmpstr (rc_model_get_radios (micra), ==, "Blaupunkt — BP-series, Clarion — CL and CM serials");
  g_assert_nonnull (rc_model_get_location (micra));
  g_assert_null (rc_model_get_location (note));
  g_assert_cmpuint (rc_model_get_sources (note)->len, >, 0);
  /* The original page's eight models are all there. */
  g_assert_cmpuint (g_list_model_get_n_items (rc_catalog_get_models (catalog)), >=, 8);
}

/* The cars whose radio has a computed code: enough of them, each with what a row needs. */
static void
test_code_models (void)
{
  static const char *vans[] = { "nissan-primastar", "nissan-interstar", "nissan-kubistar" };
  GListModel *models = rc_catalog_get_models (catalog);
  guint renault = 0, dacia = 0, ford = 0;

  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models, i);
      GPtrArray *series = rc_model_get_series (model);
      gboolean computed = FALSE;

      for (guint j = 0; j < series->len; j++)
        computed |= rc_catalog_lookup_code_method (catalog, g_ptr_array_index (series, j)) != NULL;
      if (!computed)
        continue;

      renault += g_str_equal (rc_model_get_make (model), "Renault");
      dacia += g_str_equal (rc_model_get_make (model), "Dacia");
      ford += g_str_equal (rc_model_get_make (model), "Ford");
      g_assert_cmpstr (rc_model_get_chassis (model), !=, "");
      g_assert_cmpuint (rc_model_get_year_from (model), >=, 1990);
      g_assert_cmpuint (rc_model_get_sources (model)->len, >, 0);
      /* Sellers' model lists are all these rows rest on, and they say so. */
      g_assert_cmpint (rc_model_get_confidence (model), ==, RC_CONFIDENCE_SINGLE_SOURCE);
    }
  g_assert_cmpuint (renault + dacia + ford + G_N_ELEMENTS (vans), >=, 30);
  g_assert_cmpuint (renault, >=, 10);
  g_assert_cmpuint (dacia, >=, 3);
  g_assert_cmpuint (ford, >=, 10);

  /* The Renault-built Nissan vans carry the Renault radio. */
  for (guint i = 0; i < G_N_ELEMENTS (vans); i++)
    {
      RcModel *van = rc_catalog_lookup_model (catalog, vans[i]);

      g_assert_nonnull (van);
      g_assert_cmpstr (rc_series_get_id (g_ptr_array_index (rc_model_get_series (van), 0)), ==,
                       "renault-precode");
    }
  /* The original page's models keep the confidence they had. */
  g_assert_cmpint (rc_model_get_confidence (rc_catalog_lookup_model (catalog, "nissan-micra")), ==,
                   RC_CONFIDENCE_REPORTED);
}

static void
test_bad_models (void)
{
  static const char *bad[] = {
    "<catalog><model id='a' make='N' chassis='X' from='2005' to='2001' series='nissan-ni' "
    "confidence='reported' sources='nissan-code-page'><name>A</name></model></catalog>",
    "<catalog><model id='a' make='N' chassis='X' from='1990' to='2001' series='nope' "
    "confidence='reported' sources='nissan-code-page'><name>A</name></model></catalog>",
    "<catalog><model id='a' make='N' chassis='X' from='1990' to='2001' series='nissan-ni' "
    "confidence='reported' sources='nissan-code-page'></model></catalog>",
    "<catalog><model id='nissan-micra' make='N' chassis='X' from='1990' to='2001' "
    "series='nissan-ni' confidence='reported' sources='nissan-code-page'><name>A</name></model></catalog>",
    /* Every model–radio link says how sure it is, in the catalog's words. */
    "<catalog><model id='a' make='N' chassis='X' from='1990' to='2001' series='nissan-ni' "
    "confidence='sure' sources='nissan-code-page'><name>A</name></model></catalog>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    rc_test_assert_rejected (catalog, bad[i]);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);
  catalog = rc_test_load_catalog ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/match/%u", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/model/long-query", test_long_query);
  g_test_add_func ("/model/narrows", test_narrows);
  g_test_add_func ("/model/filter", test_filter);
  g_test_add_func ("/model/fields", test_fields);
  g_test_add_func ("/model/code-models", test_code_models);
  g_test_add_func ("/model/bad", test_bad_models);

  return rc_test_run_and_drop (catalog);
}
