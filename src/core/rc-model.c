/* rc-model.c — a car model and the radios fitted to it; searching them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Search folds everything to lower-case ASCII letters and digits: accents,
 * case and punctuation never matter, so "xtrail" finds "X-Trail". Each
 * model keeps its searchable text folded once, when it is read, so a
 * keystroke costs one substring search per word and model.
 */

#define G_LOG_DOMAIN "radio-code-core"
/* memmem() */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rc-model.h"
#include "rc-text.h"

struct _RcModel
{
  GObject    parent_instance;

  char      *id;
  char      *make;
  char      *name;
  char      *chassis;    /* "K11, K12", as the owner's language lists things */
  char      *chassis_codes; /* "K11 K12", for searching */
  char      *years;      /* "1993–2010" */
  char      *note;
  char      *location;
  char      *radios;     /* the series' titles, joined */
  char      *haystack;   /* folded words, each field set off by a space */
  guint      year_from;
  guint      year_to;
  guint      position;   /* in the catalog's list */
  RcConfidence confidence; /* that these radios were fitted to this car */
  GPtrArray *series;     /* RcSeries, borrowed from the catalog */
  GPtrArray *sources;    /* RcSource, borrowed from the catalog */
  char      *sort_keys[RC_MODEL_N_FIELDS];  /* made on the first sort */
};

G_DEFINE_FINAL_TYPE (RcModel, rc_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAKE,
  PROP_NAME,
  PROP_CHASSIS,
  PROP_YEARS,
  PROP_YEAR_FROM,
  PROP_RADIOS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

struct _RcModelQuery
{
  GPtrArray *words;     /* folded, non-empty, each once */
  GArray    *years;     /* guint */
  gboolean   truncated; /* the text was longer than RC_MODEL_QUERY_MAX_LENGTH */
};

/* Appends @text folded to @out: lower-case ASCII letters and digits only. */
static void
fold_into (GString    *out,
           const char *text)
{
  g_autofree char *decomposed = NULL;
  const char *p;

  /* Most catalog text is plain ASCII: no need to decompose it. */
  for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    {
      gsize start = out->len;
      char *to;

      g_string_set_size (out, start + (p - text));
      to = out->str + start;
      for (p = text; *p != '\0'; p++)
        if (g_ascii_isalnum (*p))
          *to++ = *p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p;
      g_string_truncate (out, to - out->str);
      return;
    }

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return;
  for (p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));

      if (c < 0x80 && g_ascii_isalnum (c))
        g_string_append_c (out, c);
    }
}

/**
 * rc_model_fold:
 *
 * Returns: @text in lower-case ASCII letters and digits only: accents taken
 *   off, everything else dropped
 */
char *
rc_model_fold (const char *text)
{
  GString *out = g_string_new (NULL);

  fold_into (out, text);
  return g_string_free (out, FALSE);
}

static void
rc_model_finalize (GObject *object)
{
  RcModel *self = RC_MODEL (object);

  g_free (self->id);
  g_free (self->make);
  g_free (self->name);
  g_free (self->chassis);
  g_free (self->chassis_codes);
  g_free (self->years);
  g_free (self->note);
  g_free (self->location);
  g_free (self->radios);
  g_free (self->haystack);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  for (guint i = 0; i < RC_MODEL_N_FIELDS; i++)
    g_free (self->sort_keys[i]);

  G_OBJECT_CLASS (rc_model_parent_class)->finalize (object);
}

static void
rc_model_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RcModel *self = RC_MODEL (object);

  switch (prop_id)
    {
    case PROP_MAKE:
      g_value_set_string (value, self->make);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CHASSIS:
      g_value_set_string (value, self->chassis);
      break;
    case PROP_YEARS:
      g_value_set_string (value, self->years);
      break;
    case PROP_YEAR_FROM:
      g_value_set_uint (value, self->year_from);
      break;
    case PROP_RADIOS:
      g_value_set_string (value, self->radios);
      break;
    case PROP_NOTE:
      /* Never NULL: string sorters and filters read it. */
      g_value_set_string (value, self->note != NULL ? self->note : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_model_class_init (RcModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_model_finalize;
  object_class->get_property = rc_model_get_property;

  properties[PROP_MAKE] =
    g_param_spec_string ("make", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHASSIS] =
    g_param_spec_string ("chassis", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEARS] =
    g_param_spec_string ("years", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR_FROM] =
    g_param_spec_uint ("year-from", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RADIOS] =
    g_param_spec_string ("radios", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_model_init (RcModel *self)
{
  /* Sized for the usual one or two: a large catalog has many models. */
  self->series = g_ptr_array_sized_new (2);
  self->sources = g_ptr_array_sized_new (1);
}

/**
 * rc_model_new:
 * @chassis: chassis codes separated by spaces
 */
RcModel *
rc_model_new (const char *id,
              const char *make,
              const char *name,
              const char *chassis,
              guint       year_from,
              guint       year_to)
{
  RcModel *self = g_object_new (RC_TYPE_MODEL, NULL);
  g_auto(GStrv) codes = g_strsplit (chassis != NULL ? chassis : "", " ", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; codes[i] != NULL; i++)
    if (codes[i][0] != '\0')
      g_strv_builder_add (kept, codes[i]);
  list = g_strv_builder_end (kept);

  self->id = g_strdup (id);
  self->make = g_strdup (make);
  self->name = g_strdup (name);
  self->chassis = rc_text_join_list ((const char * const *) list, RC_TEXT_LIST_PLAIN);
  /* The codes as the catalog writes them, for searching and for the screen reader's row
   * sentence, where a list's commas would blur with the sentence's own. */
  self->chassis_codes = g_strjoinv (" ", list); /* not shown to people as glue: data */
  self->year_from = year_from;
  self->year_to = year_to;
  if (year_from == year_to)
    self->years = g_strdup_printf ("%u", year_from);
  else
    /* Translators: a range of model years, e.g. “1993–2010” (years, not a count) */
    self->years = g_strdup_printf (_("%u–%u"), year_from, year_to);
  return self;
}

void
rc_model_set_text (RcModel     *self,
                   RcModelText  field,
                   const char  *text)
{
  char **fields[] = {
    [RC_MODEL_TEXT_NAME] = &self->name,
    [RC_MODEL_TEXT_NOTE] = &self->note,
    [RC_MODEL_TEXT_LOCATION] = &self->location,
  };

  g_assert (field < G_N_ELEMENTS (fields));
  g_free (*fields[field]);
  *fields[field] = g_strdup (text);
}

void
rc_model_add_series (RcModel  *self,
                     RcSeries *series)
{
  g_ptr_array_add (self->series, series);
}

void
rc_model_add_source (RcModel  *self,
                     gpointer  source)
{
  g_ptr_array_add (self->sources, source);
}

static void
append_folded (GString    *haystack,
               const char *text)
{
  if (text == NULL)
    return;
  g_string_append_c (haystack, ' ');
  fold_into (haystack, text);
}

/* Appends a model's search text to @haystack: its folded words, each field
 * set off by a space. Chassis codes are separated by spaces in @chassis
 * ("K11 K12" becomes " k11 k12"), so a search never spans two codes. */
static void
append_search_text (GString    *haystack,
                    const char *make,
                    const char *name,
                    const char *chassis,
                    const char *series,
                    const char *note)
{
  gboolean code = FALSE;

  append_folded (haystack, make);
  append_folded (haystack, name);
  for (const char *p = chassis != NULL ? chassis : ""; *p != '\0'; p++)
    {
      if (*p == ' ')
        code = FALSE;
      else if (g_ascii_isalnum (*p))
        {
          if (!code)
            g_string_append_c (haystack, ' ');
          code = TRUE;
          g_string_append_c (haystack, g_ascii_tolower (*p));
        }
    }

  g_string_append (haystack, series);
  append_folded (haystack, note);
  g_string_append_c (haystack, ' ');
}

/**
 * rc_model_fold_series:
 * @series: (element-type RcSeries): the radios fitted to a model
 *
 * Returns: the part of a model's search text that its radios give:
 *   each one's brand, name and id, folded
 */
char *
rc_model_fold_series (GPtrArray *series)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < series->len; i++)
    {
      RcSeries *one = g_ptr_array_index (series, i);

      append_folded (text, rc_series_get_brand_name (one));
      append_folded (text, rc_series_get_name (one));
      append_folded (text, rc_series_get_id (one));
    }
  return g_string_free (text, FALSE);
}

/* Fills in what is derived: the radios' names and the folded search text. */
void
rc_model_finish (RcModel *self)
{
  g_autofree const char **titles = g_new0 (const char *, self->series->len + 1);
  g_autoptr(GString) haystack = g_string_sized_new (128);
  g_autofree char *series = rc_model_fold_series (self->series);

  append_search_text (haystack, self->make, self->name, self->chassis_codes, series, self->note);
  for (guint i = 0; i < self->series->len; i++)
    titles[i] = rc_series_get_title (g_ptr_array_index (self->series, i));

  g_free (self->radios);
  self->radios = rc_text_join_list (titles, RC_TEXT_LIST_PLAIN);
  g_free (self->haystack);
  self->haystack = g_string_free (g_steal_pointer (&haystack), FALSE);
}

static const char *
sort_key (RcModel      *self,
          RcModelField  field)
{
  if (self->sort_keys[field] == NULL)
    {
      const char *text[] = {
        [RC_MODEL_FIELD_MAKE] = self->make,
        [RC_MODEL_FIELD_NAME] = self->name,
        [RC_MODEL_FIELD_CHASSIS] = self->chassis,
        [RC_MODEL_FIELD_RADIOS] = self->radios,
        [RC_MODEL_FIELD_NOTE] = self->note,
      };
      g_autofree char *folded = g_utf8_casefold (text[field] != NULL ? text[field] : "", -1);

      self->sort_keys[field] = g_utf8_collate_key (folded, -1);
    }

  return self->sort_keys[field];
}

/**
 * rc_model_compare:
 *
 * Orders two models by @field as the user's language sorts text, ignoring
 * case. Each model works out its key for a field once; sorting a hundred
 * thousand rows then costs string comparisons, not collations.
 */
int
rc_model_compare (RcModel      *a,
                  RcModel      *b,
                  RcModelField  field)
{
  g_return_val_if_fail (field < RC_MODEL_N_FIELDS, 0);

  return strcmp (sort_key (a, field), sort_key (b, field));
}

/* Orders two models by their first year, then their last. */
int
rc_model_compare_years (RcModel *a,
                        RcModel *b)
{
  if (a->year_from != b->year_from)
    return a->year_from < b->year_from ? -1 : 1;
  if (a->year_to != b->year_to)
    return a->year_to < b->year_to ? -1 : 1;
  return 0;
}

const char *
rc_model_get_id (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->id;
}

const char *
rc_model_get_make (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->make;
}

const char *
rc_model_get_name (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->name;
}

/* The chassis codes, joined: "K11, K12". */
const char *
rc_model_get_chassis (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->chassis;
}

/* The chassis codes as the catalog gives them, a space between two: "K11 K12". */
const char *
rc_model_get_chassis_codes (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->chassis_codes;
}

guint
rc_model_get_year_from (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), 0);
  return self->year_from;
}

guint
rc_model_get_year_to (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), 0);
  return self->year_to;
}

const char *
rc_model_get_years (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->years;
}

const char *
rc_model_get_note (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->note;
}

/* Where the radio sits in the car, when a source says. */
const char *
rc_model_get_location (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->location;
}

GPtrArray *
rc_model_get_series (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->series;
}

/* The fitted series' titles, joined. */
const char *
rc_model_get_radios (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->radios;
}

GPtrArray *
rc_model_get_sources (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), NULL);
  return self->sources;
}

/**
 * rc_model_query_new:
 *
 * Reads what the user typed: words separated by spaces, each folded as
 * rc_model_fold() does; a word of four digits from 1900 to 2099 is a year.
 */
/* The words of @text, split at spaces of every kind, reading at most
 * RC_MODEL_QUERY_MAX_LENGTH characters; other punctuation only joins. */
static GStrv
split_words (const char *text,
             gboolean   *truncated)
{
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  const char *start = NULL;
  const char *p = text;
  guint count = 0;

  *truncated = FALSE;
  for (; *p != '\0'; p = g_utf8_next_char (p), count++)
    {
      gunichar c = g_utf8_get_char (p);

      if (count == RC_MODEL_QUERY_MAX_LENGTH)
        {
          *truncated = TRUE;
          break;
        }
      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          if (start != NULL)
            {
              g_autofree char *word = g_strndup (start, p - start);

              g_strv_builder_add (words, word);
              start = NULL;
            }
        }
      else if (start == NULL)
        {
          start = p;
        }
    }
  if (start != NULL)
    {
      g_autofree char *word = g_strndup (start, p - start);

      g_strv_builder_add (words, word);
    }
  return g_strv_builder_end (words);
}

RcModelQuery *
rc_model_query_new (const char *text)
{
  RcModelQuery *query = g_new0 (RcModelQuery, 1);
  g_auto(GStrv) parts = NULL;

  query->words = g_ptr_array_new_with_free_func (g_free);
  query->years = g_array_new (FALSE, FALSE, sizeof (guint));

  /* Read linearly, and only so far: a pasted megabyte must not stall typing. */
  parts = split_words (text != NULL && g_utf8_validate (text, -1, NULL) ? text : "",
                       &query->truncated);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *word = rc_model_fold (parts[i]);
      guint64 year;

      /* A word said twice narrows nothing more. */
      if (word[0] == '\0' ||
          g_ptr_array_find_with_equal_func (query->words, word, g_str_equal, NULL))
        {
          g_free (word);
          continue;
        }
      if (strlen (word) == 4 && g_ascii_string_to_unsigned (word, 10, 1900, 2099, &year, NULL))
        {
          guint y = year;

          g_array_append_val (query->years, y);
          g_free (word);
        }
      else
        {
          g_ptr_array_add (query->words, word);
        }
    }

  return query;
}

void
rc_model_query_free (RcModelQuery *query)
{
  if (query == NULL)
    return;

  g_ptr_array_unref (query->words);
  g_array_unref (query->years);
  g_free (query);
}

/* Whether only the first RC_MODEL_QUERY_MAX_LENGTH characters of the text were read. */
gboolean
rc_model_query_is_truncated (const RcModelQuery *query)
{
  return query->truncated;
}

gboolean
rc_model_query_is_empty (const RcModelQuery *query)
{
  return query->words->len == 0 && query->years->len == 0;
}

/* Every word is in the model's text and every year in its range. */
gboolean
rc_model_query_matches (const RcModelQuery *query,
                        RcModel            *model)
{
  for (guint i = 0; i < query->years->len; i++)
    {
      guint year = g_array_index (query->years, guint, i);

      if (year < model->year_from || year > model->year_to)
        return FALSE;
    }

  for (guint i = 0; i < query->words->len; i++)
    {
      if (strstr (model->haystack, g_ptr_array_index (query->words, i)) == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * rc_model_query_narrows:
 *
 * Whether every model @query matches was also matched by @previous: each
 * word of @previous lies inside a word of @query, and each year of
 * @previous is also in @query. A filter may then look at the current
 * matches alone.
 */
gboolean
rc_model_query_narrows (const RcModelQuery *query,
                        const RcModelQuery *previous)
{
  for (guint i = 0; i < previous->words->len; i++)
    {
      const char *word = g_ptr_array_index (previous->words, i);
      gboolean inside = FALSE;

      for (guint j = 0; !inside && j < query->words->len; j++)
        inside = strstr (g_ptr_array_index (query->words, j), word) != NULL;
      if (!inside)
        return FALSE;
    }

  for (guint i = 0; i < previous->years->len; i++)
    {
      guint year = g_array_index (previous->years, guint, i);
      gboolean found = FALSE;

      for (guint j = 0; !found && j < query->years->len; j++)
        found = g_array_index (query->years, guint, j) == year;
      if (!found)
        return FALSE;
    }

  return TRUE;
}

/* How sure the catalog is that this car came with the radios it names. */
RcConfidence
rc_model_get_confidence (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), RC_CONFIDENCE_UNVERIFIED);
  return self->confidence;
}

void
rc_model_set_confidence (RcModel      *self,
                         RcConfidence  confidence)
{
  g_return_if_fail (RC_IS_MODEL (self));
  self->confidence = confidence;
}

/* Where the model is in its catalog's list of models. */
guint
rc_model_get_position (RcModel *self)
{
  g_return_val_if_fail (RC_IS_MODEL (self), 0);
  return self->position;
}

void
rc_model_set_position (RcModel *self,
                       guint    position)
{
  g_return_if_fail (RC_IS_MODEL (self));
  self->position = position;
}

/* The search text of every model of a catalog, in the catalog's order, so
 * that a search reads one block of memory and makes no objects: a catalog
 * makes its models only when they are shown. */
struct _RcModelIndex
{
  GString *texts;   /* each model's search text and a NUL, one after the other */
  GArray  *starts;  /* guint32: where each model's text starts; one more at the end */
  GArray  *years;   /* guint16 pairs: each model's first and last year */
};

RcModelIndex *
rc_model_index_new (void)
{
  RcModelIndex *index = g_new0 (RcModelIndex, 1);
  guint32 start = 0;

  index->texts = g_string_new (NULL);
  index->starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (index->starts, start);
  index->years = g_array_new (FALSE, FALSE, sizeof (guint16) * 2);
  return index;
}

void
rc_model_index_free (RcModelIndex *index)
{
  if (index == NULL)
    return;

  g_string_free (index->texts, TRUE);
  g_array_unref (index->starts);
  g_array_unref (index->years);
  g_free (index);
}

guint
rc_model_index_get_n_models (const RcModelIndex *index)
{
  return index->years->len;
}

/**
 * rc_model_index_add:
 * @chassis: chassis codes separated by spaces
 * @series: the radios' search text (rc_model_fold_series())
 *
 * Adds a model by its fields, as they are shown (translated): its search
 * text is the one rc_model_finish() gives a model with the same fields.
 */
void
rc_model_index_add (RcModelIndex *index,
                    const char   *make,
                    const char   *name,
                    const char   *chassis,
                    const char   *series,
                    const char   *note,
                    guint         year_from,
                    guint         year_to)
{
  guint16 years[2] = { year_from, year_to };
  guint32 end;

  append_search_text (index->texts, make, name, chassis, series, note);
  g_string_append_c (index->texts, '\0');
  end = index->texts->len;
  g_array_append_val (index->starts, end);
  g_array_append_vals (index->years, years, 1);
}

/* Adds @model, finished (rc_model_finish()). */
void
rc_model_index_add_model (RcModelIndex *index,
                          RcModel      *model)
{
  g_autofree char *series = rc_model_fold_series (model->series);

  rc_model_index_add (index, model->make, model->name, model->chassis_codes, series,
                      model->note, model->year_from, model->year_to);
}

/* Forgets the models from @n_models on. */
void
rc_model_index_truncate (RcModelIndex *index,
                         guint         n_models)
{
  if (n_models >= rc_model_index_get_n_models (index))
    return;

  g_string_truncate (index->texts, g_array_index (index->starts, guint32, n_models));
  g_array_set_size (index->starts, n_models + 1);
  g_array_set_size (index->years, n_models);
}

/* Whether the model at @position matches every year and the words from @first on. */
static gboolean
index_matches (const RcModelIndex *index,
               const RcModelQuery *query,
               guint               position,
               guint               first)
{
  const guint16 *years = &g_array_index (index->years, guint16, position * 2);
  const char *text = index->texts->str + g_array_index (index->starts, guint32, position);

  for (guint i = 0; i < query->years->len; i++)
    {
      guint year = g_array_index (query->years, guint, i);

      if (year < years[0] || year > years[1])
        return FALSE;
    }
  for (guint i = first; i < query->words->len; i++)
    {
      if (strstr (text, g_ptr_array_index (query->words, i)) == NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * rc_model_index_search:
 * @within: (nullable) (array length=n_within): positions to look at, in
 *   order; %NULL for every model
 * @matches: (element-type guint32): where the positions found are appended
 *
 * Finds the models @query matches, as rc_model_query_matches() would: one
 * pass through the search texts for the first word (a model found is then
 * checked for the rest), or a look at each model of @within. Either way
 * linear in the catalog and in the query.
 */
void
rc_model_index_search (const RcModelIndex *index,
                       const RcModelQuery *query,
                       const guint32      *within,
                       guint               n_within,
                       GArray             *matches)
{
  const guint32 *starts = (const guint32 *) (gpointer) index->starts->data;
  guint n = rc_model_index_get_n_models (index);
  const char *texts = index->texts->str;
  const char *word, *p, *end;
  gsize length;
  guint32 position = 0;

  if (within != NULL || query->words->len == 0)
    {
      for (guint i = 0; i < (within != NULL ? n_within : n); i++)
        {
          guint32 one = within != NULL ? within[i] : i;

          if (one < n && index_matches (index, query, one, 0))
            g_array_append_val (matches, one);
        }
      return;
    }

  /* Each place the first word is found names a model; the next search
   * starts at the model after it. */
  word = g_ptr_array_index (query->words, 0);
  length = strlen (word);
  end = texts + index->texts->len;
  for (p = texts; p < end && (p = memmem (p, end - p, word, length)) != NULL;
       p = texts + starts[position + 1], position++)
    {
      while (starts[position + 1] <= (gsize) (p - texts))
        position++;
      if (index_matches (index, query, position, 1))
        g_array_append_val (matches, position);
    }
}
