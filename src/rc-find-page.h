/* rc-find-page.h — the ways to find the serial, one page each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-catalog.h"

G_BEGIN_DECLS

#define RC_TYPE_FIND_PAGE (rc_find_page_get_type ())

G_DECLARE_FINAL_TYPE (RcFindPage, rc_find_page, RC, FIND_PAGE, GtkWidget)

GtkWidget *rc_find_page_new         (RcCatalog  *catalog);
void       rc_find_page_set_filter  (RcFindPage *self,
                                     RcSeries   *series,
                                     RcModel    *model);
gboolean   rc_find_page_show_method (RcFindPage *self,
                                     const char *id);
RcMethod  *rc_find_page_get_shown   (RcFindPage *self);
guint      rc_find_page_get_n_pages (RcFindPage *self);

G_END_DECLS
