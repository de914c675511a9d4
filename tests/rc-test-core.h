/* rc-test-core.h — helpers shared by every test, headless ones included
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"

G_BEGIN_DECLS

void       rc_test_init_glib    (int        *argc,
                                 char     ***argv);
RcCatalog *rc_test_load_catalog (void);
void       rc_test_assert_rejected (RcCatalog  *catalog,
                                    const char *xml);
char      *rc_test_run_cli      (const char * const  *args,
                                 int                 *status,
                                 char               **err);
void       rc_test_count_notify_cb (GObject    *object,
                                    GParamSpec *pspec,
                                    guint      *count);

G_END_DECLS
