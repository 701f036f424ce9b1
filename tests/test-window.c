/* test-window.c — the real application, driven through its widgets
 *
 * Each test starts DsApplication as the program does, in a headless X
 * display, and works the window the way a user would: selecting rows,
 * pressing toggles, ticking check buttons, answering the file dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ds-application.h"
#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-editor.h"
#include "ds-checklist-item.h"
#include "ds-checklist-section.h"
#include "ds-choice-button.h"
#include "ds-duty.h"
#include "ds-duty-panel.h"
#include "ds-duty-row.h"
#include "ds-first-frame.h"
#include "ds-font-preload.h"
#include "ds-item-editor.h"
#include "ds-layer-stack.h"
#include "ds-milestone.h"
#include "ds-milestones-button.h"
#include "ds-region-button.h"
#include "ds-service.h"
#include "ds-service-browser.h"
#include "ds-service-row.h"
#include "ds-slot.h"
#include "ds-app-test-util.h"
#include "ds-window.h"

static GPtrArray *
duty_rows_in (GtkWidget  *root,
              const char *list_class)
{
  GtkWidget *list = ds_test_find_widget (root, GTK_TYPE_LIST_BOX, ds_test_has_css_class, (gpointer)list_class);

  g_assert_nonnull (list);
  return ds_test_find_widgets (list, DS_TYPE_DUTY_ROW, NULL, NULL);
}

static gboolean
row_has_ref (GtkWidget *widget,
             gpointer   ref)
{
  DsChecklistItem *item = ds_duty_row_get_item (DS_DUTY_ROW (widget));

  return item != NULL && g_strcmp0 (ds_checklist_item_get_ref (item), ref) == 0;
}

static DsDutyRow *
find_item_row (GtkWidget  *root,
               const char *ref)
{
  return DS_DUTY_ROW (ds_test_find_widget (root, DS_TYPE_DUTY_ROW, row_has_ref, (gpointer)ref));
}

static void
test_welcome (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  GtkWidget *editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  g_autoptr(GPtrArray) rows = NULL;

  /* No saved checklist: the panel explains the model instead of being empty. */
  g_assert_nonnull (ds_test_find_label (panel, "Who Secures What?"));
  g_assert_null (ds_duty_panel_get_section (DS_DUTY_PANEL (panel)));

  /* The editor already holds the duties every customer has. */
  rows = ds_test_find_widgets (editor, DS_TYPE_DUTY_ROW, NULL, NULL);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_nonnull (find_item_row (editor, "general/choose-regions"));
  g_assert_nonnull (ds_test_find_label (editor, "0 of 4 done"));

  /* Nothing was written just by looking. */
  {
    g_autofree char *path = ds_test_default_checklist_path ();
    ds_test_stop_app (app);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
test_select_service (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  DsService *ec2 = ds_catalog_lookup_service (ds_application_get_catalog (app), "ec2");
  GListModel *duties = ds_service_get_duties (ec2);
  g_autoptr(GPtrArray) aws_rows = NULL;
  g_autoptr(GPtrArray) customer_rows = NULL;
  guint aws = 0, customer = 0;

  ds_test_select_service (window, "ec2");

  g_assert_true (ds_checklist_section_get_service (ds_duty_panel_get_section (DS_DUTY_PANEL (panel))) == ec2);
  g_assert_nonnull (ds_test_find_label (panel, "Amazon EC2"));
  g_assert_nonnull (ds_test_find_label (panel, ds_service_get_summary (ec2)));

  /* Exactly this service's duties, each in its column, in catalog order. */
  aws_rows = duty_rows_in (panel, "aws-duties");
  customer_rows = duty_rows_in (panel, "customer-duties");
  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
      GPtrArray *rows = ds_duty_is_customers (duty) ? customer_rows : aws_rows;
      guint *n = ds_duty_is_customers (duty) ? &customer : &aws;

      g_assert_cmpuint (*n, <, rows->len);
      g_assert_true (ds_duty_row_get_duty (g_ptr_array_index (rows, *n)) == duty);
      (*n)++;
    }
  g_assert_cmpuint (aws, ==, aws_rows->len);
  g_assert_cmpuint (customer, ==, customer_rows->len);
  g_assert_cmpuint (aws, >=, 2);
  g_assert_cmpuint (customer, >=, 3);

  /* Not in the checklist yet: nothing to tick. */
  g_assert_null (ds_duty_row_get_item (g_ptr_array_index (customer_rows, 0)));

  /* Selecting another service replaces them. */
  ds_test_select_service (window, "s3");
  g_assert_nonnull (ds_test_find_label (panel, "Amazon S3"));
  g_assert_null (ds_test_find_label (panel, "Amazon EC2"));

  ds_test_stop_app (app);
}

/* The row showing @service_id, and whether the list shows it selected. */
static DsServiceRow *
service_row (GPtrArray  *rows,
             const char *service_id)
{
  for (guint i = 0; i < rows->len; i++)
    {
      DsChecklistSection *section = ds_service_row_get_section (g_ptr_array_index (rows, i));

      if (section != NULL && g_str_equal (ds_checklist_section_get_id (section), service_id))
        return g_ptr_array_index (rows, i);
    }
  return NULL;
}

static gboolean
row_shows_selected (DsServiceRow *row)
{
  return (gtk_widget_get_state_flags (gtk_widget_get_parent (GTK_WIDGET (row))) & GTK_STATE_FLAG_SELECTED) != 0;
}

/* Services of the group and kind chosen above the list. Neither list is
 * made before it is first opened; open, it marks the choice. */
static guint
n_services_shown (GListModel *shown,
                  const char *group,
                  int         category)
{
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsSlot) slot = g_list_model_get_item (shown, i);
      DsService *service = ds_checklist_section_get_service (ds_slot_get_item (slot));

      if (group != NULL)
        g_assert_cmpstr (ds_service_get_group (service), ==, group);
      if (category >= 0)
        g_assert_cmpint (ds_service_get_category (service), ==, category);
    }

  return n;
}

/* The first frame shows the services in view; the rest follow a few
 * frames later. */
typedef struct
{
  GListModel *shown;
  guint       n_services;
} Listing;

static gboolean
lists_every_service (gpointer data)
{
  Listing *listing = data;

  return g_list_model_get_n_items (listing->shown) == listing->n_services;
}

static gboolean
is_check_mark (GtkWidget *widget,
               gpointer   data)
{
  return g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), "object-select-symbolic") == 0;
}

static void
test_browser_filters (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *browser = ds_test_find_widget (window, DS_TYPE_SERVICE_BROWSER, NULL, NULL);
  GtkWidget *list = ds_test_find_widget (browser, GTK_TYPE_LIST_VIEW, ds_test_has_css_class, (gpointer)"navigation-sidebar");
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_autoptr(GPtrArray) choices = ds_test_find_widgets (browser, DS_TYPE_CHOICE_BUTTON, NULL, NULL);
  g_autoptr(GPtrArray) checks = NULL;
  GtkWidget *groups, *kinds, *popover;
  guint all, database;
  Listing listing = { shown, g_list_model_get_n_items (G_LIST_MODEL (ds_application_get_catalog (app))) };

  g_assert_cmpuint (choices->len, ==, 2);
  groups = g_ptr_array_index (choices, 0);
  kinds = g_ptr_array_index (choices, 1);
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (gtk_widget_get_first_child (groups))));
  g_assert_cmpstr (ds_choice_button_get_selected_string (DS_CHOICE_BUTTON (groups)), ==, "All groups");
  g_assert_true (ds_test_wait_until (lists_every_service, &listing, 5000));
  all = n_services_shown (shown, NULL, -1);

  ds_test_choose (groups, "Database");
  database = n_services_shown (shown, "Database", -1);
  g_assert_cmpuint (database, >, 1);
  g_assert_cmpuint (database, <, all);
  ds_test_choose (kinds, "Abstracted");
  g_assert_cmpuint (n_services_shown (shown, "Database", DS_CATEGORY_ABSTRACTED), >, 0);
  g_assert_cmpuint (n_services_shown (shown, "Database", DS_CATEGORY_ABSTRACTED), <, database);

  /* Opened again, the list has its check mark on the choice alone. */
  popover = ds_test_open_choice (groups);
  checks = ds_test_find_widgets (popover, GTK_TYPE_IMAGE, is_check_mark, NULL);
  g_assert_cmpuint (checks->len, >, 5);
  for (guint i = 0; i < checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (checks, i);
      const char *name = gtk_label_get_label (GTK_LABEL (gtk_widget_get_prev_sibling (check)));

      g_assert_cmpfloat (gtk_widget_get_opacity (check), ==, g_str_equal (name, "Database") ? 1.0 : 0.0);
    }
  gtk_popover_popdown (GTK_POPOVER (popover));

  ds_test_choose (groups, "All groups");
  ds_test_choose (kinds, "All kinds");
  g_assert_true (ds_test_wait_until (lists_every_service, &listing, 5000));
  g_assert_cmpuint (n_services_shown (shown, NULL, -1), ==, all);

  ds_test_stop_app (app);
}

/* A search changes what the rows show rather than building new ones, and
 * the selection stays with the service wherever it moves in the list. */
static void
test_search_keeps_rows (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *browser = ds_test_find_widget (window, DS_TYPE_SERVICE_BROWSER, NULL, NULL);
  GtkWidget *panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) again = NULL;
  DsServiceRow *s3_row;
  GtkWidget *empty;

  ds_test_select_service (window, "s3");
  before = ds_test_find_widgets (browser, DS_TYPE_SERVICE_ROW, NULL, NULL);
  g_assert_cmpuint (before->len, >, 10);
  g_assert_true (row_shows_selected (service_row (before, "s3")));

  /* Fewer services: the rows left are rows that were there, each showing
   * a service the search finds, S3 among them and still selected. */
  ds_test_search_services (window, "bucket");
  after = ds_test_find_widgets (browser, DS_TYPE_SERVICE_ROW, NULL, NULL);
  g_assert_cmpuint (after->len, >, 0);
  g_assert_cmpuint (after->len, <, before->len);
  for (guint i = 0; i < after->len; i++)
    {
      DsServiceRow *row = g_ptr_array_index (after, i);
      DsService *service = ds_checklist_section_get_service (ds_service_row_get_section (row));
      GtkWidget *name;

      g_assert_true (g_ptr_array_find (before, row, NULL));
      g_assert_true (ds_service_matches (service, "bucket"));
      /* Rows past the end of the view exist but are not drawn. */
      name = ds_test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, NULL, NULL);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (name)), ==, ds_service_get_name (service));
      g_assert_cmpint (row_shows_selected (row), ==, row == service_row (after, "s3"));
    }
  s3_row = service_row (after, "s3");
  g_assert_nonnull (s3_row);
  g_assert_true (row_shows_selected (s3_row));

  /* All of them again: S3 back at its place, selected, the panel on it
   * all along. */
  ds_test_search_services (window, "");
  again = ds_test_find_widgets (browser, DS_TYPE_SERVICE_ROW, NULL, NULL);
  s3_row = service_row (again, "s3");
  g_assert_nonnull (s3_row);
  g_assert_true (row_shows_selected (s3_row));
  for (guint i = 0; i < again->len; i++)
    g_assert_cmpint (row_shows_selected (g_ptr_array_index (again, i)), ==, g_ptr_array_index (again, i) == s3_row);
  g_assert_true (ds_checklist_section_get_service (ds_duty_panel_get_section (DS_DUTY_PANEL (panel))) ==
                 ds_catalog_lookup_service (ds_application_get_catalog (app), "s3"));

  /* A search that finds nothing says so, and the list is back with the
   * search gone. */
  empty = ds_test_find_widget (browser, ADW_TYPE_STATUS_PAGE, NULL, NULL);
  g_assert_false (gtk_widget_is_visible (empty));
  ds_test_search_services (window, "no such service anywhere");
  ds_test_wait (50);
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_nonnull (ds_test_find_label (empty, "No Services Found"));
  ds_test_search_services (window, "");
  ds_test_wait (50);
  g_assert_false (gtk_widget_is_visible (empty));
  g_assert_true (gtk_widget_get_mapped (ds_test_find_widget (gtk_widget_get_parent (empty), GTK_TYPE_LIST_VIEW, NULL, NULL)));

  ds_test_stop_app (app);
}

static gboolean
file_has_done_item (gpointer path)
{
  g_autofree char *text = NULL;

  return g_file_get_contents (path, &text, NULL, NULL) && strstr (text, "\"status\" : \"done\"");
}

static void
test_add_tick_restore (void)
{
  const char *ref = "s3/block-public-access";
  g_autofree char *path = ds_test_default_checklist_path ();
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  GtkWidget *editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  DsChecklist *checklist = ds_application_get_checklist (app);
  DsService *s3 = ds_catalog_lookup_service (ds_application_get_catalog (app), "s3");
  GtkWidget *toggle;
  DsDutyRow *editor_row, *panel_row;
  g_autofree char *progress = NULL;
  g_autoptr(DsChecklist) saved = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint n_total;

  /* Find S3 by what it does, and add it with the + of its row. */
  ds_test_search_services (window, "block public access");
  toggle = ds_test_find_widget (GTK_WIDGET (ds_test_find_service_row (window, "s3")), GTK_TYPE_TOGGLE_BUTTON, NULL, NULL);
  ds_test_press (toggle);

  g_assert_true (ds_checklist_section_get_chosen (ds_checklist_get_section (checklist, "s3")));
  n_total = ds_checklist_get_n_total (checklist);
  g_assert_cmpuint (n_total, >, 4);
  editor_row = find_item_row (editor, ref);
  g_assert_nonnull (editor_row);
  g_assert_nonnull (ds_test_find_label (editor, "Amazon S3"));   /* its heading */

  /* The duty panel offers the same item. */
  ds_test_select_service (window, "s3");
  panel_row = find_item_row (panel, ref);
  g_assert_nonnull (panel_row);
  g_assert_true (ds_duty_row_get_item (panel_row) == ds_duty_row_get_item (editor_row));
  g_assert_true (ds_checklist_section_get_service (ds_duty_panel_get_section (DS_DUTY_PANEL (panel))) == s3);

  /* Tick it in the editor: the panel, the progress and the browser follow. */
  gtk_widget_activate (GTK_WIDGET (ds_duty_row_get_check (editor_row)));
  ds_test_wait (20);
  g_assert_true (gtk_check_button_get_active (ds_duty_row_get_check (panel_row)));
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);
  progress = g_strdup_printf ("1 of %u done", n_total);
  g_assert_nonnull (ds_test_find_label (editor, progress));
  {
    DsChecklistSection *section = ds_checklist_get_section (checklist, "s3");
    g_autofree char *count = g_strdup_printf ("1/%u", ds_checklist_section_get_n_total (section));
    g_assert_nonnull (ds_test_find_label (GTK_WIDGET (ds_test_find_service_row (window, "s3")), count));
  }

  /* Untick in the panel, tick again: one item, either place. */
  gtk_widget_activate (GTK_WIDGET (ds_duty_row_get_check (panel_row)));
  ds_test_wait (20);
  g_assert_false (gtk_check_button_get_active (ds_duty_row_get_check (editor_row)));
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 0);
  gtk_widget_activate (GTK_WIDGET (ds_duty_row_get_check (panel_row)));
  ds_test_wait (20);
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);

  /* Within a second, without closing anything, the file holds the tick. */
  g_assert_true (ds_test_wait_until (file_has_done_item, path, 1000));
  saved = ds_checklist_new_from_file (ds_application_get_catalog (app), file, &error);
  g_assert_no_error (error);
  g_assert_true (ds_checklist_item_get_done (ds_checklist_lookup_item (saved, ref)));

  ds_test_stop_app (app);

  /* A new start restores it, ticked, in the editor. */
  app = ds_test_start_app (FALSE);
  window = ds_test_app_window (app);
  editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  editor_row = find_item_row (editor, ref);
  g_assert_nonnull (editor_row);
  g_assert_true (gtk_check_button_get_active (ds_duty_row_get_check (editor_row)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (
    ds_test_find_widget (GTK_WIDGET (ds_test_find_service_row (window, "s3")), GTK_TYPE_TOGGLE_BUTTON, NULL, NULL))));
  ds_test_stop_app (app);
}

static gboolean
is_export_button (GtkWidget *widget,
                  gpointer   data)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Export or Print (Ctrl+E)") == 0;
}

static void
test_export (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsChecklist *checklist = ds_application_get_checklist (app);
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "export.md", NULL);
  g_autoptr(GFile) out_dir = g_file_new_for_path (g_get_user_data_dir ());
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWidget *chooser;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  ds_checklist_set_service_chosen (checklist, "ec2", TRUE);
  gtk_widget_activate (GTK_WIDGET (ds_duty_row_get_check (find_item_row (window, "ec2/patch-guest-os"))));

  /* The header bar's export menu (Ctrl+E) offers the formats; Markdown
   * opens a save dialog; answer it. */
  g_assert_true (gtk_widget_activate_action (window, "win.export-menu", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (ds_test_find_widget (window, GTK_TYPE_MENU_BUTTON, is_export_button, NULL))))));
  g_assert_true (gtk_widget_activate_action (window, "win.export", "s", "md"));
  g_assert_true (ds_test_wait_until (ds_test_file_chooser_shown, NULL, 20000));
  chooser = ds_test_find_toplevel (ds_test_is_file_chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), out_dir, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "export.md");
  {
    g_autoptr(GFile) expected = g_file_new_for_path (out);
    g_assert_true (ds_test_wait_until (ds_test_chooser_has_file, expected, 20000));
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_assert_true (ds_test_wait_until (ds_test_file_exists, out, 20000));
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\n## Amazon EC2\n"));
  g_assert_nonnull (strstr (text, "- [x] Patch the guest operating system\n"));
  g_assert_nonnull (strstr (text, "- [ ] "));

  /* "Only open items", from the same menu, is kept and used. */
  g_assert_true (gtk_widget_activate_action (window, "export.export-open-only", NULL));
  {
    g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
    g_autofree char *csv_path = g_build_filename (g_get_user_data_dir (), "open.csv", NULL);
    g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
    g_autofree char *csv_text = NULL;

    g_assert_true (g_settings_get_boolean (settings, "export-open-only"));
    g_assert_true (ds_window_export_to_file (DS_WINDOW (window), DS_EXPORT_CSV, csv));
    g_assert_true (g_file_get_contents (csv_path, &csv_text, NULL, NULL));
    g_assert_null (strstr (csv_text, "Patch the guest operating system"));
    g_assert_nonnull (strstr (csv_text, "Require IMDSv2 on every instance"));
    g_settings_reset (settings, "export-open-only");
  }

  /* Print (Ctrl+P) draws the report's pages; here into a PDF file. */
  {
    g_autofree char *pdf_path = g_build_filename (g_get_user_data_dir (), "printed.pdf", NULL);
    g_autofree char *pdf = NULL;
    gsize pdf_len = 0;

    g_assert_true (ds_window_print (DS_WINDOW (window), pdf_path));
    g_assert_true (g_file_get_contents (pdf_path, &pdf, &pdf_len, NULL));
    g_assert_cmpuint (pdf_len, >, 1000);
    g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  }

  ds_test_stop_app (app);
}

static void
test_bad_saved_checklist (void)
{
  static const char garbage[] = "{\"format\": \"duty-split-checklist\", \"version\": 1, \"items\": [";
  g_autofree char *path = ds_test_default_checklist_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *fresh = g_build_filename (dir, "checklist-1.dutysplit.json", NULL);
  g_autofree char *after = NULL;
  DsApplication *app;
  GtkWidget *window, *dialog;
  const char *body;

  ds_test_forget_everything ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, garbage, -1, NULL));

  app = ds_test_start_app (FALSE);
  window = ds_test_app_window (app);

  /* The user is told which file, where and why. */
  dialog = ds_test_find_error_dialog (window);
  g_assert_nonnull (dialog);
  body = ds_test_error_dialog_body (dialog);
  g_assert_nonnull (strstr (body, "default.dutysplit.json:1:"));
  g_assert_nonnull (strstr (body, "left as it is"));
  ds_test_close_error_dialog (window);

  /* The app keeps working, and saves elsewhere. */
  gtk_widget_activate (GTK_WIDGET (ds_duty_row_get_check (find_item_row (window, "general/encrypt-data"))));
  g_assert_true (ds_test_wait_until (file_has_done_item, fresh, 2000));
  ds_test_stop_app (app);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, garbage);
}

/* Writes @name beside the default checklist, @age seconds old. */
static char *
write_aged (const char *dir,
            const char *name,
            const char *text,
            guint       age)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                               g_get_real_time () / G_USEC_PER_SEC - age,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &error);
  g_assert_no_error (error);
  return path;
}

/* A save killed before its rename leaves a hidden temporary file; the next
 * start removes it, and keeps one young enough to be another instance's
 * save in progress, and the checklist itself. */
static void
test_stale_temporary (void)
{
  static const char saved[] = "{\"format\": \"duty-split-checklist\", \"version\": 1, "
                              "\"name\": \"Kept\", \"items\": []}";
  g_autofree char *path = ds_test_default_checklist_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *stale = NULL;
  g_autofree char *young = NULL;
  DsApplication *app;
  DsChecklist *checklist;

  ds_test_forget_everything ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, saved, -1, NULL));
  stale = write_aged (dir, ".default.dutysplit.json.k3Jd9Q", "{\"format\": \"duty-sp", 3600);
  young = write_aged (dir, ".default.dutysplit.json.Zx81qP", "{", 0);

  app = ds_test_start_app (FALSE);

  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (young, G_FILE_TEST_EXISTS));
  checklist = ds_application_get_checklist (app);
  g_assert_cmpstr (ds_checklist_get_name (checklist), ==, "Kept");

  ds_test_stop_app (app);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_unlink (young);
}

/* Opens the custom catalog through the main menu's action and its dialog. */
static void
open_custom_catalog (GtkWidget *window)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "custom-catalog.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWidget *chooser;

  g_assert_true (gtk_widget_activate_action (window, "win.open-catalog", NULL));
  g_assert_true (ds_test_wait_until (ds_test_file_chooser_shown, NULL, 20000));
  chooser = ds_test_find_toplevel (ds_test_is_file_chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error));
  g_assert_no_error (error);
  g_assert_true (ds_test_wait_until (ds_test_chooser_has_file, file, 20000));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  ds_test_wait (100);
}

static void
test_custom_catalog_and_variants (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  GtkWidget *editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  GtkWidget *combo;
  DsLayerStack *stack;
  DsChecklist *checklist;

  ds_checklist_item_set_done (ds_checklist_lookup_item (ds_application_get_checklist (app),
                                                        "general/choose-regions"), TRUE);
  open_custom_catalog (window);

  /* The browser lists the new catalog; the old items stay, marked. */
  checklist = ds_application_get_checklist (app);
  g_assert_true (g_str_has_suffix (ds_catalog_get_source (ds_application_get_catalog (app)), "custom-catalog.json"));
  g_assert_nonnull (ds_test_find_service_row (window, "app-platform"));
  g_assert_null (ds_test_find_widget (window, DS_TYPE_SERVICE_ROW, ds_test_row_has_section, (gpointer)"ec2"));
  g_assert_true (ds_checklist_item_get_missing (ds_checklist_lookup_item (checklist, "general/choose-regions")));
  g_assert_true (ds_checklist_item_get_done (ds_checklist_lookup_item (checklist, "general/choose-regions")));
  g_assert_nonnull (ds_test_find_label (editor, "No longer in the catalog"));

  /* A service with variants: the panel offers them, the default first. */
  ds_test_select_service (window, "app-platform");
  ds_test_press (ds_test_find_widget (GTK_WIDGET (ds_test_find_service_row (window, "app-platform")), GTK_TYPE_TOGGLE_BUTTON, NULL, NULL));
  combo = ds_test_find_widget (panel, ADW_TYPE_COMBO_ROW, NULL, NULL);
  stack = DS_LAYER_STACK (ds_test_find_widget (panel, DS_TYPE_LAYER_STACK, NULL, NULL));
  g_assert_true (gtk_widget_get_visible (combo));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 0);
  g_assert_cmpstr (ds_layer_stack_get_variant (stack), ==, "shared-cluster");
  g_assert_cmpint (ds_service_get_variant_layer_owner (ds_layer_stack_get_service (stack),
                                                       ds_layer_stack_get_variant (stack),
                                                       DS_LAYER_GUEST_OS), ==, DS_OWNER_AWS);
  g_assert_null (find_item_row (panel, "app-platform/patch-dedicated-nodes"));
  g_assert_nonnull (ds_test_find_label (editor, "Internal App Platform (Shared cluster)"));

  /* Choosing the other variant moves the guest OS to the customer and
   * brings its duties into the panel and the checklist. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 1);
  ds_test_wait (50);
  g_assert_cmpstr (ds_checklist_section_get_variant (ds_checklist_get_section (checklist, "app-platform")),
                   ==, "dedicated-nodes");
  g_assert_cmpstr (ds_layer_stack_get_variant (stack), ==, "dedicated-nodes");
  g_assert_cmpint (ds_service_get_variant_layer_owner (ds_layer_stack_get_service (stack),
                                                       ds_layer_stack_get_variant (stack),
                                                       DS_LAYER_GUEST_OS), ==, DS_OWNER_CUSTOMER);
  g_assert_nonnull (find_item_row (panel, "app-platform/patch-dedicated-nodes"));
  g_assert_nonnull (find_item_row (editor, "app-platform/patch-dedicated-nodes"));
  g_assert_nonnull (ds_test_find_label (editor, "Internal App Platform (Dedicated nodes)"));

  ds_test_stop_app (app);
}

static gboolean
is_offer_button (GtkWidget *widget,
                 gpointer   data)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Add Them") == 0;
}

static gboolean
has_tooltip (GtkWidget *widget,
             gpointer   text)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static gboolean
is_labelled (GtkWidget *widget,
             gpointer   label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
has_placeholder (GtkWidget *widget,
                 gpointer   text)
{
  g_autofree char *placeholder = NULL;

  g_object_get (widget, "placeholder-text", &placeholder, NULL);
  return g_strcmp0 (placeholder, text) == 0;
}

static gboolean
popover_shown (gpointer popover)
{
  return gtk_widget_get_mapped (popover);
}

static gboolean
popover_hidden (gpointer popover)
{
  return !gtk_widget_get_visible (popover);
}

/* Settles an item through its editor, as a team member does: marks it not
 * applicable with a reason, assigns it, gives it a due date and a note. */
static void
test_edit_item (void)
{
  const char *ref = "general/schedule-backups";
  g_autofree char *path = ds_test_default_checklist_path ();
  g_autoptr(DsChecklist) saved = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  DsChecklist *checklist = ds_application_get_checklist (app);
  DsChecklistItem *item = ds_checklist_lookup_item (checklist, ref);
  DsDutyRow *row = find_item_row (editor, ref);
  GtkWidget *popover, *status, *reason, *assignee, *due_switch, *note;
  g_autoptr(GPtrArray) dropdowns = NULL;
  GtkTextBuffer *buffer;

  ds_test_press (GTK_WIDGET (ds_duty_row_get_edit_button (row)));
  popover = ds_test_find_widget (GTK_WIDGET (row), DS_TYPE_ITEM_EDITOR, NULL, NULL);
  g_assert_nonnull (popover);
  g_assert_true (ds_test_wait_until (popover_shown, popover, 2000));

  dropdowns = ds_test_find_widgets (popover, GTK_TYPE_DROP_DOWN, NULL, NULL);
  status = g_ptr_array_index (dropdowns, 0);
  reason = g_ptr_array_index (dropdowns, 1);
  assignee = ds_test_find_widget (popover, GTK_TYPE_ENTRY, has_placeholder, (gpointer)"Who takes care of it");
  due_switch = ds_test_find_widget (popover, GTK_TYPE_SWITCH, NULL, NULL);
  note = ds_test_find_widget (popover, GTK_TYPE_TEXT_VIEW, NULL, NULL);

  /* The reason is asked for only once the item does not apply. */
  g_assert_false (gtk_widget_is_visible (reason));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), DS_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_true (gtk_widget_is_visible (reason));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (reason), DS_REASON_BUSINESS_PRIORITY);
  gtk_editable_set_text (GTK_EDITABLE (ds_test_find_widget (popover, GTK_TYPE_ENTRY, has_placeholder,
                                                            (gpointer)"In your words")),
                         "Backups live in the data team's account");
  gtk_editable_set_text (GTK_EDITABLE (assignee), "Ana Lima");
  gtk_switch_set_active (GTK_SWITCH (due_switch), TRUE);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (note));
  gtk_text_buffer_set_text (buffer, "Agreed in the\nkick-off", -1);
  ds_test_wait (50);

  g_assert_cmpint (ds_checklist_item_get_status (item), ==, DS_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_cmpint (ds_checklist_item_get_reason (item), ==, DS_REASON_BUSINESS_PRIORITY);
  g_assert_cmpstr (ds_checklist_item_get_reason_text (item), ==, "Backups live in the data team's account");
  g_assert_cmpstr (ds_checklist_item_get_assignee (item), ==, "Ana Lima");
  g_assert_cmpstr (ds_checklist_item_get_note (item), ==, "Agreed in the\nkick-off");
  g_assert_nonnull (ds_checklist_item_get_due (item));
  g_assert_cmpuint (ds_checklist_get_n_done (checklist), ==, 1);

  /* The row says so, in words. */
  g_assert_nonnull (ds_test_find_label (GTK_WIDGET (row),
                    "Not applicable: Business priority — Backups live in the data team's account · Ana Lima · Has a note"));
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* An open item past its due date stands out. */
  ds_checklist_item_set_due (ds_checklist_lookup_item (checklist, "general/encrypt-data"), "2020-01-31");
  {
    GtkWidget *late = ds_test_find_label (GTK_WIDGET (find_item_row (editor, "general/encrypt-data")),
                                          "Overdue since 2020-01-31");
    g_assert_nonnull (late);
    g_assert_true (gtk_widget_has_css_class (late, "overdue"));
  }

  /* The filter shows what is left to do, and the search finds by assignee. */
  ds_test_choose (ds_test_find_widget (editor, DS_TYPE_CHOICE_BUTTON, has_tooltip, (gpointer)"Show items by status"), "Open");
  g_assert_null (find_item_row (editor, ref));
  g_assert_nonnull (find_item_row (editor, "general/encrypt-data"));
  ds_test_choose (ds_test_find_widget (editor, DS_TYPE_CHOICE_BUTTON, has_tooltip, (gpointer)"Show items by status"), "All");
  gtk_editable_set_text (GTK_EDITABLE (ds_test_find_widget (editor, GTK_TYPE_SEARCH_ENTRY,
                                                            has_placeholder, (gpointer)"Search items")),
                         "ana lima");
  ds_test_wait (400);
  g_assert_nonnull (find_item_row (editor, ref));
  g_assert_null (find_item_row (editor, "general/encrypt-data"));

  /* The assignee filter lists the people, and shows only their items. */
  gtk_editable_set_text (GTK_EDITABLE (ds_test_find_widget (editor, GTK_TYPE_SEARCH_ENTRY,
                                                            has_placeholder, (gpointer)"Search items")), "");
  ds_test_wait (400);
  {
    GtkWidget *people = ds_test_find_widget (editor, DS_TYPE_CHOICE_BUTTON, has_tooltip, (gpointer)"Show items by assignee");
    GListModel *names = ds_choice_button_get_model (DS_CHOICE_BUTTON (people));

    g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 2), ==, "Ana Lima");
    ds_test_choose (people, "Ana Lima");
    g_assert_nonnull (find_item_row (editor, ref));
    g_assert_null (find_item_row (editor, "general/encrypt-data"));
    ds_test_choose (people, "Nobody yet");
    g_assert_null (find_item_row (editor, ref));
    g_assert_nonnull (find_item_row (editor, "general/encrypt-data"));
    ds_test_choose (people, "Everyone");
  }

  /* All of it is saved. */
  g_assert_true (ds_application_flush (app, &error));
  saved = ds_checklist_new_from_file (ds_application_get_catalog (app), file, &error);
  g_assert_no_error (error);
  item = ds_checklist_lookup_item (saved, ref);
  g_assert_cmpint (ds_checklist_item_get_reason (item), ==, DS_REASON_BUSINESS_PRIORITY);
  g_assert_cmpstr (ds_checklist_item_get_assignee (item), ==, "Ana Lima");

  ds_test_stop_app (app);
}

/* A checklist made with an older catalog is offered the duties added
 * since, and takes them only when asked. */
static void
test_offered_duties (void)
{
  g_autofree char *path = ds_test_default_checklist_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  DsApplication *app;
  GtkWidget *window, *editor, *button;
  DsChecklist *checklist;
  guint before;

  ds_test_forget_everything ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path,
    "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"Older\",\"services\":[\"s3\"],"
    "\"items\":[{\"duty\":\"s3/block-public-access\",\"title\":\"x\",\"status\":\"done\"}]}", -1, NULL));

  app = ds_test_start_app (FALSE);
  window = ds_test_app_window (app);
  editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  checklist = ds_application_get_checklist (app);
  before = ds_checklist_get_n_total (checklist);
  g_assert_cmpuint (before, ==, 1);

  button = ds_test_find_widget (editor, GTK_TYPE_BUTTON, is_offer_button, NULL);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (button, GTK_TYPE_REVEALER))));
  ds_test_press (button);

  g_assert_cmpuint (ds_checklist_get_n_total (checklist), >, 1);
  g_assert_nonnull (find_item_row (editor, "general/choose-regions"));
  g_assert_nonnull (find_item_row (editor, "s3/require-tls"));
  g_assert_true (ds_checklist_item_get_done (ds_checklist_lookup_item (checklist, "s3/block-public-access")));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (button, GTK_TYPE_REVEALER))));

  ds_test_stop_app (app);
}

/* The checklist records its Regions, picked from AWS's list. */
static void
test_regions (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *picker = ds_test_find_widget (window, DS_TYPE_REGION_BUTTON, NULL, NULL);
  DsChecklist *checklist = ds_application_get_checklist (app);
  GtkWidget *menu_button = ds_test_find_widget (picker, GTK_TYPE_MENU_BUTTON, NULL, NULL);
  GtkPopover *popover;
  g_autoptr(GPtrArray) checks = NULL;
  const char * const *regions;

  g_assert_nonnull (ds_test_find_label (picker, "Choose Regions…"));
  /* The popover is made when it first opens. */
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_assert_true (ds_test_wait_until (popover_shown, popover, 2000));

  checks = ds_test_find_widgets (GTK_WIDGET (popover), GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  g_assert_cmpuint (checks->len, >=, 30);
  for (guint i = 0; i < checks->len; i++)
    {
      const char *label = gtk_check_button_get_label (g_ptr_array_index (checks, i));

      if (g_str_has_prefix (label, "eu-central-1 ") || g_str_has_prefix (label, "eu-west-1 "))
        gtk_widget_activate (g_ptr_array_index (checks, i));
    }

  regions = ds_checklist_get_regions (checklist);
  g_assert_nonnull (regions);
  g_assert_cmpstrv (regions, ((const char *[]) { "eu-central-1", "eu-west-1", NULL }));
  g_assert_nonnull (ds_test_find_label (picker, "Regions: eu-central-1, eu-west-1"));

  ds_test_stop_app (app);
}

static gboolean
is_action_row (GtkWidget *widget,
               gpointer   title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Several checklists: new, switch through the header bar's list, duplicate,
 * delete and undo, save a copy and open it. */
static void
test_several_checklists (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *menu_button = ds_test_find_widget (window, GTK_TYPE_MENU_BUTTON, has_tooltip, (gpointer)"Checklists");
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autofree char *copy_path = g_build_filename (g_get_user_data_dir (), "Payments.dutysplit.json", NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *row, *chooser;
  GtkPopover *popover;

  ds_checklist_set_name (ds_application_get_checklist (app), "Payments");
  ds_checklist_item_set_done (ds_checklist_lookup_item (ds_application_get_checklist (app), "general/choose-regions"), TRUE);
  first = g_object_ref (ds_application_get_checklist_file (app));

  /* New: an empty checklist, its own file; the first one is saved. */
  g_assert_true (gtk_widget_activate_action (window, "win.new-checklist", NULL));
  g_assert_false (g_file_equal (first, ds_application_get_checklist_file (app)));
  g_assert_cmpuint (ds_checklist_get_n_done (ds_application_get_checklist (app)), ==, 0);
  g_assert_true (g_file_query_exists (first, NULL));
  ds_checklist_set_name (ds_application_get_checklist (app), "Data lake");
  g_assert_nonnull (ds_test_find_label (window, "Data lake"));

  /* Back to the first through the list of checklists, made when it first
   * opens. */
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_assert_true (ds_test_wait_until (popover_shown, popover, 2000));
  row = ds_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX_ROW, is_action_row, (gpointer)"Payments");
  g_assert_nonnull (row);
  g_assert_nonnull (ds_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX_ROW, is_action_row, (gpointer)"Data lake"));
  g_signal_emit_by_name (row, "activate");
  ds_test_wait (50);
  g_assert_true (g_file_equal (first, ds_application_get_checklist_file (app)));
  g_assert_cmpstr (ds_checklist_get_name (ds_application_get_checklist (app)), ==, "Payments");
  g_assert_cmpuint (ds_checklist_get_n_done (ds_application_get_checklist (app)), ==, 1);

  /* Duplicate: a copy with its state, in a file of its own. */
  g_assert_true (gtk_widget_activate_action (window, "win.duplicate-checklist", NULL));
  g_assert_cmpstr (ds_checklist_get_name (ds_application_get_checklist (app)), ==, "Copy of Payments");
  g_assert_cmpuint (ds_checklist_get_n_done (ds_application_get_checklist (app)), ==, 1);
  g_assert_true (g_file_query_exists (ds_application_get_checklist_file (app), NULL));

  /* Delete the first, then undo. */
  g_assert_true (ds_application_open_checklist (app, first, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (window, "win.delete-checklist", NULL));
  g_assert_false (g_file_query_exists (first, NULL));
  g_assert_false (g_file_equal (first, ds_application_get_checklist_file (app)));
  g_assert_nonnull (ds_test_find_label (window, "“Payments” deleted"));
  g_assert_true (gtk_widget_activate_action (window, "win.undo-delete", NULL));
  g_assert_true (g_file_query_exists (first, NULL));
  g_assert_true (g_file_equal (first, ds_application_get_checklist_file (app)));
  g_assert_cmpuint (ds_checklist_get_n_done (ds_application_get_checklist (app)), ==, 1);

  /* Save a copy anywhere through the file dialog, then open it. */
  copy = g_file_new_for_path (copy_path);
  g_assert_true (gtk_widget_activate_action (window, "win.save-copy", NULL));
  g_assert_true (ds_test_wait_until (ds_test_file_chooser_shown, NULL, 20000));
  chooser = ds_test_find_toplevel (ds_test_is_file_chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    /* The dialog suggests the checklist's name; keep it, pick the folder. */
    g_autoptr(GFile) dir = g_file_get_parent (copy);

    g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, &error));
    g_assert_no_error (error);

  }
  g_assert_true (ds_test_wait_until (ds_test_chooser_has_file, copy, 20000));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_true (ds_test_wait_until (ds_test_file_exists, copy_path, 20000));
  g_assert_true (g_file_equal (first, ds_application_get_checklist_file (app)));

  g_assert_true (ds_application_open_checklist (app, copy, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (copy, ds_application_get_checklist_file (app)));
  g_assert_cmpstr (ds_checklist_get_name (ds_application_get_checklist (app)), ==, "Payments");

  /* Opening the same file again is the same checklist, not a second copy. */
  {
    DsChecklist *before = ds_application_get_checklist (app);
    g_assert_true (ds_application_open_checklist (app, copy, &error));
    g_assert_true (ds_application_get_checklist (app) == before);
  }

  ds_test_stop_app (app);
}

/* Taking a service out can be undone from the toast, ticks and all. */
static void
test_undo_remove_service (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsChecklist *checklist = ds_application_get_checklist (app);

  ds_checklist_set_service_chosen (checklist, "s3", TRUE);
  ds_checklist_item_set_done (ds_checklist_lookup_item (checklist, "s3/require-tls"), TRUE);
  ds_checklist_set_service_chosen (checklist, "s3", FALSE);
  g_assert_null (ds_checklist_lookup_item (checklist, "s3/require-tls"));
  g_assert_nonnull (ds_test_find_label (window, "Amazon S3 taken out of the checklist"));

  g_assert_true (gtk_widget_activate_action (window, "win.undo-remove-service", "s", "s3"));
  g_assert_true (ds_checklist_item_get_done (ds_checklist_lookup_item (checklist, "s3/require-tls")));

  ds_test_stop_app (app);
}

static gboolean
row_has_title (GtkWidget *widget,
               gpointer   title)
{
  DsChecklistItem *item = ds_duty_row_get_item (DS_DUTY_ROW (widget));

  return item != NULL && g_strcmp0 (ds_checklist_item_get_title (item), title) == 0;
}

static guint
position_of (DsChecklist     *checklist,
             DsChecklistItem *item)
{
  guint position = G_MAXUINT;

  ds_checklist_get_item_position (checklist, item, &position);
  return position;
}

/* The team's own items: added to a section, renamed, moved by keyboard and
 * by drag and drop, deleted and brought back. */
static void
test_custom_items (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  DsChecklist *checklist = ds_application_get_checklist (app);
  GtkWidget *add = ds_test_find_widget (editor, GTK_TYPE_MENU_BUTTON, has_tooltip, (gpointer)"Add an Item of Your Own");
  GtkPopover *popover;
  GtkWidget *row_widget, *editor_popover, *title_entry;
  DsChecklistItem *item, *first;
  GtkEventController *keys = NULL;
  guint n_before = ds_checklist_get_n_total (checklist);
  gboolean handled = FALSE;
  GValue value = G_VALUE_INIT;

  /* Add one to the checklist as a whole; the popover is made when it
   * first opens. */
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (add)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (add));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (add));
  g_assert_true (ds_test_wait_until (popover_shown, popover, 2000));
  gtk_editable_set_text (GTK_EDITABLE (ds_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_ENTRY,
                                                            has_placeholder, (gpointer)"What to do")),
                         "Agree on an incident runbook");
  ds_test_press (ds_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_BUTTON, is_labelled, (gpointer)"_Add"));
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, n_before + 1);
  row_widget = ds_test_find_widget (editor, DS_TYPE_DUTY_ROW, row_has_title, (gpointer)"Agree on an incident runbook");
  g_assert_nonnull (row_widget);
  item = ds_duty_row_get_item (DS_DUTY_ROW (row_widget));
  g_assert_true (ds_checklist_item_get_custom (item));
  g_assert_cmpstr (ds_checklist_item_get_section_id (item), ==, "general");
  g_assert_cmpuint (position_of (checklist, item), ==, n_before);   /* last of the general section */

  /* Rename it in its editor. */
  ds_test_press (GTK_WIDGET (ds_duty_row_get_edit_button (DS_DUTY_ROW (row_widget))));
  editor_popover = ds_test_find_widget (row_widget, DS_TYPE_ITEM_EDITOR, NULL, NULL);
  title_entry = ds_test_find_widget (editor_popover, GTK_TYPE_ENTRY, NULL, NULL);
  g_assert_true (gtk_widget_is_visible (title_entry));
  gtk_editable_set_text (GTK_EDITABLE (title_entry), "Agree on an incident response runbook");
  g_assert_cmpstr (ds_checklist_item_get_title (item), ==, "Agree on an incident response runbook");
  gtk_popover_popdown (GTK_POPOVER (editor_popover));

  /* Alt+Up moves it up one place, within its section. */
  row_widget = ds_test_find_widget (editor, DS_TYPE_DUTY_ROW, row_has_title, (gpointer)"Agree on an incident response runbook");
  gtk_widget_grab_focus (gtk_widget_get_parent (row_widget));
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (ds_test_find_widget (editor, GTK_TYPE_LIST_BOX, ds_test_has_css_class, (gpointer)"checklist"));
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
        if (GTK_IS_EVENT_CONTROLLER_KEY (c))
          keys = c;
      }
  }
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Up, 0, GDK_ALT_MASK, &handled);
  g_assert_true (handled);
  g_assert_cmpuint (position_of (checklist, item), ==, n_before - 1);

  /* Dropping it on the first item of the section moves it there. */
  first = g_list_model_get_item (ds_checklist_get_items (checklist), 0);
  g_object_unref (first);
  row_widget = GTK_WIDGET (find_item_row (editor, ds_checklist_item_get_ref (first)));
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row_widget);
    GtkDropTarget *target = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
        if (GTK_IS_DROP_TARGET (c))
          target = GTK_DROP_TARGET (c);
      }
    g_assert_nonnull (target);
    g_value_init (&value, DS_TYPE_CHECKLIST_ITEM);
    g_value_set_object (&value, item);
    g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &handled);
    g_value_unset (&value);
  }
  g_assert_cmpuint (position_of (checklist, item), ==, 0);

  /* Delete it from its editor; Undo brings it back where it was. */
  row_widget = ds_test_find_widget (editor, DS_TYPE_DUTY_ROW, row_has_title, (gpointer)"Agree on an incident response runbook");
  ds_test_press (GTK_WIDGET (ds_duty_row_get_edit_button (DS_DUTY_ROW (row_widget))));
  editor_popover = ds_test_find_widget (row_widget, DS_TYPE_ITEM_EDITOR, NULL, NULL);
  ds_test_press (ds_test_find_widget (editor_popover, GTK_TYPE_BUTTON, is_labelled, (gpointer)"_Delete Item"));
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, n_before);
  g_assert_nonnull (ds_test_find_label (window, "“Agree on an incident response runbook” deleted"));
  g_assert_true (gtk_widget_activate_action (window, "win.undo-remove-item", NULL));
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, n_before + 1);
  g_assert_cmpuint (position_of (checklist, item), ==, 0);

  /* Enter in the title adds as the button does, with the popover made
   * before. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (add));
  g_assert_true (gtk_menu_button_get_popover (GTK_MENU_BUTTON (add)) == popover);
  g_assert_true (ds_test_wait_until (popover_shown, popover, 2000));
  title_entry = ds_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_ENTRY, has_placeholder, (gpointer)"What to do");
  gtk_editable_set_text (GTK_EDITABLE (title_entry), "Name an incident lead");
  g_signal_emit_by_name (ds_test_find_widget (title_entry, GTK_TYPE_TEXT, NULL, NULL), "activate");
  /* A button activated from the keyboard clicks a moment later. */
  g_assert_true (ds_test_wait_until (popover_hidden, popover, 2000));
  g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, n_before + 2);
  g_assert_nonnull (ds_test_find_widget (editor, DS_TYPE_DUTY_ROW, row_has_title, (gpointer)"Name an incident lead"));

  ds_test_stop_app (app);
}

static gboolean
is_level_bar (GtkWidget *widget,
              gpointer   data)
{
  return GTK_IS_LEVEL_BAR (widget);
}

/* Milestones: named snapshots, listed with their progress, opened
 * read-only, kept in the file. */
static void
test_milestones (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  GtkWidget *menu_button = ds_test_find_widget (editor, GTK_TYPE_MENU_BUTTON, has_tooltip, (gpointer)"Milestones");
  DsChecklist *checklist = ds_application_get_checklist (app);
  GtkPopover *popover;
  GtkWidget *entry, *save;
  g_autoptr(GPtrArray) bars = NULL;
  GtkWindow *view;
  GListModel *milestones;

  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_assert_true (ds_test_wait_until (popover_shown, popover, 2000));
  entry = ds_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_ENTRY, NULL, NULL);
  save = ds_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_BUTTON, is_labelled, (gpointer)"_Save Milestone");

  gtk_editable_set_text (GTK_EDITABLE (entry), "Kick-off");
  ds_test_press (save);
  ds_checklist_item_set_done (ds_checklist_lookup_item (checklist, "general/choose-regions"), TRUE);
  ds_checklist_item_set_done (ds_checklist_lookup_item (checklist, "general/encrypt-data"), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Design review");
  ds_test_press (save);

  milestones = ds_checklist_get_milestones (checklist);
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 2);

  /* Progress over time: one bar per milestone, in order. */
  bars = ds_test_find_widgets (GTK_WIDGET (popover), GTK_TYPE_LEVEL_BAR, is_level_bar, NULL);
  g_assert_cmpuint (bars->len, ==, 2);
  g_assert_cmpfloat (gtk_level_bar_get_value (g_ptr_array_index (bars, 0)), ==, 0);
  g_assert_cmpfloat (gtk_level_bar_get_value (g_ptr_array_index (bars, 1)), ==, 2);

  /* The first opens read-only, as it stood. */
  {
    g_autoptr(DsMilestone) first = g_list_model_get_item (milestones, 0);
    DsChecklist *snapshot = ds_milestone_get_snapshot (first);
    GtkWidget *list;

    view = ds_milestones_button_open (DS_MILESTONES_BUTTON (gtk_widget_get_ancestor (menu_button, DS_TYPE_MILESTONES_BUTTON)), first);
    g_assert_cmpuint (ds_checklist_get_n_done (snapshot), ==, 0);
    list = ds_test_find_widget (GTK_WIDGET (view), GTK_TYPE_LIST_BOX, NULL, NULL);
    g_assert_false (gtk_widget_get_can_target (list));
    g_assert_nonnull (find_item_row (GTK_WIDGET (view), "general/choose-regions"));
    g_assert_false (gtk_check_button_get_active (ds_duty_row_get_check (find_item_row (GTK_WIDGET (view), "general/choose-regions"))));
    gtk_window_destroy (view);
  }

  /* They are saved with the checklist. */
  ds_test_stop_app (app);
  app = ds_test_start_app (FALSE);
  milestones = ds_checklist_get_milestones (ds_application_get_checklist (app));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 2);
  {
    g_autoptr(DsMilestone) second = g_list_model_get_item (milestones, 1);
    g_assert_cmpstr (ds_milestone_get_name (second), ==, "Design review");
    g_assert_cmpuint (ds_checklist_get_n_done (ds_milestone_get_snapshot (second)), ==, 2);
  }
  ds_test_stop_app (app);
}

/* `duty-split FILE` and the file manager open a checklist file. */
static void
test_open_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "team.dutysplit.json", NULL);
  g_autofree char *bad_path = g_build_filename (g_get_user_data_dir (), "broken.dutysplit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *dialog;

  g_assert_true (g_file_set_contents (path,
    "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"Team\",\"items\":[]}", -1, NULL));
  g_assert_true (g_file_set_contents (bad_path, "not a checklist", -1, NULL));

  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_true (g_file_equal (ds_application_get_checklist_file (app), file));
  g_assert_cmpstr (ds_checklist_get_name (ds_application_get_checklist (app)), ==, "Team");

  g_application_open (G_APPLICATION (app), &bad, 1, "");
  g_assert_true (g_file_equal (ds_application_get_checklist_file (app), file));
  dialog = ds_test_find_error_dialog (ds_test_app_window (app));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (ds_test_error_dialog_body (dialog), "broken.dutysplit.json:1:"));
  ds_test_close_error_dialog (ds_test_app_window (app));

  ds_test_stop_app (app);
}

static gboolean
dialog_shown (gpointer data)
{
  return ds_test_find_toplevel (data) != NULL;
}

static gboolean
is_shortcuts_window (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_SHORTCUTS_WINDOW (widget) && gtk_widget_get_visible (widget);
}

/* Each shortcut is registered for its action, and the action does its job. */
static void
test_shortcuts (void)
{
  static const struct { const char *accel, *action; } shortcuts[] = {
    { "<Control>q", "app.quit" },
    { "<Control>w", "window.close" },
    { "<Control>f", "win.search" },
    { "<Control>n", "win.new-checklist" },
    { "<Control>o", "win.open-checklist" },
    { "<Control><Shift>s", "win.save-copy" },
    { "<Control>e", "win.export-menu" },
    { "<Control>p", "win.print" },
    { "F6", "win.next-pane" },
    { "<Shift>F6", "win.previous-pane" },
    { "<Control>question", "win.show-help-overlay" },
  };
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *browser = ds_test_find_widget (window, DS_TYPE_SERVICE_BROWSER, NULL, NULL);
  GtkWidget *editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  GtkWidget *focus, *chooser;
  GFile *before;

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), shortcuts[i].accel);

      if (!g_strv_contains ((const char * const *)actions, shortcuts[i].action))
        g_error ("%s does not trigger %s", shortcuts[i].accel, shortcuts[i].action);
    }

  /* F10 opens the main menu: its button is the window's primary menu. */
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (
    ds_test_find_widget (window, GTK_TYPE_MENU_BUTTON, has_tooltip, (gpointer)"Main Menu"))));

  /* Ctrl+F: the search entry; F6 onwards, pane by pane. */
  g_assert_true (gtk_widget_activate_action (window, "win.search", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, browser));
  g_assert_true (gtk_widget_activate_action (window, "win.next-pane", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.next-pane", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, editor));
  g_assert_true (gtk_widget_activate_action (window, "win.previous-pane", NULL));
  g_assert_true (gtk_widget_activate_action (window, "win.previous-pane", NULL));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), browser));

  /* Ctrl+N: a new checklist. */
  before = g_object_ref (ds_application_get_checklist_file (app));
  g_assert_true (gtk_widget_activate_action (window, "win.new-checklist", NULL));
  g_assert_false (g_file_equal (before, ds_application_get_checklist_file (app)));
  g_object_unref (before);

  /* Ctrl+O and Ctrl+Shift+S: the file dialog; cancelling changes nothing. */
  g_assert_true (gtk_widget_activate_action (window, "win.open-checklist", NULL));
  g_assert_true (ds_test_wait_until (ds_test_file_chooser_shown, NULL, 20000));
  chooser = ds_test_find_toplevel (ds_test_is_file_chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  ds_test_wait (100);
  g_assert_true (gtk_widget_activate_action (window, "win.save-copy", NULL));
  g_assert_true (ds_test_wait_until (ds_test_file_chooser_shown, NULL, 20000));
  chooser = ds_test_find_toplevel (ds_test_is_file_chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  ds_test_wait (100);

  /* Ctrl+E: the export menu. */
  g_assert_true (gtk_widget_activate_action (window, "win.export-menu", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (ds_test_find_widget (window, GTK_TYPE_MENU_BUTTON, is_export_button, NULL))))));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (ds_test_find_widget (window, GTK_TYPE_MENU_BUTTON, is_export_button, NULL)));

  /* Ctrl+?: the shortcuts window. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-help-overlay", NULL));
  g_assert_true (ds_test_wait_until (dialog_shown, is_shortcuts_window, 2000));
  gtk_window_close (GTK_WINDOW (ds_test_find_toplevel (is_shortcuts_window)));

  /* Ctrl+W closes the window. */
  g_assert_true (gtk_widget_activate_action (window, "window.close", NULL));
  ds_test_wait (100);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  ds_test_stop_app (app);
}

/* What assistive technologies are told: names, roles, values. */
static void
test_accessibility (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsService *ec2 = ds_catalog_lookup_service (ds_application_get_catalog (app), "ec2");
  GtkWidget *stack, *bar;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GPtrArray) buttons = NULL;
  DsChecklist *checklist = ds_application_get_checklist (app);

  /* The layer picture describes every layer and its owner. */
  ds_test_select_service (window, "ec2");
  stack = ds_test_find_widget (window, DS_TYPE_LAYER_STACK, NULL, NULL);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (stack), GTK_ACCESSIBLE_ROLE_IMG);
  for (guint i = 0; i < DS_N_LAYERS; i++)
    g_string_append_printf (description, "%s%s: %s", i ? "; " : "",
                            ds_catalog_get_layer_name (ds_application_get_catalog (app), i),
                            ds_owner_get_label (ds_service_get_layer_owner (ec2, i)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (stack), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       description->str);
  g_assert_nonnull (strstr (description->str, "Guest operating system: You"));

  /* Progress is a value, not only a picture. */
  ds_checklist_item_set_done (ds_checklist_lookup_item (checklist, "general/choose-regions"), TRUE);
  ds_test_wait (20);
  bar = ds_test_find_widget (window, GTK_TYPE_PROGRESS_BAR, NULL, NULL);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 0.25);

  /* Every button that shows only an icon has a name. */
  buttons = ds_test_find_widgets (window, GTK_TYPE_WIDGET, NULL, NULL);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (buttons, i);
      const char *icon = NULL;

      if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
        icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
      else if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL)
        icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));

      /* The menu button's inner toggle takes its name from the menu button. */
      if (icon == NULL || GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
        continue;

      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
          !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
        g_error ("the %s button (%s) has no accessible name", icon, G_OBJECT_TYPE_NAME (widget));
    }

  ds_test_stop_app (app);
}

/* The window fits a phone's 360-pixel-wide screen (folded: see
 * test-adaptive.c for what it shows there). */
static void
test_narrow (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  int min_width;

  ds_test_select_service (window, "ec2");
  ds_test_wait (50);

  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (g_test_verbose ())
    {
      GType panes[] = { DS_TYPE_SERVICE_BROWSER, DS_TYPE_DUTY_PANEL, DS_TYPE_CHECKLIST_EDITOR };
      for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
        {
          int min;
          gtk_widget_measure (ds_test_find_widget (window, panes[i], NULL, NULL),
                              GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
          g_test_message ("%s: %d", g_type_name (panes[i]), min);
        }
    }
  g_assert_cmpint (min_width, <=, 360);

  ds_test_stop_app (app);
}

static gboolean
editor_holds_every_item (gpointer editor)
{
  DsChecklist *checklist = ds_checklist_editor_get_checklist (editor);
  g_autoptr(GPtrArray) rows = ds_test_find_widgets (editor, DS_TYPE_DUTY_ROW, NULL, NULL);

  return rows->len == ds_checklist_get_n_total (checklist);
}

/* A checklist of every service: the window appears with a screenful of
 * each list, and the other rows follow over the next frames. */
static void
test_long_checklist (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_builtin (&error);
  g_autoptr(DsChecklist) checklist = NULL;
  g_autofree char *path = ds_test_default_checklist_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(DsApplication) app = NULL;
  GtkWidget *window, *editor, *browser, *title;
  GListModel *services;
  DsDutyRow *row;
  graphene_rect_t check_box, title_box, edit_box;
  guint n_items, n_services;
  int title_min;

  g_assert_no_error (error);
  ds_test_forget_everything ();
  checklist = ds_checklist_new (catalog);
  n_services = g_list_model_get_n_items (G_LIST_MODEL (catalog));
  for (guint i = 0; i < n_services; i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      ds_checklist_set_service_chosen (checklist, ds_service_get_id (service), TRUE);
    }
  n_items = ds_checklist_get_n_total (checklist);
  g_assert_cmpuint (n_items, >, 150);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (ds_checklist_save (checklist, file, &error));
  g_assert_no_error (error);

  app = ds_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = ds_test_app_window (app);
  editor = ds_test_find_widget (window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  browser = ds_test_find_widget (window, DS_TYPE_SERVICE_BROWSER, NULL, NULL);

  /* Not drawn yet: the first items only. */
  rows = ds_test_find_widgets (editor, DS_TYPE_DUTY_ROW, NULL, NULL);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <, n_items);
  g_clear_pointer (&rows, g_ptr_array_unref);

  g_assert_true (ds_test_wait_until (ds_test_window_is_mapped, window, 20000));
  g_assert_true (ds_test_wait_until (editor_holds_every_item, editor, 20000));

  /* Drawn: every item and every service. */
  rows = ds_test_find_widgets (editor, DS_TYPE_DUTY_ROW, NULL, NULL);
  g_assert_cmpuint (rows->len, ==, n_items);
  services = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (ds_test_find_widget (browser, GTK_TYPE_LIST_VIEW, ds_test_has_css_class,
                                                                                          (gpointer)"navigation-sidebar"))));
  g_assert_cmpuint (g_list_model_get_n_items (services), ==, n_services);
  g_assert_nonnull (ds_test_find_label (editor, ds_checklist_item_get_title (ds_duty_row_get_item (g_ptr_array_index (rows, rows->len - 1)))));

  /* A row reads from left to right: the check button, the text, the edit
   * button; the title gets the height its width needs. */
  row = g_ptr_array_index (rows, 0);
  title = ds_test_find_label (GTK_WIDGET (row), ds_checklist_item_get_title (ds_duty_row_get_item (row)));
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (ds_duty_row_get_check (row)), GTK_WIDGET (row), &check_box));
  g_assert_true (gtk_widget_compute_bounds (title, GTK_WIDGET (row), &title_box));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (ds_duty_row_get_edit_button (row)), GTK_WIDGET (row), &edit_box));
  g_assert_cmpfloat (check_box.size.width, >, 0);
  g_assert_cmpfloat (check_box.origin.x + check_box.size.width, <=, title_box.origin.x);
  g_assert_cmpfloat (title_box.origin.x + title_box.size.width, <=, edit_box.origin.x);
  g_assert_cmpfloat (edit_box.origin.x + edit_box.size.width, <=, gtk_widget_get_width (GTK_WIDGET (row)));
  gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, (int)title_box.size.width, &title_min, NULL, NULL, NULL);
  g_assert_cmpfloat (title_box.size.height, >=, title_min);

  ds_test_stop_app (g_steal_pointer (&app));
}

/* What a list had when its window's first frame was painted. */
typedef struct {
  GtkWidget  *list;
  GListModel *shown;
  guint       n_shown;
  int         height;
  int         room;
  gboolean    painted;
} FirstFrame;

/* Runs after GTK's own paint handler, so it sees what was drawn. */
static void
on_painted_cb (GdkFrameClock *clock,
               FirstFrame    *frame)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (frame->list, GTK_TYPE_SCROLLED_WINDOW);

  if (!gdk_surface_get_mapped (gtk_native_get_surface (gtk_widget_get_native (frame->list))))
    return;

  frame->n_shown = g_list_model_get_n_items (frame->shown);
  gtk_widget_measure (frame->list, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (frame->list),
                      NULL, &frame->height, NULL, NULL);
  frame->room = gtk_widget_get_height (scroller);
  frame->painted = TRUE;
  g_signal_handlers_disconnect_by_func (clock, on_painted_cb, frame);
}

static gboolean
first_frame_painted (gpointer frame)
{
  return ((FirstFrame *)frame)->painted;
}

static gboolean
holds_every_item (gpointer frame)
{
  return g_list_model_get_n_items (((FirstFrame *)frame)->shown) == 300;
}

static GtkWidget *
create_label_row (gpointer item,
                  gpointer user_data)
{
  return gtk_label_new (gtk_string_object_get_string (item));
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, gtk_label_new (NULL));
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)),
                       gtk_string_object_get_string (gtk_list_item_get_item (list_item)));
}

/* A list starting with two rows of 300 shows as many as it has room for in
 * the first frame, and all of them soon after, in a list box and in a list
 * view alike. */
static void
test_first_frame_fills_lists (void)
{
  adw_init ();

  for (guint kind = 0; kind < 2; kind++)
    {
      g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
      g_autoptr(GListModel) shown = NULL;
      GtkWidget *window, *scroller;
      FirstFrame frame = { NULL };

      for (guint i = 0; i < 300; i++)
        {
          g_autofree char *text = g_strdup_printf ("Row %u", i + 1);
          gtk_string_list_append (strings, text);
        }

      window = gtk_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), 300, 600);
      scroller = gtk_scrolled_window_new ();
      gtk_window_set_child (GTK_WINDOW (window), scroller);
      if (kind == 0)
        {
          frame.list = gtk_list_box_new ();
          shown = ds_first_frame_slice (frame.list, g_object_ref (G_LIST_MODEL (strings)), 2);
          gtk_list_box_bind_model (GTK_LIST_BOX (frame.list), shown, create_label_row, NULL, NULL);
        }
      else
        {
          GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

          g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), NULL);
          g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
          frame.list = gtk_list_view_new (NULL, factory);
          shown = ds_first_frame_slice (frame.list, g_object_ref (G_LIST_MODEL (strings)), 2);
          gtk_list_view_set_model (GTK_LIST_VIEW (frame.list),
                                   GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (shown))));
        }
      frame.shown = shown;
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), frame.list);

      gtk_window_present (GTK_WINDOW (window));
      g_signal_connect (gtk_widget_get_frame_clock (window), "paint", G_CALLBACK (on_painted_cb), &frame);
      g_assert_true (ds_test_wait_until (first_frame_painted, &frame, 20000));

      g_assert_cmpuint (frame.n_shown, >, 2);
      g_assert_cmpuint (frame.n_shown, <, 300);
      g_assert_cmpint (frame.height, >=, frame.room);
      g_assert_true (ds_test_wait_until (holds_every_item, &frame, 20000));

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Checks the fonts of the mapped labels in @widget; returns how many labels. */
static guint
check_label_fonts (GtkWidget     *widget,
                   DsFontPreload *fonts)
{
  guint n_labels = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;

  if (GTK_IS_LABEL (widget))
    {
      PangoLayoutIter *iter = pango_layout_get_iter (gtk_label_get_layout (GTK_LABEL (widget)));

      do
        {
          PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

          if (run != NULL && !ds_font_preload_has_font (fonts, run->item->analysis.font))
            {
              PangoFontDescription *font = pango_font_describe (run->item->analysis.font);
              g_autofree char *name = pango_font_description_to_string (font);

              g_test_fail_printf ("“%s” is laid out in %s, which was not preloaded",
                                  gtk_label_get_text (GTK_LABEL (widget)), name);
              pango_font_description_free (font);
            }
        }
      while (pango_layout_iter_next_run (iter));
      pango_layout_iter_free (iter);
      n_labels++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_labels += check_label_fonts (child, fonts);

  return n_labels;
}

/* The window's fonts are loaded while it is built: every label it shows
 * at start is in a font the preload loaded, so the list of text styles is
 * complete and the preload chose fonts exactly as GTK does. */
static void
test_fonts_preloaded (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  g_autoptr(DsFontPreload) fonts = ds_font_preload_start (ds_window_get_text_styles ());
  DsWindow *window = ds_window_new (app);

  ds_font_preload_finish (fonts);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ds_test_wait_until (ds_test_window_is_mapped, window, 20000));

  /* The header, the welcome, the service rows and the checklist. */
  g_assert_cmpuint (check_label_fonts (GTK_WIDGET (window), fonts), >, 40);

  gtk_window_destroy (GTK_WINDOW (window));
  ds_test_stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ds_test_init_app_tests (&argc, &argv);
  int ret;

  g_test_add_func ("/window/welcome", test_welcome);
  g_test_add_func ("/window/select-service", test_select_service);
  g_test_add_func ("/window/search-keeps-rows", test_search_keeps_rows);
  g_test_add_func ("/window/browser-filters", test_browser_filters);
  g_test_add_func ("/window/add-tick-restore", test_add_tick_restore);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/bad-saved-checklist", test_bad_saved_checklist);
  g_test_add_func ("/window/stale-temporary", test_stale_temporary);
  g_test_add_func ("/window/narrow", test_narrow);
  g_test_add_func ("/window/edit-item", test_edit_item);
  g_test_add_func ("/window/regions", test_regions);
  g_test_add_func ("/window/offered-duties", test_offered_duties);
  g_test_add_func ("/window/several-checklists", test_several_checklists);
  g_test_add_func ("/window/undo-remove-service", test_undo_remove_service);
  g_test_add_func ("/window/custom-items", test_custom_items);
  g_test_add_func ("/window/milestones", test_milestones);
  g_test_add_func ("/window/open-file", test_open_file);
  g_test_add_func ("/window/shortcuts", test_shortcuts);
  g_test_add_func ("/window/accessibility", test_accessibility);
  g_test_add_func ("/window/custom-catalog-and-variants", test_custom_catalog_and_variants);
  g_test_add_func ("/window/long-checklist", test_long_checklist);
  g_test_add_func ("/window/first-frame-fills-lists", test_first_frame_fills_lists);
  g_test_add_func ("/window/fonts-preloaded", test_fonts_preloaded);

  ret = g_test_run ();
  ds_test_remove_tree (home);
  return ret;
}
