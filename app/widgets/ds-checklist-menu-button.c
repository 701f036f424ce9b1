/* ds-checklist-menu-button.c — a menu button that works on a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-checklist-menu-button"

#include "config.h"

#include "ds-checklist.h"
#include "ds-checklist-menu-button.h"

/* GtkMenuButton cannot be subclassed, so the editor's Regions and
 * Milestones buttons wrap one; this base holds it and the checklist they
 * work on, tells subclasses when that changes, and has them make their
 * popover when it first opens: the window shows sooner without. */
typedef struct
{
  GtkMenuButton *button;
  DsChecklist   *checklist;
} DsChecklistMenuButtonPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (DsChecklistMenuButton, ds_checklist_menu_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHECKLIST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_checklist_menu_button_dispose (GObject *object)
{
  DsChecklistMenuButton *self = (DsChecklistMenuButton *)object;
  DsChecklistMenuButtonPrivate *priv = ds_checklist_menu_button_get_instance_private (self);

  ds_checklist_menu_button_set_checklist (self, NULL);
  if (priv->button != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (priv->button));
      priv->button = NULL;
    }

  G_OBJECT_CLASS (ds_checklist_menu_button_parent_class)->dispose (object);
}

static void
ds_checklist_menu_button_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DsChecklistMenuButton *self = DS_CHECKLIST_MENU_BUTTON (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST: g_value_set_object (value, ds_checklist_menu_button_get_checklist (self)); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_menu_button_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DsChecklistMenuButton *self = DS_CHECKLIST_MENU_BUTTON (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST: ds_checklist_menu_button_set_checklist (self, g_value_get_object (value)); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_menu_button_class_init (DsChecklistMenuButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_checklist_menu_button_dispose;
  object_class->get_property = ds_checklist_menu_button_get_property;
  object_class->set_property = ds_checklist_menu_button_set_property;

  properties[PROP_CHECKLIST] =
    g_param_spec_object ("checklist", NULL, NULL, DS_TYPE_CHECKLIST,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  DsChecklistMenuButton *self = user_data;

  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_popover (button, DS_CHECKLIST_MENU_BUTTON_GET_CLASS (self)->create_popover (self));
}

static void
ds_checklist_menu_button_init (DsChecklistMenuButton *self)
{
  DsChecklistMenuButtonPrivate *priv = ds_checklist_menu_button_get_instance_private (self);

  priv->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_create_popup_func (priv->button, create_popup_cb, self, NULL);
  gtk_widget_set_parent (GTK_WIDGET (priv->button), GTK_WIDGET (self));
}

/**
 * ds_checklist_menu_button_get_menu_button:
 * @self: a #DsChecklistMenuButton
 *
 * Returns: (transfer none): the menu button to set up
 */
GtkMenuButton *
ds_checklist_menu_button_get_menu_button (DsChecklistMenuButton *self)
{
  DsChecklistMenuButtonPrivate *priv = ds_checklist_menu_button_get_instance_private (self);

  g_return_val_if_fail (DS_IS_CHECKLIST_MENU_BUTTON (self), NULL);
  return priv->button;
}

/**
 * ds_checklist_menu_button_get_checklist:
 * @self: a #DsChecklistMenuButton
 *
 * Returns: (transfer none) (nullable): the checklist it works on
 */
DsChecklist *
ds_checklist_menu_button_get_checklist (DsChecklistMenuButton *self)
{
  DsChecklistMenuButtonPrivate *priv = ds_checklist_menu_button_get_instance_private (self);

  g_return_val_if_fail (DS_IS_CHECKLIST_MENU_BUTTON (self), NULL);
  return priv->checklist;
}

void
ds_checklist_menu_button_set_checklist (DsChecklistMenuButton *self,
                                        DsChecklist           *checklist)
{
  DsChecklistMenuButtonPrivate *priv = ds_checklist_menu_button_get_instance_private (self);
  g_autoptr(DsChecklist) old = NULL;

  g_return_if_fail (DS_IS_CHECKLIST_MENU_BUTTON (self));

  if (priv->checklist == checklist)
    return;

  old = g_steal_pointer (&priv->checklist);
  priv->checklist = checklist ? g_object_ref (checklist) : NULL;

  if (DS_CHECKLIST_MENU_BUTTON_GET_CLASS (self)->checklist_changed)
    DS_CHECKLIST_MENU_BUTTON_GET_CLASS (self)->checklist_changed (self, old);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST]);
}
