/* rc-catalog.c — everything the app knows, read from data/catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The catalog files are GMarkup documents with a <catalog> root. Names and
 * explanations in them are translated through gettext as they are read (the
 * msgids come from the ITS rules in po/its). An entry may only refer to
 * sources and brands declared before it, so every error has a line number.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rc-catalog.h"
#include "rc-series-private.h"

#define RC_TYPE_CATALOG_MODELS (rc_catalog_models_get_type ())
G_DECLARE_FINAL_TYPE (RcCatalogModels, rc_catalog_models, RC, CATALOG_MODELS, GObject)

struct _RcCatalog
{
  GObject     parent_instance;

  GListStore *series;         /* RcSeries */
  GPtrArray  *series_array;   /* the same, for loops that must not take references */
  GHashTable *series_by_id;   /* id → RcSeries, borrowed */
  GHashTable *sources;        /* id → RcSource, owned */
  GHashTable *brands;         /* id → translated name */
  GPtrArray  *brand_ids;      /* in declaration order, NULL-terminated */
  GPtrArray  *rejects;        /* RcRule that apply to every series */
  GRegex     *label_prefix;
  char        lookalikes[128]; /* ASCII → its look-alike, both ways; 0 for none */
  GListStore *methods;        /* RcMethod */
  GListStore *displays;       /* RcDisplay */
  GPtrArray  *faqs;           /* RcFaq */
  RcCatalogModels *models;    /* made when first asked for */
  GHashTable *models_by_id;   /* id → its position in models, plus one */
  GListStore *lockouts;       /* RcLockoutRule */
  GHashTable *lockouts_by_id; /* id → RcLockoutRule, borrowed */
  GListStore *code_methods;   /* RcCodeMethod */
};

G_DEFINE_FINAL_TYPE (RcCatalog, rc_catalog, G_TYPE_OBJECT)

/* One document of the compiled catalog, kept while a model in it is not made yet. */
typedef struct
{
  GVariant *strings;
  GVariant *events;
  guint8   *starts;    /* a bit set where a string of the blob starts */
} Compiled;

/* A model of the compiled catalog that is checked and indexed but not made:
 * where its <model> opens. */
typedef struct
{
  Compiled   *compiled;  /* NULL once made, or for a model read from XML */
  guint32     event;
  const char *id;        /* in the compiled strings */
} Deferred;

/* The catalog's models as a list. A model read from XML is made at once; one
 * of the compiled catalog is made the first time it is asked for, so a
 * hundred thousand models cost their search text at start, not their objects. */
struct _RcCatalogModels
{
  GObject       parent_instance;

  RcCatalog    *catalog;   /* not a reference: the catalog owns the list */
  GPtrArray    *made;      /* RcModel, or NULL while deferred */
  GArray       *deferred;  /* Deferred, at the same positions */
  RcModelIndex *index;     /* every model's search text, at the same positions */
  guint         n_items;   /* the models of documents read to the end */
};

typedef struct _ParseState ParseState;
typedef struct _Handler Handler;

/* What one element does when it opens and closes; FALSE with @error set when
 * the catalog is wrong. */
typedef gboolean (*StartFunc) (ParseState   *state,
                               const char  **names,
                               const char  **values,
                               GError      **error);
typedef gboolean (*EndFunc)   (ParseState   *state,
                               GError      **error);
/* Takes the (translated) text of a text-bearing element. */
typedef void     (*TextFunc)  (ParseState    *state,
                               const Handler *handler,
                               const char    *text);

/* One row of the reader's table: an element, where it may appear, and what
 * reading it does. An element with a TextFunc holds text and no elements. */
struct _Handler
{
  const char *element;
  const char *parent;   /* NULL for the root */
  StartFunc   start;    /* NULL: takes no attributes */
  EndFunc     end;
  TextFunc    text;
  int         field;    /* which of its entry's texts, for @text */
};

/* The compiled catalog is what the reader met in each document, in order:
 * an element opening with its attributes, a text (the collapsed English
 * msgid) and an element closing. Replaying it runs the same handlers.
 *
 * Each document is its name, every string it uses once in one blob (each
 * ending in NUL), and the events as 32-bit numbers: EVENT_OPEN, the
 * element's offset in the blob, the number of attributes and the offsets
 * of each name and value; EVENT_TEXT and the text's offset; EVENT_CLOSE.
 * Both arrays are read in place, with no copy and no allocation per event. */
#define COMPILED_TYPE "a(sayau)"
#define MAX_ATTRIBUTES 32

enum
{
  EVENT_OPEN = 'o',
  EVENT_TEXT = 't',
  EVENT_CLOSE = 'c',
};

/* What the compiler records of one document. */
typedef struct
{
  GString    *strings;  /* the blob */
  GHashTable *offsets;  /* string → its offset in the blob, plus one */
  GArray     *events;   /* guint32 */
} Recording;

struct _ParseState
{
  RcCatalog           *catalog;
  GMarkupParseContext *context;  /* NULL when not reading XML */
  GPtrArray           *open;     /* the open elements' Handlers */
  RcSeries            *series;   /* owned while being read */
  RcFormat            *format;   /* borrowed: already added to series */
  RcRule              *rule;     /* owned while being read */
  gboolean             rule_is_rewrite;
  RcSource            *source;   /* borrowed: already added */
  RcLockoutRule       *lockout;  /* owned while being read */
  RcModel             *model;    /* owned while being read */
  Compiled            *compiled; /* the compiled document being read, whose models wait */
  GHashTable          *checked;  /* a compiled list of series or sources → what it names */
  GHashTable          *series_texts; /* a compiled list of series → its search text */
  gboolean             making;   /* a deferred model is being made: it was checked then */
  RcModel             *made;     /* the model made, then */
  GPtrArray           *new_sources; /* ids declared in this document, borrowed */
  RcMethod            *method;   /* owned while being read */
  RcFigure            *figure;   /* borrowed: already added to method */
  RcDisplay           *display;  /* owned while being read */
  RcFaq               *faq;      /* owned while being read */
  RcDisplayNext        choice_next;
  RcCodeMethod        *code_method; /* owned while being read */
  gboolean             entry_from_dash;
  RcConfidence         entry_confidence;
  GPtrArray           *entry_sources; /* owned while an <entry> is read */
  char                *brand_id;
  GString             *text;
  gboolean             translated; /* a translation of the catalog is in use */
  Recording           *record;     /* when compiling: every element read, as events */
};

static gboolean
set_error (ParseState  *state,
           GError     **error,
           int          code,
           const char  *format,
           ...) G_GNUC_PRINTF (4, 5);

static gboolean
set_error (ParseState  *state,
           GError     **error,
           int          code,
           const char  *format,
           ...)
{
  va_list args;

  /* GMarkup puts the line and column in front (G_MARKUP_PREFIX_ERROR_POSITION). */
  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (G_MARKUP_ERROR, code, format, args));
  va_end (args);
  return FALSE;
}

/* GMarkup adds the position to errors from start_element and text, but not
 * to those from end_element; say it the same way there. */
static gboolean
set_end_error (ParseState  *state,
               GError     **error,
               const char  *format,
               ...) G_GNUC_PRINTF (3, 4);

static gboolean
set_end_error (ParseState  *state,
               GError     **error,
               const char  *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;
  int line = 0, column = 0;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (state->context == NULL)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, message);
      return FALSE;
    }
  g_markup_parse_context_get_position (state->context, &line, &column);
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               "Error on line %d char %d: %s", line, column, message);
  return FALSE;
}

/* Whether text read now would be translated at all: gettext gives the
 * header of a translation for "", and "" when there is none (the C or
 * English locale). Without one, a large file is read faster without asking
 * gettext for every line of it. */
static gboolean
has_translation (void)
{
  return g_dgettext (GETTEXT_PACKAGE, "")[0] != '\0';
}

/* Collapses runs of white space, as the translation tools do for msgids. */
static char *
collapse_space (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GPtrArray *
resolve_sources (ParseState  *state,
                 const char  *ids,
                 GError     **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_auto(GStrv) parts = NULL;

  if (ids == NULL)
    {
      set_error (state, error, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                 "every fact needs a “sources” attribute saying where it comes from");
      return NULL;
    }

  parts = g_strsplit_set (ids, " \t\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      RcSource *source;

      if (parts[i][0] == '\0')
        continue;
      source = g_hash_table_lookup (state->catalog->sources, parts[i]);
      if (source == NULL)
        {
          set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                     "unknown source “%s” (declare it with <source> first)", parts[i]);
          return NULL;
        }
      g_ptr_array_add (sources, source);
    }

  if (sources->len == 0)
    {
      set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT, "“sources” is empty");
      return NULL;
    }

  return g_steal_pointer (&sources);
}

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], name))
        return values[i];
    }
  return NULL;
}

typedef gpointer (*LookupFunc) (RcCatalog  *self,
                                const char *id);

static gpointer
find_series (RcCatalog  *self,
             const char *id)
{
  return g_hash_table_lookup (self->series_by_id, id);
}

static RcModel *model_at (RcCatalogModels *list,
                          guint            position);

static gpointer
find_model (RcCatalog  *self,
            const char *id)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->models_by_id, id));

  return position > 0 ? model_at (self->models, position - 1) : NULL;
}

/* Looks up a space-separated list of ids with @lookup; FALSE and an error for an unknown one. */
static gboolean
resolve_ids (ParseState  *state,
             LookupFunc   lookup,
             const char  *ids,
             const char  *what,
             GPtrArray   *into,
             GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (ids != NULL ? ids : "", " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gpointer item;

      if (parts[i][0] == '\0')
        continue;
      if (!(item = lookup (state->catalog, parts[i])))
        return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                          "unknown %s “%s”", what, parts[i]);
      g_ptr_array_add (into, item);
    }
  return TRUE;
}

static gboolean
parse_confidence (ParseState    *state,
                  const char    *what,
                  const char    *id,
                  const char    *text,
                  RcConfidence  *level,
                  GError       **error)
{
  if (rc_confidence_parse (text, level))
    return TRUE;
  return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                    "%s “%s”: unknown confidence “%s”", what, id, text);
}

/* <catalog>: the root, with no attributes. */
static gboolean
start_catalog (ParseState   *state,
               const char  **names,
               const char  **values,
               GError      **error)
{
  return g_markup_collect_attributes ("catalog", names, values, error,
                                      G_MARKUP_COLLECT_INVALID, NULL);
}

/* <source id quality>: where facts come from; named by its <name>. */
static gboolean
start_source (ParseState   *state,
              const char  **names,
              const char  **values,
              GError      **error)
{
  RcCatalog *self = state->catalog;
  const char *id, *quality;
  RcSourceQuality q;

  if (!g_markup_collect_attributes ("source", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "quality", &quality,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;
  if (!rc_source_quality_parse (quality, &q))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "source “%s”: unknown quality “%s”", id, quality);
  if (g_hash_table_contains (self->sources, id))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "source “%s” is declared twice", id);

  state->source = g_new0 (RcSource, 1);
  state->source->id = g_strdup (id);
  state->source->quality = q;
  g_hash_table_insert (self->sources, state->source->id, state->source);
  g_ptr_array_add (state->new_sources, state->source->id);
  return TRUE;
}

static gboolean
end_source (ParseState  *state,
            GError     **error)
{
  RcSource *source = g_steal_pointer (&state->source);

  if (source->name == NULL)
    return set_end_error (state, error, "source “%s” has no <name>", source->id);
  return TRUE;
}

/* <brand id>: a maker of radios, named by its <name>. */
static gboolean
start_brand (ParseState   *state,
             const char  **names,
             const char  **values,
             GError      **error)
{
  const char *id;

  if (!g_markup_collect_attributes ("brand", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;
  if (g_hash_table_contains (state->catalog->brands, id))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "brand “%s” is declared twice", id);
  state->brand_id = g_strdup (id);
  return TRUE;
}

static gboolean
end_brand (ParseState  *state,
           GError     **error)
{
  RcCatalog *self = state->catalog;
  g_autofree char *id = g_steal_pointer (&state->brand_id);

  if (!g_hash_table_contains (self->brands, id))
    return set_end_error (state, error, "brand “%s” has no <name>", id);
  g_ptr_array_insert (self->brand_ids, self->brand_ids->len - 1, g_steal_pointer (&id));
  return TRUE;
}

/* <label-prefix pattern>: what may stand before a serial on a label. */
static gboolean
start_label_prefix (ParseState   *state,
                    const char  **names,
                    const char  **values,
                    GError      **error)
{
  RcCatalog *self = state->catalog;
  const char *pattern;

  if (!g_markup_collect_attributes ("label-prefix", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "pattern", &pattern,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;
  g_clear_pointer (&self->label_prefix, g_regex_unref);
  /* Matched against what the user typed, before upper-casing. */
  self->label_prefix = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  if (self->label_prefix == NULL)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "bad label-prefix pattern “%s”", pattern);
  return TRUE;
}

/* <lookalike letter digit>: two characters easily mistaken on a label. */
static gboolean
start_lookalike (ParseState   *state,
                 const char  **names,
                 const char  **values,
                 GError      **error)
{
  char *lookalikes = state->catalog->lookalikes;
  const char *letter, *digit;

  if (!g_markup_collect_attributes ("lookalike", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "letter", &letter,
                                    G_MARKUP_COLLECT_STRING, "digit", &digit,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;
  if (strlen (letter) != 1 || !g_ascii_isupper (letter[0]) ||
      strlen (digit) != 1 || !g_ascii_isdigit (digit[0]))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "<lookalike> pairs one upper-case letter with one digit");
  lookalikes[(guchar) letter[0]] = digit[0];
  /* A digit may look like several letters (1: I and L); the first one wins. */
  if (lookalikes[(guchar) digit[0]] == 0)
    lookalikes[(guchar) digit[0]] = letter[0];
  return TRUE;
}

static gboolean
parse_year (const char *text,
            guint      *year)
{
  guint64 n;

  if (!g_ascii_string_to_unsigned (text, 10, 1900, 2099, &n, NULL))
    return FALSE;
  *year = n;
  return TRUE;
}

/* <lockout …>: what a radio does after wrong codes (the attributes are read
 * by RcLockoutRule itself). */
static gboolean
start_lockout (ParseState   *state,
               const char  **names,
               const char  **values,
               GError      **error)
{
  RcCatalog *self = state->catalog;
  g_autoptr(RcLockoutRule) rule = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *default_for;

  rule = rc_lockout_rule_new_from_attributes (names, values, &local_error);
  if (rule == NULL)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT, "%s", local_error->message);
  if (g_hash_table_contains (self->lockouts_by_id, rc_lockout_rule_get_id (rule)))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "lockout “%s” is declared twice", rc_lockout_rule_get_id (rule));
  default_for = rc_lockout_rule_get_default_for (rule);
  if (default_for != NULL && !g_hash_table_contains (self->series_by_id, default_for))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "lockout “%s” is the default for unknown series “%s”",
                      rc_lockout_rule_get_id (rule), default_for);
  if (!(sources = resolve_sources (state, attribute (names, values, "sources"), error)))
    return FALSE;

  rc_lockout_rule_set_sources (rule, sources);
  state->lockout = g_steal_pointer (&rule);
  return TRUE;
}

static gboolean
end_lockout (ParseState  *state,
             GError     **error)
{
  RcCatalog *self = state->catalog;
  g_autoptr(RcLockoutRule) rule = g_steal_pointer (&state->lockout);

  if (rc_lockout_rule_get_name (rule) == NULL || rc_lockout_rule_get_condition (rule) == NULL)
    return set_end_error (state, error, "lockout “%s” needs a <name> and a <condition>",
                          rc_lockout_rule_get_id (rule));
  g_hash_table_insert (self->lockouts_by_id, (char *) rc_lockout_rule_get_id (rule), rule);
  g_list_store_append (self->lockouts, rule);
  return TRUE;
}

/* The attributes of <model id make chassis from to series confidence sources>. */
typedef struct
{
  const char   *id, *make, *chassis, *from, *to, *series, *confidence, *sources;
  guint         year_from, year_to;
  RcConfidence  level;
} ModelAttributes;

/* Checks a model's attributes, but for its lists of series and sources. */
static gboolean
read_model_attributes (ParseState       *state,
                       const char      **names,
                       const char      **values,
                       ModelAttributes  *model,
                       GError          **error)
{
  if (!g_markup_collect_attributes ("model", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &model->id,
                                    G_MARKUP_COLLECT_STRING, "make", &model->make,
                                    G_MARKUP_COLLECT_STRING, "chassis", &model->chassis,
                                    G_MARKUP_COLLECT_STRING, "from", &model->from,
                                    G_MARKUP_COLLECT_STRING, "to", &model->to,
                                    G_MARKUP_COLLECT_STRING, "series", &model->series,
                                    G_MARKUP_COLLECT_STRING, "confidence", &model->confidence,
                                    G_MARKUP_COLLECT_STRING, "sources", &model->sources,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  /* A deferred model being made is already in the table. */
  if (!state->making && g_hash_table_contains (state->catalog->models_by_id, model->id))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "model “%s” is declared twice", model->id);
  if (!parse_year (model->from, &model->year_from) || !parse_year (model->to, &model->year_to) ||
      model->year_to < model->year_from)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "model “%s”: “from” and “to” must be years from 1900 to 2099, in order",
                      model->id);
  return parse_confidence (state, "model", model->id, model->confidence, &model->level, error);
}

/* Resolves a model's series into @into; FALSE and an error for an unknown one or none. */
static gboolean
resolve_model_series (ParseState       *state,
                      ModelAttributes  *model,
                      GPtrArray        *into,
                      GError          **error)
{
  if (!resolve_ids (state, find_series, model->series, "series", into, error))
    return FALSE;
  if (into->len == 0)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "model “%s” names no series", model->id);
  return TRUE;
}

/* <model id make chassis from to series confidence sources>: a car. */
static gboolean
start_model (ParseState   *state,
             const char  **names,
             const char  **values,
             GError      **error)
{
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(RcModel) model = NULL;
  ModelAttributes attributes;

  if (!read_model_attributes (state, names, values, &attributes, error) ||
      !(sources = resolve_sources (state, attributes.sources, error)))
    return FALSE;

  model = rc_model_new (attributes.id, attributes.make, NULL, attributes.chassis,
                        attributes.year_from, attributes.year_to);
  rc_model_set_confidence (model, attributes.level);
  for (guint i = 0; i < sources->len; i++)
    rc_model_add_source (model, g_ptr_array_index (sources, i));
  state->model = g_object_ref (model);
  return resolve_model_series (state, &attributes, rc_model_get_series (model), error);
}

static void models_add (RcCatalogModels *list,
                        RcModel         *model,
                        const Deferred  *deferred);

static gboolean
end_model (ParseState  *state,
           GError     **error)
{
  g_autoptr(RcModel) model = g_steal_pointer (&state->model);
  RcCatalog *self = state->catalog;

  if (rc_model_get_name (model) == NULL)
    return set_end_error (state, error, "model “%s” has no <name>", rc_model_get_id (model));
  rc_model_finish (model);
  if (state->making)
    {
      state->made = g_steal_pointer (&model);
      return TRUE;
    }
  g_hash_table_insert (self->models_by_id, (char *) rc_model_get_id (model),
                       GUINT_TO_POINTER (self->models->made->len + 1));
  models_add (self->models, model, NULL);
  return TRUE;
}

/* <method id minutes confidence series [models] sources>: a way to find the serial. */
static gboolean
start_method (ParseState   *state,
              const char  **names,
              const char  **values,
              GError      **error)
{
  RcCatalog *self = state->catalog;
  const char *id, *minutes, *confidence, *series, *models = NULL, *ids;
  g_autoptr(GPtrArray) sources = NULL;
  RcConfidence level;
  guint64 n;

  if (!g_markup_collect_attributes ("method", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "minutes", &minutes,
                                    G_MARKUP_COLLECT_STRING, "confidence", &confidence,
                                    G_MARKUP_COLLECT_STRING, "series", &series,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "models", &models,
                                    G_MARKUP_COLLECT_STRING, "sources", &ids,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  if (rc_catalog_lookup_method (self, id) != NULL)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "method “%s” is declared twice", id);
  if (!g_ascii_string_to_unsigned (minutes, 10, 1, 10000, &n, NULL))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "method “%s”: “minutes” must be a whole number from 1", id);
  if (!parse_confidence (state, "method", id, confidence, &level, error) ||
      !(sources = resolve_sources (state, ids, error)))
    return FALSE;

  state->method = rc_method_new (id, n, level);
  g_ptr_array_extend (rc_method_get_sources (state->method), sources, NULL, NULL);
  if (!resolve_ids (state, find_series, series, "series",
                    rc_method_get_series (state->method), error) ||
      !resolve_ids (state, find_model, models, "model",
                    rc_method_get_models (state->method), error))
    return FALSE;
  if (rc_method_get_series (state->method)->len == 0)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "method “%s” names no series", id);
  return TRUE;
}

static gboolean
end_method (ParseState  *state,
            GError     **error)
{
  g_autoptr(RcMethod) method = g_steal_pointer (&state->method);

  if (rc_method_get_title (method) == NULL || rc_method_get_summary (method) == NULL ||
      rc_method_get_steps (method)->len == 0 || rc_method_get_figures (method)->len == 0)
    return set_end_error (state, error, "method “%s” needs a <title>, a <summary>, "
                          "steps and a figure", rc_method_get_id (method));
  g_list_store_append (state->catalog->methods, method);
  return TRUE;
}

/* <figure illustration [series] [models]>: a drawing on a method's page. */
static gboolean
start_figure (ParseState   *state,
              const char  **names,
              const char  **values,
              GError      **error)
{
  const char *illustration, *series = NULL, *models = NULL;
  RcFigure *figure;

  if (!g_markup_collect_attributes ("figure", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "illustration", &illustration,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "series", &series,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "models", &models,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  figure = rc_method_add_figure (state->method, illustration);
  state->figure = figure;
  return resolve_ids (state, find_series, series, "series", figure->series, error) &&
         resolve_ids (state, find_model, models, "model", figure->models, error);
}

static gboolean
end_figure (ParseState  *state,
            GError     **error)
{
  RcFigure *figure = g_steal_pointer (&state->figure);

  if (figure->alt == NULL)
    return set_end_error (state, error, "figure “%s” needs an <alt> saying what it shows",
                          figure->illustration);
  return TRUE;
}

/* <display id words next confidence sources>: what the radio may show. */
static gboolean
start_display (ParseState   *state,
               const char  **names,
               const char  **values,
               GError      **error)
{
  const char *id, *words, *next, *confidence, *ids;
  g_autoptr(GPtrArray) sources = NULL;
  RcDisplayNext where;
  RcConfidence level;

  if (!g_markup_collect_attributes ("display", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "words", &words,
                                    G_MARKUP_COLLECT_STRING, "next", &next,
                                    G_MARKUP_COLLECT_STRING, "confidence", &confidence,
                                    G_MARKUP_COLLECT_STRING, "sources", &ids,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  if (!rc_display_parse_next (next, &where))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "display “%s”: “next” must be code, wait, none or ask", id);
  if (!parse_confidence (state, "display", id, confidence, &level, error) ||
      !(sources = resolve_sources (state, ids, error)))
    return FALSE;

  state->display = rc_display_new (id, words, where, level);
  g_ptr_array_extend (rc_display_get_sources (state->display), sources, NULL, NULL);
  return TRUE;
}

static gboolean
end_display (ParseState  *state,
             GError     **error)
{
  g_autoptr(RcDisplay) display = g_steal_pointer (&state->display);

  if (rc_display_get_name (display) == NULL || rc_display_get_meaning (display) == NULL ||
      rc_display_get_action (display) == NULL)
    return set_end_error (state, error, "display “%s” needs a <name>, a <meaning> and an "
                          "<action>", rc_display_get_id (display));
  if ((rc_display_get_next (display) == RC_DISPLAY_NEXT_ASK) !=
      (rc_display_get_n_choices (display) >= 2))
    return set_end_error (state, error, "display “%s”: next=\"ask\" needs two or more "
                          "<choice>s, and only it takes any", rc_display_get_id (display));
  g_list_store_append (state->catalog->displays, display);
  return TRUE;
}

/* <choice next>: one answer to a display's question; its text is the label. */
static gboolean
start_choice (ParseState   *state,
              const char  **names,
              const char  **values,
              GError      **error)
{
  const char *next;

  if (!g_markup_collect_attributes ("choice", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "next", &next,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;
  if (!rc_display_parse_next (next, &state->choice_next) ||
      state->choice_next == RC_DISPLAY_NEXT_ASK)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "<choice> “next” must be code, wait or none");
  return TRUE;
}

static gboolean
entry_exists (RcCatalog  *self,
              const char *link)
{
  const char *colon = strchr (link, ':');
  g_autofree char *kind = NULL;
  const char *id;

  if (colon == NULL)
    return FALSE;
  kind = g_strndup (link, colon - link);
  id = colon + 1;

  if (g_str_equal (kind, "series"))
    return rc_catalog_lookup_series (self, id) != NULL;
  if (g_str_equal (kind, "model"))
    return rc_catalog_lookup_model (self, id) != NULL;
  if (g_str_equal (kind, "method"))
    return rc_catalog_lookup_method (self, id) != NULL;
  if (g_str_equal (kind, "lockout"))
    return rc_catalog_lookup_lockout (self, id) != NULL;
  if (g_str_equal (kind, "display"))
    return rc_catalog_lookup_display (self, id) != NULL;
  return FALSE;
}

/* <faq id confidence sources [see]>: a question owners ask. */
static gboolean
start_faq (ParseState   *state,
           const char  **names,
           const char  **values,
           GError      **error)
{
  const char *id, *confidence, *ids, *see = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_auto(GStrv) links = NULL;
  RcConfidence level;
  RcFaq *faq;

  if (!g_markup_collect_attributes ("faq", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "confidence", &confidence,
                                    G_MARKUP_COLLECT_STRING, "sources", &ids,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "see", &see,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  if (!parse_confidence (state, "faq", id, confidence, &level, error) ||
      !(sources = resolve_sources (state, ids, error)))
    return FALSE;

  links = g_strsplit (see != NULL ? see : "", " ", -1);
  faq = g_new0 (RcFaq, 1);
  faq->id = g_strdup (id);
  faq->confidence = level;
  faq->sources = g_steal_pointer (&sources);
  faq->see = g_ptr_array_new_with_free_func (g_free);
  state->faq = faq;
  for (guint i = 0; links[i] != NULL; i++)
    {
      if (links[i][0] == '\0')
        continue;
      if (!entry_exists (state->catalog, links[i]))
        return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                          "faq “%s” links to unknown entry “%s”", id, links[i]);
      g_ptr_array_add (faq->see, g_strdup (links[i]));
    }
  return TRUE;
}

static gboolean
end_faq (ParseState  *state,
         GError     **error)
{
  RcFaq *faq = g_steal_pointer (&state->faq);

  if (faq->question == NULL || faq->answer == NULL)
    {
      set_end_error (state, error, "faq “%s” needs a <question> and an <answer>", faq->id);
      rc_faq_free (faq);
      return FALSE;
    }
  g_ptr_array_add (state->catalog->faqs, faq);
  return TRUE;
}

static GRegex *
compile_regex (ParseState  *state,
               const char  *pattern,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GRegex *regex;

  regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &local_error);
  if (regex == NULL)
    set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
               "bad pattern “%s”: %s", pattern, local_error->message);
  return regex;
}

/* Upper-case letters, digits and references to the pattern's groups (\1 to
 * \9) are all the serial checker expands. */
static gboolean
is_plain_replacement (const char *replacement,
                      int         groups)
{
  for (const char *r = replacement; *r != '\0'; r++)
    {
      if (g_ascii_isupper (*r) || g_ascii_isdigit (*r))
        continue;
      if (r[0] != '\\' || r[1] < '1' || r[1] > '0' + MIN (groups, 9))
        return FALSE;
      r++;
    }

  return TRUE;
}

static gboolean
starts_rewrite (const RcRule *rule,
                const char   *start)
{
  g_autoptr(GMatchInfo) info = NULL;

  return g_regex_match (rule->regex, start, G_REGEX_MATCH_PARTIAL_HARD, &info) ||
         g_match_info_is_partial_match (info);
}

/* What the first two characters of a rewrite's long form may be, found once
 * by trying each letter and digit, so that the serial checker can leave the
 * regular expression alone for most text. */
static void
find_heads (RcRule *rule)
{
  for (guint i = 0; i < 36; i++)
    {
      char start[3] = { i < 10 ? '0' + i : 'A' + i - 10, '\0', '\0' };

      if (!starts_rewrite (rule, start))
        continue;
      rule->heads[0] |= rc_format_char_bit (start[0]);
      for (guint j = 0; j < 36; j++)
        {
          start[1] = j < 10 ? '0' + j : 'A' + j - 10;
          if (starts_rewrite (rule, start))
            rule->heads[1] |= rc_format_char_bit (start[1]);
        }
    }
}

/* The attributes of <reject> and <rewrite>; each takes the ones it needs. */
typedef struct
{
  const char *pattern;
  const char *replacement;
  const char *length;
  const char *kind;
  const char *match;
  const char *sources;
} RuleAttributes;

static gboolean
collect_rule (const char      *element,
              const char     **names,
              const char     **values,
              RuleAttributes  *a,
              GError         **error)
{
  memset (a, 0, sizeof *a);
  return g_markup_collect_attributes (element, names, values, error,
                                      G_MARKUP_COLLECT_STRING, "pattern", &a->pattern,
                                      G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                      "replacement", &a->replacement,
                                      G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                      "length", &a->length,
                                      G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                      "kind", &a->kind,
                                      G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                      "match", &a->match,
                                      G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                      "sources", &a->sources,
                                      G_MARKUP_COLLECT_INVALID);
}

/* <rewrite pattern replacement length sources>: a longer form of a series'
 * serial, and how to read it; <reason> says why. */
static gboolean
start_rewrite (ParseState   *state,
               const char  **names,
               const char  **values,
               GError      **error)
{
  RuleAttributes a;
  RcRule *rule;
  guint64 n = 0;

  if (!collect_rule ("rewrite", names, values, &a, error))
    return FALSE;

  rule = state->rule = g_new0 (RcRule, 1);
  state->rule_is_rewrite = TRUE;
  if (!(rule->regex = compile_regex (state, a.pattern, error)))
    return FALSE;
  /* The checker takes the replacement as the whole serial. */
  if (!g_str_has_prefix (a.pattern, "^") || !g_str_has_suffix (a.pattern, "$"))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "<rewrite> pattern “%s” must match the whole serial (^…$)", a.pattern);
  if (a.replacement == NULL || a.length == NULL ||
      !g_ascii_string_to_unsigned (a.length, 10, 1, 64, &n, NULL))
    return set_error (state, error, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                      "<rewrite> needs “replacement” and a “length” from 1 to 64");
  if (!is_plain_replacement (a.replacement, g_regex_get_capture_count (rule->regex)))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "<rewrite> replacement “%s” may hold only upper-case letters, digits "
                      "and \\1 to \\9 for the pattern's groups", a.replacement);
  rule->replacement = g_strdup (a.replacement);
  rule->length = n;
  find_heads (rule);
  return (rule->sources = resolve_sources (state, a.sources, error)) != NULL;
}

static gboolean
parse_reject_kind (const char   *kind,
                   RcRejectKind *out)
{
  static const char * const kinds[] = {
    [RC_REJECT_PART_NUMBER] = "part-number",
    [RC_REJECT_MODEL_NUMBER] = "model-number",
    [RC_REJECT_NONEXISTENT] = "nonexistent",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_strcmp0 (kind, kinds[i]) == 0)
        {
          *out = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* <reject kind pattern [match] sources>: a number that is not a serial,
 * for every series or (inside <series>) for one; <explanation> says what it is. */
static gboolean
start_reject (ParseState   *state,
              const char  **names,
              const char  **values,
              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  RuleAttributes a;
  RcRule *rule;

  if (!collect_rule ("reject", names, values, &a, error))
    return FALSE;

  rule = state->rule = g_new0 (RcRule, 1);
  state->rule_is_rewrite = FALSE;
  if (!(rule->format = rc_format_new (a.pattern, NULL, &local_error)))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "bad pattern: %s", local_error->message);
  rule->at_start = g_strcmp0 (a.match, "start") == 0;
  if (a.match != NULL && !rule->at_start && g_strcmp0 (a.match, "whole") != 0)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "<reject> “match” must be whole or start");
  if (!parse_reject_kind (a.kind, &rule->kind))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "<reject> “kind” must be part-number, model-number or nonexistent");
  return (rule->sources = resolve_sources (state, a.sources, error)) != NULL;
}

/* A rule is added where it belongs once its text is there. */
static gboolean
end_rule (ParseState  *state,
          GError     **error)
{
  RcRule *rule = g_steal_pointer (&state->rule);

  if (rule->text == NULL)
    {
      set_end_error (state, error, "<%s> needs an <%s>",
                     state->rule_is_rewrite ? "rewrite" : "reject",
                     state->rule_is_rewrite ? "reason" : "explanation");
      rc_rule_free (rule);
      return FALSE;
    }
  if (state->rule_is_rewrite)
    rc_series_add_rewrite (state->series, rule);
  else if (state->series != NULL)
    rc_series_add_reject (state->series, rule);
  else
    g_ptr_array_add (state->catalog->rejects, rule);
  return TRUE;
}

static RcCodeMethod *
code_method_by_id (RcCatalog  *self,
                   const char *id)
{
  GListModel *methods = G_LIST_MODEL (self->code_methods);

  for (guint i = 0; i < g_list_model_get_n_items (methods); i++)
    {
      g_autoptr(RcCodeMethod) method = g_list_model_get_item (methods, i);

      if (g_str_equal (rc_code_method_get_id (method), id))
        return method;
    }
  return NULL;
}

/* One radio, one computation: two could only disagree. */
static gboolean
check_one_code_method (ParseState  *state,
                       GPtrArray   *served,
                       GError     **error)
{
  for (guint i = 0; i < served->len; i++)
    {
      RcSeries *one = g_ptr_array_index (served, i);
      RcCodeMethod *other = rc_catalog_lookup_code_method (state->catalog, one);

      if (other != NULL)
        return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                          "series “%s” already has code-method “%s”",
                          rc_series_get_id (one), rc_code_method_get_id (other));
    }
  return TRUE;
}

/* <code-method id series algorithm confidence sources>: which series a
 * computation serves, how far it is trusted, and why. */
static gboolean
start_code_method (ParseState   *state,
                   const char  **names,
                   const char  **values,
                   GError      **error)
{
  const char *id, *series, *algorithm, *confidence, *ids;
  g_autoptr(GPtrArray) sources = NULL;
  RcCodeAlgorithm arithmetic;
  RcConfidence level;
  GPtrArray *served;

  if (!g_markup_collect_attributes ("code-method", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "series", &series,
                                    G_MARKUP_COLLECT_STRING, "algorithm", &algorithm,
                                    G_MARKUP_COLLECT_STRING, "confidence", &confidence,
                                    G_MARKUP_COLLECT_STRING, "sources", &ids,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  if (code_method_by_id (state->catalog, id) != NULL)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "code-method “%s” is declared twice", id);
  if (!rc_code_algorithm_parse (algorithm, &arithmetic))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "code-method “%s”: unknown algorithm “%s”", id, algorithm);
  if (!parse_confidence (state, "code-method", id, confidence, &level, error) ||
      !(sources = resolve_sources (state, ids, error)))
    return FALSE;

  state->code_method = rc_code_method_new (id, arithmetic, level);
  g_ptr_array_extend (rc_code_method_get_sources (state->code_method), sources, NULL, NULL);
  served = rc_code_method_get_series (state->code_method);
  return resolve_ids (state, find_series, series, "series", served, error) &&
         check_one_code_method (state, served, error);
}

static gboolean
end_code_method (ParseState  *state,
                 GError     **error)
{
  g_autoptr(RcCodeMethod) method = g_steal_pointer (&state->code_method);

  if (!rc_code_method_is_complete (method))
    return set_end_error (state, error, "code-method “%s” needs a <name>, <basis>, "
                          "<covers>, <excludes> and <refused>, and a series",
                          rc_code_method_get_id (method));
  g_list_store_append (state->catalog->code_methods, method);
  return TRUE;
}

/* <series id brand confidence [detect] sources>: a kind of radio. */
static gboolean
start_series (ParseState   *state,
              const char  **names,
              const char  **values,
              GError      **error)
{
  const char *id, *brand, *confidence, *detect = NULL, *ids;
  g_autoptr(GPtrArray) sources = NULL;
  RcConfidence level;
  const char *brand_name;

  if (!g_markup_collect_attributes ("series", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "brand", &brand,
                                    G_MARKUP_COLLECT_STRING, "confidence", &confidence,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "detect", &detect,
                                    G_MARKUP_COLLECT_STRING, "sources", &ids,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  if (g_hash_table_contains (state->catalog->series_by_id, id))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "series “%s” is declared twice", id);
  if (!(brand_name = g_hash_table_lookup (state->catalog->brands, brand)))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "series “%s” names unknown brand “%s”", id, brand);
  if (!parse_confidence (state, "series", id, confidence, &level, error) ||
      !(sources = resolve_sources (state, ids, error)))
    return FALSE;

  state->series = rc_series_new (id, brand, brand_name);
  rc_series_set_confidence (state->series, level);
  rc_series_set_detectable (state->series, g_strcmp0 (detect, "no") != 0);
  for (guint i = 0; i < sources->len; i++)
    rc_series_add_source (state->series, g_ptr_array_index (sources, i));
  return TRUE;
}

static gboolean
end_series (ParseState  *state,
            GError     **error)
{
  RcCatalog *self = state->catalog;
  g_autoptr(RcSeries) series = g_steal_pointer (&state->series);
  g_autoptr(GError) local_error = NULL;

  if (!rc_series_finish (series, &local_error))
    return set_end_error (state, error, "%s", local_error->message);
  g_hash_table_insert (self->series_by_id, (char *) rc_series_get_id (series), series);
  g_list_store_append (self->series, series);
  g_ptr_array_add (self->series_array, series);
  return TRUE;
}

/* <entry start confidence sources>: how a series takes its code; <confirm> says how. */
static gboolean
start_entry (ParseState   *state,
             const char  **names,
             const char  **values,
             GError      **error)
{
  const char *start, *confidence, *ids;
  g_autoptr(GPtrArray) sources = NULL;

  if (!g_markup_collect_attributes ("entry", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "start", &start,
                                    G_MARKUP_COLLECT_STRING, "confidence", &confidence,
                                    G_MARKUP_COLLECT_STRING, "sources", &ids,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;
  if (!g_str_equal (start, "zero") && !g_str_equal (start, "dash"))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "<entry> “start” must be zero or dash");
  if (!rc_confidence_parse (confidence, &state->entry_confidence))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "<entry>: unknown confidence “%s”", confidence);
  if (!(sources = resolve_sources (state, ids, error)))
    return FALSE;
  state->entry_from_dash = g_str_equal (start, "dash");
  g_clear_pointer (&state->entry_sources, g_ptr_array_unref);
  state->entry_sources = g_steal_pointer (&sources);
  return TRUE;
}

/* <format pattern [example]>: one fixed-position form of a series' serial. */
static gboolean
start_format (ParseState   *state,
              const char  **names,
              const char  **values,
              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *pattern, *example;

  if (!g_markup_collect_attributes ("format", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "pattern", &pattern,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "example", &example,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;
  if (!(state->format = rc_format_new (pattern, example, &local_error)))
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "%s", local_error->message);
  rc_series_add_format (state->series, state->format);
  return TRUE;
}

static gboolean
end_format (ParseState  *state,
            GError     **error)
{
  state->format = NULL;
  return TRUE;
}

/* Sets a text field; a repeated element replaces what the first one said. */
static void
replace_text (char       **field,
              const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

/* Where the text of each text-bearing element goes. */
enum { TEXT_NAME, TEXT_NOTE, TEXT_QUESTION, TEXT_ANSWER, TEXT_ALT, TEXT_CAPTION };

static void
source_text (ParseState    *state,
             const Handler *handler,
             const char    *text)
{
  replace_text (&state->source->name, text);
}

static void
brand_text (ParseState    *state,
            const Handler *handler,
            const char    *text)
{
  g_hash_table_insert (state->catalog->brands, g_strdup (state->brand_id), g_strdup (text));
}

static void
series_text (ParseState    *state,
             const Handler *handler,
             const char    *text)
{
  if (handler->field == TEXT_NAME)
    rc_series_set_name (state->series, text);
  else
    rc_series_set_note (state->series, text);
}

static void
format_text (ParseState    *state,
             const Handler *handler,
             const char    *text)
{
  rc_format_set_description (state->format, text);
}

static void
rule_text (ParseState    *state,
           const Handler *handler,
           const char    *text)
{
  replace_text (&state->rule->text, text);
}

static void
entry_text (ParseState    *state,
            const Handler *handler,
            const char    *text)
{
  rc_series_set_entry (state->series, state->entry_from_dash, text,
                       state->entry_confidence, state->entry_sources);
}

static void
lockout_text (ParseState    *state,
              const Handler *handler,
              const char    *text)
{
  rc_lockout_rule_set_text (state->lockout, handler->field, text);
}

static void
model_text (ParseState    *state,
            const Handler *handler,
            const char    *text)
{
  rc_model_set_text (state->model, handler->field, text);
}

static void
method_text (ParseState    *state,
             const Handler *handler,
             const char    *text)
{
  rc_method_set_text (state->method, handler->field, text);
}

static void
figure_text (ParseState    *state,
             const Handler *handler,
             const char    *text)
{
  replace_text (handler->field == TEXT_ALT ? &state->figure->alt : &state->figure->caption, text);
}

static void
display_text (ParseState    *state,
              const Handler *handler,
              const char    *text)
{
  rc_display_set_text (state->display, handler->field, text);
}

static void
choice_text (ParseState    *state,
             const Handler *handler,
             const char    *text)
{
  rc_display_add_choice (state->display, state->choice_next, text);
}

static void
faq_text (ParseState    *state,
          const Handler *handler,
          const char    *text)
{
  replace_text (handler->field == TEXT_QUESTION ? &state->faq->question : &state->faq->answer,
                text);
}

static void
code_method_text (ParseState    *state,
                  const Handler *handler,
                  const char    *text)
{
  rc_code_method_set_text (state->code_method, handler->field, text);
}

/* Every element a catalog may hold, inside which element, and what reading
 * it does. The rows with a TextFunc are the text-bearing elements. */
static const Handler handlers[] = {
  { "catalog", NULL, start_catalog, NULL, NULL, 0 },
  { "source", "catalog", start_source, end_source, NULL, 0 },
  { "name", "source", NULL, NULL, source_text, 0 },
  { "brand", "catalog", start_brand, end_brand, NULL, 0 },
  { "name", "brand", NULL, NULL, brand_text, 0 },
  { "label-prefix", "catalog", start_label_prefix, NULL, NULL, 0 },
  { "lookalike", "catalog", start_lookalike, NULL, NULL, 0 },
  { "reject", "catalog", start_reject, end_rule, NULL, 0 },
  { "explanation", "reject", NULL, NULL, rule_text, 0 },

  { "series", "catalog", start_series, end_series, NULL, 0 },
  { "name", "series", NULL, NULL, series_text, TEXT_NAME },
  { "note", "series", NULL, NULL, series_text, TEXT_NOTE },
  { "format", "series", start_format, end_format, NULL, 0 },
  { "description", "format", NULL, NULL, format_text, 0 },
  { "rewrite", "series", start_rewrite, end_rule, NULL, 0 },
  { "reason", "rewrite", NULL, NULL, rule_text, 0 },
  { "reject", "series", start_reject, end_rule, NULL, 0 },
  { "entry", "series", start_entry, NULL, NULL, 0 },
  { "confirm", "entry", NULL, NULL, entry_text, 0 },

  { "lockout", "catalog", start_lockout, end_lockout, NULL, 0 },
  { "name", "lockout", NULL, NULL, lockout_text, RC_LOCKOUT_TEXT_NAME },
  { "condition", "lockout", NULL, NULL, lockout_text, RC_LOCKOUT_TEXT_CONDITION },
  { "note", "lockout", NULL, NULL, lockout_text, RC_LOCKOUT_TEXT_NOTE },
  { "locked", "lockout", NULL, NULL, lockout_text, RC_LOCKOUT_TEXT_LOCKED },

  { "model", "catalog", start_model, end_model, NULL, 0 },
  { "name", "model", NULL, NULL, model_text, RC_MODEL_TEXT_NAME },
  { "note", "model", NULL, NULL, model_text, RC_MODEL_TEXT_NOTE },
  { "location", "model", NULL, NULL, model_text, RC_MODEL_TEXT_LOCATION },

  { "method", "catalog", start_method, end_method, NULL, 0 },
  { "title", "method", NULL, NULL, method_text, RC_METHOD_TEXT_TITLE },
  { "summary", "method", NULL, NULL, method_text, RC_METHOD_TEXT_SUMMARY },
  { "need", "method", NULL, NULL, method_text, RC_METHOD_TEXT_NEED },
  { "step", "method", NULL, NULL, method_text, RC_METHOD_TEXT_STEP },
  { "caution", "method", NULL, NULL, method_text, RC_METHOD_TEXT_CAUTION },
  { "figure", "method", start_figure, end_figure, NULL, 0 },
  { "alt", "figure", NULL, NULL, figure_text, TEXT_ALT },
  { "caption", "figure", NULL, NULL, figure_text, TEXT_CAPTION },

  { "display", "catalog", start_display, end_display, NULL, 0 },
  { "name", "display", NULL, NULL, display_text, RC_DISPLAY_TEXT_NAME },
  { "meaning", "display", NULL, NULL, display_text, RC_DISPLAY_TEXT_MEANING },
  { "action", "display", NULL, NULL, display_text, RC_DISPLAY_TEXT_ACTION },
  { "choice", "display", start_choice, NULL, choice_text, 0 },

  { "faq", "catalog", start_faq, end_faq, NULL, 0 },
  { "question", "faq", NULL, NULL, faq_text, TEXT_QUESTION },
  { "answer", "faq", NULL, NULL, faq_text, TEXT_ANSWER },

  { "code-method", "catalog", start_code_method, end_code_method, NULL, 0 },
  { "name", "code-method", NULL, NULL, code_method_text, RC_CODE_METHOD_TEXT_NAME },
  { "basis", "code-method", NULL, NULL, code_method_text, RC_CODE_METHOD_TEXT_BASIS },
  { "covers", "code-method", NULL, NULL, code_method_text, RC_CODE_METHOD_TEXT_COVERS },
  { "excludes", "code-method", NULL, NULL, code_method_text, RC_CODE_METHOD_TEXT_EXCLUDES },
  { "refused", "code-method", NULL, NULL, code_method_text, RC_CODE_METHOD_TEXT_REFUSED },
};

static void
record_event (Recording *record,
              guint32    value)
{
  g_array_append_val (record->events, value);
}

/* Records @text's offset in the blob, adding it there the first time. */
static void
record_string (Recording  *record,
               const char *text)
{
  gsize offset = GPOINTER_TO_SIZE (g_hash_table_lookup (record->offsets, text));

  if (offset == 0)
    {
      offset = record->strings->len + 1;
      g_string_append_len (record->strings, text, strlen (text) + 1);
      g_hash_table_insert (record->offsets, g_strdup (text), GSIZE_TO_POINTER (offset));
    }
  record_event (record, offset - 1);
}

static void
record_open (Recording   *record,
             const char  *element,
             const char **names,
             const char **values)
{
  guint n = g_strv_length ((char **) names);

  record_event (record, EVENT_OPEN);
  record_string (record, element);
  record_event (record, n);
  for (guint i = 0; i < n; i++)
    {
      record_string (record, names[i]);
      record_string (record, values[i]);
    }
}

static void
record_text (Recording  *record,
             const char *text)
{
  record_event (record, EVENT_TEXT);
  record_string (record, text);
}

/* The rows of the table by element name (a GPtrArray of Handlers each),
 * built once: a large catalog opens hundreds of thousands of elements. */
static GHashTable *
handlers_by_element (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *built = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
        {
          GPtrArray *rows = g_hash_table_lookup (built, handlers[i].element);

          if (rows == NULL)
            g_hash_table_insert (built, (char *) handlers[i].element, rows = g_ptr_array_new ());
          g_ptr_array_add (rows, (gpointer) &handlers[i]);
        }
      g_once_init_leave (&table, built);
    }
  return table;
}

static const Handler *
find_handler (const char *element,
              const char *parent)
{
  GPtrArray *rows = g_hash_table_lookup (handlers_by_element (), element);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const Handler *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (row->parent, parent) == 0)
        return row;
    }
  return NULL;
}

static const Handler *
open_handler (ParseState *state)
{
  return state->open->len > 0 ? g_ptr_array_index (state->open, state->open->len - 1) : NULL;
}

/* Opens @element: finds its row in the table and runs its start. */
static gboolean
read_start (ParseState   *state,
            const char   *element,
            const char  **names,
            const char  **values,
            GError      **error)
{
  const Handler *parent = open_handler (state);
  const Handler *handler;

  if (parent != NULL && parent->text != NULL)
    return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                      "<%s> may not contain other elements", parent->element);
  handler = find_handler (element, parent != NULL ? parent->element : NULL);
  if (handler == NULL && parent == NULL)
    return set_error (state, error, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                      "unexpected <%s>: the root element must be <catalog>", element);
  if (handler == NULL)
    return set_error (state, error, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                      "unexpected <%s> inside <%s>", element, parent->element);

  g_ptr_array_add (state->open, (gpointer) handler);
  if (handler->text != NULL)
    g_string_truncate (state->text, 0);
  if (state->record != NULL)
    record_open (state->record, element, names, values);
  if (handler->start == NULL)
    return g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_INVALID, NULL);
  return handler->start (state, names, values, error);
}

/* Text may not be empty. It is shown and printed as it is: a control
 * character would reach the owner's screen or terminal. */
static gboolean
check_msgid (ParseState     *state,
             const Handler  *handler,
             const char     *msgid,
             GError        **error)
{
  if (msgid[0] == '\0')
    return set_end_error (state, error, "<%s> is empty", handler->element);
  for (const char *p = msgid; *p != '\0'; p++)
    if (g_ascii_iscntrl (*p))
      return set_end_error (state, error, "<%s> holds the control character U+%04X",
                            handler->element, (guint) (guchar) *p);
  return TRUE;
}

/* Hands a text-bearing element's text, white space collapsed and translated
 * when a translation is in use, to its row's TextFunc. */
static gboolean
read_text_end (ParseState     *state,
               const Handler  *handler,
               GError        **error)
{
  g_autofree char *msgid = collapse_space (state->text->str);

  if (!check_msgid (state, handler, msgid, error))
    return FALSE;
  /* The compiled form keeps the English msgid: it is translated when read. */
  if (state->record != NULL)
    record_text (state->record, msgid);
  handler->text (state, handler,
                 state->translated ? g_dgettext (GETTEXT_PACKAGE, msgid) : msgid);
  return TRUE;
}

static gboolean
read_end (ParseState  *state,
          GError     **error)
{
  const Handler *handler;

  if (state->open->len == 0)
    return set_end_error (state, error, "an element is closed that was never opened");
  handler = g_ptr_array_steal_index (state->open, state->open->len - 1);
  if (handler->text != NULL && !read_text_end (state, handler, error))
    return FALSE;
  if (state->record != NULL)
    record_event (state->record, EVENT_CLOSE);
  return handler->end == NULL || handler->end (state, error);
}

/* Text outside a text-bearing element may only be white space. */
static gboolean
read_text (ParseState  *state,
           const char  *text,
           gsize        length,
           GError     **error)
{
  const Handler *handler = open_handler (state);

  if (handler != NULL && handler->text != NULL)
    {
      g_string_append_len (state->text, text, length);
      return TRUE;
    }
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isspace (text[i]))
        return set_error (state, error, G_MARKUP_ERROR_INVALID_CONTENT,
                          "text is not allowed here");
    }
  return TRUE;
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  read_start (user_data, element, names, values, error);
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  read_end (user_data, error);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  read_text (user_data, text, length, error);
}

static const GMarkupParser parser = {
  start_element_cb,
  end_element_cb,
  text_cb,
  NULL,
  NULL,
};

static Compiled *
compiled_ref (Compiled *compiled)
{
  return g_atomic_rc_box_acquire (compiled);
}

static void
compiled_clear (Compiled *compiled)
{
  g_variant_unref (compiled->strings);
  g_variant_unref (compiled->events);
  g_free (compiled->starts);
}

static void
compiled_unref (Compiled *compiled)
{
  g_atomic_rc_box_release_full (compiled, (GDestroyNotify) compiled_clear);
}

static void
deferred_clear (Deferred *deferred)
{
  g_clear_pointer (&deferred->compiled, compiled_unref);
}

static void
unref_model (gpointer model)
{
  if (model != NULL)
    g_object_unref (model);
}

static void rc_catalog_models_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcCatalogModels, rc_catalog_models, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      rc_catalog_models_list_init))

static void
rc_catalog_models_finalize (GObject *object)
{
  RcCatalogModels *self = RC_CATALOG_MODELS (object);

  g_ptr_array_unref (self->made);
  g_array_unref (self->deferred);
  rc_model_index_free (self->index);

  G_OBJECT_CLASS (rc_catalog_models_parent_class)->finalize (object);
}

static void
rc_catalog_models_class_init (RcCatalogModelsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_catalog_models_finalize;
}

static void
rc_catalog_models_init (RcCatalogModels *self)
{
  self->made = g_ptr_array_new_with_free_func (unref_model);
  self->deferred = g_array_new (FALSE, TRUE, sizeof (Deferred));
  g_array_set_clear_func (self->deferred, (GDestroyNotify) deferred_clear);
  self->index = rc_model_index_new ();
}

static RcModel *make_deferred (RcCatalog      *catalog,
                               const Deferred *deferred);

/* The model at @position, made now if it was deferred. */
static RcModel *
model_at (RcCatalogModels *list,
          guint            position)
{
  RcModel *model = g_ptr_array_index (list->made, position);

  if (model == NULL)
    {
      Deferred *deferred = &g_array_index (list->deferred, Deferred, position);

      model = make_deferred (list->catalog, deferred);
      rc_model_set_position (model, position);
      g_ptr_array_index (list->made, position) = model;
      /* Its compiled document may go once every model in it is made: the
       * table's key becomes the model's own id. */
      g_hash_table_replace (list->catalog->models_by_id, (char *) rc_model_get_id (model),
                            GUINT_TO_POINTER (position + 1));
      deferred_clear (deferred);
    }
  return model;
}

/* Adds a model: @model, or the deferred one @deferred says where to find. */
static void
models_add (RcCatalogModels *list,
            RcModel         *model,
            const Deferred  *deferred)
{
  Deferred none = { NULL, 0, NULL };

  if (model != NULL)
    {
      rc_model_set_position (model, list->made->len);
      rc_model_index_add_model (list->index, model);
    }
  g_ptr_array_add (list->made, model != NULL ? g_object_ref (model) : NULL);
  g_array_append_vals (list->deferred, deferred != NULL ? deferred : &none, 1);
}

/* Forgets the models from @n on, which no document read to the end added. */
static void
models_truncate (RcCatalogModels *list,
                 GHashTable      *by_id,
                 guint            n)
{
  for (guint i = n; i < list->made->len; i++)
    {
      RcModel *model = g_ptr_array_index (list->made, i);

      g_hash_table_remove (by_id, model != NULL ? rc_model_get_id (model)
                                                : g_array_index (list->deferred, Deferred, i).id);
    }
  g_ptr_array_set_size (list->made, MIN (n, list->made->len));
  g_array_set_size (list->deferred, MIN (n, list->deferred->len));
  rc_model_index_truncate (list->index, n);
}

/* Shows the models a document added: one change for the whole document. */
static void
models_commit (RcCatalogModels *list)
{
  guint added = list->made->len - list->n_items;

  if (added == 0)
    return;
  list->n_items = list->made->len;
  g_list_model_items_changed (G_LIST_MODEL (list), list->n_items - added, 0, added);
}

static GType
rc_catalog_models_get_item_type (GListModel *model)
{
  return RC_TYPE_MODEL;
}

static guint
rc_catalog_models_get_n_items (GListModel *model)
{
  return RC_CATALOG_MODELS (model)->n_items;
}

static gpointer
rc_catalog_models_get_item (GListModel *model,
                            guint       position)
{
  RcCatalogModels *self = RC_CATALOG_MODELS (model);

  if (position >= self->n_items)
    return NULL;
  return g_object_ref (model_at (self, position));
}

static void
rc_catalog_models_list_init (GListModelInterface *iface)
{
  iface->get_item_type = rc_catalog_models_get_item_type;
  iface->get_n_items = rc_catalog_models_get_n_items;
  iface->get_item = rc_catalog_models_get_item;
}

static void
rc_catalog_finalize (GObject *object)
{
  RcCatalog *self = RC_CATALOG (object);

  g_clear_object (&self->series);
  g_clear_pointer (&self->series_by_id, g_hash_table_unref);
  g_clear_pointer (&self->series_array, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->brands, g_hash_table_unref);
  g_clear_pointer (&self->brand_ids, g_ptr_array_unref);
  g_clear_pointer (&self->rejects, g_ptr_array_unref);
  g_clear_pointer (&self->label_prefix, g_regex_unref);
  g_clear_object (&self->lockouts);
  /* Someone may still hold the list: without the catalog it has no models. */
  self->models->catalog = NULL;
  models_truncate (self->models, self->models_by_id, 0);
  if (self->models->n_items > 0)
    {
      guint removed = self->models->n_items;

      self->models->n_items = 0;
      g_list_model_items_changed (G_LIST_MODEL (self->models), 0, removed, 0);
    }
  g_clear_object (&self->models);
  g_clear_object (&self->methods);
  g_clear_object (&self->displays);
  g_clear_pointer (&self->faqs, g_ptr_array_unref);
  g_clear_pointer (&self->models_by_id, g_hash_table_unref);
  g_clear_pointer (&self->lockouts_by_id, g_hash_table_unref);
  g_clear_object (&self->code_methods);

  G_OBJECT_CLASS (rc_catalog_parent_class)->finalize (object);
}

static void
rc_catalog_class_init (RcCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_catalog_finalize;
}

static void
rc_catalog_init (RcCatalog *self)
{
  self->series = g_list_store_new (RC_TYPE_SERIES);
  self->series_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->series_array = g_ptr_array_new ();
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) rc_source_free);
  self->brands = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->brand_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->brand_ids, NULL);
  self->rejects = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_rule_free);
  self->lockouts = g_list_store_new (RC_TYPE_LOCKOUT_RULE);
  self->models = g_object_new (RC_TYPE_CATALOG_MODELS, NULL);
  self->models->catalog = self;
  self->methods = g_list_store_new (RC_TYPE_METHOD);
  self->displays = g_list_store_new (RC_TYPE_DISPLAY);
  self->faqs = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_faq_free);
  self->models_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->lockouts_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->code_methods = g_list_store_new (RC_TYPE_CODE_METHOD);
}

/**
 * rc_catalog_new:
 *
 * Creates an empty catalog; fill it with rc_catalog_add_data().
 */
RcCatalog *
rc_catalog_new (void)
{
  return g_object_new (RC_TYPE_CATALOG, NULL);
}

/* What the catalog held before a document, to put it back when the document fails. */
typedef struct
{
  guint   n_series;
  guint   n_brand_ids;
  guint   n_rejects;
  guint   n_lockouts;
  guint   n_methods;
  guint   n_displays;
  guint   n_faqs;
  guint   n_code_methods;
  guint   n_models;
  GRegex *label_prefix;
  char    lookalikes[128];
} Mark;

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static void
set_mark (RcCatalog *self,
          Mark      *mark)
{
  mark->n_series = self->series_array->len;
  mark->n_brand_ids = self->brand_ids->len;
  mark->n_rejects = self->rejects->len;
  mark->n_lockouts = n_items (self->lockouts);
  mark->n_methods = n_items (self->methods);
  mark->n_displays = n_items (self->displays);
  mark->n_faqs = self->faqs->len;
  mark->n_code_methods = n_items (self->code_methods);
  mark->n_models = self->models->made->len;
  mark->label_prefix = self->label_prefix != NULL ? g_regex_ref (self->label_prefix) : NULL;
  memcpy (mark->lookalikes, self->lookalikes, sizeof mark->lookalikes);
}

/* Drops what a failed document added, so that the catalog is exactly as it was. */
static void
roll_back (RcCatalog  *self,
           ParseState *state,
           Mark       *mark)
{
  models_truncate (self->models, self->models_by_id, mark->n_models);
  for (guint i = mark->n_lockouts; i < n_items (self->lockouts); i++)
    {
      g_autoptr(RcLockoutRule) rule = g_list_model_get_item (G_LIST_MODEL (self->lockouts), i);

      g_hash_table_remove (self->lockouts_by_id, rc_lockout_rule_get_id (rule));
    }
  g_list_store_splice (self->lockouts, mark->n_lockouts,
                       n_items (self->lockouts) - mark->n_lockouts, NULL, 0);
  for (guint i = mark->n_series; i < self->series_array->len; i++)
    g_hash_table_remove (self->series_by_id,
                         rc_series_get_id (g_ptr_array_index (self->series_array, i)));
  g_ptr_array_set_size (self->series_array, mark->n_series);
  g_list_store_splice (self->series, mark->n_series, n_items (self->series) - mark->n_series,
                       NULL, 0);
  g_list_store_splice (self->methods, mark->n_methods,
                       n_items (self->methods) - mark->n_methods, NULL, 0);
  g_list_store_splice (self->displays, mark->n_displays,
                       n_items (self->displays) - mark->n_displays, NULL, 0);
  g_list_store_splice (self->code_methods, mark->n_code_methods,
                       n_items (self->code_methods) - mark->n_code_methods, NULL, 0);
  g_ptr_array_set_size (self->faqs, mark->n_faqs);
  g_ptr_array_set_size (self->rejects, mark->n_rejects);
  /* The brand being read may have its name already. */
  if (state->brand_id != NULL)
    g_hash_table_remove (self->brands, state->brand_id);
  for (guint i = mark->n_brand_ids - 1; i + 1 < self->brand_ids->len; i++)
    g_hash_table_remove (self->brands, g_ptr_array_index (self->brand_ids, i));
  g_ptr_array_remove_range (self->brand_ids, mark->n_brand_ids - 1,
                            self->brand_ids->len - mark->n_brand_ids);
  /* Last: what was rolled back above may refer to these sources. */
  for (guint i = 0; i < state->new_sources->len; i++)
    g_hash_table_remove (self->sources, g_ptr_array_index (state->new_sources, i));
  g_clear_pointer (&self->label_prefix, g_regex_unref);
  self->label_prefix = g_steal_pointer (&mark->label_prefix);
  memcpy (self->lookalikes, mark->lookalikes, sizeof mark->lookalikes);
}

static void
begin_document (RcCatalog  *self,
                ParseState *state,
                Mark       *mark)
{
  memset (state, 0, sizeof *state);
  state->catalog = self;
  state->translated = has_translation ();
  state->text = g_string_new (NULL);
  state->open = g_ptr_array_new ();
  state->new_sources = g_ptr_array_new ();
  set_mark (self, mark);
}

/* Keeps what a document added when @ok, else puts the catalog back as it
 * was; either way frees what was being read. */
static gboolean
end_document (ParseState  *state,
              Mark        *mark,
              gboolean     ok,
              const char  *name,
              GError     **error)
{
  RcCatalog *self = state->catalog;

  /* One change for the whole document, not one per model. */
  if (ok)
    models_commit (self->models);
  else
    {
      roll_back (self, state, mark);
      g_prefix_error (error, "%s: ", name);
    }
  g_clear_pointer (&mark->label_prefix, g_regex_unref);
  g_clear_pointer (&state->checked, g_hash_table_unref);
  g_clear_pointer (&state->series_texts, g_hash_table_unref);
  g_ptr_array_unref (state->new_sources);
  g_ptr_array_unref (state->open);
  g_clear_object (&state->series);
  g_clear_pointer (&state->rule, rc_rule_free);
  g_clear_object (&state->lockout);
  g_clear_object (&state->model);
  g_clear_object (&state->method);
  g_clear_object (&state->display);
  g_clear_pointer (&state->faq, rc_faq_free);
  g_clear_pointer (&state->entry_sources, g_ptr_array_unref);
  g_clear_object (&state->code_method);
  g_free (state->brand_id);
  g_string_free (state->text, TRUE);
  return ok;
}

/* Reads one XML document; with @record, also notes what it met there. */
static gboolean
add_data (RcCatalog        *self,
          const char       *name,
          const char       *data,
          gssize            length,
          Recording        *record,
          GError          **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  ParseState state;
  Mark mark;
  gboolean ok;

  begin_document (self, &state, &mark);
  state.record = record;
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT |
                                        G_MARKUP_PREFIX_ERROR_POSITION, &state, NULL);
  state.context = context;
  ok = g_markup_parse_context_parse (context, data, length, error) &&
       g_markup_parse_context_end_parse (context, error);
  return end_document (&state, &mark, ok, name, error);
}

static int
compare_basenames (gconstpointer a,
                   gconstpointer b)
{
  g_autofree char *one = g_path_get_basename (*(const char * const *) a);
  g_autofree char *other = g_path_get_basename (*(const char * const *) b);

  return strcmp (one, other);
}

/**
 * rc_catalog_add_data:
 * @name: the file name, for error messages
 *
 * Reads one catalog document. On error the message names @name and the line,
 * and the catalog is left exactly as it was before: nothing of the failed
 * document stays, everything earlier documents added does.
 */
gboolean
rc_catalog_add_data (RcCatalog   *self,
                     const char  *name,
                     const char  *data,
                     gssize       length,
                     GError     **error)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  return add_data (self, name, data, length, NULL, error);
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* What only the whole catalog can say is wrong, once every document is read. */
static gboolean
check_complete (RcCatalog   *self,
                const char  *where,
                GError     **error)
{
  if (n_items (self->lockouts) > 0 && rc_catalog_get_fallback_lockout (self) == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "%s: no lockout rule is marked fallback=\"yes\"", where);
      return FALSE;
    }
  return TRUE;
}

/* One document of the compiled form, being read. Nothing in it is trusted:
 * every offset and count is checked before it is used. */
typedef struct
{
  const char    *strings;
  gsize          n_strings;
  const guint8  *starts;    /* a bit set where a string of the blob starts */
  const guint32 *events;
  gsize          n_events;
  gsize          next;
} Replay;

static gboolean
take_number (Replay  *replay,
             guint32 *value)
{
  if (replay->next >= replay->n_events)
    return FALSE;
  *value = replay->events[replay->next++];
  return TRUE;
}

static const char *
take_string (Replay *replay)
{
  guint32 offset;

  if (!take_number (replay, &offset) || offset >= replay->n_strings ||
      !(replay->starts[offset / 8] & (1 << (offset % 8))))
    return NULL;
  return replay->strings + offset;
}

/* Marks where each string starts; FALSE unless the blob is NUL-terminated UTF-8 strings. */
static gboolean
find_starts (const char *strings,
             gsize       n_strings,
             guint8     *starts)
{
  const char *end = strings + n_strings;

  if (n_strings == 0 || strings[n_strings - 1] != '\0')
    return n_strings == 0;
  for (const char *p = strings; p < end; p += strlen (p) + 1)
    {
      if (!g_utf8_validate (p, -1, NULL))
        return FALSE;
      starts[(p - strings) / 8] |= 1 << ((p - strings) % 8);
    }
  return TRUE;
}

/* A replay of @compiled from its first event. */
static Replay
replay_init (Compiled *compiled)
{
  Replay replay = { 0 };

  replay.strings = g_variant_get_fixed_array (compiled->strings, &replay.n_strings, 1);
  replay.events = g_variant_get_fixed_array (compiled->events, &replay.n_events,
                                             sizeof (guint32));
  replay.starts = compiled->starts;
  return replay;
}

/* Whether @text is as collapse_space() leaves it, as the compiler writes every text. */
static gboolean
is_collapsed (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p) &&
        (*p != ' ' || p == text || p[1] == '\0' || p[1] == ' '))
      return FALSE;
  return TRUE;
}

/* The search text of the series a compiled model names: each list is
 * resolved once (the compiled strings are each stored once, so the same
 * list is the same pointer), and so are its sources. NULL and an error
 * when the reader would refuse them. */
static const char *
checked_series (ParseState       *state,
                ModelAttributes  *model,
                GError          **error)
{
  const char *text;

  if (state->checked == NULL)
    {
      state->checked = g_hash_table_new_full (NULL, NULL, NULL,
                                              (GDestroyNotify) g_ptr_array_unref);
      state->series_texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
    }
  if ((text = g_hash_table_lookup (state->series_texts, model->series)) == NULL)
    {
      g_autoptr(GPtrArray) series = g_ptr_array_new ();

      if (!resolve_model_series (state, model, series, error))
        return NULL;
      text = rc_model_fold_series (series);
      g_hash_table_insert (state->series_texts, (gpointer) model->series, (char *) text);
    }
  if (!g_hash_table_contains (state->checked, model->sources))
    {
      GPtrArray *sources = resolve_sources (state, model->sources, error);

      if (sources == NULL)
        return NULL;
      g_hash_table_insert (state->checked, (gpointer) model->sources, sources);
    }
  return text;
}

/* A <model> of the compiled catalog, whose opening @replay has just read:
 * it is checked as the reader would check it, and its search text is
 * indexed, but the model itself is made only when it is first asked for
 * (make_deferred). Models in the shape the compiler writes (each of <name>,
 * <note> and <location> at most once, holding one text) are deferred, and
 * *@deferred is set; anything else leaves @replay where it was, to be read
 * element by element. */
static gboolean
defer_model (ParseState   *state,
             Replay       *replay,
             guint32       open_at,
             const char  **names,
             const char  **values,
             gboolean     *deferred,
             GError      **error)
{
  RcCatalogModels *models = state->catalog->models;
  const char *texts[RC_MODEL_TEXT_LOCATION + 1] = { NULL };
  gsize children_at = replay->next;
  const char *series;
  ModelAttributes attributes;
  Deferred entry;
  guint32 kind;

  *deferred = FALSE;
  while (take_number (replay, &kind) && kind == EVENT_OPEN)
    {
      const char *element = take_string (replay);
      const Handler *child = element != NULL ? find_handler (element, "model") : NULL;
      guint32 n, text, close;
      const char *msgid;

      if (child == NULL || child->text == NULL || texts[child->field] != NULL ||
          !take_number (replay, &n) || n != 0 || !take_number (replay, &text) ||
          text != EVENT_TEXT || (msgid = take_string (replay)) == NULL ||
          !is_collapsed (msgid) || !take_number (replay, &close) || close != EVENT_CLOSE)
        break;
      if (!check_msgid (state, child, msgid, error))
        return FALSE;
      texts[child->field] = msgid;
      kind = 0;
    }
  if (kind != EVENT_CLOSE || texts[RC_MODEL_TEXT_NAME] == NULL)
    {
      replay->next = children_at;
      return TRUE;
    }

  if (!read_model_attributes (state, names, values, &attributes, error) ||
      !(series = checked_series (state, &attributes, error)))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && state->translated)
      texts[i] = g_dgettext (GETTEXT_PACKAGE, texts[i]);

  rc_model_index_add (models->index, attributes.make, texts[RC_MODEL_TEXT_NAME],
                      attributes.chassis, series, texts[RC_MODEL_TEXT_NOTE],
                      attributes.year_from, attributes.year_to);
  entry.compiled = compiled_ref (state->compiled);
  entry.event = open_at;
  entry.id = attributes.id;
  g_hash_table_insert (state->catalog->models_by_id, (char *) attributes.id,
                       GUINT_TO_POINTER (models->made->len + 1));
  models_add (models, NULL, &entry);
  *deferred = TRUE;
  return TRUE;
}

/* An element's opening: its name, then its attributes' names and values. */
static gboolean
replay_open (ParseState  *state,
             Replay      *replay,
             guint32      open_at,
             GError     **error)
{
  const char *names[MAX_ATTRIBUTES + 1], *values[MAX_ATTRIBUTES + 1];
  const char *element = take_string (replay);
  const Handler *parent = open_handler (state);
  gboolean deferred = FALSE;
  guint32 n;

  if (element == NULL || !take_number (replay, &n) || n > MAX_ATTRIBUTES)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (!(names[i] = take_string (replay)) || !(values[i] = take_string (replay)))
        return FALSE;
    }
  names[n] = values[n] = NULL;
  if (state->compiled != NULL && !state->making && parent != NULL &&
      g_str_equal (parent->element, "catalog") && g_str_equal (element, "model"))
    {
      if (!defer_model (state, replay, open_at, names, values, &deferred, error))
        return FALSE;
      if (deferred)
        return TRUE;
    }
  return read_start (state, element, names, values, error);
}

/* Runs events through the same handlers as the XML's elements: an event
 * that does not fit is an error, never a crash. With @depth 0, every event
 * of the document; else the element opening at the next event, up to its
 * close (@depth elements are open around it). */
static gboolean
replay_events (ParseState  *state,
               Replay      *replay,
               guint        depth,
               GError     **error)
{
  guint32 kind;
  const char *text;

  while (take_number (replay, &kind))
    {
      GError *local_error = NULL;
      gboolean ok;

      if (kind == EVENT_OPEN)
        ok = replay_open (state, replay, replay->next - 1, &local_error);
      else if (kind == EVENT_TEXT && (text = take_string (replay)) != NULL)
        ok = read_text (state, text, strlen (text), &local_error);
      else if (kind == EVENT_CLOSE)
        ok = read_end (state, &local_error);
      else
        ok = FALSE;
      if (!ok && local_error == NULL)
        return set_end_error (state, error, "the compiled catalog is damaged");
      if (!ok)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      if (depth > 0 && state->open->len == depth)
        return TRUE;
    }
  if (state->open->len > 0)
    return set_end_error (state, error, "the compiled catalog is damaged");
  return TRUE;
}

/* Makes a model that was checked and indexed when the catalog was read,
 * with the same handlers as any other (translated the same way). */
static RcModel *
make_deferred (RcCatalog      *catalog,
               const Deferred *deferred)
{
  Replay replay = replay_init (deferred->compiled);
  g_autoptr(GError) error = NULL;
  ParseState state = { 0 };
  RcModel *model;

  g_return_val_if_fail (catalog != NULL, NULL);

  state.catalog = catalog;
  state.translated = has_translation ();
  state.text = g_string_new (NULL);
  state.open = g_ptr_array_new ();
  state.making = TRUE;
  g_ptr_array_add (state.open, (gpointer) find_handler ("catalog", NULL));
  replay.next = deferred->event;
  if (!replay_events (&state, &replay, 1, &error) && error == NULL)
    g_set_error_literal (&error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                         "the compiled catalog is damaged");
  model = g_steal_pointer (&state.made);
  g_clear_object (&state.model);
  g_ptr_array_unref (state.open);
  g_string_free (state.text, TRUE);
  /* Cannot happen: defer_model() checked everything the handlers check. */
  if (model == NULL)
    g_error ("model “%s” of the compiled catalog: %s", deferred->id,
             error != NULL ? error->message : "not read");
  return model;
}

static gboolean
replay_compiled (ParseState  *state,
                 Compiled    *compiled,
                 GError     **error)
{
  Replay replay = replay_init (compiled);

  compiled->starts = g_malloc0 (replay.n_strings / 8 + 1);
  replay.starts = compiled->starts;
  if (!find_starts (replay.strings, replay.n_strings, compiled->starts))
    return set_end_error (state, error, "the compiled catalog is damaged");
  state->compiled = compiled;
  return replay_events (state, &replay, 0, error);
}

/**
 * rc_catalog_new_from_compiled:
 * @bytes: the catalog as rc-catalog-compile wrote it
 *
 * Reads the compiled form of the catalog: the same facts as the XML, text
 * in English and translated as it is read, without parsing any XML. Each
 * car model is checked and indexed now and made when first asked for.
 */
RcCatalog *
rc_catalog_new_from_compiled (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(RcCatalog) self = rc_catalog_new ();
  g_autoptr(GVariant) compiled = NULL;
  GVariantIter iter;
  GVariant *strings, *events;
  const char *name;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* Not trusted: GVariant checks each value as it is taken out, and the
   * replay checks that the events fit together. */
  compiled = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (COMPILED_TYPE),
                                                           bytes, FALSE));
  /* Damaged data reads as empty values: the compiler writes none. (Not
   * g_variant_is_normal_form(), which looks at each byte and number of the
   * arrays one by one, for longer than reading them takes.) */
  if (g_variant_iter_init (&iter, compiled) == 0)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "the compiled catalog is damaged");
      return NULL;
    }
  while (g_variant_iter_next (&iter, "(&s@ay@au)", &name, &strings, &events))
    {
      Compiled *document = g_atomic_rc_box_new0 (Compiled);
      ParseState state;
      Mark mark;
      gboolean ok;
      gsize n;

      document->strings = strings;
      document->events = events;
      begin_document (self, &state, &mark);
      if (name[0] == '\0' || g_variant_get_size (strings) == 0 ||
          g_variant_get_fixed_array (events, &n, sizeof (guint32)) == NULL)
        ok = set_end_error (&state, error, "the compiled catalog is damaged");
      else
        ok = replay_compiled (&state, document, error);
      compiled_unref (document);
      if (!end_document (&state, &mark, ok, name, error))
        return NULL;
    }
  if (!check_complete (self, "compiled catalog", error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * rc_catalog_compile:
 * @paths: the catalog's XML files
 *
 * Reads @paths in file-name order, as the app would, and returns what the
 * reader met in each, for rc_catalog_new_from_compiled(). Fails, naming the
 * file and line, where reading the XML would.
 */
GVariant *
rc_catalog_compile (const char * const  *paths,
                    GError             **error)
{
  g_autoptr(RcCatalog) self = rc_catalog_new ();
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_auto(GVariantBuilder) documents = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE (COMPILED_TYPE));

  g_return_val_if_fail (paths != NULL, NULL);

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (sorted, (gpointer) paths[i]);
  g_ptr_array_sort (sorted, compare_basenames);
  for (guint i = 0; i < sorted->len; i++)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (sorted, i));
      g_autofree char *data = NULL;
      g_autoptr(GString) strings = g_string_new (NULL);
      g_autoptr(GHashTable) offsets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (guint32));
      Recording record = { strings, offsets, events };
      gsize length;

      if (!g_file_get_contents (g_ptr_array_index (sorted, i), &data, &length, error) ||
          !add_data (self, name, data, length, &record, error))
        return NULL;
      g_variant_builder_add (&documents, "(s@ay@au)", name,
                             g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, strings->str,
                                                        strings->len, 1),
                             g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, events->data,
                                                        events->len, sizeof (guint32)));
    }
  if (!check_complete (self, "catalog", error))
    return NULL;
  return g_variant_ref_sink (g_variant_builder_end (&documents));
}

/* Reads every catalog document in @path, in name order. */
static RcCatalog *
new_from_xml_resources (const char  *path,
                        char       **children,
                        GError     **error)
{
  g_autoptr(RcCatalog) self = rc_catalog_new ();

  qsort (children, g_strv_length (children), sizeof (char *), compare_names);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *file = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize size;
      const char *data;

      if (!g_str_has_suffix (children[i], ".xml"))
        continue;

      file = g_build_path ("/", path, children[i], NULL);
      bytes = g_resources_lookup_data (file, 0, error);
      if (bytes == NULL)
        return NULL;
      data = g_bytes_get_data (bytes, &size);
      if (!rc_catalog_add_data (self, children[i], data, size, error))
        return NULL;
    }
  if (!check_complete (self, path, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * rc_catalog_new_from_resources:
 * @path: a resource folder holding the catalog: its compiled form
 *   (RC_CATALOG_COMPILED_NAME) or its *.xml files
 *
 * Reads the catalog in @path: the compiled form when there is one, which is
 * mapped rather than parsed, else every XML document in name order.
 */
RcCatalog *
rc_catalog_new_from_resources (const char  *path,
                               GError     **error)
{
  g_autofree char *compiled = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) children = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  compiled = g_build_path ("/", path, RC_CATALOG_COMPILED_NAME, NULL);
  bytes = g_resources_lookup_data (compiled, 0, NULL);
  if (bytes != NULL)
    return rc_catalog_new_from_compiled (bytes, error);

  children = g_resources_enumerate_children (path, 0, error);
  if (children == NULL)
    return NULL;
  return new_from_xml_resources (path, children, error);
}

GListModel *
rc_catalog_get_series (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->series);
}

/* The series in catalog order, borrowed: the checker walks them on every keystroke. */
GPtrArray *
rc_catalog_get_series_array (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return self->series_array;
}

RcSeries *
rc_catalog_lookup_series (RcCatalog  *self,
                          const char *id)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->series_by_id, id);
}

const RcSource *
rc_catalog_lookup_source (RcCatalog  *self,
                          const char *id)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return g_hash_table_lookup (self->sources, id);
}

/**
 * rc_catalog_list_sources:
 *
 * Returns: (transfer container) (element-type RcSource): every source the
 *   catalog declares, in no particular order
 */
GPtrArray *
rc_catalog_list_sources (RcCatalog *self)
{
  GPtrArray *sources = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (RC_IS_CATALOG (self), sources);

  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sources, value);
  return sources;
}

const char *
rc_catalog_get_brand_name (RcCatalog  *self,
                           const char *brand_id)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return g_hash_table_lookup (self->brands, brand_id);
}

/* The brand ids in the order the catalog declares them. */
const char * const *
rc_catalog_get_brand_ids (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return (const char * const *) self->brand_ids->pdata;
}

GPtrArray *
rc_catalog_get_rejects (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return self->rejects;
}

GRegex *
rc_catalog_get_label_prefix (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return self->label_prefix;
}

/* The character that @c is easily mistaken for on a printed label, or 0. */
gunichar
rc_catalog_lookalike (RcCatalog *self,
                      gunichar   c)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), 0);

  /* An array, not a hash table: every wrong character of a serial asks. */
  return c < G_N_ELEMENTS (self->lookalikes) ? (gunichar) self->lookalikes[c] : 0;
}

/* The lockout rules, as a list for pickers. */
GListModel *
rc_catalog_get_lockouts (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->lockouts);
}

RcLockoutRule *
rc_catalog_lookup_lockout (RcCatalog  *self,
                           const char *id)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->lockouts_by_id, id);
}

RcLockoutRule *
rc_catalog_get_fallback_lockout (RcCatalog *self)
{
  GListModel *model;

  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  model = G_LIST_MODEL (self->lockouts);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RcLockoutRule) rule = g_list_model_get_item (model, i);

      if (rc_lockout_rule_is_fallback (rule))
        return rule;
    }

  return NULL;
}

/* The rule for @series: its own when the catalog has one, else the fallback. */
RcLockoutRule *
rc_catalog_get_lockout_for_series (RcCatalog *self,
                                   RcSeries  *series)
{
  GListModel *model;

  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  model = G_LIST_MODEL (self->lockouts);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RcLockoutRule) rule = g_list_model_get_item (model, i);

      if (rc_lockout_rule_applies_to (rule, series))
        return rule;
    }

  return rc_catalog_get_fallback_lockout (self);
}

/* The car models, in catalog order. */
GListModel *
rc_catalog_get_models (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->models);
}

RcModel *
rc_catalog_lookup_model (RcCatalog  *self,
                         const char *id)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  if (id == NULL)
    return NULL;
  return find_model (self, id);
}

/**
 * rc_catalog_search_models:
 * @within: (nullable) (array length=n_within): positions in
 *   rc_catalog_get_models() to look at, in order; %NULL for all
 * @matches: (element-type guint32): where the positions of the models
 *   @query matches are appended, in the order looked at
 *
 * Searches the models as rc_model_query_matches() would, without making
 * any: a keystroke reads their search text and nothing else.
 */
void
rc_catalog_search_models (RcCatalog          *self,
                          const RcModelQuery *query,
                          const guint32      *within,
                          guint               n_within,
                          GArray             *matches)
{
  g_return_if_fail (RC_IS_CATALOG (self));
  g_return_if_fail (query != NULL);
  g_return_if_fail (matches != NULL);

  rc_model_index_search (self->models->index, query, within, n_within, matches);
}

/* The retrieval methods, in catalog order. */
GListModel *
rc_catalog_get_methods (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->methods);
}

RcMethod *
rc_catalog_lookup_method (RcCatalog  *self,
                          const char *id)
{
  GListModel *methods;

  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  methods = G_LIST_MODEL (self->methods);
  for (guint i = 0; i < g_list_model_get_n_items (methods); i++)
    {
      g_autoptr(RcMethod) method = g_list_model_get_item (methods, i);

      if (g_strcmp0 (rc_method_get_id (method), id) == 0)
        return method;
    }
  return NULL;
}

/* What the display may say, in catalog order. */
GListModel *
rc_catalog_get_displays (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->displays);
}

RcDisplay *
rc_catalog_lookup_display (RcCatalog  *self,
                           const char *id)
{
  GListModel *displays;

  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  displays = G_LIST_MODEL (self->displays);
  for (guint i = 0; i < g_list_model_get_n_items (displays); i++)
    {
      g_autoptr(RcDisplay) display = g_list_model_get_item (displays, i);

      if (g_strcmp0 (rc_display_get_id (display), id) == 0)
        return display;
    }
  return NULL;
}

/* The questions and answers, in catalog order (RcFaq). */
GPtrArray *
rc_catalog_get_faqs (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return self->faqs;
}

void
rc_faq_free (RcFaq *faq)
{
  if (faq == NULL)
    return;
  g_free (faq->id);
  g_free (faq->question);
  g_free (faq->answer);
  g_clear_pointer (&faq->sources, g_ptr_array_unref);
  g_clear_pointer (&faq->see, g_ptr_array_unref);
  g_free (faq);
}

/* The verified ways to compute a code, in catalog order (RcCodeMethod). */
GListModel *
rc_catalog_get_code_methods (RcCatalog *self)
{
  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->code_methods);
}

/**
 * rc_catalog_lookup_code_method:
 *
 * Returns: (transfer none) (nullable): the method that computes codes for
 *   @series, or %NULL when the catalog knows of no verified one
 */
RcCodeMethod *
rc_catalog_lookup_code_method (RcCatalog *self,
                               RcSeries  *series)
{
  GListModel *methods;

  g_return_val_if_fail (RC_IS_CATALOG (self), NULL);

  methods = G_LIST_MODEL (self->code_methods);
  for (guint i = 0; series != NULL && i < g_list_model_get_n_items (methods); i++)
    {
      g_autoptr(RcCodeMethod) method = g_list_model_get_item (methods, i);

      if (rc_code_method_applies (method, series))
        return method;
    }
  return NULL;
}
