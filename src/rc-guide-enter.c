/* rc-guide-enter.c — the guide's step for entering the code on the radio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows, in large type, which preset sets each digit and how many presses
 * it takes on this radio, warns when the code reads differently upside
 * down, and passes what the radio did on to the attempt tracker. The code
 * is kept only while "Keep the code" is on, and then in the keyring, under
 * the radio's serial: never in GSettings.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-accessible.h"
#include "rc-code.h"
#include "rc-confidence-badge.h"
#include "rc-entry-row.h"
#include "rc-guide-enter.h"
#include "rc-message-dialog.h"
#include "rc-text.h"

struct _RcGuideEnter
{
  AdwBin       parent_instance;

  /* template */
  RcEntryRow  *code_entry;
  AdwActionRow *keep_row;
  GtkSwitch   *keep_switch;
  GtkLabel    *code_status;
  GtkLabel    *upside_label;
  GtkLabel    *refused_label;
  GtkLabel    *blocked_label;
  GtkBox      *plan_box;
  GtkLabel    *confirm_label;
  RcConfidenceBadge *entry_badge;
  GtkLabel    *outcome_label;
  GtkWidget   *accepted_button;
  GtkWidget   *rejected_button;

  /* owned */
  RcLockout   *lockout;
  RcCodeStore *code_store;
  RcSeries    *series;
  char        *serial;         /* normalised, or NULL while not known */
  char        *kept_serial;    /* the serial the shown code is kept under, or NULL */
  GCancellable *lookup;        /* the kept code being looked up, or NULL */
  gboolean     restoring;      /* showing a kept code: nothing to keep or forget */
};

G_DEFINE_FINAL_TYPE (RcGuideEnter, rc_guide_enter, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_LOCKOUT,
  PROP_CODE_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  LOCKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Why the radio takes no code now, or %NULL when it does. */
static const char *
blocked_reason (RcLockoutState state)
{
  switch (state)
    {
    case RC_LOCKOUT_PAUSED:
      return _("After a wrong code this radio ignores its buttons for a moment. The buttons "
               "below come back when it takes codes again.");
    case RC_LOCKOUT_WAITING:
      return _("The radio is in its WAIT: it takes no code until the wait is over, and the "
               "buttons below come back then. Step 7 shows when.");
    case RC_LOCKOUT_LOCKED:
      return _("The radio is locked and takes no more codes. Step 7 says who can help.");
    case RC_LOCKOUT_UNLOCKED:
      return _("The radio took a code already. Start over from the WAIT step for another radio.");
    case RC_LOCKOUT_READY:
    default:
      return NULL;
    }
}

static void
update_actions (RcGuideEnter *self)
{
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));
  RcLockoutState state = rc_lockout_get_state (self->lockout);
  gboolean ready = rc_code_is_valid (code, NULL) && state == RC_LOCKOUT_READY;
  const char *reason = blocked_reason (state);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "enter.accepted", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "enter.rejected", ready);
  gtk_label_set_label (self->blocked_label, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->blocked_label), reason != NULL);
}

/* “2 December 2026 at 14:05”: when a code was refused. */
static char *
describe_when (gint64 wall_us)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (wall_us / G_USEC_PER_SEC);

  return rc_text_format_date_time (when, rc_text_get_clock ());
}

/* Warns, before the owner reports anything, that this radio already refused @code. */
static void
update_refused (RcGuideEnter *self,
                const char   *code)
{
  g_autofree char *digits = rc_code_normalize (code);
  gint64 when = rc_lockout_get_refused_at (self->lockout, digits);
  g_autofree char *text = NULL;

  if (when > 0)
    {
      g_autofree char *at = describe_when (when);

      /* Translators: a code, then when the radio refused it */
      text = g_strdup_printf (_("This radio refused %s on %s. Check the card and the serial "
                                "before you spend another try on it."), digits, g_strstrip (at));
    }
  gtk_label_set_label (self->refused_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->refused_label), text != NULL);
}

static void
clear_plan (RcGuideEnter *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->plan_box))) != NULL)
    gtk_box_remove (self->plan_box, child);
}

/* A code that reads as another upside down (a card held the wrong way) says so, and says
 * when the radio refused the other one. */
static void
show_upside_down (RcGuideEnter *self,
                  const char   *code)
{
  g_autofree char *turned = rc_code_upside_down (code);
  g_autofree char *warning = NULL;
  g_autofree char *turned_digits = NULL;
  gint64 when;

  if (turned == NULL)
    return;

  turned_digits = rc_code_normalize (turned);
  when = rc_lockout_get_refused_at (self->lockout, turned_digits);
  if (when > 0)
    {
      g_autofree char *at = describe_when (when);

      /* Translators: the code, the code read upside down, then when the radio refused that */
      warning = g_strdup_printf (_("Read upside down, %s is %s, and this radio refused %s "
                                   "on %s. Check which way up the card is before you try."),
                                 code, turned, turned_digits, g_strstrip (at));
    }
  else
    /* Translators: the arguments are the code and the same code read upside down */
    warning = g_strdup_printf (_("Read upside down, %s is %s. Check which way up the card is "
                                 "before you try."), code, turned);
  gtk_label_set_label (self->upside_label, warning);
  gtk_widget_set_visible (GTK_WIDGET (self->upside_label), TRUE);
}

/* What a screen reader hears with the code field: what is wrong with the code, and the
 * warnings shown under it (a code this radio refused, one that reads as another upside
 * down). A code that cannot be one is an invalid entry. */
static void
describe_code (RcGuideEnter *self,
               gboolean      valid)
{
  GtkAccessible *field = GTK_ACCESSIBLE (rc_entry_row_get_entry (self->code_entry));
  GtkLabel *labels[] = { valid ? NULL : self->code_status, self->refused_label,
                         self->upside_label };
  gboolean empty = gtk_editable_get_text (GTK_EDITABLE (self->code_entry))[0] == '\0';
  g_autofree char *description = g_strdup ("");

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (labels[i] != NULL && gtk_widget_get_visible (GTK_WIDGET (labels[i])))
      {
        char *joined = rc_text_join_sentences (description, gtk_label_get_label (labels[i]));

        g_free (description);
        description = joined;
      }

  if (description[0] != '\0')
    gtk_accessible_update_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (field, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_update_state (field, GTK_ACCESSIBLE_STATE_INVALID,
                               valid || empty ? GTK_ACCESSIBLE_INVALID_FALSE
                                              : GTK_ACCESSIBLE_INVALID_TRUE, -1);
}

static void
update_plan (RcGuideEnter *self)
{
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));
  g_autoptr(GError) error = NULL;

  clear_plan (self);
  gtk_widget_set_visible (GTK_WIDGET (self->upside_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->refused_label), FALSE);
  gtk_label_set_label (self->confirm_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->entry_badge), FALSE);

  if (code[0] == '\0')
    {
      gtk_label_set_label (self->code_status, _("Type the code from the card or the dealer."));
      describe_code (self, FALSE);
      update_actions (self);
      return;
    }
  if (!rc_code_is_valid (code, &error))
    {
      gtk_label_set_label (self->code_status, error->message);
      describe_code (self, FALSE);
      update_actions (self);
      return;
    }

  if (self->series == NULL)
    {
      gtk_label_set_label (self->code_status,
                           _("Pick your radio in step 2 to see how its buttons count."));
    }
  else if (!rc_series_has_entry (self->series))
    {
      /* Better no plan than an invented one. */
      gtk_label_set_label (self->code_status,
                           _("No source says how this radio takes its code. Follow its own "
                             "manual, or ask a dealer, before you spend a try."));
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
      gtk_widget_set_visible (GTK_WIDGET (self->confirm_label), TRUE);
      rc_confidence_badge_set (self->entry_badge, rc_series_get_entry_confidence (self->series),
                               rc_series_get_entry_sources (self->series));
      gtk_widget_set_visible (GTK_WIDGET (self->entry_badge), TRUE);
    }

  update_refused (self, code);
  show_upside_down (self, code);
  describe_code (self, TRUE);

  update_actions (self);
}

/* A report's result reaches a screen reader once, through the two report buttons.
 * %NULL: no result shown. */
static void
tell_outcome (RcGuideEnter *self,
              const char   *outcome)
{
  GtkWidget *buttons[] = { self->accepted_button, self->rejected_button };

  rc_accessible_tell (GTK_WIDGET (self), buttons, G_N_ELEMENTS (buttons), outcome);
}

/* A WAIT or the end makes what the last report said (the tries left) untrue: it goes, from
 * the page and from what a screen reader is told. */
static void
state_changed_cb (RcGuideEnter *self)
{
  RcLockoutState state = rc_lockout_get_state (self->lockout);

  if (state == RC_LOCKOUT_WAITING || state == RC_LOCKOUT_LOCKED)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->outcome_label), FALSE);
      tell_outcome (self, NULL);
    }
  update_actions (self);
}

static void
code_changed_cb (RcGuideEnter *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_label), FALSE);
  tell_outcome (self, NULL);
  update_plan (self);
}

static const char *
keyring_serial (RcGuideEnter *self)
{
  return self->serial != NULL ? self->serial : RC_CODE_STORE_UNKNOWN_SERIAL;
}

/* Keeps the code shown, under this radio's serial; a code kept before the
 * serial was known, or corrected, moves with it. */
static void
keep_code (RcGuideEnter *self)
{
  const char *serial = keyring_serial (self);
  g_autofree char *digits = rc_code_normalize (gtk_editable_get_text (GTK_EDITABLE (self->code_entry)));

  if (self->kept_serial != NULL && !g_str_equal (self->kept_serial, serial))
    rc_code_store_forget_async (self->code_store, self->kept_serial, NULL, NULL, NULL);
  rc_code_store_keep_async (self->code_store, serial, digits, NULL, NULL, NULL);
  g_free (self->kept_serial);
  self->kept_serial = g_strdup (serial);
}

/* Forgets the code kept for this radio, and the one this page kept, if another. */
static void
forget_code (RcGuideEnter *self)
{
  const char *serial = keyring_serial (self);

  if (self->kept_serial != NULL && !g_str_equal (self->kept_serial, serial))
    rc_code_store_forget_async (self->code_store, self->kept_serial, NULL, NULL, NULL);
  rc_code_store_forget_async (self->code_store, serial, NULL, NULL, NULL);
  g_clear_pointer (&self->kept_serial, g_free);
}

/* The owner acts: a kept code that arrives now would undo what they did. */
static void
stop_lookup (RcGuideEnter *self)
{
  g_cancellable_cancel (self->lookup);
  g_clear_object (&self->lookup);
}

static void
lookup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  RcGuideEnter *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = rc_code_store_lookup_finish (RC_CODE_STORE (source), result, &error);

  /* Cancelled when the page went away, too: only then is @user_data unsafe. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = RC_GUIDE_ENTER (user_data);
  g_clear_object (&self->lookup);
  if (error != NULL)
    g_debug ("No kept code: %s", error->message);

  /* What the owner typed meanwhile wins over what was kept. */
  if (code == NULL || gtk_editable_get_text (GTK_EDITABLE (self->code_entry))[0] != '\0')
    return;
  self->restoring = TRUE;
  g_free (self->kept_serial);
  self->kept_serial = g_strdup (keyring_serial (self));
  gtk_switch_set_active (self->keep_switch, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), code);
  self->restoring = FALSE;
}

static void
look_up_code (RcGuideEnter *self)
{
  stop_lookup (self);
  self->lookup = g_cancellable_new ();
  rc_code_store_lookup_async (self->code_store, self->serial, self->lookup, lookup_done_cb, self);
}

static void
session_only_cb (RcGuideEnter *self)
{
  adw_action_row_set_subtitle (self->keep_row,
                               rc_code_store_get_session_only (self->code_store)
                               ? _("No keyring is available: the code is kept until the app "
                                   "closes")
                               : _("Off: it is forgotten when the app closes"));
}

/* While "Keep" is on, the keyring holds the code shown: none while the field holds none. */
static void
code_edited_cb (RcGuideEnter *self)
{
  if (self->restoring || !gtk_switch_get_active (self->keep_switch))
    return;

  stop_lookup (self);
  if (rc_code_is_valid (gtk_editable_get_text (GTK_EDITABLE (self->code_entry)), NULL))
    keep_code (self);
  else if (self->kept_serial != NULL)
    forget_code (self);
}

static void
keep_toggled_cb (RcGuideEnter *self)
{
  if (self->restoring)
    return;

  /* Only on request is the code kept; switching off forgets it at once. */
  stop_lookup (self);
  if (!gtk_switch_get_active (self->keep_switch))
    forget_code (self);
  else if (rc_code_is_valid (gtk_editable_get_text (GTK_EDITABLE (self->code_entry)), NULL))
    keep_code (self);
}

/* Once laid out, scrolls the page so that the result of a report is in view, whatever the
 * window's height. */
static gboolean
show_outcome_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  RcGuideEnter *self = RC_GUIDE_ENTER (widget);
  /* The template's own child, which AdwBin owns: not bound, so that it is disposed once. */
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));
  /* Measured against what the viewport scrolls, not the viewport itself. */
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (scroller)));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  double x, y;

  /* Shown only just now: wait for the frame that lays it out. */
  if (gtk_widget_get_height (GTK_WIDGET (self->outcome_label)) == 0)
    return G_SOURCE_CONTINUE;
  if (gtk_widget_translate_coordinates (GTK_WIDGET (self->outcome_label), content, 0, 0, &x, &y))
    gtk_adjustment_clamp_page (adjustment, y - 12,
                               y + gtk_widget_get_height (GTK_WIDGET (self->outcome_label)) + 12);
  return G_SOURCE_REMOVE;
}

static void
again_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RcGuideEnter     *self)
{
  if (g_str_equal (response, "report"))
    gtk_widget_activate_action (GTK_WIDGET (self), "enter.rejected-again", NULL);
}

/* The same code refused twice is likely a mistake in the card or the serial: ask first. */
static void
confirm_again (RcGuideEnter *self,
               const char   *digits)
{
  g_autofree char *at = describe_when (rc_lockout_get_refused_at (self->lockout, digits));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: the argument is a code, e.g. “Report 1609 Refused Again?” */
  heading = g_strdup_printf (_("Report %s Refused Again?"), digits);
  /* Translators: the arguments are a code and when the radio first refused it */
  body = g_strdup_printf (_("This radio already refused %s on %s. If you really entered it "
                            "again, report it, so that the tries left stay right; another "
                            "try with the same code is unlikely to work."),
                          digits, g_strstrip (at));
  dialog = rc_message_dialog_new (GTK_WIDGET (self), heading, body, "report", _("_Report It"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (again_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
outcome_activated_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RcGuideEnter *self = RC_GUIDE_ENTER (widget);
  gboolean accepted = g_str_equal (action_name, "enter.accepted");
  g_autofree char *digits = rc_code_normalize (gtk_editable_get_text (GTK_EDITABLE (self->code_entry)));
  RcLockoutState state;
  g_autofree char *outcome = NULL;

  if (!rc_code_is_valid (digits, NULL))
    return;
  if (g_str_equal (action_name, "enter.rejected") &&
      rc_lockout_get_refused_at (self->lockout, digits) > 0)
    {
      confirm_again (self, digits);
      return;
    }
  if (!rc_lockout_record_code (self->lockout, digits, accepted))
    return;

  state = rc_lockout_get_state (self->lockout);
  if (accepted)
    outcome = g_strdup (_("The radio took the code. Keep the card with the car's papers for "
                          "next time."));
  else if (state == RC_LOCKOUT_WAITING || state == RC_LOCKOUT_LOCKED)
    {
      /* The radio locked: the WAIT step takes over. */
      g_signal_emit (self, signals[LOCKED], 0);
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
  tell_outcome (self, outcome);
  update_refused (self, digits);
  update_actions (self);
  gtk_widget_add_tick_callback (widget, show_outcome_cb, NULL, NULL);
}

static void
rc_guide_enter_dispose (GObject *object)
{
  RcGuideEnter *self = RC_GUIDE_ENTER (object);

  if (self->lockout != NULL)
    g_signal_handlers_disconnect_by_data (self->lockout, self);
  if (self->code_store != NULL)
    g_signal_handlers_disconnect_by_data (self->code_store, self);
  stop_lookup (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_GUIDE_ENTER);
  g_clear_object (&self->lockout);
  g_clear_object (&self->code_store);
  g_clear_object (&self->series);

  G_OBJECT_CLASS (rc_guide_enter_parent_class)->dispose (object);
}

static void
rc_guide_enter_finalize (GObject *object)
{
  RcGuideEnter *self = RC_GUIDE_ENTER (object);

  g_free (self->serial);
  g_free (self->kept_serial);

  G_OBJECT_CLASS (rc_guide_enter_parent_class)->finalize (object);
}

static void
rc_guide_enter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RcGuideEnter *self = RC_GUIDE_ENTER (object);

  switch (prop_id)
    {
    case PROP_LOCKOUT:
      g_value_set_object (value, self->lockout);
      break;
    case PROP_CODE_STORE:
      g_value_set_object (value, self->code_store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_guide_enter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RcGuideEnter *self = RC_GUIDE_ENTER (object);

  switch (prop_id)
    {
    case PROP_LOCKOUT:
      self->lockout = g_value_dup_object (value);
      break;
    case PROP_CODE_STORE:
      self->code_store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_guide_enter_constructed (GObject *object)
{
  RcGuideEnter *self = RC_GUIDE_ENTER (object);

  G_OBJECT_CLASS (rc_guide_enter_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_LOCKOUT (self->lockout));
  g_return_if_fail (RC_IS_CODE_STORE (self->code_store));
  g_signal_connect_object (self->lockout, "notify::state", G_CALLBACK (state_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lockout, "reset", G_CALLBACK (code_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->code_store, "notify::session-only", G_CALLBACK (session_only_cb),
                           self, G_CONNECT_SWAPPED);

  session_only_cb (self);
  update_plan (self);
  look_up_code (self);
}

static void
rc_guide_enter_class_init (RcGuideEnterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_guide_enter_dispose;
  object_class->finalize = rc_guide_enter_finalize;
  object_class->constructed = rc_guide_enter_constructed;
  object_class->get_property = rc_guide_enter_get_property;
  object_class->set_property = rc_guide_enter_set_property;

  properties[PROP_LOCKOUT] =
    g_param_spec_object ("lockout", NULL, NULL, RC_TYPE_LOCKOUT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE_STORE] =
    g_param_spec_object ("code-store", NULL, NULL, RC_TYPE_CODE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcGuideEnter::locked:
   *
   * A refused code made the radio wait, or lock for good.
   */
  signals[LOCKED] =
    g_signal_new ("locked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (RC_TYPE_CONFIDENCE_BADGE);
  g_type_ensure (RC_TYPE_ENTRY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-guide-enter.ui");
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, code_entry);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, keep_row);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, keep_switch);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, code_status);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, upside_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, refused_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, blocked_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, plan_box);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, confirm_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, entry_badge);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, accepted_button);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, rejected_button);
  gtk_widget_class_bind_template_callback (widget_class, code_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, code_edited_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_toggled_cb);
  gtk_widget_class_install_action (widget_class, "enter.accepted", NULL, outcome_activated_cb);
  gtk_widget_class_install_action (widget_class, "enter.rejected", NULL, outcome_activated_cb);
  gtk_widget_class_install_action (widget_class, "enter.rejected-again", NULL,
                                   outcome_activated_cb);
}

static void
rc_guide_enter_init (RcGuideEnter *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_accessible_name_list_of (GTK_WIDGET (self->code_entry),
                              /* Translators: what a screen reader calls the list that holds
                               * the code field and "Keep the Code on This Computer" */
                              _("The code"));
}

/**
 * rc_guide_enter_new:
 * @code_store: where the code goes when the owner asks to keep it
 *
 * The code kept for a radio whose serial is not known yet comes back at
 * once; rc_guide_enter_set_serial() brings back the one kept for the radio.
 */
GtkWidget *
rc_guide_enter_new (RcLockout   *lockout,
                    RcCodeStore *code_store)
{
  g_return_val_if_fail (RC_IS_LOCKOUT (lockout), NULL);
  g_return_val_if_fail (RC_IS_CODE_STORE (code_store), NULL);

  return g_object_new (RC_TYPE_GUIDE_ENTER, "lockout", lockout, "code-store", code_store, NULL);
}

void
rc_guide_enter_set_series (RcGuideEnter *self,
                           RcSeries     *series)
{
  g_return_if_fail (RC_IS_GUIDE_ENTER (self));

  if (g_set_object (&self->series, series))
    update_plan (self);
}

/**
 * rc_guide_enter_set_serial:
 * @serial: (nullable): the radio's serial, normalised, or %NULL while not known
 *
 * A code kept for another serial moves to this one; otherwise the code
 * kept for this radio, if any, is shown.
 */
void
rc_guide_enter_set_serial (RcGuideEnter *self,
                           const char   *serial)
{
  g_return_if_fail (RC_IS_GUIDE_ENTER (self));

  if (serial != NULL && serial[0] == '\0')
    serial = NULL;
  if (g_strcmp0 (self->serial, serial) == 0)
    return;
  g_free (self->serial);
  self->serial = g_strdup (serial);

  if (self->kept_serial != NULL)
    keep_code (self);
  else
    look_up_code (self);
}

/* Puts @code in the code field, as if typed: a code computed in step 5. */
void
rc_guide_enter_set_code (RcGuideEnter *self,
                         const char   *code)
{
  g_return_if_fail (RC_IS_GUIDE_ENTER (self));
  g_return_if_fail (code != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), code);
}

const char *
rc_guide_enter_get_code (RcGuideEnter *self)
{
  g_return_val_if_fail (RC_IS_GUIDE_ENTER (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->code_entry));
}
