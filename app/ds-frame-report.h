/* ds-frame-report.h — telling a benchmark how start-up goes, to the first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ds_frame_report_watch (GtkWindow  *window);
void ds_frame_report_mark  (const char *phase);

G_END_DECLS
