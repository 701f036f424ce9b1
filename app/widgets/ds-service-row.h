/* ds-service-row.h — a service in the browser: name, category, progress, toggle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_SERVICE_ROW (ds_service_row_get_type ())

G_DECLARE_FINAL_TYPE (DsServiceRow, ds_service_row, DS, SERVICE_ROW, GtkWidget)

DsChecklistSection *ds_service_row_get_section (DsServiceRow       *self);
void                ds_service_row_set_section (DsServiceRow       *self,
                                                DsChecklistSection *section);

G_END_DECLS
