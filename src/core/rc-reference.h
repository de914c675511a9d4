/* rc-reference.h — everything the catalog knows, as entries to read and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"

G_BEGIN_DECLS

/* In the order results are grouped. */
typedef enum
{
  RC_ENTRY_DISPLAY,
  RC_ENTRY_FAQ,
  RC_ENTRY_SERIES,
  RC_ENTRY_METHOD,
  RC_ENTRY_LOCKOUT,
  RC_ENTRY_MODEL,
  RC_ENTRY_N_KINDS
} RcEntryKind;

typedef struct
{
  char         *id;          /* "series:clarion" */
  RcEntryKind   kind;
  char         *title;
  char         *body;        /* paragraphs separated by blank lines */
  char         *provenance;  /* where it comes from, and how sure that is */
  RcConfidence  confidence;
  GPtrArray    *sources;     /* RcSource, borrowed from the catalog */
  GPtrArray    *links;       /* char*: ids of related entries */
  char         *haystack;    /* folded title and body */
  char         *folded_title;
} RcEntry;

typedef struct _RcReference RcReference;

RcReference *rc_reference_new          (RcCatalog         *catalog);
void         rc_reference_free         (RcReference       *self);
GPtrArray   *rc_reference_get_entries  (RcReference       *self);
RcEntry     *rc_reference_lookup       (RcReference       *self,
                                        const char        *id);
GPtrArray   *rc_reference_search       (RcReference       *self,
                                        const char        *text);
const char  *rc_entry_kind_describe    (RcEntryKind        kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcReference, rc_reference_free)

G_END_DECLS
