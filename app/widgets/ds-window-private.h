/* ds-window-private.h — what the window's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-window.h"

G_BEGIN_DECLS

typedef void (*FileChosenFunc) (DsWindow *self,
                                GFile    *file);

void _ds_window_toast                       (DsWindow       *self,
                                             AdwToast       *toast);
void _ds_window_show_error                  (DsWindow       *self,
                                             const char     *heading,
                                             const char     *body);
void _ds_window_choose_file                 (DsWindow       *self,
                                             const char     *title,
                                             const char     *accept_label,
                                             GtkFileFilter  *filter,
                                             const char     *initial_name,
                                             FileChosenFunc  func);
void _ds_window_class_add_checklist_actions (GtkWidgetClass *widget_class);

G_END_DECLS
