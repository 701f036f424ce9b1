/* ds-catalog-loader.c — reading and checking a catalog file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-catalog-loader"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-catalog-private.h"
#include "ds-core-enums.h"
#include "ds-json.h"

/* Generous bounds that no real catalog reaches; they keep a hostile file
 * from making the app build millions of objects. */
#define MAX_SERVICES 20000
#define MAX_DUTIES   200

static const char * const root_members[] = {
  "format", "version", "reviewed", "layers", "categories", "general-duties", "services", NULL
};
static const char * const text_members[] = { "id", "name", "description", NULL };
static const char * const service_members[] = {
  "id", "name", "group", "category", "summary", "documentation", "layers", "variants", "duties", NULL
};
static const char * const variant_members[] = { "id", "name", "summary", "layers", NULL };
/* The nicks of DsLayer, in its order. */
static const char * const layer_ids[] = {
  "customer-data", "identity", "encryption", "network", "application",
  "platform", "guest-os", "host", "hardware", "facilities", NULL
};
G_STATIC_ASSERT (G_N_ELEMENTS (layer_ids) == DS_N_LAYERS + 1);

static const char * const duty_members[] = {
  "id", "title", "detail", "owner", "layer", "controls", "links", "variants", NULL
};

/* A Security Hub control id: the service's prefix, a dot, a number (S3.1). */
static gboolean
is_control_id (const char *text)
{
  const char *p = text;

  if (!g_ascii_isalnum (*p))
    return FALSE;
  while (g_ascii_isalnum (*p))
    p++;
  if (*p++ != '.' || !g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;

  return *p == '\0';
}

static gboolean
check_links (const char * const *links,
             const DsJsonWhere  *where,
             GError            **error)
{
  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    {
      DsJsonWhere at = DS_JSON_INDEX (where, i);

      if (!g_str_has_prefix (links[i], "https://"))
        return ds_json_invalid (error, &at, NULL, _("expected an https:// address"));
    }

  return TRUE;
}

/* The duties keep pointers into the text of the file: they take most of
 * a catalog's strings, and copying each one took more time than reading
 * the file. @service_id is the service's own id, also in @text. */
static DsDuty *
load_duty (const DsJsonValue  *node,
           DsService          *service,
           const char         *service_id,
           GBytes             *text,
           const DsJsonWhere  *where,
           GError            **error)
{
  DsJsonWhere at_controls = DS_JSON_MEMBER (where, "controls");
  DsJsonWhere at_links = DS_JSON_MEMBER (where, "links");
  DsJsonWhere at_variants = DS_JSON_MEMBER (where, "variants");
  g_autofree char **controls = NULL;
  g_autofree char **links = NULL;
  g_autofree char **variants = NULL;
  const char *id, *title, *detail;
  const DsJsonValue *object;
  int owner, layer;

  if (!(object = ds_json_object (node, where, error)) ||
      !ds_json_check_members (object, duty_members, where, error) ||
      !ds_json_string (object, "id", TRUE, where, &id, error) ||
      !ds_json_string (object, "title", TRUE, where, &title, error) ||
      !ds_json_string (object, "detail", TRUE, where, &detail, error) ||
      !ds_json_enum (object, "owner", DS_TYPE_OWNER, where, &owner, error) ||
      !ds_json_enum (object, "layer", DS_TYPE_LAYER, where, &layer, error) ||
      !ds_json_string_array (object, "controls", where, &controls, error) ||
      !ds_json_string_array (object, "links", where, &links, error) ||
      !ds_json_string_array (object, "variants", where, &variants, error) ||
      !check_links ((const char * const *)links, &at_links, error))
    return NULL;

  if (!ds_json_is_id (id))
    return ds_json_invalid (error, where, "id", _("expected lowercase letters, digits and dashes")), NULL;

  if (owner == DS_OWNER_NONE)
    return ds_json_invalid (error, where, "owner", _("expected aws, customer or shared")), NULL;

  for (guint i = 0; controls != NULL && controls[i] != NULL; i++)
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_controls, i);

      if (!is_control_id (controls[i]))
        return ds_json_invalid (error, &at, NULL,
                        _("expected a Security Hub control id such as S3.1")), NULL;
    }

  for (guint i = 0; variants != NULL && variants[i] != NULL; i++)
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_variants, i);

      if (service == NULL || ds_service_lookup_variant (service, variants[i]) == NULL)
        return ds_json_invalid (error, &at, NULL,
                                _("expected the id of one of the service's variants")), NULL;
    }

  return _ds_duty_new (text, id, service_id, title, detail, owner, layer,
                       g_steal_pointer (&controls), g_steal_pointer (&links), g_steal_pointer (&variants));
}

/* Loads an array of duties, checking that their ids are unique.
 *
 * Returns: (transfer full): the duties, or %NULL with @error set */
static GPtrArray *
load_duties (const DsJsonValue  *array,
             DsService          *service,
             const char         *service_id,
             GBytes             *text,
             const DsJsonWhere  *where,
             GError            **error)
{
  g_autoptr(GPtrArray) duties = NULL;
  g_autoptr(GHashTable) seen = NULL;
  const DsJsonValue *element = ds_json_first (array);
  guint n = array->length;

  if (n > MAX_DUTIES)
    return ds_json_invalid (error, where, NULL, _("more duties than the limit of 200")), NULL;

  duties = g_ptr_array_new_full (n, g_object_unref);
  seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++, element = ds_json_next (element))
    {
      DsJsonWhere at = DS_JSON_INDEX (where, i);
      DsDuty *duty = load_duty (element, service, service_id, text, &at, error);

      if (duty == NULL)
        return NULL;
      g_ptr_array_add (duties, duty);

      if (!g_hash_table_add (seen, (char *)ds_duty_get_id (duty)))
        return ds_json_invalid (error, &at, "id", _("this id is already used by another duty")), NULL;
    }

  return g_steal_pointer (&duties);
}

/* Reads an object giving every layer's owner. */
static gboolean
load_layer_owners (const DsJsonValue  *node,
                   const DsJsonWhere  *where,
                   DsOwner             owners[DS_N_LAYERS],
                   GError            **error)
{
  const DsJsonValue *layers;

  if (!(layers = ds_json_object (node, where, error)) ||
      !ds_json_check_members (layers, layer_ids, where, error))
    return FALSE;

  for (guint i = 0; i < DS_N_LAYERS; i++)
    {
      int owner;

      if (!ds_json_member (layers, layer_ids[i]))
        return ds_json_invalid (error, where, layer_ids[i],
                                _("missing; every layer needs an owner: aws, customer, shared or none"));

      if (!ds_json_enum (layers, layer_ids[i], DS_TYPE_OWNER, where, &owner, error))
        return FALSE;

      owners[i] = owner;
    }

  return TRUE;
}

static gboolean
load_variants (DsService          *service,
               const DsJsonValue  *object,
               const DsJsonWhere  *where,
               GError            **error)
{
  DsJsonWhere at_variants = DS_JSON_MEMBER (where, "variants");
  const DsJsonValue *variants, *element;
  guint n;

  if (!ds_json_array (object, "variants", TRUE, where, &variants, error))
    return FALSE;

  n = variants->length;
  element = ds_json_first (variants);
  if (n < 2 || n > 8)
    return ds_json_invalid (error, &at_variants, NULL, _("expected between 2 and 8 variants"));

  for (guint i = 0; i < n; i++, element = ds_json_next (element))
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_variants, i);
      DsJsonWhere at_layers = DS_JSON_MEMBER (&at, "layers");
      g_autoptr(DsVariant) variant = NULL;
      const char *id, *name, *summary;
      DsOwner owners[DS_N_LAYERS];
      const DsJsonValue *entry;

      if (!(entry = ds_json_object (element, &at, error)) ||
          !ds_json_check_members (entry, variant_members, &at, error) ||
          !ds_json_string (entry, "id", TRUE, &at, &id, error) ||
          !ds_json_string (entry, "name", TRUE, &at, &name, error) ||
          !ds_json_string (entry, "summary", TRUE, &at, &summary, error) ||
          !load_layer_owners (ds_json_member (entry, "layers"), &at_layers, owners, error))
        return FALSE;

      if (!ds_json_is_id (id))
        return ds_json_invalid (error, &at, "id", _("expected lowercase letters, digits and dashes"));
      if (ds_service_lookup_variant (service, id) != NULL)
        return ds_json_invalid (error, &at, "id", _("this id is already used by another variant"));

      variant = g_object_new (DS_TYPE_VARIANT, "id", id, "name", name, "summary", summary, NULL);
      for (guint layer = 0; layer < DS_N_LAYERS; layer++)
        _ds_variant_set_layer_owner (variant, layer, owners[layer]);
      _ds_service_add_variant (service, variant);
    }

  return TRUE;
}

static DsService *
load_service (const DsJsonValue  *node,
              GBytes             *text,
              const DsJsonWhere  *where,
              GError            **error)
{
  g_autoptr(GPtrArray) duty_list = NULL;
  DsJsonWhere at_layers = DS_JSON_MEMBER (where, "layers");
  DsJsonWhere at_duties = DS_JSON_MEMBER (where, "duties");
  g_autoptr(DsService) service = NULL;
  const char *id, *name, *group, *summary, *documentation;
  const DsJsonValue *object;
  const DsJsonValue *duties;
  int category;

  if (!(object = ds_json_object (node, where, error)) ||
      !ds_json_check_members (object, service_members, where, error) ||
      !ds_json_string (object, "id", TRUE, where, &id, error) ||
      !ds_json_string (object, "name", TRUE, where, &name, error) ||
      !ds_json_string (object, "group", TRUE, where, &group, error) ||
      !ds_json_enum (object, "category", DS_TYPE_CATEGORY, where, &category, error) ||
      !ds_json_string (object, "summary", TRUE, where, &summary, error) ||
      !ds_json_string (object, "documentation", TRUE, where, &documentation, error) ||
      !ds_json_array (object, "duties", TRUE, where, &duties, error))
    return NULL;

  if (!ds_json_is_id (id) || g_str_equal (id, DS_GENERAL_SECTION_ID))
    return ds_json_invalid (error, where, "id",
                    _("expected lowercase letters, digits and dashes, other than \"general\"")), NULL;

  if (!g_str_has_prefix (documentation, "https://"))
    return ds_json_invalid (error, where, "documentation", _("expected an https:// address")), NULL;

  service = _ds_service_new (id, name, group, category, summary, documentation);

  if (ds_json_member (object, "variants"))
    {
      if (ds_json_member (object, "layers"))
        return ds_json_invalid (error, where, "layers",
                                _("a service with variants gives the layers of each variant instead")), NULL;
      if (!load_variants (service, object, where, error))
        return NULL;
    }
  else
    {
      DsOwner owners[DS_N_LAYERS];

      if (!load_layer_owners (ds_json_member (object, "layers"), &at_layers, owners, error))
        return NULL;
      for (guint i = 0; i < DS_N_LAYERS; i++)
        _ds_service_set_layer_owner (service, i, owners[i]);
    }

  if (!(duty_list = load_duties (duties, service, id, text, &at_duties, error)))
    return NULL;
  _ds_service_add_duties (service, (DsDuty **)duty_list->pdata, duty_list->len);

  return g_steal_pointer (&service);
}

static gboolean
load_layers (DsCatalog          *catalog,
             const DsJsonValue  *root,
             const DsJsonWhere  *where,
             GError            **error)
{
  DsJsonWhere at_layers = DS_JSON_MEMBER (where, "layers");
  const DsJsonValue *layers, *element;

  if (!ds_json_array (root, "layers", TRUE, where, &layers, error))
    return FALSE;

  if (layers->length != DS_N_LAYERS)
    return ds_json_invalid (error, &at_layers, NULL, _("expected the 10 layers, from customer-data to facilities"));

  element = ds_json_first (layers);
  for (guint i = 0; i < DS_N_LAYERS; i++, element = ds_json_next (element))
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_layers, i);
      const char *id, *name, *description;
      const DsJsonValue *object;

      if (!(object = ds_json_object (element, &at, error)) ||
          !ds_json_check_members (object, text_members, &at, error) ||
          !ds_json_string (object, "id", TRUE, &at, &id, error) ||
          !ds_json_string (object, "name", TRUE, &at, &name, error) ||
          !ds_json_string (object, "description", TRUE, &at, &description, error))
        return FALSE;

      if (g_strcmp0 (id, layer_ids[i]) != 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("expected \"%s\" but found \"%s\"; layers go from top to bottom"),
                             layer_ids[i], id);
          return ds_json_invalid (error, &at, "id", message);
        }

      _ds_catalog_set_layer (catalog, i, name, description);
    }

  return TRUE;
}

static gboolean
load_categories (DsCatalog          *catalog,
                 const DsJsonValue  *root,
                 const DsJsonWhere  *where,
                 GError            **error)
{
  DsJsonWhere at_categories = DS_JSON_MEMBER (where, "categories");
  gboolean seen[DS_CATEGORY_ABSTRACTED + 1] = { FALSE, };
  const DsJsonValue *categories, *element;
  guint n;

  if (!ds_json_array (root, "categories", TRUE, where, &categories, error))
    return FALSE;

  n = categories->length;
  element = ds_json_first (categories);
  if (n != G_N_ELEMENTS (seen))
    return ds_json_invalid (error, &at_categories, NULL,
                    _("expected the 3 categories: infrastructure, container and abstracted"));

  for (guint i = 0; i < n; i++, element = ds_json_next (element))
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_categories, i);
      const char *name, *description;
      const DsJsonValue *object;
      int category;

      if (!(object = ds_json_object (element, &at, error)) ||
          !ds_json_check_members (object, text_members, &at, error) ||
          !ds_json_enum (object, "id", DS_TYPE_CATEGORY, &at, &category, error) ||
          !ds_json_string (object, "name", TRUE, &at, &name, error) ||
          !ds_json_string (object, "description", TRUE, &at, &description, error))
        return FALSE;

      if (seen[category])
        return ds_json_invalid (error, &at, "id", _("this category is already described"));
      seen[category] = TRUE;

      _ds_catalog_set_category (catalog, category, name, description);
    }

  return TRUE;
}

/**
 * ds_catalog_new_from_bytes:
 * @bytes: the contents of a catalog file
 * @file: the name of the file, for messages
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the catalog, or %NULL with @error naming the
 *   file, the place and what was expected
 */
DsCatalog *
ds_catalog_new_from_bytes (GBytes      *bytes,
                           const char  *file,
                           GError     **error)
{
  DsJsonWhere where = DS_JSON_ROOT (file);
  DsJsonWhere at_general = DS_JSON_MEMBER (&where, "general-duties");
  DsJsonWhere at_services = DS_JSON_MEMBER (&where, "services");
  g_autoptr(DsJsonTree) tree = NULL;
  g_autoptr(DsCatalog) catalog = NULL;
  g_autoptr(GPtrArray) general_duties = NULL;
  const DsJsonValue *general, *services, *element;
  GBytes *text;
  const char *reviewed;
  const DsJsonValue *root;
  gint64 version;
  guint n;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);

  if (!(tree = ds_json_parse (bytes, file, error)) ||
      !(root = ds_json_object (tree->values, &where, error)) ||
      !ds_json_header (root, DS_CATALOG_FORMAT, DS_CATALOG_VERSION, &where, &version, error) ||
      !ds_json_check_members (root, root_members, &where, error) ||
      !ds_json_string (root, "reviewed", TRUE, &where, &reviewed, error) ||
      !ds_json_array (root, "general-duties", TRUE, &where, &general, error) ||
      !ds_json_array (root, "services", TRUE, &where, &services, error))
    return NULL;

  if (!ds_json_is_date (reviewed))
    return ds_json_invalid (error, &where, "reviewed", _("expected a date written YYYY-MM-DD")), NULL;

  catalog = _ds_catalog_new (file, reviewed);
  text = ds_json_tree_share_strings (tree);

  if (!load_layers (catalog, root, &where, error) ||
      !load_categories (catalog, root, &where, error) ||
      !(general_duties = load_duties (general, NULL, DS_GENERAL_SECTION_ID, text, &at_general, error)))
    return NULL;

  for (guint i = 0; i < general_duties->len; i++)
    _ds_catalog_add_general_duty (catalog, g_ptr_array_index (general_duties, i));

  n = services->length;
  element = ds_json_first (services);
  if (n == 0 || n > MAX_SERVICES)
    return ds_json_invalid (error, &at_services, NULL, _("expected between 1 and 20000 services")), NULL;

  for (guint i = 0; i < n; i++, element = ds_json_next (element))
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_services, i);
      g_autoptr(DsService) service = load_service (element, text, &at, error);

      if (service == NULL)
        return NULL;

      if (!_ds_catalog_add_service (catalog, service))
        return ds_json_invalid (error, &at, "id", _("this id is already used by another service")), NULL;
    }

  return g_steal_pointer (&catalog);
}
