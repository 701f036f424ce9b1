/* ds-stack-draw.h — a service's layer stack, drawn with cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "ds-types.h"

G_BEGIN_DECLS

/* The font of exported pictures; the window draws with its own. */
#define DS_STACK_EXPORT_FONT "Sans 10"

/* Where everything of one stack picture goes, for a width and a font. */
typedef struct {
  double width;
  double title_height;   /* 0 without a title */
  double band_top;       /* the top of the first band */
  double band_height;
  double band_gap;
  double legend_top;
  double height;         /* of the whole picture */
} DsStackLayout;

void          ds_stack_layout_init     (DsStackLayout       *layout,
                                        PangoContext        *context,
                                        double               width,
                                        const char          *title);
void          ds_stack_layout_get_band (const DsStackLayout *layout,
                                        DsLayer              layer,
                                        cairo_rectangle_t   *band);
int           ds_stack_layout_layer_at (const DsStackLayout *layout,
                                        double               x,
                                        double               y);

void          ds_stack_draw            (cairo_t             *cr,
                                        PangoContext        *context,
                                        const DsStackLayout *layout,
                                        DsCatalog           *catalog,
                                        DsService           *service,
                                        const char          *variant,
                                        const char          *title,
                                        gboolean             dark);

const char   *ds_stack_get_layer_name  (DsCatalog           *catalog,
                                        DsLayer              layer);
char         *ds_stack_dup_title       (DsService           *service,
                                        const char          *variant);
PangoContext *ds_stack_create_export_context (void);

/* A stack saved as a picture: what ds_picture_save() draws. */
typedef struct _DsStackPicture DsStackPicture;

DsStackPicture *ds_stack_picture_new    (DsCatalog      *catalog,
                                         DsService      *service,
                                         const char     *variant,
                                         gboolean        dark);
void            ds_stack_picture_free   (DsStackPicture *picture);
double          ds_stack_picture_get_width  (DsStackPicture *picture);
double          ds_stack_picture_get_height (DsStackPicture *picture);
void            ds_stack_picture_draw   (cairo_t        *cr,
                                         gpointer        picture);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsStackPicture, ds_stack_picture_free)

G_END_DECLS
