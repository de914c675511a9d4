/* rc-accessible.h — names for the widgets GTK and libadwaita make inside their own, and what
 * a widget tells a screen reader once
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
void rc_accessible_tell (GtkWidget        *widget,
                         GtkWidget *const *buttons,
                         guint             n_buttons,
                         const char       *message);

G_END_DECLS
