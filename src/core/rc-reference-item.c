/* rc-reference-item.c — a reference entry as a list item, with what a search found in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference keeps one item per entry for as long as it lives
 * (rc_reference_get_items()); a search does not make new ones, it tells
 * each item whether it was found, where, and in which place of the results
 * (rc_reference_apply_search()). A list shown from the items filters and
 * sorts on that, and a row follows its item's "match".
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include "rc-reference-item.h"

struct _RcReferenceItem
{
  GObject   parent_instance;

  RcEntry  *entry;   /* borrowed from the reference, which outlives its items' use */
  RcMatch  *match;   /* what the last search found, or NULL */
  guint     rank;    /* the place among the results, or G_MAXUINT */
};

G_DEFINE_FINAL_TYPE (RcReferenceItem, rc_reference_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_MATCH,
  PROP_RANK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rc_reference_item_finalize (GObject *object)
{
  RcReferenceItem *self = RC_REFERENCE_ITEM (object);

  g_clear_pointer (&self->match, rc_match_free);

  G_OBJECT_CLASS (rc_reference_item_parent_class)->finalize (object);
}

static void
rc_reference_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RcReferenceItem *self = RC_REFERENCE_ITEM (object);

  switch (prop_id)
    {
    case PROP_MATCH:
      g_value_set_pointer (value, self->match);
      break;
    case PROP_RANK:
      g_value_set_uint (value, self->rank);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_reference_item_class_init (RcReferenceItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_reference_item_finalize;
  object_class->get_property = rc_reference_item_get_property;

  /* An RcMatch, or NULL: notified on every search, as the words found change. */
  properties[PROP_MATCH] =
    g_param_spec_pointer ("match", NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL, 0, G_MAXUINT, G_MAXUINT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_reference_item_init (RcReferenceItem *self)
{
  self->rank = G_MAXUINT;
}

RcReferenceItem *
rc_reference_item_new (RcEntry *entry)
{
  RcReferenceItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (RC_TYPE_REFERENCE_ITEM, NULL);
  self->entry = entry;
  return self;
}

RcEntry *
rc_reference_item_get_entry (RcReferenceItem *self)
{
  g_return_val_if_fail (RC_IS_REFERENCE_ITEM (self), NULL);

  return self->entry;
}

/* What the last search found in the entry, and where; NULL when it was not found. */
const RcMatch *
rc_reference_item_get_match (RcReferenceItem *self)
{
  g_return_val_if_fail (RC_IS_REFERENCE_ITEM (self), NULL);

  return self->match;
}

/* The entry's place among the last search's results; G_MAXUINT when it was not found. */
guint
rc_reference_item_get_rank (RcReferenceItem *self)
{
  g_return_val_if_fail (RC_IS_REFERENCE_ITEM (self), G_MAXUINT);

  return self->rank;
}

/* Takes @match (or NULL: not found) and @rank from a search. */
void
rc_reference_item_set_match (RcReferenceItem *self,
                             RcMatch         *match,
                             guint            rank)
{
  g_return_if_fail (RC_IS_REFERENCE_ITEM (self));
  g_return_if_fail (match == NULL || match->entry == self->entry);

  if (self->match == NULL && match == NULL)
    return;

  g_clear_pointer (&self->match, rc_match_free);
  self->match = match;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH]);
  if (self->rank != rank)
    {
      self->rank = rank;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK]);
    }
}
