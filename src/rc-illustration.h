/* rc-illustration.h — a drawing that stays sharp at any size and follows the style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  RC_ILLUSTRATION_LIGHT,
  RC_ILLUSTRATION_DARK,
  RC_ILLUSTRATION_HIGH_CONTRAST,
  RC_ILLUSTRATION_HIGH_CONTRAST_DARK,
} RcIllustrationStyle;

#define RC_TYPE_ILLUSTRATION (rc_illustration_get_type ())

G_DECLARE_FINAL_TYPE (RcIllustration, rc_illustration, RC, ILLUSTRATION, GObject)

RcIllustration *rc_illustration_new       (const char          *name,
                                           GError             **error);
const char     *rc_illustration_get_name  (RcIllustration      *self);
void            rc_illustration_set_style (RcIllustration      *self,
                                           RcIllustrationStyle  style);
void            rc_illustration_follow_style_manager (RcIllustration *self);
gboolean        rc_illustration_draw      (RcIllustration      *self,
                                           cairo_t             *cr,
                                           double               width,
                                           double               height);

G_END_DECLS
