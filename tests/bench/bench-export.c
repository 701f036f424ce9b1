/* bench-export.c — how long exporting a very large checklist takes
 *
 * Builds a checklist of 100,000 items (1,000 sections of 100 custom items,
 * with assignees, due dates, notes and every status), loads it through the
 * checklist loader, and prints the median time to export it in each format
 * against writing the same checklist as its JSON file, the baseline, in the
 * same process: wall clock, and the CPU time the work took. The PDF is drawn fewer times: it lays out every line.
 * Run on demand:
 *
 *   build/tests/bench/bench-export [ROUNDS] [ITEMS] [FORMAT]
 *
 * FORMAT (md, csv, json, html or pdf) measures that format alone, for a
 * profiler.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "ds-bench-catalog.h"
#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-export.h"

typedef struct {
  DsChecklist    *checklist;
  DsExportFormat  format;
  gsize           size;
} Job;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void
save_json (Job *job)
{
  g_autoptr(GBytes) bytes = ds_checklist_to_bytes (job->checklist);

  job->size = g_bytes_get_size (bytes);
}

static void
export (Job *job)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ds_export (job->checklist, job->format, NULL, now, &error);

  if (bytes == NULL)
    g_error ("%s", error->message);
  job->size = g_bytes_get_size (bytes);
}

typedef struct {
  double wall;   /* milliseconds */
  double cpu;    /* milliseconds of this process's CPU time */
} Times;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* The medians of @rounds runs, after one to warm caches. CPU time is given
 * beside the wall clock because on a machine shared with other work the
 * wall clock also counts the time spent waiting for a core. */
static Times
measure (void   (*work) (Job *job),
         Job     *job,
         guint    rounds)
{
  g_autofree double *wall = g_new (double, rounds);
  g_autofree double *cpu = g_new (double, rounds);

  work (job);
  for (guint i = 0; i < rounds; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      work (job);
      cpu[i] = cpu_ms () - cpu_start;
      wall[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (wall, rounds, sizeof (double), compare_doubles);
  qsort (cpu, rounds, sizeof (double), compare_doubles);
  return (Times) { wall[rounds / 2], cpu[rounds / 2] };
}

int
main (int   argc,
      char *argv[])
{
  static const struct { DsExportFormat format; const char *name; gboolean slow; } formats[] = {
    { DS_EXPORT_JSON, "JSON through ds_export()", FALSE },
    { DS_EXPORT_MARKDOWN, "Markdown", FALSE },
    { DS_EXPORT_CSV, "CSV", FALSE },
    { DS_EXPORT_HTML, "HTML", FALSE },
    { DS_EXPORT_PDF, "PDF", TRUE },
  };
  guint rounds = argc > 1 ? (guint)atoi (argv[1]) : 11;
  guint n_items = argc > 2 ? (guint)atoi (argv[2]) : 100000;
  const char *only = argc > 3 ? argv[3] : NULL;
  DsExportFormat only_format = DS_EXPORT_JSON;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_builtin (&error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DsChecklist) checklist = NULL;
  Job job = { 0, };
  Times baseline;
  gint64 start;

  if (catalog == NULL)
    g_error ("%s", error->message);
  if (rounds == 0)
    rounds = 1;
  if (only != NULL && !ds_export_format_from_name (only, &only_format))
    g_error ("unknown format %s", only);

  bytes = ds_bench_checklist_new (n_items);
  start = g_get_monotonic_time ();
  checklist = ds_checklist_new_from_bytes (catalog, bytes, "benchmark.json", &error);
  if (checklist == NULL)
    g_error ("%s", error->message);

  g_print ("Checklist of %u items in %u sections, loaded in %.0f ms\n",
           ds_checklist_get_n_total (checklist), (n_items + 99) / 100,
           (g_get_monotonic_time () - start) / 1000.0);
  g_print ("Median of %u runs (PDF: of %u), in milliseconds\n", rounds, MIN (rounds, 3u));
  g_print ("  %-26s %9s %9s %8s %9s\n", "", "wall", "CPU", "CPU/JSON", "size");

  job.checklist = checklist;
  baseline = measure (save_json, &job, rounds);
  g_print ("  %-26s %9.1f %9.1f %8s %6.1f MB\n", "write the JSON file", baseline.wall, baseline.cpu,
           "baseline", job.size / 1e6);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      Times times;

      if (only != NULL && formats[i].format != only_format)
        continue;

      job.format = formats[i].format;
      times = measure (export, &job, formats[i].slow ? MIN (rounds, 3u) : rounds);
      g_print ("  %-26s %9.1f %9.1f %7.2fx %6.1f MB\n", formats[i].name, times.wall, times.cpu,
               times.cpu / baseline.cpu, job.size / 1e6);
    }

  return 0;
}
