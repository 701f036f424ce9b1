/* ds-row-layout.h — children side by side; the expanding ones share what is left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DS_TYPE_ROW_LAYOUT (ds_row_layout_get_type ())

G_DECLARE_FINAL_TYPE (DsRowLayout, ds_row_layout, DS, ROW_LAYOUT, GtkLayoutManager)

G_END_DECLS
