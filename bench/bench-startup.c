/* bench-startup.c — time to first window and peak memory, against a bare window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run without arguments (under a display and a D-Bus session), it starts
 * itself again and again, alternating three children started the same way:
 *   --child bare   an AdwApplication showing an empty AdwApplicationWindow
 *   --child header the same with Radio Code's header bar (five section
 *                  buttons and the main menu's) over empty sections, for scale
 *   --child app    Radio Code's own application and window
 * Each child writes one byte to stdout after its first frame is painted and
 * exits. The parent times spawn → byte and reads the child's peak memory and
 * the CPU time all its threads used (to its exit, just after that frame):
 * other processes on a busy machine stretch the first, much less the other.
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
  double cpu_ms;
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
  sample.cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                  (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  return sample;
}

/* The children, in the order they are started in each round. */
enum { BARE, HEADER, APP, N_KINDS };
static const char *kinds[N_KINDS] = { "bare", "header", "app" };

int
main (int   argc,
      char *argv[])
{
  double *ms[N_KINDS], *cpu[N_KINDS], *rss[N_KINDS];
  double m[N_KINDS], c[N_KINDS], r[N_KINDS];
  guint runs = DEFAULT_RUNS;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv);
  if (argc == 2)
    runs = MAX (1, g_ascii_strtoull (argv[1], NULL, 10));

  /* One of each first, unmeasured, so all find the disk cache warm. */
  for (guint k = 0; k < N_KINDS; k++)
    {
      measure (argv[0], kinds[k]);
      ms[k] = g_new (double, runs);
      cpu[k] = g_new (double, runs);
      rss[k] = g_new (double, runs);
    }

  for (guint i = 0; i < runs; i++)
    for (guint k = 0; k < N_KINDS; k++)
      {
        Sample sample = measure (argv[0], kinds[k]);

        ms[k][i] = sample.ms;
        cpu[k][i] = sample.cpu_ms;
        rss[k][i] = sample.rss_mib;
      }

  for (guint k = 0; k < N_KINDS; k++)
    {
      m[k] = bench_median (ms[k], runs);
      c[k] = bench_median (cpu[k], runs);
      r[k] = bench_median (rss[k], runs);
      g_free (ms[k]);
      g_free (cpu[k]);
      g_free (rss[k]);
    }

  g_print ("| measure (median of %u) | Radio Code | bare AdwApplicationWindow | ratio | budget |\n", runs);
  g_print ("|---|---:|---:|---:|---:|\n");
  g_print ("| start to first frame | %.0f ms | %.0f ms | %.2fx | 1.05x |\n",
           m[APP], m[BARE], m[APP] / m[BARE]);
  g_print ("| the same, CPU time of all threads (to exit, just after) | %.0f ms | %.0f ms | %.2fx | |\n",
           c[APP], c[BARE], c[APP] / c[BARE]);
  g_print ("| peak memory (RSS) | %.1f MiB | %.1f MiB | %.2fx | 1.10x |\n",
           r[APP], r[BARE], r[APP] / r[BARE]);
  /* What GTK and libadwaita take for the header bar Radio Code shows, with no app code. */
  g_print ("| for scale: the bare window with Radio Code's header bar (five section buttons, "
           "empty sections), start to first frame | %.0f ms | %.0f ms | %.2fx | |\n",
           m[HEADER], m[BARE], m[HEADER] / m[BARE]);
  g_print ("| for scale: the same, CPU time | %.0f ms | %.0f ms | %.2fx | |\n",
           c[HEADER], c[BARE], c[HEADER] / c[BARE]);
  return 0;
}
