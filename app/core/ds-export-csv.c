/* ds-export-csv.c — the checklist as a table for spreadsheets and scripts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-export-csv"

#include "config.h"

#include <string.h>

#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-duty.h"
#include "ds-export-private.h"

/* Column names are the checklist file's member names, so a script can use
 * either; every item has every column, empty where it has no value. */
static const char header[] =
  "service,duty,title,owner,status,reason,reason-text,assignee,due,done-at,note,controls\r\n";

/* One cell, as RFC 4180 has it: quoted when it holds a quote, a comma, a
 * line break, or a semicolon (the separator of spreadsheets in locales with
 * a decimal comma), with quotes doubled.
 *
 * A spreadsheet runs a cell that starts with = + - or @ as a formula, and
 * some also one that starts with a tab or a carriage return; a formula can
 * fetch URLs or, through DDE, start programs. Notes, assignees and titles
 * are free text, so such a cell gets a leading apostrophe, as OWASP's
 * CSV-injection advice says: spreadsheets read it as "text follows" and a
 * person still reads the value. Scripts see the apostrophe; that is the
 * price of opening the file safely in Excel or LibreOffice. */
static void
append_cell (GString    *out,
             const char *text)
{
  gboolean quote;

  if (text == NULL || text[0] == '\0')
    return;

  quote = text[strcspn (text, "\",;\r\n")] != '\0';

  if (quote)
    g_string_append_c (out, '"');

  switch (text[0])
    {
    case '=': case '+': case '-': case '@': case '\t': case '\r':
      g_string_append_c (out, '\'');
      break;
    default:
      break;
    }

  if (quote)
    {
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
}

/* Security Hub control ids, separated by spaces: ids never hold one, and a
 * space splits no cell in any spreadsheet locale. */
static void
append_controls (GString *out,
                 DsDuty  *duty)
{
  const char * const *controls = duty != NULL ? ds_duty_get_controls (duty) : NULL;
  g_autofree char *joined = NULL;

  if (controls == NULL || controls[0] == NULL)
    return;

  joined = g_strjoinv (" ", (char **)controls);
  append_cell (out, joined);
}

static void
append_item (GString         *out,
             const char      *service,
             DsChecklistItem *item,
             gboolean         notes)
{
  DsDuty *duty = ds_checklist_item_get_duty (item);
  DsReason reason = ds_checklist_item_get_reason (item);
  GDateTime *done_at = ds_checklist_item_get_done_at (item);

  append_cell (out, service);
  g_string_append_c (out, ',');
  append_cell (out, ds_checklist_item_get_ref (item));
  g_string_append_c (out, ',');
  append_cell (out, ds_checklist_item_get_title (item));
  g_string_append_c (out, ',');
  if (duty != NULL)
    append_cell (out, ds_owner_to_string (ds_duty_get_owner (duty)));
  g_string_append_c (out, ',');
  append_cell (out, ds_item_status_to_string (ds_checklist_item_get_status (item)));
  g_string_append_c (out, ',');
  if (reason != DS_REASON_NONE)
    append_cell (out, ds_reason_to_string (reason));
  g_string_append_c (out, ',');
  append_cell (out, ds_checklist_item_get_reason_text (item));
  g_string_append_c (out, ',');
  append_cell (out, ds_checklist_item_get_assignee (item));
  g_string_append_c (out, ',');
  append_cell (out, ds_checklist_item_get_due (item));
  g_string_append_c (out, ',');
  if (done_at != NULL)
    {
      g_autofree char *text = g_date_time_format_iso8601 (done_at);
      append_cell (out, text);
    }
  g_string_append_c (out, ',');
  if (notes)
    append_cell (out, ds_checklist_item_get_note (item));
  g_string_append_c (out, ',');
  append_controls (out, duty);
  g_string_append (out, "\r\n");
}

/* A duty AWS carries, listed for context: its status is `aws`, so a filter
 * on the status column tells it from the team's items. */
static void
append_aws_duty (GString    *out,
                 const char *service,
                 DsDuty     *duty)
{
  g_autofree char *ref = ds_duty_dup_ref (duty);

  append_cell (out, service);
  g_string_append_c (out, ',');
  append_cell (out, ref);
  g_string_append_c (out, ',');
  append_cell (out, ds_duty_get_title (duty));
  g_string_append (out, ",aws,aws,,,,,,,");
  append_controls (out, duty);
  g_string_append (out, "\r\n");
}

/* A header row, then one row per item, section by section. */
GString *
_ds_export_csv (DsChecklist     *checklist,
                DsExportOptions *options)
{
  g_autoptr(GPtrArray) parts = _ds_export_collect (checklist, options);
  gboolean notes = ds_export_options_get_notes (options);
  GString *out = g_string_sized_new (4096 + 160 * ds_checklist_get_n_total (checklist));

  g_string_append (out, header);

  for (guint i = 0; i < parts->len; i++)
    {
      DsExportPart *part = g_ptr_array_index (parts, i);

      for (guint j = 0; j < part->items->len; j++)
        append_item (out, part->title, g_ptr_array_index (part->items, j), notes);

      for (guint j = 0; part->aws_duties != NULL && j < part->aws_duties->len; j++)
        append_aws_duty (out, part->title, g_ptr_array_index (part->aws_duties, j));
    }

  return out;
}
