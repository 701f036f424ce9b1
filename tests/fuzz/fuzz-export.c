/* fuzz-export.c — libFuzzer harness for the text exports of any checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-export.h"
#include "ds-export-options.h"
#include "ds-fuzz.h"

static DsCatalog *catalog;
static GDateTime *date;
static DsExportOptions *options;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!(catalog = ds_catalog_new_builtin (&error)))
    g_error ("%s", error->message);
  date = g_date_time_new_utc (2026, 11, 28, 12, 0, 0);

  /* Everything in: AWS's duties and the notes, so every path is taken. */
  options = ds_export_options_new ();
  g_object_set (options, "aws-duties", TRUE, "notes", TRUE, NULL);
  return 0;
}

static gboolean
is_markdown_line (const char *line,
                  guint       number)
{
  static const char *starts[] = { "## ", "- [x] ", "- [ ] ", "- ", "  ", "*", NULL };

  if (number == 0)
    return g_str_has_prefix (line, "# ");
  if (number == 2)
    return g_str_has_suffix (line, "from Duty Split  ");
  if (number == 3)
    return g_str_has_prefix (line, "Regions: ");
  if (line[0] == '\0')
    return TRUE;

  for (guint i = 0; starts[i] != NULL; i++)
    if (g_str_has_prefix (line, starts[i]))
      return TRUE;

  return FALSE;
}

/* The input is read as a checklist; if it loads, it is exported in every
 * text format. Each export is UTF-8, and in Markdown no user text can start
 * a line of its own: every line is the title, the summary, a heading, an
 * item, an item's details, AWS's list or empty. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  static const DsExportFormat formats[] = { DS_EXPORT_MARKDOWN, DS_EXPORT_CSV, DS_EXPORT_HTML };
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsChecklist) checklist = ds_checklist_new_from_bytes (catalog, bytes, "fuzz.json", &error);

  ds_fuzz_check_result (checklist, error);
  if (checklist == NULL)
    return 0;

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(GBytes) out = ds_export (checklist, formats[f], options, date, &error);
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;
      gsize len;

      if (out == NULL)
        g_error ("the %s export failed: %s", ds_export_format_get_name (formats[f]), error->message);

      text = g_strndup (g_bytes_get_data (out, &len), g_bytes_get_size (out));
      if (strlen (text) != len || !g_utf8_validate (text, -1, NULL))
        g_error ("the %s export is not UTF-8 text", ds_export_format_get_name (formats[f]));

      if (formats[f] != DS_EXPORT_MARKDOWN)
        continue;

      lines = g_strsplit (text, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        if (strchr (lines[i], '\r') != NULL || !is_markdown_line (lines[i], i))
          g_error ("line %u of the export is not one the exporter writes: %s", i + 1, lines[i]);
    }

  return 0;
}
