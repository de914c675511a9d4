/* test-code-store.c — the kept code, through a real secret service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * build-aux/test-session starts gnome-keyring-daemon on the test's own D-Bus
 * session, with a throwaway login keyring; without one running, the tests
 * that need it skip. The test without a keyring makes its own empty bus.
 */

#include "config.h"

#include <libsecret/secret.h>

#include "rc-code-store.h"
#include "rc-error.h"
#include "rc-library.h"
#include "rc-test-core.h"

/* Made-up serials, so that a keyring that is not the test's own loses nothing. */
#define SERIAL_A "RCTEST234631987485"
#define SERIAL_B "RCTEST667SM0474796"

static const char *test_serials[] = { SERIAL_A, SERIAL_B, RC_CODE_STORE_UNKNOWN_SERIAL };

static void
keep (RcCodeStore *store,
      const char  *serial,
      const char  *code)
{
  GAsyncResult *slot = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  rc_code_store_keep_async (store, serial, code, NULL, rc_test_result_cb, &slot);
  result = rc_test_wait_result (&slot);
  g_assert_true (rc_code_store_keep_finish (store, result, &error));
  g_assert_no_error (error);
}

static void
forget (RcCodeStore *store,
        const char  *serial)
{
  GAsyncResult *slot = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  rc_code_store_forget_async (store, serial, NULL, rc_test_result_cb, &slot);
  result = rc_test_wait_result (&slot);
  g_assert_true (rc_code_store_forget_finish (store, result, &error));
  g_assert_no_error (error);
}

/* The keyring's items of our schema for the test serials, as libsecret sees them. */
static GList *
find_items (void)
{
  SecretSchema schema = {
    NULL, SECRET_SCHEMA_NONE,
    {
      { "serial", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };
  g_autoptr(GError) error = NULL;
  GList *items = NULL;

  schema.name = rc_code_store_get_schema_name ();
  for (guint i = 0; i < G_N_ELEMENTS (test_serials); i++)
    {
      GList *found = secret_password_search_sync (&schema, SECRET_SEARCH_ALL, NULL, &error,
                                                  "serial", test_serials[i], NULL);

      g_assert_no_error (error);
      items = g_list_concat (items, found);
    }
  return items;
}

static void
forget_test_serials (RcCodeStore *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (test_serials); i++)
    forget (store, test_serials[i]);
}

/* A store on a keyring that keeps no code for the test serials. */
static RcCodeStore *
new_store (void)
{
  RcCodeStore *store = rc_code_store_new ();

  forget_test_serials (store);
  return store;
}

/* Leaves the keyring as new_store() found it, and checks that nothing else holds @store. */
static void
drop_store (RcCodeStore *store)
{
  forget_test_serials (store);
  g_assert_finalize_object (store);
}

static void
test_keep_lookup_forget (void)
{
  g_autoptr(RcCodeStore) store = NULL;
  g_autolist(GObject) items = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *label = NULL;
  g_autofree char *code = NULL;
  g_autofree char *gone = NULL;

  if (!rc_test_secret_service_or_skip ())
    return;
  store = new_store ();

  g_assert_null (rc_test_lookup_code (store, SERIAL_A));
  keep (store, SERIAL_A, "1609");
  g_assert_false (rc_code_store_get_session_only (store));
  code = rc_test_lookup_code (store, SERIAL_A);
  g_assert_cmpstr (code, ==, "1609");

  /* One item, recognisable in Seahorse, found by its schema and serial. */
  items = find_items ();
  g_assert_cmpuint (g_list_length (items), ==, 1);
  label = secret_retrievable_get_label (items->data);
  g_assert_cmpstr (label, ==, "Radio Code: code for radio " SERIAL_A);
  attributes = secret_retrievable_get_attributes (items->data);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "serial"), ==, SERIAL_A);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "xdg:schema"), ==, "org.example.RadioCode.Code");

  forget (store, SERIAL_A);
  gone = rc_test_lookup_code (store, SERIAL_A);
  g_assert_null (gone);
  g_list_free_full (g_steal_pointer (&items), g_object_unref);
  items = find_items ();
  g_assert_null (items);
  g_assert_false (rc_code_store_get_busy (store));
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_one_item_per_serial (void)
{
  g_autoptr(RcCodeStore) store = NULL;
  g_autolist(GObject) items = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *b_left = NULL;
  g_autofree char *a_gone = NULL;

  if (!rc_test_secret_service_or_skip ())
    return;
  store = new_store ();

  keep (store, SERIAL_A, "1111");
  keep (store, SERIAL_B, "2222");
  /* Keeping again replaces the code; it does not add an item. */
  keep (store, SERIAL_A, "3333");
  a = rc_test_lookup_code (store, SERIAL_A);
  b = rc_test_lookup_code (store, SERIAL_B);
  g_assert_cmpstr (a, ==, "3333");
  g_assert_cmpstr (b, ==, "2222");
  items = find_items ();
  g_assert_cmpuint (g_list_length (items), ==, 2);

  /* Forgetting one radio's code leaves the other's. */
  forget (store, SERIAL_A);
  a_gone = rc_test_lookup_code (store, SERIAL_A);
  b_left = rc_test_lookup_code (store, SERIAL_B);
  g_assert_null (a_gone);
  g_assert_cmpstr (b_left, ==, "2222");
  drop_store (g_steal_pointer (&store));
}

static void
test_unknown_serial (void)
{
  g_autoptr(RcCodeStore) store = NULL;
  g_autolist(GObject) items = NULL;
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *label = NULL;
  g_autofree char *code = NULL;

  if (!rc_test_secret_service_or_skip ())
    return;
  store = new_store ();

  /* No serial yet: one fixed item, which an empty serial names too. */
  keep (store, NULL, "4711");
  code = rc_test_lookup_code (store, "");
  g_assert_cmpstr (code, ==, "4711");
  items = find_items ();
  g_assert_cmpuint (g_list_length (items), ==, 1);
  attributes = secret_retrievable_get_attributes (items->data);
  g_assert_cmpstr (g_hash_table_lookup (attributes, "serial"), ==, "unknown");
  label = secret_retrievable_get_label (items->data);
  g_assert_cmpstr (label, ==, "Radio Code: code for a radio whose serial is not known yet");
  drop_store (g_steal_pointer (&store));
}

/* Calls run in the order made: a forget right after a keep leaves nothing. */
static void
test_calls_in_order (void)
{
  g_autoptr(RcCodeStore) store = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *last = NULL;
  guint notified = 0;

  if (!rc_test_secret_service_or_skip ())
    return;
  store = new_store ();
  g_signal_connect (store, "notify::busy", G_CALLBACK (rc_test_count_notify_cb), &notified);

  rc_code_store_keep_async (store, SERIAL_A, "1609", NULL, NULL, NULL);
  rc_code_store_forget_async (store, SERIAL_A, NULL, NULL, NULL);
  g_assert_true (rc_code_store_get_busy (store));
  gone = rc_test_lookup_code (store, SERIAL_A);
  g_assert_null (gone);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *code = g_strdup_printf ("100%u", i);

      rc_code_store_keep_async (store, SERIAL_A, code, NULL, NULL, NULL);
    }
  last = rc_test_lookup_code (store, SERIAL_A);
  g_assert_cmpstr (last, ==, "1004");
  rc_test_wait_store (store);
  /* Busy when the first call was made, idle when the last finished. */
  g_assert_cmpuint (notified, ==, 4);
  drop_store (g_steal_pointer (&store));
}

static void
test_cancelled (void)
{
  g_autoptr(RcCodeStore) store = rc_code_store_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GAsyncResult *slot = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;

  g_cancellable_cancel (cancellable);
  rc_code_store_lookup_async (store, SERIAL_A, cancellable, rc_test_result_cb, &slot);
  result = rc_test_wait_result (&slot);
  code = rc_code_store_lookup_finish (store, result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (code);
  g_assert_false (rc_code_store_get_busy (store));
  g_clear_object (&result);
  g_assert_finalize_object (g_steal_pointer (&store));
}

/* In a process of its own: a session bus on which no secret service runs or can be started. */
static void
no_keyring (void)
{
  g_autoptr(GTestDBus) bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autoptr(RcCodeStore) store = NULL;
  GAsyncResult *slot = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *none = NULL;

  g_test_dbus_up (bus);
  store = rc_code_store_new ();

  /* Nothing there yet, and the store learns there is no keyring. */
  none = rc_test_lookup_code (store, SERIAL_A);
  g_assert_null (none);
  g_assert_true (rc_code_store_get_session_only (store));

  /* Keeping says so, and keeps the code in memory all the same. */
  rc_code_store_keep_async (store, SERIAL_A, "1609", NULL, rc_test_result_cb, &slot);
  result = rc_test_wait_result (&slot);
  g_assert_false (rc_code_store_keep_finish (store, result, &error));
  g_assert_error (error, RC_ERROR, RC_ERROR_NO_KEYRING);
  g_assert_cmpstr (error->message, ==,
                   "No keyring is available: the code is kept until the app closes");
  kept = rc_test_lookup_code (store, SERIAL_A);
  g_assert_cmpstr (kept, ==, "1609");

  /* Forgetting it is no error: no keyring can hold it. */
  forget (store, SERIAL_A);
  gone = rc_test_lookup_code (store, SERIAL_A);
  g_assert_null (gone);

  g_clear_object (&result);
  g_assert_finalize_object (g_steal_pointer (&store));
  /* libsecret holds the bus connection, which the bus must not outlive. */
  secret_service_disconnect ();
  g_test_dbus_down (bus);
}

static void
test_no_keyring (void)
{
  if (g_test_subprocess ())
    {
      no_keyring ();
      return;
    }
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_label (void)
{
  g_autofree char *label = rc_code_store_label ("BP234631987485");
  g_autofree char *unknown = rc_code_store_label (NULL);

  g_assert_cmpstr (label, ==, "Radio Code: code for radio BP234631987485");
  g_assert_cmpstr (unknown, ==, "Radio Code: code for a radio whose serial is not known yet");
}

/* A library that is not there, or lacks a function, is refused with the reason, every time. */
static void
test_library_missing (void)
{
  static gpointer address;
  static const RcLibrarySymbol lookup[] = {
    { "secret_password_lookupv", &address },
    { NULL, NULL },
  };
  static const RcLibrarySymbol missing[] = {
    { "secret_password_lookupv", &address },
    { "rc_no_such_function", &address },
    { NULL, NULL },
  };
  static RcLibrary absent = { "libradio-code-no-such-library.so.0", lookup, 0, NULL };
  static RcLibrary incomplete = { SECRET_LIBRARY, missing, 0, NULL };
  static RcLibrary present = { SECRET_LIBRARY, lookup, 0, NULL };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) error_too = NULL;

      g_assert_false (rc_library_open (&absent, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_assert_false (rc_library_open (&incomplete, &error_too));
      g_assert_error (error_too, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    }
  g_assert_true (rc_library_open (&present, NULL));
  g_assert_nonnull (address);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);

  g_test_add_func ("/code-store/label", test_label);
  g_test_add_func ("/code-store/library-missing", test_library_missing);
  g_test_add_func ("/code-store/keep-lookup-forget", test_keep_lookup_forget);
  g_test_add_func ("/code-store/one-item-per-serial", test_one_item_per_serial);
  g_test_add_func ("/code-store/unknown-serial", test_unknown_serial);
  g_test_add_func ("/code-store/calls-in-order", test_calls_in_order);
  g_test_add_func ("/code-store/cancelled", test_cancelled);
  g_test_add_func ("/code-store/no-keyring", test_no_keyring);

  return g_test_run ();
}
