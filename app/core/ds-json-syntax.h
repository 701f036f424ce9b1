/* ds-json-syntax.h — checking that a text is strict JSON before it is parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ds-json.h"

G_BEGIN_DECLS

void     ds_json_set_position_error (GError     **error,
                                     int          code,
                                     const char  *file,
                                     const char  *text,
                                     const char  *at,
                                     const char  *message);
gpointer    ds_json_alloc_large (gsize size);
DsJsonTree *ds_json_read      (const char  *text,
                               gsize        len,
                               const char  *file,
                               GError     **error);

G_END_DECLS
