/* ds-export-options.c — what an export leaves in or out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-export-options"

#include "config.h"

#include "ds-export-options.h"

/* A GObject rather than a plain struct so that the window can bind each
 * property to its GSettings key (export-open-only, export-aws-duties,
 * export-notes) and to the switches of its export dialog, and remember the
 * last choice without copying values around. */
struct _DsExportOptions
{
  GObject  parent_instance;

  guint    open_only : 1;
  guint    aws_duties : 1;
  guint    notes : 1;
};

G_DEFINE_FINAL_TYPE (DsExportOptions, ds_export_options, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_OPEN_ONLY,
  PROP_AWS_DUTIES,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_export_options_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DsExportOptions *self = DS_EXPORT_OPTIONS (object);

  switch (prop_id)
    {
    case PROP_OPEN_ONLY:  g_value_set_boolean (value, self->open_only); break;
    case PROP_AWS_DUTIES: g_value_set_boolean (value, self->aws_duties); break;
    case PROP_NOTES:      g_value_set_boolean (value, self->notes); break;
    default:              G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_export_options_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DsExportOptions *self = DS_EXPORT_OPTIONS (object);

  switch (prop_id)
    {
    case PROP_OPEN_ONLY:  ds_export_options_set_open_only (self, g_value_get_boolean (value)); break;
    case PROP_AWS_DUTIES: ds_export_options_set_aws_duties (self, g_value_get_boolean (value)); break;
    case PROP_NOTES:      ds_export_options_set_notes (self, g_value_get_boolean (value)); break;
    default:              G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_export_options_class_init (DsExportOptionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = ds_export_options_get_property;
  object_class->set_property = ds_export_options_set_property;

  /**
   * DsExportOptions:open-only:
   *
   * Leave out the items that are done or not applicable. The progress in
   * the export's header still counts the whole checklist.
   */
  properties[PROP_OPEN_ONLY] = g_param_spec_boolean ("open-only", NULL, NULL, FALSE, flags);

  /**
   * DsExportOptions:aws-duties:
   *
   * Also list, for each service, the duties AWS carries, for context: read
   * only, never counted as items.
   */
  properties[PROP_AWS_DUTIES] = g_param_spec_boolean ("aws-duties", NULL, NULL, FALSE, flags);

  /**
   * DsExportOptions:notes:
   *
   * Include the items' notes, which may hold things meant for the team only.
   */
  properties[PROP_NOTES] = g_param_spec_boolean ("notes", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_export_options_init (DsExportOptions *self)
{
  self->notes = TRUE;
}

/**
 * ds_export_options_new:
 *
 * Returns: (transfer full): the default options: every item, with notes,
 *   without AWS's duties
 */
DsExportOptions *
ds_export_options_new (void)
{
  return g_object_new (DS_TYPE_EXPORT_OPTIONS, NULL);
}

gboolean
ds_export_options_get_open_only (DsExportOptions *self)
{
  g_return_val_if_fail (DS_IS_EXPORT_OPTIONS (self), FALSE);
  return self->open_only;
}

void
ds_export_options_set_open_only (DsExportOptions *self,
                                 gboolean         open_only)
{
  g_return_if_fail (DS_IS_EXPORT_OPTIONS (self));

  if (self->open_only == !!open_only)
    return;

  self->open_only = !!open_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN_ONLY]);
}

gboolean
ds_export_options_get_aws_duties (DsExportOptions *self)
{
  g_return_val_if_fail (DS_IS_EXPORT_OPTIONS (self), FALSE);
  return self->aws_duties;
}

void
ds_export_options_set_aws_duties (DsExportOptions *self,
                                  gboolean         aws_duties)
{
  g_return_if_fail (DS_IS_EXPORT_OPTIONS (self));

  if (self->aws_duties == !!aws_duties)
    return;

  self->aws_duties = !!aws_duties;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AWS_DUTIES]);
}

gboolean
ds_export_options_get_notes (DsExportOptions *self)
{
  g_return_val_if_fail (DS_IS_EXPORT_OPTIONS (self), TRUE);
  return self->notes;
}

void
ds_export_options_set_notes (DsExportOptions *self,
                             gboolean         notes)
{
  g_return_if_fail (DS_IS_EXPORT_OPTIONS (self));

  if (self->notes == !!notes)
    return;

  self->notes = !!notes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
