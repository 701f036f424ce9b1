/* bench-scale.c — how the loaders scale with the size of a file
 *
 * Writes synthetic catalogs (ds-bench-catalog.c) of 1,000, 10,000 and
 * 100,000 duties, ten to a service, loads each from its file through the
 * real loader, and prints the median load time and the memory the loaded
 * catalog holds, against two baselines in the same process: the built-in
 * catalog, and a bare json-glib parse of the same bytes. Then the same for
 * a checklist of 100,000 items. Run on demand:
 *
 *   build/tests/bench/bench-scale [ROUNDS] [MAX-DUTIES]
 *
 * Memory is measured with the objects alive: "heap" is what malloc() has
 * handed out and not had back (mallinfo2), "RSS" the growth of the
 * resident set, "peak" the growth of the high-water mark of the resident
 * set while loading, which also counts what the loader frees at the end.
 * For each synthetic catalog it also times the loader's first steps alone:
 * reading the file, and building the JSON tree. The goal for 10,000
 * services of 100,000 duties: loaded in 300 ms or less, holding at most
 * 150 MiB more than the built-in catalog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ds-bench-catalog.h"
#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-json.h"
#include "ds-service.h"

#define MIB (1024.0 * 1024.0)

typedef gpointer (*Load) (gpointer data);

typedef struct {
  double ms;         /* median wall clock */
  double cpu_ms;     /* median CPU time */
  double heap;       /* MiB held by the result */
  double rss;        /* MiB of resident set added by the result */
  double peak;       /* MiB the resident set's high-water mark rose */
} Figures;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* The high-water mark of the resident set, which writing 5 to clear_refs
 * resets to the current size (Linux 4.0 and later). */
static gsize
peak_rss (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, "VmHWM:")))
    return 0;

  return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10) * 1024;
}

static void
reset_peak_rss (void)
{
  FILE *clear_refs = fopen ("/proc/self/clear_refs", "w");

  if (clear_refs != NULL)
    {
      fputs ("5", clear_refs);
      fclose (clear_refs);
    }
}

/* Gives freed memory back to the system, so that the next figures start
 * from what is really in use. */
static void
settle (void)
{
  malloc_trim (0);
}

static Figures
measure (Load     load,
         gpointer data,
         guint    rounds)
{
  g_autofree double *wall = g_new (double, rounds);
  g_autofree double *cpu = g_new (double, rounds);
  Figures figures;
  gsize heap, rss, peak;
  gpointer result;

  /* Memory first, on a cold load, with the result alive. */
  settle ();
  heap = ds_bench_heap_in_use ();
  rss = ds_bench_rss ();
  reset_peak_rss ();
  peak = peak_rss ();
  result = load (data);
  figures.heap = ((double)ds_bench_heap_in_use () - heap) / MIB;
  figures.rss = ((double)ds_bench_rss () - rss) / MIB;
  figures.peak = ((double)peak_rss () - peak) / MIB;
  g_object_unref (result);

  for (guint i = 0; i < rounds; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      result = load (data);
      cpu[i] = cpu_ms () - cpu_start;
      wall[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_object_unref (result);
    }
  settle ();

  qsort (wall, rounds, sizeof (double), compare_doubles);
  qsort (cpu, rounds, sizeof (double), compare_doubles);
  figures.ms = wall[rounds / 2];
  figures.cpu_ms = cpu[rounds / 2];
  return figures;
}

/* The baseline: json-glib's own parser, building its tree and no more. */
static gpointer
parse_only (gpointer data)
{
  g_autoptr(GFile) file = g_object_ref (data);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  JsonParser *parser = json_parser_new_immutable ();

  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    g_error ("the file does not parse");

  return parser;
}

static gpointer
load_catalog (gpointer data)
{
  g_autoptr(GError) error = NULL;
  DsCatalog *catalog = ds_catalog_new_from_file (data, &error);

  if (catalog == NULL)
    g_error ("%s", error->message);
  return catalog;
}

/* The first steps of the loader alone: reading the file, and reading it
 * and building the JSON tree. The rest of a load checks the rules and
 * builds the model. Both return an object so that measure() can drop it. */
static gpointer
read_file (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ds_json_load_file (data, "bench", &error);

  if (bytes == NULL)
    g_error ("%s", error->message);
  return g_object_new (G_TYPE_OBJECT, NULL);
}

static gpointer
read_tree (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ds_json_load_file (data, "bench", &error);
  g_autoptr(DsJsonTree) tree = bytes ? ds_json_parse (bytes, "bench", &error) : NULL;

  if (tree == NULL)
    g_error ("%s", error->message);
  return g_object_new (G_TYPE_OBJECT, NULL);
}

static gpointer
load_builtin (gpointer data)
{
  g_autoptr(GError) error = NULL;
  DsCatalog *catalog = ds_catalog_new_builtin (&error);

  if (catalog == NULL)
    g_error ("%s", error->message);
  return catalog;
}

typedef struct {
  DsCatalog *catalog;
  GFile     *file;
} ChecklistJob;

static gpointer
load_checklist (gpointer data)
{
  ChecklistJob *job = data;
  g_autoptr(GError) error = NULL;
  DsChecklist *checklist = ds_checklist_new_from_file (job->catalog, job->file, &error);

  if (checklist == NULL)
    g_error ("%s", error->message);
  return checklist;
}

static guint
count_duties (DsCatalog *catalog)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      n += g_list_model_get_n_items (ds_service_get_duties (service));
    }

  return n;
}

static goffset
file_size (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);

  return info ? g_file_info_get_size (info) : 0;
}

static void
print_row (const char    *what,
           goffset        size,
           const Figures *f,
           const Figures *parse)
{
  g_print ("  %-22s %7.1f MB %8.1f %8.1f %8.1f %7.2fx %8.1f %7.1f %7.1f\n",
           what, size / 1e6, parse->ms, f->ms, f->cpu_ms, f->ms / parse->ms,
           f->heap, f->rss, f->peak);
}

static void
print_header (void)
{
  g_print ("  %-22s %10s %8s %8s %8s %8s %8s %7s %7s\n",
           "", "file", "json-glib", "load", "load CPU", "ratio", "heap", "RSS", "peak");
  g_print ("  %-22s %10s %8s %8s %8s %8s %8s %7s %7s\n",
           "", "", "ms", "ms", "ms", "", "MiB", "MiB", "MiB");
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = argc > 1 ? (guint)atoi (argv[1]) : 5;
  guint max_duties = argc > 2 ? (guint)atoi (argv[2]) : 100000;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-scale-XXXXXX", &error);
  g_autoptr(GFile) checklist_file = NULL;
  g_autoptr(GBytes) builtin_bytes = g_resources_lookup_data (DS_CATALOG_BUILTIN_PATH, 0, NULL);
  g_autoptr(GFile) builtin_file = NULL;
  g_autoptr(DsCatalog) builtin = NULL;
  Figures base, base_parse;
  double per_duty_base = 0;

  if (dir == NULL)
    g_error ("%s", error->message);
  if (rounds == 0)
    rounds = 1;

  /* Types, resources and the locale are set up before anything is measured. */
  builtin = load_builtin (NULL);
  g_clear_object (&builtin);

  builtin_file = g_file_new_build_filename (dir, "aws.json", NULL);
  if (!g_file_replace_contents (builtin_file, g_bytes_get_data (builtin_bytes, NULL), g_bytes_get_size (builtin_bytes),
                                NULL, FALSE, 0, NULL, NULL, &error))
    g_error ("%s", error->message);

  g_print ("Catalog load, median of %u runs; memory held by the loaded catalog\n", rounds);
  print_header ();
  base_parse = measure (parse_only, builtin_file, rounds);
  base = measure (load_catalog, builtin_file, rounds);
  builtin = load_builtin (NULL);
  {
    g_autofree char *what = g_strdup_printf ("built-in, %u duties", count_duties (builtin));
    print_row (what, file_size (builtin_file), &base, &base_parse);
  }
  g_clear_object (&builtin);

  for (guint n_duties = 1000; n_duties <= max_duties; n_duties *= 10)
    {
      g_autoptr(GFile) file = ds_bench_catalog_write (dir, n_duties / 10, 10);
      g_autofree char *what = g_strdup_printf ("%u services, %u", n_duties / 10, n_duties);
      Figures parse = measure (parse_only, file, rounds);
      Figures load = measure (load_catalog, file, rounds);
      Figures read = measure (read_file, file, rounds);
      Figures tree = measure (read_tree, file, rounds);
      double per_duty = load.ms / n_duties * 1000;

      print_row (what, file_size (file), &load, &parse);
      g_print ("  %-22s steps: read the file %.1f ms, build the tree %.1f ms, "
               "check and build the model %.1f ms\n", "",
               read.ms, tree.ms - read.ms, load.ms - tree.ms);
      g_print ("  %-22s %.2f us per duty, %.2fx the last size; %.1f MiB more than the built-in catalog\n",
               "", per_duty, per_duty_base > 0 ? per_duty / per_duty_base : 1.0, load.heap - base.heap);
      per_duty_base = per_duty;
      g_file_delete (file, NULL, NULL);
    }

  {
    g_autoptr(GBytes) bytes = ds_bench_checklist_new (100000);
    g_autoptr(DsCatalog) catalog = load_builtin (NULL);
    ChecklistJob job = { catalog, NULL };
    Figures parse, load;

    checklist_file = g_file_new_build_filename (dir, "checklist.dutysplit.json", NULL);
    if (!g_file_replace_contents (checklist_file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, 0, NULL, NULL, &error))
      g_error ("%s", error->message);

    g_print ("\nChecklist load, median of %u runs; memory held by the loaded checklist\n", rounds);
    print_header ();
    parse = measure (parse_only, checklist_file, rounds);
    job.file = checklist_file;
    load = measure (load_checklist, &job, rounds);
    print_row ("100,000 items", file_size (checklist_file), &load, &parse);
  }

  g_file_delete (checklist_file, NULL, NULL);
  g_file_delete (builtin_file, NULL, NULL);
  g_rmdir (dir);
  return 0;
}
