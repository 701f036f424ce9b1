/* ds-milestone.c — a checklist's state saved at a moment, under a name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-milestone"

#include "config.h"

#include "ds-checklist.h"
#include "ds-milestone.h"

/* A milestone keeps a whole checklist as it stood ("design review",
 * "go-live"), so it can be read later exactly as it was, and its progress
 * set beside the others'. Nothing changes it once made. */
struct _DsMilestone
{
  GObject      parent_instance;

  char        *name;
  GDateTime   *at;
  DsChecklist *snapshot;
};

G_DEFINE_FINAL_TYPE (DsMilestone, ds_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_AT,
  PROP_SNAPSHOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_milestone_finalize (GObject *object)
{
  DsMilestone *self = (DsMilestone *)object;

  g_free (self->name);
  g_clear_pointer (&self->at, g_date_time_unref);
  g_clear_object (&self->snapshot);

  G_OBJECT_CLASS (ds_milestone_parent_class)->finalize (object);
}

static void
ds_milestone_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DsMilestone *self = DS_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_NAME:     g_value_set_string (value, self->name); break;
    case PROP_AT:       g_value_set_boxed (value, self->at); break;
    case PROP_SNAPSHOT: g_value_set_object (value, self->snapshot); break;
    default:            G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_milestone_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DsMilestone *self = DS_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_NAME:     self->name = g_value_dup_string (value); break;
    case PROP_AT:       self->at = g_value_dup_boxed (value); break;
    case PROP_SNAPSHOT: self->snapshot = g_value_dup_object (value); break;
    default:            G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_milestone_class_init (DsMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ds_milestone_finalize;
  object_class->get_property = ds_milestone_get_property;
  object_class->set_property = ds_milestone_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_AT] = g_param_spec_boxed ("at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_SNAPSHOT] = g_param_spec_object ("snapshot", NULL, NULL, DS_TYPE_CHECKLIST, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_milestone_init (DsMilestone *self)
{
}

/**
 * ds_milestone_new:
 * @name: what the moment was, such as "Design review"
 * @at: when
 * @snapshot: the checklist as it stood; the milestone keeps it unchanged
 *
 * Returns: (transfer full): a new milestone
 */
DsMilestone *
ds_milestone_new (const char  *name,
                  GDateTime   *at,
                  DsChecklist *snapshot)
{
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (at != NULL, NULL);
  g_return_val_if_fail (DS_IS_CHECKLIST (snapshot), NULL);

  return g_object_new (DS_TYPE_MILESTONE, "name", name, "at", at, "snapshot", snapshot, NULL);
}

const char *
ds_milestone_get_name (DsMilestone *self)
{
  g_return_val_if_fail (DS_IS_MILESTONE (self), NULL);
  return self->name;
}

GDateTime *
ds_milestone_get_at (DsMilestone *self)
{
  g_return_val_if_fail (DS_IS_MILESTONE (self), NULL);
  return self->at;
}

/**
 * ds_milestone_get_snapshot:
 * @self: a #DsMilestone
 *
 * Returns: (transfer none): the checklist as it stood; read it, never edit it
 */
DsChecklist *
ds_milestone_get_snapshot (DsMilestone *self)
{
  g_return_val_if_fail (DS_IS_MILESTONE (self), NULL);
  return self->snapshot;
}
