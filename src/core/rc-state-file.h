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

G_END_DECLS
