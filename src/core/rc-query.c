/* rc-query.c — what a search says when only its start was read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model table and the reference read a search up to a length
 * (RC_MODEL_QUERY_MAX_LENGTH, RC_REFERENCE_MAX_QUERY). The command line and
 * the window say so in the same words.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-query.h"

/**
 * rc_query_describe_cut:
 * @text: the search as typed, UTF-8
 * @max_chars: how many characters of it are read
 *
 * Returns: (transfer full) (nullable): a sentence saying only the first
 *   @max_chars characters were searched, or %NULL when @text is no longer
 */
char *
rc_query_describe_cut (const char *text,
                       guint       max_chars)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (g_utf8_strlen (text, -1) <= (glong) max_chars)
    return NULL;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The search is long: only its first %u character is used.",
                                       "The search is long: only its first %u characters are used.",
                                       max_chars),
                          max_chars);
}
