/* ds-app-test-util.c — starting the real application in widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "ds-app-test-util.h"
#include "ds-choice-button.h"
#include "ds-checklist-section.h"
#include "ds-service-browser.h"
#include "ds-service-row.h"
#include "ds-slot.h"
#include "ds-window.h"

char *
ds_test_default_checklist_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "duty-split", "checklists",
                           "default.dutysplit.json", NULL);
}

gboolean
ds_test_window_is_mapped (gpointer window)
{
  return gtk_widget_get_mapped (window);
}

/* Forgets what earlier runs saved, as on a machine that never ran the app. */
void
ds_test_forget_everything (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

  g_settings_reset (settings, "active-checklist");
  ds_test_remove_tree (g_get_user_data_dir ());
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
}

/* Starts the application as the program does. */
DsApplication *
ds_test_start_app (gboolean first_start)
{
  g_autoptr(GError) error = NULL;
  DsApplication *app;
  GtkWindow *window;

  if (first_start)
    ds_test_forget_everything ();

  app = ds_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  g_assert_true (DS_IS_WINDOW (window));
  g_assert_true (ds_test_wait_until (ds_test_window_is_mapped, window, 20000));
  ds_test_wait (100);

  return app;
}

GtkWidget *
ds_test_app_window (DsApplication *app)
{
  return gtk_application_get_windows (GTK_APPLICATION (app))->data;
}

void
ds_test_stop_app (DsApplication *app)
{
  g_autoptr(GError) error = NULL;
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))))
    gtk_window_destroy (windows->data);

  g_assert_true (ds_application_flush (app, &error));
  g_assert_no_error (error);
  g_object_unref (app);
  ds_test_wait (50);
}

gboolean
ds_test_row_has_section (GtkWidget *widget,
                 gpointer   id)
{
  DsChecklistSection *section = ds_service_row_get_section (DS_SERVICE_ROW (widget));

  return section != NULL && g_str_equal (ds_checklist_section_get_id (section), id);
}

DsServiceRow *
ds_test_find_service_row (GtkWidget  *window,
                  const char *service_id)
{
  GtkWidget *row = ds_test_find_widget (window, DS_TYPE_SERVICE_ROW, ds_test_row_has_section, (gpointer)service_id);

  g_assert_nonnull (row);
  return DS_SERVICE_ROW (row);
}

/* A button activated from the keyboard shows itself pressed for a moment
 * and only then emits clicked. */
void
ds_test_press (GtkWidget *button)
{
  g_assert_true (gtk_widget_activate (button));
  ds_test_wait (400);
}

/* Opens the list of a DsChoiceButton as a click does; returns its popover. */
GtkWidget *
ds_test_open_choice (GtkWidget *choice)
{
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (gtk_widget_get_first_child (choice));
  GtkWidget *popover;

  ds_test_press (gtk_widget_get_first_child (GTK_WIDGET (menu_button)));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (menu_button));
  g_assert_nonnull (popover);
  g_assert_true (ds_test_wait_until (ds_test_window_is_mapped, popover, 5000));
  return popover;
}

/* Chooses @text in a DsChoiceButton as a person does: opens its list,
 * activates the row and checks that the list closed on the choice. */
void
ds_test_choose (GtkWidget  *choice,
                const char *text)
{
  GListModel *strings = ds_choice_button_get_model (DS_CHOICE_BUTTON (choice));
  GtkWidget *popover = ds_test_open_choice (choice);
  GtkWidget *list;
  guint position = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (strings); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (strings), i), text))
      position = i;
  g_assert_cmpuint (position, !=, G_MAXUINT);
  list = ds_test_find_widget (popover, GTK_TYPE_LIST_VIEW, NULL, NULL);
  g_assert_true (ds_test_find_label (list, text) != NULL);
  g_assert_true (gtk_widget_activate_action (list, "list.activate-item", "u", position));

  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_cmpstr (ds_choice_button_get_selected_string (DS_CHOICE_BUTTON (choice)), ==, text);
  ds_test_wait (50);
}

gboolean
ds_test_has_css_class (GtkWidget *widget,
               gpointer   name)
{
  return gtk_widget_has_css_class (widget, name);
}

/* Types into the browser's search entry and waits for the list to follow. */
void
ds_test_search_services (GtkWidget  *window,
                 const char *text)
{
  GtkWidget *browser = ds_test_find_widget (window, DS_TYPE_SERVICE_BROWSER, NULL, NULL);
  GtkWidget *entry = ds_test_find_widget (browser, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  ds_test_wait (400);   /* the entry waits a moment before it searches */
}

/* Selects a service in the browser as a click on its row does. */
void
ds_test_select_service (GtkWidget  *window,
                const char *service_id)
{
  GtkWidget *browser = ds_test_find_widget (window, DS_TYPE_SERVICE_BROWSER, NULL, NULL);
  GtkWidget *list = ds_test_find_widget (browser, GTK_TYPE_LIST_VIEW, ds_test_has_css_class, (gpointer)"navigation-sidebar");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DsSlot) slot = g_list_model_get_item (model, i);
      DsChecklistSection *section = ds_slot_get_item (slot);

      if (g_str_equal (ds_checklist_section_get_id (section), service_id))
        {
          g_assert_true (gtk_widget_activate_action (list, "list.select-item", "(ubb)", i, FALSE, FALSE));
          ds_test_wait (50);
          return;
        }
    }

  g_error ("no row for %s", service_id);
}

gboolean
ds_test_is_file_chooser (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_FILE_CHOOSER (widget) && gtk_widget_get_visible (widget);
}

GtkWidget *
ds_test_find_toplevel (DsWidgetPredicate predicate)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (predicate (window, NULL))
        return window;
    }

  return NULL;
}

/* The chooser picks its starting folder once it is on screen; the tests
 * choose theirs after that. */
gboolean
ds_test_file_chooser_shown (gpointer data)
{
  GtkWidget *chooser = ds_test_find_toplevel (ds_test_is_file_chooser);

  if (chooser == NULL || !gtk_widget_get_mapped (chooser))
    return FALSE;

  ds_test_wait (300);
  return TRUE;
}

gboolean
ds_test_file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

gboolean
ds_test_chooser_has_file (gpointer data)
{
  GtkWidget *chooser = ds_test_find_toplevel (ds_test_is_file_chooser);
  g_autoptr(GFile) file = NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  file = chooser ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  G_GNUC_END_IGNORE_DEPRECATIONS

  return file != NULL && g_file_equal (file, data);
}

static gboolean
is_heading_of_dialog (GtkWidget *widget,
                      gpointer   label)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  GType dialog_type = ADW_TYPE_ALERT_DIALOG;
#else
  GType dialog_type = ADW_TYPE_MESSAGE_DIALOG;
#endif

  return widget == label && gtk_widget_has_css_class (widget, "title-2") &&
         gtk_widget_get_ancestor (widget, dialog_type) != NULL;
}

/* libadwaita's message and alert dialogs (1.7 still) measure their large
 * heading, a title-2 label that does not wrap, at the dialog's width even
 * where it is wider, though they then show their smaller heading, which
 * wraps, in its place; GTK 4.18 warns about the measure. The dialog is laid
 * out right, so that warning, for that label alone, is written out but does
 * not end a test; any other warning does, as G_DEBUG and g_test_init() ask. */
static gboolean
is_dialog_heading_warning (const GLogField *fields,
                           gsize            n_fields)
{
  const char *domain = NULL, *message = NULL;
  GListModel *toplevels;
  void *label = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (fields[i].length != -1)
        continue;
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        message = fields[i].value;
    }

  if (g_strcmp0 (domain, "Gtk") != 0 || message == NULL ||
      sscanf (message, "Trying to measure GtkLabel %p for width of", &label) != 1)
    return FALSE;

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ds_test_find_widget (window, GTK_TYPE_LABEL, is_heading_of_dialog, label) != NULL)
        return TRUE;
    }

  return FALSE;
}

static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         data)
{
  if ((log_level & G_LOG_LEVEL_WARNING) != 0 && is_dialog_heading_warning (fields, n_fields))
    return g_log_writer_standard_streams (log_level, fields, n_fields, data);

  return g_log_writer_default (log_level, fields, n_fields, data);
}

/**
 * ds_test_init_app_tests:
 *
 * Initialises a widget test program; call it first thing in main().
 *
 * Returns: (transfer full): the private home, for ds_test_remove_tree()
 *   when the tests are done
 */
char *
ds_test_init_app_tests (int    *argc,
                        char ***argv)
{
  char *home = g_dir_make_tmp ("duty-split-test-XXXXXX", NULL);

  /* One private home for the whole program, set before GLib reads it, with
   * the system folders left alone: GTK needs the MIME database, its settings
   * schemas and its file chooser's list of recent files (which it writes
   * late) to stay where they are from one test to the next. Each test
   * clears the app's own data in ds_test_start_app(). */
  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < 4; i++)
    {
      static const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
      g_autofree char *dir = g_build_filename (home, vars[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (vars[i], dir, TRUE);
    }

  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  g_test_init (argc, argv, NULL);

  return home;
}

#if !ADW_CHECK_VERSION (1, 5, 0)
static gboolean
is_message_dialog (GtkWidget *widget,
                   gpointer   data)
{
  return ADW_IS_MESSAGE_DIALOG (widget) && gtk_widget_get_visible (widget);
}
#endif

/* The error dialog the window shows, or NULL. From libadwaita 1.5 on it is
 * an AdwAlertDialog inside the window; before, an AdwMessageDialog in a
 * window of its own. */
GtkWidget *
ds_test_find_error_dialog (GtkWidget *window)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  return ds_test_find_widget (window, ADW_TYPE_ALERT_DIALOG, NULL, NULL);
#else
  GtkWidget *dialog = ds_test_find_toplevel (is_message_dialog);

  g_assert_true (dialog == NULL || gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  return dialog;
#endif
}

const char *
ds_test_error_dialog_body (GtkWidget *dialog)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  return adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog));
#else
  return adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
#endif
}

static gboolean
is_labelled (GtkWidget *widget,
             gpointer   label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
no_error_dialog (gpointer window)
{
  return ds_test_find_error_dialog (window) == NULL;
}

/* Presses the error dialog's Close button once it is on screen (the
 * dialog comes in with an animation; a button not mapped yet does not
 * respond) and waits for the dialog to go. */
void
ds_test_close_error_dialog (GtkWidget *window)
{
  GtkWidget *dialog = ds_test_find_error_dialog (window);
  GtkWidget *close;

  g_assert_nonnull (dialog);
  close = ds_test_find_widget (dialog, GTK_TYPE_BUTTON, is_labelled, (gpointer)"_Close");
  g_assert_nonnull (close);
  g_assert_true (ds_test_wait_until (is_mapped, close, 5000));
  g_assert_true (gtk_widget_activate (close));
  g_assert_true (ds_test_wait_until (no_error_dialog, window, 5000));
}
