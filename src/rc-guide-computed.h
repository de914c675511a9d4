/* rc-guide-computed.h — the guide's computed code, or why there is none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-catalog.h"
#include "rc-lockout.h"

G_BEGIN_DECLS

#define RC_TYPE_GUIDE_COMPUTED (rc_guide_computed_get_type ())

G_DECLARE_FINAL_TYPE (RcGuideComputed, rc_guide_computed, RC, GUIDE_COMPUTED, AdwBin)

GtkWidget  *rc_guide_computed_new       (RcCatalog       *catalog,
                                         RcLockout       *lockout);
void        rc_guide_computed_set_radio (RcGuideComputed *self,
                                         RcSeries        *series,
                                         const char      *serial_text);
const char *rc_guide_computed_get_code  (RcGuideComputed *self);

G_END_DECLS
