/* test-cli.c — duty-split's command line, run as a user would, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

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

/* Runs duty-split with @args, with no display to connect to; @setup runs
 * in the child before it starts. */
static void
run_argv (Run                  *result,
          GSpawnChildSetupFunc  setup,
          const char * const   *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *)g_getenv ("DUTY_SPLIT"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, setup, NULL,
                &result->out, &result->err, &result->status, &error);
  g_assert_no_error (error);
}

static void
run (Run        *result,
     const char *first_arg,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_argv (result, NULL, (const char * const *)args->pdata);
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
  g_auto(Run) stray_option = { 0, };

  run (&no_format, "--export", out, "--services", "s3", NULL);
  g_assert_false (g_spawn_check_wait_status (no_format.status, NULL));
  g_assert_nonnull (strstr (no_format.err, "Cannot tell the format"));

  run (&bad_format, "--export", out, "--services", "s3", "--format", "docx", NULL);
  g_assert_false (g_spawn_check_wait_status (bad_format.status, NULL));
  g_assert_nonnull (strstr (bad_format.err, "Unknown export format “docx”; expected md, csv, json, html or pdf"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  run (&nothing, "--export", "list.md", NULL);
  g_assert_false (g_spawn_check_wait_status (nothing.status, NULL));
  g_assert_nonnull (strstr (nothing.err, "Nothing to export"));

  run (&stray, "--services", "s3", NULL);
  g_assert_false (g_spawn_check_wait_status (stray.status, NULL));
  g_assert_nonnull (strstr (stray.err, "go with --export"));

  run (&stray_option, "--open-only", NULL);
  g_assert_false (g_spawn_check_wait_status (stray_option.status, NULL));
  g_assert_nonnull (strstr (stray_option.err, "go with --export"));
}

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "sample.dutysplit.json", NULL);
}

static const struct {
  const char *name;
  const char *start;   /* how the file begins */
} formats[] = {
  { "md",   "# Payments API\n" },
  { "csv",  "service,duty,title,owner,status,reason,reason-text,assignee,due,done-at,note,controls\r\n" },
  { "json", "{\n  \"format\" : \"duty-split-checklist\",\n" },
  { "html", "<!DOCTYPE html>\n" },
  { "pdf",  "%PDF-" },
};

/* Every format, named by --format (over a misleading extension) and by the
 * file's extension. */
static void
test_export_formats (void)
{
  g_autofree char *in = sample_path ();

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *by_name = g_strdup_printf ("by-format-%s.txt", formats[i].name);
      g_autofree char *by_ext = g_strdup_printf ("by-extension.%s", formats[i].name);
      const char *outputs[] = { by_name, by_ext };

      for (guint j = 0; j < G_N_ELEMENTS (outputs); j++)
        {
          g_autofree char *out = temp_path (outputs[j]);
          g_autofree char *text = NULL;
          g_auto(Run) result = { 0, };
          gsize len;

          if (j == 0)
            run (&result, "--export", out, "--format", formats[i].name, "--checklist", in, NULL);
          else
            run (&result, "--export", out, "--checklist", in, NULL);

          g_assert_cmpstr (result.err, ==, "");
          g_assert_true (g_spawn_check_wait_status (result.status, NULL));
          g_assert_true (g_file_get_contents (out, &text, &len, NULL));
          if (len < strlen (formats[i].start) || memcmp (text, formats[i].start, strlen (formats[i].start)) != 0)
            g_error ("%s does not start with %s", outputs[j], formats[i].start);
        }
    }
}

/* The export options change what the file holds. */
static void
test_export_options (void)
{
  g_autofree char *in = sample_path ();
  g_autofree char *plain = temp_path ("plain.md");
  g_autofree char *open_only = temp_path ("open-only.md");
  g_autofree char *aws = temp_path ("aws.csv");
  g_autofree char *quiet = temp_path ("quiet.html");
  g_autofree char *plain_text = NULL, *open_text = NULL, *aws_text = NULL, *quiet_text = NULL;
  g_auto(Run) r1 = { 0, };
  g_auto(Run) r2 = { 0, };
  g_auto(Run) r3 = { 0, };
  g_auto(Run) r4 = { 0, };

  run (&r1, "--export", plain, "--checklist", in, NULL);
  run (&r2, "--export", open_only, "--checklist", in, "--open-only", NULL);
  run (&r3, "--export", aws, "--checklist", in, "--with-aws-duties", NULL);
  run (&r4, "--export", quiet, "--checklist", in, "--without-notes", NULL);
  g_assert_true (g_spawn_check_wait_status (r1.status, NULL));
  g_assert_true (g_spawn_check_wait_status (r2.status, NULL));
  g_assert_true (g_spawn_check_wait_status (r3.status, NULL));
  g_assert_true (g_spawn_check_wait_status (r4.status, NULL));

  g_assert_true (g_file_get_contents (plain, &plain_text, NULL, NULL));
  g_assert_true (g_file_get_contents (open_only, &open_text, NULL, NULL));
  g_assert_true (g_file_get_contents (aws, &aws_text, NULL, NULL));
  g_assert_true (g_file_get_contents (quiet, &quiet_text, NULL, NULL));

  g_assert_nonnull (strstr (plain_text, "- [x] "));
  g_assert_null (strstr (open_text, "- [x] "));
  g_assert_nonnull (strstr (open_text, "- [ ] "));
  g_assert_nonnull (strstr (aws_text, ",aws,aws,"));
  g_assert_nonnull (strstr (plain_text, "also via SCP"));
  g_assert_null (strstr (quiet_text, "also via SCP"));
  g_assert_nonnull (strstr (quiet_text, "Ana Lima"));
}

/* The destination's parent is a regular file, which stops root too (tests
 * run as root in CI, where a read-only folder would not). */
static void
test_unwritable_destination (void)
{
  g_autofree char *in = sample_path ();
  g_autofree char *blocker = temp_path ("blocker");
  g_autofree char *out = g_build_filename (blocker, "out.md", NULL);
  g_autofree char *expected = g_strdup_printf ("duty-split: Could not write “%s”: ", out);
  g_auto(Run) missing = { 0, };
  g_auto(Run) result = { 0, };

  run (&missing, "--export", "/nonexistent/folder/out.md", "--services", "s3", NULL);
  g_assert_false (g_spawn_check_wait_status (missing.status, NULL));
  g_assert_nonnull (strstr (missing.err, "duty-split: Could not write “/nonexistent/folder/out.md”"));

  g_assert_true (g_file_set_contents (blocker, "in the way", -1, NULL));
  run (&result, "--export", out, "--checklist", in, NULL);
  g_assert_false (g_spawn_check_wait_status (result.status, NULL));
  g_assert_cmpint (WEXITSTATUS (result.status), ==, 1);
  g_assert_true (g_str_has_prefix (result.err, expected));
  g_assert_cmpstr (result.out, ==, "");
}

static void
limit_file_size (gpointer data)
{
  struct rlimit limit;

  /* Between fork and exec: only async-signal-safe calls. A write past the
   * limit then fails with EFBIG, as on a full disk, instead of killing. */
  signal (SIGXFSZ, SIG_IGN);
  getrlimit (RLIMIT_FSIZE, &limit);
  limit.rlim_cur = 100;
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* A write that fails half-way leaves the previous file as it was. */
static void
test_failed_write (void)
{
  g_autofree char *in = sample_path ();
  g_autofree char *out = temp_path ("previous.pdf");
  g_autofree char *after = NULL;
  const char *args[] = { "--export", out, "--checklist", in, NULL };
  g_auto(Run) result = { 0, };

  g_assert_true (g_file_set_contents (out, "the previous export", -1, NULL));
  run_argv (&result, limit_file_size, args);

  g_assert_false (g_spawn_check_wait_status (result.status, NULL));
  g_assert_nonnull (strstr (result.err, "duty-split: Could not write"));
  g_assert_nonnull (strstr (result.err, "previous.pdf"));
  g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "the previous export");
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
  g_test_add_func ("/cli/export-formats", test_export_formats);
  g_test_add_func ("/cli/export-options", test_export_options);
  g_test_add_func ("/cli/unwritable-destination", test_unwritable_destination);
  g_test_add_func ("/cli/failed-write", test_failed_write);
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
