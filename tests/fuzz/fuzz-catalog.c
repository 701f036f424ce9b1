/* fuzz-catalog.c — libFuzzer harness for the catalog loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ds-catalog.h"
#include "ds-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsCatalog) catalog = ds_catalog_new_from_bytes (bytes, "fuzz.json", &error);

  ds_fuzz_check_result (catalog, error);
  return 0;
}
