/* ds-compare.h — what changes hands between two services' stacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "ds-types.h"

G_BEGIN_DECLS

/* One layer that AWS takes (more) of, going from one service to the next,
 * and the customer's duties on it under the first service. */
typedef struct {
  DsLayer    layer;
  DsOwner    from;
  DsOwner    to;
  GPtrArray *duties;   /* DsDuty */
} DsMovedLayer;

gboolean   ds_owner_moves_to_aws  (DsOwner     from,
                                   DsOwner     to);
GPtrArray *ds_compare_moved_layers (DsService  *left,
                                    const char *left_variant,
                                    DsService  *right,
                                    const char *right_variant);

#define DS_COMPARE_MAX_SERVICES 3

/* Two or three stacks side by side, saved as a picture. */
typedef struct _DsComparePicture DsComparePicture;

DsComparePicture *ds_compare_picture_new        (DsCatalog         *catalog,
                                                 guint              n_services,
                                                 DsService        **services,
                                                 const char       **variants,
                                                 gboolean           dark);
void              ds_compare_picture_free       (DsComparePicture  *picture);
double            ds_compare_picture_get_width  (DsComparePicture  *picture);
double            ds_compare_picture_get_height (DsComparePicture  *picture);
void              ds_compare_picture_draw       (cairo_t           *cr,
                                                 gpointer           picture);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsComparePicture, ds_compare_picture_free)

G_END_DECLS
