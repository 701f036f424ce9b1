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
#include "ds-core-enums.h"
#include "ds-file.h"
#include "ds-json.h"
#include "ds-milestone.h"
#include "ds-regions.h"

#define MAX_ITEMS 200000

static const char * const root_members[] = {
  "format", "version", "name", "regions", "services", "variants", "items", "milestones", NULL
};
static const char * const milestone_members[] = { "name", "at", "items", NULL };
static const char * const item_members[] = {
  "duty", "section", "title", "status", "reason", "reason-text", "done", "done-at",
  "assignee", "note", "due", NULL
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
           const DsJsonValue  *node,
           const DsJsonWhere  *where,
           GError            **error)
{
  g_autoptr(GDateTime) done_at = NULL;
  const char *ref, *section, *title, *done_at_text, *assignee, *note, *due, *reason_text;
  const DsJsonValue *object;
  gboolean done;
  int status = DS_ITEM_STATUS_OPEN;
  int reason = DS_REASON_NONE;

  if (!(object = ds_json_object (node, where, error)) ||
      !ds_json_check_members (object, item_members, where, error) ||
      !ds_json_string (object, "duty", FALSE, where, &ref, error) ||
      !ds_json_string (object, "section", FALSE, where, &section, error) ||
      !ds_json_string (object, "title", TRUE, where, &title, error) ||
      !ds_json_boolean (object, "done", where, &done, error) ||
      (ds_json_member (object, "status") &&
       !ds_json_enum (object, "status", DS_TYPE_ITEM_STATUS, where, &status, error)) ||
      (ds_json_member (object, "reason") &&
       !ds_json_enum (object, "reason", DS_TYPE_REASON, where, &reason, error)) ||
      !ds_json_string (object, "reason-text", FALSE, where, &reason_text, error) ||
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

  /* Files written before items had a status say "done": true. */
  if (done && status == DS_ITEM_STATUS_OPEN)
    status = DS_ITEM_STATUS_DONE;

  if ((reason != DS_REASON_NONE || reason_text != NULL) && status != DS_ITEM_STATUS_NOT_APPLICABLE)
    return ds_json_invalid (error, where, reason != DS_REASON_NONE ? "reason" : "reason-text",
                            _("only an item whose status is not-applicable has a reason")), NULL;

  if (due != NULL && !ds_json_is_date (due))
    return ds_json_invalid (error, where, "due", _("expected a date written YYYY-MM-DD")), NULL;

  return _ds_checklist_item_new_loaded (ref, ref == NULL ? section : NULL,
                                        ref ? ds_catalog_lookup_duty (catalog, ref) : NULL,
                                        title, status, reason, reason_text, done_at,
                                        assignee, note, due);
}

/* Reads an array of items, refusing two that name the same duty. */
static GPtrArray *
load_items (DsCatalog          *catalog,
            const DsJsonValue  *array,
            const DsJsonWhere  *where,
            GError            **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) refs = NULL;
  const DsJsonValue *element = ds_json_first (array);
  guint n = array->length;

  if (n > MAX_ITEMS)
    return ds_json_invalid (error, where, NULL, _("more items than the limit of 200000")), NULL;

  items = g_ptr_array_new_full (n, g_object_unref);
  refs = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++, element = ds_json_next (element))
    {
      DsJsonWhere at = DS_JSON_INDEX (where, i);
      DsChecklistItem *item = load_item (catalog, element, &at, error);
      const char *ref;

      if (item == NULL)
        return NULL;

      g_ptr_array_add (items, item);

      if ((ref = ds_checklist_item_get_ref (item)) && !g_hash_table_add (refs, (char *)ref))
        return ds_json_invalid (error, &at, "duty", _("another item already names this duty")), NULL;
    }

  return g_steal_pointer (&items);
}

/* Each milestone holds the items as they stood, in the same form. */
static gboolean
load_milestones (DsChecklist        *self,
                 DsCatalog          *catalog,
                 const char         *name,
                 const DsJsonValue  *root,
                 const DsJsonWhere  *where,
                 GError            **error)
{
  DsJsonWhere at_milestones = DS_JSON_MEMBER (where, "milestones");
  const DsJsonValue *milestones, *element;

  if (!ds_json_array (root, "milestones", FALSE, where, &milestones, error))
    return FALSE;

  element = milestones ? ds_json_first (milestones) : NULL;
  for (guint i = 0, n = milestones ? milestones->length : 0; i < n; i++, element = ds_json_next (element))
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_milestones, i);
      DsJsonWhere at_items = DS_JSON_MEMBER (&at, "items");
      g_autoptr(DsChecklist) snapshot = NULL;
      g_autoptr(DsMilestone) milestone = NULL;
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GDateTime) when = NULL;
      const char *title, *at_text;
      const DsJsonValue *object;
      const DsJsonValue *array;

      if (!(object = ds_json_object (element, &at, error)) ||
          !ds_json_check_members (object, milestone_members, &at, error) ||
          !ds_json_string (object, "name", TRUE, &at, &title, error) ||
          !ds_json_string (object, "at", TRUE, &at, &at_text, error) ||
          !ds_json_array (object, "items", TRUE, &at, &array, error))
        return FALSE;

      if (!(when = g_date_time_new_from_iso8601 (at_text, NULL)))
        return ds_json_invalid (error, &at, "at", _("expected a date and time such as 2026-01-31T09:30:00Z"));

      if (!(items = load_items (catalog, array, &at_items, error)))
        return FALSE;

      snapshot = _ds_checklist_new_empty (catalog);
      ds_checklist_set_name (snapshot, name);
      _ds_checklist_populate (snapshot, NULL, items);
      milestone = ds_milestone_new (title, when, snapshot);
      _ds_checklist_add_milestone (self, milestone);
    }

  return TRUE;
}

/* `variants` maps a service id to the variant the workload runs it as. The
 * items are taken as the file has them; only the choice is recorded. */
static gboolean
load_variants (DsChecklist        *self,
               const DsJsonValue  *root,
               const DsJsonWhere  *where,
               GError            **error)
{
  DsJsonWhere at_variants = DS_JSON_MEMBER (where, "variants");
  const DsJsonValue *variants = ds_json_member (root, "variants");
  const DsJsonValue *member;

  if (variants == NULL)
    return TRUE;

  if (!ds_json_object (variants, &at_variants, error))
    return FALSE;

  member = ds_json_first (variants);
  for (guint i = 0; i < variants->length; i++, member = ds_json_next (member))
    {
      const char *service_id = member->name;
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
  g_autoptr(DsJsonTree) tree = NULL;
  g_autoptr(DsChecklist) self = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_auto(GStrv) regions = NULL;
  g_auto(GStrv) services = NULL;
  const char *name;
  const DsJsonValue *root;
  const DsJsonValue *array;
  gint64 version;

  g_return_val_if_fail (DS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);

  if (!(tree = ds_json_parse (bytes, file, error)) ||
      !(root = ds_json_object (tree->values, &where, error)) ||
      !ds_json_header (root, DS_CHECKLIST_FORMAT, DS_CHECKLIST_VERSION, &where, &version, error) ||
      !ds_json_check_members (root, root_members, &where, error) ||
      !ds_json_string (root, "name", TRUE, &where, &name, error) ||
      !ds_json_strv (root, "regions", &where, &regions, error) ||
      !ds_json_strv (root, "services", &where, &services, error) ||
      !ds_json_array (root, "items", TRUE, &where, &array, error))
    return NULL;

  for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
    {
      DsJsonWhere at_regions = DS_JSON_MEMBER (&where, "regions");
      DsJsonWhere at = DS_JSON_INDEX (&at_regions, i);

      if (!ds_region_code_is_valid (regions[i]))
        return ds_json_invalid (error, &at, NULL, _("expected an AWS Region code such as eu-central-1")), NULL;
    }

  for (guint i = 0; services != NULL && services[i] != NULL; i++)
    {
      DsJsonWhere at = DS_JSON_INDEX (&at_services, i);

      if (!ds_json_is_id (services[i]))
        return ds_json_invalid (error, &at, NULL, _("expected a service id")), NULL;
    }

  if (!(items = load_items (catalog, array, &at_items, error)))
    return NULL;

  self = _ds_checklist_new_empty (catalog);
  ds_checklist_set_name (self, name);
  ds_checklist_set_regions (self, (const char * const *)regions);
  _ds_checklist_populate (self, (const char * const *)services, items);

  if (!load_variants (self, root, &where, error) ||
      !load_milestones (self, catalog, name, root, &where, error))
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

/* The file is written by hand rather than through JsonBuilder and
 * JsonGenerator, which take ten times as long on a large checklist. The
 * bytes are the same as json-glib's pretty printer makes, escapes included,
 * so files written before and after read and diff alike; a test compares
 * the two on every character that needs escaping. */

static void
append_json_string (GString    *out,
                    const char *text)
{
  const char *run = text;

  g_string_append_c (out, '"');

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;
      const char *escape;
      char unicode[8];

      switch (c)
        {
        case '"':  escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          /* Like json-glib, DEL is escaped too; unlike json-glib 1.6,
           * which leaves U+001F raw, every control character is, as
           * JSON requires. */
          if (c >= 0x20 && c != 0x7f)
            continue;
          g_snprintf (unicode, sizeof unicode, "\\u00%02x", c);
          escape = unicode;
        }

      g_string_append_len (out, run, p - run);
      g_string_append (out, escape);
      run = p + 1;
    }

  g_string_append (out, run);
  g_string_append_c (out, '"');
}

/* A line break and two spaces per level; the deepest level is 5, an item's
 * members inside a milestone. */
static void
append_newline (GString *out,
                guint    depth)
{
  static const char spaces[] = "\n            ";

  g_assert (depth <= 6);
  g_string_append_len (out, spaces, 1 + 2 * depth);
}

/* A member's name, after the one before it if there is one. */
static void
append_member (GString    *out,
               gboolean   *first,
               guint       depth,
               const char *name)
{
  if (!*first)
    g_string_append_c (out, ',');
  *first = FALSE;
  append_newline (out, depth);
  append_json_string (out, name);
  g_string_append (out, " : ");
}

static void
append_string_member (GString    *out,
                      gboolean   *first,
                      guint       depth,
                      const char *name,
                      const char *value)
{
  if (value == NULL)
    return;

  append_member (out, first, depth, name);
  append_json_string (out, value);
}

static void
append_strv_member (GString            *out,
                    gboolean           *first,
                    const char         *name,
                    const char * const *values)
{
  append_member (out, first, 1, name);

  if (values == NULL || values[0] == NULL)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_newline (out, 2);
      append_json_string (out, values[i]);
    }
  append_newline (out, 1);
  g_string_append_c (out, ']');
}

static void
append_variants (GString            *out,
                 gboolean           *first,
                 DsChecklist        *self,
                 const char * const *services)
{
  gboolean first_variant = TRUE;

  for (guint i = 0; services != NULL && services[i] != NULL; i++)
    {
      DsChecklistSection *section = ds_checklist_get_section (self, services[i]);
      const char *variant = ds_checklist_section_get_variant (section);

      if (variant == NULL)
        continue;

      if (first_variant)
        {
          append_member (out, first, 1, "variants");
          g_string_append_c (out, '{');
        }
      append_string_member (out, &first_variant, 2, services[i], variant);
    }

  if (!first_variant)
    {
      append_newline (out, 1);
      g_string_append_c (out, '}');
    }
}

/* An item whose members are at @depth. */
static void
append_item (GString         *out,
             DsChecklistItem *item,
             guint            depth)
{
  GDateTime *done_at = ds_checklist_item_get_done_at (item);
  DsItemStatus status = ds_checklist_item_get_status (item);
  DsReason reason = ds_checklist_item_get_reason (item);
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  if (ds_checklist_item_get_ref (item) != NULL)
    append_string_member (out, &first, depth, "duty", ds_checklist_item_get_ref (item));
  else
    append_string_member (out, &first, depth, "section", ds_checklist_item_get_section_id (item));
  append_string_member (out, &first, depth, "title", ds_checklist_item_get_title (item));
  if (status != DS_ITEM_STATUS_OPEN)
    append_string_member (out, &first, depth, "status", ds_item_status_to_string (status));
  if (reason != DS_REASON_NONE)
    append_string_member (out, &first, depth, "reason", ds_reason_to_string (reason));
  append_string_member (out, &first, depth, "reason-text", ds_checklist_item_get_reason_text (item));
  if (done_at != NULL)
    {
      g_autofree char *text = g_date_time_format_iso8601 (done_at);
      append_string_member (out, &first, depth, "done-at", text);
    }
  append_string_member (out, &first, depth, "assignee", ds_checklist_item_get_assignee (item));
  append_string_member (out, &first, depth, "note", ds_checklist_item_get_note (item));
  append_string_member (out, &first, depth, "due", ds_checklist_item_get_due (item));
  append_newline (out, depth - 1);
  g_string_append_c (out, '}');
}

/* The `items` member at @depth: the checklist's, or a milestone's. */
static void
append_items (GString    *out,
              gboolean   *first,
              guint       depth,
              GListModel *items)
{
  guint n = g_list_model_get_n_items (items);

  append_member (out, first, depth, "items");

  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, i);

      if (i > 0)
        g_string_append_c (out, ',');
      append_newline (out, depth + 1);
      append_item (out, item, depth + 2);
    }
  append_newline (out, depth);
  g_string_append_c (out, ']');
}

static void
append_milestones (GString     *out,
                   gboolean    *first,
                   DsChecklist *self)
{
  GListModel *milestones = ds_checklist_get_milestones (self);
  guint n = g_list_model_get_n_items (milestones);

  if (n == 0)
    return;

  append_member (out, first, 1, "milestones");
  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsMilestone) milestone = g_list_model_get_item (milestones, i);
      g_autofree char *at = g_date_time_format_iso8601 (ds_milestone_get_at (milestone));
      gboolean first_member = TRUE;

      if (i > 0)
        g_string_append_c (out, ',');
      append_newline (out, 2);
      g_string_append_c (out, '{');
      append_string_member (out, &first_member, 3, "name", ds_milestone_get_name (milestone));
      append_string_member (out, &first_member, 3, "at", at);
      append_items (out, &first_member, 3, ds_checklist_get_items (ds_milestone_get_snapshot (milestone)));
      append_newline (out, 2);
      g_string_append_c (out, '}');
    }
  append_newline (out, 1);
  g_string_append_c (out, ']');
}

static GBytes *
checklist_to_bytes (DsChecklist *self,
                    gboolean     with_milestones)
{
  g_auto(GStrv) services = ds_checklist_dup_service_ids (self);
  guint n = g_list_model_get_n_items (ds_checklist_get_items (self));
  GString *out = g_string_sized_new (1024 + 224 * n);
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  append_string_member (out, &first, 1, "format", DS_CHECKLIST_FORMAT);
  append_member (out, &first, 1, "version");
  g_string_append_printf (out, "%d", DS_CHECKLIST_VERSION);
  append_string_member (out, &first, 1, "name", ds_checklist_get_name (self));
  append_strv_member (out, &first, "regions", ds_checklist_get_regions (self));
  append_strv_member (out, &first, "services", (const char * const *)services);
  append_variants (out, &first, self, (const char * const *)services);
  append_items (out, &first, 1, ds_checklist_get_items (self));
  if (with_milestones)
    append_milestones (out, &first, self);
  g_string_append (out, "\n}\n");

  return g_string_free_to_bytes (out);
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
  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);

  return checklist_to_bytes (self, TRUE);
}

/* A copy of the checklist's name and items as they are now, for a milestone. */
DsChecklist *
_ds_checklist_snapshot (DsChecklist *self)
{
  g_autoptr(GBytes) bytes = checklist_to_bytes (self, FALSE);
  g_autoptr(GError) error = NULL;
  DsChecklist *snapshot;

  snapshot = ds_checklist_new_from_bytes (ds_checklist_get_catalog (self), bytes, "snapshot", &error);
  g_assert_no_error (error);   /* written by this very code */
  return snapshot;
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
