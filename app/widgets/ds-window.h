/* ds-window.h — the main window: services, their duties, the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ds-application.h"
#include "ds-export.h"

G_BEGIN_DECLS

#define DS_TYPE_WINDOW (ds_window_get_type ())

G_DECLARE_FINAL_TYPE (DsWindow, ds_window, DS, WINDOW, AdwApplicationWindow)

DsWindow *ds_window_new            (DsApplication *application);
gboolean  ds_window_export_to_file (DsWindow      *self,
                                    DsExportFormat format,
                                    GFile         *file);
gboolean  ds_window_print          (DsWindow      *self,
                                    const char    *pdf_path);
gboolean  ds_window_save_picture_to_file (DsWindow *self,
                                          GFile    *file);

const char * const *ds_window_get_text_styles (void);

G_END_DECLS
