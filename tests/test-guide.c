/* test-guide.c — the logic behind the guide's steps: displays, VIN, code entry, request
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-catalog.h"
#include "rc-code.h"
#include "rc-error.h"
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
  /* Where step 1 leads: straight on, or after one of the owner's answers (up to two). */
  static const struct {
    const char    *id;
    const char    *word;
    RcDisplayNext  next;
    RcDisplayNext  choices[2];
  } cases[] = {
    { "code", "CODE IN", RC_DISPLAY_NEXT_CODE },
    /* Ford: flashing dashes take a code, steady ones are a wait. */
    { "dashes", "- - - -", RC_DISPLAY_NEXT_ASK, { RC_DISPLAY_NEXT_CODE, RC_DISPLAY_NEXT_WAIT } },
    { "wait", "WAIT", RC_DISPLAY_NEXT_ASK, { RC_DISPLAY_NEXT_CODE, RC_DISPLAY_NEXT_WAIT } },
    { "secure", "SECURITY", RC_DISPLAY_NEXT_NONE },
    /* LOCKED can be undone on some radios, and is final on others. */
    { "locked", "LOCK13", RC_DISPLAY_NEXT_ASK, { RC_DISPLAY_NEXT_CODE, RC_DISPLAY_NEXT_NONE } },
    { "safe", "SAFE", RC_DISPLAY_NEXT_ASK, { RC_DISPLAY_NEXT_CODE, RC_DISPLAY_NEXT_WAIT } },
    /* ERR is the radio still locked: waiting comes first. */
    { "error", "CODE ERROR", RC_DISPLAY_NEXT_ASK, { RC_DISPLAY_NEXT_WAIT, RC_DISPLAY_NEXT_CODE } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcDisplay *item = display (cases[i].id);
      guint n = cases[i].next == RC_DISPLAY_NEXT_ASK ? 2 : 0;

      g_assert_nonnull (item);
      g_assert_cmpint (rc_display_get_next (item), ==, cases[i].next);
      g_assert_true (g_strv_contains (rc_display_get_words (item), cases[i].word));
      g_assert_nonnull (rc_display_get_meaning (item));
      g_assert_nonnull (rc_display_get_action (item));
      g_assert_cmpuint (rc_display_get_sources (item)->len, >, 0);
      g_assert_cmpuint (rc_display_get_n_choices (item), ==, n);
      for (guint j = 0; j < n; j++)
        {
          g_assert_cmpint (rc_display_get_choice_next (item, j), ==, cases[i].choices[j]);
          g_assert_nonnull (rc_display_get_choice_label (item, j));
        }
    }
  /* Dashes are no longer taken for a code prompt. */
  g_assert_false (g_strv_contains (rc_display_get_words (display ("code")), "- - - -"));
}

/* What the sources say about LOCKED, ERR and SECURE, not what the app used to say. */
static void
test_display_facts (void)
{
  const char *locked = rc_display_get_meaning (display ("locked"));

  /* Nissan code radios: MOD + TA; Ford: preset 6 after LOCK10; LOCK13 is final. */
  g_assert_nonnull (strstr (locked, "MOD and TA"));
  g_assert_nonnull (strstr (locked, "preset 6"));
  g_assert_nonnull (strstr (locked, "LOCK13"));
  g_assert_null (strstr (locked, "for good"));
  /* ERR means the radio is locked, not that the last code was wrong. */
  g_assert_nonnull (strstr (rc_display_get_meaning (display ("error")), "locked"));
  g_assert_nonnull (strstr (rc_display_get_action (display ("error")), "Do not try another code"));
  /* No source says cycling the ignition clears SECURE. */
  g_assert_null (strstr (rc_display_get_action (display ("secure")), "off and on"));
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
      /* In the app's own error domain, not a borrowed one. */
      if (error != NULL)
        g_assert_error (error, RC_ERROR, RC_ERROR_BAD_CODE);
    }
}

static void
test_plan (void)
{
  static const struct { const char *series, *code, *presses; } cases[] = {
    /* From 0: press n times for n, and leave a 0 alone. */
    { "nissan-ni", "2468", "2 4 6 8" },
    { "nissan-ni", "1030", "1 0 3 0" },
    /* The Micra K11 owner's manual: 2468 is 2, 4, 6 and 8 presses (not 3, 5, 7, 9). */
    { "blaupunkt-bp", "2468", "2 4 6 8" },
    { "ford-mv", "9999", "9 9 9 9" },
    /* From "-": the first press shows 0 (a radio described by its own test catalog). */
    { "dash", "1030", "2 1 4 1" },
  };
  g_autoptr(RcCatalog) own = rc_catalog_new ();
  g_autoptr(GError) error = NULL;

  rc_catalog_add_data (own, "dash.xml",
                       "<catalog><source id='s' quality='forum'><name>S</name></source>"
                       "<brand id='b'><name>B</name></brand>"
                       "<series id='dash' brand='b' confidence='reported' sources='s'>"
                       "<name>D</name><format pattern='D[0-9]{3}' example='D123'>"
                       "<description>D and 3 digits</description></format>"
                       "<entry start='dash' confidence='single-source' sources='s'>"
                       "<confirm>Press 5.</confirm></entry></series></catalog>", -1, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcSeries *series = rc_catalog_lookup_series (catalog, cases[i].series);
      g_autoptr(GArray) plan = NULL;
      g_autoptr(GString) presses = g_string_new (NULL);

      if (series == NULL)
        series = rc_catalog_lookup_series (own, cases[i].series);
      plan = rc_code_plan (series, cases[i].code);

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
  /* A series says how a code is confirmed, with its sources, unless no source says: then
   * the app must not invent it (Pioneer). */
  for (guint i = 0; i < g_list_model_get_n_items (rc_catalog_get_series (catalog)); i++)
    {
      g_autoptr(RcSeries) series = g_list_model_get_item (rc_catalog_get_series (catalog), i);
      gboolean pioneer = g_str_equal (rc_series_get_id (series), "pioneer");

      g_assert_true (rc_series_has_entry (series) == !pioneer);
      g_assert_true ((rc_series_get_entry_confirm (series) == NULL) == pioneer);
      g_assert_true ((rc_series_get_entry_sources (series)->len > 0) == !pioneer);
    }
  /* Nissan and Clarion confirm with preset 6 (a manual), never preset 5 (no source). */
  g_assert_nonnull (strstr (rc_series_get_entry_confirm (ni), "preset 6"));
  g_assert_null (strstr (rc_series_get_entry_confirm (ni), "press preset 5"));
  g_assert_nonnull (strstr (rc_series_get_entry_confirm (rc_catalog_lookup_series (catalog, "clarion")),
                            "preset 6"));
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
  g_autofree char *full = rc_vin_request_text ("SJNFAAK12U2123456", bp, "BP234631987485", micra, 2005,
                                               NULL);
  g_autofree char *bare = rc_vin_request_text (NULL, NULL, NULL, NULL, 0, NULL);

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
  rc_test_init_glib (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/guide/displays", test_displays);
  g_test_add_func ("/guide/display-facts", test_display_facts);
  g_test_add_func ("/guide/vin", test_vin);
  g_test_add_func ("/guide/code-valid", test_code_valid);
  g_test_add_func ("/guide/plan", test_plan);
  g_test_add_func ("/guide/press-words", test_press_words);
  g_test_add_func ("/guide/upside-down", test_upside_down);
  g_test_add_func ("/guide/request", test_request);

  return rc_test_run_and_drop (catalog);
}
