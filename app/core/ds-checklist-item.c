/* ds-checklist-item.c — one thing to do in a checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-checklist-item"

#include "config.h"

#include <string.h>

#include "ds-checklist-item.h"
#include "ds-checklist-private.h"
#include "ds-core-enums.h"
#include "ds-duty.h"

/* An item names its duty by reference (`service-id/duty-id`) so that a
 * checklist outlives catalog changes: if the catalog no longer has the duty,
 * the item keeps the title it was saved with and reports itself missing. */
struct _DsChecklistItem
{
  GObject    parent_instance;

  char      *ref;
  char      *section_id;
  DsDuty    *duty;
  char      *title;
  GDateTime *done_at;
  char      *assignee;
  char      *note;
  char      *due;
  char      *reason_text;
  DsItemStatus status;
  DsReason   reason;
};

G_DEFINE_FINAL_TYPE (DsChecklistItem, ds_checklist_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REF,
  PROP_SECTION_ID,
  PROP_DUTY,
  PROP_MISSING,
  PROP_TITLE,
  PROP_STATUS,
  PROP_DONE,
  PROP_RESOLVED,
  PROP_REASON,
  PROP_REASON_TEXT,
  PROP_DONE_AT,
  PROP_ASSIGNEE,
  PROP_NOTE,
  PROP_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ds_checklist_item_constructed (GObject *object)
{
  DsChecklistItem *self = (DsChecklistItem *)object;

  G_OBJECT_CLASS (ds_checklist_item_parent_class)->constructed (object);

  if (self->duty != NULL)
    {
      if (self->ref == NULL)
        self->ref = ds_duty_dup_ref (self->duty);
      g_free (self->title);
      self->title = g_strdup (ds_duty_get_title (self->duty));
    }

  if (self->section_id == NULL && self->ref != NULL)
    self->section_id = g_strndup (self->ref, strcspn (self->ref, "/"));
}

static void
ds_checklist_item_finalize (GObject *object)
{
  DsChecklistItem *self = (DsChecklistItem *)object;

  g_free (self->ref);
  g_free (self->section_id);
  g_clear_object (&self->duty);
  g_free (self->title);
  g_clear_pointer (&self->done_at, g_date_time_unref);
  g_free (self->assignee);
  g_free (self->note);
  g_free (self->due);
  g_free (self->reason_text);

  G_OBJECT_CLASS (ds_checklist_item_parent_class)->finalize (object);
}

static void
ds_checklist_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DsChecklistItem *self = DS_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_REF:        g_value_set_string (value, self->ref); break;
    case PROP_SECTION_ID: g_value_set_string (value, self->section_id); break;
    case PROP_DUTY:       g_value_set_object (value, self->duty); break;
    case PROP_MISSING:    g_value_set_boolean (value, ds_checklist_item_get_missing (self)); break;
    case PROP_TITLE:      g_value_set_string (value, self->title); break;
    case PROP_STATUS:     g_value_set_enum (value, self->status); break;
    case PROP_DONE:       g_value_set_boolean (value, self->status == DS_ITEM_STATUS_DONE); break;
    case PROP_RESOLVED:   g_value_set_boolean (value, self->status != DS_ITEM_STATUS_OPEN); break;
    case PROP_REASON:     g_value_set_enum (value, self->reason); break;
    case PROP_REASON_TEXT: g_value_set_string (value, self->reason_text); break;
    case PROP_DONE_AT:    g_value_set_boxed (value, self->done_at); break;
    case PROP_ASSIGNEE:   g_value_set_string (value, self->assignee); break;
    case PROP_NOTE:       g_value_set_string (value, self->note); break;
    case PROP_DUE:        g_value_set_string (value, self->due); break;
    default:              G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DsChecklistItem *self = DS_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP_REF:        self->ref = g_value_dup_string (value); break;
    case PROP_SECTION_ID: self->section_id = g_value_dup_string (value); break;
    case PROP_DUTY:       self->duty = g_value_dup_object (value); break;
    case PROP_TITLE:      ds_checklist_item_set_title (self, g_value_get_string (value)); break;
    case PROP_STATUS:     ds_checklist_item_set_status (self, g_value_get_enum (value)); break;
    case PROP_DONE:       ds_checklist_item_set_done (self, g_value_get_boolean (value)); break;
    case PROP_REASON:     ds_checklist_item_set_reason (self, g_value_get_enum (value)); break;
    case PROP_REASON_TEXT: ds_checklist_item_set_reason_text (self, g_value_get_string (value)); break;
    case PROP_DONE_AT:    ds_checklist_item_set_done_at (self, g_value_get_boxed (value)); break;
    case PROP_ASSIGNEE:   ds_checklist_item_set_assignee (self, g_value_get_string (value)); break;
    case PROP_NOTE:       ds_checklist_item_set_note (self, g_value_get_string (value)); break;
    case PROP_DUE:        ds_checklist_item_set_due (self, g_value_get_string (value)); break;
    default:              G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_checklist_item_class_init (DsChecklistItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = ds_checklist_item_constructed;
  object_class->finalize = ds_checklist_item_finalize;
  object_class->get_property = ds_checklist_item_get_property;
  object_class->set_property = ds_checklist_item_set_property;

  properties[PROP_REF] = g_param_spec_string ("ref", NULL, NULL, NULL, construct);
  properties[PROP_SECTION_ID] = g_param_spec_string ("section-id", NULL, NULL, NULL, construct);
  properties[PROP_DUTY] = g_param_spec_object ("duty", NULL, NULL, DS_TYPE_DUTY, construct);
  properties[PROP_MISSING] = g_param_spec_boolean ("missing", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, DS_TYPE_ITEM_STATUS,
                                               DS_ITEM_STATUS_OPEN, rw);
  properties[PROP_DONE] = g_param_spec_boolean ("done", NULL, NULL, FALSE, rw);
  properties[PROP_RESOLVED] = g_param_spec_boolean ("resolved", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] = g_param_spec_enum ("reason", NULL, NULL, DS_TYPE_REASON, DS_REASON_NONE, rw);
  properties[PROP_REASON_TEXT] = g_param_spec_string ("reason-text", NULL, NULL, NULL, rw);
  properties[PROP_DONE_AT] = g_param_spec_boxed ("done-at", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_ASSIGNEE] = g_param_spec_string ("assignee", NULL, NULL, NULL, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_checklist_item_init (DsChecklistItem *self)
{
}

/**
 * ds_checklist_item_new_for_duty:
 * @duty: a #DsDuty of the catalog
 *
 * Returns: (transfer full): a new, open item for @duty
 */
DsChecklistItem *
ds_checklist_item_new_for_duty (DsDuty *duty)
{
  g_return_val_if_fail (DS_IS_DUTY (duty), NULL);

  return g_object_new (DS_TYPE_CHECKLIST_ITEM, "duty", duty, NULL);
}

static char *
dup_text (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/*
 * _ds_checklist_item_new_loaded:
 * @ref: (nullable): the duty the item names
 * @section_id: (nullable): its section, if @ref is %NULL
 * @duty: (nullable): the catalog's duty named by @ref
 * @done_at: (nullable): when it was done, for a done item
 *
 * Makes an item as the file has it, for the loader: the same item as
 * g_object_new() with these properties would make, without going through
 * the property system and notifications, which took most of the time to
 * read a checklist of 100,000 items.
 */
DsChecklistItem *
_ds_checklist_item_new_loaded (const char   *ref,
                               const char   *section_id,
                               DsDuty       *duty,
                               const char   *title,
                               DsItemStatus  status,
                               DsReason      reason,
                               const char   *reason_text,
                               GDateTime    *done_at,
                               const char   *assignee,
                               const char   *note,
                               const char   *due)
{
  DsChecklistItem *self = g_object_new (DS_TYPE_CHECKLIST_ITEM, NULL);

  g_assert (ref != NULL || section_id != NULL);
  g_assert (title != NULL && *title != '\0');

  self->duty = duty ? g_object_ref (duty) : NULL;
  self->ref = duty && ref == NULL ? ds_duty_dup_ref (duty) : g_strdup (ref);
  self->section_id = section_id && self->ref == NULL
                     ? g_strdup (section_id)
                     : g_strndup (self->ref, strcspn (self->ref, "/"));
  self->title = g_strdup (duty ? ds_duty_get_title (duty) : title);
  self->status = status;
  self->reason = status == DS_ITEM_STATUS_NOT_APPLICABLE ? reason : DS_REASON_NONE;
  self->reason_text = status == DS_ITEM_STATUS_NOT_APPLICABLE ? dup_text (reason_text) : NULL;
  self->done_at = status == DS_ITEM_STATUS_DONE && done_at ? g_date_time_ref (done_at) : NULL;
  self->assignee = dup_text (assignee);
  self->note = dup_text (note);
  self->due = dup_text (due);

  return self;
}

/**
 * ds_checklist_item_get_ref:
 * @self: a #DsChecklistItem
 *
 * Returns: (nullable): the duty the item comes from, `service-id/duty-id`
 */
const char *
ds_checklist_item_get_ref (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), NULL);
  return self->ref;
}

/**
 * ds_checklist_item_get_section_id:
 * @self: a #DsChecklistItem
 *
 * Returns: the id of the service the item belongs to, or
 *   %DS_GENERAL_SECTION_ID
 */
const char *
ds_checklist_item_get_section_id (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), NULL);
  return self->section_id;
}

/**
 * ds_checklist_item_get_duty:
 * @self: a #DsChecklistItem
 *
 * Returns: (transfer none) (nullable): the catalog's duty, if it still has it
 */
DsDuty *
ds_checklist_item_get_duty (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), NULL);
  return self->duty;
}

/**
 * ds_checklist_item_get_missing:
 * @self: a #DsChecklistItem
 *
 * Returns: %TRUE if the item names a duty the catalog no longer has
 */
gboolean
ds_checklist_item_get_missing (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), FALSE);
  return self->ref != NULL && self->duty == NULL;
}

const char *
ds_checklist_item_get_title (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), NULL);
  return self->title;
}

/**
 * ds_checklist_item_get_status:
 * @self: a #DsChecklistItem
 *
 * Returns: whether the item is open, done or not applicable
 */
DsItemStatus
ds_checklist_item_get_status (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), DS_ITEM_STATUS_OPEN);
  return self->status;
}

/**
 * ds_checklist_item_set_status:
 * @self: a #DsChecklistItem
 * @status: where the item stands now
 *
 * Marking an item done records the moment; any other status forgets it.
 * Only a not-applicable item keeps a reason.
 */
void
ds_checklist_item_set_status (DsChecklistItem *self,
                              DsItemStatus     status)
{
  gboolean was_done, was_resolved;

  g_return_if_fail (DS_IS_CHECKLIST_ITEM (self));
  g_return_if_fail (status <= DS_ITEM_STATUS_NOT_APPLICABLE);

  if (self->status == status)
    return;

  was_done = self->status == DS_ITEM_STATUS_DONE;
  was_resolved = self->status != DS_ITEM_STATUS_OPEN;
  self->status = status;

  g_object_freeze_notify (G_OBJECT (self));

  if (status == DS_ITEM_STATUS_DONE)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(GDateTime) seconds = g_date_time_add (now, -(g_date_time_get_microsecond (now)));

      ds_checklist_item_set_done_at (self, seconds);
    }
  else
    ds_checklist_item_set_done_at (self, NULL);

  if (status != DS_ITEM_STATUS_NOT_APPLICABLE)
    {
      ds_checklist_item_set_reason (self, DS_REASON_NONE);
      ds_checklist_item_set_reason_text (self, NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  if (was_done != (status == DS_ITEM_STATUS_DONE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
  if (was_resolved != (status != DS_ITEM_STATUS_OPEN))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLVED]);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ds_checklist_item_new_custom:
 * @section_id: the service the item belongs to, or %DS_GENERAL_SECTION_ID
 *   for the checklist as a whole
 * @title: what to do
 *
 * Returns: (transfer full): a new item of the team's own, with no duty
 */
DsChecklistItem *
ds_checklist_item_new_custom (const char *section_id,
                              const char *title)
{
  g_return_val_if_fail (section_id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (DS_TYPE_CHECKLIST_ITEM, "section-id", section_id, "title", title, NULL);
}

/**
 * ds_checklist_item_get_custom:
 * @self: a #DsChecklistItem
 *
 * Returns: %TRUE if the team added the item itself, rather than it coming
 *   from a duty of the catalog
 */
gboolean
ds_checklist_item_get_custom (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), FALSE);
  return self->ref == NULL;
}

/**
 * ds_checklist_item_set_title:
 * @self: a #DsChecklistItem
 * @title: the new title
 *
 * Only the team's own items can be renamed; a catalog duty's title is the
 * catalog's.
 */
void
ds_checklist_item_set_title (DsChecklistItem *self,
                             const char      *title)
{
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (self));

  /* During construction, before the duty is known, any title is taken. */
  if (self->duty != NULL && self->title != NULL)
    return;
  if (title == NULL || *title == '\0' || g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
ds_checklist_item_get_done (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), FALSE);
  return self->status == DS_ITEM_STATUS_DONE;
}

/**
 * ds_checklist_item_set_done:
 * @self: a #DsChecklistItem
 * @done: whether the duty has been taken care of
 *
 * What a check button does: %TRUE marks the item done, %FALSE reopens it.
 */
void
ds_checklist_item_set_done (DsChecklistItem *self,
                            gboolean         done)
{
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (self));

  if (done)
    ds_checklist_item_set_status (self, DS_ITEM_STATUS_DONE);
  else if (self->status == DS_ITEM_STATUS_DONE)
    ds_checklist_item_set_status (self, DS_ITEM_STATUS_OPEN);
}

/**
 * ds_checklist_item_get_resolved:
 * @self: a #DsChecklistItem
 *
 * Returns: %TRUE if the item is done or does not apply
 */
gboolean
ds_checklist_item_get_resolved (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), FALSE);
  return self->status != DS_ITEM_STATUS_OPEN;
}

DsReason
ds_checklist_item_get_reason (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), DS_REASON_NONE);
  return self->reason;
}

/**
 * ds_checklist_item_set_reason:
 * @self: a #DsChecklistItem
 * @reason: why the item does not apply
 */
void
ds_checklist_item_set_reason (DsChecklistItem *self,
                              DsReason         reason)
{
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (self));
  g_return_if_fail (reason <= DS_REASON_OTHER);

  if (self->reason == reason)
    return;

  self->reason = reason;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

/**
 * ds_checklist_item_get_done_at:
 * @self: a #DsChecklistItem
 *
 * Returns: (transfer none) (nullable): when the item was marked done
 */
GDateTime *
ds_checklist_item_get_done_at (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), NULL);
  return self->done_at;
}

void
ds_checklist_item_set_done_at (DsChecklistItem *self,
                               GDateTime       *done_at)
{
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (self));

  if (self->done_at == done_at ||
      (self->done_at && done_at && g_date_time_equal (self->done_at, done_at)))
    return;

  g_clear_pointer (&self->done_at, g_date_time_unref);
  self->done_at = done_at ? g_date_time_ref (done_at) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE_AT]);
}

/* Empty strings are stored as NULL so that "unset" has one representation. */
static void
set_text (DsChecklistItem  *self,
          char            **field,
          const char       *value,
          guint             prop_id)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

const char *
ds_checklist_item_get_assignee (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), NULL);
  return self->assignee;
}

void
ds_checklist_item_set_assignee (DsChecklistItem *self,
                                const char      *assignee)
{
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (self));
  set_text (self, &self->assignee, assignee, PROP_ASSIGNEE);
}

const char *
ds_checklist_item_get_note (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), NULL);
  return self->note;
}

void
ds_checklist_item_set_note (DsChecklistItem *self,
                            const char      *note)
{
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (self));
  set_text (self, &self->note, note, PROP_NOTE);
}

/**
 * ds_checklist_item_get_reason_text:
 * @self: a #DsChecklistItem
 *
 * Returns: (nullable): the reason in the team's words, for "other" or to
 *   add detail to one of the others
 */
const char *
ds_checklist_item_get_reason_text (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), NULL);
  return self->reason_text;
}

void
ds_checklist_item_set_reason_text (DsChecklistItem *self,
                                   const char      *text)
{
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (self));
  set_text (self, &self->reason_text, text, PROP_REASON_TEXT);
}

/**
 * ds_checklist_item_get_due:
 * @self: a #DsChecklistItem
 *
 * Returns: (nullable): the due date, `YYYY-MM-DD`
 */
const char *
ds_checklist_item_get_due (DsChecklistItem *self)
{
  g_return_val_if_fail (DS_IS_CHECKLIST_ITEM (self), NULL);
  return self->due;
}

void
ds_checklist_item_set_due (DsChecklistItem *self,
                           const char      *due)
{
  g_return_if_fail (DS_IS_CHECKLIST_ITEM (self));
  set_text (self, &self->due, due, PROP_DUE);
}
