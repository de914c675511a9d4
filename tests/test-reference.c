/* test-reference.c — the reference: entries, links, search ranking and why each matched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-reference.h"
#include "rc-reference-item.h"
#include "rc-test-core.h"

static RcCatalog *catalog;
static RcReference *reference;

static void
test_entries (void)
{
  GPtrArray *entries = rc_reference_get_entries (reference);
  guint kinds[RC_ENTRY_N_KINDS] = { 0 };

  /* Every fact the catalog has, once: displays, series, methods, rules, models, FAQ. */
  g_assert_cmpuint (entries->len, >=, 6 + 8 + 4 + 6 + 8 + 9);
  for (guint i = 0; i < entries->len; i++)
    {
      RcEntry *entry = g_ptr_array_index (entries, i);

      g_assert_nonnull (entry->title);
      g_assert_cmpuint (strlen (entry->body), >, 20);
      g_assert_true (g_str_has_prefix (entry->provenance, "Source: "));
      g_assert_true (rc_reference_lookup (reference, entry->id) == entry);
      kinds[entry->kind]++;
      /* Grouped by kind. */
      if (i > 0)
        g_assert_cmpint (entry->kind, >=, ((RcEntry *) g_ptr_array_index (entries, i - 1))->kind);
    }
  for (guint k = 0; k < RC_ENTRY_N_KINDS; k++)
    g_assert_cmpuint (kinds[k], >, 0);
}

static void
test_links_resolve (void)
{
  GPtrArray *entries = rc_reference_get_entries (reference);
  RcEntry *micra, *bp;

  for (guint i = 0; i < entries->len; i++)
    {
      RcEntry *entry = g_ptr_array_index (entries, i);

      for (guint j = 0; j < entry->links->len; j++)
        {
          const char *link = g_ptr_array_index (entry->links, j);

          if (rc_reference_lookup (reference, link) == NULL)
            g_error ("%s links to %s, which is not there", entry->id, link);
        }
    }

  /* A model leads to its series, and a series to its lockout rule. */
  micra = rc_reference_lookup (reference, "model:nissan-micra");
  g_assert_true (g_ptr_array_find_with_equal_func (micra->links, "series:blaupunkt-bp", g_str_equal, NULL));
  bp = rc_reference_lookup (reference, "series:blaupunkt-bp");
  g_assert_true (g_ptr_array_find_with_equal_func (bp->links, "lockout:blaupunkt-hour", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (bp->links, "method:code-card", g_str_equal, NULL));
}

typedef struct
{
  const char *query;
  const char *first;       /* the best result */
  const char *includes;    /* another that must be there, or NULL */
  const char *excludes;    /* one that must not, or NULL */
} Case;

static const Case cases[] = {
  /* A title match ranks above every entry that has the word only in its text. */
  { "presets", "method:presets", "faq:enter-micra", NULL },
  { "wait", "display:wait", "faq:why-wait", "model:nissan-patrol" },
  { "WAIT", "display:wait", "lockout:nissan-page", NULL },
  { "k12", "faq:qashqai-serial", "model:nissan-micra", "model:nissan-note" },
  { "qashqai", "faq:qashqai-serial", "model:nissan-qashqai", "model:nissan-micra" },
  { "secure", "display:secure", NULL, NULL },
  { "part number", "faq:which-number", "series:not-serials", NULL },
  { "blaupunkt", "series:blaupunkt-bp", "faq:not-ni", NULL },
  { "upside down", "faq:right-code-refused", NULL, NULL },
  { "x-trail", "model:nissan-x-trail", "display:error", NULL },
  { "vin dealer", "method:dealer", NULL, "display:code" },
  { "zeppelin", NULL, NULL, NULL },
};

static RcEntry *
entry_of (GPtrArray *found,
          guint      i)
{
  return ((RcMatch *) g_ptr_array_index (found, i))->entry;
}

static void
test_search (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GPtrArray) found = rc_reference_search (reference, c->query);
  gboolean includes = c->includes == NULL, excludes = TRUE;

  if (c->first == NULL)
    {
      g_assert_cmpuint (found->len, ==, 0);
      return;
    }
  g_assert_cmpuint (found->len, >, 0);

  g_assert_cmpstr (entry_of (found, 0)->id, ==, c->first);
  for (guint i = 0; i < found->len; i++)
    {
      RcMatch *match = g_ptr_array_index (found, i);

      includes |= g_strcmp0 (match->entry->id, c->includes) == 0;
      excludes &= g_strcmp0 (match->entry->id, c->excludes) != 0;
      /* Title matches first, then text, then sources; grouped by kind within each. */
      g_assert_cmpint (match->field, <, RC_N_FIELDS);
      if (i > 0)
        {
          RcMatch *previous = g_ptr_array_index (found, i - 1);

          g_assert_cmpint (match->field, >=, previous->field);
          if (match->field == previous->field)
            g_assert_cmpint (match->entry->kind, >=, previous->entry->kind);
        }
    }
  g_assert_true (includes);
  g_assert_true (excludes);
}

/* The same search gives the same order, every time. */
static void
test_search_stable (void)
{
  g_autoptr(GPtrArray) first = rc_reference_search (reference, "code");
  g_autoptr(GPtrArray) again = rc_reference_search (reference, "CODE");

  g_assert_cmpuint (first->len, >, 10);
  g_assert_cmpuint (first->len, ==, again->len);
  for (guint i = 0; i < first->len; i++)
    g_assert_true (entry_of (first, i) == entry_of (again, i));
}

/* Which field each word was found in, and the words around it. */
static void
test_why (void)
{
  g_autoptr(GPtrArray) found = rc_reference_search (reference, "presets");
  RcMatch *title = g_ptr_array_index (found, 0);
  RcMatch *text = NULL;
  g_autofree char *word = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *markup = NULL;

  for (guint i = 0; i < found->len && text == NULL; i++)
    if (g_str_equal (entry_of (found, i)->id, "faq:enter-micra"))
      text = g_ptr_array_index (found, i);
  g_assert_nonnull (text);

  /* In the title: the whole title, the word found marked. */
  g_assert_cmpint (title->field, ==, RC_FIELD_TITLE);
  g_assert_cmpstr (title->excerpts[RC_FIELD_TITLE].text, ==, "Hold Presets 1 and 6");
  word = g_strndup (title->excerpts[RC_FIELD_TITLE].text + title->excerpts[RC_FIELD_TITLE].start,
                    title->excerpts[RC_FIELD_TITLE].end - title->excerpts[RC_FIELD_TITLE].start);
  g_assert_cmpstr (word, ==, "Presets");
  g_assert_null (title->excerpts[RC_FIELD_TEXT].text);
  plain = rc_match_explain (title, RC_FIELD_TITLE, FALSE);
  g_assert_cmpstr (plain, ==, "Matched in the title: Hold Presets 1 and 6");
  markup = rc_match_explain (title, RC_FIELD_TITLE, TRUE);
  g_assert_cmpstr (markup, ==, "Matched in the title: Hold <b>Presets</b> 1 and 6");
  g_assert_null (rc_match_explain (title, RC_FIELD_SOURCES, FALSE));

  /* In the text only: a few words of it around the word found. */
  g_assert_cmpint (text->field, ==, RC_FIELD_TEXT);
  g_assert_null (text->excerpts[RC_FIELD_TITLE].text);
  g_assert_nonnull (strstr (text->excerpts[RC_FIELD_TEXT].text, "presets"));
  g_assert_cmpint (g_ascii_strncasecmp (text->excerpts[RC_FIELD_TEXT].text + text->excerpts[RC_FIELD_TEXT].start,
                                        "presets", 7), ==, 0);
  g_assert_cmpuint (g_utf8_strlen (text->excerpts[RC_FIELD_TEXT].text, -1), <,
                    g_utf8_strlen (text->entry->body, -1));
  g_clear_pointer (&markup, g_free);
  markup = rc_match_explain (text, RC_FIELD_TEXT, TRUE);
  g_assert_true (g_str_has_prefix (markup, "Matched in the text: …"));
  g_assert_nonnull (strstr (markup, " <b>presets</b> "));
}

/* Excerpts, the sources' names and escaping, on a catalog of our own. */
static void
test_why_own_catalog (void)
{
  g_autoptr(RcCatalog) own = rc_catalog_new ();
  g_autoptr(RcReference) small = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  RcMatch *match;
  g_autofree char *markup = NULL;
  g_autofree char *sources = NULL;
  const char *xml =
    "<catalog><source id='s' quality='forum'><name>The Fish &amp; Chips forum</name></source>"
    "<faq id='f' confidence='reported' sources='s'><question>Why &lt;this&gt;?</question>"
    "<answer>one two three four five six   seven\n eight nine ten eleven twelve "
    "thirteen</answer></faq></catalog>";

  rc_catalog_add_data (own, "own.xml", xml, -1, &error);
  g_assert_no_error (error);
  small = rc_reference_new (own);

  /* Runs of white space are one space; cut ends say so. */
  found = rc_reference_search (small, "EIGHT");
  g_assert_cmpuint (found->len, ==, 1);
  match = g_ptr_array_index (found, 0);
  g_assert_cmpstr (match->excerpts[RC_FIELD_TEXT].text, ==,
                   "…three four five six seven eight nine ten eleven twelve thirteen");
  g_clear_pointer (&found, g_ptr_array_unref);
  found = rc_reference_search (small, "two");
  match = g_ptr_array_index (found, 0);
  g_assert_cmpstr (match->excerpts[RC_FIELD_TEXT].text, ==, "one two three four five six seven…");
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Found in the sources' names only: last, and escaped as markup. */
  found = rc_reference_search (small, "chips");
  g_assert_cmpuint (found->len, ==, 1);
  match = g_ptr_array_index (found, 0);
  g_assert_cmpint (match->field, ==, RC_FIELD_SOURCES);
  markup = rc_match_explain (match, RC_FIELD_SOURCES, TRUE);
  g_assert_cmpstr (markup, ==, "Matched in the sources: The Fish &amp; <b>Chips</b> forum");
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Words found in different places: each place says why. */
  found = rc_reference_search (small, "this fish");
  match = g_ptr_array_index (found, 0);
  g_assert_cmpint (match->field, ==, RC_FIELD_TITLE);
  g_assert_cmpstr (match->excerpts[RC_FIELD_TITLE].text, ==, "Why <this>?");
  g_assert_null (match->excerpts[RC_FIELD_TEXT].text);
  sources = rc_match_explain (match, RC_FIELD_SOURCES, FALSE);
  g_assert_cmpstr (sources, ==, "Matched in the sources: The Fish & Chips forum");
}

/* A word given twice counts once, and a search is cut at its limit. */
static void
test_long_search (void)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) presets = rc_reference_search (reference, "presets");

  while (query->len < 1024 * 1024)
    g_string_append (query, "presets ");
  g_string_append (query, "zeppelin");
  found = rc_reference_search (reference, query->str);
  g_assert_cmpuint (found->len, ==, presets->len);
  for (guint i = 0; i < found->len; i++)
    g_assert_true (entry_of (found, i) == entry_of (presets, i));
}

static void
test_has_words (void)
{
  g_assert_false (rc_reference_has_words (""));
  g_assert_false (rc_reference_has_words (" \t "));
  g_assert_false (rc_reference_has_words ("?! — …"));
  g_assert_true (rc_reference_has_words ("x"));
  g_assert_true (rc_reference_has_words ("  Ünïcode "));
}

static void
test_empty_search (void)
{
  g_autoptr(GPtrArray) found = rc_reference_search (reference, "   ");
  GPtrArray *entries = rc_reference_get_entries (reference);

  /* Every entry, grouped by kind as the reference keeps them, with no why. */
  g_assert_cmpuint (found->len, ==, entries->len);
  for (guint i = 0; i < found->len; i++)
    {
      RcMatch *match = g_ptr_array_index (found, i);

      g_assert_true (match->entry == g_ptr_array_index (entries, i));
      g_assert_cmpint (match->field, ==, RC_N_FIELDS);
      for (guint j = 0; j < RC_N_FIELDS; j++)
        g_assert_null (match->excerpts[j].text);
    }
}

/* Each verified method has an entry saying what it covers, what not, how sure and why. */
static void
test_code_methods (void)
{
  static const struct { const char *id, *series, *covers, *excludes, *example; } methods[] = {
    { "code:renault-precode", "series:renault-precode", "Primastar", "A000 to A099",
      "B123 gives the code" },
    { "code:ford-m", "series:ford-mv", "M followed by six digits", "V-series", "M123456 gives the code 2487" },
  };
  GPtrArray *entries = rc_reference_get_entries (reference);
  guint code_entries = 0;

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      RcEntry *entry = rc_reference_lookup (reference, methods[i].id);
      RcEntry *series = rc_reference_lookup (reference, methods[i].series);
      g_autoptr(GPtrArray) found = NULL;
      gboolean listed = FALSE;

      g_assert_nonnull (entry);
      g_assert_cmpint (entry->kind, ==, RC_ENTRY_METHOD);
      g_assert_true (g_str_has_prefix (entry->title, "Computing the Code: "));
      g_assert_nonnull (strstr (entry->body, methods[i].covers));
      g_assert_nonnull (strstr (entry->body, methods[i].excludes));
      g_assert_nonnull (strstr (entry->body, methods[i].example));
      g_assert_nonnull (strstr (entry->body, "If the radio refuses the code: "));
      g_assert_cmpint (entry->confidence, ==, RC_CONFIDENCE_REPORTED);
      g_assert_nonnull (strstr (entry->provenance, "commercial radio-code SDK"));
      /* The method and its radio lead to each other. */
      g_assert_true (g_ptr_array_find_with_equal_func (entry->links, methods[i].series, g_str_equal, NULL));
      g_assert_true (g_ptr_array_find_with_equal_func (series->links, methods[i].id, g_str_equal, NULL));
      found = rc_reference_search (reference, entry->title);
      for (guint j = 0; j < found->len; j++)
        listed |= ((RcMatch *) g_ptr_array_index (found, j))->entry == entry;
      g_assert_true (listed);
    }

  /* None for a radio without a verified method. */
  for (guint i = 0; i < entries->len; i++)
    code_entries += g_str_has_prefix (((RcEntry *) g_ptr_array_index (entries, i))->id, "code:");
  g_assert_cmpuint (code_entries, ==, G_N_ELEMENTS (methods));
  g_assert_false (g_ptr_array_find_with_equal_func (rc_reference_lookup (reference, "series:nissan-ni")->links,
                                                    "code:renault-precode", g_str_equal, NULL));
}

static void
test_bad_faq (void)
{
  g_autoptr(GError) error = NULL;
  const char *xml = "<catalog><faq id='f' confidence='reported' sources='nissan-code-page' "
                    "see='series:nope'><question>Q</question><answer>A</answer></faq></catalog>";

  g_assert_false (rc_catalog_add_data (catalog, "bad.xml", xml, -1, &error));
  g_assert_nonnull (strstr (error->message, "unknown entry “series:nope”"));
}

/* The items a list shows are made once; a search tells each whether, where and in which
 * place it was found, as rc_reference_search() orders the results. */
static void
test_items (void)
{
  GListModel *items = rc_reference_get_items (reference);
  g_autoptr(GPtrArray) found = rc_reference_search (reference, "qashqai");
  g_autoptr(RcReferenceItem) first = NULL;
  guint n_found = 0;

  g_assert_cmpuint (g_list_model_get_n_items (items), ==,
                    rc_reference_get_entries (reference)->len);
  first = g_list_model_get_item (items, 0);
  g_assert_true (rc_reference_item_get_entry (first) ==
                 g_ptr_array_index (rc_reference_get_entries (reference), 0));
  /* Before any search, no item says it was found. */
  g_assert_null (rc_reference_item_get_match (first));

  g_assert_cmpuint (rc_reference_apply_search (reference, "qashqai"), ==, found->len);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RcReferenceItem) item = g_list_model_get_item (items, i);
      const RcMatch *match = rc_reference_item_get_match (item);
      guint rank = rc_reference_item_get_rank (item);

      if (match == NULL)
        {
          g_assert_cmpuint (rank, ==, G_MAXUINT);
          continue;
        }
      n_found++;
      g_assert_cmpuint (rank, <, found->len);
      g_assert_true (((RcMatch *) g_ptr_array_index (found, rank))->entry ==
                     rc_reference_item_get_entry (item));
      g_assert_cmpint (match->field, ==, ((RcMatch *) g_ptr_array_index (found, rank))->field);
    }
  g_assert_cmpuint (n_found, ==, found->len);

  /* A new search, the same items. */
  rc_reference_apply_search (reference, "");
  g_assert_true (g_list_model_get_item (items, 0) == (gpointer) first);
  g_object_unref (first);
  g_assert_cmpint (rc_reference_item_get_match (first)->field, ==, RC_N_FIELDS);
  g_assert_cmpuint (rc_reference_item_get_rank (first), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  rc_test_init_glib (&argc, &argv);
  catalog = rc_test_load_catalog ();
  reference = rc_reference_new (catalog);

  g_test_add_func ("/reference/entries", test_entries);
  g_test_add_func ("/reference/links-resolve", test_links_resolve);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/reference/search/%s", cases[i].query);

      g_strdelimit (path, " ", '-');

      g_test_add_data_func (path, &cases[i], test_search);
    }
  g_test_add_func ("/reference/search-stable", test_search_stable);
  g_test_add_func ("/reference/why", test_why);
  g_test_add_func ("/reference/why-own-catalog", test_why_own_catalog);
  g_test_add_func ("/reference/long-search", test_long_search);
  g_test_add_func ("/reference/has-words", test_has_words);
  g_test_add_func ("/reference/empty-search", test_empty_search);
  g_test_add_func ("/reference/bad-faq", test_bad_faq);
  g_test_add_func ("/reference/code-methods", test_code_methods);
  g_test_add_func ("/reference/items", test_items);

  ret = g_test_run ();
  rc_reference_free (reference);
  g_object_unref (catalog);
  return ret;
}
