/* test-cli.c — duty-split's command line, run as a user would, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ds-bad-input.h"

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs duty-split with @args, with no display to connect to. */
static void
run (Run        *result,
     const char *first_arg,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *)g_getenv ("DUTY_SPLIT"));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &result->status, &error);
  g_assert_no_error (error);
}

static char *
temp_path (const char *name)
{
  /* The cache folder is private to this test run (G_TEST_OPTION_ISOLATE_DIRS). */
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

static void
test_list_services (void)
{
  g_auto(Run) result = { 0, };
  g_auto(GStrv) lines = NULL;

  run (&result, "--list-services", NULL);
  g_assert_true (g_spawn_check_wait_status (result.status, NULL));
  lines = g_strsplit (result.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 13);
  g_assert_nonnull (strstr (result.out, "ec2\tAmazon EC2\tinfrastructure\tCompute\n"));
  g_assert_nonnull (strstr (result.out, "s3\tAmazon S3\tabstracted\tStorage\n"));
}

static void
test_export_services (void)
{
  g_autofree char *out = temp_path ("services.md");
  g_autofree char *text = NULL;
  g_auto(Run) result = { 0, };

  run (&result, "--export", out, "--services", "ec2,s3", NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_true (g_spawn_check_wait_status (result.status, NULL));

  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "# "));
  g_assert_nonnull (strstr (text, "\n## Every AWS customer\n"));
  g_assert_nonnull (strstr (text, "\n## Amazon EC2\n"));
  g_assert_nonnull (strstr (text, "\n## Amazon S3\n"));
  g_assert_null (strstr (text, "\n## Amazon RDS\n"));
  g_assert_nonnull (strstr (text, "\n- [ ] "));
}

static void
test_export_checklist (void)
{
  g_autofree char *in = temp_path ("in.dutysplit.json");
  g_autofree char *out = temp_path ("from-file.md");
  g_autofree char *text = NULL;
  g_auto(Run) result = { 0, };

  g_assert_true (g_file_set_contents (in,
    "{\"format\":\"duty-split-checklist\",\"version\":1,\"name\":\"Data lake\",\"services\":[\"s3\"],"
    "\"items\":[{\"duty\":\"s3/block-public-access\",\"title\":\"x\",\"done\":true}]}", -1, NULL));

  run (&result, "--export", out, "--checklist", in, "--format", "md", NULL);
  g_assert_true (g_spawn_check_wait_status (result.status, NULL));
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "# Data lake\n"));
  g_assert_nonnull (strstr (text, "- [x] Keep Block Public Access on"));
}

static void
test_unknown_service (void)
{
  g_autofree char *out = temp_path ("never.md");
  g_auto(Run) result = { 0, };

  run (&result, "--export", out, "--services", "ec2,no-such-service", NULL);
  g_assert_false (g_spawn_check_wait_status (result.status, NULL));
  g_assert_nonnull (strstr (result.err, "Unknown service “no-such-service”"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_unreadable_checklist (void)
{
  g_autofree char *bad = temp_path ("bad.dutysplit.json");
  g_autofree char *out = temp_path ("never.md");
  g_autofree char *after = NULL;
  g_auto(Run) missing = { 0, };
  g_auto(Run) broken = { 0, };

  run (&missing, "--export", out, "--checklist", "/nonexistent/list.dutysplit.json", NULL);
  g_assert_false (g_spawn_check_wait_status (missing.status, NULL));
  g_assert_nonnull (strstr (missing.err, "/nonexistent/list.dutysplit.json"));

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"duty-split-checklist\",\n \"version\": 1,\n oops", -1, NULL));
  run (&broken, "--export", out, "--checklist", bad, NULL);
  g_assert_false (g_spawn_check_wait_status (broken.status, NULL));
  g_assert_nonnull (strstr (broken.err, "bad.dutysplit.json:3:2:"));
  g_assert_nonnull (strstr (broken.err, "unexpected character 'o'; expected a member name"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* Reading a checklist never writes it. */
  g_assert_true (g_file_get_contents (bad, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "{\"format\": \"duty-split-checklist\",\n \"version\": 1,\n oops");
}

static void
test_bad_arguments (void)
{
  g_autofree char *out = temp_path ("list.txt");
  g_auto(Run) no_format = { 0, };
  g_auto(Run) bad_format = { 0, };
  g_auto(Run) nothing = { 0, };
  g_auto(Run) stray = { 0, };

  run (&no_format, "--export", out, "--services", "s3", NULL);
  g_assert_false (g_spawn_check_wait_status (no_format.status, NULL));
  g_assert_nonnull (strstr (no_format.err, "Cannot tell the format"));

  run (&bad_format, "--export", out, "--services", "s3", "--format", "docx", NULL);
  g_assert_false (g_spawn_check_wait_status (bad_format.status, NULL));
  g_assert_nonnull (strstr (bad_format.err, "Unknown export format “docx”"));

  run (&nothing, "--export", "list.md", NULL);
  g_assert_false (g_spawn_check_wait_status (nothing.status, NULL));
  g_assert_nonnull (strstr (nothing.err, "Nothing to export"));

  run (&stray, "--services", "s3", NULL);
  g_assert_false (g_spawn_check_wait_status (stray.status, NULL));
  g_assert_nonnull (strstr (stray.err, "go with --export"));
}

static void
test_unwritable_destination (void)
{
  g_auto(Run) result = { 0, };

  run (&result, "--export", "/nonexistent/folder/out.md", "--services", "s3", NULL);
  g_assert_false (g_spawn_check_wait_status (result.status, NULL));
  g_assert_nonnull (strstr (result.err, "duty-split: "));
}

static void
test_bad_catalog (void)
{
  g_autofree char *catalog = temp_path ("catalog.json");
  g_auto(Run) result = { 0, };

  g_assert_true (g_file_set_contents (catalog, "{\"format\":\"duty-split-catalog\",\"version\":1}", -1, NULL));
  run (&result, "--catalog", catalog, "--list-services", NULL);
  g_assert_false (g_spawn_check_wait_status (result.status, NULL));
  g_assert_nonnull (strstr (result.err, "catalog.json: $.reviewed: missing; expected a string"));
}

static void
test_custom_catalog (void)
{
  g_autofree char *catalog = g_test_build_filename (G_TEST_DIST, "data", "custom-catalog.json", NULL);
  g_auto(Run) result = { 0, };

  run (&result, "--catalog", catalog, "--list-services", NULL);
  g_assert_true (g_spawn_check_wait_status (result.status, NULL));
  g_assert_cmpstr (result.out, ==,
                   "app-platform\tInternal App Platform\tcontainer\tCompute\n"
                   "data-lake\tInternal Data Lake\tabstracted\tStorage\n");
}

/* Each file of the bad-input corpus, given to the command that reads it:
 * a catalog to --list-services, a checklist to --export. */
static void
test_bad_input (gconstpointer data)
{
  const DsBadInput *input = data;
  g_autofree char *dir = temp_path ("bad-input");
  g_autofree char *out = temp_path ("bad-input.md");
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = ds_bad_input_write (input, dir, &path);
  g_autoptr(GBytes) after = NULL;
  g_auto(Run) result = { 0, };

  if (input->catalog)
    run (&result, "--catalog", path, "--list-services", NULL);
  else
    run (&result, "--export", out, "--checklist", path, NULL);

  if (input->expected == NULL)
    {
      g_assert_cmpstr (result.err, ==, "");
      g_assert_true (g_spawn_check_wait_status (result.status, NULL));
      g_assert_true (input->catalog || g_file_test (out, G_FILE_TEST_EXISTS));
    }
  else
    {
      g_autofree char *prefix = g_strdup_printf ("duty-split: %s", path);

      g_assert_false (g_spawn_check_wait_status (result.status, NULL));
      g_assert_cmpstr (result.out, ==, "");
      if (!g_str_has_prefix (result.err, prefix) || !strstr (result.err, input->expected))
        g_error ("expected [%s] and [%s] in [%s]", prefix, input->expected, result.err);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  after = ds_bad_input_read (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (ds_bad_input_count_files (dir), ==, 1);
  g_unlink (path);
  g_unlink (out);
}

static void
test_version (void)
{
  g_auto(Run) result = { 0, };

  run (&result, "--version", NULL);
  g_assert_true (g_spawn_check_wait_status (result.status, NULL));
  g_assert_cmpstr (result.out, ==, "duty-split " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) inputs = NULL;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_assert_nonnull (g_getenv ("DUTY_SPLIT"));

  g_test_add_func ("/cli/list-services", test_list_services);
  g_test_add_func ("/cli/export-services", test_export_services);
  g_test_add_func ("/cli/export-checklist", test_export_checklist);
  g_test_add_func ("/cli/unknown-service", test_unknown_service);
  g_test_add_func ("/cli/unreadable-checklist", test_unreadable_checklist);
  g_test_add_func ("/cli/bad-arguments", test_bad_arguments);
  g_test_add_func ("/cli/unwritable-destination", test_unwritable_destination);
  g_test_add_func ("/cli/bad-catalog", test_bad_catalog);
  g_test_add_func ("/cli/custom-catalog", test_custom_catalog);
  g_test_add_func ("/cli/version", test_version);

  inputs = ds_bad_input_list ();
  for (guint i = 0; i < inputs->len; i++)
    {
      const DsBadInput *input = g_ptr_array_index (inputs, i);
      g_autofree char *test_path = g_strdup_printf ("/cli/bad-input/%s", input->name);

      g_test_add_data_func (test_path, input, test_bad_input);
    }

  return g_test_run ();
}
