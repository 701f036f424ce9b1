/* ds-checklist.c — one onboarding: the duties a workload's team takes care of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-checklist"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ds-catalog.h"
#include "ds-checklist-private.h"
#include "ds-duty.h"
#include "ds-milestone.h"
#include "ds-service.h"

/* Items are kept grouped by section, in the order the sections were chosen
 * (the general duties first), so that views can put a heading wherever the
 * section changes and exports can walk the list once. */
struct _DsChecklist
{
  GObject     parent_instance;

  DsCatalog  *catalog;
  char       *name;
  GStrv       regions;
  GListStore *items;
  GListStore *milestones;
  GHashTable *items_by_ref;   /* ref → DsChecklistItem, items with a ref */
  GHashTable *sections;       /* id → DsChecklistSection, owned */
  GListStore *service_sections; /* of every catalog service, made when asked */
  GPtrArray  *chosen;         /* DsChecklistSection, in item order */
  guint       n_done;
  guint       n_total;
};

G_DEFINE_FINAL_TYPE (DsChecklist, ds_checklist, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_NAME,
  PROP_REGIONS,
  PROP_ITEMS,
  PROP_N_DONE,
  PROP_N_TOTAL,
  N_PROPS
};

enum {
  CHANGED,
  SECTION_REMOVED,
  ITEM_REMOVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (DsChecklist *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_counts (DsChecklist *self,
            guint        n_done,
            guint        n_total)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (self->n_done != n_done)
    {
      self->n_done = n_done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
    }

  if (self->n_total != n_total)
    {
      self->n_total = n_total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TOTAL]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static void
on_item_notify_cb (DsChecklistItem *item,
                   GParamSpec      *pspec,
                   DsChecklist     *self)
{
  if (pspec->name == g_intern_static_string ("resolved"))
    {
      DsChecklistSection *section =
        g_hash_table_lookup (self->sections, ds_checklist_item_get_section_id (item));
      int delta = ds_checklist_item_get_resolved (item) ? 1 : -1;

      _ds_checklist_section_set_counts (section,
                                        ds_checklist_section_get_n_done (section) + delta,
                                        ds_checklist_section_get_n_total (section));
      set_counts (self, self->n_done + delta, self->n_total);
    }

  emit_changed (self);
}

/* Counts the done items of @items and wires them to the checklist. */
static guint
attach_items (DsChecklist *self,
              GPtrArray   *items)
{
  guint n_done = 0;

  for (guint i = 0; i < items->len; i++)
    {
      DsChecklistItem *item = g_ptr_array_index (items, i);
      const char *ref = ds_checklist_item_get_ref (item);

      if (ref != NULL)
        g_hash_table_insert (self->items_by_ref, (char *)ref, item);
      g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify_cb), self, 0);
      n_done += ds_checklist_item_get_resolved (item);
    }

  return n_done;
}

static void
detach_items (DsChecklist *self,
              GPtrArray   *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      DsChecklistItem *item = g_ptr_array_index (items, i);
      const char *ref = ds_checklist_item_get_ref (item);

      if (ref != NULL)
        g_hash_table_remove (self->items_by_ref, ref);
      g_signal_handlers_disconnect_by_func (item, on_item_notify_cb, self);
    }
}

static guint
section_position (DsChecklist        *self,
                  DsChecklistSection *section)
{
  guint pos = 0;

  for (guint i = 0; i < self->chosen->len; i++)
    {
      DsChecklistSection *s = g_ptr_array_index (self->chosen, i);

      if (s == section)
        break;
      pos += ds_checklist_section_get_n_total (s);
    }

  return pos;
}

static void
ds_checklist_dispose (GObject *object)
{
  DsChecklist *self = (DsChecklist *)object;
  GHashTableIter iter;
  gpointer section;

  if (self->sections != NULL)
    {
      g_hash_table_iter_init (&iter, self->sections);
      while (g_hash_table_iter_next (&iter, NULL, &section))
        _ds_checklist_section_forget (section);
    }

  G_OBJECT_CLASS (ds_checklist_parent_class)->dispose (object);
}

static void
ds_checklist_finalize (GObject *object)
{
  DsChecklist *self = (DsChecklist *)object;

  g_clear_object (&self->catalog);
  g_free (self->name);
  g_strfreev (self->regions);
  g_clear_pointer (&self->items_by_ref, g_hash_table_unref);
  g_clear_object (&self->items);
  g_clear_object (&self->milestones);
  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  g_clear_object (&self->service_sections);
  g_clear_pointer (&self->sections, g_hash_table_unref);

  G_OBJECT_CLASS (ds_checklist_parent_class)->finalize (object);
}

static void
ds_checklist_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DsChecklist *self = DS_CHECKLIST (object);

  switch (prop_id)
    {
    case PROP_CATALOG: g_value_set_object (value, self->catalog); break;
    case PROP_NAME:    g_value_set_string (value, self->name); break;
    case PROP_REGIONS: g_value_set_boxed (value, self->regions); break;
    case PROP_ITEMS:   g_value_set_object (value, self->items); break;
    case PROP_N_DONE:  g_value_set_uint (value, self->n_done); break;
    case PROP_N_TOTAL: g_value_set_uint (value, self->n_total); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DsChecklist *self = DS_CHECKLIST (object);

  switch (prop_id)
    {
    case PROP_CATALOG: self->catalog = g_value_dup_object (value); break;
    case PROP_NAME:    ds_checklist_set_name (self, g_value_get_string (value)); break;
    case PROP_REGIONS: ds_checklist_set_regions (self, g_value_get_boxed (value)); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_class_init (DsChecklistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ds_checklist_dispose;
  object_class->finalize = ds_checklist_finalize;
  object_class->get_property = ds_checklist_get_property;
  object_class->set_property = ds_checklist_set_property;

  properties[PROP_CATALOG] = g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_REGIONS] = g_param_spec_boxed ("regions", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_ITEMS] = g_param_spec_object ("items", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_N_DONE] = g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_TOTAL] = g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsChecklist::changed:
   *
   * Emitted after any change that belongs in the saved file.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * DsChecklist::section-removed:
   * @section: the section whose service was taken out
   *
   * Emitted when a service is taken out of the checklist. Its items wait in
   * @section, with their state, so choosing it again is an undo.
   */
  signals[SECTION_REMOVED] = g_signal_new ("section-removed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, DS_TYPE_CHECKLIST_SECTION);

  /**
   * DsChecklist::item-removed:
   * @item: the item taken out
   * @position: where it was
   *
   * Emitted when an item is deleted, for an Undo that puts it back.
   */
  signals[ITEM_REMOVED] = g_signal_new ("item-removed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 2, DS_TYPE_CHECKLIST_ITEM, G_TYPE_UINT);
}

static void
ds_checklist_init (DsChecklist *self)
{
  self->items = g_list_store_new (DS_TYPE_CHECKLIST_ITEM);
  self->milestones = g_list_store_new (DS_TYPE_MILESTONE);
  self->items_by_ref = g_hash_table_new (g_str_hash, g_str_equal);
  self->sections = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->chosen = g_ptr_array_new ();
}

DsChecklist *
_ds_checklist_new_empty (DsCatalog *catalog)
{
  return g_object_new (DS_TYPE_CHECKLIST, "catalog", catalog, NULL);
}

/**
 * ds_checklist_new:
 * @catalog: the catalog the checklist's duties come from
 *
 * Returns: (transfer full): a checklist holding the duties every AWS
 *   customer has, and no service yet
 */
DsChecklist *
ds_checklist_new (DsCatalog *catalog)
{
  DsChecklist *self;

  g_return_val_if_fail (DS_IS_CATALOG (catalog), NULL);

  self = _ds_checklist_new_empty (catalog);
  self->name = g_strdup (_("My workload"));
  _ds_checklist_set_chosen (self, ds_checklist_get_section (self, DS_GENERAL_SECTION_ID), TRUE);

  return self;
}

/**
 * ds_checklist_get_catalog:
 * @self: a #DsChecklist
 *
 * Returns: (transfer none): the catalog the checklist's duties come from
 */
DsCatalog *
ds_checklist_get_catalog (DsChecklist *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);
  return self->catalog;
}

const char *
ds_checklist_get_name (DsChecklist *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);
  return self->name;
}

void
ds_checklist_set_name (DsChecklist *self,
                       const char  *name)
{
  g_return_if_fail (DS_IS_CHECKLIST (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  emit_changed (self);
}

/**
 * ds_checklist_get_regions:
 * @self: a #DsChecklist
 *
 * Returns: (nullable): the codes of the AWS Regions the workload runs in
 */
const char * const *
ds_checklist_get_regions (DsChecklist *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);
  return (const char * const *)self->regions;
}

void
ds_checklist_set_regions (DsChecklist        *self,
                          const char * const *regions)
{
  g_return_if_fail (DS_IS_CHECKLIST (self));

  if (regions != NULL && regions[0] == NULL)
    regions = NULL;

  if ((self->regions == NULL && regions == NULL) ||
      (self->regions != NULL && regions != NULL &&
       g_strv_equal ((const char * const *)self->regions, regions)))
    return;

  g_strfreev (self->regions);
  self->regions = g_strdupv ((char **)regions);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGIONS]);
  emit_changed (self);
}

/**
 * ds_checklist_get_items:
 * @self: a #DsChecklist
 *
 * Returns: (transfer none): a #GListModel of #DsChecklistItem, grouped by section
 */
GListModel *
ds_checklist_get_items (DsChecklist *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);
  return G_LIST_MODEL (self->items);
}

guint
ds_checklist_get_n_done (DsChecklist *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), 0);
  return self->n_done;
}

guint
ds_checklist_get_n_total (DsChecklist *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), 0);
  return self->n_total;
}

/**
 * ds_checklist_dup_service_ids:
 * @self: a #DsChecklist
 *
 * Returns: (transfer full): the ids of the chosen services, in order
 */
GStrv
ds_checklist_dup_service_ids (DsChecklist *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);

  for (guint i = 0; i < self->chosen->len; i++)
    {
      const char *id = ds_checklist_section_get_id (g_ptr_array_index (self->chosen, i));

      if (!g_str_equal (id, DS_GENERAL_SECTION_ID))
        g_strv_builder_add (builder, id);
    }

  return g_strv_builder_end (builder);
}

static DsChecklistSection *
ensure_section (DsChecklist *self,
                const char  *section_id,
                DsService   *service)
{
  DsChecklistSection *section = g_hash_table_lookup (self->sections, section_id);

  if (section == NULL)
    {
      section = _ds_checklist_section_new (self, section_id, service);
      g_hash_table_insert (self->sections,
                           (char *)ds_checklist_section_get_id (section), section);
    }

  return section;
}

/**
 * ds_checklist_dup_chosen_sections:
 * @self: a #DsChecklist
 *
 * Returns: (transfer container) (element-type DsChecklistSection): the
 *   sections in the checklist, in order, the general duties first
 */
GPtrArray *
ds_checklist_dup_chosen_sections (DsChecklist *self)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);

  for (guint i = 0; i < self->chosen->len; i++)
    g_ptr_array_add (sections, g_object_ref (g_ptr_array_index (self->chosen, i)));

  return sections;
}

/**
 * ds_checklist_get_section:
 * @self: a #DsChecklist
 * @section_id: a service id of the catalog, or %DS_GENERAL_SECTION_ID
 *
 * Returns: (transfer none) (nullable): the checklist's section for that
 *   service, chosen or not; %NULL if the id is unknown
 */
DsChecklistSection *
ds_checklist_get_section (DsChecklist *self,
                          const char  *section_id)
{
  DsService *service = NULL;

  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (section_id != NULL, NULL);

  if (g_hash_table_contains (self->sections, section_id))
    return g_hash_table_lookup (self->sections, section_id);

  if (!g_str_equal (section_id, DS_GENERAL_SECTION_ID) &&
      !(service = ds_catalog_lookup_service (self->catalog, section_id)))
    return NULL;

  return ensure_section (self, section_id, service);
}

/**
 * ds_checklist_get_service_sections:
 * @self: a #DsChecklist
 *
 * The list a service browser shows: getting an item from it only takes a
 * reference, where looking each section up by id would cost a hash lookup
 * every time a list model above asks for an item.
 *
 * Returns: (transfer none): the checklist's section of every service of
 *   its catalog, chosen or not, in the catalog's order
 */
GListModel *
ds_checklist_get_service_sections (DsChecklist *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);

  if (self->service_sections == NULL)
    {
      GListModel *services = G_LIST_MODEL (self->catalog);
      guint n = g_list_model_get_n_items (services);
      g_autoptr(GPtrArray) sections = g_ptr_array_sized_new (n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DsService) service = g_list_model_get_item (services, i);

          g_ptr_array_add (sections, ensure_section (self, ds_service_get_id (service), service));
        }

      self->service_sections = g_list_store_new (DS_TYPE_CHECKLIST_SECTION);
      g_list_store_splice (self->service_sections, 0, 0, sections->pdata, sections->len);
    }

  return G_LIST_MODEL (self->service_sections);
}

/**
 * ds_checklist_lookup_item:
 * @self: a #DsChecklist
 * @ref: a duty, `service-id/duty-id`
 *
 * Returns: (transfer none) (nullable): the checklist's item for that duty
 */
DsChecklistItem *
ds_checklist_lookup_item (DsChecklist *self,
                          const char  *ref)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (ref != NULL, NULL);

  return g_hash_table_lookup (self->items_by_ref, ref);
}

/**
 * ds_checklist_set_service_chosen:
 * @self: a #DsChecklist
 * @service_id: a service of the catalog
 * @chosen: whether the workload uses it
 *
 * Adds the customer's duties of the service to the checklist, or takes them
 * out. Taking them out keeps their state, should they come back.
 *
 * Returns: %FALSE if the catalog has no such service
 */
gboolean
ds_checklist_set_service_chosen (DsChecklist *self,
                                 const char  *service_id,
                                 gboolean     chosen)
{
  DsChecklistSection *section;

  g_return_val_if_fail (DS_IS_CHECKLIST (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  if (!(section = ds_checklist_get_section (self, service_id)))
    return FALSE;

  ds_checklist_section_set_chosen (section, chosen);
  return TRUE;
}

/* The items a section brings when it is chosen, in catalog order: the
 * customer duties that apply to its variant, reusing the items it kept
 * from an earlier time, then kept items the catalog no longer has. Kept
 * items of another variant stay kept. */
static GPtrArray *
gather_items (DsChecklist        *self,
              DsChecklistSection *section)
{
  GPtrArray *stash = _ds_checklist_section_get_stash (section);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  DsService *service = ds_checklist_section_get_service (section);
  const char *variant_id = ds_checklist_section_get_variant (section);
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *duties = NULL;

  for (guint i = 0; i < stash->len; i++)
    {
      DsChecklistItem *item = g_ptr_array_index (stash, i);

      if (ds_checklist_item_get_duty (item) != NULL)
        g_hash_table_insert (kept, (char *)ds_checklist_item_get_ref (item), item);
    }

  if (service != NULL)
    duties = ds_service_get_duties (service);
  else if (g_str_equal (ds_checklist_section_get_id (section), DS_GENERAL_SECTION_ID))
    duties = ds_catalog_get_general_duties (self->catalog);

  for (guint i = 0, n = duties ? g_list_model_get_n_items (duties) : 0; i < n; i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
      g_autofree char *ref = NULL;
      DsChecklistItem *item;

      if (!ds_duty_is_customers (duty) || !ds_duty_applies_to (duty, variant_id))
        continue;

      ref = ds_duty_dup_ref (duty);
      if ((item = g_hash_table_lookup (kept, ref)))
        {
          g_ptr_array_add (items, g_object_ref (item));
          g_ptr_array_remove (stash, item);
        }
      else
        g_ptr_array_add (items, ds_checklist_item_new_for_duty (duty));
    }

  for (guint i = 0; i < stash->len; )
    {
      if (ds_checklist_item_get_duty (g_ptr_array_index (stash, i)) == NULL)
        g_ptr_array_add (items, g_ptr_array_steal_index (stash, i));
      else
        i++;
    }

  return items;
}

/* Moves a chosen section's items from the list into its stash, keeping
 * their state, and returns where they were. */
static guint
take_items (DsChecklist        *self,
            DsChecklistSection *section)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new ();
  GPtrArray *stash = _ds_checklist_section_get_stash (section);
  guint n_done = ds_checklist_section_get_n_done (section);
  guint n_total = ds_checklist_section_get_n_total (section);
  guint pos = section_position (self, section);

  for (guint i = 0; i < n_total; i++)
    {
      DsChecklistItem *item = g_list_model_get_item (G_LIST_MODEL (self->items), pos + i);

      g_ptr_array_add (taken, item);
      g_ptr_array_add (stash, item);   /* takes the reference */
    }
  detach_items (self, taken);

  g_list_store_splice (self->items, pos, n_total, NULL, 0);
  set_counts (self, self->n_done - n_done, self->n_total - n_total);
  _ds_checklist_section_set_counts (section, 0, 0);

  return pos;
}

/* Puts a section's items, for its current variant, into the list at @pos. */
static void
put_items (DsChecklist        *self,
           DsChecklistSection *section,
           guint               pos)
{
  g_autoptr(GPtrArray) items = gather_items (self, section);
  guint n_done = attach_items (self, items);

  g_list_store_splice (self->items, pos, 0, items->pdata, items->len);
  _ds_checklist_section_set_counts (section, n_done, items->len);
  set_counts (self, self->n_done + n_done, self->n_total + items->len);
}

void
_ds_checklist_set_chosen (DsChecklist        *self,
                          DsChecklistSection *section,
                          gboolean            chosen)
{
  if (ds_checklist_section_get_chosen (section) == chosen)
    return;

  if (chosen)
    {
      g_ptr_array_add (self->chosen, section);
      put_items (self, section, g_list_model_get_n_items (G_LIST_MODEL (self->items)));
    }
  else
    {
      take_items (self, section);
      g_ptr_array_remove (self->chosen, section);
    }

  _ds_checklist_section_update_chosen (section, chosen);
  emit_changed (self);

  if (!chosen)
    g_signal_emit (self, signals[SECTION_REMOVED], 0, section);
}

void
_ds_checklist_set_variant (DsChecklist        *self,
                           DsChecklistSection *section,
                           const char         *variant_id)
{
  if (ds_checklist_section_get_chosen (section))
    {
      guint pos;

      /* Views hear of the new variant once its items are in place. */
      g_object_freeze_notify (G_OBJECT (section));
      pos = take_items (self, section);
      _ds_checklist_section_update_variant (section, variant_id);
      put_items (self, section, pos);
      g_object_thaw_notify (G_OBJECT (section));
    }
  else
    _ds_checklist_section_update_variant (section, variant_id);

  emit_changed (self);
}

/* The customer duties a chosen section's service and variant have that the
 * checklist holds no item for: duties the catalog gained since the
 * checklist was made. */
static GPtrArray *
offered_duties (DsChecklist        *self,
                DsChecklistSection *section)
{
  GPtrArray *offered = g_ptr_array_new_with_free_func (g_object_unref);
  DsService *service = ds_checklist_section_get_service (section);
  const char *variant_id = ds_checklist_section_get_variant (section);
  GListModel *duties = NULL;

  if (!ds_checklist_section_get_chosen (section))
    return offered;

  if (service != NULL)
    duties = ds_service_get_duties (service);
  else if (g_str_equal (ds_checklist_section_get_id (section), DS_GENERAL_SECTION_ID))
    duties = ds_catalog_get_general_duties (self->catalog);

  for (guint i = 0, n = duties ? g_list_model_get_n_items (duties) : 0; i < n; i++)
    {
      g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);
      g_autofree char *ref = ds_duty_dup_ref (duty);

      if (ds_duty_is_customers (duty) && ds_duty_applies_to (duty, variant_id) &&
          !g_hash_table_contains (self->items_by_ref, ref))
        g_ptr_array_add (offered, g_steal_pointer (&duty));
    }

  return offered;
}

/**
 * ds_checklist_dup_offered_duties:
 * @self: a #DsChecklist
 *
 * A newer catalog may list duties that a checklist made earlier lacks. They
 * are offered, never added behind the team's back.
 *
 * Returns: (transfer full) (element-type DsDuty): the customer duties of the
 *   chosen services that the checklist has no item for
 */
GPtrArray *
ds_checklist_dup_offered_duties (DsChecklist *self)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);

  for (guint i = 0; i < self->chosen->len; i++)
    {
      g_autoptr(GPtrArray) offered = offered_duties (self, g_ptr_array_index (self->chosen, i));

      for (guint j = 0; j < offered->len; j++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (offered, j)));
    }

  return all;
}

/**
 * ds_checklist_add_offered_duties:
 * @self: a #DsChecklist
 *
 * Adds every offered duty to its section, in catalog order.
 *
 * Returns: how many items were added
 */
guint
ds_checklist_add_offered_duties (DsChecklist *self)
{
  guint added = 0;

  g_return_val_if_fail (DS_IS_CHECKLIST (self), 0);

  /* Taking a section's items out and putting them back fills in what it
   * lacks (see gather_items()), at the same place and with their state. */
  for (guint i = 0; i < self->chosen->len; i++)
    {
      DsChecklistSection *section = g_ptr_array_index (self->chosen, i);
      g_autoptr(GPtrArray) offered = offered_duties (self, section);

      if (offered->len == 0)
        continue;

      put_items (self, section, take_items (self, section));
      added += offered->len;
    }

  if (added > 0)
    emit_changed (self);

  return added;
}

/* Where an item is in the list, and the range its section covers. */
static gboolean
find_item (DsChecklist     *self,
           DsChecklistItem *item,
           guint           *position,
           guint           *first,
           guint           *n_in_section)
{
  DsChecklistSection *section =
    g_hash_table_lookup (self->sections, ds_checklist_item_get_section_id (item));

  if (section == NULL || !ds_checklist_section_get_chosen (section) ||
      !g_list_store_find (self->items, item, position))
    return FALSE;

  *first = section_position (self, section);
  *n_in_section = ds_checklist_section_get_n_total (section);
  return TRUE;
}

static void
insert_into_section (DsChecklist        *self,
                     DsChecklistSection *section,
                     DsChecklistItem    *item,
                     guint               position)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  gboolean resolved = ds_checklist_item_get_resolved (item);

  g_ptr_array_add (one, item);
  attach_items (self, one);
  g_list_store_insert (self->items, position, item);
  _ds_checklist_section_set_counts (section,
                                    ds_checklist_section_get_n_done (section) + resolved,
                                    ds_checklist_section_get_n_total (section) + 1);
  set_counts (self, self->n_done + resolved, self->n_total + 1);
  emit_changed (self);
}

/**
 * ds_checklist_get_milestones:
 * @self: a #DsChecklist
 *
 * Returns: (transfer none): a #GListModel of #DsMilestone, oldest first
 */
GListModel *
ds_checklist_get_milestones (DsChecklist *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);
  return G_LIST_MODEL (self->milestones);
}

/**
 * ds_checklist_add_milestone:
 * @self: a #DsChecklist
 * @name: what the moment is, such as "Design review"
 *
 * Saves the checklist's state now, under @name.
 *
 * Returns: (transfer none): the milestone
 */
DsMilestone *
ds_checklist_add_milestone (DsChecklist *self,
                            const char  *name)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) at = g_date_time_add (now, -(g_date_time_get_microsecond (now)));
  g_autoptr(DsMilestone) milestone = NULL;

  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  milestone = ds_milestone_new (name, at, _ds_checklist_snapshot (self));
  g_object_unref (ds_milestone_get_snapshot (milestone));   /* _snapshot() returned a new one */
  _ds_checklist_add_milestone (self, milestone);
  emit_changed (self);

  return milestone;
}

void
_ds_checklist_add_milestone (DsChecklist *self,
                             DsMilestone *milestone)
{
  g_list_store_append (self->milestones, milestone);
}

/**
 * ds_checklist_get_item_position:
 * @self: a #DsChecklist
 * @item: an item
 * @position: (out): where it is in ds_checklist_get_items()
 *
 * Returns: %TRUE if @item is in the checklist
 */
gboolean
ds_checklist_get_item_position (DsChecklist     *self,
                                DsChecklistItem *item,
                                guint           *position)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (self), FALSE);
  return g_list_store_find (self->items, item, position);
}

/**
 * ds_checklist_add_custom_item:
 * @self: a #DsChecklist
 * @section_id: a chosen service, or %DS_GENERAL_SECTION_ID for the
 *   checklist as a whole
 * @title: what to do
 *
 * Returns: (transfer none) (nullable): the new item, last of its section;
 *   %NULL if the section is not in the checklist
 */
DsChecklistItem *
ds_checklist_add_custom_item (DsChecklist *self,
                              const char  *section_id,
                              const char  *title)
{
  g_autoptr(DsChecklistItem) item = NULL;
  DsChecklistSection *section;

  g_return_val_if_fail (DS_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (section_id != NULL && title != NULL, NULL);

  section = g_hash_table_lookup (self->sections, section_id);
  if (section == NULL || !ds_checklist_section_get_chosen (section))
    return NULL;

  item = ds_checklist_item_new_custom (section_id, title);
  insert_into_section (self, section, item,
                       section_position (self, section) + ds_checklist_section_get_n_total (section));
  return item;
}

/**
 * ds_checklist_remove_item:
 * @self: a #DsChecklist
 * @item: an item of the checklist
 *
 * Deletes @item and emits #DsChecklist::item-removed, whose handler may
 * offer to undo with ds_checklist_restore_item().
 */
void
ds_checklist_remove_item (DsChecklist     *self,
                          DsChecklistItem *item)
{
  g_autoptr(DsChecklistItem) keep = NULL;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  DsChecklistSection *section;
  guint position, first, n;
  gboolean resolved;

  g_return_if_fail (DS_IS_CHECKLIST (self));
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (item));

  if (!find_item (self, item, &position, &first, &n))
    return;

  keep = g_object_ref (item);
  section = g_hash_table_lookup (self->sections, ds_checklist_item_get_section_id (item));
  resolved = ds_checklist_item_get_resolved (item);

  g_ptr_array_add (one, item);
  detach_items (self, one);
  g_list_store_remove (self->items, position);
  _ds_checklist_section_set_counts (section,
                                    ds_checklist_section_get_n_done (section) - resolved,
                                    ds_checklist_section_get_n_total (section) - 1);
  set_counts (self, self->n_done - resolved, self->n_total - 1);
  emit_changed (self);

  g_signal_emit (self, signals[ITEM_REMOVED], 0, item, position);
}

/**
 * ds_checklist_restore_item:
 * @self: a #DsChecklist
 * @item: an item taken out by ds_checklist_remove_item()
 * @position: where it was
 *
 * Puts @item back, at @position if that is still within its section.
 */
void
ds_checklist_restore_item (DsChecklist     *self,
                           DsChecklistItem *item,
                           guint            position)
{
  DsChecklistSection *section;
  const char *ref;
  guint first;

  g_return_if_fail (DS_IS_CHECKLIST (self));
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (item));

  section = g_hash_table_lookup (self->sections, ds_checklist_item_get_section_id (item));
  ref = ds_checklist_item_get_ref (item);
  if (section == NULL || !ds_checklist_section_get_chosen (section) ||
      (ref != NULL && g_hash_table_contains (self->items_by_ref, ref)))
    return;

  first = section_position (self, section);
  position = CLAMP (position, first, first + ds_checklist_section_get_n_total (section));
  insert_into_section (self, section, item, position);
}

/**
 * ds_checklist_move_item:
 * @self: a #DsChecklist
 * @item: an item of the checklist
 * @position: where it goes, as a position in the whole list
 *
 * Moves @item within its section; a position outside the section is
 * brought to its nearest end, since items stay grouped by service.
 */
void
ds_checklist_move_item (DsChecklist     *self,
                        DsChecklistItem *item,
                        guint            position)
{
  g_autoptr(DsChecklistItem) keep = NULL;
  guint from, first, n;

  g_return_if_fail (DS_IS_CHECKLIST (self));
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (item));

  if (!find_item (self, item, &from, &first, &n))
    return;

  position = CLAMP (position, first, first + n - 1);
  if (position == from)
    return;

  keep = g_object_ref (item);
  g_list_store_remove (self->items, from);
  g_list_store_insert (self->items, position, item);
  emit_changed (self);
}

/* Used by the loader: chooses @section_ids (every section an item names is
 * chosen too) and takes @items as they are, without adding catalog duties. */
void
_ds_checklist_populate (DsChecklist        *self,
                        const char * const *section_ids,
                        GPtrArray          *items)
{
  g_autoptr(GHashTable) order = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint *positions = g_new (guint, items->len);
  g_autofree guint *starts = NULL;
  g_autofree gpointer *sorted = NULL;
  guint n_done;

  g_assert (self->chosen->len == 0);

  /* Positions start at 1 so that 0 means "not chosen yet". */
  g_hash_table_insert (order, (char *)DS_GENERAL_SECTION_ID, GUINT_TO_POINTER (1));
  for (guint i = 0; section_ids != NULL && section_ids[i] != NULL; i++)
    if (!g_hash_table_contains (order, section_ids[i]))
      g_hash_table_insert (order, (char *)section_ids[i],
                           GUINT_TO_POINTER (g_hash_table_size (order) + 1));
  for (guint i = 0; i < items->len; i++)
    {
      const char *id = ds_checklist_item_get_section_id (g_ptr_array_index (items, i));
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (order, id));

      if (position == 0)
        g_hash_table_insert (order, (char *)id, GUINT_TO_POINTER (position = g_hash_table_size (order) + 1));
      positions[i] = position;
    }

  /* Items go in the order of their sections, keeping their order within
   * each: a counting sort, as sorting 100,000 items by comparing them took
   * two hash lookups per comparison. */
  starts = g_new0 (guint, g_hash_table_size (order) + 2);
  for (guint i = 0; i < items->len; i++)
    starts[positions[i] + 1]++;
  for (guint p = 1; p <= g_hash_table_size (order) + 1; p++)
    starts[p] += starts[p - 1];
  sorted = g_new (gpointer, MAX (items->len, 1));
  for (guint i = 0; i < items->len; i++)
    sorted[starts[positions[i]]++] = items->pdata[i];
  if (items->len > 0)
    memcpy (items->pdata, sorted, items->len * sizeof (gpointer));

  g_ptr_array_set_size (self->chosen, g_hash_table_size (order));

  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, order);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        DsChecklistSection *section = ensure_section (self, key,
                                                      ds_catalog_lookup_service (self->catalog, key));

        self->chosen->pdata[GPOINTER_TO_UINT (value) - 1] = section;
        _ds_checklist_section_update_chosen (section, TRUE);
      }
  }

  for (guint i = 0; i < items->len; i++)
    {
      DsChecklistItem *item = g_ptr_array_index (items, i);
      DsChecklistSection *section =
        g_hash_table_lookup (self->sections, ds_checklist_item_get_section_id (item));

      _ds_checklist_section_set_counts (section,
                                        ds_checklist_section_get_n_done (section) +
                                          ds_checklist_item_get_resolved (item),
                                        ds_checklist_section_get_n_total (section) + 1);
    }

  n_done = attach_items (self, items);
  g_list_store_splice (self->items, 0, 0, items->pdata, items->len);
  set_counts (self, n_done, items->len);
}
