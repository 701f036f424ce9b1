/* ds-checklist-editor.c — the active checklist, grouped by service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-checklist-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ds-add-item-popover.h"
#include "ds-checklist.h"
#include "ds-choice-button.h"
#include "ds-checklist-editor.h"
#include "ds-checklist-item.h"
#include "ds-checklist-section.h"
#include "ds-duty-row.h"
#include "ds-first-frame.h"
#include "ds-milestones-button.h"
#include "ds-region-button.h"

struct _DsChecklistEditor
{
  GtkWidget    parent_instance;

  DsChecklist *checklist;
  GBinding    *name_binding;

  GtkFilterListModel *filtered;
  GtkCustomFilter *filter;

  GtkRevealer *offer_revealer;
  GtkLabel    *offer_label;
  GtkEditableLabel *name_label;
  GtkSearchEntry *search_entry;
  DsChoiceButton *status_dropdown;
  DsChoiceButton *assignee_dropdown;
  GtkListBox  *list;
  GtkMenuButton *add_button;
};

G_DEFINE_FINAL_TYPE (DsChecklistEditor, ds_checklist_editor, GTK_TYPE_WIDGET)

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */
char *ds_checklist_editor_progress_text (gpointer unused, guint n_done, guint n_total);
double ds_checklist_editor_progress_fraction (gpointer unused, guint n_done, guint n_total);
void ds_checklist_editor_on_row_activated (DsChecklistEditor *self, GtkListBoxRow *row);
void ds_checklist_editor_on_filter_changed (DsChecklistEditor *self);
void ds_checklist_editor_on_add_offered (DsChecklistEditor *self);


enum {
  PROP_0,
  PROP_CHECKLIST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows the first frame starts with, about what the window shows at its
 * default size; more if it shows more (see ds-first-frame.c). */
#define FIRST_FRAME_ROWS 6

char *
ds_checklist_editor_progress_text (gpointer unused,
               guint    n_done,
               guint    n_total)
{
  /* Translators: overall progress of the checklist */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done",
                                       "%u of %u done", n_total),
                          n_done, n_total);
}

double
ds_checklist_editor_progress_fraction (gpointer unused,
                   guint    n_done,
                   guint    n_total)
{
  return n_total > 0 ? (double)n_done / n_total : 0.0;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

/* Entry 0 of the status drop-down is "All"; the rest follow DsItemStatus. */
static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  DsChecklistEditor *self = user_data;
  guint status = ds_choice_button_get_selected (self->status_dropdown);
  guint person = ds_choice_button_get_selected (self->assignee_dropdown);
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;

  if (status != 0 && status != GTK_INVALID_LIST_POSITION &&
      ds_checklist_item_get_status (item) != (DsItemStatus)(status - 1))
    return FALSE;

  /* Entry 0 of the assignee drop-down is everyone, entry 1 nobody yet. */
  if (person != 0 && person != GTK_INVALID_LIST_POSITION)
    {
      const char *wanted = person == 1 ? NULL : ds_choice_button_get_selected_string (self->assignee_dropdown);

      if (g_strcmp0 (ds_checklist_item_get_assignee (item), wanted) != 0)
        return FALSE;
    }

  needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_strstrip (needle);
  if (*needle == '\0')
    return TRUE;

  {
    const char *assignee = ds_checklist_item_get_assignee (item);
    const char *note = ds_checklist_item_get_note (item);
    g_autofree char *joined = g_strjoin ("\n", ds_checklist_item_get_title (item),
                                         assignee ? assignee : "", note ? note : "", NULL);

    haystack = g_utf8_casefold (joined, -1);
  }

  return strstr (haystack, needle) != NULL;
}

/* The people the items are assigned to, sorted, after "everyone" and
 * "nobody yet"; the selection stays on the same person where it can. */
static void
update_assignees (DsChecklistEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint selected = ds_choice_button_get_selected (self->assignee_dropdown);
  g_autofree char *keep = g_strdup (ds_choice_button_get_selected_string (self->assignee_dropdown));
  GListModel *items;
  guint new_selected = 0;

  items = self->checklist ? ds_checklist_get_items (self->checklist) : NULL;
  for (guint i = 0, n = items ? g_list_model_get_n_items (items) : 0; i < n; i++)
    {
      g_autoptr(DsChecklistItem) item = g_list_model_get_item (items, i);
      const char *name = ds_checklist_item_get_assignee (item);

      if (name != NULL && g_hash_table_add (seen, (char *)name))
        g_ptr_array_add (people, (char *)name);
    }
  g_ptr_array_sort (people, compare_names);

  gtk_string_list_append (names, _("Everyone"));
  gtk_string_list_append (names, _("Nobody yet"));
  for (guint i = 0; i < people->len; i++)
    {
      gtk_string_list_append (names, g_ptr_array_index (people, i));
      if (g_strcmp0 (keep, g_ptr_array_index (people, i)) == 0)
        new_selected = i + 2;
    }
  if (selected == 1)
    new_selected = 1;

  ds_choice_button_set_model (self->assignee_dropdown, G_LIST_MODEL (names));
  ds_choice_button_set_selected (self->assignee_dropdown, new_selected);
}

void
ds_checklist_editor_on_filter_changed (DsChecklistEditor *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Duties the catalog gained since the checklist was made are offered
 * above the list, never slipped into it. */
static void
update_offer (DsChecklistEditor *self)
{
  g_autoptr(GPtrArray) offered = self->checklist ? ds_checklist_dup_offered_duties (self->checklist) : NULL;
  guint n = offered ? offered->len : 0;

  if (n > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The catalog has %u duty for your services that this checklist does not have yet.",
                                      "The catalog has %u duties for your services that this checklist does not have yet.",
                                      n), n);
      gtk_label_set_label (self->offer_label, text);
    }

  gtk_revealer_set_reveal_child (self->offer_revealer, n > 0);
}

void
ds_checklist_editor_on_add_offered (DsChecklistEditor *self)
{
  if (self->checklist != NULL)
    ds_checklist_add_offered_duties (self->checklist);
}

static void
on_row_delete_item_cb (DsDutyRow         *row,
                       DsChecklistEditor *self)
{
  ds_checklist_remove_item (self->checklist, ds_duty_row_get_item (row));
}

/* Moves an item to where another is, within its service's section. */
static void
move_item (DsChecklistEditor *self,
           DsChecklistItem   *item,
           int                delta_or_target_position,
           gboolean           relative)
{
  guint from, to;

  if (!ds_checklist_get_item_position (self->checklist, item, &from))
    return;

  to = relative ? (guint)MAX (0, (int)from + delta_or_target_position) : (guint)delta_or_target_position;
  ds_checklist_move_item (self->checklist, item, to);

  /* The row was made anew at its new place; keep the keyboard on it. */
  if (ds_checklist_get_item_position (self->checklist, item, &to))
    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_LIST_BOX_ROW (child) &&
          ds_duty_row_get_item (DS_DUTY_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (child)))) == item)
        gtk_widget_grab_focus (child);
}

static gboolean
on_list_key_pressed_cb (DsChecklistEditor     *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *row;

  if ((state & GDK_ALT_MASK) == 0 || (keyval != GDK_KEY_Up && keyval != GDK_KEY_Down) ||
      focus == NULL || !(row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW)))
    return GDK_EVENT_PROPAGATE;

  move_item (self, ds_duty_row_get_item (DS_DUTY_ROW (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))),
             keyval == GDK_KEY_Up ? -1 : 1, TRUE);
  return GDK_EVENT_STOP;
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    DsDutyRow     *row)
{
  return gdk_content_provider_new_typed (DS_TYPE_CHECKLIST_ITEM, ds_duty_row_get_item (row));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            DsDutyRow     *row)
{
  DsChecklistEditor *self = DS_CHECKLIST_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (row),
                                                                          DS_TYPE_CHECKLIST_EDITOR));
  guint position;

  if (self == NULL ||
      !ds_checklist_get_item_position (self->checklist, ds_duty_row_get_item (row), &position))
    return FALSE;

  move_item (self, g_value_get_object (value), position, FALSE);
  return TRUE;
}

/* Rows can be dragged onto one another to reorder the items of a section. */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  DsChecklistEditor *self = user_data;
  GtkWidget *row = ds_duty_row_new_editable (item);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (DS_TYPE_CHECKLIST_ITEM, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (row, "delete-item", G_CALLBACK (on_row_delete_item_cb), self, 0);
  return row;
}

/* Items come grouped by section; a heading goes above the first of each. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  DsChecklistEditor *self = user_data;
  DsChecklistItem *item = ds_duty_row_get_item (DS_DUTY_ROW (gtk_list_box_row_get_child (row)));
  const char *section_id = ds_checklist_item_get_section_id (item);
  DsChecklistSection *section;
  GtkWidget *header;

  if (self->checklist == NULL)
    return;

  if (before != NULL)
    {
      DsChecklistItem *previous =
        ds_duty_row_get_item (DS_DUTY_ROW (gtk_list_box_row_get_child (before)));

      if (g_strcmp0 (section_id, ds_checklist_item_get_section_id (previous)) == 0)
        {
          gtk_list_box_row_set_header (row, NULL);
          return;
        }
    }

  section = ds_checklist_get_section (self->checklist, section_id);
  header = gtk_label_new (section ? ds_checklist_section_get_title (section) : section_id);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  /* A long service name wraps rather than widening the pane; the pane
   * would otherwise widen as the sections below the fold are added. */
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "section-header");
  gtk_list_box_row_set_header (row, header);
}

void
ds_checklist_editor_on_row_activated (DsChecklistEditor *self,
                     GtkListBoxRow     *row)
{
  DsDutyRow *duty_row = DS_DUTY_ROW (gtk_list_box_row_get_child (row));

  gtk_widget_activate (GTK_WIDGET (ds_duty_row_get_check (duty_row)));
}

static void
ds_checklist_editor_dispose (GObject *object)
{
  DsChecklistEditor *self = (DsChecklistEditor *)object;

  ds_checklist_editor_set_checklist (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_CHECKLIST_EDITOR);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (ds_checklist_editor_parent_class)->dispose (object);
}

static void
ds_checklist_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DsChecklistEditor *self = DS_CHECKLIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST: g_value_set_object (value, self->checklist); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DsChecklistEditor *self = DS_CHECKLIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST: ds_checklist_editor_set_checklist (self, g_value_get_object (value)); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_editor_class_init (DsChecklistEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_checklist_editor_dispose;
  object_class->get_property = ds_checklist_editor_get_property;
  object_class->set_property = ds_checklist_editor_set_property;

  properties[PROP_CHECKLIST] =
    g_param_spec_object ("checklist", NULL, NULL, DS_TYPE_CHECKLIST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-checklist-editor.ui");
  /* Bound without a field so that dispose_template() unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "box", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, DsChecklistEditor, name_label);
  gtk_widget_class_bind_template_child (widget_class, DsChecklistEditor, offer_revealer);
  gtk_widget_class_bind_template_child (widget_class, DsChecklistEditor, offer_label);
  gtk_widget_class_bind_template_child (widget_class, DsChecklistEditor, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DsChecklistEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DsChecklistEditor, assignee_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DsChecklistEditor, list);
  gtk_widget_class_bind_template_child (widget_class, DsChecklistEditor, add_button);
  gtk_widget_class_bind_template_callback (widget_class, ds_checklist_editor_progress_text);
  gtk_widget_class_bind_template_callback (widget_class, ds_checklist_editor_progress_fraction);
  gtk_widget_class_bind_template_callback (widget_class, ds_checklist_editor_on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, ds_checklist_editor_on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, ds_checklist_editor_on_add_offered);

  g_type_ensure (DS_TYPE_CHOICE_BUTTON);
  g_type_ensure (DS_TYPE_REGION_BUTTON);
  g_type_ensure (DS_TYPE_MILESTONES_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* The popover to add an item is made when it first opens: the window shows
 * sooner without it and its drop-down. */
static void
create_add_popover_cb (GtkMenuButton *button,
                       gpointer       user_data)
{
  DsChecklistEditor *self = user_data;
  GtkWidget *popover;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  popover = ds_add_item_popover_new ();
  g_object_bind_property (self, "checklist", popover, "checklist", G_BINDING_SYNC_CREATE);
  gtk_menu_button_set_popover (button, popover);
}

static void
ds_checklist_editor_init (DsChecklistEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_menu_button_set_create_popup_func (self->add_button, create_add_popover_cb, self, NULL);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);

  /* The list shows the checklist's items through the status and search
   * filter; the checklist itself is never reordered or copied. */
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  {
    g_autoptr(GListModel) shown = ds_first_frame_slice (GTK_WIDGET (self->list),
                                                        g_object_ref (G_LIST_MODEL (self->filtered)),
                                                        FIRST_FRAME_ROWS);

    gtk_list_box_bind_model (self->list, shown, create_row, self, NULL);
  }

  /* Alt+Up and Alt+Down move the focused item within its section. */
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->list), keys);
  }
}

/**
 * ds_checklist_editor_get_checklist:
 * @self: a #DsChecklistEditor
 *
 * Returns: (transfer none) (nullable): the checklist being edited
 */
DsChecklist *
ds_checklist_editor_get_checklist (DsChecklistEditor *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_EDITOR (self), NULL);
  return self->checklist;
}

void
ds_checklist_editor_set_checklist (DsChecklistEditor *self,
                                   DsChecklist       *checklist)
{
  g_return_if_fail (DS_IS_CHECKLIST_EDITOR (self));

  if (self->checklist == checklist)
    return;

  g_clear_pointer (&self->name_binding, g_binding_unbind);
  if (self->checklist != NULL)
    {
      g_signal_handlers_disconnect_by_func (ds_checklist_get_items (self->checklist), update_offer, self);
      g_signal_handlers_disconnect_by_func (self->checklist, update_assignees, self);
    }
  g_set_object (&self->checklist, checklist);

  gtk_filter_list_model_set_model (self->filtered, checklist ? ds_checklist_get_items (checklist) : NULL);

  if (checklist != NULL)
    {
      self->name_binding = g_object_bind_property (checklist, "name", self->name_label, "text",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      g_signal_connect_object (ds_checklist_get_items (checklist), "items-changed",
                               G_CALLBACK (update_offer), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (checklist, "changed", G_CALLBACK (update_assignees), self, G_CONNECT_SWAPPED);
    }
  update_offer (self);
  update_assignees (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST]);
}
