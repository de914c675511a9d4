/* rc-code.h — entering a code on the radio: which button, how many presses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-series.h"

G_BEGIN_DECLS

typedef struct
{
  guint button;    /* the preset that sets this digit, from 1 */
  guint digit;
  guint presses;   /* 0: leave it as it is */
} RcPress;

gboolean  rc_code_is_valid        (const char *code,
                                   GError    **error);
char     *rc_code_normalize       (const char *code);
GArray   *rc_code_plan            (RcSeries   *series,
                                   const char *code);
char     *rc_code_describe_press  (RcSeries      *series,
                                   const RcPress *press);
char     *rc_code_upside_down     (const char *code);

G_END_DECLS
