/* ds-picture.h — saving what the app draws as PNG or SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  DS_PICTURE_FORMAT_PNG,
  DS_PICTURE_FORMAT_SVG,
} DsPictureFormat;

/* Draws a picture on @cr, in user units where one unit is one pixel of
 * the window at scale 1, within the size it was asked for. */
typedef void (*DsPictureDrawFunc) (cairo_t  *cr,
                                   gpointer  user_data);

gboolean  ds_picture_format_from_name (const char         *file_name,
                                       DsPictureFormat    *format);

GBytes   *ds_picture_render           (DsPictureFormat     format,
                                       double              width,
                                       double              height,
                                       DsPictureDrawFunc   draw,
                                       gpointer            user_data,
                                       GError            **error);

gboolean  ds_picture_save             (DsPictureFormat     format,
                                       double              width,
                                       double              height,
                                       DsPictureDrawFunc   draw,
                                       gpointer            user_data,
                                       GFile              *file,
                                       GError            **error);

G_END_DECLS
