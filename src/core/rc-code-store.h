/* rc-code-store.h — the code an owner keeps, in the keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The serial a code is kept under while the radio's serial is not known yet. */
#define RC_CODE_STORE_UNKNOWN_SERIAL "unknown"

#define RC_TYPE_CODE_STORE (rc_code_store_get_type ())

G_DECLARE_FINAL_TYPE (RcCodeStore, rc_code_store, RC, CODE_STORE, GObject)

const char  *rc_code_store_get_schema_name  (void);
char        *rc_code_store_label            (const char           *serial);

RcCodeStore *rc_code_store_new              (void);
gboolean     rc_code_store_get_busy         (RcCodeStore          *self);
gboolean     rc_code_store_get_session_only (RcCodeStore          *self);

void         rc_code_store_keep_async       (RcCodeStore          *self,
                                             const char           *serial,
                                             const char           *code,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean     rc_code_store_keep_finish      (RcCodeStore          *self,
                                             GAsyncResult         *result,
                                             GError              **error);
void         rc_code_store_lookup_async     (RcCodeStore          *self,
                                             const char           *serial,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
char        *rc_code_store_lookup_finish    (RcCodeStore          *self,
                                             GAsyncResult         *result,
                                             GError              **error);
void         rc_code_store_forget_async     (RcCodeStore          *self,
                                             const char           *serial,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean     rc_code_store_forget_finish    (RcCodeStore          *self,
                                             GAsyncResult         *result,
                                             GError              **error);

G_END_DECLS
