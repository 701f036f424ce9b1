/* ds-milestones-button.h — save, list and open a checklist's milestones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-checklist-menu-button.h"

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_MILESTONES_BUTTON (ds_milestones_button_get_type ())

G_DECLARE_FINAL_TYPE (DsMilestonesButton, ds_milestones_button, DS, MILESTONES_BUTTON, DsChecklistMenuButton)

GtkWindow   *ds_milestones_button_open         (DsMilestonesButton *self,
                                                 DsMilestone        *milestone);

G_END_DECLS
