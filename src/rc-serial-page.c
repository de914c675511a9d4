/* rc-serial-page.c — the Serial section: the radio's series and its serial, checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The radio being unlocked as the Serial section shows it: a row naming its series (which
 * opens the window's series list), a way to the drawings of where the serial is, and the
 * serial field. Both the series and the serial are the radio's, so what is typed here is what
 * the guide shows, and the other way round. The window builds this page the first time the
 * section is shown.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-serial-page.h"

struct _RcSerialPage
{
  GtkWidget      parent_instance;

  /* template */
  GtkWidget     *scroller;
  AdwActionRow  *series_row;
  AdwBin        *serial_entry_bin;

  /* owned */
  RcRadio       *radio;          /* the radio being unlocked, the application's */
  RcSerialEntry *serial_entry;   /* in serial_entry_bin */
};

G_DEFINE_FINAL_TYPE (RcSerialPage, rc_serial_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_RADIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_series_row (RcSerialPage *self)
{
  RcSeries *series = rc_radio_get_series (self->radio);

  if (series != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->series_row),
                                     rc_series_get_title (series));
      adw_action_row_set_subtitle (self->series_row, rc_series_get_format_summary (series));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->series_row), _("Not Sure"));
      adw_action_row_set_subtitle (self->series_row,
                                   _("Recognised from the serial when only one radio fits"));
    }
}

static void
rc_serial_page_dispose (GObject *object)
{
  RcSerialPage *self = RC_SERIAL_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_SERIAL_PAGE);
  self->serial_entry = NULL;
  g_clear_object (&self->radio);

  G_OBJECT_CLASS (rc_serial_page_parent_class)->dispose (object);
}

static void
rc_serial_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RcSerialPage *self = RC_SERIAL_PAGE (object);

  switch (prop_id)
    {
    case PROP_RADIO:
      g_value_set_object (value, self->radio);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_serial_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RcSerialPage *self = RC_SERIAL_PAGE (object);

  switch (prop_id)
    {
    case PROP_RADIO:
      self->radio = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_serial_page_constructed (GObject *object)
{
  RcSerialPage *self = RC_SERIAL_PAGE (object);

  G_OBJECT_CLASS (rc_serial_page_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_RADIO (self->radio));

  self->serial_entry = RC_SERIAL_ENTRY (rc_serial_entry_new (rc_radio_get_catalog (self->radio)));
  adw_bin_set_child (self->serial_entry_bin, GTK_WIDGET (self->serial_entry));
  g_object_bind_property (self->radio, "series", self->serial_entry, "series",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->radio, "serial-text", self->serial_entry, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->radio, "notify::series", G_CALLBACK (update_series_row), self,
                           G_CONNECT_SWAPPED);
  update_series_row (self);
}

static void
rc_serial_page_class_init (RcSerialPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_serial_page_dispose;
  object_class->constructed = rc_serial_page_constructed;
  object_class->get_property = rc_serial_page_get_property;
  object_class->set_property = rc_serial_page_set_property;

  properties[PROP_RADIO] =
    g_param_spec_object ("radio", NULL, NULL, RC_TYPE_RADIO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rc-serial-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcSerialPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, RcSerialPage, series_row);
  gtk_widget_class_bind_template_child (widget_class, RcSerialPage, serial_entry_bin);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-serial-page");
}

static void
rc_serial_page_init (RcSerialPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rc_serial_page_new:
 * @radio: the radio being unlocked, with its catalog
 */
GtkWidget *
rc_serial_page_new (RcRadio *radio)
{
  g_return_val_if_fail (RC_IS_RADIO (radio), NULL);

  return g_object_new (RC_TYPE_SERIAL_PAGE, "radio", radio, NULL);
}

RcRadio *
rc_serial_page_get_radio (RcSerialPage *self)
{
  g_return_val_if_fail (RC_IS_SERIAL_PAGE (self), NULL);

  return self->radio;
}

/* The serial field, bound to the radio's series and serial. */
RcSerialEntry *
rc_serial_page_get_entry (RcSerialPage *self)
{
  g_return_val_if_fail (RC_IS_SERIAL_PAGE (self), NULL);

  return self->serial_entry;
}
