/* rc-search-provider.h — the reference, searchable from GNOME Shell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-reference.h"

G_BEGIN_DECLS

#define RC_SEARCH_PROVIDER_PATH "/org/example/RadioCode/SearchProvider"

#define RC_TYPE_SEARCH_PROVIDER (rc_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (RcSearchProvider, rc_search_provider, RC, SEARCH_PROVIDER, GObject)

RcSearchProvider *rc_search_provider_new        (RcCatalog        *catalog);
gboolean          rc_search_provider_export     (RcSearchProvider *self,
                                                 GDBusConnection  *connection,
                                                 const char       *path,
                                                 GError          **error);
void              rc_search_provider_unexport   (RcSearchProvider *self);

G_END_DECLS
