/* ds-slot-private.h — what DsSlotModel does with its slots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-slot.h"
#include "ds-slot-model.h"

G_BEGIN_DECLS

DsSlot *_ds_slot_new      (DsSlotModel *model,
                           guint        position,
                           gpointer     item);
void    _ds_slot_set_item (DsSlot      *self,
                           gpointer     item);
void    _ds_slot_detach   (DsSlot      *self);

void    _ds_slot_model_forget (DsSlotModel *self,
                               guint        position);

G_END_DECLS
