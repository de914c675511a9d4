/* rc-serial.h — normalise a typed serial and say whether it fits its series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  RC_SERIAL_EMPTY,
  RC_SERIAL_INCOMPLETE,
  RC_SERIAL_VALID,
  RC_SERIAL_INVALID,
} RcSerialVerdict;

typedef enum
{
  RC_SERIAL_PROBLEM_NONE,
  RC_SERIAL_PROBLEM_CHARACTER,     /* a character that does not belong where it stands */
  RC_SERIAL_PROBLEM_LOOKALIKE,     /* ... and it looks like one that does (O for 0) */
  RC_SERIAL_PROBLEM_NOT_ALNUM,     /* ... and it is not a letter or digit at all */
  RC_SERIAL_PROBLEM_TOO_LONG,
  RC_SERIAL_PROBLEM_PART_NUMBER,
  RC_SERIAL_PROBLEM_MODEL_NUMBER,
  RC_SERIAL_PROBLEM_NONEXISTENT,   /* well-formed, but no such serial was ever issued */
  RC_SERIAL_PROBLEM_BAD_TEXT,      /* not text at all: invalid UTF-8 */
  RC_SERIAL_PROBLEM_UNKNOWN_FORMAT, /* no series picked, and nothing points at one */
  RC_SERIAL_PROBLEM_VIN,           /* the car's identification number, not the radio's serial */
} RcSerialProblem;

#define RC_TYPE_SERIAL_CHECK (rc_serial_check_get_type ())

typedef struct _RcSerialCheck RcSerialCheck;

GType            rc_serial_check_get_type           (void) G_GNUC_CONST;
RcSerialCheck   *rc_serial_check                    (RcCatalog           *catalog,
                                                     RcSeries            *series,
                                                     const char          *text);
RcSerialCheck   *rc_serial_check_ref                (RcSerialCheck       *self);
void             rc_serial_check_unref              (RcSerialCheck       *self);
RcSerialVerdict  rc_serial_check_get_verdict        (const RcSerialCheck *self);
RcSerialProblem  rc_serial_check_get_problem        (const RcSerialCheck *self);
const char      *rc_serial_check_get_serial         (const RcSerialCheck *self);
RcSeries        *rc_serial_check_get_series         (const RcSerialCheck *self);
GPtrArray       *rc_serial_check_get_candidates     (const RcSerialCheck *self);
guint            rc_serial_check_get_position       (const RcSerialCheck *self);
int              rc_serial_check_get_input_offset   (const RcSerialCheck *self);
guint            rc_serial_check_get_length         (const RcSerialCheck *self);
guint            rc_serial_check_get_expected_length (const RcSerialCheck *self);
const char      *rc_serial_check_get_summary        (const RcSerialCheck *self);
const char      *rc_serial_check_get_explanation    (const RcSerialCheck *self);
GPtrArray       *rc_serial_check_get_notes          (const RcSerialCheck *self);

const char      *rc_serial_verdict_to_string        (RcSerialVerdict      verdict);
char            *rc_serial_normalize                (RcCatalog           *catalog,
                                                     const char          *text);
char            *rc_serial_canonical                (RcCatalog           *catalog,
                                                     RcSeries            *series,
                                                     const char          *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcSerialCheck, rc_serial_check_unref)

G_END_DECLS
