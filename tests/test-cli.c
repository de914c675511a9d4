/* test-cli.c — the command line: output and exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <gio/gio.h>

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
  { "valid", { "--check", "NI667SM0474796" }, 0, "Verdict: valid", NULL },
  { "valid-series", { "--check", "bp 2346 3198 7485", "--series", "blaupunkt-bp" }, 0,
    "Serial: BP234631987485", NULL },
  { "prints-series", { "--check", "M123456" }, 0, "Series: Ford — M and V series (ford-mv)", NULL },
  { "incomplete", { "--check", "NI667" }, 1, "Verdict: incomplete", NULL },
  { "invalid", { "--check", "NI66XSM0474796", "--series", "nissan-ni" }, 1,
    "Wrong at position 5", NULL },
  { "part-number", { "--check", "7642346318" }, 1, "part number", NULL },
  { "vw-part-number", { "--check", "1J0035186D" }, 1, "Verdict: invalid: Not a serial", NULL },
  { "vw-part-number-series", { "--check", "1J0035186D", "--series", "vw-audi" }, 1,
    "Volkswagen or Audi part number", NULL },
  { "blaupunkt-part-number", { "--check", "8 635 123 392 0" }, 1, "Blaupunkt part number", NULL },
  { "blaupunkt-part-number-series", { "--check", "8 635 123 392 0", "--series", "blaupunkt-bp" },
    1, "Verdict: invalid: Not a serial", NULL },
  { "rewrite-note", { "--check", "815BP632232924502" }, 0, "Note:", NULL },
  { "lookalike-8-for-b", { "--check", "8P234631987485" }, 1,
    "Series: Blaupunkt — BP-series (blaupunkt-bp)", NULL, "NI-series" },
  { "lookalike-8-for-b-series", { "--check", "8P234631987485", "--series", "blaupunkt-bp" }, 1,
    "Did you mean the letter “B”?", NULL },
  { "ford-o-for-0", { "--check", "MO559440" }, 1, "Series: Ford — M and V series (ford-mv)", NULL,
    "Precode" },
  { "ford-o-for-0-series", { "--check", "MO559440", "--series", "ford-mv" }, 1,
    "serial reads M559440", NULL },
  { "radio-pass", { "--check", "A3132883" }, 1, "Verdict: invalid: Unknown format", NULL,
    "Precode" },
  { "radio-pass-series", { "--check", "A3132883", "--series", "renault-precode" }, 1,
    "Verdict: invalid: Too long", NULL },
  { "815cm-not-ni", { "--check", "815CM015655292387" }, 0, "Verdict: valid", NULL, "NI-series" },
  { "vin", { "--check", "SJNFAAK12U1234567" }, 1, "vehicle identification number (VIN)", NULL,
    "Precode" },
  { "vin-series", { "--check", "SJNFAAK12U1234567", "--series", "nissan-ni" }, 1,
    "Verdict: invalid: Not a serial", NULL },
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
  { "list-formats", { "--list-series" }, 0, "For example NI667SM0474796.", NULL },
  { "version", { "--version" }, 0, PACKAGE_VERSION, NULL },
  { "control-characters", { "--check", "BP\001\033[31m23" }, 1, "U+0001", NULL },
  { "emoji", { "--check", "🚗🔑" }, 1, "not a letter or digit", NULL },
  { "empty", { "--check", "" }, 1, "Verdict: empty", NULL },
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

int
main (int   argc,
      char *argv[])
{
  int ret;

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

  catalog = rc_test_load_catalog ();
  for (guint i = 0; i < G_N_ELEMENTS (reference_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/cli/reference-entries/%s", reference_cases[i].query);

      g_strdelimit (path, " ", '-');

      g_test_add_data_func (path, &reference_cases[i], test_reference_entries);
    }

  ret = g_test_run ();
  g_object_unref (catalog);
  return ret;
}
