/* rc-error.c — the app's own error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include "rc-error.h"

G_DEFINE_QUARK (rc-error-quark, rc_error)
