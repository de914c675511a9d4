/* rc-library.c — a library opened the first time it is needed, not linked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A library linked into the program is loaded and relocated before main(),
 * at every start. One that only a later page or action needs (librsvg for
 * the drawings, libsecret for a kept code) is opened here instead, the first
 * time it is needed, and stays for the life of the process. The caller
 * checks the types of the functions it looks up against the library's
 * header (see rc-illustration.c).
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <gio/gio.h>
#include <gmodule.h>

#include "rc-library.h"

/* Opens @library once, thread-safely, filling in its functions' addresses; FALSE, with the
 * reason in @error (G_IO_ERROR_NOT_FOUND), if it or one of them is not there. */
gboolean
rc_library_open (RcLibrary  *library,
                 GError    **error)
{
  g_return_val_if_fail (library != NULL && library->file != NULL, FALSE);

  if (g_once_init_enter (&library->opened))
    {
      GModule *module = g_module_open (library->file, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
      const RcLibrarySymbol *symbol = library->symbols;

      while (module != NULL && symbol->name != NULL &&
             g_module_symbol (module, symbol->name, symbol->address))
        symbol++;
      if (module != NULL && symbol->name == NULL)
        g_module_make_resident (module);
      else
        {
          library->failure = g_strdup (g_module_error ());
          g_clear_pointer (&module, g_module_close);
        }
      g_once_init_leave (&library->opened, 1);
    }

  if (library->failure != NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, library->failure);
  return library->failure == NULL;
}
