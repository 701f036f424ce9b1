/* ds-variant.h — one way of running a service, where the split depends on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_VARIANT (ds_variant_get_type ())

G_DECLARE_FINAL_TYPE (DsVariant, ds_variant, DS, VARIANT, GObject)

const char *ds_variant_get_id          (DsVariant *self);
const char *ds_variant_get_name        (DsVariant *self);
const char *ds_variant_get_summary     (DsVariant *self);
DsOwner     ds_variant_get_layer_owner (DsVariant *self,
                                        DsLayer    layer);

G_END_DECLS
