/* rc-reference.h — everything the catalog knows, as entries to read and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"

G_BEGIN_DECLS

/* Searches are cut to this many characters: a search costs a pass over
 * the reference for each word, so the words it may have are bounded. */
#define RC_REFERENCE_MAX_QUERY 200

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

/* Where in an entry a searched word was found, the best place first. */
typedef enum
{
  RC_FIELD_TITLE,
  RC_FIELD_TEXT,
  RC_FIELD_SOURCES,
  RC_N_FIELDS
} RcField;

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
} RcEntry;

/* A few words of a field around a searched word. */
typedef struct
{
  char  *text;    /* "…" where words were left out; NULL when no word was found here */
  gsize  start;   /* the word that matched, as bytes of text */
  gsize  end;
} RcExcerpt;

/* An entry a search found, and why. */
typedef struct
{
  RcEntry   *entry;                  /* borrowed from the reference */
  RcField    field;                  /* the best place a word was found;
                                        RC_N_FIELDS when nothing was searched for */
  RcExcerpt  excerpts[RC_N_FIELDS];  /* one for each field a word was found in first */
} RcMatch;

typedef struct _RcReference RcReference;

RcReference *rc_reference_new          (RcCatalog         *catalog);
void         rc_reference_free         (RcReference       *self);
GPtrArray   *rc_reference_get_entries  (RcReference       *self);
RcEntry     *rc_reference_lookup       (RcReference       *self,
                                        const char        *id);
GPtrArray   *rc_reference_search       (RcReference       *self,
                                        const char        *text);
gboolean     rc_reference_has_words    (const char        *text);
const char  *rc_entry_kind_describe    (RcEntryKind        kind);
char        *rc_match_explain          (const RcMatch     *match,
                                        RcField            field,
                                        gboolean           markup);
void         rc_match_free             (RcMatch           *match);
GListModel  *rc_reference_get_items    (RcReference       *self);
guint        rc_reference_apply_search (RcReference       *self,
                                        const char        *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcReference, rc_reference_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcMatch, rc_match_free)

G_END_DECLS
