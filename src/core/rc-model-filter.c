/* rc-model-filter.c — the car models a search finds, in the order they are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of the models of a catalog that a search picks out, in the order
 * of a list of all of them (the model table's sorted rows), or in the
 * catalog's own order. A search reads the catalog's search text
 * (rc_catalog_search_models()), never the models themselves: a model is
 * made only when this list is asked for it, so typing costs the same
 * whether the catalog has made ten models or a hundred thousand. A search
 * that only narrows the last one looks at the models shown, not at all.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <string.h>

#include "rc-model-filter.h"

struct _RcModelFilter
{
  GObject       parent_instance;

  RcCatalog    *catalog;
  GListModel   *order;      /* every model, in the order shown; NULL: the catalog's */
  GArray       *positions;  /* guint32: the catalog position of each model of order */
  RcModelQuery *query;
  GArray       *shown;      /* guint32: the catalog positions of the models found, in order */
};

static void rc_model_filter_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcModelFilter, rc_model_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      rc_model_filter_list_init))

/* Puts @found in place of what is shown. The change is told as what stays
 * at the top, then one removal of the rest and one addition: told as one
 * change, GTK 4.8's list view would look through every model added for
 * each of its rows that went, and so make every model; told model by
 * model, each of thousands of changes would cost the view a pass over its
 * rows. This way a keystroke costs the view the rows it shows. */
static void
show (RcModelFilter *self,
      GArray        *found)
{
  guint n_old = self->shown->len, n_new = found->len, kept = 0;
  const guint32 *old = (const guint32 *) (gpointer) self->shown->data;
  const guint32 *new = (const guint32 *) (gpointer) found->data;

  while (kept < n_old && kept < n_new && old[kept] == new[kept])
    kept++;
  if (kept == n_old && kept == n_new)
    {
      g_array_unref (found);
      return;
    }

  g_array_set_size (self->shown, kept);
  if (n_old > kept)
    g_list_model_items_changed (G_LIST_MODEL (self), kept, n_old - kept, 0);
  g_array_unref (self->shown);
  self->shown = found;
  if (n_new > kept)
    g_list_model_items_changed (G_LIST_MODEL (self), kept, 0, n_new - kept);
}

/* Looks at every model: in the catalog's order, then picked out in the order shown. */
static void
search_all (RcModelFilter *self)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) matches = NULL;
  g_autofree guint8 *marked = NULL;
  guint n;

  if (self->order == NULL)
    {
      rc_catalog_search_models (self->catalog, self->query, NULL, 0, found);
      show (self, found);
      return;
    }

  matches = g_array_new (FALSE, FALSE, sizeof (guint32));
  rc_catalog_search_models (self->catalog, self->query, NULL, 0, matches);
  n = g_list_model_get_n_items (rc_catalog_get_models (self->catalog));
  marked = g_new0 (guint8, n + 1);
  for (guint i = 0; i < matches->len; i++)
    marked[g_array_index (matches, guint32, i)] = 1;
  for (guint i = 0; i < self->positions->len; i++)
    {
      guint32 position = g_array_index (self->positions, guint32, i);

      if (position < n && marked[position])
        g_array_append_val (found, position);
    }
  show (self, found);
}

/* The catalog position of each model of the order, read once per change of it. */
static void
read_order (RcModelFilter *self)
{
  guint n = self->order != NULL ? g_list_model_get_n_items (self->order) : 0;

  g_array_set_size (self->positions, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (self->order, i);
      guint32 position = rc_model_get_position (model);

      g_array_append_val (self->positions, position);
    }
}

static void
order_changed_cb (RcModelFilter *self)
{
  read_order (self);
  search_all (self);
}

static void
models_changed_cb (RcModelFilter *self)
{
  if (self->order == NULL)
    search_all (self);
}

static GType
rc_model_filter_get_item_type (GListModel *list)
{
  return RC_TYPE_MODEL;
}

static guint
rc_model_filter_get_n_items (GListModel *list)
{
  return RC_MODEL_FILTER (list)->shown->len;
}

static gpointer
rc_model_filter_get_item (GListModel *list,
                          guint       position)
{
  RcModelFilter *self = RC_MODEL_FILTER (list);

  if (position >= self->shown->len)
    return NULL;
  return g_list_model_get_item (rc_catalog_get_models (self->catalog),
                                g_array_index (self->shown, guint32, position));
}

static void
rc_model_filter_list_init (GListModelInterface *iface)
{
  iface->get_item_type = rc_model_filter_get_item_type;
  iface->get_n_items = rc_model_filter_get_n_items;
  iface->get_item = rc_model_filter_get_item;
}

static void
rc_model_filter_dispose (GObject *object)
{
  RcModelFilter *self = RC_MODEL_FILTER (object);

  if (self->order != NULL)
    g_signal_handlers_disconnect_by_data (self->order, self);
  g_clear_object (&self->order);
  if (self->catalog != NULL)
    g_signal_handlers_disconnect_by_data (rc_catalog_get_models (self->catalog), self);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (rc_model_filter_parent_class)->dispose (object);
}

static void
rc_model_filter_finalize (GObject *object)
{
  RcModelFilter *self = RC_MODEL_FILTER (object);

  g_array_unref (self->positions);
  g_array_unref (self->shown);
  rc_model_query_free (self->query);

  G_OBJECT_CLASS (rc_model_filter_parent_class)->finalize (object);
}

static void
rc_model_filter_class_init (RcModelFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_model_filter_dispose;
  object_class->finalize = rc_model_filter_finalize;
}

static void
rc_model_filter_init (RcModelFilter *self)
{
  self->positions = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->query = rc_model_query_new ("");
}

/**
 * rc_model_filter_new:
 *
 * Returns: a list of every model of @catalog, in the catalog's order, until
 *   a search or an order is set
 */
RcModelFilter *
rc_model_filter_new (RcCatalog *catalog)
{
  RcModelFilter *self;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);

  self = g_object_new (RC_TYPE_MODEL_FILTER, NULL);
  self->catalog = g_object_ref (catalog);
  g_signal_connect_swapped (rc_catalog_get_models (catalog), "items-changed",
                            G_CALLBACK (models_changed_cb), self);
  search_all (self);
  return self;
}

/**
 * rc_model_filter_set_order:
 * @order: (nullable): every model of the catalog, in the order to show
 *   them; %NULL for the catalog's order
 *
 * Shows the models found in the order of @order, and again whenever it
 * changes (a sort). Reading the order takes each of its models, so a list
 * in the catalog's order is better given as %NULL.
 */
void
rc_model_filter_set_order (RcModelFilter *self,
                           GListModel    *order)
{
  g_return_if_fail (RC_IS_MODEL_FILTER (self));
  g_return_if_fail (order == NULL || G_IS_LIST_MODEL (order));

  if (order == self->order)
    return;
  if (self->order != NULL)
    g_signal_handlers_disconnect_by_data (self->order, self);
  g_set_object (&self->order, order);
  if (order != NULL)
    g_signal_connect_swapped (order, "items-changed", G_CALLBACK (order_changed_cb), self);
  order_changed_cb (self);
}

/**
 * rc_model_filter_search:
 *
 * Shows the models @text finds (every model for an empty search). When the
 * search only narrows the last one, only the models shown are looked at.
 */
void
rc_model_filter_search (RcModelFilter *self,
                        const char    *text)
{
  g_autoptr(RcModelQuery) previous = NULL;

  g_return_if_fail (RC_IS_MODEL_FILTER (self));

  previous = g_steal_pointer (&self->query);
  self->query = rc_model_query_new (text);
  if (rc_model_query_narrows (self->query, previous))
    {
      GArray *found = g_array_new (FALSE, FALSE, sizeof (guint32));

      rc_catalog_search_models (self->catalog, self->query, (guint32 *) (gpointer) self->shown->data,
                                self->shown->len, found);
      show (self, found);
    }
  else
    {
      search_all (self);
    }
}

/* What was searched for last. */
const RcModelQuery *
rc_model_filter_get_query (RcModelFilter *self)
{
  g_return_val_if_fail (RC_IS_MODEL_FILTER (self), NULL);

  return self->query;
}
