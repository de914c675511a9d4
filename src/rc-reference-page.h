/* rc-reference-page.h — the offline handbook: every entry, one search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-reference.h"

G_BEGIN_DECLS

#define RC_TYPE_REFERENCE_PAGE (rc_reference_page_get_type ())

G_DECLARE_FINAL_TYPE (RcReferencePage, rc_reference_page, RC, REFERENCE_PAGE, GtkWidget)

GtkWidget  *rc_reference_page_new          (RcCatalog       *catalog);
void        rc_reference_page_search       (RcReferencePage *self,
                                            const char      *text);
void        rc_reference_page_start_search (RcReferencePage *self);
gboolean    rc_reference_page_show_entry   (RcReferencePage *self,
                                            const char      *id);
const char *rc_reference_page_get_shown    (RcReferencePage *self);
guint       rc_reference_page_get_n_shown  (RcReferencePage *self);

G_END_DECLS
