/* rc-error.h — the app's own error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-core-enums.h"

G_BEGIN_DECLS

#define RC_ERROR (rc_error_quark ())

typedef enum
{
  RC_ERROR_BAD_CODE,          /* a radio code that cannot be one: letters, too few digits */
  RC_ERROR_BAD_ILLUSTRATION,  /* a drawing the app cannot show */
  RC_ERROR_NO_KEYRING,        /* no secret service answers: a kept code stays in memory */
  RC_ERROR_KEYRING_FAILED,    /* the keyring answered, but did not keep or delete the code */
} RcErrorCode;

GQuark rc_error_quark (void);

G_END_DECLS
