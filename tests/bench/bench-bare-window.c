/* bench-bare-window.c — the least a libadwaita program shows: the baseline
 *
 * An AdwApplication that opens an AdwApplicationWindow holding a header
 * bar, at the main window's default size, built with the same compiler,
 * flags and libraries as duty-split. bench-startup times it against the
 * program. It reports its first frame as duty-split does with
 * DUTY_SPLIT_FIRST_FRAME set, with the same code (ds-frame-report.c): one line
 * "first-frame MICROSECONDS" on the monotonic clock, then it quits; before
 * that, the same marks of the steps of start-up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "ds-frame-report.h"

static void
on_activate_cb (GtkApplication *app)
{
  GtkWidget *window, *box, *title, *header;

  ds_frame_report_mark ("activate");
  window = adw_application_window_new (app);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  title = adw_window_title_new ("Bare Window", NULL);
  header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);

  ds_frame_report_mark ("built");
  ds_frame_report_watch (GTK_WINDOW (window));

  gtk_window_present (GTK_WINDOW (window));
  ds_frame_report_mark ("presented");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  ds_frame_report_mark ("main");
  app = adw_application_new (APP_ID ".BenchBareWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
