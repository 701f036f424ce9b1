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
