/* rc-reference-item.h — a reference entry as a list item, with what a search found in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-reference.h"

G_BEGIN_DECLS

#define RC_TYPE_REFERENCE_ITEM (rc_reference_item_get_type ())

G_DECLARE_FINAL_TYPE (RcReferenceItem, rc_reference_item, RC, REFERENCE_ITEM, GObject)

RcReferenceItem *rc_reference_item_new       (RcEntry         *entry);
RcEntry         *rc_reference_item_get_entry (RcReferenceItem *self);
const RcMatch   *rc_reference_item_get_match (RcReferenceItem *self);
guint            rc_reference_item_get_rank  (RcReferenceItem *self);
void             rc_reference_item_set_match (RcReferenceItem *self,
                                              RcMatch         *match,
                                              guint            rank);

G_END_DECLS
