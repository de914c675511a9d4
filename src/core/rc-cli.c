/* rc-cli.c — what the command line prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit codes: 0 the serial is valid (or something was found), 1 it is not
 * (or nothing was), 2 the command was wrong.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "rc-cli.h"
#include "rc-code-result.h"
#include "rc-query.h"
#include "rc-radio.h"
#include "rc-reference.h"
#include "rc-serial.h"
#include "rc-text.h"

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

/* Writes @text, which is UTF-8, in the character set of the locale. Where
 * that set lacks a character, GLib's own printing puts a "?" in its place,
 * which under LC_ALL=C turns every dash and quotation mark of the messages
 * into one; a line that cannot be written as it is goes out spelled in ASCII
 * ("--", "\"") instead. */
static void
write_in_locale (const char *text,
                 FILE       *stream)
{
  const char *charset;
  g_autofree char *local = NULL;

  if (g_get_charset (&charset))
    {
      fputs (text, stream);
    }
  else if ((local = g_convert (text, -1, charset, "UTF-8", NULL, NULL, NULL)) != NULL)
    {
      fputs (local, stream);
    }
  else
    {
      g_autofree char *ascii = g_str_to_ascii (text, "C");

      fputs (ascii, stream);
    }
  fflush (stream);
}

static void
print_out (const char *text)
{
  write_in_locale (text, stdout);
}

static void
print_err (const char *text)
{
  write_in_locale (text, stderr);
}

/* Makes g_print() and g_printerr() write readable text in any locale, for
 * the whole process: the command line's lines and GLib's own --help. */
void
rc_cli_setup_printing (void)
{
  g_set_print_handler (print_out);
  g_set_printerr_handler (print_err);
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

/* “Serial: BP234631987485”, the serial as read and made printable. */
static void
print_serial (const char *shown)
{
  if (shown[0] == '\0')
    g_print ("%s", _("Serial: (none)\n"));
  else
    /* Translators: the serial as the app read it, e.g. “Serial: BP234631987485” */
    g_print (_("Serial: %s\n"), shown);
}

/* “Series: Ford — M and V series (ford-mv)”, or that it was not recognised. */
static void
print_series (RcSeries *series)
{
  if (series != NULL)
    /* Translators: a radio series' name, then in brackets its id, which stays as it is
     * (it is what --series takes), e.g. “Series: Ford — M and V series (ford-mv)” */
    g_print (_("Series: %s (%s)\n"), rc_series_get_title (series), rc_series_get_id (series));
  else
    g_print ("%s", _("Series: not recognised\n"));
}

static void
print_note (const char *note)
{
  /* Translators: a remark on the serial or the code, a whole sentence or two */
  g_print (_("Note: %s\n"), note);
}

/* The verdict in a few words (“Too long”); the exit status tells scripts whether it is valid. */
static void
print_verdict (const char *summary)
{
  /* Translators: --check's verdict on the serial in a few words, e.g. “Valid”,
   * “Valid for more than one radio”, “Incomplete — 5 of 14 characters”, “Too long”,
   * “Not a serial” or “No serial yet” */
  g_print (_("Verdict: %s\n"), summary);
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

  print_serial (shown);
  print_series (found);
  print_verdict (rc_serial_check_get_summary (check));
  g_print ("%s\n", rc_serial_check_get_explanation (check));

  notes = rc_serial_check_get_notes (check);
  for (guint i = 0; i < notes->len; i++)
    print_note (g_ptr_array_index (notes, i));

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

      /* Translators: one radio series in --list-series: its id (what --series takes; it stays
       * as it is) padded to 16 columns, then its name; on the next line, indented by 17
       * spaces, its serial format (“NI, then 3 digits, 2 letters and 7 digits — 14
       * characters”), then a sentence with an example (“For example NI667SM0474796.”).
       * Keep the spaces. */
      G_GNUC_EXTENSION g_print (_("%1$-16s %2$s\n"
                                  "                 %3$s. %4$s\n"),
                                rc_series_get_id (series), rc_series_get_title (series),
                                rc_series_get_format_summary (series), example);
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
  if (rc_model_query_is_truncated (query))
    {
      g_autofree char *cut = rc_query_describe_cut (text, RC_MODEL_QUERY_MAX_LENGTH);

      g_printerr ("%s\n", cut);
    }
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
print_sources (const char *sources)
{
  /* Translators: the sources of an entry or a method, each with its kind, e.g.
   * “Sources: A forum (owner forum report); A manual (manufacturer's manual)” */
  g_print (_("Sources: %s\n"), sources);
}

static void
print_match (const RcMatch *match)
{
  RcEntry *entry = match->entry;
  g_autofree char *sources = rc_sources_describe (entry->sources);

  g_print ("%s\n", entry->title);
  /* Translators: what kind of reference entry this is, e.g. “Kind: Display message” */
  g_print (_("Kind: %s\n"), rc_entry_kind_describe (entry->kind));
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
  print_sources (sources);
}

/* Prints every reference entry that matches @text, in the order of the
 * Reference section. */
int
rc_cli_reference (RcCatalog  *catalog,
                  const char *text)
{
  g_autoptr(RcReference) reference = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *cut = NULL;

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
  if ((cut = rc_query_describe_cut (text, RC_REFERENCE_MAX_QUERY)) != NULL)
    g_printerr ("%s\n", cut);

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
  print_serial (shown);
  for (guint i = 0; i < result->notes->len; i++)
    print_note (g_ptr_array_index (result->notes, i));
  print_series (result->series);

  if (result->method != NULL)
    {
      g_autofree char *sources = rc_sources_describe (rc_code_method_get_sources (result->method));

      /* Translators: the name of a way to compute the code, then in brackets its id, which
       * stays as it is, e.g. “Method: Renault and Dacia precode (renault-precode)” */
      g_print (_("Method: %s (%s)\n"), rc_code_method_get_name (result->method),
               rc_code_method_get_id (result->method));
      g_print (_("Confidence: %s — %s\n"),
               rc_confidence_get_name (rc_code_method_get_confidence (result->method)),
               rc_confidence_describe (rc_code_method_get_confidence (result->method)));
      /* Translators: a sentence or two on what a way to compute the code was checked against */
      g_print (_("Based on: %s\n"), rc_code_method_get_basis (result->method));
      print_sources (sources);
    }

  if (result->outcome != RC_CODE_COMPUTED)
    {
      /* Translators: why there is no code, a whole sentence or two */
      g_print (_("No code: %s\n"), result->reason);
      return 1;
    }

  /* Translators: what to do when the radio does not take the computed code, a sentence or two */
  g_print (_("If the radio refuses it: %s\n"), rc_code_method_get_refused (result->method));
  /* Translators: the computed code, on a line of its own, e.g. “Code: 0709”. Scripts
   * read it with LC_ALL=C, where it stays in English. */
  g_print (_("Code: %s\n"), result->code);
  return 0;
}

/* The state's name as the state file writes it, then the state in words. */
static void
print_state (RcLockoutState state)
{
  const char *name = rc_lockout_state_to_string (state);

  switch (state)
    {
    case RC_LOCKOUT_READY:
      /* Translators: %s is the state's name as lockout.ini writes it (“ready”); it stays as it is */
      g_print (_("State: %s — the radio takes a code\n"), name);
      break;
    case RC_LOCKOUT_PAUSED:
      /* Translators: %s is the state's name as lockout.ini writes it (“paused”); it stays as it is */
      g_print (_("State: %s — a short pause after a wrong code\n"), name);
      break;
    case RC_LOCKOUT_WAITING:
      /* Translators: %s is the state's name as lockout.ini writes it (“waiting”); it stays as it
       * is, and so does WAIT, the word on the radio's display */
      g_print (_("State: %s — WAIT: the radio takes no code until the wait is over\n"), name);
      break;
    case RC_LOCKOUT_LOCKED:
      /* Translators: %s is the state's name as lockout.ini writes it (“locked”); it stays as it is */
      g_print (_("State: %s — locked for good\n"), name);
      break;
    case RC_LOCKOUT_UNLOCKED:
      /* Translators: %s is the state's name as lockout.ini writes it (“unlocked”); it stays as it is */
      g_print (_("State: %s — unlocked: the radio took the code\n"), name);
      break;
    default:
      g_return_if_reached ();
    }
}

static void
print_counts (RcLockout *lockout)
{
  guint left = rc_lockout_get_attempts_left (lockout);
  guint failures = rc_lockout_get_failures (lockout);
  int for_good = rc_lockout_get_failures_left (lockout);

  /* Translators: tries left in this round, of how many the round has. A round is the
   * group of tries the radio allows before it makes the owner wait (not a radio series) */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Tries left in this round: %u of %u\n",
                        "Tries left in this round: %u of %u\n", left),
           left, rc_lockout_get_round_size (lockout));
  /* Translators: how many wrong codes the radio was given, since the first one */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrong codes in all: %u\n",
                        "Wrong codes in all: %u\n", failures),
           failures);
  if (for_good >= 0)
    /* Translators: how many more wrong codes the radio takes before it locks for good */
    g_print (g_dngettext (GETTEXT_PACKAGE, "Wrong codes left before it locks for good: %d\n",
                          "Wrong codes left before it locks for good: %d\n", for_good),
             for_good);
}

/* How long the pause or WAIT still runs, and the time of day it ends, in the locale's format. */
static void
print_wait (RcLockout *lockout)
{
  guint remaining = rc_lockout_get_remaining (lockout);
  g_autofree char *left = rc_text_format_countdown (remaining);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) end = g_date_time_add_seconds (now, remaining);
  g_autofree char *at = rc_text_format_time (end, rc_text_get_clock ());

  /* Translators: the time left (59:12), then the time of day the wait ends */
  g_print (_("Wait left: %s, until %s\n"), left, at != NULL ? at : "?");
}

/* Says on standard error what could not be read from @path. */
static void
say_unread (const char   *path,
            const GError *error)
{
  g_autofree char *shown = rc_cli_printable (path, 200);

  /* Translators: a state file's path, then what is wrong with it, as programs say on a
   * terminal; change the colon and the space if your language puts them otherwise */
  g_printerr (_("%s: %s\n"), shown, error->message);
}

/**
 * rc_cli_status:
 * @state_dir: the folder the window keeps radio.ini and lockout.ini in
 *
 * Prints the radio being unlocked, as the window would show it: series,
 * serial, tries, state and what is left of a wait. The files are read as the
 * window reads them, but only looked at: a damaged one is said and left as
 * it is.
 *
 * Returns: 0, or 1 when a state file could not be read
 */
int
rc_cli_status (RcCatalog  *catalog,
               const char *state_dir)
{
  g_autofree char *lockout_path = NULL, *radio_path = NULL, *serial = NULL;
  g_autoptr(RcLockout) lockout = NULL;
  g_autoptr(RcRadio) radio = NULL;
  g_autoptr(GError) lockout_error = NULL, radio_error = NULL;
  RcLockoutState state;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), 2);
  g_return_val_if_fail (state_dir != NULL, 2);

  lockout_path = g_build_filename (state_dir, "lockout.ini", NULL);
  radio_path = g_build_filename (state_dir, "radio.ini", NULL);
  lockout = rc_lockout_new (catalog);
  rc_lockout_set_read_only (lockout, TRUE);
  radio = rc_radio_new (catalog, lockout);
  rc_radio_set_read_only (radio, TRUE);

  if (!rc_lockout_load (lockout, lockout_path, &lockout_error))
    say_unread (lockout_path, lockout_error);
  if (!rc_radio_load (radio, radio_path, &radio_error))
    say_unread (radio_path, radio_error);

  if (rc_radio_get_series (radio) != NULL)
    print_series (rc_radio_get_series (radio));
  else
    g_print ("%s", _("Series: not picked\n"));
  serial = rc_cli_printable (rc_radio_get_serial_text (radio), 64);
  print_serial (serial);
  if (lockout_error != NULL)
    return 1;

  state = rc_lockout_get_state (lockout);
  print_state (state);
  print_counts (lockout);
  if (state == RC_LOCKOUT_WAITING || state == RC_LOCKOUT_PAUSED)
    print_wait (lockout);
  return radio_error == NULL ? 0 : 1;
}

/* An argument as text: UTF-8 as it comes, else read in the locale's
 * character set. %NULL, said on standard error, when it is neither. */
static char *
argument_text (const char *option,
               const char *bytes)
{
  char *text;

  if (g_utf8_validate (bytes, -1, NULL))
    return g_strdup (bytes);
  if ((text = g_locale_to_utf8 (bytes, -1, NULL, NULL, NULL)) != NULL)
    return text;

  /* Translators: %s is an option such as --check */
  g_printerr (_("What follows %s is not readable text: it holds bytes that are neither UTF-8 "
                "nor in this system's character set. Type it again, or copy it from where it "
                "is shown correctly.\n"), option);
  return NULL;
}

/* The option @name as text in @text; FALSE when it was given but is not text. */
static gboolean
lookup_text (GVariantDict  *dict,
             const char    *name,
             char         **text)
{
  g_autofree char *option = g_strconcat ("--", name, NULL);
  const char *bytes = NULL;

  if (!g_variant_dict_lookup (dict, name, "^&ay", &bytes))
    return TRUE;
  *text = argument_text (option, bytes);
  return *text != NULL;
}

/* Words after the options: the rest of a serial that was typed with its
 * spaces, as a label groups it. Elsewhere there is nothing they could be. */
static int
read_rest (GVariantDict *dict,
           RcCliOptions *options)
{
  g_autofree const char **rest = NULL;
  char **serial = options->check != NULL ? &options->check : &options->code;
  const char *option = options->check != NULL ? "--check" : "--code";
  g_autofree char *shown = NULL;

  if (!g_variant_dict_lookup (dict, G_OPTION_REMAINING, "^a&ay", &rest) || rest[0] == NULL)
    return -1;
  /* Both: which serial they belong to does not matter, rc_cli_run() refuses the two. */
  if (options->check != NULL && options->code != NULL)
    return -1;

  if (*serial != NULL && options->reference == NULL)
    {
      for (guint i = 0; rest[i] != NULL; i++)
        {
          g_autofree char *part = argument_text (option, rest[i]);
          char *joined;

          if (part == NULL)
            return 2;
          /* The space the serial was typed with, as the label groups it; no glue of words. */
          joined = g_strjoin (" ", *serial, part, NULL); /* not shown to people */
          g_free (*serial);
          *serial = joined;
        }
      return -1;
    }

  shown = rc_cli_printable (g_utf8_validate (rest[0], -1, NULL) ? rest[0] : "?", 40);
  if (options->reference != NULL)
    /* Translators: %s is a word given after the search on the command line */
    g_printerr (_("“%s” is not part of the search: put a search of several words "
                  "in quotes, such as --reference \"wait hours\".\n"), shown);
  else
    /* Translators: %s is a word given on the command line that is no option */
    g_printerr (_("Radio Code opens no files and takes no “%s”. "
                  "Run radio-code --help to see its options.\n"), shown);
  return 2;
}

/**
 * rc_cli_read_options:
 * @dict: the options as GApplication parsed them, the text ones as byte strings
 *
 * Reads the options into @options, and says on standard error what is
 * wrong with them: text that is no text, words that belong to no option,
 * options that do not go together.
 *
 * Returns: -1 when they can be run, or 2 after saying what is wrong
 */
int
rc_cli_read_options (GVariantDict *dict,
                     RcCliOptions *options)
{
  gboolean others;
  int status;

  g_return_val_if_fail (dict != NULL, 2);
  g_return_val_if_fail (options != NULL, 2);

  if (!lookup_text (dict, "check", &options->check) ||
      !lookup_text (dict, "code", &options->code) ||
      !lookup_text (dict, "series", &options->series) ||
      !lookup_text (dict, "find-model", &options->find_model) ||
      !lookup_text (dict, "reference", &options->reference))
    return 2;
  options->list_series = g_variant_dict_contains (dict, "list-series");
  options->status = g_variant_dict_contains (dict, "status");
  options->wait_timer = g_variant_dict_contains (dict, "wait-timer");
  if ((status = read_rest (dict, options)) >= 0)
    return status;

  others = options->check != NULL || options->series != NULL || options->find_model != NULL ||
           options->code != NULL || options->list_series || options->wait_timer;
  if (options->reference != NULL && (others || options->status))
    {
      g_printerr ("%s\n", _("--reference goes alone, without --check, --code, --series, "
                             "--list-series, --find-model, --status or --wait-timer."));
      return 2;
    }
  if (options->status && others)
    {
      g_printerr ("%s\n", _("--status goes alone: it prints the radio being unlocked."));
      return 2;
    }
  return -1;
}

/* Whether the options ask for something printed, rather than the window. */
gboolean
rc_cli_has_command (const RcCliOptions *options)
{
  g_return_val_if_fail (options != NULL, FALSE);

  return options->check != NULL || options->code != NULL || options->series != NULL ||
         options->find_model != NULL || options->reference != NULL || options->list_series ||
         options->status;
}

/**
 * rc_cli_run:
 * @state_dir: where the window keeps its state, for --status
 *
 * Runs what the options ask for, as rc_cli_read_options() read them.
 *
 * Returns: the exit status
 */
int
rc_cli_run (RcCatalog          *catalog,
            const RcCliOptions *options,
            const char         *state_dir)
{
  g_return_val_if_fail (RC_IS_CATALOG (catalog), 2);
  g_return_val_if_fail (options != NULL, 2);

  if (options->status)
    return rc_cli_status (catalog, state_dir);
  if (options->reference != NULL)
    return rc_cli_reference (catalog, options->reference);
  if (options->find_model != NULL)
    return rc_cli_find_model (catalog, options->find_model);
  if (options->list_series)
    return rc_cli_list_series (catalog);

  if (options->code != NULL && options->check != NULL)
    {
      g_printerr ("%s\n", _("--check and --code each take the serial; give only one of them."));
      return 2;
    }
  if (options->code != NULL)
    return rc_cli_code (catalog, options->code, options->series);
  if (options->check == NULL)
    {
      g_printerr ("%s\n", _("--series only makes sense with --check SERIAL or --code SERIAL."));
      return 2;
    }
  return rc_cli_check (catalog, options->check, options->series);
}

void
rc_cli_options_clear (RcCliOptions *options)
{
  g_clear_pointer (&options->check, g_free);
  g_clear_pointer (&options->code, g_free);
  g_clear_pointer (&options->series, g_free);
  g_clear_pointer (&options->find_model, g_free);
  g_clear_pointer (&options->reference, g_free);
}
