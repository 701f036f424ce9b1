/* ds-report-draw.c — drawing a report's pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-report-private.h"

/* Pages are drawn in black and grey (only the progress bar and the layer
 * stacks have colours, and both say what they mean in words too), so that
 * they read the same from any printer; an item's status is both a box and
 * words. */

static void
set_grey (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0.31, 0.31, 0.31);
}

/* An empty box for an open item, a ticked one for a done item and one
 * with a dash for an item that does not apply; the status is written
 * beside it too. */
static void
draw_box (DsReport     *self,
          cairo_t      *cr,
          DsItemStatus  status,
          double        y)
{
  double size = BOX_SIZE * self->unit;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.8 * self->unit);
  cairo_rectangle (cr, 0.5 * self->unit, y, size, size);
  cairo_stroke (cr);

  cairo_set_line_width (cr, 1.3 * self->unit);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (status == DS_ITEM_STATUS_DONE)
    {
      cairo_move_to (cr, 0.5 * self->unit + size * 0.2, y + size * 0.5);
      cairo_line_to (cr, 0.5 * self->unit + size * 0.42, y + size * 0.75);
      cairo_line_to (cr, 0.5 * self->unit + size * 0.85, y + size * 0.22);
      cairo_stroke (cr);
    }
  else if (status == DS_ITEM_STATUS_NOT_APPLICABLE)
    {
      cairo_move_to (cr, 0.5 * self->unit + size * 0.25, y + size * 0.5);
      cairo_line_to (cr, 0.5 * self->unit + size * 0.75, y + size * 0.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_placement (DsReport        *self,
                cairo_t         *cr,
                const Placement *placement)
{
  const Block *block = &g_array_index (self->blocks, Block, placement->block);
  g_autoptr(PangoLayout) layout = NULL;
  double top = HEADER_HEIGHT * self->unit + placement->y;
  double x = _ds_report_block_indent (block->kind) * self->unit;

  if (block->kind == BLOCK_STACK)
    {
      DsStackLayout stack;

      ds_stack_layout_init (&stack, self->stack_context, _ds_report_stack_width (self), NULL);
      cairo_save (cr);
      cairo_rectangle (cr, 0, top, self->width, placement->to - placement->from);
      cairo_clip (cr);
      cairo_translate (cr, x, top);
      cairo_scale (cr, self->unit, self->unit);
      ds_stack_draw (cr, self->stack_context, &stack, self->catalog, block->service, block->variant, NULL, FALSE);
      cairo_restore (cr);
      return;
    }

  layout = _ds_report_block_layout (self, block);
  cairo_save (cr);

  if (placement->from > 0.0 || placement->to < block->height)
    {
      cairo_rectangle (cr, 0, top, self->width, placement->to - placement->from);
      cairo_clip (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, x, top - placement->from);
  pango_cairo_show_layout (cr, layout);

  if (block->kind == BLOCK_ITEM && placement->from == 0.0)
    {
      double baseline = pango_units_to_double (pango_layout_get_baseline (layout));
      draw_box (self, cr, block->status, top + baseline - BOX_SIZE * self->unit);
    }

  if (block->kind == BLOCK_SECTION)
    {
      double rule = top + block->height - RULE_SPACE * self->unit / 2;

      cairo_set_line_width (cr, 0.8 * self->unit);
      cairo_move_to (cr, 0, rule);
      cairo_line_to (cr, self->width, rule);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

static void
draw_footer (DsReport *self,
             cairo_t  *cr,
             guint     page)
{
  g_autoptr(PangoLayout) layout = _ds_report_new_layout (self, FONT_FAMILY " 8", self->width);
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, ds_report_get_n_pages (self));

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  set_grey (cr);
  cairo_move_to (cr, 0, self->height - _ds_report_layout_height (layout));
  pango_cairo_show_layout (cr, layout);
}

/* The checklist's name, on one line, above a rule. */
static void
draw_header (DsReport *self,
             cairo_t  *cr)
{
  g_autoptr(PangoLayout) layout = _ds_report_new_layout (self, FONT_FAMILY " 8", self->width);
  double rule;

  pango_layout_set_text (layout, self->name, -1);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  set_grey (cr);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);

  rule = _ds_report_layout_height (layout) + 4 * self->unit;
  cairo_set_line_width (cr, 0.5 * self->unit);
  cairo_move_to (cr, 0, rule);
  cairo_line_to (cr, self->width, rule);
  cairo_stroke (cr);
}

/* Shows @markup at @y, at most @max_height high, and returns the y below it. */
static double
draw_text (DsReport   *self,
           cairo_t    *cr,
           const char *font,
           const char *markup,
           double      y,
           double      max_height)
{
  g_autoptr(PangoLayout) layout = _ds_report_new_layout (self, font, self->width);
  double height;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, pango_units_from_double (max_height));
  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, layout);
  height = _ds_report_layout_height (layout);

  return y + height;
}

static void
draw_title_page (DsReport *self,
                 cairo_t  *cr)
{
  g_autofree char *name = g_markup_escape_text (self->name, -1);
  g_autofree char *kind = g_markup_escape_text (_("AWS shared responsibility checklist"), -1);
  g_autofree char *progress = g_markup_escape_text (self->progress, -1);
  g_autofree char *counts = g_markup_escape_text (self->counts, -1);
  double u = self->unit;
  double bar_width = MIN (self->width, 300 * u);
  double y = self->height * 0.18;

  set_grey (cr);
  y = draw_text (self, cr, FONT_FAMILY " 11", kind, y, 40 * u) + 6 * u;
  cairo_set_source_rgb (cr, 0, 0, 0);
  y = draw_text (self, cr, FONT_FAMILY " Bold 26", name, y, self->height * 0.25) + 24 * u;
  y = draw_text (self, cr, FONT_FAMILY " 11", self->facts, y, self->height * 0.25) + 28 * u;
  y = draw_text (self, cr, FONT_FAMILY " Bold 16", progress, y, 40 * u) + 8 * u;

  /* The bar: outlined, so an empty one still shows on paper. */
  cairo_set_line_width (cr, 0.8 * u);
  cairo_rectangle (cr, 0, y, bar_width, 10 * u);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.15, 0.64, 0.41);
  cairo_rectangle (cr, 0, y, bar_width * self->fraction, 10 * u);
  cairo_fill (cr);
  y += 18 * u;

  set_grey (cr);
  y = draw_text (self, cr, FONT_FAMILY " 10", counts, y, 40 * u) + 20 * u;

  if (self->filters != NULL)
    {
      g_autofree char *filters = g_strdup_printf ("<i>%s</i>", self->filters);

      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_text (self, cr, FONT_FAMILY " 10", filters, y, 80 * u);
    }
}

/**
 * ds_report_draw_page:
 * @self: a #DsReport
 * @cr: the cairo context to draw on, with its origin at the top left of
 *   the area given to ds_report_paginate()
 * @page: the page, from 0
 *
 * Draws one page, as laid out by the last ds_report_paginate().
 */
void
ds_report_draw_page (DsReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  g_return_if_fail (DS_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < ds_report_get_n_pages (self));

  cairo_save (cr);

  if (page == 0)
    draw_title_page (self, cr);
  else
    {
      guint first = g_array_index (self->pages, guint, page - 1);
      guint end = page < self->pages->len ? g_array_index (self->pages, guint, page)
                                          : self->placements->len;

      draw_header (self, cr);
      for (guint i = first; i < end; i++)
        draw_placement (self, cr, &g_array_index (self->placements, Placement, i));
    }

  draw_footer (self, cr, page);

  cairo_restore (cr);
}
