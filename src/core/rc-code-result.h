/* rc-code-result.h — from a typed serial to a computed code, or the reason there is none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"
#include "rc-lockout.h"

G_BEGIN_DECLS

typedef enum
{
  RC_CODE_COMPUTED,      /* a verified method computed the code */
  RC_CODE_NO_METHOD,     /* no verified method exists for this radio */
  RC_CODE_NOT_COVERED,   /* the radio's method does not serve this serial */
  RC_CODE_BAD_SERIAL,    /* the serial is empty, incomplete or not valid */
} RcCodeOutcome;

typedef struct
{
  RcCodeOutcome  outcome;
  char          *serial;   /* normalised, as the serial check read it */
  RcSeries      *series;   /* nullable */
  RcCodeMethod  *method;   /* nullable: the radio's method, also when it does not serve the serial */
  char          *code;     /* RC_CODE_COMPUTED only */
  char          *reason;   /* why there is no code; NULL when computed */
  GPtrArray     *notes;    /* char*: what the serial check changed ("the 0 was left out") */
} RcCodeResult;

RcCodeResult *rc_code_result_new        (RcCatalog          *catalog,
                                         RcSeries           *series,
                                         const char         *text);
void          rc_code_result_free       (RcCodeResult       *result);
const char   *rc_code_result_get_offer  (const RcCodeResult *result,
                                         RcLockout          *lockout);
char         *rc_code_result_describe_no_method (RcSeries *series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcCodeResult, rc_code_result_free)

G_END_DECLS
