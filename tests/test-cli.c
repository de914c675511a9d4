/* test-cli.c — the command line: output and exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <gio/gio.h>

typedef struct
{
  const char *name;
  const char *args[5];
  int         status;
  const char *out;     /* a part of standard output, or NULL */
  const char *err;     /* a part of standard error, or NULL */
} Case;

static const Case cases[] = {
  { "valid", { "--check", "NI667SM0474796" }, 0, "Verdict: valid", NULL },
  { "valid-series", { "--check", "bp 2346 3198 7485", "--series", "blaupunkt-bp" }, 0,
    "Serial: BP234631987485", NULL },
  { "prints-series", { "--check", "M123456" }, 0, "Series: Ford — M and V series (ford-mv)", NULL },
  { "incomplete", { "--check", "NI667" }, 1, "Verdict: incomplete", NULL },
  { "invalid", { "--check", "NI66XSM0474796", "--series", "nissan-ni" }, 1,
    "Wrong at position 5", NULL },
  { "part-number", { "--check", "7642346318" }, 1, "part number", NULL },
  { "rewrite-note", { "--check", "815BP632232924502" }, 0, "Note:", NULL },
  { "unknown-series", { "--check", "M123456", "--series", "nope" }, 2, NULL, "no radio series “nope”" },
  { "series-alone", { "--series", "ford-mv" }, 2, NULL, "--check" },
  { "unknown-option", { "--frobnicate" }, 2, NULL, "Unknown option" },
  { "list", { "--list-series" }, 0, "blaupunkt-bp", NULL },
  { "list-formats", { "--list-series" }, 0, "For example NI667SM0474796.", NULL },
  { "version", { "--version" }, 0, PACKAGE_VERSION, NULL },
  { "control-characters", { "--check", "BP\001\033[31m23" }, 1, "U+0001", NULL },
  { "emoji", { "--check", "🚗🔑" }, 1, "not a letter or digit", NULL },
  { "empty", { "--check", "" }, 1, "Verdict: empty", NULL },
  { "find-model", { "--find-model", "k12" }, 0, "Nissan\tMicra\tK11, K12\t1993–2010\tblaupunkt-bp clarion\n", NULL },
  { "find-model-year", { "--find-model", "almera 2006" }, 0, "Almera", NULL },
  { "find-model-none", { "--find-model", "zeppelin" }, 1, NULL, "No model matches" },
};

static char *
run (const char * const *args,
     int                *status,
     char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

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

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  out = run (c->args, &status, &err);
  g_test_message ("stdout: %s\nstderr: %s", out, err);
  g_assert_cmpint (status, ==, c->status);
  if (c->out != NULL)
    g_assert_nonnull (strstr (out, c->out));
  if (c->err != NULL)
    g_assert_nonnull (strstr (err, c->err));
  /* Nothing raw from the argument reaches the terminal. */
  g_assert_null (strchr (out, '\033'));
}

static void
test_huge_argument (void)
{
  g_autofree char *huge = g_strnfill (100 * 1024, 'B');
  const char *args[] = { "--check", huge, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  out = run (args, &status, &err);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "102400 characters"));
  g_assert_cmpuint (strlen (out), <, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("RADIO_CODE_BIN") == NULL)
    {
      g_test_skip ("RADIO_CODE_BIN is not set");
      return g_test_run ();
    }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/cli/huge-argument", test_huge_argument);

  return g_test_run ();
}
