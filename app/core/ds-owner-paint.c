/* ds-owner-paint.c — how each owner looks in every picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ds-owner-paint.h"

/* One palette for the window and for every exported picture, so a PNG or a
 * PDF looks like what the user saw. The colours are GNOME's: AWS takes the
 * warm yellow-orange libadwaita uses for warnings, the customer the blue of
 * its default accent. They are fixed rather than following the user's
 * accent colour, because they mean an owner, not a highlight. Colour is
 * never the only cue: shared bands are striped, bands that do not apply are
 * dashed outlines, and the pictures write each owner in words. */

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0, 1.0 }
#define RGBA(r, g, b, a) { (r) / 255.0, (g) / 255.0, (b) / 255.0, (a) }

static const DsOwnerColors owner_colors[2][4] = {
  /* Light */
  {
    [DS_OWNER_NONE] = { RGBA (0, 0, 0, 0), RGBA (0, 0, 0, 0), RGBA (0, 0, 6, 0.6), RGBA (0, 0, 6, 0.35) },
    [DS_OWNER_AWS] = { RGB (229, 165, 10), RGB (229, 165, 10), RGBA (0, 0, 0, 0.8), RGBA (0, 0, 0, 0) },
    [DS_OWNER_CUSTOMER] = { RGB (53, 132, 228), RGB (53, 132, 228), RGB (255, 255, 255), RGBA (0, 0, 0, 0) },
    [DS_OWNER_SHARED] = { RGB (53, 132, 228), RGB (229, 165, 10), RGB (255, 255, 255), RGBA (0, 0, 0, 0) },
  },
  /* Dark */
  {
    [DS_OWNER_NONE] = { RGBA (0, 0, 0, 0), RGBA (0, 0, 0, 0), RGBA (255, 255, 255, 0.6), RGBA (255, 255, 255, 0.35) },
    [DS_OWNER_AWS] = { RGB (205, 147, 9), RGB (205, 147, 9), RGBA (0, 0, 0, 0.8), RGBA (0, 0, 0, 0) },
    [DS_OWNER_CUSTOMER] = { RGB (53, 132, 228), RGB (53, 132, 228), RGB (255, 255, 255), RGBA (0, 0, 0, 0) },
    [DS_OWNER_SHARED] = { RGB (53, 132, 228), RGB (205, 147, 9), RGB (255, 255, 255), RGBA (0, 0, 0, 0) },
  },
};

/* libadwaita's window background and text colours. */
static const DsPictureColors picture_colors[2] = {
  { RGB (250, 250, 250), RGBA (0, 0, 0, 0.8), RGBA (0, 0, 0, 0.55) },
  { RGB (36, 36, 36), RGB (255, 255, 255), RGBA (255, 255, 255, 0.55) },
};

/* Stripes run at 135 degrees, like the window's CSS, this far apart. */
#define STRIPE_WIDTH 8.0

const DsOwnerColors *
ds_owner_get_colors (DsOwner  owner,
                     gboolean dark)
{
  g_return_val_if_fail (owner <= DS_OWNER_SHARED, &owner_colors[0][DS_OWNER_NONE]);

  return &owner_colors[!!dark][owner];
}

const DsPictureColors *
ds_picture_get_colors (gboolean dark)
{
  return &picture_colors[!!dark];
}

void
ds_color_set_source (const DsColor *color,
                     cairo_t       *cr)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/**
 * ds_owner_paint:
 * @cr: where to paint
 * @owner: whose band it is
 * @dark: whether the picture sits on a dark background
 * @x, @y, @width, @height: the band, in user units
 * @radius: the radius of its corners
 *
 * Paints one band in @owner's colours: solid for AWS and the customer,
 * striped for shared, a dashed outline for not applicable. Paths, not
 * pixels, so it stays crisp on any surface and at any scale.
 */
void
ds_owner_paint (cairo_t  *cr,
                DsOwner   owner,
                gboolean  dark,
                double    x,
                double    y,
                double    width,
                double    height,
                double    radius)
{
  const DsOwnerColors *colors = ds_owner_get_colors (owner, dark);

  cairo_save (cr);
  rounded_rectangle (cr, x, y, width, height, radius);

  switch (owner)
    {
    case DS_OWNER_SHARED:
      ds_color_set_source (&colors->fill, cr);
      cairo_fill_preserve (cr);
      cairo_clip (cr);
      ds_color_set_source (&colors->stripe, cr);
      /* Parallelograms every other STRIPE_WIDTH along x, slanted by the
       * band's height, cover the band from corner to corner. */
      for (double sx = x - height; sx < x + width; sx += 2 * STRIPE_WIDTH)
        {
          cairo_move_to (cr, sx + STRIPE_WIDTH, y);
          cairo_line_to (cr, sx + 2 * STRIPE_WIDTH, y);
          cairo_line_to (cr, sx + 2 * STRIPE_WIDTH + height, y + height);
          cairo_line_to (cr, sx + STRIPE_WIDTH + height, y + height);
          cairo_close_path (cr);
        }
      cairo_fill (cr);
      break;

    case DS_OWNER_NONE:
      {
        static const double dash[] = { 4.0, 3.0 };

        cairo_new_path (cr);
        rounded_rectangle (cr, x + 0.5, y + 0.5, width - 1, height - 1, radius);
        ds_color_set_source (&colors->outline, cr);
        cairo_set_line_width (cr, 1.0);
        cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
        cairo_stroke (cr);
      }
      break;

    case DS_OWNER_AWS:
    case DS_OWNER_CUSTOMER:
    default:
      ds_color_set_source (&colors->fill, cr);
      cairo_fill (cr);
      break;
    }

  cairo_restore (cr);
}
