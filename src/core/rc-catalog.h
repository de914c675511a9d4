/* rc-catalog.h — everything the app knows, read from data/catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-code-method.h"
#include "rc-display.h"
#include "rc-lockout-rule.h"
#include "rc-method.h"
#include "rc-model.h"
#include "rc-series.h"
#include "rc-source.h"

G_BEGIN_DECLS

#define RC_CATALOG_RESOURCE_PATH "/org/example/RadioCode/catalog"
/* The compiled catalog's name in that folder (see rc_catalog_compile()). */
#define RC_CATALOG_COMPILED_NAME "catalog.gvariant"

/* A question owners ask, and its answer. */
typedef struct
{
  char         *id;
  char         *question;
  char         *answer;
  RcConfidence  confidence;
  GPtrArray    *sources;   /* RcSource, borrowed */
  GPtrArray    *see;       /* char*: reference entry ids, "series:clarion" */
} RcFaq;

void rc_faq_free (RcFaq *faq);

#define RC_TYPE_CATALOG (rc_catalog_get_type ())

G_DECLARE_FINAL_TYPE (RcCatalog, rc_catalog, RC, CATALOG, GObject)

RcCatalog      *rc_catalog_new                (void);
RcCatalog      *rc_catalog_new_from_resources (const char   *path,
                                               GError      **error);
RcCatalog      *rc_catalog_new_from_compiled  (GBytes       *bytes,
                                               GError      **error);
GVariant       *rc_catalog_compile            (const char * const *paths,
                                               GError      **error);
gboolean        rc_catalog_add_data           (RcCatalog    *self,
                                               const char   *name,
                                               const char   *data,
                                               gssize        length,
                                               GError      **error);
GListModel     *rc_catalog_get_series         (RcCatalog    *self);
GPtrArray      *rc_catalog_get_series_array   (RcCatalog    *self);
RcSeries       *rc_catalog_lookup_series      (RcCatalog    *self,
                                               const char   *id);
const RcSource *rc_catalog_lookup_source      (RcCatalog    *self,
                                               const char   *id);
GPtrArray      *rc_catalog_list_sources       (RcCatalog    *self);
const char     *rc_catalog_get_brand_name     (RcCatalog    *self,
                                               const char   *brand_id);
const char * const *rc_catalog_get_brand_ids  (RcCatalog    *self);
GPtrArray      *rc_catalog_get_rejects        (RcCatalog    *self);
GRegex         *rc_catalog_get_label_prefix   (RcCatalog    *self);
gunichar        rc_catalog_lookalike          (RcCatalog    *self,
                                               gunichar      c);
GListModel     *rc_catalog_get_lockouts       (RcCatalog    *self);
RcLockoutRule  *rc_catalog_lookup_lockout     (RcCatalog    *self,
                                               const char   *id);
RcLockoutRule  *rc_catalog_get_fallback_lockout (RcCatalog  *self);
RcLockoutRule  *rc_catalog_get_lockout_for_series (RcCatalog *self,
                                                   RcSeries  *series);
GListModel     *rc_catalog_get_models         (RcCatalog    *self);
RcModel        *rc_catalog_lookup_model       (RcCatalog    *self,
                                               const char   *id);
void            rc_catalog_search_models      (RcCatalog          *self,
                                               const RcModelQuery *query,
                                               const guint32      *within,
                                               guint               n_within,
                                               GArray             *matches);
GListModel     *rc_catalog_get_methods        (RcCatalog    *self);
GListModel     *rc_catalog_get_displays       (RcCatalog    *self);
RcDisplay      *rc_catalog_lookup_display     (RcCatalog    *self,
                                               const char   *id);
GPtrArray      *rc_catalog_get_faqs           (RcCatalog    *self);
RcMethod       *rc_catalog_lookup_method      (RcCatalog    *self,
                                               const char   *id);
GListModel     *rc_catalog_get_code_methods   (RcCatalog    *self);
RcCodeMethod   *rc_catalog_lookup_code_method (RcCatalog    *self,
                                               RcSeries     *series);

G_END_DECLS
