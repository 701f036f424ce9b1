/* ds-matrix-grid.c — the matrix, scrolled, with a cursor on one cell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-matrix-grid"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-catalog.h"
#include "ds-matrix-grid.h"
#include "ds-owner-paint.h"
#include "ds-service.h"

/* The grid is scrollable itself (GtkScrollable) rather than a large child
 * of a viewport, so that it draws only the rows in view, and keeps the
 * layer names and service names in place while the cells scroll. It draws
 * with the core's cairo functions, recorded as vector nodes: the view and
 * the saved pictures come from the same code and stay sharp at any scale.
 *
 * The cursor is a cell (a service's row and a layer) that the arrow keys
 * move and Enter opens; a click moves it and opens the cell. */
struct _DsMatrixGrid
{
  GtkWidget           parent_instance;

  DsMatrix           *matrix;
  GtkAdjustment      *hadjustment;
  GtkAdjustment      *vadjustment;
  GtkScrollablePolicy hscroll_policy;
  GtkScrollablePolicy vscroll_policy;

  guint               cursor_row;    /* G_MAXUINT for none */
  DsLayer             cursor_layer;
  guint               press_row;
  int                 press_layer;
  guint               hover_row;     /* G_MAXUINT for none */
  DsLayer             hover_layer;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (DsMatrixGrid, ds_matrix_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
  N_PROPS
};

enum {
  CELL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Outside the label column, the layer under x; -1 on the service names. */
#define NO_LAYER (-2)

static double
scroll_x (DsMatrixGrid *self)
{
  return self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
scroll_y (DsMatrixGrid *self)
{
  return self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

/* The row and layer under a point of the widget; FALSE off the rows. */
static gboolean
hit (DsMatrixGrid *self,
     double        x,
     double        y,
     guint        *row,
     int          *layer)
{
  double cx = x + scroll_x (self);

  if (self->matrix == NULL || y < DS_MATRIX_HEADER_HEIGHT || x < 0)
    return FALSE;

  *row = ds_matrix_row_at (self->matrix, y + scroll_y (self));
  if (*row == G_MAXUINT)
    return FALSE;

  if (x < DS_MATRIX_LABEL_WIDTH)
    *layer = -1;
  else if (cx < ds_matrix_get_width (self->matrix))
    *layer = (int)((cx - DS_MATRIX_LABEL_WIDTH) / DS_MATRIX_CELL_WIDTH);
  else
    *layer = NO_LAYER;

  return TRUE;
}

static gboolean
is_service_row (DsMatrixGrid *self,
                guint         row)
{
  return self->matrix != NULL && row < ds_matrix_get_n_rows (self->matrix) &&
         ds_matrix_get_row (self->matrix, row)->kind == DS_MATRIX_ROW_SERVICE;
}

static void
update_description (DsMatrixGrid *self)
{
  g_autofree char *text = NULL;

  if (is_service_row (self, self->cursor_row))
    text = ds_matrix_describe_cell (self->matrix, self->cursor_row, self->cursor_layer);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text ? text : "",
                                  -1);
}

/* Scrolls as little as it takes to show the cursor's cell whole. */
static void
scroll_to_cursor (DsMatrixGrid *self)
{
  double x, y, w, h;
  double view_w = gtk_widget_get_width (GTK_WIDGET (self)) - DS_MATRIX_LABEL_WIDTH;
  double view_h = gtk_widget_get_height (GTK_WIDGET (self)) - DS_MATRIX_HEADER_HEIGHT;
  double sx = scroll_x (self), sy = scroll_y (self);

  if (!is_service_row (self, self->cursor_row) || view_w <= 0 || view_h <= 0)
    return;

  ds_matrix_get_cell_rect (self->matrix, self->cursor_row, self->cursor_layer, &x, &y, &w, &h);
  x -= DS_MATRIX_LABEL_WIDTH;
  y -= DS_MATRIX_HEADER_HEIGHT;

  if (x < sx)
    sx = x;
  else if (x + w > sx + view_w)
    sx = x + w - view_w;
  if (y < sy)
    sy = y;
  else if (y + h > sy + view_h)
    sy = y + h - view_h;

  if (self->hadjustment)
    gtk_adjustment_set_value (self->hadjustment, sx);
  if (self->vadjustment)
    gtk_adjustment_set_value (self->vadjustment, sy);
}

static void
set_cursor (DsMatrixGrid *self,
            guint         row,
            DsLayer       layer)
{
  if (!is_service_row (self, row))
    return;

  self->cursor_row = row;
  self->cursor_layer = MIN (layer, DS_N_LAYERS - 1);
  update_description (self);
  scroll_to_cursor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_row (DsMatrixGrid *self,
              guint         row,
              int           layer)
{
  if (is_service_row (self, row))
    g_signal_emit (self, signals[CELL_ACTIVATED], 0,
                   ds_matrix_get_row (self->matrix, row)->service, layer);
}

/* The service row @steps service rows away from @row, or the last one
 * there is in that direction. */
static guint
step_rows (DsMatrixGrid *self,
           guint         row,
           int           steps)
{
  guint n = ds_matrix_get_n_rows (self->matrix);
  int direction = steps < 0 ? -1 : 1;

  for (int done = 0; done != steps; done += direction)
    {
      guint next = row;

      do
        next += direction;
      while (next < n && !is_service_row (self, next));

      if (next >= n)
        break;
      row = next;
    }

  return row;
}

static void
move_cursor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  DsMatrixGrid *self = DS_MATRIX_GRID (widget);
  int dx, dy;
  int layer;

  if (self->matrix == NULL || ds_matrix_get_n_services (self->matrix) == 0)
    return;

  g_variant_get (param, "(ii)", &dx, &dy);
  if (!is_service_row (self, self->cursor_row))
    {
      set_cursor (self, step_rows (self, 0, 1), 0);
      return;
    }

  layer = CLAMP ((int)self->cursor_layer + dx, 0, DS_N_LAYERS - 1);
  set_cursor (self, step_rows (self, self->cursor_row, dy), layer);
}

static void
activate_cursor_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  DsMatrixGrid *self = DS_MATRIX_GRID (widget);

  activate_row (self, self->cursor_row, self->cursor_layer);
}

static void
on_pressed_cb (DsMatrixGrid *self,
               int           n_press,
               double        x,
               double        y)
{
  guint row;
  int layer;

  self->press_row = G_MAXUINT;
  if (!hit (self, x, y, &row, &layer) || !is_service_row (self, row) || layer == NO_LAYER)
    return;

  self->press_row = row;
  self->press_layer = layer;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  set_cursor (self, row, layer >= 0 ? (DsLayer)layer : self->cursor_layer);
}

/* A cell opens when the button goes up on the cell it went down on. */
static void
on_released_cb (DsMatrixGrid *self,
                int           n_press,
                double        x,
                double        y)
{
  guint row;
  int layer;

  if (hit (self, x, y, &row, &layer) && row == self->press_row && layer == self->press_layer)
    activate_row (self, row, layer);
  self->press_row = G_MAXUINT;
}

static gboolean
on_query_tooltip_cb (DsMatrixGrid *self,
                     int           x,
                     int           y,
                     gboolean      keyboard,
                     GtkTooltip   *tooltip)
{
  DsCatalog *catalog = self->matrix ? ds_matrix_get_catalog (self->matrix) : NULL;
  g_autofree char *text = NULL;
  guint row;
  int layer;

  if (catalog == NULL)
    return FALSE;

  if (keyboard)
    {
      row = self->cursor_row;
      layer = self->cursor_layer;
    }
  else if (y < DS_MATRIX_HEADER_HEIGHT && x >= DS_MATRIX_LABEL_WIDTH)
    {
      /* A layer's name: what the layer holds. */
      double cx = x + scroll_x (self) - DS_MATRIX_LABEL_WIDTH;
      int column = (int)(cx / DS_MATRIX_CELL_WIDTH);

      if (column < 0 || column >= DS_N_LAYERS)
        return FALSE;
      gtk_tooltip_set_text (tooltip, ds_catalog_get_layer_description (catalog, column));
      return TRUE;
    }
  else if (!hit (self, x, y, &row, &layer))
    return FALSE;

  if (row < ds_matrix_get_n_rows (self->matrix) && ds_matrix_get_row (self->matrix, row)->kind == DS_MATRIX_ROW_BAND)
    {
      /* The band's description, which its row may cut short. */
      gtk_tooltip_set_text (tooltip, ds_catalog_get_category_description (catalog, ds_matrix_get_row (self->matrix, row)->category));
      return TRUE;
    }

  if (!is_service_row (self, row) || layer == NO_LAYER)
    return FALSE;

  if (layer >= 0)
    {
      double cx, cy, cw, ch;

      text = ds_matrix_describe_cell (self->matrix, row, layer);
      ds_matrix_get_cell_rect (self->matrix, row, layer, &cx, &cy, &cw, &ch);
      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                                  cx - scroll_x (self), cy - scroll_y (self), cw, ch });
    }
  else
    text = g_strdup (ds_service_get_summary (ds_matrix_get_row (self->matrix, row)->service));

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The cell under the pointer is outlined, and the pointer says it opens. */
static void
set_hover (DsMatrixGrid *self,
           guint         row,
           int           layer)
{
  if (!is_service_row (self, row) || layer < 0)
    row = G_MAXUINT, layer = 0;

  if (row == self->hover_row && (row == G_MAXUINT || (DsLayer)layer == self->hover_layer))
    return;

  self->hover_row = row;
  self->hover_layer = layer;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), row != G_MAXUINT ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion_cb (DsMatrixGrid *self,
              double        x,
              double        y)
{
  guint row = G_MAXUINT;
  int layer = NO_LAYER;

  if (!hit (self, x, y, &row, &layer))
    row = G_MAXUINT;
  set_hover (self, row, layer);
}

static void
on_leave_cb (DsMatrixGrid *self)
{
  set_hover (self, G_MAXUINT, NO_LAYER);
}

static void
on_focus_enter_cb (DsMatrixGrid *self)
{
  if (!is_service_row (self, self->cursor_row) && self->matrix != NULL &&
      ds_matrix_get_n_services (self->matrix) > 0)
    set_cursor (self, step_rows (self, 0, 1), 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         upper,
                      double         page)
{
  double value;

  if (adjustment == NULL)
    return;

  upper = MAX (upper, page);
  value = CLAMP (gtk_adjustment_get_value (adjustment), 0, upper - page);
  gtk_adjustment_configure (adjustment, value, 0, upper, DS_MATRIX_CELL_WIDTH / 2, page * 0.9, page);
}

/* The adjustments scroll the cells; the header and the labels stay. */
static void
configure_adjustments (DsMatrixGrid *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  configure_adjustment (self->hadjustment,
                        self->matrix ? ds_matrix_get_width (self->matrix) : 0, width);
  configure_adjustment (self->vadjustment,
                        self->matrix ? ds_matrix_get_height (self->matrix) : 0, height);
}

static void
on_adjustment_value_changed_cb (DsMatrixGrid *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (DsMatrixGrid   *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment)
    return;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed_cb, self);

  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  g_set_object (slot, g_object_ref_sink (adjustment));
  g_object_unref (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_value_changed_cb), self);
  configure_adjustments (self);
}

/* Follows the light or dark style, and the interface font. */
static void
update_style (DsMatrixGrid *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  if (self->matrix != NULL)
    ds_matrix_set_style (self->matrix, adw_style_manager_get_dark (adw_style_manager_get_default ()),
                         pango_context_get_font_description (context));
}

static void
on_dark_changed_cb (DsMatrixGrid *self)
{
  update_style (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static cairo_t *
begin_part (GtkSnapshot *snapshot,
            double       x,
            double       y,
            double       width,
            double       height)
{
  if (width <= 0 || height <= 0)
    return NULL;

  return gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
draw_hover (DsMatrixGrid *self,
            cairo_t      *cr)
{
  double x, y, w, h;

  if (!is_service_row (self, self->hover_row))
    return;

  ds_matrix_get_cell_rect (self->matrix, self->hover_row, self->hover_layer, &x, &y, &w, &h);
  ds_color_set_source (&ds_picture_get_colors (ds_matrix_get_dark (self->matrix))->dim, cr);
  cairo_set_line_width (cr, 2);
  cairo_rectangle (cr, x - 1, y - 1, w + 2, h + 2);
  cairo_stroke (cr);
}

static void
draw_cursor (DsMatrixGrid *self,
             cairo_t      *cr)
{
  double x, y, w, h;

  if (!is_service_row (self, self->cursor_row) || !gtk_widget_has_focus (GTK_WIDGET (self)))
    return;

  ds_matrix_get_cell_rect (self->matrix, self->cursor_row, self->cursor_layer, &x, &y, &w, &h);
  ds_color_set_source (&ds_picture_get_colors (ds_matrix_get_dark (self->matrix))->foreground, cr);
  cairo_set_line_width (cr, 2);
  cairo_rectangle (cr, x - 1, y - 1, w + 2, h + 2);
  cairo_stroke (cr);
}

static void
ds_matrix_grid_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  DsMatrixGrid *self = DS_MATRIX_GRID (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double sx = scroll_x (self), sy = scroll_y (self);
  double label_w = MIN (DS_MATRIX_LABEL_WIDTH, width);
  double header_h = MIN (DS_MATRIX_HEADER_HEIGHT, height);
  cairo_t *cr;

  if (self->matrix == NULL)
    return;

  update_style (self);

  if ((cr = begin_part (snapshot, label_w, header_h, width - label_w, height - header_h)))
    {
      cairo_translate (cr, -sx, -sy);
      ds_matrix_draw_cells (self->matrix, cr, sy + header_h, sy + height);
      draw_hover (self, cr);
      draw_cursor (self, cr);
      cairo_destroy (cr);
    }

  if ((cr = begin_part (snapshot, 0, header_h, label_w, height - header_h)))
    {
      cairo_translate (cr, 0, -sy);
      ds_matrix_draw_labels (self->matrix, cr, sy + header_h, sy + height);
      cairo_destroy (cr);
    }

  if ((cr = begin_part (snapshot, label_w, 0, width - label_w, header_h)))
    {
      cairo_translate (cr, -sx, 0);
      ds_matrix_draw_header (self->matrix, cr);
      cairo_destroy (cr);
    }

  if ((cr = begin_part (snapshot, 0, 0, label_w, header_h)))
    {
      ds_matrix_draw_corner (self->matrix, cr);
      cairo_destroy (cr);
    }
}

static void
ds_matrix_grid_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  DsMatrixGrid *self = DS_MATRIX_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = DS_MATRIX_LABEL_WIDTH + 2 * DS_MATRIX_CELL_WIDTH;
      *natural = self->matrix ? (int)ds_matrix_get_width (self->matrix) : *minimum;
    }
  else
    {
      *minimum = DS_MATRIX_HEADER_HEIGHT + 3 * 28;
      *natural = self->matrix ? (int)ds_matrix_get_height (self->matrix) : *minimum;
    }
  *natural = MAX (*minimum, *natural);
}

static void
ds_matrix_grid_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  configure_adjustments (DS_MATRIX_GRID (widget));
}

static void
ds_matrix_grid_dispose (GObject *object)
{
  DsMatrixGrid *self = DS_MATRIX_GRID (object);

  if (self->hadjustment)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_value_changed_cb, self);
  if (self->vadjustment)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->matrix, ds_matrix_unref);

  G_OBJECT_CLASS (ds_matrix_grid_parent_class)->dispose (object);
}

static void
ds_matrix_grid_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsMatrixGrid *self = DS_MATRIX_GRID (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:    g_value_set_object (value, self->hadjustment); break;
    case PROP_VADJUSTMENT:    g_value_set_object (value, self->vadjustment); break;
    case PROP_HSCROLL_POLICY: g_value_set_enum (value, self->hscroll_policy); break;
    case PROP_VSCROLL_POLICY: g_value_set_enum (value, self->vscroll_policy); break;
    default:                  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_matrix_grid_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DsMatrixGrid *self = DS_MATRIX_GRID (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_move_binding (GtkWidgetClass  *widget_class,
                  guint            key,
                  GdkModifierType  modifiers,
                  int              dx,
                  int              dy)
{
  gtk_widget_class_add_binding_action (widget_class, key, modifiers, "matrix.move-cursor", "(ii)", dx, dy);
}

static void
ds_matrix_grid_class_init (DsMatrixGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_matrix_grid_dispose;
  object_class->get_property = ds_matrix_grid_get_property;
  object_class->set_property = ds_matrix_grid_set_property;

  widget_class->snapshot = ds_matrix_grid_snapshot;
  widget_class->measure = ds_matrix_grid_measure;
  widget_class->size_allocate = ds_matrix_grid_size_allocate;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * DsMatrixGrid::cell-activated:
   * @self: the grid
   * @service: the service of the row
   * @layer: the layer of the cell, or -1 for the service's name
   *
   * A cell was clicked, or Enter pressed on it.
   */
  signals[CELL_ACTIVATED] =
    g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, DS_TYPE_SERVICE, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "matrix.move-cursor", "(ii)", move_cursor_action);
  gtk_widget_class_install_action (widget_class, "matrix.activate-cursor", NULL, activate_cursor_action);

  add_move_binding (widget_class, GDK_KEY_Up, 0, 0, -1);
  add_move_binding (widget_class, GDK_KEY_KP_Up, 0, 0, -1);
  add_move_binding (widget_class, GDK_KEY_Down, 0, 0, 1);
  add_move_binding (widget_class, GDK_KEY_KP_Down, 0, 0, 1);
  add_move_binding (widget_class, GDK_KEY_Left, 0, -1, 0);
  add_move_binding (widget_class, GDK_KEY_KP_Left, 0, -1, 0);
  add_move_binding (widget_class, GDK_KEY_Right, 0, 1, 0);
  add_move_binding (widget_class, GDK_KEY_KP_Right, 0, 1, 0);
  add_move_binding (widget_class, GDK_KEY_Page_Up, 0, 0, -10);
  add_move_binding (widget_class, GDK_KEY_Page_Down, 0, 0, 10);
  add_move_binding (widget_class, GDK_KEY_Home, 0, -DS_N_LAYERS, 0);
  add_move_binding (widget_class, GDK_KEY_End, 0, DS_N_LAYERS, 0);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, 0, -G_MAXINT / 2);
  add_move_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, 0, G_MAXINT / 2);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "matrix.activate-cursor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "matrix.activate-cursor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "matrix.activate-cursor", NULL);

  gtk_widget_class_set_css_name (widget_class, "matrixgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
ds_matrix_grid_init (DsMatrixGrid *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->cursor_row = G_MAXUINT;
  self->press_row = G_MAXUINT;
  self->hover_row = G_MAXUINT;
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  g_signal_connect_swapped (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Responsibility matrix"),
                                  -1);
}

/**
 * ds_matrix_grid_get_matrix:
 * @self: a #DsMatrixGrid
 *
 * Returns: (transfer none) (nullable): the matrix shown
 */
DsMatrix *
ds_matrix_grid_get_matrix (DsMatrixGrid *self)
{
  g_return_val_if_fail (DS_IS_MATRIX_GRID (self), NULL);
  return self->matrix;
}

/**
 * ds_matrix_grid_set_matrix:
 * @self: a #DsMatrixGrid
 * @matrix: (nullable): the matrix to show
 *
 * Shows another matrix, keeping the cursor on the same service if it is
 * still there.
 */
void
ds_matrix_grid_set_matrix (DsMatrixGrid *self,
                           DsMatrix     *matrix)
{
  g_autofree char *cursor_id = NULL;

  g_return_if_fail (DS_IS_MATRIX_GRID (self));

  if (is_service_row (self, self->cursor_row))
    cursor_id = g_strdup (ds_service_get_id (ds_matrix_get_row (self->matrix, self->cursor_row)->service));

  if (matrix != NULL)
    ds_matrix_ref (matrix);
  g_clear_pointer (&self->matrix, ds_matrix_unref);
  self->matrix = matrix;
  self->cursor_row = matrix ? ds_matrix_find_service (matrix, cursor_id) : G_MAXUINT;
  self->press_row = G_MAXUINT;
  self->hover_row = G_MAXUINT;
  update_style (self);
  update_description (self);

  if (self->vadjustment)
    gtk_adjustment_set_value (self->vadjustment, 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * ds_matrix_grid_get_cell_area:
 * @self: a #DsMatrixGrid
 * @service_id: a service's id
 * @layer: a layer
 * @area: (out): where the cell is, in the grid's coordinates
 *
 * Returns: %TRUE if the cell is in view
 */
gboolean
ds_matrix_grid_get_cell_area (DsMatrixGrid *self,
                              const char   *service_id,
                              DsLayer       layer,
                              GdkRectangle *area)
{
  guint row;
  double x, y, w, h;

  g_return_val_if_fail (DS_IS_MATRIX_GRID (self), FALSE);

  if (self->matrix == NULL || (row = ds_matrix_find_service (self->matrix, service_id)) == G_MAXUINT)
    return FALSE;

  ds_matrix_get_cell_rect (self->matrix, row, layer, &x, &y, &w, &h);
  area->x = (int)(x - scroll_x (self));
  area->y = (int)(y - scroll_y (self));
  area->width = (int)w;
  area->height = (int)h;

  return area->x >= DS_MATRIX_LABEL_WIDTH && area->y >= DS_MATRIX_HEADER_HEIGHT &&
         area->x + area->width <= gtk_widget_get_width (GTK_WIDGET (self)) &&
         area->y + area->height <= gtk_widget_get_height (GTK_WIDGET (self));
}

/**
 * ds_matrix_grid_get_cursor:
 * @self: a #DsMatrixGrid
 * @layer: (out) (optional): the cursor's layer
 *
 * Returns: (transfer none) (nullable): the service under the cursor
 */
DsService *
ds_matrix_grid_get_cursor (DsMatrixGrid *self,
                           DsLayer      *layer)
{
  g_return_val_if_fail (DS_IS_MATRIX_GRID (self), NULL);

  if (!is_service_row (self, self->cursor_row))
    return NULL;
  if (layer != NULL)
    *layer = self->cursor_layer;
  return ds_matrix_get_row (self->matrix, self->cursor_row)->service;
}
