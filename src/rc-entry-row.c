/* rc-entry-row.c — a text field in a boxed list that a screen reader can follow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What AdwEntryRow shows, made of a GtkEntry under a label. On GTK 4.8 and
 * libadwaita 1.2 (our floor) an entry row's text is a bare GtkText: a screen
 * reader is not told when it takes the focus, and cannot read what is typed
 * there (libadwaita 1.4 fixed that with GTK 4.10's API). A GtkEntry is a text
 * box to AT-SPI on every version, named by the label it is the mnemonic
 * widget of. The row is an editable that hands everything to the entry, so
 * its users read and write it as they would an entry row; what a screen
 * reader is told of the text (description, invalid state) goes to the entry
 * itself, from rc_entry_row_get_entry().
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include "rc-entry-row.h"

struct _RcEntryRow
{
  AdwPreferencesRow  parent_instance;

  /* template; its own child is the row's (GtkListBoxRow owns it), so it is not bound */
  GtkEntry          *entry;
  GtkWidget         *edit_icon;
};

static void rc_entry_row_editable_init (GtkEditableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcEntryRow, rc_entry_row, ADW_TYPE_PREFERENCES_ROW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_EDITABLE,
                                                      rc_entry_row_editable_init))

enum {
  PROP_0,
  PROP_INPUT_HINTS,
  PROP_INPUT_PURPOSE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A click anywhere on the row puts the cursor in its field, as on an entry row. */
static void
pressed_cb (RcEntryRow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* The row is outlined while its field has the focus, and shows the pencil while it has not,
 * as an entry row does. */
static void
focus_changed_cb (RcEntryRow              *self,
                  GParamSpec              *pspec,
                  GtkEventControllerFocus *controller)
{
  gboolean focused = gtk_event_controller_focus_contains_focus (controller);

  if (focused)
    gtk_widget_add_css_class (GTK_WIDGET (self), "focused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "focused");
  gtk_widget_set_visible (self->edit_icon, !focused);
}

static GtkEditable *
rc_entry_row_get_delegate (GtkEditable *editable)
{
  return GTK_EDITABLE (RC_ENTRY_ROW (editable)->entry);
}

static void
rc_entry_row_editable_init (GtkEditableInterface *iface)
{
  iface->get_delegate = rc_entry_row_get_delegate;
}

/* The row itself never holds the focus: its field does. */
static gboolean
rc_entry_row_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (RC_ENTRY_ROW (widget)->entry));
}

static gboolean
rc_entry_row_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  return gtk_widget_child_focus (GTK_WIDGET (RC_ENTRY_ROW (widget)->entry), direction);
}

static void
rc_entry_row_dispose (GObject *object)
{
  RcEntryRow *self = RC_ENTRY_ROW (object);

  if (self->entry != NULL)
    gtk_editable_finish_delegate (GTK_EDITABLE (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_ENTRY_ROW);

  G_OBJECT_CLASS (rc_entry_row_parent_class)->dispose (object);
}

static void
rc_entry_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RcEntryRow *self = RC_ENTRY_ROW (object);

  if (gtk_editable_delegate_get_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_INPUT_HINTS:
      g_value_set_flags (value, gtk_entry_get_input_hints (self->entry));
      break;
    case PROP_INPUT_PURPOSE:
      g_value_set_enum (value, gtk_entry_get_input_purpose (self->entry));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_entry_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RcEntryRow *self = RC_ENTRY_ROW (object);

  if (gtk_editable_delegate_set_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_INPUT_HINTS:
      gtk_entry_set_input_hints (self->entry, g_value_get_flags (value));
      break;
    case PROP_INPUT_PURPOSE:
      gtk_entry_set_input_purpose (self->entry, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_entry_row_class_init (RcEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_entry_row_dispose;
  object_class->get_property = rc_entry_row_get_property;
  object_class->set_property = rc_entry_row_set_property;
  widget_class->grab_focus = rc_entry_row_grab_focus;
  widget_class->focus = rc_entry_row_focus;

  properties[PROP_INPUT_HINTS] =
    g_param_spec_flags ("input-hints", NULL, NULL, GTK_TYPE_INPUT_HINTS, GTK_INPUT_HINT_NONE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INPUT_PURPOSE] =
    g_param_spec_enum ("input-purpose", NULL, NULL, GTK_TYPE_INPUT_PURPOSE,
                       GTK_INPUT_PURPOSE_FREE_FORM,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_editable_install_properties (object_class, N_PROPS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rc-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RcEntryRow, entry);
  gtk_widget_class_bind_template_child (widget_class, RcEntryRow, edit_icon);
  gtk_widget_class_bind_template_callback (widget_class, pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_changed_cb);
}

static void
rc_entry_row_init (RcEntryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_editable_init_delegate (GTK_EDITABLE (self));
}

GtkWidget *
rc_entry_row_new (void)
{
  return g_object_new (RC_TYPE_ENTRY_ROW, NULL);
}

/**
 * rc_entry_row_get_entry:
 *
 * Returns: (transfer none): the field a screen reader reads, to be told of its text
 */
GtkEntry *
rc_entry_row_get_entry (RcEntryRow *self)
{
  g_return_val_if_fail (RC_IS_ENTRY_ROW (self), NULL);

  return self->entry;
}
