/* ds-stack-draw.c — a service's layer stack, drawn with cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-stack-draw"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "ds-catalog.h"
#include "ds-owner-paint.h"
#include "ds-service.h"
#include "ds-stack-draw.h"
#include "ds-variant.h"

/* One drawing for every place a stack appears: the window's widget (as a
 * cairo node, so it is vector and sharp at any scale factor), the PNG and
 * SVG pictures and the PDF report. Sizes are in the cairo context's units,
 * pixels at scale 1 for the window and the pictures; text is laid out with
 * the Pango context the caller gives, so the window uses the user's font
 * and the exports a fixed one.
 *
 * The layers run top to bottom from the customer's data to the physical
 * facilities, as in DsLayer, each band in its owner's paint with the layer
 * and the owner written on it; below them a legend. */

/* Bands are this many lines of text high, so they follow the font. */
#define BAND_LINES      1.6
#define BAND_PADDING    10.0
#define BAND_GAP        3.0
#define BAND_RADIUS     6.0
#define TITLE_GAP       8.0
#define LEGEND_GAP      10.0
#define SWATCH_SPACE    6.0
#define LEGEND_SPACING  16.0
#define LEGEND_ROW_GAP  6.0

static const DsOwner legend_owners[] = {
  DS_OWNER_AWS, DS_OWNER_CUSTOMER, DS_OWNER_SHARED, DS_OWNER_NONE,
};

static PangoLayout *
new_layout (PangoContext *context,
            const char   *text,
            gboolean      bold,
            double        scale)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (pango_context_get_font_description (context));

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (scale != 1.0)
    {
      int size = pango_font_description_get_size (font);

      if (pango_font_description_get_size_is_absolute (font))
        pango_font_description_set_absolute_size (font, size * scale);
      else
        pango_font_description_set_size (font, (int) (size * scale));
    }
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width)
    *width = pango_units_to_double (w);
  if (height)
    *height = pango_units_to_double (h);
}

static PangoLayout *
title_layout (PangoContext *context,
              const char   *title,
              double        width)
{
  PangoLayout *layout = new_layout (context, title, TRUE, 1.15);

  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* Lays the legend out in rows that wrap within the width, drawing it when
 * given a cairo context, and returns its height. */
static double
legend (cairo_t      *cr,
        PangoContext *context,
        double        width,
        double        top,
        gboolean      dark)
{
  const DsPictureColors *page = ds_picture_get_colors (dark);
  double x = 0.0, y = top, row_height = 0.0;

  for (guint i = 0; i < G_N_ELEMENTS (legend_owners); i++)
    {
      g_autoptr(PangoLayout) label = new_layout (context, ds_owner_get_label (legend_owners[i]), FALSE, 0.9);
      double label_width, label_height, entry_width, entry_height, swatch;

      layout_size (label, &label_width, &label_height);
      swatch = ceil (label_height * 0.85);
      entry_width = swatch + SWATCH_SPACE + label_width;
      entry_height = MAX (swatch, label_height);

      if (x > 0.0 && x + entry_width > width)
        {
          x = 0.0;
          y += row_height + LEGEND_ROW_GAP;
          row_height = 0.0;
        }

      if (cr != NULL)
        {
          ds_owner_paint (cr, legend_owners[i], dark, x, y + (entry_height - swatch) / 2,
                          swatch, swatch, swatch / 4);
          ds_color_set_source (&page->foreground, cr);
          cairo_move_to (cr, x + swatch + SWATCH_SPACE, y + (entry_height - label_height) / 2);
          pango_cairo_show_layout (cr, label);
        }

      x += entry_width + LEGEND_SPACING;
      row_height = MAX (row_height, entry_height);
    }

  return y + row_height - top;
}

/**
 * ds_stack_layout_init:
 * @layout: (out caller-allocates): where to put the layout
 * @context: the Pango context text is laid out with
 * @width: the width of the picture
 * @title: (nullable): a title above the bands, such as the service's name
 *
 * Works out where the title, the bands and the legend go. Bands grow with
 * the font, so that a large text size still fits in them.
 */
void
ds_stack_layout_init (DsStackLayout *layout,
                      PangoContext  *context,
                      double         width,
                      const char    *title)
{
  g_autoptr(PangoLayout) line = NULL;
  double line_height;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  line = new_layout (context, "Ag", TRUE, 1.0);
  layout_size (line, NULL, &line_height);

  layout->width = MAX (width, 1.0);
  layout->title_height = 0.0;
  if (title != NULL)
    {
      g_autoptr(PangoLayout) title_text = title_layout (context, title, layout->width);

      layout_size (title_text, NULL, &layout->title_height);
      layout->title_height += TITLE_GAP;
    }

  layout->band_top = layout->title_height;
  layout->band_height = ceil (line_height * BAND_LINES);
  layout->band_gap = BAND_GAP;
  layout->legend_top = layout->band_top + DS_N_LAYERS * (layout->band_height + BAND_GAP) - BAND_GAP + LEGEND_GAP;
  layout->height = layout->legend_top + legend (NULL, context, layout->width, layout->legend_top, FALSE);
}

/**
 * ds_stack_layout_get_band:
 * @layout: a layout
 * @layer: a layer
 * @band: (out): where @layer's band is
 */
void
ds_stack_layout_get_band (const DsStackLayout *layout,
                          DsLayer              layer,
                          cairo_rectangle_t   *band)
{
  g_return_if_fail (layout != NULL);
  g_return_if_fail (layer < DS_N_LAYERS);

  band->x = 0.0;
  band->y = layout->band_top + layer * (layout->band_height + layout->band_gap);
  band->width = layout->width;
  band->height = layout->band_height;
}

/**
 * ds_stack_layout_layer_at:
 * @layout: a layout
 * @x, @y: a point of the picture
 *
 * Returns: the layer whose band is at the point, or -1 if none is
 */
int
ds_stack_layout_layer_at (const DsStackLayout *layout,
                          double               x,
                          double               y)
{
  double step;
  int layer;

  g_return_val_if_fail (layout != NULL, -1);

  step = layout->band_height + layout->band_gap;
  if (x < 0.0 || x >= layout->width || y < layout->band_top)
    return -1;

  layer = (int) ((y - layout->band_top) / step);
  if (layer >= DS_N_LAYERS || y - layout->band_top - layer * step >= layout->band_height)
    return -1;

  return layer;
}

/**
 * ds_stack_get_layer_name:
 * @catalog: (nullable): the catalog
 * @layer: a layer
 *
 * Returns: the catalog's name of @layer, or its id when there is no name
 */
const char *
ds_stack_get_layer_name (DsCatalog *catalog,
                         DsLayer    layer)
{
  const char *name = catalog ? ds_catalog_get_layer_name (catalog, layer) : NULL;

  return name != NULL ? name : ds_layer_to_string (layer);
}

/**
 * ds_stack_dup_title:
 * @service: a service
 * @variant: (nullable): one of its variants
 *
 * Returns: (transfer full): the service's name, with the variant's if it
 *   has one
 */
char *
ds_stack_dup_title (DsService  *service,
                    const char *variant)
{
  DsVariant *found = ds_service_lookup_variant (service, variant);

  if (found == NULL)
    return g_strdup (ds_service_get_name (service));

  /* Translators: a service and how it runs, "Amazon ECS (Fargate launch type)" */
  return g_strdup_printf (_("%s (%s)"), ds_service_get_name (service), ds_variant_get_name (found));
}

/* The text of a band on a shared (striped) layer sits on a patch of the
 * band's solid colour, so that it stays readable across the stripes. */
static void
show_text (cairo_t             *cr,
           PangoLayout         *text,
           DsOwner              owner,
           const DsOwnerColors *colors,
           double               x,
           double               y)
{
  if (owner == DS_OWNER_SHARED)
    {
      PangoRectangle ink;

      /* A shared band's solid colour is the customer's. */
      pango_layout_get_pixel_extents (text, NULL, &ink);
      ds_owner_paint (cr, DS_OWNER_CUSTOMER, FALSE, x + ink.x - 4, y + ink.y - 1, ink.width + 8, ink.height + 2, 4.0);
    }

  ds_color_set_source (&colors->text, cr);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, text);
}

/**
 * ds_stack_draw:
 * @cr: where to draw, with the picture's top left at the origin
 * @context: the Pango context @layout was made with
 * @layout: where things go, from ds_stack_layout_init()
 * @catalog: (nullable): the catalog that names the layers
 * @service: (nullable): the service; without one every layer is not applicable
 * @variant: (nullable): the way the service runs
 * @title: (nullable): the title @layout made room for
 * @dark: whether the picture sits on a dark background
 *
 * Draws the stack. It does not paint a background: the window's or the
 * page's shows through.
 */
void
ds_stack_draw (cairo_t             *cr,
               PangoContext        *context,
               const DsStackLayout *layout,
               DsCatalog           *catalog,
               DsService           *service,
               const char          *variant,
               const char          *title,
               gboolean             dark)
{
  const DsPictureColors *page = ds_picture_get_colors (dark);

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (layout != NULL);

  cairo_save (cr);

  if (title != NULL && layout->title_height > 0.0)
    {
      g_autoptr(PangoLayout) text = title_layout (context, title, layout->width);

      ds_color_set_source (&page->foreground, cr);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, text);
    }

  for (guint i = 0; i < DS_N_LAYERS; i++)
    {
      DsOwner owner = service ? ds_service_get_variant_layer_owner (service, variant, i) : DS_OWNER_NONE;
      const DsOwnerColors *colors = ds_owner_get_colors (owner, dark);
      g_autoptr(PangoLayout) name = new_layout (context, ds_stack_get_layer_name (catalog, i), FALSE, 1.0);
      g_autoptr(PangoLayout) words = new_layout (context, ds_owner_get_label (owner), TRUE, 1.0);
      double name_height, words_width, words_height;
      cairo_rectangle_t band;

      ds_stack_layout_get_band (layout, i, &band);
      ds_owner_paint (cr, owner, dark, band.x, band.y, band.width, band.height, BAND_RADIUS);

      layout_size (words, &words_width, &words_height);
      layout_size (name, NULL, &name_height);
      pango_layout_set_width (name, pango_units_from_double (MAX (1.0, band.width - words_width - 3 * BAND_PADDING)));
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);

      show_text (cr, name, owner, colors, band.x + BAND_PADDING, band.y + (band.height - name_height) / 2);
      show_text (cr, words, owner, colors, band.x + band.width - BAND_PADDING - words_width,
                 band.y + (band.height - words_height) / 2);
    }

  legend (cr, context, layout->width, layout->legend_top, dark);

  cairo_restore (cr);
}

/**
 * ds_stack_create_export_context:
 *
 * A Pango context for pictures that leave the app: a fixed font, and no
 * hinting of metrics, so that text is laid out the same in the PNG, the
 * SVG and the PDF whatever the screen's settings.
 *
 * Returns: (transfer full): a Pango context
 */
PangoContext *
ds_stack_create_export_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (DS_STACK_EXPORT_FONT);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_font_description (context, font);

  return context;
}

#define PICTURE_WIDTH  360.0
#define PICTURE_MARGIN 16.0

struct _DsStackPicture
{
  DsCatalog     *catalog;
  DsService     *service;
  char          *variant;
  char          *title;
  gboolean       dark;
  PangoContext  *context;
  DsStackLayout  layout;
};

/**
 * ds_stack_picture_new:
 * @catalog: (nullable): the catalog that names the layers
 * @service: the service
 * @variant: (nullable): the way it runs
 * @dark: whether to draw on a dark page
 *
 * A stack with the service's name above it on a page of its own, laid out
 * once with the export font.
 *
 * Returns: (transfer full): a picture to give ds_picture_save()
 */
DsStackPicture *
ds_stack_picture_new (DsCatalog  *catalog,
                      DsService  *service,
                      const char *variant,
                      gboolean    dark)
{
  DsStackPicture *self;

  g_return_val_if_fail (DS_IS_SERVICE (service), NULL);

  self = g_new0 (DsStackPicture, 1);
  self->catalog = catalog ? g_object_ref (catalog) : NULL;
  self->service = g_object_ref (service);
  self->variant = g_strdup (variant);
  self->title = ds_stack_dup_title (service, variant);
  self->dark = dark;
  self->context = ds_stack_create_export_context ();
  ds_stack_layout_init (&self->layout, self->context, PICTURE_WIDTH - 2 * PICTURE_MARGIN, self->title);

  return self;
}

void
ds_stack_picture_free (DsStackPicture *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->catalog);
  g_clear_object (&self->service);
  g_clear_object (&self->context);
  g_free (self->variant);
  g_free (self->title);
  g_free (self);
}

double
ds_stack_picture_get_width (DsStackPicture *self)
{
  return PICTURE_WIDTH;
}

double
ds_stack_picture_get_height (DsStackPicture *self)
{
  return ceil (self->layout.height + 2 * PICTURE_MARGIN);
}

/**
 * ds_stack_picture_draw:
 * @cr: where to draw
 * @picture: (type DsStackPicture): the picture
 *
 * Paints the page and draws the stack on it; a #DsPictureDrawFunc.
 */
void
ds_stack_picture_draw (cairo_t  *cr,
                       gpointer  picture)
{
  DsStackPicture *self = picture;

  ds_color_set_source (&ds_picture_get_colors (self->dark)->background, cr);
  cairo_paint (cr);
  cairo_translate (cr, PICTURE_MARGIN, PICTURE_MARGIN);
  pango_cairo_update_context (cr, self->context);
  ds_stack_draw (cr, self->context, &self->layout, self->catalog, self->service, self->variant,
                 self->title, self->dark);
}
