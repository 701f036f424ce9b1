/* ds-owner-paint.h — how each owner looks in every picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "ds-types.h"

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} DsColor;

/* The colours of one owner under one style. A shared band is striped with
 * @fill and @stripe; a band that does not apply is only outlined. */
typedef struct {
  DsColor fill;
  DsColor stripe;
  DsColor text;
  DsColor outline;
} DsOwnerColors;

/* The page a picture sits on under one style. */
typedef struct {
  DsColor background;
  DsColor foreground;
  DsColor dim;
} DsPictureColors;

const DsOwnerColors   *ds_owner_get_colors   (DsOwner  owner,
                                              gboolean dark);
const DsPictureColors *ds_picture_get_colors (gboolean dark);

void ds_color_set_source (const DsColor *color,
                          cairo_t       *cr);

void ds_owner_paint      (cairo_t  *cr,
                          DsOwner   owner,
                          gboolean  dark,
                          double    x,
                          double    y,
                          double    width,
                          double    height,
                          double    radius);

G_END_DECLS
