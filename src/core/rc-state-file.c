/* rc-state-file.c — small key files that outlive the app, written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A state file is replaced by renaming a complete new one over it
 * (g_file_set_contents), so a crash or a kill at any moment leaves either the
 * old file or the new one, never half of each. A file that cannot be
 * understood is moved aside, never deleted and never over an earlier one.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "rc-state-file.h"

/* Writes @file to @path atomically, making the folder if needed. */
gboolean
rc_state_file_save (const char  *path,
                    GKeyFile    *file,
                    GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *dir = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  data = g_key_file_to_data (file, &length, NULL);
  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/**
 * rc_state_file_set_aside:
 *
 * Moves a file that cannot be understood out of the way: PATH.corrupt, then
 * PATH.corrupt.2, PATH.corrupt.3 and so on.
 *
 * Returns: (transfer full) (nullable): the new name, or %NULL if it could not be moved
 */
char *
rc_state_file_set_aside (const char *path)
{
  g_autofree char *aside = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  aside = g_strconcat (path, ".corrupt", NULL);
  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS) && n < 1000; n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.corrupt.%u", path, n);
    }
  if (g_rename (path, aside) != 0)
    return NULL;
  return g_steal_pointer (&aside);
}
