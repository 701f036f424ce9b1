/* ds-service-page.h — the duty panel's page for one service
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_SERVICE_PAGE (ds_service_page_get_type ())

G_DECLARE_FINAL_TYPE (DsServicePage, ds_service_page, DS, SERVICE_PAGE, GtkWidget)

DsServicePage *ds_service_page_new             (DsCatalog          *catalog);
void           ds_service_page_set_catalog     (DsServicePage      *self,
                                                DsCatalog          *catalog);
void           ds_service_page_set_section     (DsServicePage      *self,
                                                DsChecklistSection *section);
void           ds_service_page_scroll_to_layer (DsServicePage      *self,
                                                DsLayer             layer);

G_END_DECLS
