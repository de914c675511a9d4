/* rc-test-utils.c — helpers shared by the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-test-utils.h"

/* GTK and libadwaita; they connect to the session bus from here on. */
void
rc_test_init_gtk (void)
{
  gtk_disable_setlocale ();
  gtk_init ();
  adw_init ();
}

void
rc_test_init (int    *argc,
              char ***argv)
{
  rc_test_init_glib (argc, argv);
  rc_test_init_gtk ();
}

static GtkWidget *
find (GtkWidget *widget,
      GType      type,
      guint     *nth)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*nth)-- == 0)
        return child;
      if ((found = find (child, type, nth)) != NULL)
        return found;
    }

  return NULL;
}

/* The @nth (0-based) widget of @type below @widget, depth first. */
GtkWidget *
rc_test_find_descendant (GtkWidget *widget,
                         GType      type,
                         guint      nth)
{
  return find (widget, type, &nth);
}

guint
rc_test_count_descendants (GtkWidget *widget,
                           GType      type)
{
  guint n = 0;

  while (rc_test_find_descendant (widget, type, n) != NULL)
    n++;
  return n;
}

/* The label below @widget that shows exactly @text, or %NULL. */
GtkWidget *
rc_test_find_label (GtkWidget  *widget,
                    const char *text)
{
  GtkWidget *label;

  for (guint i = 0; (label = rc_test_find_descendant (widget, GTK_TYPE_LABEL, i)) != NULL; i++)
    {
      if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) == 0)
        return label;
    }

  return NULL;
}

/* The first label below @widget whose text starts with @prefix, or %NULL. */
GtkWidget *
rc_test_find_label_prefix (GtkWidget  *widget,
                           const char *prefix)
{
  GtkWidget *label;

  for (guint i = 0; (label = rc_test_find_descendant (widget, GTK_TYPE_LABEL, i)) != NULL; i++)
    {
      if (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (label)), prefix))
        return label;
    }

  return NULL;
}

void
rc_test_wait_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A window as the application makes one: on its radio, settings and code store. */
RcWindow *
rc_test_new_window (RcApplication *app)
{
  return rc_window_new (GTK_APPLICATION (app),
                        rc_application_get_radio (app),
                        rc_application_get_settings (app),
                        rc_application_get_code_store (app));
}
