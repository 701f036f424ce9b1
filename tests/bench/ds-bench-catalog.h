/* ds-bench-catalog.h — synthetic catalogs for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *ds_bench_catalog_new    (guint        n_services,
                                 guint        duties_per_service);
GFile  *ds_bench_catalog_write  (const char  *dir,
                                 guint        n_services,
                                 guint        duties_per_service);
GBytes *ds_bench_checklist_new  (guint        n_items);
gsize   ds_bench_heap_in_use    (void);
gsize   ds_bench_rss            (void);

G_END_DECLS
