/* ds-group-list.h — the choices of a "group" drop-down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-catalog.h"

G_BEGIN_DECLS

GtkStringList *ds_group_list_new (DsCatalog *catalog);

G_END_DECLS
