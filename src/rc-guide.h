/* rc-guide.h — from "my radio says CODE" to a working radio, one step at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-catalog.h"
#include "rc-lockout.h"

G_BEGIN_DECLS

#define RC_TYPE_GUIDE (rc_guide_get_type ())

G_DECLARE_FINAL_TYPE (RcGuide, rc_guide, RC, GUIDE, GtkWidget)

GtkWidget  *rc_guide_new             (RcCatalog  *catalog,
                                      RcLockout  *lockout,
                                      GSettings  *settings);
const char *rc_guide_get_step        (RcGuide    *self);
void        rc_guide_set_step        (RcGuide    *self,
                                      const char *step);
RcSeries   *rc_guide_get_series      (RcGuide    *self);
void        rc_guide_set_series      (RcGuide    *self,
                                      RcSeries   *series);
const char *rc_guide_get_serial_text (RcGuide    *self);
void        rc_guide_set_serial_text (RcGuide    *self,
                                      const char *text);
RcModel    *rc_guide_get_model       (RcGuide    *self);
void        rc_guide_set_model       (RcGuide    *self,
                                      RcModel    *model);
void        rc_guide_pick_display    (RcGuide    *self,
                                      const char *id);

G_END_DECLS
