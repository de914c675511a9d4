/* rc-method-page.c — one way to find the serial, drawn and explained
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything on the page comes from the method's catalog entry: its
 * drawings (only those for the radio and car at hand), what is needed,
 * numbered steps, how long it takes, the cautions and the sources.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-accessible.h"
#include "rc-confidence-badge.h"
#include "rc-illustration.h"
#include "rc-lockout-rule.h"
#include "rc-method-page.h"

struct _RcMethodPage
{
  GtkWidget            parent_instance;

  /* template */
  GtkWidget           *scroller;
  GtkLabel            *title_label;
  GtkBox              *figures_box;
  GtkLabel            *summary_label;
  AdwActionRow        *time_row;
  RcConfidenceBadge   *confidence_badge;
  AdwPreferencesGroup *needs_group;
  AdwPreferencesGroup *steps_group;
  AdwPreferencesGroup *cautions_group;

  /* owned */
  RcMethod            *method;
  RcSeries            *series;   /* the radio the page is for, or NULL */
  RcModel             *model;    /* the car the page is for, or NULL */
};

G_DEFINE_FINAL_TYPE (RcMethodPage, rc_method_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_METHOD,
  PROP_SERIES,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_figure (RcMethodPage *self,
            RcFigure     *figure)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcIllustration) illustration = rc_illustration_new (figure->illustration, &error);
  GtkWidget *picture;

  if (illustration == NULL)
    {
      /* The catalog's tests make sure every drawing is there. */
      g_critical ("%s", error->message);
      return;
    }

  rc_illustration_follow_style_manager (illustration);
  picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (illustration));
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), figure->alt);
  gtk_widget_set_size_request (picture, -1, 200);
  gtk_box_append (self->figures_box, picture);

  if (figure->caption != NULL)
    {
      GtkWidget *caption = gtk_label_new (figure->caption);

      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (self->figures_box, caption);
    }
}

static GtkWidget *
text_row (const char *text,
          GtkWidget  *prefix)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "title", text,
                                 "use-markup", FALSE,
                                 NULL);

  if (prefix != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);
  return row;
}

static void
fill_list (AdwPreferencesGroup *group,
           GPtrArray           *texts,
           gboolean             numbered,
           const char          *icon)
{
  gtk_widget_set_visible (GTK_WIDGET (group), texts->len > 0);
  for (guint i = 0; i < texts->len; i++)
    {
      GtkWidget *prefix = NULL;

      if (numbered)
        {
          g_autofree char *number = g_strdup_printf ("%u", i + 1);

          prefix = gtk_label_new (number);
          gtk_widget_add_css_class (prefix, "step-number");
          gtk_widget_set_valign (prefix, GTK_ALIGN_CENTER);
        }
      else if (icon != NULL)
        {
          prefix = gtk_image_new_from_icon_name (icon);
          gtk_accessible_update_property (GTK_ACCESSIBLE (prefix), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Caution"), -1);
        }
      adw_preferences_group_add (group, text_row (g_ptr_array_index (texts, i), prefix));
    }
}

static void
fill (RcMethodPage *self,
      RcSeries     *series,
      RcModel      *model)
{
  g_autoptr(GPtrArray) figures = rc_method_get_figures_for (self->method, series, model);
  g_autofree char *duration = rc_duration_describe (rc_method_get_minutes (self->method) * 60);
  g_autofree char *about = NULL;

  gtk_label_set_label (self->title_label, rc_method_get_title (self->method));
  gtk_label_set_label (self->summary_label, rc_method_get_summary (self->method));
  for (guint i = 0; i < figures->len; i++)
    add_figure (self, g_ptr_array_index (figures, i));

  /* Translators: roughly how long something takes, e.g. “About 30 minutes” */
  about = g_strdup_printf (_("About %s"), duration);
  adw_action_row_set_subtitle (self->time_row, about);
  rc_confidence_badge_set (self->confidence_badge, rc_method_get_confidence (self->method),
                           rc_method_get_sources (self->method));

  fill_list (self->needs_group, rc_method_get_needs (self->method), FALSE, NULL);
  fill_list (self->steps_group, rc_method_get_steps (self->method), TRUE, NULL);
  fill_list (self->cautions_group, rc_method_get_cautions (self->method), FALSE,
             "dialog-warning-symbolic");
}

static void
rc_method_page_dispose (GObject *object)
{
  RcMethodPage *self = RC_METHOD_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_METHOD_PAGE);
  g_clear_object (&self->method);
  g_clear_object (&self->series);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (rc_method_page_parent_class)->dispose (object);
}

static void
rc_method_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RcMethodPage *self = RC_METHOD_PAGE (object);

  switch (prop_id)
    {
    case PROP_METHOD:
      g_value_set_object (value, self->method);
      break;
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_method_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RcMethodPage *self = RC_METHOD_PAGE (object);

  switch (prop_id)
    {
    case PROP_METHOD:
      self->method = g_value_dup_object (value);
      break;
    case PROP_SERIES:
      self->series = g_value_dup_object (value);
      break;
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_method_page_constructed (GObject *object)
{
  RcMethodPage *self = RC_METHOD_PAGE (object);

  G_OBJECT_CLASS (rc_method_page_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_METHOD (self->method));
  fill (self, self->series, self->model);
}

static void
rc_method_page_class_init (RcMethodPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_method_page_dispose;
  object_class->constructed = rc_method_page_constructed;
  object_class->get_property = rc_method_page_get_property;
  object_class->set_property = rc_method_page_set_property;

  properties[PROP_METHOD] =
    g_param_spec_object ("method", NULL, NULL, RC_TYPE_METHOD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, RC_TYPE_SERIES,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, RC_TYPE_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_CONFIDENCE_BADGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-method-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcMethodPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, RcMethodPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcMethodPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, RcMethodPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RcMethodPage, time_row);
  gtk_widget_class_bind_template_child (widget_class, RcMethodPage, confidence_badge);
  gtk_widget_class_bind_template_child (widget_class, RcMethodPage, needs_group);
  gtk_widget_class_bind_template_child (widget_class, RcMethodPage, steps_group);
  gtk_widget_class_bind_template_child (widget_class, RcMethodPage, cautions_group);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-method-page");
}

static void
rc_method_page_init (RcMethodPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_accessible_name_list_of (GTK_WIDGET (self->time_row),
                              /* Translators: what a screen reader calls the list that holds
                               * "How long it takes" */
                              _("Time needed"));
}

/**
 * rc_method_page_new:
 * @series: (nullable): the radio, to show only its label's close-up
 * @model: (nullable): the car, to show only what concerns it
 */
GtkWidget *
rc_method_page_new (RcMethod *method,
                    RcSeries *series,
                    RcModel  *model)
{
  g_return_val_if_fail (RC_IS_METHOD (method), NULL);

  return g_object_new (RC_TYPE_METHOD_PAGE,
                       "method", method,
                       "series", series,
                       "model", model,
                       NULL);
}

RcMethod *
rc_method_page_get_method (RcMethodPage *self)
{
  g_return_val_if_fail (RC_IS_METHOD_PAGE (self), NULL);

  return self->method;
}
