/* rc-window.h — the main window and its sections
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-code-store.h"
#include "rc-radio.h"
#include "rc-serial-entry.h"

G_BEGIN_DECLS

#define RC_TYPE_WINDOW (rc_window_get_type ())

G_DECLARE_FINAL_TYPE (RcWindow, rc_window, RC, WINDOW, AdwApplicationWindow)

RcWindow *rc_window_new          (GtkApplication *application,
                                  RcRadio        *radio,
                                  GSettings      *settings,
                                  RcCodeStore    *code_store);
void      rc_window_add_notice   (RcWindow      *self,
                                  const char    *message);
void      rc_window_show_section (RcWindow      *self,
                                  const char    *name);
RcSerialEntry *rc_window_get_serial_entry (RcWindow *self);
gboolean  rc_window_show_entry   (RcWindow      *self,
                                  const char    *id);
void      rc_window_search_reference (RcWindow  *self,
                                      const char *text);

G_END_DECLS
