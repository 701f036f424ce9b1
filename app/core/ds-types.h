/* ds-types.h — forward declarations and the enumerations of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _DsAutosave         DsAutosave;
typedef struct _DsCatalog          DsCatalog;
typedef struct _DsChecklist        DsChecklist;
typedef struct _DsChecklistItem    DsChecklistItem;
typedef struct _DsChecklistSection DsChecklistSection;
typedef struct _DsDuty             DsDuty;
typedef struct _DsMilestone        DsMilestone;
typedef struct _DsService          DsService;
typedef struct _DsVariant          DsVariant;

/* Who carries a duty or a layer. The nicks are the values used in the files. */
typedef enum {
  DS_OWNER_NONE,
  DS_OWNER_AWS,
  DS_OWNER_CUSTOMER,
  DS_OWNER_SHARED,
} DsOwner;

/* The three kinds of service AWS names in its shared responsibility material. */
typedef enum {
  DS_CATEGORY_INFRASTRUCTURE,
  DS_CATEGORY_CONTAINER,
  DS_CATEGORY_ABSTRACTED,
} DsCategory;

/* Where a checklist item stands. Done and not applicable both take the
 * item off the team's plate; progress counts them as resolved. */
typedef enum {
  DS_ITEM_STATUS_OPEN,
  DS_ITEM_STATUS_DONE,
  DS_ITEM_STATUS_NOT_APPLICABLE,
} DsItemStatus;

/* Why an item does not apply, in the terms of the AWS Well-Architected Tool. */
typedef enum {
  DS_REASON_NONE,
  DS_REASON_OUT_OF_SCOPE,
  DS_REASON_BUSINESS_PRIORITY,
  DS_REASON_ARCHITECTURE_CONSTRAINT,
  DS_REASON_OTHER,
} DsReason;

/* The layers of the stack, top (closest to the customer) to bottom. */
typedef enum {
  DS_LAYER_CUSTOMER_DATA,
  DS_LAYER_IDENTITY,
  DS_LAYER_ENCRYPTION,
  DS_LAYER_NETWORK,
  DS_LAYER_APPLICATION,
  DS_LAYER_PLATFORM,
  DS_LAYER_GUEST_OS,
  DS_LAYER_HOST,
  DS_LAYER_HARDWARE,
  DS_LAYER_FACILITIES,
} DsLayer;

#define DS_N_LAYERS (DS_LAYER_FACILITIES + 1)

/* The pseudo service that holds the duties every AWS customer has. */
#define DS_GENERAL_SECTION_ID "general"

const char *ds_owner_to_string    (DsOwner    owner);
const char *ds_owner_get_label    (DsOwner    owner);
const char *ds_category_to_string (DsCategory category);
const char *ds_category_get_label (DsCategory category);
const char *ds_layer_to_string    (DsLayer    layer);
const char *ds_item_status_to_string (DsItemStatus status);
const char *ds_item_status_get_label (DsItemStatus status);
const char *ds_reason_to_string   (DsReason   reason);
const char *ds_reason_get_label   (DsReason   reason);
gboolean    ds_enum_from_string   (GType       enum_type,
                                   const char *nick,
                                   int        *value);

G_END_DECLS
