/* ds-catalog-private.h — how the loader fills the catalog's objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-catalog.h"
#include "ds-duty.h"
#include "ds-service.h"
#include "ds-variant.h"

G_BEGIN_DECLS

void       _ds_service_set_layer_owner (DsService  *self,
                                        DsLayer     layer,
                                        DsOwner     owner);
DsService *_ds_service_new             (const char *id,
                                        const char *name,
                                        const char *group,
                                        DsCategory  category,
                                        const char *summary,
                                        const char *documentation);
void       _ds_service_add_duties      (DsService  *self,
                                        DsDuty    **duties,
                                        guint       n_duties);
DsDuty    *_ds_duty_new                (GBytes     *text,
                                        const char *id,
                                        const char *service_id,
                                        const char *title,
                                        const char *detail,
                                        DsOwner     owner,
                                        DsLayer     layer,
                                        char      **controls,
                                        char      **links,
                                        char      **variants);
void       _ds_service_add_variant     (DsService  *self,
                                        DsVariant  *variant);
void       _ds_variant_set_layer_owner (DsVariant  *self,
                                        DsLayer     layer,
                                        DsOwner     owner);
DsCatalog *_ds_catalog_new             (const char *file,
                                        const char *reviewed);
void       _ds_catalog_set_layer       (DsCatalog  *self,
                                        DsLayer     layer,
                                        const char *name,
                                        const char *description);
void       _ds_catalog_set_category    (DsCatalog  *self,
                                        DsCategory  category,
                                        const char *name,
                                        const char *description);
void       _ds_catalog_add_general_duty (DsCatalog *self,
                                         DsDuty    *duty);
gboolean   _ds_catalog_add_service     (DsCatalog  *self,
                                        DsService  *service);

G_END_DECLS
