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
GtkWidget       *ds_duty_row_new_editable (DsChecklistItem *item);
GtkCheckButton  *ds_duty_row_get_check    (DsDutyRow       *self);
GtkButton       *ds_duty_row_get_edit_button (DsDutyRow    *self);

G_END_DECLS
