/* ds-bench-catalog.c — synthetic catalogs for the benchmarks
 *
 * A synthetic catalog is as valid as the built-in one (docs/catalog-format.md)
 * and made of the same text: service N is a copy of built-in service
 * N modulo the number of them, with its own id and a numbered name, and its
 * duties are the built-in duties taken in turn, so strings, links and
 * controls have the sizes of real ones, and the file is indented the same. Variants become plain layers, as
 * the copied duties may come from another service.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <malloc.h>
#include <unistd.h>

#include "ds-bench-catalog.h"
#include "ds-catalog.h"

static void
copy_member (JsonBuilder *builder,
             JsonObject  *from,
             const char  *member)
{
  if (!json_object_has_member (from, member))
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_value (builder, json_node_copy (json_object_get_member (from, member)));
}

static void
add_duty (JsonBuilder *builder,
          JsonObject  *duty,
          guint        index)
{
  g_autofree char *id = g_strdup_printf ("d%u-%.50s", index, json_object_get_string_member (duty, "id"));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  copy_member (builder, duty, "title");
  copy_member (builder, duty, "detail");
  copy_member (builder, duty, "owner");
  copy_member (builder, duty, "layer");
  copy_member (builder, duty, "controls");
  copy_member (builder, duty, "links");
  json_builder_end_object (builder);
}

/**
 * ds_bench_catalog_new:
 * @n_services: how many services the catalog has
 * @duties_per_service: how many duties each has (at most 200)
 *
 * Returns: (transfer full): the text of a catalog
 */
GBytes *
ds_bench_catalog_new (guint n_services,
                      guint duties_per_service)
{
  g_autoptr(GBytes) builtin = g_resources_lookup_data (DS_CATALOG_BUILTIN_PATH, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GPtrArray) duties = g_ptr_array_new ();
  g_autoptr(JsonNode) result = NULL;
  JsonObject *root;
  JsonArray *services;
  guint next_duty = 0;
  char *text;
  gsize len;

  g_assert (builtin != NULL);
  if (!json_parser_load_from_data (parser, g_bytes_get_data (builtin, NULL), g_bytes_get_size (builtin), NULL))
    g_error ("the built-in catalog does not parse");

  root = json_node_get_object (json_parser_get_root (parser));
  services = json_object_get_array_member (root, "services");
  for (guint i = 0; i < json_array_get_length (services); i++)
    {
      JsonArray *list = json_object_get_array_member (json_array_get_object_element (services, i), "duties");

      for (guint j = 0; j < json_array_get_length (list); j++)
        g_ptr_array_add (duties, json_array_get_object_element (list, j));
    }

  json_builder_begin_object (builder);
  copy_member (builder, root, "format");
  copy_member (builder, root, "version");
  copy_member (builder, root, "reviewed");
  copy_member (builder, root, "layers");
  copy_member (builder, root, "categories");
  copy_member (builder, root, "general-duties");

  json_builder_set_member_name (builder, "services");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_services; i++)
    {
      JsonObject *model = json_array_get_object_element (services, i % json_array_get_length (services));
      g_autofree char *id = g_strdup_printf ("svc-%05u", i);
      g_autofree char *name = g_strdup_printf ("%s %05u", json_object_get_string_member (model, "name"), i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
      copy_member (builder, model, "group");
      copy_member (builder, model, "category");
      copy_member (builder, model, "summary");
      copy_member (builder, model, "documentation");

      json_builder_set_member_name (builder, "layers");
      if (json_object_has_member (model, "variants"))
        {
          JsonObject *first = json_array_get_object_element (json_object_get_array_member (model, "variants"), 0);
          json_builder_add_value (builder, json_node_copy (json_object_get_member (first, "layers")));
        }
      else
        json_builder_add_value (builder, json_node_copy (json_object_get_member (model, "layers")));

      json_builder_set_member_name (builder, "duties");
      json_builder_begin_array (builder);
      for (guint j = 0; j < duties_per_service; j++)
        add_duty (builder, g_ptr_array_index (duties, next_duty++ % duties->len), j);
      json_builder_end_array (builder);

      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  result = json_builder_get_root (builder);
  json_generator_set_root (generator, result);
  /* Indented as the built-in catalog is, which makes the file a third larger. */
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &len);
  return g_bytes_new_take (text, len);
}

/**
 * ds_bench_catalog_write:
 * @dir: a directory
 *
 * Writes ds_bench_catalog_new() to a file in @dir.
 *
 * Returns: (transfer full): the file
 */
GFile *
ds_bench_catalog_write (const char *dir,
                        guint       n_services,
                        guint       duties_per_service)
{
  g_autoptr(GBytes) bytes = ds_bench_catalog_new (n_services, duties_per_service);
  g_autofree char *name = g_strdup_printf ("catalog-%u-%u.json", n_services, duties_per_service);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_error ("%s", error->message);

  return g_file_new_for_path (path);
}

/**
 * ds_bench_checklist_new:
 * @n_items: how many items
 *
 * Returns: (transfer full): the text of a checklist of @n_items custom items
 *   in sections of 100, with assignees, due dates, notes and every status
 */
GBytes *
ds_bench_checklist_new (guint n_items)
{
  GString *text = g_string_new ("{\"format\":\"duty-split-checklist\",\"version\":1,"
                                "\"name\":\"Benchmark\",\"regions\":[\"eu-west-1\"],\"items\":[");

  for (guint i = 0; i < n_items; i++)
    {
      g_string_append_printf (text, "%s{\"section\":\"svc-%u\",\"title\":\"Duty number %u of the "
                              "synthetic checklist, long enough to wrap like a real one\"",
                              i ? "," : "", i / 100, i);
      if (i % 3 == 0)
        g_string_append (text, ",\"status\":\"done\",\"done-at\":\"2026-11-02T09:30:00Z\"");
      else if (i % 7 == 0)
        g_string_append (text, ",\"status\":\"not-applicable\",\"reason\":\"other\","
                               "\"reason-text\":\"Handled by the platform team\"");
      if (i % 2 == 0)
        g_string_append (text, ",\"assignee\":\"Ana Lima\"");
      if (i % 4 == 0)
        g_string_append (text, ",\"due\":\"2026-12-01\"");
      if (i % 5 == 0)
        g_string_append (text, ",\"note\":\"Checked in the console, \\\"all\\\" accounts;\\nsee the runbook\"");
      g_string_append_c (text, '}');
    }
  g_string_append (text, "]}");

  return g_string_free_to_bytes (text);
}

/* The bytes malloc() has handed out and not had back. */
gsize
ds_bench_heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

/* The resident set size of the process, in bytes. */
gsize
ds_bench_rss (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%lu %lu", &size, &resident);

  return resident * (gsize)sysconf (_SC_PAGESIZE);
}
