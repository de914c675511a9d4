/* rc-illustration.c — a drawing that stays sharp at any size and follows the style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkPicture would turn an SVG into pixels once, at its own size, and blur it
 * when scaled. This paintable draws the SVG with librsvg each time it is
 * snapshot, at the size and scale it is shown. The drawings name their
 * colours by role (.line, .paper, .good …); a style sheet per style (light,
 * dark, high contrast) says what each role looks like.
 *
 * librsvg is opened the first time a drawing is loaded, not linked (see
 * rc-library.c): only the method pages show drawings.
 */

#define G_LOG_DOMAIN "radio-code"

#include "config.h"

#include <adwaita.h>
#include <librsvg/rsvg.h>

#include "rc-error.h"
#include "rc-illustration.h"
#include "rc-library.h"

#define ILLUSTRATIONS RESOURCE_PATH "/illustrations/"

struct _RcIllustration
{
  GObject              parent_instance;

  char                *name;
  RsvgHandle          *handle;
  RcIllustrationStyle  style;
  double               width;
  double               height;
};

/* The librsvg calls this file makes, with the types rsvg.h gives them (checked below without
 * referring to the functions themselves, which would link librsvg). */
typedef RsvgHandle *(*RsvgNewFromData) (const guint8 *data, gsize data_len, GError **error);
typedef void (*RsvgGetIntrinsicDimensions) (RsvgHandle *handle, gboolean *has_width,
                                            RsvgLength *width, gboolean *has_height,
                                            RsvgLength *height, gboolean *has_viewbox,
                                            RsvgRectangle *viewbox);
typedef gboolean (*RsvgSetStylesheet) (RsvgHandle *handle, const guint8 *css, gsize css_len,
                                       GError **error);
typedef gboolean (*RsvgRenderDocument) (RsvgHandle *handle, cairo_t *cr,
                                        const RsvgRectangle *viewport, GError **error);

RC_LIBRARY_CHECK_TYPE (rsvg_handle_new_from_data, RsvgNewFromData);
RC_LIBRARY_CHECK_TYPE (rsvg_handle_get_intrinsic_dimensions, RsvgGetIntrinsicDimensions);
RC_LIBRARY_CHECK_TYPE (rsvg_handle_set_stylesheet, RsvgSetStylesheet);
RC_LIBRARY_CHECK_TYPE (rsvg_handle_render_document, RsvgRenderDocument);

static struct
{
  RsvgNewFromData            new_from_data;
  RsvgGetIntrinsicDimensions get_intrinsic_dimensions;
  RsvgSetStylesheet          set_stylesheet;
  RsvgRenderDocument         render_document;
} rsvg;

static const RcLibrarySymbol rsvg_symbols[] = {
  { "rsvg_handle_new_from_data", (gpointer *) &rsvg.new_from_data },
  { "rsvg_handle_get_intrinsic_dimensions", (gpointer *) &rsvg.get_intrinsic_dimensions },
  { "rsvg_handle_set_stylesheet", (gpointer *) &rsvg.set_stylesheet },
  { "rsvg_handle_render_document", (gpointer *) &rsvg.render_document },
  { NULL, NULL },
};

static RcLibrary librsvg = { RSVG_LIBRARY, rsvg_symbols, 0, NULL };

static void paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcIllustration, rc_illustration, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, paintable_iface_init))

static const char *style_sheets[] = {
  [RC_ILLUSTRATION_LIGHT] = "light.css",
  [RC_ILLUSTRATION_DARK] = "dark.css",
  [RC_ILLUSTRATION_HIGH_CONTRAST] = "high-contrast.css",
  [RC_ILLUSTRATION_HIGH_CONTRAST_DARK] = "high-contrast-dark.css",
};

static GBytes *
lookup (const char  *file,
        GError     **error)
{
  g_autofree char *path = g_strconcat (ILLUSTRATIONS, file, NULL);

  return g_resources_lookup_data (path, 0, error);
}

static void
apply_style (RcIllustration *self)
{
  g_autoptr(GBytes) common = lookup ("common.css", NULL);
  g_autoptr(GBytes) colours = lookup (style_sheets[self->style], NULL);
  g_autoptr(GString) css = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  /* Both sheets are built in; they are missing only from a broken build. */
  g_return_if_fail (common != NULL && colours != NULL);

  g_string_append_len (css, g_bytes_get_data (common, NULL), g_bytes_get_size (common));
  g_string_append_len (css, g_bytes_get_data (colours, NULL), g_bytes_get_size (colours));
  if (!rsvg.set_stylesheet (self->handle, (const guint8 *) css->str, css->len, &error))
    g_critical ("Illustration style sheet: %s", error->message);
}

static void
style_changed_cb (RcIllustration  *self,
                  GParamSpec      *pspec,
                  AdwStyleManager *manager)
{
  gboolean dark = adw_style_manager_get_dark (manager);

  if (adw_style_manager_get_high_contrast (manager))
    rc_illustration_set_style (self, dark ? RC_ILLUSTRATION_HIGH_CONTRAST_DARK
                                          : RC_ILLUSTRATION_HIGH_CONTRAST);
  else
    rc_illustration_set_style (self, dark ? RC_ILLUSTRATION_DARK : RC_ILLUSTRATION_LIGHT);
}

static void
rc_illustration_snapshot (GdkPaintable *paintable,
                          GdkSnapshot  *snapshot,
                          double        width,
                          double        height)
{
  RcIllustration *self = RC_ILLUSTRATION (paintable);
  cairo_t *cr;

  /* A cairo node is drawn at the scale of the surface it lands on: sharp at 2×. */
  cr = gtk_snapshot_append_cairo (GTK_SNAPSHOT (snapshot), &GRAPHENE_RECT_INIT (0, 0, width, height));
  rc_illustration_draw (self, cr, width, height);
  cairo_destroy (cr);
}

static int
rc_illustration_get_intrinsic_width (GdkPaintable *paintable)
{
  return RC_ILLUSTRATION (paintable)->width;
}

static int
rc_illustration_get_intrinsic_height (GdkPaintable *paintable)
{
  return RC_ILLUSTRATION (paintable)->height;
}

static double
rc_illustration_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  RcIllustration *self = RC_ILLUSTRATION (paintable);

  return self->height > 0 ? self->width / self->height : 0;
}

static void
paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = rc_illustration_snapshot;
  iface->get_intrinsic_width = rc_illustration_get_intrinsic_width;
  iface->get_intrinsic_height = rc_illustration_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = rc_illustration_get_intrinsic_aspect_ratio;
}

static void
rc_illustration_dispose (GObject *object)
{
  RcIllustration *self = RC_ILLUSTRATION (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->handle);

  G_OBJECT_CLASS (rc_illustration_parent_class)->dispose (object);
}

static void
rc_illustration_finalize (GObject *object)
{
  g_free (RC_ILLUSTRATION (object)->name);

  G_OBJECT_CLASS (rc_illustration_parent_class)->finalize (object);
}

static void
rc_illustration_class_init (RcIllustrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_illustration_dispose;
  object_class->finalize = rc_illustration_finalize;
}

static void
rc_illustration_init (RcIllustration *self)
{
}

/**
 * rc_illustration_new:
 * @name: the drawing's name, without .svg
 *
 * Loads a drawing from the app's resources, in the light style.
 */
RcIllustration *
rc_illustration_new (const char  *name,
                     GError     **error)
{
  g_autoptr(RcIllustration) self = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean has_width, has_height;
  RsvgLength width, height;

  g_return_val_if_fail (name != NULL, NULL);

  file = g_strconcat (name, ".svg", NULL);
  if (!(bytes = lookup (file, error)) || !rc_library_open (&librsvg, error))
    return NULL;

  self = g_object_new (RC_TYPE_ILLUSTRATION, NULL);
  self->name = g_strdup (name);
  self->handle = rsvg.new_from_data (g_bytes_get_data (bytes, NULL),
                                            g_bytes_get_size (bytes), error);
  if (self->handle == NULL)
    return NULL;

  rsvg.get_intrinsic_dimensions (self->handle, &has_width, &width, &has_height, &height,
                                 NULL, NULL);
  if (!has_width || !has_height || width.unit != RSVG_UNIT_PX || height.unit != RSVG_UNIT_PX)
    {
      g_set_error (error, RC_ERROR, RC_ERROR_BAD_ILLUSTRATION,
                   "%s: the drawing needs a width and height in pixels", file);
      return NULL;
    }
  self->width = width.length;
  self->height = height.length;
  apply_style (self);
  return g_steal_pointer (&self);
}

const char *
rc_illustration_get_name (RcIllustration *self)
{
  g_return_val_if_fail (RC_IS_ILLUSTRATION (self), NULL);

  return self->name;
}

void
rc_illustration_set_style (RcIllustration      *self,
                           RcIllustrationStyle  style)
{
  g_return_if_fail (RC_IS_ILLUSTRATION (self));
  g_return_if_fail (style < G_N_ELEMENTS (style_sheets));

  if (self->style == style)
    return;

  self->style = style;
  apply_style (self);
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));
}

/* Keeps the drawing in the app's light, dark or high-contrast style as it changes. */
void
rc_illustration_follow_style_manager (RcIllustration *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  g_return_if_fail (RC_IS_ILLUSTRATION (self));

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  style_changed_cb (self, NULL, manager);
}

/* Draws the whole drawing into @width × @height on @cr, keeping its proportions. */
gboolean
rc_illustration_draw (RcIllustration *self,
                      cairo_t        *cr,
                      double          width,
                      double          height)
{
  g_autoptr(GError) error = NULL;
  RsvgRectangle viewport = { 0, 0, width, height };

  g_return_val_if_fail (RC_IS_ILLUSTRATION (self), FALSE);

  if (!rsvg.render_document (self->handle, cr, &viewport, &error))
    {
      g_warning ("Drawing %s: %s", self->name, error->message);
      return FALSE;
    }
  return TRUE;
}
