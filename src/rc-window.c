/* rc-window.c — the main window and its sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-accessible.h"
#include "rc-find-page.h"
#include "rc-guide.h"
#include "rc-lockout-page.h"
#include "rc-model-details.h"
#include "rc-model-table.h"
#include "rc-reference-page.h"
#include "rc-serial-page.h"
#include "rc-series-dialog.h"
#include "rc-window.h"

struct _RcWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwToastOverlay      *toasts;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  AdwViewStack         *stack;
  AdwBin               *lockout_bin;
  AdwBin               *models_bin;
  AdwBin               *find_bin;
  AdwBin               *guide_bin;
  AdwBin               *reference_bin;

  /* owned */
  RcRadio              *radio;           /* the radio being unlocked, the app's */
  GSettings            *settings;
  RcCodeStore          *code_store;
  RcCatalog            *catalog;         /* the radio's */
  RcLockout            *lockout;         /* the radio's */
  AdwToast             *save_toast;        /* while saving fails; borrowed from the overlay */
  RcSeriesDialog       *series_dialog;   /* made when first needed */
  RcModel              *find_model;      /* the car the find section is narrowed to */
  gboolean              car_for_guide;   /* the model table was opened from the guide */
  guint                 search_id;       /* gives the reference's search field the focus */
};

G_DEFINE_FINAL_TYPE (RcWindow, rc_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_RADIO,
  PROP_SETTINGS,
  PROP_CODE_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The timer follows the radio until the first try is counted. */
static void
follow_series (RcWindow *self)
{
  RcSeries *series = rc_radio_get_series (self->radio);

  if (rc_lockout_get_failures (self->lockout) == 0 &&
      rc_lockout_get_state (self->lockout) == RC_LOCKOUT_READY)
    rc_lockout_set_rule (self->lockout, rc_catalog_get_lockout_for_series (self->catalog, series));
}

static void
update_find_filter (RcWindow *self)
{
  RcSeries *series = rc_radio_get_series (self->radio);
  GtkWidget *find = adw_bin_get_child (self->find_bin);

  /* A radio that car never had makes the car no longer the point. */
  if (self->find_model != NULL && series != NULL &&
      !g_ptr_array_find (rc_model_get_series (self->find_model), series, NULL))
    g_clear_object (&self->find_model);
  if (find != NULL)
    rc_find_page_set_filter (RC_FIND_PAGE (find), series, self->find_model);
}

static void
series_changed_cb (RcWindow *self)
{
  update_find_filter (self);
  follow_series (self);
}

static void
choose_series_activated_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);

  /* The grouped list is long; it is built the first time it is asked for. */
  if (self->series_dialog == NULL)
    {
      self->series_dialog = rc_series_dialog_new (GTK_WINDOW (self), self->catalog);
      g_object_bind_property (self->radio, "series",
                              rc_series_dialog_get_picker (self->series_dialog), "series",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
    }

  gtk_window_present (GTK_WINDOW (self->series_dialog));
}

static void
show_shortcuts_activated_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  /* GtkApplication would build the help overlay with every window, before
   * its first frame; it is seldom opened, so it is built when first asked
   * for, and handed to the window then (which lists the accelerators). */
  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PATH "/ui/rc-shortcuts-window.ui");

      gtk_application_window_set_help_overlay (
        window, GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts_window")));
    }

  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

/* The main menu's popover is made the first time it opens, not with the window. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  RcWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
bar_revealed_cb (RcWindow *self)
{
  if (adw_view_switcher_bar_get_reveal (self->switcher_bar) &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
}

static void
update_switcher (RcWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);
  gboolean several = g_list_model_get_n_items (G_LIST_MODEL (pages)) > 1;

  /* One section needs no switcher; the title then reads as a plain title. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, several);
}

static void
use_series_cb (RcWindow       *self,
               RcSeries       *series,
               RcModelDetails *details)
{
  rc_radio_set_series (self->radio, series);

  /* Back to where the question was asked. */
  if (self->car_for_guide)
    {
      RcGuide *guide = RC_GUIDE (adw_bin_get_child (self->guide_bin));

      self->car_for_guide = FALSE;
      rc_radio_set_model (rc_guide_get_radio (guide), rc_model_details_get_model (details));
      rc_guide_set_step (guide, "find");
      rc_window_show_section (self, "guide");
    }
  else
    {
      rc_window_show_section (self, "serial");
    }
}

static void
find_car_cb (RcWindow *self)
{
  self->car_for_guide = TRUE;
  rc_window_show_section (self, "models");
  rc_model_table_start_search (RC_MODEL_TABLE (adw_bin_get_child (self->models_bin)));
}

static void
show_method_cb (RcWindow       *self,
                RcMethod       *method,
                RcModelDetails *details)
{
  g_set_object (&self->find_model, rc_model_details_get_model (details));
  rc_window_show_section (self, "find");
  update_find_filter (self);
  rc_find_page_show_method (RC_FIND_PAGE (adw_bin_get_child (self->find_bin)),
                            rc_method_get_id (method));
}

static void
model_activated_cb (RcWindow *self,
                    RcModel  *model)
{
  RcModelDetails *details = rc_model_details_new (GTK_WINDOW (self), self->catalog, model);

  g_signal_connect_object (details, "use-series", G_CALLBACK (use_series_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (details, "show-method", G_CALLBACK (show_method_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (details));
}

/* The Serial section, a page of the stack from the first time it is asked for: out of the
 * switcher (the guide covers it, and six sections would not fit a phone; the main menu opens
 * it), and so out of the window until then, where its switcher buttons would be made too. */
static GtkWidget *
serial_section (RcWindow *self)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (self->stack, "serial");
  AdwViewStackPage *stack_page;

  if (page != NULL)
    return page;

  page = rc_serial_page_new (self->radio);
  stack_page = adw_view_stack_add_titled (self->stack, page, "serial", _("Serial"));
  adw_view_stack_page_set_icon_name (stack_page, "dialog-password-symbolic");
  adw_view_stack_page_set_visible (stack_page, FALSE);
  return page;
}

/* Sections are built the first time they are shown: the stack measures every page it has,
 * and start-up should pay only for the first screen. */
static void
visible_child_cb (RcWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "wait") == 0 && adw_bin_get_child (self->lockout_bin) == NULL)
    adw_bin_set_child (self->lockout_bin, rc_lockout_page_new (self->lockout));

  if (g_strcmp0 (name, "find") == 0 && adw_bin_get_child (self->find_bin) == NULL)
    {
      adw_bin_set_child (self->find_bin, rc_find_page_new (self->catalog));
      update_find_filter (self);
    }

  if (g_strcmp0 (name, "reference") == 0 && adw_bin_get_child (self->reference_bin) == NULL)
    adw_bin_set_child (self->reference_bin, rc_reference_page_new (self->catalog));

  if (g_strcmp0 (name, "models") == 0 && adw_bin_get_child (self->models_bin) == NULL)
    {
      GtkWidget *table = rc_model_table_new (self->catalog, self->settings);

      g_signal_connect_object (table, "model-activated", G_CALLBACK (model_activated_cb), self,
                               G_CONNECT_SWAPPED);
      adw_bin_set_child (self->models_bin, table);
    }
}

static void
show_section_activated_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  /* A name from a menu model: one that names no section does nothing. */
  if (g_str_equal (name, "serial") || adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    rc_window_show_section (self, name);
}

static void
find_serial_activated_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  rc_window_show_section (RC_WINDOW (widget), "find");
}

/* Once the reference is on screen: a field given the focus as its page is first built is not
 * yet known to screen readers, which then never hear that it has it. */
static gboolean
start_search_cb (gpointer user_data)
{
  RcWindow *self = user_data;

  self->search_id = 0;
  rc_reference_page_start_search (RC_REFERENCE_PAGE (adw_bin_get_child (self->reference_bin)));
  return G_SOURCE_REMOVE;
}

static void
find_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);

  /* In the model table, find a car; anywhere else, search everything. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "models") == 0 ||
      self->car_for_guide)
    {
      rc_window_show_section (self, "models");
      rc_model_table_start_search (RC_MODEL_TABLE (adw_bin_get_child (self->models_bin)));
      return;
    }

  rc_window_show_section (self, "reference");
  if (self->search_id == 0)
    self->search_id = g_idle_add (start_search_cb, self);
}

static gboolean
rc_window_close_request (GtkWindow *window)
{
  RcWindow *self = RC_WINDOW (window);
  int width, height;

  /* Written straight through: the settings object is the application's, shared with every
   * other window, so holding its writes back (g_settings_delay) would hold back theirs. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (rc_window_parent_class)->close_request (window);
}

static void
rc_window_dispose (GObject *object)
{
  RcWindow *self = RC_WINDOW (object);

  g_clear_handle_id (&self->search_id, g_source_remove);
  if (self->series_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->series_dialog)));
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_WINDOW);
  g_clear_object (&self->radio);
  g_clear_object (&self->settings);
  g_clear_object (&self->code_store);
  g_clear_object (&self->catalog);
  g_clear_object (&self->lockout);
  g_clear_object (&self->find_model);

  g_clear_object (&self->save_toast);

  G_OBJECT_CLASS (rc_window_parent_class)->dispose (object);
}

/* A save that fails is shown, not only logged, for as long as it fails. */
static void
save_error_cb (RcWindow *self)
{
  const char *message = rc_lockout_get_save_error (self->lockout);

  if (self->save_toast != NULL)
    {
      adw_toast_dismiss (self->save_toast);
      g_clear_object (&self->save_toast);
    }
  if (message == NULL)
    return;

  self->save_toast = adw_toast_new (message);
  adw_toast_set_timeout (self->save_toast, 0);
  adw_toast_set_priority (self->save_toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toasts, g_object_ref (self->save_toast));
}

static void
rc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RcWindow *self = RC_WINDOW (object);

  switch (prop_id)
    {
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
rc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RcWindow *self = RC_WINDOW (object);

  switch (prop_id)
    {
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

/* The radio being unlocked is the application's; the Serial section and the guide both
 * show and edit it, and it keeps itself on disk. The guide is the first screen; the Serial
 * section is built when first shown. */
static void
show_radio (RcWindow *self)
{
  GtkWidget *guide;

  follow_series (self);

  guide = rc_guide_new (self->radio, self->settings, self->code_store);
  g_signal_connect_object (guide, "find-car", G_CALLBACK (find_car_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->guide_bin, guide);

  g_signal_connect_object (self->radio, "notify::series",
                           G_CALLBACK (series_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
rc_window_constructed (GObject *object)
{
  RcWindow *self = RC_WINDOW (object);

  G_OBJECT_CLASS (rc_window_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_RADIO (self->radio));
  g_return_if_fail (G_IS_SETTINGS (self->settings));
  g_return_if_fail (RC_IS_CODE_STORE (self->code_store));

  self->catalog = g_object_ref (rc_radio_get_catalog (self->radio));
  self->lockout = g_object_ref (rc_radio_get_lockout (self->radio));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  show_radio (self);

  /* A saved countdown that could not be read is said once, where the user looks. */
  g_signal_connect_object (self->lockout, "notify::save-error", G_CALLBACK (save_error_cb), self,
                           G_CONNECT_SWAPPED);
  save_error_cb (self);
}

static void
rc_window_class_init (RcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rc_window_dispose;
  object_class->constructed = rc_window_constructed;
  object_class->get_property = rc_window_get_property;
  object_class->set_property = rc_window_set_property;
  window_class->close_request = rc_window_close_request;

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

  gtk_widget_class_install_action (widget_class, "win.choose-series", NULL,
                                   choose_series_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_shortcuts_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.find-serial", NULL, find_serial_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, lockout_bin);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, models_bin);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, find_bin);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, guide_bin);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, reference_bin);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_cb);
}

static void
rc_window_init (RcWindow *self)
{
  /* Translators: what a screen reader calls the row of buttons that switch sections */
  const char *sections = _("Sections");

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);

  rc_accessible_name_inner (GTK_WIDGET (self->switcher_title), ADW_TYPE_VIEW_SWITCHER, sections);
  rc_accessible_name_inner (GTK_WIDGET (self->switcher_bar), ADW_TYPE_VIEW_SWITCHER, sections);
  g_object_bind_property (self->switcher_title, "title-visible",
                          self->switcher_bar, "reveal", G_BINDING_SYNC_CREATE);
  /* The bottom bar shows only in narrow windows; it gets its buttons then. */
  g_signal_connect_swapped (self->switcher_bar, "notify::reveal",
                            G_CALLBACK (bar_revealed_cb), self);
  bar_revealed_cb (self);
  update_switcher (self);
}

/**
 * rc_window_new:
 * @application: the application the window belongs to
 * @radio: the radio being unlocked, with its catalog and lockout
 * @settings: the application's settings: window size, the guide's place
 * @code_store: where a code the owner keeps goes
 */
RcWindow *
rc_window_new (GtkApplication *application,
               RcRadio        *radio,
               GSettings      *settings,
               RcCodeStore    *code_store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (RC_IS_RADIO (radio), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (RC_IS_CODE_STORE (code_store), NULL);

  return g_object_new (RC_TYPE_WINDOW,
                       "application", application,
                       "radio", radio,
                       "settings", settings,
                       "code-store", code_store,
                       NULL);
}

/* Says @message until the user dismisses it: what went wrong before the window opened. */
void
rc_window_add_notice (RcWindow   *self,
                      const char *message)
{
  AdwToast *toast;

  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* Shows the section named @name: "guide", "serial", "find", "wait", "reference" or "models". */
void
rc_window_show_section (RcWindow   *self,
                        const char *name)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  if (g_strcmp0 (name, "serial") == 0)
    serial_section (self);
  adw_view_stack_set_visible_child_name (self->stack, name);
}

/**
 * rc_window_get_serial_entry:
 *
 * Returns: (nullable) (transfer none): the Serial section's field, bound to the radio's
 *   series and serial; %NULL until the section is first shown, which builds it
 */
RcSerialEntry *
rc_window_get_serial_entry (RcWindow *self)
{
  GtkWidget *page;

  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  page = adw_view_stack_get_child_by_name (self->stack, "serial");
  return page != NULL ? rc_serial_page_get_entry (RC_SERIAL_PAGE (page)) : NULL;
}

/* Opens the reference on the entry @id ("series:clarion"). */
gboolean
rc_window_show_entry (RcWindow   *self,
                      const char *id)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), FALSE);

  rc_window_show_section (self, "reference");
  return rc_reference_page_show_entry (RC_REFERENCE_PAGE (adw_bin_get_child (self->reference_bin)), id);
}

/* Opens the reference searched for @text. */
void
rc_window_search_reference (RcWindow   *self,
                            const char *text)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  rc_window_show_section (self, "reference");
  rc_reference_page_search (RC_REFERENCE_PAGE (adw_bin_get_child (self->reference_bin)), text);
}
