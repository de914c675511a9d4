/* test-illustration.c — every drawing loads, and renders sharp at 1× and 2× in every style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Set RADIO_CODE_DUMP_DIR to a folder to keep each rendering as a PNG.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rc-catalog.h"
#include "rc-illustration.h"
#include "rc-test-utils.h"

static RcCatalog *catalog;

/* Counts pixels that are not transparent. */
static guint
count_inked (cairo_surface_t *surface)
{
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint inked = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      inked += ((const guint32 *) (gconstpointer) (data + y * stride))[x] >> 24 != 0;
  return inked;
}

static cairo_surface_t *
render (RcIllustration      *illustration,
        RcIllustrationStyle  style,
        int                  scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 480 * scale,
                                                         320 * scale);
  cairo_t *cr = cairo_create (surface);

  rc_illustration_set_style (illustration, style);
  cairo_scale (cr, scale, scale);
  g_assert_true (rc_illustration_draw (illustration, cr, 480, 320));
  cairo_destroy (cr);
  return surface;
}

static void
test_renders (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcIllustration) illustration = rc_illustration_new (name, &error);
  const char *dump = g_getenv ("RADIO_CODE_DUMP_DIR");

  g_assert_no_error (error);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (illustration)), ==, 480);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (illustration)), ==, 320);

  for (RcIllustrationStyle style = RC_ILLUSTRATION_LIGHT;
       style <= RC_ILLUSTRATION_HIGH_CONTRAST_DARK; style++)
    {
      cairo_surface_t *one = render (illustration, style, 1);
      cairo_surface_t *two = render (illustration, style, 2);
      guint inked_one = count_inked (one), inked_two = count_inked (two);

      /* A real drawing covers a good part of its canvas... */
      g_assert_cmpuint (inked_one, >, 480 * 320 / 10);
      /* ...and at 2× it is drawn anew at four times the pixels, not blown up. */
      g_assert_cmpfloat (fabs ((double) inked_two / (4.0 * inked_one) - 1.0), <, 0.05);

      if (dump != NULL)
        {
          g_autofree char *file = g_strdup_printf ("%s/%s-%d.png", dump, name, style);

          cairo_surface_write_to_png (two, file);
        }
      cairo_surface_destroy (one);
      cairo_surface_destroy (two);
    }
}

static void
test_librsvg_on_first_use (void)
{
  g_autoptr(RcIllustration) illustration = NULL;

  /* Runs first: nothing has drawn yet, and librsvg is not linked, so not loaded at start... */
  g_assert_false (rc_test_is_loaded (RSVG_LIBRARY));
  illustration = rc_illustration_new ("presets", NULL);
  g_assert_nonnull (illustration);
  /* ...but opened by the first drawing. */
  g_assert_true (rc_test_is_loaded (RSVG_LIBRARY));
}

static void
test_styles_differ (void)
{
  g_autoptr(RcIllustration) illustration = rc_illustration_new ("presets", NULL);
  cairo_surface_t *light = render (illustration, RC_ILLUSTRATION_LIGHT, 1);
  cairo_surface_t *dark = render (illustration, RC_ILLUSTRATION_DARK, 1);

  /* The style sheets really reach the drawing. */
  g_assert_false (memcmp (cairo_image_surface_get_data (light), cairo_image_surface_get_data (dark),
                          cairo_image_surface_get_stride (light) * 320) == 0);
  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static void
test_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcIllustration) illustration = rc_illustration_new ("no-such-drawing", &error);

  g_assert_null (illustration);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

static void
test_every_figure_exists (void)
{
  GListModel *methods = rc_catalog_get_methods (catalog);

  /* Every drawing a method shows is in the resources, with a text alternative. */
  g_assert_cmpuint (g_list_model_get_n_items (methods), >=, 4);
  for (guint i = 0; i < g_list_model_get_n_items (methods); i++)
    {
      g_autoptr(RcMethod) method = g_list_model_get_item (methods, i);
      GPtrArray *figures = rc_method_get_figures (method);

      for (guint j = 0; j < figures->len; j++)
        {
          RcFigure *figure = g_ptr_array_index (figures, j);
          g_autoptr(GError) error = NULL;
          g_autoptr(RcIllustration) illustration = rc_illustration_new (figure->illustration, &error);

          g_assert_no_error (error);
          g_assert_nonnull (illustration);
          g_assert_cmpuint (strlen (figure->alt), >, 20);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) names = NULL;
  rc_test_init (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/illustration/librsvg-on-first-use", test_librsvg_on_first_use);
  names = g_resources_enumerate_children (RESOURCE_PATH "/illustrations", 0, NULL);
  g_assert_nonnull (names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_suffix (names[i], ".svg"))
        continue;
      names[i][strlen (names[i]) - 4] = '\0';
      path = g_strdup_printf ("/illustration/renders/%s", names[i]);
      g_test_add_data_func (path, names[i], test_renders);
    }
  g_test_add_func ("/illustration/styles-differ", test_styles_differ);
  g_test_add_func ("/illustration/missing", test_missing);
  g_test_add_func ("/illustration/every-figure-exists", test_every_figure_exists);

  return rc_test_run_and_drop (catalog);
}
