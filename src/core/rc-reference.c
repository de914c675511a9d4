/* rc-reference.c — everything the catalog knows, as entries to read and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entries are written from the catalog when the reference is made: no
 * fact is copied into a second place. Search folds text as the model table
 * does (case, accents and punctuation do not matter); every word typed must
 * match. Results come grouped by kind, the best first within each: a word
 * at the start of a title counts most, anywhere in a title next, in the
 * text least.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rc-lockout-rule.h"
#include "rc-reference.h"

struct _RcReference
{
  GPtrArray  *entries;   /* RcEntry */
  GHashTable *by_id;     /* id → RcEntry, borrowed */
};

static void
entry_free (RcEntry *entry)
{
  g_free (entry->id);
  g_free (entry->title);
  g_free (entry->body);
  g_clear_pointer (&entry->sources, g_ptr_array_unref);
  g_free (entry->provenance);
  g_ptr_array_unref (entry->links);
  g_free (entry->haystack);
  g_free (entry->folded_title);
  g_free (entry);
}

const char *
rc_entry_kind_describe (RcEntryKind kind)
{
  switch (kind)
    {
    case RC_ENTRY_DISPLAY: return _("What the Display Says");
    case RC_ENTRY_FAQ: return _("Questions and Answers");
    case RC_ENTRY_SERIES: return _("Serial Formats");
    case RC_ENTRY_METHOD: return _("Finding the Serial and the Code");
    case RC_ENTRY_LOCKOUT: return _("Lockout Rules");
    case RC_ENTRY_MODEL: return _("Car Models");
    case RC_ENTRY_N_KINDS:
    default: g_return_val_if_reached (NULL);
    }
}

static RcEntry *
add (RcReference  *self,
     RcEntryKind   kind,
     const char   *id,
     const char   *title,
     GString      *body,
     GPtrArray    *sources,
     RcConfidence  confidence)
{
  RcEntry *entry = g_new0 (RcEntry, 1);
  g_autofree char *described = rc_sources_describe (sources);
  g_autofree char *haystack_text = NULL;

  entry->id = g_strdup (id);
  entry->kind = kind;
  entry->title = g_strdup (title);
  entry->body = g_strdup (body->str);
  /* Translators: the sources of a reference entry, then how sure they are */
  entry->provenance = g_strdup_printf (_("Source: %s. %s"), described,
                                       rc_confidence_describe (confidence));
  entry->confidence = confidence;
  entry->sources = g_ptr_array_ref (sources);
  entry->links = g_ptr_array_new_with_free_func (g_free);
  entry->folded_title = rc_model_fold (title);
  haystack_text = g_strconcat (title, " ", body->str, NULL);
  /* Words folded one by one, so that a search never runs across two. */
  {
    g_auto(GStrv) words = g_regex_split_simple ("\\s+", haystack_text, 0, 0);
    g_autoptr(GString) folded = g_string_new (" ");

    for (guint i = 0; words[i] != NULL; i++)
      {
        g_autofree char *word = rc_model_fold (words[i]);

        if (word[0] == '\0')
          continue;
        g_string_append (folded, word);
        g_string_append_c (folded, ' ');
      }
    entry->haystack = g_string_free (g_steal_pointer (&folded), FALSE);
  }

  g_ptr_array_add (self->entries, entry);
  g_hash_table_insert (self->by_id, entry->id, entry);
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

static void
add_displays (RcReference *self,
              RcCatalog   *catalog)
{
  GListModel *displays = rc_catalog_get_displays (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (displays); i++)
    {
      g_autoptr(RcDisplay) display = g_list_model_get_item (displays, i);
      g_autofree char *id = g_strconcat ("display:", rc_display_get_id (display), NULL);
      g_autofree char *title = g_strjoinv (" / ", (char **) rc_display_get_words (display));
      g_autoptr(GString) body = g_string_new (NULL);

      paragraph (body, rc_display_get_meaning (display));
      paragraph (body, rc_display_get_action (display));
      add (self, RC_ENTRY_DISPLAY, id, title, body, rc_display_get_sources (display),
           rc_display_get_confidence (display));
    }
}

static void
add_series (RcReference *self,
            RcCatalog   *catalog)
{
  GListModel *all = rc_catalog_get_series (catalog);
  GListModel *methods = rc_catalog_get_methods (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(RcSeries) series = g_list_model_get_item (all, i);
      g_autofree char *id = g_strconcat ("series:", rc_series_get_id (series), NULL);
      g_autoptr(GString) body = g_string_new (NULL);
      g_autoptr(GString) examples = g_string_new (NULL);
      GPtrArray *formats = rc_series_get_formats (series);
      GPtrArray *rejects = rc_series_get_rejects (series);
      RcLockoutRule *rule = rc_catalog_get_lockout_for_series (catalog, series);
      RcEntry *entry;

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

      entry = add (self, RC_ENTRY_SERIES, id, rc_series_get_title (series), body,
                   rc_series_get_sources (series), rc_series_get_confidence (series));
      if (rule != NULL)
        link_to (entry, "lockout", rc_lockout_rule_get_id (rule));
      for (guint j = 0; j < g_list_model_get_n_items (methods); j++)
        {
          g_autoptr(RcMethod) method = g_list_model_get_item (methods, j);

          if (rc_method_applies (method, series, NULL))
            link_to (entry, "method", rc_method_get_id (method));
        }
    }

  /* Numbers that are never serials, whatever the radio. */
  {
    GPtrArray *rejects = rc_catalog_get_rejects (catalog);
    g_autoptr(GString) body = g_string_new (NULL);
    g_autoptr(GPtrArray) sources = g_ptr_array_new ();

    for (guint j = 0; j < rejects->len; j++)
      {
        RcRule *rule = g_ptr_array_index (rejects, j);

        paragraph (body, rule->text);
        g_ptr_array_extend (sources, rule->sources, NULL, NULL);
      }
    if (rejects->len > 0)
      add (self, RC_ENTRY_SERIES, "series:not-serials", _("Numbers That Are Not Serials"), body,
           sources, RC_CONFIDENCE_REPORTED);
  }
}

static void
add_methods (RcReference *self,
             RcCatalog   *catalog)
{
  GListModel *methods = rc_catalog_get_methods (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (methods); i++)
    {
      g_autoptr(RcMethod) method = g_list_model_get_item (methods, i);
      g_autofree char *id = g_strconcat ("method:", rc_method_get_id (method), NULL);
      g_autoptr(GString) body = g_string_new (NULL);
      GPtrArray *steps = rc_method_get_steps (method);
      GPtrArray *cautions = rc_method_get_cautions (method);

      paragraph (body, rc_method_get_summary (method));
      for (guint j = 0; j < steps->len; j++)
        {
          g_autofree char *step = g_strdup_printf ("%u. %s", j + 1,
                                                   (const char *) g_ptr_array_index (steps, j));

          paragraph (body, step);
        }
      for (guint j = 0; j < cautions->len; j++)
        paragraph (body, g_ptr_array_index (cautions, j));
      add (self, RC_ENTRY_METHOD, id, rc_method_get_title (method), body,
           rc_method_get_sources (method), rc_method_get_confidence (method));
    }
}

static void
add_lockouts (RcReference *self,
              RcCatalog   *catalog)
{
  GListModel *rules = rc_catalog_get_lockouts (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(RcLockoutRule) rule = g_list_model_get_item (rules, i);
      g_autofree char *id = g_strconcat ("lockout:", rc_lockout_rule_get_id (rule), NULL);
      g_autofree char *summary = rc_lockout_rule_describe (rule);
      g_autoptr(GString) body = g_string_new (NULL);
      RcEntry *entry;

      paragraph (body, summary);
      paragraph (body, rc_lockout_rule_get_condition (rule));
      paragraph (body, rc_lockout_rule_get_note (rule));
      entry = add (self, RC_ENTRY_LOCKOUT, id, rc_lockout_rule_get_name (rule), body,
                   rc_lockout_rule_get_sources (rule), rc_lockout_rule_get_confidence (rule));
      if (rc_lockout_rule_get_default_for (rule) != NULL)
        link_to (entry, "series", rc_lockout_rule_get_default_for (rule));
    }
}

static void
add_models (RcReference *self,
            RcCatalog   *catalog)
{
  GListModel *models = rc_catalog_get_models (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models, i);
      g_autofree char *id = g_strconcat ("model:", rc_model_get_id (model), NULL);
      g_autofree char *title = g_strdup_printf ("%s %s", rc_model_get_make (model),
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
      entry = add (self, RC_ENTRY_MODEL, id, title, body, rc_model_get_sources (model),
                   rc_model_get_confidence (model));
      for (guint j = 0; j < series->len; j++)
        link_to (entry, "series", rc_series_get_id (g_ptr_array_index (series, j)));
    }
}

static void
add_faqs (RcReference *self,
          RcCatalog   *catalog)
{
  GPtrArray *faqs = rc_catalog_get_faqs (catalog);

  for (guint i = 0; i < faqs->len; i++)
    {
      RcFaq *faq = g_ptr_array_index (faqs, i);
      g_autofree char *id = g_strconcat ("faq:", faq->id, NULL);
      g_autoptr(GString) body = g_string_new (NULL);
      RcEntry *entry;

      paragraph (body, faq->answer);
      entry = add (self, RC_ENTRY_FAQ, id, faq->question, body, faq->sources, faq->confidence);
      for (guint j = 0; j < faq->see->len; j++)
        g_ptr_array_add (entry->links, g_strdup (g_ptr_array_index (faq->see, j)));
    }
}

static int
compare_kind (gconstpointer a,
              gconstpointer b)
{
  const RcEntry *x = *(RcEntry * const *) a, *y = *(RcEntry * const *) b;

  return (int) x->kind - (int) y->kind;
}

RcReference *
rc_reference_new (RcCatalog *catalog)
{
  RcReference *self;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);

  self = g_new0 (RcReference, 1);
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  add_displays (self, catalog);
  add_series (self, catalog);
  add_methods (self, catalog);
  add_lockouts (self, catalog);
  add_models (self, catalog);
  add_faqs (self, catalog);
  /* Grouped by kind, in catalog order within each (a stable sort). */
  g_ptr_array_sort (self->entries, compare_kind);
  return self;
}

void
rc_reference_free (RcReference *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->entries);
  g_free (self);
}

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

typedef struct
{
  RcEntry *entry;
  guint    score;
  guint    order;
} Hit;

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *x = a, *y = b;

  if (x->entry->kind != y->entry->kind)
    return (int) x->entry->kind - (int) y->entry->kind;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return (int) x->order - (int) y->order;
}

/**
 * rc_reference_search:
 *
 * Returns: (transfer container) (element-type RcEntry): the entries that
 *   match every word of @text, grouped by kind, the best first in each;
 *   every entry when @text has no words
 */
GPtrArray *
rc_reference_search (RcReference *self,
                     const char  *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("\\s+", text != NULL ? text : "", 0, 0);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *word = rc_model_fold (parts[i]);

      if (word[0] != '\0')
        g_ptr_array_add (words, word);
      else
        g_free (word);
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      RcEntry *entry = g_ptr_array_index (self->entries, i);
      Hit hit = { entry, 0, i };
      gboolean all = TRUE;

      for (guint j = 0; all && j < words->len; j++)
        {
          const char *word = g_ptr_array_index (words, j);
          g_autofree char *at_start = g_strconcat (" ", word, NULL);

          if (g_str_has_prefix (entry->folded_title, word))
            hit.score += 5;
          else if (strstr (entry->folded_title, word) != NULL)
            hit.score += 3;
          else if (strstr (entry->haystack, at_start) != NULL)
            hit.score += 2;
          else if (strstr (entry->haystack, word) != NULL)
            hit.score += 1;
          else
            all = FALSE;
        }
      if (all)
        g_array_append_val (hits, hit);
    }

  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (found, g_array_index (hits, Hit, i).entry);
  return found;
}
