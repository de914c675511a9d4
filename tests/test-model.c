/* test-model.c — finding car models by name, chassis code, year or radio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-catalog.h"
#include "rc-test-core.h"

static RcCatalog *catalog;

typedef struct
{
  const char *query;
  const char *expected;   /* model ids that match, in catalog order, space-separated */
} Case;

static const Case cases[] = {
  { "", "nissan-micra nissan-note nissan-almera nissan-primera nissan-x-trail nissan-qashqai "
        "nissan-navara nissan-patrol" },
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
            "nissan-patrol" },
  { "almera 2006", "nissan-almera" },
  { "almera 2007", "" },
  { "1993", "nissan-micra" },
  /* The Navara D40 was sold until about 2015. */
  { "2013", "nissan-x-trail nissan-qashqai nissan-navara" },
  { "clarion", "nissan-micra nissan-x-trail nissan-qashqai" },
  { "blaupunkt", "nissan-micra" },
  { "nissan-ni", "nissan-note nissan-almera nissan-primera nissan-x-trail nissan-qashqai "
                 "nissan-navara nissan-patrol" },
  { "double din", "nissan-qashqai" },
  { "nissan patrol y61", "nissan-patrol" },
  { "  patrol   ", "nissan-patrol" },
  { "ford", "" },
  /* Three digits are no year, and no note mentions them. */
  { "207", "" },
  { "!!!", "nissan-micra nissan-note nissan-almera nissan-primera nissan-x-trail nissan-qashqai "
           "nissan-navara nissan-patrol" },
};

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

      if (rc_model_query_matches (query, model))
        g_string_append_printf (found, "%s%s", found->len > 0 ? " " : "", rc_model_get_id (model));
    }

  g_assert_cmpstr (found->str, ==, c->expected);
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
  int ret;

  rc_test_init_glib (&argc, &argv);
  catalog = rc_test_load_catalog ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/match/%u", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/model/long-query", test_long_query);
  g_test_add_func ("/model/narrows", test_narrows);
  g_test_add_func ("/model/fields", test_fields);
  g_test_add_func ("/model/bad", test_bad_models);

  ret = g_test_run ();
  g_assert_finalize_object (catalog);
  return ret;
}
