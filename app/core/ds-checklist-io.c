/* ds-checklist-io.c — the checklist file: reading, checking and writing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-checklist-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-catalog.h"
#include "ds-checklist-private.h"
#include "ds-file.h"
#include "ds-json.h"

#define MAX_ITEMS 200000

static const char * const root_members[] = {
  "format", "version", "name", "regions", "services", "variants", "items", NULL
};
static const char * const item_members[] = {
  "duty", "section", "title", "done", "done-at", "assignee", "note", "due", NULL
};

/* A duty reference is `section/duty`, both parts ids. */
static gboolean
is_ref (const char *ref)
{
  const char *slash = strchr (ref, '/');
  g_autofree char *section = NULL;

  if (slash == NULL)
    return FALSE;

  section = g_strndup (ref, slash - ref);
  return ds_json_is_id (section) && ds_json_is_id (slash + 1);
}

static DsChecklistItem *
load_item (DsCatalog          *catalog,
           JsonNode           *node,
           const DsJsonWhere  *where,
           GError            **error)
{
  g_autoptr(GDateTime) done_at = NULL;
  const char *ref, *section, *title, *done_at_text, *assignee, *note, *due;
  JsonObject *object;
  gboolean done;

  if (!(object = ds_json_object (node, where, error)) ||
      !ds_json_check_members (object, item_members, where, error) ||
      !ds_json_string (object, "duty", FALSE, where, &ref, error) ||
      !ds_json_string (object, "section", FALSE, where, &section, error) ||
      !ds_json_string (object, "title", TRUE, where, &title, error) ||
      !ds_json_boolean (object, "done", where, &done, error) ||
      !ds_json_string (object, "done-at", FALSE, where, &done_at_text, error) ||
      !ds_json_string (object, "assignee", FALSE, where, &assignee, error) ||
      !ds_json_string (object, "note", FALSE, where, &note, error) ||
      !ds_json_string (object, "due", FALSE, where, &due, error))
    return NULL;

  if (ref != NULL && !is_ref (ref))
    return ds_json_invalid (error, where, "duty", _("expected a duty written service-id/duty-id")), NULL;

  if (ref == NULL && (section == NULL || !ds_json_is_id (section)))
    return ds_json_invalid (error, where, "section",
                    _("expected the id of the item's service, since it names no duty")), NULL;

  if (done_at_text != NULL &&
      !(done_at = g_date_time_new_from_iso8601 (done_at_text, NULL)))
    return ds_json_invalid (error, where, "done-at",
                    _("expected a date and time such as 2026-01-31T09:30:00Z")), NULL;

  if (due != NULL && !ds_json_is_date (due))
    return ds_json_invalid (error, where, "due", _("expected a date written YYYY-MM-DD")), NULL;

  return g_object_new (DS_TYPE_CHECKLIST_ITEM,
                       "ref", ref,
                       "section-id", ref == NULL ? section : NULL,
                       "duty", ref ? ds_catalog_lookup_duty (catalog, ref) : NULL,
                       "title", title,
                       "done", done,
                       "done-at", done ? done_at : NULL,
                       "assignee", assignee,
                       "note", note,
                       "due", due,
                       NULL);
}

/* `variants` maps a service id to the variant the workload runs it as. The
 * items are taken as the file has them; only the choice is recorded. */
static gboolean
load_variants (DsChecklist        *self,
               JsonObject         *root,
               const DsJsonWhere  *where,
               GError            **error)
{
  DsJsonWhere at_variants = DS_JSON_MEMBER (where, "variants");
  JsonNode *node = json_object_get_member (root, "variants");
  JsonObjectIter iter;
  JsonObject *variants;
  const char *service_id;

  if (node == NULL)
    return TRUE;

  if (!(variants = ds_json_object (node, &at_variants, error)))
    return FALSE;

  json_object_iter_init (&iter, variants);
  while (json_object_iter_next (&iter, &service_id, &node))
    {
      DsChecklistSection *section;
      const char *variant_id;

      if (!ds_json_string (variants, service_id, TRUE, &at_variants, &variant_id, error))
        return FALSE;
      if (!ds_json_is_id (service_id) || !ds_json_is_id (variant_id))
        return ds_json_invalid (error, &at_variants, service_id, _("expected a variant id"));

      if ((section = ds_checklist_get_section (self, service_id)))
        _ds_checklist_section_update_variant (section, variant_id);
    }

  return TRUE;
}

/**
 * ds_checklist_new_from_bytes:
 * @catalog: the catalog the checklist's duties come from
 * @bytes: the contents of a checklist file
 * @file: the name of the file, for messages
 * @error: return location for a #GError
 *
 * Items whose duty the catalog no longer has are kept, and report themselves
 * missing.
 *
 * Returns: (transfer full): the checklist, or %NULL with @error naming the
 *   file, the place and what was expected
 */
DsChecklist *
ds_checklist_new_from_bytes (DsCatalog   *catalog,
                             GBytes      *bytes,
                             const char  *file,
                             GError     **error)
{
  DsJsonWhere where = DS_JSON_ROOT (file);
  DsJsonWhere at_services = DS_JSON_MEMBER (&where, "services");
  DsJsonWhere at_items = DS_JSON_MEMBER (&where, "items");
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(DsChecklist) self = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) refs = NULL;
  g_auto(GStrv) regions = NULL;
  g_auto(GStrv) services = NULL;
  const char *name;
  JsonObject *root;
  JsonArray *array;
  gint64 version;
  guint n;

  g_return_val_if_fail (DS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);

  if (!(node = ds_json_parse (bytes, file, error)) ||
      !(root = ds_json_object (node, &where, error)) ||
      !ds_json_header (root, DS_CHECKLIST_FORMAT, DS_CHECKLIST_VERSION, &where, &version, error) ||
      !ds_json_check_members (root, root_members, &where, error) ||
      !ds_json_string (root, "name", TRUE, &where, &name, error) ||
      !ds_json_strv (root, "regions", &where, &regions, error) ||
      !ds_json_strv (root, "services", &where, &services, error) ||
      !ds_json_array (root, "items", TRUE, &where, &array, error))
    return NULL;

  for (guint i = 0; services != NULL && services[i] != NULL; i++)
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_services, i);

      if (!ds_json_is_id (services[i]))
        return ds_json_invalid (error, &at, NULL, _("expected a service id")), NULL;
    }

  n = json_array_get_length (array);
  if (n > MAX_ITEMS)
    return ds_json_invalid (error, &at_items, NULL, _("more items than the limit of 200000")), NULL;

  items = g_ptr_array_new_full (n, g_object_unref);
  refs = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_items, i);
      DsChecklistItem *item = load_item (catalog, json_array_get_element (array, i), &at, error);
      const char *ref;

      if (item == NULL)
        return NULL;

      g_ptr_array_add (items, item);

      if ((ref = ds_checklist_item_get_ref (item)) && !g_hash_table_add (refs, (char *)ref))
        return ds_json_invalid (error, &at, "duty", _("another item already names this duty")), NULL;
    }

  self = _ds_checklist_new_empty (catalog);
  ds_checklist_set_name (self, name);
  ds_checklist_set_regions (self, (const char * const *)regions);
  _ds_checklist_populate (self, (const char * const *)services, items);

  if (!load_variants (self, root, &where, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * ds_checklist_new_from_file:
 * @catalog: the catalog the checklist's duties come from
 * @file: a checklist file
 * @error: return location for a #GError
 *
 * Reads @file; it is never written to.
 *
 * Returns: (transfer full): the checklist, or %NULL with @error set
 */
DsChecklist *
ds_checklist_new_from_file (DsCatalog  *catalog,
                            GFile      *file,
                            GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  if (!(bytes = ds_json_load_file (file, name, error)))
    return NULL;

  return ds_checklist_new_from_bytes (catalog, bytes, name, error);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_variants (JsonBuilder        *builder,
              DsChecklist        *self,
              const char * const *services)
{
  gboolean started = FALSE;

  for (guint i = 0; services != NULL && services[i] != NULL; i++)
    {
      DsChecklistSection *section = ds_checklist_get_section (self, services[i]);
      const char *variant = ds_checklist_section_get_variant (section);

      if (variant == NULL)
        continue;

      if (!started)
        {
          json_builder_set_member_name (builder, "variants");
          json_builder_begin_object (builder);
          started = TRUE;
        }
      json_builder_set_member_name (builder, services[i]);
      json_builder_add_string_value (builder, variant);
    }

  if (started)
    json_builder_end_object (builder);
}

/**
 * ds_checklist_to_bytes:
 * @self: a #DsChecklist
 *
 * Members are written in a fixed order and empty ones are left out, so the
 * file changes only where the checklist did and diffs well in version control.
 *
 * Returns: (transfer full): the checklist in its file format
 */
GBytes *
ds_checklist_to_bytes (DsChecklist *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) services = NULL;
  GListModel *items;
  GString *text;

  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);

  json_builder_begin_object (builder);
  add_string (builder, "format", DS_CHECKLIST_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, DS_CHECKLIST_VERSION);
  add_string (builder, "name", ds_checklist_get_name (self));
  add_strv (builder, "regions", ds_checklist_get_regions (self));
  services = ds_checklist_dup_service_ids (self);
  add_strv (builder, "services", (const char * const *)services);
  add_variants (builder, self, (const char * const *)services);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  items = ds_checklist_get_items (self);
  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, i);
      GDateTime *done_at = ds_checklist_item_get_done_at (item);

      json_builder_begin_object (builder);
      if (ds_checklist_item_get_ref (item) != NULL)
        add_string (builder, "duty", ds_checklist_item_get_ref (item));
      else
        add_string (builder, "section", ds_checklist_item_get_section_id (item));
      add_string (builder, "title", ds_checklist_item_get_title (item));
      json_builder_set_member_name (builder, "done");
      json_builder_add_boolean_value (builder, ds_checklist_item_get_done (item));
      if (done_at != NULL)
        {
          g_autofree char *text_at = g_date_time_format_iso8601 (done_at);
          add_string (builder, "done-at", text_at);
        }
      add_string (builder, "assignee", ds_checklist_item_get_assignee (item));
      add_string (builder, "note", ds_checklist_item_get_note (item));
      add_string (builder, "due", ds_checklist_item_get_due (item));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');

  return g_string_free_to_bytes (text);
}

/**
 * ds_checklist_save:
 * @self: a #DsChecklist
 * @file: where to save it
 * @error: return location for a #GError
 *
 * Replaces @file atomically (see ds_file_replace_contents()), creating its
 * folder if needed.
 */
gboolean
ds_checklist_save (DsChecklist  *self,
                   GFile        *file,
                   GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DS_IS_CHECKLIST (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ds_checklist_to_bytes (self);

  if ((parent = g_file_get_parent (file)) &&
      !g_file_make_directory_with_parents (parent, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return ds_file_replace_contents (file, bytes, error);
}
