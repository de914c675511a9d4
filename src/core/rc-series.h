/* rc-series.h — one radio series and the serials it uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-format.h"
#include "rc-source.h"

G_BEGIN_DECLS

typedef enum
{
  RC_CONFIDENCE_OFFICIAL,       /* "official": a manufacturer's document */
  RC_CONFIDENCE_REPORTED,       /* "reported": several independent sources */
  RC_CONFIDENCE_SINGLE_SOURCE,  /* "single-source": one source */
  RC_CONFIDENCE_UNVERIFIED,     /* "unverified": no source, an assumption */
} RcConfidence;

#define RC_TYPE_SERIES (rc_series_get_type ())

G_DECLARE_FINAL_TYPE (RcSeries, rc_series, RC, SERIES, GObject)

const char   *rc_series_get_id             (RcSeries     *self);
const char   *rc_series_get_name           (RcSeries     *self);
const char   *rc_series_get_brand_id       (RcSeries     *self);
const char   *rc_series_get_brand_name     (RcSeries     *self);
const char   *rc_series_get_title          (RcSeries     *self);
const char   *rc_series_get_note           (RcSeries     *self);
RcConfidence  rc_series_get_confidence     (RcSeries     *self);
gboolean      rc_series_get_detectable     (RcSeries     *self);
GPtrArray    *rc_series_get_formats        (RcSeries     *self);
GPtrArray    *rc_series_get_rewrites       (RcSeries     *self);
GPtrArray    *rc_series_get_rejects        (RcSeries     *self);
GPtrArray    *rc_series_get_sources        (RcSeries     *self);
const char   *rc_series_get_example        (RcSeries     *self);
char         *rc_series_describe_example   (RcSeries     *self);
const char   *rc_series_get_format_summary (RcSeries     *self);
guint         rc_series_get_max_length     (RcSeries     *self);
gboolean      rc_series_get_entry_starts_at_dash (RcSeries *self);
const char   *rc_series_get_entry_confirm  (RcSeries     *self);
gboolean      rc_series_has_entry          (RcSeries     *self);
RcConfidence  rc_series_get_entry_confidence (RcSeries   *self);
GPtrArray    *rc_series_get_entry_sources  (RcSeries     *self);

const char   *rc_confidence_describe       (RcConfidence  confidence);
const char   *rc_confidence_get_name       (RcConfidence  confidence);
gboolean      rc_confidence_is_weak        (RcConfidence  confidence);
gboolean      rc_confidence_parse          (const char   *str,
                                            RcConfidence *confidence);

G_END_DECLS
