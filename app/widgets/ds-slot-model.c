/* ds-slot-model.c — a list view's model whose rows stay while items move
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-slot-model"

#include "config.h"

#include "ds-slot-private.h"

/* GTK 4.8's list view keeps a row widget for every item it has in view and
 * about a hundred around them, and when a filter replaces those items it
 * destroys those rows and builds new ones: a search keystroke in a long
 * list built and styled a hundred rows. This model stands between the
 * list view and a selection model and offers positions instead of items:
 * its item at position N is a DsSlot that shows whatever item is at N.
 * When the items change, the slots the list view holds take their new
 * items, the rows bound to them update their text, and the list view hears
 * only that the list got shorter or longer at its end.
 *
 * The selection stays the wrapped model's, so it follows its item and not
 * the position; the list view is told that the selection may have changed
 * wherever the items did. */
struct _DsSlotModel
{
  GObject            parent_instance;

  GtkSelectionModel *model;
  guint              n_items;   /* as the list view knows it */
  GPtrArray         *slots;     /* position → DsSlot, not owned, or NULL */
};

static void ds_slot_model_list_model_init (GListModelInterface *iface);
static void ds_slot_model_selection_model_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DsSlotModel, ds_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, ds_slot_model_list_model_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL, ds_slot_model_selection_model_init))

static GType
ds_slot_model_get_item_type (GListModel *list)
{
  return DS_TYPE_SLOT;
}

static guint
ds_slot_model_get_n_items (GListModel *list)
{
  return DS_SLOT_MODEL (list)->n_items;
}

static gpointer
ds_slot_model_get_item (GListModel *list,
                        guint       position)
{
  DsSlotModel *self = DS_SLOT_MODEL (list);
  g_autoptr(GObject) item = NULL;
  DsSlot *slot;

  if (position >= self->n_items)
    return NULL;

  if (position < self->slots->len && (slot = g_ptr_array_index (self->slots, position)) != NULL)
    return g_object_ref (slot);

  item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  slot = _ds_slot_new (self, position, item);
  if (position >= self->slots->len)
    g_ptr_array_set_size (self->slots, position + 1);
  g_ptr_array_index (self->slots, position) = slot;
  return slot;
}

static void
ds_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ds_slot_model_get_item_type;
  iface->get_n_items = ds_slot_model_get_n_items;
  iface->get_item = ds_slot_model_get_item;
}

/* The selection is the wrapped model's, position for position. */

static gboolean
ds_slot_model_is_selected (GtkSelectionModel *model,
                           guint              position)
{
  return gtk_selection_model_is_selected (DS_SLOT_MODEL (model)->model, position);
}

static GtkBitset *
ds_slot_model_get_selection_in_range (GtkSelectionModel *model,
                                      guint              position,
                                      guint              n_items)
{
  return gtk_selection_model_get_selection_in_range (DS_SLOT_MODEL (model)->model, position, n_items);
}

static gboolean
ds_slot_model_select_item (GtkSelectionModel *model,
                           guint              position,
                           gboolean           unselect_rest)
{
  return gtk_selection_model_select_item (DS_SLOT_MODEL (model)->model, position, unselect_rest);
}

static gboolean
ds_slot_model_unselect_item (GtkSelectionModel *model,
                             guint              position)
{
  return gtk_selection_model_unselect_item (DS_SLOT_MODEL (model)->model, position);
}

static gboolean
ds_slot_model_select_range (GtkSelectionModel *model,
                            guint              position,
                            guint              n_items,
                            gboolean           unselect_rest)
{
  return gtk_selection_model_select_range (DS_SLOT_MODEL (model)->model, position, n_items, unselect_rest);
}

static gboolean
ds_slot_model_unselect_range (GtkSelectionModel *model,
                              guint              position,
                              guint              n_items)
{
  return gtk_selection_model_unselect_range (DS_SLOT_MODEL (model)->model, position, n_items);
}

static gboolean
ds_slot_model_set_selection (GtkSelectionModel *model,
                             GtkBitset         *selected,
                             GtkBitset         *mask)
{
  return gtk_selection_model_set_selection (DS_SLOT_MODEL (model)->model, selected, mask);
}

static void
ds_slot_model_selection_model_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = ds_slot_model_is_selected;
  iface->get_selection_in_range = ds_slot_model_get_selection_in_range;
  iface->select_item = ds_slot_model_select_item;
  iface->unselect_item = ds_slot_model_unselect_item;
  iface->select_range = ds_slot_model_select_range;
  iface->unselect_range = ds_slot_model_unselect_range;
  iface->set_selection = ds_slot_model_set_selection;
}

static void
on_selection_changed_cb (DsSlotModel *self,
                         guint        position,
                         guint        n_items)
{
  if (position >= self->n_items)
    return;
  gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, MIN (n_items, self->n_items - position));
}

/* The items from @position on changed, up to where as many were added as
 * removed, or to the end. The slots there take the items now at their
 * positions; slots past the new end are let go of. */
static void
on_items_changed_cb (DsSlotModel *self,
                     guint        position,
                     guint        removed,
                     guint        added,
                     GListModel  *model)
{
  guint old = self->n_items;
  guint n = g_list_model_get_n_items (model);
  guint end = removed == added ? position + added : MAX (old, n);

  for (guint i = position; i < MIN (end, self->slots->len); i++)
    {
      DsSlot *slot = g_ptr_array_index (self->slots, i);

      if (slot == NULL)
        continue;

      if (i < n)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          _ds_slot_set_item (slot, item);
        }
      else
        {
          _ds_slot_detach (slot);
          g_ptr_array_index (self->slots, i) = NULL;
        }
    }
  if (self->slots->len > n)
    g_ptr_array_set_size (self->slots, n);

  self->n_items = n;
  if (n < old)
    g_list_model_items_changed (G_LIST_MODEL (self), n, old - n, 0);
  else if (n > old)
    g_list_model_items_changed (G_LIST_MODEL (self), old, 0, n - old);

  if (MIN (end, n) > position)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, MIN (end, n) - position);
}

static void
ds_slot_model_dispose (GObject *object)
{
  DsSlotModel *self = (DsSlotModel *)object;

  for (guint i = 0; i < self->slots->len; i++)
    if (g_ptr_array_index (self->slots, i) != NULL)
      _ds_slot_detach (g_ptr_array_index (self->slots, i));
  g_ptr_array_set_size (self->slots, 0);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (ds_slot_model_parent_class)->dispose (object);
}

static void
ds_slot_model_finalize (GObject *object)
{
  DsSlotModel *self = (DsSlotModel *)object;

  g_ptr_array_unref (self->slots);

  G_OBJECT_CLASS (ds_slot_model_parent_class)->finalize (object);
}

static void
ds_slot_model_class_init (DsSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ds_slot_model_dispose;
  object_class->finalize = ds_slot_model_finalize;
}

static void
ds_slot_model_init (DsSlotModel *self)
{
  self->slots = g_ptr_array_new ();
}

void
_ds_slot_model_forget (DsSlotModel *self,
                       guint        position)
{
  g_assert (position < self->slots->len);

  g_ptr_array_index (self->slots, position) = NULL;
}

/**
 * ds_slot_model_new:
 * @model: the items, and which are selected
 *
 * Returns: (transfer full): a model of slots for @model's positions
 */
DsSlotModel *
ds_slot_model_new (GtkSelectionModel *model)
{
  DsSlotModel *self;

  g_return_val_if_fail (GTK_IS_SELECTION_MODEL (model), NULL);

  self = g_object_new (DS_TYPE_SLOT_MODEL, NULL);
  self->model = g_object_ref (model);
  self->n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  g_signal_connect_swapped (model, "selection-changed", G_CALLBACK (on_selection_changed_cb), self);
  return self;
}
