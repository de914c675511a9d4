/* rc-accessible.h — names for the widgets GTK and libadwaita make inside their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void rc_accessible_name_inner (GtkWidget  *root,
                               GType       type,
                               const char *name);
void rc_accessible_name_list_of (GtkWidget  *row,
                                 const char *name);

G_END_DECLS
