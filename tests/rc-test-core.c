/* rc-test-core.c — helpers shared by every test, headless ones included
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

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

/* A notify handler that counts emissions in the guint it is given. */
void
rc_test_count_notify_cb (GObject    *object,
                         GParamSpec *pspec,
                         guint      *count)
{
  (*count)++;
}
