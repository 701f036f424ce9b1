/* ds-window-pages.c — the matrix and compare pages, made on first visit
 *
 * Both pages are hidden when the window opens, yet building, styling and
 * measuring them (a grid of every service, three layer stacks) took about
 * as long as the services page itself. The template holds an empty bin for
 * each; the view is made when the page is first shown, or when an action
 * needs it (a category shown from the dialog, a picture saved).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include "ds-window-private.h"

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */
void ds_window_on_view_changed (DsWindow *self);
void ds_window_on_open_service (DsWindow *self, DsService *service, int layer);

/**
 * _ds_window_get_matrix_view:
 * @self: a #DsWindow
 *
 * Returns: (transfer none): the matrix page's view, made if it was not yet
 */
DsMatrixView *
_ds_window_get_matrix_view (DsWindow *self)
{
  if (self->matrix_view == NULL)
    {
      self->matrix_view = g_object_new (DS_TYPE_MATRIX_VIEW, NULL);
      g_object_bind_property (self, "catalog", self->matrix_view, "catalog", G_BINDING_SYNC_CREATE);
      g_signal_connect_object (self->matrix_view, "open-service",
                               G_CALLBACK (ds_window_on_open_service), self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->matrix_page, GTK_WIDGET (self->matrix_view));
    }

  return self->matrix_view;
}

/**
 * _ds_window_get_compare_view:
 * @self: a #DsWindow
 *
 * Returns: (transfer none): the compare page's view, made if it was not yet
 */
DsCompareView *
_ds_window_get_compare_view (DsWindow *self)
{
  if (self->compare_view == NULL)
    {
      self->compare_view = g_object_new (DS_TYPE_COMPARE_VIEW, NULL);
      g_object_bind_property (self, "catalog", self->compare_view, "catalog", G_BINDING_SYNC_CREATE);
      adw_bin_set_child (self->compare_page, GTK_WIDGET (self->compare_view));
    }

  return self->compare_view;
}

/* The stack notifies before it maps the page, so the view is in place for
 * the page's first frame. */
void
ds_window_on_view_changed (DsWindow *self)
{
  GtkWidget *page;

  /* The template connects this before it binds the children. */
  if (self->views == NULL || self->matrix_page == NULL || self->compare_page == NULL ||
      gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  page = adw_view_stack_get_visible_child (self->views);
  if (page == GTK_WIDGET (self->matrix_page))
    _ds_window_get_matrix_view (self);
  else if (page == GTK_WIDGET (self->compare_page))
    _ds_window_get_compare_view (self);
}

void
_ds_window_class_add_page_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, ds_window_on_view_changed);
}
