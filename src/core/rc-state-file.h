/* rc-state-file.h — small key files that outlive the app, written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  rc_state_file_save      (const char  *path,
                                   GKeyFile    *file,
                                   GError     **error);
char     *rc_state_file_set_aside (const char  *path);
guint     rc_state_file_clean     (const char  *path);
gboolean  rc_state_file_load      (const char  *path,
                                   GKeyFile    *file,
                                   GError     **error);

/* Far larger than any state file this app writes. */
#define RC_STATE_FILE_MAX_SIZE (1024 * 1024)

/* Builds, on the main thread, the whole file to write now; %NULL when there is nothing to write. */
typedef GKeyFile *(*RcStateSaverFillFunc) (gpointer user_data);
/* How the last write ended, on the main thread: @error is %NULL when it was saved. */
typedef void      (*RcStateSaverDoneFunc) (gpointer      user_data,
                                           const GError *error);

#define RC_TYPE_STATE_SAVER (rc_state_saver_get_type ())

G_DECLARE_FINAL_TYPE (RcStateSaver, rc_state_saver, RC, STATE_SAVER, GObject)

RcStateSaver *rc_state_saver_new                (RcStateSaverFillFunc  fill,
                                                 RcStateSaverDoneFunc  done,
                                                 gpointer              user_data);
void          rc_state_saver_set_path           (RcStateSaver         *self,
                                                 const char           *path);
void          rc_state_saver_set_delay          (RcStateSaver         *self,
                                                 guint                 delay_ms);
void          rc_state_saver_set_retry_interval (RcStateSaver         *self,
                                                 guint                 interval_ms);
void          rc_state_saver_queue              (RcStateSaver         *self);
gboolean      rc_state_saver_flush              (RcStateSaver         *self,
                                                 GError              **error);
void          rc_state_saver_discard            (RcStateSaver         *self);
void          rc_state_saver_switch_path        (RcStateSaver         *self,
                                                 const char           *path);
void          rc_state_saver_close              (RcStateSaver         *self);
void          rc_state_saver_detach             (RcStateSaver         *self);
gboolean      rc_state_saver_is_pending         (RcStateSaver         *self);
guint         rc_state_saver_get_n_writes       (RcStateSaver         *self);

G_END_DECLS
