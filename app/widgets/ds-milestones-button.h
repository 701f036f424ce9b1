/* ds-milestones-button.h — save, list and open a checklist's milestones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_MILESTONES_BUTTON (ds_milestones_button_get_type ())

G_DECLARE_FINAL_TYPE (DsMilestonesButton, ds_milestones_button, DS, MILESTONES_BUTTON, GtkWidget)

DsChecklist *ds_milestones_button_get_checklist (DsMilestonesButton *self);
void         ds_milestones_button_set_checklist (DsMilestonesButton *self,
                                                 DsChecklist        *checklist);
GtkWindow   *ds_milestones_button_open         (DsMilestonesButton *self,
                                                 DsMilestone        *milestone);

G_END_DECLS
