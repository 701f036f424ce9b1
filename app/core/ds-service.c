/* ds-service.c — one AWS service and how its responsibility is split
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-service"

#include "config.h"

#include <string.h>

#include "ds-catalog-private.h"
#include "ds-core-enums.h"
#include "ds-duty.h"
#include "ds-service.h"
#include "ds-variant.h"

struct _DsService
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *group;
  char       *summary;
  char       *documentation;
  GListStore *duties;
  GListStore *variants;
  char       *search_text;   /* built on the first search */
  DsCategory  category;
  DsOwner     layers[DS_N_LAYERS];
};

G_DEFINE_FINAL_TYPE (DsService, ds_service, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_GROUP,
  PROP_CATEGORY,
  PROP_SUMMARY,
  PROP_DOCUMENTATION,
  PROP_DUTIES,
  PROP_VARIANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_service_finalize (GObject *object)
{
  DsService *self = (DsService *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->group);
  g_free (self->summary);
  g_free (self->documentation);
  g_free (self->search_text);
  g_clear_object (&self->duties);
  g_clear_object (&self->variants);

  G_OBJECT_CLASS (ds_service_parent_class)->finalize (object);
}

static void
ds_service_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DsService *self = DS_SERVICE (object);

  switch (prop_id)
    {
    case PROP_ID:            g_value_set_string (value, self->id); break;
    case PROP_NAME:          g_value_set_string (value, self->name); break;
    case PROP_GROUP:         g_value_set_string (value, self->group); break;
    case PROP_CATEGORY:      g_value_set_enum (value, self->category); break;
    case PROP_SUMMARY:       g_value_set_string (value, self->summary); break;
    case PROP_DOCUMENTATION: g_value_set_string (value, self->documentation); break;
    case PROP_DUTIES:        g_value_set_object (value, self->duties); break;
    case PROP_VARIANTS:      g_value_set_object (value, self->variants); break;
    default:                 G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_service_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DsService *self = DS_SERVICE (object);

  switch (prop_id)
    {
    case PROP_ID:            self->id = g_value_dup_string (value); break;
    case PROP_NAME:          self->name = g_value_dup_string (value); break;
    case PROP_GROUP:         self->group = g_value_dup_string (value); break;
    case PROP_CATEGORY:      self->category = g_value_get_enum (value); break;
    case PROP_SUMMARY:       self->summary = g_value_dup_string (value); break;
    case PROP_DOCUMENTATION: self->documentation = g_value_dup_string (value); break;
    default:                 G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_service_class_init (DsServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ds_service_finalize;
  object_class->get_property = ds_service_get_property;
  object_class->set_property = ds_service_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_GROUP] = g_param_spec_string ("group", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] = g_param_spec_enum ("category", NULL, NULL,
                                                 DS_TYPE_CATEGORY, DS_CATEGORY_INFRASTRUCTURE,
                                                 flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_DOCUMENTATION] = g_param_spec_string ("documentation", NULL, NULL, NULL, flags);
  properties[PROP_DUTIES] = g_param_spec_object ("duties", NULL, NULL, G_TYPE_LIST_MODEL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VARIANTS] = g_param_spec_object ("variants", NULL, NULL, G_TYPE_LIST_MODEL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_service_init (DsService *self)
{
  self->duties = g_list_store_new (DS_TYPE_DUTY);
  self->variants = g_list_store_new (DS_TYPE_VARIANT);
}

const char *
ds_service_get_id (DsService *self)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), NULL);
  return self->id;
}

const char *
ds_service_get_name (DsService *self)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), NULL);
  return self->name;
}

const char *
ds_service_get_group (DsService *self)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), NULL);
  return self->group;
}

DsCategory
ds_service_get_category (DsService *self)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), DS_CATEGORY_INFRASTRUCTURE);
  return self->category;
}

const char *
ds_service_get_summary (DsService *self)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), NULL);
  return self->summary;
}

/**
 * ds_service_get_documentation:
 * @self: a #DsService
 *
 * Returns: the address of the service's "Security in …" page in the AWS
 *   documentation
 */
const char *
ds_service_get_documentation (DsService *self)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), NULL);
  return self->documentation;
}

/**
 * ds_service_get_duties:
 * @self: a #DsService
 *
 * Returns: (transfer none): a #GListModel of #DsDuty, AWS's and the customer's
 */
GListModel *
ds_service_get_duties (DsService *self)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), NULL);
  return G_LIST_MODEL (self->duties);
}

/**
 * ds_service_get_layer_owner:
 * @self: a #DsService
 * @layer: a layer
 *
 * Returns: who owns @layer; for a service with variants, in the first one
 */
DsOwner
ds_service_get_layer_owner (DsService *self,
                            DsLayer    layer)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), DS_OWNER_NONE);
  g_return_val_if_fail (layer < DS_N_LAYERS, DS_OWNER_NONE);

  return self->layers[layer];
}

/**
 * ds_service_lookup_duty:
 * @self: a #DsService
 * @duty_id: the id of a duty within the service
 *
 * Returns: (transfer none) (nullable): the duty
 */
DsDuty *
ds_service_lookup_duty (DsService  *self,
                        const char *duty_id)
{
  guint n;

  g_return_val_if_fail (DS_IS_SERVICE (self), NULL);
  g_return_val_if_fail (duty_id != NULL, NULL);

  /* A service has a handful of duties: a scan beats keeping a table. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->duties));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (G_LIST_MODEL (self->duties), i);

      if (g_strcmp0 (ds_duty_get_id (duty), duty_id) == 0)
        return duty;
    }

  return NULL;
}

/**
 * ds_service_get_variants:
 * @self: a #DsService
 *
 * Returns: (transfer none): a #GListModel of #DsVariant, empty when the split
 *   does not depend on how the service is run; the first is the default
 */
GListModel *
ds_service_get_variants (DsService *self)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), NULL);
  return G_LIST_MODEL (self->variants);
}

/**
 * ds_service_lookup_variant:
 * @self: a #DsService
 * @variant_id: (nullable): a variant id
 *
 * Returns: (transfer none) (nullable): the variant
 */
DsVariant *
ds_service_lookup_variant (DsService  *self,
                           const char *variant_id)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), NULL);

  if (variant_id == NULL)
    return NULL;

  for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (self->variants)); i < n; i++)
    {
      g_autoptr(DsVariant) variant = g_list_model_get_item (G_LIST_MODEL (self->variants), i);

      if (g_str_equal (ds_variant_get_id (variant), variant_id))
        return variant;
    }

  return NULL;
}

/**
 * ds_service_get_variant_layer_owner:
 * @self: a #DsService
 * @variant_id: (nullable): a variant of the service, or %NULL for the default
 * @layer: a layer
 *
 * Returns: who owns @layer when the service runs as @variant_id
 */
DsOwner
ds_service_get_variant_layer_owner (DsService  *self,
                                    const char *variant_id,
                                    DsLayer     layer)
{
  DsVariant *variant;

  g_return_val_if_fail (DS_IS_SERVICE (self), DS_OWNER_NONE);

  if ((variant = ds_service_lookup_variant (self, variant_id)))
    return ds_variant_get_layer_owner (variant, layer);

  return ds_service_get_layer_owner (self, layer);
}

/* Appends @text and a newline, as g_utf8_casefold() folds it. Folding
 * ASCII is lowering its letters, far cheaper than g_utf8_casefold()'s
 * lookup of every character; only the runs past ASCII need that, and a run
 * of such bytes is always whole characters. */
static void
append_folded (GString    *out,
               const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      if ((guchar)*p < 0x80)
        g_string_append_c (out, g_ascii_tolower (*p++));
      else
        {
          const char *run = p;
          g_autofree char *folded = NULL;

          while ((guchar)*p >= 0x80)
            p++;
          folded = g_utf8_casefold (run, p - run);
          g_string_append (out, folded);
        }
    }

  g_string_append_c (out, '\n');
}

/**
 * ds_service_prepare_search:
 * @self: a #DsService
 *
 * Builds the text ds_service_matches() searches, which is otherwise built
 * on the first search; a browser of a large catalog calls this while the
 * user has not started typing.
 */
void
ds_service_prepare_search (DsService *self)
{
  g_autoptr(GString) text = NULL;
  guint n;

  g_return_if_fail (DS_IS_SERVICE (self));

  if (self->search_text != NULL)
    return;

  text = g_string_new (NULL);
  append_folded (text, self->id);
  append_folded (text, self->name);
  append_folded (text, self->group);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->duties));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (G_LIST_MODEL (self->duties), i);

      append_folded (text, ds_duty_get_title (duty));
      append_folded (text, ds_duty_get_detail (duty));
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->variants));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsVariant) variant = g_list_model_get_item (G_LIST_MODEL (self->variants), i);

      append_folded (text, ds_variant_get_name (variant));
    }

  self->search_text = g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ds_service_matches:
 * @self: a #DsService
 * @casefolded_text: what the user searches for, passed through g_utf8_casefold()
 *
 * Returns: %TRUE if the id, name, group or a duty of the service contains the text
 */
gboolean
ds_service_matches (DsService  *self,
                    const char *casefolded_text)
{
  g_return_val_if_fail (DS_IS_SERVICE (self), FALSE);

  if (casefolded_text == NULL || *casefolded_text == '\0')
    return TRUE;

  ds_service_prepare_search (self);
  return strstr (self->search_text, casefolded_text) != NULL;
}

void
_ds_service_set_layer_owner (DsService *self,
                             DsLayer    layer,
                             DsOwner    owner)
{
  g_assert (DS_IS_SERVICE (self));
  g_assert (layer < DS_N_LAYERS);

  self->layers[layer] = owner;
}

/* The first variant is the default, so its layers become the service's. */
void
_ds_service_add_variant (DsService *self,
                         DsVariant *variant)
{
  g_assert (DS_IS_SERVICE (self));
  g_assert (DS_IS_VARIANT (variant));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->variants)) == 0)
    for (guint i = 0; i < DS_N_LAYERS; i++)
      self->layers[i] = ds_variant_get_layer_owner (variant, i);

  g_list_store_append (self->variants, variant);
}

/* One splice for all the duties of a service, rather than one change
 * signal for each. */
void
_ds_service_add_duties (DsService  *self,
                        DsDuty    **duties,
                        guint       n_duties)
{
  g_assert (DS_IS_SERVICE (self));

  g_list_store_splice (self->duties, g_list_model_get_n_items (G_LIST_MODEL (self->duties)), 0,
                       (gpointer *)duties, n_duties);
}

/* Sets the fields without going through properties, for the loader. */
DsService *
_ds_service_new (const char *id,
                 const char *name,
                 const char *group,
                 DsCategory  category,
                 const char *summary,
                 const char *documentation)
{
  DsService *self = g_object_new (DS_TYPE_SERVICE, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->group = g_strdup (group);
  self->category = category;
  self->summary = g_strdup (summary);
  self->documentation = g_strdup (documentation);

  return self;
}
