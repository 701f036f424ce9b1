/* ds-duty-panel.h — one service: who is responsible for what
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_DUTY_PANEL (ds_duty_panel_get_type ())

G_DECLARE_FINAL_TYPE (DsDutyPanel, ds_duty_panel, DS, DUTY_PANEL, GtkWidget)

DsChecklistSection *ds_duty_panel_get_section (DsDutyPanel        *self);
void                ds_duty_panel_set_section (DsDutyPanel        *self,
                                               DsChecklistSection *section);
void                ds_duty_panel_scroll_to_layer (DsDutyPanel     *self,
                                                   DsLayer          layer);

G_END_DECLS
