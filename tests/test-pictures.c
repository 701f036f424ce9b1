/* test-pictures.c — the layer stacks, the comparison and their pictures
 *
 * The real application in a headless X display: the stacks are rendered
 * to textures and their pixels checked against the catalog's owners in
 * the light and the dark style, bands are clicked, services are picked in
 * the comparison, and pictures are saved through the window and read back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ds-catalog.h"
#include "ds-checklist-section.h"
#include "ds-compare.h"
#include "ds-compare-view.h"
#include "ds-duty.h"
#include "ds-duty-panel.h"
#include "ds-duty-row.h"
#include "ds-layer-stack.h"
#include "ds-owner-paint.h"
#include "ds-service.h"
#include "ds-stack-draw.h"
#include "ds-app-test-util.h"
#include "ds-window.h"

static GtkEventController *
motion_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        return GTK_EVENT_CONTROLLER (controller);
    }

  g_assert_not_reached ();
}

/* Each band of @stack has its owner's colour, as the catalog says and as
 * the palette paints it in the current style. The pixels checked run along
 * the middle of the band, left of the text: a shared band must show both
 * of its stripes there, a band that does not apply nothing at all. */
static void
assert_band_colours (DsLayerStack *stack)
{
  g_auto(DsTestPicture) render = { 0, };
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  DsService *service = ds_layer_stack_get_service (stack);

  g_assert_nonnull (service);
  /* The headless display's pointer sits in the middle of the screen, where
   * a stack may well be after a resize: it leaves, so that no band is lit. */
  g_signal_emit_by_name (motion_controller (GTK_WIDGET (stack)), "leave");
  ds_test_wait (50);
  ds_test_render_widget (GTK_WIDGET (stack), &render);

  for (guint layer = 0; layer < DS_N_LAYERS; layer++)
    {
      DsOwner owner = ds_service_get_variant_layer_owner (service, ds_layer_stack_get_variant (stack), layer);
      const DsOwnerColors *colors = ds_owner_get_colors (owner, dark);
      graphene_rect_t band;
      guint n_fill = 0, n_stripe = 0, n_clear = 0, n = 0;
      int y;

      g_assert_true (ds_layer_stack_get_band (stack, layer, &band));
      y = band.origin.y + band.size.height / 2;

      for (int x = band.origin.x + 2; x < band.origin.x + 8; x++, n++)
        {
          const guchar *pixel = ds_test_pixel_at (&render, x, y);

          n_fill += ds_test_is_colour (pixel, &colors->fill);
          n_stripe += ds_test_is_colour (pixel, &colors->stripe);
          n_clear += pixel[3] == 0;
        }
      /* Stripes are 8 px wide at 135°: look further along for the second one. */
      for (int x = band.origin.x + 8; owner == DS_OWNER_SHARED && x < band.origin.x + 40; x++)
        {
          const guchar *pixel = ds_test_pixel_at (&render, x, band.origin.y + 2);

          n_fill += ds_test_is_colour (pixel, &colors->fill);
          n_stripe += ds_test_is_colour (pixel, &colors->stripe);
        }

      switch (owner)
        {
        case DS_OWNER_AWS:
        case DS_OWNER_CUSTOMER:
          g_assert_cmpuint (n_fill, ==, n);
          break;
        case DS_OWNER_SHARED:
          g_assert_cmpuint (n_fill, >, 0);
          g_assert_cmpuint (n_stripe, >, 0);
          g_assert_false (ds_test_is_colour ((const guchar *) &colors->fill, &colors->stripe));
          break;
        case DS_OWNER_NONE:
        default:
          g_assert_cmpuint (n_clear, ==, n);
          break;
        }
    }
}

static DsLayerStack *
panel_stack (GtkWidget *window)
{
  GtkWidget *panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);

  return DS_LAYER_STACK (ds_test_find_widget (panel, DS_TYPE_LAYER_STACK, NULL, NULL));
}

/* Amazon S3 has all four owners; Amazon ECS on Fargate shares others. In
 * both styles, and the two styles differ. */
static void
test_stack_colours (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  AdwStyleManager *style = adw_style_manager_get_default ();
  DsLayerStack *stack;
  static const char *services[] = { "s3", "ecs", "ec2" };

  g_assert_false (ds_test_is_colour ((const guchar *) "\0\0\0\377", &ds_owner_get_colors (DS_OWNER_AWS, FALSE)->fill));
  g_assert_true (memcmp (ds_owner_get_colors (DS_OWNER_AWS, FALSE), ds_owner_get_colors (DS_OWNER_AWS, TRUE),
                         sizeof (DsOwnerColors)) != 0);

  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      ds_test_wait (100);
      g_assert_cmpint (adw_style_manager_get_dark (style), ==, dark);

      for (guint i = 0; i < G_N_ELEMENTS (services); i++)
        {
          ds_test_select_service (window, services[i]);
          ds_test_wait (50);
          stack = panel_stack (window);
          g_assert_cmpstr (ds_service_get_id (ds_layer_stack_get_service (stack)), ==, services[i]);
          assert_band_colours (stack);
        }
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  ds_test_stop_app (app);
}

/* The band under the pointer lights up, and only while the pointer is there. */
static void
test_hover (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsLayerStack *stack;
  GtkEventController *motion;
  graphene_rect_t band, other;
  const DsColor *you;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  ds_test_select_service (window, "ec2");
  ds_test_wait (100);
  stack = panel_stack (window);
  motion = motion_controller (GTK_WIDGET (stack));
  you = &ds_owner_get_colors (DS_OWNER_CUSTOMER, FALSE)->fill;
  g_assert_true (ds_layer_stack_get_band (stack, DS_LAYER_GUEST_OS, &band));
  g_assert_true (ds_layer_stack_get_band (stack, DS_LAYER_APPLICATION, &other));

  g_signal_emit_by_name (motion, "motion", band.origin.x + 100, band.origin.y + 5);
  ds_test_wait (20);
  {
    g_auto(DsTestPicture) render = { 0, };
    const guchar *hovered, *plain;

    ds_test_render_widget (GTK_WIDGET (stack), &render);
    hovered = ds_test_pixel_at (&render, band.origin.x + 4, band.origin.y + band.size.height / 2);
    plain = ds_test_pixel_at (&render, other.origin.x + 4, other.origin.y + other.size.height / 2);
    g_assert_false (ds_test_is_colour (hovered, you));
    g_assert_true (ds_test_is_colour (plain, you));
    g_assert_cmpint (hovered[0] + hovered[1] + hovered[2], >, plain[0] + plain[1] + plain[2]);
  }

  g_signal_emit_by_name (motion, "leave");
  ds_test_wait (20);
  assert_band_colours (stack);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  ds_test_stop_app (app);
}

static GtkGesture *
click_gesture (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        return GTK_GESTURE (controller);
    }

  g_assert_not_reached ();
}

static void
click_band (DsLayerStack *stack,
            DsLayer       layer)
{
  GtkGesture *gesture = click_gesture (GTK_WIDGET (stack));
  graphene_rect_t band;
  double x, y;

  g_assert_true (ds_layer_stack_get_band (stack, layer, &band));
  x = band.origin.x + band.size.width / 2;
  y = band.origin.y + band.size.height / 2;
  g_signal_emit_by_name (gesture, "pressed", 1, x, y);
  g_signal_emit_by_name (gesture, "released", 1, x, y);
  ds_test_wait (50);
}

/* The first row of the panel's duty lists that is on @layer. */
static GtkWidget *
first_row_on (GtkWidget *panel,
              DsLayer    layer)
{
  g_autoptr(GPtrArray) rows = ds_test_find_widgets (panel, GTK_TYPE_LIST_BOX_ROW, NULL, NULL);
  GtkWidget *first = NULL;
  double first_y = G_MAXDOUBLE;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *child = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      graphene_point_t point;

      if (DS_IS_DUTY_ROW (child) && ds_duty_get_layer (ds_duty_row_get_duty (DS_DUTY_ROW (child))) == layer &&
          gtk_widget_compute_point (row, panel, &GRAPHENE_POINT_INIT (0, 0), &point) && point.y < first_y)
        {
          first = row;
          first_y = point.y;
        }
    }

  return first;
}

/* Whether the top of @row shows in the panel's scrolled window. */
static gboolean
row_is_visible (GtkWidget *panel,
                GtkWidget *row)
{
  GtkWidget *scroller = ds_test_find_widget (panel, GTK_TYPE_SCROLLED_WINDOW, NULL, NULL);
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (row, scroller, &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.y >= 0 && point.y + 20 <= gtk_widget_get_height (scroller);
}

/* The guest OS duties are on screen, placed, below the stack. */
static gboolean
panel_laid_out (gpointer panel)
{
  GtkWidget *row = first_row_on (panel, DS_LAYER_GUEST_OS);
  GtkWidget *stack = ds_test_find_widget (panel, DS_TYPE_LAYER_STACK, NULL, NULL);
  graphene_point_t point;

  return row != NULL && gtk_widget_get_mapped (row) && gtk_widget_get_height (row) > 0 &&
         gtk_widget_compute_point (row, stack, &GRAPHENE_POINT_INIT (0, 0), &point) &&
         point.y > gtk_widget_get_height (stack);
}

static guint
count_highlighted (GtkWidget *panel)
{
  g_autoptr(GPtrArray) rows = ds_test_find_widgets (panel, GTK_TYPE_LIST_BOX_ROW, ds_test_has_css_class,
                                                    (gpointer) "layer-highlight");
  return rows->len;
}

static guint
count_duties_on (DsService *service,
                 DsLayer    layer)
{
  GListModel *duties = ds_service_get_duties (service);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
      n += ds_duty_get_layer (duty) == layer;
    }
  return n;
}

static gboolean
is_toast_label (GtkWidget *widget,
                gpointer   data)
{
  return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

/* Clicking a band scrolls the duty panel to that layer's duties and
 * highlights them; a layer without duties says so. */
static void
test_click_band (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  DsCatalog *catalog = ds_application_get_catalog (app);
  DsService *ec2 = ds_catalog_lookup_service (catalog, "ec2");
  DsService *s3 = ds_catalog_lookup_service (catalog, "s3");
  g_autofree char *message = NULL;
  DsLayerStack *stack;
  GtkWidget *row;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 640);
  ds_test_select_service (window, "ec2");
  /* Slow builds (the sanitizers) take a while to resize and lay out. */
  g_assert_true (ds_test_wait_until (panel_laid_out, panel, 20000));
  stack = panel_stack (window);

  /* EC2's guest OS duties are below the picture, out of sight. */
  row = first_row_on (panel, DS_LAYER_GUEST_OS);
  g_assert_nonnull (row);
  g_assert_false (row_is_visible (panel, row));
  g_assert_cmpuint (count_highlighted (panel), ==, 0);

  click_band (stack, DS_LAYER_GUEST_OS);
  g_assert_true (row_is_visible (panel, row));
  g_assert_cmpuint (count_highlighted (panel), ==, count_duties_on (ec2, DS_LAYER_GUEST_OS));
  g_assert_true (gtk_widget_has_css_class (row, "layer-highlight"));

  /* The highlight goes after a moment. */
  ds_test_wait (1700);
  g_assert_cmpuint (count_highlighted (panel), ==, 0);

  /* Another layer, such as the hardware AWS looks after. */
  click_band (stack, DS_LAYER_HARDWARE);
  row = first_row_on (panel, DS_LAYER_HARDWARE);
  g_assert_nonnull (row);
  g_assert_true (row_is_visible (panel, row));
  g_assert_true (gtk_widget_has_css_class (row, "layer-highlight"));

  /* Amazon S3 lists no duties on the application layer, which does not
   * apply to it: a toast says so, and nothing is highlighted. */
  g_assert_cmpuint (count_duties_on (s3, DS_LAYER_APPLICATION), ==, 0);
  ds_test_select_service (window, "s3");
  ds_test_wait (100);
  click_band (panel_stack (window), DS_LAYER_APPLICATION);
  g_assert_cmpuint (count_highlighted (panel), ==, 0);
  message = g_strdup_printf ("No duties are listed for %s", ds_catalog_get_layer_name (catalog, DS_LAYER_APPLICATION));
  g_assert_nonnull (ds_test_find_widget (window, GTK_TYPE_LABEL, is_toast_label, message));

  /* The matrix and others reach a layer the same way. */
  ds_duty_panel_scroll_to_layer (DS_DUTY_PANEL (panel), DS_LAYER_CUSTOMER_DATA);
  g_assert_cmpuint (count_highlighted (panel), ==, count_duties_on (s3, DS_LAYER_CUSTOMER_DATA));

  ds_test_stop_app (app);
}

/* Presses @keyval on @widget through the key bindings of its class, as a
 * key press would. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, 0);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              ds_test_wait (20);
              return;
            }
        }
    }

  g_assert_not_reached ();
}

/* The keyboard: Down and Up move between the bands, Enter activates one. */
static void
test_keyboard (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  GtkWidget *panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  DsLayerStack *stack;
  GtkWidget *row;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 640);
  ds_test_select_service (window, "ec2");
  ds_test_wait (100);
  stack = panel_stack (window);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (stack)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (stack)));

  row = first_row_on (panel, DS_LAYER_GUEST_OS);
  g_assert_false (row_is_visible (panel, row));

  /* From the top band down to the guest OS, past it and back. */
  for (guint i = 0; i < DS_LAYER_GUEST_OS + 1; i++)
    press_key (GTK_WIDGET (stack), GDK_KEY_Down);
  press_key (GTK_WIDGET (stack), GDK_KEY_Up);
  press_key (GTK_WIDGET (stack), GDK_KEY_Return);
  g_assert_true (row_is_visible (panel, row));
  g_assert_true (gtk_widget_has_css_class (row, "layer-highlight"));

  /* Past the last band it stays on the last one: the facilities. */
  for (guint i = 0; i < DS_N_LAYERS + 2; i++)
    press_key (GTK_WIDGET (stack), GDK_KEY_Down);
  press_key (GTK_WIDGET (stack), GDK_KEY_space);
  row = first_row_on (panel, DS_LAYER_FACILITIES);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "layer-highlight"));

  ds_test_stop_app (app);
}

/* The tooltip of a band names the layer and every duty on it. */
static void
test_tooltip (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsCatalog *catalog = ds_application_get_catalog (app);
  DsService *ec2 = ds_catalog_lookup_service (catalog, "ec2");
  GListModel *duties = ds_service_get_duties (ec2);
  DsLayerStack *stack;
  guint checked = 0;

  ds_test_select_service (window, "ec2");
  stack = panel_stack (window);
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (stack)));

  for (guint layer = 0; layer < DS_N_LAYERS; layer++)
    {
      g_autofree char *markup = ds_layer_stack_dup_tooltip_markup (stack, layer);

      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
      g_assert_nonnull (strstr (markup, ds_catalog_get_layer_name (catalog, layer)));
      if (count_duties_on (ec2, layer) == 0)
        g_assert_nonnull (strstr (markup, "No duties are listed for this layer."));

      for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
        {
          g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
          g_autofree char *escaped = g_markup_escape_text (ds_duty_get_title (duty), -1);

          g_assert_cmpint (ds_duty_get_layer (duty) == layer, ==, strstr (markup, escaped) != NULL);
          checked += ds_duty_get_layer (duty) == layer;
        }
    }
  g_assert_cmpuint (checked, ==, g_list_model_get_n_items (duties));

  ds_test_stop_app (app);
}

/* Independently of ds_compare_moved_layers(): the titles of the customer
 * duties of @left on the layers AWS takes more of under @right. */
static GPtrArray *
expected_moved_titles (DsService  *left,
                       const char *left_variant,
                       DsService  *right,
                       const char *right_variant)
{
  static const int share[] = {
    [DS_OWNER_NONE] = -1, [DS_OWNER_AWS] = 0, [DS_OWNER_SHARED] = 1, [DS_OWNER_CUSTOMER] = 2,
  };
  GPtrArray *titles = g_ptr_array_new ();
  GListModel *duties = ds_service_get_duties (left);

  for (guint layer = 0; layer < DS_N_LAYERS; layer++)
    {
      int from = share[ds_service_get_variant_layer_owner (left, left_variant, layer)];
      int to = share[ds_service_get_variant_layer_owner (right, right_variant, layer)];

      if (from < 0 || to < 0 || to >= from)
        continue;

      for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
        {
          g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
          DsOwner owner = ds_duty_get_owner (duty);

          if (ds_duty_get_layer (duty) == layer && owner != DS_OWNER_AWS && owner != DS_OWNER_NONE &&
              ds_duty_applies_to (duty, left_variant))
            g_ptr_array_add (titles, (gpointer) ds_duty_get_title (duty));
        }
    }

  return titles;
}

/* The duties listed in a "Moves to AWS" column, in order. */
static GPtrArray *
shown_moved_titles (GtkWidget *moved)
{
  g_autoptr(GPtrArray) labels = ds_test_find_widgets (moved, GTK_TYPE_LABEL, NULL, NULL);
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_label (g_ptr_array_index (labels, i));

      if (g_str_has_prefix (text, "•  "))
        g_ptr_array_add (titles, g_strdup (text + strlen ("•  ")));
    }

  return titles;
}

static void
assert_same_titles (GPtrArray *expected,
                    GPtrArray *shown)
{
  g_assert_cmpuint (shown->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (g_ptr_array_index (shown, i), ==, g_ptr_array_index (expected, i));
}

static gboolean
is_moved_column (GtkWidget *widget,
                 gpointer   data)
{
  return gtk_widget_has_css_class (widget, "compare-moved");
}

static DsCompareView *
show_compare (GtkWidget *window)
{
  AdwViewStack *views = ADW_VIEW_STACK (ds_test_find_widget (window, ADW_TYPE_VIEW_STACK, NULL, NULL));
  DsCompareView *view;

  adw_view_stack_set_visible_child_name (views, "compare");
  ds_test_wait (100);
  view = DS_COMPARE_VIEW (ds_test_find_widget (window, DS_TYPE_COMPARE_VIEW, NULL, NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  return view;
}

/* The comparison starts with EC2, ECS on Fargate and Lambda; between two
 * neighbours it lists the duties the catalog says move to AWS; picking
 * other services updates everything. */
static void
test_compare (void)
{
  DsApplication *app = ds_test_start_app (TRUE);
  GtkWidget *window = ds_test_app_window (app);
  DsCatalog *catalog = ds_application_get_catalog (app);
  DsCompareView *view = show_compare (window);
  g_autoptr(GPtrArray) moved = ds_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_BOX, is_moved_column, NULL);
  g_autoptr(GPtrArray) stacks = ds_test_find_widgets (GTK_WIDGET (view), DS_TYPE_LAYER_STACK, NULL, NULL);
  g_autoptr(GPtrArray) drops = ds_test_find_widgets (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN, NULL, NULL);
  guint s3_position = 0, ec2_position = 0;

  g_assert_cmpuint (ds_compare_view_get_n_services (view), ==, 3);
  g_assert_cmpstr (ds_service_get_id (ds_compare_view_get_service (view, 0)), ==, "ec2");
  g_assert_cmpstr (ds_service_get_id (ds_compare_view_get_service (view, 1)), ==, "ecs");
  g_assert_cmpstr (ds_compare_view_get_variant (view, 1), ==, "fargate");
  g_assert_cmpstr (ds_service_get_id (ds_compare_view_get_service (view, 2)), ==, "lambda");
  g_assert_cmpuint (moved->len, ==, 2);
  g_assert_cmpuint (stacks->len, ==, 3);
  g_assert_cmpuint (drops->len, ==, 6);   /* a service and a variant per column */

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GPtrArray) expected = expected_moved_titles (ds_compare_view_get_service (view, i),
                                                             ds_compare_view_get_variant (view, i),
                                                             ds_compare_view_get_service (view, i + 1),
                                                             ds_compare_view_get_variant (view, i + 1));
      g_autoptr(GPtrArray) shown = shown_moved_titles (g_ptr_array_index (moved, i));

      g_assert_cmpuint (expected->len, >, 0);
      assert_same_titles (expected, shown);
    }

  /* The stacks are the services', in their colours. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (ds_layer_stack_get_service (g_ptr_array_index (stacks, i)) == ds_compare_view_get_service (view, i));
      assert_band_colours (g_ptr_array_index (stacks, i));
    }

  /* Wide, the stacks stand side by side, level; narrow, one under the other. */
  {
    graphene_point_t first, second;

    gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
    ds_test_wait (200);
    g_assert_true (gtk_widget_compute_point (g_ptr_array_index (stacks, 0), GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0), &first));
    g_assert_true (gtk_widget_compute_point (g_ptr_array_index (stacks, 1), GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0), &second));
    g_assert_cmpfloat (first.y, ==, second.y);
    g_assert_cmpfloat (second.x, >, first.x + gtk_widget_get_width (g_ptr_array_index (stacks, 0)));

    gtk_window_set_default_size (GTK_WINDOW (window), 800, 640);
    ds_test_wait (200);
    g_assert_cmpint (gtk_widget_get_width (window), <=, 800);
    g_assert_true (gtk_widget_compute_point (g_ptr_array_index (stacks, 0), GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0), &first));
    g_assert_true (gtk_widget_compute_point (g_ptr_array_index (stacks, 1), GTK_WIDGET (view), &GRAPHENE_POINT_INIT (0, 0), &second));
    g_assert_cmpfloat (first.x, ==, second.x);
    g_assert_cmpfloat (second.y, >, first.y + gtk_widget_get_height (g_ptr_array_index (stacks, 0)));
    g_assert_cmpint (gtk_widget_get_width (g_ptr_array_index (stacks, 0)), <=, gtk_widget_get_width (GTK_WIDGET (view)));
  }

  /* ECS on EC2 instances rather than Fargate: the customer keeps the guest OS. */
  gtk_drop_down_set_selected (g_ptr_array_index (drops, 3), 0);
  ds_test_wait (50);
  g_assert_cmpstr (ds_compare_view_get_variant (view, 1), ==, "ec2");
  {
    g_autoptr(GPtrArray) expected = expected_moved_titles (ds_compare_view_get_service (view, 0), NULL,
                                                           ds_compare_view_get_service (view, 1), "ec2");
    g_autoptr(GPtrArray) shown = shown_moved_titles (g_ptr_array_index (moved, 0));

    assert_same_titles (expected, shown);
  }

  /* Two services only: the third column is left empty. */
  gtk_drop_down_set_selected (g_ptr_array_index (drops, 4), 0);
  ds_test_wait (50);
  g_assert_cmpuint (ds_compare_view_get_n_services (view), ==, 2);
  g_assert_false (gtk_widget_get_visible (g_ptr_array_index (moved, 1)));
  g_assert_false (gtk_widget_get_visible (g_ptr_array_index (stacks, 2)));

  /* From S3 to EC2 nothing moves to AWS; the column says so. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      if (g_str_equal (ds_service_get_id (service), "s3"))
        s3_position = i;
      if (g_str_equal (ds_service_get_id (service), "ec2"))
        ec2_position = i;
    }
  gtk_drop_down_set_selected (g_ptr_array_index (drops, 0), s3_position);
  gtk_drop_down_set_selected (g_ptr_array_index (drops, 2), ec2_position);
  ds_test_wait (50);
  g_assert_cmpstr (ds_service_get_id (ds_compare_view_get_service (view, 0)), ==, "s3");
  g_assert_cmpstr (ds_service_get_id (ds_compare_view_get_service (view, 1)), ==, "ec2");
  g_assert_cmpuint (expected_moved_titles (ds_compare_view_get_service (view, 0), NULL,
                                           ds_compare_view_get_service (view, 1), NULL)->len, ==, 0);
  g_assert_nonnull (ds_test_find_label (g_ptr_array_index (moved, 0), "Nothing: AWS takes no layer over."));
  assert_band_colours (g_ptr_array_index (stacks, 0));

  ds_test_stop_app (app);
}

static void
assert_svg (const char *path,
            double      width,
            double      height)
{
  g_autofree char *text = NULL;
  g_autofree char *expected_width = g_strdup_printf ("width=\"%gpx\"", width);
  g_autofree char *expected_height = g_strdup_printf ("height=\"%gpx\"", height);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  static const GMarkupParser parser = { NULL, };
  gsize len;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (context, text, len, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "<svg"));
  g_assert_nonnull (strstr (text, expected_width));
  g_assert_nonnull (strstr (text, expected_height));
}

static void
assert_png (const char *path,
            double      width,
            double      height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);

  g_assert_no_error (error);
  /* PNGs are drawn at twice the size, for high-density screens. */
  g_assert_cmpint (gdk_texture_get_width (texture), ==, (int) (2 * width + 0.5));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, (int) (2 * height + 0.5));
}

/* Answers the save dialog with @path, as a user would. */
static void
answer_save_dialog (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  GtkWidget *chooser;

  g_assert_true (ds_test_wait_until (ds_test_file_chooser_shown, NULL, 20000));
  chooser = ds_test_find_toplevel (ds_test_is_file_chooser);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_assert_true (ds_test_wait_until (ds_test_chooser_has_file, file, 20000));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_true (ds_test_wait_until (ds_test_file_exists, (gpointer) path, 20000));
}

static gboolean
is_save_picture_button (GtkWidget *widget,
                        gpointer   data)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.save-picture") == 0;
}

/* Save Picture… under the stack and on the comparison write PNG and SVG
 * files of the size the drawing asks for. */
static void
test_save_pictures (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  DsApplication *app;
  GtkWidget *window;
  DsCatalog *catalog;
  DsService *ecs;
  const char *dir = g_get_user_data_dir ();
  g_autofree char *stack_png = g_build_filename (dir, "stack.png", NULL);
  g_autofree char *stack_svg = g_build_filename (dir, "stack.svg", NULL);
  g_autofree char *compare_png = g_build_filename (dir, "compare.png", NULL);
  g_autofree char *compare_svg = g_build_filename (dir, "compare.svg", NULL);
  g_autoptr(GFile) svg_file = g_file_new_for_path (stack_svg);
  g_autoptr(GFile) compare_svg_file = g_file_new_for_path (compare_svg);
  g_autoptr(DsStackPicture) stack_picture = NULL;
  g_autoptr(DsComparePicture) compare_picture = NULL;
  DsCompareView *view;
  GtkWidget *button;

  /* Wide, the panel's button in view: the comparison's test narrowed the
   * window, and a narrow one shows the panel only once a service is
   * opened (test-adaptive.c). */
  g_settings_reset (settings, "window-width");
  app = ds_test_start_app (TRUE);
  window = ds_test_app_window (app);
  catalog = ds_application_get_catalog (app);
  ecs = ds_catalog_lookup_service (catalog, "ecs");

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  ds_test_select_service (window, "ecs");

  /* The panel's button, and the save dialog. */
  button = ds_test_find_widget (ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL),
                                GTK_TYPE_BUTTON, is_save_picture_button, NULL);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (ds_test_wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, button, 20000));
  gtk_widget_activate (button);
  answer_save_dialog (stack_png);
  stack_picture = ds_stack_picture_new (catalog, ecs, "ec2", FALSE);
  g_assert_cmpfloat (ds_stack_picture_get_height (stack_picture), >, 300);
  assert_png (stack_png, ds_stack_picture_get_width (stack_picture), ds_stack_picture_get_height (stack_picture));

  g_assert_true (ds_window_save_picture_to_file (DS_WINDOW (window), svg_file));
  assert_svg (stack_svg, ds_stack_picture_get_width (stack_picture), ds_stack_picture_get_height (stack_picture));

  /* The comparison, as shown. */
  view = show_compare (window);
  g_assert_true (gtk_widget_activate_action (window, "win.save-picture", "s", "compare"));
  answer_save_dialog (compare_png);
  compare_picture = ds_compare_view_create_picture (view, FALSE);
  g_assert_cmpfloat (ds_compare_picture_get_width (compare_picture), >, 3 * 250);
  assert_png (compare_png, ds_compare_picture_get_width (compare_picture), ds_compare_picture_get_height (compare_picture));
  g_assert_true (ds_window_save_picture_to_file (DS_WINDOW (window), compare_svg_file));
  assert_svg (compare_svg, ds_compare_picture_get_width (compare_picture), ds_compare_picture_get_height (compare_picture));

  ds_test_stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ds_test_init_app_tests (&argc, &argv);
  int ret;

  g_test_add_func ("/pictures/stack-colours", test_stack_colours);
  g_test_add_func ("/pictures/hover", test_hover);
  g_test_add_func ("/pictures/click-band", test_click_band);
  g_test_add_func ("/pictures/keyboard", test_keyboard);
  g_test_add_func ("/pictures/tooltip", test_tooltip);
  g_test_add_func ("/pictures/compare", test_compare);
  g_test_add_func ("/pictures/save", test_save_pictures);

  ret = g_test_run ();
  ds_test_remove_tree (home);
  return ret;
}
