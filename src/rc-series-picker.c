/* rc-series-picker.c — choose the radio series, grouped by brand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One boxed list per brand, each a filtered view of the catalog's series, so
 * a series added to the catalog data shows up here with no code change.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-series-picker.h"

struct _RcSeriesPicker
{
  GtkWidget       parent_instance;

  /* template */
  GtkWidget      *auto_group;
  GtkCheckButton *auto_check;

  /* owned */
  RcCatalog      *catalog;
  RcSeries       *series;
  GHashTable     *checks;      /* series id → GtkCheckButton, borrowed */
  GPtrArray      *groups;      /* brand groups, borrowed (children of self) */
};

G_DEFINE_FINAL_TYPE (RcSeriesPicker, rc_series_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void check_toggled_cb (RcSeriesPicker *self,
                              GtkCheckButton *check);

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  RcSeriesPicker *self = user_data;
  RcSeries *series = item;
  g_autofree char *subtitle = NULL;
  g_autofree char *example = NULL;
  GtkWidget *row, *check;

  example = rc_series_describe_example (series);
  if (rc_series_get_confidence (series) >= RC_CONFIDENCE_SINGLE_SOURCE)
    subtitle = g_strdup_printf ("%s\n%s\n%s", rc_series_get_format_summary (series), example,
                                rc_confidence_describe (rc_series_get_confidence (series)));
  else
    subtitle = g_strdup_printf ("%s\n%s", rc_series_get_format_summary (series), example);

  /* One of a group: a screen reader says "radio button", not "check box". */
  check = g_object_new (GTK_TYPE_CHECK_BUTTON, "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO, NULL);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->auto_check);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rc_series_get_title (series),
                                  -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  g_hash_table_insert (self->checks, (char *) rc_series_get_id (series), check);
  if (self->series == series)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", rc_series_get_name (series),
                      "subtitle", subtitle,
                      "use-markup", FALSE,
                      "activatable-widget", check,
                      NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  return row;
}

static void
clear_groups (RcSeriesPicker *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_hash_table_remove_all (self->checks);
}

static void
build_groups (RcSeriesPicker *self)
{
  const char * const *brands;
  GtkWidget *previous = self->auto_group;

  clear_groups (self);
  if (self->catalog == NULL)
    return;

  brands = rc_catalog_get_brand_ids (self->catalog);
  for (guint i = 0; brands[i] != NULL; i++)
    {
      g_autoptr(GtkFilterListModel) model = NULL;
      GtkStringFilter *filter;
      GtkWidget *group, *list;

      filter = gtk_string_filter_new (gtk_property_expression_new (RC_TYPE_SERIES, NULL,
                                                                   "brand-id"));
      gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_EXACT);
      gtk_string_filter_set_ignore_case (filter, FALSE);
      gtk_string_filter_set_search (filter, brands[i]);
      model = gtk_filter_list_model_new (g_object_ref (rc_catalog_get_series (self->catalog)),
                                         GTK_FILTER (filter));
      if (g_list_model_get_n_items (G_LIST_MODEL (model)) == 0)
        continue;

      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (model),
                               create_row_cb, self, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      rc_catalog_get_brand_name (self->catalog, brands[i]), -1);

      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       rc_catalog_get_brand_name (self->catalog, brands[i]));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
      gtk_widget_insert_after (group, GTK_WIDGET (self), previous);
      g_ptr_array_add (self->groups, group);
      previous = group;
    }
}

/* The series @check was made for, by the id it is kept under; NULL for “Not Sure”. */
static RcSeries *
series_of (RcSeriesPicker *self,
           GtkCheckButton *check)
{
  GHashTableIter iter;
  gpointer id, value;

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &id, &value))
    if (value == check)
      return rc_catalog_lookup_series (self->catalog, id);
  return NULL;
}

static void
check_toggled_cb (RcSeriesPicker *self,
                  GtkCheckButton *check)
{
  if (!gtk_check_button_get_active (check))
    return;

  rc_series_picker_set_series (self, series_of (self, check));
}

static void
rc_series_picker_dispose (GObject *object)
{
  RcSeriesPicker *self = RC_SERIES_PICKER (object);

  clear_groups (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_SERIES_PICKER);
  g_clear_object (&self->catalog);
  g_clear_object (&self->series);

  G_OBJECT_CLASS (rc_series_picker_parent_class)->dispose (object);
}

static void
rc_series_picker_finalize (GObject *object)
{
  RcSeriesPicker *self = RC_SERIES_PICKER (object);

  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (rc_series_picker_parent_class)->finalize (object);
}

static void
rc_series_picker_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RcSeriesPicker *self = RC_SERIES_PICKER (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_series_picker_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcSeriesPicker *self = RC_SERIES_PICKER (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_SERIES:
      rc_series_picker_set_series (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_series_picker_constructed (GObject *object)
{
  RcSeriesPicker *self = RC_SERIES_PICKER (object);

  G_OBJECT_CLASS (rc_series_picker_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_CATALOG (self->catalog));
  build_groups (self);
}

static void
rc_series_picker_class_init (RcSeriesPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_series_picker_dispose;
  object_class->finalize = rc_series_picker_finalize;
  object_class->constructed = rc_series_picker_constructed;
  object_class->get_property = rc_series_picker_get_property;
  object_class->set_property = rc_series_picker_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RC_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, RC_TYPE_SERIES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-series-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, RcSeriesPicker, auto_group);
  gtk_widget_class_bind_template_child (widget_class, RcSeriesPicker, auto_check);
  gtk_widget_class_bind_template_callback (widget_class, check_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-series-picker");
}

static void
rc_series_picker_init (RcSeriesPicker *self)
{
  GtkLayoutManager *layout;

  self->checks = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 24);
}

GtkWidget *
rc_series_picker_new (RcCatalog *catalog)
{
  return g_object_new (RC_TYPE_SERIES_PICKER, "catalog", catalog, NULL);
}

RcCatalog *
rc_series_picker_get_catalog (RcSeriesPicker *self)
{
  g_return_val_if_fail (RC_IS_SERIES_PICKER (self), NULL);

  return self->catalog;
}

/* The picked series, or %NULL for “recognise it from the serial”. */
RcSeries *
rc_series_picker_get_series (RcSeriesPicker *self)
{
  g_return_val_if_fail (RC_IS_SERIES_PICKER (self), NULL);

  return self->series;
}

void
rc_series_picker_set_series (RcSeriesPicker *self,
                             RcSeries       *series)
{
  GtkCheckButton *check = self->auto_check;

  g_return_if_fail (RC_IS_SERIES_PICKER (self));
  g_return_if_fail (series == NULL || RC_IS_SERIES (series));

  if (!g_set_object (&self->series, series))
    return;

  if (series != NULL)
    check = g_hash_table_lookup (self->checks, rc_series_get_id (series));
  if (check != NULL && !gtk_check_button_get_active (check))
    gtk_check_button_set_active (check, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}
