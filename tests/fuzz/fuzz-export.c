/* fuzz-export.c — libFuzzer harness for the Markdown export of any checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-export.h"
#include "ds-fuzz.h"

static DsCatalog *catalog;
static GDateTime *date;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!(catalog = ds_catalog_new_builtin (&error)))
    g_error ("%s", error->message);
  date = g_date_time_new_utc (2026, 11, 28, 12, 0, 0);
  return 0;
}

/* The input is read as a checklist; if it loads, it is exported. The text
 * is UTF-8, and no user text can start a line of its own: every line is the
 * title, the summary, a heading, an item or empty. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsChecklist) checklist = ds_checklist_new_from_bytes (catalog, bytes, "fuzz.json", &error);
  g_autofree char *markdown = NULL;
  g_auto(GStrv) lines = NULL;

  ds_fuzz_check_result (checklist, error);
  if (checklist == NULL)
    return 0;

  markdown = ds_export_markdown (checklist, date);
  if (markdown == NULL || !g_utf8_validate (markdown, -1, NULL))
    g_error ("the export is not UTF-8");

  lines = g_strsplit (markdown, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (strchr (line, '\r') != NULL ||
          !(i == 0 ? g_str_has_prefix (line, "# ") :
            i == 2 ? g_str_has_suffix (line, "from Duty Split  ") :
            i == 3 ? g_str_has_prefix (line, "Regions: ") :
            line[0] == '\0' || g_str_has_prefix (line, "## ") ||
            g_str_has_prefix (line, "- [x] ") || g_str_has_prefix (line, "- [ ] ")))
        g_error ("line %u of the export is not one the exporter writes: %s", i + 1, line);
    }

  return 0;
}
