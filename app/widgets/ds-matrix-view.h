/* ds-matrix-view.h — the matrix page: filters and the grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-matrix.h"

G_BEGIN_DECLS

#define DS_TYPE_MATRIX_VIEW (ds_matrix_view_get_type ())

G_DECLARE_FINAL_TYPE (DsMatrixView, ds_matrix_view, DS, MATRIX_VIEW, GtkWidget)

DsMatrix *ds_matrix_view_get_matrix   (DsMatrixView *self);
void      ds_matrix_view_set_category (DsMatrixView *self,
                                       int           category);

G_END_DECLS
