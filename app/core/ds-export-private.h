/* ds-export-private.h — what the exporters share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-export.h"

G_BEGIN_DECLS

/* One section of an export: a service (or the general duties, or a service
 * the catalog no longer has) with the items the options keep and, when
 * asked for, the duties AWS carries there. Counts are the whole section's. */
typedef struct
{
  DsChecklistSection *section;
  const char         *title;
  DsService          *service;      /* NULL for general duties and unknown services */
  const char         *variant;
  guint               n_done;
  guint               n_total;
  GPtrArray          *items;        /* DsChecklistItem */
  GPtrArray          *aws_duties;   /* DsDuty; NULL unless the options ask */
} DsExportPart;

GPtrArray *_ds_export_collect       (DsChecklist      *checklist,
                                     DsExportOptions  *options);
GString   *_ds_export_markdown      (DsChecklist      *checklist,
                                     DsExportOptions  *options,
                                     GDateTime        *date);
GString   *_ds_export_csv           (DsChecklist      *checklist,
                                     DsExportOptions  *options);
GString   *_ds_export_html          (DsChecklist      *checklist,
                                     DsExportOptions  *options,
                                     GDateTime        *date);
GBytes    *_ds_export_pdf           (DsChecklist      *checklist,
                                     DsExportOptions  *options,
                                     GDateTime        *date,
                                     GError          **error);

G_END_DECLS
