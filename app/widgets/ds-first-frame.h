/* ds-first-frame.h — long lists that fill in once the window is on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GListModel *ds_first_frame_slice (GtkWidget  *widget,
                                  GListModel *model,
                                  guint       n_first);

G_END_DECLS
