/* fuzz-cli.c — the command line's arguments, as radio-code reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the option (--check, --code, --find-model,
 * --reference, or the quoting of a stray word); the rest, cut at NUL bytes,
 * is its argument and the --series one. Arguments arrive as bytes in
 * whatever the locale is, so nothing here is known to be text. What is
 * printed must be text, with no control character a serial could smuggle
 * to the terminal (checked in fuzz-common.c).
 */

#define G_LOG_DOMAIN "radio-code-fuzz"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "rc-cli.h"

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
