/* ds-service.h — one AWS service and how its responsibility is split
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_SERVICE (ds_service_get_type ())

G_DECLARE_FINAL_TYPE (DsService, ds_service, DS, SERVICE, GObject)

const char *ds_service_get_id            (DsService *self);
const char *ds_service_get_name          (DsService *self);
const char *ds_service_get_group         (DsService *self);
DsCategory  ds_service_get_category      (DsService *self);
const char *ds_service_get_summary       (DsService *self);
const char *ds_service_get_documentation (DsService *self);
GListModel *ds_service_get_duties        (DsService *self);
DsOwner     ds_service_get_layer_owner   (DsService *self,
                                          DsLayer    layer);
DsDuty     *ds_service_lookup_duty       (DsService *self,
                                          const char *duty_id);
GListModel *ds_service_get_variants      (DsService  *self);
DsVariant  *ds_service_lookup_variant    (DsService  *self,
                                          const char *variant_id);
DsOwner     ds_service_get_variant_layer_owner (DsService  *self,
                                                const char *variant_id,
                                                DsLayer     layer);
void        ds_service_prepare_search    (DsService  *self);
gboolean    ds_service_matches           (DsService  *self,
                                          const char *casefolded_text);

G_END_DECLS
