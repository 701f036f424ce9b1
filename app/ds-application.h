/* ds-application.h — the application: actions, command line, the active checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_APPLICATION (ds_application_get_type ())

G_DECLARE_FINAL_TYPE (DsApplication, ds_application, DS, APPLICATION, AdwApplication)

DsApplication *ds_application_new            (void);
DsCatalog     *ds_application_get_catalog    (DsApplication *self);
DsChecklist   *ds_application_get_checklist  (DsApplication *self);
void           ds_application_use_catalog    (DsApplication *self,
                                              DsCatalog     *catalog);
GFile         *ds_application_get_checklist_file (DsApplication *self);
GPtrArray     *ds_application_list_checklists (DsApplication *self);
gboolean       ds_application_open_checklist (DsApplication *self,
                                              GFile         *file,
                                              GError       **error);
void           ds_application_new_checklist  (DsApplication *self);
gboolean       ds_application_duplicate_checklist (DsApplication *self,
                                                   GError       **error);
gboolean       ds_application_delete_checklist (DsApplication *self,
                                                GError       **error);
gboolean       ds_application_undo_delete    (DsApplication *self,
                                              GError       **error);
gboolean       ds_application_save_copy      (DsApplication *self,
                                              GFile         *file,
                                              GError       **error);
GSettings     *ds_application_get_settings   (DsApplication *self);
char          *ds_application_take_load_error (DsApplication *self);
gboolean       ds_application_flush          (DsApplication *self,
                                              GError       **error);

G_END_DECLS
