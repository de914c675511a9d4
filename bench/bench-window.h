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

/* "bare" for the baseline, anything else for Radio Code's own application. */
static inline GApplication *
bench_application_new (const char          *kind,
                       GApplicationFlags    flags,
                       BenchFirstFrameFunc  first_frame)
{
  GApplication *app;

  if (g_str_equal (kind, "bare"))
    {
      app = G_APPLICATION (adw_application_new (APP_ID ".BenchBare", flags));
      g_signal_connect (app, "activate", G_CALLBACK (bench_bare_activate_cb), NULL);
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
