/* rc-test-core.c — helpers shared by every test, headless ones included
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "rc-test-core.h"

/* The test framework, without a display yet. */
void
rc_test_init_glib (int    *argc,
                   char ***argv)
{
  g_autofree char *top = NULL;
  const char *folders[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  g_setenv ("LANGUAGE", "C", TRUE);
  /* The user's folders are a fresh one per run; the system's data folders
   * (icons, the MIME database the SVG loader needs) stay as they are, which
   * G_TEST_OPTION_ISOLATE_DIRS would replace too. */
  top = g_dir_make_tmp ("radio-code-test-XXXXXX", NULL);
  g_assert_nonnull (top);
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *folder = g_build_filename (top, folders[i], NULL);

      g_mkdir_with_parents (folder, 0700);
      g_setenv (folders[i], folder, TRUE);
    }
  g_test_init (argc, argv, NULL);
}

RcCatalog *
rc_test_load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  RcCatalog *catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);

  g_assert_no_error (error);
  return catalog;
}

/* Runs the tests added; then drops @catalog, the catalog the program's tests
 * share, and fails if a test kept a reference to it. Returns what
 * g_test_run() returns. */
int
rc_test_run_and_drop (RcCatalog *catalog)
{
  int ret = g_test_run ();

  g_assert_finalize_object (catalog);
  return ret;
}

/* Adding @xml to @catalog fails with an error that gives its place in the file. */
void
rc_test_assert_rejected (RcCatalog  *catalog,
                         const char *xml)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_catalog_add_data (catalog, "bad.xml", xml, -1, &error));
  g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "bad.xml: Error on line "));
}

/* Runs radio-code (RADIO_CODE_BIN) with @args; returns its standard output,
 * and its exit status and standard error in @status and @err. */
char *
rc_test_run_cli (const char * const  *args,
                 int                 *status,
                 char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_assert_nonnull (g_getenv ("RADIO_CODE_BIN"));
  g_ptr_array_add (argv, (char *) g_getenv ("RADIO_CODE_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  *status = g_subprocess_get_exit_status (process);
  return out;
}

static gint64
read_fake_clock (gpointer data)
{
  return *(gint64 *) data;
}

/* Puts @lockout on a clock, wall and boot-time alike, that reads *@now: a
 * time the test moves by hand, set here to 1000 s. */
void
rc_test_use_fake_clock (RcLockout *lockout,
                        gint64    *now)
{
  *now = 1000 * G_USEC_PER_SEC;
  rc_lockout_set_clock (lockout, read_fake_clock, read_fake_clock, now);
}

/* A notify handler that counts emissions in the guint it is given. */
void
rc_test_count_notify_cb (GObject    *object,
                         GParamSpec *pspec,
                         guint      *count)
{
  (*count)++;
}

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main context until @condition holds; fails the test after
 * 30 seconds, saying it was waiting for @what. */
void
rc_test_wait_until (RcTestCondition  condition,
                    gpointer         data,
                    const char      *what)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (30, timed_out_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("Waited 30 s for %s", what);
  g_source_remove (timeout_id);
}

/* An async callback for rc_test_wait_result(): @user_data is a GAsyncResult **. */
void
rc_test_result_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  g_assert_null (*slot);
  *slot = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

/* Waits for rc_test_result_cb() to fill @slot; returns its result (transfer full). */
GAsyncResult *
rc_test_wait_result (GAsyncResult **slot)
{
  rc_test_wait_until (has_result, slot, "an asynchronous call to finish");
  return g_steal_pointer (slot);
}

/* Whether the library whose file is @library (librsvg-2.so.2) is loaded in this process. */
gboolean
rc_test_is_loaded (const char *library)
{
  g_autofree char *maps = NULL;
  g_autofree char *file = g_strconcat ("/", library, NULL);

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, file) != NULL;
}

/* Skips the test unless a secret service runs on the session bus. It is
 * asked, never started: a service D-Bus starts on demand would be the
 * user's own keyring. build-aux/test-session starts a throwaway one. */
gboolean
rc_test_secret_service_or_skip (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  if (bus != NULL)
    reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                         "org.freedesktop.DBus", "NameHasOwner",
                                         g_variant_new ("(s)", "org.freedesktop.secrets"),
                                         G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                         NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  if (!owned)
    g_test_skip ("No secret service runs on this session bus; run the tests with "
                 "`bash build-aux/dev test`, which starts a throwaway one");
  return owned;
}

static gboolean
store_idle (gpointer data)
{
  return !rc_code_store_get_busy (data);
}

/* Waits until every call made to @store has finished. */
void
rc_test_wait_store (RcCodeStore *store)
{
  rc_test_wait_until (store_idle, store, "the keyring's calls to finish");
}

/* The code @store keeps for @serial, or %NULL; looked up after the calls before. */
char *
rc_test_lookup_code (RcCodeStore *store,
                     const char  *serial)
{
  GAsyncResult *slot = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *code;

  rc_code_store_lookup_async (store, serial, NULL, rc_test_result_cb, &slot);
  result = rc_test_wait_result (&slot);
  code = rc_code_store_lookup_finish (store, result, &error);
  g_assert_no_error (error);
  return code;
}

/* @store keeps @code for @serial (none when %NULL), once the calls made have finished. */
void
rc_test_assert_kept (RcCodeStore *store,
                     const char  *serial,
                     const char  *code)
{
  g_autofree char *kept = NULL;

  rc_test_wait_store (store);
  kept = rc_test_lookup_code (store, serial);
  g_assert_cmpstr (kept, ==, code);
}

/* From here on, gettext reads the made-up “xx” translation built from
 * tests/translation-test.po, as if the owner's language were xx. */
void
rc_test_use_translation (void)
{
  g_autofree char *top = g_dir_make_tmp ("radio-code-locale-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (top, "xx", "LC_MESSAGES", NULL);
  g_autofree char *target = g_build_filename (folder, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_BUILT, "translation-test.mo", NULL),
                                      &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, contents, length, &error));

  g_setenv ("LANGUAGE", "xx", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, top);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}
