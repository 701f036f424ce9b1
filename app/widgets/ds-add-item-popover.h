/* ds-add-item-popover.h — adds an item of the team's own to a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_ADD_ITEM_POPOVER (ds_add_item_popover_get_type ())

G_DECLARE_FINAL_TYPE (DsAddItemPopover, ds_add_item_popover, DS, ADD_ITEM_POPOVER, GtkPopover)

GtkWidget   *ds_add_item_popover_new           (void);
DsChecklist *ds_add_item_popover_get_checklist (DsAddItemPopover *self);
void         ds_add_item_popover_set_checklist (DsAddItemPopover *self,
                                                DsChecklist      *checklist);

G_END_DECLS
