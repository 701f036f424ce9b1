/* ds-checklist-section.h — one service's part of a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_CHECKLIST_SECTION (ds_checklist_section_get_type ())

G_DECLARE_FINAL_TYPE (DsChecklistSection, ds_checklist_section, DS, CHECKLIST_SECTION, GObject)

const char *ds_checklist_section_get_id      (DsChecklistSection *self);
DsChecklist *ds_checklist_section_get_checklist (DsChecklistSection *self);
DsService  *ds_checklist_section_get_service (DsChecklistSection *self);
const char *ds_checklist_section_get_title   (DsChecklistSection *self);
gboolean    ds_checklist_section_get_chosen  (DsChecklistSection *self);
void        ds_checklist_section_set_chosen  (DsChecklistSection *self,
                                              gboolean            chosen);
const char *ds_checklist_section_get_variant (DsChecklistSection *self);
void        ds_checklist_section_set_variant (DsChecklistSection *self,
                                              const char         *variant_id);
guint       ds_checklist_section_get_n_done  (DsChecklistSection *self);
guint       ds_checklist_section_get_n_total (DsChecklistSection *self);

G_END_DECLS
