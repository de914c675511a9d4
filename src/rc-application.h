/* rc-application.h — the application: actions, settings, command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rc-catalog.h"
#include "rc-code-store.h"
#include "rc-lockout.h"
#include "rc-radio.h"

G_BEGIN_DECLS

#define RC_TYPE_APPLICATION (rc_application_get_type ())

G_DECLARE_FINAL_TYPE (RcApplication, rc_application, RC, APPLICATION, AdwApplication)

RcApplication *rc_application_new          (void);
RcCatalog     *rc_application_get_catalog  (RcApplication *self);
GSettings     *rc_application_get_settings (RcApplication *self);
RcLockout     *rc_application_get_lockout  (RcApplication *self);
RcRadio       *rc_application_get_radio    (RcApplication *self);
RcCodeStore   *rc_application_get_code_store (RcApplication *self);
char          *rc_application_take_lockout_error (RcApplication *self);
gboolean       rc_application_keep_counting (RcApplication *self);
gboolean       rc_application_is_ticking    (RcApplication *self);
gboolean       rc_application_is_waiting_for_end (RcApplication *self);

G_END_DECLS
