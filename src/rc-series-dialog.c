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

  RcSeriesPicker *picker;
};

G_DEFINE_FINAL_TYPE (RcSeriesDialog, rc_series_dialog, ADW_TYPE_WINDOW)

static void
series_picked_cb (RcSeriesDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
rc_series_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RC_TYPE_SERIES_DIALOG);

  G_OBJECT_CLASS (rc_series_dialog_parent_class)->dispose (object);
}

static void
rc_series_dialog_class_init (RcSeriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_series_dialog_dispose;

  g_type_ensure (RC_TYPE_SERIES_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-series-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcSeriesDialog, picker);
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
  RcSeriesDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);

  self = g_object_new (RC_TYPE_SERIES_DIALOG,
                       "transient-for", parent,
                       "hide-on-close", TRUE,
                       NULL);
  rc_series_picker_set_catalog (self->picker, catalog);
  /* Connected after the catalog is set, so that only the user's pick closes the window. */
  g_signal_connect_object (self->picker, "notify::series",
                           G_CALLBACK (series_picked_cb), self, G_CONNECT_SWAPPED);
  return self;
}

RcSeriesPicker *
rc_series_dialog_get_picker (RcSeriesDialog *self)
{
  g_return_val_if_fail (RC_IS_SERIES_DIALOG (self), NULL);

  return self->picker;
}
