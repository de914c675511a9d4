/* rc-series-dialog.c — a window to pick the radio series in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Picking a series closes the window: one choice, no Apply button. Escape
 * closes it without a change.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include "rc-series-dialog.h"

struct _RcSeriesDialog
{
  AdwWindow       parent_instance;

  /* template */
  AdwBin         *picker_bin;

  /* owned */
  RcCatalog      *catalog;
  RcSeriesPicker *picker;    /* in picker_bin */
};

G_DEFINE_FINAL_TYPE (RcSeriesDialog, rc_series_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
series_picked_cb (RcSeriesDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
rc_series_dialog_dispose (GObject *object)
{
  RcSeriesDialog *self = RC_SERIES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), RC_TYPE_SERIES_DIALOG);
  self->picker = NULL;
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (rc_series_dialog_parent_class)->dispose (object);
}

static void
rc_series_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RcSeriesDialog *self = RC_SERIES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_series_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcSeriesDialog *self = RC_SERIES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_series_dialog_constructed (GObject *object)
{
  RcSeriesDialog *self = RC_SERIES_DIALOG (object);

  G_OBJECT_CLASS (rc_series_dialog_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_CATALOG (self->catalog));
  self->picker = RC_SERIES_PICKER (rc_series_picker_new (self->catalog));
  adw_bin_set_child (self->picker_bin, GTK_WIDGET (self->picker));
  /* Connected once the picker has its catalog, so that only the user's pick closes the window. */
  g_signal_connect_object (self->picker, "notify::series",
                           G_CALLBACK (series_picked_cb), self, G_CONNECT_SWAPPED);
}

static void
rc_series_dialog_class_init (RcSeriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_series_dialog_dispose;
  object_class->constructed = rc_series_dialog_constructed;
  object_class->get_property = rc_series_dialog_get_property;
  object_class->set_property = rc_series_dialog_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RC_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-series-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcSeriesDialog, picker_bin);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rc_series_dialog_init (RcSeriesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RcSeriesDialog *
rc_series_dialog_new (GtkWindow *parent,
                      RcCatalog *catalog)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);

  return g_object_new (RC_TYPE_SERIES_DIALOG,
                       "transient-for", parent,
                       "hide-on-close", TRUE,
                       "catalog", catalog,
                       NULL);
}

RcSeriesPicker *
rc_series_dialog_get_picker (RcSeriesDialog *self)
{
  g_return_val_if_fail (RC_IS_SERIES_DIALOG (self), NULL);

  return self->picker;
}
