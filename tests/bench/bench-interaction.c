/* bench-interaction.c — how fast the window answers with a large catalog
 *
 * Starts the application as the program does, switches it to a synthetic
 * catalog of 10,000 services and 100,000 duties (ds-bench-catalog.c), and
 * times, over many runs, in the real window:
 *
 * - a keystroke in the service search: from the moment the search entry
 *   emits search-changed, which the browser filters on, until the filtered
 *   list model holds the new result ("model"), and until the window has
 *   painted the frame that shows it ("painted"). GtkSearchEntry waits a
 *   moment after the last keystroke before it emits the signal; that wait
 *   is by design, so the bench emits it at once after each keystroke;
 * - a selection in the service list, made as a click does, until the duty
 *   panel holds the service's rows, and until they are painted.
 *
 * Prints the median and the worst run. The goal is 16 ms, one frame at
 * 60 Hz. For the frame after each change it also prints the CPU time
 * of the thread until it was painted, how long the frame took to begin
 * (the X backend measures the window for its size limits before it),
 * its layout phase (measuring and allocating) and its paint phase
 * (snapshot and rendering, with the cairo renderer unless GSK_RENDERER
 * says otherwise). It needs a display; run it in a private one:
 *
 *   tests/headless.sh build/tests/bench/bench-interaction [SELECTIONS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <time.h>

#include "ds-application.h"
#include "ds-bench-catalog.h"
#include "ds-catalog.h"
#include "ds-checklist-section.h"
#include "ds-duty.h"
#include "ds-duty-panel.h"
#include "ds-duty-row.h"
#include "ds-service.h"
#include "ds-service-browser.h"
#include "ds-slot.h"
#include "ds-test-util.h"

typedef struct {
  double cpu;        /* CPU time of the thread from start to model, ms */
  gint64 start;      /* search-changed emitted, or the click */
  gint64 model;      /* the model holds the result */
  gint64 painted;    /* the frame after it is painted */
  gboolean waiting;  /* for a frame */
  gint64 frame;      /* when GTK began to lay out that frame */
  gint64 phase;      /* when the current phase of that frame began */
  double layout;     /* its layout phase (measure, allocate), ms */
  double paint;      /* its paint phase (snapshot, render), ms */
  double cpu_start;  /* CPU time of the thread at the start, ms */
  double cpu_painted; /* and from the start until painted, ms */
} Run;

static Run run;

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void
print_figures (const char *what,
               GArray     *times)
{
  /* Under valgrind a change may be painted with the next one. */
  if (times->len == 0)
    {
      g_print ("  %-40s no runs\n", what);
      return;
    }

  g_array_sort (times, compare_doubles);
  g_print ("  %-40s %8.2f %8.2f   (%u runs)\n", what,
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, times->len - 1), times->len);
}

/* The phases of the frame after a change: GTK lays the window out in the
 * clock's layout phase and draws and renders it in its paint phase. These
 * handlers were connected after GTK's, so they run after them: the end of
 * the update phase is the start of the layout. */
static void
phase_ends (GdkFrameClock *clock,
            double        *phase)
{
  gint64 now = g_get_monotonic_time ();

  if (run.waiting && phase != NULL && run.phase != 0)
    *phase += (now - run.phase) / 1000.0;
  run.phase = now;
}

static void
update_ends (GdkFrameClock *clock)
{
  phase_ends (clock, NULL);
  if (run.waiting && run.frame == 0)
    run.frame = run.phase;
}

static void
layout_ends (GdkFrameClock *clock)
{
  phase_ends (clock, &run.layout);
}

static void
paint_ends (GdkFrameClock *clock)
{
  phase_ends (clock, &run.paint);
}

static void
after_paint (GdkFrameClock *clock)
{
  if (run.waiting)
    {
      run.painted = g_get_monotonic_time ();
      run.cpu_painted = thread_cpu_ms () - run.cpu_start;
      run.waiting = FALSE;
    }
}

static gboolean
is_painted (gpointer data)
{
  return run.painted != 0;
}

/* Waits for the frame after the change; a change that leaves the list as
 * it was needs none, and then the model time stands. */
static double
wait_painted (void)
{
  if (!ds_test_wait_until (is_painted, NULL, 200))
    {
      run.waiting = FALSE;
      return (run.model - run.start) / 1000.0;
    }

  return (run.painted - run.start) / 1000.0;
}

static void
wait_idle (void)
{
  ds_test_wait (300);
}

static gboolean
is_mapped (gpointer window)
{
  return gtk_widget_get_mapped (window);
}

static guint n_expected;

/* The list fills a few screenfuls per frame after a catalog switch. */
static gboolean
is_filled (gpointer rows)
{
  return g_list_model_get_n_items (rows) == n_expected;
}

static gboolean
has_css_class (GtkWidget *widget,
               gpointer   name)
{
  return gtk_widget_has_css_class (widget, name);
}

/* The duties the panel shows for @section: those of its variant. */
static guint
count_duties (DsChecklistSection *section)
{
  GListModel *duties = ds_service_get_duties (ds_checklist_section_get_service (section));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
      n += ds_duty_applies_to (duty, ds_checklist_section_get_variant (section));
    }

  return n;
}

/* Keeps the run away from the user's checklists and settings. */
static char *
isolate (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bench-interaction-XXXXXX", &error);

  if (dir == NULL)
    g_error ("%s", error->message);

  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", dir, TRUE);
  g_setenv ("XDG_STATE_HOME", dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", DS_SCHEMA_DIR, FALSE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  /* As the widget tests and the start-up bench draw: the headless display
   * has no GPU, and GL through a software rasterizer would be most of
   * what is timed. */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  return dir;
}

int
main (int   argc,
      char *argv[])
{
  /* Words typed letter by letter, then erased: one that many services
   * have, service names, and ones that match few or none. */
  static const char * const words[] = {
    "encryption", "amazon s3 0042", "kms", "lambda", "xyzzy", "backup",
  };
  guint n_selections = argc > 1 ? (guint)atoi (argv[1]) : 60;
  guint n_services = argc > 2 ? (guint)atoi (argv[2]) : 10000;
  g_autofree char *dir = isolate ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsApplication) app = NULL;
  g_autoptr(DsCatalog) catalog = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) search_model = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_painted = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_model = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_painted = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_cpu_painted = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_cpu_painted = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_wait = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_wait = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_paint = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) select_paint = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window, *browser, *entry, *list, *panel;
  GListModel *rows;
  GdkFrameClock *clock;
  double first_search;
  gint64 start;

  gtk_init ();
  adw_init ();

  app = ds_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  g_application_activate (G_APPLICATION (app));

  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (!ds_test_wait_until (is_mapped, window, 5000))
    g_error ("the window did not show");

  if (n_services > 0)
    {
      file = ds_bench_catalog_write (dir, n_services, 10);
      start = g_get_monotonic_time ();
      if (!(catalog = ds_catalog_new_from_file (file, &error)))
        g_error ("%s", error->message);
      g_print ("Catalog of %u services loaded in %.0f ms; ", n_services, (g_get_monotonic_time () - start) / 1000.0);
      start = g_get_monotonic_time ();
      ds_application_use_catalog (app, catalog);
      g_print ("the window switched to it in %.0f ms\n", (g_get_monotonic_time () - start) / 1000.0);
    }
  else
    g_print ("The built-in catalog\n");
  /* A user looks at the list a moment before typing, while the browser
   * builds the search text in the background. */
  ds_test_wait (2000);

  browser = ds_test_find_widget (window, DS_TYPE_SERVICE_BROWSER, NULL, NULL);
  entry = ds_test_find_widget (browser, GTK_TYPE_SEARCH_ENTRY, NULL, NULL);
  list = ds_test_find_widget (browser, GTK_TYPE_LIST_VIEW, has_css_class, (gpointer)"navigation-sidebar");
  panel = ds_test_find_widget (window, DS_TYPE_DUTY_PANEL, NULL, NULL);
  rows = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  clock = gtk_widget_get_frame_clock (window);
  n_expected = n_services;
  if (n_services > 0 && !ds_test_wait_until (is_filled, rows, 60000))
    g_error ("the list did not fill");

  /* The entry would search once typing pauses; here the bench emits
   * search-changed itself right after each keystroke instead. */
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (entry), G_MAXINT);
  g_signal_connect (clock, "update", G_CALLBACK (update_ends), NULL);
  g_signal_connect (clock, "layout", G_CALLBACK (layout_ends), NULL);
  g_signal_connect (clock, "paint", G_CALLBACK (paint_ends), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), NULL);

  g_print ("In milliseconds                            median    worst\n");

  /* Keystrokes, as the user types them. */
  first_search = -1;
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      guint len = strlen (words[w]);

      for (guint i = 1; i <= 2 * len; i++)
        {
          /* One letter added at the end, or the last one erased, as a
           * keystroke does: setting the whole text would empty the entry
           * first, and an empty search entry reports that at once. */
          if (i <= len)
            {
              int end = (int)i - 1;

              gtk_editable_insert_text (GTK_EDITABLE (entry), words[w] + i - 1, 1, &end);
            }
          else
            gtk_editable_delete_text (GTK_EDITABLE (entry), (int)(2 * len - i), -1);
          gtk_editable_set_position (GTK_EDITABLE (entry), -1);
          run = (Run) { 0, };
          run.cpu = run.cpu_start = thread_cpu_ms ();
          run.start = g_get_monotonic_time ();
          g_signal_emit_by_name (entry, "search-changed");
          run.model = g_get_monotonic_time ();
          run.cpu = thread_cpu_ms () - run.cpu;
          run.waiting = TRUE;

          if (first_search < 0)
            first_search = (run.model - run.start) / 1000.0;
          else
            {
              double model = (run.model - run.start) / 1000.0;
              g_array_append_val (search_model, model);
              g_array_append_val (search_cpu, run.cpu);
            }
          {
            double painted = wait_painted ();
            g_array_append_val (search_painted, painted);
            double wait = run.frame ? (run.frame - run.model) / 1000.0 : 0.0;
            g_array_append_val (search_wait, wait);
            if (run.cpu_painted > 0)
              g_array_append_val (search_cpu_painted, run.cpu_painted);
            g_array_append_val (search_layout, run.layout);
            g_array_append_val (search_paint, run.paint);
          }
        }
    }
  g_print ("  %-40s %8.2f\n", "first keystroke, model updated", first_search);
  print_figures ("search keystroke, model updated", search_model);
  print_figures ("  the same, CPU time", search_cpu);
  print_figures ("search keystroke, painted", search_painted);
  print_figures ("  the same, CPU time", search_cpu_painted);
  print_figures ("  from the model to its frame", search_wait);
  print_figures ("  its frame's layout phase", search_layout);
  print_figures ("  its frame's paint phase", search_paint);
  wait_idle ();

  /* Selections spread over the whole list, as a click on a row makes. */
  for (guint i = 0; i < n_selections; i++)
    {
      guint position = (i * 7919 + 13) % g_list_model_get_n_items (rows);
      g_autoptr(DsSlot) slot = g_list_model_get_item (rows, position);
      DsChecklistSection *section = ds_slot_get_item (slot);
      g_autoptr(GPtrArray) duty_rows = NULL;
      double model, painted, wait;

      run = (Run) { 0, };
      run.cpu = run.cpu_start = thread_cpu_ms ();
      run.start = g_get_monotonic_time ();
      if (!gtk_widget_activate_action (list, "list.select-item", "(ubb)", position, FALSE, FALSE))
        g_error ("could not select row %u", position);
      run.model = g_get_monotonic_time ();
      run.cpu = thread_cpu_ms () - run.cpu;
      run.waiting = TRUE;

      /* The panel shows the service, with a row for each of its duties. */
      g_assert (ds_duty_panel_get_section (DS_DUTY_PANEL (panel)) == section);
      duty_rows = ds_test_find_widgets (panel, DS_TYPE_DUTY_ROW, NULL, NULL);
      g_assert_cmpuint (duty_rows->len, ==, count_duties (section));

      painted = wait_painted ();
      model = (run.model - run.start) / 1000.0;
      g_array_append_val (select_model, model);
      g_array_append_val (select_cpu, run.cpu);
      g_array_append_val (select_painted, painted);
      wait = run.frame ? (run.frame - run.model) / 1000.0 : 0.0;
      g_array_append_val (select_wait, wait);
      if (run.cpu_painted > 0)
        g_array_append_val (select_cpu_painted, run.cpu_painted);
      g_array_append_val (select_layout, run.layout);
      g_array_append_val (select_paint, run.paint);
    }
  print_figures ("select a service, duty panel filled", select_model);
  print_figures ("  the same, CPU time", select_cpu);
  print_figures ("select a service, painted", select_painted);
  print_figures ("  the same, CPU time", select_cpu_painted);
  print_figures ("  from the model to its frame", select_wait);
  print_figures ("  its frame's layout phase", select_layout);
  print_figures ("  its frame's paint phase", select_paint);

  while (gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  ds_test_remove_tree (dir);
  return 0;
}
