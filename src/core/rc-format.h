/* rc-format.h — a fixed-position serial format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RcFormat RcFormat;

RcFormat   *rc_format_new                (const char      *pattern,
                                          const char      *example,
                                          GError         **error);
void        rc_format_free               (RcFormat        *self);
const char *rc_format_get_pattern        (const RcFormat  *self);
const char *rc_format_get_example        (const RcFormat  *self);
const char *rc_format_get_description    (const RcFormat  *self);
void        rc_format_set_description    (RcFormat        *self,
                                          const char      *description);
guint       rc_format_get_min_length     (const RcFormat  *self);
guint       rc_format_get_max_length     (const RcFormat  *self);
guint64     rc_format_get_mask           (const RcFormat  *self,
                                          guint            index);
guint       rc_format_first_mismatch     (const RcFormat  *self,
                                          const gunichar  *chars,
                                          guint            n_chars);
gboolean    rc_format_matches            (const RcFormat  *self,
                                          const gunichar  *chars,
                                          guint            n_chars);
gboolean    rc_format_matches_start      (const RcFormat  *self,
                                          const gunichar  *chars,
                                          guint            n_chars);
char       *rc_format_describe_mask      (guint64          mask);

guint64     rc_format_char_bit           (gunichar         c);

#define RC_FORMAT_DIGITS  ((guint64) 0x3ff)
#define RC_FORMAT_LETTERS (((guint64) 0x3ffffff) << 10)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcFormat, rc_format_free)

G_END_DECLS
