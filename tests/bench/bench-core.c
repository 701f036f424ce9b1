/* bench-core.c — how long the core's everyday work takes
 *
 * Prints, for the built-in catalog, the median time to load it against a
 * baseline that only parses the same bytes with json-glib (the ratio is
 * what checking and building the model adds), then the time to save, load
 * and export a checklist holding every service. Run on demand:
 *
 *   build/tests/bench/bench-core [ROUNDS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-export.h"
#include "ds-service.h"

typedef void (*Work) (gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The median of @rounds runs, in milliseconds. */
static double
measure (Work     work,
         gpointer data,
         guint    rounds)
{
  g_autofree double *times = g_new (double, rounds);

  work (data);   /* warm caches */
  for (guint i = 0; i < rounds; i++)
    {
      gint64 start = g_get_monotonic_time ();
      work (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, rounds, sizeof (double), compare_doubles);
  return times[rounds / 2];
}

static void
parse_only (gpointer data)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize len;
  const char *text = g_bytes_get_data (data, &len);

  if (!json_parser_load_from_data (parser, text, len, NULL))
    g_error ("the built-in catalog does not parse");
}

static void
load_catalog (gpointer data)
{
  g_autoptr(DsCatalog) catalog = ds_catalog_new_from_bytes (data, "aws.json", NULL);

  g_assert (catalog != NULL);
}

static void
save_checklist (gpointer data)
{
  g_autoptr(GBytes) bytes = ds_checklist_to_bytes (data);
}

typedef struct {
  DsCatalog *catalog;
  GBytes    *bytes;
} LoadData;

static void
load_checklist (gpointer data)
{
  LoadData *load = data;
  g_autoptr(DsChecklist) checklist = ds_checklist_new_from_bytes (load->catalog, load->bytes, "x", NULL);

  g_assert (checklist != NULL);
}

static void
export_markdown (gpointer data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GBytes) text = ds_export (data, DS_EXPORT_MARKDOWN, NULL, now, NULL);
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = argc > 1 ? (guint)atoi (argv[1]) : 51;
  g_autoptr(GBytes) catalog_bytes = g_resources_lookup_data (DS_CATALOG_BUILTIN_PATH, 0, NULL);
  g_autoptr(DsCatalog) catalog = ds_catalog_new_from_bytes (catalog_bytes, "aws.json", NULL);
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  g_autoptr(GBytes) checklist_bytes = NULL;
  LoadData load;
  double parse, full;

  if (rounds == 0)
    rounds = 1;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalog)); i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);
      ds_checklist_set_service_chosen (checklist, ds_service_get_id (service), TRUE);
    }
  checklist_bytes = ds_checklist_to_bytes (checklist);
  load = (LoadData) { catalog, checklist_bytes };

  g_print ("Median of %u runs, in milliseconds\n", rounds);
  g_print ("Built-in catalog: %u services, %" G_GSIZE_FORMAT " bytes\n",
           g_list_model_get_n_items (G_LIST_MODEL (catalog)), g_bytes_get_size (catalog_bytes));

  parse = measure (parse_only, catalog_bytes, rounds);
  full = measure (load_catalog, catalog_bytes, rounds);
  g_print ("  parse only (json-glib baseline)  %8.3f\n", parse);
  g_print ("  load, check and build the model  %8.3f   %.2fx the baseline\n", full, full / parse);

  g_print ("Checklist of every service: %u items\n", ds_checklist_get_n_total (checklist));
  g_print ("  write to JSON                    %8.3f\n", measure (save_checklist, checklist, rounds));
  g_print ("  read from JSON                   %8.3f\n", measure (load_checklist, &load, rounds));
  g_print ("  export Markdown                  %8.3f\n", measure (export_markdown, checklist, rounds));

  return 0;
}
