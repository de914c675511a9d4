/* test-pseudo-locale.c — every section and guide step in another language
 *
 * Run once per language (RC_PSEUDO_LANGUAGE, its .mo files under
 * RC_PSEUDO_LOCALEDIR): the made-up ones built by tests/pseudo-locale.py,
 * “xl”, every message 40 % longer, and “xr”, right to left; English (“C”);
 * and each language of po/LINGUAS. At 360 px no label may be clipped, cut
 * short with “…” or pushed out of the window, and the window may not grow
 * wider; right to left, Back stays on the start side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "rc-application.h"
#include "rc-model-table.h"
#include "rc-test-utils.h"
#include "rc-window.h"

#define PHONE_WIDTH 360

static RcApplication *app;
static gboolean right_to_left;
static gboolean made_up;

/* The tab bar at the foot of a phone-sized window gives each of its six
 * sections 60 px and shortens what does not fit, by design of libadwaita; the
 * full name stays the tab's accessible name. English names must fit (the “C”
 * run checks them), and so must a real language's; a made-up language 40 %
 * longer cannot. */
static gboolean
in_tab_bar (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (ADW_IS_VIEW_SWITCHER_BAR (w))
      return TRUE;
  return FALSE;
}

/* Inside a pane that scrolls sideways, a label may lie past the window's edge;
 * a carousel's other pages lie there too, until they are swiped in. */
static gboolean
scrolls_sideways (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkPolicyType policy;

      if (ADW_IS_CAROUSEL (w))
        return TRUE;
      if (!GTK_IS_SCROLLED_WINDOW (w))
        continue;
      gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (w), &policy, NULL);
      if (policy != GTK_POLICY_NEVER)
        return TRUE;
    }
  return FALSE;
}

static void
check_label (GtkLabel   *label,
             GtkWidget  *window,
             const char *where,
             guint      *problems)
{
  GtkWidget *widget = GTK_WIDGET (label);
  const char *text = gtk_label_get_text (label);
  graphene_rect_t bounds;
  int minimum = 0;

  if (!gtk_widget_is_drawable (widget) || text[0] == '\0')
    return;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (gtk_widget_get_width (widget) < minimum)
    {
      g_test_message ("%s: “%s” is %d px wide, less than its %d px", where, text,
                      gtk_widget_get_width (widget), minimum);
      (*problems)++;
    }
  if (gtk_label_get_ellipsize (label) != PANGO_ELLIPSIZE_NONE &&
      pango_layout_is_ellipsized (gtk_label_get_layout (label)) &&
      !(made_up && in_tab_bar (widget)))
    {
      g_test_message ("%s: “%s” is cut short", where, text);
      (*problems)++;
    }
  if (!scrolls_sideways (widget) && gtk_widget_compute_bounds (widget, window, &bounds) &&
      (bounds.origin.x < -0.5 ||
       bounds.origin.x + bounds.size.width > gtk_widget_get_width (window) + 0.5))
    {
      g_test_message ("%s: “%s” lies outside the window (%.0f to %.0f px)", where, text,
                      bounds.origin.x, bounds.origin.x + bounds.size.width);
      (*problems)++;
    }
}

static void
check_labels (GtkWidget  *widget,
              GtkWidget  *window,
              const char *where,
              guint      *problems)
{
  if (GTK_IS_LABEL (widget))
    check_label (GTK_LABEL (widget), window, where, problems);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_labels (child, window, where, problems);
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Back is on the side a reader starts from: the left, or the right in right-to-left text. */
static void
check_back_and_next (GtkWidget  *window,
                     const char *where)
{
  GtkWidget *back = find_action_button (window, "guide.back");
  GtkWidget *next = find_action_button (window, "guide.next");
  graphene_rect_t back_bounds, next_bounds;

  if (back == NULL || next == NULL)
    return;
  g_assert_true (gtk_widget_compute_bounds (back, window, &back_bounds));
  g_assert_true (gtk_widget_compute_bounds (next, window, &next_bounds));
  g_test_message ("%s: Back at %.0f px, Next at %.0f px", where, back_bounds.origin.x,
                  next_bounds.origin.x);
  if (right_to_left)
    g_assert_cmpfloat (back_bounds.origin.x, >, next_bounds.origin.x);
  else
    g_assert_cmpfloat (back_bounds.origin.x, <, next_bounds.origin.x);
}

static gboolean
set_true_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window lay out and draw what it now shows: a frame or two. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (100, set_true_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  rc_test_wait_idle ();
}

static guint
check_window (RcWindow   *window,
              const char *where)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  guint problems = 0;
  int minimum = 0;

  settle ();
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > PHONE_WIDTH)
    {
      g_test_message ("%s: the window needs %d px", where, minimum);
      problems++;
    }
  check_labels (GTK_WIDGET (window), GTK_WIDGET (window), where, &problems);
  check_back_and_next (GTK_WIDGET (window), where);
  return problems;
}

static RcWindow *
open_window (void)
{
  RcWindow *window = rc_test_new_window (app);

  gtk_window_set_default_size (GTK_WINDOW (window), PHONE_WIDTH, 720);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 100 && gtk_widget_get_width (GTK_WIDGET (window)) == 0; i++)
    g_main_context_iteration (NULL, TRUE);
  rc_test_wait_idle ();
  return window;
}

/* What the radio is at when the window opens: each one shows other text. */
typedef struct
{
  const char *name;
  const char *series;
  const char *serial;   /* typed in part, or %NULL */
  gboolean    waiting;  /* a WAIT running */
} Situation;

static const Situation situations[] = {
  { "no radio", NULL, NULL, FALSE },
  { "nissan-ni", "nissan-ni", NULL, FALSE },
  { "nissan-ni typed in part, in a WAIT", "nissan-ni", "NI667", TRUE },
};

static void
set_situation (const Situation *situation)
{
  RcRadio *radio = rc_application_get_radio (app);
  RcCatalog *catalog = rc_application_get_catalog (app);
  RcLockout *lockout = rc_application_get_lockout (app);

  rc_radio_set_series (radio, situation->series != NULL ?
                              rc_catalog_lookup_series (catalog, situation->series) : NULL);
  rc_radio_set_serial_text (radio, situation->serial != NULL ? situation->serial : "");
  rc_lockout_reset (lockout);
  if (situation->waiting)
    rc_lockout_begin_wait (lockout);
}

/* The model table when a search finds nothing: what to try instead, and a
 * button to pick the radio by its brand. */
static guint
check_no_model_found (RcWindow   *window,
                      const char *where)
{
  GtkWidget *table;
  guint problems;

  rc_window_show_section (window, "models");
  table = rc_test_find_descendant (GTK_WIDGET (window), RC_TYPE_MODEL_TABLE, 0);
  g_assert_nonnull (table);
  rc_model_table_search (RC_MODEL_TABLE (table), "zeppelin");
  problems = check_window (window, where);
  g_assert_nonnull (find_action_button (table, "win.choose-series"));
  return problems;
}

static void
test_every_step_and_section (void)
{
  const char *steps[] = { "display", "radio", "find", "serial", "code", "enter", "wait" };
  const char *sections[] = { "guide", "serial", "find", "wait", "reference", "models" };
  GSettings *settings = rc_application_get_settings (app);
  /* Closing the last window during a WAIT would keep the app running and
   * notify; a window that is never shown keeps the app's windows from running out. */
  RcWindow *keeper = rc_test_new_window (app);
  guint problems = 0;

  g_settings_set_string (settings, "guide-display", "wait");
  for (guint s = 0; s < G_N_ELEMENTS (situations); s++)
    {
      g_autofree char *searched = g_strdup_printf ("no model found, %s", situations[s].name);
      RcWindow *window;

      set_situation (&situations[s]);
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        {
          g_autofree char *where = g_strdup_printf ("step %s, %s", steps[i], situations[s].name);

          g_settings_set_string (settings, "guide-step", steps[i]);
          window = open_window ();
          problems += check_window (window, where);
          gtk_window_destroy (GTK_WINDOW (window));
        }

      window = open_window ();
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          g_autofree char *where = g_strdup_printf ("section %s, %s", sections[i],
                                                    situations[s].name);

          rc_window_show_section (window, sections[i]);
          problems += check_window (window, where);
        }
      problems += check_no_model_found (window, searched);
      gtk_window_destroy (GTK_WINDOW (window));
      rc_test_wait_idle ();
    }
  rc_lockout_reset (rc_application_get_lockout (app));
  gtk_window_destroy (GTK_WINDOW (keeper));
  rc_test_wait_idle ();

  g_assert_cmpuint (problems, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("RC_PSEUDO_LANGUAGE");
  const char *folder = g_getenv ("RC_PSEUDO_LOCALEDIR");
  int ret;

  g_assert_nonnull (language);
  rc_test_init (&argc, &argv);
  /* Pages are checked where they settle, not halfway through a slide. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* The app's own messages in the made-up language; GTK's stay as they are. */
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_assert_nonnull (folder);
  bindtextdomain (GETTEXT_PACKAGE, folder);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* A language whose messages are not found would test English again. */
  if (!g_str_equal (language, "C"))
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Serial Number"), !=, "Serial Number");
  right_to_left = g_str_equal (language, "xr");
  made_up = g_str_equal (language, "xl") || g_str_equal (language, "xr");
  if (right_to_left)
    gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);

  app = rc_test_new_application (APP_ID ".Test");

  g_test_add_func ("/pseudo-locale/every-step-and-section", test_every_step_and_section);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
