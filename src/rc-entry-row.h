/* rc-entry-row.h — a text field in a boxed list that a screen reader can follow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RC_TYPE_ENTRY_ROW (rc_entry_row_get_type ())

G_DECLARE_FINAL_TYPE (RcEntryRow, rc_entry_row, RC, ENTRY_ROW, AdwPreferencesRow)

GtkWidget *rc_entry_row_new       (void);
GtkEntry  *rc_entry_row_get_entry (RcEntryRow *self);

G_END_DECLS
