/* rc-guide.h — from "my radio says CODE" to a working radio, one step at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-code-store.h"
#include "rc-radio.h"

G_BEGIN_DECLS

#define RC_TYPE_GUIDE (rc_guide_get_type ())

G_DECLARE_FINAL_TYPE (RcGuide, rc_guide, RC, GUIDE, GtkWidget)

GtkWidget  *rc_guide_new             (RcRadio     *radio,
                                      GSettings   *settings,
                                      RcCodeStore *code_store);
const char *rc_guide_get_step        (RcGuide    *self);
void        rc_guide_set_step        (RcGuide    *self,
                                      const char *step);
RcRadio    *rc_guide_get_radio       (RcGuide    *self);
void        rc_guide_pick_display    (RcGuide    *self,
                                      const char *id);

G_END_DECLS
