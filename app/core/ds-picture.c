/* ds-picture.c — saving what the app draws as PNG or SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-picture"

#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "ds-file.h"
#include "ds-picture.h"

/* PNGs are drawn at twice the size asked for, so that they stay sharp on
 * the high-density screens and in the slides they end up on. */
#define PNG_SCALE 2

/* Pictures are a few thousand units at most; a bound keeps a huge custom
 * catalog from asking cairo for gigabytes. */
#define MAX_SIDE 32767

gboolean
ds_picture_format_from_name (const char      *file_name,
                             DsPictureFormat *format)
{
  g_autofree char *folded = g_utf8_casefold (file_name, -1);

  if (g_str_has_suffix (folded, ".png"))
    *format = DS_PICTURE_FORMAT_PNG;
  else if (g_str_has_suffix (folded, ".svg"))
    *format = DS_PICTURE_FORMAT_SVG;
  else
    return FALSE;

  return TRUE;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * ds_picture_render:
 * @format: PNG or SVG
 * @width: the picture's width, in units
 * @height: the picture's height, in units
 * @draw: draws the picture
 * @user_data: for @draw
 * @error: where to say what went wrong
 *
 * Returns: (transfer full) (nullable): the picture's file contents
 */
GBytes *
ds_picture_render (DsPictureFormat     format,
                   double              width,
                   double              height,
                   DsPictureDrawFunc   draw,
                   gpointer            user_data,
                   GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (draw != NULL, NULL);

  if (!(width >= 1 && height >= 1 && width * PNG_SCALE <= MAX_SIDE && height * PNG_SCALE <= MAX_SIDE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("a picture of %.0f × %.0f is too large to save"), width, height);
      return NULL;
    }

  if (format == DS_PICTURE_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (append_cb, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) (width * PNG_SCALE + 0.5),
                                            (int) (height * PNG_SCALE + 0.5));
      cairo_surface_set_device_scale (surface, PNG_SCALE, PNG_SCALE);
    }

  cr = cairo_create (surface);
  draw (cr, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == DS_PICTURE_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_cb, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("the picture could not be drawn: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * ds_picture_save:
 * @format: PNG or SVG
 * @width: the picture's width, in units
 * @height: the picture's height, in units
 * @draw: draws the picture
 * @user_data: for @draw
 * @file: where to save it; replaced in one step, so a failure leaves any
 *   earlier file as it was
 * @error: where to say what went wrong
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ds_picture_save (DsPictureFormat     format,
                 double              width,
                 double              height,
                 DsPictureDrawFunc   draw,
                 gpointer            user_data,
                 GFile              *file,
                 GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ds_picture_render (format, width, height, draw, user_data, error);

  return bytes != NULL && ds_file_replace_contents (file, bytes, error);
}
