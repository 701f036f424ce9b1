/* bench-bare-window.c — the least a libadwaita program shows: the baseline
 *
 * An AdwApplication that opens an AdwApplicationWindow holding a header
 * bar, at the main window's default size, built with the same compiler,
 * flags and libraries as duty-split. bench-startup times it against the
 * program. It reports its first frame as duty-split does with
 * DUTY_SPLIT_FIRST_FRAME set (see ds-application.c): one line
 * "first-frame MICROSECONDS" on the monotonic clock, then it quits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

static void
on_frame_painted_cb (GdkFrameClock *clock,
                     GtkWidget     *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (!gtk_widget_get_mapped (window) || !gdk_surface_get_mapped (surface))
    return;

  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, on_frame_painted_cb, window);
  g_application_quit (g_application_get_default ());
}

static void
on_window_realized_cb (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_frame_painted_cb), window, 0);
}

static void
on_activate_cb (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = adw_window_title_new ("Bare Window", NULL);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_box_append (GTK_BOX (box), header);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);

  if (g_getenv ("DUTY_SPLIT_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_window_realized_cb), NULL);

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new (APP_ID ".BenchBareWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
