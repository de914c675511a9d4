/* rc-guide-code.c — the guide's step for getting the code: computed, card or dealer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a verified method exists, the code computed from the serial comes
 * first (rc-guide-computed.c). A code card is only right if its serial is
 * the radio's; a dealer needs the VIN. The VIN is kept between runs; the
 * request to the dealer is written afresh from whatever is known.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-entry-row.h"
#include "rc-guide-code.h"
#include "rc-guide-computed.h"
#include "rc-serial.h"
#include "rc-text.h"
#include "rc-vin.h"

struct _RcGuideCode
{
  AdwBin       parent_instance;

  /* template */
  AdwBin      *computed_bin;
  RcEntryRow  *card_entry;
  GtkLabel    *card_label;
  RcEntryRow  *vin_entry;
  GtkLabel    *vin_label;
  GtkCheckButton *anyway_check;
  GtkTextView *request_view;

  /* owned */
  RcCatalog   *catalog;
  RcRadio     *radio;
  RcSeries    *series;
  RcModel     *model;
  char        *serial;     /* normalised, or NULL */
  gboolean     serial_fits; /* the serial fits its series' format, or none was typed */
};

G_DEFINE_FINAL_TYPE (RcGuideCode, rc_guide_code, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_RADIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The request to the dealer, or, while the VIN or the serial fails its check and the owner has
 * not chosen to send them anyway, what to mend first. Nothing doubtful goes out unmarked. */
static char *
write_request (RcGuideCode *self,
               RcVinCheck  *check)
{
  gboolean vin_ok = check->verdict == RC_VIN_VALID || check->verdict == RC_VIN_EMPTY;
  gboolean anyway = gtk_check_button_get_active (self->anyway_check);
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  gboolean copyable;

  gtk_widget_set_visible (GTK_WIDGET (self->anyway_check), !vin_ok || !self->serial_fits);
  copyable = (vin_ok && self->serial_fits) || anyway;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "code.copy-request", copyable);
  if (!copyable)
    return g_strdup (!vin_ok ? _("The request is written once the VIN above checks out. If you "
                                 "are sure it is right as typed, choose to send it anyway.")
                             : _("The radio's serial does not fit its format (step 4). Check it "
                                 "against the label; if you are sure it is right as typed, "
                                 "choose to send it anyway."));

  if (!self->serial_fits)
    g_ptr_array_add (notes, (gpointer) _("Note: the radio serial is as I typed it; it does not "
                                         "match the format known for this radio."));
  if (!vin_ok)
    g_ptr_array_add (notes, (gpointer) _("Note: the VIN is as I typed it; it did not pass the "
                                         "format check."));
  g_ptr_array_add (notes, NULL);
  return rc_vin_request_text (check->vin, self->series, self->serial, self->model, 0,
                              (const char * const *) notes->pdata);
}


static void
update_request (RcGuideCode *self)
{
  g_autoptr(RcVinCheck) check = rc_vin_check (gtk_editable_get_text (GTK_EDITABLE (self->vin_entry)));
  g_autofree char *request = NULL;
  g_autofree char *status = NULL;

  status = rc_text_join_sentences (check->explanation, check->warning);
  gtk_label_set_label (self->vin_label, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (rc_entry_row_get_entry (self->vin_entry)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status, -1);

  request = write_request (self, check);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->request_view), request, -1);
}

static void
anyway_toggled_cb (RcGuideCode *self)
{
  update_request (self);
}

static void
update_card (RcGuideCode *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->card_entry));
  /* Both serials are read the same way, with the radio's series: a card may print the
   * short form of what the label prints long. */
  g_autoptr(RcSerialCheck) check = rc_serial_check (self->catalog, self->series, typed);
  const char *card = rc_serial_check_get_serial (check);
  g_autofree char *hint = NULL;
  const char *verdict;

  gboolean mismatch = card != NULL && card[0] != '\0' && self->serial != NULL &&
                      !g_str_equal (card, self->serial);

  /* A card of another radio is an invalid entry to a screen reader too. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (rc_entry_row_get_entry (self->card_entry)),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               mismatch ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  gtk_widget_set_visible (GTK_WIDGET (self->card_label), card != NULL && card[0] != '\0');
  if (card == NULL || card[0] == '\0')
    return;

  if (self->serial == NULL)
    verdict = _("Type the radio's own serial in step 4 to compare the two.");
  else if (!mismatch)
    verdict = _("The card belongs to this radio: its code is the one to enter.");
  else
    verdict = _("The card's serial differs from the radio's. The card may belong to an "
                "earlier radio, and its code would be refused. Do not use it.");

  /* A letter O for a zero on the card is as likely as on the label: say so here too. */
  if (rc_serial_check_get_problem (check) == RC_SERIAL_PROBLEM_LOOKALIKE)
    verdict = hint = rc_text_join_sentences (verdict, rc_serial_check_get_explanation (check));
  gtk_label_set_label (self->card_label, verdict);
  gtk_accessible_update_property (GTK_ACCESSIBLE (rc_entry_row_get_entry (self->card_entry)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, verdict, -1);
}

/* The computed code follows the radio and the serial as they change. */
static void
update_computed (RcGuideCode *self)
{
  rc_guide_computed_set_radio (RC_GUIDE_COMPUTED (adw_bin_get_child (self->computed_bin)),
                               self->series, self->serial);
}

static void
card_changed_cb (RcGuideCode *self)
{
  update_card (self);
}

static void
vin_changed_cb (RcGuideCode *self)
{
  update_request (self);
}

static void
copy_request_activated_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RcGuideCode *self = RC_GUIDE_CODE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->request_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
rc_guide_code_dispose (GObject *object)
{
  RcGuideCode *self = RC_GUIDE_CODE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_GUIDE_CODE);
  g_clear_object (&self->catalog);
  g_clear_object (&self->radio);
  g_clear_object (&self->series);
  g_clear_object (&self->model);
  g_clear_pointer (&self->serial, g_free);

  G_OBJECT_CLASS (rc_guide_code_parent_class)->dispose (object);
}

static void
rc_guide_code_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RcGuideCode *self = RC_GUIDE_CODE (object);

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
rc_guide_code_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RcGuideCode *self = RC_GUIDE_CODE (object);

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
rc_guide_code_constructed (GObject *object)
{
  RcGuideCode *self = RC_GUIDE_CODE (object);

  G_OBJECT_CLASS (rc_guide_code_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_RADIO (self->radio));
  self->catalog = g_object_ref (rc_radio_get_catalog (self->radio));
  adw_bin_set_child (self->computed_bin,
                     rc_guide_computed_new (self->catalog, rc_radio_get_lockout (self->radio)));
  g_object_bind_property (self->radio, "vin", self->vin_entry, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  update_request (self);
}

static void
rc_guide_code_class_init (RcGuideCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_guide_code_dispose;
  object_class->constructed = rc_guide_code_constructed;
  object_class->get_property = rc_guide_code_get_property;
  object_class->set_property = rc_guide_code_set_property;

  properties[PROP_RADIO] =
    g_param_spec_object ("radio", NULL, NULL, RC_TYPE_RADIO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_ENTRY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-guide-code.ui");
  gtk_widget_class_bind_template_child (widget_class, RcGuideCode, computed_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuideCode, card_entry);
  gtk_widget_class_bind_template_child (widget_class, RcGuideCode, card_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideCode, vin_entry);
  gtk_widget_class_bind_template_child (widget_class, RcGuideCode, vin_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideCode, request_view);
  gtk_widget_class_bind_template_child (widget_class, RcGuideCode, anyway_check);
  gtk_widget_class_bind_template_callback (widget_class, anyway_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, vin_changed_cb);
  gtk_widget_class_install_action (widget_class, "code.copy-request", NULL,
                                   copy_request_activated_cb);
}

static void
rc_guide_code_init (RcGuideCode *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rc_guide_code_new:
 * @radio: the radio being unlocked; the VIN typed here is its, and a computed
 *   code its lockout says was refused is not offered again
 */
GtkWidget *
rc_guide_code_new (RcRadio *radio)
{
  g_return_val_if_fail (RC_IS_RADIO (radio), NULL);

  return g_object_new (RC_TYPE_GUIDE_CODE, "radio", radio, NULL);
}

/* What is known of the radio and the car, for the card check and the request. */
void
rc_guide_code_set_radio (RcGuideCode *self,
                         RcSeries    *series,
                         const char  *serial_text,
                         RcModel     *model)
{
  g_return_if_fail (RC_IS_GUIDE_CODE (self));

  g_set_object (&self->series, series);
  g_set_object (&self->model, model);
  g_clear_pointer (&self->serial, g_free);
  self->serial_fits = TRUE;
  if (serial_text != NULL)
    {
      g_autoptr(RcSerialCheck) check = rc_serial_check (self->catalog, series, serial_text);
      const char *serial = rc_serial_check_get_serial (check);

      /* One check gives both the serial as the catalog reads it and whether it fits. */
      if (serial != NULL && serial[0] != '\0')
        self->serial = g_strdup (serial);
      self->serial_fits = self->serial == NULL ||
                          rc_serial_check_get_verdict (check) == RC_SERIAL_VALID;
    }

  update_card (self);
  update_request (self);
  update_computed (self);
}
