/* fuzz-cli.c — the command line's arguments, as radio-code reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the option (--check, --code, --find-model,
 * --reference, or the quoting of a stray word); the rest, cut at NUL bytes,
 * is its argument and the --series one. Or the first byte (0xF0 and above)
 * asks for a whole command line, read and run as radio-code does (rc_cli_read_options(),
 * rc_cli_run()): each part, cut at NUL bytes, is an option picked by its
 * first byte with the rest as its value, or a word after the options.
 * Arguments arrive as bytes in whatever the locale is, so nothing here is
 * known to be text. What is printed must be text, with no control character
 * a serial could smuggle to the terminal (checked in fuzz-common.c).
 */

#define G_LOG_DOMAIN "radio-code-fuzz"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "rc-cli.h"

/* The options of radio-code, as GApplication hands them over: the text ones
 * as byte strings, the others as flags. NULL: a word after the options. */
static const struct
{
  const char *name;
  gboolean    text;
} options[] = {
  { "check", TRUE }, { "code", TRUE }, { "series", TRUE }, { "find-model", TRUE },
  { "reference", TRUE }, { "list-series", FALSE }, { "status", FALSE }, { "wait-timer", FALSE },
  { NULL, TRUE },
};

/* Reads and runs the command line @parts stand for, as radio-code does. */
static int
run_command_line (RcCatalog *catalog,
                  GStrv      parts)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  g_auto(RcCliOptions) cli = { NULL };
  g_autofree char *state_dir = NULL;
  int status;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint pick;

      if (parts[i][0] == '\0')
        continue;
      pick = (guchar) parts[i][0] % G_N_ELEMENTS (options);
      if (options[pick].name == NULL)
        g_ptr_array_add (rest, parts[i] + 1);
      else if (options[pick].text)
        g_variant_dict_insert_value (dict, options[pick].name,
                                     g_variant_new_bytestring (parts[i] + 1));
      else
        g_variant_dict_insert_value (dict, options[pick].name, g_variant_new_boolean (TRUE));
    }
  if (rest->len > 0)
    g_variant_dict_insert_value (dict, G_OPTION_REMAINING,
                                 g_variant_new_bytestring_array ((const char * const *) rest->pdata,
                                                                 rest->len));

  if ((status = rc_cli_read_options (dict, &cli)) >= 0)
    return status;
  /* Nothing to print: the window would open. */
  if (!rc_cli_has_command (&cli))
    return 0;
  /* --status reads an empty state folder: the state files have a target of their own. */
  state_dir = g_build_filename (g_get_tmp_dir (), "no-radio-code-state", NULL);
  return rc_cli_run (catalog, &cli, state_dir);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  RcCatalog *catalog = rc_fuzz_get_catalog ();
  g_auto(GStrv) args = NULL;
  const char *series;
  int status = 0;

  if (size == 0)
    return 0;
  /* Above the bytes the seeds written before use for the other options. */
  if (data[0] >= 0xF0)
    {
      g_auto(GStrv) parts = rc_fuzz_split (data + 1, size - 1, 16);

      status = run_command_line (catalog, parts);
      g_assert_cmpint (status, >=, 0);
      g_assert_cmpint (status, <=, 2);
      return 0;
    }

  args = rc_fuzz_split (data + 1, size - 1, 2);
  /* --series is given or not. */
  series = args[1];

  switch (data[0] % 5)
    {
    case 0:
      status = rc_cli_check (catalog, args[0], series);
      break;
    case 1:
      status = rc_cli_code (catalog, args[0], series);
      break;
    case 2:
      status = rc_cli_find_model (catalog, args[0]);
      break;
    case 3:
      status = rc_cli_reference (catalog, args[0]);
      break;
    case 4:
    default:
      {
        guint max = data[0] / 5;
        g_autofree char *shown = rc_cli_printable (args[0], max);

        rc_fuzz_check_text (shown);
        /* Cut to @max characters and an ellipsis. */
        g_assert_cmpuint (g_utf8_strlen (shown, -1), <=, (max + 1) * strlen ("U+0000"));
      }
      break;
    }

  /* 0 yes or found, 1 no or nothing found, 2 the command was wrong. */
  g_assert_cmpint (status, >=, 0);
  g_assert_cmpint (status, <=, 2);
  return 0;
}
