/* test-method.c — which ways to find the serial apply to which radio and car
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-catalog.h"
#include "rc-test-core.h"

static RcCatalog *catalog;

typedef struct
{
  const char *series;    /* NULL: not known */
  const char *model;     /* NULL: not known */
  const char *methods;   /* ids that apply, in catalog order */
} Case;

static const Case cases[] = {
  { NULL, NULL, "chassis-label presets code-card dealer precode-presets precode-label ford-m-label" },
  { "nissan-ni", NULL, "chassis-label presets code-card dealer" },
  /* The presets claim is about three cars, whichever unit they carry. */
  { "blaupunkt-bp", NULL, "chassis-label presets code-card dealer" },
  { "clarion", NULL, "chassis-label presets code-card dealer" },
  { "pioneer", NULL, "chassis-label code-card dealer" },
  { "ford-mv", NULL, "chassis-label code-card ford-m-label" },
  { "renault-precode", NULL, "chassis-label code-card precode-presets precode-label" },
  { "vw-audi", NULL, "chassis-label code-card" },
  /* Holding presets 1 and 6 is reported for three cars only. */
  { NULL, "nissan-micra", "chassis-label presets code-card dealer" },
  { NULL, "nissan-note", "chassis-label presets code-card dealer" },
  { NULL, "nissan-almera", "chassis-label presets code-card dealer" },
  { NULL, "nissan-qashqai", "chassis-label code-card dealer" },
  { NULL, "nissan-patrol", "chassis-label code-card dealer" },
  { "nissan-ni", "nissan-micra", "chassis-label presets code-card dealer" },
  { "blaupunkt-bp", "nissan-micra", "chassis-label presets code-card dealer" },
  { "clarion", "nissan-qashqai", "chassis-label code-card dealer" },
  { "nissan-ni", "nissan-x-trail", "chassis-label code-card dealer" },
  /* A Renault-built Nissan van: the Renault ways, not the Nissan dealer. */
  { NULL, "nissan-primastar", "chassis-label code-card precode-presets precode-label" },
  { NULL, "ford-focus-1", "chassis-label code-card ford-m-label" },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  RcSeries *series = rc_catalog_lookup_series (catalog, c->series);
  RcModel *model = rc_catalog_lookup_model (catalog, c->model);
  GListModel *methods = rc_catalog_get_methods (catalog);
  g_autoptr(GString) found = g_string_new (NULL);

  g_assert_true ((c->series == NULL) == (series == NULL));
  g_assert_true ((c->model == NULL) == (model == NULL));
  for (guint i = 0; i < g_list_model_get_n_items (methods); i++)
    {
      g_autoptr(RcMethod) method = g_list_model_get_item (methods, i);

      if (rc_method_applies (method, series, model))
        g_string_append_printf (found, "%s%s", found->len > 0 ? " " : "", rc_method_get_id (method));
    }
  g_assert_cmpstr (found->str, ==, c->methods);
}

static char *
figures (const char *method_id,
         const char *series_id,
         const char *model_id)
{
  RcMethod *method = rc_catalog_lookup_method (catalog, method_id);
  g_autoptr(GPtrArray) shown = rc_method_get_figures_for (method,
                                                          rc_catalog_lookup_series (catalog, series_id),
                                                          rc_catalog_lookup_model (catalog, model_id));
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < shown->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? " " : "",
                            ((RcFigure *) g_ptr_array_index (shown, i))->illustration);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_figures (void)
{
  g_autofree char *all = figures ("chassis-label", NULL, NULL);
  g_autofree char *bp = figures ("chassis-label", "blaupunkt-bp", NULL);
  g_autofree char *clarion_qashqai = figures ("chassis-label", "clarion", "nissan-qashqai");
  g_autofree char *ni_micra = figures ("chassis-label", "nissan-ni", "nissan-micra");

  /* Each series gets the close-up of its own label, and no other. */
  g_assert_cmpstr (all, ==, "chassis-label din-keys label-nissan label-blaupunkt label-clarion");
  g_assert_cmpstr (bp, ==, "chassis-label din-keys label-blaupunkt");
  g_assert_cmpstr (clarion_qashqai, ==, "chassis-label din-keys label-clarion");
  /* The extraction keys belong to the Qashqai's double-DIN unit. */
  g_assert_cmpstr (ni_micra, ==, "chassis-label label-nissan");
}

static void
test_contents (void)
{
  GListModel *methods = rc_catalog_get_methods (catalog);

  /* Every page has what the page promises: steps, a time, where it comes from. */
  for (guint i = 0; i < g_list_model_get_n_items (methods); i++)
    {
      g_autoptr(RcMethod) method = g_list_model_get_item (methods, i);

      g_assert_nonnull (rc_method_get_title (method));
      g_assert_nonnull (rc_method_get_summary (method));
      g_assert_cmpuint (rc_method_get_steps (method)->len, >=, 3);
      g_assert_cmpuint (rc_method_get_needs (method)->len, >=, 1);
      g_assert_cmpuint (rc_method_get_minutes (method), >, 0);
      g_assert_cmpuint (rc_method_get_sources (method)->len, >, 0);
      g_assert_cmpuint (rc_method_get_figures (method)->len, >, 0);
    }
  g_assert_cmpint (rc_method_get_confidence (rc_catalog_lookup_method (catalog, "presets")), ==,
                   RC_CONFIDENCE_SINGLE_SOURCE);
}

static void
test_bad_methods (void)
{
  static const char *bad[] = {
    "<catalog><method id='m' minutes='5' confidence='reported' series='nope' "
    "sources='nissan-code-page'/></catalog>",
    "<catalog><method id='m' minutes='5' confidence='reported' series='nissan-ni' "
    "models='nope' sources='nissan-code-page'/></catalog>",
    "<catalog><method id='m' minutes='0' confidence='reported' series='nissan-ni' "
    "sources='nissan-code-page'/></catalog>",
    "<catalog><method id='m' minutes='5' confidence='reported' series='nissan-ni' "
    "sources='nissan-code-page'><title>T</title><summary>S</summary><step>a</step>"
    "<figure illustration='x'></figure></method></catalog>",
    "<catalog><method id='m' minutes='5' confidence='reported' series='nissan-ni' "
    "sources='nissan-code-page'><title>T</title></method></catalog>",
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
      g_autofree char *path = g_strdup_printf ("/method/applies/%s/%s",
                                               cases[i].series ? cases[i].series : "any",
                                               cases[i].model ? cases[i].model : "any");

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/method/figures", test_figures);
  g_test_add_func ("/method/contents", test_contents);
  g_test_add_func ("/method/bad", test_bad_methods);

  return rc_test_run_and_drop (catalog);
}
