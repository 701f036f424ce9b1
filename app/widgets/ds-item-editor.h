/* ds-item-editor.h — a popover to settle one checklist item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_ITEM_EDITOR (ds_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (DsItemEditor, ds_item_editor, DS, ITEM_EDITOR, GtkPopover)

GtkWidget       *ds_item_editor_new      (DsChecklistItem *item);
DsChecklistItem *ds_item_editor_get_item (DsItemEditor    *self);

G_END_DECLS
