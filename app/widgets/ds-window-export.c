/* ds-window-export.c — the window's export menu and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-export-options.h"
#include "ds-report.h"
#include "ds-window-private.h"

/**
 * ds_window_export_to_file:
 * @self: a #DsWindow
 * @format: the format to write
 * @file: where to write it
 *
 * Exports the active checklist with the export options the user last chose,
 * and tells the user how it went.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ds_window_export_to_file (DsWindow       *self,
                          DsExportFormat  format,
                          GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);

  /* The file is replaced in one step: a failure leaves any earlier one. */
  if (!ds_export_to_file (self->checklist, format, self->export_options, file, &error))
    {
      g_autofree char *body = g_strdup_printf (_("“%s” was not written: %s"), name, error->message);

      _ds_window_show_error (self, _("Export Failed"), body);
      return FALSE;
    }

  message = g_strdup_printf (_("Exported “%s”"), name);
  _ds_window_toast (self, adw_toast_new (message));
  return TRUE;
}

static void
export_chosen (DsWindow *self,
               GFile    *file)
{
  ds_window_export_to_file (self, self->export_format, file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DsWindow *self = DS_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *base = g_strdup (ds_checklist_get_name (self->checklist));
  g_autofree char *name = NULL;
  DsExportFormat format;

  if (!ds_export_format_from_name (g_variant_get_string (param, NULL), &format))
    g_return_if_reached ();

  self->export_format = format;

  /* Keep the suggestion a plain file name whatever the checklist is called. */
  g_strdelimit (base, "/\\:", '-');
  name = g_strconcat (base, ds_export_format_get_extension (format), NULL);

  gtk_file_filter_set_name (filter, ds_export_format_get_label (format));
  gtk_file_filter_add_mime_type (filter, ds_export_format_get_content_type (format));
  gtk_file_filter_add_suffix (filter, ds_export_format_get_extension (format) + 1);

  _ds_window_choose_file (self, _("Export Checklist"), _("_Export"), filter, name, export_chosen);
}

static void
export_menu_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _ds_window_popup_export (DS_WINDOW (widget));
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   DsReport          *report)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  gtk_print_operation_set_n_pages (operation,
                                   ds_report_paginate (report, pango,
                                                       gtk_print_context_get_width (context),
                                                       gtk_print_context_get_height (context)));
  g_object_unref (pango);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 DsReport          *report)
{
  ds_report_draw_page (report, gtk_print_context_get_cairo_context (context), page);
}

/**
 * ds_window_print:
 * @self: a #DsWindow
 * @pdf_path: (nullable): a file to print to without asking, or %NULL to
 *   show the print dialog
 *
 * Prints the checklist's report, the same pages the PDF export makes.
 *
 * Returns: %TRUE unless printing failed
 */
gboolean
ds_window_print (DsWindow   *self,
                 const char *pdf_path)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(DsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (DS_IS_WINDOW (self), FALSE);

  report = ds_report_new (self->checklist, self->export_options, now);
  gtk_print_operation_set_job_name (operation, ds_checklist_get_name (self->checklist));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), report);

  if (pdf_path != NULL)
    gtk_print_operation_set_export_filename (operation, pdf_path);

  result = gtk_print_operation_run (operation,
                                    pdf_path ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                             : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      _ds_window_show_error (self, _("Printing Failed"), error->message);
      return FALSE;
    }

  return TRUE;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  ds_window_print (DS_WINDOW (widget), NULL);
}

/* The menu's check items are the settings themselves, and the options the
 * exports use follow them, so the last choice is kept across runs. */
void
_ds_window_attach_export_settings (DsWindow  *self,
                                   GSettings *settings)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  static const struct { const char *key, *property; } options[] = {
    { "export-open-only", "open-only" },
    { "export-aws-duties", "aws-duties" },
    { "export-notes", "notes" },
  };

  self->export_options = ds_export_options_new ();

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (settings, options[i].key);

      g_action_map_add_action (G_ACTION_MAP (group), action);
      g_settings_bind (settings, options[i].key, self->export_options, options[i].property,
                       G_SETTINGS_BIND_GET);
    }

  gtk_widget_insert_action_group (GTK_WIDGET (self), "export", G_ACTION_GROUP (group));
}

void
_ds_window_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.export-menu", NULL, export_menu_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
}
