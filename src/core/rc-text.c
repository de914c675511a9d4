/* rc-text.c — sentences, lists and times put together the way each language wants
 *
 * Pieces of text are never glued with a space or a comma in C: the glue is a
 * message of its own, so a translator can change it (no space between
 * sentences, another word for “or”, a 12-hour clock, …).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <langinfo.h>

#include "rc-text.h"

/* Two whole sentences, one after the other. */
char *
rc_text_join_sentences (const char *first,
                        const char *second)
{
  g_return_val_if_fail (first != NULL, NULL);

  if (second == NULL || second[0] == '\0')
    return g_strdup (first);
  if (first[0] == '\0')
    return g_strdup (second);

  /* Translators: two sentences, one after the other. Change the space if
   * your language writes sentences without one between them. */
  return G_GNUC_EXTENSION g_strdup_printf (C_("two sentences", "%1$s %2$s"), first, second);
}

static const char *
separator (RcTextList kind,
           gboolean   last)
{
  switch (kind)
    {
    case RC_TEXT_LIST_OR:
      if (last)
        /* Translators: before the last item of a list of choices, as in “CODE, CODE IN or - - - -” */
        return C_("list", " or ");
      /* Translators: between the items of a list of choices, as in “CODE, CODE IN or - - - -” */
      return C_("list", ", ");

    case RC_TEXT_LIST_SLASH:
      /* Translators: between forms of one display message in a title, as in “CODE / CODE IN” */
      return C_("list", " / ");

    case RC_TEXT_LIST_SOURCES:
      /* Translators: between sources named with what kind they are, as in
       * “A forum (owner forum report); A manual (manufacturer's manual)” */
      return C_("list", "; ");

    case RC_TEXT_LIST_PLAIN:
    default:
      /* Translators: between the items of a list, as in “Renault precode, Ford M-series” */
      return C_("list", ", ");
    }
}

char *
rc_text_join_list (const char * const *items,
                   RcTextList          kind)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (items != NULL, NULL);

  n = g_strv_length ((char **) items);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, separator (kind, i + 1 == n));
      g_string_append (out, items[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* What the locale writes times with, for desktops without GNOME's setting. */
static RcTextClock
locale_clock (void)
{
  const char *format = nl_langinfo (T_FMT);

  if (format != NULL &&
      (strstr (format, "%r") != NULL || strstr (format, "%I") != NULL ||
       strstr (format, "%l") != NULL || strstr (format, "%p") != NULL))
    return RC_TEXT_CLOCK_12H;
  return RC_TEXT_CLOCK_24H;
}

/* The desktop's choice (org.gnome.desktop.interface clock-format), and the
 * locale's where that setting is not installed. */
RcTextClock
rc_text_get_clock (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *format = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "clock-format"))
    return locale_clock ();

  settings = g_settings_new_full (schema, NULL, NULL);
  format = g_settings_get_string (settings, "clock-format");
  return g_strcmp0 (format, "12h") == 0 ? RC_TEXT_CLOCK_12H : RC_TEXT_CLOCK_24H;
}

/* “14:05” or “2:05 PM”. */
char *
rc_text_format_time (GDateTime   *time,
                     RcTextClock  clock)
{
  g_return_val_if_fail (time != NULL, NULL);

  if (clock == RC_TEXT_CLOCK_12H)
    /* Translators: a time of day on a 12-hour clock, in GDateTime format, e.g. “2:05 PM” */
    return g_date_time_format (time, C_("12-hour clock", "%-l:%M %p"));
  /* Translators: a time of day on a 24-hour clock, in GDateTime format, e.g. “14:05” */
  return g_date_time_format (time, C_("24-hour clock", "%H:%M"));
}

/* “2 December 2026 at 14:05” or “2 December 2026 at 2:05 PM”. */
char *
rc_text_format_date_time (GDateTime   *time,
                          RcTextClock  clock)
{
  g_return_val_if_fail (time != NULL, NULL);

  if (clock == RC_TEXT_CLOCK_12H)
    /* Translators: a date and a time on a 12-hour clock, in GDateTime format,
     * e.g. “2 December 2026 at 2:05 PM” */
    return g_date_time_format (time, C_("12-hour clock", "%-e %B %Y at %-l:%M %p"));
  /* Translators: a date and a time on a 24-hour clock, in GDateTime format,
   * e.g. “2 December 2026 at 14:05” */
  return g_date_time_format (time, C_("24-hour clock", "%-e %B %Y at %H:%M"));
}

/* “59:59”, or “1:00:00” from an hour up: what is left of a wait. */
char *
rc_text_format_countdown (guint seconds)
{
  if (seconds >= 3600)
    /* Translators: what is left of a wait: hours, minutes and seconds, e.g. “1:00:00”
     * (a clock reading, not a count) */
    return G_GNUC_EXTENSION g_strdup_printf (C_("countdown", "%1$u:%2$02u:%3$02u"),
                                             seconds / 3600, seconds / 60 % 60, seconds % 60);
  /* Translators: what is left of a wait: minutes and seconds, e.g. “59:59”
   * (a clock reading, not a count) */
  return G_GNUC_EXTENSION g_strdup_printf (C_("countdown", "%1$02u:%2$02u"),
                                           seconds / 60, seconds % 60);
}
