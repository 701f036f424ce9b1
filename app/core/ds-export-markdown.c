/* ds-export-markdown.c — the checklist as a GitHub task list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-export-markdown"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-duty.h"
#include "ds-export-private.h"

/* Text from the user or the catalog goes on one line and loses any meaning
 * to Markdown: every character that could start emphasis, code, a link, HTML,
 * an entity, a table cell, or a GitHub reference (#12, @someone) is escaped,
 * and line breaks become spaces, so an item can never leave its list entry.
 * Characters that only matter at the start of a line (- + 1.) need nothing:
 * the text never starts one, since every line begins with our own words or
 * list marker. */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\n': case '\r': case '\t':
          g_string_append_c (out, ' ');
          break;
        case '\\': case '`': case '*': case '_': case '[': case ']':
        case '<': case '>': case '#': case '|': case '~': case '&':
        case '@':
          g_string_append_c (out, '\\');
          G_GNUC_FALLTHROUGH;
        default:
          g_string_append_c (out, *p);
        }
    }
}

static char *
escaped (const char *text)
{
  GString *out = g_string_new (NULL);

  append_escaped (out, text);
  return g_string_free (out, FALSE);
}

/* Assignee, due date and note go on a second line of the same list entry,
 * after a hard line break; it starts with a label, never with user text. */
static void
append_details (GString         *out,
                DsChecklistItem *item,
                gboolean         notes)
{
  const char *assignee = ds_checklist_item_get_assignee (item);
  const char *due = ds_checklist_item_get_due (item);
  const char *note = notes ? ds_checklist_item_get_note (item) : NULL;
  const char *separator = "  \n  ";

  if (assignee != NULL)
    {
      g_autofree char *text = escaped (assignee);

      g_string_append (out, separator);
      g_string_append_printf (out, _("Assignee: %s"), text);
      separator = " · ";
    }
  if (due != NULL)
    {
      g_autofree char *text = escaped (due);

      g_string_append (out, separator);
      /* Translators: %s is a date written YYYY-MM-DD */
      g_string_append_printf (out, _("Due: %s"), text);
      separator = " · ";
    }
  if (note != NULL)
    {
      g_autofree char *text = escaped (note);

      g_string_append (out, separator);
      g_string_append_printf (out, _("Note: %s"), text);
    }
}

static void
append_item (GString         *out,
             DsChecklistItem *item,
             gboolean         notes)
{
  g_string_append (out, ds_checklist_item_get_resolved (item) ? "- [x] " : "- [ ] ");

  if (ds_checklist_item_get_status (item) == DS_ITEM_STATUS_NOT_APPLICABLE)
    {
      const char *reason = ds_reason_get_label (ds_checklist_item_get_reason (item));
      const char *text = ds_checklist_item_get_reason_text (item);

      /* Struck through, so the list reads as settled, not as done. */
      g_string_append (out, "~~");
      append_escaped (out, ds_checklist_item_get_title (item));
      g_string_append (out, "~~ ");
      if (text != NULL)
        {
          g_autofree char *words = escaped (text);

          /* Translators: why an item does not apply, then why in the
           * team's words: "(not applicable: Other, no personal data)" */
          g_string_append_printf (out, _("(not applicable: %s, %s)"), reason, words);
        }
      else
        /* Translators: why an item does not apply: "(not applicable: Out of scope)" */
        g_string_append_printf (out, _("(not applicable: %s)"), reason);
    }
  else
    append_escaped (out, ds_checklist_item_get_title (item));

  if (ds_checklist_item_get_missing (item))
    {
      g_string_append_c (out, ' ');
      /* Translators: after an item whose duty the catalog no longer has */
      g_string_append (out, _("(no longer in the catalog)"));
    }

  append_details (out, item, notes);
  g_string_append_c (out, '\n');
}

/* AWS's duties are a plain list, not tasks: there is nothing to tick. */
static void
append_aws_duties (GString   *out,
                   GPtrArray *duties)
{
  if (duties == NULL || duties->len == 0)
    return;

  g_string_append (out, "\n*");
  g_string_append (out, _("AWS is responsible for:"));
  g_string_append (out, "*\n\n");
  for (guint i = 0; i < duties->len; i++)
    {
      g_string_append (out, "- ");
      append_escaped (out, ds_duty_get_title (g_ptr_array_index (duties, i)));
      g_string_append_c (out, '\n');
    }
}

/* A heading, the progress, then a task list per section. */
GString *
_ds_export_markdown (DsChecklist     *checklist,
                     DsExportOptions *options,
                     GDateTime       *date)
{
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  g_autoptr(GPtrArray) parts = _ds_export_collect (checklist, options);
  const char * const *regions = ds_checklist_get_regions (checklist);
  gboolean notes = ds_export_options_get_notes (options);
  GString *out = g_string_sized_new (4096 + 128 * ds_checklist_get_n_total (checklist));

  g_string_append (out, "# ");
  append_escaped (out, ds_checklist_get_name (checklist));
  g_string_append (out, "\n\n");

  /* Translators: the checklist's progress and the day it was exported,
   * written YYYY-MM-DD: "3 of 12 done · exported 2026-01-31 from Duty Split" */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u done · exported %s from Duty Split",
                                            "%u of %u done · exported %s from Duty Split",
                                            ds_checklist_get_n_total (checklist)),
                          ds_checklist_get_n_done (checklist),
                          ds_checklist_get_n_total (checklist), day);
  g_string_append (out, "  \n");

  if (regions == NULL)
    /* Translators: the checklist's AWS Regions, none picked yet */
    g_string_append (out, _("Regions: not chosen yet"));
  else
    {
      g_autofree char *codes = g_strjoinv (", ", (char **)regions);
      g_autofree char *text = escaped (codes);

      /* Translators: the checklist's AWS Region codes, "Regions: eu-central-1, eu-west-1" */
      g_string_append_printf (out, _("Regions: %s"), text);
    }
  g_string_append (out, "\n");

  if (ds_export_options_get_open_only (options))
    {
      g_string_append (out, "\n");
      g_string_append (out, _("Only the open items are listed."));
      g_string_append (out, "\n");
    }

  for (guint i = 0; i < parts->len; i++)
    {
      DsExportPart *part = g_ptr_array_index (parts, i);

      g_string_append (out, "\n## ");
      append_escaped (out, part->title);
      g_string_append (out, "\n\n");

      for (guint j = 0; j < part->items->len; j++)
        append_item (out, g_ptr_array_index (part->items, j), notes);

      append_aws_duties (out, part->aws_duties);
    }

  return out;
}
