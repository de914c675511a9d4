/* bench-window.h — the two applications the window benchmarks start, and their first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <unistd.h>

#include "rc-application.h"

/* Told, once, of a window whose first frame has been painted. */
typedef void (*BenchFirstFrameFunc) (GtkWindow *window);

static BenchFirstFrameFunc bench_first_frame;

/* A window waiting for its first frame, and its handler on the frame clock. */
typedef struct
{
  GtkWindow *window;
  gulong     handler_id;
} BenchPaintWait;

static inline void
bench_after_paint_cb (GdkFrameClock  *clock,
                      BenchPaintWait *wait)
{
  GtkWindow *window = wait->window;

  /* Frees @wait, once this emission is over. */
  g_signal_handler_disconnect (clock, wait->handler_id);
  bench_first_frame (window);
}

static inline void
bench_realize_cb (GtkWidget *window)
{
  BenchPaintWait *wait = g_new0 (BenchPaintWait, 1);

  wait->window = GTK_WINDOW (window);
  wait->handler_id = g_signal_connect_data (gtk_widget_get_frame_clock (window), "after-paint",
                                            G_CALLBACK (bench_after_paint_cb), wait,
                                            (GClosureNotify) g_free, G_CONNECT_DEFAULT);
}

static inline void
bench_window_added_cb (GtkApplication *app,
                       GtkWindow      *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (bench_realize_cb), NULL);
}

/* The baseline: an empty AdwApplicationWindow with a header bar, as any app starts. */
static inline void
bench_bare_activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 720);
  gtk_window_present (GTK_WINDOW (window));
}

/* For scale: the bare window with Radio Code's header bar (its five section buttons, in the
 * same view switcher title, and the main menu's button) over five empty sections, and nothing
 * of Radio Code itself: what GTK and libadwaita take to draw the part of Radio Code's first
 * screen that no app code builds. */
static inline void
bench_header_activate_cb (GtkApplication *app)
{
  static const char *sections[][3] = {
    { "guide", "Guide", "view-list-ordered-symbolic" },
    { "find", "Find", "find-location-symbolic" },
    { "wait", "WAIT", "alarm-symbolic" },
    { "reference", "Reference", "accessories-dictionary-symbolic" },
    { "models", "Models", "view-list-symbolic" },
  };
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_view_switcher_title_new ();
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *stack = adw_view_stack_new ();

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    adw_view_stack_page_set_icon_name (adw_view_stack_add_titled (ADW_VIEW_STACK (stack),
                                                                  adw_bin_new (),
                                                                  sections[i][0],
                                                                  sections[i][1]),
                                       sections[i][2]);
  gtk_widget_set_vexpand (stack, TRUE);
  adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (title), "Radio Code");
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (title), ADW_VIEW_STACK (stack));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "open-menu-symbolic");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), stack);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 720);
  gtk_window_present (GTK_WINDOW (window));
}

/* "bare" for the baseline, "header" for the bare window with Radio Code's header, anything
 * else for Radio Code's own application. */
static inline GApplication *
bench_application_new (const char          *kind,
                       GApplicationFlags    flags,
                       BenchFirstFrameFunc  first_frame)
{
  GApplication *app;

  if (g_str_equal (kind, "bare") || g_str_equal (kind, "header"))
    {
      app = G_APPLICATION (adw_application_new (APP_ID ".BenchBare", flags));
      g_signal_connect (app, "activate", g_str_equal (kind, "bare") ?
                        G_CALLBACK (bench_bare_activate_cb) : G_CALLBACK (bench_header_activate_cb),
                        NULL);
    }
  else
    {
      app = G_APPLICATION (rc_application_new ());
      g_application_set_flags (app, flags);
    }
  bench_first_frame = first_frame;
  g_signal_connect (app, "window-added", G_CALLBACK (bench_window_added_cb), NULL);
  return app;
}

/* One byte on stdout: the parent's signal that the child is where it should be. */
static inline void
bench_say_ready (void)
{
  if (write (STDOUT_FILENO, "!", 1) != 1)
    g_warning ("could not tell the parent");
}
