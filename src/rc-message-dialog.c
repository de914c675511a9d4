/* rc-message-dialog.c — a question with Cancel and one answer that cannot be undone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The app asks before it forgets every try, or counts a refused code twice:
 * an AdwMessageDialog whose Cancel is the default and the answer to closing
 * it. libadwaita 1.2 makes each response a button with a mnemonic label,
 * which GTK 4.8 names by its label and the mnemonic both ("_Cancel Cancel");
 * each button is named here by its label as it reads.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-message-dialog.h"

/* “_Start Over” as it reads: “Start Over” (a doubled underscore is one underscore). */
static char *
without_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static void
name_buttons (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *label = GTK_IS_BUTTON (child) ? gtk_button_get_label (GTK_BUTTON (child)) : NULL;

      if (label != NULL && gtk_button_get_use_underline (GTK_BUTTON (child)))
        {
          g_autofree char *name = without_mnemonic (label);

          gtk_accessible_reset_relation (GTK_ACCESSIBLE (child),
                                         GTK_ACCESSIBLE_RELATION_LABELLED_BY);
          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
        }
      name_buttons (child);
    }
}

/**
 * rc_message_dialog_new:
 * @widget: the widget that asks; the dialog is transient for its window
 * @heading: the question
 * @body: what answering it does
 * @response: the answer's id, given to the dialog's #AdwMessageDialog::response
 * @label: the answer's button label, with a mnemonic
 *
 * Returns: (transfer none): the dialog, to be connected and presented
 */
GtkWidget *
rc_message_dialog_new (GtkWidget  *widget,
                       const char *heading,
                       const char *body,
                       const char *response,
                       const char *label)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (response != NULL && label != NULL, NULL);

  root = gtk_widget_get_root (widget);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  name_buttons (dialog);
  return dialog;
}
