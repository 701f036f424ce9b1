/* ds-add-item-popover.c — adds an item of the team's own to a checklist
 *
 * The item goes to the checklist as a whole or to one of its chosen
 * services, as the team picks; the sections are read each time the
 * popover opens, since services come and go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-add-item-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-add-item-popover.h"
#include "ds-checklist.h"
#include "ds-checklist-section.h"

struct _DsAddItemPopover
{
  GtkPopover   parent_instance;

  DsChecklist *checklist;
  GPtrArray   *sections;   /* DsChecklistSection, as listed in the drop-down */

  GtkEntry    *title_entry;
  GtkDropDown *section_dropdown;
};

G_DEFINE_FINAL_TYPE (DsAddItemPopover, ds_add_item_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_CHECKLIST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void ds_add_item_popover_on_add (DsAddItemPopover *self);

void
ds_add_item_popover_on_add (DsAddItemPopover *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  guint selected = gtk_drop_down_get_selected (self->section_dropdown);
  DsChecklistSection *section;

  if (*title == '\0' || self->checklist == NULL || self->sections == NULL || selected >= self->sections->len)
    return;

  section = g_ptr_array_index (self->sections, selected);
  ds_checklist_add_custom_item (self->checklist, ds_checklist_section_get_id (section), title);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
ds_add_item_popover_show (GtkWidget *widget)
{
  DsAddItemPopover *self = DS_ADD_ITEM_POPOVER (widget);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->sections, g_ptr_array_unref);
  if (self->checklist != NULL)
    self->sections = ds_checklist_dup_chosen_sections (self->checklist);

  for (guint i = 0; self->sections != NULL && i < self->sections->len; i++)
    {
      DsChecklistSection *section = g_ptr_array_index (self->sections, i);

      gtk_string_list_append (names, g_str_equal (ds_checklist_section_get_id (section), DS_GENERAL_SECTION_ID)
                                     ? _("The checklist as a whole")
                                     : ds_checklist_section_get_title (section));
    }

  gtk_drop_down_set_model (self->section_dropdown, G_LIST_MODEL (names));
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), "");

  GTK_WIDGET_CLASS (ds_add_item_popover_parent_class)->show (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
ds_add_item_popover_dispose (GObject *object)
{
  DsAddItemPopover *self = DS_ADD_ITEM_POPOVER (object);

  g_clear_object (&self->checklist);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_ADD_ITEM_POPOVER);

  G_OBJECT_CLASS (ds_add_item_popover_parent_class)->dispose (object);
}

static void
ds_add_item_popover_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DsAddItemPopover *self = DS_ADD_ITEM_POPOVER (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST: g_value_set_object (value, self->checklist); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_add_item_popover_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DsAddItemPopover *self = DS_ADD_ITEM_POPOVER (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST: ds_add_item_popover_set_checklist (self, g_value_get_object (value)); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_add_item_popover_class_init (DsAddItemPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_add_item_popover_dispose;
  object_class->get_property = ds_add_item_popover_get_property;
  object_class->set_property = ds_add_item_popover_set_property;
  widget_class->show = ds_add_item_popover_show;

  properties[PROP_CHECKLIST] =
    g_param_spec_object ("checklist", NULL, NULL, DS_TYPE_CHECKLIST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-add-item-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, DsAddItemPopover, title_entry);
  gtk_widget_class_bind_template_child (widget_class, DsAddItemPopover, section_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, ds_add_item_popover_on_add);
}

static void
ds_add_item_popover_init (DsAddItemPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ds_add_item_popover_new:
 *
 * Returns: (transfer full): a new popover, for a menu button
 */
GtkWidget *
ds_add_item_popover_new (void)
{
  return g_object_new (DS_TYPE_ADD_ITEM_POPOVER, NULL);
}

/**
 * ds_add_item_popover_get_checklist:
 * @self: a #DsAddItemPopover
 *
 * Returns: (transfer none) (nullable): the checklist items are added to
 */
DsChecklist *
ds_add_item_popover_get_checklist (DsAddItemPopover *self)
{
  g_return_val_if_fail (DS_IS_ADD_ITEM_POPOVER (self), NULL);

  return self->checklist;
}

void
ds_add_item_popover_set_checklist (DsAddItemPopover *self,
                                   DsChecklist      *checklist)
{
  g_return_if_fail (DS_IS_ADD_ITEM_POPOVER (self));
  g_return_if_fail (checklist == NULL || DS_IS_CHECKLIST (checklist));

  if (g_set_object (&self->checklist, checklist))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST]);
}
