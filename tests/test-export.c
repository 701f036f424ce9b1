/* test-export.c — every export format, its options and its failures
 *
 * The sample checklist (tests/data/sample.dutysplit.json) has a done item
 * with an assignee, a due date and a note holding a line break, a comma and
 * quotes; items that do not apply, with and without a reason text; a shared
 * duty; a service run as a variant; a custom item; a team's own section; an
 * item whose duty the catalog no longer has; and a milestone. Golden files hold what each
 * text format makes of it on a fixed date; run with DS_UPDATE_GOLDEN=1 to
 * write them again after a deliberate change, and review the diff.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <signal.h>
#include <sys/resource.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-item.h"
#include "ds-export.h"
#include "ds-owner-paint.h"
#include "ds-report.h"

static DsCatalog *
builtin (void)
{
  static DsCatalog *catalog;

  /* Loaded once: every test reads it, none changes it. */
  if (catalog == NULL)
    {
      g_autoptr(GError) error = NULL;

      catalog = ds_catalog_new_builtin (&error);
      g_assert_no_error (error);
    }

  return g_object_ref (catalog);
}

static DsChecklist *
sample (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "sample.dutysplit.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  DsChecklist *checklist = ds_checklist_new_from_file (catalog, file, &error);

  g_assert_no_error (error);
  return checklist;
}

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_utc (2026, 11, 28, 12, 0, 0);
}

/* The export as a string; text formats only. */
static char *
export_text (DsChecklist     *checklist,
             DsExportFormat   format,
             DsExportOptions *options)
{
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ds_export (checklist, format, options, date, &error);
  gsize len;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &len);
  g_assert_true (g_utf8_validate (data, len, NULL));
  return g_strndup (data, len);
}

static DsExportOptions *
options_new (gboolean open_only,
             gboolean aws_duties,
             gboolean notes)
{
  DsExportOptions *options = ds_export_options_new ();

  ds_export_options_set_open_only (options, open_only);
  ds_export_options_set_aws_duties (options, aws_duties);
  ds_export_options_set_notes (options, notes);
  return options;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_format_names (void)
{
  static const struct { const char *name; DsExportFormat format; const char *ext, *type; } cases[] = {
    { "md", DS_EXPORT_MARKDOWN, ".md", "text/markdown" },
    { "csv", DS_EXPORT_CSV, ".csv", "text/csv" },
    { "json", DS_EXPORT_JSON, ".json", "application/json" },
    { "html", DS_EXPORT_HTML, ".html", "text/html" },
    { "pdf", DS_EXPORT_PDF, ".pdf", "application/pdf" },
  };
  DsExportFormat format;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *upper = g_ascii_strup (cases[i].name, -1);
      g_autofree char *file = g_strconcat ("out/List", cases[i].ext, NULL);

      g_assert_true (ds_export_format_from_name (upper, &format));
      g_assert_cmpint (format, ==, cases[i].format);
      g_assert_true (ds_export_format_from_filename (file, &format));
      g_assert_cmpint (format, ==, cases[i].format);
      g_assert_cmpstr (ds_export_format_get_name (cases[i].format), ==, cases[i].name);
      g_assert_cmpstr (ds_export_format_get_extension (cases[i].format), ==, cases[i].ext);
      g_assert_cmpstr (ds_export_format_get_content_type (cases[i].format), ==, cases[i].type);
      g_assert_nonnull (ds_export_format_get_label (cases[i].format));
    }

  g_assert_true (ds_export_format_from_name ("markdown", &format));
  g_assert_cmpint (format, ==, DS_EXPORT_MARKDOWN);
  g_assert_true (ds_export_format_from_filename ("team.dutysplit.json", &format));
  g_assert_cmpint (format, ==, DS_EXPORT_JSON);
  g_assert_true (ds_export_format_from_filename ("report.HTM", &format));
  g_assert_cmpint (format, ==, DS_EXPORT_HTML);
  g_assert_false (ds_export_format_from_name ("docx", &format));
  g_assert_false (ds_export_format_from_filename ("list.txt", &format));
  g_assert_false (ds_export_format_from_filename (".md", &format));
  g_assert_false (ds_export_format_from_filename ("out/.pdf", &format));
  g_assert_false (ds_export_format_from_filename ("pdf", &format));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *n)
{
  (*n)++;
}

/* The options bind to the GSettings keys that remember the last choice. */
static void
test_options_object (void)
{
  g_autoptr(DsExportOptions) options = ds_export_options_new ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  guint notified = 0;

  g_assert_false (ds_export_options_get_open_only (options));
  g_assert_false (ds_export_options_get_aws_duties (options));
  g_assert_true (ds_export_options_get_notes (options));

  g_signal_connect (options, "notify", G_CALLBACK (count_notify_cb), &notified);
  ds_export_options_set_open_only (options, TRUE);
  ds_export_options_set_open_only (options, TRUE);
  g_assert_cmpuint (notified, ==, 1);

  g_settings_bind (settings, "export-open-only", options, "open-only", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "export-aws-duties", options, "aws-duties", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "export-notes", options, "notes", G_SETTINGS_BIND_DEFAULT);
  g_assert_false (ds_export_options_get_open_only (options));   /* the key's default */

  g_settings_set_boolean (settings, "export-aws-duties", TRUE);
  g_assert_true (ds_export_options_get_aws_duties (options));
  ds_export_options_set_notes (options, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "export-notes"));
}

static void
test_golden (gconstpointer data)
{
  const char *name = data;
  g_autoptr(DsChecklist) checklist = sample ();
  g_autofree char *golden_name = g_strconcat ("golden.", name, NULL);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "data", golden_name, NULL);
  g_autofree char *golden = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  DsExportFormat format;

  g_assert_true (ds_export_format_from_name (name, &format));
  text = export_text (checklist, format, NULL);

  if (g_getenv ("DS_UPDATE_GOLDEN"))
    g_file_set_contents (golden_path, text, -1, NULL);

  g_file_get_contents (golden_path, &golden, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, golden);
}

/* The JSON export is the checklist file: it opens again as the same
 * checklist, whatever the options, and saving that gives the same bytes. */
static void
test_json_roundtrip (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = sample ();
  g_autoptr(DsExportOptions) options = options_new (TRUE, TRUE, FALSE);
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "round.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DsChecklist) loaded = NULL;
  g_autoptr(GBytes) saved = ds_checklist_to_bytes (checklist);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  g_assert_true (ds_export_to_file (checklist, DS_EXPORT_JSON, options, file, &error));
  g_assert_no_error (error);

  written = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (written, saved));

  loaded = ds_checklist_new_from_file (catalog, file, &error);
  g_assert_no_error (error);
  again = ds_checklist_to_bytes (loaded);
  g_assert_true (g_bytes_equal (again, written));
  g_assert_cmpuint (ds_checklist_get_n_total (loaded), ==, ds_checklist_get_n_total (checklist));
  g_assert_cmpuint (ds_checklist_get_n_done (loaded), ==, ds_checklist_get_n_done (checklist));
  g_assert_cmpuint (g_list_model_get_n_items (ds_checklist_get_milestones (loaded)), ==, 1);
  g_assert_cmpstr (ds_checklist_item_get_note (ds_checklist_lookup_item (loaded, "s3/block-public-access")),
                   ==, "Checked in the console, \"all\" buckets;\nalso via SCP");
}

static void
test_markdown_escapes (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  g_autofree char *markdown = NULL;
  g_auto(GStrv) lines = NULL;
  DsChecklistItem *item = ds_checklist_lookup_item (checklist, "general/encrypt-data");

  ds_checklist_set_name (checklist, "Evil\n- [x] forged item <script>alert(1)</script> [link](http://x) #1 @team");
  ds_checklist_item_set_assignee (item, "\n## Forged heading");
  ds_checklist_item_set_note (item, "line one\n- [ ] forged task\n\n---\n<img src=x onerror=alert(1)>");
  markdown = export_text (checklist, DS_EXPORT_MARKDOWN, NULL);
  lines = g_strsplit (markdown, "\n", -1);

  g_assert_cmpstr (lines[0], ==,
                   "# Evil - \\[x\\] forged item \\<script\\>alert(1)\\</script\\> \\[link\\](http://x) \\#1 \\@team");
  g_assert_null (strstr (markdown, "<script>"));
  g_assert_null (strstr (markdown, "alert(1)>"));
  g_assert_nonnull (strstr (markdown, "  Assignee:  \\#\\# Forged heading · Note: line one - \\[ \\] forged task  --- \\<img"));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_false (g_str_has_prefix (lines[i], "- [x]") && strstr (lines[i], "forged"));
      g_assert_false (g_str_has_prefix (lines[i], "- [ ] forged"));
      g_assert_false (g_str_has_prefix (lines[i], "## Forged"));
    }
}

static void
test_options (void)
{
  g_autoptr(DsChecklist) checklist = sample ();
  g_autoptr(DsExportOptions) open_only = options_new (TRUE, FALSE, TRUE);
  g_autoptr(DsExportOptions) aws = options_new (FALSE, TRUE, TRUE);
  g_autoptr(DsExportOptions) no_notes = options_new (FALSE, FALSE, FALSE);
  guint n_total = ds_checklist_get_n_total (checklist);
  guint n_done = ds_checklist_get_n_done (checklist);
  g_autofree char *md = export_text (checklist, DS_EXPORT_MARKDOWN, NULL);
  g_autofree char *csv = export_text (checklist, DS_EXPORT_CSV, NULL);
  g_autofree char *html = export_text (checklist, DS_EXPORT_HTML, NULL);

  g_assert_cmpuint (count (md, "\n- ["), ==, n_total);
  g_assert_cmpuint (count (csv, "\r\n"), ==, n_total + 1);

  /* Open items only: resolved ones go, the header still counts them all. */
  {
    g_autofree char *md_open = export_text (checklist, DS_EXPORT_MARKDOWN, open_only);
    g_autofree char *csv_open = export_text (checklist, DS_EXPORT_CSV, open_only);
    g_autofree char *html_open = export_text (checklist, DS_EXPORT_HTML, open_only);
    g_autofree char *progress = g_strdup_printf ("%u of %u done", n_done, n_total);

    g_assert_cmpuint (count (md_open, "\n- [ ] "), ==, n_total - n_done);
    g_assert_cmpuint (count (md_open, "\n- [x] "), ==, 0);
    g_assert_nonnull (strstr (md_open, progress));
    g_assert_nonnull (strstr (md_open, "Only the open items are listed."));
    g_assert_cmpuint (count (csv_open, "\r\n"), ==, n_total - n_done + 1);
    g_assert_null (strstr (csv_open, ",done,"));
    g_assert_null (strstr (csv_open, ",not-applicable,"));
    g_assert_cmpuint (count (html_open, "<tr class=\"open\">"), ==, n_total - n_done);
    g_assert_null (strstr (html_open, "<tr class=\"done"));
  }

  /* AWS's duties: listed apart, never as tasks or items. */
  {
    g_autofree char *md_aws = export_text (checklist, DS_EXPORT_MARKDOWN, aws);
    g_autofree char *csv_aws = export_text (checklist, DS_EXPORT_CSV, aws);
    g_autofree char *html_aws = export_text (checklist, DS_EXPORT_HTML, aws);

    g_assert_null (strstr (md, "AWS is responsible for"));
    g_assert_nonnull (strstr (md_aws, "\n*AWS is responsible for:*\n\n- "));
    g_assert_nonnull (strstr (md_aws, "- Secure the data centers physically"));
    g_assert_cmpuint (count (md_aws, "\n- ["), ==, n_total);
    g_assert_nonnull (strstr (csv_aws, "Amazon S3,s3/store-redundantly,"));
    g_assert_nonnull (strstr (csv_aws, ",aws,aws,,,,,,,"));
    g_assert_cmpuint (count (csv_aws, ",aws,aws,"), ==, count (csv_aws, "\r\n") - n_total - 1);
    g_assert_cmpuint (count (html_aws, "<ul class=\"aws\">"), >=, 3);
    g_assert_null (strstr (html, "<ul class=\"aws\">"));
  }

  /* Without notes: the note is nowhere, the rest is all there. */
  {
    g_autofree char *md_quiet = export_text (checklist, DS_EXPORT_MARKDOWN, no_notes);
    g_autofree char *csv_quiet = export_text (checklist, DS_EXPORT_CSV, no_notes);
    g_autofree char *html_quiet = export_text (checklist, DS_EXPORT_HTML, no_notes);

    g_assert_nonnull (strstr (md, "also via SCP"));
    g_assert_nonnull (strstr (csv, "also via SCP"));
    g_assert_nonnull (strstr (html, "also via SCP"));
    g_assert_null (strstr (md_quiet, "also via SCP"));
    g_assert_null (strstr (csv_quiet, "also via SCP"));
    g_assert_null (strstr (html_quiet, "also via SCP"));
    g_assert_nonnull (strstr (md_quiet, "Assignee: Ana Lima"));
    g_assert_cmpuint (count (csv_quiet, "\r\n"), ==, n_total + 1);
  }
}

static void
test_csv_cells (void)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(DsChecklist) checklist = ds_checklist_new (catalog);
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;

  ds_checklist_item_set_assignee (ds_checklist_lookup_item (checklist, "general/choose-regions"), "=1+2");
  ds_checklist_item_set_note (ds_checklist_lookup_item (checklist, "general/choose-regions"), "a \"b\", c");
  ds_checklist_item_set_assignee (ds_checklist_lookup_item (checklist, "general/encrypt-data"), "@SUM(1+1)");
  ds_checklist_item_set_note (ds_checklist_lookup_item (checklist, "general/encrypt-data"), "-2+3;x");
  ds_checklist_item_set_assignee (ds_checklist_lookup_item (checklist, "general/schedule-backups"), "\t=1");
  ds_checklist_item_set_note (ds_checklist_lookup_item (checklist, "general/schedule-backups"), "two\nlines");
  csv = export_text (checklist, DS_EXPORT_CSV, NULL);

  /* Records end in CRLF; a line break inside a quoted cell stays as it is. */
  rows = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 6);
  g_assert_cmpstr (rows[0], ==,
                   "service,duty,title,owner,status,reason,reason-text,assignee,due,done-at,note,controls");
  g_assert_cmpstr (rows[1], ==, "Every AWS customer,general/choose-regions,"
                   "Choose Regions that meet data sovereignty rules,customer,open,,,'=1+2,,,\"a \"\"b\"\", c\",");
  g_assert_true (g_str_has_suffix (rows[2], ",'@SUM(1+1),,,\"'-2+3;x\","));
  g_assert_true (g_str_has_suffix (rows[3], ",'\t=1,,,\"two\nlines\","));
  g_assert_cmpstr (rows[5], ==, "");
}

static gboolean
has_external_reference (const char *html)
{
  static const char * const patterns[] = {
    "<script", "<link", "<img", "<iframe", "<object", "<embed", " src=", " href=", "url(", "@import",
  };

  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    if (strstr (html, patterns[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_html (void)
{
  g_autoptr(DsChecklist) checklist = sample ();
  g_autofree char *clean = export_text (checklist, DS_EXPORT_HTML, NULL);
  g_autofree char *html = NULL;
  DsChecklistItem *item = ds_checklist_lookup_item (checklist, "general/encrypt-data");

  /* Nothing is fetched from elsewhere, nothing runs. */
  g_assert_false (has_external_reference (clean));

  ds_checklist_set_name (checklist, "<script>alert('name')</script>");
  ds_checklist_item_set_assignee (item, "\"><img src=x onerror=alert(1)>");
  ds_checklist_item_set_note (item, "</td></tr></table><script>alert(2)</script>&amp;");
  html = export_text (checklist, DS_EXPORT_HTML, NULL);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
  g_assert_nonnull (strstr (html, "<title>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;</title>"));
  g_assert_nonnull (strstr (html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  g_assert_nonnull (strstr (html, "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(2)&lt;/script&gt;&amp;amp;"));
  g_assert_cmpuint (count (html, "<table>"), ==, count (html, "</table>"));
  g_assert_nonnull (strstr (html, "@media print"));

  /* A layer picture for each catalog service (S3, EC2, ECS): ten bands,
   * each saying its owner in words. */
  g_assert_cmpuint (count (html, "<ol class=\"layers\">"), ==, 3);
  g_assert_cmpuint (count (html, "<li class=\"owner-"), ==, 30);
  g_assert_cmpuint (count (html, "<span class=\"owner\">"), ==, 30);
  g_assert_cmpuint (count (html, "<ul class=\"legend\">"), ==, 3);
  g_assert_nonnull (strstr (html, "<li class=\"owner-customer\"><span class=\"layer\">Customer data</span> "
                                  "<span class=\"owner\">You</span></li>"));
  g_assert_nonnull (strstr (html, "Amazon ECS (Fargate launch type)"));
}

/* A checklist of @n items in a few sections, each with a note of @note_lines lines. */
static DsChecklist *
synthetic (guint n,
           guint note_lines)
{
  g_autoptr(DsCatalog) catalog = builtin ();
  g_autoptr(GString) text = g_string_new ("{\"format\":\"duty-split-checklist\",\"version\":1,"
                                          "\"name\":\"Synthetic\",\"items\":[");
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  DsChecklist *checklist;

  for (guint i = 0; i < note_lines; i++)
    g_string_append_printf (note, "%sLine %u of a long note that goes on", i ? "\\n" : "", i + 1);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"section\":\"team-%u\",\"title\":\"Item %u\",\"note\":\"%s\"}",
                            i ? "," : "", i / 25, i, note->str);
  g_string_append (text, "]}");

  bytes = g_bytes_new (text->str, text->len);
  checklist = ds_checklist_new_from_bytes (catalog, bytes, "synthetic.json", &error);
  g_assert_no_error (error);
  return checklist;
}

static guint
paginate_at (DsReport *report,
             double    resolution,
             double    width,
             double    height)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *font_options = cairo_font_options_create ();
  guint n_pages;

  pango_cairo_context_set_resolution (context, resolution);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, font_options);
  cairo_font_options_destroy (font_options);

  n_pages = ds_report_paginate (report, context, width, height);
  for (guint i = 0; i < n_pages; i++)
    ds_report_draw_page (report, cr, i);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_pages;
}

static void
test_report (void)
{
  g_autoptr(DsChecklist) small = sample ();
  g_autoptr(DsChecklist) large = synthetic (400, 1);
  g_autoptr(DsChecklist) tall = synthetic (3, 200);
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(DsReport) report = ds_report_new (small, NULL, date);
  g_autoptr(DsReport) large_report = ds_report_new (large, NULL, date);
  g_autoptr(DsReport) tall_report = ds_report_new (tall, NULL, date);
  g_autoptr(DsExportOptions) open_only = options_new (TRUE, FALSE, TRUE);
  g_autoptr(DsReport) nothing = NULL;
  guint n, n_large, n_tall;

  g_assert_cmpuint (ds_report_get_n_pages (report), ==, 0);

  /* A title page, then the items. */
  n = paginate_at (report, 72, 500, 746);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (ds_report_get_n_pages (report), ==, n);

  /* The same in print units: a print context at 300 dpi lays out alike
   * (give or take a page, should a font's metrics not scale exactly). */
  n_large = paginate_at (large_report, 72, 500, 746);
  g_assert_cmpuint (n_large, >, 10);
  n = paginate_at (large_report, 300, 500 * 300 / 72.0, 746 * 300 / 72.0);
  g_assert_cmpuint (n + 1, >=, n_large);
  g_assert_cmpuint (n, <=, n_large + 1);

  /* Smaller pages, more of them. */
  g_assert_cmpuint (paginate_at (large_report, 72, 400, 500), >, n_large);

  /* Notes longer than a page go on over the next pages. */
  n_tall = paginate_at (tall_report, 72, 500, 746);
  g_assert_cmpuint (n_tall, >=, 1 + 3 * 200 * 10 / 746);

  /* Nothing left to list: the title page alone. */
  for (guint i = 0; i < g_list_model_get_n_items (ds_checklist_get_items (large)); i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (ds_checklist_get_items (large), i);
      ds_checklist_item_set_done (item, TRUE);
    }
  nothing = ds_report_new (large, open_only, date);
  g_assert_cmpuint (paginate_at (nothing, 72, 500, 746), ==, 1);
}

static const char *
find (const char *data,
      gsize       len,
      const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

static gboolean
contains (const char *data,
          gsize       len,
          const char *needle)
{
  return find (data, len, needle) != NULL;
}

/* The inflated content of the zlib stream at DATA, or NULL if it is not
 * one (a stream whose data happens to hold "endstream" ends early, and is
 * skipped: only the small object streams matter here). */
static GBytes *
inflate (const char *data,
         gsize       len)
{
  g_autoptr(GConverter) zlib = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize read_total = 0;

  for (;;)
    {
      guint8 buffer[4096];
      gsize n_read = 0, n_written = 0;
      GConverterResult result;

      result = g_converter_convert (zlib, data + read_total, len - read_total, buffer, sizeof buffer,
                                    G_CONVERTER_INPUT_AT_END, &n_read, &n_written, NULL);
      if (result == G_CONVERTER_ERROR)
        return NULL;
      read_total += n_read;
      g_byte_array_append (out, buffer, n_written);
      if (result == G_CONVERTER_FINISHED)
        return g_byte_array_free_to_bytes (g_steal_pointer (&out));
    }
}

/* The PDF's objects as text: the file itself followed by each of its
 * streams inflated. A PDF 1.5 writer may pack dictionaries — pages, the
 * document information — into compressed object streams (cairo does from
 * 1.18 on), so they cannot be read in the file's bytes alone. */
static GString *
pdf_objects (GBytes *pdf)
{
  gsize len;
  const char *data = g_bytes_get_data (pdf, &len);
  const char *end = data + len;
  GString *objects = g_string_new_len (data, len);

  for (const char *p = data; (p = find (p, end - p, "stream")) != NULL; )
    {
      const char *start = p + strlen ("stream");
      const char *stop;
      g_autoptr(GBytes) inflated = NULL;

      /* The keyword, not the end of "endstream". */
      if (p > data && p[-1] == 'd')
        {
          p = start;
          continue;
        }
      if (start < end && *start == '\r')
        start++;
      if (start >= end || *start != '\n')
        {
          p = start;
          continue;
        }
      start++;
      stop = find (start, end - start, "endstream");
      if (stop == NULL)
        break;
      inflated = inflate (start, stop - start);
      if (inflated != NULL)
        {
          g_string_append_c (objects, '\n');
          g_string_append_len (objects, g_bytes_get_data (inflated, NULL), g_bytes_get_size (inflated));
        }
      p = stop + strlen ("endstream");
    }

  return objects;
}

/* How many pages the PDF has, each checked to be A4 portrait: every page
 * dictionary has a /MediaBox of 210 mm × 297 mm. Writers round points as
 * they like (595.276 or 595.2756), so the numbers are read and compared
 * within a hundredth of a point. */
static guint
pdf_count_a4_pages (GString *objects)
{
  const double width = 210 / 25.4 * 72, height = 297 / 25.4 * 72;
  const char *end = objects->str + objects->len;
  guint n_pages = 0, n_boxes = 0;

  for (const char *p = objects->str; (p = find (p, end - p, "/Type /Page")) != NULL; p++)
    if (p + strlen ("/Type /Page") < end && !g_ascii_isalpha (p[strlen ("/Type /Page")]))
      n_pages++;

  for (const char *p = objects->str; (p = find (p, end - p, "/MediaBox")) != NULL; )
    {
      double box[4];
      char *next;

      p += strlen ("/MediaBox");
      while (p < end && g_ascii_isspace (*p))
        p++;
      g_assert_true (p < end && *p == '[');
      p++;
      for (guint i = 0; i < G_N_ELEMENTS (box); i++)
        {
          box[i] = g_ascii_strtod (p, &next);
          g_assert_true (next != p);
          p = next;
        }
      g_assert_cmpfloat_with_epsilon (box[0], 0, 0.01);
      g_assert_cmpfloat_with_epsilon (box[1], 0, 0.01);
      g_assert_cmpfloat_with_epsilon (box[2], width, 0.01);
      g_assert_cmpfloat_with_epsilon (box[3], height, 0.01);
      n_boxes++;
    }

  g_assert_cmpuint (n_boxes, ==, n_pages);
  return n_pages;
}

static void
test_pdf (void)
{
  g_autoptr(DsChecklist) checklist = sample ();
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ds_export (checklist, DS_EXPORT_PDF, NULL, date, &error);
  g_autoptr(GString) objects = NULL;
  gsize len;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &len);
  g_assert_cmpuint (len, >, 1000);
  g_assert_true (memcmp (data, "%PDF-", 5) == 0);
  g_assert_true (contains (data + len - 8, 8, "%%EOF"));

  objects = pdf_objects (bytes);
  g_assert_cmpuint (pdf_count_a4_pages (objects), >=, 1);
  g_assert_true (contains (objects->str, objects->len, "/Title (Payments API)"));
  g_assert_true (contains (objects->str, objects->len, "/CreationDate (20261128120000"));
}

/* The text of a PDF, as poppler's pdftotext reads it; NULL without it. */
static char *
pdf_text (GBytes *pdf)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "stacks.pdf", NULL);
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (program == NULL)
    return NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { program, path, "-", NULL }, NULL, G_SPAWN_DEFAULT,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Each service's section of the PDF and of the web page shows its layer
 * stack, in the palette's colours. */
static void
test_stacks (void)
{
  g_autoptr(DsChecklist) checklist = sample ();
  g_autoptr(GDateTime) date = fixed_date ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = ds_export (checklist, DS_EXPORT_PDF, NULL, date, &error);
  g_autofree char *html = export_text (checklist, DS_EXPORT_HTML, NULL);
  g_autofree char *text = NULL;
  const DsOwnerColors *aws = ds_owner_get_colors (DS_OWNER_AWS, FALSE);
  const DsOwnerColors *customer = ds_owner_get_colors (DS_OWNER_CUSTOMER, FALSE);
  g_autofree char *aws_rule = g_strdup_printf (".owner-aws { background: #%02x%02x%02x;",
                                               (guint) (aws->fill.red * 255 + 0.5),
                                               (guint) (aws->fill.green * 255 + 0.5),
                                               (guint) (aws->fill.blue * 255 + 0.5));
  g_autofree char *customer_rule = g_strdup_printf (".owner-customer { background: #%02x%02x%02x;",
                                                    (guint) (customer->fill.red * 255 + 0.5),
                                                    (guint) (customer->fill.green * 255 + 0.5),
                                                    (guint) (customer->fill.blue * 255 + 0.5));

  g_assert_no_error (error);
  g_assert_nonnull (strstr (html, aws_rule));
  g_assert_nonnull (strstr (html, customer_rule));
  g_assert_nonnull (strstr (html, "<li class=\"owner-none\"><span class=\"layer\">Application</span> "
                                  "<span class=\"owner\">Not applicable</span></li>"));

  text = pdf_text (pdf);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }

  /* Three services (S3, EC2, ECS), ten bands each, and the legend. */
  g_assert_cmpuint (count (text, "Guest operating system"), ==, 3);
  g_assert_cmpuint (count (text, "Physical facilities"), ==, 3);
  g_assert_cmpuint (count (text, "Not applicable"), >=, 3 + 1);
  g_assert_cmpuint (count (text, "Shared"), >=, 3);
}

/* The destination's parent is a regular file: no one can write there, not
 * even root, and nothing is left behind. */
static void
test_unwritable (void)
{
  g_autoptr(DsChecklist) checklist = sample ();
  g_autofree char *blocker = g_build_filename (g_get_user_cache_dir (), "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "out.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "a file", -1, NULL));

  for (DsExportFormat format = DS_EXPORT_MARKDOWN; format <= DS_EXPORT_PDF; format++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;

      g_assert_false (ds_export_to_file (checklist, format, NULL, file, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_true (g_file_get_contents (blocker, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "a file");
    }
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* A write that fails half-way (the file size limit, which binds root too,
 * as a full disk would) keeps the previous export exactly as it was, and
 * leaves no temporary file. */
static void
test_failed_write_keeps_file (void)
{
  g_autoptr(DsChecklist) checklist = sample ();
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "full", NULL);
  g_autofree char *path = g_build_filename (dir, "previous.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  struct rlimit saved, small = { 64, 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small.rlim_max = saved.rlim_max;

  for (DsExportFormat format = DS_EXPORT_MARKDOWN; format <= DS_EXPORT_PDF; format++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gboolean ok;

      g_assert_true (g_file_set_contents (path, "previous export", -1, NULL));

      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
      ok = ds_export_to_file (checklist, format, NULL, file, &error);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);

      g_assert_false (ok);
      g_assert_error (error, G_IO_ERROR, (int)g_io_error_from_errno (EFBIG));
      g_assert_nonnull (strstr (error->message, "previous.pdf"));
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "previous export");
      g_assert_cmpuint (count_files (dir), ==, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/format-names", test_format_names);
  g_test_add_func ("/export/options-object", test_options_object);
  g_test_add_data_func ("/export/golden/md", "md", test_golden);
  g_test_add_data_func ("/export/golden/csv", "csv", test_golden);
  g_test_add_data_func ("/export/golden/json", "json", test_golden);
  g_test_add_data_func ("/export/golden/html", "html", test_golden);
  g_test_add_func ("/export/json-roundtrip", test_json_roundtrip);
  g_test_add_func ("/export/markdown-escapes", test_markdown_escapes);
  g_test_add_func ("/export/options", test_options);
  g_test_add_func ("/export/csv-cells", test_csv_cells);
  g_test_add_func ("/export/html", test_html);
  g_test_add_func ("/export/report", test_report);
  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/stacks", test_stacks);
  g_test_add_func ("/export/unwritable", test_unwritable);
  g_test_add_func ("/export/failed-write-keeps-file", test_failed_write_keeps_file);

  return g_test_run ();
}
