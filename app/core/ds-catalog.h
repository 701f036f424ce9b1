/* ds-catalog.h — the services, their duties and the duties every customer has
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_CATALOG (ds_catalog_get_type ())

/* The format and the newest version of it this build reads. */
#define DS_CATALOG_FORMAT       "duty-split-catalog"
#define DS_CATALOG_VERSION      1
#define DS_CATALOG_BUILTIN_PATH RESOURCE_BASE "/catalog/aws.json"

G_DECLARE_FINAL_TYPE (DsCatalog, ds_catalog, DS, CATALOG, GObject)

DsCatalog  *ds_catalog_new_from_bytes           (GBytes      *bytes,
                                                 const char  *file,
                                                 GError     **error);
DsCatalog  *ds_catalog_new_from_file            (GFile       *file,
                                                 GError     **error);
DsCatalog  *ds_catalog_new_builtin              (GError     **error);
const char *ds_catalog_get_source               (DsCatalog   *self);
const char *ds_catalog_get_reviewed             (DsCatalog   *self);
GListModel *ds_catalog_get_general_duties       (DsCatalog   *self);
const char *ds_catalog_get_layer_name           (DsCatalog   *self,
                                                 DsLayer      layer);
const char *ds_catalog_get_layer_description    (DsCatalog   *self,
                                                 DsLayer      layer);
const char *ds_catalog_get_category_name        (DsCatalog   *self,
                                                 DsCategory   category);
const char *ds_catalog_get_category_description (DsCatalog   *self,
                                                 DsCategory   category);
guint       ds_catalog_get_n_groups             (DsCatalog   *self);
const char *ds_catalog_get_group                (DsCatalog   *self,
                                                 guint        position);
guint       ds_catalog_get_group_position       (DsCatalog   *self,
                                                 const char  *group);
DsService  *ds_catalog_lookup_service           (DsCatalog   *self,
                                                 const char  *service_id);
DsDuty     *ds_catalog_lookup_duty              (DsCatalog   *self,
                                                 const char  *ref);

G_END_DECLS
