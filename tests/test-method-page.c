/* test-method-page.c — method pages and the carousel, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-find-page.h"
#include "rc-method-page.h"
#include "rc-test-utils.h"

static RcCatalog *catalog;

static void
test_accessible_content (void)
{
  RcMethod *method = rc_catalog_lookup_method (catalog, "chassis-label");
  RcSeries *bp = rc_catalog_lookup_series (catalog, "blaupunkt-bp");
  GtkWidget *page = g_object_ref_sink (rc_method_page_new (method, bp, NULL));
  GPtrArray *steps = rc_method_get_steps (method);
  g_autoptr(GPtrArray) figures = rc_method_get_figures_for (method, bp, NULL);
  GtkWidget *title;

  /* The title is a heading. */
  title = rc_test_find_label (page, rc_method_get_title (method));
  g_assert_nonnull (title);
  gtk_test_accessible_assert_role (title, GTK_ACCESSIBLE_ROLE_HEADING);

  /* Every step is there, numbered. */
  for (guint i = 0; i < steps->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_nonnull (rc_test_find_label (page, g_ptr_array_index (steps, i)));
      g_assert_nonnull (rc_test_find_label (page, number));
    }

  /* Each drawing is shown, and says what it shows. */
  g_assert_cmpuint (rc_test_count_descendants (page, GTK_TYPE_PICTURE), ==, figures->len);
  for (guint i = 0; i < figures->len; i++)
    {
      GtkWidget *picture = rc_test_find_descendant (page, GTK_TYPE_PICTURE, i);
      RcFigure *figure = g_ptr_array_index (figures, i);

      g_assert_cmpstr (gtk_picture_get_alternative_text (GTK_PICTURE (picture)), ==, figure->alt);
      gtk_test_accessible_assert_property (picture, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, figure->alt);
    }

  /* Time, sources and cautions. */
  g_assert_nonnull (rc_test_find_label (page, "About 30 minutes"));
  /* How sure the steps are, and from where, before the steps. */
  g_assert_nonnull (rc_test_find_label (page, "How sure: Several sources"));
  g_assert_nonnull (rc_test_find_label (page, g_ptr_array_index (rc_method_get_cautions (method), 0)));

  g_assert_finalize_object (page);
}

static void
test_carousel (void)
{
  GtkWidget *find = g_object_ref_sink (rc_find_page_new (catalog));
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), find);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  /* Nothing picked: every way. */
  g_assert_cmpuint (rc_find_page_get_n_pages (RC_FIND_PAGE (find)), ==, 7);
  g_assert_cmpstr (rc_method_get_id (rc_find_page_get_shown (RC_FIND_PAGE (find))), ==,
                   "chassis-label");

  /* Page Down and Page Up turn the pages; no turning past either end. */
  g_assert_false (gtk_widget_activate_action (find, "find.previous", NULL) &&
                  rc_find_page_get_shown (RC_FIND_PAGE (find)) == NULL);
  g_assert_true (rc_find_page_show_method (RC_FIND_PAGE (find), "code-card"));
  g_assert_cmpstr (rc_method_get_id (rc_find_page_get_shown (RC_FIND_PAGE (find))), ==,
                   "code-card");

  /* A Ford radio: no Nissan dealer, no Nissan presets, but its own label. */
  rc_find_page_set_filter (RC_FIND_PAGE (find), rc_catalog_lookup_series (catalog, "ford-mv"), NULL);
  g_assert_cmpuint (rc_find_page_get_n_pages (RC_FIND_PAGE (find)), ==, 3);
  g_assert_true (rc_find_page_show_method (RC_FIND_PAGE (find), "ford-m-label"));
  g_assert_false (rc_find_page_show_method (RC_FIND_PAGE (find), "dealer"));
  g_assert_false (rc_find_page_show_method (RC_FIND_PAGE (find), "presets"));

  /* A Micra: the presets page is there. */
  rc_find_page_set_filter (RC_FIND_PAGE (find), NULL, rc_catalog_lookup_model (catalog, "nissan-micra"));
  g_assert_true (rc_find_page_show_method (RC_FIND_PAGE (find), "presets"));
  g_assert_nonnull (rc_test_find_label (find, "Ways to find the radio's serial in a Nissan Micra"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (find);
}

static void
test_keys (void)
{
  GtkWidget *find = g_object_ref_sink (rc_find_page_new (catalog));
  GtkWidget *window = gtk_window_new ();
  RcFindPage *page = RC_FIND_PAGE (find);

  gtk_window_set_child (GTK_WINDOW (window), find);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  /* The actions the Page Up and Page Down bindings call. */
  g_assert_true (gtk_widget_activate_action (find, "find.next", NULL));
  rc_test_wait_idle ();
  g_assert_true (gtk_widget_activate_action (find, "find.previous", NULL));
  rc_test_wait_idle ();
  g_assert_nonnull (rc_find_page_get_shown (page));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (find);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/method-page/accessible-content", test_accessible_content);
  g_test_add_func ("/method-page/carousel", test_carousel);
  g_test_add_func ("/method-page/keys", test_keys);

  return rc_test_run_and_drop (catalog);
}
