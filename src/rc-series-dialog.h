/* rc-series-dialog.h — a window to pick the radio series in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-series-picker.h"

G_BEGIN_DECLS

#define RC_TYPE_SERIES_DIALOG (rc_series_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcSeriesDialog, rc_series_dialog, RC, SERIES_DIALOG, AdwWindow)

RcSeriesDialog *rc_series_dialog_new        (GtkWindow      *parent,
                                             RcCatalog      *catalog);
RcSeriesPicker *rc_series_dialog_get_picker (RcSeriesDialog *self);

G_END_DECLS
