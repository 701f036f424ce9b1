/* ds-bad-input.c — the corpus of files the loaders must refuse
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ds-bad-input.h"
#include "ds-json.h"

/* The corpus is tests/data/bad/: each NAME.json has a NAME.expected whose
 * first line is part of the message its loader must give, naming the place
 * (FILE:LINE:COLUMN or a JSON path) and what was expected; "OK" means the
 * file must load. The few inputs too large to keep in git are made here. */

#define LIMIT DS_JSON_MAX_FILE_SIZE

static GBytes *
read_dist (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  gsize len;

  g_file_get_contents (path, &text, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (text, len);
}

/* A valid file followed by spaces up to one byte past the limit: only the
 * size limit stands in its way. */
static GBytes *
pad_past_limit (GBytes *valid)
{
  gsize len = g_bytes_get_size (valid);
  char *data = g_malloc (LIMIT + 1);

  memcpy (data, g_bytes_get_data (valid, NULL), len);
  memset (data + len, ' ', LIMIT + 1 - len);
  return g_bytes_new_take (data, LIMIT + 1);
}

static GBytes *
catalog_too_large (void)
{
  g_autoptr(GBytes) valid = read_dist ("custom-catalog.json");
  return pad_past_limit (valid);
}

static const char checklist_head[] =
  "{\"format\": \"duty-split-checklist\", \"version\": 1, \"name\": \"Big\", \"items\": [\n";

static GBytes *
checklist_too_large (void)
{
  g_autoptr(GBytes) valid = NULL;
  g_autofree char *text = g_strconcat (checklist_head, "{\"section\": \"s3\", \"title\": \"t\"}]}", NULL);

  valid = g_bytes_new (text, strlen (text));
  return pad_past_limit (valid);
}

/* Valid items, one more than the limit, refused before they are built. */
static GBytes *
checklist_too_many_items (void)
{
  GString *text = g_string_new (checklist_head);

  for (guint i = 0; i <= 200000; i++)
    g_string_append_printf (text, "%s{\"section\": \"s3\", \"title\": \"t\"}", i ? ",\n" : "");
  g_string_append (text, "]}\n");

  return g_string_free_to_bytes (text);
}

/* Arrays within the length limit, holding more values than the file may. */
static GBytes *
checklist_too_many_values (void)
{
  GString *text = g_string_new (checklist_head);

  for (guint i = 0; i < DS_JSON_MAX_VALUES / 199999 + 1; i++)
    {
      g_string_append (text, i ? ",\n[0" : "[0");
      for (guint j = 1; j < 199999; j++)
        g_string_append (text, ",0");
      g_string_append_c (text, ']');
    }
  g_string_append (text, "]}\n");

  return g_string_free_to_bytes (text);
}

/* An object too large to be checked for duplicate names by comparing
 * them, giving one twice. */
static GBytes *
checklist_large_object_duplicate (void)
{
  GString *text = g_string_new ("{\"format\": \"duty-split-checklist\", \"version\": 1, "
                                "\"name\": \"Big\", \"items\": [], \"variants\": {");

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "\"service-%u\": \"fargate\", ", i);
  g_string_append (text, "\"service-617\": \"ec2\"}}\n");

  return g_string_free_to_bytes (text);
}

static const struct {
  const char *name;
  GBytes *(*generate) (void);
  const char *expected;
} generated[] = {
  { "catalog-too-large.json", catalog_too_large,
    "catalog-too-large.json: the file is larger than the limit of 128 MiB" },
  { "checklist-too-large.json", checklist_too_large,
    "checklist-too-large.json: the file is larger than the limit of 128 MiB" },
  { "checklist-too-many-items.json", checklist_too_many_items,
    "checklist-too-many-items.json:1:74: the array has more than 200000 elements" },
  { "checklist-too-many-values.json", checklist_too_many_values,
    "the file has more than 4000000 values" },
  { "checklist-large-object-duplicate.json", checklist_large_object_duplicate,
    "checklist-large-object-duplicate.json:1:25981: the member \"service-617\" is given twice" },
};

static void
input_free (gpointer data)
{
  DsBadInput *input = data;

  g_free (input->name);
  g_free (input->expected);
  g_free (input->source);
  g_free (input);
}

static DsBadInput *
input_new (const char *name,
           const char *expected)
{
  DsBadInput *input = g_new0 (DsBadInput, 1);

  input->name = g_strdup (name);
  input->catalog = g_str_has_prefix (name, "catalog-");
  input->expected = g_str_equal (expected, "OK") ? NULL : g_strdup (expected);
  g_assert_true (input->catalog || g_str_has_prefix (name, "checklist-"));
  return input;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const DsBadInput *x = *(DsBadInput **)a, *y = *(DsBadInput **)b;
  return strcmp (x->name, y->name);
}

/**
 * ds_bad_input_list:
 *
 * Returns: (transfer full): every input of the corpus, by name
 */
GPtrArray *
ds_bad_input_list (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func (input_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *stem = NULL;
      g_autofree char *sidecar = NULL;
      g_autofree char *expected = NULL;
      DsBadInput *input;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      stem = g_strndup (name, strlen (name) - strlen (".json"));
      sidecar = g_strdup_printf ("%s/%s.expected", dir_path, stem);
      if (!g_file_get_contents (sidecar, &expected, NULL, NULL))
        g_error ("%s has no %s.expected", name, stem);
      g_strchomp (expected);

      input = input_new (name, expected);
      input->source = g_build_filename (dir_path, name, NULL);
      g_ptr_array_add (inputs, input);
    }

  for (guint i = 0; i < G_N_ELEMENTS (generated); i++)
    {
      DsBadInput *input = input_new (generated[i].name, generated[i].expected);

      input->generate = generated[i].generate;
      g_ptr_array_add (inputs, input);
    }

  g_ptr_array_sort (inputs, compare_names);
  return g_steal_pointer (&inputs);
}

GBytes *
ds_bad_input_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  gsize len;

  g_file_get_contents (path, &text, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (text, len);
}

/**
 * ds_bad_input_write:
 * @input: an input of the corpus
 * @dir: an empty folder
 * @path: (out): where the input now is
 *
 * Puts a copy of @input in @dir under its own name, so that the test reads
 * a file it may lose, and can see that nothing else appears beside it.
 *
 * Returns: (transfer full): the bytes written
 */
GBytes *
ds_bad_input_write (const DsBadInput  *input,
                    const char        *dir,
                    char             **path)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data;

  bytes = input->source ? ds_bad_input_read (input->source) : input->generate ();
  data = g_bytes_get_data (bytes, &len);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  *path = g_build_filename (dir, input->name, NULL);
  g_file_set_contents (*path, data ? data : "", len, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&bytes);
}

guint
ds_bad_input_count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}
