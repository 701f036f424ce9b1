/* ds-window-matrix.c — the matrix page, the categories and opening services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-categories-dialog.h"
#include "ds-matrix.h"
#include "ds-service.h"
#include "ds-window-private.h"

/* Also the matrix view's signal handler (ds-window-pages.c). */
void ds_window_on_open_service (DsWindow *self, DsService *service, int layer);

/**
 * _ds_window_open_service:
 * @self: a #DsWindow
 * @service: a service of the window's catalog
 * @layer: the layer to show, or -1 for the service as a whole
 *
 * Shows the service in the services page, selected in the browser as a
 * click on its row does, and the duty panel at the layer's duties.
 */
void
_ds_window_open_service (DsWindow  *self,
                         DsService *service,
                         int        layer)
{
  adw_view_stack_set_visible_child_name (self->views, "services");
  if (!ds_service_browser_select_service (self->browser, ds_service_get_id (service)))
    return;

  if (layer >= 0 && layer < DS_N_LAYERS)
    ds_duty_panel_scroll_to_layer (self->duty_panel, layer);
}

void
ds_window_on_open_service (DsWindow  *self,
                           DsService *service,
                           int        layer)
{
  _ds_window_open_service (self, service, layer);
}

static void
on_example_opened_cb (DsWindow           *self,
                      DsService          *service,
                      DsCategoriesDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  _ds_window_open_service (self, service, -1);
}

static void
on_category_shown_cb (DsWindow           *self,
                      int                 category,
                      DsCategoriesDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  ds_matrix_view_set_category (_ds_window_get_matrix_view (self), category);
  adw_view_stack_set_visible_child_name (self->views, "matrix");
}

static void
show_categories_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);
  DsCategoriesDialog *dialog = ds_categories_dialog_new (GTK_WINDOW (self), self->catalog);

  g_signal_connect_object (dialog, "open-service", G_CALLBACK (on_example_opened_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "show-category", G_CALLBACK (on_category_shown_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The picture is of the matrix as filtered when the user asked, in the
 * style they saw it in: the view may change while the dialog is open. */
static void
save_matrix_picture_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);
  DsMatrix *matrix = ds_matrix_view_get_matrix (_ds_window_get_matrix_view (self));

  if (matrix == NULL)
    return;

  /* Translators: the suggested file name of the saved matrix; keep the .png */
  _ds_window_save_picture (self, _("responsibility-matrix.png"),
                           ds_matrix_get_picture_width (matrix), ds_matrix_get_picture_height (matrix),
                           ds_matrix_draw_picture, ds_matrix_ref (matrix), (GDestroyNotify)ds_matrix_unref);
}

void
_ds_window_class_add_matrix_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-categories", NULL, show_categories_action);
  gtk_widget_class_install_action (widget_class, "win.save-matrix-picture", NULL, save_matrix_picture_action);
}
