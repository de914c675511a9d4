/* rc-enum.c — the catalog's and the state files' words for the core's enums
 *
 * Every enum of the core is a registered GType (rc-core-enums.h, made by
 * glib-mkenums from the headers); its nicks are the words the catalog and the
 * state files use: RC_CONFIDENCE_SINGLE_SOURCE is “single-source”.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include "rc-enum.h"

/* Reads @nick as a value of @enum_type; %FALSE, and @value untouched, for a
 * word the enum does not have (and for %NULL). */
gboolean
rc_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  enum_class = g_type_class_ref (enum_type);
  found = g_enum_get_value_by_nick (enum_class, nick);
  if (found == NULL)
    return FALSE;

  *value = found->value;
  return TRUE;
}

/* The word for @value, or %NULL for a value @enum_type does not have.
 * The string is static: enum classes of static types are never freed. */
const char *
rc_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  enum_class = g_type_class_ref (enum_type);
  found = g_enum_get_value (enum_class, value);

  return found != NULL ? found->value_nick : NULL;
}
