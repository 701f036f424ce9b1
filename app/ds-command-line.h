/* ds-command-line.h — what duty-split does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ds-export-options.h"
#include "ds-types.h"

G_BEGIN_DECLS

void     ds_command_line_list_services (DsCatalog   *catalog,
                                        GString     *out);
gboolean ds_command_line_export        (DsCatalog        *catalog,
                                        const char       *output,
                                        const char       *format,
                                        const char       *services,
                                        const char       *checklist,
                                        DsExportOptions  *options,
                                        GError          **error);

G_END_DECLS
