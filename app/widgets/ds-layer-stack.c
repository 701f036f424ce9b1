/* ds-layer-stack.c — a service's layers, coloured by who owns each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-layer-stack"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-catalog.h"
#include "ds-duty.h"
#include "ds-layer-stack.h"
#include "ds-service.h"
#include "ds-stack-draw.h"

/* The widget draws with the core's ds_stack_draw(), through a cairo node:
 * one drawing for the window, the PNG and SVG pictures and the PDF report,
 * so that every picture matches what the user saw. A cairo node records
 * paths, not pixels, so the bands stay sharp at any size and scale factor.
 * It has no child widgets; the bands are found by position.
 *
 * Each band says its layer and its owner in words, so the picture never
 * depends on telling colours apart. Pointing at a band shows the duties of
 * that layer; clicking it, or Enter on the band picked with Up and Down,
 * emits ::layer-activated. */
struct _DsLayerStack
{
  GtkWidget      parent_instance;

  DsService     *service;
  char          *variant;
  DsCatalog     *catalog;

  DsStackLayout  layout;     /* for the current width */
  int            focus_layer;
  int            hover_layer;   /* under the pointer, or -1 */
};

G_DEFINE_FINAL_TYPE (DsLayerStack, ds_layer_stack, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERVICE,
  PROP_VARIANT,
  PROP_CATALOG,
  N_PROPS
};

enum {
  LAYER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What a picture this narrow still shows: the name ellipsized, the owner whole. */
#define MIN_WIDTH     200
#define NATURAL_WIDTH 420

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
update (DsLayerStack *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < DS_N_LAYERS; i++)
    {
      DsOwner owner = self->service ? ds_service_get_variant_layer_owner (self->service, self->variant, i)
                                    : DS_OWNER_NONE;

      if (i > 0)
        g_string_append (description, "; ");
      /* Translators: a layer and who takes care of it, read out by screen
       * readers: "Guest operating system: You" */
      g_string_append_printf (description, C_("layer and owner", "%s: %s"),
                              ds_stack_get_layer_name (self->catalog, i), ds_owner_get_label (owner));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
ensure_layout (DsLayerStack *self,
               double        width)
{
  if (self->layout.width != width || self->layout.height == 0.0)
    ds_stack_layout_init (&self->layout, gtk_widget_get_pango_context (GTK_WIDGET (self)), width, NULL);
}

/**
 * ds_layer_stack_dup_tooltip_markup:
 * @self: a #DsLayerStack showing a service
 * @layer: a layer
 *
 * Returns: (transfer full): what the band of @layer says when pointed at:
 *   the layer, its owner, and the service's duties on it for its variant,
 *   as Pango markup
 */
char *
ds_layer_stack_dup_tooltip_markup (DsLayerStack *self,
                                   DsLayer       layer)
{
  GString *out;
  DsOwner owner;
  const char *description;
  GListModel *duties;
  guint n_listed = 0;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (DS_IS_LAYER_STACK (self), NULL);
  g_return_val_if_fail (self->service != NULL, NULL);
  g_return_val_if_fail (layer < DS_N_LAYERS, NULL);

  out = g_string_new (NULL);
  owner = ds_service_get_variant_layer_owner (self->service, self->variant, layer);
  description = self->catalog ? ds_catalog_get_layer_description (self->catalog, layer) : NULL;
  duties = ds_service_get_duties (self->service);

  /* Translators: a layer and who owns it, the heading of a tooltip: "Guest operating system — You" */
  heading = g_markup_printf_escaped (_("<b>%s</b> — %s"), ds_stack_get_layer_name (self->catalog, layer),
                                     ds_owner_get_label (owner));
  g_string_append (out, heading);
  if (description != NULL)
    {
      g_autofree char *escaped = g_markup_printf_escaped ("\n<small>%s</small>", description);
      g_string_append (out, escaped);
    }

  for (guint i = 0, n = g_list_model_get_n_items (duties); i < n; i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
      g_autofree char *line = NULL;

      if (ds_duty_get_layer (duty) != layer || !ds_duty_applies_to (duty, self->variant))
        continue;

      /* Translators: a duty in a layer's tooltip, then who carries it: "Patch the guest OS (You)" */
      line = g_markup_printf_escaped (_("\n•  %s (%s)"), ds_duty_get_title (duty),
                                      ds_owner_get_label (ds_duty_get_owner (duty)));
      g_string_append (out, line);
      n_listed++;
    }

  if (n_listed == 0)
    {
      g_autofree char *none = g_markup_printf_escaped ("\n<i>%s</i>", _("No duties are listed for this layer."));
      g_string_append (out, none);
    }

  return g_string_free (out, FALSE);
}

static gboolean
ds_layer_stack_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_mode,
                              GtkTooltip *tooltip)
{
  DsLayerStack *self = DS_LAYER_STACK (widget);
  g_autofree char *markup = NULL;
  cairo_rectangle_t band;
  int layer;

  if (self->service == NULL)
    return FALSE;

  ensure_layout (self, gtk_widget_get_width (widget));
  layer = keyboard_mode ? self->focus_layer : ds_stack_layout_layer_at (&self->layout, x, y);
  if (layer < 0)
    return FALSE;

  markup = ds_layer_stack_dup_tooltip_markup (self, layer);
  ds_stack_layout_get_band (&self->layout, layer, &band);
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { band.x, band.y, band.width, band.height });
  return TRUE;
}

static void
activate_layer (DsLayerStack *self,
                int           layer)
{
  if (layer < 0 || layer >= DS_N_LAYERS || self->service == NULL)
    return;

  self->focus_layer = layer;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[LAYER_ACTIVATED], 0, (DsLayer) layer);
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      DsLayerStack    *self)
{
  ensure_layout (self, gtk_widget_get_width (GTK_WIDGET (self)));
  activate_layer (self, ds_stack_layout_layer_at (&self->layout, x, y));
}

static void
set_hover_layer (DsLayerStack *self,
                 int           layer)
{
  if (self->hover_layer != layer)
    {
      self->hover_layer = layer;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              DsLayerStack             *self)
{
  ensure_layout (self, gtk_widget_get_width (GTK_WIDGET (self)));
  set_hover_layer (self, self->service ? ds_stack_layout_layer_at (&self->layout, x, y) : -1);
}

static void
on_leave_cb (GtkEventControllerMotion *motion,
             DsLayerStack             *self)
{
  set_hover_layer (self, -1);
}

static gboolean
move_focus_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  DsLayerStack *self = DS_LAYER_STACK (widget);
  int step = g_variant_get_int32 (args);

  self->focus_layer = CLAMP (self->focus_layer + step, 0, DS_N_LAYERS - 1);
  gtk_widget_queue_draw (widget);
  return TRUE;
}

static gboolean
activate_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  DsLayerStack *self = DS_LAYER_STACK (widget);

  activate_layer (self, self->focus_layer);
  return TRUE;
}

static GtkSizeRequestMode
ds_layer_stack_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ds_layer_stack_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  DsLayerStack *self = DS_LAYER_STACK (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      DsStackLayout layout;

      /* The legend wraps, so the height depends on the width. */
      ds_stack_layout_init (&layout, gtk_widget_get_pango_context (widget),
                            for_size > 0 ? for_size : NATURAL_WIDTH, NULL);
      *minimum = *natural = (int) ceil (layout.height);
    }
  (void) self;
}

static void
ds_layer_stack_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  DsLayerStack *self = DS_LAYER_STACK (widget);

  self->layout.height = 0.0;
  ensure_layout (self, width);
}

static void
ds_layer_stack_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  DsLayerStack *self = DS_LAYER_STACK (widget);
  int width = gtk_widget_get_width (widget);
  cairo_t *cr;

  ensure_layout (self, width);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, self->layout.height));
  ds_stack_draw (cr, gtk_widget_get_pango_context (widget), &self->layout, self->catalog,
                 self->service, self->variant, NULL, is_dark ());
  cairo_destroy (cr);

  /* The band under the pointer lights up a little, as rows and buttons do. */
  if (self->hover_layer >= 0 && self->service != NULL)
    {
      cairo_rectangle_t band;
      GskRoundedRect shape;

      ds_stack_layout_get_band (&self->layout, self->hover_layer, &band);
      gsk_rounded_rect_init_from_rect (&shape, &GRAPHENE_RECT_INIT (band.x, band.y, band.width, band.height), 6);
      gtk_snapshot_push_rounded_clip (snapshot, &shape);
      gtk_snapshot_append_color (snapshot, is_dark () ? &(GdkRGBA) { 1, 1, 1, 0.12 } : &(GdkRGBA) { 1, 1, 1, 0.2 },
                                 &GRAPHENE_RECT_INIT (band.x, band.y, band.width, band.height));
      gtk_snapshot_pop (snapshot);
    }

  /* The band the keyboard is on gets the usual focus ring. */
  if (gtk_widget_has_visible_focus (widget) && self->service != NULL)
    {
      cairo_rectangle_t band;
      GskRoundedRect outline;
      GdkRGBA color;
      float widths[4];
      GdkRGBA colors[4];

      ds_stack_layout_get_band (&self->layout, self->focus_layer, &band);
#if GTK_CHECK_VERSION (4, 10, 0)
      gtk_widget_get_color (widget, &color);
#else
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
#endif
      color.alpha = 0.5f;
      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (band.x + 1, band.y + 1,
                                                                      band.width - 2, band.height - 2), 6);
      for (guint i = 0; i < 4; i++)
        {
          widths[i] = 2.0f;
          colors[i] = color;
        }
      gtk_snapshot_append_border (snapshot, &outline, widths, colors);
    }
}

static void
ds_layer_stack_system_setting_changed (GtkWidget         *widget,
                                       GtkSystemSetting   setting)
{
  GTK_WIDGET_CLASS (ds_layer_stack_parent_class)->system_setting_changed (widget, setting);

  /* A new font changes the bands' height. */
  DS_LAYER_STACK (widget)->layout.height = 0.0;
  gtk_widget_queue_resize (widget);
}

static void
ds_layer_stack_dispose (GObject *object)
{
  DsLayerStack *self = (DsLayerStack *)object;

  g_clear_object (&self->service);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->variant, g_free);

  G_OBJECT_CLASS (ds_layer_stack_parent_class)->dispose (object);
}

static void
ds_layer_stack_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsLayerStack *self = DS_LAYER_STACK (object);

  switch (prop_id)
    {
    case PROP_SERVICE: g_value_set_object (value, self->service); break;
    case PROP_VARIANT: g_value_set_string (value, self->variant); break;
    case PROP_CATALOG: g_value_set_object (value, self->catalog); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_layer_stack_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DsLayerStack *self = DS_LAYER_STACK (object);

  switch (prop_id)
    {
    case PROP_SERVICE: ds_layer_stack_set_service (self, g_value_get_object (value)); break;
    case PROP_VARIANT: ds_layer_stack_set_variant (self, g_value_get_string (value)); break;
    case PROP_CATALOG: ds_layer_stack_set_catalog (self, g_value_get_object (value)); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_layer_stack_class_init (DsLayerStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ds_layer_stack_dispose;
  object_class->get_property = ds_layer_stack_get_property;
  object_class->set_property = ds_layer_stack_set_property;

  widget_class->get_request_mode = ds_layer_stack_get_request_mode;
  widget_class->measure = ds_layer_stack_measure;
  widget_class->size_allocate = ds_layer_stack_size_allocate;
  widget_class->snapshot = ds_layer_stack_snapshot;
  widget_class->query_tooltip = ds_layer_stack_query_tooltip;
  widget_class->system_setting_changed = ds_layer_stack_system_setting_changed;

  properties[PROP_SERVICE] = g_param_spec_object ("service", NULL, NULL, DS_TYPE_SERVICE, flags);
  properties[PROP_VARIANT] = g_param_spec_string ("variant", NULL, NULL, NULL, flags);
  properties[PROP_CATALOG] = g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsLayerStack::layer-activated:
   * @self: the stack
   * @layer: the layer whose band was clicked or activated from the keyboard
   */
  signals[LAYER_ACTIVATED] = g_signal_new ("layer-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, move_focus_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Up, 0, move_focus_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, move_focus_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Down, 0, move_focus_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, activate_cb, NULL);

  gtk_widget_class_set_css_name (widget_class, "layerstack");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ds_layer_stack_init (DsLayerStack *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->hover_layer = -1;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Layers and who owns them"),
                                  -1);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);

  update (self);
}

/**
 * ds_layer_stack_get_band:
 * @self: a #DsLayerStack
 * @layer: a layer
 * @band: (out): where its band is, in the widget's coordinates
 *
 * Returns: %FALSE if the stack has not been given a size yet
 */
gboolean
ds_layer_stack_get_band (DsLayerStack    *self,
                         DsLayer          layer,
                         graphene_rect_t *band)
{
  cairo_rectangle_t rect;

  g_return_val_if_fail (DS_IS_LAYER_STACK (self), FALSE);
  g_return_val_if_fail (layer < DS_N_LAYERS, FALSE);

  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    return FALSE;

  ensure_layout (self, gtk_widget_get_width (GTK_WIDGET (self)));
  ds_stack_layout_get_band (&self->layout, layer, &rect);
  graphene_rect_init (band, rect.x, rect.y, rect.width, rect.height);
  return TRUE;
}

/**
 * ds_layer_stack_get_service:
 * @self: a #DsLayerStack
 *
 * Returns: (transfer none) (nullable): the service whose layers are shown
 */
DsService *
ds_layer_stack_get_service (DsLayerStack *self)
{
  g_return_val_if_fail (DS_IS_LAYER_STACK (self), NULL);
  return self->service;
}

void
ds_layer_stack_set_service (DsLayerStack *self,
                            DsService    *service)
{
  g_return_if_fail (DS_IS_LAYER_STACK (self));

  if (g_set_object (&self->service, service))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE]);
    }
}

/**
 * ds_layer_stack_get_variant:
 * @self: a #DsLayerStack
 *
 * Returns: (nullable): the variant of the service whose layers are shown,
 *   or %NULL for its default
 */
const char *
ds_layer_stack_get_variant (DsLayerStack *self)
{
  g_return_val_if_fail (DS_IS_LAYER_STACK (self), NULL);
  return self->variant;
}

void
ds_layer_stack_set_variant (DsLayerStack *self,
                            const char   *variant_id)
{
  g_return_if_fail (DS_IS_LAYER_STACK (self));

  if (g_strcmp0 (self->variant, variant_id) == 0)
    return;

  g_free (self->variant);
  self->variant = g_strdup (variant_id);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VARIANT]);
}

/**
 * ds_layer_stack_get_catalog:
 * @self: a #DsLayerStack
 *
 * Returns: (transfer none) (nullable): the catalog that names the layers
 */
DsCatalog *
ds_layer_stack_get_catalog (DsLayerStack *self)
{
  g_return_val_if_fail (DS_IS_LAYER_STACK (self), NULL);
  return self->catalog;
}

void
ds_layer_stack_set_catalog (DsLayerStack *self,
                            DsCatalog    *catalog)
{
  g_return_if_fail (DS_IS_LAYER_STACK (self));

  if (g_set_object (&self->catalog, catalog))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
    }
}
