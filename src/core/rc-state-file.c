/* rc-state-file.c — small key files that outlive the app, written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A state file is replaced by renaming a complete new one over it
 * (g_file_set_contents), so a crash or a kill at any moment leaves either the
 * old file or the new one, never half of each. A file that cannot be
 * understood is moved aside, never deleted and never over an earlier one.
 *
 * An RcStateSaver keeps such a file in step with an object that changes
 * often, without the change waiting for the disk: the file is built on the
 * main thread when the burst of changes is over, and written and flushed to
 * disk (fsync) on a worker thread. Changes made while a write is under way
 * make one more write after it, never one each. A write that fails is tried
 * again a while later; rc_state_saver_flush() writes what is pending at once,
 * for shutdown.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "rc-state-file.h"

/* Failed saves are tried again this often, unless a change comes first. */
#define RETRY_INTERVAL_MS 30000

struct _RcStateSaver
{
  GObject               parent_instance;

  RcStateSaverFillFunc  fill;
  RcStateSaverDoneFunc  done;
  gpointer              user_data;
  char                 *path;
  guint                 delay_ms;
  guint                 retry_ms;

  guint                 pending_id;   /* the write after a burst of changes */
  guint                 retry_id;     /* the write after one that failed */
  gboolean              dirty;        /* changed since the file was last built */
  guint                 in_flight;    /* writes handed to a worker thread */
  guint64               built;        /* generation of the last file built */
  guint64               reported;     /* generation of the last outcome told */
  guint                 n_writes;
  struct Disk          *disk;
};

/* What the saver's writes share with the worker threads, which may hold it a little longer. */
typedef struct Disk
{
  GMutex   lock;      /* held by whoever writes the file; guards started */
  guint64  started;   /* generation of the last write started */
} Disk;

G_DEFINE_FINAL_TYPE (RcStateSaver, rc_state_saver, G_TYPE_OBJECT)

typedef struct
{
  Disk    *disk;
  char    *path;
  char    *data;
  gsize    length;
  guint64  generation;
  gboolean written;    /* FALSE when a newer write overtook this one */
} Write;

static gboolean write_data (const char  *path,
                            const char  *data,
                            gsize        length,
                            GError     **error);

/* Writes @file to @path atomically, making the folder if needed. */
gboolean
rc_state_file_save (const char  *path,
                    GKeyFile    *file,
                    GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  data = g_key_file_to_data (file, &length, NULL);
  return write_data (path, data, length, error);
}

static gboolean
write_data (const char  *path,
            const char  *data,
            gsize        length,
            GError     **error)
{
  g_autofree char *dir = NULL;

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "%s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/**
 * rc_state_file_set_aside:
 *
 * Moves a file that cannot be understood out of the way: PATH.corrupt, then
 * PATH.corrupt.2, PATH.corrupt.3 and so on.
 *
 * Returns: (transfer full) (nullable): the new name, or %NULL if it could not be moved
 */
char *
rc_state_file_set_aside (const char *path)
{
  g_autofree char *aside = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  aside = g_strconcat (path, ".corrupt", NULL);
  for (guint n = 2; g_file_test (aside, G_FILE_TEST_EXISTS) && n < 1000; n++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.corrupt.%u", path, n);
    }
  if (g_rename (path, aside) != 0)
    return NULL;
  return g_steal_pointer (&aside);
}

/**
 * rc_state_file_clean:
 *
 * Removes what saves that were cut short left behind: g_file_set_contents()
 * writes PATH plus a dot and six random characters, then renames that over
 * PATH, so a kill between the two leaves it. Files set aside as damaged are
 * kept.
 *
 * Returns: how many were removed
 */
guint
rc_state_file_clean (const char *path)
{
  g_autofree char *dir_name = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (path != NULL, 0);

  dir_name = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  prefix = g_strconcat (base, ".", NULL);
  if ((dir = g_dir_open (dir_name, 0, NULL)) == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = NULL;
      const char *tail;

      if (!g_str_has_prefix (name, prefix))
        continue;
      tail = name + strlen (prefix);
      /* Exactly the six random characters g_mkstemp() adds. */
      if (strlen (tail) != 6 || g_str_has_prefix (tail, "corrup"))
        continue;
      child = g_build_filename (dir_name, name, NULL);
      if (g_unlink (child) == 0)
        removed++;
    }
  return removed;
}

/**
 * rc_state_file_load:
 *
 * Reads @path into @file. Something other than a regular file in its place
 * fails with a #G_FILE_ERROR (it is unreadable, not damaged), as does a file
 * that cannot be read; one larger than %RC_STATE_FILE_MAX_SIZE or that is no
 * key file fails with a #G_KEY_FILE_ERROR (it is damaged).
 */
gboolean
rc_state_file_load (const char  *path,
                    GKeyFile    *file,
                    GError     **error)
{
  GStatBuf info;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  if (g_stat (path, &info) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (info.st_mode))
    {
      /* Translators: why a saved file could not be read, shown inside another message's
       * brackets: something else (a folder, say) stands where the file should be */
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, _("not a file"));
      return FALSE;
    }
  if (info.st_size > RC_STATE_FILE_MAX_SIZE)
    {
      /* Translators: why a saved file could not be read, shown inside another message's
       * brackets: it is far larger than any the app writes */
      g_set_error_literal (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE, _("far too large"));
      return FALSE;
    }
  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, error))
    {
      /* GKeyFile quotes the damaged line as it is; the message is shown, so it must be text. */
      if (error != NULL && !g_utf8_validate ((*error)->message, -1, NULL))
        {
          char *valid = g_utf8_make_valid ((*error)->message, -1);

          g_free ((*error)->message);
          (*error)->message = valid;
        }
      return FALSE;
    }
  return TRUE;
}

static void
disk_clear (gpointer data)
{
  g_mutex_clear (&((Disk *) data)->lock);
}

static void
write_free (gpointer data)
{
  Write *write = data;

  g_atomic_rc_box_release_full (write->disk, disk_clear);
  g_free (write->path);
  g_free (write->data);
  g_free (write);
}

/* Writes @write unless a newer one already started (rc_state_saver_flush() may overtake). */
static gboolean
write_locked (Write   *write,
              GError **error)
{
  Disk *disk = write->disk;
  gboolean saved = TRUE;

  g_mutex_lock (&disk->lock);
  if (write->generation > disk->started)
    {
      disk->started = write->generation;
      write->written = TRUE;
      saved = write_data (write->path, write->data, write->length, error);
    }
  g_mutex_unlock (&disk->lock);
  return saved;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_locked (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The file as it is now, or %NULL when there is nothing to write. */
static Write *
build (RcStateSaver *self)
{
  g_autoptr(GKeyFile) file = NULL;
  Write *write;

  self->dirty = FALSE;
  if (self->path == NULL || self->fill == NULL ||
      (file = self->fill (self->user_data)) == NULL)
    return NULL;

  write = g_new0 (Write, 1);
  write->disk = g_atomic_rc_box_acquire (self->disk);
  write->path = g_strdup (self->path);
  write->data = g_key_file_to_data (file, &write->length, NULL);
  write->generation = ++self->built;
  return write;
}

static gboolean retry_cb (gpointer user_data);
static void start_write (RcStateSaver *self);

/* Tells the owner how the write of @generation ended, unless a newer outcome was told. */
static void
report (RcStateSaver *self,
        guint64       generation,
        const GError *error)
{
  if (generation <= self->reported)
    return;
  self->reported = generation;
  if (error != NULL)
    {
      /* Nothing is dropped: the state is still in memory, and written again later. */
      self->dirty = TRUE;
      if (self->retry_id == 0 && self->fill != NULL)
        self->retry_id = g_timeout_add (self->retry_ms, retry_cb, self);
    }
  if (self->done != NULL)
    self->done (self->user_data, error);
}

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  /* The task holds no saver: a worker thread may let go of the task after this has run, and
   * the saver's last reference is dropped here, on the main thread. */
  g_autoptr(RcStateSaver) self = user_data;
  Write *write = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->in_flight--;
  g_task_propagate_boolean (G_TASK (result), &error);
  if (write->written)
    {
      if (error == NULL)
        self->n_writes++;
      report (self, write->generation, error);
    }

  /* What changed while this was being written goes in one more write. */
  if (self->dirty && self->in_flight == 0 && self->pending_id == 0 && self->retry_id == 0)
    start_write (self);
}

/* The writes' GTask source tag: ISO C keeps a function pointer out of a gpointer. */
static const char write_tag;

static void
start_write (RcStateSaver *self)
{
  g_autoptr(GTask) task = NULL;
  Write *write = build (self);

  if (write == NULL)
    return;
  task = g_task_new (NULL, NULL, write_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, (gpointer) &write_tag);
  g_task_set_task_data (task, write, write_free);
  self->in_flight++;
  g_task_run_in_thread (task, write_thread);
}

static gboolean
pending_cb (gpointer user_data)
{
  RcStateSaver *self = user_data;

  self->pending_id = 0;
  /* A write under way takes the changes with it when it ends. */
  if (self->in_flight == 0)
    start_write (self);
  return G_SOURCE_REMOVE;
}

static gboolean
retry_cb (gpointer user_data)
{
  RcStateSaver *self = user_data;

  self->retry_id = 0;
  if (self->in_flight == 0)
    start_write (self);
  return G_SOURCE_REMOVE;
}

static void
rc_state_saver_dispose (GObject *object)
{
  RcStateSaver *self = RC_STATE_SAVER (object);

  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);

  G_OBJECT_CLASS (rc_state_saver_parent_class)->dispose (object);
}

static void
rc_state_saver_finalize (GObject *object)
{
  RcStateSaver *self = RC_STATE_SAVER (object);

  g_free (self->path);
  g_atomic_rc_box_release_full (self->disk, disk_clear);

  G_OBJECT_CLASS (rc_state_saver_parent_class)->finalize (object);
}

static void
rc_state_saver_class_init (RcStateSaverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_state_saver_dispose;
  object_class->finalize = rc_state_saver_finalize;
}

static void
rc_state_saver_init (RcStateSaver *self)
{
  self->disk = g_atomic_rc_box_new0 (Disk);
  g_mutex_init (&self->disk->lock);
  self->retry_ms = RETRY_INTERVAL_MS;
}

/**
 * rc_state_saver_new:
 * @fill: builds the file to write, called on the main thread when a write starts
 * @done: told how each write ended (only the latest outcome), on the main thread
 *
 * Returns: (transfer full): a saver with no path yet: it writes nothing until it has one
 */
RcStateSaver *
rc_state_saver_new (RcStateSaverFillFunc fill,
                    RcStateSaverDoneFunc done,
                    gpointer             user_data)
{
  RcStateSaver *self;

  g_return_val_if_fail (fill != NULL, NULL);

  self = g_object_new (RC_TYPE_STATE_SAVER, NULL);
  self->fill = fill;
  self->done = done;
  self->user_data = user_data;
  return self;
}

/* Where the file goes from the next write on; %NULL for nowhere. */
void
rc_state_saver_set_path (RcStateSaver *self,
                         const char   *path)
{
  g_return_if_fail (RC_IS_STATE_SAVER (self));

  g_free (self->path);
  self->path = g_strdup (path);
}

/* How long a burst of changes may last before it is written: 0 writes once the main loop is idle. */
void
rc_state_saver_set_delay (RcStateSaver *self,
                          guint         delay_ms)
{
  g_return_if_fail (RC_IS_STATE_SAVER (self));

  self->delay_ms = delay_ms;
}

/* How long after a failed write the next one is tried (30 s unless a test says otherwise). */
void
rc_state_saver_set_retry_interval (RcStateSaver *self,
                                   guint         interval_ms)
{
  g_return_if_fail (RC_IS_STATE_SAVER (self));

  self->retry_ms = interval_ms;
}

/**
 * rc_state_saver_queue:
 *
 * The state changed: it is written once the changes of the moment are over,
 * on a worker thread. Returns at once.
 */
void
rc_state_saver_queue (RcStateSaver *self)
{
  g_return_if_fail (RC_IS_STATE_SAVER (self));

  self->dirty = TRUE;
  /* A change is a better moment to try again than the retry timer. */
  g_clear_handle_id (&self->retry_id, g_source_remove);
  if (self->pending_id != 0)
    return;
  if (self->delay_ms == 0)
    self->pending_id = g_idle_add (pending_cb, self);
  else
    self->pending_id = g_timeout_add (self->delay_ms, pending_cb, self);
}

/**
 * rc_state_saver_flush:
 *
 * Writes what is not yet known to be on disk now, on this thread, and
 * waits for it: for shutdown, and for whoever must know the file holds the
 * latest state. A write still under way on a worker thread is overtaken and
 * does nothing.
 *
 * Returns: %FALSE if the write failed (the owner is told as for any write)
 */
gboolean
rc_state_saver_flush (RcStateSaver  *self,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  Write *write;
  guint64 generation;
  gboolean saved;

  g_return_val_if_fail (RC_IS_STATE_SAVER (self), FALSE);

  if (!self->dirty && self->in_flight == 0)
    return TRUE;
  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  if ((write = build (self)) == NULL)
    return TRUE;

  generation = write->generation;
  saved = write_locked (write, &local_error);
  write_free (write);
  if (saved)
    self->n_writes++;
  report (self, generation, local_error);
  if (!saved)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/**
 * rc_state_saver_discard:
 *
 * Forgets changes not written yet, and keeps a write still waiting for a
 * worker thread from happening: the file is about to be read back, and is
 * what counts. Waits for a write that is under way to end.
 */
void
rc_state_saver_discard (RcStateSaver *self)
{
  g_return_if_fail (RC_IS_STATE_SAVER (self));

  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  self->dirty = FALSE;
  g_mutex_lock (&self->disk->lock);
  self->disk->started = MAX (self->disk->started, self->built);
  g_mutex_unlock (&self->disk->lock);
  self->reported = MAX (self->reported, self->built);
}

/**
 * rc_state_saver_switch_path:
 * @path: the file the owner is about to read, where it is saved from now on
 *
 * What was still to be written goes where it belongs first; for the file the
 * saver already writes, what is read now replaces it.
 */
void
rc_state_saver_switch_path (RcStateSaver *self,
                            const char   *path)
{
  g_return_if_fail (RC_IS_STATE_SAVER (self));

  if (g_strcmp0 (self->path, path) == 0)
    rc_state_saver_discard (self);
  else
    rc_state_saver_flush (self, NULL);
  rc_state_saver_set_path (self, path);
}

/**
 * rc_state_saver_close:
 *
 * The owner goes: what is pending is written now, then the saver is
 * detached and the owner's reference dropped. For g_clear_pointer() in the
 * owner's dispose.
 */
void
rc_state_saver_close (RcStateSaver *self)
{
  g_return_if_fail (RC_IS_STATE_SAVER (self));

  rc_state_saver_flush (self, NULL);
  rc_state_saver_detach (self);
  g_object_unref (self);
}

/* The owner goes: nothing is told or built any more. Call it after a last rc_state_saver_flush(). */
void
rc_state_saver_detach (RcStateSaver *self)
{
  g_return_if_fail (RC_IS_STATE_SAVER (self));

  self->fill = NULL;
  self->done = NULL;
  self->user_data = NULL;
  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);
}

/* Whether a write is due or under way; not when the last one failed and waits to be retried. */
gboolean
rc_state_saver_is_pending (RcStateSaver *self)
{
  g_return_val_if_fail (RC_IS_STATE_SAVER (self), FALSE);

  return self->pending_id != 0 || self->in_flight > 0 || (self->dirty && self->retry_id == 0);
}

/* How many times the file was written whole, for tests. */
guint
rc_state_saver_get_n_writes (RcStateSaver *self)
{
  g_return_val_if_fail (RC_IS_STATE_SAVER (self), 0);

  return self->n_writes;
}
