/* rc-catalog-dump.h — everything a catalog holds, as one text to compare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"

G_BEGIN_DECLS

char *rc_catalog_dump              (RcCatalog  *catalog);
void  rc_catalog_dump_assert_equal (const char *a,
                                   const char *b);

G_END_DECLS
