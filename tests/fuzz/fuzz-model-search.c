/* fuzz-model-search.c — a search typed in the model table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is what is typed; a NUL byte in it separates the search typed
 * before from the one typed now (without one, the one before is the same
 * search less its last byte, as when a key is typed). Both are matched
 * against every car of the real catalog, as the table's filter does.
 */

#define G_LOG_DOMAIN "radio-code-fuzz"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"

static guint
count_matches (const RcModelQuery *query,
               GListModel         *models)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models, i);

      n += rc_model_query_matches (query, model);
    }
  return n;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GListModel *models = rc_catalog_get_models (rc_fuzz_get_catalog ());
  g_auto(GStrv) parts = rc_fuzz_split (data, size, 2);
  g_autoptr(RcModelQuery) previous = NULL;
  g_autoptr(RcModelQuery) query = NULL;
  g_autofree char *before = NULL;
  g_autofree char *folded = NULL;
  const char *now;
  guint n_models = g_list_model_get_n_items (models);
  guint n_now, n_before;

  if (parts[1] != NULL)
    {
      before = g_strdup (parts[0]);
      now = parts[1];
    }
  else
    {
      now = parts[0];
      before = g_strndup (now, strlen (now) > 0 ? strlen (now) - 1 : 0);
    }

  folded = rc_model_fold (now);
  g_assert_nonnull (folded);
  if (g_utf8_validate (now, -1, NULL))
    g_assert_true (g_utf8_validate (folded, -1, NULL));

  query = rc_model_query_new (now);
  previous = rc_model_query_new (before);
  n_now = count_matches (query, models);
  n_before = count_matches (previous, models);

  /* An empty search shows every car; a search cut short says so. */
  if (rc_model_query_is_empty (query))
    g_assert_cmpuint (n_now, ==, n_models);
  if (!rc_model_query_is_truncated (query) && g_utf8_validate (now, -1, NULL))
    g_assert_cmpuint (g_utf8_strlen (now, -1), <=, RC_MODEL_QUERY_MAX_LENGTH);

  /* The table filters only what the last search showed when the new one narrows it:
   * that is only right when narrowing never finds a car the last one missed. */
  if (rc_model_query_narrows (query, previous))
    {
      g_assert_cmpuint (n_now, <=, n_before);
      for (guint i = 0; i < n_models; i++)
        {
          g_autoptr(RcModel) model = g_list_model_get_item (models, i);

          if (rc_model_query_matches (query, model))
            g_assert_true (rc_model_query_matches (previous, model));
        }
    }
  return 0;
}
