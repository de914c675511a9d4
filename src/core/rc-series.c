/* rc-series.c — one radio series and the serials it uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-series-private.h"
#include "rc-enum.h"

struct _RcSeries
{
  GObject       parent_instance;

  char         *id;
  char         *name;
  char         *brand_id;
  char         *brand_name;
  char         *title;
  char         *note;
  char         *format_summary;
  RcConfidence  confidence;
  gboolean      detectable;
  guint         max_length;
  gboolean      entry_from_dash;
  char         *entry_confirm;
  RcConfidence  entry_confidence;
  GPtrArray    *entry_sources; /* RcSource, borrowed from the catalog */
  GPtrArray    *formats;   /* RcFormat, owned */
  GPtrArray    *rewrites;  /* RcRule, owned */
  GPtrArray    *rejects;   /* RcRule, owned */
  GPtrArray    *sources;   /* RcSource, borrowed from the catalog */
};

G_DEFINE_FINAL_TYPE (RcSeries, rc_series, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_BRAND_ID,
  PROP_BRAND_NAME,
  PROP_TITLE,
  PROP_FORMAT_SUMMARY,
  PROP_EXAMPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rc_series_finalize (GObject *object)
{
  RcSeries *self = RC_SERIES (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->brand_id);
  g_free (self->brand_name);
  g_free (self->title);
  g_free (self->note);
  g_free (self->format_summary);
  g_free (self->entry_confirm);
  g_clear_pointer (&self->entry_sources, g_ptr_array_unref);
  g_clear_pointer (&self->formats, g_ptr_array_unref);
  g_clear_pointer (&self->rewrites, g_ptr_array_unref);
  g_clear_pointer (&self->rejects, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (rc_series_parent_class)->finalize (object);
}

static void
rc_series_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RcSeries *self = RC_SERIES (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_BRAND_ID:
      g_value_set_string (value, self->brand_id);
      break;
    case PROP_BRAND_NAME:
      g_value_set_string (value, self->brand_name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, rc_series_get_title (self));
      break;
    case PROP_FORMAT_SUMMARY:
      g_value_set_string (value, rc_series_get_format_summary (self));
      break;
    case PROP_EXAMPLE:
      g_value_set_string (value, rc_series_get_example (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_series_class_init (RcSeriesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_series_finalize;
  object_class->get_property = rc_series_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BRAND_ID] =
    g_param_spec_string ("brand-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BRAND_NAME] =
    g_param_spec_string ("brand-name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FORMAT_SUMMARY] =
    g_param_spec_string ("format-summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXAMPLE] =
    g_param_spec_string ("example", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_series_init (RcSeries *self)
{
  self->detectable = TRUE;
  self->confidence = RC_CONFIDENCE_REPORTED;
  self->formats = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_format_free);
  self->rewrites = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_rule_free);
  self->rejects = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_rule_free);
  self->sources = g_ptr_array_new ();
}

RcSeries *
rc_series_new (const char *id,
               const char *brand_id,
               const char *brand_name)
{
  RcSeries *self = g_object_new (RC_TYPE_SERIES, NULL);

  self->id = g_strdup (id);
  self->brand_id = g_strdup (brand_id);
  self->brand_name = g_strdup (brand_name);
  return self;
}

void
rc_series_set_name (RcSeries   *self,
                    const char *name)
{
  g_free (self->name);
  self->name = g_strdup (name);
}

void
rc_series_set_note (RcSeries   *self,
                    const char *note)
{
  g_free (self->note);
  self->note = g_strdup (note);
}

void
rc_series_set_confidence (RcSeries     *self,
                          RcConfidence  confidence)
{
  self->confidence = confidence;
}

void
rc_series_set_detectable (RcSeries *self,
                          gboolean  detectable)
{
  self->detectable = detectable;
}

void
rc_series_add_format (RcSeries *self,
                      RcFormat *format)
{
  g_ptr_array_add (self->formats, format);
  self->max_length = MAX (self->max_length, rc_format_get_max_length (format));
}

void
rc_series_add_rewrite (RcSeries *self,
                       RcRule   *rule)
{
  g_ptr_array_add (self->rewrites, rule);
}

void
rc_series_add_reject (RcSeries *self,
                      RcRule   *rule)
{
  g_ptr_array_add (self->rejects, rule);
}

void
rc_series_add_source (RcSeries *self,
                      RcSource *source)
{
  g_ptr_array_add (self->sources, source);
}

/* Checks that the series is complete and fills in what is derived from it. */
gboolean
rc_series_finish (RcSeries  *self,
                  GError   **error)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  if (self->name == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                   "series “%s” has no <name>", self->id);
      return FALSE;
    }
  if (self->formats->len == 0)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "series “%s” has no <format>", self->id);
      return FALSE;
    }

  for (guint i = 0; i < self->formats->len; i++)
    {
      RcFormat *format = g_ptr_array_index (self->formats, i);

      if (rc_format_get_description (format) == NULL)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       "a format of series “%s” has no <description>", self->id);
          return FALSE;
        }
      if (i > 0)
        /* Translators: joins two serial format descriptions */
        g_string_append (summary, _(", or "));
      g_string_append (summary, rc_format_get_description (format));
    }

  self->format_summary = g_string_free (g_steal_pointer (&summary), FALSE);
  /* Translators: a radio series' full name: the brand, then the series, e.g. “Ford — M and V series” */
  self->title = G_GNUC_EXTENSION g_strdup_printf (C_("series title", "%1$s — %2$s"),
                                                  self->brand_name, self->name);
  return TRUE;
}

const char *
rc_series_get_id (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->id;
}

const char *
rc_series_get_name (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->name;
}

const char *
rc_series_get_brand_id (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->brand_id;
}

const char *
rc_series_get_brand_name (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->brand_name;
}

/* The brand and the series together, for places where the brand is not shown beside it. */
const char *
rc_series_get_title (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->title;
}

const char *
rc_series_get_note (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->note;
}

RcConfidence
rc_series_get_confidence (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), RC_CONFIDENCE_UNVERIFIED);
  return self->confidence;
}

/* Whether a serial alone may pick this series. A series without a format of
 * its own (it accepts anything plausible) would match every serial. */
gboolean
rc_series_get_detectable (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), FALSE);
  return self->detectable;
}

GPtrArray *
rc_series_get_formats (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->formats;
}

GPtrArray *
rc_series_get_rewrites (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->rewrites;
}

GPtrArray *
rc_series_get_rejects (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->rejects;
}

GPtrArray *
rc_series_get_sources (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->sources;
}

const char *
rc_series_get_example (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return rc_format_get_example (g_ptr_array_index (self->formats, 0));
}

const char *
rc_series_get_format_summary (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->format_summary;
}

guint
rc_series_get_max_length (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), 0);
  return self->max_length;
}

void
rc_series_set_entry (RcSeries     *self,
                     gboolean      from_dash,
                     const char   *confirm,
                     RcConfidence  confidence,
                     GPtrArray    *sources)
{
  self->entry_from_dash = from_dash;
  g_free (self->entry_confirm);
  self->entry_confirm = g_strdup (confirm);
  self->entry_confidence = confidence;
  g_clear_pointer (&self->entry_sources, g_ptr_array_unref);
  self->entry_sources = g_ptr_array_ref (sources);
}

/* “For example BP234631987485.”, or a sentence saying no real serial is known. */
char *
rc_series_describe_example (RcSeries *self)
{
  const char *example;

  g_return_val_if_fail (RC_IS_SERIES (self), NULL);

  example = rc_series_get_example (self);
  if (example == NULL)
    return g_strdup (_("No source shows a real serial of this kind."));
  /* Translators: an example serial */
  return g_strdup_printf (_("For example %s."), example);
}

/* Whether any source says how this radio takes its code. */
gboolean
rc_series_has_entry (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), FALSE);
  return self->entry_confirm != NULL;
}

/* How sure the catalog is of the way the code is entered and confirmed. */
RcConfidence
rc_series_get_entry_confidence (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), RC_CONFIDENCE_UNVERIFIED);
  return self->entry_confirm != NULL ? self->entry_confidence : RC_CONFIDENCE_UNVERIFIED;
}

/**
 * rc_series_get_entry_sources:
 *
 * Returns: (transfer none) (element-type RcSource): where the way of entering
 *   the code comes from; empty when no source says
 */
GPtrArray *
rc_series_get_entry_sources (RcSeries *self)
{
  static GPtrArray *none;

  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  if (self->entry_sources != NULL)
    return self->entry_sources;
  if (g_once_init_enter (&none))
    g_once_init_leave (&none, g_ptr_array_new ());
  return none;
}

/* Whether a preset's first press shows 0 (the digit starts at "-") rather than 1. */
gboolean
rc_series_get_entry_starts_at_dash (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), FALSE);
  return self->entry_from_dash;
}

/* How a code is confirmed on this radio, in words; %NULL when no source says. */
const char *
rc_series_get_entry_confirm (RcSeries *self)
{
  g_return_val_if_fail (RC_IS_SERIES (self), NULL);
  return self->entry_confirm;
}

const char *
rc_confidence_describe (RcConfidence confidence)
{
  switch (confidence)
    {
    case RC_CONFIDENCE_OFFICIAL:
      return _("From a manufacturer's document: an owner's manual, service manual or bulletin.");
    case RC_CONFIDENCE_REPORTED:
      return _("Several independent sources say this.");
    case RC_CONFIDENCE_SINGLE_SOURCE:
      return _("Only one source says this. Check it against your radio before you spend a try on it.");
    case RC_CONFIDENCE_UNVERIFIED:
      return _("No source says this; it is an assumption. Check it against your radio before you spend a try on it.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The confidence in two or three words, for a badge: “One source”. */
const char *
rc_confidence_get_name (RcConfidence confidence)
{
  switch (confidence)
    {
    case RC_CONFIDENCE_OFFICIAL:
      return _("Manufacturer document");
    case RC_CONFIDENCE_REPORTED:
      return _("Several sources");
    case RC_CONFIDENCE_SINGLE_SOURCE:
      return _("One source");
    case RC_CONFIDENCE_UNVERIFIED:
      return _("Unverified");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Whether an instruction resting on @confidence should be checked before a try is spent on it. */
gboolean
rc_confidence_is_weak (RcConfidence confidence)
{
  return confidence >= RC_CONFIDENCE_SINGLE_SOURCE;
}

gboolean
rc_confidence_parse (const char   *str,
                     RcConfidence *confidence)
{
  int value;

  if (!rc_enum_from_nick (RC_TYPE_CONFIDENCE, str, &value))
    return FALSE;

  *confidence = value;
  return TRUE;
}
