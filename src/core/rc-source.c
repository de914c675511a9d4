/* rc-source.c — where a fact comes from, and rules read from the catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-source.h"
#include "rc-enum.h"
#include "rc-text.h"

static const char *quality_descriptions[] = {
  [RC_SOURCE_OWNER_MANUAL]       = N_("owner's manual"),
  [RC_SOURCE_SERVICE_MANUAL]     = N_("service manual or bulletin"),
  [RC_SOURCE_FORUM]              = N_("owner forum"),
  [RC_SOURCE_VENDOR]             = N_("code vendor's website"),
  [RC_SOURCE_REVERSE_ENGINEERED] = N_("independent reverse engineering"),
};

const char *
rc_source_quality_describe (RcSourceQuality quality)
{
  g_return_val_if_fail (quality < G_N_ELEMENTS (quality_descriptions), NULL);

  return _(quality_descriptions[quality]);
}

gboolean
rc_source_quality_parse (const char      *str,
                         RcSourceQuality *quality)
{
  int value;

  if (!rc_enum_from_nick (RC_TYPE_SOURCE_QUALITY, str, &value))
    return FALSE;

  *quality = value;
  return TRUE;
}

void
rc_source_free (RcSource *source)
{
  if (source == NULL)
    return;

  g_free (source->id);
  g_free (source->name);
  g_free (source);
}

void
rc_rule_free (RcRule *rule)
{
  if (rule == NULL)
    return;

  g_clear_pointer (&rule->regex, g_regex_unref);
  g_clear_pointer (&rule->format, rc_format_free);
  g_clear_pointer (&rule->sources, g_ptr_array_unref);
  g_free (rule->replacement);
  g_free (rule->text);
  g_free (rule);
}

/* “A forum (owner forum report); A manual (manufacturer's manual or bulletin)” */
char *
rc_sources_describe (GPtrArray *sources)
{
  g_auto(GStrv) items = NULL;

  g_return_val_if_fail (sources != NULL, NULL);

  items = g_new0 (char *, sources->len + 1);
  for (guint i = 0; i < sources->len; i++)
    {
      const RcSource *source = g_ptr_array_index (sources, i);

      /* Translators: a source's name, then what kind of source it is */
      items[i] = G_GNUC_EXTENSION g_strdup_printf (C_("source and kind", "%1$s (%2$s)"),
                                                   source->name,
                                                   rc_source_quality_describe (source->quality));
    }

  return rc_text_join_list ((const char * const *) items, RC_TEXT_LIST_SOURCES);
}
