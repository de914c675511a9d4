/* rc-reference-page.c — the offline handbook: every entry, one search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entries come from RcReference in the order its search returns them, as
 * the command line prints them: a group for each kind, and again for each
 * kind whose entries were found only in their text or sources. Each is an
 * expander row with its text, where it comes from, and links to related
 * entries. Words searched for are set in bold in titles; where a word was
 * found elsewhere, the row's subtitle says where, with the words around it.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rc-accessible.h"
#include "rc-confidence-badge.h"
#include "rc-query.h"
#include "rc-reference-item.h"
#include "rc-reference-page.h"
#include "rc-widget-util.h"

struct _RcReferencePage
{
  GtkWidget      parent_instance;

  /* template */
  GtkWidget      *search_clamp;
  GtkSearchEntry *search_entry;
  GtkLabel       *count_label;
  GtkStack       *stack;
  GtkBox         *results_box;
  AdwStatusPage  *empty_page;

  /* owned */
  RcCatalog      *catalog;
  RcReference    *reference;
  GPtrArray      *sections;      /* Section, in the order results are grouped */
  GtkSorter      *sorter;        /* by the place in the last search's results */
  GStrv           words;         /* of the last search, set in bold in titles */
  char           *shown;         /* the entry opened last */
  guint           n_shown;
};

/* The entries of one kind found by the same field (the title, the text or the sources):
 * one titled group of rows. While nothing is searched, every entry is in the title's groups,
 * which look the same, so that the first letter typed keeps the rows it still shows. */
typedef struct _Section Section;

struct _Section
{
  RcEntryKind  kind;
  RcField      field;
  GtkFilter   *filter;   /* owned by the model */
  GListModel  *model;    /* the items of the group, in the order of results */
  GtkWidget   *group;    /* AdwPreferencesGroup, owned; in results_box while it has rows */
  GtkListBox  *list;     /* its rows, made from the model */
  GtkBox      *box;      /* results_box */
  Section     *before;   /* the section above this one, or NULL */
};

G_DEFINE_FINAL_TYPE (RcReferencePage, rc_reference_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The title as Pango markup, each searched word in bold (ASCII letters only
 * are matched without regard to case; others must match exactly). */
static char *
highlight (const char *title,
           GStrv       words)
{
  g_autofree char *lower = g_ascii_strdown (title, -1);
  gsize length = strlen (title);
  g_autofree gboolean *bold = g_new0 (gboolean, length + 1);
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      g_autofree char *word = g_ascii_strdown (words[i], -1);
      gsize n = strlen (word);

      for (const char *at = n > 0 ? strstr (lower, word) : NULL; at != NULL;
           at = strstr (at + n, word))
        for (gsize k = 0; k < n; k++)
          bold[(at - lower) + k] = TRUE;
    }

  for (gsize i = 0; i < length;)
    {
      gsize j = i;
      g_autofree char *escaped = NULL;

      while (j < length && bold[j] == bold[i])
        j++;
      escaped = g_markup_escape_text (title + i, j - i);
      if (bold[i])
        g_string_append_printf (markup, "<b>%s</b>", escaped);
      else
        g_string_append (markup, escaped);
      i = j;
    }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static GtkWidget *
body_label (const char *text,
            gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Long unbroken words (a web address in a source) break too, on a phone. */
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* Why @match was found, where the title does not show it: markup, or NULL. */
static char *
explain_unseen (const RcMatch *match)
{
  g_autoptr(GString) lines = g_string_new (NULL);

  for (RcField field = RC_FIELD_TEXT; field < RC_N_FIELDS; field++)
    {
      g_autofree char *line = rc_match_explain (match, field, TRUE);

      if (line != NULL)
        g_string_append_printf (lines, "%s%s", lines->len > 0 ? "\n" : "", line);
    }
  return lines->len > 0 ? g_string_free (g_steal_pointer (&lines), FALSE) : NULL;
}

/* The row's title and subtitle for what the last search found in its entry. */
static void
show_match (GtkWidget       *row,
            RcReferenceItem *item)
{
  RcReferencePage *self = RC_REFERENCE_PAGE (gtk_widget_get_ancestor (row, RC_TYPE_REFERENCE_PAGE));
  const RcMatch *match = rc_reference_item_get_match (item);
  g_autofree char *title = NULL;
  g_autofree char *why = NULL;

  /* Rows of entries no longer found are about to leave. */
  if (self == NULL || match == NULL)
    return;
  title = highlight (rc_reference_item_get_entry (item)->title, self->words);
  why = explain_unseen (match);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), why != NULL ? why : "");
}

static void
match_changed_cb (RcReferenceItem *item,
                  GParamSpec      *pspec,
                  GtkWidget       *row)
{
  show_match (row, item);
}

static void
link_clicked_cb (GtkWidget  *button,
                 const char *id)
{
  GtkWidget *self = gtk_widget_get_ancestor (button, RC_TYPE_REFERENCE_PAGE);

  rc_reference_page_show_entry (RC_REFERENCE_PAGE (self), id);
}

/* Links to related entries: a model to its radios, a radio to its rule. */
static GtkWidget *
links_box (RcReferencePage *self,
           RcEntry         *entry)
{
  GtkWidget *links = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (links), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (links), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: what a screen reader calls an entry's links */
                                  _("See also"), -1);
  gtk_widget_set_margin_start (links, 6);
  gtk_widget_set_margin_bottom (links, 6);
  for (guint i = 0; i < entry->links->len; i++)
    {
      RcEntry *target = rc_reference_lookup (self->reference, g_ptr_array_index (entry->links, i));
      g_autofree char *label = NULL;
      GtkWidget *button, *link_label, *cell;

      if (target == NULL)
        continue;
      /* Translators: a link to another reference entry */
      label = g_strdup_printf (_("See: %s"), target->title);
      link_label = gtk_label_new (label);
      /* A long title wraps rather than widening the window. */
      gtk_label_set_wrap (GTK_LABEL (link_label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (link_label), 0);
      /* A link, named as it reads; its cell in the flow box is only layout. */
      button = g_object_new (GTK_TYPE_BUTTON,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_LINK,
                             "child", link_label,
                             NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_add_css_class (button, "flat");
      g_signal_connect_data (button, "clicked", G_CALLBACK (link_clicked_cb),
                             g_strdup (target->id), (GClosureNotify) g_free, 0);
      cell = g_object_new (GTK_TYPE_FLOW_BOX_CHILD,
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                           "focusable", FALSE,
                           "child", button,
                           NULL);
      gtk_flow_box_append (GTK_FLOW_BOX (links), cell);
    }
  return links;
}

/* A row for @item, made when its entry joins a group; it follows what later searches find. */
static GtkWidget *
entry_row (gpointer item,
           gpointer user_data)
{
  RcReferencePage *self = user_data;
  RcEntry *entry = rc_reference_item_get_entry (item);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *badge = rc_confidence_badge_new ();
  g_autofree char *title = highlight (entry->title, self->words);
  g_autofree char *why = explain_unseen (rc_reference_item_get_match (item));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  /* The title without the bold of the search, as a screen reader names the row. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  entry->title, -1);
  if (why != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), why);
  g_signal_connect_object (item, "notify::match", G_CALLBACK (match_changed_cb), row, 0);

  gtk_box_append (GTK_BOX (box), body_label (entry->body, FALSE));
  rc_confidence_badge_set (RC_CONFIDENCE_BADGE (badge), entry->confidence, entry->sources);
  gtk_widget_set_margin_start (badge, 12);
  gtk_widget_set_margin_end (badge, 12);
  gtk_widget_set_margin_bottom (badge, 6);
  gtk_box_append (GTK_BOX (box), badge);
  if (entry->links->len > 0)
    gtk_box_append (GTK_BOX (box), links_box (self, entry));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);
  /* The row that holds the entry's text reads as the entry it belongs to, and so do the
   * lists the expander row holds it and its header in. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, entry->title, -1);
  rc_accessible_name_inner (row, GTK_TYPE_LIST_BOX, entry->title);
  return row;
}

static gboolean
in_section (gpointer item,
            gpointer user_data)
{
  Section *section = user_data;
  const RcMatch *match = rc_reference_item_get_match (item);

  if (match == NULL || match->entry->kind != section->kind)
    return FALSE;
  return match->field == section->field ||
         (match->field == RC_N_FIELDS && section->field == RC_FIELD_TITLE);
}

static int
compare_rank (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  guint x = rc_reference_item_get_rank ((RcReferenceItem *) a);
  guint y = rc_reference_item_get_rank ((RcReferenceItem *) b);

  return x < y ? -1 : x > y;
}

/* A group is in the page only while it has rows, in its place among the others. */
static void
section_changed_cb (GListModel *model,
                    guint       position,
                    guint       removed,
                    guint       added,
                    Section    *section)
{
  gboolean shown = gtk_widget_get_parent (section->group) != NULL;
  Section *before = section->before;

  if (g_list_model_get_n_items (model) == 0)
    {
      if (shown)
        gtk_box_remove (section->box, section->group);
      return;
    }
  if (shown)
    return;
  while (before != NULL && gtk_widget_get_parent (before->group) == NULL)
    before = before->before;
  gtk_box_insert_child_after (section->box, section->group,
                              before != NULL ? before->group : NULL);
}

/* One group for each kind, for each field a word can be found in first. */
static void
add_section (RcReferencePage *self,
             RcField          field,
             RcEntryKind      kind)
{
  Section *section = g_new0 (Section, 1);
  GtkFilterListModel *filtered;

  section->kind = kind;
  section->field = field;
  section->filter = GTK_FILTER (gtk_custom_filter_new (in_section, section, NULL));
  filtered = gtk_filter_list_model_new (g_object_ref (rc_reference_get_items (self->reference)),
                                        section->filter);
  section->model = G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                                          g_object_ref (self->sorter)));

  section->box = self->results_box;
  if (self->sections->len > 0)
    section->before = g_ptr_array_index (self->sections, self->sections->len - 1);
  section->group = g_object_ref_sink (adw_preferences_group_new ());
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (section->group),
                                   rc_entry_kind_describe (kind));
  /* A kind comes again below the entries with a word in the title. */
  if (field == RC_FIELD_TEXT)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (section->group),
                                           _("Found in the text"));
  else if (field == RC_FIELD_SOURCES)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (section->group),
                                           _("Found in the names of the sources"));
  section->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (section->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (section->list), "boxed-list");
  /* The list reads as the group's title says (libadwaita names only a group's own list). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (section->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rc_entry_kind_describe (kind), -1);
  gtk_list_box_bind_model (section->list, section->model, entry_row, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (section->group), GTK_WIDGET (section->list));

  g_signal_connect (section->model, "items-changed", G_CALLBACK (section_changed_cb), section);
  section_changed_cb (section->model, 0, 0, 0, section);
  g_ptr_array_add (self->sections, section);
}

static void
section_free (Section *section)
{
  g_signal_handlers_disconnect_by_data (section->model, section);
  g_object_unref (section->group);
  g_object_unref (section->model);
  g_free (section);
}

/* Shows what a search for the entry's text finds: the same rows where their entries are
 * found again, rows made only for entries newly found. */
static void
show_search (RcReferencePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *count = NULL;
  g_autofree char *cut = NULL;

  g_strfreev (self->words);
  self->words = g_regex_split_simple ("\\s+", text, 0, 0);
  self->n_shown = rc_reference_apply_search (self->reference, text);
  for (guint i = 0; i < self->sections->len; i++)
    gtk_filter_changed (((Section *) g_ptr_array_index (self->sections, i))->filter,
                        GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries",
                                        self->n_shown),
                           self->n_shown);
  if ((cut = rc_query_describe_cut (text, RC_REFERENCE_MAX_QUERY)) != NULL)
    {
      /* Translators: how many entries were found, then that the search was cut */
      char *both = G_GNUC_EXTENSION g_strdup_printf (C_("count and cut search", "%1$s — %2$s"),
                                                     count, cut);

      g_free (count);
      count = both;
    }
  gtk_label_set_label (self->count_label, count);
  if (self->n_shown == 0)
    {
      g_autofree char *title = g_strdup_printf (_("Nothing Matches “%s”"), text);

      adw_status_page_set_title (self->empty_page, title);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "entries");
    }
}

static void
search_changed_cb (RcReferencePage *self)
{
  show_search (self);
}

/* The row of the entry @id, where the last search shows it, or NULL. */
static GtkWidget *
find_row (RcReferencePage *self,
          const char      *id)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);

      for (guint j = 0; j < g_list_model_get_n_items (section->model); j++)
        {
          g_autoptr(RcReferenceItem) item = g_list_model_get_item (section->model, j);

          if (g_str_equal (rc_reference_item_get_entry (item)->id, id))
            return GTK_WIDGET (gtk_list_box_get_row_at_index (section->list, j));
        }
    }
  return NULL;
}

static void
rc_reference_page_dispose (GObject *object)
{
  RcReferencePage *self = RC_REFERENCE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_REFERENCE_PAGE);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_object (&self->sorter);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->reference, rc_reference_free);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->shown, g_free);

  G_OBJECT_CLASS (rc_reference_page_parent_class)->dispose (object);
}

static void
rc_reference_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RcReferencePage *self = RC_REFERENCE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_reference_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RcReferencePage *self = RC_REFERENCE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_reference_page_constructed (GObject *object)
{
  RcReferencePage *self = RC_REFERENCE_PAGE (object);

  G_OBJECT_CLASS (rc_reference_page_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_CATALOG (self->catalog));
  self->reference = rc_reference_new (self->catalog);
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rank, NULL, NULL));
  for (RcField field = RC_FIELD_TITLE; field < RC_N_FIELDS; field++)
    for (RcEntryKind kind = 0; kind < RC_ENTRY_N_KINDS; kind++)
      add_section (self, field, kind);
  show_search (self);
}

static void
rc_reference_page_class_init (RcReferencePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_reference_page_dispose;
  object_class->constructed = rc_reference_page_constructed;
  object_class->get_property = rc_reference_page_get_property;
  object_class->set_property = rc_reference_page_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RC_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/rc-reference-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcReferencePage, search_clamp);
  gtk_widget_class_bind_template_child (widget_class, RcReferencePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RcReferencePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, RcReferencePage, stack);
  gtk_widget_class_bind_template_child (widget_class, RcReferencePage, results_box);
  gtk_widget_class_bind_template_child (widget_class, RcReferencePage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-reference-page");
}

static void
rc_reference_page_init (RcReferencePage *self)
{
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
}

GtkWidget *
rc_reference_page_new (RcCatalog *catalog)
{
  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);

  return g_object_new (RC_TYPE_REFERENCE_PAGE, "catalog", catalog, NULL);
}

/* Searches for @text at once, as if typed. */
void
rc_reference_page_search (RcReferencePage *self,
                          const char      *text)
{
  g_return_if_fail (RC_IS_REFERENCE_PAGE (self));

  rc_widget_set_search_text (self->search_entry, text, self);
  show_search (self);
}

void
rc_reference_page_start_search (RcReferencePage *self)
{
  g_return_if_fail (RC_IS_REFERENCE_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Opens the entry @id, clearing a search that hides it; FALSE when there is none. */
gboolean
rc_reference_page_show_entry (RcReferencePage *self,
                              const char      *id)
{
  GtkWidget *row;

  g_return_val_if_fail (RC_IS_REFERENCE_PAGE (self), FALSE);

  if (rc_reference_lookup (self->reference, id) == NULL)
    return FALSE;
  if ((row = find_row (self, id)) == NULL)
    {
      rc_reference_page_search (self, "");
      row = find_row (self, id);
    }

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  /* Focus brings it into view in the scrolled list. */
  gtk_widget_grab_focus (row);
  g_free (self->shown);
  self->shown = g_strdup (id);
  return TRUE;
}

/* The entry opened last with rc_reference_page_show_entry(), or NULL. */
const char *
rc_reference_page_get_shown (RcReferencePage *self)
{
  g_return_val_if_fail (RC_IS_REFERENCE_PAGE (self), NULL);

  return self->shown;
}

guint
rc_reference_page_get_n_shown (RcReferencePage *self)
{
  g_return_val_if_fail (RC_IS_REFERENCE_PAGE (self), 0);

  return self->n_shown;
}
