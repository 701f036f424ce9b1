/* ds-report.h — the checklist laid out on pages, for PDF files and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "ds-export-options.h"
#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_REPORT (ds_report_get_type ())

G_DECLARE_FINAL_TYPE (DsReport, ds_report, DS, REPORT, GObject)

DsReport *ds_report_new         (DsChecklist     *checklist,
                                 DsExportOptions *options,
                                 GDateTime       *date);
guint     ds_report_paginate    (DsReport        *self,
                                 PangoContext    *context,
                                 double           width,
                                 double           height);
guint     ds_report_get_n_pages (DsReport        *self);
void      ds_report_draw_page   (DsReport        *self,
                                 cairo_t         *cr,
                                 guint            page);

G_END_DECLS
