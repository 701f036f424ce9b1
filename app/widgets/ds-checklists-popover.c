/* ds-checklists-popover.c — the saved checklists, to switch, add or delete
 *
 * Lists the application's checklists each time it opens, since the files
 * may have changed: the active one ticked, the others switched to through
 * the window's actions, as are New, Duplicate and Delete below the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-checklists-popover"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-application.h"
#include "ds-checklist.h"
#include "ds-checklists-popover.h"

struct _DsChecklistsPopover
{
  GtkPopover  parent_instance;

  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (DsChecklistsPopover, ds_checklists_popover, GTK_TYPE_POPOVER)

void ds_checklists_popover_on_row_activated (DsChecklistsPopover *self);

void
ds_checklists_popover_on_row_activated (DsChecklistsPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static GtkWidget *
create_row (DsApplication *app,
            GFile         *file)
{
  gboolean is_active = g_file_equal (file, ds_application_get_checklist_file (app));
  g_autoptr(DsChecklist) checklist = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *path = g_file_get_path (file);
  GtkWidget *row = adw_action_row_new ();

  if (is_active)
    checklist = g_object_ref (ds_application_get_checklist (app));
  else
    checklist = ds_checklist_new_from_file (ds_application_get_catalog (app), file, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 checklist ? ds_checklist_get_name (checklist) : _("Cannot be read"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), basename);
  if (is_active)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
  else if (checklist != NULL && path != NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.switch-checklist");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", path);
    }

  return row;
}

static void
ds_checklists_popover_show (GtkWidget *widget)
{
  DsChecklistsPopover *self = DS_CHECKLISTS_POPOVER (widget);
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));
  DsApplication *app = DS_APPLICATION (gtk_window_get_application (window));
  g_autoptr(GPtrArray) files = ds_application_list_checklists (app);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < files->len; i++)
    gtk_list_box_append (self->list, create_row (app, g_ptr_array_index (files, i)));

  GTK_WIDGET_CLASS (ds_checklists_popover_parent_class)->show (widget);
}

static void
ds_checklists_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DS_TYPE_CHECKLISTS_POPOVER);

  G_OBJECT_CLASS (ds_checklists_popover_parent_class)->dispose (object);
}

static void
ds_checklists_popover_class_init (DsChecklistsPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_checklists_popover_dispose;
  widget_class->show = ds_checklists_popover_show;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-checklists-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, DsChecklistsPopover, list);
  gtk_widget_class_bind_template_callback (widget_class, ds_checklists_popover_on_row_activated);
}

static void
ds_checklists_popover_init (DsChecklistsPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ds_checklists_popover_new:
 *
 * Returns: (transfer full): a new popover, for a menu button in a window
 *   of the application
 */
GtkWidget *
ds_checklists_popover_new (void)
{
  return g_object_new (DS_TYPE_CHECKLISTS_POPOVER, NULL);
}
