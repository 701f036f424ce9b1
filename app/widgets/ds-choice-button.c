/* ds-choice-button.c — a drop-down of strings whose list is made when first opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-choice-button"

#include "config.h"

#include "ds-choice-button.h"

/* The filters above the service list and the checklist, and those of the
 * matrix, choose one string of a list as GtkDropDown does. But a
 * GtkDropDown builds its popover, a search entry and a row for every
 * string as soon as it is made and has a model, 27 to 49 widgets that
 * nobody sees unless they open it: with four in the first frame, a quarter
 * of the instructions spent building the window. This one is a menu button
 * showing the chosen string, and it makes its list the first time it
 * opens. Rows show a check mark beside the chosen string, bound to
 * :selected, and choosing one closes the list. */
struct _DsChoiceButton
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
  GtkLabel      *label;
  GListModel    *model;         /* of GtkStringObject */
  guint          selected;
  GtkListView   *list;          /* in the popover, once made */
};

G_DEFINE_FINAL_TYPE (DsChoiceButton, ds_choice_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (DsChoiceButton *self)
{
  const char *text = ds_choice_button_get_selected_string (self);

  gtk_label_set_label (self->label, text != NULL ? text : "");
}

static void
on_items_changed_cb (DsChoiceButton *self)
{
  guint n = g_list_model_get_n_items (self->model);

  if (self->selected >= n)
    ds_choice_button_set_selected (self, n > 0 ? 0 : GTK_INVALID_LIST_POSITION);
  else
    update_label (self);
}

/* The check mark of a row: shown when the row's string is the chosen one. */
static gboolean
is_chosen_row (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  GtkListItem *item = user_data;

  g_value_set_double (to, gtk_list_item_get_position (item) == g_value_get_uint (from) ? 1.0 : 0.0);
  return TRUE;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  /* Long group names are cut short rather than widening the list. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             DsChoiceButton           *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_last_child (box);
  GBinding *binding;

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (box)),
                       gtk_string_object_get_string (gtk_list_item_get_item (item)));
  binding = g_object_bind_property_full (self, "selected", check, "opacity", G_BINDING_SYNC_CREATE,
                                         is_chosen_row, NULL, item, NULL);
  g_object_set_data (G_OBJECT (item), "ds-choice-binding", binding);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GBinding *binding = g_object_steal_data (G_OBJECT (item), "ds-choice-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

/* No selection: hovering a row must not look like choosing it. */
static void
update_list_model (DsChoiceButton *self)
{
  g_autoptr(GtkNoSelection) rows = NULL;

  if (self->model != NULL)
    rows = gtk_no_selection_new (g_object_ref (self->model));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (rows));
}

static void
on_row_activated_cb (DsChoiceButton *self,
                     guint           position)
{
  ds_choice_button_set_selected (self, position);
  gtk_menu_button_popdown (self->button);
}

/* The list opens on the chosen string, however far down it is. */
static void
on_popover_mapped_cb (DsChoiceButton *self)
{
  if (self->selected != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", self->selected);
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  DsChoiceButton *self = user_data;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *popover = gtk_popover_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);

  self->list = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  update_list_model (self);
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (on_row_activated_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 400);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  gtk_widget_add_css_class (popover, "menu");
  gtk_widget_set_size_request (popover, gtk_widget_get_width (GTK_WIDGET (self)), -1);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  g_signal_connect_object (popover, "map", G_CALLBACK (on_popover_mapped_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (button, popover);
}

static void
ds_choice_button_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (DS_CHOICE_BUTTON (widget)->button), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* As in a drop-down, the list is at least as wide as the button. */
static void
ds_choice_button_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  DsChoiceButton *self = DS_CHOICE_BUTTON (widget);
  GtkPopover *popover = gtk_menu_button_get_popover (self->button);

  if (popover != NULL)
    gtk_widget_set_size_request (GTK_WIDGET (popover), width, -1);
  gtk_widget_allocate (GTK_WIDGET (self->button), width, height, baseline, NULL);
}

static gboolean
ds_choice_button_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (DS_CHOICE_BUTTON (widget)->button));
}

static void
ds_choice_button_dispose (GObject *object)
{
  DsChoiceButton *self = DS_CHOICE_BUTTON (object);

  ds_choice_button_set_model (self, NULL);
  self->list = NULL;
  if (self->button != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->button));
      self->button = NULL;
    }

  G_OBJECT_CLASS (ds_choice_button_parent_class)->dispose (object);
}

static void
ds_choice_button_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DsChoiceButton *self = DS_CHOICE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MODEL:    g_value_set_object (value, self->model); break;
    case PROP_SELECTED: g_value_set_uint (value, self->selected); break;
    default:            G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_choice_button_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DsChoiceButton *self = DS_CHOICE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_MODEL:    ds_choice_button_set_model (self, g_value_get_object (value)); break;
    case PROP_SELECTED: ds_choice_button_set_selected (self, g_value_get_uint (value)); break;
    default:            G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_choice_button_class_init (DsChoiceButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_choice_button_dispose;
  object_class->get_property = ds_choice_button_get_property;
  object_class->set_property = ds_choice_button_set_property;
  widget_class->measure = ds_choice_button_measure;
  widget_class->size_allocate = ds_choice_button_size_allocate;
  widget_class->grab_focus = ds_choice_button_grab_focus;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_COMBO_BOX);
}

static void
ds_choice_button_init (DsChoiceButton *self)
{
  self->selected = GTK_INVALID_LIST_POSITION;
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  self->label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_menu_button_set_child (self->button, GTK_WIDGET (self->label));
  gtk_menu_button_set_always_show_arrow (self->button, TRUE);
  /* The menu button centres the label and arrow; a drop-down spreads them
   * over its width, with the arrow at the end. */
  gtk_widget_set_halign (gtk_widget_get_parent (GTK_WIDGET (self->label)), GTK_ALIGN_FILL);
  gtk_menu_button_set_create_popup_func (self->button, create_popup_cb, self, NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
}

/**
 * ds_choice_button_get_model:
 * @self: a #DsChoiceButton
 *
 * Returns: (transfer none) (nullable): the strings to choose from
 */
GListModel *
ds_choice_button_get_model (DsChoiceButton *self)
{
  g_return_val_if_fail (DS_IS_CHOICE_BUTTON (self), NULL);
  return self->model;
}

/**
 * ds_choice_button_set_model:
 * @self: a #DsChoiceButton
 * @model: (nullable): a list of #GtkStringObject, such as a #GtkStringList
 *
 * Sets the strings to choose from; the first is chosen, as in a
 * #GtkDropDown.
 */
void
ds_choice_button_set_model (DsChoiceButton *self,
                            GListModel     *model)
{
  g_return_if_fail (DS_IS_CHOICE_BUTTON (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  if (self->list != NULL)
    update_list_model (self);

  ds_choice_button_set_selected (self, model && g_list_model_get_n_items (model) > 0 ? 0 : GTK_INVALID_LIST_POSITION);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * ds_choice_button_get_selected:
 * @self: a #DsChoiceButton
 *
 * Returns: the position of the chosen string, or %GTK_INVALID_LIST_POSITION
 */
guint
ds_choice_button_get_selected (DsChoiceButton *self)
{
  g_return_val_if_fail (DS_IS_CHOICE_BUTTON (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

void
ds_choice_button_set_selected (DsChoiceButton *self,
                               guint           position)
{
  g_return_if_fail (DS_IS_CHOICE_BUTTON (self));

  if (self->model == NULL || position >= g_list_model_get_n_items (self->model))
    position = GTK_INVALID_LIST_POSITION;
  if (self->selected == position)
    return;

  self->selected = position;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * ds_choice_button_get_selected_string:
 * @self: a #DsChoiceButton
 *
 * Returns: (nullable): the chosen string
 */
const char *
ds_choice_button_get_selected_string (DsChoiceButton *self)
{
  g_autoptr(GtkStringObject) item = NULL;

  g_return_val_if_fail (DS_IS_CHOICE_BUTTON (self), NULL);

  if (self->model == NULL || self->selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  /* The model holds the string object, and so the string, after the unref. */
  item = g_list_model_get_item (self->model, self->selected);
  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}
