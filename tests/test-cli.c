/* test-cli.c — the command line: output and exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "rc-cli.h"
#include "rc-reference.h"
#include "rc-test-core.h"

typedef struct
{
  const char *name;
  const char *args[5];
  int         status;
  const char *out;     /* a part of standard output, or NULL */
  const char *err;     /* a part of standard error, or NULL */
  const char *not_out; /* what standard output may not say, or NULL */
} Case;

static const Case cases[] = {
  { "valid", { "--check", "NI667SM0474796" }, 0, "Verdict: Valid\n", NULL },
  { "valid-series", { "--check", "bp 2346 3198 7485", "--series", "blaupunkt-bp" }, 0,
    "Serial: BP234631987485", NULL },
  { "prints-series", { "--check", "M123456" }, 0, "Series: Ford — M and V series (ford-mv)", NULL },
  { "incomplete", { "--check", "NI667" }, 1, "Verdict: Incomplete — 5 of 14 characters\n", NULL },
  { "invalid", { "--check", "NI66XSM0474796", "--series", "nissan-ni" }, 1,
    "Wrong at position 5", NULL },
  { "part-number", { "--check", "7642346318" }, 1, "part number", NULL },
  { "vw-part-number", { "--check", "1J0035186D" }, 1, "Verdict: Not a serial\n", NULL },
  { "vw-part-number-series", { "--check", "1J0035186D", "--series", "vw-audi" }, 1,
    "Volkswagen or Audi part number", NULL },
  { "blaupunkt-part-number", { "--check", "8 635 123 392 0" }, 1, "Blaupunkt part number", NULL },
  { "blaupunkt-part-number-series", { "--check", "8 635 123 392 0", "--series", "blaupunkt-bp" },
    1, "Verdict: Not a serial\n", NULL },
  { "rewrite-note", { "--check", "815BP632232924502" }, 0, "Note:", NULL },
  { "lookalike-8-for-b", { "--check", "8P234631987485" }, 1,
    "Series: Blaupunkt — BP-series (blaupunkt-bp)", NULL, "NI-series" },
  { "lookalike-8-for-b-series", { "--check", "8P234631987485", "--series", "blaupunkt-bp" }, 1,
    "Did you mean the letter “B”?", NULL },
  { "ford-o-for-0", { "--check", "MO559440" }, 1, "Series: Ford — M and V series (ford-mv)", NULL,
    "Precode" },
  { "ford-o-for-0-series", { "--check", "MO559440", "--series", "ford-mv" }, 1,
    "serial reads M559440", NULL },
  { "radio-pass", { "--check", "A3132883" }, 1, "Verdict: Unknown format\n", NULL,
    "Precode" },
  { "radio-pass-series", { "--check", "A3132883", "--series", "renault-precode" }, 1,
    "Verdict: Too long\n", NULL },
  { "815cm-not-ni", { "--check", "815CM015655292387" }, 0, "Verdict: Valid\n", NULL, "NI-series" },
  { "vin", { "--check", "SJNFAAK12U1234567" }, 1, "vehicle identification number (VIN)", NULL,
    "Precode" },
  { "vin-series", { "--check", "SJNFAAK12U1234567", "--series", "nissan-ni" }, 1,
    "Verdict: Not a serial\n", NULL },
  { "lookalike-in-valid", { "--check", "BP2346O1987485" }, 0,
    "Note: Character 7 is the letter “O”: if the label shows a zero there, type 0.", NULL },
  { "lookalike-in-valid-series", { "--check", "BP2346O1987485", "--series", "blaupunkt-bp" }, 0,
    "Note: Character 7 is the letter “O”", NULL },
  { "ni-without-ni", { "--check", "667SM0474796" }, 0, "Serial: NI667SM0474796", NULL },
  { "ni-without-ni-series", { "--check", "667SM0474796", "--series", "nissan-ni" }, 0,
    "NI was added", NULL },
  { "815cm", { "--check", "815CM015655292387" }, 0, "Series: Clarion — CL and CM serials (clarion)",
    NULL },
  { "815cm-series", { "--check", "815CM015655292387", "--series", "clarion" }, 0,
    "Serial: CM015655292387", NULL },
  { "unknown-series", { "--check", "M123456", "--series", "nope" }, 2, NULL, "no radio series “nope”" },
  { "series-alone", { "--series", "ford-mv" }, 2, NULL, "--check" },
  { "unknown-option", { "--frobnicate" }, 2, NULL, "Unknown option" },
  { "list", { "--list-series" }, 0, "blaupunkt-bp", NULL },
  { "list-formats", { "--list-series" }, 0,
    "NI, then 3 digits, 2 letters and 7 digits — 14 characters. For example NI667SM0474796.\n",
    NULL, "— For example" },
  { "version", { "--version" }, 0, PACKAGE_VERSION, NULL },
  { "control-characters", { "--check", "BP\001\033[31m23" }, 1, "U+0001", NULL },
  { "emoji", { "--check", "🚗🔑" }, 1, "not a letter or digit", NULL },
  { "empty", { "--check", "" }, 1, "Verdict: No serial yet\n", NULL },
  { "find-model", { "--find-model", "k12" }, 0, "Nissan\tMicra\tK11, K12\t1993–2010\tblaupunkt-bp clarion\n", NULL },
  { "find-model-year", { "--find-model", "almera 2006" }, 0, "Almera", NULL },
  { "find-model-none", { "--find-model", "zeppelin" }, 1, NULL, "No model matches" },
  /* The corrected facts of the truth pass, as a terminal user reads them. */
  { "reference-locked-facts", { "--reference", "LOCKED" }, 0, "holding MOD and TA", NULL },
  { "reference-lock13-facts", { "--reference", "LOCKED" }, 0, "LOCK13 or LOCKED 13 on a Ford is final", NULL },
  { "reference-err-facts", { "--reference", "ERR" }, 0, "Do not try another code now", NULL },
  { "reference-safe-facts", { "--reference", "SAFE" }, 0, "entered twice", NULL },
  { "reference-ni-facts", { "--reference", "NI-series" }, 0, "hold preset 6", NULL },
  { "reference-ni-confidence", { "--reference", "NI-series" }, 0, "Confidence: One source", NULL },
  { "reference-clarion-facts", { "--reference", "Clarion" }, 0, "starting with C7", NULL },
  { "reference-blaupunkt-facts", { "--reference", "Blaupunkt" }, 0, "2468 as 2, 4, 6 and 8 presses", NULL },
  { "reference-none", { "--reference", "zeppelin" }, 1, NULL,
    "Nothing in the reference matches “zeppelin”." },
  { "reference-missing", { "--reference" }, 2, NULL, "--reference" },
  { "reference-empty", { "--reference", "" }, 2, NULL, "Say what to look for" },
  { "reference-punctuation", { "--reference", " ?! — " }, 2, NULL, "Say what to look for" },
  { "reference-stray", { "--reference", "wait", "hours" }, 2, NULL, "“hours” is not part of the search" },
  { "reference-with-check", { "--reference", "wait", "--check", "M123456" }, 2, NULL, "alone" },
  { "stray", { "wiring" }, 2, NULL, "takes no “wiring”" },
};

/* --code: a code on a line of its own, or the reason and no Code: line. */
static const Case code_cases[] = {
  { "renault", { "--code", "b-456" }, 0, "\nCode: 0709\n", NULL },
  { "renault-series", { "--code", "Z999", "--series", "renault-precode" }, 0, "Code: 0060\n", NULL },
  { "renault-says-method", { "--code", "B456" }, 0, "Method: Renault and Dacia precode", NULL },
  { "renault-says-basis", { "--code", "B456" }, 0, "not confirmed by owners' reports", NULL },
  { "ford", { "--code", "m 036972" }, 0, "Serial: M036972\n", NULL },
  { "ford-leading-zero", { "--code", "M0123456" }, 0, "Code: 2487\n", NULL },
  { "ford-says-basis", { "--code", "M123456" }, 0, "Owners confirm codes computed this way", NULL },
  { "ford-series", { "--code", "M123456" }, 0, "Series: Ford — M and V series (ford-mv)", NULL },
  { "ford-confidence", { "--code", "M123456" }, 0, "Confidence: Several sources", NULL },
  { "ford-v", { "--code", "V123456" }, 1, "V-series radios", NULL },
  { "ford-too-long", { "--code", "M1234567" }, 1, "No code:", NULL },
  { "renault-a0", { "--code", "A012" }, 1, "A000 to A099", NULL },
  { "nissan", { "--code", "NI667SM0474796" }, 1, "No verified method", NULL },
  { "blaupunkt", { "--code", "BP234631987485" }, 1, "No verified method", NULL },
  { "wrong-series", { "--code", "B456", "--series", "nissan-ni" }, 1, "No code:", NULL },
  { "unknown-series", { "--code", "B456", "--series", "nope" }, 2, NULL, "no radio series “nope”" },
  { "with-check", { "--code", "B456", "--check", "B456" }, 2, NULL, "only one" },
  { "missing-serial", { "--code" }, 2, NULL, "--code" },
  { "control-characters", { "--code", "B4\0335" }, 1, "U+001B", NULL },
};

/* Runs @c and checks what it says it prints; returns standard output. */
static char *
run_case (const Case *c,
          int        *status)
{
  g_autofree char *err = NULL;
  char *out;

  out = rc_test_run_cli (c->args, status, &err);
  g_test_message ("stdout: %s\nstderr: %s", out, err);
  g_assert_cmpint (*status, ==, c->status);
  if (c->out != NULL)
    g_assert_nonnull (strstr (out, c->out));
  if (c->err != NULL)
    g_assert_nonnull (strstr (err, c->err));
  if (c->not_out != NULL)
    g_assert_null (strstr (out, c->not_out));
  /* Nothing raw from the argument reaches the terminal. */
  g_assert_null (strchr (out, '\033'));
  return out;
}

static void
test_case (gconstpointer data)
{
  g_autofree char *out = NULL;
  int status = -1;

  out = run_case (data, &status);
}

static void
test_code_case (gconstpointer data)
{
  g_autofree char *out = NULL;
  int status = -1;

  out = run_case (data, &status);
  /* The code line comes exactly when the exit status says there is a code. */
  g_assert_cmpint (strstr (out, "\nCode: ") != NULL, ==, status == 0);
}

/* An argument far too long to use whole: a serial is said to be too long, a
 * search is cut where the reference stops reading it, and says so. */
static void
test_huge_argument (void)
{
  g_autofree char *huge = g_strnfill (100 * 1024, 'B');
  g_autofree char *spaces = g_strnfill (100 * 1024, ' ');
  g_autofree char *query = g_strconcat ("presets", spaces, "zeppelin", NULL);
  const char *check[] = { "--check", huge, NULL };
  const char *reference[] = { "--reference", query, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  out = rc_test_run_cli (check, &status, &err);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "102400 characters"));
  g_assert_cmpuint (strlen (out), <, 1000);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = rc_test_run_cli (reference, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (out, "Hold Presets 1 and 6\n"));
  g_assert_nonnull (strstr (err, "only its first 200 characters are used"));
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data != NULL ? data : "", size);
}

/* Runs radio-code with @args and the variables @env ("NAME=value", %NULL-terminated) set. */
static char *
run_with_env (const char * const *args,
              const char * const *env,
              int                *status,
              char              **err)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) out_bytes = NULL;
  g_autoptr(GBytes) err_bytes = NULL;
  char *out;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env[i], "=", 2);

      g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
    }
  g_ptr_array_add (argv, (char *) g_getenv ("RADIO_CODE_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  /* Bytes, not UTF-8: in the C locale the output is ASCII, its dashes and quotes spelled out. */
  g_subprocess_communicate (process, NULL, NULL, &out_bytes, &err_bytes, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  *status = g_subprocess_get_exit_status (process);
  *err = bytes_to_string (err_bytes);
  out = bytes_to_string (out_bytes);
  g_test_message ("stdout: %s\nstderr: %s", out, *err);
  return out;
}

/* Text that is no text gets the app's own words and exit status 2, in any locale; a serial is
 * read in any locale, and in several arguments when typed with its spaces. */
static void
test_text_arguments (void)
{
  static const struct {
    const char *args[6];
    const char *locale;
    int         status;
    const char *out;
    const char *err;
  } text_cases[] = {
    { { "--check", "BP\xff\xfe" }, "C.UTF-8", 2, NULL, "What follows --check is not readable text" },
    { { "--check", "BP\xff\xfe" }, "C", 2, NULL, "What follows --check is not readable text" },
    { { "--code", "B4\xc3" }, "C", 2, NULL, "What follows --code is not readable text" },
    { { "--check", "M123456", "--series", "\xfe" }, "C", 2, NULL, "What follows --series" },
    { { "--find-model", "micra\xff" }, "C.UTF-8", 2, NULL, "--find-model is not readable" },
    { { "--reference", "\xffwait" }, "C", 2, NULL, "--reference is not readable" },
    { { "--check", "BP2346", "\xff" }, "C", 2, NULL, "--check is not readable" },
    { { "--check", "BP2346\u00a031987485" }, "C", 0, "Serial: BP234631987485", NULL },
    { { "--check", "BP2346\u00a031987485" }, "C.UTF-8", 0, "Verdict: Valid\n", NULL },
    { { "--check", "BP2346", "31987485" }, "C.UTF-8", 0, "Serial: BP234631987485\n", NULL },
    { { "--check", "BP", "2346", "3198", "7485" }, "C", 0, "Verdict: Valid\n", NULL },
    { { "--check", "NI667", "--series", "nissan-ni", "SM0474796" }, "C", 0, "Verdict: Valid\n",
      NULL },
    { { "--code", "B", "456" }, "C.UTF-8", 0, "\nCode: 0709\n", NULL },
    { { "--check", "M123456", "--code", "M123456", "7" }, "C", 2, NULL, "only one" },
    { { "--list-series", "BP2346" }, "C.UTF-8", 2, NULL, "takes no “BP2346”" },
    /* Where the terminal cannot show a dash or a quotation mark, it is spelled in ASCII, not “?”. */
    { { "--check", "NI667SM0474796" }, "C", 0, "Series: Nissan -- NI-series (nissan-ni)\n", NULL },
    { { "--list-series", "BP2346" }, "C", 2, NULL, "takes no \"BP2346\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (text_cases); i++)
    {
      g_autofree char *locale = g_strconcat ("LC_ALL=", text_cases[i].locale, NULL);
      const char *env[] = { locale, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status = -1;

      g_test_message ("case %u, %s", i, locale);
      out = run_with_env (text_cases[i].args, env, &status, &err);
      g_assert_cmpint (status, ==, text_cases[i].status);
      if (text_cases[i].out != NULL)
        g_assert_nonnull (strstr (out, text_cases[i].out));
      if (text_cases[i].err != NULL)
        g_assert_nonnull (strstr (err, text_cases[i].err));
      g_assert_null (strstr (err, "Invalid byte sequence"));
    }
}

/* A search longer than the app reads says so, for models as for the reference. */
static void
test_long_model_query (void)
{
  g_autofree char *padding = g_strnfill (300, 'x');
  g_autofree char *query = g_strconcat ("micra ", padding, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "--find-model", query, NULL };
  const char *shorter[] = { "--find-model", "micra", NULL };
  int status = -1;

  out = rc_test_run_cli (args, &status, &err);
  g_assert_nonnull (strstr (err, "only its first 200 characters are used"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = rc_test_run_cli (shorter, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (strstr (err, "characters are used"));
}

typedef struct
{
  char *home;   /* XDG_STATE_HOME */
  char *dir;    /* the app's folder in it */
} StateDir;

static void
state_setup (StateDir      *s,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  s->home = g_dir_make_tmp ("radio-code-status-XXXXXX", &error);
  g_assert_no_error (error);
  s->dir = g_build_filename (s->home, "radio-code", NULL);
  g_assert_cmpint (g_mkdir (s->dir, 0700), ==, 0);
}

static void
state_teardown (StateDir      *s,
                gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (s->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (s->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (s->dir);
  g_rmdir (s->home);
  g_free (s->dir);
  g_free (s->home);
}

static void
write_state (StateDir   *s,
             const char *name,
             const char *contents)
{
  g_autofree char *path = g_build_filename (s->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* A lockout.ini saved now, in a wait of an hour, and a radio.ini naming the radio. */
static void
write_waiting (StateDir   *s,
               const char *extra)
{
  g_autofree char *lockout = g_strdup_printf ("[lockout]\nversion=1\nrule=nissan-page\n"
                                              "state=waiting\nfailures=4\nround-failures=0\n"
                                              "waits=1\nduration=3600\nelapsed-us=0\n"
                                              "anchor-wall-us=%" G_GINT64_FORMAT "\n%s",
                                              g_get_real_time (), extra);

  write_state (s, "lockout.ini", lockout);
  write_state (s, "radio.ini", "[radio]\nversion=1\nseries=nissan-ni\n"
                               "serial-text=NI667SM0474796\nmodel=\nvin=\n");
}

static char *
run_status (StateDir *s,
            int      *status,
            char    **err)
{
  g_autofree char *home = g_strconcat ("XDG_STATE_HOME=", s->home, NULL);
  const char *env[] = { home, "LC_ALL=C.UTF-8", NULL };
  const char *args[] = { "--status", NULL };

  return run_with_env (args, env, status, err);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Everything in the folder, name and contents, to show that --status changed nothing. */
static char *
snapshot (StateDir *s)
{
  g_autoptr(GDir) dir = g_dir_open (s->dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) all = g_string_new (NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (s->dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;

      g_file_get_contents (path, &contents, NULL, NULL);
      g_string_append_printf (all, "%s:\n%s\n", (char *) g_ptr_array_index (names, i), contents);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static void
test_status_fresh (StateDir      *s,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = snapshot (s);
  g_autofree char *after = NULL;
  int status = -1;

  out = run_status (s, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Series: not picked\nSerial: (none)\n"));
  g_assert_nonnull (strstr (out, "State: ready"));
  g_assert_nonnull (strstr (out, "Wrong codes in all: 0\n"));
  g_assert_null (strstr (out, "Wait left"));
  /* Nothing is written: no radio yet is no file yet. */
  after = snapshot (s);
  g_assert_cmpstr (before, ==, after);
}

static void
test_status_waiting (StateDir      *s,
                     gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *left;
  guint h = 9, m = 99, sec = 99;
  int status = -1;

  write_waiting (s, "");
  before = snapshot (s);
  out = run_status (s, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Series: Nissan — NI-series (nissan-ni)\n"));
  g_assert_nonnull (strstr (out, "Serial: NI667SM0474796\n"));
  g_assert_nonnull (strstr (out, "State: waiting — WAIT"));
  g_assert_nonnull (strstr (out, "Tries left in this round: 3 of 3\n"));
  g_assert_nonnull (strstr (out, "Wrong codes in all: 4\n"));
  /* Never more than the hour the wait lasts. */
  left = strstr (out, "Wait left: ");
  g_assert_nonnull (left);
  if (sscanf (left, "Wait left: %u:%u:%u", &h, &m, &sec) == 3)
    g_assert_true (h == 1 && m == 0 && sec == 0);
  else
    g_assert_cmpint (sscanf (left, "Wait left: %u:%u", &m, &sec), ==, 2);
  g_assert_cmpuint (m, <=, 59);
  g_assert_nonnull (strstr (left, ", until "));
  after = snapshot (s);
  g_assert_cmpstr (before, ==, after);
}

/* Damaged files are said and left exactly as they are: nothing moved aside, nothing written. */
static void
test_status_damaged (StateDir      *s,
                     gconstpointer  data)
{
  static const struct {
    const char *lockout_extra;
    const char *radio;
    const char *says;
  } damaged[] = {
    { "state=sideways\n", NULL, "unknown state “sideways”" },
    /* A 3600 s wait that would show as 281 million seconds. */
    { "elapsed-us=281474976710656\n", NULL, "out of range" },
    { "anchor-wall-us=9223372036854775807\n", NULL, "out of range" },
    { "elapsed-us=-1\n", NULL, "missing or damaged" },
    { "round-failures=15\nfailures=15\nstate=ready\n", NULL, "out of range" },
    { "", "[radio]\nversion=7\n", "about the radio could not be read" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (damaged); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      int status = -1;

      write_waiting (s, damaged[i].lockout_extra);
      if (damaged[i].radio != NULL)
        write_state (s, "radio.ini", damaged[i].radio);
      before = snapshot (s);
      out = run_status (s, &status, &err);
      g_assert_cmpint (status, ==, 1);
      g_assert_nonnull (strstr (err, damaged[i].says));
      g_assert_nonnull (strstr (err, "left as it is"));
      /* A damaged count is never shown as a fresh one. */
      if (damaged[i].radio == NULL)
        g_assert_null (strstr (out, "Tries left"));
      after = snapshot (s);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_status_alone (void)
{
  const char *args[] = { "--status", "--check", "M123456", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  out = rc_test_run_cli (args, &status, &err);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "--status goes alone"));
}

static RcCatalog *catalog;

/* The entries --reference prints for @query: a blank line between two. */
static GStrv
reference_blocks (const char *query,
                  int        *status)
{
  const char *args[] = { "--reference", query, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  out = rc_test_run_cli (args, status, &err);
  g_test_message ("stderr: %s", err);
  g_assert_true (g_str_has_suffix (out, "\n"));
  out[strlen (out) - 1] = '\0';
  return g_strsplit (out, "\n\n", -1);
}

typedef struct
{
  const char *query;
  const char *first;   /* the id of the entry printed first */
} ReferenceCase;

static const ReferenceCase reference_cases[] = {
  { "presets", "method:presets" },
  { "LOCKED", "display:locked" },
  { "Clarion", "series:clarion" },
  { "micra forum", "faq:enter-micra" },
};

/* Each entry printed in full, in the order of the core's search (which the
 * Reference section shows): title, kind, why, text, confidence, sources. */
static void
test_reference_entries (gconstpointer data)
{
  const ReferenceCase *c = data;
  g_autoptr(RcReference) reference = rc_reference_new (catalog);
  g_autoptr(GPtrArray) found = rc_reference_search (reference, c->query);
  g_auto(GStrv) blocks = NULL;
  int status = -1;

  blocks = reference_blocks (c->query, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (g_strv_length (blocks), ==, found->len);
  g_assert_cmpstr (((RcMatch *) g_ptr_array_index (found, 0))->entry->id, ==, c->first);
  for (guint i = 0; i < found->len; i++)
    {
      RcMatch *match = g_ptr_array_index (found, i);
      RcEntry *entry = match->entry;
      g_auto(GStrv) lines = g_strsplit (blocks[i], "\n", -1);
      g_auto(GStrv) paragraphs = g_strsplit (entry->body, "\n", -1);
      g_autofree char *kind = g_strconcat ("Kind: ", rc_entry_kind_describe (entry->kind), NULL);
      g_autofree char *confidence = g_strdup_printf ("Confidence: %s — %s",
                                                     rc_confidence_get_name (entry->confidence),
                                                     rc_confidence_describe (entry->confidence));
      g_autofree char *why = rc_match_explain (match, match->field, FALSE);
      guint n = g_strv_length (lines);

      g_assert_cmpuint (n, >=, 6);
      g_assert_cmpstr (lines[0], ==, entry->title);
      g_assert_cmpstr (lines[1], ==, kind);
      g_assert_true (g_str_has_prefix (why, "Matched in the "));
      g_assert_cmpstr (lines[2], ==, why);
      /* The whole text, each paragraph a line of its own. */
      for (guint j = 0; paragraphs[j] != NULL; j++)
        if (paragraphs[j][0] != '\0')
          g_assert_true (g_strv_contains ((const char * const *) lines, paragraphs[j]));
      g_assert_cmpstr (lines[n - 2], ==, confidence);
      g_assert_true (g_str_has_prefix (lines[n - 1], "Sources: "));
      for (guint j = 0; j < entry->sources->len; j++)
        g_assert_nonnull (strstr (lines[n - 1],
                                  ((RcSource *) g_ptr_array_index (entry->sources, j))->name));
    }
}

static GString *printed;

static void
capture_print (const char *text)
{
  g_string_append (printed, text);
}

/* Each line is one message in the made-up translation (tests/translation-test.po), whose
 * words and their order are the translator's: a label glued to its value could not move. */
static void
test_translated (void)
{
  GPrintFunc before;

  rc_test_use_translation ();
  printed = g_string_new (NULL);
  before = g_set_print_handler (capture_print);
  g_assert_cmpint (rc_cli_check (catalog, "NI667SM0474796", NULL), ==, 0);
  g_assert_cmpint (rc_cli_check (catalog, "NI667", "nissan-ni"), ==, 1);
  g_assert_cmpint (rc_cli_code (catalog, "b-456", NULL), ==, 0);
  g_set_print_handler (before);
  g_test_message ("%s", printed->str);

  g_assert_nonnull (strstr (printed->str, "Nummer (xx): NI667SM0474796\n"));
  g_assert_nonnull (strstr (printed->str, "Serie (xx): nissan-ni = Nissan — NI-series\n"));
  g_assert_nonnull (strstr (printed->str, "Befund (xx): Valid\n"));
  g_assert_nonnull (strstr (printed->str, "Befund (xx): 14 Zeichen, davon 5 (xx)\n"));
  g_assert_nonnull (strstr (printed->str, "\nKode (xx): 0709\n"));
  g_assert_null (strstr (printed->str, "Serial:"));
  g_assert_null (strstr (printed->str, "Verdict:"));
  g_assert_null (strstr (printed->str, "Code:"));
  g_string_free (printed, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);

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
  for (guint i = 0; i < G_N_ELEMENTS (code_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/code/%s", code_cases[i].name);

      g_test_add_data_func (path, &code_cases[i], test_code_case);
    }
  g_test_add_func ("/cli/huge-argument", test_huge_argument);
  g_test_add_func ("/cli/text-arguments", test_text_arguments);
  g_test_add_func ("/cli/long-model-query", test_long_model_query);
  g_test_add_func ("/cli/status/alone", test_status_alone);
  g_test_add ("/cli/status/fresh", StateDir, NULL, state_setup, test_status_fresh, state_teardown);
  g_test_add ("/cli/status/waiting", StateDir, NULL, state_setup, test_status_waiting,
              state_teardown);
  g_test_add ("/cli/status/damaged", StateDir, NULL, state_setup, test_status_damaged,
              state_teardown);

  catalog = rc_test_load_catalog ();
  for (guint i = 0; i < G_N_ELEMENTS (reference_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/reference-entries/%s", reference_cases[i].query);

      g_strdelimit (path, " ", '-');

      g_test_add_data_func (path, &reference_cases[i], test_reference_entries);
    }

  /* Last: it switches the whole process to the made-up language. */
  g_test_add_func ("/cli/translated/lines", test_translated);

  return rc_test_run_and_drop (catalog);
}
