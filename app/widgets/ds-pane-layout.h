/* ds-pane-layout.h — three panes side by side, or one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DS_TYPE_PANE_LAYOUT (ds_pane_layout_get_type ())

G_DECLARE_FINAL_TYPE (DsPaneLayout, ds_pane_layout, DS, PANE_LAYOUT, GtkWidget)

gboolean   ds_pane_layout_get_folded       (DsPaneLayout *self);
GtkWidget *ds_pane_layout_get_visible_pane (DsPaneLayout *self);
void       ds_pane_layout_show_pane        (DsPaneLayout *self,
                                            GtkWidget    *pane);
gboolean   ds_pane_layout_go_back          (DsPaneLayout *self);
int        ds_pane_layout_get_room         (DsPaneLayout *self,
                                            GtkWidget    *pane);

G_END_DECLS
