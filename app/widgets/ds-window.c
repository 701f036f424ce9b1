/* ds-window.c — the main window: services, their duties, the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-autosave.h"
#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-editor.h"
#include "ds-duty-panel.h"
#include "ds-export.h"
#include "ds-service-browser.h"
#include "ds-window.h"

struct _DsWindow
{
  AdwApplicationWindow  parent_instance;

  DsCatalog            *catalog;
  DsChecklist          *checklist;

  AdwToastOverlay      *toast_overlay;
  DsServiceBrowser     *browser;
  DsDutyPanel          *duty_panel;
  DsChecklistEditor    *editor;
  GtkPaned             *outer_paned;
  GtkPaned             *inner_paned;
};

G_DEFINE_FINAL_TYPE (DsWindow, ds_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_CHECKLIST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (DsWindow   *self,
       const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
on_autosave_failed_cb (DsWindow     *self,
                       const GError *error)
{
  g_autofree char *message = g_strdup_printf (_("Could not save the checklist: %s"), error->message);

  toast (self, message);
}

/**
 * ds_window_export_to_file:
 * @self: a #DsWindow
 * @file: where to write the Markdown checklist
 *
 * Exports the active checklist and tells the user how it went.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ds_window_export_to_file (DsWindow *self,
                          GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);

  if (!ds_export_to_file (self->checklist, DS_EXPORT_MARKDOWN, file, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export Failed"), NULL);

      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("“%s” was not written: %s"), name, error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  message = g_strdup_printf (_("Exported “%s”"), name);
  toast (self, message);
  return TRUE;
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
on_export_dialog_done_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(DsWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  /* A cancelled dialog writes nothing and says nothing. */
  if (file != NULL)
    ds_window_export_to_file (self, file);
}
#else
static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               DsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      ds_window_export_to_file (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}
#endif

static char *
suggested_export_name (DsWindow *self)
{
  g_autofree char *base = g_strdup (ds_checklist_get_name (self->checklist));

  /* Keep the suggestion a plain file name whatever the checklist is called. */
  g_strdelimit (base, "/\\:", '-');
  return g_strconcat (base, ".md", NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);
  g_autofree char *name = suggested_export_name (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Markdown"));
  gtk_file_filter_add_suffix (filter, "md");

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, _("Export Checklist"));
    gtk_file_dialog_set_initial_name (dialog, name);
    gtk_file_dialog_set_default_filter (dialog, filter);
    gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL,
                          on_export_dialog_done_cb, g_object_ref (self));
  }
#else
  {
    GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (_("Export Checklist"), GTK_WINDOW (self),
                                   GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
    g_signal_connect (chooser, "response", G_CALLBACK (on_export_chooser_response_cb), self);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  }
#endif
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ds_service_browser_focus_search (DS_WINDOW (widget)->browser);
}

static void
show_load_error (DsWindow   *self,
                 const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                              _("Your Checklist Could Not Be Opened"),
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
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
  g_settings_bind (settings, "browser-width", self->outer_paned, "position", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "panel-width", self->inner_paned, "position", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (ds_application_get_autosave (app), "failed",
                           G_CALLBACK (on_autosave_failed_cb), self, G_CONNECT_SWAPPED);

  if ((load_error = ds_application_take_load_error (app)))
    show_load_error (self, load_error);
}

static void
ds_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DS_TYPE_WINDOW);

  G_OBJECT_CLASS (ds_window_parent_class)->dispose (object);
}

static void
ds_window_finalize (GObject *object)
{
  DsWindow *self = (DsWindow *)object;

  g_clear_object (&self->catalog);
  g_clear_object (&self->checklist);

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
    case PROP_CATALOG:   self->catalog = g_value_dup_object (value); break;
    case PROP_CHECKLIST: self->checklist = g_value_dup_object (value); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_window_class_init (DsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ds_window_dispose;
  object_class->finalize = ds_window_finalize;
  object_class->get_property = ds_window_get_property;
  object_class->set_property = ds_window_set_property;

  properties[PROP_CATALOG] = g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG, construct);
  properties[PROP_CHECKLIST] = g_param_spec_object ("checklist", NULL, NULL, DS_TYPE_CHECKLIST, construct);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, browser);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, duty_panel);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, inner_paned);

  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);

  g_type_ensure (DS_TYPE_CHECKLIST_EDITOR);
  g_type_ensure (DS_TYPE_DUTY_PANEL);
  g_type_ensure (DS_TYPE_SERVICE_BROWSER);
}

static void
ds_window_init (DsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

  self = g_object_new (DS_TYPE_WINDOW,
                       "application", application,
                       "catalog", ds_application_get_catalog (application),
                       "checklist", ds_application_get_checklist (application),
                       NULL);
  attach_to_application (self, application);

  return self;
}
