/* fuzz-reference.c — a search of the reference, from the app or from GNOME Shell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is cut at NUL bytes into search terms, joined with spaces as the
 * Shell search provider joins them. Every entry found is explained, as plain
 * text and as markup, the way the Reference section shows it.
 */

#define G_LOG_DOMAIN "radio-code-fuzz"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "rc-reference.h"

static RcReference *
get_reference (void)
{
  static RcReference *reference;

  if (reference == NULL)
    reference = rc_reference_new (rc_fuzz_get_catalog ());
  return reference;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  RcReference *reference = get_reference ();
  g_auto(GStrv) terms = rc_fuzz_split (data, size, 32);
  g_autofree char *text = g_strjoinv (" ", terms);
  g_autoptr(GPtrArray) found = NULL;
  gboolean has_words = rc_reference_has_words (text);

  found = rc_reference_search (reference, text);
  g_assert_nonnull (found);
  /* No words (spaces, a tab, "?", "-"): every entry, which the Shell provider must not answer. */
  if (!has_words)
    g_assert_cmpuint (found->len, ==, rc_reference_get_entries (reference)->len);

  for (guint i = 0; i < found->len; i++)
    {
      RcMatch *match = g_ptr_array_index (found, i);

      g_assert_nonnull (match->entry);
      g_assert_true (rc_reference_lookup (reference, match->entry->id) == match->entry);
      /* Found for a word: the word is somewhere in it. */
      g_assert_true ((match->field < RC_N_FIELDS) == has_words);
      for (RcField field = 0; field < RC_N_FIELDS; field++)
        {
          const RcExcerpt *excerpt = &match->excerpts[field];
          g_autofree char *plain = rc_match_explain (match, field, FALSE);
          g_autofree char *markup = rc_match_explain (match, field, TRUE);

          g_assert_true ((plain == NULL) == (excerpt->text == NULL));
          if (excerpt->text == NULL)
            continue;
          g_assert_cmpuint (excerpt->start, <=, excerpt->end);
          g_assert_cmpuint (excerpt->end, <=, strlen (excerpt->text));
          rc_fuzz_check_text (plain);
          rc_fuzz_check_markup (markup);
        }
    }
  return 0;
}
