/* rc-model-details.h — one car model: its radios, and where they sit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-catalog.h"

G_BEGIN_DECLS

#define RC_TYPE_MODEL_DETAILS (rc_model_details_get_type ())

G_DECLARE_FINAL_TYPE (RcModelDetails, rc_model_details, RC, MODEL_DETAILS, AdwWindow)

RcModelDetails *rc_model_details_new       (GtkWindow      *parent,
                                            RcCatalog      *catalog,
                                            RcModel        *model);
RcModel        *rc_model_details_get_model (RcModelDetails *self);

G_END_DECLS
