/* rc-state-file.h — small key files that outlive the app, written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  rc_state_file_save      (const char  *path,
                                   GKeyFile    *file,
                                   GError     **error);
char     *rc_state_file_set_aside (const char  *path);
guint     rc_state_file_clean     (const char  *path);
gboolean  rc_state_file_load      (const char  *path,
                                   GKeyFile    *file,
                                   GError     **error);

/* Far larger than any state file this app writes. */
#define RC_STATE_FILE_MAX_SIZE (1024 * 1024)

G_END_DECLS
