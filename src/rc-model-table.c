/* rc-model-table.c — the searchable, sortable table of car models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * catalog models → GtkSortListModel (the column view's sorter) →
 * RcModelFilter (our query) → GtkSingleSelection → GtkColumnView. Rows are
 * recycled; no widget is made per model. Sorting sits below filtering so
 * that a keystroke never sorts: the order is kept, and the filter only
 * picks rows out of it. The filter reads the catalog's search text, not
 * the models, and takes the order from the sorted list only while a column
 * sorts it: unsorted, no model is made but those shown.
 *
 * In a narrow window (a phone's 360 px) only the make, the model and the
 * radio stay; chassis, years and note give way. Opening a row shows them.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-model-filter.h"
#include "rc-model-table.h"
#include "rc-query.h"
#include "rc-text.h"
#include "rc-widget-util.h"

struct _RcModelTable
{
  GtkWidget           parent_instance;

  /* template */
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
  GtkLabel           *count_label;
  GtkWidget          *footer;
  GtkMenuButton      *sort_button;
  GtkColumnViewColumn *make_column;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *chassis_column;
  GtkColumnViewColumn *years_column;
  GtkColumnViewColumn *radios_column;
  GtkColumnViewColumn *note_column;

  /* owned */
  RcCatalog          *catalog;
  GSettings          *settings;
  RcModelFilter      *filtered;
  GtkSortListModel   *sorted;
  int                 sort_column;  /* index in column_names, or -1: unsorted */
  gboolean            sort_descending;
  gboolean            sorting;      /* the sort is being set here, not by a header click */
  gboolean            narrow;
  guint               narrow_id;   /* applies a change of width before the next frame */
};

G_DEFINE_FINAL_TYPE (RcModelTable, rc_model_table, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CATALOG,
  PROP_SETTINGS,
  PROP_SORT_COLUMN,
  PROP_SORT_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Below this width the columns that are not make, model or radio are hidden. */
#define NARROW_WIDTH 560

enum {
  MODEL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The names the sort order is saved under, in column order. */
static const char *column_names[] = { "make", "name", "chassis", "years", "radios", "note" };

static GtkColumnViewColumn *
column_at (RcModelTable *self,
           guint         index)
{
  GtkColumnViewColumn *all[] = {
    self->make_column, self->name_column, self->chassis_column,
    self->years_column, self->radios_column, self->note_column,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (all) == G_N_ELEMENTS (column_names));
  return all[index];
}

static int
compare_field_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      field)
{
  return rc_model_compare ((RcModel *) a, (RcModel *) b, GPOINTER_TO_INT (field));
}

static int
compare_years_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return rc_model_compare_years ((RcModel *) a, (RcModel *) b);
}

static void
set_sorter (GtkColumnViewColumn *column,
            GCompareDataFunc     compare,
            RcModelField         field)
{
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (compare, GINT_TO_POINTER (field),
                                                            NULL);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

/* The radios a car came with, as said aloud: "Blaupunkt BP-series or Clarion CL and CM serials". */
static char *
spoken_radios (RcModel *model)
{
  GPtrArray *series = rc_model_get_series (model);
  g_auto(GStrv) radios = g_new0 (char *, series->len + 1);

  for (guint i = 0; i < series->len; i++)
    {
      RcSeries *one = g_ptr_array_index (series, i);

      /* Translators: one radio in a model table row as a screen reader says it: its brand,
       * then its series, e.g. “Blaupunkt BP-series” (the screen shows “Blaupunkt — BP-series”) */
      radios[i] = G_GNUC_EXTENSION g_strdup_printf (C_("spoken radio", "%1$s %2$s"),
                                                    rc_series_get_brand_name (one),
                                                    rc_series_get_name (one));
    }
  return rc_text_join_list ((const char * const *) radios, RC_TEXT_LIST_OR);
}

/* A row of the table as one sentence, for screen readers, which otherwise
 * say each cell with its column's name:
 * "Nissan Micra, K11 K12, 1993–2010, Blaupunkt BP-series or Clarion CL and CM serials". */
static char *
spoken_row (RcModel *model)
{
  const char *chassis = rc_model_get_chassis_codes (model);
  g_autofree char *radios = spoken_radios (model);

  if (*chassis == '\0')
    /* Translators: a row of the model table as a screen reader says it, for a car with no
     * chassis code: the make, the model, its years and its radios, e.g. “Dacia Logan,
     * 2004–2012, Renault precode” */
    return G_GNUC_EXTENSION g_strdup_printf (_("%1$s %2$s, %3$s, %4$s"), rc_model_get_make (model),
                                             rc_model_get_name (model), rc_model_get_years (model),
                                             radios);
  /* Translators: a row of the model table as a screen reader says it: the make, the model, its
   * chassis codes, its years and its radios, e.g. “Nissan Micra, K11 K12, 1993–2010, Blaupunkt
   * BP-series or Clarion CL and CM serials” */
  return G_GNUC_EXTENSION g_strdup_printf (_("%1$s %2$s, %3$s, %4$s, %5$s"),
                                           rc_model_get_make (model), rc_model_get_name (model),
                                           chassis, rc_model_get_years (model), radios);
}

static void
setup_make_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 0);
  gtk_list_item_set_child (item, inscription);
}

/* The make's cell also names its row: GTK 4.8 has no API for a column view's
 * rows, but the row is the cell's ancestor with the row role. */
static void
bind_make_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  RcModel *model = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *sentence = spoken_row (model);

  gtk_inscription_set_text (GTK_INSCRIPTION (child), rc_model_get_make (model));
  for (GtkWidget *row = gtk_widget_get_parent (child);
       row != NULL && !GTK_IS_COLUMN_VIEW (row); row = gtk_widget_get_parent (row))
    if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row)) == GTK_ACCESSIBLE_ROLE_ROW)
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        sentence, -1);
        break;
      }
}

/* What the search says when only its start is read, or %NULL. */
static char *
describe_cut (RcModelTable *self)
{
  if (!rc_model_query_is_truncated (rc_model_filter_get_query (self->filtered)))
    return NULL;
  return rc_query_describe_cut (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                RC_MODEL_QUERY_MAX_LENGTH);
}

static void
update_count (RcModelTable *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  const RcModelQuery *query = rc_model_filter_get_query (self->filtered);
  g_autofree char *count = NULL;
  g_autofree char *cut = NULL;

  if (rc_model_query_is_empty (query))
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u model", "%u models", n), n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u model matches", "%u models match",
                                          n), n);
  if ((cut = describe_cut (self)) != NULL)
    {
      /* Translators: how many models match, then that the search was cut */
      char *both = G_GNUC_EXTENSION g_strdup_printf (C_("count and cut search", "%1$s — %2$s"),
                                                     count, cut);

      g_free (count);
      count = both;
    }
  gtk_label_set_label (self->count_label, count);

  if (n == 0 && !rc_model_query_is_empty (query))
    {
      g_autofree char *title = NULL;

      /* Translators: the argument is what the user searched for */
      title = g_strdup_printf (_("No Model Matches “%s”"),
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      adw_status_page_set_title (self->empty_page, title);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "table");
    }
}

/* Before GTK 4.10 the view does not say which column it sorts by, so it is
 * read off the rows: the sorting column is the one whose own order the rows
 * keep, going up or down, with the most rows that differ in it. A column
 * whose values are all equal keeps any order and tells nothing. */
static int
sorted_column_from_rows (RcModelTable *self,
                         GtkSortType  *order)
{
  GListModel *rows = G_LIST_MODEL (self->sorted);
  guint n = MIN (g_list_model_get_n_items (rows), 500);
  guint best_steps = 0;
  int best = -1;

  for (guint c = 0; c < G_N_ELEMENTS (column_names); c++)
    {
      GtkSorter *sorter = gtk_column_view_column_get_sorter (column_at (self, c));
      guint up = 0, down = 0;
      gboolean kept = TRUE;

      for (guint i = 1; kept && i < n; i++)
        {
          g_autoptr(GObject) a = g_list_model_get_item (rows, i - 1);
          g_autoptr(GObject) b = g_list_model_get_item (rows, i);
          GtkOrdering ordering = gtk_sorter_compare (sorter, a, b);

          up += ordering == GTK_ORDERING_SMALLER;
          down += ordering == GTK_ORDERING_LARGER;
          kept = up == 0 || down == 0;
        }

      if (kept && up + down > best_steps)
        {
          best = c;
          best_steps = up + down;
          *order = down > 0 ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING;
        }
    }

  return best;
}

/* GTK 4.10 and later say it: the view's sorter has the primary sort column
 * and order as properties. They are read by name, at run time, so that the
 * same build is exact on a newer GTK and uses no API above the 4.8 floor. */
static int
sorted_column (RcModelTable *self,
               GtkSortType  *order)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  g_autoptr(GtkColumnViewColumn) column = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (sorter), "primary-sort-column") == NULL)
    return sorted_column_from_rows (self, order);

  g_object_get (sorter, "primary-sort-column", &column, "primary-sort-order", order, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    if (column_at (self, i) == column)
      return i;
  return -1;
}

static int
column_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    if (g_strcmp0 (name, column_names[i]) == 0)
      return i;
  return -1;
}

/* Sorts the rows by the column at @index (-1: the catalog's order), as the
 * menu and the saved setting ask. */
static void
sort_by (RcModelTable *self,
         int           index,
         gboolean      descending)
{
  self->sorting = TRUE;
  self->sort_column = index;
  self->sort_descending = descending;
  gtk_column_view_sort_by_column (self->column_view, index >= 0 ? column_at (self, index) : NULL,
                                  descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  self->sorting = FALSE;
}

/* The filter follows the sorted rows' order while a column sorts them;
 * unsorted, they are in the catalog's order, which needs no model made. */
static void
follow_order (RcModelTable *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  rc_model_filter_set_order (self->filtered,
                             gtk_sorter_get_order (sorter) == GTK_SORTER_ORDER_NONE ?
                             NULL : G_LIST_MODEL (self->sorted));
}

/* The view's sort changed, by the menu or by a click on a column header:
 * the menu shows it, and the next table opens sorted the same way. */
static void
sort_changed_cb (RcModelTable *self)
{
  int column = self->sort_column;
  gboolean descending = self->sort_descending;

  follow_order (self);

  if (!self->sorting)
    {
      GtkSortType order = GTK_SORT_ASCENDING;

      self->sort_column = sorted_column (self, &order);
      self->sort_descending = order == GTK_SORT_DESCENDING;
    }

  if (self->settings != NULL)
    {
      g_settings_set_string (self->settings, "model-sort-column",
                             self->sort_column >= 0 ? column_names[self->sort_column] : "");
      g_settings_set_boolean (self->settings, "model-sort-descending", self->sort_descending);
    }
  if (column != self->sort_column)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_COLUMN]);
  if (descending != self->sort_descending)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
}

static gboolean
apply_width_cb (gpointer data)
{
  RcModelTable *self = data;

  self->narrow_id = 0;
  gtk_column_view_column_set_visible (self->chassis_column, !self->narrow);
  gtk_column_view_column_set_visible (self->years_column, !self->narrow);
  gtk_column_view_column_set_visible (self->note_column, !self->narrow);
  return G_SOURCE_REMOVE;
}

/* Only the start of a long search is read. The count says so (see
 * update_count()); a screen reader hears it with the search entry, as its
 * description. */
static void
update_cut (RcModelTable *self)
{
  g_autofree char *cut = describe_cut (self);

  if (cut != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, cut, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->search_entry),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
search_changed_cb (RcModelTable *self)
{
  /* At once: typing on only narrows, and looks at the rows shown; any other
   * search reads the search text of every model, and nothing else. */
  rc_model_filter_search (self->filtered,
                          gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_count (self);
  update_cut (self);
}

/* The search bar gives its field the focus as it starts to show it, before the field is on
 * screen: GTK 4.8 then never tells a screen reader. Once on screen, the field takes the focus
 * again, told. */
static void
search_entry_map_cb (RcModelTable *self)
{
  GtkWidget *entry = GTK_WIDGET (self->search_entry);
  GtkRoot *root = gtk_widget_get_root (entry);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, entry))
    return;
  gtk_root_set_focus (root, NULL);
  gtk_widget_grab_focus (entry);
}

/* GTK makes the column view's header row and the list of its rows inside it; a screen reader
 * would read them by their class names ("GtkListItemWidget", "GtkColumnListView"). */
static void
name_inner_rows (RcModelTable *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = GTK_IS_LIST_VIEW (child)
        /* Translators: what a screen reader calls the model table's rows */
        ? _("Car models")
        /* Translators: what a screen reader calls the model table's row of column titles */
        : _("Column titles");

      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
    }
}

static void
stop_search_cb (RcModelTable *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
search_activate_cb (RcModelTable *self)
{
  /* Enter in the search moves to the results, as in GNOME's own lists. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
row_activated_cb (RcModelTable *self,
                  guint         position)
{
  g_autoptr(RcModel) model = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (model != NULL)
    g_signal_emit (self, signals[MODEL_ACTIVATED], 0, model);
}

static void
rc_model_table_dispose (GObject *object)
{
  RcModelTable *self = RC_MODEL_TABLE (object);

  /* Taking the columns down changes the sort; that is no choice of the user's,
   * and the rows it reorders are no longer counted on screen. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);
  g_clear_handle_id (&self->narrow_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_MODEL_TABLE);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rc_model_table_parent_class)->dispose (object);
}

/* The children stand in a column: the search bar, the table (or the empty
 * page), the count. A box would do, but a box does not say how wide it is. */
static void
rc_model_table_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1,
                          &child_minimum, &child_natural, NULL, NULL);
      if (orientation == GTK_ORIENTATION_VERTICAL)
        {
          *minimum += child_minimum;
          *natural += child_natural;
        }
      else
        {
          *minimum = MAX (*minimum, child_minimum);
          *natural = MAX (*natural, child_natural);
        }
    }
}

/* The table takes the height the others leave. Hiding columns now would ask
 * for a new layout in the middle of this one; it is done just after, before
 * the frame is drawn. */
static void
rc_model_table_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  RcModelTable *self = RC_MODEL_TABLE (widget);
  GtkWidget *bar = GTK_WIDGET (self->search_bar), *count = self->footer;
  int bar_height = 0, count_height = 0;
  gboolean narrow = width < NARROW_WIDTH;

  if (gtk_widget_should_layout (bar))
    gtk_widget_measure (bar, GTK_ORIENTATION_VERTICAL, width, NULL, &bar_height, NULL, NULL);
  if (gtk_widget_should_layout (count))
    gtk_widget_measure (count, GTK_ORIENTATION_VERTICAL, width, NULL, &count_height, NULL, NULL);

  gtk_widget_size_allocate (bar, &(GtkAllocation) { 0, 0, width, bar_height }, -1);
  gtk_widget_size_allocate (GTK_WIDGET (self->stack),
                            &(GtkAllocation) { 0, bar_height, width,
                                               MAX (0, height - bar_height - count_height) }, -1);
  gtk_widget_size_allocate (count, &(GtkAllocation) { 0, height - count_height, width,
                                                      count_height }, -1);

  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->narrow_id == 0)
        self->narrow_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_width_cb, self, NULL);
    }
}

static void
rc_model_table_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RcModelTable *self = RC_MODEL_TABLE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_SORT_COLUMN:
      g_value_set_string (value, self->sort_column >= 0 ? column_names[self->sort_column] : "");
      break;
    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_model_table_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RcModelTable *self = RC_MODEL_TABLE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_SORT_COLUMN:
      sort_by (self, column_index (g_value_get_string (value)), self->sort_descending);
      break;
    case PROP_SORT_DESCENDING:
      sort_by (self, self->sort_column, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_model_table_constructed (GObject *object)
{
  RcModelTable *self = RC_MODEL_TABLE (object);
  GtkSingleSelection *selection;

  G_OBJECT_CLASS (rc_model_table_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_CATALOG (self->catalog));

  self->sorted = gtk_sort_list_model_new (g_object_ref (rc_catalog_get_models (self->catalog)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filtered = rc_model_filter_new (self->catalog);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  if (self->settings != NULL)
    {
      g_autofree char *column = g_settings_get_string (self->settings, "model-sort-column");

      sort_by (self, column_index (column),
               g_settings_get_boolean (self->settings, "model-sort-descending"));
    }
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sort_changed_cb), self, G_CONNECT_SWAPPED);
  follow_order (self);
  update_count (self);
}

static void
rc_model_table_class_init (RcModelTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_model_table_dispose;
  object_class->constructed = rc_model_table_constructed;
  object_class->get_property = rc_model_table_get_property;
  object_class->set_property = rc_model_table_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RC_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  widget_class->measure = rc_model_table_measure;
  widget_class->size_allocate = rc_model_table_size_allocate;

  /**
   * RcModelTable:sort-column:
   *
   * The column the rows are sorted by ("make", "name", "chassis", "years",
   * "radios" or "note"), or "" for the catalog's order. The sort menu sets
   * it; a click on a column header changes it.
   */
  properties[PROP_SORT_COLUMN] =
    g_param_spec_string ("sort-column", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RcModelTable:sort-descending:
   *
   * Whether the rows run from the last value to the first.
   */
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcModelTable::model-activated:
   *
   * A row was activated (Enter or a double click): show its details.
   */
  signals[MODEL_ACTIVATED] =
    g_signal_new ("model-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_MODEL);

  g_type_ensure (RC_TYPE_MODEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-model-table.ui");
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, search_bar);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, stack);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, count_label);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, footer);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, sort_button);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, make_column);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, name_column);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, chassis_column);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, years_column);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, radios_column);
  gtk_widget_class_bind_template_child (widget_class, RcModelTable, note_column);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_map_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_property_action (widget_class, "table.sort-column", "sort-column");
  gtk_widget_class_install_property_action (widget_class, "table.sort-descending",
                                            "sort-descending");

  gtk_widget_class_set_css_name (widget_class, "rc-model-table");
}

static void
rc_model_table_init (RcModelTable *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  name_inner_rows (self);

  self->sort_column = -1;

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_make_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_make_cb), NULL);
  gtk_column_view_column_set_factory (self->make_column, factory);

  /* Plain C comparisons over keys each model makes once: GTK 4.8's column
   * view sorter would evaluate and collate both strings on every step. */
  set_sorter (self->make_column, compare_field_cb, RC_MODEL_FIELD_MAKE);
  set_sorter (self->name_column, compare_field_cb, RC_MODEL_FIELD_NAME);
  set_sorter (self->chassis_column, compare_field_cb, RC_MODEL_FIELD_CHASSIS);
  set_sorter (self->years_column, compare_years_cb, 0);
  set_sorter (self->radios_column, compare_field_cb, RC_MODEL_FIELD_RADIOS);
  set_sorter (self->note_column, compare_field_cb, RC_MODEL_FIELD_NOTE);
  /* Typing anywhere in the section starts a search. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
}

/**
 * rc_model_table_new:
 * @settings: (nullable): where the sort order is kept
 */
GtkWidget *
rc_model_table_new (RcCatalog *catalog,
                    GSettings *settings)
{
  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (RC_TYPE_MODEL_TABLE, "catalog", catalog, "settings", settings, NULL);
}

/* Searches for @text as if typed, and shows the search. */
void
rc_model_table_search (RcModelTable *self,
                       const char   *text)
{
  g_return_if_fail (RC_IS_MODEL_TABLE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  /* Every row is filtered once, now, not first for an emptied entry. */
  rc_widget_set_search_text (self->search_entry, text, self);
  search_changed_cb (self);
}

void
rc_model_table_start_search (RcModelTable *self)
{
  g_return_if_fail (RC_IS_MODEL_TABLE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The rows as shown: filtered and sorted. */
GListModel *
rc_model_table_get_shown (RcModelTable *self)
{
  g_return_val_if_fail (RC_IS_MODEL_TABLE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}
