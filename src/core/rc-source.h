/* rc-source.h — where a fact comes from, and rules read from the catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-core-enums.h"
#include "rc-format.h"

G_BEGIN_DECLS

typedef enum
{
  RC_SOURCE_OWNER_MANUAL,
  RC_SOURCE_SERVICE_MANUAL,
  RC_SOURCE_FORUM,
  RC_SOURCE_VENDOR,
  RC_SOURCE_REVERSE_ENGINEERED,
} RcSourceQuality;

typedef struct
{
  char            *id;
  char            *name;
  RcSourceQuality  quality;
} RcSource;

typedef enum
{
  RC_REJECT_PART_NUMBER,
  RC_REJECT_MODEL_NUMBER,
  RC_REJECT_NONEXISTENT,
} RcRejectKind;

/* A rewrite turns a longer label form into the serial it contains (a
 * regular expression, also matched partially while the user types); a
 * reject names a number that is not a serial (a format, matched whole or
 * at the start). */
typedef struct
{
  GRegex       *regex;        /* rewrites only */
  char         *replacement;  /* rewrites only */
  guint         length;       /* rewrites: the length of the long form */
  guint64       heads[2];     /* rewrites: what its first two characters may be (rc_format_char_bit) */
  RcFormat     *format;       /* rejects only */
  gboolean      at_start;     /* rejects: match the start, not the whole */
  RcRejectKind  kind;         /* rejects only */
  char         *text;         /* translated reason or explanation */
  GPtrArray    *sources;      /* RcSource*, borrowed from the catalog */
} RcRule;

const char *rc_source_quality_describe (RcSourceQuality quality);
gboolean    rc_source_quality_parse    (const char      *str,
                                        RcSourceQuality *quality);
void        rc_source_free             (RcSource        *source);
void        rc_rule_free               (RcRule          *rule);
char       *rc_sources_describe        (GPtrArray       *sources);

G_END_DECLS
