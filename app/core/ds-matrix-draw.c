/* ds-matrix-draw.c — drawing the matrix with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-matrix"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "ds-catalog.h"
#include "ds-matrix-private.h"
#include "ds-owner-paint.h"
#include "ds-service.h"

/* The matrix is drawn in four parts, so that a view can keep the header
 * and the service names in place while the cells scroll under them: the
 * corner (the legend), the header (a column for each layer), the labels
 * (band, group and service names) and the cells. Every part draws in the
 * matrix's coordinates, whose origin is the corner's top left. The same
 * functions draw the saved pictures, so a PNG or SVG looks like the view. */

#define PICTURE_MARGIN 24.0
#define TITLE_HEIGHT   64.0
#define PADDING         8.0

static const DsOwner legend_owners[] = {
  DS_OWNER_AWS, DS_OWNER_CUSTOMER, DS_OWNER_SHARED, DS_OWNER_NONE,
};

static PangoLayout *
new_layout (DsMatrix   *self,
            cairo_t    *cr,
            double      scale,
            PangoWeight weight,
            double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (self->font);
  int size = pango_font_description_get_size (font);

  if (size <= 0)
    size = 10 * PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size * scale);
  else
    pango_font_description_set_size (font, (int)(size * scale));
  pango_font_description_set_weight (font, weight);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1)));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* Shows one line of text centred vertically in a band from @top, @height high. */
static void
show_line (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       top,
           double       height)
{
  cairo_move_to (cr, x, top + (height - layout_height (layout)) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
fill_background (DsMatrix *self,
                 cairo_t  *cr,
                 double    x,
                 double    y,
                 double    width,
                 double    height)
{
  ds_color_set_source (&ds_picture_get_colors (self->dark)->background, cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

/* Bands are tinted with the text colour, faintly, so that they read on
 * either background without a colour of their own to learn. */
static void
set_tint (DsMatrix *self,
          cairo_t  *cr,
          double    alpha)
{
  const DsColor *fg = &ds_picture_get_colors (self->dark)->foreground;

  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, alpha);
}

/**
 * ds_matrix_draw_corner:
 * @self: a matrix
 * @cr: where to draw
 *
 * Draws the legend in the corner above the service names.
 */
void
ds_matrix_draw_corner (DsMatrix *self,
                       cairo_t  *cr)
{
  const DsPictureColors *colors = ds_picture_get_colors (self->dark);
  double line = (DS_MATRIX_HEADER_HEIGHT - 2 * PADDING) / G_N_ELEMENTS (legend_owners);

  g_return_if_fail (self != NULL);

  cairo_save (cr);
  fill_background (self, cr, 0, 0, DS_MATRIX_LABEL_WIDTH, DS_MATRIX_HEADER_HEIGHT);

  for (guint i = 0; i < G_N_ELEMENTS (legend_owners); i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (self, cr, 0.85, PANGO_WEIGHT_NORMAL,
                                                  DS_MATRIX_LABEL_WIDTH - 3 * PADDING - 28);
      double top = PADDING + i * line;

      ds_owner_paint (cr, legend_owners[i], self->dark, PADDING, top + 2, 28, line - 4, 3);
      pango_layout_set_text (layout, ds_owner_get_label (legend_owners[i]), -1);
      ds_color_set_source (&colors->foreground, cr);
      show_line (cr, layout, 2 * PADDING + 28, top, line);
    }

  cairo_restore (cr);
}

/**
 * ds_matrix_draw_header:
 * @self: a matrix
 * @cr: where to draw
 *
 * Draws the layers' names above their columns, from the customer's data on
 * the left to the facilities on the right, as the layer stack reads from
 * top to bottom.
 */
void
ds_matrix_draw_header (DsMatrix *self,
                       cairo_t  *cr)
{
  const DsPictureColors *colors = ds_picture_get_colors (self->dark);

  g_return_if_fail (self != NULL);

  cairo_save (cr);
  fill_background (self, cr, DS_MATRIX_LABEL_WIDTH, 0,
                   DS_N_LAYERS * DS_MATRIX_CELL_WIDTH, DS_MATRIX_HEADER_HEIGHT);

  for (guint i = 0; i < DS_N_LAYERS; i++)
    {
      g_autoptr(PangoLayout) layout = new_layout (self, cr, 0.8, PANGO_WEIGHT_BOLD,
                                                  DS_MATRIX_CELL_WIDTH - 4);
      const char *name = ds_catalog_get_layer_name (self->catalog, i);
      double x = DS_MATRIX_LABEL_WIDTH + i * DS_MATRIX_CELL_WIDTH + 2;

      /* Names wrap at words onto up to four lines, bottom-aligned; a word
       * longer than the column is broken rather than cut short. */
      pango_layout_set_single_paragraph_mode (layout, FALSE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, -4);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_set_text (layout, name ? name : ds_layer_to_string (i), -1);
      ds_color_set_source (&colors->foreground, cr);
      cairo_move_to (cr, x, MAX (2, DS_MATRIX_HEADER_HEIGHT - PADDING - layout_height (layout)));
      pango_cairo_show_layout (cr, layout);
    }

  ds_color_set_source (&colors->dim, cr);
  cairo_rectangle (cr, DS_MATRIX_LABEL_WIDTH, DS_MATRIX_HEADER_HEIGHT - 1,
                   DS_N_LAYERS * DS_MATRIX_CELL_WIDTH, 1);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The first row that reaches below @top. */
static guint
first_row (DsMatrix *self,
           double    top)
{
  guint first = ds_matrix_row_at (self, MAX (top, DS_MATRIX_HEADER_HEIGHT));

  return first == G_MAXUINT ? self->rows->len : first;
}

/**
 * ds_matrix_draw_labels:
 * @self: a matrix
 * @cr: where to draw
 * @top: the highest point to draw
 * @bottom: the lowest point to draw
 *
 * Draws the names of the bands, groups and services between @top and
 * @bottom, and nothing else, however many rows there are.
 */
void
ds_matrix_draw_labels (DsMatrix *self,
                       cairo_t  *cr,
                       double    top,
                       double    bottom)
{
  const DsPictureColors *colors = ds_picture_get_colors (self->dark);

  g_return_if_fail (self != NULL);

  cairo_save (cr);
  fill_background (self, cr, 0, top, DS_MATRIX_LABEL_WIDTH, bottom - top);

  for (guint i = first_row (self, top); i < self->rows->len; i++)
    {
      const DsMatrixRow *row = &g_array_index (self->rows, DsMatrixRow, i);
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *text = NULL;

      if (row->y >= bottom)
        break;

      switch (row->kind)
        {
        case DS_MATRIX_ROW_BAND:
          layout = new_layout (self, cr, 1.1, PANGO_WEIGHT_BOLD, DS_MATRIX_LABEL_WIDTH - 2 * PADDING);
          /* Translators: a kind of service and how many the matrix shows:
           * “Container services (29)” */
          text = g_strdup_printf (_("%s (%u)"), ds_catalog_get_category_name (self->catalog, row->category),
                                  row->n_services);
          set_tint (self, cr, 0.08);
          cairo_rectangle (cr, 0, row->y + 4, DS_MATRIX_LABEL_WIDTH, row->height - 4);
          cairo_fill (cr);
          pango_layout_set_text (layout, text, -1);
          ds_color_set_source (&colors->foreground, cr);
          show_line (cr, layout, PADDING, row->y + 4, row->height - 4);
          break;

        case DS_MATRIX_ROW_GROUP:
          layout = new_layout (self, cr, 0.85, PANGO_WEIGHT_BOLD, DS_MATRIX_LABEL_WIDTH - 2 * PADDING);
          pango_layout_set_text (layout, row->group, -1);
          ds_color_set_source (&colors->dim, cr);
          show_line (cr, layout, PADDING, row->y + 4, row->height - 4);
          break;

        case DS_MATRIX_ROW_SERVICE:
        default:
          layout = new_layout (self, cr, 1.0, PANGO_WEIGHT_NORMAL, DS_MATRIX_LABEL_WIDTH - 3 * PADDING);
          pango_layout_set_text (layout, ds_service_get_name (row->service), -1);
          ds_color_set_source (&colors->foreground, cr);
          show_line (cr, layout, 2 * PADDING, row->y, row->height);
          break;
        }
    }

  cairo_restore (cr);
}

/**
 * ds_matrix_draw_cells:
 * @self: a matrix
 * @cr: where to draw
 * @top: the highest point to draw
 * @bottom: the lowest point to draw
 *
 * Draws the cells of the rows between @top and @bottom: each service's
 * layers painted by owner, each band's description across its columns.
 */
void
ds_matrix_draw_cells (DsMatrix *self,
                      cairo_t  *cr,
                      double    top,
                      double    bottom)
{
  const DsPictureColors *colors = ds_picture_get_colors (self->dark);
  double width = DS_N_LAYERS * DS_MATRIX_CELL_WIDTH;

  g_return_if_fail (self != NULL);

  cairo_save (cr);
  fill_background (self, cr, DS_MATRIX_LABEL_WIDTH, top, width, bottom - top);

  for (guint i = first_row (self, top); i < self->rows->len; i++)
    {
      const DsMatrixRow *row = &g_array_index (self->rows, DsMatrixRow, i);

      if (row->y >= bottom)
        break;

      if (row->kind == DS_MATRIX_ROW_BAND)
        {
          g_autoptr(PangoLayout) layout = new_layout (self, cr, 0.85, PANGO_WEIGHT_NORMAL, width - 2 * PADDING);

          set_tint (self, cr, 0.08);
          cairo_rectangle (cr, DS_MATRIX_LABEL_WIDTH, row->y + 4, width, row->height - 4);
          cairo_fill (cr);
          pango_layout_set_text (layout, ds_catalog_get_category_description (self->catalog, row->category), -1);
          ds_color_set_source (&colors->dim, cr);
          show_line (cr, layout, DS_MATRIX_LABEL_WIDTH + PADDING, row->y + 4, row->height - 4);
        }
      else if (row->kind == DS_MATRIX_ROW_SERVICE)
        {
          for (guint layer = 0; layer < DS_N_LAYERS; layer++)
            {
              double x, y, w, h;

              ds_matrix_get_cell_rect (self, i, layer, &x, &y, &w, &h);
              ds_owner_paint (cr, ds_service_get_layer_owner (row->service, layer), self->dark,
                              x, y, w, h, 4);
            }
        }
    }

  cairo_restore (cr);
}

/* The title and what the filter left out. */
static void
draw_title (DsMatrix *self,
            cairo_t  *cr)
{
  const DsPictureColors *colors = ds_picture_get_colors (self->dark);
  double width = ds_matrix_get_width (self);
  g_autoptr(PangoLayout) title = new_layout (self, cr, 1.5, PANGO_WEIGHT_BOLD, width);
  g_autoptr(PangoLayout) subtitle = new_layout (self, cr, 0.9, PANGO_WEIGHT_NORMAL, width);
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->category != DS_MATRIX_ALL_CATEGORIES)
    g_string_append (text, ds_catalog_get_category_name (self->catalog, self->category));
  if (self->group != NULL)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, self->group);
    }
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u service", "%u services", self->n_services),
                          self->n_services);
  if (ds_catalog_get_reviewed (self->catalog) != NULL)
    {
      g_string_append (text, " · ");
      /* Translators: the date the catalog's facts were last checked */
      g_string_append_printf (text, _("reviewed %s"), ds_catalog_get_reviewed (self->catalog));
    }

  pango_layout_set_text (title, _("Who Secures What, Service by Service"), -1);
  pango_layout_set_text (subtitle, text->str, -1);
  ds_color_set_source (&colors->foreground, cr);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, title);
  ds_color_set_source (&colors->dim, cr);
  cairo_move_to (cr, 0, layout_height (title) + 4);
  pango_cairo_show_layout (cr, subtitle);
}

double
ds_matrix_get_picture_width (DsMatrix *self)
{
  return 2 * PICTURE_MARGIN + ds_matrix_get_width (self);
}

double
ds_matrix_get_picture_height (DsMatrix *self)
{
  return 2 * PICTURE_MARGIN + TITLE_HEIGHT + ds_matrix_get_height (self);
}

/**
 * ds_matrix_draw_picture:
 * @cr: where to draw
 * @matrix: (type DsMatrix): the matrix
 *
 * Draws the whole matrix with a title, as a #DsPictureDrawFunc, in the
 * size ds_matrix_get_picture_width() and _height() give.
 */
void
ds_matrix_draw_picture (cairo_t  *cr,
                        gpointer  matrix)
{
  DsMatrix *self = matrix;
  double height = ds_matrix_get_height (self);

  g_return_if_fail (self != NULL);

  cairo_save (cr);
  fill_background (self, cr, 0, 0, ds_matrix_get_picture_width (self), ds_matrix_get_picture_height (self));
  cairo_translate (cr, PICTURE_MARGIN, PICTURE_MARGIN);
  draw_title (self, cr);
  cairo_translate (cr, 0, TITLE_HEIGHT);
  ds_matrix_draw_corner (self, cr);
  ds_matrix_draw_header (self, cr);
  ds_matrix_draw_labels (self, cr, DS_MATRIX_HEADER_HEIGHT, height);
  ds_matrix_draw_cells (self, cr, DS_MATRIX_HEADER_HEIGHT, height);
  cairo_restore (cr);
}
