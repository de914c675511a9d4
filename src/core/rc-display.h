/* rc-display.h — a word the radio's display shows, and what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-series.h"

G_BEGIN_DECLS

typedef enum
{
  RC_DISPLAY_NEXT_CODE,   /* find and enter the code */
  RC_DISPLAY_NEXT_WAIT,   /* time the lockout */
  RC_DISPLAY_NEXT_NONE,   /* no code helps */
  RC_DISPLAY_NEXT_ASK,    /* ask the owner, with the display's choices */
} RcDisplayNext;

#define RC_TYPE_DISPLAY (rc_display_get_type ())

G_DECLARE_FINAL_TYPE (RcDisplay, rc_display, RC, DISPLAY, GObject)

const char         *rc_display_get_id         (RcDisplay    *self);
const char         *rc_display_get_name       (RcDisplay    *self);
const char * const *rc_display_get_words      (RcDisplay    *self);
const char         *rc_display_get_meaning    (RcDisplay    *self);
const char         *rc_display_get_action     (RcDisplay    *self);
RcDisplayNext       rc_display_get_next       (RcDisplay    *self);
RcConfidence        rc_display_get_confidence (RcDisplay    *self);
GPtrArray          *rc_display_get_sources    (RcDisplay    *self);
guint               rc_display_get_n_choices  (RcDisplay    *self);
const char         *rc_display_get_choice_label (RcDisplay  *self,
                                               guint         index);
RcDisplayNext       rc_display_get_choice_next (RcDisplay   *self,
                                               guint         index);

/* For the catalog reader. */
RcDisplay          *rc_display_new            (const char    *id,
                                               const char    *words,
                                               RcDisplayNext  next,
                                               RcConfidence   confidence);
typedef enum
{
  RC_DISPLAY_TEXT_NAME,
  RC_DISPLAY_TEXT_MEANING,
  RC_DISPLAY_TEXT_ACTION,
} RcDisplayText;

void                rc_display_set_text       (RcDisplay    *self,
                                               RcDisplayText field,
                                               const char   *text);
void                rc_display_add_choice     (RcDisplay    *self,
                                               RcDisplayNext  next,
                                               const char   *label);
gboolean            rc_display_parse_next     (const char   *text,
                                               RcDisplayNext *next);

G_END_DECLS
