/* rc-serial.c — normalise a typed serial and say whether it fits its series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every keystroke comes through here, so the common path allocates little:
 * the text is normalised into fixed arrays, checked against each format
 * position by position, and only the final verdict is put into words.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "rc-serial.h"
#include "rc-text.h"
#include "rc-vin.h"

/* No serial is anywhere near this long; longer text is reported, not read. */
#define MAX_CHARS 128

typedef struct
{
  gunichar chars[MAX_CHARS];     /* normalised */
  gunichar typed[MAX_CHARS];     /* the same before upper-casing, for messages */
  int      offsets[MAX_CHARS];   /* character offset of each in the typed text */
  char     utf8[MAX_CHARS * 6 + 1];
  guint    n;
  guint    total;                /* characters in the typed text, when too long */
  gboolean label_stripped;
} Normalized;

typedef struct
{
  RcSeries        *series;
  RcSerialVerdict  verdict;
  RcSerialProblem  problem;
  const RcFormat  *format;
  const RcRule    *rule;       /* the reject that matched, or the rewrite used */
  gboolean         rewritten;
  guint            index;      /* 0-based index of the problem, in the serial checked */
  gunichar         bad;        /* the character there, for CHARACTER, LOOKALIKE, NOT_ALNUM */
  guint            expected_length;
  guint64          mask;       /* what may stand at the problem, or come next */
  char            *serial;     /* after a rewrite */
  /* How well an invalid serial still points at this series; see weigh (). */
  guint            evidence;
  gboolean         near;       /* the right length with one character wrong */
  guint            fixes;      /* look-alikes that, read as their twins, make it fit */
  char            *fixed;      /* the serial read so */
  const RcRule    *fixed_rule; /* the rewrite that reading needed, if any */
} SeriesResult;

/* Look-alikes read as their twins in one serial at most: enough for a label
 * misread in a few places, and a bound on the work per keystroke. */
#define MAX_FIXES 3

/* The least evidence for naming a series a serial does not fit. */
#define MIN_EVIDENCE 2

struct _RcSerialCheck
{
  gatomicrefcount  ref_count;
  RcSerialVerdict  verdict;
  RcSerialProblem  problem;
  char            *serial;
  RcSeries        *series;
  GPtrArray       *candidates;
  guint            position;
  int              input_offset;
  guint            length;
  guint            expected_length;
  char            *summary;
  char            *explanation;
  GPtrArray       *notes;
};

/* The boxed type is registered by hand: G_DEFINE_BOXED_TYPE hands its functions over through a
 * GNU transparent union, which ISO C (-Wpedantic) refuses. These two have GBoxed's own prototypes,
 * so no function is cast. */
static gpointer
check_copy (gpointer boxed)
{
  return rc_serial_check_ref (boxed);
}

static void
check_free (gpointer boxed)
{
  rc_serial_check_unref (boxed);
}

GType
rc_serial_check_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      GType id = g_boxed_type_register_static (g_intern_static_string ("RcSerialCheck"),
                                               check_copy, check_free);

      g_once_init_leave (&type_id, id);
    }
  return type_id;
}

static gboolean
is_ignored (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_SPACE_SEPARATOR ||
         type == G_UNICODE_LINE_SEPARATOR ||
         type == G_UNICODE_PARAGRAPH_SEPARATOR ||
         type == G_UNICODE_FORMAT ||
         type == G_UNICODE_DASH_PUNCTUATION ||
         c == 0x2212 || c == '\t' || c == '\n' || c == '\r';
}

static gboolean
push_char (Normalized *norm,
           gunichar    c,
           int         offset)
{
  if (is_ignored (c))
    return TRUE;
  if (norm->n == MAX_CHARS)
    return FALSE;
  norm->typed[norm->n] = c;
  norm->chars[norm->n] = g_unichar_toupper (c);
  norm->offsets[norm->n] = offset;
  norm->n++;
  return TRUE;
}

/* Upper case, compatibility forms folded (full-width letters, no-break
 * spaces), spaces, dashes and invisible characters dropped, and a label
 * such as “S/N:” in front left out. Returns FALSE when the text is too long
 * to be a serial. */
static gboolean
normalize (RcCatalog  *catalog,
           const char *text,
           Normalized *norm)
{
  GRegex *label = rc_catalog_get_label_prefix (catalog);
  const char *p = text;
  char *out;
  int offset = 0;

  norm->n = 0;
  norm->label_stripped = FALSE;

  /* A label is always set off from the serial by a space or punctuation, so
   * text without either (most typing) needs no look for one. */
  if (label != NULL && strpbrk (text, " \t:#./") != NULL)
    {
      g_autoptr(GMatchInfo) info = NULL;
      int end;

      if (g_regex_match (label, text, 0, &info) && g_match_info_fetch_pos (info, 0, NULL, &end) &&
          text[end] != '\0')
        {
          offset = g_utf8_pointer_to_offset (text, text + end);
          p = text + end;
          norm->label_stripped = TRUE;
        }
    }

  for (; *p != '\0'; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean ok = TRUE;

      if (c < 0x80 && g_ascii_isalnum (c) && norm->n < MAX_CHARS)
        {
          /* The common case, without a look at Unicode tables. */
          norm->typed[norm->n] = c;
          norm->chars[norm->n] = g_ascii_toupper (c);
          norm->offsets[norm->n] = offset;
          norm->n++;
        }
      else if (c < 0x80)
        ok = push_char (norm, c, offset);
      else
        {
          g_autofree char *folded = g_utf8_normalize (p, g_utf8_next_char (p) - p,
                                                      G_NORMALIZE_NFKC);

          for (const char *q = folded; ok && q != NULL && *q != '\0'; q = g_utf8_next_char (q))
            ok = push_char (norm, g_utf8_get_char (q), offset);
        }

      if (!ok)
        {
          norm->total = g_utf8_strlen (text, -1);
          return FALSE;
        }
    }

  out = norm->utf8;
  for (guint i = 0; i < norm->n; i++)
    out += g_unichar_to_utf8 (norm->chars[i], out);
  *out = '\0';
  return TRUE;
}

/* @series: whose rejects these are, or %NULL for the catalog's. A reject on
 * the start of a serial says nothing about text longer than the series'
 * serials, which is no such serial at all (A0… is a precode that was never
 * issued, A0123456 no precode). */
static gboolean
match_reject (GPtrArray      *rejects,
              RcSeries       *series,
              const gunichar *chars,
              guint           n,
              SeriesResult   *result)
{
  for (guint i = 0; i < rejects->len; i++)
    {
      const RcRule *rule = g_ptr_array_index (rejects, i);

      if (rule->at_start ? ((series != NULL && n > rc_series_get_max_length (series)) ||
                            !rc_format_matches_start (rule->format, chars, n))
                         : !rc_format_matches (rule->format, chars, n))
        continue;

      result->verdict = RC_SERIAL_INVALID;
      result->rule = rule;
      result->index = (rule->at_start ? rc_format_get_min_length (rule->format) : n) - 1;
      switch (rule->kind)
        {
        case RC_REJECT_PART_NUMBER:
          result->problem = RC_SERIAL_PROBLEM_PART_NUMBER;
          break;
        case RC_REJECT_MODEL_NUMBER:
          result->problem = RC_SERIAL_PROBLEM_MODEL_NUMBER;
          break;
        case RC_REJECT_NONEXISTENT:
        default:
          result->problem = RC_SERIAL_PROBLEM_NONEXISTENT;
          break;
        }
      return TRUE;
    }

  return FALSE;
}

static void
check_formats (RcCatalog      *catalog,
               const gunichar *chars,
               guint           n,
               SeriesResult   *result)
{
  GPtrArray *formats = rc_series_get_formats (result->series);
  const RcFormat *best = NULL;
  guint best_index = 0;
  guint64 best_mask = 0;

  result->expected_length = G_MAXUINT;
  for (guint i = 0; i < formats->len; i++)
    {
      const RcFormat *format = g_ptr_array_index (formats, i);
      guint index = rc_format_first_mismatch (format, chars, n);

      if (index == n && n >= rc_format_get_min_length (format))
        {
          result->verdict = RC_SERIAL_VALID;
          result->format = format;
          return;
        }
      if (index == n)
        {
          result->verdict = RC_SERIAL_INCOMPLETE;
          result->mask |= rc_format_get_mask (format, n);
          if (rc_format_get_min_length (format) < result->expected_length)
            {
              result->format = format;
              result->expected_length = rc_format_get_min_length (format);
            }
        }
      else if (index < n && (best == NULL || index > best_index))
        {
          best = format;
          best_index = index;
          best_mask = rc_format_get_mask (format, index);
        }
      else if (index < n && index == best_index)
        {
          /* Formats that agree up to here: either may continue. */
          best_mask |= rc_format_get_mask (format, index);
        }
    }

  if (result->verdict == RC_SERIAL_INCOMPLETE)
    return;

  result->verdict = RC_SERIAL_INVALID;
  result->format = best;
  result->index = best_index;
  result->mask = best_mask;
  if (best_mask == 0)
    {
      result->problem = RC_SERIAL_PROBLEM_TOO_LONG;
    }
  else
    {
      gunichar c = chars[best_index];
      gunichar twin = rc_catalog_lookalike (catalog, c);

      /* Kept here: after a rewrite the index is one into the rewritten
       * serial, which can be longer than what was typed. */
      result->bad = c;
      if (rc_format_char_bit (c) == 0)
        result->problem = RC_SERIAL_PROBLEM_NOT_ALNUM;
      else if (twin != 0 && (best_mask & rc_format_char_bit (twin)) != 0)
        result->problem = RC_SERIAL_PROBLEM_LOOKALIKE;
      else
        result->problem = RC_SERIAL_PROBLEM_CHARACTER;
    }
}

/* The serial a rewrite makes of the text @info matched: its replacement,
 * letters and digits with \1 to \9 for the groups (the catalog allows no
 * more). The pattern matched the whole text, so that is all there is. Done
 * here because GLib's own expansion parses the replacement on every call. */
static char *
expand (const GMatchInfo *info,
        const char       *replacement)
{
  GString *out = g_string_sized_new (32);

  for (const char *p = replacement; *p != '\0'; p++)
    {
      int start, end;

      if (*p != '\\')
        g_string_append_c (out, *p);
      else if (g_match_info_fetch_pos (info, *++p - '0', &start, &end) && start >= 0)
        g_string_append_len (out, g_match_info_get_string (info) + start, end - start);
    }

  return g_string_free (out, FALSE);
}

/* Whether text may be the start of @rule's long form, as far as its first
 * two characters tell: a cheap look before the regular expression. */
static gboolean
may_start (const RcRule   *rule,
           const gunichar *chars,
           guint           n)
{
  return (rule->heads[0] & rc_format_char_bit (chars[0])) != 0 &&
         (n < 2 || (rule->heads[1] & rc_format_char_bit (chars[1])) != 0);
}

static void
check_series (RcCatalog      *catalog,
              RcSeries       *series,
              const gunichar *chars,
              const char     *serial,
              guint           n,
              SeriesResult   *result)
{
  GPtrArray *rewrites = rc_series_get_rewrites (series);
  g_autofree gunichar *rewritten = NULL;

  memset (result, 0, sizeof *result);
  result->series = series;

  /* Another form of the serial (815BP…, M0…, one without its prefix) becomes
   * the serial itself. */
  for (guint i = 0; i < rewrites->len; i++)
    {
      const RcRule *rule = g_ptr_array_index (rewrites, i);
      g_autoptr(GMatchInfo) info = NULL;
      glong len = 0;

      if (n != rule->length || !may_start (rule, chars, n) ||
          !g_regex_match (rule->regex, serial, 0, &info))
        continue;

      result->serial = expand (info, rule->replacement);
      rewritten = g_utf8_to_ucs4_fast (result->serial, -1, &len);
      chars = rewritten;
      serial = result->serial;
      n = len;
      result->rule = rule;
      result->rewritten = TRUE;
      break;
    }

  /* Numbers that are no serial for any radio were ruled out by the caller. */
  if (match_reject (rc_series_get_rejects (series), series, chars, n, result))
    return;

  check_formats (catalog, chars, n, result);
  if (result->verdict != RC_SERIAL_INVALID || result->rewritten)
    return;

  /* The start of another form of the serial is not a mistake yet. */
  for (guint i = 0; i < rewrites->len; i++)
    {
      const RcRule *rule = g_ptr_array_index (rewrites, i);
      g_autoptr(GMatchInfo) info = NULL;

      if (n >= rule->length || !may_start (rule, chars, n))
        continue;
      g_regex_match (rule->regex, serial, G_REGEX_MATCH_PARTIAL_HARD, &info);
      if (g_match_info_is_partial_match (info))
        {
          result->verdict = RC_SERIAL_INCOMPLETE;
          result->problem = RC_SERIAL_PROBLEM_NONE;
          result->format = NULL;
          result->index = 0;
          result->mask = 0;
          result->rule = rule;
          result->expected_length = rule->length;
          return;
        }
    }
}

static gboolean
is_reject (RcSerialProblem problem)
{
  return problem == RC_SERIAL_PROBLEM_PART_NUMBER ||
         problem == RC_SERIAL_PROBLEM_MODEL_NUMBER ||
         problem == RC_SERIAL_PROBLEM_NONEXISTENT ||
         problem == RC_SERIAL_PROBLEM_VIN;
}

/* “Blaupunkt — BP-series or Clarion — CL and CM serials”. */
static char *
join_titles (GPtrArray *series)
{
  g_autofree const char **titles = g_new0 (const char *, series->len + 1);

  for (guint i = 0; i < series->len; i++)
    titles[i] = rc_series_get_title (g_ptr_array_index (series, i));
  return rc_text_join_list (titles, RC_TEXT_LIST_OR);
}

static char *
char_to_string (gunichar c)
{
  char buf[8] = { 0 };

  g_unichar_to_utf8 (c, buf);
  return g_strdup (buf);
}

/* The character a problem is about, as read (@c) and as typed (@typed). */
static void
problem_char (const SeriesResult *result,
              const Normalized   *norm,
              gunichar           *c,
              gunichar           *typed)
{
  /* After a rewrite the index is one into the rewritten serial, which may
   * be longer than the text typed: only the character kept then is read. */
  if (result->rewritten || result->index >= norm->n)
    {
      *c = *typed = result->bad;
      return;
    }
  *c = norm->chars[result->index];
  *typed = norm->typed[result->index];
}

/* Two sentences, each with the plural form of its own count: how long the
 * text is, and how long the series' serials are. */
static char *
describe_length (const SeriesResult *result,
                 guint               length)
{
  const char *title = rc_series_get_title (result->series);
  guint max = rc_format_get_max_length (result->format);
  g_autofree char *typed = NULL;
  g_autofree char *wanted = NULL;

  /* Translators: how many characters the typed serial has, said before how many it should have */
  typed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "This has %u character.",
                                        "This has %u characters.", length),
                           length);
  if (rc_format_get_min_length (result->format) == max)
    /* Translators: %s names a radio series, e.g. “Ford — M and V series”; the number is how
     * many characters its serials have */
    wanted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A serial for %s has %u character.",
                                           "A serial for %s has %u characters.", max),
                              title, max);
  else
    wanted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: %s names a radio series, e.g.
                                            * “Ford — M and V series”; the number is the
                                            * most characters its serials have */
                                           "A serial for %s has at most %u character.",
                                           "A serial for %s has at most %u characters.", max),
                              title, max);
  return rc_text_join_sentences (typed, wanted);
}

/* A character that does not belong where it stands, and what does. */
static char *
describe_character (RcCatalog          *catalog,
                    const SeriesResult *result,
                    const Normalized   *norm)
{
  guint position = result->index + 1;
  g_autofree char *typed = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *twin = NULL;
  gunichar c, typed_c;

  problem_char (result, norm, &c, &typed_c);
  typed = char_to_string (typed_c);
  if (result->problem == RC_SERIAL_PROBLEM_NOT_ALNUM)
    {
      if (g_unichar_iscntrl (c) || !g_unichar_isprint (c))
        /* Translators: “Character %u” is a position in the serial, not a count; %04X is a
         * Unicode code point such as 0007 */
        return g_strdup_printf (_("Character %u is an invisible control character (U+%04X). "
                                  "Serials contain only letters and digits."),
                                position, (guint) c);
      /* Translators: “Character %u” is a position in the serial, not a count */
      return g_strdup_printf (_("Character %u, “%s”, is not a letter or digit. "
                                "Serials contain only letters and digits."),
                              position, typed);
    }

  expected = rc_format_describe_mask (result->mask);
  if (result->problem == RC_SERIAL_PROBLEM_CHARACTER)
    /* Translators: “Character %u” is a position in the serial, not a count; the last %s says
     * what may stand there, e.g. “a digit” */
    return g_strdup_printf (_("Character %u is “%s”, but %s belongs there."),
                            position, typed, expected);

  twin = char_to_string (rc_catalog_lookalike (catalog, c));
  if (rc_format_char_bit (c) & RC_FORMAT_LETTERS)
    /* Translators: “Character %u” is a position in the serial, not a count */
    return g_strdup_printf (_("Character %u is the letter “%s”, but %s belongs there. "
                              "Did you mean the digit “%s”? The two look alike on labels."),
                            position, typed, expected, twin);
  /* Translators: “Character %u” is a position in the serial, not a count */
  return g_strdup_printf (_("Character %u is the digit “%s”, but %s belongs there. "
                            "Did you mean the letter “%s”? The two look alike on labels."),
                          position, typed, expected, twin);
}

static char *
describe_problem (RcCatalog          *catalog,
                  RcSerialCheck      *self,
                  const SeriesResult *result,
                  const Normalized   *norm)
{
  switch (result->problem)
    {
    case RC_SERIAL_PROBLEM_PART_NUMBER:
    case RC_SERIAL_PROBLEM_MODEL_NUMBER:
    case RC_SERIAL_PROBLEM_NONEXISTENT:
      return g_strdup (result->rule->text);

    case RC_SERIAL_PROBLEM_TOO_LONG:
      return describe_length (result, self->length);

    case RC_SERIAL_PROBLEM_LOOKALIKE:
    case RC_SERIAL_PROBLEM_NOT_ALNUM:
    case RC_SERIAL_PROBLEM_CHARACTER:
      return describe_character (catalog, result, norm);

    case RC_SERIAL_PROBLEM_VIN:
      return g_strdup (_("This looks like the car's vehicle identification number (VIN), not "
                         "the radio's serial. The serial is printed on the radio itself, or on "
                         "its code card."));

    case RC_SERIAL_PROBLEM_UNKNOWN_FORMAT:
      return g_strdup (_("No radio the app knows uses this format. Compare it with the label "
                         "once more, or pick your radio to check it against that radio's "
                         "format."));

    case RC_SERIAL_PROBLEM_NONE:
    case RC_SERIAL_PROBLEM_BAD_TEXT:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* How a digit is said in a note on a letter that looks like it: the words keep
 * the note clear in fonts that draw 0 and O alike. */
static const char * const digit_names[] = {
  /* Translators: how a digit is said in a note on a letter that looks like it, e.g. “if the
   * label shows a zero there, type 0”; “a zero” to “a nine” */
  N_("a zero"), N_("a one"), N_("a two"), N_("a three"), N_("a four"),
  N_("a five"), N_("a six"), N_("a seven"), N_("an eight"), N_("a nine"),
};

/* A valid serial can still hold a letter typed for the digit that looks like
 * it, where the format allows either (BP…O…): only the label can tell. Only
 * letters are pointed out: a letter for its digit is the slip the look-alikes
 * describe, and a note on every 0, 1 or 8 would bury it. */
static void
note_lookalikes (RcCatalog      *catalog,
                 RcSerialCheck  *self,
                 const RcFormat *format)
{
  /* A valid serial is all ASCII letters and digits. */
  for (guint i = 0; self->serial[i] != '\0'; i++)
    {
      char c = self->serial[i];
      guint64 mask = rc_format_get_mask (format, i);
      gunichar twin;

      if (!g_ascii_isupper (c) || (mask & RC_FORMAT_DIGITS) == 0)
        continue;
      twin = rc_catalog_lookalike (catalog, c);
      if (twin == 0 || (mask & rc_format_char_bit (twin)) == 0)
        continue;

      g_ptr_array_add (self->notes,
                       /* Translators: e.g. “Character 7 is the letter “O”: if the label
                        * shows a zero there, type 0.”; the number is a position, not a count */
                       g_strdup_printf (_("Character %u is the letter “%c”: if the label shows "
                                          "%s there, type %c."),
                                        i + 1, c, _(digit_names[twin - '0']), (char) twin));
    }
}

static RcSerialCheck *
check_new (void)
{
  RcSerialCheck *self = g_new0 (RcSerialCheck, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->input_offset = -1;
  self->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  return self;
}

static void
clear_result (gpointer data)
{
  SeriesResult *result = data;

  g_free (result->serial);
  g_free (result->fixed);
}

/* Counts, among the first @n characters, the ones that do not fit where
 * they stand (returned; counting stops at the second, as more make no
 * difference) and the letters standing where the format asks for a letter
 * (@letters). Digits fit nearly every position of every format, so they say
 * little about which radio a serial belongs to; a letter where no digit may
 * stand would be a coincidence in text that is no such serial. */
static guint
tally (const RcFormat *format,
       const gunichar *chars,
       guint           n,
       guint          *letters)
{
  guint mismatches = 0;

  *letters = 0;
  for (guint i = 0; i < n; i++)
    {
      guint64 mask = rc_format_get_mask (format, i);
      guint64 bit = rc_format_char_bit (chars[i]);

      if ((mask & bit) == 0)
        {
          if (++mismatches == 2)
            break;
        }
      else if ((bit & RC_FORMAT_LETTERS) != 0 && (mask & RC_FORMAT_DIGITS) == 0)
        (*letters)++;
    }

  return mismatches;
}

/* Whether text of @n characters could fit @series at all: as its serial,
 * or as another form of it. */
static gboolean
could_fit (RcSeries *series,
           guint     n)
{
  GPtrArray *rewrites = rc_series_get_rewrites (series);

  if (n <= rc_series_get_max_length (series))
    return TRUE;
  for (guint i = 0; i < rewrites->len; i++)
    {
      if (((const RcRule *) g_ptr_array_index (rewrites, i))->length == n)
        return TRUE;
    }

  return FALSE;
}

/* Reads the look-alike the check stopped at as its twin (O as 0, 8 as B),
 * and the next one, up to MAX_FIXES, as long as each gets the check further.
 * Returns whether the serial then fits @result's series; if so, @result
 * says how many were read so and what the serial became. */
static gboolean
try_lookalikes (RcCatalog        *catalog,
                const Normalized *norm,
                SeriesResult     *result)
{
  gunichar chars[MAX_CHARS];
  char serial[sizeof norm->utf8];
  guint index = result->index;
  guint letters = 0;

  g_assert (result->problem == RC_SERIAL_PROBLEM_LOOKALIKE && !result->rewritten);

  if (!could_fit (result->series, norm->n))
    return FALSE;

  memcpy (chars, norm->chars, norm->n * sizeof *chars);
  memcpy (serial, norm->utf8, strlen (norm->utf8) + 1);

  for (guint fixes = 1; fixes <= MAX_FIXES; fixes++)
    {
      SeriesResult trial;
      gunichar twin = rc_catalog_lookalike (catalog, chars[index]);
      gboolean further;

      /* Everything up to a mismatch fitted the format, so it is ASCII and
       * the character's index is its byte offset too; so is the twin. */
      chars[index] = twin;
      serial[index] = (char) twin;
      letters += g_ascii_isupper (twin) ? 1 : 0;
      check_series (catalog, result->series, chars, serial, norm->n, &trial);

      if (trial.verdict == RC_SERIAL_VALID)
        {
          const char *fixed = trial.rewritten ? trial.serial : serial;
          gunichar read[MAX_CHARS];
          guint n = 0, found;

          /* A valid serial is ASCII. */
          for (; fixed[n] != '\0'; n++)
            read[n] = (guchar) fixed[n];
          tally (trial.format, read, n, &found);
          result->fixes = fixes;
          result->fixed = g_strdup (fixed);
          result->fixed_rule = trial.rewritten ? trial.rule : NULL;
          /* Letters that were read from digits prove nothing. */
          result->evidence = MAX ((int) found - (int) letters, 0) + 1;
          clear_result (&trial);
          return TRUE;
        }

      further = trial.verdict == RC_SERIAL_INVALID &&
                trial.problem == RC_SERIAL_PROBLEM_LOOKALIKE &&
                !trial.rewritten && trial.index > index;
      index = trial.index;
      clear_result (&trial);
      if (!further)
        break;
    }

  return FALSE;
}

/* How strongly a serial that does not fit @result's series still points at
 * it: the letters typed where the format asks for letters, one more when it
 * fits once its look-alikes are read as their twins, or has the right
 * length with one character wrong. One character is never enough: M alone
 * is a Ford serial's first letter and any precode's too. */
static void
weigh (RcCatalog        *catalog,
       const Normalized *norm,
       SeriesResult     *result)
{
  const RcFormat *format = result->format;
  guint letters;

  g_assert (result->verdict == RC_SERIAL_INVALID);

  if (format == NULL || result->rewritten)
    return;

  if (result->problem == RC_SERIAL_PROBLEM_LOOKALIKE && try_lookalikes (catalog, norm, result))
    return;

  if (rc_format_get_min_length (format) <= norm->n && norm->n <= rc_format_get_max_length (format) &&
      tally (format, norm->chars, norm->n, &letters) == 1)
    {
      result->near = TRUE;
      result->evidence = letters + 1;
      return;
    }

  tally (format, norm->chars, MIN (result->index, norm->n), &letters);
  result->evidence = letters;
}

static guint
rank (const SeriesResult *result)
{
  if (is_reject (result->problem))
    return 3;
  if (result->fixes > 0)
    return 2;
  return result->near ? 1 : 0;
}

/* A number known not to be a serial says most; then a serial that fits once
 * look-alikes are read as their twins (the fewer the better), then one of
 * the right length with one character wrong, then the one that went
 * furthest. More evidence breaks a tie. */
static gboolean
is_closer (const SeriesResult *a,
           const SeriesResult *b)
{
  if (rank (a) != rank (b))
    return rank (a) > rank (b);
  if (a->fixes != b->fixes)
    return a->fixes < b->fixes;
  if (a->evidence != b->evidence)
    return a->evidence > b->evidence;
  return a->index > b->index;
}

/* Among series none of which the serial fits: the one it most likely
 * belongs to all the same, or %NULL when nothing points at one. */
static SeriesResult *
closest (RcCatalog        *catalog,
         const Normalized *norm,
         GArray           *results)
{
  SeriesResult *best = NULL;

  for (guint i = 0; i < results->len; i++)
    {
      SeriesResult *result = &g_array_index (results, SeriesResult, i);

      if (!is_reject (result->problem))
        {
          weigh (catalog, norm, result);
          if (result->evidence < MIN_EVIDENCE)
            continue;
        }
      if (best == NULL || is_closer (result, best))
        best = result;
    }

  return best;
}

/* Picks the series a serial belongs to when the user has not said. With
 * @guess, a serial that fits none may still be given the closest series;
 * else, and when nothing points at one, returns %NULL. */
static SeriesResult *
detect (RcCatalog        *catalog,
        const Normalized *norm,
        GArray           *results,
        GPtrArray        *candidates,
        gboolean          guess)
{
  GPtrArray *all = rc_catalog_get_series_array (catalog);
  SeriesResult *best = NULL;
  RcSerialVerdict wanted;

  for (guint i = 0; i < all->len; i++)
    {
      RcSeries *series = g_ptr_array_index (all, i);
      SeriesResult result;

      if (!rc_series_get_detectable (series))
        continue;
      check_series (catalog, series, norm->chars, norm->utf8, norm->n, &result);
      g_array_append_val (results, result);
    }

  /* Valid beats incomplete beats wrong. */
  for (guint pass = 0; pass < 2; pass++)
    {
      wanted = pass == 0 ? RC_SERIAL_VALID : RC_SERIAL_INCOMPLETE;
      for (guint i = 0; i < results->len; i++)
        {
          SeriesResult *result = &g_array_index (results, SeriesResult, i);

          if (result->verdict != wanted)
            continue;
          g_ptr_array_add (candidates, g_object_ref (result->series));
          if (best == NULL || result->expected_length < best->expected_length)
            best = result;
        }
      if (best != NULL)
        return best;
    }

  return guess ? closest (catalog, norm, results) : NULL;
}

static void
describe_incomplete (RcSerialCheck      *self,
                     RcSeries           *picked,
                     const SeriesResult *result,
                     const char         *candidates)
{
  g_autofree char *next = NULL;
  g_autofree char *guess = NULL;

  /* The summary gives the count; the explanation says what comes next. */
  self->summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                /* Translators: how many characters were
                                                 * typed, of how many the serial has; the
                                                 * plural follows the second number */
                                                "Incomplete — %u of %u character",
                                                "Incomplete — %u of %u characters",
                                                self->expected_length),
                                   self->length, self->expected_length);
  if (result->mask != 0)
    {
      g_autofree char *what = rc_format_describe_mask (result->mask);

      /* Translators: the argument says what comes next, e.g. “a digit” */
      next = g_strdup_printf (_("Next comes %s."), what);
    }
  else
    {
      next = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Keep typing: this form of the serial has %u "
                                           "character.",
                                           "Keep typing: this form of the serial has %u "
                                           "characters.",
                                           self->expected_length),
                              self->expected_length);
    }

  if (candidates != NULL)
    /* Translators: %s lists radio series, e.g. “Blaupunkt — BP-series or Clarion — CL and CM
     * serials” */
    guess = g_strdup_printf (_("It could be a serial for %s."), candidates);
  else if (picked == NULL && self->series != NULL)
    /* Translators: %s names a radio series, e.g. “Ford — M and V series” */
    guess = g_strdup_printf (_("It looks like a serial for %s."),
                             rc_series_get_title (result->series));
  self->explanation = rc_text_join_sentences (next, guess);
}

static void
describe_invalid (RcCatalog          *catalog,
                  RcSerialCheck      *self,
                  RcSeries           *picked,
                  const SeriesResult *result,
                  const Normalized   *norm)
{
  g_autofree char *problem = describe_problem (catalog, self, result, norm);

  if (self->problem == RC_SERIAL_PROBLEM_TOO_LONG)
    self->summary = g_strdup (_("Too long"));
  else if (self->problem == RC_SERIAL_PROBLEM_PART_NUMBER ||
           self->problem == RC_SERIAL_PROBLEM_MODEL_NUMBER ||
           self->problem == RC_SERIAL_PROBLEM_VIN)
    self->summary = g_strdup (_("Not a serial"));
  else if (self->problem == RC_SERIAL_PROBLEM_UNKNOWN_FORMAT)
    self->summary = g_strdup (_("Unknown format"));
  else
    /* Translators: a position in the serial, not a count */
    self->summary = g_strdup_printf (_("Wrong at position %u"), self->position);

  /* Recognised, a series the serial does not fit is named only when
   * enough points at it (see closest ()). */
  if (picked == NULL && result->series != NULL && !is_reject (self->problem))
    {
      /* Translators: %s names a radio series, e.g. “Ford — M and V series”; what is wrong
       * with the serial follows in sentences of its own */
      g_autofree char *looks = g_strdup_printf (_("This looks like a serial for %s."),
                                                rc_series_get_title (result->series));

      self->explanation = rc_text_join_sentences (looks, problem);
    }
  else
    self->explanation = g_steal_pointer (&problem);
}

static void
describe (RcCatalog          *catalog,
          RcSerialCheck      *self,
          RcSeries           *picked,
          const SeriesResult *result,
          const Normalized   *norm)
{
  g_autofree char *candidates = self->candidates->len > 1 ? join_titles (self->candidates) : NULL;

  switch (self->verdict)
    {
    case RC_SERIAL_INCOMPLETE:
      describe_incomplete (self, picked, result, candidates);
      break;

    case RC_SERIAL_VALID:
      if (candidates != NULL)
        {
          self->summary = g_strdup (_("Valid for more than one radio"));
          self->explanation = g_strdup_printf (_("This has the right format for %s. "
                                                 "Pick your radio to be sure."), candidates);
        }
      else
        {
          self->summary = g_strdup (_("Valid"));
          self->explanation = g_strdup_printf (_("This serial has the right format for %s."),
                                               rc_series_get_title (result->series));
        }
      break;

    case RC_SERIAL_INVALID:
      describe_invalid (catalog, self, picked, result, norm);
      break;

    case RC_SERIAL_EMPTY:
    default:
      g_assert_not_reached ();
    }
}

/* Text that is no serial to check: not text, far too long, or nothing at
 * all. Returns TRUE when that settled the check; else @norm holds the text
 * as read. */
static gboolean
check_text (RcCatalog     *catalog,
            RcSerialCheck *self,
            RcSeries      *series,
            const char    *text,
            Normalized    *norm)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      self->verdict = RC_SERIAL_INVALID;
      self->problem = RC_SERIAL_PROBLEM_BAD_TEXT;
      self->summary = g_strdup (_("Not readable text"));
      self->explanation = g_strdup (_("This is not readable text. Type the serial again."));
      self->serial = g_strdup ("");
      return TRUE;
    }

  if (!normalize (catalog, text, norm))
    {
      self->verdict = RC_SERIAL_INVALID;
      self->problem = RC_SERIAL_PROBLEM_TOO_LONG;
      self->length = norm->total;
      self->summary = g_strdup (_("Too long"));
      self->explanation = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "This is %u character long, far more "
                                                        "than any serial. Check what was pasted.",
                                                        "This is %u characters long, far more "
                                                        "than any serial. Check what was pasted.",
                                                        norm->total),
                                           norm->total);
      self->serial = g_strdup ("");
      return TRUE;
    }

  self->serial = g_strdup (norm->utf8);
  self->length = norm->n;
  if (series != NULL)
    self->series = g_object_ref (series);
  if (norm->n > 0)
    return FALSE;

  self->verdict = RC_SERIAL_EMPTY;
  self->summary = g_strdup (_("No serial yet"));
  if (series != NULL)
    {
      g_autofree char *example = rc_series_describe_example (series);

      /* Translators: a serial format, then a sentence with an example serial */
      self->explanation = g_strdup_printf (_("Type the serial as the label shows it: %s. %s"),
                                           rc_series_get_format_summary (series), example);
    }
  else
    self->explanation = g_strdup (_("Type the serial as the label shows it. The radio is "
                                    "recognised from the serial when only one fits."));
  return TRUE;
}

/* The result the verdict rests on: a number that is no serial for any
 * radio, the picked series' verdict, or the series recognised. Without one,
 * @single is filled in and returned. */
static SeriesResult *
find_result (RcCatalog        *catalog,
             RcSerialCheck    *self,
             RcSeries         *series,
             const Normalized *norm,
             GArray           *results,
             SeriesResult     *single)
{
  SeriesResult *result;

  memset (single, 0, sizeof *single);
  if (match_reject (rc_catalog_get_rejects (catalog), NULL, norm->chars, norm->n, single))
    {
      /* A part or model number: the same answer whatever the radio. */
      single->series = series;
      g_array_append_val (results, *single);
      return &g_array_index (results, SeriesResult, 0);
    }
  if (series != NULL)
    {
      check_series (catalog, series, norm->chars, norm->utf8, norm->n, single);
      if (single->verdict == RC_SERIAL_INVALID && !is_reject (single->problem))
        weigh (catalog, norm, single);
      g_array_append_val (results, *single);
      return &g_array_index (results, SeriesResult, 0);
    }

  result = detect (catalog, norm, results, self->candidates, TRUE);
  /* The series it fits, or fits once its look-alikes are corrected. */
  if (result != NULL && (self->candidates->len == 1 || result->fixes > 0))
    self->series = g_object_ref (result->series);
  if (result != NULL)
    return result;

  /* No radio to compare with; a character that belongs in no serial is
   * still worth pointing at. */
  memset (single, 0, sizeof *single);
  single->verdict = RC_SERIAL_INVALID;
  single->problem = RC_SERIAL_PROBLEM_UNKNOWN_FORMAT;
  for (guint i = 0; i < norm->n; i++)
    {
      if (rc_format_char_bit (norm->chars[i]) == 0)
        {
          single->problem = RC_SERIAL_PROBLEM_NOT_ALNUM;
          single->index = i;
          single->bad = norm->chars[i];
          break;
        }
    }
  return single;
}

/* A serial typed under the wrong radio: the one radio it does fit, or %NULL. */
static RcSeries *
find_other_series (RcCatalog        *catalog,
                   const Normalized *norm)
{
  g_autoptr(GArray) others = g_array_sized_new (FALSE, FALSE, sizeof (SeriesResult), 8);
  g_autoptr(GPtrArray) fits = g_ptr_array_new_with_free_func (g_object_unref);
  SeriesResult *other;

  g_array_set_clear_func (others, clear_result);
  other = detect (catalog, norm, others, fits, FALSE);
  if (other != NULL && other->verdict == RC_SERIAL_VALID && fits->len == 1)
    return other->series;
  return NULL;
}

/* A VIN typed into the serial field, when no radio's serial explains the
 * text better. */
static gboolean
is_vin (const SeriesResult *result,
        const Normalized   *norm)
{
  g_autoptr(RcVinCheck) vin = NULL;

  if (result->verdict != RC_SERIAL_INVALID || is_reject (result->problem) ||
      result->evidence >= MIN_EVIDENCE || norm->n != RC_VIN_LENGTH)
    return FALSE;
  vin = rc_vin_check (norm->utf8);
  return vin->verdict == RC_VIN_VALID;
}

/* Where the check went wrong, and the serial it ended on. */
static void
set_position (RcSerialCheck      *self,
              const SeriesResult *result,
              const Normalized   *norm)
{
  self->verdict = result->verdict;
  self->problem = result->problem;
  if (result->verdict == RC_SERIAL_INCOMPLETE)
    {
      self->expected_length = result->expected_length;
    }
  else if (result->verdict == RC_SERIAL_INVALID &&
           result->problem != RC_SERIAL_PROBLEM_UNKNOWN_FORMAT &&
           result->problem != RC_SERIAL_PROBLEM_VIN)
    {
      self->position = result->index + 1;
      /* After a rewrite the position is one in the rewritten serial. */
      if (!result->rewritten && result->index < norm->n)
        self->input_offset = norm->offsets[result->index];
    }

  if (result->rewritten)
    {
      g_free (self->serial);
      self->serial = g_strdup (result->serial);
      self->length = g_utf8_strlen (self->serial, -1);
    }
}

static void
add_notes (RcCatalog          *catalog,
           RcSerialCheck      *self,
           const SeriesResult *result,
           const Normalized   *norm,
           RcSeries           *fits_other)
{
  if (norm->label_stripped)
    g_ptr_array_add (self->notes, g_strdup (_("The label text in front of the serial was left out.")));
  if (result->rewritten)
    g_ptr_array_add (self->notes, g_strdup (result->rule->text));
  /* One look-alike is said in full by the explanation; more of them, or a
   * serial that then needs rewriting, are clearer with the result shown. */
  if (result->fixes > 1 || result->fixed_rule != NULL)
    {
      g_ptr_array_add (self->notes,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "With the look-alike corrected, the "
                                                     "serial reads %s.",
                                                     "With the look-alikes corrected, the "
                                                     "serial reads %s.",
                                                     result->fixes),
                                        result->fixed));
      if (result->fixed_rule != NULL)
        g_ptr_array_add (self->notes, g_strdup (result->fixed_rule->text));
    }
  if (self->verdict == RC_SERIAL_VALID)
    note_lookalikes (catalog, self, result->format);
  if (self->verdict == RC_SERIAL_VALID && self->series != NULL &&
      rc_series_get_confidence (self->series) >= RC_CONFIDENCE_SINGLE_SOURCE)
    g_ptr_array_add (self->notes,
                     g_strdup (rc_confidence_describe (rc_series_get_confidence (self->series))));

  if (fits_other != NULL)
    g_ptr_array_add (self->notes,
                     /* Translators: %s names a radio series, e.g. “Ford — M and V series” */
                     g_strdup_printf (_("It does fit the format for %s. Is that the radio you "
                                        "have?"), rc_series_get_title (fits_other)));
}

/**
 * rc_serial_check:
 * @catalog: the catalog, for look-alikes and numbers that are not serials
 * @series: (nullable): the series the user picked, or %NULL to detect it
 * @text: what the user typed or pasted, as it is
 *
 * Checks @text as a serial. Never fails: what is wrong is part of the answer.
 *
 * Returns: (transfer full): the verdict and its explanation
 */
RcSerialCheck *
rc_serial_check (RcCatalog  *catalog,
                 RcSeries   *series,
                 const char *text)
{
  RcSerialCheck *self;
  g_autoptr(GArray) results = NULL;
  SeriesResult single;
  SeriesResult *result;
  RcSeries *fits_other = NULL;
  Normalized norm;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (series == NULL || RC_IS_SERIES (series), NULL);

  self = check_new ();
  if (check_text (catalog, self, series, text != NULL ? text : "", &norm))
    return self;

  results = g_array_sized_new (FALSE, FALSE, sizeof (SeriesResult), 8);
  g_array_set_clear_func (results, clear_result);
  result = find_result (catalog, self, series, &norm, results, &single);

  /* One that fits once a look-alike is corrected needs no other radio. */
  if (series != NULL && result->verdict == RC_SERIAL_INVALID && !is_reject (result->problem) &&
      result->fixes == 0)
    fits_other = find_other_series (catalog, &norm);

  if (fits_other == NULL && is_vin (result, &norm))
    {
      memset (&single, 0, sizeof single);
      single.series = series;
      single.verdict = RC_SERIAL_INVALID;
      single.problem = RC_SERIAL_PROBLEM_VIN;
      result = &single;
    }

  set_position (self, result, &norm);
  describe (catalog, self, series, result, &norm);
  add_notes (catalog, self, result, &norm, fits_other);
  return self;
}

RcSerialCheck *
rc_serial_check_ref (RcSerialCheck *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rc_serial_check_unref (RcSerialCheck *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->serial);
  g_clear_object (&self->series);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_free (self->summary);
  g_free (self->explanation);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_free (self);
}

RcSerialVerdict
rc_serial_check_get_verdict (const RcSerialCheck *self)
{
  return self->verdict;
}

RcSerialProblem
rc_serial_check_get_problem (const RcSerialCheck *self)
{
  return self->problem;
}

/* The serial as the app reads it: normalised, and with another form of the
 * serial (a long label form, one without its prefix) rewritten to the serial. */
const char *
rc_serial_check_get_serial (const RcSerialCheck *self)
{
  return self->serial;
}

/* The picked series, or the detected one when only one fits (or fits once
 * its look-alikes are corrected); else %NULL. */
RcSeries *
rc_serial_check_get_series (const RcSerialCheck *self)
{
  return self->series;
}

/* When the series was detected: every series the serial could still belong to. */
GPtrArray *
rc_serial_check_get_candidates (const RcSerialCheck *self)
{
  return self->candidates;
}

/* The 1-based position of the problem in the serial, or 0. */
guint
rc_serial_check_get_position (const RcSerialCheck *self)
{
  return self->position;
}

/* The character offset of the problem in the typed text, or -1. */
int
rc_serial_check_get_input_offset (const RcSerialCheck *self)
{
  return self->input_offset;
}

guint
rc_serial_check_get_length (const RcSerialCheck *self)
{
  return self->length;
}

guint
rc_serial_check_get_expected_length (const RcSerialCheck *self)
{
  return self->expected_length;
}

/* A few words: “Valid”, “Wrong at position 3”. */
const char *
rc_serial_check_get_summary (const RcSerialCheck *self)
{
  return self->summary;
}

/* One or two sentences saying why. */
const char *
rc_serial_check_get_explanation (const RcSerialCheck *self)
{
  return self->explanation;
}

/* Further remarks: what was changed in the typed text, how sure a format is. */
GPtrArray *
rc_serial_check_get_notes (const RcSerialCheck *self)
{
  return self->notes;
}

const char *
rc_serial_verdict_to_string (RcSerialVerdict verdict)
{
  switch (verdict)
    {
    case RC_SERIAL_EMPTY:
      return "empty";
    case RC_SERIAL_INCOMPLETE:
      return "incomplete";
    case RC_SERIAL_VALID:
      return "valid";
    case RC_SERIAL_INVALID:
      return "invalid";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rc_serial_normalize:
 *
 * Returns: (transfer full) (nullable): @text as the checker reads it, or
 * %NULL when it is not text or far too long to be a serial
 */
char *
rc_serial_normalize (RcCatalog  *catalog,
                     const char *text)
{
  Normalized norm;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL) || !normalize (catalog, text, &norm))
    return NULL;
  return g_strdup (norm.utf8);
}

/**
 * rc_serial_canonical:
 * @series: (nullable): the radio's series, or %NULL to recognise it from @text
 *
 * The one form in which two serials of the same radio are equal: normalised
 * as the serial field reads it, and with a long label form reduced to the
 * serial it contains (a card's `BP…` and a label's `815BP…`, or `M559440`
 * and `M0559440`, are the same radio).
 *
 * Returns: (transfer full) (nullable): the serial, or %NULL for text that is
 *   empty or no text at all
 */
char *
rc_serial_canonical (RcCatalog  *catalog,
                     RcSeries   *series,
                     const char *text)
{
  g_autoptr(RcSerialCheck) check = NULL;
  const char *serial;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  check = rc_serial_check (catalog, series, text);
  serial = rc_serial_check_get_serial (check);
  if (serial == NULL || serial[0] == '\0')
    return NULL;
  return g_strdup (serial);
}
