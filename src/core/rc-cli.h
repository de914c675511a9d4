/* rc-cli.h — what the command line prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-catalog.h"

G_BEGIN_DECLS

/* The options that print something and exit, as text. */
typedef struct
{
  char     *check;
  char     *code;
  char     *series;
  char     *find_model;
  char     *reference;
  gboolean  list_series;
  gboolean  status;
  gboolean  wait_timer;
} RcCliOptions;

int   rc_cli_read_options  (GVariantDict *dict,
                            RcCliOptions *options);
gboolean rc_cli_has_command (const RcCliOptions *options);
int   rc_cli_run           (RcCatalog          *catalog,
                            const RcCliOptions *options,
                            const char         *state_dir);
void  rc_cli_options_clear (RcCliOptions *options);

int   rc_cli_check       (RcCatalog  *catalog,
                          const char *serial,
                          const char *series_id);
int   rc_cli_code        (RcCatalog  *catalog,
                          const char *serial,
                          const char *series_id);
int   rc_cli_list_series (RcCatalog  *catalog);
int   rc_cli_find_model  (RcCatalog  *catalog,
                          const char *text);
int   rc_cli_reference   (RcCatalog  *catalog,
                          const char *text);
int   rc_cli_status      (RcCatalog  *catalog,
                          const char *state_dir);
char *rc_cli_printable   (const char *text,
                          gsize       max_chars);
void  rc_cli_setup_printing (void);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RcCliOptions, rc_cli_options_clear)

G_END_DECLS
