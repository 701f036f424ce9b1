/* ds-font-preload.h — loading a window's fonts on another processor while it is built
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _DsFontPreload DsFontPreload;

DsFontPreload *ds_font_preload_start    (const char * const *label_classes);
void           ds_font_preload_finish   (DsFontPreload      *preload);
gboolean       ds_font_preload_has_font (DsFontPreload      *preload,
                                         PangoFont          *font);
void           ds_font_preload_free     (DsFontPreload      *preload);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsFontPreload, ds_font_preload_free)

G_END_DECLS
