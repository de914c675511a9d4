/* rc-find-page.c — the ways to find the serial, one page each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A carousel of method pages for the radio and car at hand: only the
 * methods the catalog says work for them. Page Up and Page Down turn the
 * pages, as do the arrows beside the title.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-find-page.h"
#include "rc-method-page.h"

struct _RcFindPage
{
  GtkWidget    parent_instance;

  /* template */
  GtkWidget   *bar;
  GtkWidget   *previous_button;
  GtkWidget   *next_button;
  GtkLabel    *for_label;
  AdwCarousel *carousel;
  GtkWidget   *dots;

  /* owned */
  RcCatalog   *catalog;
  RcSeries    *series;
  RcModel     *model;
};

G_DEFINE_FINAL_TYPE (RcFindPage, rc_find_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The focus, when it is in this page; %NULL otherwise. */
static GtkWidget *
get_focus (RcFindPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = GTK_IS_WINDOW (root) ? gtk_window_get_focus (GTK_WINDOW (root)) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) ? focus : NULL;
}

/* Into the way shown, or onto a turn button still on when that way has no control. */
static void
focus_shown_way (RcFindPage *self)
{
  guint n = adw_carousel_get_n_pages (self->carousel);
  guint at = (guint) (adw_carousel_get_position (self->carousel) + 0.5);

  if (at < n && gtk_widget_child_focus (adw_carousel_get_nth_page (self->carousel, at),
                                        GTK_DIR_TAB_FORWARD))
    return;
  if (!gtk_widget_grab_focus (self->next_button))
    gtk_widget_grab_focus (self->previous_button);
}

static void
update_actions (RcFindPage *self)
{
  guint n = adw_carousel_get_n_pages (self->carousel);
  guint at = (guint) (adw_carousel_get_position (self->carousel) + 0.5);
  GtkWidget *focus = get_focus (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "find.previous", n > 0 && at > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "find.next", n > 0 && at + 1 < n);

  /* A turn button that went off under the focus (the first or last way) would leave the
   * keyboard nowhere. */
  if (focus != NULL && !gtk_widget_is_sensitive (focus))
    focus_shown_way (self);
}

static void
page_changed_cb (RcFindPage *self)
{
  update_actions (self);
}

static void
turn (RcFindPage *self,
      int         by)
{
  guint n = adw_carousel_get_n_pages (self->carousel);
  int at = (int) (adw_carousel_get_position (self->carousel) + 0.5) + by;
  GtkWidget *focus = get_focus (self);
  GtkWidget *page;

  if (n == 0 || at < 0 || at >= (int) n)
    return;
  page = adw_carousel_get_nth_page (self->carousel, at);
  adw_carousel_scroll_to (self->carousel, page, TRUE);
  /* Focus on the way turned away from would stay there, out of sight: it goes along. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->carousel)) &&
      !gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (by > 0 ? self->previous_button : self->next_button);
}

static void
turn_activated_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  turn (RC_FIND_PAGE (widget), g_str_equal (action_name, "find.next") ? 1 : -1);
}

static void
rebuild (RcFindPage *self)
{
  GListModel *methods = rc_catalog_get_methods (self->catalog);
  g_autofree char *label = NULL;

  while (adw_carousel_get_n_pages (self->carousel) > 0)
    adw_carousel_remove (self->carousel, adw_carousel_get_nth_page (self->carousel, 0));

  for (guint i = 0; i < g_list_model_get_n_items (methods); i++)
    {
      g_autoptr(RcMethod) method = g_list_model_get_item (methods, i);

      if (rc_method_applies (method, self->series, self->model))
        adw_carousel_append (self->carousel, rc_method_page_new (method, self->series, self->model));
    }

  if (self->model != NULL && self->series != NULL)
    label = G_GNUC_EXTENSION
      /* Translators: a radio series' name, e.g. “Clarion — CL and CM serials”, then a car's make
       * and model, e.g. “Nissan Micra”; the series' name stays uninflected in brackets. Where
       * the article (“a”) would depend on the car's gender, which the make and model do not
       * say, “your” (“in your Nissan Micra”) reads right for every car */
      g_strdup_printf (_("Ways to find the serial of your radio (%1$s) in a %2$s %3$s"),
                       rc_series_get_title (self->series), rc_model_get_make (self->model),
                       rc_model_get_name (self->model));
  else if (self->model != NULL)
    /* Translators: a car's make and model, e.g. “in a Nissan Micra”. Where the article would
     * depend on the car's gender, which the make and model do not say, “your” (“in your
     * Nissan Micra”) reads right for every car */
    label = g_strdup_printf (_("Ways to find the radio's serial in a %s %s"),
                             rc_model_get_make (self->model), rc_model_get_name (self->model));
  else if (self->series != NULL)
    /* Translators: a radio series' name, e.g. “Nissan — NI-series”; it stays uninflected in
     * brackets */
    label = g_strdup_printf (_("Ways to find the serial of your radio (%s)"),
                             rc_series_get_title (self->series));
  else
    label = g_strdup (_("Ways to find the serial of any radio. Pick your radio to see only "
                        "what applies to it."));
  gtk_label_set_label (self->for_label, label);
  update_actions (self);
}

static void
rc_find_page_dispose (GObject *object)
{
  RcFindPage *self = RC_FIND_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_FIND_PAGE);
  g_clear_object (&self->catalog);
  g_clear_object (&self->series);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (rc_find_page_parent_class)->dispose (object);
}

static void
rc_find_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RcFindPage *self = RC_FIND_PAGE (object);

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
rc_find_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RcFindPage *self = RC_FIND_PAGE (object);

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
rc_find_page_constructed (GObject *object)
{
  RcFindPage *self = RC_FIND_PAGE (object);

  G_OBJECT_CLASS (rc_find_page_parent_class)->constructed (object);

  g_return_if_fail (RC_IS_CATALOG (self->catalog));
  rebuild (self);
}

static void
rc_find_page_class_init (RcFindPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_find_page_dispose;
  object_class->constructed = rc_find_page_constructed;
  object_class->get_property = rc_find_page_get_property;
  object_class->set_property = rc_find_page_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RC_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/rc-find-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcFindPage, bar);
  gtk_widget_class_bind_template_child (widget_class, RcFindPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, RcFindPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, RcFindPage, for_label);
  gtk_widget_class_bind_template_child (widget_class, RcFindPage, carousel);
  gtk_widget_class_bind_template_child (widget_class, RcFindPage, dots);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);

  gtk_widget_class_install_action (widget_class, "find.previous", NULL, turn_activated_cb);
  gtk_widget_class_install_action (widget_class, "find.next", NULL, turn_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-find-page");
}

static void
rc_find_page_init (RcFindPage *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Page Up and Down turn the ways from anywhere in the page, as the shortcuts window says:
   * caught before a list or a scrolled way takes them for itself. At the first or last way
   * the turn is off, and the key goes on to them. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Up, 0),
                                                          gtk_named_action_new ("find.previous")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Page_Down, 0),
                                                          gtk_named_action_new ("find.next")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
}

GtkWidget *
rc_find_page_new (RcCatalog *catalog)
{
  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);

  return g_object_new (RC_TYPE_FIND_PAGE, "catalog", catalog, NULL);
}

/**
 * rc_find_page_set_filter:
 * @series: (nullable): the radio, if known
 * @model: (nullable): the car, if known
 *
 * Shows only the ways that work for that radio in that car.
 */
void
rc_find_page_set_filter (RcFindPage *self,
                         RcSeries   *series,
                         RcModel    *model)
{
  g_return_if_fail (RC_IS_FIND_PAGE (self));

  if (self->series == series && self->model == model)
    return;
  g_set_object (&self->series, series);
  g_set_object (&self->model, model);
  rebuild (self);
}

/* Turns to the page of the method @id; FALSE when it is not shown. */
gboolean
rc_find_page_show_method (RcFindPage *self,
                          const char *id)
{
  g_return_val_if_fail (RC_IS_FIND_PAGE (self), FALSE);

  for (guint i = 0; i < adw_carousel_get_n_pages (self->carousel); i++)
    {
      GtkWidget *page = adw_carousel_get_nth_page (self->carousel, i);

      if (g_strcmp0 (rc_method_get_id (rc_method_page_get_method (RC_METHOD_PAGE (page))), id) == 0)
        {
          adw_carousel_scroll_to (self->carousel, page, FALSE);
          update_actions (self);
          return TRUE;
        }
    }
  return FALSE;
}

/* The method on the page in view. */
RcMethod *
rc_find_page_get_shown (RcFindPage *self)
{
  guint n, at;

  g_return_val_if_fail (RC_IS_FIND_PAGE (self), NULL);

  n = adw_carousel_get_n_pages (self->carousel);
  at = (guint) (adw_carousel_get_position (self->carousel) + 0.5);
  if (at >= n)
    return NULL;
  return rc_method_page_get_method (RC_METHOD_PAGE (adw_carousel_get_nth_page (self->carousel, at)));
}

guint
rc_find_page_get_n_pages (RcFindPage *self)
{
  g_return_val_if_fail (RC_IS_FIND_PAGE (self), 0);

  return adw_carousel_get_n_pages (self->carousel);
}
