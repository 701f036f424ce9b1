/* ds-export.h — writing a checklist for other programs and people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ds-export-options.h"
#include "ds-types.h"

G_BEGIN_DECLS

typedef enum {
  DS_EXPORT_MARKDOWN,
  DS_EXPORT_CSV,
  DS_EXPORT_JSON,
  DS_EXPORT_HTML,
  DS_EXPORT_PDF,
} DsExportFormat;

gboolean    ds_export_format_from_name        (const char       *name,
                                               DsExportFormat   *format);
gboolean    ds_export_format_from_filename    (const char       *filename,
                                               DsExportFormat   *format);
const char *ds_export_format_get_name         (DsExportFormat    format);
const char *ds_export_format_get_label        (DsExportFormat    format);
const char *ds_export_format_get_extension    (DsExportFormat    format);
const char *ds_export_format_get_content_type (DsExportFormat    format);
GBytes     *ds_export                         (DsChecklist      *checklist,
                                               DsExportFormat    format,
                                               DsExportOptions  *options,
                                               GDateTime        *date,
                                               GError          **error);
gboolean    ds_export_to_file                 (DsChecklist      *checklist,
                                               DsExportFormat    format,
                                               DsExportOptions  *options,
                                               GFile            *file,
                                               GError          **error);

G_END_DECLS
