/* ui-types.c — a preload module that registers the app's widget types
 *
 * gtk4-builder-tool knows only GTK's own types. Loaded with LD_PRELOAD, this
 * registers libadwaita's and Duty Split's before the tool reads a .ui file,
 * so `gtk4-builder-tool validate` checks our templates for real.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "ds-categories-dialog.h"
#include "ds-add-item-popover.h"
#include "ds-checklist-editor.h"
#include "ds-checklists-popover.h"
#include "ds-choice-button.h"
#include "ds-compare-view.h"
#include "ds-duty-panel.h"
#include "ds-duty-row.h"
#include "ds-item-editor.h"
#include "ds-milestones-button.h"
#include "ds-region-button.h"
#include "ds-layer-stack.h"
#include "ds-matrix-grid.h"
#include "ds-matrix-view.h"
#include "ds-pane.h"
#include "ds-pane-layout.h"
#include "ds-service-browser.h"
#include "ds-service-page.h"
#include "ds-service-row.h"
#include "ds-window.h"
#include "ds-checklist-section.h"
#include "ds-checklist.h"
#include "ds-service.h"

__attribute__((constructor)) static void
register_types (void)
{
  g_type_ensure (ADW_TYPE_APPLICATION_WINDOW);
  g_type_ensure (ADW_TYPE_HEADER_BAR);
  g_type_ensure (ADW_TYPE_TOAST_OVERLAY);
  g_type_ensure (ADW_TYPE_STATUS_PAGE);
  g_type_ensure (ADW_TYPE_CLAMP);
  g_type_ensure (ADW_TYPE_ACTION_ROW);
  g_type_ensure (ADW_TYPE_COMBO_ROW);
  g_type_ensure (DS_TYPE_CHECKLIST);
  g_type_ensure (DS_TYPE_CHECKLIST_SECTION);
  g_type_ensure (DS_TYPE_SERVICE);
  g_type_ensure (DS_TYPE_ADD_ITEM_POPOVER);
  g_type_ensure (DS_TYPE_CHECKLIST_EDITOR);
  g_type_ensure (DS_TYPE_CHECKLISTS_POPOVER);
  g_type_ensure (DS_TYPE_CHOICE_BUTTON);
  g_type_ensure (DS_TYPE_COMPARE_VIEW);
  g_type_ensure (DS_TYPE_DUTY_PANEL);
  g_type_ensure (DS_TYPE_DUTY_ROW);
  g_type_ensure (DS_TYPE_ITEM_EDITOR);
  g_type_ensure (DS_TYPE_REGION_BUTTON);
  g_type_ensure (DS_TYPE_MILESTONES_BUTTON);
  g_type_ensure (DS_TYPE_LAYER_STACK);
  g_type_ensure (DS_TYPE_PANE);
  g_type_ensure (DS_TYPE_PANE_LAYOUT);
  g_type_ensure (DS_TYPE_SERVICE_BROWSER);
  g_type_ensure (DS_TYPE_SERVICE_PAGE);
  g_type_ensure (DS_TYPE_SERVICE_ROW);
  g_type_ensure (DS_TYPE_WINDOW);
  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);
  g_type_ensure (ADW_TYPE_WINDOW);
  g_type_ensure (DS_TYPE_CATEGORIES_DIALOG);
  g_type_ensure (DS_TYPE_MATRIX_GRID);
  g_type_ensure (DS_TYPE_MATRIX_VIEW);
}
