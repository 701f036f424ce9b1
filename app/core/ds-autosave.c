/* ds-autosave.c — keeps a checklist's file up to date as it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-autosave"

#include "config.h"

#include "ds-autosave.h"
#include "ds-checklist.h"

/* The first change after a write starts a timer; the changes that follow
 * join it rather than restart it. A burst of ticks thus costs one write,
 * and the file is never more than DS_AUTOSAVE_DELAY_MS behind, even while
 * someone keeps typing: a timer that restarted with every change would not
 * save at all until they paused. Each write is an atomic replace (see
 * ds_checklist_save()). */
struct _DsAutosave
{
  GObject      parent_instance;

  DsChecklist *checklist;
  GFile       *file;
  guint        timeout_id;
};

G_DEFINE_FINAL_TYPE (DsAutosave, ds_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHECKLIST,
  PROP_FILE,
  PROP_PENDING,
  N_PROPS
};

enum {
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
on_timeout_cb (gpointer user_data)
{
  DsAutosave *self = user_data;
  g_autoptr(GError) error = NULL;

  self->timeout_id = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);

  if (!ds_checklist_save (self->checklist, self->file, &error))
    g_signal_emit (self, signals[FAILED], 0, error);

  return G_SOURCE_REMOVE;
}

static void
on_checklist_changed_cb (DsAutosave *self)
{
  if (self->timeout_id != 0)
    return;

  self->timeout_id = g_timeout_add (DS_AUTOSAVE_DELAY_MS, on_timeout_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static void
ds_autosave_constructed (GObject *object)
{
  DsAutosave *self = (DsAutosave *)object;

  G_OBJECT_CLASS (ds_autosave_parent_class)->constructed (object);

  g_signal_connect_object (self->checklist, "changed",
                           G_CALLBACK (on_checklist_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
ds_autosave_dispose (GObject *object)
{
  DsAutosave *self = (DsAutosave *)object;

  /* Nothing a user did may be lost because a window closed quickly. */
  if (self->timeout_id != 0)
    {
      g_autoptr(GError) error = NULL;

      g_clear_handle_id (&self->timeout_id, g_source_remove);
      if (!ds_checklist_save (self->checklist, self->file, &error))
        g_warning ("Could not save the checklist: %s", error->message);
    }

  G_OBJECT_CLASS (ds_autosave_parent_class)->dispose (object);
}

static void
ds_autosave_finalize (GObject *object)
{
  DsAutosave *self = (DsAutosave *)object;

  g_clear_object (&self->checklist);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (ds_autosave_parent_class)->finalize (object);
}

static void
ds_autosave_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DsAutosave *self = DS_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST: g_value_set_object (value, self->checklist); break;
    case PROP_FILE:      g_value_set_object (value, self->file); break;
    case PROP_PENDING:   g_value_set_boolean (value, self->timeout_id != 0); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_autosave_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DsAutosave *self = DS_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST: self->checklist = g_value_dup_object (value); break;
    case PROP_FILE:      self->file = g_value_dup_object (value); break;
    default:             G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_autosave_class_init (DsAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = ds_autosave_constructed;
  object_class->dispose = ds_autosave_dispose;
  object_class->finalize = ds_autosave_finalize;
  object_class->get_property = ds_autosave_get_property;
  object_class->set_property = ds_autosave_set_property;

  properties[PROP_CHECKLIST] = g_param_spec_object ("checklist", NULL, NULL,
                                                    DS_TYPE_CHECKLIST, construct);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, construct);
  properties[PROP_PENDING] = g_param_spec_boolean ("pending", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsAutosave::failed:
   * @error: what went wrong
   *
   * Emitted when a write fails; the previous file is left as it was and the
   * next change tries again.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
ds_autosave_init (DsAutosave *self)
{
}

/**
 * ds_autosave_new:
 * @checklist: the checklist to keep saved
 * @file: its file
 *
 * Returns: (transfer full): an object that writes @checklist to @file
 *   shortly after each change, as long as it lives
 */
DsAutosave *
ds_autosave_new (DsChecklist *checklist,
                 GFile       *file)
{
  g_return_val_if_fail (DS_IS_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (DS_TYPE_AUTOSAVE, "checklist", checklist, "file", file, NULL);
}

/**
 * ds_autosave_get_checklist:
 * @self: a #DsAutosave
 *
 * Returns: (transfer none): the checklist
 */
DsChecklist *
ds_autosave_get_checklist (DsAutosave *self)
{
  g_return_val_if_fail (DS_IS_AUTOSAVE (self), NULL);
  return self->checklist;
}

/**
 * ds_autosave_get_file:
 * @self: a #DsAutosave
 *
 * Returns: (transfer none): the file the checklist is saved to
 */
GFile *
ds_autosave_get_file (DsAutosave *self)
{
  g_return_val_if_fail (DS_IS_AUTOSAVE (self), NULL);
  return self->file;
}

/**
 * ds_autosave_get_pending:
 * @self: a #DsAutosave
 *
 * Returns: %TRUE if a change is waiting to be written
 */
gboolean
ds_autosave_get_pending (DsAutosave *self)
{
  g_return_val_if_fail (DS_IS_AUTOSAVE (self), FALSE);
  return self->timeout_id != 0;
}

/**
 * ds_autosave_flush:
 * @self: a #DsAutosave
 * @error: return location for a #GError
 *
 * Writes a pending change now.
 */
gboolean
ds_autosave_flush (DsAutosave  *self,
                   GError     **error)
{
  g_return_val_if_fail (DS_IS_AUTOSAVE (self), FALSE);

  if (self->timeout_id == 0)
    return TRUE;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);

  return ds_checklist_save (self->checklist, self->file, error);
}
