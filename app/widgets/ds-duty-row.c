/* ds-duty-row.c — one duty, with a check button when it is on the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-duty-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ds-checklist-item.h"
#include "ds-duty.h"
#include "ds-duty-row.h"
#include "ds-item-editor.h"
#include "ds-row-layout.h"

/* The same row serves the duty panel (a catalog duty, with the checklist's
 * item when the service is chosen) and the checklist editor (an item, whose
 * duty may be gone from the catalog). Both tick the one item. */
struct _DsDutyRow
{
  GtkWidget        parent_instance;

  DsDuty          *duty;
  DsChecklistItem *item;

  GtkCheckButton  *check;
  GtkLabel        *title_label;
  GtkLabel        *detail_label;
  GtkLabel        *tags_label;
  GtkLabel        *state_label;
  GtkButton       *edit_button;
  GtkWidget       *editor;   /* made on first use */
  gboolean         editable;
};

G_DEFINE_FINAL_TYPE (DsDutyRow, ds_duty_row, GTK_TYPE_WIDGET)

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */
gboolean ds_duty_row_on_edit_query_tooltip (GtkWidget *button, int x, int y,
                                            gboolean keyboard_mode, GtkTooltip *tooltip);

enum {
  PROP_0,
  PROP_DUTY,
  PROP_ITEM,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DELETE_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_editor_delete_cb (DsDutyRow *self)
{
  g_signal_emit (self, signals[DELETE_ITEM], 0);
}

static char *
tags_text (DsDutyRow *self)
{
  g_autoptr(GString) tags = g_string_new (NULL);
  const char * const *controls;

  if (self->item != NULL && ds_checklist_item_get_missing (self->item))
    g_string_append (tags, _("No longer in the catalog"));

  if (self->duty == NULL)
    return g_string_free (g_steal_pointer (&tags), tags->len == 0);

  if (ds_duty_get_owner (self->duty) == DS_OWNER_SHARED)
    g_string_append (tags, _("Shared with AWS"));

  controls = ds_duty_get_controls (self->duty);
  if (controls != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **)controls);

      if (tags->len > 0)
        g_string_append (tags, " · ");
      /* Translators: the AWS Security Hub controls that check a duty */
      g_string_append_printf (tags, _("Security Hub: %s"), list);
    }

  return g_string_free (g_steal_pointer (&tags), tags->len == 0);
}

/* Who, by when, and why not: what the team has said about the item. An
 * open item past its due date says so in words, not only in colour. */
static char *
state_text (DsDutyRow *self,
            gboolean  *overdue)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *assignee, *due;
  DsItemStatus status;

  *overdue = FALSE;
  if (self->item == NULL)
    return NULL;

  status = ds_checklist_item_get_status (self->item);
  assignee = ds_checklist_item_get_assignee (self->item);
  due = ds_checklist_item_get_due (self->item);

  if (status == DS_ITEM_STATUS_NOT_APPLICABLE)
    {
      const char *reason = ds_reason_get_label (ds_checklist_item_get_reason (self->item));
      const char *reason_text = ds_checklist_item_get_reason_text (self->item);

      if (reason_text != NULL)
        /* Translators: why an item does not apply, then why in the team's
         * words: "Not applicable: Other — no personal data" */
        g_string_append_printf (text, _("Not applicable: %s — %s"), reason, reason_text);
      else
        /* Translators: why an item does not apply, "Not applicable: Out of scope" */
        g_string_append_printf (text, _("Not applicable: %s"), reason);
    }

  if (assignee != NULL)
    g_string_append_printf (text, "%s%s", text->len ? " · " : "", assignee);

  if (due != NULL && status == DS_ITEM_STATUS_OPEN)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      *overdue = strcmp (due, today) < 0;
      g_string_append_printf (text, "%s", text->len ? " · " : "");
      /* Translators: %s is the due date, written YYYY-MM-DD */
      g_string_append_printf (text, *overdue ? _("Overdue since %s") : _("Due %s"), due);
    }

  if (ds_checklist_item_get_note (self->item) != NULL)
    g_string_append_printf (text, "%s%s", text->len ? " · " : "", _("Has a note"));

  return g_string_free (g_steal_pointer (&text), text->len == 0);
}

static void
update_state (DsDutyRow *self)
{
  gboolean overdue;
  g_autofree char *state = state_text (self, &overdue);
  gboolean not_applicable = self->item != NULL &&
    ds_checklist_item_get_status (self->item) == DS_ITEM_STATUS_NOT_APPLICABLE;

  gtk_label_set_label (self->state_label, state);
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), state != NULL);

  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "overdue");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "overdue");

  if (not_applicable)
    gtk_widget_add_css_class (GTK_WIDGET (self), "not-applicable");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "not-applicable");
}

/* Written when it is about to show rather than set in the template: GTK
 * 4.8 asks the X server where the pointer is whenever a tooltip text is
 * set, for each of the rows a service or a checklist shows. */
gboolean
ds_duty_row_on_edit_query_tooltip (GtkWidget  *button,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_mode,
                                   GtkTooltip *tooltip)
{
  gtk_tooltip_set_text (tooltip, _("Status, Assignee, Due Date and Note"));
  return TRUE;
}

/* The editor is made on first use: most rows are never edited, and a
 * calendar in each of hundreds of rows would cost start-up time. */
static void
on_edit_button_clicked_cb (DsDutyRow *self)
{
  if (self->editor == NULL)
    {
      self->editor = ds_item_editor_new (self->item);
      gtk_widget_set_parent (self->editor, GTK_WIDGET (self->edit_button));
      g_signal_connect_object (self->editor, "delete", G_CALLBACK (on_editor_delete_cb),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_popover_popup (GTK_POPOVER (self->editor));
}

static void
update (DsDutyRow *self)
{
  g_autofree char *tags = tags_text (self);
  const char *title = NULL;
  const char *detail = NULL;

  if (self->item != NULL)
    title = ds_checklist_item_get_title (self->item);
  else if (self->duty != NULL)
    title = ds_duty_get_title (self->duty);

  if (self->duty != NULL)
    detail = ds_duty_get_detail (self->duty);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail != NULL);
  gtk_label_set_label (self->tags_label, tags);
  gtk_widget_set_visible (GTK_WIDGET (self->tags_label), tags != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->check), self->item != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), self->item != NULL && self->editable);
  update_state (self);
}

static void
ds_duty_row_constructed (GObject *object)
{
  DsDutyRow *self = (DsDutyRow *)object;

  G_OBJECT_CLASS (ds_duty_row_parent_class)->constructed (object);

  /* Rows are made for one duty and one item and never rebound; the
   * template's list boxes create a new row for each. */
  if (self->item != NULL)
    {
      g_object_bind_property (self->item, "done", self->check, "active",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      g_signal_connect_object (self->item, "notify", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (self->edit_button, "clicked",
                           G_CALLBACK (on_edit_button_clicked_cb), self, G_CONNECT_SWAPPED);

  update (self);
}

static void
ds_duty_row_dispose (GObject *object)
{
  DsDutyRow *self = (DsDutyRow *)object;

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_DUTY_ROW);
  g_clear_object (&self->duty);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (ds_duty_row_parent_class)->dispose (object);
}

static void
ds_duty_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DsDutyRow *self = DS_DUTY_ROW (object);

  switch (prop_id)
    {
    case PROP_DUTY: g_value_set_object (value, self->duty); break;
    case PROP_ITEM: g_value_set_object (value, self->item); break;
    case PROP_EDITABLE: g_value_set_boolean (value, self->editable); break;
    default:        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_duty_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DsDutyRow *self = DS_DUTY_ROW (object);

  switch (prop_id)
    {
    case PROP_DUTY: self->duty = g_value_dup_object (value); break;
    case PROP_ITEM: self->item = g_value_dup_object (value); break;
    case PROP_EDITABLE: self->editable = g_value_get_boolean (value); break;
    default:        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_duty_row_class_init (DsDutyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = ds_duty_row_constructed;
  object_class->dispose = ds_duty_row_dispose;
  object_class->get_property = ds_duty_row_get_property;
  object_class->set_property = ds_duty_row_set_property;

  properties[PROP_DUTY] = g_param_spec_object ("duty", NULL, NULL, DS_TYPE_DUTY, construct);
  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, DS_TYPE_CHECKLIST_ITEM, construct);
  properties[PROP_EDITABLE] = g_param_spec_boolean ("editable", NULL, NULL, FALSE, construct);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-duty-row.ui");
  /* Bound without a field so that dispose_template() unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "text_box", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, DsDutyRow, check);
  gtk_widget_class_bind_template_child (widget_class, DsDutyRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DsDutyRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, DsDutyRow, tags_label);
  gtk_widget_class_bind_template_child (widget_class, DsDutyRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, DsDutyRow, edit_button);
  gtk_widget_class_bind_template_callback (widget_class, ds_duty_row_on_edit_query_tooltip);

  /* The template sets the layout: the check button, the text, the edit
   * button side by side (see ds-row-layout.c for why not a GtkBox). */
  g_type_ensure (DS_TYPE_ROW_LAYOUT);

  /**
   * DsDutyRow::delete-item:
   *
   * Emitted when the user asks, in the item's editor, to delete the item.
   */
  signals[DELETE_ITEM] = g_signal_new ("delete-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ds_duty_row_init (DsDutyRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ds_duty_row_new:
 * @duty: (nullable): the catalog's duty
 * @item: (nullable): the checklist's item, to tick
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
ds_duty_row_new (DsDuty          *duty,
                 DsChecklistItem *item)
{
  return g_object_new (DS_TYPE_DUTY_ROW, "duty", duty, "item", item, NULL);
}

/**
 * ds_duty_row_new_editable:
 * @item: the checklist's item
 *
 * Returns: (transfer floating): a row for the checklist editor, with a
 *   button that opens the item's editor
 */
GtkWidget *
ds_duty_row_new_editable (DsChecklistItem *item)
{
  return g_object_new (DS_TYPE_DUTY_ROW,
                       "duty", ds_checklist_item_get_duty (item),
                       "item", item,
                       "editable", TRUE,
                       NULL);
}

GtkButton *
ds_duty_row_get_edit_button (DsDutyRow *self)
{
  g_return_val_if_fail (DS_IS_DUTY_ROW (self), NULL);
  return self->edit_button;
}

DsDuty *
ds_duty_row_get_duty (DsDutyRow *self)
{
  g_return_val_if_fail (DS_IS_DUTY_ROW (self), NULL);
  return self->duty;
}

DsChecklistItem *
ds_duty_row_get_item (DsDutyRow *self)
{
  g_return_val_if_fail (DS_IS_DUTY_ROW (self), NULL);
  return self->item;
}

GtkCheckButton *
ds_duty_row_get_check (DsDutyRow *self)
{
  g_return_val_if_fail (DS_IS_DUTY_ROW (self), NULL);
  return self->check;
}
