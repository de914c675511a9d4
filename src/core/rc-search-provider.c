/* rc-search-provider.c — the reference, searchable from GNOME Shell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Implements org.gnome.Shell.SearchProvider2 over the reference's own
 * search: result ids are entry ids. Activating a result or asking for more
 * is passed on as signals; the application opens its window there.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <string.h>

#include "rc-search-provider.h"

/* The Shell shows a handful; a few more let it pick. */
#define MAX_RESULTS 20

struct _RcSearchProvider
{
  GObject          parent_instance;

  RcCatalog       *catalog;
  RcReference     *reference;   /* made on the first search: most runs never have one */
  GDBusConnection *connection;
  guint            registration;
};

G_DEFINE_FINAL_TYPE (RcSearchProvider, rc_search_provider, G_TYPE_OBJECT)

enum {
  ACTIVATE_ENTRY,
  LAUNCH_SEARCH,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char interface_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static RcReference *
get_reference (RcSearchProvider *self)
{
  if (self->reference == NULL)
    self->reference = rc_reference_new (self->catalog);
  return self->reference;
}

static GVariant *
results (RcSearchProvider    *self,
         const char * const  *terms,
         const char * const  *within)
{
  g_autofree char *text = g_strjoinv (" ", (char **) terms); /* not shown to people: a query */
  g_autoptr(GPtrArray) found = NULL;
  GVariantBuilder builder;
  guint n = 0;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("as"));
  /* Nothing to search for — spaces, a tab, a "?" — is no search, not every entry. */
  if (!rc_reference_has_words (text))
    return g_variant_builder_end (&builder);

  found = rc_reference_search (get_reference (self), text);
  for (guint i = 0; i < found->len && n < MAX_RESULTS; i++)
    {
      RcEntry *entry = ((RcMatch *) g_ptr_array_index (found, i))->entry;

      if (within != NULL && !g_strv_contains (within, entry->id))
        continue;
      g_variant_builder_add (&builder, "s", entry->id);
      n++;
    }
  return g_variant_builder_end (&builder);
}

/* The entry's first sentence, or its first 100 characters. */
static char *
describe (RcEntry *entry)
{
  const char *end = strstr (entry->body, ". ");
  gsize length = end != NULL ? (gsize) (end - entry->body) + 1 : strlen (entry->body);
  g_autofree char *first = g_strndup (entry->body, length);
  g_autofree char *cut = NULL;

  if (g_utf8_strlen (first, -1) <= 100)
    return g_steal_pointer (&first);
  cut = g_utf8_substring (first, 0, 99);
  return g_strconcat (cut, "…", NULL);
}

static GVariant *
metas (RcSearchProvider   *self,
       const char * const *ids)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("(aa{sv})"));
  g_variant_builder_open (&builder, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      RcEntry *entry = rc_reference_lookup (get_reference (self), ids[i]);
      g_autofree char *description = NULL;

      if (entry == NULL)
        continue;
      description = describe (entry);
      g_variant_builder_open (&builder, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&builder, "{sv}", "id", g_variant_new_string (entry->id));
      g_variant_builder_add (&builder, "{sv}", "name", g_variant_new_string (entry->title));
      g_variant_builder_add (&builder, "{sv}", "description", g_variant_new_string (description));
      g_variant_builder_add (&builder, "{sv}", "gicon", g_variant_new_string (APP_ID));
      g_variant_builder_close (&builder);
    }
  g_variant_builder_close (&builder);
  return g_variant_builder_end (&builder);
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *path,
                const char            *interface,
                const char            *method,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  RcSearchProvider *self = user_data;

  if (g_str_equal (method, "GetInitialResultSet"))
    {
      g_autofree const char **terms = NULL;

      g_variant_get (parameters, "(^a&s)", &terms);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new_tuple ((GVariant *[]) { results (self, terms, NULL) }, 1));
    }
  else if (g_str_equal (method, "GetSubsearchResultSet"))
    {
      g_autofree const char **previous = NULL;
      g_autofree const char **terms = NULL;

      g_variant_get (parameters, "(^a&s^a&s)", &previous, &terms);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new_tuple ((GVariant *[]) { results (self, terms, previous) }, 1));
    }
  else if (g_str_equal (method, "GetResultMetas"))
    {
      g_autofree const char **ids = NULL;

      g_variant_get (parameters, "(^a&s)", &ids);
      g_dbus_method_invocation_return_value (invocation, metas (self, ids));
    }
  else if (g_str_equal (method, "ActivateResult"))
    {
      const char *id;

      g_variant_get (parameters, "(&sasu)", &id, NULL, NULL);
      if (rc_reference_lookup (get_reference (self), id) != NULL)
        g_signal_emit (self, signals[ACTIVATE_ENTRY], 0, id);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    {
      g_autofree const char **terms = NULL;
      g_autofree char *text = NULL;

      g_variant_get (parameters, "(^a&su)", &terms, NULL);
      text = g_strjoinv (" ", (char **) terms); /* not shown to people: a query */
      g_signal_emit (self, signals[LAUNCH_SEARCH], 0, text);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };

static void
rc_search_provider_dispose (GObject *object)
{
  RcSearchProvider *self = RC_SEARCH_PROVIDER (object);

  rc_search_provider_unexport (self);
  g_clear_pointer (&self->reference, rc_reference_free);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (rc_search_provider_parent_class)->dispose (object);
}

static void
rc_search_provider_class_init (RcSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rc_search_provider_dispose;

  /**
   * RcSearchProvider::activate-entry:
   * @id: the reference entry the user picked in the Shell
   */
  signals[ACTIVATE_ENTRY] =
    g_signal_new ("activate-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * RcSearchProvider::launch-search:
   * @text: what the user typed in the Shell
   */
  signals[LAUNCH_SEARCH] =
    g_signal_new ("launch-search", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rc_search_provider_init (RcSearchProvider *self)
{
}

RcSearchProvider *
rc_search_provider_new (RcCatalog *catalog)
{
  RcSearchProvider *self;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);

  self = g_object_new (RC_TYPE_SEARCH_PROVIDER, NULL);
  self->catalog = g_object_ref (catalog);
  return self;
}

gboolean
rc_search_provider_export (RcSearchProvider  *self,
                           GDBusConnection   *connection,
                           const char        *path,
                           GError           **error)
{
  g_autoptr(GDBusNodeInfo) info = NULL;

  g_return_val_if_fail (RC_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (self->registration == 0, FALSE);

  info = g_dbus_node_info_new_for_xml (interface_xml, error);
  if (info == NULL)
    return FALSE;
  self->registration = g_dbus_connection_register_object (connection, path, info->interfaces[0],
                                                          &vtable, self, NULL, error);
  if (self->registration == 0)
    return FALSE;
  self->connection = g_object_ref (connection);
  return TRUE;
}

void
rc_search_provider_unexport (RcSearchProvider *self)
{
  g_return_if_fail (RC_IS_SEARCH_PROVIDER (self));

  if (self->registration != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration);
  self->registration = 0;
  g_clear_object (&self->connection);
}
