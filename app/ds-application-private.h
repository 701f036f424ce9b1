/* ds-application-private.h — what the application's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-application.h"

G_BEGIN_DECLS

GFile *_ds_application_dup_checklists_dir (void);
GFile *_ds_application_dup_unused_file    (GFile         *dir);
void   _ds_application_set_checklist      (DsApplication *self,
                                           DsChecklist   *checklist,
                                           GFile         *file);
void   _ds_application_install_checklist_actions (DsApplication *self);

G_END_DECLS
