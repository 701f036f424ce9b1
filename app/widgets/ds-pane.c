/* ds-pane.c — a side pane that the user widens or narrows by its edge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-pane"

#include "config.h"

#include "ds-pane.h"
#include "ds-pane-layout.h"

/* The window's panes sit in a DsPaneLayout, so that a narrow window shows
 * them one at a time; a GtkPaned cannot fold. A pane here takes the place of
 * the paned's handle: it asks for its chosen width as its natural width,
 * which the layout gives it when there is room, and it has a handle on one
 * edge that the user drags to choose that width. Its minimum stays the
 * child's, so the layout still folds when the children do not fit. */
struct _DsPane
{
  GtkWidget    parent_instance;

  GtkWidget   *child;
  GtkWidget   *handle;
  GtkPackType  edge;
  int          width;           /* -1: the child's natural width */
  gboolean     resizable;

  int          drag_start_width;
  double       drag_start_x;    /* in the window */
};

G_DEFINE_FINAL_TYPE (DsPane, ds_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  PROP_WIDTH,
  PROP_EDGE,
  PROP_RESIZABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
handle_at_right (DsPane *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  return (self->edge == GTK_PACK_END) != rtl;
}

static int
handle_width (DsPane *self)
{
  int width = 0;

  gtk_widget_measure (self->handle, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  return width;
}

static int
child_min_width (DsPane *self)
{
  int width = 0;

  if (self->child != NULL)
    gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  return width;
}

static double
window_x (GtkWidget *widget,
          double     x)
{
  double root_x = x, root_y;

  gtk_widget_translate_coordinates (widget, GTK_WIDGET (gtk_widget_get_root (widget)),
                                    x, 0, &root_x, &root_y);
  return root_x;
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  DsPane         *self)
{
  self->drag_start_width = self->child ? gtk_widget_get_width (self->child) : 0;
  self->drag_start_x = window_x (self->handle, x);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* The pane and its handle move while they resize, so the pointer is
 * followed in the window's coordinates. */
static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          offset_x,
                   double          offset_y,
                   DsPane         *self)
{
  GtkWidget *layout = gtk_widget_get_ancestor (GTK_WIDGET (self), DS_TYPE_PANE_LAYOUT);
  double x, y;
  int delta, max_width;

  if (!gtk_gesture_get_point (GTK_GESTURE (gesture), gtk_gesture_get_last_updated_sequence (GTK_GESTURE (gesture)), &x, &y))
    return;

  delta = (int)(window_x (self->handle, x) - self->drag_start_x);
  if (!handle_at_right (self))
    delta = -delta;

  /* Room for the other panes at their minimum widths, and no more. */
  if (layout != NULL)
    max_width = ds_pane_layout_get_room (DS_PANE_LAYOUT (layout), GTK_WIDGET (self)) - handle_width (self);
  else
    max_width = gtk_widget_get_width (gtk_widget_get_parent (GTK_WIDGET (self))) - handle_width (self);

  ds_pane_set_width (self, MAX (child_min_width (self), MIN (self->drag_start_width + delta, max_width)));
}

static GtkSizeRequestMode
ds_pane_get_request_mode (GtkWidget *widget)
{
  DsPane *self = DS_PANE (widget);

  return self->child ? gtk_widget_get_request_mode (self->child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

/* The handle's room is counted even while it is hidden, so that the
 * layout folds and unfolds at the same width. */
static void
ds_pane_measure (GtkWidget      *widget,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  DsPane *self = DS_PANE (widget);
  int handle = handle_width (self);
  int child_min = 0, child_nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (self->child != NULL)
        gtk_widget_measure (self->child, orientation, for_size, &child_min, &child_nat, NULL, NULL);

      *minimum = child_min + handle;
      *natural = MAX (child_min, self->width >= 0 ? self->width : child_nat) + handle;
    }
  else
    {
      int child_width = for_size;

      if (for_size >= 0 && self->resizable)
        child_width = MAX (for_size - handle, 0);
      if (self->child != NULL)
        gtk_widget_measure (self->child, orientation, child_width, &child_min, &child_nat, NULL, NULL);

      *minimum = child_min;
      *natural = child_nat;
    }
}

static void
ds_pane_size_allocate (GtkWidget *widget,
                       int        width,
                       int        height,
                       int        baseline)
{
  DsPane *self = DS_PANE (widget);
  int handle = self->resizable ? handle_width (self) : 0;
  gboolean right = handle_at_right (self);

  gtk_widget_set_child_visible (self->handle, self->resizable);
  if (self->resizable)
    gtk_widget_size_allocate (self->handle,
                              &(GtkAllocation) { right ? width - handle : 0, 0, handle, height },
                              -1);

  if (self->child != NULL)
    gtk_widget_size_allocate (self->child,
                              &(GtkAllocation) { right ? 0 : handle, 0, width - handle, height },
                              baseline);
}

static void
ds_pane_dispose (GObject *object)
{
  DsPane *self = DS_PANE (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  g_clear_pointer (&self->handle, gtk_widget_unparent);

  G_OBJECT_CLASS (ds_pane_parent_class)->dispose (object);
}

static void
ds_pane_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  DsPane *self = DS_PANE (object);

  switch (prop_id)
    {
    case PROP_CHILD:     g_value_set_object (value, self->child); break;
    case PROP_WIDTH:     g_value_set_int (value, self->width); break;
    case PROP_EDGE:      g_value_set_enum (value, self->edge); break;
    case PROP_RESIZABLE: g_value_set_boolean (value, self->resizable); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_pane_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  DsPane *self = DS_PANE (object);

  switch (prop_id)
    {
    case PROP_CHILD:     ds_pane_set_child (self, g_value_get_object (value)); break;
    case PROP_WIDTH:     ds_pane_set_width (self, g_value_get_int (value)); break;
    case PROP_EDGE:      ds_pane_set_edge (self, g_value_get_enum (value)); break;
    case PROP_RESIZABLE: ds_pane_set_resizable (self, g_value_get_boolean (value)); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_pane_class_init (DsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ds_pane_dispose;
  object_class->get_property = ds_pane_get_property;
  object_class->set_property = ds_pane_set_property;

  widget_class->get_request_mode = ds_pane_get_request_mode;
  widget_class->measure = ds_pane_measure;
  widget_class->size_allocate = ds_pane_size_allocate;

  properties[PROP_CHILD] = g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties[PROP_WIDTH] = g_param_spec_int ("width", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_EDGE] = g_param_spec_enum ("edge", NULL, NULL, GTK_TYPE_PACK_TYPE, GTK_PACK_END, flags);
  properties[PROP_RESIZABLE] = g_param_spec_boolean ("resizable", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "pane");
}

static void
ds_pane_init (DsPane *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);

  self->width = -1;
  self->edge = GTK_PACK_END;
  self->resizable = TRUE;

  /* Wider than the line it shows, as a paned's handle is, so that it is
   * easy to grab. */
  self->handle = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_size_request (self->handle, 7, -1);
  gtk_widget_add_css_class (self->handle, "pane-handle");
  gtk_widget_set_cursor_from_name (self->handle, "col-resize");
  gtk_widget_set_hexpand (separator, TRUE);
  gtk_widget_set_halign (separator, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->handle), separator);
  gtk_widget_set_parent (self->handle, GTK_WIDGET (self));

  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  gtk_widget_add_controller (self->handle, GTK_EVENT_CONTROLLER (drag));

  /* The layout gives the room left over to the pane that expands. */
  gtk_widget_set_hexpand (GTK_WIDGET (self), FALSE);
}

GtkWidget *
ds_pane_get_child (DsPane *self)
{
  g_return_val_if_fail (DS_IS_PANE (self), NULL);

  return self->child;
}

void
ds_pane_set_child (DsPane    *self,
                   GtkWidget *child)
{
  g_return_if_fail (DS_IS_PANE (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_insert_before (child, GTK_WIDGET (self), self->handle);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

int
ds_pane_get_width (DsPane *self)
{
  g_return_val_if_fail (DS_IS_PANE (self), -1);

  return self->width;
}

/**
 * ds_pane_set_width:
 * @self: a #DsPane
 * @width: the width the child asks for, or -1 for its natural width
 *
 * The child gets at least its minimum width, and less than @width when the
 * window has no room for it.
 */
void
ds_pane_set_width (DsPane *self,
                   int     width)
{
  g_return_if_fail (DS_IS_PANE (self));

  width = MAX (width, -1);
  if (self->width == width)
    return;

  self->width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
}

GtkPackType
ds_pane_get_edge (DsPane *self)
{
  g_return_val_if_fail (DS_IS_PANE (self), GTK_PACK_END);

  return self->edge;
}

/**
 * ds_pane_set_edge:
 * @self: a #DsPane
 * @edge: the edge the handle is on: %GTK_PACK_END for a pane at the start
 *   of the window, %GTK_PACK_START for one at its end
 */
void
ds_pane_set_edge (DsPane      *self,
                  GtkPackType  edge)
{
  g_return_if_fail (DS_IS_PANE (self));

  if (self->edge == edge)
    return;

  self->edge = edge;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDGE]);
}

gboolean
ds_pane_get_resizable (DsPane *self)
{
  g_return_val_if_fail (DS_IS_PANE (self), FALSE);

  return self->resizable;
}

/**
 * ds_pane_set_resizable:
 * @self: a #DsPane
 * @resizable: whether the handle shows; a pane alone in a folded layout
 *   has no neighbour to share its edge with
 */
void
ds_pane_set_resizable (DsPane   *self,
                       gboolean  resizable)
{
  g_return_if_fail (DS_IS_PANE (self));

  resizable = !!resizable;
  if (self->resizable == resizable)
    return;

  self->resizable = resizable;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESIZABLE]);
}
