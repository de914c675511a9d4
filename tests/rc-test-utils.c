/* rc-test-utils.c — helpers shared by the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-test-utils.h"

/* GTK and libadwaita; they connect to the session bus from here on. */
void
rc_test_init_gtk (void)
{
  gtk_disable_setlocale ();
  gtk_init ();
  adw_init ();
}

void
rc_test_init (int    *argc,
              char ***argv)
{
  rc_test_init_glib (argc, argv);
  rc_test_init_gtk ();
}

/* What GNOME Shell offers GLib's notification backend. */
static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

/* As rc_test_init(), on a private session bus where a mock notification
 * server (libglib-testing's GtDBusQueue) owns org.gtk.Notifications: the
 * application sends to it as it would to GNOME Shell. Returns the server,
 * whose calls a test may read; it lives as long as the process. */
GtDBusQueue *
rc_test_init_with_notifications (int    *argc,
                                 char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));
  g_autoptr(GDBusNodeInfo) info = NULL;
  GtDBusQueue *queue;

  rc_test_init_glib (argc, argv);

  /* The private bus must be the session bus before GTK first connects to it. */
  queue = gt_dbus_queue_new ();
  gt_dbus_queue_connect (queue, &error);
  g_assert_no_error (error);
  gt_dbus_queue_own_name (queue, "org.gtk.Notifications");
  info = g_dbus_node_info_new_for_xml (notifications_xml, &error);
  g_assert_no_error (error);
  gt_dbus_queue_export_object (queue, "/org/gtk/Notifications", info->interfaces[0], &error);
  g_assert_no_error (error);
  /* GTestDBus unsets DISPLAY so as not to start a bus for X; GTK needs it back. */
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  rc_test_init_gtk ();
  return queue;
}

/* A registered application with the id @id, as the real program has one. */
RcApplication *
rc_test_new_application (const char *id)
{
  g_autoptr(GError) error = NULL;
  RcApplication *app = g_object_new (RC_TYPE_APPLICATION,
                                     "application-id", id,
                                     "flags", G_APPLICATION_NON_UNIQUE,
                                     NULL);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

static GtkWidget *
find (GtkWidget *widget,
      GType      type,
      guint     *nth)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*nth)-- == 0)
        return child;
      if ((found = find (child, type, nth)) != NULL)
        return found;
    }

  return NULL;
}

/* The @nth (0-based) widget of @type below @widget, depth first. */
GtkWidget *
rc_test_find_descendant (GtkWidget *widget,
                         GType      type,
                         guint      nth)
{
  return find (widget, type, &nth);
}

guint
rc_test_count_descendants (GtkWidget *widget,
                           GType      type)
{
  guint n = 0;

  while (rc_test_find_descendant (widget, type, n) != NULL)
    n++;
  return n;
}

/* Whether a label's @text is what was asked for: a test of its text. */
typedef gboolean (*TextTest) (const char *text,
                              const char *asked);

static gboolean
is_text (const char *text,
         const char *asked)
{
  return g_strcmp0 (text, asked) == 0;
}

/* The first label below @widget whose text passes @test with @asked, or %NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            TextTest    test,
            const char *asked)
{
  GtkWidget *label;

  for (guint i = 0; (label = rc_test_find_descendant (widget, GTK_TYPE_LABEL, i)) != NULL; i++)
    {
      if (test (gtk_label_get_label (GTK_LABEL (label)), asked))
        return label;
    }

  return NULL;
}

/* The label below @widget that shows exactly @text, or %NULL. */
GtkWidget *
rc_test_find_label (GtkWidget  *widget,
                    const char *text)
{
  return find_label (widget, is_text, text);
}

/* The first label below @widget whose text starts with @prefix, or %NULL. */
GtkWidget *
rc_test_find_label_prefix (GtkWidget  *widget,
                           const char *prefix)
{
  return find_label (widget, g_str_has_prefix, prefix);
}

void
rc_test_wait_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Starts an hour's WAIT (the "nissan-page" rule) on @app's lockout, on a
 * clock that reads *@now (see rc_test_use_fake_clock()); returns the lockout. */
RcLockout *
rc_test_begin_wait (RcApplication *app,
                    gint64        *now)
{
  RcLockout *lockout = rc_application_get_lockout (app);

  rc_test_use_fake_clock (lockout, now);
  rc_lockout_reset (lockout);
  rc_lockout_set_rule (lockout, rc_catalog_lookup_lockout (rc_application_get_catalog (app),
                                                           "nissan-page"));
  rc_lockout_begin_wait (lockout);
  return lockout;
}

/* A window as the application makes one: on its radio, settings and code store. */
RcWindow *
rc_test_new_window (RcApplication *app)
{
  return rc_window_new (GTK_APPLICATION (app),
                        rc_application_get_radio (app),
                        rc_application_get_settings (app),
                        rc_application_get_code_store (app));
}
