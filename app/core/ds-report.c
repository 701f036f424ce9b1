/* ds-report.c — the checklist laid out on pages, for PDF files and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-duty.h"
#include "ds-export-private.h"
#include "ds-report-private.h"

/* A report is a title page (name, Regions, date, progress) followed by the
 * items section by section, each service's with its layer stack, every
 * page numbered "Page n of m".
 *
 * It serves two callers with one piece of code: the PDF export, which draws
 * on a cairo PDF surface in points, and GtkPrintOperation, whose begin-print
 * handler calls ds_report_paginate() with the print context's Pango context
 * and size, and whose draw-page handler calls ds_report_draw_page(). Sizes
 * (in ds-report-private.h) are in points; they are scaled by the Pango
 * context's resolution so that they come out right in whatever unit the
 * caller's cairo context has. Drawing is in ds-report-draw.c.
 *
 * Everything shown is copied when the report is made, so a checklist that
 * changes while the print dialog is open cannot make a page overflow.
 * Layouts are not kept between pagination and drawing (a large checklist
 * would hold hundreds of thousands); each page lays out its own blocks. */

G_DEFINE_FINAL_TYPE (DsReport, ds_report, G_TYPE_OBJECT)

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_free (block->markup);
  g_clear_object (&block->service);
  g_free (block->variant);
}

static void
ds_report_finalize (GObject *object)
{
  DsReport *self = (DsReport *)object;

  g_free (self->name);
  g_free (self->facts);
  g_free (self->progress);
  g_free (self->counts);
  g_free (self->filters);
  g_array_unref (self->blocks);
  g_array_unref (self->placements);
  g_array_unref (self->pages);
  g_clear_object (&self->context);
  g_clear_object (&self->stack_context);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ds_report_parent_class)->finalize (object);
}

static void
ds_report_class_init (DsReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ds_report_finalize;
}

static void
ds_report_init (DsReport *self)
{
  self->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  self->pages = g_array_new (FALSE, FALSE, sizeof (guint));
  self->unit = 1.0;
}

static void
add_block (DsReport     *self,
           BlockKind     kind,
           DsItemStatus  status,
           char         *markup)
{
  Block block = { kind, status, markup, NULL, NULL, 0.0 };

  g_array_append_val (self->blocks, block);
}

static void
add_stack_block (DsReport   *self,
                 DsService  *service,
                 const char *variant)
{
  Block block = { BLOCK_STACK, 0, NULL, g_object_ref (service), g_strdup (variant), 0.0 };

  g_array_append_val (self->blocks, block);
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* The status in words, with the day it was done or why it does not apply. */
static char *
status_text (DsChecklistItem *item)
{
  DsItemStatus status = ds_checklist_item_get_status (item);
  GDateTime *done_at = ds_checklist_item_get_done_at (item);

  if (status == DS_ITEM_STATUS_DONE && done_at != NULL)
    {
      g_autofree char *day = g_date_time_format (done_at, "%Y-%m-%d");

      /* Translators: an item's status and the day it was done, "Done 2026-01-31" */
      return g_strdup_printf (_("Done %s"), day);
    }

  if (status == DS_ITEM_STATUS_NOT_APPLICABLE)
    {
      const char *reason = ds_reason_get_label (ds_checklist_item_get_reason (item));
      const char *words = ds_checklist_item_get_reason_text (item);

      if (words != NULL)
        /* Translators: why an item does not apply, then why in the team's
         * words: "Not applicable: Other, no personal data" */
        return g_strdup_printf (_("Not applicable: %s, %s"), reason, words);

      /* Translators: why an item does not apply, "Not applicable: Out of scope" */
      return g_strdup_printf (_("Not applicable: %s"), reason);
    }

  return g_strdup (ds_item_status_get_label (status));
}

/* The title, struck through if it does not apply, then a grey line with
 * the status in words (the box beside it is not the only sign), who does
 * it and when, then the note with its line breaks. */
static char *
item_markup (DsChecklistItem *item,
             gboolean         notes)
{
  GString *out = g_string_new (NULL);
  DsItemStatus status = ds_checklist_item_get_status (item);
  g_autofree char *status_words = status_text (item);
  const char *assignee = ds_checklist_item_get_assignee (item);
  const char *due = ds_checklist_item_get_due (item);
  const char *note = notes ? ds_checklist_item_get_note (item) : NULL;
  DsDuty *duty = ds_checklist_item_get_duty (item);

  g_string_append (out, status == DS_ITEM_STATUS_NOT_APPLICABLE ? "<s>" : "");
  append_escaped (out, ds_checklist_item_get_title (item));
  g_string_append (out, status == DS_ITEM_STATUS_NOT_APPLICABLE ? "</s>" : "");

  g_string_append (out, "\n<span size=\"small\" foreground=\"#505050\">");
  append_escaped (out, status_words);
  if (assignee != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Assignee: %s"), assignee);
      g_string_append (out, " · ");
      append_escaped (out, text);
    }
  if (due != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Due: %s"), due);
      g_string_append (out, " · ");
      append_escaped (out, text);
    }
  if (duty != NULL && ds_duty_get_owner (duty) == DS_OWNER_SHARED)
    {
      g_string_append (out, " · ");
      append_escaped (out, _("Shared with AWS"));
    }
  if (ds_checklist_item_get_missing (item))
    {
      g_string_append (out, " · ");
      append_escaped (out, _("No longer in the catalog"));
    }
  g_string_append (out, "</span>");

  if (note != NULL)
    {
      g_string_append (out, "\n<span size=\"small\">");
      append_escaped (out, note);
      g_string_append (out, "</span>");
    }

  return g_string_free (out, FALSE);
}

static char *
section_markup (DsExportPart *part)
{
  g_autofree char *title = g_markup_escape_text (part->title, -1);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done",
                                                         "%u of %u done", part->n_total),
                                            part->n_done, part->n_total);

  return g_strdup_printf ("<b>%s</b>  <span size=\"small\" foreground=\"#505050\">%s</span>",
                          title, count);
}

static char *
title_page_facts (DsChecklist *checklist,
                  GPtrArray   *parts,
                  GDateTime   *date)
{
  const char * const *regions = ds_checklist_get_regions (checklist);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *exported = g_strdup_printf (_("%s from Duty Split"), day);
  GString *out = g_string_new ("<b>");

  append_escaped (out, _("Regions"));
  g_string_append (out, "</b>  ");
  if (regions == NULL)
    append_escaped (out, _("not chosen yet"));
  for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ", " : "");
      append_escaped (out, regions[i]);
    }

  g_string_append (out, "\n<b>");
  append_escaped (out, _("Exported"));
  g_string_append (out, "</b>  ");
  append_escaped (out, exported);

  g_string_append (out, "\n<b>");
  append_escaped (out, _("Services"));
  g_string_append (out, "</b>  ");
  for (guint i = 0; i < parts->len; i++)
    {
      DsExportPart *part = g_ptr_array_index (parts, i);

      g_string_append (out, i > 0 ? ", " : "");
      append_escaped (out, part->title);
    }

  return g_string_free (out, FALSE);
}

static char *
title_page_filters (DsExportOptions *options)
{
  GString *out = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (ds_export_options_get_open_only (options))
    g_string_append_printf (out, "%s\n", _("Only the open items are listed."));
  if (ds_export_options_get_aws_duties (options))
    g_string_append_printf (out, "%s\n", _("The duties AWS carries are listed for context."));
  if (!ds_export_options_get_notes (options))
    g_string_append_printf (out, "%s\n", _("Notes are left out."));

  if (out->len == 0)
    return g_string_free (out, TRUE);

  g_string_truncate (out, out->len - 1);
  text = g_string_free (out, FALSE);
  return g_markup_escape_text (text, -1);
}

/**
 * ds_report_new:
 * @checklist: a checklist
 * @options: (nullable): what to leave in or out; %NULL for the defaults
 * @date: the date to print as the export date
 *
 * Takes a copy of what the report shows; later changes to @checklist do not
 * show. Call ds_report_paginate() before drawing.
 *
 * Returns: (transfer full): a report
 */
DsReport *
ds_report_new (DsChecklist     *checklist,
               DsExportOptions *options,
               GDateTime       *date)
{
  g_autoptr(DsExportOptions) defaults = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  GListModel *items;
  guint n_done = ds_checklist_get_n_done (checklist);
  guint n_total = ds_checklist_get_n_total (checklist);
  guint n_by_status[3] = { 0, };
  gboolean notes;
  DsReport *self;

  g_return_val_if_fail (DS_IS_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (options == NULL || DS_IS_EXPORT_OPTIONS (options), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  if (options == NULL)
    options = defaults = ds_export_options_new ();

  self = g_object_new (DS_TYPE_REPORT, NULL);
  parts = _ds_export_collect (checklist, options);
  notes = ds_export_options_get_notes (options);

  items = ds_checklist_get_items (checklist);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, i);
      n_by_status[ds_checklist_item_get_status (item)]++;
    }

  self->catalog = ds_checklist_get_catalog (checklist) ? g_object_ref (ds_checklist_get_catalog (checklist)) : NULL;
  self->name = g_strdup (ds_checklist_get_name (checklist));
  self->facts = title_page_facts (checklist, parts, date);
  self->progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done",
                                                 "%u of %u done", n_total),
                                    n_done, n_total);
  /* Translators: how many items have each status, on the PDF report's title page */
  self->counts = g_strdup_printf (_("%u done · %u not applicable · %u open"),
                                  n_by_status[DS_ITEM_STATUS_DONE],
                                  n_by_status[DS_ITEM_STATUS_NOT_APPLICABLE],
                                  n_by_status[DS_ITEM_STATUS_OPEN]);
  self->filters = title_page_filters (options);
  self->fraction = n_total > 0 ? (double)n_done / n_total : 0.0;

  for (guint i = 0; i < parts->len; i++)
    {
      DsExportPart *part = g_ptr_array_index (parts, i);

      add_block (self, BLOCK_SECTION, 0, section_markup (part));
      if (part->service != NULL)
        add_stack_block (self, part->service, part->variant);

      for (guint j = 0; j < part->items->len; j++)
        {
          DsChecklistItem *item = g_ptr_array_index (part->items, j);
          add_block (self, BLOCK_ITEM, ds_checklist_item_get_status (item), item_markup (item, notes));
        }

      if (part->aws_duties != NULL && part->aws_duties->len > 0)
        {
          add_block (self, BLOCK_AWS_HEADING, 0,
                     g_markup_printf_escaped ("<b>%s</b>", _("AWS is responsible for")));
          for (guint j = 0; j < part->aws_duties->len; j++)
            {
              DsDuty *duty = g_ptr_array_index (part->aws_duties, j);
              add_block (self, BLOCK_AWS_DUTY, 0, g_markup_printf_escaped ("•  %s", ds_duty_get_title (duty)));
            }
        }
    }

  return self;
}

PangoLayout *
_ds_report_new_layout (DsReport   *self,
                       const char *font,
                       double      width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  return layout;
}

static const char *
block_font (BlockKind kind)
{
  switch (kind)
    {
    case BLOCK_SECTION:     return FONT_FAMILY " 13";
    case BLOCK_AWS_HEADING: return FONT_FAMILY " 9";
    case BLOCK_AWS_DUTY:    return FONT_FAMILY " 9";
    case BLOCK_ITEM:
    default:                return FONT_FAMILY " 10";
    }
}

double
_ds_report_block_indent (BlockKind kind)
{
  return kind == BLOCK_SECTION ? 0.0 : INDENT;
}

/* Space above a block, unless it starts a page. */
static double
block_gap (BlockKind kind)
{
  switch (kind)
    {
    case BLOCK_SECTION:     return 18.0;
    case BLOCK_AWS_HEADING: return 10.0;
    case BLOCK_AWS_DUTY:    return 2.0;
    case BLOCK_STACK:       return 8.0;
    case BLOCK_ITEM:
    default:                return 6.0;
    }
}

PangoLayout *
_ds_report_block_layout (DsReport    *self,
                         const Block *block)
{
  double width = self->width - _ds_report_block_indent (block->kind) * self->unit;
  PangoLayout *layout = _ds_report_new_layout (self, block_font (block->kind), width);

  pango_layout_set_markup (layout, block->markup, -1);
  return layout;
}

/* A stack is laid out in points, with a font like the items', and scaled
 * to the caller's units when drawn: its sizes are fixed in the units it
 * is given, and a print context's may be far smaller than a point. */
static PangoContext *
create_stack_context (PangoContext *context)
{
  PangoContext *stack_context = pango_font_map_create_context (pango_context_get_font_map (context));
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY " 8.5");
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (stack_context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (stack_context, 72.0);
  pango_context_set_font_description (stack_context, font);

  return stack_context;
}

/* The width of a stack, in points. */
double
_ds_report_stack_width (DsReport *self)
{
  return MAX (1.0, MIN (self->width / self->unit - INDENT, 260.0));
}

double
_ds_report_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

static double
content_height (DsReport *self)
{
  return self->height - (HEADER_HEIGHT + FOOTER_HEIGHT) * self->unit;
}

static void
start_page (DsReport *self)
{
  guint first = self->placements->len;

  g_array_append_val (self->pages, first);
}

static void
place (DsReport *self,
       guint     block,
       double    y,
       double    from,
       double    to)
{
  Placement placement = { block, y, from, to };

  g_array_append_val (self->placements, placement);
}

/* A block taller than the space left goes on in the next pages, cut below
 * the last line that fits (or anywhere, for a single line taller than a
 * page, which only an absurd font size makes). */
static void
place_tall_block (DsReport *self,
                  guint     index)
{
  const Block *block = &g_array_index (self->blocks, Block, index);
  g_autoptr(PangoLayout) layout = _ds_report_block_layout (self, block);
  g_autoptr(GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double page = content_height (self);
  double from = 0.0;

  do
    {
      PangoRectangle extents;
      double bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      bottom = pango_units_to_double (extents.y + extents.height);
      g_array_append_val (bottoms, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  while (block->height - from > page)
    {
      double cut = from + page;

      for (guint i = bottoms->len; i > 0; i--)
        {
          double bottom = g_array_index (bottoms, double, i - 1);

          if (bottom <= from + page && bottom > from)
            {
              cut = bottom;
              break;
            }
        }

      place (self, index, 0.0, from, cut);
      start_page (self);
      from = cut;
    }

  place (self, index, 0.0, from, block->height);
}

/**
 * ds_report_paginate:
 * @self: a #DsReport
 * @context: the Pango context to lay text out with: the print context's,
 *   or one made for the cairo context the pages are drawn on
 * @width: the width of the area to fill, in the cairo context's units
 * @height: its height
 *
 * Lays the report out for pages of @width by @height. The area is filled
 * edge to edge, so the caller leaves the margins: a GtkPrintContext already
 * does. Can be called again, for another page size.
 *
 * Returns: the number of pages, at least one
 */
guint
ds_report_paginate (DsReport     *self,
                    PangoContext *context,
                    double        width,
                    double        height)
{
  g_autoptr(PangoLayout) layout = NULL;
  double resolution, page, y = 0.0;
  BlockKind kind = BLOCK_SECTION;

  g_return_val_if_fail (DS_IS_REPORT (self), 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  /* pangocairo's resolution is in units per inch; -1 means its 96 dpi. */
  resolution = pango_cairo_context_get_resolution (context);
  g_set_object (&self->context, context);
  g_clear_object (&self->stack_context);
  self->stack_context = create_stack_context (context);
  self->unit = (resolution > 0 ? resolution : 96.0) / 72.0;
  self->width = width;
  self->height = height;
  g_array_set_size (self->placements, 0);
  g_array_set_size (self->pages, 0);

  /* One layout for all the blocks of a kind: creating one per block costs
   * more than laying out its text. */
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (block->kind == BLOCK_STACK)
        {
          DsStackLayout stack;

          ds_stack_layout_init (&stack, self->stack_context, _ds_report_stack_width (self), NULL);
          block->height = stack.height * self->unit;
          continue;
        }

      if (layout == NULL || block->kind != kind)
        {
          g_clear_object (&layout);
          kind = block->kind;
          layout = _ds_report_new_layout (self, block_font (kind),
                                          width - _ds_report_block_indent (kind) * self->unit);
        }

      pango_layout_set_markup (layout, block->markup, -1);
      block->height = _ds_report_layout_height (layout);
      if (block->kind == BLOCK_ITEM)
        block->height = MAX (block->height, BOX_SIZE * self->unit);
      else if (block->kind == BLOCK_SECTION)
        block->height += RULE_SPACE * self->unit;
    }

  page = content_height (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);
      double gap = y > 0.0 ? block_gap (block->kind) * self->unit : 0.0;
      double need = block->height;

      /* A heading stays with the start of what it heads. */
      if ((block->kind == BLOCK_SECTION || block->kind == BLOCK_AWS_HEADING) &&
          i + 1 < self->blocks->len)
        {
          const Block *next = &g_array_index (self->blocks, Block, i + 1);
          double keep = next->kind == BLOCK_STACK ? next->height : MIN (next->height, KEEP_WITH * self->unit);

          need += block_gap (next->kind) * self->unit + keep;
        }

      if (self->pages->len == 0 || (y > 0.0 && y + gap + need > page))
        {
          start_page (self);
          y = gap = 0.0;
        }

      /* A stack is never cut; on a page too small for it, it is clipped. */
      if (block->height <= page - y || block->kind == BLOCK_STACK)
        {
          place (self, i, y + gap, 0.0, block->height);
          y += gap + block->height;
        }
      else
        {
          place_tall_block (self, i);
          y = g_array_index (self->placements, Placement, self->placements->len - 1).to -
              g_array_index (self->placements, Placement, self->placements->len - 1).from;
        }
    }

  return ds_report_get_n_pages (self);
}

/**
 * ds_report_get_n_pages:
 * @self: a #DsReport
 *
 * Returns: the number of pages, as of the last ds_report_paginate(); 0
 *   before it
 */
guint
ds_report_get_n_pages (DsReport *self)
{
  g_return_val_if_fail (DS_IS_REPORT (self), 0);

  return self->context != NULL ? 1 + self->pages->len : 0;
}

