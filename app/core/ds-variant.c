/* ds-variant.c — one way of running a service, where the split depends on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-variant"

#include "config.h"

#include "ds-catalog-private.h"
#include "ds-variant.h"

/* Amazon ECS on EC2 or on Fargate, Lambda from a ZIP archive or a container
 * image: the customer's choice moves layers between AWS and the customer.
 * A variant carries its own layer owners; duties say which variants they
 * apply to. */
struct _DsVariant
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *summary;
  DsOwner  layers[DS_N_LAYERS];
};

G_DEFINE_FINAL_TYPE (DsVariant, ds_variant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_variant_finalize (GObject *object)
{
  DsVariant *self = (DsVariant *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);

  G_OBJECT_CLASS (ds_variant_parent_class)->finalize (object);
}

static void
ds_variant_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DsVariant *self = DS_VARIANT (object);

  switch (prop_id)
    {
    case PROP_ID:      g_value_set_string (value, self->id); break;
    case PROP_NAME:    g_value_set_string (value, self->name); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_variant_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DsVariant *self = DS_VARIANT (object);

  switch (prop_id)
    {
    case PROP_ID:      self->id = g_value_dup_string (value); break;
    case PROP_NAME:    self->name = g_value_dup_string (value); break;
    case PROP_SUMMARY: self->summary = g_value_dup_string (value); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_variant_class_init (DsVariantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ds_variant_finalize;
  object_class->get_property = ds_variant_get_property;
  object_class->set_property = ds_variant_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_variant_init (DsVariant *self)
{
}

const char *
ds_variant_get_id (DsVariant *self)
{
  g_return_val_if_fail (DS_IS_VARIANT (self), NULL);
  return self->id;
}

const char *
ds_variant_get_name (DsVariant *self)
{
  g_return_val_if_fail (DS_IS_VARIANT (self), NULL);
  return self->name;
}

/**
 * ds_variant_get_summary:
 * @self: a #DsVariant
 *
 * Returns: how the split differs when the service runs this way
 */
const char *
ds_variant_get_summary (DsVariant *self)
{
  g_return_val_if_fail (DS_IS_VARIANT (self), NULL);
  return self->summary;
}

DsOwner
ds_variant_get_layer_owner (DsVariant *self,
                            DsLayer    layer)
{
  g_return_val_if_fail (DS_IS_VARIANT (self), DS_OWNER_NONE);
  g_return_val_if_fail (layer < DS_N_LAYERS, DS_OWNER_NONE);
  return self->layers[layer];
}

void
_ds_variant_set_layer_owner (DsVariant *self,
                             DsLayer    layer,
                             DsOwner    owner)
{
  g_assert (layer < DS_N_LAYERS);
  self->layers[layer] = owner;
}
