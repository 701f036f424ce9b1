/* ds-frame-report.c — telling a benchmark how start-up goes, to the first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ds-frame-report.h"

/* The frame clock only exists once the window is realized; a frame painted
 * before the surface is on screen does not count. */
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

/**
 * ds_frame_report_watch:
 * @window: a window not realized yet
 *
 * With DUTY_SPLIT_FIRST_FRAME set, prints when @window has drawn its first
 * frame, as "first-frame MICROSECONDS" on the monotonic clock
 * (CLOCK_MONOTONIC, that of g_get_monotonic_time()), and quits the
 * application: tests/bench/bench-startup times the program and its bare
 * baseline window so. Otherwise all it costs is reading the variable.
 */
void
ds_frame_report_watch (GtkWindow *window)
{
  if (g_getenv ("DUTY_SPLIT_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_window_realized_cb), NULL);
}

/**
 * ds_frame_report_mark:
 * @phase: the name of the step of start-up just finished
 *
 * With DUTY_SPLIT_FIRST_FRAME set, prints "phase PHASE MICROSECONDS" on
 * the clock of ds_frame_report_watch(): bench-startup reads these marks to
 * tell which part of start-up the time goes to.
 */
void
ds_frame_report_mark (const char *phase)
{
  if (g_getenv ("DUTY_SPLIT_FIRST_FRAME") != NULL)
    g_print ("phase %s %" G_GINT64_FORMAT "\n", phase, g_get_monotonic_time ());
}
