/* ds-window-checklists.c — the window's actions on whole checklists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-application.h"
#include "ds-checklist.h"
#include "ds-window-private.h"

static DsApplication *
app_of (GtkWidget *widget)
{
  return DS_APPLICATION (gtk_window_get_application (GTK_WINDOW (widget)));
}

static GtkFileFilter *
checklist_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Duty Split checklists"));
  gtk_file_filter_add_suffix (filter, "dutysplit.json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  ds_application_new_checklist (app_of (widget));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  g_autoptr(GError) error = NULL;

  if (!ds_application_duplicate_checklist (app_of (widget), &error))
    _ds_window_show_error (DS_WINDOW (widget), _("Could Not Duplicate the Checklist"), error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DsApplication *app = app_of (widget);
  g_autofree char *name = g_strdup (ds_checklist_get_name (ds_application_get_checklist (app)));
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!ds_application_delete_checklist (app, &error))
    {
      _ds_window_show_error (DS_WINDOW (widget), _("Could Not Delete the Checklist"), error->message);
      return;
    }

  title = g_strdup_printf (_("“%s” deleted"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  _ds_window_toast (DS_WINDOW (widget), toast);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GError) error = NULL;

  if (!ds_application_undo_delete (app_of (widget), &error))
    _ds_window_show_error (DS_WINDOW (widget), _("Could Not Restore the Checklist"), error->message);
}

static void
switch_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;

  if (!ds_application_open_checklist (app_of (widget), file, &error))
    _ds_window_show_error (DS_WINDOW (widget), _("Could Not Open the Checklist"), error->message);
}

static void
checklist_chosen (DsWindow *self,
                  GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (!ds_application_open_checklist (app_of (GTK_WIDGET (self)), file, &error))
    _ds_window_show_error (self, _("Could Not Open the Checklist"), error->message);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  g_autoptr(GtkFileFilter) filter = checklist_filter ();

  _ds_window_choose_file (DS_WINDOW (widget), _("Open Checklist"), _("_Open"),
                          filter, NULL, checklist_chosen);
}

static void
copy_chosen (DsWindow *self,
             GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  if (!ds_application_save_copy (app_of (GTK_WIDGET (self)), file, &error))
    {
      _ds_window_show_error (self, _("Could Not Save a Copy"), error->message);
      return;
    }

  message = g_strdup_printf (_("Saved a copy as “%s”"), name);
  _ds_window_toast (self, adw_toast_new (message));
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  DsChecklist *checklist = ds_application_get_checklist (app_of (widget));
  g_autofree char *base = g_strdup (ds_checklist_get_name (checklist));
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = checklist_filter ();

  g_strdelimit (base, "/\\:", '-');
  name = g_strconcat (base, ".dutysplit.json", NULL);
  _ds_window_choose_file (DS_WINDOW (widget), _("Save a Copy"), _("_Save"), filter, name, copy_chosen);
}

void
_ds_window_class_add_checklist_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-checklist", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-checklist", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "win.delete-checklist", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.switch-checklist", "s", switch_action);
  gtk_widget_class_install_action (widget_class, "win.open-checklist", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
}
