/* ds-region-button.h — shows and chooses the AWS Regions of a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-checklist-menu-button.h"

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_REGION_BUTTON (ds_region_button_get_type ())

G_DECLARE_FINAL_TYPE (DsRegionButton, ds_region_button, DS, REGION_BUTTON, DsChecklistMenuButton)


G_END_DECLS
