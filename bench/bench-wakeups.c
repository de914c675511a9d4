/* bench-wakeups.c — how often the app wakes while a WAIT runs, against an idle bare window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run without arguments (under a display and a D-Bus session), it starts
 * itself as three children, one after the other, each with a state folder of
 * its own:
 *   --child bare       an AdwApplication showing an empty AdwApplicationWindow, idle
 *   --child app        Radio Code in a WAIT, its window closed (the app stays to announce the end)
 *   --child elsewhere  Radio Code in a WAIT, its window open on the guide, not on the countdown
 *   --child countdown  Radio Code in a WAIT, showing the countdown: a frame a second, for scale
 * Each child writes one byte to stdout once it is in that state. The parent
 * lets it settle for a second, then counts the voluntary context switches of
 * all its threads (each is a sleep after a wake-up) over the measured time.
 */

#define G_LOG_DOMAIN "radio-code-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-utils.h"
#include "bench-window.h"

#define DEFAULT_SECONDS 10

static const char *kind;

static gboolean
enter_wait_cb (gpointer user_data)
{
  GtkWindow *window = user_data;
  RcApplication *app = RC_APPLICATION (gtk_window_get_application (window));
  RcLockout *lockout = rc_application_get_lockout (app);

  rc_lockout_reset (lockout);
  rc_lockout_set_rule (lockout, rc_catalog_lookup_lockout (rc_application_get_catalog (app),
                                                           "nissan-page"));
  rc_lockout_begin_wait (lockout);
  if (g_str_equal (kind, "app"))
    gtk_window_destroy (window);
  else if (g_str_equal (kind, "countdown"))
    g_action_group_activate_action (G_ACTION_GROUP (app), "show-lockout", NULL);
  bench_say_ready ();
  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GtkWindow *window)
{
  if (g_str_equal (kind, "bare"))
    bench_say_ready ();
  else
    g_idle_add (enter_wait_cb, window);
}

static int
run_child (char *argv[])
{
  g_autoptr(GApplication) app = bench_application_new (kind, G_APPLICATION_NON_UNIQUE,
                                                       first_frame_cb);
  char *args[] = { argv[0], NULL };

  return g_application_run (app, 1, args);
}

/* Voluntary context switches of every thread of @pid so far. */
static guint64
count_switches (GPid pid)
{
  g_autofree char *tasks = g_strdup_printf ("/proc/%d/task", (int) pid);
  g_autoptr(GDir) dir = g_dir_open (tasks, 0, NULL);
  const char *name;
  guint64 total = 0;

  if (dir == NULL)
    g_error ("cannot read %s", tasks);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tasks, name, "status", NULL);
      g_autofree char *status = NULL;
      const char *line;

      if (!g_file_get_contents (path, &status, NULL, NULL))
        continue;
      line = strstr (status, "\nvoluntary_ctxt_switches:");
      if (line != NULL)
        total += g_ascii_strtoull (strchr (line, ':') + 1, NULL, 10);
    }
  return total;
}

static guint64
measure (const char *self,
         const char *child,
         guint       seconds)
{
  const char *argv[] = { self, "--child", child, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *state = g_dir_make_tmp ("radio-code-bench-XXXXXX", &error);
  g_auto(GStrv) envp = g_get_environ ();
  guint64 before, after;
  GPid pid;
  int out, status;
  char byte;

  if (state == NULL)
    g_error ("%s", error->message);
  /* The WAIT goes to a folder of its own, never to the user's. */
  envp = g_environ_setenv (envp, "XDG_STATE_HOME", state, TRUE);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out, NULL, &error))
    g_error ("%s", error->message);
  if (read (out, &byte, 1) != 1)
    g_error ("the %s child exited before it was ready", child);
  close (out);

  /* What follows being ready (a notification, the last frame) is not waiting. */
  g_usleep (G_USEC_PER_SEC);
  before = count_switches (pid);
  g_usleep (seconds * G_USEC_PER_SEC);
  after = count_switches (pid);

  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  {
    g_autofree char *folder = g_build_filename (state, "radio-code", NULL);
    g_autofree char *lockout = g_build_filename (folder, "lockout.ini", NULL);
    g_autofree char *radio = g_build_filename (folder, "radio.ini", NULL);

    g_unlink (lockout);
    g_unlink (radio);
    g_rmdir (folder);
    g_rmdir (state);
  }
  return after - before;
}

int
main (int   argc,
      char *argv[])
{
  guint seconds = DEFAULT_SECONDS;
  guint64 bare, app, elsewhere, countdown;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    {
      kind = argv[2];
      return run_child (argv);
    }
  if (argc == 2)
    seconds = MAX (1, g_ascii_strtoull (argv[1], NULL, 10));

  bare = measure (argv[0], "bare", seconds);
  app = measure (argv[0], "app", seconds);
  elsewhere = measure (argv[0], "elsewhere", seconds);
  countdown = measure (argv[0], "countdown", seconds);

  g_print ("| wake-ups in %u s | count | goal |\n", seconds);
  g_print ("|---|---:|---:|\n");
  g_print ("| bare AdwApplicationWindow, idle (baseline) | %" G_GUINT64_FORMAT " | |\n", bare);
  g_print ("| Radio Code in a WAIT, window closed | %" G_GUINT64_FORMAT " | at most the baseline |\n",
           app);
  g_print ("| Radio Code in a WAIT, window open on the guide | %" G_GUINT64_FORMAT
           " | at most the baseline |\n", elsewhere);
  g_print ("| Radio Code in a WAIT, showing the countdown (for scale: a frame each second) | %"
           G_GUINT64_FORMAT " | |\n", countdown);
  return 0;
}
