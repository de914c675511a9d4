/* rc-model.h — a car model and the radios fitted to it; searching them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-series.h"

G_BEGIN_DECLS

typedef enum
{
  RC_MODEL_FIELD_MAKE,
  RC_MODEL_FIELD_NAME,
  RC_MODEL_FIELD_CHASSIS,
  RC_MODEL_FIELD_RADIOS,
  RC_MODEL_FIELD_NOTE,
  RC_MODEL_N_FIELDS
} RcModelField;

#define RC_TYPE_MODEL (rc_model_get_type ())

G_DECLARE_FINAL_TYPE (RcModel, rc_model, RC, MODEL, GObject)

RcModel    *rc_model_new           (const char  *id,
                                    const char  *make,
                                    const char  *name,
                                    const char  *chassis,
                                    guint        year_from,
                                    guint        year_to);
const char *rc_model_get_id        (RcModel     *self);
const char *rc_model_get_make      (RcModel     *self);
const char *rc_model_get_name      (RcModel     *self);
const char *rc_model_get_chassis   (RcModel     *self);
const char *rc_model_get_chassis_codes (RcModel *self);
guint       rc_model_get_year_from (RcModel     *self);
guint       rc_model_get_year_to   (RcModel     *self);
const char *rc_model_get_years     (RcModel     *self);
const char *rc_model_get_note      (RcModel     *self);
const char *rc_model_get_location  (RcModel     *self);
GPtrArray  *rc_model_get_series    (RcModel     *self);
const char *rc_model_get_radios    (RcModel     *self);
GPtrArray  *rc_model_get_sources   (RcModel     *self);
RcConfidence rc_model_get_confidence (RcModel   *self);
void        rc_model_set_confidence (RcModel    *self,
                                    RcConfidence confidence);
/* The texts a catalog entry gives a model, for the catalog reader. */
typedef enum
{
  RC_MODEL_TEXT_NAME,
  RC_MODEL_TEXT_NOTE,
  RC_MODEL_TEXT_LOCATION,
} RcModelText;

void        rc_model_set_text      (RcModel     *self,
                                    RcModelText  field,
                                    const char  *text);
void        rc_model_add_series    (RcModel     *self,
                                    RcSeries    *series);
void        rc_model_add_source    (RcModel     *self,
                                    gpointer     source);
void        rc_model_finish        (RcModel     *self);
int         rc_model_compare       (RcModel     *a,
                                    RcModel     *b,
                                    RcModelField field);
int         rc_model_compare_years (RcModel     *a,
                                    RcModel     *b);

/* A search typed by the user: words and years, all of which must match. */
typedef struct _RcModelQuery RcModelQuery;

/* Characters of a search that are read; no model needs more. */
#define RC_MODEL_QUERY_MAX_LENGTH 200

RcModelQuery *rc_model_query_new      (const char         *text);
void          rc_model_query_free     (RcModelQuery       *query);
gboolean      rc_model_query_is_empty (const RcModelQuery *query);
gboolean      rc_model_query_is_truncated (const RcModelQuery *query);
gboolean      rc_model_query_matches  (const RcModelQuery *query,
                                       RcModel            *model);
gboolean      rc_model_query_narrows  (const RcModelQuery *query,
                                       const RcModelQuery *previous);

char         *rc_model_fold           (const char         *text);
char         *rc_model_fold_series    (GPtrArray          *series);

guint         rc_model_get_position   (RcModel            *self);
void          rc_model_set_position   (RcModel            *self,
                                       guint               position);

/* The search text of many models, searched without the models themselves. */
typedef struct _RcModelIndex RcModelIndex;

RcModelIndex *rc_model_index_new      (void);
void          rc_model_index_free     (RcModelIndex       *index);
guint         rc_model_index_get_n_models (const RcModelIndex *index);
void          rc_model_index_add      (RcModelIndex       *index,
                                       const char         *make,
                                       const char         *name,
                                       const char         *chassis,
                                       const char         *series,
                                       const char         *note,
                                       guint               year_from,
                                       guint               year_to);
void          rc_model_index_add_model (RcModelIndex      *index,
                                        RcModel           *model);
void          rc_model_index_truncate (RcModelIndex       *index,
                                       guint               n_models);
void          rc_model_index_search   (const RcModelIndex *index,
                                       const RcModelQuery *query,
                                       const guint32      *within,
                                       guint               n_within,
                                       GArray             *matches);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcModelQuery, rc_model_query_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcModelIndex, rc_model_index_free)

G_END_DECLS
