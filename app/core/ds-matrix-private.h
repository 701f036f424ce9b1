/* ds-matrix-private.h — what the matrix's layout and drawing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-matrix.h"

G_BEGIN_DECLS

/* Row heights, in units. */
#define DS_MATRIX_BAND_HEIGHT    44.0
#define DS_MATRIX_GROUP_HEIGHT   28.0
#define DS_MATRIX_SERVICE_HEIGHT 28.0

struct _DsMatrix
{
  DsCatalog            *catalog;
  char                 *group;       /* the filter, or NULL for all */
  int                   category;    /* the filter, or DS_MATRIX_ALL_CATEGORIES */
  GArray               *rows;        /* DsMatrixRow, top to bottom */
  GPtrArray            *services;    /* holds a reference to each row's service */
  guint                 n_services;
  double                height;      /* header and rows */
  gboolean              dark;
  PangoFontDescription *font;
};

G_END_DECLS
