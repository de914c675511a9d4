/* rc-series-private.h — how the catalog parser fills in a series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-series.h"

G_BEGIN_DECLS

RcSeries *rc_series_new            (const char   *id,
                                    const char   *brand_id,
                                    const char   *brand_name);
void      rc_series_set_name       (RcSeries     *self,
                                    const char   *name);
void      rc_series_set_note       (RcSeries     *self,
                                    const char   *note);
void      rc_series_set_confidence (RcSeries     *self,
                                    RcConfidence  confidence);
void      rc_series_set_detectable (RcSeries     *self,
                                    gboolean      detectable);
void      rc_series_add_format     (RcSeries     *self,
                                    RcFormat     *format);
void      rc_series_add_rewrite    (RcSeries     *self,
                                    RcRule       *rule);
void      rc_series_add_reject     (RcSeries     *self,
                                    RcRule       *rule);
void      rc_series_add_source     (RcSeries     *self,
                                    RcSource     *source);
void      rc_series_set_entry      (RcSeries     *self,
                                    gboolean      from_dash,
                                    const char   *confirm,
                                    RcConfidence  confidence,
                                    GPtrArray    *sources);
gboolean  rc_series_finish         (RcSeries     *self,
                                    GError      **error);

G_END_DECLS
