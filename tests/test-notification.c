/* test-notification.c — the end of a WAIT is announced over D-Bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A mock notification server (libglib-testing's GtDBusQueue) owns
 * org.gtk.Notifications on a private bus; the application sends to it as
 * it would to GNOME Shell.
 */

#include "config.h"

#include <libglib-testing/dbus-queue.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#include <sanitizer/lsan_interface.h>
#define RC_LSAN 1
#endif
#endif

#include "rc-application.h"
#include "rc-test-utils.h"

static gint64 now;
static GtDBusQueue *queue;
static RcApplication *app;

/* The next call the mock server got. libglib-testing 0.1.1 adds a reference of its own to each
 * (gt_dbus_queue_method_call() refs the invocation GDBus handed it in full) and never drops it;
 * LeakSanitizer is told that this reference is the library's, not one this program lost. */
static GDBusMethodInvocation *
pop_call (void)
{
  GDBusMethodInvocation *invocation = NULL;

  g_assert_true (gt_dbus_queue_pop_message (queue, &invocation));
#ifdef RC_LSAN
  __lsan_ignore_object (invocation);
#endif
  return invocation;
}

static void
test_wait_over (void)
{
  g_autoptr(GVariant) data = NULL;
  GDBusMethodInvocation *invocation = NULL;
  const char *app_id = NULL, *id = NULL, *title = NULL, *action = NULL;
  RcLockout *lockout = rc_test_begin_wait (app, &now);

  /* An hour later, without sleeping through it. */
  now += 3600 * (gint64) G_USEC_PER_SEC;
  rc_lockout_update (lockout);

  /* The application talks over its own session connection, not the queue's
   * client connection, so the message is checked here rather than by
   * gt_dbus_queue_assert_pop_message(), which insists on the latter. */
  invocation = pop_call ();
  g_assert_cmpstr (g_dbus_method_invocation_get_object_path (invocation), ==,
                   "/org/gtk/Notifications");
  g_assert_cmpstr (g_dbus_method_invocation_get_interface_name (invocation), ==,
                   "org.gtk.Notifications");
  g_assert_cmpstr (g_dbus_method_invocation_get_method_name (invocation), ==, "AddNotification");
  g_variant_get (g_dbus_method_invocation_get_parameters (invocation), "(&s&s@a{sv})",
                 &app_id, &id, &data);
  g_assert_cmpstr (app_id, ==, APP_ID ".Test");
  g_assert_cmpstr (id, ==, "wait-over");
  g_assert_true (g_variant_lookup (data, "title", "&s", &title));
  g_assert_cmpstr (title, ==, "Try the Code Again");
  /* A click opens the app on the timer, even if it has to start again. */
  g_assert_true (g_variant_lookup (data, "default-action", "&s", &action));
  g_assert_cmpstr (action, ==, "app.show-lockout");
  g_dbus_method_invocation_return_value (invocation, NULL);

  gt_dbus_queue_assert_no_messages (queue);
}

static GDBusMethodInvocation *
pop (const char  *method,
     const char  *expected_id,
     GVariant   **data)
{
  GDBusMethodInvocation *invocation = pop_call ();
  const char *app_id = NULL, *id = NULL;

  g_assert_cmpstr (g_dbus_method_invocation_get_method_name (invocation), ==, method);
  if (g_str_equal (method, "AddNotification"))
    g_variant_get (g_dbus_method_invocation_get_parameters (invocation), "(&s&s@a{sv})",
                   &app_id, &id, data);
  else
    g_variant_get (g_dbus_method_invocation_get_parameters (invocation), "(&s&s)", &app_id, &id);
  g_assert_cmpstr (id, ==, expected_id);
  return invocation;
}

static void
test_counting_in_background (void)
{
  g_autoptr(GVariant) data = NULL;
  RcLockout *lockout;

  lockout = rc_application_get_lockout (app);
  rc_test_use_fake_clock (lockout, &now);
  rc_lockout_reset (lockout);

  /* Nothing counting: closing the last window lets the app go. */
  g_assert_false (rc_application_keep_counting (app));

  /* Counting: the app stays, and says so once. */
  rc_lockout_begin_wait (lockout);
  /* With no window, nothing wakes the app every second: one timer, for the end. */
  g_assert_false (rc_application_is_ticking (app));
  g_assert_true (rc_application_is_waiting_for_end (app));
  g_assert_true (rc_application_keep_counting (app));
  g_dbus_method_invocation_return_value (pop ("AddNotification", "counting", &data), NULL);
  g_assert_true (rc_application_keep_counting (app));
  gt_dbus_queue_assert_no_messages (queue);

  /* At the end, that message makes way for the one that matters. */
  now += 3600 * (gint64) G_USEC_PER_SEC;
  rc_lockout_update (lockout);
  g_dbus_method_invocation_return_value (pop ("RemoveNotification", "counting", NULL), NULL);
  g_clear_pointer (&data, g_variant_unref);
  g_dbus_method_invocation_return_value (pop ("AddNotification", "wait-over", &data), NULL);
  g_assert_false (rc_application_keep_counting (app));
  g_assert_false (rc_application_is_waiting_for_end (app));
  gt_dbus_queue_assert_no_messages (queue);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  queue = rc_test_init_with_notifications (&argc, &argv);
  /* One registered application, as the real program has. */
  app = rc_test_new_application (APP_ID ".Test");

  g_test_add_func ("/notification/wait-over", test_wait_over);
  g_test_add_func ("/notification/counting-in-background", test_counting_in_background);

  ret = g_test_run ();
  /* The queue's private bus is left to end with the process: taking it down
   * would wait for GTK to drop its own connection to it, which it never does. */
  gt_dbus_queue_assert_no_messages (queue);
  return ret;
}
