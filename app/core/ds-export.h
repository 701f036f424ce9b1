/* ds-export.h — writing a checklist for other programs and people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ds-types.h"

G_BEGIN_DECLS

typedef enum {
  DS_EXPORT_MARKDOWN,
} DsExportFormat;

gboolean  ds_export_format_from_name     (const char      *name,
                                          DsExportFormat  *format);
gboolean  ds_export_format_from_filename (const char      *filename,
                                          DsExportFormat  *format);
char     *ds_export_markdown             (DsChecklist     *checklist,
                                          GDateTime       *date);
GBytes   *ds_export                      (DsChecklist     *checklist,
                                          DsExportFormat   format,
                                          GDateTime       *date);
gboolean  ds_export_to_file              (DsChecklist     *checklist,
                                          DsExportFormat   format,
                                          GFile           *file,
                                          GError         **error);

G_END_DECLS
