/* ds-duty-row.h — one duty, with a check button when it is on the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_DUTY_ROW (ds_duty_row_get_type ())

G_DECLARE_FINAL_TYPE (DsDutyRow, ds_duty_row, DS, DUTY_ROW, GtkWidget)

GtkWidget       *ds_duty_row_new          (DsDuty          *duty,
                                           DsChecklistItem *item);
DsDuty          *ds_duty_row_get_duty     (DsDutyRow       *self);
DsChecklistItem *ds_duty_row_get_item     (DsDutyRow       *self);
GtkCheckButton  *ds_duty_row_get_check    (DsDutyRow       *self);

G_END_DECLS
