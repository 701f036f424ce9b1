/* ds-checklist-editor.h — the active checklist, grouped by service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_CHECKLIST_EDITOR (ds_checklist_editor_get_type ())

G_DECLARE_FINAL_TYPE (DsChecklistEditor, ds_checklist_editor, DS, CHECKLIST_EDITOR, GtkWidget)

DsChecklist *ds_checklist_editor_get_checklist (DsChecklistEditor *self);
void         ds_checklist_editor_set_checklist (DsChecklistEditor *self,
                                                DsChecklist       *checklist);

G_END_DECLS
