/* ds-checklist-private.h — what the checklist's own types share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-checklist-section.h"

G_BEGIN_DECLS

DsChecklistSection *_ds_checklist_section_new        (DsChecklist        *checklist,
                                                      const char         *id,
                                                      DsService          *service);
void                _ds_checklist_section_forget     (DsChecklistSection *self);
void                _ds_checklist_section_set_counts (DsChecklistSection *self,
                                                      guint               n_done,
                                                      guint               n_total);
void                _ds_checklist_section_update_chosen (DsChecklistSection *self,
                                                         gboolean            chosen);
GPtrArray          *_ds_checklist_section_get_stash  (DsChecklistSection *self);
void                _ds_checklist_section_update_variant (DsChecklistSection *self,
                                                          const char         *variant_id);
void                _ds_checklist_set_variant        (DsChecklist        *self,
                                                      DsChecklistSection *section,
                                                      const char         *variant_id);
void                _ds_checklist_set_chosen         (DsChecklist        *self,
                                                      DsChecklistSection *section,
                                                      gboolean            chosen);
DsChecklist        *_ds_checklist_new_empty          (DsCatalog          *catalog);
DsChecklistItem    *_ds_checklist_item_new_loaded    (const char         *ref,
                                                      const char         *section_id,
                                                      DsDuty             *duty,
                                                      const char         *title,
                                                      DsItemStatus        status,
                                                      DsReason            reason,
                                                      const char         *reason_text,
                                                      GDateTime          *done_at,
                                                      const char         *assignee,
                                                      const char         *note,
                                                      const char         *due);
void                _ds_checklist_populate           (DsChecklist        *self,
                                                      const char * const *section_ids,
                                                      GPtrArray          *items);

void                _ds_checklist_add_milestone      (DsChecklist        *self,
                                                      DsMilestone        *milestone);
DsChecklist        *_ds_checklist_snapshot           (DsChecklist        *self);

G_END_DECLS
