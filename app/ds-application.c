/* ds-application.c — the application: actions, command line, the active checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-application.h"
#include "ds-application-private.h"
#include "ds-autosave.h"
#include "ds-catalog.h"
#include "ds-file.h"
#include "ds-font-preload.h"
#include "ds-frame-report.h"
#include "ds-checklist.h"
#include "ds-command-line.h"
#include "ds-window.h"
#include "ds-window-private.h"

struct _DsApplication
{
  AdwApplication  parent_instance;

  DsCatalog      *catalog;
  GThread        *catalog_loader;   /* reading the built-in catalog */
  GError         *catalog_error;    /* set by it, read once it is joined */
  DsChecklist    *checklist;
  DsAutosave     *autosave;
  GSettings      *settings;
  char           *load_error;
};

G_DEFINE_FINAL_TYPE (DsApplication, ds_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_CHECKLIST,
  N_PROPS
};

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "list-services", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the services of the catalog and exit"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export a checklist to FILE and exit"), N_("FILE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Format of the export: md, csv, json, html or pdf (by default taken from the file name)"),
    N_("FORMAT") },
  { "services", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Services to put in the exported checklist, by id, separated by commas"), N_("IDS") },
  { "checklist", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Checklist file to export; it is only read"), N_("FILE") },
  { "open-only", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Export only the items that are still open"), NULL },
  { "with-aws-duties", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Also list the duties AWS carries for each service, for context"), NULL },
  { "without-notes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Leave the items’ notes out of the export"), NULL },
  { "catalog", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the catalog in FILE instead of the built-in one"), N_("FILE") },
  { NULL }
};

/* Runs in the catalog_loader thread. */
static gpointer
load_builtin_catalog (gpointer data)
{
  DsApplication *self = data;

  return ds_catalog_new_builtin (&self->catalog_error);
}

/* The window needs the catalog only once GTK has started, which takes
 * longer than reading it: the built-in catalog is read meanwhile, on the
 * other processor where there is one. ensure_catalog() waits for it. */
static void
start_loading_builtin_catalog (DsApplication *self)
{
  if (self->catalog == NULL && self->catalog_loader == NULL)
    self->catalog_loader = g_thread_new ("catalog", load_builtin_catalog, self);
}

static gboolean
ensure_catalog (DsApplication  *self,
                const char     *path,
                GError        **error)
{
  if (self->catalog == NULL && self->catalog_loader != NULL)
    {
      self->catalog = g_thread_join (g_steal_pointer (&self->catalog_loader));
      if (self->catalog == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&self->catalog_error));
          return FALSE;
        }
    }

  if (self->catalog != NULL)
    return TRUE;

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      self->catalog = ds_catalog_new_from_file (file, error);
    }
  else
    self->catalog = ds_catalog_new_builtin (error);

  return self->catalog != NULL;
}

/**
 * _ds_application_dup_checklists_dir:
 *
 * Returns: (transfer full): the folder that holds the user's checklists
 */
GFile *
_ds_application_dup_checklists_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "duty-split", "checklists", NULL);
}

static GFile *
default_checklist_file (void)
{
  g_autoptr(GFile) dir = _ds_application_dup_checklists_dir ();

  return g_file_get_child (dir, "default.dutysplit.json");
}

/**
 * _ds_application_dup_unused_file:
 * @dir: a folder
 *
 * Returns: (transfer full): a checklist file name in @dir that nothing uses
 *   yet, for a new checklist, or for one that must not overwrite a file
 *   that could not be read
 */
GFile *
_ds_application_dup_unused_file (GFile *dir)
{
  for (guint i = 1; ; i++)
    {
      g_autofree char *name = g_strdup_printf ("checklist-%u.dutysplit.json", i);
      g_autoptr(GFile) candidate = g_file_get_child (dir, name);

      if (!g_file_query_exists (candidate, NULL))
        return g_steal_pointer (&candidate);
    }
}

static void
on_autosave_failed_cb (DsApplication *self,
                       const GError  *error)
{
  g_signal_emit (self, signals[SAVE_FAILED], 0, error);
}

static void
watch_checklist (DsApplication *self,
                 GFile         *file)
{
  g_clear_object (&self->autosave);
  self->autosave = ds_autosave_new (self->checklist, file);
  g_signal_connect_object (self->autosave, "failed",
                           G_CALLBACK (on_autosave_failed_cb), self, G_CONNECT_SWAPPED);
}

/* A save killed between writing its temporary file and renaming it leaves
 * a hidden `.NAME.dutysplit.json.XXXXXX` beside the checklist. At start,
 * before anything is saved, those of the checklists folder and of the
 * active checklist's folder go; a minute's age tells them from the save of
 * another instance still in progress. */
#define STALE_TEMPORARY_AGE 60

static void
remove_stale_temporaries (GFile *active)
{
  g_autoptr(GFile) dir = _ds_application_dup_checklists_dir ();
  g_autoptr(GFile) parent = g_file_get_parent (active);

  ds_file_remove_stale_temporaries (dir, ".dutysplit.json", STALE_TEMPORARY_AGE);
  if (parent != NULL && !g_file_equal (parent, dir))
    ds_file_remove_stale_temporaries (parent, ".dutysplit.json", STALE_TEMPORARY_AGE);
}

static void
load_checklist (DsApplication *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "active-checklist");
  g_autoptr(GFile) file = path[0] ? g_file_new_for_path (path) : default_checklist_file ();
  g_autoptr(GError) error = NULL;

  self->checklist = ds_checklist_new_from_file (self->catalog, file, &error);

  if (self->checklist == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autoptr(GFile) fresh = _ds_application_dup_unused_file (parent);
          g_autofree char *fresh_name = g_file_get_parse_name (fresh);

          self->load_error =
            g_strdup_printf (_("%s\n\nThe file was left as it is. "
                               "A new checklist is saved to %s."),
                             error->message, fresh_name);
          g_settings_set_string (self->settings, "active-checklist", g_file_peek_path (fresh));
          g_set_object (&file, fresh);
        }

      self->checklist = ds_checklist_new (self->catalog);
    }

  remove_stale_temporaries (file);
  watch_checklist (self, file);
}

static int
ds_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  DsApplication *self = DS_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  const char *output = NULL, *format = NULL, *services = NULL;
  const char *checklist = NULL, *catalog = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("duty-split %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "export", "^&ay", &output);
  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "services", "&s", &services);
  g_variant_dict_lookup (options, "checklist", "^&ay", &checklist);
  g_variant_dict_lookup (options, "catalog", "^&ay", &catalog);

  /* A catalog named on the command line is read now, so that an error in
   * it is reported here; the built-in one may be read while GTK starts. */
  if (catalog == NULL)
    start_loading_builtin_catalog (self);
  if ((catalog != NULL || output != NULL || g_variant_dict_contains (options, "list-services")) &&
      !ensure_catalog (self, catalog, &error))
    {
      g_printerr ("duty-split: %s\n", error->message);
      return 1;
    }

  if (g_variant_dict_contains (options, "list-services"))
    {
      g_autoptr(GString) out = g_string_new (NULL);

      ds_command_line_list_services (self->catalog, out);
      g_print ("%s", out->str);
      return 0;
    }

  if (output != NULL)
    {
      g_autoptr(DsExportOptions) export_options = ds_export_options_new ();

      ds_export_options_set_open_only (export_options, g_variant_dict_contains (options, "open-only"));
      ds_export_options_set_aws_duties (export_options, g_variant_dict_contains (options, "with-aws-duties"));
      ds_export_options_set_notes (export_options, !g_variant_dict_contains (options, "without-notes"));

      if (!ds_command_line_export (self->catalog, output, format, services, checklist,
                                   export_options, &error))
        {
          g_printerr ("duty-split: %s\n", error->message);
          return 1;
        }
      return 0;
    }

  if (format != NULL || services != NULL || checklist != NULL ||
      g_variant_dict_contains (options, "open-only") ||
      g_variant_dict_contains (options, "with-aws-duties") ||
      g_variant_dict_contains (options, "without-notes"))
    {
      g_printerr ("duty-split: %s\n",
                  _("--format, --services, --checklist and the export options go with --export FILE"));
      return 2;
    }

  return G_APPLICATION_CLASS (ds_application_parent_class)->handle_local_options (app, options);
}

static void
ds_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      g_autoptr(DsFontPreload) fonts = NULL;

      ds_frame_report_mark ("activate");
      /* The fonts load on the other processor while the window is built. */
      fonts = ds_font_preload_start (ds_window_get_text_styles ());
      window = GTK_WINDOW (ds_window_new (DS_APPLICATION (app)));
      ds_font_preload_finish (fonts);
      ds_frame_report_mark ("built");
      ds_frame_report_watch (window);
    }

  gtk_window_present (window);
  ds_frame_report_mark ("presented");
}

/* `duty-split FILE`, or a checklist opened from the file manager: it
 * becomes the active checklist; a file that cannot be read is reported and
 * the active checklist stays. */
static void
ds_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  DsApplication *self = DS_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  ds_application_activate (app);
  /* The active window may be a dialog over the main one. */
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  while (window != NULL && !DS_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);

  if (n_files > 0 && !ds_application_open_checklist (self, files[0], &error))
    {
      if (window != NULL)
        _ds_window_show_error (DS_WINDOW (window), _("Could Not Open the Checklist"), error->message);
      else
        g_printerr ("%s\n", error->message);
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Duty Split developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Duty Split"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("See who secures what in AWS, and tick off your part"),
                         "website", "https://github.com/dutysplit/duty-split",
                         "issue-url", "https://github.com/dutysplit/duty-split/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         "copyright", _("© 2026 The Duty Split developers"),
                         /* Translators: your names, one a line, to thank you in the About window */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
ds_application_startup (GApplication *app)
{
  DsApplication *self = DS_APPLICATION (app);
  /* Every keyboard shortcut, in one place; the shortcuts window lists them. */
  static const struct { const char *action; const char *accels[3]; } shortcuts[] = {
    { "app.quit", { "<Control>q" } },
    { "window.close", { "<Control>w" } },
    { "win.search", { "<Control>f" } },
    { "win.new-checklist", { "<Control>n" } },
    { "win.open-checklist", { "<Control>o" } },
    { "win.save-copy", { "<Control><Shift>s" } },
    { "win.export-menu", { "<Control>e" } },
    { "win.print", { "<Control>p" } },
    { "win.next-pane", { "F6" } },
    { "win.previous-pane", { "<Shift>F6" } },
    { "win.go-back", { "<Alt>Left" } },
    { "win.show-help-overlay", { "<Control>question" } },
  };
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (ds_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), shortcuts[i].action,
                                           shortcuts[i].accels);

  self->settings = g_settings_new (SCHEMA_ID);

  /* The built-in catalog is part of the program; failing to read it is a bug. */
  if (!ensure_catalog (self, NULL, &error))
    g_error ("%s", error->message);

  load_checklist (self);
}

static void
ds_application_shutdown (GApplication *app)
{
  DsApplication *self = DS_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (!ds_application_flush (self, &error))
    g_warning ("Could not save the checklist: %s", error->message);

  G_APPLICATION_CLASS (ds_application_parent_class)->shutdown (app);
}

static void
ds_application_finalize (GObject *object)
{
  DsApplication *self = (DsApplication *)object;

  /* A second instance hands its work to the first and never needs it. */
  if (self->catalog_loader != NULL)
    {
      g_autoptr(DsCatalog) unused = g_thread_join (g_steal_pointer (&self->catalog_loader));
    }
  g_clear_error (&self->catalog_error);
  g_clear_object (&self->autosave);
  g_clear_object (&self->checklist);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_free (self->load_error);

  G_OBJECT_CLASS (ds_application_parent_class)->finalize (object);
}

static void
ds_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsApplication *self = DS_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_CATALOG:   g_value_set_object (value, self->catalog); break;
    case PROP_CHECKLIST: g_value_set_object (value, self->checklist); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_application_class_init (DsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ds_application_finalize;
  object_class->get_property = ds_application_get_property;

  properties[PROP_CATALOG] = g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKLIST] = g_param_spec_object ("checklist", NULL, NULL, DS_TYPE_CHECKLIST,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsApplication::save-failed:
   * @error: what went wrong
   *
   * Emitted when the active checklist could not be saved; the file on disk
   * is still the previous one.
   */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  app_class->handle_local_options = ds_application_handle_local_options;
  app_class->startup = ds_application_startup;
  app_class->activate = ds_application_activate;
  app_class->open = ds_application_open;
  app_class->shutdown = ds_application_shutdown;
}

static void
ds_application_init (DsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("See who secures what in AWS, and tick off your part."));
}

DsApplication *
ds_application_new (void)
{
  return g_object_new (DS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * ds_application_get_catalog:
 * @self: a #DsApplication
 *
 * Returns: (transfer none): the catalog of services in use
 */
DsCatalog *
ds_application_get_catalog (DsApplication *self)
{
  g_return_val_if_fail (DS_IS_APPLICATION (self), NULL);
  return self->catalog;
}

/**
 * ds_application_get_checklist:
 * @self: a #DsApplication
 *
 * Returns: (transfer none): the active checklist, restored at start-up
 */
DsChecklist *
ds_application_get_checklist (DsApplication *self)
{
  g_return_val_if_fail (DS_IS_APPLICATION (self), NULL);
  return self->checklist;
}

/**
 * _ds_application_set_checklist:
 * @self: a #DsApplication
 * @checklist: the checklist to make active
 * @file: where it is saved
 *
 * Saves what is pending for the active checklist, then makes @checklist the
 * active one, remembered for the next start.
 */
void
_ds_application_set_checklist (DsApplication *self,
                               DsChecklist   *checklist,
                               GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);

  if (!ds_application_flush (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);

  g_set_object (&self->checklist, checklist);
  watch_checklist (self, file);
  g_settings_set_string (self->settings, "active-checklist", path ? path : "");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST]);
}

/**
 * ds_application_get_checklist_file:
 * @self: a #DsApplication
 *
 * Returns: (transfer none): the file the active checklist is saved to
 */
GFile *
ds_application_get_checklist_file (DsApplication *self)
{
  g_return_val_if_fail (DS_IS_APPLICATION (self), NULL);
  return ds_autosave_get_file (self->autosave);
}

/**
 * ds_application_use_catalog:
 * @self: a #DsApplication
 * @catalog: the catalog to use from now on
 *
 * Switches to @catalog. The active checklist is read again against it, so
 * items whose duty @catalog lacks are kept and marked missing, and it goes
 * on being saved to the same file.
 */
void
ds_application_use_catalog (DsApplication *self,
                            DsCatalog     *catalog)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  DsChecklist *checklist;

  g_return_if_fail (DS_IS_APPLICATION (self));
  g_return_if_fail (DS_IS_CATALOG (catalog));

  bytes = ds_checklist_to_bytes (self->checklist);
  checklist = ds_checklist_new_from_bytes (catalog, bytes, "checklist", &error);
  g_assert_no_error (error);   /* it was written by this very code */

  if (!ds_application_flush (self, &error))
    g_signal_emit (self, signals[SAVE_FAILED], 0, error);

  file = g_object_ref (ds_autosave_get_file (self->autosave));
  g_set_object (&self->catalog, catalog);
  g_clear_object (&self->checklist);
  self->checklist = checklist;
  watch_checklist (self, file);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST]);
}

GSettings *
ds_application_get_settings (DsApplication *self)
{
  g_return_val_if_fail (DS_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * ds_application_take_load_error:
 * @self: a #DsApplication
 *
 * Returns: (transfer full) (nullable): why the saved checklist could not be
 *   restored, to tell the user once
 */
char *
ds_application_take_load_error (DsApplication *self)
{
  g_return_val_if_fail (DS_IS_APPLICATION (self), NULL);
  return g_steal_pointer (&self->load_error);
}

/**
 * ds_application_flush:
 * @self: a #DsApplication
 * @error: return location for a #GError
 *
 * Writes any change to the active checklist that is still waiting.
 */
gboolean
ds_application_flush (DsApplication  *self,
                      GError        **error)
{
  g_return_val_if_fail (DS_IS_APPLICATION (self), FALSE);

  return self->autosave == NULL || ds_autosave_flush (self->autosave, error);
}
