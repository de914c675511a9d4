/* rc-enum.h — the catalog's and the state files' words for the core's enums
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-core-enums.h"

G_BEGIN_DECLS

gboolean    rc_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *value);
const char *rc_enum_to_nick   (GType       enum_type,
                               int         value);

G_END_DECLS
