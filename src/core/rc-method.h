/* rc-method.h — a way to find a radio's serial or code, and its figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-model.h"
#include "rc-series.h"

G_BEGIN_DECLS

/* A drawing on a method's page, perhaps only for some series or models. */
typedef struct
{
  char      *illustration;   /* the drawing's name in the resource */
  char      *alt;            /* what it shows, for screen readers */
  char      *caption;        /* nullable */
  GPtrArray *series;         /* RcSeries, borrowed; empty: any */
  GPtrArray *models;         /* RcModel, borrowed; empty: any */
} RcFigure;

#define RC_TYPE_METHOD (rc_method_get_type ())

G_DECLARE_FINAL_TYPE (RcMethod, rc_method, RC, METHOD, GObject)

const char   *rc_method_get_id         (RcMethod  *self);
const char   *rc_method_get_title      (RcMethod  *self);
const char   *rc_method_get_summary    (RcMethod  *self);
guint         rc_method_get_minutes    (RcMethod  *self);
RcConfidence  rc_method_get_confidence (RcMethod  *self);
GPtrArray    *rc_method_get_sources    (RcMethod  *self);
GPtrArray    *rc_method_get_series     (RcMethod  *self);
GPtrArray    *rc_method_get_models     (RcMethod  *self);
GPtrArray    *rc_method_get_needs      (RcMethod  *self);
GPtrArray    *rc_method_get_steps      (RcMethod  *self);
GPtrArray    *rc_method_get_cautions   (RcMethod  *self);
GPtrArray    *rc_method_get_figures    (RcMethod  *self);
gboolean      rc_method_applies        (RcMethod  *self,
                                        RcSeries  *series,
                                        RcModel   *model);
GPtrArray    *rc_method_get_figures_for (RcMethod *self,
                                         RcSeries *series,
                                         RcModel  *model);

/* For the catalog reader. */
RcMethod     *rc_method_new            (const char   *id,
                                        guint         minutes,
                                        RcConfidence  confidence);
typedef enum
{
  RC_METHOD_TEXT_TITLE,
  RC_METHOD_TEXT_SUMMARY,
  RC_METHOD_TEXT_NEED,      /* the three lists: each element adds one */
  RC_METHOD_TEXT_STEP,
  RC_METHOD_TEXT_CAUTION,
} RcMethodText;

void          rc_method_set_text       (RcMethod     *self,
                                        RcMethodText  field,
                                        const char   *text);
RcFigure     *rc_method_add_figure     (RcMethod     *self,
                                        const char   *illustration);

G_END_DECLS
