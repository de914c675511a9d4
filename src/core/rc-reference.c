/* rc-reference.c — everything the catalog knows, as entries to read and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entries are written from the catalog when the reference is made: no
 * fact is copied into a second place. Search folds text as the model table
 * does (case, accents and punctuation do not matter); every word typed must
 * be found in the title, the text or the sources' names. One order serves
 * every place that shows results (the Reference section, the command line,
 * GNOME Shell): entries with a word in the title come first, then those
 * with one in the text, then those found only in their sources; within
 * each of these, grouped by kind, the best first (a word at the start of a
 * title counts most), then in catalog order.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rc-lockout-rule.h"
#include "rc-reference.h"
#include "rc-reference-item.h"
#include "rc-text.h"

/* Words on either side of the one found, in an excerpt of the text or the
 * sources; a title is always shown whole. */
#define EXCERPT_WORDS 5

/* What a search reads of a field: its words folded, and where each is in
 * the text as written. */
typedef struct
{
  char   *text;     /* as written */
  char   *folded;   /* " word word … ": each word folded, set off by spaces */
  GArray *starts;   /* guint: where each word starts in folded */
  GArray *spans;    /* Span: where each word is in text */
} Field;

typedef struct
{
  gsize start;
  gsize end;
} Span;

typedef struct
{
  RcEntry  entry;   /* first, so that an RcEntry is where its Entry is */
  Field    fields[RC_N_FIELDS];
} Entry;

struct _RcReference
{
  RcCatalog  *catalog;   /* owns the sources entries borrow */
  GPtrArray  *entries;   /* Entry */
  GHashTable *by_id;     /* id → Entry, borrowed */
  GListStore *items;     /* RcReferenceItem, in the order of entries; made when first asked for */
};

static void
entry_free (Entry *self)
{
  RcEntry *entry = &self->entry;

  g_free (entry->id);
  g_free (entry->title);
  g_free (entry->body);
  g_free (entry->provenance);
  g_ptr_array_unref (entry->sources);
  g_ptr_array_unref (entry->links);
  for (guint i = 0; i < RC_N_FIELDS; i++)
    {
      g_free (self->fields[i].text);
      g_free (self->fields[i].folded);
      g_array_unref (self->fields[i].starts);
      g_array_unref (self->fields[i].spans);
    }
  g_free (self);
}

/* Adds the words of @text (valid UTF-8) that fold to something to @folded,
 * folded, and their places in @text to @spans (when it is not NULL). */
static void
split_words (const char *text,
             GPtrArray  *folded,
             GArray     *spans)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;
      g_autofree char *written = NULL;
      char *word;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start)
        break;

      written = g_strndup (start, p - start);
      word = rc_model_fold (written);
      if (word[0] == '\0')
        {
          g_free (word);
          continue;
        }
      g_ptr_array_add (folded, word);
      if (spans != NULL)
        {
          Span span = { start - text, p - text };

          g_array_append_val (spans, span);
        }
    }
}

/* Words are folded one by one, so that a search never runs across two. */
static void
field_init (Field      *field,
            const char *text)
{
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) haystack = g_string_new (" ");

  field->text = g_strdup (text);
  field->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  split_words (text, folded, field->spans);
  field->starts = g_array_sized_new (FALSE, FALSE, sizeof (guint), folded->len);
  for (guint i = 0; i < folded->len; i++)
    {
      guint start = haystack->len;

      g_array_append_val (field->starts, start);
      g_string_append (haystack, g_ptr_array_index (folded, i));
      g_string_append_c (haystack, ' ');
    }
  field->folded = g_string_free (g_steal_pointer (&haystack), FALSE);
}

const char *
rc_entry_kind_describe (RcEntryKind kind)
{
  switch (kind)
    {
    case RC_ENTRY_DISPLAY: return _("What the Display Says");
    case RC_ENTRY_FAQ: return _("Questions and Answers");
    case RC_ENTRY_SERIES: return _("Serial Formats");
    case RC_ENTRY_METHOD: return _("Finding Serials and Codes");
    case RC_ENTRY_LOCKOUT: return _("Lockout Rules");
    case RC_ENTRY_MODEL: return _("Car Models");
    case RC_ENTRY_N_KINDS:
    default: g_return_val_if_reached (NULL);
    }
}

/* Adds an entry named, as links name it, by the @prefix of its kind of object and @id. */
static RcEntry *
add (RcReference  *self,
     RcEntryKind   kind,
     const char   *prefix,
     const char   *id,
     const char   *title,
     GString      *body,
     GPtrArray    *sources,
     RcConfidence  confidence)
{
  Entry *full = g_new0 (Entry, 1);
  RcEntry *entry = &full->entry;
  g_autofree char *described = rc_sources_describe (sources);
  g_autoptr(GString) names = g_string_new (NULL);

  entry->id = g_strconcat (prefix, ":", id, NULL);
  entry->kind = kind;
  entry->title = g_strdup (title);
  entry->body = g_strdup (body->str);
  /* Translators: the sources of a reference entry, then how sure they are */
  entry->provenance = g_strdup_printf (_("Source: %s. %s"), described,
                                       rc_confidence_describe (confidence));
  entry->confidence = confidence;
  entry->sources = g_ptr_array_ref (sources);
  entry->links = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < sources->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "; " : "",
                            ((RcSource *) g_ptr_array_index (sources, i))->name);
  field_init (&full->fields[RC_FIELD_TITLE], title);
  field_init (&full->fields[RC_FIELD_TEXT], body->str);
  field_init (&full->fields[RC_FIELD_SOURCES], names->str);

  g_ptr_array_add (self->entries, full);
  g_hash_table_insert (self->by_id, entry->id, full);
  return entry;
}

static void
link_to (RcEntry    *entry,
         const char *kind,
         const char *id)
{
  g_ptr_array_add (entry->links, g_strconcat (kind, ":", id, NULL));
}

static void
paragraph (GString    *body,
           const char *text)
{
  if (text == NULL || text[0] == '\0')
    return;
  if (body->len > 0)
    g_string_append (body, "\n\n");
  g_string_append (body, text);
}

/* Adds the entry of one object of a list the catalog gives. */
typedef void (*AddFunc) (RcReference *self,
                         gpointer     item);

/* Adds an entry for each object of @items, in their order. */
static void
add_each (RcReference *self,
          GListModel  *items,
          AddFunc      add_one)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      add_one (self, item);
    }
}

static void
add_display (RcReference *self,
             gpointer     item)
{
  RcDisplay *display = item;
  g_autofree char *title = rc_text_join_list (rc_display_get_words (display), RC_TEXT_LIST_SLASH);
  g_autoptr(GString) body = g_string_new (NULL);

  paragraph (body, rc_display_get_meaning (display));
  paragraph (body, rc_display_get_action (display));
  add (self, RC_ENTRY_DISPLAY, "display", rc_display_get_id (display), title, body,
       rc_display_get_sources (display), rc_display_get_confidence (display));
}

/* What a series entry says: its serials, with examples; what is not one; how the code is
 * entered. */
static GString *
series_body (RcSeries *series)
{
  GString *body = g_string_new (NULL);
  g_autoptr(GString) examples = g_string_new (NULL);
  GPtrArray *formats = rc_series_get_formats (series);
  GPtrArray *rejects = rc_series_get_rejects (series);

  for (guint j = 0; j < formats->len; j++)
    {
      const char *example = rc_format_get_example (g_ptr_array_index (formats, j));

      if (example != NULL)
        g_string_append_printf (examples, "%s%s", examples->len > 0 ? ", " : "", example);
    }
  paragraph (body, rc_series_get_format_summary (series));
  if (examples->len > 0)
    {
      /* Translators: example serials, e.g. “For example: BP234631987485” */
      g_autofree char *line = g_strdup_printf (_("For example: %s."), examples->str);

      paragraph (body, line);
    }
  else
    {
      g_autofree char *line = rc_series_describe_example (series);

      paragraph (body, line);
    }
  paragraph (body, rc_series_get_note (series));
  for (guint j = 0; j < rejects->len; j++)
    paragraph (body, ((RcRule *) g_ptr_array_index (rejects, j))->text);
  if (rc_series_has_entry (series))
    {
      g_autofree char *sources = rc_sources_describe (rc_series_get_entry_sources (series));
      g_autofree char *line = NULL;

      /* Translators: how the code is confirmed, then how sure that is and its sources */
      line = g_strdup_printf (_("Entering the code: each of presets 1 to 4 sets one digit. "
                                "%s (%s; from: %s)"),
                              rc_series_get_entry_confirm (series),
                              rc_confidence_get_name (rc_series_get_entry_confidence (series)),
                              sources);
      paragraph (body, line);
    }
  else
    {
      paragraph (body, _("No source says how this radio takes its code. Follow its own "
                         "manual, or ask a dealer, before you spend a try."));
    }
  return body;
}

/* Numbers that are never serials, whatever the radio. */
static void
add_not_serials (RcReference *self,
                 RcCatalog   *catalog)
{
  GPtrArray *rejects = rc_catalog_get_rejects (catalog);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  for (guint j = 0; j < rejects->len; j++)
    {
      RcRule *rule = g_ptr_array_index (rejects, j);

      paragraph (body, rule->text);
      /* Each source once, however many rules it gives. */
      for (guint k = 0; k < rule->sources->len; k++)
        if (!g_ptr_array_find (sources, g_ptr_array_index (rule->sources, k), NULL))
          g_ptr_array_add (sources, g_ptr_array_index (rule->sources, k));
    }
  if (rejects->len > 0)
    add (self, RC_ENTRY_SERIES, "series", "not-serials", _("Numbers That Are Not Serials"),
         body, sources, RC_CONFIDENCE_REPORTED);
}

static void
add_series (RcReference *self,
            gpointer     item)
{
  RcSeries *series = item;
  GListModel *methods = rc_catalog_get_methods (self->catalog);
  g_autoptr(GString) body = series_body (series);
  RcLockoutRule *rule = rc_catalog_get_lockout_for_series (self->catalog, series);
  RcEntry *entry;

  entry = add (self, RC_ENTRY_SERIES, "series", rc_series_get_id (series),
               rc_series_get_title (series), body, rc_series_get_sources (series),
               rc_series_get_confidence (series));
  if (rule != NULL)
    link_to (entry, "lockout", rc_lockout_rule_get_id (rule));
  for (guint j = 0; j < g_list_model_get_n_items (methods); j++)
    {
      g_autoptr(RcMethod) method = g_list_model_get_item (methods, j);

      if (rc_method_applies (method, series, NULL))
        link_to (entry, "method", rc_method_get_id (method));
    }
}

static void
add_method (RcReference *self,
            gpointer     item)
{
  RcMethod *method = item;
  g_autoptr(GString) body = g_string_new (NULL);
  GPtrArray *steps = rc_method_get_steps (method);
  GPtrArray *cautions = rc_method_get_cautions (method);

  paragraph (body, rc_method_get_summary (method));
  for (guint j = 0; j < steps->len; j++)
    {
      g_autofree char *step =
        /* Translators: a numbered step of a method, e.g. “2. Hold presets 1 and 6.”
         * (the step's number, not a count) */
        G_GNUC_EXTENSION g_strdup_printf (C_("numbered step", "%1$u. %2$s"), j + 1,
                                          (const char *) g_ptr_array_index (steps, j));

      paragraph (body, step);
    }
  for (guint j = 0; j < cautions->len; j++)
    paragraph (body, g_ptr_array_index (cautions, j));
  add (self, RC_ENTRY_METHOD, "method", rc_method_get_id (method), rc_method_get_title (method),
       body, rc_method_get_sources (method), rc_method_get_confidence (method));
}

/* The entry of a verified way to compute a code: what it covers and what not,
 * what it rests on, and what to check when the radio refuses its code. The
 * series it serves link to it, and it to them. */
static void
add_code_method (RcReference *self,
                 gpointer     item)
{
  RcCodeMethod *method = item;
  /* Translators: the title of a reference entry; the argument names the radios */
  g_autofree char *title = g_strdup_printf (_("Computing the Code: %s"),
                                            rc_code_method_get_name (method));
  g_autoptr(GString) body = g_string_new (NULL);
  GPtrArray *series = rc_code_method_get_series (method);
  RcEntry *entry;

  paragraph (body, rc_code_method_get_covers (method));
  paragraph (body, rc_code_method_get_excludes (method));
  paragraph (body, rc_code_method_get_basis (method));
  for (guint j = 0; j < series->len; j++)
    {
      const char *example = rc_series_get_example (g_ptr_array_index (series, j));
      g_autofree char *code = NULL;
      g_autofree char *line = NULL;

      if (example == NULL || (code = rc_code_method_compute (method, example, NULL)) == NULL)
        continue;
      /* Translators: an example serial, then the code computed from it */
      line = g_strdup_printf (_("For example, %s gives the code %s."), example, code);
      paragraph (body, line);
    }
  {
    /* Translators: what to check when the radio refuses a computed code */
    g_autofree char *line = g_strdup_printf (_("If the radio refuses the code: %s"),
                                             rc_code_method_get_refused (method));

    paragraph (body, line);
  }

  entry = add (self, RC_ENTRY_METHOD, "code", rc_code_method_get_id (method), title, body,
               rc_code_method_get_sources (method), rc_code_method_get_confidence (method));
  for (guint j = 0; j < series->len; j++)
    {
      const char *series_id = rc_series_get_id (g_ptr_array_index (series, j));
      g_autofree char *series_entry = g_strconcat ("series:", series_id, NULL);
      RcEntry *served = rc_reference_lookup (self, series_entry);

      link_to (entry, "series", series_id);
      if (served != NULL)
        link_to (served, "code", rc_code_method_get_id (method));
    }
}

static void
add_lockout (RcReference *self,
             gpointer     item)
{
  RcLockoutRule *rule = item;
  g_autofree char *summary = rc_lockout_rule_describe (rule);
  g_autoptr(GString) body = g_string_new (NULL);
  RcEntry *entry;

  paragraph (body, summary);
  paragraph (body, rc_lockout_rule_get_condition (rule));
  paragraph (body, rc_lockout_rule_get_note (rule));
  entry = add (self, RC_ENTRY_LOCKOUT, "lockout", rc_lockout_rule_get_id (rule),
               rc_lockout_rule_get_name (rule), body, rc_lockout_rule_get_sources (rule),
               rc_lockout_rule_get_confidence (rule));
  if (rc_lockout_rule_get_default_for (rule) != NULL)
    link_to (entry, "series", rc_lockout_rule_get_default_for (rule));
}

static void
add_model (RcReference *self,
           gpointer     item)
{
  RcModel *model = item;
  /* Translators: a car's make, then its model, e.g. “Nissan Micra” */
  g_autofree char *title = G_GNUC_EXTENSION g_strdup_printf (C_("car", "%1$s %2$s"),
                                                            rc_model_get_make (model),
                                                            rc_model_get_name (model));
  g_autofree char *facts = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  GPtrArray *series = rc_model_get_series (model);
  RcEntry *entry;

  /* Translators: chassis codes, model years, then the radios fitted */
  facts = g_strdup_printf (_("Chassis %s, %s. Radios: %s."), rc_model_get_chassis (model),
                           rc_model_get_years (model), rc_model_get_radios (model));
  paragraph (body, facts);
  paragraph (body, rc_model_get_note (model));
  paragraph (body, rc_model_get_location (model));
  entry = add (self, RC_ENTRY_MODEL, "model", rc_model_get_id (model), title, body,
               rc_model_get_sources (model), rc_model_get_confidence (model));
  for (guint j = 0; j < series->len; j++)
    link_to (entry, "series", rc_series_get_id (g_ptr_array_index (series, j)));
}

/* The questions are no list model: the catalog keeps them as plain structs. */
static void
add_faqs (RcReference *self,
          GPtrArray   *faqs)
{
  for (guint i = 0; i < faqs->len; i++)
    {
      RcFaq *faq = g_ptr_array_index (faqs, i);
      g_autoptr(GString) body = g_string_new (NULL);
      RcEntry *entry;

      paragraph (body, faq->answer);
      entry = add (self, RC_ENTRY_FAQ, "faq", faq->id, faq->question, body, faq->sources,
                   faq->confidence);
      for (guint j = 0; j < faq->see->len; j++)
        g_ptr_array_add (entry->links, g_strdup (g_ptr_array_index (faq->see, j)));
    }
}

static int
compare_kind (gconstpointer a,
              gconstpointer b)
{
  const Entry *x = *(Entry * const *) a, *y = *(Entry * const *) b;

  return (int) x->entry.kind - (int) y->entry.kind;
}

RcReference *
rc_reference_new (RcCatalog *catalog)
{
  RcReference *self;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);

  self = g_new0 (RcReference, 1);
  self->catalog = g_object_ref (catalog);
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  add_each (self, rc_catalog_get_displays (catalog), add_display);
  add_each (self, rc_catalog_get_series (catalog), add_series);
  add_not_serials (self, catalog);
  add_each (self, rc_catalog_get_methods (catalog), add_method);
  add_each (self, rc_catalog_get_code_methods (catalog), add_code_method);
  add_each (self, rc_catalog_get_lockouts (catalog), add_lockout);
  add_each (self, rc_catalog_get_models (catalog), add_model);
  add_faqs (self, rc_catalog_get_faqs (catalog));
  /* Grouped by kind, in catalog order within each (a stable sort). */
  g_ptr_array_sort (self->entries, compare_kind);
  return self;
}

void
rc_reference_free (RcReference *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->items);
  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->entries);
  g_object_unref (self->catalog);
  g_free (self);
}

/**
 * rc_reference_get_entries:
 *
 * Returns: (transfer none) (element-type RcEntry): every entry, grouped by kind
 */
GPtrArray *
rc_reference_get_entries (RcReference *self)
{
  return self->entries;
}

RcEntry *
rc_reference_lookup (RcReference *self,
                     const char  *id)
{
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

/* Where @spaced (a folded word after a space) is in @field: at the start of
 * a word if it is there anywhere, which *at_start then says. */
static const char *
find_in (const Field *field,
         const char  *spaced,
         gboolean    *at_start)
{
  const char *at = strstr (field->folded, spaced);

  *at_start = at != NULL;
  if (at != NULL)
    return at + 1;
  return strstr (field->folded, spaced + 1);
}

/* The word of @field that @at, a place in its folded words, lies in. */
static guint
word_at (const Field *field,
         const char  *at)
{
  guint position = at - field->folded;
  guint low = 0, high = field->starts->len;

  g_assert (high > 0);
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (field->starts, guint, middle) <= position)
        low = middle;
      else
        high = middle;
    }
  return low;
}

/* Adds @text to @out with every run of white space made one space, and
 * none kept at the end. */
static void
append_spaced (GString    *out,
               const char *text,
               gsize       length)
{
  gboolean space = FALSE;

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          space = TRUE;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

/* The text around the @word'th word of @field, as written: @around words
 * on either side. */
static void
excerpt_init (RcExcerpt   *excerpt,
              const Field *field,
              guint        word,
              guint        around)
{
  guint from = word > around ? word - around : 0;
  guint to = MIN (word + MIN (around, field->spans->len), field->spans->len - 1);
  const Span *first = &g_array_index (field->spans, Span, from);
  const Span *found = &g_array_index (field->spans, Span, word);
  const Span *last = &g_array_index (field->spans, Span, to);
  g_autoptr(GString) text = g_string_new (from > 0 ? "…" : NULL);

  append_spaced (text, field->text + first->start, found->start - first->start);
  if (from < word)
    g_string_append_c (text, ' ');
  excerpt->start = text->len;
  append_spaced (text, field->text + found->start, found->end - found->start);
  excerpt->end = text->len;
  /* The space after the word comes with the text after it. */
  append_spaced (text, field->text + found->end, last->end - found->end);
  if (to + 1 < field->spans->len)
    g_string_append (text, "…");
  excerpt->text = g_string_free (g_steal_pointer (&text), FALSE);
}

void
rc_match_free (RcMatch *match)
{
  if (match == NULL)
    return;
  for (guint i = 0; i < RC_N_FIELDS; i++)
    g_free (match->excerpts[i].text);
  g_free (match);
}

/* The words of a search, folded, each after a space: " word". The search
 * is cut to RC_REFERENCE_MAX_QUERY characters and each word kept once, so
 * that it costs no more than a pass over the reference for each word. */
static GPtrArray *
query_words (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autofree char *cut = g_utf8_substring (valid, 0, MIN (g_utf8_strlen (valid, -1),
                                                          RC_REFERENCE_MAX_QUERY));
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  split_words (cut, folded, NULL);
  for (guint i = 0; i < folded->len; i++)
    {
      const char *word = g_ptr_array_index (folded, i);

      if (g_hash_table_add (seen, (char *) word))
        g_ptr_array_add (words, g_strconcat (" ", word, NULL));
    }
  return words;
}

/**
 * rc_reference_has_words:
 *
 * Returns: whether @text has a word to search for: something more than
 *   spaces and punctuation
 */
gboolean
rc_reference_has_words (const char *text)
{
  g_autoptr(GPtrArray) words = query_words (text);

  return words->len > 0;
}

typedef struct
{
  RcMatch *match;
  guint    score;
  guint    order;
} Hit;

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *x = a, *y = b;

  if (x->match->field != y->match->field)
    return (int) x->match->field - (int) y->match->field;
  if (x->match->entry->kind != y->match->entry->kind)
    return (int) x->match->entry->kind - (int) y->match->entry->kind;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return (int) x->order - (int) y->order;
}

/* What a word found in @field counts, [not at / at] the start of a word. */
static const guint points[RC_N_FIELDS][2] = {
  [RC_FIELD_TITLE] = { 3, 4 },
  [RC_FIELD_TEXT] = { 1, 2 },
  [RC_FIELD_SOURCES] = { 0, 1 },
};

/* Fills in @hit when every word is in @entry; FALSE when one is not. */
static gboolean
match_entry (Entry     *entry,
             GPtrArray *words,
             Hit       *hit)
{
  guint first[RC_N_FIELDS] = { 0 };   /* a word found in each field, as 1 + its index */
  RcField best = RC_N_FIELDS;

  for (guint i = 0; i < words->len; i++)
    {
      const char *spaced = g_ptr_array_index (words, i);
      RcField field;

      for (field = 0; field < RC_N_FIELDS; field++)
        {
          const Field *haystack = &entry->fields[field];
          gboolean at_start;
          const char *at = find_in (haystack, spaced, &at_start);

          if (at == NULL)
            continue;
          hit->score += points[field][at_start];
          /* The title's first word counts most. */
          if (field == RC_FIELD_TITLE && at == haystack->folded + 1)
            hit->score++;
          if (first[field] == 0)
            first[field] = 1 + word_at (haystack, at);
          best = MIN (best, field);
          break;
        }
      if (field == RC_N_FIELDS)
        return FALSE;
    }

  hit->match = g_new0 (RcMatch, 1);
  hit->match->entry = &entry->entry;
  hit->match->field = best;
  for (RcField field = 0; field < RC_N_FIELDS; field++)
    if (first[field] > 0)
      excerpt_init (&hit->match->excerpts[field], &entry->fields[field], first[field] - 1,
                    field == RC_FIELD_TITLE ? G_MAXUINT : EXCERPT_WORDS);
  return TRUE;
}

/**
 * rc_reference_search:
 *
 * Finds the entries in which every word of @text is found, in the order
 * every list of results shows them (see the top of this file).
 *
 * Returns: (transfer full) (element-type RcMatch): the entries found and
 *   why; every entry, grouped by kind, when @text has no words
 */
GPtrArray *
rc_reference_search (RcReference *self,
                     const char  *text)
{
  g_autoptr(GPtrArray) words = query_words (text);
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_match_free);

  g_return_val_if_fail (self != NULL, found);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Hit hit = { NULL, 0, i };

      if (match_entry (g_ptr_array_index (self->entries, i), words, &hit))
        g_array_append_val (hits, hit);
    }

  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (found, g_array_index (hits, Hit, i).match);
  return found;
}

static char *
explain (RcField     field,
         const char *excerpt)
{
  switch (field)
    {
    case RC_FIELD_TITLE:
      /* Translators: why a reference entry was found, then the words around the match */
      return g_strdup_printf (_("Matched in the title: %s"), excerpt);
    case RC_FIELD_TEXT:
      /* Translators: why a reference entry was found, then the words around the match */
      return g_strdup_printf (_("Matched in the text: %s"), excerpt);
    case RC_FIELD_SOURCES:
      /* Translators: why a reference entry was found, then the words around the match */
      return g_strdup_printf (_("Matched in the sources: %s"), excerpt);
    case RC_N_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rc_match_explain:
 * @markup: whether to give Pango markup, the word found in bold
 *
 * Returns: (nullable): a sentence saying that a word was found in @field of
 *   the entry, with the words around it; %NULL where none was found there
 */
char *
rc_match_explain (const RcMatch *match,
                  RcField        field,
                  gboolean       markup)
{
  const RcExcerpt *excerpt;
  g_autofree char *sentence = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *head = NULL;
  g_autofree char *before = NULL;
  g_autofree char *word = NULL;
  g_autofree char *after = NULL;
  g_autofree char *tail = NULL;

  g_return_val_if_fail (match != NULL, NULL);
  g_return_val_if_fail (field < RC_N_FIELDS, NULL);

  excerpt = &match->excerpts[field];
  if (excerpt->text == NULL)
    return NULL;
  if (!markup)
    return explain (field, excerpt->text);

  /* The translation is written around a stand-in, so that it is escaped
   * on its own and the excerpt can carry its bold word. */
  sentence = explain (field, "\001");
  parts = g_strsplit (sentence, "\001", 2);
  head = g_markup_escape_text (parts[0], -1);
  before = g_markup_escape_text (excerpt->text, excerpt->start);
  word = g_markup_escape_text (excerpt->text + excerpt->start, excerpt->end - excerpt->start);
  after = g_markup_escape_text (excerpt->text + excerpt->end, -1);
  tail = g_markup_escape_text (parts[1] != NULL ? parts[1] : "", -1);
  return g_strconcat (head, before, "<b>", word, "</b>", after, tail, NULL);
}

/**
 * rc_reference_get_items:
 *
 * Returns: (transfer none): every entry as an #RcReferenceItem, grouped by
 *   kind as rc_reference_get_entries() lists them; the same items for as
 *   long as the reference lives
 */
GListModel *
rc_reference_get_items (RcReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->items == NULL)
    {
      self->items = g_list_store_new (RC_TYPE_REFERENCE_ITEM);
      for (guint i = 0; i < self->entries->len; i++)
        {
          g_autoptr(RcReferenceItem) item =
            rc_reference_item_new (&((Entry *) g_ptr_array_index (self->entries, i))->entry);

          g_list_store_append (self->items, item);
        }
    }
  return G_LIST_MODEL (self->items);
}

/**
 * rc_reference_apply_search:
 *
 * Searches for @text as rc_reference_search() does, and tells each item of
 * rc_reference_get_items() what was found in it and its place among the
 * results.
 *
 * Returns: how many entries were found
 */
guint
rc_reference_apply_search (RcReference *self,
                           const char  *text)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) ranks = NULL;
  GListModel *items;
  guint n_found;

  g_return_val_if_fail (self != NULL, 0);

  items = rc_reference_get_items (self);
  found = rc_reference_search (self, text);
  n_found = found->len;
  ranks = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < found->len; i++)
    g_hash_table_insert (ranks, ((RcMatch *) g_ptr_array_index (found, i))->entry,
                         GUINT_TO_POINTER (i + 1));

  /* Each match goes to its item; the array keeps none. */
  g_ptr_array_set_free_func (found, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RcReferenceItem) item = g_list_model_get_item (items, i);
      guint rank = GPOINTER_TO_UINT (g_hash_table_lookup (ranks, rc_reference_item_get_entry (item)));

      if (rank == 0)
        rc_reference_item_set_match (item, NULL, G_MAXUINT);
      else
        rc_reference_item_set_match (item, g_ptr_array_index (found, rank - 1), rank - 1);
    }
  return n_found;
}
