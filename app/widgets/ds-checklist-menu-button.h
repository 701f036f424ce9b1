/* ds-checklist-menu-button.h — a menu button that works on a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_CHECKLIST_MENU_BUTTON (ds_checklist_menu_button_get_type ())

G_DECLARE_DERIVABLE_TYPE (DsChecklistMenuButton, ds_checklist_menu_button, DS, CHECKLIST_MENU_BUTTON, GtkWidget)

struct _DsChecklistMenuButtonClass
{
  GtkWidgetClass parent_class;

  /* Called after the checklist changed, with the one before, to rewire. */
  void (*checklist_changed) (DsChecklistMenuButton *self,
                             DsChecklist           *old);

  /* Makes the popover, when it first opens. */
  GtkWidget *(*create_popover) (DsChecklistMenuButton *self);
};

GtkMenuButton *ds_checklist_menu_button_get_menu_button (DsChecklistMenuButton *self);
DsChecklist   *ds_checklist_menu_button_get_checklist   (DsChecklistMenuButton *self);
void           ds_checklist_menu_button_set_checklist   (DsChecklistMenuButton *self,
                                                         DsChecklist           *checklist);

G_END_DECLS
