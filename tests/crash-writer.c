/* crash-writer.c — keeps changing a checklist that autosaves, until killed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * crash-writer FILE SEED
 *
 * Opens the checklist FILE with the built-in catalog, saves it with
 * DsAutosave as the app does, and changes it every 10 to 300 ms: ticks or
 * unticks an item, renames the checklist, sets an item's assignee or note.
 * After each change it writes one line to standard output,
 *
 *   MONOTONIC-MICROSECONDS name VALUE
 *   MONOTONIC-MICROSECONDS done|assignee|note REF VALUE
 *
 * in one write(), so that whoever kills it knows what was done and when.
 * test-crash kills it with SIGKILL at random moments.
 */

#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "ds-autosave.h"
#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-item.h"

typedef struct {
  DsChecklist *checklist;
  GRand       *rand;
  guint64      seed;
  guint        n;
} Writer;

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;
  va_list args;
  gsize len;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  line = g_strdup_printf ("%" G_GINT64_FORMAT " %s\n", g_get_monotonic_time (), text);
  len = strlen (line);
  if (write (STDOUT_FILENO, line, len) != (gssize)len)
    exit (3);
}

static gboolean
change_cb (gpointer user_data)
{
  Writer *w = user_data;
  GListModel *items = ds_checklist_get_items (w->checklist);
  guint n_items = g_list_model_get_n_items (items);
  g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, g_rand_int_range (w->rand, 0, n_items));
  const char *ref = ds_checklist_item_get_ref (item);
  g_autofree char *value = g_strdup_printf ("v%" G_GUINT64_FORMAT "-%u", w->seed, ++w->n);

  switch (g_rand_int_range (w->rand, 0, 4))
    {
    case 0:
      ds_checklist_set_name (w->checklist, value);
      say ("name %s", value);
      break;

    case 1:
      ds_checklist_item_set_done (item, !ds_checklist_item_get_done (item));
      say ("done %s %d", ref, ds_checklist_item_get_done (item));
      break;

    case 2:
      ds_checklist_item_set_assignee (item, value);
      say ("assignee %s %s", ref, value);
      break;

    default:
      ds_checklist_item_set_note (item, value);
      say ("note %s %s", ref, value);
      break;
    }

  g_timeout_add (g_rand_int_range (w->rand, 10, 301), change_cb, w);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DsCatalog) catalog = NULL;
  g_autoptr(DsChecklist) checklist = NULL;
  g_autoptr(DsAutosave) autosave = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  Writer w = { 0, };

  if (argc != 3)
    {
      g_printerr ("usage: crash-writer FILE SEED\n");
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!(catalog = ds_catalog_new_builtin (&error)) ||
      !(checklist = ds_checklist_new_from_file (catalog, file, &error)))
    {
      g_printerr ("crash-writer: %s\n", error->message);
      return 1;
    }

  w.seed = g_ascii_strtoull (argv[2], NULL, 10);
  w.rand = rand = g_rand_new_with_seed ((guint32)w.seed);
  w.checklist = checklist;
  g_assert (g_list_model_get_n_items (ds_checklist_get_items (checklist)) > 0);

  autosave = ds_autosave_new (checklist, file);
  say ("ready");

  g_timeout_add (g_rand_int_range (rand, 10, 301), change_cb, &w);
  loop = g_main_loop_new (NULL, FALSE);
  g_main_loop_run (loop);

  return 0;
}
