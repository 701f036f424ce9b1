/* ds-categories-dialog.h — the three kinds of AWS service, explained
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_CATEGORIES_DIALOG (ds_categories_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DsCategoriesDialog, ds_categories_dialog, DS, CATEGORIES_DIALOG, AdwWindow)

/* At most this many example services are named for each category. */
#define DS_CATEGORIES_MAX_EXAMPLES 12

DsCategoriesDialog *ds_categories_dialog_new          (GtkWindow  *parent,
                                                       DsCatalog  *catalog);
guint               ds_categories_count_owners        (DsCatalog  *catalog,
                                                       DsCategory  category,
                                                       DsLayer     layer,
                                                       guint       counts[DS_OWNER_SHARED + 1]);

G_END_DECLS
