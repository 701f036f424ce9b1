/* ds-region-button.c — shows and chooses the AWS Regions of a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-region-button"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ds-checklist.h"
#include "ds-region-button.h"
#include "ds-regions.h"

/* Choosing Regions that meet data-sovereignty rules is the first duty of
 * every AWS customer, so the checklist records them; this button lists
 * them and opens a searchable list of AWS's Regions to tick. */
struct _DsRegionButton
{
  DsChecklistMenuButton parent_instance;

  gboolean       syncing;

  GtkMenuButton  *button;        /* the base's */
  GtkListBox     *list;          /* made with the popover */
  GtkSearchEntry *search_entry;
};

G_DEFINE_FINAL_TYPE (DsRegionButton, ds_region_button, DS_TYPE_CHECKLIST_MENU_BUTTON)


static DsChecklist *
checklist_of (DsRegionButton *self)
{
  return ds_checklist_menu_button_get_checklist (DS_CHECKLIST_MENU_BUTTON (self));
}

static const char *
row_code (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "code");
}

static GtkCheckButton *
row_check (GtkListBoxRow *row)
{
  return GTK_CHECK_BUTTON (gtk_list_box_row_get_child (row));
}

static void
update_label (DsRegionButton *self)
{
  const char * const *regions = checklist_of (self) ? ds_checklist_get_regions (checklist_of (self)) : NULL;
  g_autofree char *label = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  if (regions == NULL)
    label = g_strdup (_("Choose Regions…"));
  else
    {
      /* Translators: the Regions of a checklist, "Regions: eu-central-1, eu-west-1" */
      g_autofree char *codes = g_strjoinv (", ", (char **)regions);
      label = g_strdup_printf (_("Regions: %s"), codes);
    }

  for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
    {
      const char *name = ds_region_get_name (regions[i]);
      g_string_append_printf (names, "%s%s %s", i ? "\n" : "", regions[i], name ? name : "");
    }

  gtk_menu_button_set_label (self->button, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button),
                               names->len ? names->str : _("The AWS Regions the workload runs in"));
}

/* Ticks the rows of the checklist's Regions. */
static void
sync_checks (DsRegionButton *self)
{
  const char * const *regions = checklist_of (self) ? ds_checklist_get_regions (checklist_of (self)) : NULL;

  self->syncing = TRUE;
  for (GtkWidget *row = self->list ? gtk_widget_get_first_child (GTK_WIDGET (self->list)) : NULL;
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (GTK_IS_LIST_BOX_ROW (row))
        gtk_check_button_set_active (row_check (GTK_LIST_BOX_ROW (row)),
                                     regions && g_strv_contains (regions, row_code (GTK_LIST_BOX_ROW (row))));
    }
  self->syncing = FALSE;

  update_label (self);
}

static void
on_check_toggled_cb (DsRegionButton *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) regions = NULL;

  if (self->syncing || checklist_of (self) == NULL)
    return;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_check_button_get_active (row_check (GTK_LIST_BOX_ROW (row))))
      g_strv_builder_add (builder, row_code (GTK_LIST_BOX_ROW (row)));

  regions = g_strv_builder_end (builder);
  ds_checklist_set_regions (checklist_of (self), (const char * const *)regions);
}

/* @name is untranslated: the row shows the translation, and the search
 * finds the English name too, the one AWS's documentation uses. */
static void
add_row (DsRegionButton *self,
         const char     *code,
         const char     *name)
{
  const char *shown = name ? _(name) : NULL;
  g_autofree char *label = shown ? g_strdup_printf ("%s  %s", code, shown) : g_strdup (code);
  g_autofree char *search = shown && shown != name ? g_strconcat (label, "\n", name, NULL) : g_strdup (label);
  GtkWidget *check = gtk_check_button_new_with_label (label);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  g_object_set_data_full (G_OBJECT (row), "code", g_strdup (code), g_free);
  g_object_set_data_full (G_OBJECT (row), "search",
                          g_utf8_casefold (search, -1), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->list, row);
}

/* The known Regions, then any code the checklist names that this build
 * does not know (a Region newer than it), so none is lost by a tick. */
static void
fill_list (DsRegionButton *self)
{
  const char * const *regions = checklist_of (self) ? ds_checklist_get_regions (checklist_of (self)) : NULL;
  const DsRegion *known;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);

  known = ds_regions_get_all (&n);
  for (guint i = 0; i < n; i++)
    add_row (self, known[i].code, known[i].name);

  for (guint i = 0; regions != NULL && regions[i] != NULL; i++)
    if (ds_region_get_name (regions[i]) == NULL)
      add_row (self, regions[i], NULL);

  sync_checks (self);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  DsRegionButton *self = user_data;
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);

  return strstr (g_object_get_data (G_OBJECT (row), "search"), g_strstrip (needle)) != NULL;
}

static void
on_search_changed_cb (DsRegionButton *self)
{
  gtk_list_box_invalidate_filter (self->list);
}

static void
ds_region_button_checklist_changed (DsChecklistMenuButton *button,
                                    DsChecklist           *old)
{
  DsRegionButton *self = DS_REGION_BUTTON (button);

  if (old != NULL)
    g_signal_handlers_disconnect_by_func (old, sync_checks, self);
  if (checklist_of (self) != NULL)
    g_signal_connect_object (checklist_of (self), "notify::regions",
                             G_CALLBACK (sync_checks), self, G_CONNECT_SWAPPED);

  if (self->list != NULL)
    fill_list (self);
  else
    update_label (self);
}

/* Some thirty rows, made when the popover first opens. */
static GtkWidget *
ds_region_button_create_popover (DsChecklistMenuButton *button)
{
  DsRegionButton *self = DS_REGION_BUTTON (button);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_key_capture_widget (self->search_entry, popover);
  g_object_set (self->search_entry, "placeholder-text", _("Search Regions"), NULL);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("AWS Regions"), -1);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  fill_list (self);

  return popover;
}

static void
ds_region_button_class_init (DsRegionButtonClass *klass)
{
  DsChecklistMenuButtonClass *button_class = DS_CHECKLIST_MENU_BUTTON_CLASS (klass);

  button_class->checklist_changed = ds_region_button_checklist_changed;
  button_class->create_popover = ds_region_button_create_popover;
}

static void
ds_region_button_init (DsRegionButton *self)
{
  self->button = ds_checklist_menu_button_get_menu_button (DS_CHECKLIST_MENU_BUTTON (self));
  gtk_widget_set_halign (GTK_WIDGET (self->button), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  update_label (self);
}
