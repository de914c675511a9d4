/* rc-application.c — the application: actions, settings, command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-application.h"
#include "rc-cli.h"
#include "rc-lockout-timer.h"
#include "rc-search-provider.h"
#include "rc-window.h"

struct _RcApplication
{
  AdwApplication  parent_instance;

  RcCatalog      *catalog;
  GSettings      *settings;
  RcLockout      *lockout;
  RcRadio        *radio;
  RcCodeStore    *code_store;
  RcSearchProvider *search_provider;
  char           *lockout_error;    /* to show once a window is open */
  RcLockoutTimer *timer;            /* seconds while a countdown shows; else asleep till the end */
  gboolean        options_parsed;
  gboolean        open_timer;       /* --wait-timer in the first instance */
  gboolean        held;             /* counting on with no window */
  gboolean        quitting;         /* windows go because the app does */
};

G_DEFINE_FINAL_TYPE (RcApplication, rc_application, ADW_TYPE_APPLICATION)

/* Text options are read as bytes: rc_cli_read_options() makes text of them, or says why not. */
static const GOptionEntry options[] = {
  { "check", 'c', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check SERIAL and print the verdict, without opening a window; a serial typed with "
       "spaces may also come unquoted"), N_("SERIAL") },
  { "series", 's', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Check against this radio series (see --list-series)"), N_("ID") },
  { "code", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the code computed from SERIAL where a verified method exists"), N_("SERIAL") },
  { "list-series", 'l', 0, G_OPTION_ARG_NONE, NULL,
    N_("List the radio series with their serial formats"), NULL },
  { "find-model", 'f', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print the car models matching QUERY: model, chassis code, year or radio"), N_("QUERY") },
  { "reference", 'r', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Print in full every reference entry matching QUERY, as the Reference section lists them"),
    N_("QUERY") },
  { "status", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the radio being unlocked: its serial, tries left and what is left of a WAIT"),
    NULL },
  { "wait-timer", 'w', 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the WAIT countdown"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  /* The rest of a serial typed with spaces; anything else is refused: the app opens no files. */
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

/* A window gets what it shows from the application, once, when it is made. */
static RcWindow *
new_window (RcApplication *self)
{
  RcWindow *window = rc_window_new (GTK_APPLICATION (self),
                                    rc_application_get_radio (self),
                                    rc_application_get_settings (self),
                                    rc_application_get_code_store (self));
  g_autofree char *lockout_error = rc_application_take_lockout_error (self);

  /* A saved countdown that could not be read is said once, where the user looks. */
  if (lockout_error != NULL)
    rc_window_add_notice (window, lockout_error);
  return window;
}

static RcWindow *
get_window (RcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    return new_window (self);
  return RC_WINDOW (window);
}

/* "show-lockout", "show-entry" and "search-reference": each brings up the
 * window on a place in it, from the launcher, the Shell or a notification. */
static void
window_place_activated_cb (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  RcApplication *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  RcWindow *window;

  if (rc_application_get_catalog (self) == NULL)
    return;

  window = get_window (self);
  if (g_str_equal (name, "show-entry"))
    rc_window_show_entry (window, g_variant_get_string (parameter, NULL));
  else if (g_str_equal (name, "search-reference"))
    rc_window_search_reference (window, g_variant_get_string (parameter, NULL));
  else
    rc_window_show_section (window, "wait");
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RcApplication *self = user_data;
  const char *developers[] = { _("The Radio Code developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Radio Code"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Radio Code developers"),
                         "developers", developers,
                         "comments", _("Radio Code helps you find your car radio's serial, "
                                       "get its real unlock code and enter it safely. It "
                                       "never guesses codes and works without a network."),
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
provider_activate_cb (RcApplication *self,
                      const char    *id)
{
  g_action_group_activate_action (G_ACTION_GROUP (self), "show-entry", g_variant_new_string (id));
}

static void
provider_search_cb (RcApplication *self,
                    const char    *text)
{
  g_action_group_activate_action (G_ACTION_GROUP (self), "search-reference",
                                  g_variant_new_string (text));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated_cb },
  { "about", about_activated_cb },
  { "show-lockout", window_place_activated_cb },
  { "show-entry", window_place_activated_cb, "s" },
  { "search-reference", window_place_activated_cb, "s" },
};

/* Whether the app wakes every second for the countdown (only while one is on screen). */
gboolean
rc_application_is_ticking (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), FALSE);

  return self->timer != NULL && rc_lockout_timer_is_ticking (self->timer);
}

/* Whether the app waits, asleep, for the end of the WAIT (while no countdown is on screen). */
gboolean
rc_application_is_waiting_for_end (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), FALSE);

  return self->timer != NULL && rc_lockout_timer_is_waiting_for_end (self->timer);
}

static void
release_hold (RcApplication *self)
{
  if (self->held)
    {
      /* Its "still counting" message has had its day too. */
      g_application_withdraw_notification (G_APPLICATION (self), "counting");
      self->held = FALSE;
      g_application_release (G_APPLICATION (self));
    }
}

static void
lockout_state_cb (RcApplication *self)
{
  RcLockoutState state = rc_lockout_get_state (self->lockout);

  if (state != RC_LOCKOUT_WAITING && state != RC_LOCKOUT_PAUSED)
    release_hold (self);
}

static void
wait_finished_cb (RcApplication *self)
{
  g_autoptr(GNotification) notification = g_notification_new (_("Try the Code Again"));
  guint left = rc_lockout_get_attempts_left (self->lockout);
  g_autofree char *body = NULL;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The radio's wait is over: %u attempt available.",
                                       "The radio's wait is over: %u attempts available.",
                                       left),
                          left);
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  /* Actions of the app, not of a window: a click may start it anew. */
  g_notification_set_default_action (notification, "app.show-lockout");
  g_notification_add_button (notification, _("Show Timer"), "app.show-lockout");
  g_application_send_notification (G_APPLICATION (self), "wait-over", notification);
}

/**
 * rc_application_keep_counting:
 *
 * The last window is closing. While a WAIT runs, the app stays to announce
 * its end, and says so once.
 *
 * Returns: whether the app stays running
 */
gboolean
rc_application_keep_counting (RcApplication *self)
{
  RcLockoutState state;
  g_autoptr(GNotification) notification = NULL;

  g_return_val_if_fail (RC_IS_APPLICATION (self), FALSE);

  state = rc_lockout_get_state (self->lockout);
  if (self->held || (state != RC_LOCKOUT_WAITING && state != RC_LOCKOUT_PAUSED))
    return self->held;

  self->held = TRUE;
  g_application_hold (G_APPLICATION (self));

  notification = g_notification_new (_("The WAIT Countdown Goes On"));
  g_notification_set_body (notification, _("Radio Code tells you when the radio takes a "
                                           "code again."));
  g_notification_set_default_action (notification, "app.show-lockout");
  g_application_send_notification (G_APPLICATION (self), "counting", notification);
  return TRUE;
}

static int
rc_application_handle_local_options (GApplication *application,
                                     GVariantDict *options_dict)
{
  RcApplication *self = RC_APPLICATION (application);
  g_auto(RcCliOptions) cli = { NULL };
  g_autofree char *state_dir = NULL;
  RcCatalog *catalog;
  int status;

  self->options_parsed = TRUE;
  if ((status = rc_cli_read_options (options_dict, &cli)) >= 0)
    return status;

  if (g_variant_dict_contains (options_dict, "version"))
    {
      /* Translators: the app's name and its version number, as --version prints it; translate
       * the name as the desktop shows it */
      g_print (_("Radio Code %s\n"), PACKAGE_VERSION);
      return 0;
    }

  if (cli.wait_timer)
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (application))
        {
          g_action_group_activate_action (G_ACTION_GROUP (application), "show-lockout", NULL);
          return 0;
        }
      self->open_timer = TRUE;
      return -1;
    }

  if (!rc_cli_has_command (&cli))
    return -1;
  if ((catalog = rc_application_get_catalog (self)) == NULL)
    return 2;
  state_dir = g_build_filename (g_get_user_state_dir (), "radio-code", NULL);
  return rc_cli_run (catalog, &cli, state_dir);
}

static gboolean
rc_application_local_command_line (GApplication   *application,
                                   char         ***arguments,
                                   int            *exit_status)
{
  RcApplication *self = RC_APPLICATION (application);
  gboolean handled;

  handled = G_APPLICATION_CLASS (rc_application_parent_class)->local_command_line (application,
                                                                                  arguments,
                                                                                  exit_status);

  /* GApplication exits with 1 when it cannot parse the options; for us 1
   * means "the serial is not valid", and a usage error is 2. */
  if (handled && *exit_status == 1 && !self->options_parsed)
    *exit_status = 2;

  return handled;
}

/* The reference is searchable from GNOME Shell over the app's own connection. */
static gboolean
rc_application_dbus_register (GApplication     *application,
                              GDBusConnection  *connection,
                              const char       *object_path,
                              GError          **error)
{
  RcApplication *self = RC_APPLICATION (application);
  RcCatalog *catalog;

  if (!G_APPLICATION_CLASS (rc_application_parent_class)->dbus_register (application, connection,
                                                                          object_path, error))
    return FALSE;

  if ((catalog = rc_application_get_catalog (self)) == NULL)
    return TRUE;

  self->search_provider = rc_search_provider_new (catalog);
  g_signal_connect_swapped (self->search_provider, "activate-entry",
                            G_CALLBACK (provider_activate_cb), self);
  g_signal_connect_swapped (self->search_provider, "launch-search",
                            G_CALLBACK (provider_search_cb), self);
  return rc_search_provider_export (self->search_provider, connection, RC_SEARCH_PROVIDER_PATH,
                                    error);
}

static void
rc_application_dbus_unregister (GApplication    *application,
                                GDBusConnection *connection,
                                const char      *object_path)
{
  RcApplication *self = RC_APPLICATION (application);

  if (self->search_provider != NULL)
    rc_search_provider_unexport (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (rc_application_parent_class)->dbus_unregister (application, connection,
                                                                      object_path);
}

/* A window came or went: with none left during a WAIT, the app stays to announce its end. */
static void
windows_changed_cb (RcApplication *self)
{
  if (self->quitting)
    return;
  if (gtk_application_get_windows (GTK_APPLICATION (self)) == NULL)
    rc_application_keep_counting (self);
  if (self->lockout != NULL)
    lockout_state_cb (self);
}

static void
rc_application_startup (GApplication *application)
{
  RcApplication *self = RC_APPLICATION (application);

  G_APPLICATION_CLASS (rc_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });

  rc_application_get_lockout (self);
  g_signal_connect (self, "window-added", G_CALLBACK (windows_changed_cb), NULL);
  g_signal_connect (self, "window-removed", G_CALLBACK (windows_changed_cb), NULL);
}

static void
rc_application_shutdown (GApplication *application)
{
  RcApplication *self = RC_APPLICATION (application);

  /* Quitting (Ctrl+Q) closes the windows: that is no reason to count on in the background. */
  self->quitting = TRUE;
  g_clear_object (&self->timer);
  G_APPLICATION_CLASS (rc_application_parent_class)->shutdown (application);

  /* Saves are made a moment after a change, on a worker thread: what is still to be written
   * is written now, before the process ends. */
  if (self->radio != NULL)
    rc_radio_flush (self->radio);
  if (self->lockout != NULL)
    rc_lockout_flush (self->lockout);
}

static void
rc_application_activate (GApplication *application)
{
  RcApplication *self = RC_APPLICATION (application);

  if (rc_application_get_catalog (self) == NULL)
    return;

  if (self->open_timer)
    {
      self->open_timer = FALSE;
      g_action_group_activate_action (G_ACTION_GROUP (self), "show-lockout", NULL);
      return;
    }

  gtk_window_present (GTK_WINDOW (get_window (self)));
}

static void
rc_application_constructed (GObject *object)
{
  G_OBJECT_CLASS (rc_application_parent_class)->constructed (object);

  /* Fixed, so that a test or development id still finds the help overlay and style. */
  g_application_set_resource_base_path (G_APPLICATION (object), RESOURCE_PATH);
}

static void
rc_application_dispose (GObject *object)
{
  RcApplication *self = RC_APPLICATION (object);

  g_clear_object (&self->timer);
  if (self->lockout != NULL)
    g_signal_handlers_disconnect_by_data (self->lockout, self);
  g_clear_object (&self->radio);
  g_clear_object (&self->lockout);
  g_clear_object (&self->code_store);
  g_clear_object (&self->search_provider);
  g_clear_pointer (&self->lockout_error, g_free);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rc_application_parent_class)->dispose (object);
}

static void
rc_application_class_init (RcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->constructed = rc_application_constructed;
  object_class->dispose = rc_application_dispose;

  app_class->local_command_line = rc_application_local_command_line;
  app_class->handle_local_options = rc_application_handle_local_options;
  app_class->startup = rc_application_startup;
  app_class->shutdown = rc_application_shutdown;
  app_class->dbus_register = rc_application_dbus_register;
  app_class->dbus_unregister = rc_application_dbus_unregister;
  app_class->activate = rc_application_activate;
}

static void
rc_application_init (RcApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Find a car radio's serial, check it, and get "
                                              "the radio playing again."));
}

RcApplication *
rc_application_new (void)
{
  return g_object_new (RC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * rc_application_get_catalog:
 *
 * The catalog, read on first use. It is compiled into the program, so it
 * fails to load only in a broken build; that is said on stderr.
 *
 * Returns: (transfer none) (nullable): the catalog
 */
RcCatalog *
rc_application_get_catalog (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  if (self->catalog == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
      if (self->catalog == NULL)
        g_printerr (_("The built-in catalog could not be read: %s\n"), error->message);
    }

  return self->catalog;
}

GSettings *
rc_application_get_settings (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  return self->settings;
}

/**
 * rc_application_get_lockout:
 *
 * The attempts and the WAIT clock, read from the user's state folder on
 * first use and saved there on every change.
 *
 * Returns: (transfer none) (nullable): the lockout, or %NULL without a catalog
 */
RcLockout *
rc_application_get_lockout (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  if (self->lockout == NULL && rc_application_get_catalog (self) != NULL)
    {
      g_autofree char *path = g_build_filename (g_get_user_state_dir (), "radio-code",
                                                "lockout.ini", NULL);
      g_autoptr(GError) error = NULL;

      self->lockout = rc_lockout_new (self->catalog);
      g_signal_connect_swapped (self->lockout, "notify::state",
                                G_CALLBACK (lockout_state_cb), self);
      g_signal_connect_swapped (self->lockout, "wait-finished",
                                G_CALLBACK (wait_finished_cb), self);
      if (!rc_lockout_load (self->lockout, path, &error))
        self->lockout_error = g_strdup (error->message);
      self->timer = rc_lockout_timer_new (self->lockout);
    }

  return self->lockout;
}

/**
 * rc_application_get_radio:
 *
 * The radio being unlocked: which one, its serial, the car, the VIN, and its
 * lockout. Read from the user's state folder on first use and saved there on
 * every change.
 *
 * Returns: (transfer none) (nullable): the radio, or %NULL without a catalog
 */
RcRadio *
rc_application_get_radio (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  if (self->radio == NULL && rc_application_get_lockout (self) != NULL)
    {
      g_autofree char *path = g_build_filename (g_get_user_state_dir (), "radio-code",
                                                "radio.ini", NULL);
      g_autoptr(GError) error = NULL;

      self->radio = rc_radio_new (self->catalog, self->lockout);
      if (!rc_radio_load (self->radio, path, &error))
        {
          /* Said once, with anything wrong with the countdown. */
          char *both = g_strjoin ("\n", error->message, self->lockout_error, NULL);

          g_free (self->lockout_error);
          self->lockout_error = both;
        }
    }

  return self->radio;
}

/**
 * rc_application_get_code_store:
 *
 * Where a code the owner keeps goes: the keyring, or memory for as long as
 * the application runs when there is no keyring.
 *
 * Returns: (transfer none): the code store
 */
RcCodeStore *
rc_application_get_code_store (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  if (self->code_store == NULL)
    self->code_store = rc_code_store_new ();
  return self->code_store;
}

/**
 * rc_application_take_lockout_error:
 *
 * Returns: (transfer full) (nullable): what went wrong reading the saved
 *   countdown, once; %NULL when nothing did
 */
char *
rc_application_take_lockout_error (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return g_steal_pointer (&self->lockout_error);
}
