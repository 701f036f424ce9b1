/* ds-checklists-popover.h — the saved checklists, to switch, add or delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DS_TYPE_CHECKLISTS_POPOVER (ds_checklists_popover_get_type ())

G_DECLARE_FINAL_TYPE (DsChecklistsPopover, ds_checklists_popover, DS, CHECKLISTS_POPOVER, GtkPopover)

GtkWidget *ds_checklists_popover_new (void);

G_END_DECLS
