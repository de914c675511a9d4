/* rc-text.h — sentences, lists and times put together the way each language wants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RC_TEXT_LIST_PLAIN,  /* “A, B, C” */
  RC_TEXT_LIST_OR,     /* “A, B or C” */
  RC_TEXT_LIST_SLASH,  /* “A / B / C”: forms of one thing, in a title */
  RC_TEXT_LIST_SOURCES, /* “A (forum); B (manual)”: items that hold commas */
} RcTextList;

typedef enum
{
  RC_TEXT_CLOCK_24H,
  RC_TEXT_CLOCK_12H,
} RcTextClock;

char        *rc_text_join_sentences   (const char          *first,
                                       const char          *second);
char        *rc_text_join_list        (const char * const  *items,
                                       RcTextList           kind);
RcTextClock  rc_text_get_clock        (void);
char        *rc_text_format_time      (GDateTime           *time,
                                       RcTextClock          clock);
char        *rc_text_format_date_time (GDateTime           *time,
                                       RcTextClock          clock);
char        *rc_text_format_countdown (guint                seconds);

G_END_DECLS
