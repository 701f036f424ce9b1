/* ds-export.c — writing a checklist for other programs and people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-checklist-section.h"
#include "ds-duty.h"
#include "ds-export-private.h"
#include "ds-file.h"
#include "ds-service.h"

/* The first entry of each format is its canonical name and extension. */
static const struct {
  const char     *name;
  const char     *extension;
  DsExportFormat  format;
} formats[] = {
  { "md",       ".md",       DS_EXPORT_MARKDOWN },
  { "csv",      ".csv",      DS_EXPORT_CSV },
  { "json",     ".json",     DS_EXPORT_JSON },
  { "html",     ".html",     DS_EXPORT_HTML },
  { "pdf",      ".pdf",      DS_EXPORT_PDF },
  { "markdown", ".markdown", DS_EXPORT_MARKDOWN },
  { "htm",      ".htm",      DS_EXPORT_HTML },
};

static const struct {
  const char *label;
  const char *content_type;
} format_info[] = {
  [DS_EXPORT_MARKDOWN] = { N_("Markdown"), "text/markdown" },
  [DS_EXPORT_CSV]      = { N_("CSV"),      "text/csv" },
  [DS_EXPORT_JSON]     = { N_("Duty Split checklist"), "application/json" },
  [DS_EXPORT_HTML]     = { N_("Web page"), "text/html" },
  [DS_EXPORT_PDF]      = { N_("PDF"),      "application/pdf" },
};

static guint
format_index (DsExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return i;

  g_return_val_if_reached (0);
}

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

      if (len > ext && filename[len - ext - 1] != '/' &&
          g_ascii_strcasecmp (filename + len - ext, formats[i].extension) == 0)
        {
          *format = formats[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ds_export_format_get_name:
 * @format: a format
 *
 * Returns: the name the command line takes for @format, such as `md`
 */
const char *
ds_export_format_get_name (DsExportFormat format)
{
  return formats[format_index (format)].name;
}

/**
 * ds_export_format_get_label:
 * @format: a format
 *
 * Returns: the format's name for people, translated, for menus and filters
 */
const char *
ds_export_format_get_label (DsExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_info), NULL);
  return _(format_info[format].label);
}

/**
 * ds_export_format_get_extension:
 * @format: a format
 *
 * Returns: the extension a file in @format gets, with its dot: `.md`
 */
const char *
ds_export_format_get_extension (DsExportFormat format)
{
  return formats[format_index (format)].extension;
}

/**
 * ds_export_format_get_content_type:
 * @format: a format
 *
 * Returns: the MIME type of @format, for file dialog filters
 */
const char *
ds_export_format_get_content_type (DsExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_info), NULL);
  return format_info[format].content_type;
}

static void
export_part_free (gpointer data)
{
  DsExportPart *part = data;

  g_ptr_array_unref (part->items);
  g_clear_pointer (&part->aws_duties, g_ptr_array_unref);
  g_free (part);
}

/* The duties AWS carries in @part's service as the workload runs it. */
static GPtrArray *
collect_aws_duties (DsChecklist  *checklist,
                    DsExportPart *part)
{
  GPtrArray *duties = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = NULL;

  if (part->service != NULL)
    model = ds_service_get_duties (part->service);
  else if (g_str_equal (ds_checklist_section_get_id (part->section), DS_GENERAL_SECTION_ID))
    model = ds_catalog_get_general_duties (ds_checklist_get_catalog (checklist));

  for (guint i = 0, n = model ? g_list_model_get_n_items (model) : 0; i < n; i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (model, i);

      if (ds_duty_get_owner (duty) == DS_OWNER_AWS && ds_duty_applies_to (duty, part->variant))
        g_ptr_array_add (duties, g_steal_pointer (&duty));
    }

  return duties;
}

/* Walks the items once, in checklist order (they are grouped by section),
 * so that every exporter sees the same sections and the same filtering. A
 * section with nothing left to show once the options are applied is left
 * out. */
GPtrArray *
_ds_export_collect (DsChecklist     *checklist,
                    DsExportOptions *options)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (export_part_free);
  GListModel *items = ds_checklist_get_items (checklist);
  gboolean open_only = ds_export_options_get_open_only (options);
  gboolean aws_duties = ds_export_options_get_aws_duties (options);
  DsExportPart *part = NULL;

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      DsChecklistItem *item = g_list_model_get_item (items, i);
      const char *section_id = ds_checklist_item_get_section_id (item);

      if (part == NULL || !g_str_equal (section_id, ds_checklist_section_get_id (part->section)))
        {
          DsChecklistSection *section = ds_checklist_get_section (checklist, section_id);

          g_assert (section != NULL);   /* every item's section exists */

          if (part != NULL && part->items->len == 0)
            g_ptr_array_remove_index (parts, parts->len - 1);

          part = g_new0 (DsExportPart, 1);
          part->section = section;
          part->title = ds_checklist_section_get_title (section);
          part->service = ds_checklist_section_get_service (section);
          part->variant = ds_checklist_section_get_variant (section);
          part->n_done = ds_checklist_section_get_n_done (section);
          part->n_total = ds_checklist_section_get_n_total (section);
          part->items = g_ptr_array_new_with_free_func (g_object_unref);
          if (aws_duties)
            part->aws_duties = collect_aws_duties (checklist, part);
          g_ptr_array_add (parts, part);
        }

      if (open_only && ds_checklist_item_get_resolved (item))
        g_object_unref (item);
      else
        g_ptr_array_add (part->items, item);
    }

  if (part != NULL && part->items->len == 0)
    g_ptr_array_remove_index (parts, parts->len - 1);

  return parts;
}

/**
 * ds_export:
 * @checklist: a checklist
 * @format: the format to write
 * @options: (nullable): what to leave in or out; %NULL for the defaults
 * @date: the date to print as the export date
 * @error: return location for a #GError
 *
 * JSON is the checklist file itself, whole, whatever the options say, so
 * that it opens again as the same checklist.
 *
 * Returns: (transfer full): the checklist in @format, or %NULL with @error
 *   set if it could not be drawn (PDF only)
 */
GBytes *
ds_export (DsChecklist      *checklist,
           DsExportFormat    format,
           DsExportOptions  *options,
           GDateTime        *date,
           GError          **error)
{
  g_autoptr(DsExportOptions) defaults = NULL;

  g_return_val_if_fail (DS_IS_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (options == NULL || DS_IS_EXPORT_OPTIONS (options), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  if (options == NULL)
    options = defaults = ds_export_options_new ();

  switch (format)
    {
    case DS_EXPORT_MARKDOWN:
      return g_string_free_to_bytes (_ds_export_markdown (checklist, options, date));
    case DS_EXPORT_CSV:
      return g_string_free_to_bytes (_ds_export_csv (checklist, options));
    case DS_EXPORT_JSON:
      return ds_checklist_to_bytes (checklist);
    case DS_EXPORT_HTML:
      return g_string_free_to_bytes (_ds_export_html (checklist, options, date));
    case DS_EXPORT_PDF:
      return _ds_export_pdf (checklist, options, date, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ds_export_to_file:
 * @checklist: a checklist
 * @format: the format to write
 * @options: (nullable): what to leave in or out; %NULL for the defaults
 * @file: where to write it
 * @error: return location for a #GError
 *
 * Dates the export now and replaces @file atomically (see
 * ds_file_replace_contents()): a failure leaves no half-written export and
 * any earlier file as it was, and @error says what went wrong.
 */
gboolean
ds_export_to_file (DsChecklist      *checklist,
                   DsExportFormat    format,
                   DsExportOptions  *options,
                   GFile            *file,
                   GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(bytes = ds_export (checklist, format, options, now, error)))
    return FALSE;

  return ds_file_replace_contents (file, bytes, error);
}
