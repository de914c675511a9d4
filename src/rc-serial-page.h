/* rc-serial-page.h — the Serial section: the radio's series and its serial, checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-radio.h"
#include "rc-serial-entry.h"

G_BEGIN_DECLS

#define RC_TYPE_SERIAL_PAGE (rc_serial_page_get_type ())

G_DECLARE_FINAL_TYPE (RcSerialPage, rc_serial_page, RC, SERIAL_PAGE, GtkWidget)

GtkWidget     *rc_serial_page_new       (RcRadio      *radio);
RcRadio       *rc_serial_page_get_radio (RcSerialPage *self);
RcSerialEntry *rc_serial_page_get_entry (RcSerialPage *self);

G_END_DECLS
