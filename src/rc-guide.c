/* rc-guide.c — from "my radio says CODE" to a working radio, one step at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seven steps: what the display says, which radio, finding the serial,
 * typing it, getting the code, entering it, and the WAIT. The logic of each
 * lives in src/core (display meanings, VIN check, press plan); the guide
 * only shows it and remembers where the user is. The code itself stays in
 * memory unless the user asks to keep it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-code.h"
#include "rc-find-page.h"
#include "rc-guide.h"
#include "rc-lockout-page.h"
#include "rc-serial-entry.h"
#include "rc-serial.h"
#include "rc-series-picker.h"
#include "rc-vin.h"

struct _RcGuide
{
  GtkWidget            parent_instance;

  /* template */
  GtkWidget           *header;
  GtkLabel            *count_label;
  GtkLabel            *step_title;
  GtkProgressBar      *progress;
  GtkStack            *steps;
  AdwPreferencesGroup *display_group;
  GtkWidget           *meaning_box;
  GtkLabel            *meaning_label;
  GtkLabel            *action_label;
  GtkWidget           *wait_choice;
  AdwBin              *picker_bin;
  AdwBin              *find_bin;
  AdwBin              *entry_bin;
  AdwEntryRow         *card_entry;
  GtkLabel            *card_label;
  AdwEntryRow         *vin_entry;
  GtkLabel            *vin_label;
  GtkTextView         *request_view;
  AdwEntryRow         *code_entry;
  GtkSwitch           *keep_switch;
  GtkLabel            *code_status;
  GtkLabel            *upside_label;
  GtkBox              *plan_box;
  GtkLabel            *confirm_label;
  GtkLabel            *outcome_label;
  AdwBin              *wait_bin;
  GtkWidget           *nav;
  GtkLabel            *end_label;

  /* owned */
  RcCatalog           *catalog;
  RcLockout           *lockout;
  GSettings           *settings;
  RcSeries            *series;
  RcModel             *model;
  RcDisplay           *display;
  char                *serial_text;
  GPtrArray           *display_checks;   /* GtkCheckButton, borrowed (in the rows) */
};

G_DEFINE_FINAL_TYPE (RcGuide, rc_guide, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STEP,
  PROP_SERIES,
  PROP_SERIAL_TEXT,
  N_PROPS
};

enum {
  FIND_CAR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *step_names[] = { "display", "radio", "find", "serial", "code", "enter", "wait" };

static const char *
step_title (guint index)
{
  switch (index)
    {
    case 0: return _("What Does the Display Say?");
    case 1: return _("Which Radio Is It?");
    case 2: return _("Find the Serial");
    case 3: return _("Type the Serial");
    case 4: return _("Get the Code");
    case 5: return _("Enter the Code on the Radio");
    case 6: return _("Wait Until the Radio Takes a Code");
    default: g_return_val_if_reached (NULL);
    }
}

static int
step_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (step_names); i++)
    if (g_strcmp0 (name, step_names[i]) == 0)
      return i;
  return -1;
}

static int
current_index (RcGuide *self)
{
  return MAX (0, step_index (gtk_stack_get_visible_child_name (self->steps)));
}

static char *
normalized_serial (RcGuide *self)
{
  g_autofree char *normal = NULL;

  if (self->serial_text == NULL || self->catalog == NULL)
    return NULL;
  normal = rc_serial_normalize (self->catalog, self->serial_text);
  if (normal == NULL || normal[0] == '\0')
    return NULL;
  return g_steal_pointer (&normal);
}

static void
update_nav (RcGuide *self)
{
  int index = current_index (self);
  gboolean can_next = index + 1 < (int) G_N_ELEMENTS (step_names);
  const char *end = "";

  if (index == 0)
    {
      if (self->display == NULL)
        {
          can_next = FALSE;
          end = _("Pick what the display shows.");
        }
      else if (rc_display_get_next (self->display) == RC_DISPLAY_NEXT_NONE)
        {
          can_next = FALSE;
          end = _("No code fixes this; see what to do above.");
        }
      else if (rc_display_get_next (self->display) == RC_DISPLAY_NEXT_WAIT)
        {
          can_next = FALSE;
          end = _("Did WAIT clear, or does it stay?");
        }
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.back", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.next", can_next);
  gtk_label_set_label (self->end_label, end);
}

static void
update_outcome_actions (RcGuide *self)
{
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));
  gboolean ready = rc_code_is_valid (code, NULL) &&
                   rc_lockout_get_state (self->lockout) == RC_LOCKOUT_READY;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.accepted", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.rejected", ready);
}

static void
update_request (RcGuide *self)
{
  g_autoptr(RcVinCheck) check = rc_vin_check (gtk_editable_get_text (GTK_EDITABLE (self->vin_entry)));
  g_autofree char *serial = normalized_serial (self);
  g_autofree char *request = NULL;
  g_autofree char *status = NULL;

  status = check->warning != NULL ? g_strdup_printf ("%s %s", check->explanation, check->warning)
                                  : g_strdup (check->explanation);
  gtk_label_set_label (self->vin_label, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->vin_entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status, -1);

  request = rc_vin_request_text (check->vin, self->series, serial, self->model, 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->request_view), request, -1);
}

static void
update_card (RcGuide *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->card_entry));
  g_autofree char *card = rc_serial_normalize (self->catalog, typed);
  g_autofree char *radio = normalized_serial (self);
  const char *verdict;

  gtk_widget_set_visible (GTK_WIDGET (self->card_label), card != NULL && card[0] != '\0');
  if (card == NULL || card[0] == '\0')
    return;

  if (radio == NULL)
    verdict = _("Type the radio's own serial in step 4 to compare the two.");
  else if (g_str_equal (card, radio))
    verdict = _("The card belongs to this radio: its code is the one to enter.");
  else
    verdict = _("The card's serial differs from the radio's. The card may belong to an "
                "earlier radio, and its code would be refused. Do not use it.");
  gtk_label_set_label (self->card_label, verdict);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->card_entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, verdict, -1);
}

static void
clear_plan (RcGuide *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->plan_box))) != NULL)
    gtk_box_remove (self->plan_box, child);
}

static void
update_plan (RcGuide *self)
{
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));
  g_autoptr(GError) error = NULL;
  g_autofree char *turned = NULL;

  clear_plan (self);
  gtk_widget_set_visible (GTK_WIDGET (self->upside_label), FALSE);

  if (code[0] == '\0')
    {
      gtk_label_set_label (self->code_status, _("Type the code from the card or the dealer."));
      gtk_label_set_label (self->confirm_label, "");
      update_outcome_actions (self);
      return;
    }
  if (!rc_code_is_valid (code, &error))
    {
      gtk_label_set_label (self->code_status, error->message);
      gtk_label_set_label (self->confirm_label, "");
      update_outcome_actions (self);
      return;
    }

  if (self->series == NULL)
    {
      gtk_label_set_label (self->code_status,
                           _("Pick your radio in step 2 to see how its buttons count."));
      gtk_label_set_label (self->confirm_label, "");
    }
  else
    {
      g_autoptr(GArray) plan = rc_code_plan (self->series, code);

      gtk_label_set_label (self->code_status, _("On the radio, while it shows CODE:"));
      for (guint i = 0; i < plan->len; i++)
        {
          g_autofree char *words = rc_code_describe_press (self->series,
                                                           &g_array_index (plan, RcPress, i));
          GtkWidget *label = gtk_label_new (words);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_box_append (self->plan_box, label);
        }
      gtk_label_set_label (self->confirm_label, rc_series_get_entry_confirm (self->series));
    }

  turned = rc_code_upside_down (code);
  if (turned != NULL)
    {
      g_autofree char *warning = NULL;

      /* Translators: the arguments are the code and the same code read upside down */
      warning = g_strdup_printf (_("Read upside down, %s is %s. Check which way up the card is "
                                   "before you try."), code, turned);
      gtk_label_set_label (self->upside_label, warning);
      gtk_widget_set_visible (GTK_WIDGET (self->upside_label), TRUE);
    }

  if (gtk_switch_get_active (self->keep_switch))
    g_settings_set_string (self->settings, "kept-code", code);
  update_outcome_actions (self);
}

static void
card_changed_cb (RcGuide *self)
{
  update_card (self);
}

static void
vin_changed_cb (RcGuide *self)
{
  g_settings_set_string (self->settings, "vin-text",
                         gtk_editable_get_text (GTK_EDITABLE (self->vin_entry)));
  update_request (self);
}

static void
code_changed_cb (RcGuide *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_label), FALSE);
  update_plan (self);
}

static void
keep_toggled_cb (RcGuide *self)
{
  /* Only on request does the code go to disk; switching off forgets it there. */
  if (gtk_switch_get_active (self->keep_switch))
    g_settings_set_string (self->settings, "kept-code",
                           gtk_editable_get_text (GTK_EDITABLE (self->code_entry)));
  else
    g_settings_reset (self->settings, "kept-code");
}

static void
build_step (RcGuide    *self,
            const char *name)
{
  if (g_str_equal (name, "radio") && adw_bin_get_child (self->picker_bin) == NULL)
    {
      GtkWidget *picker = rc_series_picker_new (self->catalog);

      g_object_bind_property (self, "series", picker, "series",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      adw_bin_set_child (self->picker_bin, picker);
    }
  else if (g_str_equal (name, "find") && adw_bin_get_child (self->find_bin) == NULL)
    {
      GtkWidget *find = rc_find_page_new (self->catalog);

      rc_find_page_set_filter (RC_FIND_PAGE (find), self->series, self->model);
      adw_bin_set_child (self->find_bin, find);
    }
  else if (g_str_equal (name, "serial") && adw_bin_get_child (self->entry_bin) == NULL)
    {
      GtkWidget *entry = rc_serial_entry_new (self->catalog);

      g_object_bind_property (self, "series", entry, "series",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "serial-text", entry, "text",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      adw_bin_set_child (self->entry_bin, entry);
    }
  else if (g_str_equal (name, "code"))
    {
      update_card (self);
      update_request (self);
    }
  else if (g_str_equal (name, "enter"))
    {
      update_plan (self);
    }
  else if (g_str_equal (name, "wait") && adw_bin_get_child (self->wait_bin) == NULL)
    {
      adw_bin_set_child (self->wait_bin, rc_lockout_page_new (self->lockout));
    }
}

static void
step_shown_cb (RcGuide *self)
{
  int index = current_index (self);
  g_autofree char *count = NULL;

  build_step (self, step_names[index]);

  /* Translators: the guide's step indicator, e.g. “Step 2 of 7” */
  count = g_strdup_printf (_("Step %d of %d"), index + 1, (int) G_N_ELEMENTS (step_names));
  gtk_label_set_label (self->count_label, count);
  gtk_label_set_label (self->step_title, step_title (index));
  gtk_progress_bar_set_fraction (self->progress, (index + 1.0) / G_N_ELEMENTS (step_names));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, count, -1);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "guide-step", step_names[index]);
  update_nav (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

static void
show_display (RcGuide *self)
{
  gtk_widget_set_visible (self->meaning_box, self->display != NULL);
  if (self->display == NULL)
    return;

  gtk_label_set_label (self->meaning_label, rc_display_get_meaning (self->display));
  gtk_label_set_label (self->action_label, rc_display_get_action (self->display));
  gtk_widget_set_visible (self->wait_choice,
                          rc_display_get_next (self->display) == RC_DISPLAY_NEXT_WAIT);
  update_nav (self);
}

static void
display_toggled_cb (RcGuide        *self,
                    GtkCheckButton *check)
{
  if (!gtk_check_button_get_active (check))
    return;

  self->display = g_object_get_data (G_OBJECT (check), "rc-display");
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "guide-display", rc_display_get_id (self->display));
  show_display (self);
}

/* "CODE, CODE IN or - - - -" */
static char *
join_words (const char * const *words)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_strv_length ((char **) words);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == n ?
                         /* Translators: before the last of a few display messages */
                         _(" or ") :
                         /* Translators: between display messages */
                         _(", "));
      g_string_append (out, words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
build_displays (RcGuide *self)
{
  GListModel *displays = rc_catalog_get_displays (self->catalog);

  for (guint i = 0; i < g_list_model_get_n_items (displays); i++)
    {
      g_autoptr(RcDisplay) display = g_list_model_get_item (displays, i);
      g_autofree char *words = join_words (rc_display_get_words (display));
      GtkWidget *row, *check;

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      if (self->display_checks->len > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check),
                                    g_ptr_array_index (self->display_checks, 0));
      g_ptr_array_add (self->display_checks, check);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, words,
                                      -1);
      g_object_set_data_full (G_OBJECT (check), "rc-display", g_object_ref (display), g_object_unref);
      g_signal_connect_object (check, "toggled", G_CALLBACK (display_toggled_cb), self,
                               G_CONNECT_SWAPPED);

      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", words,
                          "use-markup", FALSE,
                          "activatable-widget", check,
                          NULL);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->display_group, row);
    }
}

static void
go (RcGuide *self,
    int      by)
{
  int index = current_index (self) + by;

  if (index >= 0 && index < (int) G_N_ELEMENTS (step_names))
    rc_guide_set_step (self, step_names[index]);
}

static void
nav_activated_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  go (RC_GUIDE (widget), g_str_equal (action_name, "guide.next") ? 1 : -1);
}

static void
wait_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RcGuide *self = RC_GUIDE (widget);

  if (g_str_equal (action_name, "guide.wait-cleared"))
    {
      rc_guide_set_step (self, "radio");
      return;
    }

  /* WAIT stays: the radio is already counting down. */
  if (rc_lockout_get_state (self->lockout) == RC_LOCKOUT_READY)
    rc_lockout_begin_wait (self->lockout);
  rc_guide_set_step (self, "wait");
}

static void
find_car_activated_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_signal_emit (widget, signals[FIND_CAR], 0);
}

static void
copy_request_activated_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RcGuide *self = RC_GUIDE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->request_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
outcome_activated_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RcGuide *self = RC_GUIDE (widget);
  gboolean accepted = g_str_equal (action_name, "guide.accepted");
  g_autofree char *outcome = NULL;

  if (!rc_lockout_record (self->lockout, accepted))
    return;

  if (accepted)
    outcome = g_strdup (_("The radio took the code. Keep the card with the car's papers for "
                          "next time."));
  else if (rc_lockout_get_state (self->lockout) == RC_LOCKOUT_WAITING ||
           rc_lockout_get_state (self->lockout) == RC_LOCKOUT_LOCKED)
    {
      /* The radio locked: the last step takes over. */
      rc_guide_set_step (self, "wait");
      return;
    }
  else
    outcome = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The radio refused the code. %u try is left before "
                                            "it makes you wait: check the code and how it is "
                                            "entered first.",
                                            "The radio refused the code. %u tries are left before "
                                            "it makes you wait: check the code and how it is "
                                            "entered first.",
                                            rc_lockout_get_attempts_left (self->lockout)),
                               rc_lockout_get_attempts_left (self->lockout));

  gtk_label_set_label (self->outcome_label, outcome);
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_label), TRUE);
  update_outcome_actions (self);
}

static void
rc_guide_dispose (GObject *object)
{
  RcGuide *self = RC_GUIDE (object);

  if (self->lockout != NULL)
    g_signal_handlers_disconnect_by_data (self->lockout, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_GUIDE);
  g_clear_object (&self->catalog);
  g_clear_object (&self->lockout);
  g_clear_object (&self->settings);
  g_clear_object (&self->series);
  g_clear_object (&self->model);
  g_clear_pointer (&self->serial_text, g_free);
  g_ptr_array_set_size (self->display_checks, 0);

  G_OBJECT_CLASS (rc_guide_parent_class)->dispose (object);
}

static void
rc_guide_finalize (GObject *object)
{
  g_ptr_array_unref (RC_GUIDE (object)->display_checks);

  G_OBJECT_CLASS (rc_guide_parent_class)->finalize (object);
}

static void
rc_guide_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RcGuide *self = RC_GUIDE (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_string (value, rc_guide_get_step (self));
      break;
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;
    case PROP_SERIAL_TEXT:
      g_value_set_string (value, self->serial_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_guide_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RcGuide *self = RC_GUIDE (object);

  switch (prop_id)
    {
    case PROP_STEP:
      rc_guide_set_step (self, g_value_get_string (value));
      break;
    case PROP_SERIES:
      rc_guide_set_series (self, g_value_get_object (value));
      break;
    case PROP_SERIAL_TEXT:
      rc_guide_set_serial_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_guide_class_init (RcGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_guide_dispose;
  object_class->finalize = rc_guide_finalize;
  object_class->get_property = rc_guide_get_property;
  object_class->set_property = rc_guide_set_property;

  properties[PROP_STEP] =
    g_param_spec_string ("step", NULL, NULL, "display",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, RC_TYPE_SERIES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIAL_TEXT] =
    g_param_spec_string ("serial-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcGuide::find-car:
   *
   * The user does not know the radio: look the car up.
   */
  signals[FIND_CAR] =
    g_signal_new ("find-car", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rc-guide.ui");
  gtk_widget_class_bind_template_child (widget_class, RcGuide, header);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, count_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, step_title);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, progress);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, steps);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, display_group);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, meaning_box);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, meaning_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, action_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, wait_choice);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, picker_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, find_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, entry_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, card_entry);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, card_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, vin_entry);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, vin_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, request_view);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, code_entry);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, keep_switch);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, code_status);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, upside_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, plan_box);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, confirm_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, wait_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, nav);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, end_label);
  gtk_widget_class_bind_template_callback (widget_class, step_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, vin_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, code_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_toggled_cb);

  gtk_widget_class_install_action (widget_class, "guide.back", NULL, nav_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.next", NULL, nav_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.wait-cleared", NULL, wait_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.wait-stays", NULL, wait_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.find-car", NULL, find_car_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.copy-request", NULL,
                                   copy_request_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.accepted", NULL, outcome_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.rejected", NULL, outcome_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "guide.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "guide.next", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-guide");
}

static void
rc_guide_init (RcGuide *self)
{
  self->display_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
}

/**
 * rc_guide_new:
 * @settings: where the step, the display, the VIN and a kept code are remembered
 */
GtkWidget *
rc_guide_new (RcCatalog *catalog,
              RcLockout *lockout,
              GSettings *settings)
{
  RcGuide *self;
  g_autofree char *step = NULL;
  g_autofree char *display = NULL;
  g_autofree char *vin = NULL;
  g_autofree char *kept = NULL;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RC_IS_LOCKOUT (lockout), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RC_TYPE_GUIDE, NULL);
  self->catalog = g_object_ref (catalog);
  self->lockout = g_object_ref (lockout);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (lockout, "notify::state", G_CALLBACK (update_outcome_actions), self,
                           G_CONNECT_SWAPPED);

  build_displays (self);

  /* Where the user left off comes back as it was. */
  display = g_settings_get_string (settings, "guide-display");
  rc_guide_pick_display (self, display);
  vin = g_settings_get_string (settings, "vin-text");
  gtk_editable_set_text (GTK_EDITABLE (self->vin_entry), vin);
  kept = g_settings_get_string (settings, "kept-code");
  if (kept[0] != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->code_entry), kept);
      gtk_switch_set_active (self->keep_switch, TRUE);
    }
  step = g_settings_get_string (settings, "guide-step");
  if (step_index (step) < 0)
    g_clear_pointer (&step, g_free);
  gtk_stack_set_visible_child_name (self->steps, step != NULL ? step : "display");
  step_shown_cb (self);

  return GTK_WIDGET (self);
}

const char *
rc_guide_get_step (RcGuide *self)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);

  return step_names[current_index (self)];
}

/* Shows the step named @step: display, radio, find, serial, code, enter or wait. */
void
rc_guide_set_step (RcGuide    *self,
                   const char *step)
{
  g_return_if_fail (RC_IS_GUIDE (self));
  g_return_if_fail (step_index (step) >= 0);

  gtk_stack_set_visible_child_name (self->steps, step);
}

RcSeries *
rc_guide_get_series (RcGuide *self)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);

  return self->series;
}

void
rc_guide_set_series (RcGuide  *self,
                     RcSeries *series)
{
  GtkWidget *find;

  g_return_if_fail (RC_IS_GUIDE (self));

  if (!g_set_object (&self->series, series))
    return;

  if ((find = adw_bin_get_child (self->find_bin)) != NULL)
    rc_find_page_set_filter (RC_FIND_PAGE (find), series, self->model);
  update_plan (self);
  update_request (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

const char *
rc_guide_get_serial_text (RcGuide *self)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);

  return self->serial_text;
}

void
rc_guide_set_serial_text (RcGuide    *self,
                          const char *text)
{
  g_return_if_fail (RC_IS_GUIDE (self));

  if (g_strcmp0 (self->serial_text, text) == 0)
    return;

  g_free (self->serial_text);
  self->serial_text = g_strdup (text);
  update_card (self);
  update_request (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIAL_TEXT]);
}

/* The car, when the user looked it up; narrows the ways to find the serial. */
void
rc_guide_set_model (RcGuide *self,
                    RcModel *model)
{
  GtkWidget *find;

  g_return_if_fail (RC_IS_GUIDE (self));

  if (!g_set_object (&self->model, model))
    return;
  if ((find = adw_bin_get_child (self->find_bin)) != NULL)
    rc_find_page_set_filter (RC_FIND_PAGE (find), self->series, model);
  update_request (self);
}

/* Picks what the display shows, by the display's catalog id; NULL or an unknown id picks nothing. */
void
rc_guide_pick_display (RcGuide    *self,
                       const char *id)
{
  g_return_if_fail (RC_IS_GUIDE (self));

  for (guint i = 0; i < self->display_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->display_checks, i);
      RcDisplay *display = g_object_get_data (G_OBJECT (check), "rc-display");

      if (g_strcmp0 (rc_display_get_id (display), id) == 0)
        gtk_check_button_set_active (check, TRUE);
    }
}
