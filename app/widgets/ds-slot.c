/* ds-slot.c — one position of a DsSlotModel, showing whatever item is there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-slot"

#include "config.h"

#include "ds-slot-private.h"

/* A slot stays at its position while the items move through it, and tells
 * its model when the list view lets go of it, so that the model keeps no
 * slot nobody shows. */
struct _DsSlot
{
  GObject      parent_instance;

  DsSlotModel *model;     /* not owned; NULL once detached */
  guint        position;
  GObject     *item;
};

G_DEFINE_FINAL_TYPE (DsSlot, ds_slot, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_slot_finalize (GObject *object)
{
  DsSlot *self = (DsSlot *)object;

  if (self->model != NULL)
    _ds_slot_model_forget (self->model, self->position);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (ds_slot_parent_class)->finalize (object);
}

static void
ds_slot_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  DsSlot *self = DS_SLOT (object);

  switch (prop_id)
    {
    case PROP_ITEM: g_value_set_object (value, self->item); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_slot_class_init (DsSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_slot_finalize;
  object_class->get_property = ds_slot_get_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_slot_init (DsSlot *self)
{
}

DsSlot *
_ds_slot_new (DsSlotModel *model,
              guint        position,
              gpointer     item)
{
  DsSlot *self = g_object_new (DS_TYPE_SLOT, NULL);

  self->model = model;
  self->position = position;
  self->item = g_object_ref (item);
  return self;
}

void
_ds_slot_set_item (DsSlot   *self,
                   gpointer  item)
{
  if (g_set_object (&self->item, item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/* The position is no longer the model's to care about: gone from the
 * list, or the model is. */
void
_ds_slot_detach (DsSlot *self)
{
  self->model = NULL;
}

/**
 * ds_slot_get_item:
 * @self: a #DsSlot
 *
 * Returns: (transfer none) (type GObject): the item at the slot's position
 */
gpointer
ds_slot_get_item (DsSlot *self)
{
  g_return_val_if_fail (DS_IS_SLOT (self), NULL);

  return self->item;
}
