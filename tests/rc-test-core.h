/* rc-test-core.h — helpers shared by every test, headless ones included
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"
#include "rc-code-store.h"
#include "rc-lockout.h"

G_BEGIN_DECLS

void       rc_test_use_translation (void);
void       rc_test_init_glib    (int        *argc,
                                 char     ***argv);
RcCatalog *rc_test_load_catalog (void);
int        rc_test_run_and_drop (RcCatalog *catalog);
void       rc_test_assert_rejected (RcCatalog  *catalog,
                                    const char *xml);
char      *rc_test_run_cli      (const char * const  *args,
                                 int                 *status,
                                 char               **err);
void       rc_test_use_fake_clock (RcLockout *lockout,
                                   gint64    *now);
void       rc_test_count_notify_cb (GObject    *object,
                                    GParamSpec *pspec,
                                    guint      *count);

typedef gboolean (*RcTestCondition) (gpointer data);

void       rc_test_wait_until   (RcTestCondition      condition,
                                 gpointer             data,
                                 const char          *what);
void       rc_test_result_cb    (GObject             *source,
                                 GAsyncResult        *result,
                                 gpointer             user_data);
GAsyncResult *rc_test_wait_result (GAsyncResult      **slot);
gboolean   rc_test_secret_service_or_skip (void);
gboolean   rc_test_is_loaded    (const char          *library);
void       rc_test_wait_store   (RcCodeStore         *store);
char      *rc_test_lookup_code  (RcCodeStore         *store,
                                 const char          *serial);
void       rc_test_assert_kept  (RcCodeStore         *store,
                                 const char          *serial,
                                 const char          *code);

G_END_DECLS
