/* ds-test-util.c — finding widgets and waiting for the main loop in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ds-test-util.h"

static void
collect (GtkWidget         *widget,
         GType              type,
         DsWidgetPredicate  predicate,
         gpointer           data,
         GPtrArray         *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (predicate == NULL || predicate (widget, data)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, predicate, data, found);
}

/**
 * ds_test_find_widgets:
 *
 * Returns: (transfer container): every widget below @root, @root included,
 *   of @type for which @predicate holds, in tree order
 */
GPtrArray *
ds_test_find_widgets (GtkWidget         *root,
                      GType              type,
                      DsWidgetPredicate  predicate,
                      gpointer           data)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, predicate, data, found);
  return found;
}

GtkWidget *
ds_test_find_widget (GtkWidget         *root,
                     GType              type,
                     DsWidgetPredicate  predicate,
                     gpointer           data)
{
  g_autoptr(GPtrArray) found = ds_test_find_widgets (root, type, predicate, data);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static gboolean
label_is (GtkWidget *widget,
          gpointer   text)
{
  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0 &&
         gtk_widget_is_drawable (widget);
}

/* The first label showing @text that is on screen. */
GtkWidget *
ds_test_find_label (GtkWidget  *root,
                    const char *text)
{
  return ds_test_find_widget (root, GTK_TYPE_LABEL, label_is, (gpointer)text);
}

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds: layout, drawing, timers. */
void
ds_test_wait (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until @condition holds, or @timeout_ms passes. */
gboolean
ds_test_wait_until (gboolean (*condition) (gpointer),
                    gpointer   data,
                    guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      ds_test_wait (10);
    }

  return TRUE;
}

/* Deletes @path and everything below it; a missing path is fine. */
void
ds_test_remove_tree (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                               NULL, NULL);
  GFileInfo *info;

  while (children && (info = g_file_enumerator_next_file (children, NULL, NULL)))
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      ds_test_remove_tree (child);
      g_object_unref (info);
    }

  g_file_delete (file, NULL, NULL);
}

void
ds_test_picture_clear (DsTestPicture *picture)
{
  g_clear_pointer (&picture->pixels, g_free);
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

/* Renders @widget as GTK draws it on screen, with the renderer the tests
 * run under everywhere, into @picture's pixels. A widget just shown, or
 * restyled, may wait a frame or two for its size: longer under the
 * sanitizers. */
void
ds_test_render_widget (GtkWidget     *widget,
                       DsTestPicture *picture)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  ds_test_wait_until (has_size, widget, 5000);
  picture->width = gtk_widget_get_width (widget);
  picture->height = gtk_widget_get_height (widget);
  g_assert_cmpint (picture->width, >, 0);
  g_assert_cmpint (picture->height, >, 0);
  picture->pixels = g_malloc (picture->width * picture->height * 4);

  gdk_paintable_snapshot (paintable, snapshot, picture->width, picture->height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, picture->width, picture->height));
  gdk_texture_download (texture, picture->pixels, picture->width * 4);
  gsk_renderer_unrealize (renderer);
}

const guchar *
ds_test_pixel_at (const DsTestPicture *picture,
                  int                  x,
                  int                  y)
{
  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, picture->width);
  g_assert_cmpint (y, <, picture->height);
  return picture->pixels + (y * picture->width + x) * 4;
}

/* Whether an opaque @pixel is @colour, give or take rounding. */
gboolean
ds_test_is_colour (const guchar  *pixel,
                   const DsColor *colour)
{
  return pixel[3] == 255 &&
         ABS (pixel[2] - (int) (colour->red * 255 + 0.5)) <= 2 &&
         ABS (pixel[1] - (int) (colour->green * 255 + 0.5)) <= 2 &&
         ABS (pixel[0] - (int) (colour->blue * 255 + 0.5)) <= 2;
}
