/* main.c — the duty-split program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ds-application.h"
#include "ds-frame-report.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DsApplication) app = NULL;
  const char *localedir = g_getenv ("DUTY_SPLIT_LOCALEDIR");

  ds_frame_report_mark ("main");

  /* GTK sets the locale too, but only once the window opens: the command
   * line (--help, --export, their errors) needs it first. */
  setlocale (LC_ALL, "");
  /* The tests run the program from the build folder, with the catalogs
   * built there; an installed program never needs this. */
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ds_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
