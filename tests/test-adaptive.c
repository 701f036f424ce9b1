/* test-adaptive.c — the window wide and narrow, driven through its widgets
 *
 * The real application in a headless X display, started at a phone's width
 * (360 pixels) or a desktop's, and worked as a user does: clicking service
 * rows, pressing the header's buttons, using the keyboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ds-application.h"
#include "ds-checklist-editor.h"
#include "ds-checklist-section.h"
#include "ds-duty-panel.h"
#include "ds-pane-layout.h"
#include "ds-service.h"
#include "ds-service-browser.h"
#include "ds-slot.h"
#include "ds-app-test-util.h"

typedef struct
{
  DsApplication *app;
  GtkWidget     *window;
  GtkWidget     *browser;
  GtkWidget     *panel;
  GtkWidget     *editor;
  GtkWidget     *list;
} Fixture;

static gboolean
has_tooltip (GtkWidget *widget,
             gpointer   text)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static GtkWidget *
header_button (Fixture    *f,
               const char *tooltip)
{
  GtkWidget *header = ds_test_find_widget (f->window, ADW_TYPE_HEADER_BAR, NULL, NULL);
  GtkWidget *button = ds_test_find_widget (header, GTK_TYPE_WIDGET, has_tooltip, (gpointer)tooltip);

  g_assert_nonnull (button);
  return button;
}

static gboolean
shown (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget);
}

/* Starts the application with the window at @width, as a window restored at
 * that size from the last run. */
static void
start_at (Fixture *f,
          int      width)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", 720);

  f->app = ds_test_start_app (TRUE);
  f->window = ds_test_app_window (f->app);
  f->browser = ds_test_find_widget (f->window, DS_TYPE_SERVICE_BROWSER, NULL, NULL);
  f->panel = ds_test_find_widget (f->window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  f->editor = ds_test_find_widget (f->window, DS_TYPE_CHECKLIST_EDITOR, NULL, NULL);
  f->list = ds_test_find_widget (f->browser, GTK_TYPE_LIST_VIEW, ds_test_has_css_class, (gpointer)"navigation-sidebar");
  ds_test_wait (200);
}

static void
stop (Fixture *f)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);

  ds_test_stop_app (f->app);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "browser-width");
  g_settings_reset (settings, "checklist-width");
}

typedef struct
{
  Fixture   *f;
  GtkWidget *pane;
} Alone;

/* One pane on screen, once the page transition is over. */
static gboolean
alone_on_screen (gpointer data)
{
  Alone *alone = data;
  GtkWidget *panes[] = { alone->f->browser, alone->f->panel, alone->f->editor };

  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    if (shown (panes[i]) != (panes[i] == alone->pane))
      return FALSE;
  return TRUE;
}

static void
assert_alone (Fixture   *f,
              GtkWidget *pane)
{
  Alone alone = { f, pane };

  /* Long enough for a slow run under valgrind; a normal one is quick. */
  if (!ds_test_wait_until (alone_on_screen, &alone, 20000))
    g_error ("%s is not shown alone (browser %d, panel %d, editor %d)", G_OBJECT_TYPE_NAME (pane),
             shown (f->browser), shown (f->panel), shown (f->editor));
  ds_test_wait (50);   /* the header follows */
}

/* A click on a service's row, in a folded window, activates it. */
static void
click_service (Fixture    *f,
               const char *service_id)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (f->list)));

  g_assert_true (gtk_list_view_get_single_click_activate (GTK_LIST_VIEW (f->list)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DsSlot) slot = g_list_model_get_item (model, i);
      DsChecklistSection *section = ds_slot_get_item (slot);

      if (g_str_equal (ds_checklist_section_get_id (section), service_id))
        {
          g_assert_true (gtk_widget_activate_action (f->list, "list.activate-item", "u", i));
          return;
        }
    }

  g_error ("no row for %s", service_id);
}

static const char *
shown_service (Fixture *f)
{
  DsChecklistSection *section = ds_duty_panel_get_section (DS_DUTY_PANEL (f->panel));

  return section ? ds_checklist_section_get_id (section) : NULL;
}

static const char *
title (Fixture *f)
{
  GtkWidget *header = ds_test_find_widget (f->window, ADW_TYPE_HEADER_BAR, NULL, NULL);

  return adw_window_title_get_title (ADW_WINDOW_TITLE (ds_test_find_widget (header, ADW_TYPE_WINDOW_TITLE, NULL, NULL)));
}

/* 360 pixels: one column. Service → its duties → back; the checklist and
 * back, to wherever the user came from. */
static void
test_narrow_navigation (void)
{
  Fixture f = { 0 };
  GtkWidget *back, *to_checklist;

  start_at (&f, 360);
  back = header_button (&f, "Back (Alt+Left)");
  to_checklist = header_button (&f, "Show the Checklist");

  /* Folded: the list alone, nothing to go back to. */
  g_assert_cmpint (gtk_widget_get_width (f.window), <=, 360);
  assert_alone (&f, f.browser);
  g_assert_false (shown (back));
  g_assert_true (shown (to_checklist));
  /* The checklist's own buttons are on its page, so the header fits. */
  g_assert_false (shown (header_button (&f, "Export or Print (Ctrl+E)")));
  g_assert_false (shown (header_button (&f, "Checklists")));

  /* A service opens its duties... */
  click_service (&f, "ec2");
  assert_alone (&f, f.panel);
  g_assert_cmpstr (shown_service (&f), ==, "ec2");
  g_assert_nonnull (ds_test_find_label (f.panel, "Amazon EC2"));
  g_assert_true (shown (back));

  /* ...and Back returns to the list, the service still chosen. */
  ds_test_press (back);
  assert_alone (&f, f.browser);
  g_assert_false (shown (back));
  g_assert_cmpstr (shown_service (&f), ==, "ec2");

  /* Another service replaces it. */
  click_service (&f, "s3");
  assert_alone (&f, f.panel);
  g_assert_nonnull (ds_test_find_label (f.panel, "Amazon S3"));
  g_assert_null (ds_test_find_label (f.panel, "Amazon EC2"));

  /* From the duties to the checklist, and back to the duties. */
  ds_test_press (to_checklist);
  assert_alone (&f, f.editor);
  /* No room for a title beside four buttons; the page names the checklist. */
  g_assert_cmpstr (title (&f), ==, "");
  g_assert_false (shown (to_checklist));
  g_assert_true (shown (header_button (&f, "Export or Print (Ctrl+E)")));
  g_assert_true (shown (header_button (&f, "Checklists")));
  ds_test_press (back);
  assert_alone (&f, f.panel);
  g_assert_cmpstr (shown_service (&f), ==, "s3");
  g_assert_cmpstr (title (&f), ==, "Duty Split");

  /* Alt+Left goes back as the button does. */
  {
    g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (f.app), "<Alt>Left");

    g_assert_true (g_strv_contains ((const char * const *)actions, "win.go-back"));
    g_assert_true (gtk_widget_activate_action (f.window, "win.go-back", NULL));
  }
  assert_alone (&f, f.browser);

  /* From the list to the checklist, Back leads straight to the list. */
  ds_test_press (to_checklist);
  assert_alone (&f, f.editor);
  ds_test_press (back);
  assert_alone (&f, f.browser);

  /* Nowhere further back to go. */
  gtk_widget_activate_action (f.window, "win.go-back", NULL);
  ds_test_wait (100);
  assert_alone (&f, f.browser);

  stop (&f);
}

/* Each page's header bar fits a 360-pixel window, with its buttons. */
static void
test_narrow_header (void)
{
  Fixture f = { 0 };
  GtkWidget *header;
  int min_width;

  start_at (&f, 360);
  header = ds_test_find_widget (f.window, ADW_TYPE_HEADER_BAR, NULL, NULL);

  gtk_widget_measure (f.window, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);

  /* No room for the view switcher in the header: it is at the bottom. */
  g_assert_true (shown (ds_test_find_widget (header, ADW_TYPE_WINDOW_TITLE, NULL, NULL)));
  g_assert_false (shown (ds_test_find_widget (header, ADW_TYPE_VIEW_SWITCHER, NULL, NULL)));
  g_assert_true (shown (ds_test_find_widget (f.window, ADW_TYPE_VIEW_SWITCHER_BAR, NULL, NULL)));

  for (guint page = 0; page < 3; page++)
    {
      if (page == 1)
        {
          click_service (&f, "rds");
          assert_alone (&f, f.panel);
        }
      else if (page == 2)
        {
          ds_test_press (header_button (&f, "Show the Checklist"));
          assert_alone (&f, f.editor);
        }

      gtk_widget_measure (header, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      if (g_test_verbose ())
        g_test_message ("page %u: header needs %d pixels", page, min_width);
      g_assert_cmpint (min_width, <=, gtk_widget_get_width (header));
    }

  stop (&f);
}

/* Opening another catalog, through the main menu's action and its dialog,
 * takes away the service shown: a folded window returns to the list. */
static void
test_narrow_other_catalog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "custom-catalog.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Fixture f = { 0 };
  GtkWidget *chooser;

  start_at (&f, 360);
  click_service (&f, "ec2");
  assert_alone (&f, f.panel);

  g_assert_true (gtk_widget_activate_action (f.window, "win.open-catalog", NULL));
  g_assert_true (ds_test_wait_until (ds_test_file_chooser_shown, NULL, 20000));
  chooser = ds_test_find_toplevel (ds_test_is_file_chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error));
  g_assert_no_error (error);
  g_assert_true (ds_test_wait_until (ds_test_chooser_has_file, file, 20000));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS

  assert_alone (&f, f.browser);
  g_assert_null (shown_service (&f));
  g_assert_nonnull (ds_test_find_service_row (f.window, "app-platform"));

  stop (&f);
}

/* Every service's page fits a 360-pixel window: the window cannot be
 * narrower than its widest page. */
static void
test_narrow_every_service (void)
{
  Fixture f = { 0 };
  GListModel *model;
  int worst = 0;
  const char *worst_id = NULL;

  start_at (&f, 360);
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (f.list)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DsSlot) slot = g_list_model_get_item (model, i);
      DsChecklistSection *section = ds_slot_get_item (slot);
      int min_width;

      g_assert_true (gtk_widget_activate_action (f.list, "list.select-item", "(ubb)", i, FALSE, FALSE));
      ds_test_wait (5);
      gtk_widget_measure (f.window, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      if (min_width > worst)
        worst = min_width, worst_id = ds_checklist_section_get_id (section);
    }

  if (g_test_verbose ())
    g_test_message ("widest: %s, %d pixels", worst_id, worst);
  g_assert_cmpint (worst, <=, 360);

  stop (&f);
}

static gboolean
menu_shown (gpointer button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

/* Ctrl+E in a folded window: the export menu, on the checklist's page. */
static gboolean
popover_hidden (gpointer popover)
{
  return !gtk_widget_get_visible (popover);
}

static void
test_narrow_export_shortcut (void)
{
  Fixture f = { 0 };
  GtkWidget *export;
  GtkPopover *popover;

  start_at (&f, 360);
  export = header_button (&f, "Export or Print (Ctrl+E)");

  g_assert_true (gtk_widget_activate_action (f.window, "win.export-menu", NULL));
  assert_alone (&f, f.editor);
  /* The menu is made when it first opens. */
  g_assert_true (ds_test_wait_until (menu_shown, export, 20000));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (export));
  gtk_popover_popdown (popover);
  /* GTK 4.8's menu keeps a timeout that outlives it if the window goes
   * while it is still closing: let it close first. */
  g_assert_true (ds_test_wait_until (popover_hidden, popover, 20000));
  ds_test_wait (300);

  stop (&f);
}

/* F6 keeps to the pane shown: the others are off screen. */
static void
test_narrow_keyboard (void)
{
  Fixture f = { 0 };
  GtkWidget *focus;

  start_at (&f, 360);
  click_service (&f, "lambda");
  assert_alone (&f, f.panel);

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_activate_action (f.window, "win.next-pane", NULL));
      focus = gtk_root_get_focus (GTK_ROOT (f.window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, f.panel));
    }

  /* Ctrl+F searches, so it brings the list back. */
  g_assert_true (gtk_widget_activate_action (f.window, "win.search", NULL));
  assert_alone (&f, f.browser);
  focus = gtk_root_get_focus (GTK_ROOT (f.window));
  g_assert_true (GTK_IS_TEXT (focus) && gtk_widget_is_ancestor (focus, f.browser));

  stop (&f);
}

/* A wide window shows all three panes, left to right, at the widths the
 * user gave them last time. */
static void
test_wide (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  Fixture f = { 0 };
  double browser_x, panel_x, editor_x, y;

  g_settings_set_int (settings, "browser-width", 360);
  g_settings_set_int (settings, "checklist-width", 380);
  start_at (&f, 1280);

  g_assert_true (shown (f.browser));
  g_assert_true (shown (f.panel));
  g_assert_true (shown (f.editor));
  g_assert_true (gtk_widget_translate_coordinates (f.browser, f.window, 0, 0, &browser_x, &y));
  g_assert_true (gtk_widget_translate_coordinates (f.panel, f.window, 0, 0, &panel_x, &y));
  g_assert_true (gtk_widget_translate_coordinates (f.editor, f.window, 0, 0, &editor_x, &y));
  g_assert_cmpfloat (browser_x, <, panel_x);
  g_assert_cmpfloat (panel_x, <, editor_x);
  g_assert_cmpint (gtk_widget_get_width (f.browser), ==, 360);
  g_assert_cmpint (gtk_widget_get_width (f.editor), ==, 380);
  g_assert_cmpint (gtk_widget_get_width (f.panel), >=, 400);

  /* No Back, no page buttons; the checklist's buttons in the header. */
  g_assert_false (shown (header_button (&f, "Back (Alt+Left)")));
  g_assert_false (shown (header_button (&f, "Show the Checklist")));
  g_assert_true (shown (header_button (&f, "Export or Print (Ctrl+E)")));
  g_assert_true (shown (header_button (&f, "Checklists")));
  /* The view switcher in the header, none at the bottom: a window that
   * was never narrow has not made one. */
  g_assert_true (shown (ds_test_find_widget (f.window, ADW_TYPE_VIEW_SWITCHER, NULL, NULL)));
  g_assert_null (ds_test_find_widget (f.window, ADW_TYPE_VIEW_SWITCHER_BAR, NULL, NULL));

  /* The layout is made of what this libadwaita offers (ds-pane-layout.c):
   * a build on a newer one drives the split views. */
#if ADW_CHECK_VERSION (1, 4, 0)
  g_assert_nonnull (ds_test_find_widget (f.window, ADW_TYPE_NAVIGATION_SPLIT_VIEW, NULL, NULL));
  g_assert_nonnull (ds_test_find_widget (f.window, ADW_TYPE_OVERLAY_SPLIT_VIEW, NULL, NULL));
#else
  g_assert_nonnull (ds_test_find_widget (f.window, ADW_TYPE_LEAFLET, NULL, NULL));
#endif
  if (g_test_verbose ())
    g_test_message ("libadwaita %u.%u.%u", adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version ());

  /* A click selects a service and shows it beside the list. */
  g_assert_false (gtk_list_view_get_single_click_activate (GTK_LIST_VIEW (f.list)));
  ds_test_select_service (f.window, "ec2");
  g_assert_cmpstr (shown_service (&f), ==, "ec2");
  g_assert_true (shown (f.browser));

  stop (&f);
}

/* Narrowing the window folds it, widening unfolds it. */
static void
test_resize (void)
{
  Fixture f = { 0 };
  GtkWidget *switcher_bar;

  start_at (&f, 1280);
  ds_test_select_service (f.window, "ec2");

  gtk_window_set_default_size (GTK_WINDOW (f.window), 360, 720);
  assert_alone (&f, f.browser);
  click_service (&f, "ec2");
  assert_alone (&f, f.panel);
  /* The view switcher moved to the bottom. */
  switcher_bar = ds_test_find_widget (f.window, ADW_TYPE_VIEW_SWITCHER_BAR, NULL, NULL);
  g_assert_true (shown (switcher_bar));

  gtk_window_set_default_size (GTK_WINDOW (f.window), 1280, 720);
  g_assert_true (ds_test_wait_until ((gboolean (*) (gpointer))gtk_widget_get_mapped, f.editor, 20000));
  g_assert_true (shown (f.browser));
  g_assert_true (shown (f.panel));
  g_assert_false (gtk_list_view_get_single_click_activate (GTK_LIST_VIEW (f.list)));
  ds_test_wait (50);
  g_assert_false (shown (header_button (&f, "Back (Alt+Left)")));
  /* And back to the header. */
  g_assert_true (shown (ds_test_find_widget (f.window, ADW_TYPE_VIEW_SWITCHER, NULL, NULL)));
  g_assert_false (gtk_widget_get_visible (switcher_bar));

  stop (&f);
}

static int
min_width (GtkWidget *widget)
{
  int min = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

static gboolean
all_shown (gpointer data)
{
  Fixture *f = data;

  return shown (f->browser) && shown (f->panel) && shown (f->editor);
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} Width;

static gboolean
has_width (gpointer data)
{
  Width *width = data;

  return gtk_widget_get_width (width->widget) == width->width;
}

static gboolean
width_changed (gpointer data)
{
  Width *width = data;

  return gtk_widget_get_width (width->widget) != width->width;
}

/* Resizes the window so that @layout gets @width. */
static void
resize_layout (Fixture   *f,
               GtkWidget *layout,
               int        width,
               int        extra)
{
  Width wanted = { layout, width };

  gtk_window_set_default_size (GTK_WINDOW (f->window), width + extra, 720);
  if (!ds_test_wait_until (has_width, &wanted, 20000))
    g_error ("the layout is %d pixels wide, not %d", gtk_widget_get_width (layout), width);
}

/* Once the layout has settled, after its animation. */
static gboolean
at_minimum_widths (gpointer data)
{
  Fixture *f = data;
  GtkWidget *browser_pane = gtk_widget_get_parent (f->browser);
  GtkWidget *editor_pane = gtk_widget_get_parent (f->editor);

  return gtk_widget_get_width (browser_pane) == min_width (browser_pane) &&
         gtk_widget_get_width (editor_pane) == min_width (editor_pane);
}

/* The window folds where the three panes stop fitting side by side at
 * their minimum widths, and not before: a window a pixel wider shows them
 * all. (From 1.4 the fold is a breakpoint whose width the layout keeps at
 * the panes' sum.) It is folded at the start: libadwaita 1.2's leaflet,
 * narrowed from wide to within a few pixels of its fold, draws a pane it
 * has not allocated, which GTK warns about; the split views are narrowed
 * across it too. */
static void
test_fold_width (void)
{
  Fixture f = { 0 };
  GtkWidget *layout, *browser_pane, *editor_pane;
  int fit, extra;

  start_at (&f, 1280);
  ds_test_select_service (f.window, "ec2");
  ds_test_wait (50);

  layout = ds_test_find_widget (f.window, DS_TYPE_PANE_LAYOUT, NULL, NULL);
  browser_pane = gtk_widget_get_parent (f.browser);
  editor_pane = gtk_widget_get_parent (f.editor);
  fit = min_width (browser_pane) + min_width (f.panel) + min_width (editor_pane);
  if (g_test_verbose ())
    g_test_message ("the panes fit in %d pixels", fit);
  g_assert_cmpint (fit, >, 360);

  /* What the window has around the panes (its frame), from a width where
   * they still fit. */
  {
    Width before = { layout, gtk_widget_get_width (layout) };

    gtk_window_set_default_size (GTK_WINDOW (f.window), fit + 100, 720);
    g_assert_true (ds_test_wait_until (width_changed, &before, 20000));
    ds_test_wait (100);
    extra = fit + 100 - gtk_widget_get_width (layout);
  }

  /* Folded at a phone's width, and still a pixel short of the panes. */
  gtk_window_set_default_size (GTK_WINDOW (f.window), 360, 720);
  assert_alone (&f, f.browser);
  resize_layout (&f, layout, fit - 1, extra);
  g_assert_true (ds_pane_layout_get_folded (DS_PANE_LAYOUT (layout)));
  assert_alone (&f, f.browser);

  /* Wide enough: side by side, each side pane at its minimum width. */
  resize_layout (&f, layout, fit, extra);
  g_assert_true (ds_test_wait_until (all_shown, &f, 20000));
  g_assert_false (ds_pane_layout_get_folded (DS_PANE_LAYOUT (layout)));
  if (!ds_test_wait_until (at_minimum_widths, &f, 20000))
    g_error ("the side panes are %d and %d pixels wide, not %d and %d",
             gtk_widget_get_width (browser_pane), gtk_widget_get_width (editor_pane),
             min_width (browser_pane), min_width (editor_pane));

#if ADW_CHECK_VERSION (1, 4, 0)
  /* And a pixel narrower folds again, the breakpoint's way. */
  resize_layout (&f, layout, fit - 1, extra);
  assert_alone (&f, f.browser);
  g_assert_true (ds_pane_layout_get_folded (DS_PANE_LAYOUT (layout)));
#endif

  stop (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ds_test_init_app_tests (&argc, &argv);
  int ret;

  g_test_add_func ("/adaptive/narrow-navigation", test_narrow_navigation);
  g_test_add_func ("/adaptive/narrow-header", test_narrow_header);
  g_test_add_func ("/adaptive/narrow-other-catalog", test_narrow_other_catalog);
  g_test_add_func ("/adaptive/narrow-every-service", test_narrow_every_service);
  g_test_add_func ("/adaptive/narrow-export-shortcut", test_narrow_export_shortcut);
  g_test_add_func ("/adaptive/narrow-keyboard", test_narrow_keyboard);
  g_test_add_func ("/adaptive/wide", test_wide);
  g_test_add_func ("/adaptive/resize", test_resize);
  g_test_add_func ("/adaptive/fold-width", test_fold_width);

  ret = g_test_run ();
  ds_test_remove_tree (home);
  return ret;
}
