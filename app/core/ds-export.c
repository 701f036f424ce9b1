/* ds-export.c — writing a checklist for other programs and people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-export"

#include "config.h"

#include <string.h>

#include "ds-export.h"
#include "ds-file.h"

static const struct {
  const char     *name;
  const char     *extension;
  DsExportFormat  format;
} formats[] = {
  { "md",       ".md",       DS_EXPORT_MARKDOWN },
  { "markdown", ".markdown", DS_EXPORT_MARKDOWN },
};

/**
 * ds_export_format_from_name:
 * @name: a format's name as the command line takes it, such as `md`
 * @format: (out): the format
 *
 * Returns: %TRUE if @name names a format
 */
gboolean
ds_export_format_from_name (const char     *name,
                            DsExportFormat *format)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (name, formats[i].name) == 0)
        {
          *format = formats[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ds_export_format_from_filename:
 * @filename: the name of the file to write
 * @format: (out): the format its extension names
 *
 * Returns: %TRUE if the extension names a format
 */
gboolean
ds_export_format_from_filename (const char     *filename,
                                DsExportFormat *format)
{
  g_return_val_if_fail (filename != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gsize len = strlen (filename), ext = strlen (formats[i].extension);

      if (len > ext && g_ascii_strcasecmp (filename + len - ext, formats[i].extension) == 0)
        {
          *format = formats[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ds_export:
 * @checklist: a checklist
 * @format: the format to write
 * @date: the date to print as the export date
 *
 * Returns: (transfer full): the checklist in @format
 */
GBytes *
ds_export (DsChecklist    *checklist,
           DsExportFormat  format,
           GDateTime      *date)
{
  char *text = NULL;

  switch (format)
    {
    case DS_EXPORT_MARKDOWN:
      text = ds_export_markdown (checklist, date);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  return g_bytes_new_take (text, strlen (text));
}

/**
 * ds_export_to_file:
 * @checklist: a checklist
 * @format: the format to write
 * @file: where to write it
 * @error: return location for a #GError
 *
 * Replaces @file atomically (see ds_file_replace_contents()): a failure
 * leaves no half-written export and any earlier file as it was.
 */
gboolean
ds_export_to_file (DsChecklist     *checklist,
                   DsExportFormat   format,
                   GFile           *file,
                   GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GBytes) bytes = ds_export (checklist, format, now);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return ds_file_replace_contents (file, bytes, error);
}
