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
 * How many make a screenful depends on the window's height and the rows'
 * text, so the list starts with a few and, while the first frame is laid
 * out, takes as many more as the rows so far say are missing: GDK lays a
 * window out again, up to four times a frame, while a widget asks for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-first-frame"

#include "config.h"

#include "ds-first-frame.h"

#include <math.h>

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

/* Runs after the window's own layout: the list has the rows so far, the
 * scrolled window knows how much height it shows, and the list's height
 * for its width is measured already. */
static void
on_layout_cb (GdkFrameClock *clock,
              GtkWidget     *widget)
{
  GtkSliceListModel *slice = g_object_get_data (G_OBJECT (widget), SLICE_KEY);
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  double shown = gtk_adjustment_get_page_size (adjustment);
  guint size = gtk_slice_list_model_get_size (slice);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (slice));
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (widget),
                      NULL, &height, NULL, NULL);

  if (shown <= 0)
    return;

  if (height >= shown || n_items < size || height <= 0)
    {
      g_signal_handlers_disconnect_by_func (clock, on_layout_cb, widget);
      return;
    }

  gtk_slice_list_model_set_size (slice, size + (guint) ceil ((shown - height) * n_items / height));
}

static void
on_mapped_cb (GtkWidget *widget)
{
  GtkSliceListModel *slice = g_object_get_data (G_OBJECT (widget), SLICE_KEY);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, on_mapped_cb, NULL);
  if (gtk_slice_list_model_get_size (slice) == G_MAXUINT)
    return;

  /* A list can be mapped while the window is being laid out, when a
   * handler connected now is not called: asking for the layout phase has
   * it run again. */
  g_signal_connect_object (clock, "layout", G_CALLBACK (on_layout_cb), widget, 0);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_frame_painted_cb), widget, 0);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/**
 * ds_first_frame_slice:
 * @widget: the list that shows the items, in a #GtkScrolledWindow
 * @model: (transfer full): the items
 * @n_first: how many of them to start with
 *
 * Returns: (transfer full): a model of the first items of @model, @n_first
 *   and as many more as fill the height @widget shows in its window's first
 *   frame, then of more of them at each frame until it holds them all
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
