/* ds-file.h — writing files so that a failure never leaves half of one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean ds_file_replace_contents         (GFile      *file,
                                           GBytes     *bytes,
                                           GError    **error);
guint    ds_file_remove_stale_temporaries (GFile      *dir,
                                           const char *suffix,
                                           guint       min_age);

G_END_DECLS
