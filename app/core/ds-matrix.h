/* ds-matrix.h — every service against every layer, and how to draw it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ds-types.h"

G_BEGIN_DECLS

/* All categories, or all groups, in a filter. */
#define DS_MATRIX_ALL_CATEGORIES (-1)

/* Fixed sizes, in units (one pixel of the window at scale 1). */
#define DS_MATRIX_LABEL_WIDTH  250.0
#define DS_MATRIX_CELL_WIDTH    88.0
#define DS_MATRIX_HEADER_HEIGHT 84.0

typedef enum {
  DS_MATRIX_ROW_BAND,      /* the heading of a category */
  DS_MATRIX_ROW_GROUP,     /* the heading of a group inside it */
  DS_MATRIX_ROW_SERVICE,
} DsMatrixRowKind;

typedef struct {
  DsMatrixRowKind  kind;
  DsCategory       category;
  const char      *group;     /* owned by the service */
  DsService       *service;   /* the service, or the band's or group's first one */
  guint            n_services; /* in a band or group */
  double           y;         /* from the top of the header */
  double           height;
} DsMatrixRow;

typedef struct _DsMatrix DsMatrix;

DsMatrix          *ds_matrix_new               (DsCatalog                  *catalog,
                                                const char                 *group,
                                                int                         category);
DsMatrix          *ds_matrix_ref               (DsMatrix                   *self);
void               ds_matrix_unref             (DsMatrix                   *self);
DsCatalog         *ds_matrix_get_catalog       (DsMatrix                   *self);
void               ds_matrix_set_style         (DsMatrix                   *self,
                                                gboolean                    dark,
                                                const PangoFontDescription *font);
gboolean           ds_matrix_get_dark          (DsMatrix                   *self);
guint              ds_matrix_get_n_rows        (DsMatrix                   *self);
const DsMatrixRow *ds_matrix_get_row           (DsMatrix                   *self,
                                                guint                       index);
guint              ds_matrix_get_n_services    (DsMatrix                   *self);
guint              ds_matrix_find_service      (DsMatrix                   *self,
                                                const char                 *service_id);
guint              ds_matrix_row_at            (DsMatrix                   *self,
                                                double                      y);
double             ds_matrix_get_width         (DsMatrix                   *self);
double             ds_matrix_get_height        (DsMatrix                   *self);
void               ds_matrix_get_cell_rect     (DsMatrix                   *self,
                                                guint                       row,
                                                DsLayer                     layer,
                                                double                     *x,
                                                double                     *y,
                                                double                     *width,
                                                double                     *height);
char              *ds_matrix_describe_cell     (DsMatrix                   *self,
                                                guint                       row,
                                                DsLayer                     layer);

void               ds_matrix_draw_corner       (DsMatrix                   *self,
                                                cairo_t                    *cr);
void               ds_matrix_draw_header       (DsMatrix                   *self,
                                                cairo_t                    *cr);
void               ds_matrix_draw_labels       (DsMatrix                   *self,
                                                cairo_t                    *cr,
                                                double                      top,
                                                double                      bottom);
void               ds_matrix_draw_cells        (DsMatrix                   *self,
                                                cairo_t                    *cr,
                                                double                      top,
                                                double                      bottom);
double             ds_matrix_get_picture_width (DsMatrix                   *self);
double             ds_matrix_get_picture_height (DsMatrix                  *self);
void               ds_matrix_draw_picture      (cairo_t                    *cr,
                                                gpointer                    matrix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsMatrix, ds_matrix_unref)

G_END_DECLS
