/* rc-method-page.h — one way to find the serial, drawn and explained
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-catalog.h"

G_BEGIN_DECLS

#define RC_TYPE_METHOD_PAGE (rc_method_page_get_type ())

G_DECLARE_FINAL_TYPE (RcMethodPage, rc_method_page, RC, METHOD_PAGE, GtkWidget)

GtkWidget *rc_method_page_new        (RcMethod     *method,
                                      RcSeries     *series,
                                      RcModel      *model);
RcMethod  *rc_method_page_get_method (RcMethodPage *self);

G_END_DECLS
