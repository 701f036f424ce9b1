/* ds-first-frame.c — long lists that fill in once the window is on screen
 *
 * The lists of the window make a row widget for every item, or nearly
 * (GtkListBox always; GTK 4.8's GtkListView up to 200). Building,
 * measuring and styling a hundred rows or more, each with its tooltips
 * (GTK asks the X server where the pointer is for each), made the window
 * appear several times later than an empty one. A list shows a screenful
 * of its first items in the window's first frame, and the others over the
 * next few frames, before anyone can scroll.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-first-frame"

#include "config.h"

#include "ds-first-frame.h"

#define SLICE_KEY "ds-first-frame-slice"

static void
on_frame_painted_cb (GdkFrameClock *clock,
                     GtkWidget     *widget)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  GtkSliceListModel *slice = g_object_get_data (G_OBJECT (widget), SLICE_KEY);

  guint size = gtk_slice_list_model_get_size (slice);

  if (surface == NULL || !gdk_surface_get_mapped (surface))
    return;

  /* A few screenfuls a frame, so that the window keeps answering while
   * the rest of a long list is made. */
  if (size >= g_list_model_get_n_items (gtk_slice_list_model_get_model (slice)))
    {
      g_signal_handlers_disconnect_by_func (clock, on_frame_painted_cb, widget);
      gtk_slice_list_model_set_size (slice, G_MAXUINT);
    }
  else
    gtk_slice_list_model_set_size (slice, size * 3);
}

static void
on_mapped_cb (GtkWidget *widget)
{
  GtkSliceListModel *slice = g_object_get_data (G_OBJECT (widget), SLICE_KEY);

  g_signal_handlers_disconnect_by_func (widget, on_mapped_cb, NULL);
  if (gtk_slice_list_model_get_size (slice) != G_MAXUINT)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_frame_painted_cb), widget, 0);
}

/**
 * ds_first_frame_slice:
 * @widget: the widget that shows the list
 * @model: (transfer full): the items
 * @n_first: how many of them fill a screen
 *
 * Returns: (transfer full): a model of the first @n_first items of @model
 *   until @widget's window has drawn its first frame, then of more of them
 *   at each frame until it holds them all
 */
GListModel *
ds_first_frame_slice (GtkWidget  *widget,
                      GListModel *model,
                      guint       n_first)
{
  GtkSliceListModel *slice;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  slice = gtk_slice_list_model_new (model, 0, n_first);
  g_object_set_data_full (G_OBJECT (widget), SLICE_KEY, g_object_ref (slice), g_object_unref);
  g_signal_connect (widget, "map", G_CALLBACK (on_mapped_cb), NULL);

  return G_LIST_MODEL (slice);
}
