/* rc-widget-util.h — small helpers several widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean rc_widget_update_text (GObject     *object,
                                GParamSpec  *pspec,
                                char       **field,
                                const char  *text);
gboolean rc_widget_update_flag (GObject     *object,
                                GParamSpec  *pspec,
                                gboolean    *field,
                                gboolean     flag);
void rc_widget_set_search_text (GtkSearchEntry *entry,
                                const char     *text,
                                gpointer        handler_data);

G_END_DECLS
