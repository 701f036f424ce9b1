/* ds-service-browser.h — searching, filtering and choosing services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_SERVICE_BROWSER (ds_service_browser_get_type ())

G_DECLARE_FINAL_TYPE (DsServiceBrowser, ds_service_browser, DS, SERVICE_BROWSER, GtkWidget)

DsChecklistSection *ds_service_browser_get_selected_section (DsServiceBrowser *self);
void                ds_service_browser_focus_search         (DsServiceBrowser *self);
void                ds_service_browser_focus_list           (DsServiceBrowser *self);
gboolean            ds_service_browser_select_service       (DsServiceBrowser *self,
                                                             const char       *service_id);

G_END_DECLS
