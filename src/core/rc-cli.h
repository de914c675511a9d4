/* rc-cli.h — what the command line prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"

G_BEGIN_DECLS

int   rc_cli_check       (RcCatalog  *catalog,
                          const char *serial,
                          const char *series_id);
int   rc_cli_code        (RcCatalog  *catalog,
                          const char *serial,
                          const char *series_id);
int   rc_cli_list_series (RcCatalog  *catalog);
int   rc_cli_find_model  (RcCatalog  *catalog,
                          const char *text);
int   rc_cli_reference   (RcCatalog  *catalog,
                          const char *text);
char *rc_cli_printable   (const char *text,
                          gsize       max_chars);

G_END_DECLS
