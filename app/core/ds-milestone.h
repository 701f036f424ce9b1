/* ds-milestone.h — a checklist's state saved at a moment, under a name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_MILESTONE (ds_milestone_get_type ())

G_DECLARE_FINAL_TYPE (DsMilestone, ds_milestone, DS, MILESTONE, GObject)

DsMilestone *ds_milestone_new          (const char  *name,
                                        GDateTime   *at,
                                        DsChecklist *snapshot);
const char  *ds_milestone_get_name     (DsMilestone *self);
GDateTime   *ds_milestone_get_at       (DsMilestone *self);
DsChecklist *ds_milestone_get_snapshot (DsMilestone *self);

G_END_DECLS
