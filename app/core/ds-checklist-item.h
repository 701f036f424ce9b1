/* ds-checklist-item.h — one thing to do in a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_CHECKLIST_ITEM (ds_checklist_item_get_type ())

G_DECLARE_FINAL_TYPE (DsChecklistItem, ds_checklist_item, DS, CHECKLIST_ITEM, GObject)

DsChecklistItem *ds_checklist_item_new_for_duty  (DsDuty          *duty);
DsChecklistItem *ds_checklist_item_new_custom    (const char      *section_id,
                                                  const char      *title);
gboolean         ds_checklist_item_get_custom    (DsChecklistItem *self);
void             ds_checklist_item_set_title     (DsChecklistItem *self,
                                                  const char      *title);
const char      *ds_checklist_item_get_ref       (DsChecklistItem *self);
const char      *ds_checklist_item_get_section_id (DsChecklistItem *self);
DsDuty          *ds_checklist_item_get_duty      (DsChecklistItem *self);
gboolean         ds_checklist_item_get_missing   (DsChecklistItem *self);
const char      *ds_checklist_item_get_title     (DsChecklistItem *self);
DsItemStatus     ds_checklist_item_get_status    (DsChecklistItem *self);
void             ds_checklist_item_set_status    (DsChecklistItem *self,
                                                  DsItemStatus     status);
gboolean         ds_checklist_item_get_resolved  (DsChecklistItem *self);
DsReason         ds_checklist_item_get_reason    (DsChecklistItem *self);
void             ds_checklist_item_set_reason    (DsChecklistItem *self,
                                                  DsReason         reason);
const char      *ds_checklist_item_get_reason_text (DsChecklistItem *self);
void             ds_checklist_item_set_reason_text (DsChecklistItem *self,
                                                    const char      *text);
gboolean         ds_checklist_item_get_done      (DsChecklistItem *self);
void             ds_checklist_item_set_done      (DsChecklistItem *self,
                                                  gboolean         done);
GDateTime       *ds_checklist_item_get_done_at   (DsChecklistItem *self);
void             ds_checklist_item_set_done_at   (DsChecklistItem *self,
                                                  GDateTime       *done_at);
const char      *ds_checklist_item_get_assignee  (DsChecklistItem *self);
void             ds_checklist_item_set_assignee  (DsChecklistItem *self,
                                                  const char      *assignee);
const char      *ds_checklist_item_get_note      (DsChecklistItem *self);
void             ds_checklist_item_set_note      (DsChecklistItem *self,
                                                  const char      *note);
const char      *ds_checklist_item_get_due       (DsChecklistItem *self);
void             ds_checklist_item_set_due       (DsChecklistItem *self,
                                                  const char      *due);

G_END_DECLS
