/* test-state-file.c — state saved off the main thread, once per burst, and never lost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rc-state-file.h"

typedef struct
{
  char         *dir;
  char         *path;
  RcStateSaver *saver;
  guint         value;      /* the state being saved */
  guint         filled;     /* files built */
  guint         failed;     /* writes told as failed */
  guint         succeeded;  /* writes told as done */
} Fixture;

static GKeyFile *
fill_cb (gpointer user_data)
{
  Fixture *f = user_data;
  GKeyFile *file = g_key_file_new ();

  f->filled++;
  g_key_file_set_uint64 (file, "test", "value", f->value);
  return file;
}

static void
done_cb (gpointer      user_data,
         const GError *error)
{
  Fixture *f = user_data;

  if (error != NULL)
    f->failed++;
  else
    f->succeeded++;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("radio-code-state-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "state", "test.ini", NULL);
  f->saver = rc_state_saver_new (fill_cb, done_cb, f);
  rc_state_saver_set_path (f->saver, f->path);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *state = g_path_get_dirname (f->path);

  rc_state_saver_detach (f->saver);
  g_assert_finalize_object (f->saver);
  g_unlink (f->path);
  g_unlink (state);
  g_rmdir (state);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Runs the main loop until no write is due or under way. */
static void
settle (Fixture *f)
{
  while (rc_state_saver_is_pending (f->saver))
    g_main_context_iteration (NULL, TRUE);
}

/* The value on disk, or -1 when there is no file. */
static gint64
saved_value (Fixture *f)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();

  if (!rc_state_file_load (f->path, file, NULL))
    return -1;
  return g_key_file_get_uint64 (file, "test", "value", NULL);
}

static void
change (Fixture *f,
        guint    value)
{
  f->value = value;
  rc_state_saver_queue (f->saver);
}

/* A hundred changes in one burst are one write, of the last state, made after the burst. */
static void
test_burst (Fixture       *f,
            gconstpointer  data)
{
  for (guint i = 1; i <= 100; i++)
    change (f, i);
  /* Nothing waited for the disk. */
  g_assert_cmpuint (f->filled, ==, 0);
  g_assert_cmpint (saved_value (f), ==, -1);
  g_assert_true (rc_state_saver_is_pending (f->saver));

  settle (f);
  g_assert_cmpuint (rc_state_saver_get_n_writes (f->saver), ==, 1);
  g_assert_cmpuint (f->filled, ==, 1);
  g_assert_cmpuint (f->succeeded, ==, 1);
  g_assert_cmpint (saved_value (f), ==, 100);
}

/* Changes made while a write is under way make one more write, not one each. */
static void
test_during_write (Fixture       *f,
                   gconstpointer  data)
{
  change (f, 1);
  /* Until the first write has been handed to a worker thread. */
  while (f->filled == 0)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 2; i <= 50; i++)
    change (f, i);

  settle (f);
  g_assert_cmpuint (rc_state_saver_get_n_writes (f->saver), ==, 2);
  g_assert_cmpint (saved_value (f), ==, 50);
}

/* A flush writes at once, without the main loop; nothing is written twice for it. */
static void
test_flush (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* With nothing changed there is nothing to write. */
  g_assert_true (rc_state_saver_flush (f->saver, &error));
  g_assert_cmpuint (rc_state_saver_get_n_writes (f->saver), ==, 0);

  change (f, 7);
  g_assert_true (rc_state_saver_flush (f->saver, &error));
  g_assert_no_error (error);
  g_assert_cmpint (saved_value (f), ==, 7);
  g_assert_false (rc_state_saver_is_pending (f->saver));
  g_assert_cmpuint (f->succeeded, ==, 1);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (rc_state_saver_get_n_writes (f->saver), ==, 1);
}

/* A flush while a write waits for, or runs on, a worker thread: the newer state is what stays,
 * whichever of the two writes ends last. */
static void
test_flush_overtakes (Fixture       *f,
                      gconstpointer  data)
{
  for (guint round = 0; round < 20; round++)
    {
      change (f, round * 2 + 1);
      while (f->filled == round * 2)
        g_main_context_iteration (NULL, TRUE);
      change (f, round * 2 + 2);
      g_assert_true (rc_state_saver_flush (f->saver, NULL));
      g_assert_cmpint (saved_value (f), ==, round * 2 + 2);
      settle (f);
      g_assert_cmpint (saved_value (f), ==, round * 2 + 2);
    }
}

/* A write that fails is told, the state is kept, and it is written again later; the next one
 * that works is told too. */
static void
test_failure_retried (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *state = g_path_get_dirname (f->path);
  g_autoptr(GError) error = NULL;

  /* The folder's place is taken by a file: no write can succeed (even as root). */
  g_assert_true (g_file_set_contents (state, "not a folder", -1, NULL));
  rc_state_saver_set_retry_interval (f->saver, 10);
  change (f, 3);
  while (f->failed == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (f->succeeded, ==, 0);
  g_assert_cmpuint (rc_state_saver_get_n_writes (f->saver), ==, 0);

  /* A flush fails the same way, and says why. */
  g_assert_false (rc_state_saver_flush (f->saver, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);

  /* Once the folder can be made, the retry writes the state kept in memory, with no change. */
  g_assert_cmpint (g_unlink (state), ==, 0);
  while (f->succeeded == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (saved_value (f), ==, 3);
  g_assert_cmpuint (rc_state_saver_get_n_writes (f->saver), ==, 1);
  g_assert_false (rc_state_saver_is_pending (f->saver));
}

/* Changes not written yet are forgotten when the file is to be read back instead. */
static void
test_discard (Fixture       *f,
              gconstpointer  data)
{
  change (f, 5);
  g_assert_true (rc_state_saver_flush (f->saver, NULL));
  change (f, 6);
  rc_state_saver_discard (f->saver);
  g_assert_false (rc_state_saver_is_pending (f->saver));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (saved_value (f), ==, 5);
  g_assert_cmpuint (rc_state_saver_get_n_writes (f->saver), ==, 1);
}

/* Without a path, nothing is written anywhere. */
static void
test_no_path (Fixture       *f,
              gconstpointer  data)
{
  rc_state_saver_set_path (f->saver, NULL);
  change (f, 9);
  settle (f);
  g_assert_true (rc_state_saver_flush (f->saver, NULL));
  g_assert_cmpuint (rc_state_saver_get_n_writes (f->saver), ==, 0);
  g_assert_cmpint (saved_value (f), ==, -1);
}

/* The value saved at @path, or -1 when there is no file. */
static gint64
value_at (const char *path)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();

  if (!rc_state_file_load (path, file, NULL))
    return -1;
  return g_key_file_get_uint64 (file, "test", "value", NULL);
}

/* An owner about to read another file first writes what is pending to the one it had; about
 * to read the same file again, it forgets what is pending, which the file replaces. */
static void
test_switch_path (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.ini", NULL);

  change (f, 7);
  rc_state_saver_switch_path (f->saver, other);
  g_assert_cmpint (saved_value (f), ==, 7);
  g_assert_cmpint (value_at (other), ==, -1);
  g_assert_false (rc_state_saver_is_pending (f->saver));

  change (f, 8);
  settle (f);
  g_assert_cmpint (value_at (other), ==, 8);
  g_assert_cmpint (saved_value (f), ==, 7);

  change (f, 9);
  rc_state_saver_switch_path (f->saver, other);
  settle (f);
  g_assert_cmpint (value_at (other), ==, 8);
  g_assert_cmpuint (rc_state_saver_get_n_writes (f->saver), ==, 2);
  g_unlink (other);
}

/* An owner that goes closes its saver: what is pending is written at once, and nothing is
 * built after. */
static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  guint filled;

  change (f, 4);
  rc_state_saver_close (g_object_ref (f->saver));
  g_assert_cmpint (saved_value (f), ==, 4);
  filled = f->filled;

  change (f, 5);
  settle (f);
  g_assert_cmpuint (f->filled, ==, filled);
  g_assert_cmpint (saved_value (f), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/state-file/burst", Fixture, NULL, setup, test_burst, teardown);
  g_test_add ("/state-file/during-write", Fixture, NULL, setup, test_during_write, teardown);
  g_test_add ("/state-file/flush", Fixture, NULL, setup, test_flush, teardown);
  g_test_add ("/state-file/flush-overtakes", Fixture, NULL, setup, test_flush_overtakes,
              teardown);
  g_test_add ("/state-file/failure-retried", Fixture, NULL, setup, test_failure_retried,
              teardown);
  g_test_add ("/state-file/discard", Fixture, NULL, setup, test_discard, teardown);
  g_test_add ("/state-file/no-path", Fixture, NULL, setup, test_no_path, teardown);
  g_test_add ("/state-file/switch-path", Fixture, NULL, setup, test_switch_path, teardown);
  g_test_add ("/state-file/close", Fixture, NULL, setup, test_close, teardown);

  return g_test_run ();
}
