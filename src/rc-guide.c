/* rc-guide.c — from "my radio says CODE" to a working radio, one step at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seven steps: what the display says, which radio, finding the serial,
 * typing it, getting the code, entering it, and the WAIT. The logic of each
 * lives in src/core (display meanings, VIN check, computed codes, press
 * plan); the guide only shows it and remembers where the user is. Every
 * step but the first is built the first time it is shown, so opening the
 * app pays for one.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-accessible.h"
#include "rc-code-result.h"
#include "rc-confidence-badge.h"
#include "rc-find-page.h"
#include "rc-guide-code.h"
#include "rc-guide-enter.h"
#include "rc-guide.h"
#include "rc-lockout-page.h"
#include "rc-serial-entry.h"
#include "rc-series-picker.h"
#include "rc-text.h"

struct _RcGuide
{
  GtkWidget            parent_instance;

  /* template */
  GtkWidget           *header;
  GtkLabel            *count_label;
  GtkLabel            *step_title;
  GtkProgressBar      *progress;
  GtkStack            *steps;
  GtkListBox          *display_list;
  GtkWidget           *meaning_box;
  GtkLabel            *meaning_label;
  GtkLabel            *action_label;
  RcConfidenceBadge   *display_badge;
  GtkBox              *choice_box;
  AdwBin              *radio_bin;        /* step 2, built when first shown */
  AdwBin              *find_bin;
  AdwBin              *serial_bin;       /* step 4, built when first shown */
  AdwBin              *code_bin;
  AdwBin              *enter_bin;
  AdwBin              *wait_bin;
  GtkWidget           *nav;
  GtkLabel            *end_label;

  /* owned */
  RcRadio             *radio;            /* the radio being unlocked: series, serial, car */
  GSettings           *settings;         /* where the guide is: the step, the display */
  RcCodeStore         *code_store;       /* where a code the owner keeps goes */
  AdwBin              *picker_bin;       /* in step 2, once built */
  AdwBin              *entry_bin;        /* in step 4, once built */
  RcDisplay           *display;          /* what the display shows, as the owner picked it */
  gboolean             no_way_on;         /* the owner's answer in step 1 ends the path */
  guint                focus_id;          /* moves the focus to a new step */
  GPtrArray           *display_checks;   /* GtkCheckButton, borrowed (in the rows) */
};

G_DEFINE_FINAL_TYPE (RcGuide, rc_guide, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STEP,
  PROP_RADIO,
  PROP_SETTINGS,
  PROP_CODE_STORE,
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
      else if (rc_display_get_next (self->display) == RC_DISPLAY_NEXT_NONE || self->no_way_on)
        {
          can_next = FALSE;
          end = _("No code fixes this; see what to do above.");
        }
      else if (rc_display_get_next (self->display) != RC_DISPLAY_NEXT_CODE)
        {
          can_next = FALSE;
          end = _("Pick the answer that fits your radio, above.");
        }
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.back", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "guide.next", can_next);
  gtk_label_set_label (self->end_label, end);
  /* An empty label is read as "GtkLabel"; its box keeps Next at the end. */
  gtk_widget_set_visible (GTK_WIDGET (self->end_label), *end != '\0');
}

static void
locked_cb (RcGuide *self)
{
  rc_guide_set_step (self, "wait");
}


/* Passes what is known of the radio to the steps that use it, once built. */
static void
share_radio (RcGuide *self)
{
  GtkWidget *step;

  RcSeries *series = rc_radio_get_series (self->radio);
  RcModel *model = rc_radio_get_model (self->radio);

  if ((step = adw_bin_get_child (self->find_bin)) != NULL)
    rc_find_page_set_filter (RC_FIND_PAGE (step), series, model);
  if ((step = adw_bin_get_child (self->code_bin)) != NULL)
    rc_guide_code_set_radio (RC_GUIDE_CODE (step), series,
                             rc_radio_get_serial_text (self->radio), model);
  if ((step = adw_bin_get_child (self->enter_bin)) != NULL)
    {
      rc_guide_enter_set_series (RC_GUIDE_ENTER (step), series);
      rc_guide_enter_set_serial (RC_GUIDE_ENTER (step), rc_radio_get_serial (self->radio));
    }
}

/* Builds the step page @id of rc-guide-steps.ui into @bin, and returns its bin @bin_id, where
 * the step's widget goes. */
static AdwBin *
build_page (AdwBin     *bin,
            const char *id,
            const char *bin_id)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  const char *ids[] = { id, NULL };

  if (!gtk_builder_add_objects_from_resource (builder, RESOURCE_PATH "/ui/rc-guide-steps.ui",
                                              ids, &error))
    g_error ("%s", error->message);
  adw_bin_set_child (bin, GTK_WIDGET (gtk_builder_get_object (builder, id)));
  return ADW_BIN (gtk_builder_get_object (builder, bin_id));
}

static void
build_step (RcGuide    *self,
            const char *name)
{
  if (g_str_equal (name, "radio") && self->picker_bin == NULL)
    {
      GtkWidget *picker = rc_series_picker_new (rc_radio_get_catalog (self->radio));

      g_object_bind_property (self->radio, "series", picker, "series",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      self->picker_bin = build_page (self->radio_bin, "radio_page", "picker_bin");
      /* Named before the picker joins the page: its lists have names of their own. */
      rc_accessible_name_inner (adw_bin_get_child (self->radio_bin), GTK_TYPE_LIST_BOX,
                                /* Translators: what a screen reader calls the list that
                                 * holds "I Don't Know Which Radio" in the guide's step 2 */
                                _("Look up your car"));
      adw_bin_set_child (self->picker_bin, picker);
    }
  else if (g_str_equal (name, "find") && adw_bin_get_child (self->find_bin) == NULL)
    {
      GtkWidget *find = rc_find_page_new (rc_radio_get_catalog (self->radio));

      rc_find_page_set_filter (RC_FIND_PAGE (find), rc_radio_get_series (self->radio),
                               rc_radio_get_model (self->radio));
      adw_bin_set_child (self->find_bin, find);
    }
  else if (g_str_equal (name, "serial") && self->entry_bin == NULL)
    {
      GtkWidget *entry = rc_serial_entry_new (rc_radio_get_catalog (self->radio));

      g_object_bind_property (self->radio, "series", entry, "series",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      g_object_bind_property (self->radio, "serial-text", entry, "text",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      self->entry_bin = build_page (self->serial_bin, "serial_page", "entry_bin");
      adw_bin_set_child (self->entry_bin, entry);
    }
  else if (g_str_equal (name, "code") && adw_bin_get_child (self->code_bin) == NULL)
    {
      GtkWidget *code = rc_guide_code_new (self->radio);

      rc_guide_code_set_radio (RC_GUIDE_CODE (code), rc_radio_get_series (self->radio),
                               rc_radio_get_serial_text (self->radio),
                               rc_radio_get_model (self->radio));
      adw_bin_set_child (self->code_bin, code);
    }
  else if (g_str_equal (name, "enter") && adw_bin_get_child (self->enter_bin) == NULL)
    {
      GtkWidget *enter = rc_guide_enter_new (rc_radio_get_lockout (self->radio), self->code_store);

      rc_guide_enter_set_series (RC_GUIDE_ENTER (enter), rc_radio_get_series (self->radio));
      rc_guide_enter_set_serial (RC_GUIDE_ENTER (enter), rc_radio_get_serial (self->radio));
      g_signal_connect_object (enter, "locked", G_CALLBACK (locked_cb), self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->enter_bin, enter);
    }
  else if (g_str_equal (name, "wait") && adw_bin_get_child (self->wait_bin) == NULL)
    {
      adw_bin_set_child (self->wait_bin, rc_lockout_page_new (rc_radio_get_lockout (self->radio)));
    }
}

/* A new step takes the focus to its first control when the guide had it (or it was lost with
 * the page that held it), so a keyboard or screen-reader user lands on the new step, not on
 * nothing. Focus elsewhere in the window is left where it is, and so is focus the stack
 * already gave the step (the control last used there, or its first one): moving on from it
 * would skip a control. */
static gboolean
focus_step_cb (gpointer user_data)
{
  RcGuide *self = user_data;
  GtkWidget *page = gtk_stack_get_visible_child (self->steps);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus;

  self->focus_id = 0;
  if (!GTK_IS_WINDOW (root) || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;
  focus = gtk_window_get_focus (GTK_WINDOW (root));
  if (focus != NULL && (!gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) ||
                        gtk_widget_is_ancestor (focus, page)))
    return G_SOURCE_REMOVE;
  /* Into the page's content, not onto the bin or the scrolled window around it. */
  if (ADW_IS_BIN (page) && GTK_IS_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (page))))
    page = adw_bin_get_child (ADW_BIN (page));
  if (GTK_IS_SCROLLED_WINDOW (page))
    page = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (page));
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
  return G_SOURCE_REMOVE;
}

/* Once the new page is mapped (a step built just now is not yet). */
static void
focus_step (RcGuide *self)
{
  if (self->focus_id == 0)
    self->focus_id = g_idle_add (focus_step_cb, self);
}

/* Step 6 starts with the code computed in step 5, when there is one the
 * radio has not refused and nothing else was typed there. */
static void
offer_computed_code (RcGuide *self)
{
  GtkWidget *enter = adw_bin_get_child (self->enter_bin);
  g_autoptr(RcCodeResult) result = NULL;
  const char *text, *offer;

  if (enter == NULL || rc_guide_enter_get_code (RC_GUIDE_ENTER (enter))[0] != '\0')
    return;
  text = rc_radio_get_serial_text (self->radio);
  result = rc_code_result_new (rc_radio_get_catalog (self->radio),
                               rc_radio_get_series (self->radio), text != NULL ? text : "");
  if ((offer = rc_code_result_get_offer (result, rc_radio_get_lockout (self->radio))) != NULL)
    rc_guide_enter_set_code (RC_GUIDE_ENTER (enter), offer);
}

static void
step_shown_cb (RcGuide *self)
{
  int index = current_index (self);
  g_autofree char *count = NULL;

  build_step (self, step_names[index]);
  if (g_str_equal (step_names[index], "enter"))
    offer_computed_code (self);

  /* Translators: the guide's step indicator, e.g. “Step 2 of 7” (numbers, not a count) */
  count = g_strdup_printf (_("Step %d of %d"), index + 1, (int) G_N_ELEMENTS (step_names));
  gtk_label_set_label (self->count_label, count);
  gtk_label_set_label (self->step_title, step_title (index));
  gtk_progress_bar_set_fraction (self->progress, (index + 1.0) / G_N_ELEMENTS (step_names));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, count, -1);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "guide-step", step_names[index]);
  update_nav (self);
  focus_step (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

/* One button per answer the catalog offers for this display. */
static void
build_choices (RcGuide *self)
{
  GtkWidget *child;
  guint n = self->display != NULL ? rc_display_get_n_choices (self->display) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choice_box))) != NULL)
    gtk_box_remove (self->choice_box, child);

  for (guint i = 0; i < n; i++)
    {
      const char *words = rc_display_get_choice_label (self->display, i);
      GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                       "label", words,
                                       "wrap", TRUE,
                                       "justify", GTK_JUSTIFY_CENTER,
                                       NULL);
      GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                        "child", label,
                                        "action-name", "guide.choose",
                                        "action-target", g_variant_new_uint32 (i),
                                        NULL);

      gtk_widget_add_css_class (button, "pill");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, words, -1);
      gtk_box_append (self->choice_box, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->choice_box), n > 0);
}

static void
show_display (RcGuide *self)
{
  self->no_way_on = FALSE;
  gtk_widget_set_visible (self->meaning_box, self->display != NULL);
  build_choices (self);
  if (self->display == NULL)
    return;

  gtk_label_set_label (self->meaning_label, rc_display_get_meaning (self->display));
  gtk_label_set_label (self->action_label, rc_display_get_action (self->display));
  rc_confidence_badge_set (self->display_badge, rc_display_get_confidence (self->display),
                           rc_display_get_sources (self->display));
  update_nav (self);
}

/* Start Over: the new attempt begins at step 1, with nothing of the old one's answers. The
 * radio's serial and the car stay: they are what the owner typed and picked. */
static void
lockout_reset_cb (RcGuide *self)
{
  for (guint i = 0; i < self->display_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->display_checks, i), FALSE);
  g_clear_object (&self->display);
  g_settings_reset (self->settings, "guide-display");
  show_display (self);
  rc_guide_set_step (self, "display");
  if (self->display_checks->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->display_checks, 0));
}

/* The catalog's display the check button @check picks: the list's rows are made from the
 * catalog's displays, in their order. */
static RcDisplay *
display_at (RcGuide        *self,
            GtkCheckButton *check)
{
  GListModel *displays = rc_catalog_get_displays (rc_radio_get_catalog (self->radio));
  guint index;

  if (!g_ptr_array_find (self->display_checks, check, &index))
    g_return_val_if_reached (NULL);
  return g_list_model_get_item (displays, index);
}

static void
display_toggled_cb (RcGuide        *self,
                    GtkCheckButton *check)
{
  if (!gtk_check_button_get_active (check))
    return;

  g_clear_object (&self->display);
  self->display = display_at (self, check);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "guide-display", rc_display_get_id (self->display));
  show_display (self);
}

static void
display_row_activated_cb (RcGuide       *self,
                          GtkListBoxRow *row)
{
  gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_list_box_row_get_child (row)), TRUE);
}

static GtkWidget *
display_row (gpointer item,
             gpointer user_data)
{
  RcGuide *self = user_data;
  g_autofree char *words = rc_text_join_list (rc_display_get_words (item), RC_TEXT_LIST_OR);
  GtkWidget *row, *check;

  /* One answer of a group: a screen reader says "radio button", not "check box". */
  check = g_object_new (GTK_TYPE_CHECK_BUTTON, "label", words,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO, NULL);
  if (self->display_checks->len > 0)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check),
                                g_ptr_array_index (self->display_checks, 0));
  g_ptr_array_add (self->display_checks, check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (display_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  /* The whole row picks, as an action row's would; the keyboard stops at the answer alone,
   * not at the row and again at its radio button. */
  row = gtk_list_box_row_new ();
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  /* A screen reader moving through the list hears what the row picks. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, words, -1);
  return row;
}

/* One row for each display the catalog knows; the catalog does not change while the app runs. */
static void
build_displays (RcGuide *self)
{
  gtk_list_box_bind_model (self->display_list,
                           rc_catalog_get_displays (rc_radio_get_catalog (self->radio)),
                           display_row, self, NULL);
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

/* The owner's answer to step 1's question: on to the radio, to the wait, or nowhere. */
static void
choose_activated_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RcGuide *self = RC_GUIDE (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (self->display == NULL || index >= rc_display_get_n_choices (self->display))
    return;

  switch (rc_display_get_choice_next (self->display, index))
    {
    case RC_DISPLAY_NEXT_CODE:
      rc_guide_set_step (self, "radio");
      break;

    case RC_DISPLAY_NEXT_WAIT:
      /* The radio is already counting down: time it from now. */
      if (rc_lockout_get_state (rc_radio_get_lockout (self->radio)) == RC_LOCKOUT_READY)
        rc_lockout_begin_wait (rc_radio_get_lockout (self->radio));
      rc_guide_set_step (self, "wait");
      break;

    case RC_DISPLAY_NEXT_NONE:
    case RC_DISPLAY_NEXT_ASK:
    default:
      self->no_way_on = TRUE;
      update_nav (self);
      break;
    }
}

/* "Enter This Code on the Radio" in step 5: on to step 6 with that code. */
static void
enter_code_activated_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RcGuide *self = RC_GUIDE (widget);

  build_step (self, "enter");
  rc_guide_enter_set_code (RC_GUIDE_ENTER (adw_bin_get_child (self->enter_bin)),
                           g_variant_get_string (parameter, NULL));
  rc_guide_set_step (self, "enter");
}

static void
find_car_activated_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_signal_emit (widget, signals[FIND_CAR], 0);
}

static void
rc_guide_dispose (GObject *object)
{
  RcGuide *self = RC_GUIDE (object);

  g_clear_handle_id (&self->focus_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_GUIDE);
  g_clear_object (&self->radio);
  g_clear_object (&self->settings);
  g_clear_object (&self->code_store);
  g_clear_object (&self->display);
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
    case PROP_RADIO:
      g_value_set_object (value, self->radio);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_CODE_STORE:
      g_value_set_object (value, self->code_store);
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
    case PROP_RADIO:
      self->radio = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_CODE_STORE:
      self->code_store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Alt+Left goes back and Alt+Right forward; in right-to-left text, where the
 * guide's steps run leftwards, the other way round. */
static gboolean
arrow_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  gboolean left = g_variant_get_boolean (args);
  gboolean back = left == (gtk_widget_get_direction (widget) != GTK_TEXT_DIR_RTL);

  return gtk_widget_activate_action (widget, back ? "guide.back" : "guide.next", NULL);
}

static void
rc_guide_constructed (GObject *object)
{
  RcGuide *self = RC_GUIDE (object);
  g_autofree char *step = NULL;
  g_autofree char *display = NULL;

  G_OBJECT_CLASS (rc_guide_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_RADIO (self->radio));
  g_return_if_fail (G_IS_SETTINGS (self->settings));
  g_return_if_fail (RC_IS_CODE_STORE (self->code_store));

  build_displays (self);
  g_signal_connect_object (rc_radio_get_lockout (self->radio), "reset",
                           G_CALLBACK (lockout_reset_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->radio, "notify", G_CALLBACK (share_radio), self,
                           G_CONNECT_SWAPPED);

  /* Where the user left off comes back as it was. */
  display = g_settings_get_string (self->settings, "guide-display");
  rc_guide_pick_display (self, display);
  step = g_settings_get_string (self->settings, "guide-step");
  if (step_index (step) < 0)
    g_clear_pointer (&step, g_free);
  gtk_stack_set_visible_child_name (self->steps, step != NULL ? step : "display");
  step_shown_cb (self);
}

static void
rc_guide_class_init (RcGuideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_guide_dispose;
  object_class->finalize = rc_guide_finalize;
  object_class->constructed = rc_guide_constructed;
  object_class->get_property = rc_guide_get_property;
  object_class->set_property = rc_guide_set_property;

  properties[PROP_STEP] =
    g_param_spec_string ("step", NULL, NULL, "display",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RADIO] =
    g_param_spec_object ("radio", NULL, NULL, RC_TYPE_RADIO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CODE_STORE] =
    g_param_spec_object ("code-store", NULL, NULL, RC_TYPE_CODE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcGuide::find-car:
   *
   * The user does not know the radio: look the car up.
   */
  signals[FIND_CAR] =
    g_signal_new ("find-car", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (RC_TYPE_CONFIDENCE_BADGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rc-guide.ui");
  gtk_widget_class_bind_template_child (widget_class, RcGuide, header);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, count_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, step_title);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, progress);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, steps);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, display_list);
  gtk_widget_class_bind_template_callback (widget_class, display_row_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, meaning_box);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, meaning_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, action_label);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, display_badge);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, choice_box);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, radio_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, find_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, serial_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, code_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, enter_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, wait_bin);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, nav);
  gtk_widget_class_bind_template_child (widget_class, RcGuide, end_label);
  gtk_widget_class_bind_template_callback (widget_class, step_shown_cb);

  gtk_widget_class_install_action (widget_class, "guide.back", NULL, nav_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.next", NULL, nav_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.choose", "u", choose_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.find-car", NULL, find_car_activated_cb);
  gtk_widget_class_install_action (widget_class, "guide.enter-code", "s", enter_code_activated_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, arrow_cb, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK, arrow_cb, "b", FALSE);

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
  /* A step's page is read by its title (GTK 4.8 reads an untitled one as "GtkStackPage"). */
  for (guint i = 0; i < G_N_ELEMENTS (step_names); i++)
    gtk_stack_page_set_title (gtk_stack_get_page (self->steps,
                                                  gtk_stack_get_child_by_name (self->steps,
                                                                               step_names[i])),
                              step_title (i));
}

/**
 * rc_guide_new:
 * @radio: the radio being unlocked, which the guide shows and edits
 * @settings: where the guide's own place is remembered: the step and the display
 * @code_store: where a code the owner keeps goes
 */
GtkWidget *
rc_guide_new (RcRadio     *radio,
              GSettings   *settings,
              RcCodeStore *code_store)
{
  g_return_val_if_fail (RC_IS_RADIO (radio), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (RC_IS_CODE_STORE (code_store), NULL);

  return g_object_new (RC_TYPE_GUIDE,
                       "radio", radio,
                       "settings", settings,
                       "code-store", code_store,
                       NULL);
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

/* The radio being unlocked, as the guide shows it. */
RcRadio *
rc_guide_get_radio (RcGuide *self)
{
  g_return_val_if_fail (RC_IS_GUIDE (self), NULL);

  return self->radio;
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
      g_autoptr(RcDisplay) display = display_at (self, check);

      if (g_strcmp0 (rc_display_get_id (display), id) == 0)
        gtk_check_button_set_active (check, TRUE);
    }
}
