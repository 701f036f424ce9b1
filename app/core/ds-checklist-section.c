/* ds-checklist-section.c — one service's part of a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-checklist-section"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-checklist-private.h"
#include "ds-service.h"
#include "ds-variant.h"

/* A section exists for every service a checklist has been asked about, so
 * that the service browser can bind a row's toggle and progress to it. Only
 * chosen sections have items in the checklist; a section that is unchosen
 * keeps its items aside, so choosing it again brings back their state. */
struct _DsChecklistSection
{
  GObject      parent_instance;

  DsChecklist *checklist;   /* owns the section */
  char        *id;
  DsService   *service;
  char        *variant;     /* as chosen; NULL for the default */
  char        *title;
  GPtrArray   *stash;
  guint        n_done;
  guint        n_total;
  guint        chosen : 1;
};

G_DEFINE_FINAL_TYPE (DsChecklistSection, ds_checklist_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SERVICE,
  PROP_TITLE,
  PROP_CHOSEN,
  PROP_VARIANT,
  PROP_N_DONE,
  PROP_N_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_checklist_section_finalize (GObject *object)
{
  DsChecklistSection *self = (DsChecklistSection *)object;

  g_free (self->id);
  g_free (self->variant);
  g_free (self->title);
  g_clear_object (&self->service);
  g_clear_pointer (&self->stash, g_ptr_array_unref);

  G_OBJECT_CLASS (ds_checklist_section_parent_class)->finalize (object);
}

static void
ds_checklist_section_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DsChecklistSection *self = DS_CHECKLIST_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:      g_value_set_string (value, self->id); break;
    case PROP_SERVICE: g_value_set_object (value, self->service); break;
    case PROP_TITLE:   g_value_set_string (value, ds_checklist_section_get_title (self)); break;
    case PROP_CHOSEN:  g_value_set_boolean (value, self->chosen); break;
    case PROP_VARIANT: g_value_set_string (value, ds_checklist_section_get_variant (self)); break;
    case PROP_N_DONE:  g_value_set_uint (value, self->n_done); break;
    case PROP_N_TOTAL: g_value_set_uint (value, self->n_total); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_section_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DsChecklistSection *self = DS_CHECKLIST_SECTION (object);

  switch (prop_id)
    {
    case PROP_CHOSEN:  ds_checklist_section_set_chosen (self, g_value_get_boolean (value)); break;
    case PROP_VARIANT: ds_checklist_section_set_variant (self, g_value_get_string (value)); break;
    default:          G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_section_class_init (DsChecklistSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ds_checklist_section_finalize;
  object_class->get_property = ds_checklist_section_get_property;
  object_class->set_property = ds_checklist_section_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  properties[PROP_SERVICE] = g_param_spec_object ("service", NULL, NULL, G_TYPE_OBJECT, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_CHOSEN] = g_param_spec_boolean ("chosen", NULL, NULL, FALSE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_VARIANT] = g_param_spec_string ("variant", NULL, NULL, NULL,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DONE] = g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_TOTAL] = g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_checklist_section_init (DsChecklistSection *self)
{
  self->stash = g_ptr_array_new_with_free_func (g_object_unref);
}

const char *
ds_checklist_section_get_id (DsChecklistSection *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_SECTION (self), NULL);
  return self->id;
}

/**
 * ds_checklist_section_get_checklist:
 * @self: a #DsChecklistSection
 *
 * Returns: (transfer none) (nullable): the checklist the section belongs to,
 *   or %NULL once that is gone
 */
DsChecklist *
ds_checklist_section_get_checklist (DsChecklistSection *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_SECTION (self), NULL);
  return self->checklist;
}

/**
 * ds_checklist_section_get_service:
 * @self: a #DsChecklistSection
 *
 * Returns: (transfer none) (nullable): the service, or %NULL for the general
 *   duties and for a service the catalog no longer has
 */
DsService *
ds_checklist_section_get_service (DsChecklistSection *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_SECTION (self), NULL);
  return self->service;
}

/**
 * ds_checklist_section_get_title:
 * @self: a #DsChecklistSection
 *
 * Returns: the heading of the section: the service's name, and the
 *   variant it runs as if it has variants
 */
const char *
ds_checklist_section_get_title (DsChecklistSection *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_SECTION (self), NULL);
  return self->title;
}

/* The service's name, with the variant it runs as when it has variants. */
static void
update_title (DsChecklistSection *self)
{
  DsVariant *variant = NULL;

  g_free (self->title);

  if (self->service != NULL)
    variant = ds_service_lookup_variant (self->service, ds_checklist_section_get_variant (self));

  if (variant != NULL)
    /* Translators: a service and how it runs, "Amazon ECS (Fargate launch type)" */
    self->title = g_strdup_printf (_("%s (%s)"), ds_service_get_name (self->service),
                                   ds_variant_get_name (variant));
  else if (self->service != NULL)
    self->title = g_strdup (ds_service_get_name (self->service));
  else if (g_str_equal (self->id, DS_GENERAL_SECTION_ID))
    self->title = g_strdup (_("Every AWS customer"));
  else
    self->title = g_strdup (self->id);
}

/**
 * ds_checklist_section_get_chosen:
 * @self: a #DsChecklistSection
 *
 * Returns: %TRUE if the workload uses this service, so its duties are in
 *   the checklist
 */
gboolean
ds_checklist_section_get_chosen (DsChecklistSection *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_SECTION (self), FALSE);
  return self->chosen;
}

void
ds_checklist_section_set_chosen (DsChecklistSection *self,
                                 gboolean            chosen)
{
  g_return_if_fail (DS_IS_CHECKLIST_SECTION (self));

  if (self->checklist != NULL && self->chosen != !!chosen)
    _ds_checklist_set_chosen (self->checklist, self, !!chosen);
}

/**
 * ds_checklist_section_get_variant:
 * @self: a #DsChecklistSection
 *
 * Returns: (nullable): the id of the variant the workload runs the service
 *   as: the chosen one, else the service's first; %NULL for a service
 *   without variants
 */
const char *
ds_checklist_section_get_variant (DsChecklistSection *self)
{
  g_autoptr(DsVariant) first = NULL;

  g_return_val_if_fail (DS_IS_CHECKLIST_SECTION (self), NULL);

  if (self->service == NULL)
    return self->variant;
  if (ds_service_lookup_variant (self->service, self->variant) != NULL)
    return self->variant;
  if ((first = g_list_model_get_item (ds_service_get_variants (self->service), 0)))
    return ds_variant_get_id (first);
  return NULL;
}

/**
 * ds_checklist_section_set_variant:
 * @self: a #DsChecklistSection
 * @variant_id: a variant of the section's service
 *
 * Changes how the workload runs the service. If the section is chosen, the
 * checklist's items follow: duties of the new variant come in, those of the
 * old one are kept aside with their state.
 */
void
ds_checklist_section_set_variant (DsChecklistSection *self,
                                  const char         *variant_id)
{
  g_return_if_fail (DS_IS_CHECKLIST_SECTION (self));

  if (g_strcmp0 (ds_checklist_section_get_variant (self), variant_id) == 0)
    return;

  if (self->checklist != NULL)
    _ds_checklist_set_variant (self->checklist, self, variant_id);
  else
    _ds_checklist_section_update_variant (self, variant_id);
}

guint
ds_checklist_section_get_n_done (DsChecklistSection *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_SECTION (self), 0);
  return self->n_done;
}

guint
ds_checklist_section_get_n_total (DsChecklistSection *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_SECTION (self), 0);
  return self->n_total;
}

DsChecklistSection *
_ds_checklist_section_new (DsChecklist *checklist,
                           const char  *id,
                           DsService   *service)
{
  DsChecklistSection *self = g_object_new (DS_TYPE_CHECKLIST_SECTION, NULL);

  self->checklist = checklist;
  self->id = g_strdup (id);
  g_set_object (&self->service, service);
  update_title (self);

  return self;
}

/* Called when the checklist goes away; rows may still hold the section. */
void
_ds_checklist_section_forget (DsChecklistSection *self)
{
  self->checklist = NULL;
}

void
_ds_checklist_section_set_counts (DsChecklistSection *self,
                                  guint               n_done,
                                  guint               n_total)
{
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
}

void
_ds_checklist_section_update_chosen (DsChecklistSection *self,
                                     gboolean            chosen)
{
  if (self->chosen == !!chosen)
    return;

  self->chosen = !!chosen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOSEN]);
}

void
_ds_checklist_section_update_variant (DsChecklistSection *self,
                                      const char         *variant_id)
{
  const char *before = ds_checklist_section_get_variant (self);
  g_autofree char *old = g_strdup (before);

  g_free (self->variant);
  self->variant = g_strdup (variant_id);

  if (g_strcmp0 (old, ds_checklist_section_get_variant (self)) != 0)
    {
      update_title (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VARIANT]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

GPtrArray *
_ds_checklist_section_get_stash (DsChecklistSection *self)
{
  return self->stash;
}
