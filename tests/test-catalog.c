/* test-catalog.c — reading the catalog, and what a broken one says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rc-catalog.h"
#include "rc-catalog-dump.h"
#include "rc-test-core.h"

static int
compare_strings (const char **a,
                 const char **b)
{
  return strcmp (*a, *b);
}

#define HEAD "<catalog>\n" \
             "<source id=\"s\" quality=\"forum\"><name>A forum</name></source>\n" \
             "<brand id=\"b\"><name>Brand</name></brand>\n"

typedef struct
{
  const char *name;
  const char *xml;
  int         line;      /* the line the error names */
  const char *says;
} BadCase;

static const BadCase bad_cases[] = {
  { "not-xml", "<catalog><series", 1, "" },
  { "wrong-root", "<radios/>", 1, "root element must be <catalog>" },
  { "unknown-element", HEAD "<gadget/>\n</catalog>", 4, "unexpected <gadget>" },
  { "unknown-brand",
    HEAD "<series id=\"x\" brand=\"nope\" confidence=\"reported\" sources=\"s\">\n</series></catalog>",
    5, "unknown brand “nope”" },
  { "unknown-source",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s t\">\n</series></catalog>",
    5, "unknown source “t”" },
  { "missing-sources",
    HEAD "<reject kind=\"part-number\" pattern=\"7\">\n<explanation>x</explanation></reject></catalog>",
    5, "sources" },
  { "bad-confidence",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"sure\" sources=\"s\"/></catalog>",
    4, "confidence “sure”" },
  { "bad-pattern",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\">\n"
    "<name>X</name>\n<format pattern=\"[a-z]\" example=\"a\"><description>d</description></format>"
    "</series></catalog>",
    6, "character class" },
  { "example-mismatch",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\">\n"
    "<name>X</name>\n<format pattern=\"[0-9]{2}\" example=\"123\"><description>d</description></format>"
    "</series></catalog>",
    6, "does not match" },
  { "bad-reject-pattern",
    HEAD "<reject kind=\"part-number\" pattern=\"^7.*\" sources=\"s\">\n<explanation>x</explanation>"
    "</reject></catalog>",
    5, "bad pattern" },
  { "bad-reject-match",
    HEAD "<reject kind=\"part-number\" pattern=\"7\" match=\"end\" sources=\"s\">\n"
    "<explanation>x</explanation></reject></catalog>",
    5, "whole or start" },
  { "bad-rewrite-regex",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\"><name>X</name>\n"
    "<rewrite pattern=\"^(8\" replacement=\"\" length=\"3\"/></series></catalog>",
    5, "missing terminating" },
  { "no-format",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\">\n<name>X</name>\n"
    "</series></catalog>",
    6, "no <format>" },
  { "no-name",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\">\n"
    "<format pattern=\"A\" example=\"A\"><description>d</description></format>\n"
    "</series></catalog>",
    6, "no <name>" },
  { "duplicate-series",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\"><name>X</name>"
    "<format pattern=\"A\" example=\"A\"><description>d</description></format></series>\n"
    "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\"/></catalog>",
    5, "declared twice" },
  { "text-in-wrong-place", HEAD "stray words\n</catalog>", 5, "text is not allowed" },
  { "element-in-text", HEAD "<brand id=\"c\"><name>A <b>bold</b></name></brand></catalog>", 4,
    "may not contain" },
  { "bad-lookalike", HEAD "<lookalike letter=\"o\" digit=\"0\"/></catalog>", 4, "upper-case" },
  { "rewrite-without-length",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\"><name>X</name>\n"
    "<rewrite pattern=\"^8(.*)$\" replacement=\"\\1\"/></series></catalog>",
    5, "length" },
  { "rewrite-not-whole",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\"><name>X</name>\n"
    "<rewrite pattern=\"815(.*)\" replacement=\"\\1\" length=\"3\"/></series></catalog>",
    5, "whole serial" },
  { "rewrite-bad-replacement",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\"><name>X</name>\n"
    "<rewrite pattern=\"^8(.*)$\" replacement=\"$1\" length=\"3\"/></series></catalog>",
    5, "replacement" },
  { "rewrite-unknown-source",
    HEAD "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\"><name>X</name>\n"
    "<rewrite pattern=\"^8(.*)$\" replacement=\"\\1\" length=\"3\" sources=\"t\"/>"
    "</series></catalog>",
    5, "unknown source “t”" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(RcCatalog) catalog = rc_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *where = g_strdup_printf ("broken.xml: Error on line %d char ", c->line);

  g_assert_false (rc_catalog_add_data (catalog, "broken.xml", c->xml, -1, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (!g_str_has_prefix (error->message, where))
    g_error ("expected “%s…”, got: %s", where, error->message);
  g_assert_nonnull (strstr (error->message, c->says));
}

static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCatalog) catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
  static const char *ids[] = {
    "nissan-ni", "blaupunkt-bp", "clarion", "pioneer", "renault-precode", "ford-mv", "vw-audi",
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RcSeries *series = rc_catalog_lookup_series (catalog, ids[i]);

      g_assert_nonnull (series);
      g_assert_nonnull (rc_series_get_name (series));
      g_assert_nonnull (rc_series_get_format_summary (series));
      /* An example is a real serial from a source; Pioneer has none. */
      g_assert_true ((rc_series_get_example (series) == NULL) == g_str_equal (ids[i], "pioneer"));
      /* Every series says where its facts come from. */
      g_assert_cmpuint (rc_series_get_sources (series)->len, >, 0);
    }

  g_assert_false (rc_series_get_detectable (rc_catalog_lookup_series (catalog, "pioneer")));
  g_assert_cmpint (rc_series_get_confidence (rc_catalog_lookup_series (catalog, "nissan-ni")), ==,
                   RC_CONFIDENCE_SINGLE_SOURCE);
  g_assert_cmpuint (rc_catalog_lookalike (catalog, 'O'), ==, '0');
  g_assert_cmpuint (rc_catalog_lookalike (catalog, '8'), ==, 'B');
  /* Both ways: a digit where a letter belongs suggests the first letter given for it. */
  g_assert_cmpuint (rc_catalog_lookalike (catalog, '0'), ==, 'O');
  g_assert_nonnull (rc_catalog_get_label_prefix (catalog));
  g_assert_cmpstr (rc_catalog_get_brand_ids (catalog)[0], ==, "nissan");
  /* The NI and 815CM rewrites say where they come from. */
  for (guint i = 0; i < 2; i++)
    {
      RcSeries *series = rc_catalog_lookup_series (catalog, i == 0 ? "nissan-ni" : "clarion");
      GPtrArray *rewrites = rc_series_get_rewrites (series);
      const RcRule *rule;

      g_assert_cmpuint (rewrites->len, >, 0);
      rule = g_ptr_array_index (rewrites, 0);
      g_assert_cmpuint (rule->sources->len, ==, 1);
      g_assert_cmpstr (((RcSource *) g_ptr_array_index (rule->sources, 0))->id, ==,
                       i == 0 ? "nissan-code-page" : "code-vendors");
      /* What the long form's first two characters may be: digits, or 8 then 1. */
      g_assert_cmphex (rule->heads[0], ==, i == 0 ? RC_FORMAT_DIGITS : rc_format_char_bit ('8'));
      g_assert_cmphex (rule->heads[1], ==, i == 0 ? RC_FORMAT_DIGITS : rc_format_char_bit ('1'));
    }
  g_assert_finalize_object (g_steal_pointer (&catalog));
}

static void
test_minimal (void)
{
  g_autoptr(RcCatalog) catalog = rc_catalog_new ();
  g_autoptr(GError) error = NULL;
  const char *xml =
    HEAD
    "<series id=\"x\" brand=\"b\" confidence=\"official\" sources=\"s\">\n"
    "  <name>  X   series </name>\n"
    "  <format pattern=\"X[0-9]\" example=\"X1\"><description>X and a digit</description></format>\n"
    "</series>\n"
    "</catalog>\n";
  RcSeries *series;

  g_assert_true (rc_catalog_add_data (catalog, "mini.xml", xml, -1, &error));
  g_assert_no_error (error);
  series = rc_catalog_lookup_series (catalog, "x");
  /* White space is collapsed as gettext does for its msgids. */
  g_assert_cmpstr (rc_series_get_name (series), ==, "X series");
  g_assert_cmpstr (rc_series_get_title (series), ==, "Brand — X series");
  g_assert_cmpstr (rc_catalog_lookup_source (catalog, "s")->name, ==, "A forum");
  g_assert_cmpuint (g_list_model_get_n_items (rc_catalog_get_series (catalog)), ==, 1);
}

/* A control character in a text (found by fuzz-catalog) would reach the
 * screen and the terminal: the document is refused. */
static void
test_control_character (void)
{
  g_autoptr(RcCatalog) catalog = rc_catalog_new ();
  g_autoptr(GError) error = NULL;
  const char *xml =
    HEAD
    "<series id=\"x\" brand=\"b\" confidence=\"official\" sources=\"s\">\n"
    "  <name>X\005series</name>\n"
    "  <format pattern=\"X[0-9]\" example=\"X1\"><description>X and a digit</description></format>\n"
    "</series>\n"
    "</catalog>\n";

  g_assert_false (rc_catalog_add_data (catalog, "control.xml", xml, -1, &error));
  g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
  g_assert_nonnull (strstr (error->message, "control character U+0005"));
  g_assert_null (rc_catalog_lookup_series (catalog, "x"));
}

static void
test_missing_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCatalog) catalog = rc_catalog_new_from_resources ("/no/such/place", &error);

  g_assert_null (catalog);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

/* The catalog as its XML says (the numbered files in data/catalog), read
 * from the source folder with the reader. */
static RcCatalog *
load_xml_catalog (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog", NULL);
  g_autoptr(RcCatalog) catalog = rc_catalog_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_ascii_isdigit (name[0]) && g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) compare_strings);
  g_assert_cmpuint (names->len, >, 5);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_get_contents (path, &data, NULL, &error));
      rc_catalog_add_data (catalog, g_ptr_array_index (names, i), data, -1, &error);
      g_assert_no_error (error);
    }
  return g_steal_pointer (&catalog);
}

/* What the app reads at start is the compiled form, and it holds exactly
 * what the XML does: same entries, same text, same order. */
static void
assert_compiled_is_xml (void)
{
  g_autoptr(RcCatalog) xml = load_xml_catalog ();
  g_autoptr(RcCatalog) compiled = rc_test_load_catalog ();
  g_autofree char *from_xml = rc_catalog_dump (xml);
  g_autofree char *from_compiled = rc_catalog_dump (compiled);

  g_assert_true (g_resources_get_info (RC_CATALOG_RESOURCE_PATH "/" RC_CATALOG_COMPILED_NAME,
                                       0, NULL, NULL, NULL));
  rc_catalog_dump_assert_equal (from_compiled, from_xml);
  g_assert_cmpuint (g_list_model_get_n_items (rc_catalog_get_models (compiled)), >, 40);
}

static void
test_compiled (void)
{
  assert_compiled_is_xml ();
}

/* Compiled data that does not fit together is refused with a message. */
static void
test_compiled_damaged (void)
{
  static const char *paths[] = { NULL, NULL };
  static const char *damaged[] = {
    /* A close with nothing open; an element never closed. */
    "[('a.xml', b'catalog', [uint32 99])]",
    "[('a.xml', b'catalog', [uint32 111, 0, 0])]",
    /* More attributes than there are events; an offset outside the strings,
     * and one inside a string. */
    "[('a.xml', b'catalog', [uint32 111, 0, 5, 0])]",
    "[('a.xml', b'catalog', [uint32 111, 50, 0, 99])]",
    "[('a.xml', b'catalog', [uint32 111, 3, 0, 99])]",
    /* Strings that do not end in NUL, or are not UTF-8; an unknown event. */
    "[('a.xml', [byte 0x63, 0x61], [uint32 111, 0, 0, 99])]",
    "[('a.xml', [byte 0xff, 0x00], [uint32 111, 0, 0, 99])]",
    "[('a.xml', b'catalog', [uint32 7])]",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog",
                                                 "00-sources.xml", NULL);
  g_autoptr(GVariant) good = NULL;
  g_autoptr(GError) error = NULL;

  paths[0] = path;
  good = rc_catalog_compile (paths, &error);
  g_assert_no_error (error);
  for (guint i = 0; i <= G_N_ELEMENTS (damaged); i++)
    {
      g_autoptr(GVariant) one = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(RcCatalog) catalog = NULL;

      /* The last case: the good one cut short, no longer a value of the type. */
      if (i < G_N_ELEMENTS (damaged))
        one = g_variant_ref_sink (g_variant_new_parsed (damaged[i]));
      else
        one = g_variant_ref_sink (g_variant_new_from_data (g_variant_get_type (good),
                                                           g_variant_get_data (good),
                                                           g_variant_get_size (good) - 7,
                                                           FALSE, NULL, NULL));
      bytes = g_variant_get_data_as_bytes (one);
      g_clear_error (&error);
      catalog = rc_catalog_new_from_compiled (bytes, &error);
      g_assert_null (catalog);
      g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
      g_test_message ("%s", error->message);
    }
  /* The good one reads. */
  g_clear_error (&error);
  {
    g_autoptr(GBytes) bytes = g_variant_get_data_as_bytes (good);
    g_autoptr(RcCatalog) catalog = rc_catalog_new_from_compiled (bytes, &error);

    g_assert_no_error (error);
    g_assert_nonnull (rc_catalog_lookup_source (catalog, "k11-manual"));
  }
}

/* A compiled document written by hand: its strings, and its events. */
typedef struct
{
  GString *strings;
  GArray  *events;
} Hand;

static void
hand_number (Hand    *hand,
             guint32  number)
{
  g_array_append_val (hand->events, number);
}

static void
hand_string (Hand       *hand,
             const char *text)
{
  hand_number (hand, hand->strings->len);
  g_string_append_len (hand->strings, text, strlen (text) + 1);
}

/* <model id="@id" … series="@series" from="@from"> with a <name>@name</name>, or none. */
static void
hand_model (Hand       *hand,
            const char *id,
            const char *series,
            const char *from,
            const char *name)
{
  const char *attributes[] = {
    "id", id, "make", "Nissan", "chassis", "K11", "from", from, "to", "1995",
    "series", series, "confidence", "official", "sources", "k11-manual",
  };

  hand_number (hand, 'o');
  hand_string (hand, "model");
  hand_number (hand, G_N_ELEMENTS (attributes) / 2);
  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    hand_string (hand, attributes[i]);
  if (name != NULL)
    {
      hand_number (hand, 'o');
      hand_string (hand, "name");
      hand_number (hand, 0);
      hand_number (hand, 't');
      hand_string (hand, name);
      hand_number (hand, 'c');
    }
  hand_number (hand, 'c');
}

/* The sources and series compiled, then one document of two models, each
 * given as (id, series, from, name). */
static RcCatalog *
read_hand_models (const char * const  *first,
                  const char * const  *second,
                  GError             **error)
{
  g_autofree char *sources = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog",
                                                    "00-sources.xml", NULL);
  g_autofree char *series = g_test_build_filename (G_TEST_DIST, "..", "data", "catalog",
                                                   "10-series.xml", NULL);
  const char *paths[] = { sources, series, NULL };
  g_autoptr(GVariant) good = rc_catalog_compile (paths, NULL);
  g_auto(GVariantBuilder) documents = G_VARIANT_BUILDER_INIT (g_variant_get_type (good));
  g_autoptr(GString) strings = g_string_new (NULL);
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
  Hand hand = { strings, events };
  g_autoptr(GVariant) all = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GVariantIter iter;
  GVariant *document;

  g_assert_nonnull (good);
  g_variant_iter_init (&iter, good);
  while ((document = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_variant_builder_add_value (&documents, document);
      g_variant_unref (document);
    }
  hand_number (&hand, 'o');
  hand_string (&hand, "catalog");
  hand_number (&hand, 0);
  hand_model (&hand, first[0], first[1], first[2], first[3]);
  hand_model (&hand, second[0], second[1], second[2], second[3]);
  hand_number (&hand, 'c');
  g_variant_builder_add (&documents, "(s@ay@au)", "90-hand.xml",
                         g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, strings->str,
                                                    strings->len, 1),
                         g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, events->data,
                                                    events->len, sizeof (guint32)));
  all = g_variant_ref_sink (g_variant_builder_end (&documents));
  bytes = g_variant_get_data_as_bytes (all);
  return rc_catalog_new_from_compiled (bytes, error);
}

/* The models of the compiled catalog are checked when it is read, though
 * each is made only when asked for: a damaged one fails the whole read,
 * with the reader's own message. */
static void
test_compiled_models (void)
{
  static const struct
  {
    const char *first[4], *second[4];
    const char *error;   /* NULL: read */
  } cases[] = {
    { { "a", "nissan-ni", "1990", "Car" }, { "b", "nissan-ni clarion", "1991", "Van" }, NULL },
    /* Not in the shape the compiler writes: read element by element. */
    { { "a", "nissan-ni", "1990", "Car" }, { "b", "nissan-ni", "1991", " Van  now " }, NULL },
    { { "a", "nissan-ni", "1990", "Car" }, { "b", "no-such", "1991", "Van" }, "unknown series" },
    { { "a", "nissan-ni", "1990", "Car" }, { "b", "", "1991", "Van" }, "names no series" },
    { { "a", "nissan-ni", "1990", "Car" }, { "a", "nissan-ni", "1991", "Van" }, "declared twice" },
    { { "a", "nissan-ni", "1990", "Car" }, { "b", "nissan-ni", "1999", "Van" }, "in order" },
    { { "a", "nissan-ni", "1990", "Car" }, { "b", "nissan-ni", "1991", NULL }, "has no <name>" },
    { { "a", "nissan-ni", "1990", "Car" }, { "b", "nissan-ni", "1991", "" }, "is empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RcCatalog) catalog = read_hand_models (cases[i].first, cases[i].second, &error);

      g_test_message ("case %u: %s", i, error != NULL ? error->message : "read");
      if (cases[i].error != NULL)
        {
          g_assert_null (catalog);
          g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
          g_assert_nonnull (strstr (error->message, cases[i].error));
          g_assert_nonnull (strstr (error->message, "90-hand.xml"));
        }
      else
        {
          RcModel *second;

          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (rc_catalog_get_models (catalog)), ==, 2);
          second = rc_catalog_lookup_model (catalog, "b");
          g_assert_nonnull (second);
          g_assert_cmpuint (rc_model_get_position (second), ==, 1);
          g_assert_cmpstr (rc_model_get_name (second), ==, i == 0 ? "Van" : "Van now");
          g_assert_cmpstr (rc_model_get_name (rc_catalog_lookup_model (catalog, "a")), ==, "Car");
          g_assert_cmpuint (rc_model_get_series (second)->len, ==, i == 0 ? 2 : 1);
          /* Every model of the document is made: the compiled document is
           * let go, and the models are still found by id. */
          g_assert_true (rc_catalog_lookup_model (catalog, "b") == second);
          g_assert_nonnull (rc_catalog_lookup_model (catalog, "a"));
        }
    }
}

/* With a translation in use, catalog text is read translated; the model's
 * search text follows the translation. Run in a child, as gettext keeps what
 * it has looked up. */
static void
test_translated (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RcCatalog) catalog = NULL;

      rc_test_use_translation ();
      catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (rc_model_get_name (rc_catalog_lookup_model (catalog, "nissan-micra")), ==,
                       "Mikra (xx)");
      /* The owner's answers in step 1 are catalog text too. */
      g_assert_cmpstr (rc_display_get_choice_label (rc_catalog_lookup_display (catalog, "dashes"), 0),
                       ==, "Die Striche blinken (xx)");
      {
        RcModelQuery *query = rc_model_query_new ("mikra");

        g_assert_true (rc_model_query_matches (query, rc_catalog_lookup_model (catalog,
                                                                              "nissan-micra")));
        rc_model_query_free (query);
      }
      /* Untranslated text stays as written. */
      g_assert_cmpstr (rc_model_get_name (rc_catalog_lookup_model (catalog, "nissan-note")), ==,
                       "Note");
      /* The compiled form holds English and is translated as it is read,
       * exactly as the XML is. */
      assert_compiled_is_xml ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Notes that @sources back an instruction of @what; fails when there are none. */
static void
use_sources (GHashTable *used,
             GPtrArray  *sources,
             const char *what)
{
  if (sources == NULL || sources->len == 0)
    g_error ("%s has no source", what);
  for (guint i = 0; i < sources->len; i++)
    g_hash_table_add (used, ((RcSource *) g_ptr_array_index (sources, i))->id);
}

static void
use_rules (GHashTable *used,
           GPtrArray  *rules,
           const char *what)
{
  for (guint i = 0; i < rules->len; i++)
    use_sources (used, ((RcRule *) g_ptr_array_index (rules, i))->sources, what);
}

static void
check_confidence (RcConfidence  confidence,
                  const char   *what)
{
  if (confidence > RC_CONFIDENCE_UNVERIFIED)
    g_error ("%s has no confidence", what);
}

/* The series and the rules that reject numbers. */
static void
use_series (GHashTable *used,
            RcCatalog  *catalog)
{
  GListModel *list = rc_catalog_get_series (catalog);

  use_rules (used, rc_catalog_get_rejects (catalog), "a number that is not a serial");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RcSeries) series = g_list_model_get_item (list, i);
      const char *id = rc_series_get_id (series);

      check_confidence (rc_series_get_confidence (series), id);
      use_sources (used, rc_series_get_sources (series), id);
      use_rules (used, rc_series_get_rewrites (series), id);
      use_rules (used, rc_series_get_rejects (series), id);
      /* How to enter the code is an instruction of its own, with its own sources. */
      if (rc_series_has_entry (series))
        {
          check_confidence (rc_series_get_entry_confidence (series), id);
          use_sources (used, rc_series_get_entry_sources (series), id);
        }
    }
}

typedef const char   *(*IdFunc)         (gpointer entry);
typedef RcConfidence  (*ConfidenceFunc) (gpointer entry);
typedef GPtrArray    *(*SourcesFunc)    (gpointer entry);

/* The catalog's lists of instructions, and how to read an entry's id, how
 * sure it is and its sources. */
static const struct
{
  GListModel     *(*list) (RcCatalog *catalog);
  IdFunc          id;
  ConfidenceFunc  confidence;
  SourcesFunc     sources;
} entry_lists[] = {
  { rc_catalog_get_lockouts, (IdFunc) rc_lockout_rule_get_id,
    (ConfidenceFunc) rc_lockout_rule_get_confidence, (SourcesFunc) rc_lockout_rule_get_sources },
  { rc_catalog_get_models, (IdFunc) rc_model_get_id,
    (ConfidenceFunc) rc_model_get_confidence, (SourcesFunc) rc_model_get_sources },
  { rc_catalog_get_methods, (IdFunc) rc_method_get_id,
    (ConfidenceFunc) rc_method_get_confidence, (SourcesFunc) rc_method_get_sources },
  { rc_catalog_get_displays, (IdFunc) rc_display_get_id,
    (ConfidenceFunc) rc_display_get_confidence, (SourcesFunc) rc_display_get_sources },
  { rc_catalog_get_code_methods, (IdFunc) rc_code_method_get_id,
    (ConfidenceFunc) rc_code_method_get_confidence, (SourcesFunc) rc_code_method_get_sources },
};

/* Lockout rules, models, ways to find the serial, what the display says, the
 * computed codes, and the questions. */
static void
use_entries (GHashTable *used,
             RcCatalog  *catalog)
{
  GPtrArray *faqs = rc_catalog_get_faqs (catalog);

  for (guint k = 0; k < G_N_ELEMENTS (entry_lists); k++)
    {
      GListModel *list = entry_lists[k].list (catalog);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(GObject) entry = g_list_model_get_item (list, i);
          const char *id = entry_lists[k].id (entry);

          check_confidence (entry_lists[k].confidence (entry), id);
          use_sources (used, entry_lists[k].sources (entry), id);
        }
    }

  for (guint i = 0; i < faqs->len; i++)
    {
      RcFaq *faq = g_ptr_array_index (faqs, i);

      check_confidence (faq->confidence, faq->id);
      use_sources (used, faq->sources, faq->id);
    }
}

/* Every instruction the app can show rests on a source and says how sure it is, and every
 * source the catalog declares backs something. */
static void
test_provenance (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCatalog) catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) declared = NULL;

  g_assert_no_error (error);
  use_series (used, catalog);
  use_entries (used, catalog);
  declared = rc_catalog_list_sources (catalog);
  g_assert_cmpuint (declared->len, >, 0);
  for (guint i = 0; i < declared->len; i++)
    {
      const RcSource *source = g_ptr_array_index (declared, i);

      if (!g_hash_table_contains (used, source->id))
        g_error ("source “%s” backs nothing in the catalog", source->id);
      /* Sources say what they are, not “the original page”. */
      g_assert_null (strstr (source->name, "original"));
    }
}

/* A document that adds one of everything a catalog holds, then fails at
 * @tail: everything it added must go, and nothing earlier documents added. */
#define EVERYTHING \
  "<catalog>\n" \
  "<source id=\"new-src\" quality=\"forum\"><name>A new forum</name></source>\n" \
  "<brand id=\"new-brand\"><name>New brand</name></brand>\n" \
  "<label-prefix pattern=\"^NR\"/>\n" \
  "<lookalike letter=\"T\" digit=\"7\"/>\n" \
  "<reject kind=\"part-number\" pattern=\"99[0-9]\" sources=\"new-src\">" \
  "<explanation>Not a serial</explanation></reject>\n" \
  "<series id=\"new-series\" brand=\"new-brand\" confidence=\"reported\" sources=\"new-src\">" \
  "<name>New</name><format pattern=\"N[0-9]\" example=\"N1\"><description>N and a digit" \
  "</description></format></series>\n" \
  "<lockout id=\"new-lockout\" default-for=\"new-series\" confidence=\"reported\" " \
  "sources=\"new-src\" attempts=\"3\" wait=\"1h\" power=\"acc\" power-cut=\"restarts\">" \
  "<name>New rule</name><condition>Wait.</condition></lockout>\n" \
  "<model id=\"new-model\" make=\"Make\" chassis=\"N1\" from=\"2000\" to=\"2001\" " \
  "series=\"new-series\" confidence=\"reported\" sources=\"new-src\"><name>Car</name></model>\n" \
  "<method id=\"new-method\" minutes=\"5\" confidence=\"reported\" series=\"new-series\" " \
  "models=\"new-model\" sources=\"new-src\"><title>Look</title><summary>Look.</summary>" \
  "<step>Look.</step><figure illustration=\"vin\"><alt>A car</alt></figure></method>\n" \
  "<display id=\"new-display\" words=\"NEW\" next=\"code\" confidence=\"reported\" " \
  "sources=\"new-src\"><name>NEW</name><meaning>New.</meaning><action>Go.</action></display>\n" \
  "<code-method id=\"new-code\" series=\"new-series\" algorithm=\"ford-m\" " \
  "confidence=\"reported\" sources=\"new-src\"><name>N</name><basis>B</basis>" \
  "<covers>C</covers><excludes>E</excludes><refused>R</refused></code-method>\n" \
  "<faq id=\"new-faq\" confidence=\"reported\" sources=\"new-src\" see=\"model:new-model\">" \
  "<question>Q?</question><answer>A.</answer></faq>\n"

static const char *failing_tails[] = {
  /* After the last entry. */
  "<gadget/></catalog>",
  /* Inside a brand that already has its name, and inside a source. */
  "<brand id=\"half-brand\"><name>Half</name><gadget/></brand></catalog>",
  "<source id=\"half-src\" quality=\"forum\"><name>Half</name><gadget/></source></catalog>",
  /* Inside entries being read. */
  ("<series id=\"half\" brand=\"new-brand\" confidence=\"reported\" sources=\"new-src\">"
   "<name>Half</name><reject kind=\"part-number\" pattern=\"1\" sources=\"new-src\">"
   "<explanation>x</explanation></reject><gadget/></series></catalog>"),
  ("<model id=\"half\" make=\"M\" chassis=\"\" from=\"2000\" to=\"2001\" series=\"new-series\" "
   "confidence=\"reported\" sources=\"new-src\"><name>Half</name><gadget/></model></catalog>"),
  /* Not even well-formed at the end. */
  "<faq id=\"x\"",
};

static void
test_rollback (void)
{
  g_autoptr(RcCatalog) catalog = rc_test_load_catalog ();
  g_autofree char *before = rc_catalog_dump (catalog);

  for (guint i = 0; i < G_N_ELEMENTS (failing_tails); i++)
    {
      g_autofree char *xml = g_strconcat (EVERYTHING, failing_tails[i], NULL);
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (rc_catalog_add_data (catalog, "bad.xml", xml, -1, &error));
      g_assert_nonnull (error);
      after = rc_catalog_dump (catalog);
      rc_catalog_dump_assert_equal (after, before);
      /* Nor is anything left where the dump does not look: a brand's name
       * without the brand, a source being read. */
      g_assert_null (rc_catalog_get_brand_name (catalog, "half-brand"));
      g_assert_null (rc_catalog_lookup_source (catalog, "half-src"));
    }

  /* The same document without its failing tail is good and adds everything,
   * so the comparison above would have seen what a failed one left behind. */
  {
    g_autofree char *xml = g_strconcat (EVERYTHING, "</catalog>", NULL);
    g_autofree char *after = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (rc_catalog_add_data (catalog, "good.xml", xml, -1, &error));
    g_assert_no_error (error);
    after = rc_catalog_dump (catalog);
    g_assert_cmpstr (after, !=, before);
    for (const char *id = "new-src"; id != NULL; id = NULL)
      g_assert_nonnull (strstr (after, id));
    g_assert_nonnull (rc_catalog_lookup_model (catalog, "new-model"));
    g_assert_nonnull (rc_catalog_lookup_display (catalog, "new-display"));
  }
  g_assert_finalize_object (g_steal_pointer (&catalog));
}

/* A text element given twice is read, and the first text is not lost track
 * of (valgrind or ASan sees a leak if it is). */
static void
test_repeated_text (void)
{
  g_autoptr(RcCatalog) catalog = rc_catalog_new ();
  g_autoptr(GError) error = NULL;
  const char *xml =
    "<catalog><source id=\"s\" quality=\"forum\"><name>One</name><name>Two</name></source>\n"
    "<brand id=\"b\"><name>One</name><name>Two</name></brand>\n"
    "<series id=\"x\" brand=\"b\" confidence=\"reported\" sources=\"s\"><name>X</name>"
    "<format pattern=\"X\" example=\"X\"><description>d</description></format></series>\n"
    "<method id=\"m\" minutes=\"5\" confidence=\"reported\" series=\"x\" sources=\"s\">"
    "<title>T</title><summary>S</summary><step>Look.</step><figure illustration=\"vin\">"
    "<alt>One</alt><alt>Two</alt><caption>One</caption><caption>Two</caption></figure></method>\n"
    "<faq id=\"f\" confidence=\"reported\" sources=\"s\"><question>One</question>"
    "<question>Two</question><answer>One</answer><answer>Two</answer></faq></catalog>";
  RcFigure *figure;
  RcFaq *faq;

  g_assert_true (rc_catalog_add_data (catalog, "twice.xml", xml, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rc_catalog_lookup_source (catalog, "s")->name, ==, "Two");
  g_assert_cmpstr (rc_catalog_get_brand_name (catalog, "b"), ==, "Two");
  figure = g_ptr_array_index (rc_method_get_figures (rc_catalog_lookup_method (catalog, "m")), 0);
  g_assert_cmpstr (figure->alt, ==, "Two");
  g_assert_cmpstr (figure->caption, ==, "Two");
  faq = g_ptr_array_index (rc_catalog_get_faqs (catalog), 0);
  g_assert_cmpstr (faq->question, ==, "Two");
  g_assert_cmpstr (faq->answer, ==, "Two");
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);

  g_test_add_func ("/catalog/builtin", test_builtin);
  g_test_add_func ("/catalog/provenance", test_provenance);
  g_test_add_func ("/catalog/minimal", test_minimal);
  g_test_add_func ("/catalog/control-character", test_control_character);
  g_test_add_func ("/catalog/missing-resource", test_missing_resource);
  g_test_add_func ("/catalog/translated", test_translated);
  g_test_add_func ("/catalog/rollback", test_rollback);
  g_test_add_func ("/catalog/compiled", test_compiled);
  g_test_add_func ("/catalog/compiled-damaged", test_compiled_damaged);
  g_test_add_func ("/catalog/compiled-models", test_compiled_models);
  g_test_add_func ("/catalog/repeated-text", test_repeated_text);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/error/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }

  return g_test_run ();
}
