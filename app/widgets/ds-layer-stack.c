/* ds-layer-stack.c — a service's layers, coloured by who owns each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-layer-stack"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-catalog.h"
#include "ds-layer-stack.h"
#include "ds-service.h"

/* Each layer is a band: a box styled by its owner in style.css (colour and,
 * for shared layers, stripes) that also says the owner in words, so the
 * picture never depends on telling colours apart. Below the bands, a legend. */
struct _DsLayerStack
{
  GtkWidget  parent_instance;

  DsService *service;
  char      *variant;
  DsCatalog *catalog;

  GtkWidget *bands[DS_N_LAYERS];
  GtkLabel  *names[DS_N_LAYERS];
  GtkLabel  *owners[DS_N_LAYERS];
};

G_DEFINE_FINAL_TYPE (DsLayerStack, ds_layer_stack, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERVICE,
  PROP_VARIANT,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *owner_classes[] = {
  [DS_OWNER_NONE] = "owner-none",
  [DS_OWNER_AWS] = "owner-aws",
  [DS_OWNER_CUSTOMER] = "owner-customer",
  [DS_OWNER_SHARED] = "owner-shared",
};

static const DsOwner legend_owners[] = {
  DS_OWNER_AWS, DS_OWNER_CUSTOMER, DS_OWNER_SHARED, DS_OWNER_NONE,
};

static void
set_owner_class (GtkWidget *widget,
                 DsOwner    owner)
{
  for (guint i = 0; i < G_N_ELEMENTS (owner_classes); i++)
    gtk_widget_remove_css_class (widget, owner_classes[i]);
  gtk_widget_add_css_class (widget, owner_classes[owner]);
}

static void
update (DsLayerStack *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < DS_N_LAYERS; i++)
    {
      DsOwner owner = self->service ? ds_service_get_variant_layer_owner (self->service, self->variant, i)
                                    : DS_OWNER_NONE;
      const char *name = self->catalog ? ds_catalog_get_layer_name (self->catalog, i) : NULL;
      const char *tooltip = self->catalog ? ds_catalog_get_layer_description (self->catalog, i) : NULL;

      if (name == NULL)
        name = ds_layer_to_string (i);

      set_owner_class (self->bands[i], owner);
      gtk_label_set_label (self->names[i], name);
      gtk_label_set_label (self->owners[i], ds_owner_get_label (owner));
      gtk_widget_set_tooltip_text (self->bands[i], tooltip);

      if (i > 0)
        g_string_append (description, "; ");
      /* Translators: a layer and who takes care of it, read out by screen
       * readers: "Guest operating system: You" */
      g_string_append_printf (description, C_("layer and owner", "%s: %s"), name, ds_owner_get_label (owner));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

static GtkWidget *
legend_entry (DsOwner owner)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (ds_owner_get_label (owner));

  gtk_widget_add_css_class (swatch, "layer-swatch");
  set_owner_class (swatch, owner);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static void
ds_layer_stack_dispose (GObject *object)
{
  DsLayerStack *self = (DsLayerStack *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

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

  properties[PROP_SERVICE] = g_param_spec_object ("service", NULL, NULL, DS_TYPE_SERVICE, flags);
  properties[PROP_VARIANT] = g_param_spec_string ("variant", NULL, NULL, NULL, flags);
  properties[PROP_CATALOG] = g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "layerstack");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ds_layer_stack_init (DsLayerStack *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *legend;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Layers and who owns them"),
                                  -1);

  for (guint i = 0; i < DS_N_LAYERS; i++)
    {
      self->bands[i] = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      self->names[i] = GTK_LABEL (gtk_label_new (NULL));
      self->owners[i] = GTK_LABEL (gtk_label_new (NULL));

      gtk_widget_add_css_class (self->bands[i], "layer-band");
      gtk_widget_set_hexpand (GTK_WIDGET (self->names[i]), TRUE);
      gtk_label_set_xalign (self->names[i], 0);
      gtk_label_set_ellipsize (self->names[i], PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (GTK_WIDGET (self->owners[i]), "layer-owner");

      gtk_box_append (GTK_BOX (self->bands[i]), GTK_WIDGET (self->names[i]));
      gtk_box_append (GTK_BOX (self->bands[i]), GTK_WIDGET (self->owners[i]));
      gtk_widget_set_parent (self->bands[i], GTK_WIDGET (self));
    }

  /* A flow box, so that the legend wraps rather than widening a narrow pane. */
  legend = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (legend), G_N_ELEMENTS (legend_owners));
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (legend), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (legend), 6);
  gtk_widget_add_css_class (legend, "layer-legend");
  for (guint i = 0; i < G_N_ELEMENTS (legend_owners); i++)
    {
      gtk_flow_box_append (GTK_FLOW_BOX (legend), legend_entry (legend_owners[i]));
      gtk_widget_set_focusable (GTK_WIDGET (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (legend), i)), FALSE);
    }
  gtk_widget_set_parent (legend, GTK_WIDGET (self));

  update (self);
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
