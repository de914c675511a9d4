/* rc-series-picker.h — choose the radio series, grouped by brand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-catalog.h"

G_BEGIN_DECLS

#define RC_TYPE_SERIES_PICKER (rc_series_picker_get_type ())

G_DECLARE_FINAL_TYPE (RcSeriesPicker, rc_series_picker, RC, SERIES_PICKER, GtkWidget)

GtkWidget *rc_series_picker_new         (RcCatalog      *catalog);
RcCatalog *rc_series_picker_get_catalog (RcSeriesPicker *self);
RcSeries  *rc_series_picker_get_series  (RcSeriesPicker *self);
void       rc_series_picker_set_series  (RcSeriesPicker *self,
                                         RcSeries       *series);

G_END_DECLS
