/* ds-types.c — names of the model's enumerations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-core-enums.h"
#include "ds-types.h"

static const char *
enum_nick (GType type,
           int   value)
{
  /* The classes are registered once and never freed, so the nick stays valid. */
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_type_class_unref (klass);

  return ev != NULL ? ev->value_nick : NULL;
}

const char *
ds_owner_to_string (DsOwner owner)
{
  return enum_nick (DS_TYPE_OWNER, owner);
}

const char *
ds_owner_get_label (DsOwner owner)
{
  switch (owner)
    {
    /* Translators: who takes care of a layer of a service: AWS, you (the customer),
     * both, or nobody since the service has no such layer */
    case DS_OWNER_AWS:      return C_("layer owner", "AWS");
    case DS_OWNER_CUSTOMER: return C_("layer owner", "You");
    case DS_OWNER_SHARED:   return C_("layer owner", "Shared");
    case DS_OWNER_NONE:     return C_("layer owner", "Not applicable");
    default:                g_return_val_if_reached (NULL);
    }
}

const char *
ds_category_to_string (DsCategory category)
{
  return enum_nick (DS_TYPE_CATEGORY, category);
}

const char *
ds_category_get_label (DsCategory category)
{
  switch (category)
    {
    /* Translators: AWS's three kinds of service by how much of the stack AWS
     * runs: infrastructure (Amazon EC2), container (Amazon RDS), abstracted (Amazon S3) */
    case DS_CATEGORY_INFRASTRUCTURE: return C_("kind of service", "Infrastructure");
    case DS_CATEGORY_CONTAINER:      return C_("kind of service", "Container");
    case DS_CATEGORY_ABSTRACTED:     return C_("kind of service", "Abstracted");
    default:                         g_return_val_if_reached (NULL);
    }
}

const char *
ds_layer_to_string (DsLayer layer)
{
  return enum_nick (DS_TYPE_LAYER, layer);
}

const char *
ds_item_status_to_string (DsItemStatus status)
{
  return enum_nick (DS_TYPE_ITEM_STATUS, status);
}

const char *
ds_item_status_get_label (DsItemStatus status)
{
  switch (status)
    {
    /* Translators: the status of a checklist item */
    case DS_ITEM_STATUS_OPEN:           return C_("item status", "Open");
    case DS_ITEM_STATUS_DONE:           return C_("item status", "Done");
    case DS_ITEM_STATUS_NOT_APPLICABLE: return C_("item status", "Not applicable");
    default:                            g_return_val_if_reached (NULL);
    }
}

const char *
ds_reason_to_string (DsReason reason)
{
  return enum_nick (DS_TYPE_REASON, reason);
}

const char *
ds_reason_get_label (DsReason reason)
{
  switch (reason)
    {
    /* Translators: why a checklist item does not apply */
    case DS_REASON_NONE:                    return C_("not applicable because", "No reason given");
    case DS_REASON_OUT_OF_SCOPE:            return C_("not applicable because", "Out of scope");
    case DS_REASON_BUSINESS_PRIORITY:       return C_("not applicable because", "Business priority");
    case DS_REASON_ARCHITECTURE_CONSTRAINT: return C_("not applicable because", "Architecture constraint");
    case DS_REASON_OTHER:                   return C_("not applicable because", "Other");
    default:                                g_return_val_if_reached (NULL);
    }
}

/**
 * ds_enum_from_string:
 * @enum_type: a #GEnum type of the model
 * @nick: the value as it is written in the files
 * @value: (out): where to store the value
 *
 * Returns: %TRUE if @nick names a value of @enum_type
 */
gboolean
ds_enum_from_string (GType       enum_type,
                     const char *nick,
                     int        *value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  /* The loaders ask this for every duty of a catalog; peeking at the class
   * once it exists spares a lock for each call. The model's enumerations
   * are static types, whose classes stay once made. */
  if ((klass = g_type_class_peek (enum_type)) == NULL)
    klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev != NULL)
    *value = ev->value;

  return ev != NULL;
}
