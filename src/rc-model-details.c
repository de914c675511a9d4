/* rc-model-details.c — one car model: its radios, and where they sit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Use This Radio" on a series emits ::use-series; the main window picks
 * that series for the serial field and the timer.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-model-details.h"

struct _RcModelDetails
{
  AdwWindow            parent_instance;

  /* template */
  AdwPreferencesGroup *car_group;
  AdwActionRow        *chassis_row;
  AdwActionRow        *years_row;
  AdwActionRow        *location_row;
  AdwActionRow        *note_row;
  AdwActionRow        *sources_row;
  AdwPreferencesGroup *radios_group;
  AdwPreferencesGroup *methods_group;

  /* owned */
  RcCatalog           *catalog;
  RcModel             *model;
  GListModel          *methods;   /* RcMethod: the catalog's ways that work in this car */
  GListModel          *series;    /* RcSeries: the radios fitted */
};

G_DEFINE_FINAL_TYPE (RcModelDetails, rc_model_details, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_CATALOG,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  USE_SERIES,
  SHOW_METHOD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
use_clicked_cb (GtkButton      *button,
                RcModelDetails *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(RcSeries) series =
    g_list_model_get_item (self->series, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));

  g_signal_emit (self, signals[USE_SERIES], 0, series);
  gtk_window_close (GTK_WINDOW (self));
}

static void
method_activated_cb (RcModelDetails *self,
                     GtkListBoxRow  *row)
{
  g_autoptr(RcMethod) method = g_list_model_get_item (self->methods,
                                                      gtk_list_box_row_get_index (row));

  g_signal_emit (self, signals[SHOW_METHOD], 0, method);
}

/* A boxed list of rows made from @model, in @group; none when the model is empty. */
static GtkListBox *
add_list (AdwPreferencesGroup        *group,
          GListModel                 *model,
          GtkListBoxCreateWidgetFunc  create_row,
          RcModelDetails             *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* Read as the group's title says (libadwaita names only a group's own list). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_group_get_title (group), -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), model, create_row, self, NULL);
  gtk_widget_set_visible (list, g_list_model_get_n_items (model) > 0);
  adw_preferences_group_add (group, list);
  return GTK_LIST_BOX (list);
}

static GtkWidget *
method_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 "title", rc_method_get_title (item),
                                 "use-markup", FALSE,
                                 "activatable", TRUE,
                                 NULL);
  /* Decoration only: the row's title says where it leads. */
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_signal_connect_object (row, "activated", G_CALLBACK (method_activated_cb), user_data,
                           G_CONNECT_SWAPPED);
  return row;
}

static gboolean
method_applies (gpointer item,
                gpointer user_data)
{
  return rc_method_applies (item, NULL, user_data);
}

static void
fill_methods (RcModelDetails *self,
              RcCatalog      *catalog)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (method_applies, self->model, NULL);

  self->methods =
    G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (rc_catalog_get_methods (catalog)),
                                             GTK_FILTER (filter)));
  add_list (self->methods_group, self->methods, method_row, self);
}

static GtkWidget *
series_row (gpointer item,
            gpointer user_data)
{
  RcModelDetails *self = user_data;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  g_autofree char *example = rc_series_describe_example (item);
  GtkWidget *row, *button;

  /* Translators: a serial format, then a sentence with an example serial */
  subtitle = G_GNUC_EXTENSION g_strdup_printf (C_("format and example", "%1$s. %2$s"),
                                               rc_series_get_format_summary (item), example);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", rc_series_get_title (item),
                      "subtitle", subtitle,
                      "use-markup", FALSE,
                      NULL);

  button = gtk_button_new_with_mnemonic (_("_Use This Radio"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: the accessible name of a button; the argument is a radio series */
  label = g_strdup_printf (_("Use %s"), rc_series_get_title (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (use_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
set_row (AdwActionRow *row,
         const char   *text)
{
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL);
  if (text != NULL)
    adw_action_row_set_subtitle (row, text);
}

static void
fill (RcModelDetails *self)
{
  GPtrArray *series = rc_model_get_series (self->model);
  /* Translators: a car's make, then its model, e.g. “Nissan Micra” */
  g_autofree char *title = G_GNUC_EXTENSION g_strdup_printf (C_("car", "%1$s %2$s"),
                                                            rc_model_get_make (self->model),
                                                            rc_model_get_name (self->model));
  g_autofree char *names = rc_sources_describe (rc_model_get_sources (self->model));
  g_autofree char *sources = NULL;

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_preferences_group_set_title (self->car_group, title);
  set_row (self->chassis_row, rc_model_get_chassis (self->model));
  set_row (self->years_row, rc_model_get_years (self->model));
  set_row (self->location_row, rc_model_get_location (self->model));
  set_row (self->note_row, rc_model_get_note (self->model));
  sources = G_GNUC_EXTENSION
    /* Translators: how sure the catalog is that this car has these radios, then its sources */
    g_strdup_printf (C_("confidence and sources", "%1$s. %2$s"),
                     rc_confidence_get_name (rc_model_get_confidence (self->model)), names);
  set_row (self->sources_row, sources);

  self->series = G_LIST_MODEL (g_list_store_new (RC_TYPE_SERIES));
  for (guint i = 0; i < series->len; i++)
    g_list_store_append (G_LIST_STORE (self->series), g_ptr_array_index (series, i));
  add_list (self->radios_group, self->series, series_row, self);
}

static void
rc_model_details_dispose (GObject *object)
{
  RcModelDetails *self = RC_MODEL_DETAILS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_MODEL_DETAILS);
  g_clear_object (&self->model);
  g_clear_object (&self->catalog);
  g_clear_object (&self->methods);
  g_clear_object (&self->series);

  G_OBJECT_CLASS (rc_model_details_parent_class)->dispose (object);
}

static void
rc_model_details_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RcModelDetails *self = RC_MODEL_DETAILS (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_model_details_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcModelDetails *self = RC_MODEL_DETAILS (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_model_details_constructed (GObject *object)
{
  RcModelDetails *self = RC_MODEL_DETAILS (object);

  G_OBJECT_CLASS (rc_model_details_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_CATALOG (self->catalog));
  g_return_if_fail (RC_IS_MODEL (self->model));
  fill (self);
  fill_methods (self, self->catalog);
}

static void
rc_model_details_class_init (RcModelDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_model_details_dispose;
  object_class->constructed = rc_model_details_constructed;
  object_class->get_property = rc_model_details_get_property;
  object_class->set_property = rc_model_details_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RC_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, RC_TYPE_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcModelDetails::use-series:
   * @series: the series the user picked
   */
  signals[USE_SERIES] =
    g_signal_new ("use-series", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_SERIES);

  /**
   * RcModelDetails::show-method:
   * @method: the way to find the serial the user chose
   */
  signals[SHOW_METHOD] =
    g_signal_new ("show-method", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_METHOD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-model-details.ui");
  gtk_widget_class_bind_template_child (widget_class, RcModelDetails, car_group);
  gtk_widget_class_bind_template_child (widget_class, RcModelDetails, chassis_row);
  gtk_widget_class_bind_template_child (widget_class, RcModelDetails, years_row);
  gtk_widget_class_bind_template_child (widget_class, RcModelDetails, location_row);
  gtk_widget_class_bind_template_child (widget_class, RcModelDetails, note_row);
  gtk_widget_class_bind_template_child (widget_class, RcModelDetails, sources_row);
  gtk_widget_class_bind_template_child (widget_class, RcModelDetails, radios_group);
  gtk_widget_class_bind_template_child (widget_class, RcModelDetails, methods_group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rc_model_details_init (RcModelDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RcModelDetails *
rc_model_details_new (GtkWindow *parent,
                      RcCatalog *catalog,
                      RcModel   *model)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RC_IS_MODEL (model), NULL);

  return g_object_new (RC_TYPE_MODEL_DETAILS,
                       "transient-for", parent,
                       "catalog", catalog,
                       "model", model,
                       NULL);
}

RcModel *
rc_model_details_get_model (RcModelDetails *self)
{
  g_return_val_if_fail (RC_IS_MODEL_DETAILS (self), NULL);

  return self->model;
}
