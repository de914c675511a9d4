/* test-reference.c — the reference: entries, links, and search ranking and grouping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-reference.h"
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
  { "wait", "display:wait", "faq:why-wait", "model:nissan-patrol" },
  { "WAIT", "display:wait", "lockout:nissan-page", NULL },
  { "k12", "faq:qashqai-serial", "model:nissan-micra", "model:nissan-note" },
  { "qashqai", "faq:qashqai-serial", "model:nissan-qashqai", "model:nissan-micra" },
  { "secure", "display:secure", NULL, NULL },
  { "part number", "faq:which-number", "series:not-serials", NULL },
  { "blaupunkt", "display:dashes", "series:blaupunkt-bp", NULL },
  { "upside down", "faq:right-code-refused", NULL, NULL },
  { "x-trail", "display:error", "model:nissan-x-trail", NULL },
  { "vin dealer", "method:dealer", NULL, "display:code" },
  { "zeppelin", NULL, NULL, NULL },
};

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

  /* Grouped by kind, so "first" is the best of the first group that matched. */
  g_assert_cmpstr (((RcEntry *) g_ptr_array_index (found, 0))->id, ==, c->first);
  for (guint i = 0; i < found->len; i++)
    {
      RcEntry *entry = g_ptr_array_index (found, i);

      includes |= g_strcmp0 (entry->id, c->includes) == 0;
      excludes &= g_strcmp0 (entry->id, c->excludes) != 0;
      if (i > 0)
        g_assert_cmpint (entry->kind, >=, ((RcEntry *) g_ptr_array_index (found, i - 1))->kind);
    }
  g_assert_true (includes);
  g_assert_true (excludes);
}

static void
test_empty_search (void)
{
  g_autoptr(GPtrArray) found = rc_reference_search (reference, "   ");

  g_assert_cmpuint (found->len, ==, rc_reference_get_entries (reference)->len);
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

      g_test_add_data_func (path, &cases[i], test_search);
    }
  g_test_add_func ("/reference/empty-search", test_empty_search);
  g_test_add_func ("/reference/bad-faq", test_bad_faq);

  ret = g_test_run ();
  rc_reference_free (reference);
  g_object_unref (catalog);
  return ret;
}
