/* ds-compare-view.h — two or three services' layers side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-compare.h"
#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_COMPARE_VIEW (ds_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (DsCompareView, ds_compare_view, DS, COMPARE_VIEW, GtkWidget)

DsCatalog        *ds_compare_view_get_catalog     (DsCompareView *self);
void              ds_compare_view_set_catalog     (DsCompareView *self,
                                                   DsCatalog     *catalog);
guint             ds_compare_view_get_n_services  (DsCompareView *self);
DsService        *ds_compare_view_get_service     (DsCompareView *self,
                                                   guint          column);
const char       *ds_compare_view_get_variant     (DsCompareView *self,
                                                   guint          column);
DsComparePicture *ds_compare_view_create_picture  (DsCompareView *self,
                                                   gboolean       dark);

G_END_DECLS
