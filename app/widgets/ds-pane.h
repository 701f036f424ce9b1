/* ds-pane.h — a side pane that the user widens or narrows by its edge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DS_TYPE_PANE (ds_pane_get_type ())

G_DECLARE_FINAL_TYPE (DsPane, ds_pane, DS, PANE, GtkWidget)

GtkWidget  *ds_pane_get_child     (DsPane      *self);
void        ds_pane_set_child     (DsPane      *self,
                                   GtkWidget   *child);
int         ds_pane_get_width     (DsPane      *self);
void        ds_pane_set_width     (DsPane      *self,
                                   int          width);
GtkPackType ds_pane_get_edge      (DsPane      *self);
void        ds_pane_set_edge      (DsPane      *self,
                                   GtkPackType  edge);
gboolean    ds_pane_get_resizable (DsPane      *self);
void        ds_pane_set_resizable (DsPane      *self,
                                   gboolean     resizable);

G_END_DECLS
