/* main.c — start Radio Code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "rc-application.h"
#include "rc-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcApplication) app = NULL;
  /* Run from the build tree (the tests), the translations built there. */
  const char *localedir = g_getenv ("RADIO_CODE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  rc_cli_setup_printing ();

  app = rc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
