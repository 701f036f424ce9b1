/* ds-autosave.h — keeps a checklist's file up to date as it changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ds-types.h"

G_BEGIN_DECLS

#define DS_TYPE_AUTOSAVE (ds_autosave_get_type ())

/* How long after the first change not yet saved the file is written. */
#define DS_AUTOSAVE_DELAY_MS 500

G_DECLARE_FINAL_TYPE (DsAutosave, ds_autosave, DS, AUTOSAVE, GObject)

DsAutosave  *ds_autosave_new         (DsChecklist *checklist,
                                      GFile       *file);
DsChecklist *ds_autosave_get_checklist (DsAutosave *self);
GFile       *ds_autosave_get_file    (DsAutosave  *self);
gboolean     ds_autosave_get_pending (DsAutosave  *self);
gboolean     ds_autosave_flush       (DsAutosave  *self,
                                      GError     **error);

G_END_DECLS
