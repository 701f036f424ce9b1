/* ds-frame-report.h — telling a benchmark when the first frame is on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ds_frame_report_watch (GtkWindow *window);

G_END_DECLS
