/* ds-window-pictures.c — saving the window's pictures as PNG or SVG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-checklist-section.h"
#include "ds-compare.h"
#include "ds-service.h"
#include "ds-stack-draw.h"
#include "ds-window-private.h"

/* The picture a view asked to save, kept while the file dialog is open. */
struct _DsPendingPicture
{
  double            width;
  double            height;
  DsPictureDrawFunc draw;
  gpointer          user_data;
  GDestroyNotify    destroy;
};

void
_ds_pending_picture_free (DsPendingPicture *picture)
{
  if (picture->destroy)
    picture->destroy (picture->user_data);
  g_free (picture);
}

/**
 * ds_window_save_picture_to_file:
 * @self: a #DsWindow
 * @file: where to save it; a name ending in .svg makes an SVG, any other a PNG
 *
 * Saves the picture last offered with _ds_window_save_picture() and tells
 * the user how it went.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ds_window_save_picture_to_file (DsWindow *self,
                                GFile    *file)
{
  DsPendingPicture *picture;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  DsPictureFormat format;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->pending_picture != NULL, FALSE);

  picture = self->pending_picture;
  name = g_file_get_basename (file);
  if (!ds_picture_format_from_name (name, &format))
    format = DS_PICTURE_FORMAT_PNG;

  if (!ds_picture_save (format, picture->width, picture->height,
                        picture->draw, picture->user_data, file, &error))
    {
      g_autofree char *body = g_strdup_printf (_("“%s” was not written: %s"), name, error->message);

      _ds_window_show_error (self, _("Could Not Save the Picture"), body);
      return FALSE;
    }

  message = g_strdup_printf (_("Saved “%s”"), name);
  _ds_window_toast (self, adw_toast_new (message));
  return TRUE;
}

static void
picture_chosen (DsWindow *self,
                GFile    *file)
{
  ds_window_save_picture_to_file (self, file);
}

/**
 * _ds_window_save_picture:
 * @self: a #DsWindow
 * @name: the suggested file name, with its extension
 * @width: the picture's width, in units
 * @height: the picture's height, in units
 * @draw: draws the picture, also after the view changed
 * @user_data: (transfer full): for @draw
 * @destroy: frees @user_data
 *
 * Asks where to save a picture, as PNG or SVG by the name's extension.
 */
void
_ds_window_save_picture (DsWindow          *self,
                         const char        *name,
                         double             width,
                         double             height,
                         DsPictureDrawFunc  draw,
                         gpointer           user_data,
                         GDestroyNotify     destroy)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  DsPendingPicture *picture = g_new0 (DsPendingPicture, 1);
  g_autofree char *safe_name = g_strdup (name);

  picture->width = width;
  picture->height = height;
  picture->draw = draw;
  picture->user_data = user_data;
  picture->destroy = destroy;
  g_clear_pointer (&self->pending_picture, _ds_pending_picture_free);
  self->pending_picture = picture;

  gtk_file_filter_set_name (filter, _("PNG or SVG Pictures"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "svg");

  /* Keep the suggestion a plain file name whatever the service is called. */
  g_strdelimit (safe_name, "/\\:", '-');
  _ds_window_choose_file (self, _("Save Picture"), _("_Save"), filter, safe_name, picture_chosen);
}

/* The pictures are saved in the light style whatever the window's: they
 * end up in documents, slides and tickets, which are nearly always light,
 * and a light picture prints without a slab of black. */
static void
save_picture_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DsWindow *self = DS_WINDOW (widget);
  const char *what = g_variant_get_string (parameter, NULL);

  if (g_str_equal (what, "stack"))
    {
      DsChecklistSection *section = ds_duty_panel_get_section (self->duty_panel);
      DsService *service = section ? ds_checklist_section_get_service (section) : NULL;
      DsStackPicture *picture;
      g_autofree char *title = NULL;
      g_autofree char *name = NULL;

      if (service == NULL)
        return;

      picture = ds_stack_picture_new (self->catalog, service, ds_checklist_section_get_variant (section), FALSE);
      title = ds_stack_dup_title (service, ds_checklist_section_get_variant (section));
      name = g_strconcat (title, ".png", NULL);
      _ds_window_save_picture (self, name, ds_stack_picture_get_width (picture),
                               ds_stack_picture_get_height (picture), ds_stack_picture_draw,
                               picture, (GDestroyNotify) ds_stack_picture_free);
    }
  else if (g_str_equal (what, "compare"))
    {
      DsCompareView *view = _ds_window_get_compare_view (self);
      DsComparePicture *picture = ds_compare_view_create_picture (view, FALSE);
      g_autoptr(GString) name = g_string_new (NULL);

      if (picture == NULL)
        return;

      for (guint i = 0; i < ds_compare_view_get_n_services (view); i++)
        {
          DsService *service = ds_compare_view_get_service (view, i);
          /* Translators: between the services' names in the suggested file
           * name of a comparison, "Amazon EC2 vs Amazon ECS.png" */
          g_string_append (name, i > 0 ? _(" vs ") : "");
          g_string_append (name, ds_service_get_name (service));
        }
      g_string_append (name, ".png");
      _ds_window_save_picture (self, name->str, ds_compare_picture_get_width (picture),
                               ds_compare_picture_get_height (picture), ds_compare_picture_draw,
                               picture, (GDestroyNotify) ds_compare_picture_free);
    }
  else
    g_warning ("No picture called “%s”", what);
}

void
_ds_window_class_add_picture_actions (GtkWidgetClass *widget_class)
{
  /* "stack" for the duty panel's layers, "compare" for the comparison. */
  gtk_widget_class_install_action (widget_class, "win.save-picture", "s", save_picture_action);
}
