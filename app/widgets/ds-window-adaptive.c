/* ds-window-adaptive.c — the window's panes, side by side or one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include "ds-window-private.h"

/* The panes live in a DsPaneLayout: side by side while they fit, one at a
 * time below that (down to a phone's 360 pixels), with a back button in
 * the header. The layout is an AdwLeaflet on libadwaita 1.2 and, from 1.4,
 * where the leaflet is deprecated, split views collapsed by a breakpoint
 * (ds-pane-layout.c tells how); the choice is made when compiling, and
 * this file sees only the layout's API: folded or not, the pane shown,
 * show a pane, go back. */

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */
void ds_window_on_layout_changed (DsWindow *self);
void ds_window_on_service_activated (DsWindow *self);
void ds_window_on_selected_service_changed (DsWindow *self);
void ds_window_on_title_squeezed (DsWindow *self);

gboolean
_ds_window_is_folded (DsWindow *self)
{
  return ds_pane_layout_get_folded (self->layout);
}

static GtkWidget *
visible_page (DsWindow *self)
{
  return ds_pane_layout_get_visible_pane (self->layout);
}

/* Shows @page when folded, and takes the keyboard focus there: the page it
 * was in slides away. */
static void
show_page (DsWindow  *self,
           GtkWidget *page)
{
  if (!_ds_window_is_folded (self))
    return;

  ds_pane_layout_show_pane (self->layout, page);
  if (page == GTK_WIDGET (self->browser_pane))
    ds_service_browser_focus_list (self->browser);
  else
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);

  if (ds_pane_layout_go_back (self->layout))
    show_page (self, visible_page (self));
}

void
_ds_window_show_browser (DsWindow *self)
{
  show_page (self, GTK_WIDGET (self->browser_pane));
}

/* Back from the checklist leads where the user came from (the layout
 * sees to that): straight to the list if they came from there. */
static void
show_checklist_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);

  show_page (self, GTK_WIDGET (self->checklist_pane));
}

void
ds_window_on_service_activated (DsWindow *self)
{
  show_page (self, GTK_WIDGET (self->duty_panel));
}

/* With no service left to show (another catalog was opened), a folded
 * window goes back to the list rather than show the wide window's
 * welcome, which points at panes that are not there. */
void
ds_window_on_selected_service_changed (DsWindow *self)
{
  if (self->layout != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)) &&
      ds_service_browser_get_selected_section (self->browser) == NULL &&
      visible_page (self) == GTK_WIDGET (self->duty_panel))
    show_page (self, GTK_WIDGET (self->browser_pane));
}

/* The header offers what the page shown needs. Wide, everything. Folded,
 * Back, and what is about the checklist (switching checklists, exporting)
 * on the checklist's page, with a button to reach it from the others, so
 * that the header fits 360 pixels. There the checklist's page goes
 * without a title: it has no room for one beside four buttons and the
 * window's, and the page starts with the checklist's name in large type. */
static gboolean
update_header_cb (gpointer user_data)
{
  DsWindow *self = user_data;
  GtkWidget *page = visible_page (self);
  gboolean folded = _ds_window_is_folded (self);
  gboolean services = g_strcmp0 (adw_view_stack_get_visible_child_name (self->views), "services") == 0;
  gboolean narrow = folded && services;
  gboolean on_checklist = page == GTK_WIDGET (self->checklist_pane);

  self->header_idle = 0;

  gtk_widget_set_visible (self->back_button, narrow && page != GTK_WIDGET (self->browser_pane));
  gtk_widget_set_visible (self->checklist_button, narrow && !on_checklist);
  gtk_widget_set_visible (GTK_WIDGET (self->checklists_button), !narrow || on_checklist);
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), !narrow || on_checklist);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back", gtk_widget_get_visible (self->back_button));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-checklist", folded && !on_checklist);

  adw_window_title_set_title (self->window_title,
                              narrow && on_checklist ? "" : gtk_window_get_title (GTK_WINDOW (self)));

  return G_SOURCE_REMOVE;
}

/* The layout folds while it allocates its size, when the header bar has
 * been allocated already: the header changes just after. */
void
ds_window_on_layout_changed (DsWindow *self)
{
  /* The template connects this before it binds the children, and the
   * layout notifies while it is disposed of. */
  if (self->layout == NULL || self->views == NULL || self->window_title == NULL ||
      gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  if (self->header_idle == 0)
    self->header_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_header_cb, self, NULL);
}

/* Where the header has no room for the view switcher, it shows the
 * window's title and the switcher moves to the bottom of the window, as
 * AdwViewSwitcherTitle would do; without the narrow switcher that one
 * keeps between the two, which the window has no use for and which cost
 * its first frame a typeface of its own. The bar is made the first time
 * the window is narrow, and hidden, not only unrevealed, when it is wide
 * again: GTK styles and measures what a revealer hides. */
void
ds_window_on_title_squeezed (DsWindow *self)
{
  gboolean title_shown;

  if (self->title_squeezer == NULL || self->content == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  title_shown = adw_squeezer_get_visible_child (ADW_SQUEEZER (self->title_squeezer)) ==
                GTK_WIDGET (self->window_title);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (self->switcher_bar == NULL)
    {
      if (!title_shown)
        return;

      self->switcher_bar = ADW_VIEW_SWITCHER_BAR (adw_view_switcher_bar_new ());
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->views);
      gtk_box_append (self->content, GTK_WIDGET (self->switcher_bar));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), title_shown);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, title_shown);
}

static gboolean
popup_export_cb (gpointer user_data)
{
  g_autoptr(DsWindow) self = user_data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self->export_button)))
    gtk_menu_button_popup (self->export_button);
  return G_SOURCE_REMOVE;
}

/* Folded, the export menu is on the checklist's page: Ctrl+E goes there. */
void
_ds_window_popup_export (DsWindow *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self->export_button)))
    {
      gtk_menu_button_popup (self->export_button);
      return;
    }

  show_page (self, GTK_WIDGET (self->checklist_pane));
  g_idle_add (popup_export_cb, g_object_ref (self));
}

/* The widths the user gave the side panes, kept for the next start. */
void
_ds_window_attach_layout_settings (DsWindow  *self,
                                   GSettings *settings)
{
  g_settings_bind (settings, "browser-width", self->browser_pane, "width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "checklist-width", self->checklist_pane, "width", G_SETTINGS_BIND_DEFAULT);
  g_clear_handle_id (&self->header_idle, g_source_remove);
  update_header_cb (self);
}

void
_ds_window_class_add_adaptive_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-checklist", NULL, show_checklist_action);
  gtk_widget_class_bind_template_callback (widget_class, ds_window_on_layout_changed);
  gtk_widget_class_bind_template_callback (widget_class, ds_window_on_service_activated);
  gtk_widget_class_bind_template_callback (widget_class, ds_window_on_selected_service_changed);
  gtk_widget_class_bind_template_callback (widget_class, ds_window_on_title_squeezed);
}
