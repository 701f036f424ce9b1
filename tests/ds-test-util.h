/* ds-test-util.h — finding widgets and waiting for the main loop in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-owner-paint.h"

G_BEGIN_DECLS

/* What GTK draws for a widget, as pixels: cairo's ARGB32, so B G R A in
 * memory on little-endian machines. */
typedef struct {
  int     width;
  int     height;
  guchar *pixels;
} DsTestPicture;

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
void          ds_test_picture_clear (DsTestPicture       *picture);
void          ds_test_render_widget (GtkWidget           *widget,
                                     DsTestPicture       *picture);
const guchar *ds_test_pixel_at      (const DsTestPicture *picture,
                                     int                  x,
                                     int                  y);
gboolean      ds_test_is_colour     (const guchar        *pixel,
                                     const DsColor       *colour);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DsTestPicture, ds_test_picture_clear)

G_END_DECLS
