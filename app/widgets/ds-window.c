/* ds-window.c — the main window: services, their duties, the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-checklist-section.h"
#include "ds-checklist-editor.h"
#include "ds-checklists-popover.h"
#include "ds-duty-panel.h"
#include "ds-export.h"
#include "ds-service-browser.h"
#include "ds-window.h"
#include "ds-window-private.h"


G_DEFINE_FINAL_TYPE (DsWindow, ds_window, ADW_TYPE_APPLICATION_WINDOW)

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_CHECKLIST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_ds_window_toast (DsWindow   *self,
                  AdwToast   *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
toast (DsWindow   *self,
       const char *message)
{
  _ds_window_toast (self, adw_toast_new (message));
}

/* An error the user must read: the heading, the GError's message and a
 * Close button, over the window. */
void
_ds_window_show_error (DsWindow   *self,
                       const char *heading,
                       const char *body)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  /* AdwAlertDialog replaces AdwMessageDialog (deprecated in 1.6): it is
   * shown inside the window, up to 372 px wide where the message dialog
   * stays at 300 whatever the window's width, and as a bottom sheet in a
   * narrow window. */
  AdwDialog *dialog = adw_alert_dialog_new (heading, body);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, GTK_WIDGET (self));
#else
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

static void
on_autosave_failed_cb (DsWindow     *self,
                       const GError *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not save the checklist: %s"), error->message);

  toast (self, message);
}


typedef struct
{
  DsWindow       *window;
  FileChosenFunc  func;
} FileRequest;

static void
file_chosen (FileRequest *request,
             GFile       *file)
{
  /* A cancelled dialog does nothing and says nothing. */
  if (file != NULL)
    request->func (request->window, file);

  g_object_unref (request->window);
  g_free (request);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_file_dialog_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  g_autoptr(GFile) file = NULL;

  if (g_object_get_data (object, "saving"))
    file = gtk_file_dialog_save_finish (dialog, result, NULL);
  else
    file = gtk_file_dialog_open_finish (dialog, result, NULL);

  file_chosen (user_data, file);
}
#else
static void
on_file_chooser_response_cb (GtkNativeDialog *chooser,
                             int              response,
                             FileRequest     *request)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  file_chosen (request, file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}
#endif

/* Asks for a file to save to (@initial_name set) or to open, through the
 * portal where there is one, and calls @func with it. */
void
_ds_window_choose_file (DsWindow       *self,
             const char     *title,
             const char     *accept_label,
             GtkFileFilter  *filter,
             const char     *initial_name,
             FileChosenFunc  func)
{
  FileRequest *request = g_new0 (FileRequest, 1);

  request->window = g_object_ref (self);
  request->func = func;

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept_label);
    gtk_file_dialog_set_default_filter (dialog, filter);
    if (initial_name != NULL)
      {
        g_object_set_data (G_OBJECT (dialog), "saving", GINT_TO_POINTER (TRUE));
        gtk_file_dialog_set_initial_name (dialog, initial_name);
        gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, on_file_dialog_done_cb, request);
      }
    else
      gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, on_file_dialog_done_cb, request);
  }
#else
  {
    GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                   initial_name ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                   accept_label, NULL);

    if (initial_name != NULL)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), initial_name);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
    g_signal_connect (chooser, "response", G_CALLBACK (on_file_chooser_response_cb), request);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}

static void
catalog_chosen (DsWindow *self,
                GFile    *file)
{
  DsApplication *app = DS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(DsCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  if (!(catalog = ds_catalog_new_from_file (file, &error)))
    {
      _ds_window_show_error (self, _("Could Not Open the Catalog"), error->message);
      return;
    }

  ds_application_use_catalog (app, catalog);
  message = g_strdup_printf (_("Using the catalog “%s”"), name);
  toast (self, message);
}

static void
open_catalog_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Duty Split catalogs"));
  gtk_file_filter_add_suffix (filter, "json");
  _ds_window_choose_file (DS_WINDOW (widget), _("Open Catalog"), _("_Open"), filter, NULL, catalog_chosen);
}

/* Taking a service out removes its items from view; the toast offers them
 * back, state and all. */
static void
on_section_removed_cb (DsWindow           *self,
                       DsChecklistSection *section)
{
  g_autofree char *title = g_strdup_printf (_("%s taken out of the checklist"),
                                            ds_checklist_section_get_title (section));
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-remove-service");
  adw_toast_set_action_target_value (toast, g_variant_new_string (ds_checklist_section_get_id (section)));
  _ds_window_toast (self, toast);
}

static void
on_item_removed_cb (DsWindow        *self,
                    DsChecklistItem *item,
                    guint            position)
{
  g_autofree char *title = g_strdup_printf (_("“%s” deleted"), ds_checklist_item_get_title (item));
  AdwToast *toast = adw_toast_new (title);

  g_set_object (&self->removed_item, item);
  self->removed_position = position;

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-remove-item");
  _ds_window_toast (self, toast);
}

static void
undo_remove_item_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);
  g_autoptr(DsChecklistItem) item = g_steal_pointer (&self->removed_item);

  if (item != NULL)
    ds_checklist_restore_item (self->checklist, item, self->removed_position);
}

static void
undo_remove_service_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);

  ds_checklist_set_service_chosen (self->checklist, g_variant_get_string (param, NULL), TRUE);
}

/* F6 and Shift+F6 take the keyboard from pane to pane, as in other GNOME
 * apps with panes; in a folded window only the pane shown takes it. */
static void
move_pane (DsWindow *self,
           int       step)
{
  GtkWidget *panes[] = {
    GTK_WIDGET (self->browser), GTK_WIDGET (self->duty_panel), GTK_WIDGET (self->editor),
  };
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  int current = -1;

  for (int i = 0; i < (int)G_N_ELEMENTS (panes); i++)
    if (focus != NULL && (focus == panes[i] || gtk_widget_is_ancestor (focus, panes[i])))
      current = i;

  for (int tries = 1; tries <= (int)G_N_ELEMENTS (panes); tries++)
    {
      int next = ((current < 0 ? (step > 0 ? -1 : 0) : current) + step * tries + 3 * G_N_ELEMENTS (panes))
                 % G_N_ELEMENTS (panes);

      if (gtk_widget_get_mapped (panes[next]) &&
          gtk_widget_child_focus (panes[next], GTK_DIR_TAB_FORWARD))
        return;
    }
}

static void
next_pane_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  move_pane (DS_WINDOW (widget), 1);
}

static void
previous_pane_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  move_pane (DS_WINDOW (widget), -1);
}

/* GtkApplication builds the shortcuts window with each main window when it
 * finds one at gtk/help-overlay.ui; it is built when first asked for
 * instead, and kept, hidden, for the next time. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ds-shortcuts-window.ui");

      self->shortcuts_window = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
    }

  gtk_window_present (self->shortcuts_window);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  /* The search is on the services page, whichever page is shown. */
  adw_view_stack_set_visible_child_name (DS_WINDOW (widget)->views, "services");
  _ds_window_show_browser (DS_WINDOW (widget));
  ds_service_browser_focus_search (DS_WINDOW (widget)->browser);
}

/* GtkWindow:application is not a construct property, so this runs once the
 * window has its application rather than in constructed(). */
static void
attach_to_application (DsWindow      *self,
                       DsApplication *app)
{
  GSettings *settings = ds_application_get_settings (app);
  g_autofree char *load_error = NULL;

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  _ds_window_attach_layout_settings (self, settings);

  /* The application may switch catalogs, and with them the checklist. */
  g_object_bind_property (app, "catalog", self, "catalog", G_BINDING_SYNC_CREATE);
  g_object_bind_property (app, "checklist", self, "checklist", G_BINDING_SYNC_CREATE);
  _ds_window_attach_export_settings (self, settings);
  g_signal_connect_object (app, "save-failed",
                           G_CALLBACK (on_autosave_failed_cb), self, G_CONNECT_SWAPPED);

  if ((load_error = ds_application_take_load_error (app)))
    _ds_window_show_error (self, _("Your Checklist Could Not Be Opened"), load_error);
}

static void
ds_window_dispose (GObject *object)
{
  DsWindow *self = (DsWindow *)object;

  /* It may hold a view, which holds the window. */
  g_clear_pointer (&self->pending_picture, _ds_pending_picture_free);
  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_object (&self->shortcuts_window);
  gtk_widget_dispose_template (GTK_WIDGET (object), DS_TYPE_WINDOW);
  g_clear_handle_id (&self->header_idle, g_source_remove);

  G_OBJECT_CLASS (ds_window_parent_class)->dispose (object);
}

static void
ds_window_finalize (GObject *object)
{
  DsWindow *self = (DsWindow *)object;

  g_clear_object (&self->catalog);
  g_clear_object (&self->checklist);
  g_clear_object (&self->removed_item);
  g_clear_object (&self->export_options);

  G_OBJECT_CLASS (ds_window_parent_class)->finalize (object);
}

static void
ds_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DsWindow *self = DS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:   g_value_set_object (value, self->catalog); break;
    case PROP_CHECKLIST: g_value_set_object (value, self->checklist); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DsWindow *self = DS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      if (g_set_object (&self->catalog, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_CHECKLIST:
      if (self->checklist != NULL)
        {
          g_signal_handlers_disconnect_by_func (self->checklist, on_section_removed_cb, self);
          g_signal_handlers_disconnect_by_func (self->checklist, on_item_removed_cb, self);
        }
      g_clear_object (&self->removed_item);
      if (g_set_object (&self->checklist, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      if (self->checklist != NULL)
        {
          g_signal_connect_object (self->checklist, "section-removed",
                                   G_CALLBACK (on_section_removed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (self->checklist, "item-removed",
                                   G_CALLBACK (on_item_removed_cb), self, G_CONNECT_SWAPPED);
        }
      break;

    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_window_class_init (DsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ds_window_dispose;
  object_class->finalize = ds_window_finalize;
  object_class->get_property = ds_window_get_property;
  object_class->set_property = ds_window_set_property;

  properties[PROP_CATALOG] = g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG, flags);
  properties[PROP_CHECKLIST] = g_param_spec_object ("checklist", NULL, NULL, DS_TYPE_CHECKLIST, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsWindow, content);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, browser);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, duty_panel);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, compare_page);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, layout);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, browser_pane);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, checklist_pane);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, views);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, title_squeezer);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, checklist_button);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, checklists_button);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, primary_button);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, export_menu);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, matrix_page);

  _ds_window_class_add_export_actions (widget_class);
  _ds_window_class_add_picture_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.next-pane", NULL, next_pane_action);
  gtk_widget_class_install_action (widget_class, "win.previous-pane", NULL, previous_pane_action);
  gtk_widget_class_install_action (widget_class, "win.open-catalog", NULL, open_catalog_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove-service", "s", undo_remove_service_action);
  gtk_widget_class_install_action (widget_class, "win.undo-remove-item", NULL, undo_remove_item_action);
  _ds_window_class_add_checklist_actions (widget_class);
  _ds_window_class_add_adaptive_actions (widget_class);
  _ds_window_class_add_matrix_actions (widget_class);
  _ds_window_class_add_page_callbacks (widget_class);

  g_type_ensure (DS_TYPE_PANE);
  g_type_ensure (DS_TYPE_PANE_LAYOUT);
  g_type_ensure (DS_TYPE_CHECKLIST_EDITOR);
  g_type_ensure (DS_TYPE_COMPARE_VIEW);
  g_type_ensure (DS_TYPE_DUTY_PANEL);
  g_type_ensure (DS_TYPE_MATRIX_VIEW);
  g_type_ensure (DS_TYPE_SERVICE_BROWSER);
}

/* A menu button with a menu makes the menu's popover and every item in it
 * at once; these are made when first opened, which F10 and Ctrl+E do too,
 * and so is the list of checklists. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       menu)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, menu);
}

static void
create_checklists_popover_cb (GtkMenuButton *button,
                              gpointer       user_data)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_popover (button, ds_checklists_popover_new ());
}

static void
ds_window_init (DsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_menu_button_set_create_popup_func (self->primary_button, create_menu_cb, self->primary_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->export_button, create_menu_cb, self->export_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->checklists_button, create_checklists_popover_cb, NULL, NULL);
}

/**
 * ds_window_get_text_styles:
 *
 * Returns: (array zero-terminated=1): the style classes of the labels in
 *   the window's first frame, for ds_font_preload_start(); the test
 *   /window/fonts-preloaded checks that nothing is missing
 */
const char * const *
ds_window_get_text_styles (void)
{
  static const char * const styles[] = { "heading", "body", "caption", "title-1", "title-3", NULL };

  return styles;
}

/**
 * ds_window_new:
 * @application: the application, whose catalog and active checklist it shows
 *
 * Returns: (transfer full): a new window
 */
DsWindow *
ds_window_new (DsApplication *application)
{
  DsWindow *self;

  g_return_val_if_fail (DS_IS_APPLICATION (application), NULL);

  self = g_object_new (DS_TYPE_WINDOW, "application", application, NULL);
  attach_to_application (self, application);

  return self;
}
