/* rc-serial-entry.h — the serial field, checked as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-catalog.h"
#include "rc-serial.h"

G_BEGIN_DECLS

#define RC_TYPE_SERIAL_ENTRY (rc_serial_entry_get_type ())

G_DECLARE_FINAL_TYPE (RcSerialEntry, rc_serial_entry, RC, SERIAL_ENTRY, GtkWidget)

GtkWidget     *rc_serial_entry_new          (RcCatalog     *catalog);
RcCatalog     *rc_serial_entry_get_catalog  (RcSerialEntry *self);
RcSeries      *rc_serial_entry_get_series   (RcSerialEntry *self);
void           rc_serial_entry_set_series   (RcSerialEntry *self,
                                             RcSeries      *series);
const char    *rc_serial_entry_get_text     (RcSerialEntry *self);
void           rc_serial_entry_set_text     (RcSerialEntry *self,
                                             const char    *text);
RcSerialCheck *rc_serial_entry_get_check    (RcSerialEntry *self);
gboolean       rc_serial_entry_get_accepted (RcSerialEntry *self);

G_END_DECLS
