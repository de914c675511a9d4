/* rc-test-utils.h — helpers shared by the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <libglib-testing/dbus-queue.h>

#include "rc-application.h"
#include "rc-test-core.h"
#include "rc-window.h"

G_BEGIN_DECLS

void       rc_test_init            (int        *argc,
                                    char     ***argv);
void       rc_test_init_gtk        (void);
GtDBusQueue *rc_test_init_with_notifications (int    *argc,
                                              char ***argv);
RcApplication *rc_test_new_application (const char *id);
RcLockout *rc_test_begin_wait      (RcApplication *app,
                                    gint64        *now);
GtkWidget *rc_test_find_descendant (GtkWidget  *widget,
                                    GType       type,
                                    guint       nth);
guint      rc_test_count_descendants (GtkWidget *widget,
                                      GType      type);
GtkWidget *rc_test_find_label      (GtkWidget  *widget,
                                    const char *text);
GtkWidget *rc_test_find_label_prefix (GtkWidget *widget,
                                      const char *prefix);
void       rc_test_wait_idle       (void);
RcWindow  *rc_test_new_window      (RcApplication *app);

G_END_DECLS
