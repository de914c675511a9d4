/* test-code-method.c — computing codes: the published pairs, the refusals, the catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-catalog.h"
#include "rc-test-core.h"

static RcCatalog *catalog;

/* Every pair in code-vectors.tsv: the code must come out, and be that one. */
static void
test_vectors (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "code-vectors.tsv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  guint pairs = 0, renault = 0, ford = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autoptr(GError) refused = NULL;
      g_autofree char *code = NULL;
      RcCodeMethod *method;
      RcSeries *series;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 5);

      series = rc_catalog_lookup_series (catalog, fields[0]);
      g_assert_nonnull (series);
      method = rc_catalog_lookup_code_method (catalog, series);
      g_assert_nonnull (method);

      code = rc_code_method_compute (method, fields[1], &refused);
      if (refused != NULL)
        g_error ("%s (line %u): refused: %s", fields[1], i + 1, refused->message);
      if (g_strcmp0 (code, fields[2]) != 0)
        g_error ("%s (line %u): computed %s, published %s (%s)", fields[1], i + 1, code,
                 fields[2], fields[3]);
      renault += g_str_equal (fields[0], "renault-precode");
      ford += g_str_equal (fields[0], "ford-mv");
      pairs++;
    }

  g_test_message ("%u published pairs checked", pairs);
  g_assert_cmpuint (pairs, >=, 140);
  g_assert_cmpuint (renault, >=, 100);
  g_assert_cmpuint (ford, >=, 5);
}

/* The examples the reference notes give, beside the file's, and the one known wrong copy. */
static void
test_examples (void)
{
  static const struct { RcCodeAlgorithm algorithm; const char *serial, *code; } cases[] = {
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "Z999", "0060" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "A123", "0086" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "B456", "0709" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "C789", "1621" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "Y020", "1902" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "A100", "0070" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "B000", "0907" },
    { RC_CODE_ALGORITHM_FORD_M, "M123456", "2487" },
    { RC_CODE_ALGORITHM_FORD_M, "M999999", "4968" },
    { RC_CODE_ALGORITHM_FORD_M, "M000000", "1558" },
    { RC_CODE_ALGORITHM_FORD_M, "M000001", "9617" },
    { RC_CODE_ALGORITHM_FORD_M, "M111111", "8691" },
    /* A label's seven digits with a leading 0 are read without it. */
    { RC_CODE_ALGORITHM_FORD_M, "M0123456", "2487" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *code = rc_code_algorithm_compute (cases[i].algorithm, cases[i].serial,
                                                         &error);

      g_assert_no_error (error);
      g_assert_cmpstr (code, ==, cases[i].code);
    }
}

/* Outside a method's domain, no code and a reason: never a guess. */
static void
test_refusals (void)
{
  static const struct {
    RcCodeAlgorithm    algorithm;
    const char        *serial;
    RcCodeMethodError  error;
    const char        *says;
  } cases[] = {
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "A000", RC_CODE_METHOD_ERROR_NO_CODE, "A000 to A099" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "A012", RC_CODE_METHOD_ERROR_NO_CODE, "no code" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "A099", RC_CODE_METHOD_ERROR_NO_CODE, "no code" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "B12", RC_CODE_METHOD_ERROR_OUTSIDE, "three digits" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "B1234", RC_CODE_METHOD_ERROR_OUTSIDE, "B123" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "1234", RC_CODE_METHOD_ERROR_OUTSIDE, "letter" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "b123", RC_CODE_METHOD_ERROR_OUTSIDE, "letter" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "BB23", RC_CODE_METHOD_ERROR_OUTSIDE, "letter" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "M123456", RC_CODE_METHOD_ERROR_OUTSIDE, "precode" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "NI667SM0474796", RC_CODE_METHOD_ERROR_OUTSIDE, "precode" },
    { RC_CODE_ALGORITHM_RENAULT_PRECODE, "", RC_CODE_METHOD_ERROR_OUTSIDE, "precode" },
    { RC_CODE_ALGORITHM_FORD_M, "M1234567", RC_CODE_METHOD_ERROR_OUTSIDE, "first digit is 0" },
    { RC_CODE_ALGORITHM_FORD_M, "V123456", RC_CODE_METHOD_ERROR_OUTSIDE, "M and six digits" },
    { RC_CODE_ALGORITHM_FORD_M, "M12345", RC_CODE_METHOD_ERROR_OUTSIDE, "M and six digits" },
    { RC_CODE_ALGORITHM_FORD_M, "M00123456", RC_CODE_METHOD_ERROR_OUTSIDE, "M and six digits" },
    { RC_CODE_ALGORITHM_FORD_M, "M12345X", RC_CODE_METHOD_ERROR_OUTSIDE, "M and six digits" },
    { RC_CODE_ALGORITHM_FORD_M, "m123456", RC_CODE_METHOD_ERROR_OUTSIDE, "M and six digits" },
    { RC_CODE_ALGORITHM_FORD_M, "B456", RC_CODE_METHOD_ERROR_OUTSIDE, "M and six digits" },
    { RC_CODE_ALGORITHM_FORD_M, "NI667SM0474796", RC_CODE_METHOD_ERROR_OUTSIDE, "M and six digits" },
    { RC_CODE_ALGORITHM_FORD_M, "BP234631987485", RC_CODE_METHOD_ERROR_OUTSIDE, "M and six digits" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *code = rc_code_algorithm_compute (cases[i].algorithm, cases[i].serial,
                                                         &error);

      g_test_message ("%s: %s", cases[i].serial, error != NULL ? error->message : code);
      g_assert_null (code);
      g_assert_error (error, RC_CODE_METHOD_ERROR, (int) cases[i].error);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

/* Which radios have a method is catalog data; these are the facts it must say. */
static void
test_catalog (void)
{
  static const struct { const char *series, *method, *basis; } with[] = {
    { "renault-precode", "renault-precode", "not confirmed by owners' reports" },
    { "ford-mv", "ford-m", "Owners confirm codes computed this way" },
  };
  /* No published method with test vectors exists for these (code-algorithms.md). */
  static const char *without[] = { "nissan-ni", "blaupunkt-bp", "clarion", "pioneer", "vw-audi" };
  GListModel *methods = rc_catalog_get_code_methods (catalog);

  g_assert_cmpuint (g_list_model_get_n_items (methods), ==, G_N_ELEMENTS (with));
  for (guint i = 0; i < G_N_ELEMENTS (with); i++)
    {
      RcSeries *series = rc_catalog_lookup_series (catalog, with[i].series);
      RcCodeMethod *method = rc_catalog_lookup_code_method (catalog, series);

      g_assert_nonnull (method);
      g_assert_cmpstr (rc_code_method_get_id (method), ==, with[i].method);
      g_assert_nonnull (strstr (rc_code_method_get_basis (method), with[i].basis));
      g_assert_nonnull (rc_code_method_get_name (method));
      g_assert_nonnull (rc_code_method_get_covers (method));
      g_assert_nonnull (rc_code_method_get_excludes (method));
      g_assert_nonnull (rc_code_method_get_refused (method));
      /* Trusted from more than one kind of source, and never more than "reported". */
      g_assert_cmpuint (rc_code_method_get_sources (method)->len, >=, 3);
      g_assert_cmpint (rc_code_method_get_confidence (method), ==, RC_CONFIDENCE_REPORTED);
    }
  for (guint i = 0; i < G_N_ELEMENTS (without); i++)
    {
      RcSeries *series = rc_catalog_lookup_series (catalog, without[i]);

      g_assert_nonnull (series);
      if (rc_catalog_lookup_code_method (catalog, series) != NULL)
        g_error ("%s has a code method, but no verified one exists", without[i]);
    }
  g_assert_null (rc_catalog_lookup_code_method (catalog, NULL));
}

static void
test_bad_catalog (void)
{
  static const char *cases[] = {
    /* An algorithm the app does not have. */
    "<catalog><code-method id=\"x\" series=\"renault-precode\" algorithm=\"guess\" "
    "confidence=\"reported\" sources=\"precode-lists\"/></catalog>",
    /* A series with a method already. */
    "<catalog><code-method id=\"x\" series=\"ford-mv\" algorithm=\"ford-m\" "
    "confidence=\"reported\" sources=\"precode-lists\"/></catalog>",
    /* Without its texts: a code is never shown without what it rests on. */
    "<catalog><code-method id=\"x\" series=\"nissan-ni\" algorithm=\"ford-m\" "
    "confidence=\"reported\" sources=\"precode-lists\">\n<name>X</name></code-method></catalog>",
    /* Without sources. */
    "<catalog><code-method id=\"x\" series=\"nissan-ni\" algorithm=\"ford-m\" "
    "confidence=\"reported\"/></catalog>",
    "<catalog><code-method id=\"x\" series=\"no-such\" algorithm=\"ford-m\" "
    "confidence=\"reported\" sources=\"precode-lists\"/></catalog>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RcCatalog) copy = rc_test_load_catalog ();
      g_autoptr(GError) error = NULL;

      g_assert_false (rc_catalog_add_data (copy, "bad.xml", cases[i], -1, &error));
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "bad.xml: "));
      /* Nothing of a rejected method stays behind. */
      g_assert_null (rc_catalog_lookup_code_method (copy, rc_catalog_lookup_series (copy, "nissan-ni")));
    }
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/code-method/vectors", test_vectors);
  g_test_add_func ("/code-method/examples", test_examples);
  g_test_add_func ("/code-method/refusals", test_refusals);
  g_test_add_func ("/code-method/catalog", test_catalog);
  g_test_add_func ("/code-method/bad-catalog", test_bad_catalog);

  return rc_test_run_and_drop (catalog);
}
