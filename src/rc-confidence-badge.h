/* rc-confidence-badge.h — how sure the catalog is of an instruction, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-series.h"

G_BEGIN_DECLS

#define RC_TYPE_CONFIDENCE_BADGE (rc_confidence_badge_get_type ())

G_DECLARE_FINAL_TYPE (RcConfidenceBadge, rc_confidence_badge, RC, CONFIDENCE_BADGE, GtkWidget)

GtkWidget    *rc_confidence_badge_new            (void);
void          rc_confidence_badge_set            (RcConfidenceBadge *self,
                                                  RcConfidence       confidence,
                                                  GPtrArray         *sources);
RcConfidence  rc_confidence_badge_get_confidence (RcConfidenceBadge *self);

G_END_DECLS
