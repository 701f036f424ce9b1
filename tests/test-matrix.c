/* test-matrix.c — the responsibility matrix and the categories, driven in
 * a headless display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "ds-app-test-util.h"
#include "ds-catalog.h"
#include "ds-categories-dialog.h"
#include "ds-checklist-section.h"
#include "ds-choice-button.h"
#include "ds-duty.h"
#include "ds-duty-panel.h"
#include "ds-duty-row.h"
#include "ds-matrix.h"
#include "ds-matrix-grid.h"
#include "ds-matrix-view.h"
#include "ds-owner-paint.h"
#include "ds-service.h"
#include "ds-service-browser.h"
#include "ds-window.h"

static gboolean
has_label (GtkWidget *widget,
           gpointer   text)
{
  return gtk_widget_get_mapped (widget) && ds_test_find_label (widget, text) != NULL;
}

static AdwViewStack *
window_views (GtkWidget *window)
{
  return ADW_VIEW_STACK (ds_test_find_widget (window, ADW_TYPE_VIEW_STACK, NULL, NULL));
}

/* Clicks the "Matrix" button of the header's view switcher. */
static DsMatrixGrid *
show_matrix (GtkWidget *window)
{
  GtkWidget *button = ds_test_find_widget (window, GTK_TYPE_TOGGLE_BUTTON, has_label, (gpointer)"Matrix");
  GtkWidget *grid;

  g_assert_nonnull (button);
  ds_test_press (button);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window_views (window)), ==, "matrix");

  grid = ds_test_find_widget (window, DS_TYPE_MATRIX_GRID, NULL, NULL);
  g_assert_nonnull (grid);
  g_assert_true (gtk_widget_get_mapped (grid));
  return DS_MATRIX_GRID (grid);
}

static GtkWidget *
matrix_dropdown (GtkWidget *window,
                 guint      index)
{
  GtkWidget *view = ds_test_find_widget (window, DS_TYPE_MATRIX_VIEW, NULL, NULL);
  g_autoptr(GPtrArray) dropdowns = ds_test_find_widgets (view, DS_TYPE_CHOICE_BUTTON, NULL, NULL);

  g_assert_cmpuint (dropdowns->len, ==, 2);
  return g_ptr_array_index (dropdowns, index);
}

/* Checks every cell in view against its owner's colours; returns how many. */
static guint
check_cells (DsMatrixGrid *grid,
             gboolean      dark)
{
  DsMatrix *matrix = ds_matrix_grid_get_matrix (grid);
  const DsPictureColors *page = ds_picture_get_colors (dark);
  g_auto(DsTestPicture) picture = { 0, };
  guint checked = 0;

  ds_test_render_widget (GTK_WIDGET (grid), &picture);

  for (guint i = 0; i < ds_matrix_get_n_rows (matrix); i++)
    {
      const DsMatrixRow *row = ds_matrix_get_row (matrix, i);

      if (row->kind != DS_MATRIX_ROW_SERVICE)
        continue;

      for (guint layer = 0; layer < DS_N_LAYERS; layer++)
        {
          DsOwner owner = ds_service_get_layer_owner (row->service, layer);
          const DsOwnerColors *colours = ds_owner_get_colors (owner, dark);
          GdkRectangle area;
          const guchar *rgb;
          int cx, cy;

          if (!ds_matrix_grid_get_cell_area (grid, ds_service_get_id (row->service), layer, &area))
            continue;

          cx = area.x + area.width / 2;
          cy = area.y + area.height / 2;
          rgb = ds_test_pixel_at (&picture, cx, cy);

          switch (owner)
            {
            case DS_OWNER_AWS:
            case DS_OWNER_CUSTOMER:
              if (!ds_test_is_colour (rgb, &colours->fill))
                g_error ("%s, layer %u: %02x%02x%02x is not the %s colour",
                         ds_service_get_id (row->service), layer, rgb[2], rgb[1], rgb[0],
                         ds_owner_to_string (owner));
              break;

            case DS_OWNER_SHARED:
              {
                /* Stripes: both colours along the middle of the cell. */
                gboolean seen_fill = FALSE, seen_stripe = FALSE;

                for (int x = area.x + 4; x < area.x + area.width - 4; x++)
                  {
                    rgb = ds_test_pixel_at (&picture, x, cy);
                    seen_fill |= ds_test_is_colour (rgb, &colours->fill);
                    seen_stripe |= ds_test_is_colour (rgb, &colours->stripe);
                  }
                g_assert_true (seen_fill && seen_stripe);
              }
              break;

            case DS_OWNER_NONE:
            default:
              /* Only an outline: the page shows through. */
              g_assert_true (ds_test_is_colour (rgb, &page->background));
              break;
            }
          checked++;
        }
    }

  return checked;
}

/* Every cell in view has its owner's colour, in light and in dark, also
 * after scrolling. */
static void
test_colours (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  AdwStyleManager *style = adw_style_manager_get_default ();
  DsMatrixGrid *grid = show_matrix (window);
  GtkScrollable *scrollable = GTK_SCROLLABLE (grid);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (scrollable);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  ds_test_wait (100);
  g_assert_cmpuint (check_cells (grid, FALSE), >=, 100);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ds_test_wait (100);
  g_assert_true (adw_style_manager_get_dark (style));
  g_assert_cmpuint (check_cells (grid, TRUE), >=, 100);

  /* Further down, other services are in view and drawn as well. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >, gtk_adjustment_get_page_size (vadjustment));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) / 2);
  ds_test_wait (100);
  g_assert_cmpuint (check_cells (grid, TRUE), >=, 100);

  /* In a narrow window the cells scroll sideways under the names. */
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 640);
  ds_test_wait (300);
  {
    GtkAdjustment *hadjustment = gtk_scrollable_get_hadjustment (scrollable);
    GdkRectangle area;
    DsMatrix *matrix = ds_matrix_grid_get_matrix (grid);
    guint row = ds_matrix_find_service (matrix, "ec2");

    gtk_adjustment_set_value (vadjustment, ds_matrix_get_row (matrix, row)->y - DS_MATRIX_HEADER_HEIGHT);
    ds_test_wait (100);
    g_assert_false (ds_matrix_grid_get_cell_area (grid, "ec2", DS_LAYER_FACILITIES, &area));
    gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_upper (hadjustment));
    ds_test_wait (100);
    g_assert_true (ds_matrix_grid_get_cell_area (grid, "ec2", DS_LAYER_FACILITIES, &area));
    g_assert_false (ds_matrix_grid_get_cell_area (grid, "ec2", DS_LAYER_CUSTOMER_DATA, &area));
    g_assert_cmpuint (check_cells (grid, TRUE), >=, 20);
  }
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ds_test_stop_app (app);
}

static guint
count_services (DsCatalog  *catalog,
                const char *group,
                int         category)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      if ((group == NULL || g_str_equal (group, ds_service_get_group (service))) &&
          (category < 0 || ds_service_get_category (service) == (DsCategory)category))
        n++;
    }

  return n;
}

static gboolean
has_matrix_page (GtkWidget *widget,
                gpointer   data)
{
  return gtk_stack_get_child_by_name (GTK_STACK (widget), "matrix") != NULL;
}

/* The rows follow the group and category filters; bands and groups head them. */
static void
test_filters (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsCatalog *catalog = ds_application_get_catalog (app);
  DsMatrixGrid *grid = show_matrix (window);
  GtkWidget *groups = matrix_dropdown (window, 0);
  GtkWidget *categories = matrix_dropdown (window, 1);
  GtkWidget *view = ds_test_find_widget (window, DS_TYPE_MATRIX_VIEW, NULL, NULL);
  GtkStack *stack = GTK_STACK (ds_test_find_widget (view, GTK_TYPE_STACK, has_matrix_page, NULL));
  DsMatrix *matrix = ds_matrix_grid_get_matrix (grid);
  guint bands = 0;

  /* Everything: three bands, in the order of the categories. */
  g_assert_cmpuint (ds_matrix_get_n_services (matrix), ==, g_list_model_get_n_items (G_LIST_MODEL (catalog)));
  for (guint i = 0; i < ds_matrix_get_n_rows (matrix); i++)
    {
      const DsMatrixRow *row = ds_matrix_get_row (matrix, i);

      if (row->kind == DS_MATRIX_ROW_BAND)
        {
          g_assert_cmpint (row->category, ==, bands);
          g_assert_cmpuint (row->n_services, ==, count_services (catalog, NULL, row->category));
          bands++;
        }
    }
  g_assert_cmpuint (bands, ==, 3);

  /* One category. */
  ds_test_choose (categories, "Container");
  matrix = ds_matrix_grid_get_matrix (grid);
  g_assert_cmpuint (ds_matrix_get_n_services (matrix), ==, count_services (catalog, NULL, DS_CATEGORY_CONTAINER));
  for (guint i = 0; i < ds_matrix_get_n_rows (matrix); i++)
    g_assert_cmpint (ds_matrix_get_row (matrix, i)->category, ==, DS_CATEGORY_CONTAINER);
  g_assert_cmpint (ds_matrix_get_row (matrix, 0)->kind, ==, DS_MATRIX_ROW_BAND);
  g_assert_cmpuint (check_cells (grid, adw_style_manager_get_dark (adw_style_manager_get_default ())), >, 0);

  /* One group of it. */
  ds_test_choose (groups, "Database");
  matrix = ds_matrix_grid_get_matrix (grid);
  g_assert_cmpuint (ds_matrix_get_n_services (matrix), ==, count_services (catalog, "Database", DS_CATEGORY_CONTAINER));
  g_assert_cmpuint (ds_matrix_get_n_services (matrix), >, 0);
  g_assert_cmpuint (ds_matrix_get_n_rows (matrix), ==, ds_matrix_get_n_services (matrix) + 2);
  g_assert_cmpuint (ds_matrix_find_service (matrix, "rds"), !=, G_MAXUINT);
  g_assert_cmpuint (ds_matrix_find_service (matrix, "dynamodb"), ==, G_MAXUINT);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "matrix");

  /* A group with no service of the kind says so. */
  g_assert_cmpuint (count_services (catalog, "Analytics", DS_CATEGORY_INFRASTRUCTURE), ==, 0);
  ds_test_choose (categories, "Infrastructure");
  ds_test_choose (groups, "Analytics");
  g_assert_cmpuint (ds_matrix_get_n_services (ds_matrix_grid_get_matrix (grid)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  ds_test_stop_app (app);
}

static GtkGesture *
click_gesture (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        return GTK_GESTURE (controller);
    }

  g_error ("no click gesture");
}

typedef struct {
  GtkWidget *window;
  DsLayer    layer;
} FocusWait;

/* The keyboard focus is on a duty row of the layer. */
static gboolean
focus_on_layer (gpointer data)
{
  FocusWait *wait = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (wait->window));
  GtkWidget *row;

  if (!GTK_IS_LIST_BOX_ROW (focus))
    return FALSE;
  row = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (focus));
  return DS_IS_DUTY_ROW (row) && ds_duty_get_layer (ds_duty_row_get_duty (DS_DUTY_ROW (row))) == wait->layer;
}

static const char *
selected_service (GtkWidget *window)
{
  DsServiceBrowser *browser = DS_SERVICE_BROWSER (ds_test_find_widget (window, DS_TYPE_SERVICE_BROWSER, NULL, NULL));
  DsDutyPanel *panel = DS_DUTY_PANEL (ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL));
  DsChecklistSection *section = ds_service_browser_get_selected_section (browser);

  g_assert_nonnull (section);
  g_assert_true (ds_duty_panel_get_section (panel) == section);
  return ds_checklist_section_get_id (section);
}

/* A click on a cell opens the service at that layer; so do the arrow keys
 * and Enter. */
static void
test_open_cell (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsMatrixGrid *grid = show_matrix (window);
  GtkGesture *click = click_gesture (GTK_WIDGET (grid));
  FocusWait wait = { window, DS_LAYER_GUEST_OS };
  GdkRectangle area;
  DsService *cursor;
  DsLayer layer;

  /* Ctrl+F from the matrix goes to the services page's search. */
  g_assert_true (gtk_widget_activate_action (window, "win.search", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window_views (window)), ==, "services");
  g_assert_true (GTK_IS_TEXT (gtk_root_get_focus (GTK_ROOT (window))));
  show_matrix (window);

  /* The browser's search would hide EC2; opening it clears the search. */
  ds_test_search_services (window, "lambda");
  g_assert_true (ds_matrix_grid_get_cell_area (grid, "ec2", DS_LAYER_GUEST_OS, &area));
  g_signal_emit_by_name (click, "pressed", 1, area.x + area.width / 2.0, area.y + area.height / 2.0);
  g_signal_emit_by_name (click, "released", 1, area.x + area.width / 2.0, area.y + area.height / 2.0);
  ds_test_wait (100);

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window_views (window)), ==, "services");
  g_assert_cmpstr (selected_service (window), ==, "ec2");
  g_assert_true (ds_test_wait_until (focus_on_layer, &wait, 3000));

  /* Back in the matrix the cursor is on that cell; Down moves it to the
   * next service, Left to the layer above, Enter opens it. */
  show_matrix (window);
  cursor = ds_matrix_grid_get_cursor (grid, &layer);
  g_assert_cmpstr (ds_service_get_id (cursor), ==, "ec2");
  g_assert_cmpint (layer, ==, DS_LAYER_GUEST_OS);
  gtk_widget_grab_focus (GTK_WIDGET (grid));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "matrix.move-cursor", "(ii)", 0, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "matrix.move-cursor", "(ii)", -3, 0));
  cursor = ds_matrix_grid_get_cursor (grid, &layer);
  g_assert_cmpstr (ds_service_get_id (cursor), ==, "lightsail");
  g_assert_cmpint (layer, ==, DS_LAYER_NETWORK);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "matrix.activate-cursor", NULL));
  ds_test_wait (100);

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window_views (window)), ==, "services");
  g_assert_cmpstr (selected_service (window), ==, "lightsail");
  wait.layer = DS_LAYER_NETWORK;
  g_assert_true (ds_test_wait_until (focus_on_layer, &wait, 3000));

  ds_test_stop_app (app);
}

static gboolean
is_categories_dialog (GtkWidget *widget,
                      gpointer   data)
{
  return DS_IS_CATEGORIES_DIALOG (widget) && gtk_widget_get_visible (widget);
}

static gboolean
has_action (GtkWidget *widget,
            gpointer   action)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
is_example (GtkWidget *widget,
            gpointer   data)
{
  return g_object_get_data (G_OBJECT (widget), "service") != NULL;
}

static gboolean
is_show_all (GtkWidget *widget,
             gpointer   data)
{
  return g_object_get_data (G_OBJECT (widget), "category") != NULL ||
         g_str_has_prefix (gtk_button_get_label (GTK_BUTTON (widget)) ?: "", "Show All");
}

static gboolean
has_tooltip (GtkWidget *widget,
             gpointer   data)
{
  return gtk_widget_get_tooltip_text (widget) != NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return ds_test_find_toplevel (is_categories_dialog) != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return ds_test_find_toplevel (is_categories_dialog) == NULL;
}

/* The categories, from the welcome page: explained with the catalog's own
 * words and services; an example opens its service. */
static void
test_categories (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsCatalog *catalog = ds_application_get_catalog (app);
  GtkWidget *panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  GtkWidget *button = ds_test_find_widget (panel, GTK_TYPE_BUTTON, has_action, (gpointer)"win.show-categories");
  g_autoptr(GPtrArray) examples = NULL;
  g_autoptr(GPtrArray) show_all = NULL;
  GtkWidget *dialog;
  guint seen[3] = { 0, };
  GtkWidget *first_abstracted = NULL;
  g_autofree char *example_id = NULL;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  ds_test_press (button);
  g_assert_true (ds_test_wait_until (dialog_shown, NULL, 3000));
  dialog = ds_test_find_toplevel (is_categories_dialog);

  /* Each category: its name and description from the catalog... */
  for (DsCategory c = DS_CATEGORY_INFRASTRUCTURE; c <= DS_CATEGORY_ABSTRACTED; c++)
    {
      g_assert_nonnull (ds_test_find_label (dialog, ds_catalog_get_category_name (catalog, c)));
      g_assert_nonnull (ds_test_find_label (dialog, ds_catalog_get_category_description (catalog, c)));
    }

  /* ...and its examples, the catalog's services of it in its order. */
  examples = ds_test_find_widgets (dialog, GTK_TYPE_BUTTON, is_example, NULL);
  for (guint i = 0; i < examples->len; i++)
    {
      GtkWidget *example = g_ptr_array_index (examples, i);
      DsService *service = g_object_get_data (G_OBJECT (example), "service");
      DsCategory category = ds_service_get_category (service);
      guint k = 0;

      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (example)), ==, ds_service_get_name (service));
      g_assert_true (ds_catalog_lookup_service (catalog, ds_service_get_id (service)) == service);
      /* It is the seen[category]-th service of its category in the catalog. */
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (catalog)); j++)
        {
          g_autoptr(DsService) other = g_list_model_get_item (G_LIST_MODEL (catalog), j);

          if (ds_service_get_category (other) != category)
            continue;
          if (k++ == seen[category])
            {
              g_assert_true (other == service);
              break;
            }
        }
      seen[category]++;
      if (category == DS_CATEGORY_ABSTRACTED && first_abstracted == NULL)
        first_abstracted = example;
    }
  for (DsCategory c = DS_CATEGORY_INFRASTRUCTURE; c <= DS_CATEGORY_ABSTRACTED; c++)
    g_assert_cmpuint (seen[c], ==, MIN (DS_CATEGORIES_MAX_EXAMPLES, count_services (catalog, NULL, c)));

  /* Each layer's split counts the catalog's services of the kind: the
   * data is always yours, the hardware always AWS's. */
  for (DsCategory c = DS_CATEGORY_INFRASTRUCTURE; c <= DS_CATEGORY_ABSTRACTED; c++)
    {
      guint counts[DS_OWNER_SHARED + 1];
      guint total = count_services (catalog, NULL, c);

      g_assert_cmpuint (ds_categories_count_owners (catalog, c, DS_LAYER_CUSTOMER_DATA, counts), ==, total);
      g_assert_cmpuint (counts[DS_OWNER_CUSTOMER], ==, total);
      g_assert_cmpuint (ds_categories_count_owners (catalog, c, DS_LAYER_HARDWARE, counts), ==, total);
      g_assert_cmpuint (counts[DS_OWNER_AWS], ==, total);
    }

  /* The bars say the same in words, for every layer of every kind: the
   * guest operating system of infrastructure services is split. */
  {
    g_autoptr(GPtrArray) bars = ds_test_find_widgets (dialog, GTK_TYPE_DRAWING_AREA, has_tooltip, NULL);
    guint aws = 0, you = 0, shared = 0, total = 0;
    g_autofree char *expected = NULL;
    gboolean found = FALSE;

    g_assert_cmpuint (bars->len, ==, 3 * DS_N_LAYERS);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
      {
        g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);

        if (ds_service_get_category (service) != DS_CATEGORY_INFRASTRUCTURE)
          continue;
        total++;
        aws += ds_service_get_layer_owner (service, DS_LAYER_GUEST_OS) == DS_OWNER_AWS;
        you += ds_service_get_layer_owner (service, DS_LAYER_GUEST_OS) == DS_OWNER_CUSTOMER;
        shared += ds_service_get_layer_owner (service, DS_LAYER_GUEST_OS) == DS_OWNER_SHARED;
      }
    g_assert_cmpuint (aws, >, 0);
    g_assert_cmpuint (you, >, 0);
    expected = g_strdup_printf ("Guest operating system: AWS in %u, you in %u, shared in %u, not applicable in %u of %u",
                                aws, you, shared, total - aws - you - shared, total);
    for (guint i = 0; i < DS_N_LAYERS; i++)
      found |= g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (bars, i)), expected) == 0;
    g_assert_true (found);
  }

  /* The bars are drawn in the owners' colours, light and dark: data is
   * always the customer's, hardware always AWS's. */
  for (int dark = 0; dark < 2; dark++)
    {
      g_autoptr(GPtrArray) bars = ds_test_find_widgets (dialog, GTK_TYPE_DRAWING_AREA, has_tooltip, NULL);
      guint checked = 0;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      ds_test_wait (100);
      for (guint i = 0; i < bars->len; i++)
        {
          GtkWidget *bar = g_ptr_array_index (bars, i);
          const char *tooltip = gtk_widget_get_tooltip_text (bar);
          g_auto(DsTestPicture) picture = { 0, };
          DsOwner owner;
          const guchar *rgb;

          if (g_str_has_prefix (tooltip, "Customer data:"))
            owner = DS_OWNER_CUSTOMER;
          else if (g_str_has_prefix (tooltip, "Hardware and global network:"))
            owner = DS_OWNER_AWS;
          else
            continue;

          ds_test_render_widget (bar, &picture);
          for (int x = 4; x < picture.width - 4; x += 8)
            {
              rgb = ds_test_pixel_at (&picture, x, picture.height / 2);
              g_assert_true (ds_test_is_colour (rgb, &ds_owner_get_colors (owner, dark)->fill));
            }
          checked++;
        }
      g_assert_cmpuint (checked, ==, 6);
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* An example opens its service and closes the dialog. */
  g_assert_nonnull (first_abstracted);
  example_id = g_strdup (ds_service_get_id (g_object_get_data (G_OBJECT (first_abstracted), "service")));
  ds_test_press (first_abstracted);
  g_assert_true (ds_test_wait_until (dialog_gone, NULL, 3000));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window_views (window)), ==, "services");
  g_assert_cmpstr (selected_service (window), ==, example_id);

  /* From the main menu, "Show All" lists a category in the matrix. */
  g_assert_true (gtk_widget_activate_action (window, "win.show-categories", NULL));
  g_assert_true (ds_test_wait_until (dialog_shown, NULL, 3000));
  dialog = ds_test_find_toplevel (is_categories_dialog);
  show_all = ds_test_find_widgets (dialog, GTK_TYPE_BUTTON, is_show_all, NULL);
  g_assert_cmpuint (show_all->len, ==, 3);
  ds_test_press (g_ptr_array_index (show_all, DS_CATEGORY_CONTAINER));
  g_assert_true (ds_test_wait_until (dialog_gone, NULL, 3000));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window_views (window)), ==, "matrix");
  g_assert_cmpuint (ds_matrix_get_n_services (ds_matrix_grid_get_matrix (
                      DS_MATRIX_GRID (ds_test_find_widget (window, DS_TYPE_MATRIX_GRID, NULL, NULL)))),
                    ==, count_services (catalog, NULL, DS_CATEGORY_CONTAINER));

  ds_test_stop_app (app);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  if (*(char **)user_data == NULL)
    *(char **)user_data = g_strdup (element);
}

/* The filtered matrix saved as SVG (through the dialog) and PNG. */
static void
test_export (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsMatrixGrid *grid = show_matrix (window);
  g_autofree char *svg_path = g_build_filename (g_get_user_data_dir (), "matrix.svg", NULL);
  g_autofree char *png_path = g_build_filename (g_get_user_data_dir (), "matrix.png", NULL);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *text = NULL;
  g_autofree char *root = NULL;
  g_autoptr(GMarkupParseContext) parser = NULL;
  GMarkupParser callbacks = { start_element, NULL, NULL, NULL, NULL };
  GtkWidget *chooser;
  double width, height;
  gsize length;

  ds_test_choose (matrix_dropdown (window, 1), "Infrastructure");
  width = ds_matrix_get_picture_width (ds_matrix_grid_get_matrix (grid));
  height = ds_matrix_get_picture_height (ds_matrix_grid_get_matrix (grid));

  g_assert_true (gtk_widget_activate_action (window, "win.save-matrix-picture", NULL));
  g_assert_true (ds_test_wait_until (ds_test_file_chooser_shown, NULL, 20000));
  chooser = ds_test_find_toplevel (ds_test_is_file_chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autoptr(GFile) folder = g_file_get_parent (svg);

    g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
    g_assert_no_error (error);
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "matrix.svg");
  }
  g_assert_true (ds_test_wait_until (ds_test_chooser_has_file, svg, 20000));
  /* Changing the filter now does not change the picture asked for. */
  ds_test_choose (matrix_dropdown (window, 1), "All kinds");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_true (ds_test_wait_until (ds_test_file_exists, svg_path, 20000));

  g_assert_true (g_file_get_contents (svg_path, &text, &length, &error));
  g_assert_no_error (error);
  parser = g_markup_parse_context_new (&callbacks, 0, &root, NULL);
  g_assert_true (g_markup_parse_context_parse (parser, text, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (parser, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (root, ==, "svg");
  {
    g_autofree char *size = g_strdup_printf ("width=\"%gpx\" height=\"%gpx\"", width, height);
    g_assert_nonnull (strstr (text, size));
  }

  /* The same picture as PNG, at twice the size. */
  g_assert_true (ds_window_save_picture_to_file (DS_WINDOW (window), png));
  texture = gdk_texture_new_from_file (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, (int)(2 * width));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, (int)(2 * height));

  ds_test_stop_app (app);
}

/* A catalog of the built-in services, each @copies times over. */
static DsCatalog *
new_large_catalog (guint copies)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (DS_CATALOG_BUILTIN_PATH, 0, NULL);
  g_autoptr(GBytes) large = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonArray) services = json_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *root;
  JsonArray *builtin;
  DsCatalog *catalog;
  gsize length;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  root = json_node_get_object (json_parser_get_root (parser));
  builtin = json_object_get_array_member (root, "services");
  for (guint copy = 0; copy < copies; copy++)
    for (guint i = 0; i < json_array_get_length (builtin); i++)
      {
        /* A deep copy: json_node_copy() shares the object. */
        g_autofree char *json = json_to_string (json_array_get_element (builtin, i), FALSE);
        JsonNode *node = json_from_string (json, NULL);
        JsonObject *service = json_node_get_object (node);
        g_autofree char *id = g_strdup_printf ("%s-%u", json_object_get_string_member (service, "id"), copy);
        g_autofree char *name = g_strdup_printf ("%s %u", json_object_get_string_member (service, "name"), copy);

        json_object_set_string_member (service, "id", id);
        json_object_set_string_member (service, "name", name);
        json_array_add_element (services, node);
      }
  json_object_set_array_member (root, "services", json_array_ref (services));

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);
  large = g_bytes_new_take (g_steal_pointer (&text), length);
  catalog = ds_catalog_new_from_bytes (large, "large.json", &error);
  g_assert_no_error (error);
  return catalog;
}

/* The layout alone: rows in bands, groups and name order, found again by
 * their height, for a catalog twenty times ours. */
static void
test_layout (void)
{
  g_autoptr(DsCatalog) catalog = new_large_catalog (20);
  g_autoptr(DsMatrix) matrix = NULL;
  g_autofree char *text = NULL;
  const DsMatrixRow *previous = NULL;
  double y = DS_MATRIX_HEADER_HEIGHT;
  gint64 start = g_get_monotonic_time ();

  matrix = ds_matrix_new (catalog, NULL, DS_MATRIX_ALL_CATEGORIES);
  g_test_message ("laid out %u services in %.1f ms", ds_matrix_get_n_services (matrix),
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (ds_matrix_get_n_services (matrix), ==, g_list_model_get_n_items (G_LIST_MODEL (catalog)));

  for (guint i = 0; i < ds_matrix_get_n_rows (matrix); i++)
    {
      const DsMatrixRow *row = ds_matrix_get_row (matrix, i);

      /* Rows follow each other without gaps, and each is found by its height. */
      g_assert_cmpfloat (row->y, ==, y);
      g_assert_cmpuint (ds_matrix_row_at (matrix, row->y), ==, i);
      g_assert_cmpuint (ds_matrix_row_at (matrix, row->y + row->height - 0.5), ==, i);
      y += row->height;

      if (previous != NULL)
        {
          g_assert_cmpint (previous->category, <=, row->category);
          if (row->kind == DS_MATRIX_ROW_SERVICE && previous->kind == DS_MATRIX_ROW_SERVICE)
            {
              g_assert_cmpstr (previous->group, ==, row->group);
              g_assert_cmpint (g_utf8_collate (ds_service_get_name (previous->service),
                                               ds_service_get_name (row->service)), <=, 0);
            }
        }
      previous = row;
    }
  g_assert_cmpfloat (y, ==, ds_matrix_get_height (matrix));
  g_assert_cmpuint (ds_matrix_row_at (matrix, 0), ==, G_MAXUINT);
  g_assert_cmpuint (ds_matrix_row_at (matrix, y), ==, G_MAXUINT);

  text = ds_matrix_describe_cell (matrix, ds_matrix_find_service (matrix, "ec2-7"), DS_LAYER_GUEST_OS);
  g_assert_cmpstr (text, ==, "Amazon EC2 7 — Guest operating system: You");
  g_assert_cmpfloat (ds_matrix_get_picture_width (matrix), >, ds_matrix_get_width (matrix));
  g_assert_cmpfloat (ds_matrix_get_picture_height (matrix), >, ds_matrix_get_height (matrix));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ds_test_init_app_tests (&argc, &argv);
  int ret;

  g_test_add_func ("/matrix/layout", test_layout);
  g_test_add_func ("/matrix/colours", test_colours);
  g_test_add_func ("/matrix/filters", test_filters);
  g_test_add_func ("/matrix/open-cell", test_open_cell);
  g_test_add_func ("/matrix/categories", test_categories);
  g_test_add_func ("/matrix/export", test_export);

  ret = g_test_run ();
  ds_test_remove_tree (home);
  return ret;
}
