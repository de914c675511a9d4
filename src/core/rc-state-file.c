/* rc-state-file.c — small key files that outlive the app, written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A state file is replaced by renaming a complete new one over it
 * (g_file_set_contents), so a crash or a kill at any moment leaves either the
 * old file or the new one, never half of each. A file that cannot be
 * understood is moved aside, never deleted and never over an earlier one.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

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

/**
 * rc_state_file_clean:
 *
 * Removes what saves that were cut short left behind: g_file_set_contents()
 * writes PATH plus a dot and six random characters, then renames that over
 * PATH, so a kill between the two leaves it. Files set aside as damaged are
 * kept.
 *
 * Returns: how many were removed
 */
guint
rc_state_file_clean (const char *path)
{
  g_autofree char *dir_name = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (path != NULL, 0);

  dir_name = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  prefix = g_strconcat (base, ".", NULL);
  if ((dir = g_dir_open (dir_name, 0, NULL)) == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = NULL;
      const char *tail;

      if (!g_str_has_prefix (name, prefix))
        continue;
      tail = name + strlen (prefix);
      /* Exactly the six random characters g_mkstemp() adds. */
      if (strlen (tail) != 6 || g_str_has_prefix (tail, "corrup"))
        continue;
      child = g_build_filename (dir_name, name, NULL);
      if (g_unlink (child) == 0)
        removed++;
    }
  return removed;
}

/**
 * rc_state_file_load:
 *
 * Reads @path into @file. Something other than a regular file in its place
 * fails with a #G_FILE_ERROR (it is unreadable, not damaged), as does a file
 * that cannot be read; one larger than %RC_STATE_FILE_MAX_SIZE or that is no
 * key file fails with a #G_KEY_FILE_ERROR (it is damaged).
 */
gboolean
rc_state_file_load (const char  *path,
                    GKeyFile    *file,
                    GError     **error)
{
  GStatBuf info;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  if (g_stat (path, &info) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (info.st_mode))
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "not a file");
      return FALSE;
    }
  if (info.st_size > RC_STATE_FILE_MAX_SIZE)
    {
      g_set_error_literal (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE, "far too large");
      return FALSE;
    }
  return g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, error);
}
