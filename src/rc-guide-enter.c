/* rc-guide-enter.c — the guide's step for entering the code on the radio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows, in large type, which preset sets each digit and how many presses
 * it takes on this radio, warns when the code reads differently upside
 * down, and passes what the radio did on to the attempt tracker. The code
 * goes to disk only while "Keep the code" is on.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-code.h"
#include "rc-confidence-badge.h"
#include "rc-guide-enter.h"

struct _RcGuideEnter
{
  AdwBin       parent_instance;

  /* template */
  AdwEntryRow *code_entry;
  GtkSwitch   *keep_switch;
  GtkLabel    *code_status;
  GtkLabel    *upside_label;
  GtkBox      *plan_box;
  GtkLabel    *confirm_label;
  RcConfidenceBadge *entry_badge;
  GtkLabel    *outcome_label;

  /* owned */
  RcLockout   *lockout;
  GSettings   *settings;
  RcSeries    *series;
};

G_DEFINE_FINAL_TYPE (RcGuideEnter, rc_guide_enter, ADW_TYPE_BIN)

enum {
  LOCKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_actions (RcGuideEnter *self)
{
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));
  gboolean ready = rc_code_is_valid (code, NULL) &&
                   rc_lockout_get_state (self->lockout) == RC_LOCKOUT_READY;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "enter.accepted", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "enter.rejected", ready);
}

static void
clear_plan (RcGuideEnter *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->plan_box))) != NULL)
    gtk_box_remove (self->plan_box, child);
}

static void
update_plan (RcGuideEnter *self)
{
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));
  g_autoptr(GError) error = NULL;
  g_autofree char *turned = NULL;

  clear_plan (self);
  gtk_widget_set_visible (GTK_WIDGET (self->upside_label), FALSE);
  gtk_label_set_label (self->confirm_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->entry_badge), FALSE);

  if (code[0] == '\0')
    {
      gtk_label_set_label (self->code_status, _("Type the code from the card or the dealer."));
      update_actions (self);
      return;
    }
  if (!rc_code_is_valid (code, &error))
    {
      gtk_label_set_label (self->code_status, error->message);
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
      rc_confidence_badge_set (self->entry_badge, rc_series_get_entry_confidence (self->series),
                               rc_series_get_entry_sources (self->series));
      gtk_widget_set_visible (GTK_WIDGET (self->entry_badge), TRUE);
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
  update_actions (self);
}

static void
code_changed_cb (RcGuideEnter *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_label), FALSE);
  update_plan (self);
}

static void
keep_toggled_cb (RcGuideEnter *self)
{
  /* Only on request does the code go to disk; switching off forgets it there. */
  if (gtk_switch_get_active (self->keep_switch))
    g_settings_set_string (self->settings, "kept-code",
                           gtk_editable_get_text (GTK_EDITABLE (self->code_entry)));
  else
    g_settings_reset (self->settings, "kept-code");
}

static void
outcome_activated_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RcGuideEnter *self = RC_GUIDE_ENTER (widget);
  gboolean accepted = g_str_equal (action_name, "enter.accepted");
  RcLockoutState state;
  g_autofree char *outcome = NULL;

  if (!rc_lockout_record (self->lockout, accepted))
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
  update_actions (self);
}

static void
rc_guide_enter_dispose (GObject *object)
{
  RcGuideEnter *self = RC_GUIDE_ENTER (object);

  if (self->lockout != NULL)
    g_signal_handlers_disconnect_by_data (self->lockout, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_GUIDE_ENTER);
  g_clear_object (&self->lockout);
  g_clear_object (&self->settings);
  g_clear_object (&self->series);

  G_OBJECT_CLASS (rc_guide_enter_parent_class)->dispose (object);
}

static void
rc_guide_enter_class_init (RcGuideEnterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_guide_enter_dispose;

  /**
   * RcGuideEnter::locked:
   *
   * A refused code made the radio wait, or lock for good.
   */
  signals[LOCKED] =
    g_signal_new ("locked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (RC_TYPE_CONFIDENCE_BADGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-guide-enter.ui");
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, code_entry);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, keep_switch);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, code_status);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, upside_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, plan_box);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, confirm_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, entry_badge);
  gtk_widget_class_bind_template_child (widget_class, RcGuideEnter, outcome_label);
  gtk_widget_class_bind_template_callback (widget_class, code_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_toggled_cb);
  gtk_widget_class_install_action (widget_class, "enter.accepted", NULL, outcome_activated_cb);
  gtk_widget_class_install_action (widget_class, "enter.rejected", NULL, outcome_activated_cb);
}

static void
rc_guide_enter_init (RcGuideEnter *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rc_guide_enter_new (RcLockout *lockout,
                    GSettings *settings)
{
  RcGuideEnter *self;
  g_autofree char *kept = NULL;

  g_return_val_if_fail (RC_IS_LOCKOUT (lockout), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RC_TYPE_GUIDE_ENTER, NULL);
  self->lockout = g_object_ref (lockout);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (lockout, "notify::state", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);

  kept = g_settings_get_string (settings, "kept-code");
  if (kept[0] != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->code_entry), kept);
      gtk_switch_set_active (self->keep_switch, TRUE);
    }
  update_plan (self);
  return GTK_WIDGET (self);
}

void
rc_guide_enter_set_series (RcGuideEnter *self,
                           RcSeries     *series)
{
  g_return_if_fail (RC_IS_GUIDE_ENTER (self));

  if (g_set_object (&self->series, series))
    update_plan (self);
}
