/* rc-guide-enter.h — the guide's step for entering the code on the radio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-code-store.h"
#include "rc-lockout.h"

G_BEGIN_DECLS

#define RC_TYPE_GUIDE_ENTER (rc_guide_enter_get_type ())

G_DECLARE_FINAL_TYPE (RcGuideEnter, rc_guide_enter, RC, GUIDE_ENTER, AdwBin)

GtkWidget *rc_guide_enter_new        (RcLockout    *lockout,
                                      RcCodeStore  *code_store);
void       rc_guide_enter_set_series (RcGuideEnter *self,
                                      RcSeries     *series);
void       rc_guide_enter_set_serial (RcGuideEnter *self,
                                      const char   *serial);
void       rc_guide_enter_set_code   (RcGuideEnter *self,
                                      const char   *code);
const char *rc_guide_enter_get_code  (RcGuideEnter *self);

G_END_DECLS
