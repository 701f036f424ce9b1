/* ds-test-util.h — finding widgets and waiting for the main loop in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*DsWidgetPredicate) (GtkWidget *widget,
                                       gpointer   data);

GtkWidget *ds_test_find_widget  (GtkWidget         *root,
                                 GType              type,
                                 DsWidgetPredicate  predicate,
                                 gpointer           data);
GPtrArray *ds_test_find_widgets (GtkWidget         *root,
                                 GType              type,
                                 DsWidgetPredicate  predicate,
                                 gpointer           data);
GtkWidget *ds_test_find_label   (GtkWidget         *root,
                                 const char        *text);
void       ds_test_wait         (guint              ms);
void       ds_test_remove_tree  (const char        *path);
gboolean   ds_test_wait_until   (gboolean         (*condition) (gpointer),
                                 gpointer           data,
                                 guint              timeout_ms);

G_END_DECLS
