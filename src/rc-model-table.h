/* rc-model-table.h — the searchable, sortable table of car models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-catalog.h"

G_BEGIN_DECLS

#define RC_TYPE_MODEL_TABLE (rc_model_table_get_type ())

G_DECLARE_FINAL_TYPE (RcModelTable, rc_model_table, RC, MODEL_TABLE, GtkWidget)

GtkWidget  *rc_model_table_new          (RcCatalog    *catalog,
                                         GSettings    *settings);
void        rc_model_table_search       (RcModelTable *self,
                                         const char   *text);
void        rc_model_table_start_search (RcModelTable *self);
GListModel *rc_model_table_get_shown    (RcModelTable *self);

G_END_DECLS
