/* test-bad-input.c — every file of the bad-input corpus, through the real loaders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ds-bad-input.h"
#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-json.h"

static DsCatalog *builtin;

/* Reads the input from a file, as the app and the command line do, and
 * checks the message and that the file is exactly as it was. */
static void
test_bad_input (gconstpointer data)
{
  const DsBadInput *input = data;
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "bad-input", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = ds_bad_input_write (input, dir, &path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) loaded = NULL;

  if (input->catalog)
    loaded = G_OBJECT (ds_catalog_new_from_file (file, &error));
  else
    loaded = G_OBJECT (ds_checklist_new_from_file (builtin, file, &error));

  if (input->expected == NULL)
    {
      g_assert_no_error (error);
      g_assert_nonnull (loaded);
    }
  else
    {
      g_assert_null (loaded);
      g_assert_nonnull (error);
      g_assert_true (error->domain == DS_FORMAT_ERROR);
      if (!g_str_has_prefix (error->message, path))
        g_error ("the message does not start with the file name: %s", error->message);
      if (strstr (error->message, input->expected) == NULL)
        g_error ("expected [%s] in [%s]", input->expected, error->message);
    }

  after = ds_bad_input_read (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (ds_bad_input_count_files (dir), ==, 1);
  g_assert_cmpint (g_unlink (path), ==, 0);
}

/* A file that never ends (or grows while it is read) is refused once it
 * passes the limit, not when memory runs out. */
static void
test_endless_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) catalog_error = NULL;
  g_autoptr(GError) checklist_error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_from_file (file, &catalog_error);
  g_autoptr(DsChecklist) checklist = ds_checklist_new_from_file (builtin, file, &checklist_error);

  g_assert_null (catalog);
  g_assert_error (catalog_error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_TOO_LARGE);
  g_assert_cmpstr (catalog_error->message, ==, "/dev/zero: the file is larger than the limit of 128 MiB");
  g_assert_null (checklist);
  g_assert_error (checklist_error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_TOO_LARGE);
}

/* Every message names the file, GIO's too. */
static void
test_directory (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_get_user_cache_dir ());
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GError) catalog_error = NULL;
  g_autoptr(GError) checklist_error = NULL;
  g_autoptr(DsCatalog) catalog = NULL;
  g_autoptr(DsChecklist) checklist = NULL;

  g_assert_cmpint (g_mkdir_with_parents (name, 0700), ==, 0);
  catalog = ds_catalog_new_from_file (file, &catalog_error);
  checklist = ds_checklist_new_from_file (builtin, file, &checklist_error);

  g_assert_null (catalog);
  g_assert_nonnull (catalog_error);
  g_assert_nonnull (strstr (catalog_error->message, name));
  g_assert_null (checklist);
  g_assert_nonnull (checklist_error);
  g_assert_nonnull (strstr (checklist_error->message, name));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) inputs = NULL;
  g_autoptr(GError) error = NULL;
  guint n_catalogs = 0;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  builtin = ds_catalog_new_builtin (&error);
  g_assert_no_error (error);

  inputs = ds_bad_input_list ();
  for (guint i = 0; i < inputs->len; i++)
    {
      const DsBadInput *input = g_ptr_array_index (inputs, i);
      g_autofree char *test_path = g_strdup_printf ("/bad-input/%s", input->name);

      n_catalogs += input->catalog;
      g_test_add_data_func (test_path, input, test_bad_input);
    }
  /* The corpus must not shrink by accident. */
  g_assert_cmpuint (n_catalogs, >=, 20);
  g_assert_cmpuint (inputs->len - n_catalogs, >=, 20);

  g_test_add_func ("/bad-input/endless-file", test_endless_file);
  g_test_add_func ("/bad-input/directory", test_directory);

  status = g_test_run ();
  g_clear_object (&builtin);
  return status;
}
