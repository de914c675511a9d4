/* rc-catalog-compile.c — the build-time tool that compiles the catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   rc-catalog-compile OUTPUT FILE.xml…
 *
 * Reads the catalog's XML files with the app's own reader, failing as the
 * app would on a broken one, and writes what it read as one serialised
 * GVariant, which the GResource carries and the app maps at start instead
 * of parsing XML. Text stays English msgids; the app translates it as it
 * reads it.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <stdio.h>

#include "rc-catalog.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) compiled = NULL;

  if (argc < 3)
    {
      fprintf (stderr, "usage: %s OUTPUT FILE.xml…\n", argv[0]);
      return 2;
    }

  compiled = rc_catalog_compile ((const char * const *) argv + 2, &error);
  if (compiled == NULL ||
      !g_file_set_contents (argv[1], g_variant_get_data (compiled), g_variant_get_size (compiled),
                            &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }
  return 0;
}
