/* bench-startup.c — time to first window and peak memory, against a bare window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run without arguments (under a display and a D-Bus session), it starts
 * itself again and again, alternating two children started the same way:
 *   --child bare   an AdwApplication showing an empty AdwApplicationWindow
 *   --child app    Radio Code's own application and window
 * Each child writes one byte to stdout after its first frame is painted and
 * exits. The parent times spawn → byte and reads the child's peak memory.
 */

/* wait4() is a BSD and Linux call, hidden by -std=c11 without this. */
#define _DEFAULT_SOURCE

#include "config.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-utils.h"
#include "bench-window.h"

#define DEFAULT_RUNS 15

static void
first_frame_cb (GtkWindow *window)
{
  bench_say_ready ();
  g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
}

static int
run_child (const char *kind,
           char       *argv[])
{
  g_autoptr(GApplication) app = bench_application_new (kind, G_APPLICATION_DEFAULT_FLAGS,
                                                       first_frame_cb);
  char *args[] = { argv[0], NULL };

  return g_application_run (app, 1, args);
}

typedef struct
{
  double ms;
  double rss_mib;
} Sample;

static Sample
measure (const char *self,
         const char *kind)
{
  const char *argv[] = { self, "--child", kind, NULL };
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int out, status;
  gint64 start;
  char byte;
  Sample sample;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out, NULL, &error))
    g_error ("%s", error->message);
  if (read (out, &byte, 1) != 1)
    g_error ("the %s child exited before its first frame", kind);
  sample.ms = (g_get_monotonic_time () - start) / 1000.0;
  close (out);

  if (wait4 (pid, &status, 0, &usage) != pid)
    g_error ("wait4 failed");
  g_spawn_close_pid (pid);
  sample.rss_mib = usage.ru_maxrss / 1024.0;
  return sample;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree double *bare_ms = NULL, *app_ms = NULL, *bare_rss = NULL, *app_rss = NULL;
  guint runs = DEFAULT_RUNS;
  double bms, ams, brss, arss;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv);
  if (argc == 2)
    runs = MAX (1, g_ascii_strtoull (argv[1], NULL, 10));

  bare_ms = g_new (double, runs);
  app_ms = g_new (double, runs);
  bare_rss = g_new (double, runs);
  app_rss = g_new (double, runs);

  /* One of each first, unmeasured, so both find the disk cache warm. */
  measure (argv[0], "bare");
  measure (argv[0], "app");

  for (guint i = 0; i < runs; i++)
    {
      Sample bare = measure (argv[0], "bare");
      Sample app = measure (argv[0], "app");

      bare_ms[i] = bare.ms;
      bare_rss[i] = bare.rss_mib;
      app_ms[i] = app.ms;
      app_rss[i] = app.rss_mib;
    }

  bms = bench_median (bare_ms, runs);
  ams = bench_median (app_ms, runs);
  brss = bench_median (bare_rss, runs);
  arss = bench_median (app_rss, runs);

  g_print ("| measure (median of %u) | Radio Code | bare AdwApplicationWindow | ratio | budget |\n", runs);
  g_print ("|---|---:|---:|---:|---:|\n");
  g_print ("| start to first frame | %.0f ms | %.0f ms | %.2fx | 1.05x |\n", ams, bms, ams / bms);
  g_print ("| peak memory (RSS) | %.1f MiB | %.1f MiB | %.2fx | 1.10x |\n", arss, brss, arss / brss);
  return 0;
}
