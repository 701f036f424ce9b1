/* ds-report-private.h — what the report's layout and drawing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "ds-report.h"
#include "ds-stack-draw.h"

G_BEGIN_DECLS

/* Sizes in points; they are scaled by DsReport.unit. */
#define FONT_FAMILY   "Sans"
#define HEADER_HEIGHT 28.0   /* the checklist's name and a rule on every page but the first */
#define FOOTER_HEIGHT 22.0   /* the page number */
#define INDENT        18.0   /* room for an item's box */
#define BOX_SIZE      8.5
#define KEEP_WITH     36.0   /* how much of what follows a heading must fit beside it */
#define RULE_SPACE    5.0

typedef enum {
  BLOCK_SECTION,
  BLOCK_ITEM,
  BLOCK_AWS_HEADING,
  BLOCK_AWS_DUTY,
  BLOCK_STACK,        /* a service's layer stack, drawn by ds-stack-draw */
} BlockKind;

typedef struct {
  BlockKind     kind;
  DsItemStatus  status;
  char         *markup;   /* NULL for a stack */
  DsService    *service;  /* and its variant, for a stack */
  char         *variant;
  double        height;   /* in the caller's units, set by pagination */
} Block;

/* Where pagination put (part of) a block: a block taller than a page is cut
 * between two lines and shown from @from to @to. */
typedef struct {
  guint  block;
  double y;
  double from;
  double to;
} Placement;

struct _DsReport
{
  GObject       parent_instance;

  char         *name;
  char         *facts;       /* markup: Regions, date, services */
  char         *progress;
  char         *counts;
  char         *filters;     /* markup; NULL with the default options */
  double        fraction;
  GArray       *blocks;

  DsCatalog    *catalog;     /* names the layers of the stacks */
  PangoContext *context;
  PangoContext *stack_context;   /* the stacks' text, in points */
  double        width;
  double        height;
  double        unit;        /* caller's units per point */
  GArray       *placements;
  GArray       *pages;       /* guint: first placement of each page after the title page */
};

PangoLayout *_ds_report_new_layout    (DsReport    *self,
                                      const char  *font,
                                      double       width);
PangoLayout *_ds_report_block_layout  (DsReport    *self,
                                      const Block *block);
double       _ds_report_block_indent  (BlockKind    kind);
double       _ds_report_layout_height (PangoLayout *layout);
double       _ds_report_stack_width   (DsReport    *self);

G_END_DECLS
