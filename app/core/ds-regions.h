/* ds-regions.h — the AWS Regions a workload can run in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;   /* eu-central-1 */
  const char *name;   /* Europe (Frankfurt), untranslated: see ds_region_get_name() */
} DsRegion;

const DsRegion *ds_regions_get_all   (guint      *n_regions);
const char     *ds_region_get_name   (const char *code);
gboolean        ds_region_code_is_valid (const char *code);

G_END_DECLS
