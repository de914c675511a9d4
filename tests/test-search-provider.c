/* test-search-provider.c — the reference page, and GNOME Shell's search over D-Bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application exports org.gnome.Shell.SearchProvider2 on the session
 * bus; the test calls it from a second connection to the same bus, as the
 * Shell would.
 */

#include "config.h"

#include <string.h>

#include "rc-confidence-badge.h"
#include "rc-reference-page.h"
#include "rc-search-provider.h"
#include "rc-test-utils.h"
#include "rc-window.h"

static RcApplication *app;
static GDBusConnection *shell;

static void
replied_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GVariant *
call (const char *method,
      GVariant   *parameters,
      const char *reply_type)
{
  GDBusConnection *own = g_application_get_dbus_connection (G_APPLICATION (app));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  /* Asynchronous, so that the application's main loop can answer. */
  g_dbus_connection_call (shell, g_dbus_connection_get_unique_name (own), RC_SEARCH_PROVIDER_PATH,
                          "org.gnome.Shell.SearchProvider2", method, parameters,
                          G_VARIANT_TYPE (reply_type), G_DBUS_CALL_FLAGS_NONE, 5000, NULL,
                          replied_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  reply = g_dbus_connection_call_finish (shell, result, &error);
  g_assert_no_error (error);
  return reply;
}

static gboolean
contains (GVariant   *reply,
          const char *id)
{
  g_autofree const char **ids = NULL;

  g_variant_get (reply, "(^a&s)", &ids);
  return g_strv_contains (ids, id);
}

static void
test_result_sets (void)
{
  const char *k12[] = { "k12", NULL };
  const char *k12_micra[] = { "k12", "micra", NULL };
  const char *nothing[] = { "", NULL };
  const char *presets[] = { "presets", NULL };
  g_autofree const char **ids = NULL;
  g_autoptr(GVariant) initial = call ("GetInitialResultSet", g_variant_new ("(^as)", k12), "(as)");
  g_autoptr(GVariant) sub = NULL;
  g_autoptr(GVariant) empty = NULL;
  g_autofree const char **previous = NULL;

  g_assert_true (contains (initial, "model:nissan-micra"));
  g_assert_false (contains (initial, "model:nissan-note"));

  g_variant_get (initial, "(^a&s)", &previous);
  sub = call ("GetSubsearchResultSet", g_variant_new ("(^as^as)", previous, k12_micra), "(as)");
  g_assert_true (contains (sub, "model:nissan-micra"));

  /* The Shell lists results in the reference's own order: the title match first. */
  g_clear_pointer (&initial, g_variant_unref);
  initial = call ("GetInitialResultSet", g_variant_new ("(^as)", presets), "(as)");
  g_variant_get_child (initial, 0, "^a&s", &ids);
  g_assert_cmpstr (ids[0], ==, "method:presets");

  /* Nothing typed is no search; nor is punctuation or white space. */
  empty = call ("GetInitialResultSet", g_variant_new ("(^as)", nothing), "(as)");
  g_assert_false (contains (empty, "model:nissan-micra"));
  {
    const char *nothing_much[][3] = { { "?", NULL }, { "-", NULL }, { "\t", NULL },
                                      { "?", "!", NULL } };

    for (guint i = 0; i < G_N_ELEMENTS (nothing_much); i++)
      {
        g_autoptr(GVariant) none = call ("GetInitialResultSet",
                                         g_variant_new ("(^as)", nothing_much[i]), "(as)");
        g_autoptr(GVariant) list = g_variant_get_child_value (none, 0);

        g_assert_cmpuint (g_variant_n_children (list), ==, 0);
      }
  }
}

static void
test_metas (void)
{
  const char *ids[] = { "model:nissan-micra", "display:wait", "no:such", NULL };
  g_autoptr(GVariant) reply = call ("GetResultMetas", g_variant_new ("(^as)", ids), "(aa{sv})");
  g_autoptr(GVariant) list = g_variant_get_child_value (reply, 0);
  g_autoptr(GVariant) first = g_variant_get_child_value (list, 0);
  const char *name = NULL, *id = NULL, *description = NULL, *icon = NULL;

  /* An unknown id is left out, not an error. */
  g_assert_cmpuint (g_variant_n_children (list), ==, 2);
  g_assert_true (g_variant_lookup (first, "id", "&s", &id));
  g_assert_true (g_variant_lookup (first, "name", "&s", &name));
  g_assert_true (g_variant_lookup (first, "description", "&s", &description));
  g_assert_true (g_variant_lookup (first, "gicon", "&s", &icon));
  g_assert_cmpstr (id, ==, "model:nissan-micra");
  g_assert_cmpstr (name, ==, "Nissan Micra");
  g_assert_cmpstr (icon, ==, APP_ID);
  g_assert_cmpuint (strlen (description), >, 0);
}

static RcReferencePage *
page_of (GtkWindow *window)
{
  return RC_REFERENCE_PAGE (rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_REFERENCE_PAGE, 0));
}

static void
test_activate (void)
{
  const char *terms[] = { "wait", NULL };
  g_autoptr(GVariant) activated = NULL;
  g_autoptr(GVariant) launched = NULL;
  GtkWindow *window;

  /* Picking a result opens the app on that entry. */
  activated = call ("ActivateResult", g_variant_new ("(s^asu)", "faq:why-wait", terms, 0), "()");
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  g_assert_cmpstr (rc_reference_page_get_shown (page_of (window)), ==, "faq:why-wait");

  /* Asking for more opens the reference searched for the same words. */
  launched = call ("LaunchSearch", g_variant_new ("(^asu)", terms, 0), "()");
  g_assert_cmpuint (rc_reference_page_get_n_shown (page_of (window)), <,
                    rc_reference_page_get_n_shown (page_of (window)) + 100);
  g_assert_nonnull (rc_test_find_label (GTK_WIDGET (window), "<b>WAIT</b>"));

  gtk_window_destroy (window);
  rc_test_wait_idle ();
}

static void
test_page (void)
{
  RcCatalog *catalog = rc_application_get_catalog (app);
  GtkWidget *page = g_object_ref_sink (rc_reference_page_new (catalog));
  g_autoptr(RcReference) reference = rc_reference_new (catalog);
  GtkWidget *count, *row;

  /* Every entry renders. */
  g_assert_cmpuint (rc_reference_page_get_n_shown (RC_REFERENCE_PAGE (page)), ==,
                    rc_reference_get_entries (reference)->len);
  for (guint i = 0; i < rc_reference_get_entries (reference)->len; i++)
    {
      RcEntry *entry = g_ptr_array_index (rc_reference_get_entries (reference), i);

      g_assert_nonnull (rc_test_find_label (page, entry->body));
    }
  /* Each says how sure it is, the same way the guide does: one badge per entry. */
  g_assert_cmpuint (rc_test_count_descendants (page, RC_TYPE_CONFIDENCE_BADGE), ==,
                    rc_reference_get_entries (reference)->len);

  /* Searching narrows, groups by kind, sets matches in bold, and says how many. */
  rc_reference_page_search (RC_REFERENCE_PAGE (page), "qashqai");
  g_assert_nonnull (rc_test_find_label (page, "Questions and Answers"));
  g_assert_nonnull (rc_test_find_label (page, "Car Models"));
  g_assert_null (rc_test_find_label (page, "Lockout Rules"));
  g_assert_nonnull (rc_test_find_label (page, "Nissan <b>Qashqai</b>"));
  {
    g_autoptr(GPtrArray) found = rc_reference_search (reference, "qashqai");
    g_autofree char *entries = g_strdup_printf ("%u entries", found->len);

    g_assert_cmpuint (found->len, >=, 2);
    count = rc_test_find_label (page, entries);
    g_assert_nonnull (count);
  }
  gtk_test_accessible_assert_role (count, GTK_ACCESSIBLE_ROLE_STATUS);
  /* A search longer than is read says so where the count is. */
  {
    g_autoptr(GPtrArray) found = rc_reference_search (reference, "qashqai");
    g_autofree char *spaces = g_strnfill (250, ' ');
    g_autofree char *query = g_strconcat ("qashqai", spaces, "x", NULL);
    g_autofree char *said = g_strdup_printf ("%u entries — The search is long: only its first "
                                             "200 characters are used.", found->len);

    rc_reference_page_search (RC_REFERENCE_PAGE (page), query);
    g_assert_true (rc_test_find_label (page, said) == count);
  }

  /* Nothing found: a clear empty state. */
  rc_reference_page_search (RC_REFERENCE_PAGE (page), "zeppelin");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (rc_test_find_descendant (page, ADW_TYPE_STATUS_PAGE, 0))),
                   ==, "Nothing Matches “zeppelin”");

  /* Links lead on: a model to its radio, even from under another search. */
  g_assert_true (rc_reference_page_show_entry (RC_REFERENCE_PAGE (page), "model:nissan-micra"));
  row = gtk_widget_get_ancestor (rc_test_find_label (page, "Nissan Micra"), ADW_TYPE_EXPANDER_ROW);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_signal_emit_by_name (gtk_widget_get_ancestor (rc_test_find_label (row, "See: Blaupunkt — BP-series"),
                                                  GTK_TYPE_BUTTON), "clicked");
  g_assert_cmpstr (rc_reference_page_get_shown (RC_REFERENCE_PAGE (page)), ==, "series:blaupunkt-bp");
  g_assert_false (rc_reference_page_show_entry (RC_REFERENCE_PAGE (page), "series:nope"));

  g_assert_finalize_object (page);
}

/* The titles of the rows @page shows, in order, without markup. */
static GStrv
row_titles (GtkWidget *page)
{
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  GtkWidget *row;

  for (guint i = 0; (row = rc_test_find_descendant (page, ADW_TYPE_EXPANDER_ROW, i)) != NULL; i++)
    {
      const char *markup = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      g_autofree char *text = NULL;

      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL));
      g_strv_builder_add (titles, text);
    }
  return g_strv_builder_end (titles);
}

/* The Reference section lists the entries radio-code --reference prints,
 * in the same order. */
static void
test_page_matches_cli (void)
{
  const char *queries[] = { "presets", "LOCKED", "Clarion", "wait", "micra forum", "k12" };
  GtkWidget *page = g_object_ref_sink (rc_reference_page_new (rc_application_get_catalog (app)));

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      const char *args[] = { "--reference", queries[i], NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_auto(GStrv) blocks = NULL;
      g_auto(GStrv) shown = NULL;
      int status = -1;

      out = rc_test_run_cli (args, &status, &err);
      g_assert_cmpint (status, ==, 0);
      blocks = g_strsplit (out, "\n\n", -1);
      rc_reference_page_search (RC_REFERENCE_PAGE (page), queries[i]);
      shown = row_titles (page);

      g_test_message ("%s: %u entries", queries[i], g_strv_length (shown));
      g_assert_cmpuint (g_strv_length (shown), >, 0);
      g_assert_cmpuint (g_strv_length (blocks), ==, g_strv_length (shown));
      for (guint j = 0; shown[j] != NULL; j++)
        {
          g_autofree char *title = g_strndup (blocks[j], strcspn (blocks[j], "\n"));

          g_assert_cmpstr (title, ==, shown[j]);
        }
    }

  g_assert_finalize_object (page);
}

/* Where the title does not show why an entry was found, its row says so. */
static void
test_page_why (void)
{
  GtkWidget *page = g_object_ref_sink (rc_reference_page_new (rc_application_get_catalog (app)));
  GtkWidget *title_row, *text_row, *group, *label;
  const char *subtitle, *description;

  rc_reference_page_search (RC_REFERENCE_PAGE (page), "presets");
  title_row = rc_test_find_descendant (page, ADW_TYPE_EXPANDER_ROW, 0);
  text_row = rc_test_find_descendant (page, ADW_TYPE_EXPANDER_ROW, 1);

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (title_row)), ==,
                   "Hold <b>Presets</b> 1 and 6");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (title_row)), ==, "");
  subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (text_row));
  g_assert_true (g_str_has_prefix (subtitle, "Matched in the text: "));
  g_assert_nonnull (strstr (subtitle, " presets "));
  /* The word found is in bold. */
  for (guint i = 0; (label = rc_test_find_descendant (text_row, GTK_TYPE_LABEL, i)) != NULL; i++)
    if (g_str_equal (gtk_label_get_text (GTK_LABEL (label)), subtitle))
      break;
  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), " <b>presets</b> "));

  /* A kind found again below the title matches says where. */
  group = gtk_widget_get_ancestor (text_row, ADW_TYPE_PREFERENCES_GROUP);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "Found in the text");
  group = gtk_widget_get_ancestor (title_row, ADW_TYPE_PREFERENCES_GROUP);
  description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group));
  g_assert_true (description == NULL || description[0] == '\0');

  g_assert_finalize_object (page);
}

/* The row of the entry titled @title, as @page shows it (@markup), or NULL. */
static GtkWidget *
row_titled (GtkWidget  *page,
            const char *markup)
{
  GtkWidget *label = rc_test_find_label (page, markup);

  return label != NULL ? gtk_widget_get_ancestor (label, ADW_TYPE_EXPANDER_ROW) : NULL;
}

/* Typing keeps the rows of the entries still found: only new ones are made. */
static void
test_page_keeps_rows (void)
{
  RcCatalog *catalog = rc_application_get_catalog (app);
  GtkWidget *page = g_object_ref_sink (rc_reference_page_new (catalog));
  GtkWidget *row = row_titled (page, "Nissan Micra");

  g_assert_nonnull (row);
  rc_reference_page_search (RC_REFERENCE_PAGE (page), "nis");
  g_assert_true (row_titled (page, "<b>Nis</b>san Micra") == row);
  rc_reference_page_search (RC_REFERENCE_PAGE (page), "nissan mic");
  g_assert_true (row_titled (page, "<b>Nissan</b> <b>Mic</b>ra") == row);
  /* One row for each entry found, no more. */
  g_assert_cmpuint (rc_test_count_descendants (page, ADW_TYPE_EXPANDER_ROW), ==,
                    rc_reference_page_get_n_shown (RC_REFERENCE_PAGE (page)));

  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  rc_test_init (&argc, &argv);

  app = rc_test_new_application (APP_ID ".Test");
  shell = g_dbus_connection_new_for_address_sync (g_getenv ("DBUS_SESSION_BUS_ADDRESS"),
                                                  G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                  G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                  NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/search-provider/result-sets", test_result_sets);
  g_test_add_func ("/search-provider/metas", test_metas);
  g_test_add_func ("/search-provider/activate", test_activate);
  g_test_add_func ("/search-provider/page", test_page);
  g_test_add_func ("/search-provider/page-matches-cli", test_page_matches_cli);
  g_test_add_func ("/search-provider/page-why", test_page_why);
  g_test_add_func ("/search-provider/page-keeps-rows", test_page_keeps_rows);

  return g_test_run ();
}
