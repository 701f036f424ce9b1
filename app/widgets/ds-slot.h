/* ds-slot.h — one position of a DsSlotModel, showing whatever item is there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DS_TYPE_SLOT (ds_slot_get_type ())

G_DECLARE_FINAL_TYPE (DsSlot, ds_slot, DS, SLOT, GObject)

gpointer ds_slot_get_item (DsSlot *self);

G_END_DECLS
