/* bench-startup.c — how long duty-split takes to show its window
 *
 * Times, from just before the process is spawned to the first frame its
 * window draws, duty-split with the built-in catalog and a 150-item active
 * checklist, against bench-bare-window (an AdwApplicationWindow with a
 * header bar, built in this tree). Both report the frame themselves when
 * DUTY_SPLIT_FIRST_FRAME is set. The two alternate, pair by pair, the order
 * swapped every other pair, so that a busy moment of the machine weighs on
 * both alike. Prints each median and the median of the pairs' ratios, and
 * the median time of each step of start-up, from the marks both programs
 * print (ds_frame_report_mark()).
 *
 * The programs run with their own HOME and XDG folders, GSettings in
 * memory, the cairo renderer and no session bus, as the widget tests do.
 * It needs a display; run it in a private one:
 *
 *   tests/headless.sh build/tests/bench/bench-startup [PAIRS] [--keep]
 *
 * --keep leaves the folders in place and names them, to profile a single
 * start with the same files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-service.h"

#define N_ITEMS 150
#define GOAL 1.15
#define TIMEOUT_SECONDS 60

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* Services in catalog order while they fit, then the team's own items up to
 * exactly N_ITEMS; some done, some assigned, as a checklist in use is. The
 * file is where the program looks for its active checklist when GSettings
 * names none. */
static void
write_checklist (const char *data_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_builtin (&error);
  g_autoptr(DsChecklist) checklist = NULL;
  g_autoptr(DsChecklist) check = NULL;
  g_autofree char *dir = g_build_filename (data_dir, "duty-split", "checklists", NULL);
  g_autofree char *path = g_build_filename (dir, "default.dutysplit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *items;

  g_assert_no_error (error);
  checklist = ds_checklist_new (catalog);
  ds_checklist_set_name (checklist, "Start-up benchmark");

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      guint before = ds_checklist_get_n_total (checklist);

      ds_checklist_set_service_chosen (checklist, ds_service_get_id (service), TRUE);
      if (ds_checklist_get_n_total (checklist) > N_ITEMS)
        {
          ds_checklist_set_service_chosen (checklist, ds_service_get_id (service), FALSE);
          g_assert_cmpuint (ds_checklist_get_n_total (checklist), ==, before);
        }
    }

  for (guint i = ds_checklist_get_n_total (checklist); i < N_ITEMS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Team item %u", i + 1);
      ds_checklist_add_custom_item (checklist, DS_GENERAL_SECTION_ID, title);
    }

  items = ds_checklist_get_items (checklist);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, i);

      if (i % 3 == 0)
        ds_checklist_item_set_done (item, TRUE);
      if (i % 4 == 0)
        ds_checklist_item_set_assignee (item, i % 8 == 0 ? "Ana" : "Bo");
    }

  if (g_mkdir_with_parents (dir, 0700) != 0 || !ds_checklist_save (checklist, file, &error))
    g_error ("Could not write %s: %s", path, error ? error->message : g_strerror (errno));

  check = ds_checklist_new_from_file (catalog, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ds_checklist_get_n_total (check), ==, N_ITEMS);
}

static char **
child_environment (const char *root)
{
  char **env = g_get_environ ();
  const struct { const char *name, *folder; } folders[] = {
    { "HOME", "home" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_DATA_HOME", "data" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
    { "XDG_RUNTIME_DIR", "runtime" },
  };
  g_autofree char *no_bus = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *path = g_build_filename (root, folders[i].folder, NULL);

      g_mkdir_with_parents (path, 0700);
      env = g_environ_setenv (env, folders[i].name, path, TRUE);
    }

  /* No session bus: each program runs alone, not as a second instance of
   * one already running, and neither starts a bus on the way. */
  no_bus = g_strdup_printf ("unix:path=%s/runtime/no-bus", root);
  env = g_environ_setenv (env, "DBUS_SESSION_BUS_ADDRESS", no_bus, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", SCHEMA_DIR, TRUE);
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
  env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);
  env = g_environ_setenv (env, "LANG", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "DUTY_SPLIT_FIRST_FRAME", "1", TRUE);

  return env;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

typedef struct {
  char    *out;
  GError  *error;
  gboolean done;
} Run;

static void
on_communicated_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Run *run = user_data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result, &run->out, NULL, &run->error);
  run->done = TRUE;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  g_subprocess_force_exit (user_data);
  return G_SOURCE_REMOVE;
}

/* The steps of start-up, each ending at the mark of that name: the last is
 * the first frame itself. */
static const struct { const char *mark, *label; } steps[] = {
  { "phase main ",      "spawn to main(): loading, linking" },
  { "phase activate ",  "main() to activate: GTK, styles, files" },
  { "phase built ",     "building the window" },
  { "phase presented ", "presenting it: styling, measuring" },
  { "first-frame ",     "to the first frame: layout, drawing" },
};
#define N_STEPS G_N_ELEMENTS (steps)

/* Milliseconds from just before the spawn to each mark the program prints,
 * all on the monotonic clock; returns those of the whole, to the first
 * frame. */
static double
time_first_frame (const char  *program,
                  char       **env,
                  GArray     **step_times)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { program, NULL };
  Run run = { NULL, NULL, FALSE };
  gint64 start, previous;
  guint timeout;

  g_subprocess_launcher_set_environ (launcher, env);

  start = g_get_monotonic_time ();
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (process == NULL)
    g_error ("Could not start %s: %s", program, error->message);

  timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout_cb, process);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_communicated_cb, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  g_clear_handle_id (&timeout, g_source_remove);

  if (run.error != NULL)
    g_error ("%s: %s", program, run.error->message);
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    g_error ("%s did not end well; it printed: %s", program, run.out);

  previous = start;
  for (guint i = 0; i < N_STEPS; i++)
    {
      const char *line = strstr (run.out, steps[i].mark);
      gint64 mark;
      double step;

      if (line == NULL)
        g_error ("%s did not print \"%s\"; it printed: %s", program, steps[i].mark, run.out);

      mark = g_ascii_strtoll (line + strlen (steps[i].mark), NULL, 10);
      step = (mark - previous) / 1000.0;
      g_array_append_val (step_times[i], step);
      previous = mark;
    }
  g_free (run.out);

  return (previous - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  guint pairs = argc > 1 ? (guint)atoi (argv[1]) : 21;
  gboolean keep = argc > 2 && g_str_equal (argv[2], "--keep");
  g_autoptr(GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("bench-startup-XXXXXX", &error);
  g_autofree char *data_dir = NULL;
  g_auto(GStrv) env = NULL;
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *app_steps[N_STEPS], *bare_steps[N_STEPS];
  double ratio;

  if (pairs == 0)
    pairs = 1;
  if (root == NULL)
    g_error ("%s", error->message);
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup needs a display: run it as tests/headless.sh %s\n", argv[0]);
      return 1;
    }

  env = child_environment (root);
  data_dir = g_build_filename (root, "data", NULL);
  write_checklist (data_dir);

  for (guint i = 0; i < N_STEPS; i++)
    {
      app_steps[i] = g_array_new (FALSE, FALSE, sizeof (double));
      bare_steps[i] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* One run each, not counted, to have the files in the page cache. */
  time_first_frame (DUTY_SPLIT_PATH, env, app_steps);
  time_first_frame (BARE_WINDOW_PATH, env, bare_steps);
  for (guint i = 0; i < N_STEPS; i++)
    {
      g_array_set_size (app_steps[i], 0);
      g_array_set_size (bare_steps[i], 0);
    }

  for (guint i = 0; i < pairs; i++)
    {
      double app, bare;

      if (i % 2 == 0)
        {
          app = time_first_frame (DUTY_SPLIT_PATH, env, app_steps);
          bare = time_first_frame (BARE_WINDOW_PATH, env, bare_steps);
        }
      else
        {
          bare = time_first_frame (BARE_WINDOW_PATH, env, bare_steps);
          app = time_first_frame (DUTY_SPLIT_PATH, env, app_steps);
        }

      g_array_append_val (app_times, app);
      g_array_append_val (bare_times, bare);
      ratio = app / bare;
      g_array_append_val (ratios, ratio);
    }

  ratio = median (ratios);
  g_print ("Start-up to the first frame, median of %u alternating pairs, in milliseconds\n", pairs);
  g_print ("  bare libadwaita window (baseline)               %8.1f\n", median (bare_times));
  g_print ("  duty-split, built-in catalog, %u-item checklist %8.1f\n", N_ITEMS, median (app_times));
  g_print ("  median ratio of the pairs                       %8.2fx   goal <= %.2fx: %s\n",
           ratio, GOAL, ratio <= GOAL ? "met" : "not met");

  /* Medians of each step on its own: they need not add up to the whole. */
  g_print ("\n%-44s %8s %11s %11s\n", "Each step, median in milliseconds", "bare", "duty-split", "difference");
  for (guint i = 0; i < N_STEPS; i++)
    {
      double bare = median (bare_steps[i]), app = median (app_steps[i]);

      g_print ("  %-42s %8.1f %11.1f %+11.1f\n", steps[i].label, bare, app, app - bare);
      g_array_unref (app_steps[i]);
      g_array_unref (bare_steps[i]);
    }

  if (keep)
    g_print ("The files are kept in %s\n", root);
  else
    remove_tree (root);

  return 0;
}
