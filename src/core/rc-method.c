/* rc-method.c — a way to find a radio's serial or code, and its figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A method applies to the series it names; if it names models too, only to
 * those. A figure narrows further: the label close-up of one series, the
 * extraction keys of one car. With nothing chosen, everything is shown.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include "rc-method.h"

struct _RcMethod
{
  GObject       parent_instance;

  char         *id;
  char         *title;
  char         *summary;
  guint         minutes;
  RcConfidence  confidence;
  GPtrArray    *sources;    /* RcSource, borrowed */
  GPtrArray    *series;     /* RcSeries, borrowed */
  GPtrArray    *models;     /* RcModel, borrowed; empty: every model with one of the series */
  GPtrArray    *needs;      /* char*, translated */
  GPtrArray    *steps;
  GPtrArray    *cautions;
  GPtrArray    *figures;    /* RcFigure */
};

G_DEFINE_FINAL_TYPE (RcMethod, rc_method, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
figure_free (RcFigure *figure)
{
  g_free (figure->illustration);
  g_free (figure->alt);
  g_free (figure->caption);
  g_ptr_array_unref (figure->series);
  g_ptr_array_unref (figure->models);
  g_free (figure);
}

static void
rc_method_finalize (GObject *object)
{
  RcMethod *self = RC_METHOD (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_ptr_array_unref (self->sources);
  g_ptr_array_unref (self->series);
  g_ptr_array_unref (self->models);
  g_ptr_array_unref (self->needs);
  g_ptr_array_unref (self->steps);
  g_ptr_array_unref (self->cautions);
  g_ptr_array_unref (self->figures);

  G_OBJECT_CLASS (rc_method_parent_class)->finalize (object);
}

static void
rc_method_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RcMethod *self = RC_METHOD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_method_class_init (RcMethodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_method_finalize;
  object_class->get_property = rc_method_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_method_init (RcMethod *self)
{
  self->sources = g_ptr_array_new ();
  self->series = g_ptr_array_new ();
  self->models = g_ptr_array_new ();
  self->needs = g_ptr_array_new_with_free_func (g_free);
  self->steps = g_ptr_array_new_with_free_func (g_free);
  self->cautions = g_ptr_array_new_with_free_func (g_free);
  self->figures = g_ptr_array_new_with_free_func ((GDestroyNotify) figure_free);
}

RcMethod *
rc_method_new (const char   *id,
               guint         minutes,
               RcConfidence  confidence)
{
  RcMethod *self = g_object_new (RC_TYPE_METHOD, NULL);

  self->id = g_strdup (id);
  self->minutes = minutes;
  self->confidence = confidence;
  return self;
}

/* Sets the title or summary, or adds a need, a step or a caution. */
void
rc_method_set_text (RcMethod     *self,
                    RcMethodText  field,
                    const char   *text)
{
  char **single[] = {
    [RC_METHOD_TEXT_TITLE] = &self->title,
    [RC_METHOD_TEXT_SUMMARY] = &self->summary,
  };
  GPtrArray *lists[] = {
    [RC_METHOD_TEXT_NEED] = self->needs,
    [RC_METHOD_TEXT_STEP] = self->steps,
    [RC_METHOD_TEXT_CAUTION] = self->cautions,
  };

  g_assert (field < G_N_ELEMENTS (lists));
  if (field < G_N_ELEMENTS (single))
    {
      g_free (*single[field]);
      *single[field] = g_strdup (text);
    }
  else
    g_ptr_array_add (lists[field], g_strdup (text));
}

RcFigure *
rc_method_add_figure (RcMethod   *self,
                      const char *illustration)
{
  RcFigure *figure = g_new0 (RcFigure, 1);

  figure->illustration = g_strdup (illustration);
  figure->series = g_ptr_array_new ();
  figure->models = g_ptr_array_new ();
  g_ptr_array_add (self->figures, figure);
  return figure;
}

const char *
rc_method_get_id (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->id;
}

const char *
rc_method_get_title (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->title;
}

const char *
rc_method_get_summary (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->summary;
}

/* Roughly how long it takes, in minutes. */
guint
rc_method_get_minutes (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), 0);
  return self->minutes;
}

RcConfidence
rc_method_get_confidence (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), RC_CONFIDENCE_UNVERIFIED);
  return self->confidence;
}

GPtrArray *
rc_method_get_sources (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->sources;
}

GPtrArray *
rc_method_get_series (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->series;
}

GPtrArray *
rc_method_get_models (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->models;
}

GPtrArray *
rc_method_get_needs (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->needs;
}

GPtrArray *
rc_method_get_steps (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->steps;
}

GPtrArray *
rc_method_get_cautions (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->cautions;
}

GPtrArray *
rc_method_get_figures (RcMethod *self)
{
  g_return_val_if_fail (RC_IS_METHOD (self), NULL);
  return self->figures;
}

static gboolean
fits (GPtrArray *list,
      gpointer   item)
{
  return item == NULL || list->len == 0 || g_ptr_array_find (list, item, NULL);
}

static gboolean
shares_series (GPtrArray *series,
               RcModel   *model)
{
  GPtrArray *fitted = rc_model_get_series (model);

  for (guint i = 0; i < fitted->len; i++)
    if (g_ptr_array_find (series, g_ptr_array_index (fitted, i), NULL))
      return TRUE;
  return FALSE;
}

/**
 * rc_method_applies:
 * @series: (nullable): the radio the user has, if known
 * @model: (nullable): the car, if known
 *
 * Whether this method works for that radio in that car.
 */
gboolean
rc_method_applies (RcMethod *self,
                   RcSeries *series,
                   RcModel  *model)
{
  g_return_val_if_fail (RC_IS_METHOD (self), FALSE);

  if (series != NULL && !g_ptr_array_find (self->series, series, NULL))
    return FALSE;
  if (model != NULL && !fits (self->models, model))
    return FALSE;
  if (model != NULL && series == NULL && !shares_series (self->series, model))
    return FALSE;
  return TRUE;
}

/**
 * rc_method_get_figures_for:
 *
 * Returns: (transfer container): the figures to show for @series in @model
 */
GPtrArray *
rc_method_get_figures_for (RcMethod *self,
                           RcSeries *series,
                           RcModel  *model)
{
  GPtrArray *shown = g_ptr_array_new ();

  g_return_val_if_fail (RC_IS_METHOD (self), shown);

  for (guint i = 0; i < self->figures->len; i++)
    {
      RcFigure *figure = g_ptr_array_index (self->figures, i);

      if (fits (figure->series, series) && fits (figure->models, model))
        g_ptr_array_add (shown, figure);
    }
  return shown;
}
