/* ds-layer-stack.h — a service's layers, coloured by who owns each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_LAYER_STACK (ds_layer_stack_get_type ())

G_DECLARE_FINAL_TYPE (DsLayerStack, ds_layer_stack, DS, LAYER_STACK, GtkWidget)

DsService *ds_layer_stack_get_service (DsLayerStack *self);
void       ds_layer_stack_set_service (DsLayerStack *self,
                                       DsService    *service);
const char *ds_layer_stack_get_variant (DsLayerStack *self);
void       ds_layer_stack_set_variant (DsLayerStack *self,
                                       const char   *variant_id);
DsCatalog *ds_layer_stack_get_catalog (DsLayerStack *self);
void       ds_layer_stack_set_catalog (DsLayerStack *self,
                                       DsCatalog    *catalog);
char      *ds_layer_stack_dup_tooltip_markup (DsLayerStack *self,
                                             DsLayer       layer);
gboolean   ds_layer_stack_get_band    (DsLayerStack    *self,
                                       DsLayer          layer,
                                       graphene_rect_t *band);

G_END_DECLS
