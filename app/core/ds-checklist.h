/* ds-checklist.h — one onboarding: the duties a workload's team takes care of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_CHECKLIST (ds_checklist_get_type ())

#define DS_CHECKLIST_FORMAT  "duty-split-checklist"
#define DS_CHECKLIST_VERSION 1

G_DECLARE_FINAL_TYPE (DsChecklist, ds_checklist, DS, CHECKLIST, GObject)

DsChecklist        *ds_checklist_new                (DsCatalog    *catalog);
DsChecklist        *ds_checklist_new_from_bytes     (DsCatalog    *catalog,
                                                     GBytes       *bytes,
                                                     const char   *file,
                                                     GError      **error);
DsChecklist        *ds_checklist_new_from_file      (DsCatalog    *catalog,
                                                     GFile        *file,
                                                     GError      **error);
GBytes             *ds_checklist_to_bytes           (DsChecklist  *self);
gboolean            ds_checklist_save               (DsChecklist  *self,
                                                     GFile        *file,
                                                     GError      **error);
DsCatalog          *ds_checklist_get_catalog        (DsChecklist  *self);
const char         *ds_checklist_get_name           (DsChecklist  *self);
void                ds_checklist_set_name           (DsChecklist  *self,
                                                     const char   *name);
const char * const *ds_checklist_get_regions        (DsChecklist  *self);
void                ds_checklist_set_regions        (DsChecklist  *self,
                                                     const char * const *regions);
GListModel         *ds_checklist_get_items          (DsChecklist  *self);
guint               ds_checklist_get_n_done         (DsChecklist  *self);
guint               ds_checklist_get_n_total        (DsChecklist  *self);
GStrv               ds_checklist_dup_service_ids    (DsChecklist  *self);
GPtrArray          *ds_checklist_dup_chosen_sections (DsChecklist *self);
DsChecklistSection *ds_checklist_get_section        (DsChecklist  *self,
                                                     const char   *section_id);
GListModel         *ds_checklist_get_service_sections (DsChecklist *self);
DsChecklistItem    *ds_checklist_lookup_item        (DsChecklist  *self,
                                                     const char   *ref);
GListModel         *ds_checklist_get_milestones     (DsChecklist  *self);
DsMilestone        *ds_checklist_add_milestone      (DsChecklist  *self,
                                                     const char   *name);
gboolean            ds_checklist_get_item_position  (DsChecklist  *self,
                                                     DsChecklistItem *item,
                                                     guint        *position);
DsChecklistItem    *ds_checklist_add_custom_item    (DsChecklist  *self,
                                                     const char   *section_id,
                                                     const char   *title);
void                ds_checklist_remove_item        (DsChecklist  *self,
                                                     DsChecklistItem *item);
void                ds_checklist_restore_item       (DsChecklist  *self,
                                                     DsChecklistItem *item,
                                                     guint         position);
void                ds_checklist_move_item          (DsChecklist  *self,
                                                     DsChecklistItem *item,
                                                     guint         position);
GPtrArray          *ds_checklist_dup_offered_duties (DsChecklist  *self);
guint               ds_checklist_add_offered_duties (DsChecklist  *self);
gboolean            ds_checklist_set_service_chosen (DsChecklist  *self,
                                                     const char   *service_id,
                                                     gboolean      chosen);

G_END_DECLS
