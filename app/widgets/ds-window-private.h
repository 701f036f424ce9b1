/* ds-window-private.h — what the window's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-editor.h"
#include "ds-compare-view.h"
#include "ds-duty-panel.h"
#include "ds-export.h"
#include "ds-matrix-view.h"
#include "ds-pane.h"
#include "ds-pane-layout.h"
#include "ds-picture.h"
#include "ds-service-browser.h"
#include "ds-window.h"

G_BEGIN_DECLS

typedef struct _DsPendingPicture DsPendingPicture;

struct _DsWindow
{
  AdwApplicationWindow  parent_instance;

  DsCatalog            *catalog;
  DsChecklist          *checklist;

  GtkBox               *content;
  AdwToastOverlay      *toast_overlay;
  DsServiceBrowser     *browser;
  DsDutyPanel          *duty_panel;
  DsChecklistEditor    *editor;
  AdwBin               *compare_page;
  DsCompareView        *compare_view;     /* made on the first visit */
  DsPaneLayout         *layout;
  DsPane               *browser_pane;
  DsPane               *checklist_pane;
  AdwViewStack         *views;
  GtkWidget            *title_squeezer;   /* AdwSqueezer, deprecated after 1.3 */
  AdwWindowTitle       *window_title;
  AdwViewSwitcherBar   *switcher_bar;     /* made when first narrow */
  GtkWidget            *back_button;
  GtkWidget            *checklist_button;
  GtkMenuButton        *checklists_button;
  guint                 header_idle;
  AdwBin               *matrix_page;
  DsMatrixView         *matrix_view;      /* made on the first visit */
  DsChecklistItem      *removed_item;   /* for Undo */
  guint                 removed_position;
  GtkMenuButton        *export_button;
  GtkMenuButton        *primary_button;
  GMenuModel           *primary_menu;
  GMenuModel           *export_menu;
  DsExportOptions      *export_options;   /* bound to the settings */
  DsExportFormat        export_format;    /* of the dialog being shown */
  DsPendingPicture     *pending_picture;  /* of the dialog being shown */
  GtkWindow            *shortcuts_window; /* built when first shown */
};

typedef void (*FileChosenFunc) (DsWindow *self,
                                GFile    *file);

void _ds_window_toast                       (DsWindow       *self,
                                             AdwToast       *toast);
void _ds_window_show_error                  (DsWindow       *self,
                                             const char     *heading,
                                             const char     *body);
void _ds_window_choose_file                 (DsWindow       *self,
                                             const char     *title,
                                             const char     *accept_label,
                                             GtkFileFilter  *filter,
                                             const char     *initial_name,
                                             FileChosenFunc  func);
void _ds_window_save_picture                (DsWindow          *self,
                                             const char        *name,
                                             double             width,
                                             double             height,
                                             DsPictureDrawFunc  draw,
                                             gpointer           user_data,
                                             GDestroyNotify     destroy);
void _ds_pending_picture_free               (DsPendingPicture  *picture);
void _ds_window_class_add_checklist_actions (GtkWidgetClass *widget_class);
void _ds_window_class_add_export_actions    (GtkWidgetClass *widget_class);
void _ds_window_class_add_picture_actions   (GtkWidgetClass *widget_class);
void _ds_window_class_add_matrix_actions    (GtkWidgetClass *widget_class);
void _ds_window_open_service                (DsWindow       *self,
                                             DsService      *service,
                                             int             layer);
void _ds_window_attach_export_settings      (DsWindow       *self,
                                             GSettings      *settings);
void _ds_window_class_add_adaptive_actions  (GtkWidgetClass *widget_class);
void _ds_window_attach_layout_settings      (DsWindow       *self,
                                             GSettings      *settings);
gboolean _ds_window_is_folded               (DsWindow       *self);
void _ds_window_show_browser                (DsWindow       *self);
void _ds_window_popup_export                (DsWindow       *self);
void _ds_window_class_add_page_callbacks    (GtkWidgetClass *widget_class);
DsMatrixView  *_ds_window_get_matrix_view   (DsWindow       *self);
DsCompareView *_ds_window_get_compare_view  (DsWindow       *self);

G_END_DECLS
