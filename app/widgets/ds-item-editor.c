/* ds-item-editor.c — a popover to settle one checklist item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-item-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ds-checklist-item.h"
#include "ds-item-editor.h"

/* Every control is bound both ways to the item, so the popover holds no
 * state of its own: what it shows is the item, and every edit is saved by
 * the checklist's autosave like a tick. */
struct _DsItemEditor
{
  GtkPopover       parent_instance;

  DsChecklistItem *item;

  GtkDropDown     *status_dropdown;
  GtkWidget       *reason_box;
  GtkDropDown     *reason_dropdown;
  GtkEntry        *reason_entry;
  GtkEntry        *assignee_entry;
  GtkSwitch       *due_switch;
  GtkCalendar     *calendar;
  GtkTextView     *note_view;
  GtkWidget       *custom_box;
  GtkEntry        *title_entry;
  GtkWidget       *delete_button;
};

G_DEFINE_FINAL_TYPE (DsItemEditor, ds_item_editor, GTK_TYPE_POPOVER)

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */
void ds_item_editor_on_delete (DsItemEditor *self);

enum {
  DELETE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The drop-downs list the enumerations in order, so values and positions
 * are the same numbers. */
static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_enum (to, position);
  return TRUE;
}

/* The item stores an empty text as NULL; entries want "". */
static gboolean
null_to_empty (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text ? text : "");
  return TRUE;
}

static void
bind_text (DsChecklistItem *item,
           const char      *property,
           gpointer         target,
           const char      *target_property)
{
  g_object_bind_property_full (item, property, target, target_property,
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               null_to_empty, NULL, NULL, NULL);
}

static void
show_due (DsItemEditor *self)
{
  const char *due = ds_checklist_item_get_due (self->item);
  guint y, m, d;

  gtk_switch_set_active (self->due_switch, due != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->calendar), due != NULL);

  if (due != NULL && sscanf (due, "%u-%u-%u", &y, &m, &d) == 3)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (y, m, d, 0, 0, 0);

      if (date != NULL)
        gtk_calendar_select_day (self->calendar, date);
    }
}

static void
set_due_from_calendar (DsItemEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  ds_checklist_item_set_due (self->item, text);
}

static void
on_due_switch_changed_cb (DsItemEditor *self)
{
  gboolean active = gtk_switch_get_active (self->due_switch);

  gtk_widget_set_sensitive (GTK_WIDGET (self->calendar), active);

  if (active && ds_checklist_item_get_due (self->item) == NULL)
    set_due_from_calendar (self);
  else if (!active)
    ds_checklist_item_set_due (self->item, NULL);
}

static void
on_day_selected_cb (DsItemEditor *self)
{
  if (gtk_switch_get_active (self->due_switch))
    set_due_from_calendar (self);
}

static void
on_status_changed_cb (DsItemEditor *self)
{
  gboolean not_applicable = ds_checklist_item_get_status (self->item) == DS_ITEM_STATUS_NOT_APPLICABLE;

  gtk_widget_set_visible (self->reason_box, not_applicable);
}

/* The popover cannot delete from the checklist it knows nothing of; its
 * row's owner does, on this signal. */
void
ds_item_editor_on_delete (DsItemEditor *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[DELETE], 0);
}

static void
ds_item_editor_constructed (GObject *object)
{
  DsItemEditor *self = (DsItemEditor *)object;

  G_OBJECT_CLASS (ds_item_editor_parent_class)->constructed (object);

  /* Only tools that check the template make one without an item. */
  if (self->item == NULL)
    return;

  g_object_bind_property_full (self->item, "status", self->status_dropdown, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_position, position_to_enum, NULL, NULL);
  g_object_bind_property_full (self->item, "reason", self->reason_dropdown, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_position, position_to_enum, NULL, NULL);
  bind_text (self->item, "reason-text", self->reason_entry, "text");
  bind_text (self->item, "assignee", self->assignee_entry, "text");
  bind_text (self->item, "note", gtk_text_view_get_buffer (self->note_view), "text");

  /* The team's own items can be renamed and deleted; catalog duties not. */
  gtk_widget_set_visible (self->custom_box, ds_checklist_item_get_custom (self->item));
  gtk_widget_set_visible (self->delete_button, ds_checklist_item_get_custom (self->item));
  if (ds_checklist_item_get_custom (self->item))
    g_object_bind_property (self->item, "title", self->title_entry, "text",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->item, "notify::status",
                           G_CALLBACK (on_status_changed_cb), self, G_CONNECT_SWAPPED);
  on_status_changed_cb (self);
  show_due (self);

  g_signal_connect_object (self->due_switch, "notify::active",
                           G_CALLBACK (on_due_switch_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (on_day_selected_cb), self, G_CONNECT_SWAPPED);
}

static void
ds_item_editor_dispose (GObject *object)
{
  DsItemEditor *self = (DsItemEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_ITEM_EDITOR);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (ds_item_editor_parent_class)->dispose (object);
}

static void
ds_item_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsItemEditor *self = DS_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ITEM: g_value_set_object (value, self->item); break;
    default:        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_item_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DsItemEditor *self = DS_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ITEM: self->item = g_value_dup_object (value); break;
    default:        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_item_editor_class_init (DsItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ds_item_editor_constructed;
  object_class->dispose = ds_item_editor_dispose;
  object_class->get_property = ds_item_editor_get_property;
  object_class->set_property = ds_item_editor_set_property;

  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, DS_TYPE_CHECKLIST_ITEM,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                               G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, reason_box);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, reason_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, assignee_entry);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, due_switch);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, custom_box);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, DsItemEditor, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, ds_item_editor_on_delete);

  /**
   * DsItemEditor::delete:
   *
   * Emitted when the user asks to delete the item.
   */
  signals[DELETE] = g_signal_new ("delete", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ds_item_editor_init (DsItemEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ds_item_editor_new:
 * @item: the item to edit
 *
 * Returns: (transfer floating): a popover editing @item
 */
GtkWidget *
ds_item_editor_new (DsChecklistItem *item)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (item), NULL);

  return g_object_new (DS_TYPE_ITEM_EDITOR, "item", item, NULL);
}

DsChecklistItem *
ds_item_editor_get_item (DsItemEditor *self)
{
  g_return_val_if_fail (DS_IS_ITEM_EDITOR (self), NULL);
  return self->item;
}
