/* ds-group-list.c — the choices of a "group" drop-down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ds-group-list.h"

/**
 * ds_group_list_new:
 * @catalog: (nullable): the catalog whose groups to offer
 *
 * The service browser and the matrix filter by group alike: first "All
 * groups", then the catalog's groups in the order it names them, so that
 * position N of the list is group N - 1 of the catalog.
 *
 * Returns: (transfer full): the drop-down's model
 */
GtkStringList *
ds_group_list_new (DsCatalog *catalog)
{
  GtkStringList *groups = gtk_string_list_new (NULL);
  guint n = catalog ? ds_catalog_get_n_groups (catalog) : 0;

  gtk_string_list_append (groups, _("All groups"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (groups, ds_catalog_get_group (catalog, i));

  return groups;
}
