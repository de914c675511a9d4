/* rc-code-method.h — a verified way to compute a radio's code from its serial
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-series.h"

G_BEGIN_DECLS

/* The arithmetic the app knows; the catalog says which series uses which. */
typedef enum
{
  RC_CODE_ALGORITHM_RENAULT_PRECODE,
  RC_CODE_ALGORITHM_FORD_M,
} RcCodeAlgorithm;

#define RC_CODE_METHOD_ERROR (rc_code_method_error_quark ())

typedef enum
{
  RC_CODE_METHOD_ERROR_OUTSIDE,   /* not a serial this method takes */
  RC_CODE_METHOD_ERROR_NO_CODE,   /* a serial it takes, but none with a code (A000–A099) */
} RcCodeMethodError;

GQuark        rc_code_method_error_quark   (void);

gboolean      rc_code_algorithm_parse      (const char      *nick,
                                            RcCodeAlgorithm *algorithm);
char         *rc_code_algorithm_compute    (RcCodeAlgorithm  algorithm,
                                            const char      *serial,
                                            GError         **error);

#define RC_TYPE_CODE_METHOD (rc_code_method_get_type ())

G_DECLARE_FINAL_TYPE (RcCodeMethod, rc_code_method, RC, CODE_METHOD, GObject)

const char      *rc_code_method_get_id         (RcCodeMethod *self);
const char      *rc_code_method_get_name       (RcCodeMethod *self);
const char      *rc_code_method_get_basis      (RcCodeMethod *self);
const char      *rc_code_method_get_covers     (RcCodeMethod *self);
const char      *rc_code_method_get_excludes   (RcCodeMethod *self);
const char      *rc_code_method_get_refused    (RcCodeMethod *self);
RcCodeAlgorithm  rc_code_method_get_algorithm  (RcCodeMethod *self);
RcConfidence     rc_code_method_get_confidence (RcCodeMethod *self);
GPtrArray       *rc_code_method_get_series     (RcCodeMethod *self);
GPtrArray       *rc_code_method_get_sources    (RcCodeMethod *self);
gboolean         rc_code_method_applies        (RcCodeMethod *self,
                                                RcSeries     *series);
char            *rc_code_method_compute        (RcCodeMethod *self,
                                                const char   *serial,
                                                GError      **error);

/* For the catalog reader. */
RcCodeMethod    *rc_code_method_new            (const char      *id,
                                                RcCodeAlgorithm  algorithm,
                                                RcConfidence     confidence);
typedef enum
{
  RC_CODE_METHOD_TEXT_NAME,
  RC_CODE_METHOD_TEXT_BASIS,
  RC_CODE_METHOD_TEXT_COVERS,
  RC_CODE_METHOD_TEXT_EXCLUDES,
  RC_CODE_METHOD_TEXT_REFUSED,
} RcCodeMethodText;

void             rc_code_method_set_text       (RcCodeMethod    *self,
                                                RcCodeMethodText field,
                                                const char      *text);
gboolean         rc_code_method_is_complete    (RcCodeMethod    *self);

G_END_DECLS
