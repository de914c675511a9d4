/* rc-catalog-dump.c — everything a catalog holds, as one text to compare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two catalogs hold the same facts when their dumps are equal: the catalog
 * tests compare a catalog after a failed document with one before it, and a
 * catalog read from the compiled form with one read from the XML.
 */

#include "config.h"

#include <string.h>

#include "rc-catalog-dump.h"

static void
put (GString    *out,
     const char *key,
     const char *value)
{
  g_string_append_printf (out, "  %s=%s\n", key, value != NULL ? value : "(none)");
}

static void
put_sources (GString    *out,
             const char *key,
             GPtrArray  *sources)
{
  g_string_append_printf (out, "  %s=", key);
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    g_string_append_printf (out, "%s ", ((RcSource *) g_ptr_array_index (sources, i))->id);
  g_string_append_c (out, '\n');
}

static void
put_strings (GString    *out,
             const char *key,
             GPtrArray  *strings)
{
  for (guint i = 0; i < strings->len; i++)
    put (out, key, g_ptr_array_index (strings, i));
}

static void
put_series_ids (GString    *out,
                const char *key,
                GPtrArray  *series)
{
  for (guint i = 0; i < series->len; i++)
    put (out, key, rc_series_get_id (g_ptr_array_index (series, i)));
}

static void
put_rules (GString    *out,
           GPtrArray  *rules)
{
  for (guint i = 0; i < rules->len; i++)
    {
      const RcRule *rule = g_ptr_array_index (rules, i);

      g_string_append_printf (out, "  rule %s %s %u %u %d %s %" G_GINT64_MODIFIER "x %"
                              G_GINT64_MODIFIER "x\n",
                              rule->regex != NULL ? g_regex_get_pattern (rule->regex) : "-",
                              rule->replacement != NULL ? rule->replacement : "-", rule->length,
                              rule->kind, rule->at_start,
                              rule->format != NULL ? rc_format_get_pattern (rule->format) : "-",
                              rule->heads[0], rule->heads[1]);
      put (out, "text", rule->text);
      put_sources (out, "sources", rule->sources);
    }
}

static void
dump_series (GString  *out,
             RcSeries *series)
{
  GPtrArray *formats = rc_series_get_formats (series);

  g_string_append_printf (out, "series %s %s %d %d\n", rc_series_get_id (series),
                          rc_series_get_brand_id (series), rc_series_get_confidence (series),
                          rc_series_get_detectable (series));
  put (out, "title", rc_series_get_title (series));
  put (out, "note", rc_series_get_note (series));
  put (out, "summary", rc_series_get_format_summary (series));
  for (guint i = 0; i < formats->len; i++)
    {
      const RcFormat *format = g_ptr_array_index (formats, i);

      put (out, "format", rc_format_get_pattern (format));
      put (out, "example", rc_format_get_example (format));
      put (out, "description", rc_format_get_description (format));
    }
  put_rules (out, rc_series_get_rewrites (series));
  put_rules (out, rc_series_get_rejects (series));
  put_sources (out, "sources", rc_series_get_sources (series));
  if (rc_series_has_entry (series))
    {
      g_string_append_printf (out, "  entry %d %d\n", rc_series_get_entry_starts_at_dash (series),
                              rc_series_get_entry_confidence (series));
      put (out, "confirm", rc_series_get_entry_confirm (series));
      put_sources (out, "entry-sources", rc_series_get_entry_sources (series));
    }
}

static void
dump_lockout (GString       *out,
              RcLockoutRule *rule)
{
  g_autofree char *described = rc_lockout_rule_describe (rule);

  g_string_append_printf (out, "lockout %s %d %d %d %s\n", rc_lockout_rule_get_id (rule),
                          rc_lockout_rule_get_confidence (rule), rc_lockout_rule_get_power (rule),
                          rc_lockout_rule_get_power_cut (rule),
                          rc_lockout_rule_is_fallback (rule) ? "fallback" : "-");
  put (out, "default-for", rc_lockout_rule_get_default_for (rule));
  put (out, "name", rc_lockout_rule_get_name (rule));
  put (out, "condition", rc_lockout_rule_get_condition (rule));
  put (out, "note", rc_lockout_rule_get_note (rule));
  put (out, "locked", rc_lockout_rule_get_locked (rule));
  put (out, "described", described);
  put_sources (out, "sources", rc_lockout_rule_get_sources (rule));
}

static void
dump_model (GString *out,
            RcModel *model)
{
  g_string_append_printf (out, "model %s %u %u %d\n", rc_model_get_id (model),
                          rc_model_get_year_from (model), rc_model_get_year_to (model),
                          rc_model_get_confidence (model));
  put (out, "make", rc_model_get_make (model));
  put (out, "name", rc_model_get_name (model));
  put (out, "chassis", rc_model_get_chassis (model));
  put (out, "years", rc_model_get_years (model));
  put (out, "note", rc_model_get_note (model));
  put (out, "location", rc_model_get_location (model));
  put (out, "radios", rc_model_get_radios (model));
  put_series_ids (out, "series", rc_model_get_series (model));
  put_sources (out, "sources", rc_model_get_sources (model));
}

static void
put_ids (GString    *out,
         const char *key,
         GPtrArray  *series,
         GPtrArray  *models)
{
  put_series_ids (out, key, series);
  for (guint i = 0; i < models->len; i++)
    put (out, key, rc_model_get_id (g_ptr_array_index (models, i)));
}

static void
dump_method (GString  *out,
             RcMethod *method)
{
  GPtrArray *figures = rc_method_get_figures (method);

  g_string_append_printf (out, "method %s %u %d\n", rc_method_get_id (method),
                          rc_method_get_minutes (method), rc_method_get_confidence (method));
  put (out, "title", rc_method_get_title (method));
  put (out, "summary", rc_method_get_summary (method));
  put_strings (out, "need", rc_method_get_needs (method));
  put_strings (out, "step", rc_method_get_steps (method));
  put_strings (out, "caution", rc_method_get_cautions (method));
  put_ids (out, "for", rc_method_get_series (method), rc_method_get_models (method));
  for (guint i = 0; i < figures->len; i++)
    {
      RcFigure *figure = g_ptr_array_index (figures, i);

      put (out, "figure", figure->illustration);
      put (out, "alt", figure->alt);
      put (out, "caption", figure->caption);
      put_ids (out, "figure-for", figure->series, figure->models);
    }
  put_sources (out, "sources", rc_method_get_sources (method));
}

static void
dump_display (GString   *out,
              RcDisplay *display)
{
  g_autofree char *words = g_strjoinv ("|", (char **) rc_display_get_words (display));

  g_string_append_printf (out, "display %s %s %d %d\n", rc_display_get_id (display), words,
                          rc_display_get_next (display), rc_display_get_confidence (display));
  put (out, "name", rc_display_get_name (display));
  put (out, "meaning", rc_display_get_meaning (display));
  put (out, "action", rc_display_get_action (display));
  for (guint i = 0; i < rc_display_get_n_choices (display); i++)
    {
      g_string_append_printf (out, "  choice %d\n", rc_display_get_choice_next (display, i));
      put (out, "label", rc_display_get_choice_label (display, i));
    }
  put_sources (out, "sources", rc_display_get_sources (display));
}

static void
dump_code_method (GString      *out,
                  RcCodeMethod *method)
{
  g_string_append_printf (out, "code-method %s %d %d\n", rc_code_method_get_id (method),
                          rc_code_method_get_algorithm (method),
                          rc_code_method_get_confidence (method));
  put (out, "name", rc_code_method_get_name (method));
  put (out, "basis", rc_code_method_get_basis (method));
  put (out, "covers", rc_code_method_get_covers (method));
  put (out, "excludes", rc_code_method_get_excludes (method));
  put (out, "refused", rc_code_method_get_refused (method));
  put_series_ids (out, "series", rc_code_method_get_series (method));
  put_sources (out, "sources", rc_code_method_get_sources (method));
}

static void
dump_faqs (GString   *out,
           GPtrArray *faqs)
{
  for (guint i = 0; i < faqs->len; i++)
    {
      RcFaq *faq = g_ptr_array_index (faqs, i);

      g_string_append_printf (out, "faq %s %d\n", faq->id, faq->confidence);
      put (out, "question", faq->question);
      put (out, "answer", faq->answer);
      put_strings (out, "see", faq->see);
      put_sources (out, "sources", faq->sources);
    }
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const RcSource *one = *(const RcSource * const *) a;
  const RcSource *other = *(const RcSource * const *) b;

  return strcmp (one->id, other->id);
}

static void
dump_globals (GString   *out,
              RcCatalog *catalog)
{
  g_autoptr(GPtrArray) sources = rc_catalog_list_sources (catalog);
  const char * const *brands = rc_catalog_get_brand_ids (catalog);
  GRegex *prefix = rc_catalog_get_label_prefix (catalog);

  g_ptr_array_sort (sources, compare_sources);
  for (guint i = 0; i < sources->len; i++)
    {
      const RcSource *source = g_ptr_array_index (sources, i);

      g_string_append_printf (out, "source %s %d\n", source->id, source->quality);
      put (out, "name", source->name);
    }
  for (guint i = 0; brands[i] != NULL; i++)
    {
      g_string_append_printf (out, "brand %s\n", brands[i]);
      put (out, "name", rc_catalog_get_brand_name (catalog, brands[i]));
    }
  g_string_append_printf (out, "label-prefix %s\nlookalikes ",
                          prefix != NULL ? g_regex_get_pattern (prefix) : "(none)");
  for (gunichar c = 0; c < 128; c++)
    if (rc_catalog_lookalike (catalog, c) != 0)
      g_string_append_printf (out, "%c%c ", c, rc_catalog_lookalike (catalog, c));
  g_string_append (out, "\nrejects\n");
  put_rules (out, rc_catalog_get_rejects (catalog));
}

typedef void (*DumpFunc) (GString *out, gpointer item);

static void
dump_list (GString    *out,
           GListModel *list,
           DumpFunc    dump)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      dump (out, item);
    }
}

/* Everything @catalog holds, in its order, one fact per line. */
char *
rc_catalog_dump (RcCatalog *catalog)
{
  GString *out = g_string_new (NULL);

  dump_globals (out, catalog);
  dump_list (out, rc_catalog_get_series (catalog), (DumpFunc) dump_series);
  dump_list (out, rc_catalog_get_lockouts (catalog), (DumpFunc) dump_lockout);
  dump_list (out, rc_catalog_get_models (catalog), (DumpFunc) dump_model);
  dump_list (out, rc_catalog_get_methods (catalog), (DumpFunc) dump_method);
  dump_list (out, rc_catalog_get_displays (catalog), (DumpFunc) dump_display);
  dump_list (out, rc_catalog_get_code_methods (catalog), (DumpFunc) dump_code_method);
  dump_faqs (out, rc_catalog_get_faqs (catalog));
  return g_string_free (out, FALSE);
}

/* Fails, naming the first line where they differ, unless @a and @b are equal. */
void
rc_catalog_dump_assert_equal (const char *a,
                              const char *b)
{
  g_auto(GStrv) one = g_strsplit (a, "\n", -1);
  g_auto(GStrv) other = g_strsplit (b, "\n", -1);

  for (guint i = 0; one[i] != NULL || other[i] != NULL; i++)
    {
      if (one[i] == NULL || other[i] == NULL || !g_str_equal (one[i], other[i]))
        g_error ("catalogs differ at line %u: “%s” against “%s”", i + 1,
                 one[i] != NULL ? one[i] : "(end)", other[i] != NULL ? other[i] : "(end)");
      if (one[i] == NULL || other[i] == NULL)
        break;
    }
}
