/* ds-milestones-button.c — save, list and open a checklist's milestones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-milestones-button"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-duty-row.h"
#include "ds-milestone.h"
#include "ds-milestones-button.h"

/* A popover that names and saves the checklist's state, and lists the
 * milestones with a bar each, oldest first: progress over time at a
 * glance. Each opens read-only in a window of its own. */
struct _DsMilestonesButton
{
  DsChecklistMenuButton parent_instance;

  GtkMenuButton *button;   /* the base's */
  GtkEntry      *name_entry;   /* these two are made with the popover */
  GtkListBox    *list;
};

G_DEFINE_FINAL_TYPE (DsMilestonesButton, ds_milestones_button, DS_TYPE_CHECKLIST_MENU_BUTTON)


static void
on_open_clicked_cb (GtkButton          *button,
                    DsMilestonesButton *self)
{
  gtk_popover_popdown (gtk_menu_button_get_popover (self->button));
  ds_milestones_button_open (self, g_object_get_data (G_OBJECT (button), "milestone"));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DsMilestonesButton *self = user_data;
  DsMilestone *milestone = item;
  DsChecklist *snapshot = ds_milestone_get_snapshot (milestone);
  guint done = ds_checklist_get_n_done (snapshot), total = ds_checklist_get_n_total (snapshot);
  g_autoptr(GDateTime) local = g_date_time_to_local (ds_milestone_get_at (milestone));
  g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");
  g_autofree char *progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done",
                                                            "%u of %u done", total),
                                               done, total);
  /* Translators: when a milestone was saved, then its progress */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), when, progress);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (total, 1));
  GtkWidget *open = gtk_button_new_from_icon_name ("document-open-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ds_milestone_get_name (milestone));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), done);
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, progress, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);

  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  gtk_widget_set_tooltip_text (open, _("Open Read-Only"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open read-only"), -1);
  g_object_set_data_full (G_OBJECT (open), "milestone", g_object_ref (milestone), g_object_unref);
  g_signal_connect (open, "clicked", G_CALLBACK (on_open_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);

  return row;
}

static void
on_save_clicked_cb (DsMilestonesButton *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));

  DsChecklist *checklist = ds_checklist_menu_button_get_checklist (DS_CHECKLIST_MENU_BUTTON (self));

  if (checklist == NULL || *name == '\0')
    return;

  ds_checklist_add_milestone (checklist, name);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
}

static void
ds_milestones_button_checklist_changed (DsChecklistMenuButton *button,
                                        DsChecklist           *old)
{
  DsMilestonesButton *self = DS_MILESTONES_BUTTON (button);
  DsChecklist *checklist = ds_checklist_menu_button_get_checklist (button);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, checklist ? ds_checklist_get_milestones (checklist) : NULL,
                             create_row, self, NULL);
}

static GtkWidget *
ds_milestones_button_create_popover (DsChecklistMenuButton *button)
{
  DsMilestonesButton *self = DS_MILESTONES_BUTTON (button);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *save_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save Milestone"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->name_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->name_entry, _("Name this moment, such as Design review"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->name_entry), TRUE);
  g_signal_connect_object (self->name_entry, "activate", G_CALLBACK (on_save_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_object (save, "clicked", G_CALLBACK (on_save_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (save_box), GTK_WIDGET (self->name_entry));
  gtk_box_append (GTK_BOX (save_box), save);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Milestones"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  gtk_widget_set_size_request (box, 380, -1);
  gtk_box_append (GTK_BOX (box), save_box);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  ds_milestones_button_checklist_changed (button, NULL);

  return popover;
}

static void
ds_milestones_button_class_init (DsMilestonesButtonClass *klass)
{
  DsChecklistMenuButtonClass *button_class = DS_CHECKLIST_MENU_BUTTON_CLASS (klass);

  button_class->checklist_changed = ds_milestones_button_checklist_changed;
  button_class->create_popover = ds_milestones_button_create_popover;
}

static void
ds_milestones_button_init (DsMilestonesButton *self)
{
  self->button = ds_checklist_menu_button_get_menu_button (DS_CHECKLIST_MENU_BUTTON (self));
  gtk_menu_button_set_icon_name (self->button, "bookmark-new-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Milestones"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Milestones"), -1);
}

/**
 * ds_milestones_button_open:
 * @self: a #DsMilestonesButton
 * @milestone: one of the checklist's milestones
 *
 * Shows @milestone's items as they stood, in a window that cannot change
 * them.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
ds_milestones_button_open (DsMilestonesButton *self,
                           DsMilestone        *milestone)
{
  DsChecklist *snapshot = ds_milestone_get_snapshot (milestone);
  GListModel *items = ds_checklist_get_items (snapshot);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr(GDateTime) local = g_date_time_to_local (ds_milestone_get_at (milestone));
  g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");
  guint n_total = ds_checklist_get_n_total (snapshot);
  /* Translators: when a milestone was saved and its progress, "2026-01-31 09:30 · 3 of 12 done · read-only" */
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u of %u done · read-only",
                                                            "%s · %u of %u done · read-only", n_total),
                                               when, ds_checklist_get_n_done (snapshot), n_total);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (ds_milestone_get_name (milestone), subtitle));
  gtk_window_set_title (GTK_WINDOW (window), ds_milestone_get_name (milestone));
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 640);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));

  /* Read-only: the rows show the state but take no clicks. */
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, i);
      gtk_list_box_append (GTK_LIST_BOX (list), ds_duty_row_new (NULL, item));
    }
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_set_can_target (list, FALSE);
  gtk_widget_set_focusable (list, FALSE);
  gtk_widget_add_css_class (list, "checklist");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Items as they stood"),
                                  GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE, -1);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);

  /* The snapshot lives as long as the window shows it. */
  g_object_set_data_full (G_OBJECT (window), "snapshot", g_object_ref (snapshot), g_object_unref);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}
