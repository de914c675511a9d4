/* fuzz-common.h — what every libFuzzer target of the core shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "rc-catalog.h"

G_BEGIN_DECLS

/* libFuzzer's entry points; each target defines the second. */
int  LLVMFuzzerInitialize   (int           *argc,
                             char        ***argv);
int  LLVMFuzzerTestOneInput (const uint8_t *data,
                             size_t         size);

RcCatalog *rc_fuzz_get_catalog  (void);
char      *rc_fuzz_dup          (const uint8_t  *data,
                                 size_t          size);
GStrv      rc_fuzz_split        (const uint8_t  *data,
                                 size_t          size,
                                 guint           max_parts);
void       rc_fuzz_check_text   (const char     *text);
void       rc_fuzz_check_markup (const char     *markup);

G_END_DECLS
