/* rc-accessible.c — names for the widgets GTK and libadwaita make inside their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 reads a widget that has no accessible name by its class name: a screen reader says
 * "GtkListBox" as the focus enters the list of an expander row, or "AdwViewSwitcher" for the
 * switcher a view switcher title holds. No .ui file reaches those widgets, so they are named
 * here, found by their type below the widget that made them.
 *
 * What a widget tells a screen reader once, after the user did something, goes through here
 * too (rc_accessible_tell()): GTK 4.8 has no way to announce it.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include "rc-accessible.h"

/* Names @root, and every widget below it, that is a @type. */
void
rc_accessible_name_inner (GtkWidget  *root,
                          GType       type,
                          const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (name != NULL);

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    gtk_accessible_update_property (GTK_ACCESSIBLE (root),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    rc_accessible_name_inner (child, type, name);
}

/* Names the list @row is in: the one an untitled AdwPreferencesGroup holds its rows in, which
 * libadwaita names by the group's title, and so leaves to its class name when there is none. */
void
rc_accessible_name_list_of (GtkWidget  *row,
                            const char *name)
{
  GtkWidget *list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX);

  g_return_if_fail (list != NULL);
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* What @widget did reaches a screen reader once. GTK 4.8 cannot announce: @message becomes the
 * description of the @n_buttons @buttons, one of which has the focus (Orca reads a change of the
 * focused control's description); a newer GTK also announces it. %NULL: nothing to tell, and
 * what the buttons said goes. */
void
rc_accessible_tell (GtkWidget        *widget,
                    GtkWidget *const *buttons,
                    guint             n_buttons,
                    const char       *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (guint i = 0; i < n_buttons; i++)
    if (message != NULL)
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    else
      gtk_accessible_reset_property (GTK_ACCESSIBLE (buttons[i]),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
#if GTK_CHECK_VERSION (4, 14, 0)
  /* Above the 4.8 ceiling, so marked unavailable; compiled only where it exists. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (message != NULL)
    gtk_accessible_announce (GTK_ACCESSIBLE (widget), message,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
}
