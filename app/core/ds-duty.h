/* ds-duty.h — one responsibility, carried by AWS or by the customer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_DUTY (ds_duty_get_type ())

G_DECLARE_FINAL_TYPE (DsDuty, ds_duty, DS, DUTY, GObject)

const char         *ds_duty_get_id           (DsDuty *self);
const char         *ds_duty_get_service_id   (DsDuty *self);
const char         *ds_duty_get_title        (DsDuty *self);
const char         *ds_duty_get_detail       (DsDuty *self);
DsOwner             ds_duty_get_owner        (DsDuty *self);
DsLayer             ds_duty_get_layer        (DsDuty *self);
const char * const *ds_duty_get_controls     (DsDuty *self);
const char * const *ds_duty_get_links        (DsDuty *self);
const char * const *ds_duty_get_variants     (DsDuty *self);
gboolean            ds_duty_applies_to       (DsDuty     *self,
                                              const char *variant_id);
char               *ds_duty_dup_ref          (DsDuty *self);
gboolean            ds_duty_is_customers     (DsDuty *self);

G_END_DECLS
