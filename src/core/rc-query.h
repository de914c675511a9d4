/* rc-query.h — what a search says when only its start was read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *rc_query_describe_cut (const char *text,
                             guint       max_chars);

G_END_DECLS
