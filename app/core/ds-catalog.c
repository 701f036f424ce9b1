/* ds-catalog.c — the services, their duties and the duties every customer has
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-catalog"

#include "config.h"

#include <string.h>

#include "ds-catalog-private.h"
#include "ds-json.h"

#define N_CATEGORIES (DS_CATEGORY_ABSTRACTED + 1)

typedef struct
{
  char *name;
  char *description;
} Text;

struct _DsCatalog
{
  GObject     parent_instance;

  char       *source;
  char       *reviewed;
  GPtrArray  *services;
  GHashTable *services_by_id;
  GPtrArray  *groups;            /* names, borrowed from the services */
  GHashTable *group_positions;   /* name → position + 1 */
  GListStore *general_duties;
  Text        layers[DS_N_LAYERS];
  Text        categories[N_CATEGORIES];
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DsCatalog, ds_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_REVIEWED,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
ds_catalog_get_item_type (GListModel *model)
{
  return DS_TYPE_SERVICE;
}

static guint
ds_catalog_get_n_items (GListModel *model)
{
  return DS_CATALOG (model)->services->len;
}

static gpointer
ds_catalog_get_item (GListModel *model,
                     guint       position)
{
  DsCatalog *self = DS_CATALOG (model);

  if (position >= self->services->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->services, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ds_catalog_get_item_type;
  iface->get_n_items = ds_catalog_get_n_items;
  iface->get_item = ds_catalog_get_item;
}

static void
clear_text (Text *text)
{
  g_clear_pointer (&text->name, g_free);
  g_clear_pointer (&text->description, g_free);
}

static void
ds_catalog_finalize (GObject *object)
{
  DsCatalog *self = (DsCatalog *)object;

  g_free (self->source);
  g_free (self->reviewed);
  g_clear_pointer (&self->services_by_id, g_hash_table_unref);
  g_clear_pointer (&self->group_positions, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_object (&self->general_duties);
  for (guint i = 0; i < DS_N_LAYERS; i++)
    clear_text (&self->layers[i]);
  for (guint i = 0; i < N_CATEGORIES; i++)
    clear_text (&self->categories[i]);

  G_OBJECT_CLASS (ds_catalog_parent_class)->finalize (object);
}

static void
ds_catalog_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DsCatalog *self = DS_CATALOG (object);

  switch (prop_id)
    {
    case PROP_SOURCE:   g_value_set_string (value, self->source); break;
    case PROP_REVIEWED: g_value_set_string (value, self->reviewed); break;
    case PROP_N_ITEMS:  g_value_set_uint (value, self->services->len); break;
    default:            G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_catalog_class_init (DsCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ds_catalog_finalize;
  object_class->get_property = ds_catalog_get_property;

  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  properties[PROP_REVIEWED] = g_param_spec_string ("reviewed", NULL, NULL, NULL, flags);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_catalog_init (DsCatalog *self)
{
  self->services = g_ptr_array_new_with_free_func (g_object_unref);
  self->services_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_ptr_array_new ();
  self->group_positions = g_hash_table_new (g_str_hash, g_str_equal);
  self->general_duties = g_list_store_new (DS_TYPE_DUTY);
}

/**
 * ds_catalog_new_from_file:
 * @file: a catalog file
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the catalog, or %NULL with @error naming the
 *   file, the place and what was expected
 */
DsCatalog *
ds_catalog_new_from_file (GFile   *file,
                          GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  if (!(bytes = ds_json_load_file (file, name, error)))
    return NULL;

  return ds_catalog_new_from_bytes (bytes, name, error);
}

/**
 * ds_catalog_new_builtin:
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the catalog that ships with the application
 */
DsCatalog *
ds_catalog_new_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (DS_CATALOG_BUILTIN_PATH, 0, error);
  if (bytes == NULL)
    return NULL;

  return ds_catalog_new_from_bytes (bytes, "resource://" DS_CATALOG_BUILTIN_PATH, error);
}

/**
 * ds_catalog_get_source:
 * @self: a #DsCatalog
 *
 * Returns: the name of the file the catalog was loaded from
 */
const char *
ds_catalog_get_source (DsCatalog *self)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  return self->source;
}

/**
 * ds_catalog_get_reviewed:
 * @self: a #DsCatalog
 *
 * Returns: the date, `YYYY-MM-DD`, its facts were last checked against AWS's
 *   documentation
 */
const char *
ds_catalog_get_reviewed (DsCatalog *self)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  return self->reviewed;
}

/**
 * ds_catalog_get_general_duties:
 * @self: a #DsCatalog
 *
 * Returns: (transfer none): a #GListModel of the #DsDuty every AWS customer
 *   has, whatever services they use, and AWS's duties for all services
 */
GListModel *
ds_catalog_get_general_duties (DsCatalog *self)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->general_duties);
}

const char *
ds_catalog_get_layer_name (DsCatalog *self,
                           DsLayer    layer)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (layer < DS_N_LAYERS, NULL);
  return self->layers[layer].name;
}

const char *
ds_catalog_get_layer_description (DsCatalog *self,
                                  DsLayer    layer)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (layer < DS_N_LAYERS, NULL);
  return self->layers[layer].description;
}

const char *
ds_catalog_get_category_name (DsCatalog  *self,
                              DsCategory  category)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (category < N_CATEGORIES, NULL);
  return self->categories[category].name;
}

const char *
ds_catalog_get_category_description (DsCatalog  *self,
                                     DsCategory  category)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (category < N_CATEGORIES, NULL);
  return self->categories[category].description;
}

/**
 * ds_catalog_get_n_groups:
 * @self: a #DsCatalog
 *
 * Returns: how many groups (Compute, Storage…) the services fall into
 */
guint
ds_catalog_get_n_groups (DsCatalog *self)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), 0);
  return self->groups->len;
}

/**
 * ds_catalog_get_group:
 * @self: a #DsCatalog
 * @position: a group's position, in the order the catalog first names them
 *
 * Returns: the group's name
 */
const char *
ds_catalog_get_group (DsCatalog *self,
                      guint      position)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (position < self->groups->len, NULL);
  return g_ptr_array_index (self->groups, position);
}

/**
 * ds_catalog_get_group_position:
 * @self: a #DsCatalog
 * @group: a group's name
 *
 * Returns: the group's position, or %G_MAXUINT if no service is in it
 */
guint
ds_catalog_get_group_position (DsCatalog  *self,
                               const char *group)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), G_MAXUINT);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->group_positions, group)) - 1;
}

/**
 * ds_catalog_lookup_service:
 * @self: a #DsCatalog
 * @service_id: a service id such as `ec2`
 *
 * Returns: (transfer none) (nullable): the service
 */
DsService *
ds_catalog_lookup_service (DsCatalog  *self,
                           const char *service_id)
{
  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (service_id != NULL, NULL);

  return g_hash_table_lookup (self->services_by_id, service_id);
}

/**
 * ds_catalog_lookup_duty:
 * @self: a #DsCatalog
 * @ref: `service-id/duty-id`, as checklists name duties
 *
 * Returns: (transfer none) (nullable): the duty, if the catalog still has it
 */
DsDuty *
ds_catalog_lookup_duty (DsCatalog  *self,
                        const char *ref)
{
  g_autofree char *service_id = NULL;
  const char *slash;

  g_return_val_if_fail (DS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (ref != NULL, NULL);

  if (!(slash = strchr (ref, '/')))
    return NULL;

  service_id = g_strndup (ref, slash - ref);

  if (strcmp (service_id, DS_GENERAL_SECTION_ID) == 0)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->general_duties));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DsDuty) duty = g_list_model_get_item (G_LIST_MODEL (self->general_duties), i);

          if (strcmp (ds_duty_get_id (duty), slash + 1) == 0)
            return duty;
        }
      return NULL;
    }

  {
    DsService *service = ds_catalog_lookup_service (self, service_id);
    return service ? ds_service_lookup_duty (service, slash + 1) : NULL;
  }
}

DsCatalog *
_ds_catalog_new (const char *file,
                 const char *reviewed)
{
  DsCatalog *self = g_object_new (DS_TYPE_CATALOG, NULL);

  self->source = g_strdup (file);
  self->reviewed = g_strdup (reviewed);

  return self;
}

void
_ds_catalog_set_layer (DsCatalog  *self,
                       DsLayer     layer,
                       const char *name,
                       const char *description)
{
  g_assert (layer < DS_N_LAYERS);

  clear_text (&self->layers[layer]);
  self->layers[layer].name = g_strdup (name);
  self->layers[layer].description = g_strdup (description);
}

void
_ds_catalog_set_category (DsCatalog  *self,
                          DsCategory  category,
                          const char *name,
                          const char *description)
{
  g_assert (category < N_CATEGORIES);

  clear_text (&self->categories[category]);
  self->categories[category].name = g_strdup (name);
  self->categories[category].description = g_strdup (description);
}

void
_ds_catalog_add_general_duty (DsCatalog *self,
                              DsDuty    *duty)
{
  g_list_store_append (self->general_duties, duty);
}

/* Returns FALSE, adding nothing, if the id is taken. The catalog is not yet
 * visible to anyone while it loads, so no items-changed is emitted. */
gboolean
_ds_catalog_add_service (DsCatalog *self,
                         DsService *service)
{
  const char *id = ds_service_get_id (service);

  if (g_hash_table_contains (self->services_by_id, id))
    return FALSE;

  g_ptr_array_add (self->services, g_object_ref (service));
  g_hash_table_insert (self->services_by_id, (char *)id, service);

  if (!g_hash_table_contains (self->group_positions, ds_service_get_group (service)))
    {
      g_ptr_array_add (self->groups, (char *)ds_service_get_group (service));
      g_hash_table_insert (self->group_positions, (char *)ds_service_get_group (service),
                           GUINT_TO_POINTER (self->groups->len));
    }

  return TRUE;
}
