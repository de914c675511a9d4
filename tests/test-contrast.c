/* test-contrast.c — every text on screen meets WCAG AA contrast, in the light and dark styles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each section and guide step is drawn into render nodes, as GTK draws the
 * window, and every text node is measured against what was painted under it:
 * its colour with every opacity above it (.dim-label is an opacity), over the
 * colours drawn before it that cover it. Run once as is and once with
 * --high-contrast (libadwaita's ADW_DEBUG_HIGH_CONTRAST) for the high-contrast
 * styles. Normal text needs 4.5:1, large text (18 pt, or 14 pt bold) 3:1.
 *
 * In each of those styles too, the guide's answers, which draw the lines between their rows
 * themselves, must come out pixel for pixel as Adwaita draws a boxed list.
 */

#include "config.h"

#include <math.h>

#include "rc-application.h"
#include "rc-entry-row.h"
#include "rc-guide.h"
#include "rc-test-utils.h"
#include "rc-window.h"

static RcApplication *app;

typedef struct
{
  GdkRGBA         color;   /* as drawn: its alpha times every opacity above it */
  graphene_rect_t bounds;  /* in window coordinates */
} Paint;

typedef struct
{
  GArray    *paints;       /* Paint: colours drawn so far, in order */
  GPtrArray *failures;     /* char *: one line per text below the bar */
  guint      texts;        /* text nodes measured */
} Audit;

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const GdkRGBA *c)
{
  return 0.2126 * channel (c->red) + 0.7152 * channel (c->green) + 0.0722 * channel (c->blue);
}

/* @top drawn with its alpha over the opaque @bottom. */
static GdkRGBA
over (const GdkRGBA *top,
      const GdkRGBA *bottom)
{
  return (GdkRGBA) {
    top->red * top->alpha + bottom->red * (1 - top->alpha),
    top->green * top->alpha + bottom->green * (1 - top->alpha),
    top->blue * top->alpha + bottom->blue * (1 - top->alpha),
    1,
  };
}

static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* What lies under the middle of @bounds: every colour drawn there so far, in order. */
static GdkRGBA
background_at (Audit                 *audit,
               const graphene_rect_t *bounds)
{
  GdkRGBA under = { 0, 0, 0, 1 };
  graphene_point_t middle;
  gboolean painted = FALSE;

  graphene_rect_get_center (bounds, &middle);
  for (guint i = 0; i < audit->paints->len; i++)
    {
      Paint *paint = &g_array_index (audit->paints, Paint, i);

      if (graphene_rect_contains_point (&paint->bounds, &middle))
        {
          under = over (&paint->color, &under);
          painted = TRUE;
        }
    }
  /* Nothing drawn under a text would be a hole in the window. */
  if (!painted)
    g_error ("nothing drawn under %.0f,%.0f %.0fx%.0f", bounds->origin.x, bounds->origin.y,
             bounds->size.width, bounds->size.height);
  return under;
}

static void
measure_text (Audit                 *audit,
              GskRenderNode         *node,
              GskTransform          *transform,
              const graphene_rect_t *clip,
              double                 opacity,
              const char            *where)
{
  GdkRGBA color = *gsk_text_node_get_color (node);
  g_autoptr(PangoFontDescription) font = pango_font_describe (gsk_text_node_get_font (node));
  graphene_rect_t bounds;
  GdkRGBA background, text;
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  gboolean bold = pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD;
  gboolean large;
  double ratio, needed;

  /* An absolute size is in device units (pixels at 96 dpi); points are 4/3 of a pixel. */
  if (pango_font_description_get_size_is_absolute (font))
    size = size * 72 / 96;
  large = size >= 18 || (size >= 14 && bold);
  needed = large ? 3.0 : 4.5;

  gsk_render_node_get_bounds (node, &bounds);
  gsk_transform_transform_bounds (transform, &bounds, &bounds);
  /* Text scrolled or slid out of sight is not read; text half in sight is. */
  if (!graphene_rect_intersection (&bounds, clip, &bounds))
    return;
  background = background_at (audit, &bounds);
  color.alpha *= opacity;
  text = over (&color, &background);
  ratio = contrast (&text, &background);
  audit->texts++;
  if (ratio < needed)
    g_ptr_array_add (audit->failures,
                     g_strdup_printf ("%.1f:1 (needs %.1f:1) for %.0f pt%s text at %.0f,%.0f "
                                      "in %s: #%02x%02x%02x on #%02x%02x%02x", ratio, needed, size, bold ? " bold" : "",
                                      bounds.origin.x, bounds.origin.y, where,
                                      (int) (text.red * 255), (int) (text.green * 255),
                                      (int) (text.blue * 255), (int) (background.red * 255),
                                      (int) (background.green * 255),
                                      (int) (background.blue * 255)));
}

/* Walks the nodes in the order they are drawn, keeping the transform and the
 * opacity each is drawn with. @where names the innermost widget (from GTK's
 * snapshot debug nodes), for the message. */
static void
walk (Audit                 *audit,
      GskRenderNode         *node,
      GskTransform          *transform,
      const graphene_rect_t *clip,
      double                 opacity,
      const char            *where)
{
  graphene_rect_t inner_clip;

  switch ((int) gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        walk (audit, gsk_container_node_get_child (node, i), transform, clip, opacity, where);
      break;
    case GSK_TRANSFORM_NODE:
      {
        g_autoptr(GskTransform) inner = gsk_transform_transform (gsk_transform_ref (transform),
                                                                 gsk_transform_node_get_transform (node));

        walk (audit, gsk_transform_node_get_child (node), inner, clip, opacity, where);
      }
      break;
    case GSK_OPACITY_NODE:
      walk (audit, gsk_opacity_node_get_child (node), transform, clip,
            opacity * gsk_opacity_node_get_opacity (node), where);
      break;
    case GSK_DEBUG_NODE:
      walk (audit, gsk_debug_node_get_child (node), transform, clip, opacity,
            gsk_debug_node_get_message (node));
      break;
    case GSK_CLIP_NODE:
    case GSK_ROUNDED_CLIP_NODE:
      /* A rounded clip is taken as its box: its corners hold no text. */
      gsk_transform_transform_bounds (transform,
                                      gsk_render_node_get_node_type (node) == GSK_CLIP_NODE
                                        ? gsk_clip_node_get_clip (node)
                                        : &gsk_rounded_clip_node_get_clip (node)->bounds,
                                      &inner_clip);
      if (graphene_rect_intersection (&inner_clip, clip, &inner_clip))
        walk (audit, gsk_render_node_get_node_type (node) == GSK_CLIP_NODE
                       ? gsk_clip_node_get_child (node)
                       : gsk_rounded_clip_node_get_child (node),
              transform, &inner_clip, opacity, where);
      break;
    case GSK_CROSS_FADE_NODE:
      walk (audit, gsk_cross_fade_node_get_start_child (node), transform, clip,
            opacity * (1 - gsk_cross_fade_node_get_progress (node)), where);
      walk (audit, gsk_cross_fade_node_get_end_child (node), transform, clip,
            opacity * gsk_cross_fade_node_get_progress (node), where);
      break;
    case GSK_SHADOW_NODE:
      walk (audit, gsk_shadow_node_get_child (node), transform, clip, opacity, where);
      break;
    case GSK_COLOR_MATRIX_NODE:
      walk (audit, gsk_color_matrix_node_get_child (node), transform, clip, opacity, where);
      break;
    case GSK_COLOR_NODE:
      {
        Paint paint = { *gsk_color_node_get_color (node) };

        paint.color.alpha *= opacity;
        gsk_render_node_get_bounds (node, &paint.bounds);
        gsk_transform_transform_bounds (transform, &paint.bounds, &paint.bounds);
        if (graphene_rect_intersection (&paint.bounds, clip, &paint.bounds))
          g_array_append_val (audit->paints, paint);
      }
      break;
    case GSK_TEXT_NODE:
      measure_text (audit, node, transform, clip, opacity, where);
      break;
    default:
      /* Borders, shadows, icons and pictures carry no text and lie under none. */
      break;
    }
}

/* Draws @widget as the window would and measures every text in it. */
static void
audit_widget (GtkWidget  *widget,
              const char *place,
              GPtrArray  *failures,
              guint      *texts)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskTransform) identity = NULL;
  Audit audit = { g_array_new (FALSE, FALSE, sizeof (Paint)), g_ptr_array_new_with_free_func (g_free) };

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  walk (&audit, node, identity,
        &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget)),
        1.0, "the window");
  for (guint i = 0; i < audit.failures->len; i++)
    g_ptr_array_add (failures, g_strdup_printf ("%s: %s", place, (char *) audit.failures->pdata[i]));
  *texts += audit.texts;
  g_array_unref (audit.paints);
  g_ptr_array_unref (audit.failures);
}

static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (RC_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Every section, and every guide step with a radio picked (the steps show most then). */
static void
audit_places (GPtrArray *failures,
              guint     *texts)
{
  static const char *steps[] = { "display", "radio", "find", "serial", "code", "enter", "wait" };
  static const char *sections[] = { "serial", "find", "wait", "reference", "models" };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (steps) + G_N_ELEMENTS (sections); i++)
    {
      gboolean step = i < G_N_ELEMENTS (steps);
      const char *name = step ? steps[i] : sections[i - G_N_ELEMENTS (steps)];
      g_autofree char *place = g_strdup_printf ("%s %s", step ? "guide step" : "section", name);
      RcWindow *window;

      g_settings_set_string (settings, "guide-step", step ? name : "display");
      window = rc_test_new_window (app);
      gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);
      gtk_window_present (GTK_WINDOW (window));
      if (!step)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", name);
      if (step && g_str_equal (name, "enter"))
        {
          /* A code that reads differently upside down shows the warning. */
          GtkWidget *code = find_entry_row (GTK_WIDGET (window), "The four-digit code");

          g_assert_nonnull (code);
          gtk_editable_set_text (GTK_EDITABLE (code), "1609");
        }
      rc_test_wait_idle ();
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      audit_widget (GTK_WIDGET (window), place, failures, texts);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  g_settings_reset (settings, "guide-step");
}

static void
test_contrast (gconstpointer data)
{
  AdwColorScheme scheme = GPOINTER_TO_INT (data);
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func (g_free);
  guint texts = 0;

  adw_style_manager_set_color_scheme (style, scheme);
  g_test_message ("dark: %d, high contrast: %d", adw_style_manager_get_dark (style),
                  adw_style_manager_get_high_contrast (style));
  audit_places (failures, &texts);
  for (guint i = 0; i < failures->len; i++)
    g_test_message ("%s", (char *) failures->pdata[i]);
  /* The walk found the texts: a broken walk must not pass for good contrast. */
  g_assert_cmpuint (texts, >, 100);
  g_assert_cmpuint (failures->len, ==, 0);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* A list of three check buttons, as the guide's first step shows its answers. */
static GtkWidget *
new_answer_list (gboolean image_separators)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "display-list");
  if (image_separators)
    gtk_widget_add_css_class (list, "image-separators");
  for (guint i = 0; i < 3; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), gtk_check_button_new_with_label ("CODE"));
  return list;
}

/* @widget drawn by GTK's cairo renderer, as a window is drawn without a GPU: its pixels. */
static GBytes *
draw_pixels (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  gsize stride = width * 4;
  guchar *pixels = g_malloc (stride * height);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, stride);
  gsk_renderer_unrealize (renderer);
  return g_bytes_new_take (pixels, stride * height);
}

/* The guide's answers draw the line between rows themselves (.image-separators, style.css
 * says why): they must look exactly as Adwaita draws a boxed list, in this style. */
static void
test_answers_look_boxed (gconstpointer data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *plain = new_answer_list (FALSE);
  GtkWidget *answers = new_answer_list (TRUE);
  g_autoptr(GBytes) plain_pixels = NULL;
  g_autoptr(GBytes) answer_pixels = NULL;

  adw_style_manager_set_color_scheme (style, GPOINTER_TO_INT (data));
  gtk_box_append (GTK_BOX (box), plain);
  gtk_box_append (GTK_BOX (box), answers);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 400);
  gtk_window_present (GTK_WINDOW (window));
  rc_test_wait_idle ();
  gtk_test_widget_wait_for_draw (window);

  g_assert_cmpint (gtk_widget_get_height (answers), ==, gtk_widget_get_height (plain));
  g_assert_cmpint (gtk_widget_get_width (answers), ==, gtk_widget_get_width (plain));
  plain_pixels = draw_pixels (plain);
  answer_pixels = draw_pixels (answers);
  g_assert_true (g_bytes_equal (answer_pixels, plain_pixels));

  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  RcRadio *radio;
  int ret;

  /* libadwaita reads the high-contrast override once, when it starts. */
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--high-contrast"))
      {
        g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
        argv[i--] = argv[--argc];
      }
  /* With a GTK built for debugging, each widget's drawing is wrapped in a node
   * that names it, and failures say where. */
  g_setenv ("GTK_DEBUG", "snapshot", TRUE);
  rc_test_init (&argc, &argv);
  /* Measured at rest: a transition half way would be neither page. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = rc_test_new_application (APP_ID ".Test");
  radio = rc_application_get_radio (app);
  rc_radio_set_series (radio, rc_catalog_lookup_series (rc_application_get_catalog (app),
                                                        "nissan-ni"));
  rc_radio_set_serial_text (radio, "NI667SM0474796");

  g_test_add_data_func ("/contrast/light", GINT_TO_POINTER (ADW_COLOR_SCHEME_FORCE_LIGHT),
                        test_contrast);
  g_test_add_data_func ("/contrast/dark", GINT_TO_POINTER (ADW_COLOR_SCHEME_FORCE_DARK),
                        test_contrast);
  g_test_add_data_func ("/contrast/answers-look-boxed/light",
                        GINT_TO_POINTER (ADW_COLOR_SCHEME_FORCE_LIGHT), test_answers_look_boxed);
  g_test_add_data_func ("/contrast/answers-look-boxed/dark",
                        GINT_TO_POINTER (ADW_COLOR_SCHEME_FORCE_DARK), test_answers_look_boxed);

  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
