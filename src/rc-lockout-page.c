/* rc-lockout-page.c — the WAIT timer and the attempt tracker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page only shows the lockout and forwards the user's answers; the
 * application's RcLockoutTimer runs the clock, so the countdown runs with no
 * window open. While the page is on screen (mapped, in a window that is not
 * minimised) it holds the lockout's seconds, and the timer wakes each second;
 * otherwise nothing wakes until the end.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-accessible.h"
#include "rc-confidence-badge.h"
#include "rc-lockout-page.h"
#include "rc-message-dialog.h"
#include "rc-text.h"
#include "rc-widget-util.h"

struct _RcLockoutPage
{
  GtkWidget       parent_instance;

  /* template */
  GtkWidget      *scroller;
  GtkLabel       *title_label;
  GtkLabel       *countdown_label;
  guint           spoken_minutes;  /* of the countdown, as last given to screen readers */
  char           *spoken;
  GtkProgressBar *progress;
  GtkLabel       *detail_label;
  GtkLabel       *warning_label;
  GtkWidget      *try_box;
  GtkWidget      *accepted_button;
  GtkWidget      *rejected_button;
  AdwActionRow   *condition_row;
  AdwActionRow   *begin_row;
  AdwActionRow   *restart_row;
  AdwComboRow    *rule_row;
  gulong          rule_selected_id;
  AdwActionRow   *rule_detail_row;
  RcConfidenceBadge *confidence_badge;

  /* owned */
  RcLockout      *lockout;

  /* what the page says of the lockout's state; the template binds its children to these */
  char           *heading;
  char           *detail;
  char           *warning;         /* "" when there is nothing to warn of */
  gboolean        counting;        /* a pause or a WAIT is being counted down */
  gboolean        ready;           /* the radio takes a code */
  gboolean        can_restart;     /* a WAIT that a power cut starts again */
  gboolean        holding;         /* the lockout's seconds, while on screen */

  /* borrowed, while mapped */
  GdkToplevel    *toplevel;
  gulong          toplevel_state_id;
};

G_DEFINE_FINAL_TYPE (RcLockoutPage, rc_lockout_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LOCKOUT,
  PROP_HEADING,
  PROP_DETAIL,
  PROP_WARNING,
  PROP_HAS_WARNING,
  PROP_COUNTING,
  PROP_READY,
  PROP_CAN_RESTART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_rule (RcLockoutPage *self)
{
  RcLockoutRule *rule = rc_lockout_get_rule (self->lockout);
  GListModel *rules = rc_catalog_get_lockouts (rc_lockout_get_catalog (self->lockout));
  g_autofree char *summary = rc_lockout_rule_describe (rule);
  g_autofree char *detail = NULL;

  /* Showing the lockout's rule is not the user picking one. */
  g_signal_handler_block (self->rule_row, self->rule_selected_id);
  if (adw_combo_row_get_model (self->rule_row) != rules)
    adw_combo_row_set_model (self->rule_row, rules);
  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(RcLockoutRule) item = g_list_model_get_item (rules, i);

      if (item == rule && adw_combo_row_get_selected (self->rule_row) != i)
        adw_combo_row_set_selected (self->rule_row, i);
    }
  g_signal_handler_unblock (self->rule_row, self->rule_selected_id);

  if (rc_lockout_rule_get_note (rule) != NULL)
    detail = g_strdup_printf ("%s\n%s", summary, rc_lockout_rule_get_note (rule));
  adw_action_row_set_subtitle (self->rule_detail_row, detail != NULL ? detail : summary);
  rc_confidence_badge_set (self->confidence_badge, rc_lockout_rule_get_confidence (rule),
                           rc_lockout_rule_get_sources (rule));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->condition_row),
                                 rc_power_describe (rc_lockout_rule_get_power (rule)));
  adw_action_row_set_subtitle (self->condition_row, rc_lockout_rule_get_condition (rule));
}

static void
update_countdown (RcLockoutPage *self)
{
  guint remaining = rc_lockout_get_remaining (self->lockout);
  g_autofree char *digits = rc_text_format_countdown (remaining);
  /* Whole minutes, rounded up: what a screen reader says changes once a minute, not every
   * second, and “1 minute” until the very end. */
  guint minutes = (MAX (remaining, 1) + 59) / 60;

  gtk_label_set_label (self->countdown_label, digits);
  gtk_progress_bar_set_fraction (self->progress, rc_lockout_get_fraction (self->lockout));

  if (minutes != self->spoken_minutes)
    {
      g_autofree char *words = rc_duration_describe (minutes * 60);

      self->spoken_minutes = minutes;
      g_free (self->spoken);
      /* Translators: how long is left, in words, e.g. “59 minutes left” */
      self->spoken = g_strdup_printf (_("%s left"), words);
      /* On the heading (“WAIT”), whose text does not change each second as the digits do. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->spoken, -1);
    }
}

/* What a screen reader says of the countdown: it changes at most once a minute. */
const char *
rc_lockout_page_get_spoken_remaining (RcLockoutPage *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_PAGE (self), NULL);

  return self->spoken;
}

static char *
end_time (RcLockoutPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) end = g_date_time_add_seconds (now, rc_lockout_get_remaining (self->lockout));

  return rc_text_format_time (end, rc_text_get_clock ());
}

/* What the page says of @state: a title, a line on what to do, and a warning or NULL. */
static void
describe_state (RcLockoutPage   *self,
                RcLockoutState   state,
                char           **title_out,
                char           **detail_out,
                char           **warning_out)
{
  RcLockoutRule *rule = rc_lockout_get_rule (self->lockout);
  guint left = rc_lockout_get_attempts_left (self->lockout);
  guint round = rc_lockout_get_round_size (self->lockout);
  int for_good = rc_lockout_get_failures_left (self->lockout);
  char *title = NULL, *detail = NULL, *warning = NULL;

  switch (state)
    {
    case RC_LOCKOUT_READY:
      title = g_strdup (rc_lockout_get_failures (self->lockout) == 0 ?
                        _("Ready for the Code") : _("The Radio Takes a Code Again"));
      detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of %u try left before the radio makes you wait. "
                                             "After each try, say what the radio did.",
                                             "%u of %u tries left before the radio makes you wait. "
                                             "After each try, say what the radio did.",
                                             left),
                                left, round);
      if (for_good >= 0 && (guint) for_good <= round)
        warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "The next wrong code locks this radio for good. "
                                                "Only enter a code you are sure of.",
                                                "Only %d wrong codes are left before this radio "
                                                "locks for good. Only enter a code you are sure of.",
                                                for_good),
                                   for_good);
      else if (left == 1)
        warning = g_strdup (_("This is the last try before a wait. Check the code on the "
                              "card once more before you enter it."));
      break;

    case RC_LOCKOUT_PAUSED:
      title = g_strdup (_("Short Pause"));
      detail = g_strdup (_("After a wrong code this radio ignores its buttons for a moment."));
      break;

    case RC_LOCKOUT_WAITING:
      {
        g_autofree char *at = end_time (self);

        title = g_strdup (_("WAIT"));
        /* Translators: the argument is a time of day, e.g. “16:05” */
        detail = g_strdup_printf (_("Try the code again at %s. Radio Code will tell you, "
                                    "even if you close the window."), at);
        if (rc_lockout_get_clock_jump (self->lockout) != RC_CLOCK_STEADY)
          warning = g_strdup (_("The computer's clock was changed during the wait. The timer "
                                "follows the time that really passed."));
        break;
      }

    case RC_LOCKOUT_LOCKED:
      title = g_strdup (_("Locked for Good"));
      if (rc_lockout_rule_get_locked (rule) != NULL)
        detail = g_strdup (rc_lockout_rule_get_locked (rule));
      else
        detail = g_strdup (_("The radio has taken as many wrong codes as its rule allows. "
                             "No code typed on it will help now: ask a dealer, or a specialist "
                             "who reads the code from the radio's memory."));
      break;

    case RC_LOCKOUT_UNLOCKED:
    default:
      title = g_strdup (_("Unlocked"));
      detail = g_strdup (_("The radio took the code. Keep the code card with the car's "
                           "papers for the next battery change."));
      break;
    }

  *title_out = title;
  *detail_out = detail;
  *warning_out = warning;
}

/* What a report did reaches a screen reader once, through the two report buttons, while the
 * radio still takes codes: what the page now says (the tries left). %NULL: nothing to tell. */
static void
tell_report (RcLockoutPage *self,
             const char    *told)
{
  GtkWidget *buttons[] = { self->accepted_button, self->rejected_button };

  rc_accessible_tell (GTK_WIDGET (self), buttons, G_N_ELEMENTS (buttons), told);
}

static void
update (RcLockoutPage *self)
{
  RcLockoutState state = rc_lockout_get_state (self->lockout);
  RcLockoutRule *rule = rc_lockout_get_rule (self->lockout);
  gboolean counting = state == RC_LOCKOUT_WAITING || state == RC_LOCKOUT_PAUSED;
  g_autofree char *title = NULL, *detail = NULL, *warning = NULL;
  GObject *object = G_OBJECT (self);

  describe_state (self, state, &title, &detail, &warning);

  g_object_freeze_notify (object);
  rc_widget_update_text (object, properties[PROP_HEADING], &self->heading, title);
  rc_widget_update_text (object, properties[PROP_DETAIL], &self->detail, detail);
  if (rc_widget_update_text (object, properties[PROP_WARNING], &self->warning,
                             warning != NULL ? warning : ""))
    g_object_notify_by_pspec (object, properties[PROP_HAS_WARNING]);
  rc_widget_update_flag (object, properties[PROP_COUNTING], &self->counting, counting);
  rc_widget_update_flag (object, properties[PROP_READY], &self->ready, state == RC_LOCKOUT_READY);
  rc_widget_update_flag (object, properties[PROP_CAN_RESTART], &self->can_restart,
                         state == RC_LOCKOUT_WAITING &&
                         rc_lockout_rule_get_power_cut (rule) == RC_POWER_CUT_RESTARTS);
  g_object_thaw_notify (object);
  if (counting)
    update_countdown (self);
  else if (self->spoken != NULL)
    {
      /* Over: nothing is left to say of it. */
      self->spoken_minutes = 0;
      g_clear_pointer (&self->spoken, g_free);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->title_label),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  /* Back after a wait or a start over, the buttons have nothing new to tell. */
  if (state != RC_LOCKOUT_READY)
    tell_report (self, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lockout.accepted",
                                 state == RC_LOCKOUT_READY);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lockout.rejected",
                                 state == RC_LOCKOUT_READY);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lockout.begin-wait",
                                 state == RC_LOCKOUT_READY);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lockout.reset",
                                 rc_lockout_get_failures (self->lockout) > 0 ||
                                 state != RC_LOCKOUT_READY);
}

static void
rule_selected_cb (RcLockoutPage *self)
{
  RcLockoutRule *rule = adw_combo_row_get_selected_item (self->rule_row);

  if (self->lockout != NULL && rule != NULL)
    rc_lockout_set_rule (self->lockout, rule);
}

static void
record_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RcLockoutPage *self = RC_LOCKOUT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = GTK_IS_WINDOW (root) ? gtk_window_get_focus (GTK_WINDOW (root)) : NULL;
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, self->try_box);

  if (!rc_lockout_record (self->lockout, g_str_equal (action_name, "lockout.accepted")))
    return;
  if (self->ready)
    tell_report (self, self->detail);
  else if (had_focus)
    /* The buttons went with the state that showed them (a pause, the WAIT, the end): the
     * focus goes to the page's first control, not to nothing. */
    gtk_widget_child_focus (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->scroller)),
                            GTK_DIR_TAB_FORWARD);
}

static void
begin_wait_activated_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  rc_lockout_begin_wait (RC_LOCKOUT_PAGE (widget)->lockout);
}

static void
restart_wait_activated_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  rc_lockout_restart_wait (RC_LOCKOUT_PAGE (widget)->lockout);
}

static void
reset_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RcLockoutPage    *self)
{
  if (g_str_equal (response, "reset") && self->lockout != NULL)
    rc_lockout_reset (self->lockout);
}

static void
reset_activated_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RcLockoutPage *self = RC_LOCKOUT_PAGE (widget);
  GtkWidget *dialog;

  /* Forgetting a running WAIT or the count of wrong codes is not undone lightly. */
  dialog = rc_message_dialog_new (widget, _("Start Over?"),
                                  _("Every try and any running wait are forgotten. Do this "
                                    "for another radio, or once this one plays again."),
                                  "reset", _("_Start Over"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (reset_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_holding (RcLockoutPage *self,
             gboolean       holding)
{
  if (self->holding == holding)
    return;
  self->holding = holding;
  if (self->lockout == NULL)
    return;
  if (holding)
    rc_lockout_hold_seconds (self->lockout);
  else
    rc_lockout_release_seconds (self->lockout);
}

/* On screen: mapped (so in the section shown) in a window that is not minimised. */
static void
update_shown (RcLockoutPage *self)
{
  GdkToplevelState hidden = GDK_TOPLEVEL_STATE_MINIMIZED;

#if GTK_CHECK_VERSION (4, 12, 0)
  hidden |= GDK_TOPLEVEL_STATE_SUSPENDED;
#endif
  set_holding (self, gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                     (self->toplevel == NULL ||
                      (gdk_toplevel_get_state (self->toplevel) & hidden) == 0));
}

static void
rc_lockout_page_map (GtkWidget *widget)
{
  RcLockoutPage *self = RC_LOCKOUT_PAGE (widget);
  GdkSurface *surface;

  GTK_WIDGET_CLASS (rc_lockout_page_parent_class)->map (widget);

  surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  if (GDK_IS_TOPLEVEL (surface))
    {
      self->toplevel = GDK_TOPLEVEL (surface);
      self->toplevel_state_id = g_signal_connect_swapped (surface, "notify::state",
                                                          G_CALLBACK (update_shown), self);
    }
  update_shown (self);
}

static void
rc_lockout_page_unmap (GtkWidget *widget)
{
  RcLockoutPage *self = RC_LOCKOUT_PAGE (widget);

  if (self->toplevel != NULL)
    {
      g_clear_signal_handler (&self->toplevel_state_id, self->toplevel);
      self->toplevel = NULL;
    }
  GTK_WIDGET_CLASS (rc_lockout_page_parent_class)->unmap (widget);
  update_shown (self);
}

static void
rc_lockout_page_dispose (GObject *object)
{
  RcLockoutPage *self = RC_LOCKOUT_PAGE (object);

  set_holding (self, FALSE);
  if (self->lockout != NULL)
    g_signal_handlers_disconnect_by_data (self->lockout, self);
  g_clear_object (&self->lockout);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_LOCKOUT_PAGE);

  g_clear_pointer (&self->spoken, g_free);
  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->warning, g_free);

  G_OBJECT_CLASS (rc_lockout_page_parent_class)->dispose (object);
}

static void
rc_lockout_page_finalize (GObject *object)
{
  RcLockoutPage *self = RC_LOCKOUT_PAGE (object);

  g_free (self->heading);
  g_free (self->detail);
  g_free (self->warning);

  G_OBJECT_CLASS (rc_lockout_page_parent_class)->finalize (object);
}

static void
rc_lockout_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RcLockoutPage *self = RC_LOCKOUT_PAGE (object);

  switch (prop_id)
    {
    case PROP_LOCKOUT:
      g_value_set_object (value, self->lockout);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case PROP_WARNING:
      g_value_set_string (value, self->warning);
      break;
    case PROP_HAS_WARNING:
      g_value_set_boolean (value, self->warning != NULL && self->warning[0] != '\0');
      break;
    case PROP_COUNTING:
      g_value_set_boolean (value, self->counting);
      break;
    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;
    case PROP_CAN_RESTART:
      g_value_set_boolean (value, self->can_restart);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_lockout_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RcLockoutPage *self = RC_LOCKOUT_PAGE (object);

  switch (prop_id)
    {
    case PROP_LOCKOUT:
      self->lockout = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_lockout_page_constructed (GObject *object)
{
  RcLockoutPage *self = RC_LOCKOUT_PAGE (object);

  G_OBJECT_CLASS (rc_lockout_page_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_LOCKOUT (self->lockout));

  g_signal_connect_swapped (self->lockout, "notify::state", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->lockout, "notify::attempts-left", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->lockout, "notify::clock-jump", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->lockout, "notify::remaining", G_CALLBACK (update_countdown),
                            self);
  g_signal_connect_swapped (self->lockout, "notify::rule", G_CALLBACK (update_rule), self);
  g_signal_connect_swapped (self->lockout, "notify::rule", G_CALLBACK (update), self);
  update_rule (self);
  update (self);
}

static void
rc_lockout_page_class_init (RcLockoutPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_lockout_page_dispose;
  object_class->finalize = rc_lockout_page_finalize;
  object_class->constructed = rc_lockout_page_constructed;
  object_class->get_property = rc_lockout_page_get_property;
  object_class->set_property = rc_lockout_page_set_property;
  widget_class->map = rc_lockout_page_map;
  widget_class->unmap = rc_lockout_page_unmap;

  properties[PROP_LOCKOUT] =
    g_param_spec_object ("lockout", NULL, NULL, RC_TYPE_LOCKOUT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* What the page says of the state, for the template's bindings. */
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WARNING] =
    g_param_spec_string ("warning", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_WARNING] =
    g_param_spec_boolean ("has-warning", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTING] =
    g_param_spec_boolean ("counting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_RESTART] =
    g_param_spec_boolean ("can-restart", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_LOCKOUT_RULE);
  g_type_ensure (RC_TYPE_CONFIDENCE_BADGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-lockout-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, progress);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, warning_label);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, try_box);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, accepted_button);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, rejected_button);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, condition_row);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, begin_row);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, restart_row);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, rule_row);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, rule_detail_row);
  gtk_widget_class_bind_template_child (widget_class, RcLockoutPage, confidence_badge);

  gtk_widget_class_install_action (widget_class, "lockout.accepted", NULL, record_activated_cb);
  gtk_widget_class_install_action (widget_class, "lockout.rejected", NULL, record_activated_cb);
  gtk_widget_class_install_action (widget_class, "lockout.begin-wait", NULL,
                                   begin_wait_activated_cb);
  gtk_widget_class_install_action (widget_class, "lockout.restart-wait", NULL,
                                   restart_wait_activated_cb);
  gtk_widget_class_install_action (widget_class, "lockout.reset", NULL, reset_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-lockout-page");
}

static void
rc_lockout_page_init (RcLockoutPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rule_selected_id = g_signal_connect_swapped (self->rule_row, "notify::selected-item",
                                                     G_CALLBACK (rule_selected_cb), self);
}

GtkWidget *
rc_lockout_page_new (RcLockout *lockout)
{
  return g_object_new (RC_TYPE_LOCKOUT_PAGE, "lockout", lockout, NULL);
}

RcLockout *
rc_lockout_page_get_lockout (RcLockoutPage *self)
{
  g_return_val_if_fail (RC_IS_LOCKOUT_PAGE (self), NULL);

  return self->lockout;
}
