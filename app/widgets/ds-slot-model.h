/* ds-slot-model.h — a list view's model whose rows stay while items move
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DS_TYPE_SLOT_MODEL (ds_slot_model_get_type ())

G_DECLARE_FINAL_TYPE (DsSlotModel, ds_slot_model, DS, SLOT_MODEL, GObject)

DsSlotModel *ds_slot_model_new (GtkSelectionModel *model);

G_END_DECLS
