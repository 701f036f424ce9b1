/* ds-command-line.c — what duty-split does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-command-line"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-command-line.h"
#include "ds-export.h"
#include "ds-service.h"

/**
 * ds_command_line_list_services:
 * @catalog: a catalog
 * @out: where to append the list
 *
 * One line a service, tab-separated: id, name, category, group; easy to cut.
 */
void
ds_command_line_list_services (DsCatalog *catalog,
                               GString   *out)
{
  for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (catalog)); i < n; i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      g_string_append_printf (out, "%s\t%s\t%s\t%s\n",
                              ds_service_get_id (service),
                              ds_service_get_name (service),
                              ds_category_to_string (ds_service_get_category (service)),
                              ds_service_get_group (service));
    }
}

/**
 * ds_command_line_export:
 * @catalog: a catalog
 * @output: the file to write
 * @format: (nullable): the format's name; %NULL to take it from @output
 * @services: (nullable): service ids separated by commas, to add
 * @checklist: (nullable): a checklist file to start from; it is only read
 * @options: (nullable): what to leave in or out; %NULL for the defaults
 * @error: return location for a #GError
 *
 * Exports @checklist, or a new checklist, with @services added.
 */
gboolean
ds_command_line_export (DsCatalog        *catalog,
                        const char       *output,
                        const char       *format,
                        const char       *services,
                        const char       *checklist,
                        DsExportOptions  *options,
                        GError          **error)
{
  g_autoptr(DsChecklist) list = NULL;
  g_autoptr(GFile) file = NULL;
  DsExportFormat export_format;

  if (format != NULL ? !ds_export_format_from_name (format, &export_format)
                     : !ds_export_format_from_filename (output, &export_format))
    {
      if (format != NULL)
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("Unknown export format “%s”; expected md, csv, json, html or pdf"), format);
      else
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("Cannot tell the format from “%s”; name it .md, .csv, .json, .html "
                       "or .pdf, or give --format"), output);
      return FALSE;
    }

  if (services == NULL && checklist == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("Nothing to export: give --services, --checklist or both"));
      return FALSE;
    }

  if (checklist != NULL)
    {
      g_autoptr(GFile) input = g_file_new_for_commandline_arg (checklist);

      if (!(list = ds_checklist_new_from_file (catalog, input, error)))
        return FALSE;
    }
  else
    list = ds_checklist_new (catalog);

  if (services != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (services, ",", -1);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          g_strstrip (ids[i]);
          if (ids[i][0] == '\0')
            continue;
          if (!ds_checklist_set_service_chosen (list, ids[i], TRUE))
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("Unknown service “%s”; --list-services shows the ids"), ids[i]);
              return FALSE;
            }
        }
    }

  file = g_file_new_for_commandline_arg (output);
  return ds_export_to_file (list, export_format, options, file, error);
}
