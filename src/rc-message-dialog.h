/* rc-message-dialog.h — a question with Cancel and one answer that cannot be undone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *rc_message_dialog_new (GtkWidget  *widget,
                                  const char *heading,
                                  const char *body,
                                  const char *response,
                                  const char *label);

G_END_DECLS
