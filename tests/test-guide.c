/* test-guide.c — the logic behind the guide's steps: displays, VIN, code entry, request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-catalog.h"
#include "rc-code.h"
#include "rc-vin.h"
#include "rc-test-core.h"

static RcCatalog *catalog;

static RcDisplay *
display (const char *id)
{
  GListModel *displays = rc_catalog_get_displays (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (displays); i++)
    {
      g_autoptr(RcDisplay) item = g_list_model_get_item (displays, i);

      if (g_str_equal (rc_display_get_id (item), id))
        return item;
    }
  return NULL;
}

static void
test_displays (void)
{
  static const struct { const char *id; RcDisplayNext next; const char *word; } cases[] = {
    { "code", RC_DISPLAY_NEXT_CODE, "CODE IN" },
    { "wait", RC_DISPLAY_NEXT_WAIT, "WAIT" },
    { "secure", RC_DISPLAY_NEXT_NONE, "SECURITY" },
    { "locked", RC_DISPLAY_NEXT_NONE, "LOCKED" },
    { "safe", RC_DISPLAY_NEXT_CODE, "SAFE" },
    { "error", RC_DISPLAY_NEXT_CODE, "ERR" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcDisplay *item = display (cases[i].id);

      g_assert_nonnull (item);
      g_assert_cmpint (rc_display_get_next (item), ==, cases[i].next);
      g_assert_true (g_strv_contains (rc_display_get_words (item), cases[i].word));
      g_assert_nonnull (rc_display_get_meaning (item));
      g_assert_nonnull (rc_display_get_action (item));
      g_assert_cmpuint (rc_display_get_sources (item)->len, >, 0);
    }
  /* "- - - -" is a CODE prompt too. */
  g_assert_true (g_strv_contains (rc_display_get_words (display ("code")), "- - - -"));
}

static void
test_vin (void)
{
  static const struct {
    const char   *text;
    RcVinVerdict  verdict;
    guint         position;
    gboolean      warned;
    const char   *says;
  } cases[] = {
    { "", RC_VIN_EMPTY, 0, FALSE, "17" },
    { "SJNFAAK12U", RC_VIN_INCOMPLETE, 0, FALSE, "10 of 17" },
    { "SJNFAAK12U2123456", RC_VIN_VALID, 0, FALSE, NULL },
    { "sjn-faak12-u2123456", RC_VIN_VALID, 0, FALSE, NULL },
    { "SJNFAAKI2U2123456", RC_VIN_INVALID, 8, FALSE, "digit 1" },
    { "SJNFAAK12UO123456", RC_VIN_INVALID, 11, FALSE, "digit 0" },
    { "SJNFAAK12U21234567", RC_VIN_INVALID, 18, FALSE, "has 18" },
    { "SJNFAAK12U2123/56", RC_VIN_INVALID, 15, FALSE, "not a letter" },
    /* A North American VIN whose check digit adds up, and one that does not:
     * a warning, never a refusal. */
    { "1M8GDM9AXKP042788", RC_VIN_VALID, 0, FALSE, NULL },
    { "1M8GDM9A1KP042788", RC_VIN_VALID, 0, TRUE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RcVinCheck) check = rc_vin_check (cases[i].text);

      g_test_message ("%s: %s", cases[i].text, check->explanation);
      g_assert_cmpint (check->verdict, ==, cases[i].verdict);
      g_assert_cmpuint (check->position, ==, cases[i].position);
      g_assert_cmpint (check->warning != NULL, ==, cases[i].warned);
      if (cases[i].says != NULL)
        g_assert_nonnull (strstr (check->explanation, cases[i].says));
    }
}

static void
test_code_valid (void)
{
  static const struct { const char *code; gboolean valid; } cases[] = {
    { "1234", TRUE }, { "0000", TRUE }, { "12 34", TRUE }, { "123", FALSE },
    { "12345", FALSE }, { "12a4", FALSE }, { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (rc_code_is_valid (cases[i].code, &error), ==, cases[i].valid);
      g_assert_true ((error == NULL) == cases[i].valid);
    }
}

static void
test_plan (void)
{
  static const struct { const char *series, *code, *presses; } cases[] = {
    /* From 0: press n times for n, and leave a 0 alone. */
    { "nissan-ni", "2468", "2 4 6 8" },
    { "nissan-ni", "1030", "1 0 3 0" },
    /* From "-": the first press shows 0. */
    { "blaupunkt-bp", "1030", "2 1 4 1" },
    { "ford-mv", "9999", "9 9 9 9" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcSeries *series = rc_catalog_lookup_series (catalog, cases[i].series);
      g_autoptr(GArray) plan = rc_code_plan (series, cases[i].code);
      g_autoptr(GString) presses = g_string_new (NULL);

      g_assert_cmpuint (plan->len, ==, 4);
      for (guint j = 0; j < plan->len; j++)
        {
          RcPress *press = &g_array_index (plan, RcPress, j);

          g_assert_cmpuint (press->button, ==, j + 1);
          g_string_append_printf (presses, "%s%u", j > 0 ? " " : "", press->presses);
        }
      g_assert_cmpstr (presses->str, ==, cases[i].presses);
    }
}

static void
test_press_words (void)
{
  RcSeries *ni = rc_catalog_lookup_series (catalog, "nissan-ni");
  RcPress two = { 2, 4, 4 }, zero = { 3, 0, 0 }, one = { 1, 1, 1 };
  g_autofree char *a = rc_code_describe_press (ni, &two);
  g_autofree char *b = rc_code_describe_press (ni, &zero);
  g_autofree char *c = rc_code_describe_press (ni, &one);

  g_assert_cmpstr (a, ==, "Preset 2: press 4 times, until it shows 4.");
  g_assert_cmpstr (b, ==, "Preset 3: leave it at 0.");
  g_assert_cmpstr (c, ==, "Preset 1: press 1 time, until it shows 1.");
  /* Every series says how a code is confirmed. */
  for (guint i = 0; i < g_list_model_get_n_items (rc_catalog_get_series (catalog)); i++)
    {
      g_autoptr(RcSeries) series = g_list_model_get_item (rc_catalog_get_series (catalog), i);

      g_assert_nonnull (rc_series_get_entry_confirm (series));
    }
}

static void
test_upside_down (void)
{
  static const struct { const char *code, *turned; } cases[] = {
    { "1609", "6091" },
    { "6091", "1609" },
    { "1234", NULL },       /* 2, 3 and 4 do not turn into digits */
    { "8888", NULL },       /* reads the same either way */
    { "1961", NULL },       /* turned round, 1961 still reads 1961 */
    { "6009", NULL },       /* 6009 turned round is 6009 */
    { "1001", NULL },
    { "0168", "8910" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *turned = rc_code_upside_down (cases[i].code);

      g_test_message ("%s → %s", cases[i].code, turned ? turned : "(none)");
      g_assert_cmpstr (turned, ==, cases[i].turned);
    }
}

static void
test_request (void)
{
  RcSeries *bp = rc_catalog_lookup_series (catalog, "blaupunkt-bp");
  RcModel *micra = rc_catalog_lookup_model (catalog, "nissan-micra");
  g_autofree char *full = rc_vin_request_text ("SJNFAAK12U2123456", bp, "BP234631987485", micra, 2005);
  g_autofree char *bare = rc_vin_request_text (NULL, NULL, NULL, NULL, 0);

  g_assert_nonnull (strstr (full, "SJNFAAK12U2123456"));
  g_assert_nonnull (strstr (full, "Blaupunkt — BP-series"));
  g_assert_nonnull (strstr (full, "BP234631987485"));
  g_assert_nonnull (strstr (full, "Nissan Micra (K11, K12), 2005"));
  g_assert_nonnull (strstr (full, "photo ID"));
  /* Unknown details are said to be unknown, not left out silently. */
  g_assert_nonnull (strstr (bare, "not known yet"));
  g_assert_null (strstr (bare, "Car:"));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  rc_test_init_glib (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/guide/displays", test_displays);
  g_test_add_func ("/guide/vin", test_vin);
  g_test_add_func ("/guide/code-valid", test_code_valid);
  g_test_add_func ("/guide/plan", test_plan);
  g_test_add_func ("/guide/press-words", test_press_words);
  g_test_add_func ("/guide/upside-down", test_upside_down);
  g_test_add_func ("/guide/request", test_request);

  ret = g_test_run ();
  g_assert_finalize_object (catalog);
  return ret;
}
