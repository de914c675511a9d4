/* rc-serial-entry.c — the serial field, checked as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The field is never rewritten: what the user typed stays as typed, and the
 * check only reads it. The character at fault is underlined in place.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-entry-row.h"
#include "rc-serial-entry.h"
#include "rc-text.h"
#include "rc-widget-util.h"

struct _RcSerialEntry
{
  GtkWidget       parent_instance;

  /* template; the two top-level children are bound so that dispose unparents them */
  GtkWidget           *group;
  RcEntryRow          *entry;
  GtkWidget           *status_box;

  /* owned */
  RcCatalog           *catalog;
  RcSeries            *series;
  RcSerialCheck       *check;
  gboolean             anyway;
  gboolean             accepted;
  RcSerialVerdict      told;      /* the verdict last announced */

  /* what the field and its verdict show; the template binds its children to these */
  char                *example;   /* the group's description, an example serial of the series */
  char                *summary;
  char                *explanation;
  char                *notes;     /* one a line */
  char                *icon_name;
  const char          *entry_style; /* the entry row's style class, or NULL */
  gboolean             has_verdict;
  gboolean             has_notes;
  gboolean             can_use_anyway;
};

G_DEFINE_FINAL_TYPE (RcSerialEntry, rc_serial_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_SERIES,
  PROP_TEXT,
  PROP_CHECK,
  PROP_ACCEPTED,
  PROP_EXAMPLE,
  PROP_SUMMARY,
  PROP_EXPLANATION,
  PROP_NOTES,
  PROP_ICON_NAME,
  PROP_ENTRY_STYLE,
  PROP_HAS_VERDICT,
  PROP_HAS_NOTES,
  PROP_CAN_USE_ANYWAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
verdict_icon (RcSerialVerdict verdict)
{
  switch (verdict)
    {
    case RC_SERIAL_VALID:
      return "emblem-ok-symbolic";
    case RC_SERIAL_INVALID:
      return "dialog-warning-symbolic";
    case RC_SERIAL_INCOMPLETE:
      return "document-edit-symbolic";
    case RC_SERIAL_EMPTY:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
verdict_style (RcSerialVerdict verdict,
               gboolean        anyway)
{
  switch (verdict)
    {
    case RC_SERIAL_VALID:
      return "success";
    case RC_SERIAL_INVALID:
      return anyway ? "warning" : "error";
    case RC_SERIAL_INCOMPLETE:
    case RC_SERIAL_EMPTY:
    default:
      return NULL;
    }
}

/* The row's style class is one of its many, so it is swapped here rather than bound. */
static void
show_entry_style (RcSerialEntry *self,
                  const char    *style)
{
  if (g_strcmp0 (self->entry_style, style) == 0)
    return;
  if (self->entry_style != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), self->entry_style);
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), style);
  self->entry_style = style;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY_STYLE]);
}

static void
update_example (RcSerialEntry *self)
{
  g_autofree char *example = NULL;

  /* The format itself is shown with the series; an example helps most here. */
  if (self->series != NULL)
    example = rc_series_describe_example (self->series);
  rc_widget_update_text (G_OBJECT (self), properties[PROP_EXAMPLE], &self->example, example);
}

static void
underline_problem (RcSerialEntry *self,
                   const char    *text)
{
  int offset = rc_serial_check_get_input_offset (self->check);
  g_autoptr(PangoAttrList) attrs = NULL;

  if (offset >= 0 && offset < g_utf8_strlen (text, -1))
    {
      const char *start = g_utf8_offset_to_pointer (text, offset);
      PangoAttribute *attr = pango_attr_underline_new (PANGO_UNDERLINE_ERROR);

      attrs = pango_attr_list_new ();
      attr->start_index = start - text;
      attr->end_index = g_utf8_next_char (start) - text;
      pango_attr_list_insert (attrs, attr);
    }

  gtk_entry_set_attributes (rc_entry_row_get_entry (self->entry), attrs);
}

/* A screen reader hears the verdict with the field, not only the text; a
 * wrong serial is an invalid entry, one used anyway no longer is. */
static void
tell_screen_reader (RcSerialEntry   *self,
                    RcSerialVerdict  verdict,
                    const char      *summary,
                    const char      *notes)
{
  GtkAccessibleInvalidState invalid = verdict == RC_SERIAL_INVALID && !self->anyway
                                      ? GTK_ACCESSIBLE_INVALID_TRUE
                                      : GTK_ACCESSIBLE_INVALID_FALSE;
  GtkAccessible *field = GTK_ACCESSIBLE (rc_entry_row_get_entry (self->entry));
  g_autofree char *verdict_text = NULL;
  g_autofree char *description = NULL;

  /* Translators: what a screen reader says of the serial field: the verdict
   * (“Wrong at position 3”), then why (a whole sentence) */
  verdict_text = G_GNUC_EXTENSION g_strdup_printf (C_("serial verdict", "%1$s. %2$s"), summary,
                                                   rc_serial_check_get_explanation (self->check));
  description = rc_text_join_sentences (verdict_text, notes);
  gtk_accessible_update_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_accessible_update_state (field, GTK_ACCESSIBLE_STATE_INVALID, invalid, -1);

#if GTK_CHECK_VERSION (4, 14, 0)
  /* The field's description follows every keystroke; a reader hears it when it reads the
   * field. Where GTK can announce, a new verdict is also said once, when it changes from
   * incomplete to wrong or valid and back, not at each keystroke. Above the 4.8 ceiling, so
   * marked unavailable; compiled only where it exists. */
  if (verdict != self->told && verdict != RC_SERIAL_EMPTY)
    {
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_accessible_announce (GTK_ACCESSIBLE (self), summary,
                               GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
      G_GNUC_END_IGNORE_DEPRECATIONS
    }
#endif
  self->told = verdict;
}

static void
update (RcSerialEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  RcSerialVerdict verdict;
  g_autofree char *summary = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  GPtrArray *note_list;
  GObject *object = G_OBJECT (self);

  if (self->catalog == NULL)
    return;

  g_clear_pointer (&self->check, rc_serial_check_unref);
  self->check = rc_serial_check (self->catalog, self->series, text);
  verdict = rc_serial_check_get_verdict (self->check);

  if (verdict == RC_SERIAL_INVALID && self->anyway)
    /* Translators: the argument says what is wrong, e.g. “Wrong at position 3” */
    summary = g_strdup_printf (_("Used as typed — %s"), rc_serial_check_get_summary (self->check));
  else
    summary = g_strdup (rc_serial_check_get_summary (self->check));

  note_list = rc_serial_check_get_notes (self->check);
  for (guint i = 0; i < note_list->len; i++)
    {
      if (i > 0)
        g_string_append_c (notes, '\n');
      g_string_append (notes, g_ptr_array_index (note_list, i));
    }

  /* An empty field needs no verdict: its title already says what to type. */
  rc_widget_update_flag (object, properties[PROP_HAS_VERDICT], &self->has_verdict,
                         verdict != RC_SERIAL_EMPTY);
  rc_widget_update_text (object, properties[PROP_SUMMARY], &self->summary, summary);
  rc_widget_update_text (object, properties[PROP_EXPLANATION], &self->explanation,
                         rc_serial_check_get_explanation (self->check));
  rc_widget_update_text (object, properties[PROP_ICON_NAME], &self->icon_name,
                         verdict_icon (verdict));
  rc_widget_update_text (object, properties[PROP_NOTES], &self->notes, notes->str);
  rc_widget_update_flag (object, properties[PROP_HAS_NOTES], &self->has_notes, notes->len > 0);
  rc_widget_update_flag (object, properties[PROP_CAN_USE_ANYWAY], &self->can_use_anyway,
                         verdict == RC_SERIAL_INVALID && !self->anyway &&
                         rc_serial_check_get_problem (self->check) != RC_SERIAL_PROBLEM_BAD_TEXT);
  show_entry_style (self, verdict_style (verdict, self->anyway));

  underline_problem (self, text);

  tell_screen_reader (self, verdict, summary, notes->str);

  g_object_notify_by_pspec (object, properties[PROP_CHECK]);
  rc_widget_update_flag (object, properties[PROP_ACCEPTED], &self->accepted,
                         verdict == RC_SERIAL_VALID ||
                         (verdict == RC_SERIAL_INVALID && self->anyway));
}

static void
entry_changed_cb (RcSerialEntry *self)
{
  self->anyway = FALSE;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
anyway_clicked_cb (RcSerialEntry *self)
{
  self->anyway = TRUE;
  update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static void
rc_serial_entry_dispose (GObject *object)
{
  RcSerialEntry *self = RC_SERIAL_ENTRY (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_SERIAL_ENTRY);
  g_clear_object (&self->catalog);
  g_clear_object (&self->series);
  g_clear_pointer (&self->check, rc_serial_check_unref);

  G_OBJECT_CLASS (rc_serial_entry_parent_class)->dispose (object);
}

static void
rc_serial_entry_finalize (GObject *object)
{
  RcSerialEntry *self = RC_SERIAL_ENTRY (object);

  g_free (self->example);
  g_free (self->summary);
  g_free (self->explanation);
  g_free (self->notes);
  g_free (self->icon_name);

  G_OBJECT_CLASS (rc_serial_entry_parent_class)->finalize (object);
}

static void
rc_serial_entry_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RcSerialEntry *self = RC_SERIAL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;
    case PROP_TEXT:
      g_value_set_string (value, rc_serial_entry_get_text (self));
      break;
    case PROP_CHECK:
      g_value_set_boxed (value, self->check);
      break;
    case PROP_ACCEPTED:
      g_value_set_boolean (value, rc_serial_entry_get_accepted (self));
      break;
    case PROP_EXAMPLE:
      g_value_set_string (value, self->example);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;
    case PROP_ENTRY_STYLE:
      g_value_set_string (value, self->entry_style);
      break;
    case PROP_HAS_VERDICT:
      g_value_set_boolean (value, self->has_verdict);
      break;
    case PROP_HAS_NOTES:
      g_value_set_boolean (value, self->has_notes);
      break;
    case PROP_CAN_USE_ANYWAY:
      g_value_set_boolean (value, self->can_use_anyway);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_serial_entry_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RcSerialEntry *self = RC_SERIAL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_SERIES:
      rc_serial_entry_set_series (self, g_value_get_object (value));
      break;
    case PROP_TEXT:
      rc_serial_entry_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_serial_entry_constructed (GObject *object)
{
  RcSerialEntry *self = RC_SERIAL_ENTRY (object);

  G_OBJECT_CLASS (rc_serial_entry_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_CATALOG (self->catalog));
  update (self);
}

/* What the template's children show: read-only, bound in rc-serial-entry.ui. */
static void
install_shown_properties (void)
{
  static const struct { guint id; const char *name; } texts[] = {
    { PROP_EXAMPLE, "example" }, { PROP_SUMMARY, "summary" },
    { PROP_EXPLANATION, "explanation" }, { PROP_NOTES, "notes" },
    { PROP_ICON_NAME, "icon-name" }, { PROP_ENTRY_STYLE, "entry-style" },
  };
  static const struct { guint id; const char *name; } flags[] = {
    { PROP_HAS_VERDICT, "has-verdict" }, { PROP_HAS_NOTES, "has-notes" },
    { PROP_CAN_USE_ANYWAY, "can-use-anyway" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    properties[texts[i].id] =
      g_param_spec_string (texts[i].name, NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    properties[flags[i].id] =
      g_param_spec_boolean (flags[i].name, NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
rc_serial_entry_class_init (RcSerialEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_serial_entry_dispose;
  object_class->finalize = rc_serial_entry_finalize;
  object_class->constructed = rc_serial_entry_constructed;
  object_class->get_property = rc_serial_entry_get_property;
  object_class->set_property = rc_serial_entry_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RC_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, RC_TYPE_SERIES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECK] =
    g_param_spec_boxed ("check", NULL, NULL, RC_TYPE_SERIAL_CHECK,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCEPTED] =
    g_param_spec_boolean ("accepted", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  install_shown_properties ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_ENTRY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-serial-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, RcSerialEntry, group);
  gtk_widget_class_bind_template_child (widget_class, RcSerialEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, RcSerialEntry, status_box);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, anyway_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-serial-entry");
}

static void
rc_serial_entry_init (RcSerialEntry *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
}

GtkWidget *
rc_serial_entry_new (RcCatalog *catalog)
{
  return g_object_new (RC_TYPE_SERIAL_ENTRY, "catalog", catalog, NULL);
}

RcCatalog *
rc_serial_entry_get_catalog (RcSerialEntry *self)
{
  g_return_val_if_fail (RC_IS_SERIAL_ENTRY (self), NULL);

  return self->catalog;
}

/* The series the user picked, or %NULL to recognise it from the serial. */
RcSeries *
rc_serial_entry_get_series (RcSerialEntry *self)
{
  g_return_val_if_fail (RC_IS_SERIAL_ENTRY (self), NULL);

  return self->series;
}

void
rc_serial_entry_set_series (RcSerialEntry *self,
                            RcSeries      *series)
{
  g_return_if_fail (RC_IS_SERIAL_ENTRY (self));
  g_return_if_fail (series == NULL || RC_IS_SERIES (series));

  if (g_set_object (&self->series, series))
    {
      update_example (self);
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
    }
}

const char *
rc_serial_entry_get_text (RcSerialEntry *self)
{
  g_return_val_if_fail (RC_IS_SERIAL_ENTRY (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->entry));
}

void
rc_serial_entry_set_text (RcSerialEntry *self,
                          const char    *text)
{
  g_return_if_fail (RC_IS_SERIAL_ENTRY (self));

  if (g_strcmp0 (text, rc_serial_entry_get_text (self)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
}

/**
 * rc_serial_entry_get_check:
 *
 * Returns: (transfer none) (nullable): the verdict on the text as it is now
 */
RcSerialCheck *
rc_serial_entry_get_check (RcSerialEntry *self)
{
  g_return_val_if_fail (RC_IS_SERIAL_ENTRY (self), NULL);

  return self->check;
}

/* Whether the serial can be used: it fits, or the user chose to use it anyway. */
gboolean
rc_serial_entry_get_accepted (RcSerialEntry *self)
{
  g_return_val_if_fail (RC_IS_SERIAL_ENTRY (self), FALSE);

  return self->accepted;
}
