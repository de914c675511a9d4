/* rc-cli.c — what the command line prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit codes: 0 the serial is valid (or something was found), 1 it is not
 * (or nothing was), 2 the command was wrong.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rc-cli.h"
#include "rc-code-result.h"
#include "rc-reference.h"
#include "rc-serial.h"

/* Makes @text safe to print to a terminal: control characters are shown as
 * their U+ code point, and text beyond @max_chars is cut with an ellipsis. */
char *
rc_cli_printable (const char *text,
                  gsize       max_chars)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gsize n = 0;

  if (!g_utf8_validate (text, -1, NULL))
    return g_strdup ("?");

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (g_unichar_iscntrl (c) || !g_unichar_isprint (c))
        g_string_append_printf (out, "U+%04X", c);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Looks up the series named by --series; FALSE, and says so, for one that does not exist. */
static gboolean
find_series (RcCatalog   *catalog,
             const char  *series_id,
             RcSeries   **series)
{
  g_autofree char *id = NULL;

  *series = series_id != NULL ? rc_catalog_lookup_series (catalog, series_id) : NULL;
  if (series_id == NULL || *series != NULL)
    return TRUE;

  id = rc_cli_printable (series_id, 40);
  g_printerr (_("There is no radio series “%s”. "
                "Run radio-code --list-series to see them.\n"), id);
  return FALSE;
}

int
rc_cli_check (RcCatalog  *catalog,
              const char *serial,
              const char *series_id)
{
  g_autoptr(RcSerialCheck) check = NULL;
  g_autofree char *shown = NULL;
  RcSeries *series = NULL;
  RcSeries *found;
  GPtrArray *notes;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), 2);
  g_return_val_if_fail (serial != NULL, 2);

  if (!find_series (catalog, series_id, &series))
    return 2;

  check = rc_serial_check (catalog, series, serial);
  shown = rc_cli_printable (rc_serial_check_get_serial (check), 64);
  found = rc_serial_check_get_series (check);

  g_print ("%s %s\n", _("Serial:"), shown[0] != '\0' ? shown : _("(none)"));
  if (found != NULL)
    g_print ("%s %s (%s)\n", _("Series:"), rc_series_get_title (found),
             rc_series_get_id (found));
  else
    g_print ("%s %s\n", _("Series:"), _("not recognised"));
  g_print ("%s %s: %s\n", _("Verdict:"),
           rc_serial_verdict_to_string (rc_serial_check_get_verdict (check)),
           rc_serial_check_get_summary (check));
  g_print ("%s\n", rc_serial_check_get_explanation (check));

  notes = rc_serial_check_get_notes (check);
  for (guint i = 0; i < notes->len; i++)
    g_print ("%s %s\n", _("Note:"), (const char *) g_ptr_array_index (notes, i));

  return rc_serial_check_get_verdict (check) == RC_SERIAL_VALID ? 0 : 1;
}

int
rc_cli_list_series (RcCatalog *catalog)
{
  GListModel *all;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), 2);

  all = rc_catalog_get_series (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(RcSeries) series = g_list_model_get_item (all, i);

      g_autofree char *example = rc_series_describe_example (series);

      g_print ("%-16s %s\n", rc_series_get_id (series), rc_series_get_title (series));
      g_print ("%-16s %s — %s\n", "", rc_series_get_format_summary (series), example);
    }

  return 0;
}

int
rc_cli_find_model (RcCatalog  *catalog,
                   const char *text)
{
  g_autoptr(RcModelQuery) query = NULL;
  GListModel *models;
  guint found = 0;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), 2);
  g_return_val_if_fail (text != NULL, 2);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_printerr ("%s\n", _("The search is not readable text."));
      return 2;
    }

  query = rc_model_query_new (text);
  models = rc_catalog_get_models (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models, i);
      GPtrArray *series = rc_model_get_series (model);

      if (!rc_model_query_matches (query, model))
        continue;

      found++;
      g_print ("%s\t%s\t%s\t%s\t", rc_model_get_make (model), rc_model_get_name (model),
               rc_model_get_chassis (model), rc_model_get_years (model));
      for (guint j = 0; j < series->len; j++)
        g_print ("%s%s", j > 0 ? " " : "", rc_series_get_id (g_ptr_array_index (series, j)));
      g_print ("\n");
    }

  if (found == 0)
    {
      g_autofree char *shown = rc_cli_printable (text, 40);

      g_printerr (_("No model matches “%s”.\n"), shown);
    }
  return found > 0 ? 0 : 1;
}

/* The lines of @text, blank ones left out: in what --reference prints, a
 * blank line only ever stands between two entries. */
static void
print_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][strspn (lines[i], " \t")] != '\0')
      g_print ("%s\n", lines[i]);
}

static void
print_match (const RcMatch *match)
{
  RcEntry *entry = match->entry;
  g_autofree char *sources = rc_sources_describe (entry->sources);

  g_print ("%s\n", entry->title);
  g_print ("%s %s\n", _("Kind:"), rc_entry_kind_describe (entry->kind));
  for (RcField field = 0; field < RC_N_FIELDS; field++)
    {
      g_autofree char *why = rc_match_explain (match, field, FALSE);

      if (why != NULL)
        g_print ("%s\n", why);
    }
  print_lines (entry->body);
  /* Translators: how sure an entry is in a word or two, then in a sentence */
  g_print (_("Confidence: %s — %s\n"), rc_confidence_get_name (entry->confidence),
           rc_confidence_describe (entry->confidence));
  g_print ("%s %s\n", _("Sources:"), sources);
}

/* Prints every reference entry that matches @text, in the order of the
 * Reference section. */
int
rc_cli_reference (RcCatalog  *catalog,
                  const char *text)
{
  g_autoptr(RcReference) reference = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), 2);
  g_return_val_if_fail (text != NULL, 2);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_printerr ("%s\n", _("The search is not readable text."));
      return 2;
    }
  if (!rc_reference_has_words (text))
    {
      g_printerr ("%s\n", _("Say what to look for, such as radio-code --reference WAIT."));
      return 2;
    }
  if (g_utf8_strlen (text, -1) > RC_REFERENCE_MAX_QUERY)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "The search is long: only its first %d character is used.\n",
                             "The search is long: only its first %d characters are used.\n",
                             RC_REFERENCE_MAX_QUERY),
                RC_REFERENCE_MAX_QUERY);

  reference = rc_reference_new (catalog);
  found = rc_reference_search (reference, text);
  for (guint i = 0; i < found->len; i++)
    {
      if (i > 0)
        g_print ("\n");
      print_match (g_ptr_array_index (found, i));
    }

  if (found->len == 0)
    {
      g_autofree char *shown = rc_cli_printable (text, 40);

      g_printerr (_("Nothing in the reference matches “%s”.\n"), shown);
    }
  return found->len > 0 ? 0 : 1;
}

/* “Series: Ford — M and V series (ford-mv)”, or that it was not recognised. */
static void
print_series (RcSeries *series)
{
  if (series != NULL)
    g_print ("%s %s (%s)\n", _("Series:"), rc_series_get_title (series),
             rc_series_get_id (series));
  else
    g_print ("%s %s\n", _("Series:"), _("not recognised"));
}

/**
 * rc_cli_code:
 * @series_id: (nullable): the series to read @serial as, or %NULL to recognise it
 *
 * Prints the serial as read, its series, the method and how far it is
 * trusted, and “Code: NNNN” on a line of its own; or, when there is no
 * code, why, with no Code: line at all.
 *
 * Returns: 0 with a code, 1 without one, 2 for a series that does not exist
 */
int
rc_cli_code (RcCatalog  *catalog,
             const char *serial,
             const char *series_id)
{
  g_autoptr(RcCodeResult) result = NULL;
  g_autofree char *shown = NULL;
  RcSeries *series = NULL;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), 2);
  g_return_val_if_fail (serial != NULL, 2);

  if (!find_series (catalog, series_id, &series))
    return 2;

  result = rc_code_result_new (catalog, series, serial);
  shown = rc_cli_printable (result->serial, 64);
  g_print ("%s %s\n", _("Serial:"), shown[0] != '\0' ? shown : _("(none)"));
  for (guint i = 0; i < result->notes->len; i++)
    g_print ("%s %s\n", _("Note:"), (const char *) g_ptr_array_index (result->notes, i));
  print_series (result->series);

  if (result->method != NULL)
    {
      g_autofree char *sources = rc_sources_describe (rc_code_method_get_sources (result->method));

      g_print ("%s %s (%s)\n", _("Method:"), rc_code_method_get_name (result->method),
               rc_code_method_get_id (result->method));
      g_print (_("Confidence: %s — %s\n"),
               rc_confidence_get_name (rc_code_method_get_confidence (result->method)),
               rc_confidence_describe (rc_code_method_get_confidence (result->method)));
      g_print ("%s %s\n", _("Based on:"), rc_code_method_get_basis (result->method));
      g_print ("%s %s\n", _("Sources:"), sources);
    }

  if (result->outcome != RC_CODE_COMPUTED)
    {
      g_print ("%s %s\n", _("No code:"), result->reason);
      return 1;
    }

  g_print ("%s %s\n", _("If the radio refuses it:"), rc_code_method_get_refused (result->method));
  /* Scripts read this line; its words stay as they are in every language. */
  g_print ("Code: %s\n", result->code);
  return 0;
}
