/* rc-vin.h — the vehicle identification number, and a request to a dealer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-model.h"
#include "rc-series.h"

G_BEGIN_DECLS

/* Characters in a VIN. */
#define RC_VIN_LENGTH 17

typedef enum
{
  RC_VIN_EMPTY,
  RC_VIN_INCOMPLETE,
  RC_VIN_VALID,
  RC_VIN_INVALID,
} RcVinVerdict;

typedef struct
{
  RcVinVerdict  verdict;
  char         *vin;           /* normalised */
  guint         position;      /* of the problem, from 1; 0 for none */
  char         *explanation;
  char         *warning;       /* nullable: a check digit that does not add up */
} RcVinCheck;

RcVinCheck *rc_vin_check          (const char *text);
void        rc_vin_check_free     (RcVinCheck *check);
char       *rc_vin_request_text   (const char *vin,
                                   RcSeries   *series,
                                   const char *serial,
                                   RcModel    *model,
                                   guint       year,
                                   const char * const *notes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcVinCheck, rc_vin_check_free)

G_END_DECLS
