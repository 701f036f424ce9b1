/* ds-duty.c — one responsibility, carried by AWS or by the customer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-duty"

#include "config.h"

#include "ds-catalog-private.h"
#include "ds-core-enums.h"
#include "ds-duty.h"

/* Duties come from the catalog and never change once loaded, so every
 * property is construct-only. */
struct _DsDuty
{
  GObject parent_instance;

  char    *id;
  char    *service_id;
  char    *title;
  char    *detail;
  GStrv    controls;
  GStrv    links;
  GStrv    variants;
  DsOwner  owner;
  DsLayer  layer;
  /* Set for duties the catalog loader makes: the strings above then point
   * into this block of the file's text, and only the arrays are the duty's. */
  GBytes  *text;
};

G_DEFINE_FINAL_TYPE (DsDuty, ds_duty, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SERVICE_ID,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_OWNER,
  PROP_LAYER,
  PROP_CONTROLS,
  PROP_LINKS,
  PROP_VARIANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_duty_finalize (GObject *object)
{
  DsDuty *self = (DsDuty *)object;

  if (self->text != NULL)
    {
      g_free (self->controls);
      g_free (self->links);
      g_free (self->variants);
      g_bytes_unref (self->text);
      G_OBJECT_CLASS (ds_duty_parent_class)->finalize (object);
      return;
    }

  g_free (self->id);
  g_free (self->service_id);
  g_free (self->title);
  g_free (self->detail);
  g_strfreev (self->controls);
  g_strfreev (self->links);
  g_strfreev (self->variants);

  G_OBJECT_CLASS (ds_duty_parent_class)->finalize (object);
}

static void
ds_duty_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  DsDuty *self = DS_DUTY (object);

  switch (prop_id)
    {
    case PROP_ID:         g_value_set_string (value, self->id); break;
    case PROP_SERVICE_ID: g_value_set_string (value, self->service_id); break;
    case PROP_TITLE:      g_value_set_string (value, self->title); break;
    case PROP_DETAIL:     g_value_set_string (value, self->detail); break;
    case PROP_OWNER:      g_value_set_enum (value, self->owner); break;
    case PROP_LAYER:      g_value_set_enum (value, self->layer); break;
    case PROP_CONTROLS:   g_value_set_boxed (value, self->controls); break;
    case PROP_LINKS:      g_value_set_boxed (value, self->links); break;
    case PROP_VARIANTS:   g_value_set_boxed (value, self->variants); break;
    default:              G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_duty_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  DsDuty *self = DS_DUTY (object);

  switch (prop_id)
    {
    case PROP_ID:         self->id = g_value_dup_string (value); break;
    case PROP_SERVICE_ID: self->service_id = g_value_dup_string (value); break;
    case PROP_TITLE:      self->title = g_value_dup_string (value); break;
    case PROP_DETAIL:     self->detail = g_value_dup_string (value); break;
    case PROP_OWNER:      self->owner = g_value_get_enum (value); break;
    case PROP_LAYER:      self->layer = g_value_get_enum (value); break;
    case PROP_CONTROLS:   self->controls = g_value_dup_boxed (value); break;
    case PROP_LINKS:      self->links = g_value_dup_boxed (value); break;
    case PROP_VARIANTS:   self->variants = g_value_dup_boxed (value); break;
    default:              G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_duty_class_init (DsDutyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ds_duty_finalize;
  object_class->get_property = ds_duty_get_property;
  object_class->set_property = ds_duty_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_SERVICE_ID] = g_param_spec_string ("service-id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, flags);
  properties[PROP_OWNER] = g_param_spec_enum ("owner", NULL, NULL,
                                              DS_TYPE_OWNER, DS_OWNER_CUSTOMER, flags);
  properties[PROP_LAYER] = g_param_spec_enum ("layer", NULL, NULL,
                                              DS_TYPE_LAYER, DS_LAYER_CUSTOMER_DATA, flags);
  properties[PROP_CONTROLS] = g_param_spec_boxed ("controls", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_LINKS] = g_param_spec_boxed ("links", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_VARIANTS] = g_param_spec_boxed ("variants", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_duty_init (DsDuty *self)
{
}

/*
 * _ds_duty_new:
 * @text: the block the strings point into; the duty keeps a reference
 * @controls: (transfer container) (nullable): strings in @text
 * @links: (transfer container) (nullable): strings in @text
 * @variants: (transfer container) (nullable): strings in @text
 *
 * Makes a duty without copying its strings nor going through properties:
 * the catalog loader makes 100,000 of them for a large catalog, and both
 * took more time than reading the file.
 */
DsDuty *
_ds_duty_new (GBytes     *text,
              const char *id,
              const char *service_id,
              const char *title,
              const char *detail,
              DsOwner     owner,
              DsLayer     layer,
              char      **controls,
              char      **links,
              char      **variants)
{
  DsDuty *self = g_object_new (DS_TYPE_DUTY, NULL);

  self->text = g_bytes_ref (text);
  self->id = (char *)id;
  self->service_id = (char *)service_id;
  self->title = (char *)title;
  self->detail = (char *)detail;
  self->owner = owner;
  self->layer = layer;
  self->controls = controls;
  self->links = links;
  self->variants = variants;

  return self;
}

const char *
ds_duty_get_id (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), NULL);
  return self->id;
}

/**
 * ds_duty_get_service_id:
 * @self: a #DsDuty
 *
 * Returns: the id of the service the duty belongs to, or
 *   %DS_GENERAL_SECTION_ID for the duties every customer has
 */
const char *
ds_duty_get_service_id (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), NULL);
  return self->service_id;
}

const char *
ds_duty_get_title (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), NULL);
  return self->title;
}

const char *
ds_duty_get_detail (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), NULL);
  return self->detail;
}

DsOwner
ds_duty_get_owner (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), DS_OWNER_NONE);
  return self->owner;
}

DsLayer
ds_duty_get_layer (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), DS_LAYER_CUSTOMER_DATA);
  return self->layer;
}

/**
 * ds_duty_get_controls:
 * @self: a #DsDuty
 *
 * Returns: (nullable): the ids of the AWS Security Hub controls that check
 *   this duty, such as `S3.1`
 */
const char * const *
ds_duty_get_controls (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), NULL);
  return (const char * const *)self->controls;
}

/**
 * ds_duty_get_links:
 * @self: a #DsDuty
 *
 * Returns: (nullable): AWS documentation pages about this duty
 */
const char * const *
ds_duty_get_links (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), NULL);
  return (const char * const *)self->links;
}

/**
 * ds_duty_get_variants:
 * @self: a #DsDuty
 *
 * Returns: (nullable): the ids of the service's variants the duty applies
 *   to, or %NULL if it applies however the service runs
 */
const char * const *
ds_duty_get_variants (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), NULL);
  return (const char * const *)self->variants;
}

/**
 * ds_duty_applies_to:
 * @self: a #DsDuty
 * @variant_id: (nullable): a variant of the duty's service; %NULL for a
 *   service without variants
 *
 * Returns: %TRUE if the duty is someone's when the service runs as @variant_id
 */
gboolean
ds_duty_applies_to (DsDuty     *self,
                    const char *variant_id)
{
  g_return_val_if_fail (DS_IS_DUTY (self), FALSE);

  return self->variants == NULL || variant_id == NULL ||
         g_strv_contains ((const char * const *)self->variants, variant_id);
}

/**
 * ds_duty_dup_ref:
 * @self: a #DsDuty
 *
 * Returns: (transfer full): the name checklists use for this duty,
 *   `service-id/duty-id`
 */
char *
ds_duty_dup_ref (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), NULL);
  return g_strconcat (self->service_id, "/", self->id, NULL);
}

/**
 * ds_duty_is_customers:
 * @self: a #DsDuty
 *
 * Returns: %TRUE if the customer has a part in this duty, alone or shared
 *   with AWS; such duties go into checklists
 */
gboolean
ds_duty_is_customers (DsDuty *self)
{
  g_return_val_if_fail (DS_IS_DUTY (self), FALSE);
  return self->owner == DS_OWNER_CUSTOMER || self->owner == DS_OWNER_SHARED;
}
