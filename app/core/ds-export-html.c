/* ds-export-html.c — the checklist as one web page, for the screen and paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-export-html"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-duty.h"
#include "ds-export-private.h"
#include "ds-owner-paint.h"
#include "ds-service.h"

/* The page stands alone: styles inline, no scripts, no images, no fonts or
 * anything else fetched, so it can be mailed or attached to a ticket. The
 * Content-Security-Policy forbids everything but the inline style, so even
 * an escaping mistake could not run a script or load a tracker.
 *
 * The layer pictures are lists styled like the app's stacks, in the
 * colours of the one palette (ds-owner-paint), written into the style
 * below it: AWS yellow, the customer blue, shared striped, not applicable
 * outlined. Every band says its owner, so the picture also reads on a
 * black-and-white printout; print-color-adjust asks for the colours, and
 * in print the words sit on white patches, so that a browser that leaves
 * out backgrounds loses the colours, not the words. HTML rather than an
 * SVG picture, so that the layer names stay text that can be searched,
 * copied and read aloud. */
static const char style[] =
  ":root { color-scheme: light; }\n"
  "body { font: 15px/1.45 system-ui, -apple-system, \"Segoe UI\", Cantarell, sans-serif;"
  " color: #1e1e1e; background: #fff; max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; }\n"
  "h1 { font-size: 1.9rem; margin: 0 0 .2rem; }\n"
  "h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem;"
  " border-bottom: 2px solid #1e1e1e; break-after: avoid; }\n"
  "h2 .count { font-size: .95rem; font-weight: normal; color: #555; margin-left: .5rem; }\n"
  "h3 { font-size: 1rem; margin: 1rem 0 .3rem; break-after: avoid; }\n"
  ".subtitle { color: #555; margin: 0 0 1rem; }\n"
  ".facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }\n"
  ".facts dt { font-weight: bold; }\n"
  ".facts dd { margin: 0; }\n"
  ".bar { height: .7rem; border: 1px solid #1e1e1e; border-radius: .35rem; margin: .8rem 0;"
  " overflow: hidden; max-width: 24rem; }\n"
  ".bar div { height: 100%; background: #26a269; }\n"
  ".filter { font-style: italic; }\n"
  ".split { display: grid; grid-template-columns: 15rem 1fr; gap: 1.5rem; align-items: start; }\n"
  "@media (max-width: 48rem) { .split { display: block; } }\n"
  "figure { margin: 0 0 1rem; break-inside: avoid; }\n"
  "figcaption { font-size: .85rem; color: #555; margin-bottom: .3rem; }\n"
  ".layers { list-style: none; margin: 0; padding: 0; }\n"
  ".layers li { display: flex; justify-content: space-between; gap: .5rem; font-size: .8rem;"
  " padding: .2rem .5rem; margin-bottom: 3px; border-radius: 6px; border: 1px solid transparent; }\n"
  ".layers .owner { font-weight: bold; }\n"
  ".owner-shared span { border-radius: .2rem; padding: 0 .25rem; }\n"
  ".layers li, .legend .swatch, .bar div { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  ".legend { list-style: none; margin: .4rem 0 0; padding: 0; font-size: .75rem;"
  " display: flex; flex-wrap: wrap; gap: .2rem .8rem; }\n"
  ".legend .swatch { display: inline-block; width: .8rem; height: .8rem; vertical-align: -.1rem;"
  " margin-right: .3rem; border: 1px solid transparent; border-radius: .2rem; }\n"
  "table { border-collapse: collapse; width: 100%; font-size: .9rem; }\n"
  "thead { display: table-header-group; }\n"
  "th { text-align: left; border-bottom: 1px solid #1e1e1e; padding: .3rem .4rem; }\n"
  "td { vertical-align: top; border-bottom: 1px solid #ccc; padding: .35rem .4rem; }\n"
  "tr { break-inside: avoid; }\n"
  ".status { white-space: nowrap; }\n"
  ".resolved .title { color: #555; }\n"
  ".not-applicable .title { text-decoration: line-through; }\n"
  ".tags, .detail { font-size: .8rem; color: #555; }\n"
  ".note { white-space: pre-wrap; font-size: .85rem; margin-top: .2rem; }\n"
  ".aws { font-size: .9rem; color: #333; }\n"
  "footer { margin-top: 3rem; font-size: .8rem; color: #555; }\n"
  "@page { size: A4; margin: 16mm 15mm; }\n"
  "@media print {\n"
  "  body { font-size: 10pt; max-width: none; margin: 0; padding: 0; }\n"
  "  .split { display: block; }\n"
  "  figure { max-width: 16rem; }\n"
  "  .layers li span { background: #fff !important; color: #1e1e1e !important;"
  " border-radius: .2rem; padding: 0 .25rem; }\n"
  "  h2 { margin-top: 1.4rem; }\n"
  "}\n";

/* A colour of the palette in CSS, with a dot for a decimal point whatever
 * the locale. */
static void
append_css_color (GString       *out,
                  const DsColor *color)
{
  char alpha[G_ASCII_DTOSTR_BUF_SIZE];

  if (color->alpha >= 1.0)
    {
      g_string_append_printf (out, "#%02x%02x%02x", (guint) (color->red * 255 + 0.5),
                              (guint) (color->green * 255 + 0.5), (guint) (color->blue * 255 + 0.5));
      return;
    }

  g_ascii_formatd (alpha, sizeof alpha, "%.2f", color->alpha);
  g_string_append_printf (out, "rgba(%u, %u, %u, %s)", (guint) (color->red * 255 + 0.5),
                          (guint) (color->green * 255 + 0.5), (guint) (color->blue * 255 + 0.5), alpha);
}

/* The owners' colours, from the light palette: pages are light. */
static void
append_owner_styles (GString *out)
{
  const DsOwnerColors *aws = ds_owner_get_colors (DS_OWNER_AWS, FALSE);
  const DsOwnerColors *customer = ds_owner_get_colors (DS_OWNER_CUSTOMER, FALSE);
  const DsOwnerColors *shared = ds_owner_get_colors (DS_OWNER_SHARED, FALSE);
  const DsOwnerColors *none = ds_owner_get_colors (DS_OWNER_NONE, FALSE);

  g_string_append (out, ".owner-aws { background: ");
  append_css_color (out, &aws->fill);
  g_string_append (out, "; color: ");
  append_css_color (out, &aws->text);
  g_string_append (out, "; }\n.owner-customer { background: ");
  append_css_color (out, &customer->fill);
  g_string_append (out, "; color: ");
  append_css_color (out, &customer->text);
  g_string_append (out, "; }\n.owner-shared { background: repeating-linear-gradient(135deg, ");
  append_css_color (out, &shared->fill);
  g_string_append (out, " 0 8px, ");
  append_css_color (out, &shared->stripe);
  g_string_append (out, " 8px 16px); color: ");
  append_css_color (out, &shared->text);
  g_string_append (out, "; }\n.owner-shared span { background: ");
  append_css_color (out, &shared->fill);
  g_string_append (out, "; }\n.owner-none { background: transparent; color: ");
  append_css_color (out, &none->text);
  g_string_append (out, "; border: 1px dashed ");
  append_css_color (out, &none->outline);
  g_string_append (out, " !important; }\n");
}

static const DsOwner legend_owners[] = {
  DS_OWNER_AWS, DS_OWNER_CUSTOMER, DS_OWNER_SHARED, DS_OWNER_NONE,
};

/* Text anywhere in the page, attribute values included. Faster than
 * g_markup_escape_text() on large checklists, since it allocates nothing. */
static void
append_escaped (GString    *out,
                const char *text)
{
  const char *start = text;

  if (text == NULL)
    return;

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *entity;

      switch (*p)
        {
        case '&':  entity = "&amp;"; break;
        case '<':  entity = "&lt;"; break;
        case '>':  entity = "&gt;"; break;
        case '"':  entity = "&quot;"; break;
        case '\'': entity = "&#39;"; break;
        default:   continue;
        }

      g_string_append_len (out, start, p - start);
      g_string_append (out, entity);
      start = p + 1;
    }

  g_string_append (out, start);
}

static const char *
owner_class (DsOwner owner)
{
  switch (owner)
    {
    case DS_OWNER_AWS:      return "owner-aws";
    case DS_OWNER_CUSTOMER: return "owner-customer";
    case DS_OWNER_SHARED:   return "owner-shared";
    case DS_OWNER_NONE:
    default:                return "owner-none";
    }
}

/* The ten layers top to bottom, each a band in its owner's colour with the
 * layer and the owner written on it, then the legend. */
static void
append_layers (GString      *out,
               DsCatalog    *catalog,
               DsExportPart *part)
{
  g_string_append (out, "<figure>\n<figcaption>");
  append_escaped (out, _("Layers and who owns them"));
  g_string_append (out, "</figcaption>\n<ol class=\"layers\">\n");

  for (guint layer = 0; layer < DS_N_LAYERS; layer++)
    {
      DsOwner owner = ds_service_get_variant_layer_owner (part->service, part->variant, layer);
      const char *name = ds_catalog_get_layer_name (catalog, layer);

      g_string_append_printf (out, "<li class=\"%s\"><span class=\"layer\">", owner_class (owner));
      append_escaped (out, name != NULL ? name : ds_layer_to_string (layer));
      g_string_append (out, "</span> <span class=\"owner\">");
      append_escaped (out, ds_owner_get_label (owner));
      g_string_append (out, "</span></li>\n");
    }

  g_string_append (out, "</ol>\n<ul class=\"legend\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (legend_owners); i++)
    {
      g_string_append_printf (out, "<li><span class=\"swatch %s\"></span>", owner_class (legend_owners[i]));
      append_escaped (out, ds_owner_get_label (legend_owners[i]));
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n</figure>\n");
}

/* YYYY-MM-DD by hand: g_date_time_format() allocates, and a checklist can
 * have a hundred thousand of these. */
static void
append_day (GString   *out,
            GDateTime *date)
{
  int year, month, day;
  char text[11];

  g_date_time_get_ymd (date, &year, &month, &day);
  text[0] = '0' + year / 1000 % 10;
  text[1] = '0' + year / 100 % 10;
  text[2] = '0' + year / 10 % 10;
  text[3] = '0' + year % 10;
  text[4] = '-';
  text[5] = '0' + month / 10;
  text[6] = '0' + month % 10;
  text[7] = '-';
  text[8] = '0' + day / 10;
  text[9] = '0' + day % 10;
  g_string_append_len (out, text, 10);
}

/* A box and the status in words; the labels are looked up once per export. */
static void
append_status (GString         *out,
               DsChecklistItem *item,
               const char      *labels[])
{
  DsItemStatus status = ds_checklist_item_get_status (item);
  GDateTime *done_at = ds_checklist_item_get_done_at (item);

  g_string_append (out, labels[status]);
  if (done_at != NULL)
    {
      g_string_append (out, "<br><span class=\"detail\">");
      append_day (out, done_at);
      g_string_append (out, "</span>");
    }
}

/* What the item is: its title, then small print (shared with AWS, gone
 * from the catalog, Security Hub controls, why it does not apply) and the
 * note, whose line breaks are kept. */
static void
append_title_cell (GString         *out,
                   DsChecklistItem *item,
                   gboolean         notes)
{
  DsDuty *duty = ds_checklist_item_get_duty (item);
  const char * const *controls = duty ? ds_duty_get_controls (duty) : NULL;
  const char *note = notes ? ds_checklist_item_get_note (item) : NULL;
  const char *separator = "";

  g_string_append (out, "<td><span class=\"title\">");
  append_escaped (out, ds_checklist_item_get_title (item));
  g_string_append (out, "</span>");

  if (ds_checklist_item_get_missing (item) ||
      (duty != NULL && ds_duty_get_owner (duty) == DS_OWNER_SHARED) ||
      (controls != NULL && controls[0] != NULL))
    {
      g_string_append (out, "<br><span class=\"tags\">");
      if (ds_checklist_item_get_missing (item))
        {
          append_escaped (out, _("No longer in the catalog"));
          separator = " · ";
        }
      if (duty != NULL && ds_duty_get_owner (duty) == DS_OWNER_SHARED)
        {
          g_string_append (out, separator);
          append_escaped (out, _("Shared with AWS"));
          separator = " · ";
        }
      if (controls != NULL && controls[0] != NULL)
        {
          g_autofree char *list = g_strjoinv (", ", (char **)controls);
          g_autofree char *text = g_strdup_printf (_("Security Hub: %s"), list);

          g_string_append (out, separator);
          append_escaped (out, text);
        }
      g_string_append (out, "</span>");
    }

  if (ds_checklist_item_get_status (item) == DS_ITEM_STATUS_NOT_APPLICABLE)
    {
      const char *reason = ds_reason_get_label (ds_checklist_item_get_reason (item));
      const char *text = ds_checklist_item_get_reason_text (item);

      g_string_append (out, "<div class=\"detail\">");
      if (text != NULL)
        {
          /* Translators: why an item does not apply, then why in the
           * team's words: "Other: no personal data" */
          g_autofree char *both = g_strdup_printf (C_("reason", "%s: %s"), reason, text);

          append_escaped (out, both);
        }
      else
        append_escaped (out, reason);
      g_string_append (out, "</div>");
    }

  if (note != NULL)
    {
      g_string_append (out, "<div class=\"note\">");
      append_escaped (out, note);
      g_string_append (out, "</div>");
    }

  g_string_append (out, "</td>");
}

static void
append_item (GString         *out,
             DsChecklistItem *item,
             gboolean         notes,
             const char      *labels[])
{
  switch (ds_checklist_item_get_status (item))
    {
    case DS_ITEM_STATUS_DONE:
      g_string_append (out, "<tr class=\"done resolved\"><td class=\"status\">");
      break;
    case DS_ITEM_STATUS_NOT_APPLICABLE:
      g_string_append (out, "<tr class=\"not-applicable resolved\"><td class=\"status\">");
      break;
    case DS_ITEM_STATUS_OPEN:
    default:
      g_string_append (out, "<tr class=\"open\"><td class=\"status\">");
      break;
    }
  append_status (out, item, labels);
  g_string_append (out, "</td>");
  append_title_cell (out, item, notes);
  g_string_append (out, "<td>");
  append_escaped (out, ds_checklist_item_get_assignee (item));
  g_string_append (out, "</td><td class=\"status\">");
  append_escaped (out, ds_checklist_item_get_due (item));
  g_string_append (out, "</td></tr>\n");
}

static void
append_part (GString      *out,
             DsCatalog    *catalog,
             DsExportPart *part,
             gboolean      notes,
             const char   *labels[])
{
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done",
                                                         "%u of %u done", part->n_total),
                                            part->n_done, part->n_total);

  g_string_append (out, "<section>\n<h2>");
  append_escaped (out, part->title);
  g_string_append (out, " <span class=\"count\">");
  append_escaped (out, count);
  g_string_append (out, "</span></h2>\n");

  /* Beside the picture on a wide screen; the general duties have none. */
  if (part->service != NULL)
    {
      g_string_append (out, "<div class=\"split\">\n");
      append_layers (out, catalog, part);
    }

  g_string_append (out, "<div>\n<table>\n<thead><tr><th scope=\"col\">");
  append_escaped (out, _("Status"));
  g_string_append (out, "</th><th scope=\"col\">");
  append_escaped (out, _("Your duty"));
  g_string_append (out, "</th><th scope=\"col\">");
  append_escaped (out, _("Assignee"));
  g_string_append (out, "</th><th scope=\"col\">");
  append_escaped (out, _("Due"));
  g_string_append (out, "</th></tr></thead>\n<tbody>\n");

  for (guint i = 0; i < part->items->len; i++)
    append_item (out, g_ptr_array_index (part->items, i), notes, labels);

  g_string_append (out, "</tbody>\n</table>\n");

  if (part->aws_duties != NULL && part->aws_duties->len > 0)
    {
      g_string_append (out, "<h3>");
      append_escaped (out, _("AWS is responsible for"));
      g_string_append (out, "</h3>\n<ul class=\"aws\">\n");
      for (guint i = 0; i < part->aws_duties->len; i++)
        {
          g_string_append (out, "<li>");
          append_escaped (out, ds_duty_get_title (g_ptr_array_index (part->aws_duties, i)));
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }

  g_string_append (out, part->service != NULL ? "</div>\n</div>\n</section>\n" : "</div>\n</section>\n");
}

static char *
status_label (const char *box,
              const char *label)
{
  GString *text = g_string_new (box);

  append_escaped (text, label);
  return g_string_free (text, FALSE);
}

static void
append_header (GString         *out,
               DsChecklist     *checklist,
               DsExportOptions *options,
               GDateTime       *date)
{
  const char * const *regions = ds_checklist_get_regions (checklist);
  guint n_done = ds_checklist_get_n_done (checklist);
  guint n_total = ds_checklist_get_n_total (checklist);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  g_autofree char *exported = g_strdup_printf (_("%s from Duty Split"), day);
  g_autofree char *progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done",
                                                            "%u of %u done", n_total),
                                               n_done, n_total);

  g_string_append (out, "<header>\n<h1>");
  append_escaped (out, ds_checklist_get_name (checklist));
  g_string_append (out, "</h1>\n<p class=\"subtitle\">");
  append_escaped (out, _("AWS shared responsibility checklist"));
  g_string_append (out, "</p>\n<dl class=\"facts\">\n<dt>");
  append_escaped (out, _("Regions"));
  g_string_append (out, "</dt><dd>");
  if (regions == NULL)
    append_escaped (out, _("not chosen yet"));
  for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_escaped (out, regions[i]);
    }
  g_string_append (out, "</dd>\n<dt>");
  append_escaped (out, _("Exported"));
  g_string_append (out, "</dt><dd>");
  append_escaped (out, exported);
  g_string_append (out, "</dd>\n<dt>");
  append_escaped (out, _("Progress"));
  g_string_append (out, "</dt><dd>");
  append_escaped (out, progress);
  g_string_append (out, "</dd>\n</dl>\n");

  /* A whole percentage: printf of a double would follow the locale's
   * decimal comma, which CSS does not read. */
  g_string_append (out, "<div class=\"bar\" role=\"img\" aria-label=\"");
  append_escaped (out, progress);
  g_string_append_printf (out, "\"><div style=\"width: %u%%\"></div></div>\n",
                          n_total ? n_done * 100 / n_total : 0);

  if (ds_export_options_get_open_only (options))
    {
      g_string_append (out, "<p class=\"filter\">");
      append_escaped (out, _("Only the open items are listed."));
      g_string_append (out, "</p>\n");
    }

  g_string_append (out, "</header>\n");
}

/* A header with the checklist's facts and progress, then a section per
 * service: its layer picture beside a table of its items. */
GString *
_ds_export_html (DsChecklist     *checklist,
                 DsExportOptions *options,
                 GDateTime       *date)
{
  g_autoptr(GPtrArray) parts = _ds_export_collect (checklist, options);
  DsCatalog *catalog = ds_checklist_get_catalog (checklist);
  gboolean notes = ds_export_options_get_notes (options);
  GString *out = g_string_sized_new (16384 + 320 * ds_checklist_get_n_total (checklist));
  g_autofree char *open = NULL, *done = NULL, *not_applicable = NULL;
  const char *labels[3];

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  /* Translators: the code of the language you translate to, such as "de";
   * written into exported web pages */
  append_escaped (out, _("en"));
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" "
                        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"Duty Split\">\n<title>");
  append_escaped (out, ds_checklist_get_name (checklist));
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, style);
  append_owner_styles (out);
  g_string_append (out, "</style>\n</head>\n<body>\n");

  append_header (out, checklist, options, date);

  labels[DS_ITEM_STATUS_OPEN] = open =
    status_label ("&#x2610; ", ds_item_status_get_label (DS_ITEM_STATUS_OPEN));
  labels[DS_ITEM_STATUS_DONE] = done =
    status_label ("&#x2611; ", ds_item_status_get_label (DS_ITEM_STATUS_DONE));
  labels[DS_ITEM_STATUS_NOT_APPLICABLE] = not_applicable =
    status_label ("&#x2612; ", ds_item_status_get_label (DS_ITEM_STATUS_NOT_APPLICABLE));

  g_string_append (out, "<main>\n");
  for (guint i = 0; i < parts->len; i++)
    append_part (out, catalog, g_ptr_array_index (parts, i), notes, labels);
  g_string_append (out, "</main>\n<footer>");
  append_escaped (out, _("Security of the cloud is AWS’s job; security in the cloud is yours. "
                         "Where the line falls depends on the service."));
  g_string_append (out, "</footer>\n</body>\n</html>\n");

  return out;
}
