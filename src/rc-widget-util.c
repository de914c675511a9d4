/* rc-widget-util.c — small helpers several widgets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What two widgets would otherwise each write again, and that belongs to neither: one function
 * a need, no state.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include "rc-widget-util.h"

/* What a widget shows through a read-only property bound in its template is set here, and
 * notified only when it changes, so the template's bindings do no work for nothing. @field
 * holds the property @pspec of @object. Returns: whether it changed. */
gboolean
rc_widget_update_text (GObject     *object,
                       GParamSpec  *pspec,
                       char       **field,
                       const char  *text)
{
  if (g_strcmp0 (*field, text) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

/* The same for a boolean property. */
gboolean
rc_widget_update_flag (GObject    *object,
                       GParamSpec *pspec,
                       gboolean   *field,
                       gboolean    flag)
{
  if (*field == flag)
    return FALSE;
  *field = flag;
  g_object_notify_by_pspec (object, pspec);
  return TRUE;
}

/* Puts @text in @entry without running the "search-changed" handlers connected with
 * @handler_data: setting the text clears it first, and an emptied search entry reports at once,
 * which would search for nothing. The caller applies the search itself, once, at once rather
 * than after the typing delay. The handler, connected in a template, is found by signal and
 * data: ISO C keeps its function pointer out of the gpointer g_signal_handlers_block_by_func()
 * takes. */
void
rc_widget_set_search_text (GtkSearchEntry *entry,
                           const char     *text,
                           gpointer        handler_data)
{
  guint search_changed_signal = g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY);

  g_return_if_fail (GTK_IS_SEARCH_ENTRY (entry));
  g_return_if_fail (text != NULL);

  g_signal_handlers_block_matched (entry, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA,
                                   search_changed_signal, 0, NULL, NULL, handler_data);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_handlers_unblock_matched (entry, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA,
                                     search_changed_signal, 0, NULL, NULL, handler_data);
}
