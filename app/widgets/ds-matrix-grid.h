/* ds-matrix-grid.h — the matrix, scrolled, with a cursor on one cell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-matrix.h"

G_BEGIN_DECLS

#define DS_TYPE_MATRIX_GRID (ds_matrix_grid_get_type ())

G_DECLARE_FINAL_TYPE (DsMatrixGrid, ds_matrix_grid, DS, MATRIX_GRID, GtkWidget)

DsMatrix  *ds_matrix_grid_get_matrix    (DsMatrixGrid *self);
void       ds_matrix_grid_set_matrix    (DsMatrixGrid *self,
                                         DsMatrix     *matrix);
gboolean   ds_matrix_grid_get_cell_area (DsMatrixGrid *self,
                                         const char   *service_id,
                                         DsLayer       layer,
                                         GdkRectangle *area);
DsService *ds_matrix_grid_get_cursor    (DsMatrixGrid *self,
                                         DsLayer      *layer);

G_END_DECLS
