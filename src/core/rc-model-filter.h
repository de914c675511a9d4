/* rc-model-filter.h — the car models a search finds, in the order they are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-catalog.h"

G_BEGIN_DECLS

#define RC_TYPE_MODEL_FILTER (rc_model_filter_get_type ())

G_DECLARE_FINAL_TYPE (RcModelFilter, rc_model_filter, RC, MODEL_FILTER, GObject)

RcModelFilter      *rc_model_filter_new       (RcCatalog     *catalog);
void                rc_model_filter_set_order (RcModelFilter *self,
                                               GListModel    *order);
void                rc_model_filter_search    (RcModelFilter *self,
                                               const char    *text);
const RcModelQuery *rc_model_filter_get_query (RcModelFilter *self);

G_END_DECLS
