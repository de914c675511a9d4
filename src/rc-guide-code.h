/* rc-guide-code.h — the guide's step for getting the code: card or dealer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-radio.h"

G_BEGIN_DECLS

#define RC_TYPE_GUIDE_CODE (rc_guide_code_get_type ())

G_DECLARE_FINAL_TYPE (RcGuideCode, rc_guide_code, RC, GUIDE_CODE, AdwBin)

GtkWidget *rc_guide_code_new         (RcRadio     *radio);
void       rc_guide_code_set_radio   (RcGuideCode *self,
                                      RcSeries    *series,
                                      const char  *serial_text,
                                      RcModel     *model);

G_END_DECLS
