/* ds-export-markdown.c — the checklist as a GitHub task list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-export-markdown"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-checklist-section.h"
#include "ds-export.h"

/* Text from the user or the catalog goes on one line and loses any meaning
 * to Markdown: every character that could start emphasis, code, a link, HTML,
 * an entity, a table cell, or a GitHub reference (#12, @someone) is escaped,
 * and line breaks become spaces, so an item can never leave its list entry.
 * Characters that only matter at the start of a line (- + 1.) need nothing:
 * the text never starts one. */
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

/**
 * ds_export_markdown:
 * @checklist: a checklist
 * @date: the date to print as the export date
 *
 * Returns: (transfer full): the checklist as a GitHub task list, one
 *   heading per service
 */
char *
ds_export_markdown (DsChecklist *checklist,
                    GDateTime   *date)
{
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  const char * const *regions = ds_checklist_get_regions (checklist);
  GListModel *items = ds_checklist_get_items (checklist);
  const char *section_id = NULL;
  GString *out = g_string_new ("# ");

  append_escaped (out, ds_checklist_get_name (checklist));
  g_string_append (out, "\n\n");

  g_string_append_printf (out, _("%u of %u done · exported %s from Duty Split"),
                          ds_checklist_get_n_done (checklist),
                          ds_checklist_get_n_total (checklist), day);
  g_string_append (out, "  \n");

  g_string_append (out, _("Regions: "));
  if (regions == NULL)
    g_string_append (out, _("not chosen yet"));
  for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_escaped (out, regions[i]);
    }
  g_string_append (out, "\n");

  for (guint i = 0, n = g_list_model_get_n_items (items); i < n; i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (section_id, ds_checklist_item_get_section_id (item)) != 0)
        {
          DsChecklistSection *section;

          section_id = ds_checklist_item_get_section_id (item);
          section = ds_checklist_get_section (checklist, section_id);
          g_string_append (out, "\n## ");
          append_escaped (out, section ? ds_checklist_section_get_title (section) : section_id);
          g_string_append (out, "\n\n");
        }

      g_string_append (out, ds_checklist_item_get_resolved (item) ? "- [x] " : "- [ ] ");
      if (ds_checklist_item_get_status (item) == DS_ITEM_STATUS_NOT_APPLICABLE)
        {
          const char *text = ds_checklist_item_get_reason_text (item);

          /* Struck through, so the list reads as settled, not as done. */
          g_string_append (out, "~~");
          append_escaped (out, ds_checklist_item_get_title (item));
          g_string_append (out, "~~ ");
          g_string_append_printf (out, _("(not applicable: %s"),
                                  ds_reason_get_label (ds_checklist_item_get_reason (item)));
          if (text != NULL)
            {
              g_string_append (out, ", ");
              append_escaped (out, text);
            }
          g_string_append_c (out, ')');
        }
      else
        append_escaped (out, ds_checklist_item_get_title (item));
      if (ds_checklist_item_get_missing (item))
        g_string_append (out, _(" (no longer in the catalog)"));
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
