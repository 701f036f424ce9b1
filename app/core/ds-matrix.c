/* ds-matrix.c — every service against every layer: the rows and their places
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-matrix"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-catalog.h"
#include "ds-matrix-private.h"
#include "ds-service.h"

/* The matrix is a plain list of rows with their heights computed once, so
 * that a view finds the rows it shows by bisection and draws only those:
 * a catalog of ten thousand services costs no more to scroll than ours.
 * Rows come in the three AWS categories (bands), and inside each in the
 * catalog's groups, in the order the catalog first names them, so that
 * the groups stand in the same order in every band. */

typedef struct {
  DsService *service;
  guint      group_order;
  char      *sort_key;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a;
  const Entry *eb = b;

  if (ds_service_get_category (ea->service) != ds_service_get_category (eb->service))
    return ds_service_get_category (ea->service) < ds_service_get_category (eb->service) ? -1 : 1;
  if (ea->group_order != eb->group_order)
    return ea->group_order < eb->group_order ? -1 : 1;
  return strcmp (ea->sort_key, eb->sort_key);
}

static DsMatrixRow *
append_row (DsMatrix        *self,
            DsMatrixRowKind  kind,
            DsService       *service,
            double           height)
{
  DsMatrixRow row = {
    .kind = kind,
    .category = ds_service_get_category (service),
    .group = ds_service_get_group (service),
    .service = service,
    .y = self->height,
    .height = height,
  };

  g_array_append_val (self->rows, row);
  self->height += height;
  return &g_array_index (self->rows, DsMatrixRow, self->rows->len - 1);
}

static void
build (DsMatrix *self)
{
  GListModel *model = G_LIST_MODEL (self->catalog);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  guint n = g_list_model_get_n_items (model);
  guint band = G_MAXUINT;
  guint group = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (model, i);
      const char *name = ds_service_get_group (service);
      Entry entry;

      if (self->category != DS_MATRIX_ALL_CATEGORIES &&
          ds_service_get_category (service) != (DsCategory)self->category)
        continue;
      if (self->group != NULL && g_strcmp0 (name, self->group) != 0)
        continue;

      entry.service = service;
      entry.group_order = ds_catalog_get_group_position (self->catalog, name);
      entry.sort_key = g_utf8_collate_key (ds_service_get_name (service), -1);
      g_ptr_array_add (self->services, g_steal_pointer (&service));
      g_array_append_val (entries, entry);
    }

  g_array_sort (entries, compare_entries);

  self->height = DS_MATRIX_HEADER_HEIGHT;
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      DsMatrixRow *row;

      if (band == G_MAXUINT ||
          g_array_index (self->rows, DsMatrixRow, band).category != ds_service_get_category (entry->service))
        {
          band = self->rows->len;
          append_row (self, DS_MATRIX_ROW_BAND, entry->service, DS_MATRIX_BAND_HEIGHT);
          group = G_MAXUINT;
        }

      if (group == G_MAXUINT ||
          g_strcmp0 (g_array_index (self->rows, DsMatrixRow, group).group, ds_service_get_group (entry->service)) != 0)
        {
          group = self->rows->len;
          append_row (self, DS_MATRIX_ROW_GROUP, entry->service, DS_MATRIX_GROUP_HEIGHT);
        }

      row = append_row (self, DS_MATRIX_ROW_SERVICE, entry->service, DS_MATRIX_SERVICE_HEIGHT);
      row->n_services = 1;
      g_array_index (self->rows, DsMatrixRow, band).n_services++;
      g_array_index (self->rows, DsMatrixRow, group).n_services++;
      self->n_services++;
      g_free (entry->sort_key);
    }
}

/**
 * ds_matrix_new:
 * @catalog: the services
 * @group: (nullable): only this group's services, or %NULL for all
 * @category: only this category's services, or %DS_MATRIX_ALL_CATEGORIES
 *
 * Lays out the rows of the matrix: a band for each category that has
 * services, a heading for each group in it, a row for each service.
 *
 * Returns: (transfer full): the matrix
 */
DsMatrix *
ds_matrix_new (DsCatalog  *catalog,
               const char *group,
               int         category)
{
  DsMatrix *self;

  g_return_val_if_fail (DS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (category >= DS_MATRIX_ALL_CATEGORIES && category <= DS_CATEGORY_ABSTRACTED, NULL);

  self = g_atomic_rc_box_new0 (DsMatrix);
  self->catalog = g_object_ref (catalog);
  self->group = g_strdup (group);
  self->category = category;
  self->rows = g_array_new (FALSE, FALSE, sizeof (DsMatrixRow));
  self->services = g_ptr_array_new_with_free_func (g_object_unref);
  self->font = pango_font_description_from_string ("Sans 10");
  build (self);

  return self;
}

DsMatrix *
ds_matrix_ref (DsMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
clear (gpointer data)
{
  DsMatrix *self = data;

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_pointer (&self->font, pango_font_description_free);
}

void
ds_matrix_unref (DsMatrix *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, clear);
}

DsCatalog *
ds_matrix_get_catalog (DsMatrix *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->catalog;
}

/**
 * ds_matrix_set_style:
 * @self: a matrix
 * @dark: whether to draw on a dark background
 * @font: (nullable): the font of the text, at its normal size
 *
 * Sets how the matrix is drawn, so that a view and a picture saved from it
 * look the same.
 */
void
ds_matrix_set_style (DsMatrix                   *self,
                     gboolean                    dark,
                     const PangoFontDescription *font)
{
  g_return_if_fail (self != NULL);

  self->dark = !!dark;
  if (font != NULL)
    {
      pango_font_description_free (self->font);
      self->font = pango_font_description_copy (font);
    }
}

gboolean
ds_matrix_get_dark (DsMatrix *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->dark;
}

guint
ds_matrix_get_n_rows (DsMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

const DsMatrixRow *
ds_matrix_get_row (DsMatrix *self,
                   guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return &g_array_index (self->rows, DsMatrixRow, index);
}

guint
ds_matrix_get_n_services (DsMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_services;
}

/**
 * ds_matrix_find_service:
 * @self: a matrix
 * @service_id: a service's id
 *
 * Returns: the index of the service's row, or %G_MAXUINT if it has none
 */
guint
ds_matrix_find_service (DsMatrix   *self,
                        const char *service_id)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const DsMatrixRow *row = &g_array_index (self->rows, DsMatrixRow, i);

      if (row->kind == DS_MATRIX_ROW_SERVICE && g_strcmp0 (ds_service_get_id (row->service), service_id) == 0)
        return i;
    }

  return G_MAXUINT;
}

/**
 * ds_matrix_row_at:
 * @self: a matrix
 * @y: a height, from the top of the header
 *
 * Returns: the index of the row at @y, or %G_MAXUINT above or below them
 */
guint
ds_matrix_row_at (DsMatrix *self,
                  double    y)
{
  guint low = 0;
  guint high;

  g_return_val_if_fail (self != NULL, G_MAXUINT);

  high = self->rows->len;
  if (y < DS_MATRIX_HEADER_HEIGHT || y >= self->height)
    return G_MAXUINT;

  /* The last row that starts at or above y. */
  while (high - low > 1)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (self->rows, DsMatrixRow, mid).y <= y)
        low = mid;
      else
        high = mid;
    }

  return low;
}

/* The label column and a column for each layer. */
double
ds_matrix_get_width (DsMatrix *self)
{
  return DS_MATRIX_LABEL_WIDTH + DS_N_LAYERS * DS_MATRIX_CELL_WIDTH;
}

/* The header and every row. */
double
ds_matrix_get_height (DsMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->height;
}

/**
 * ds_matrix_get_cell_rect:
 * @self: a matrix
 * @row: the index of a service's row
 * @layer: a layer
 * @x, @y, @width, @height: (out): where its cell is painted
 *
 * The cell leaves a gap around it, so that neighbours of one owner still
 * read as separate cells.
 */
void
ds_matrix_get_cell_rect (DsMatrix *self,
                         guint     row,
                         DsLayer   layer,
                         double   *x,
                         double   *y,
                         double   *width,
                         double   *height)
{
  const DsMatrixRow *r = ds_matrix_get_row (self, row);

  g_return_if_fail (r != NULL);

  *x = DS_MATRIX_LABEL_WIDTH + layer * DS_MATRIX_CELL_WIDTH + 2;
  *y = r->y + 2;
  *width = DS_MATRIX_CELL_WIDTH - 4;
  *height = r->height - 4;
}

/**
 * ds_matrix_describe_cell:
 * @self: a matrix
 * @row: the index of a service's row
 * @layer: a layer
 *
 * Returns: (transfer full): the cell in words, for tooltips and screen
 *   readers: “Amazon EC2 — Guest operating system: You”
 */
char *
ds_matrix_describe_cell (DsMatrix *self,
                         guint     row,
                         DsLayer   layer)
{
  const DsMatrixRow *r = ds_matrix_get_row (self, row);
  const char *layer_name;

  g_return_val_if_fail (r != NULL && r->kind == DS_MATRIX_ROW_SERVICE, NULL);

  layer_name = ds_catalog_get_layer_name (self->catalog, layer);
  /* Translators: a service, a layer and who takes care of it:
   * “Amazon EC2 — Guest operating system: You” */
  return g_strdup_printf (_("%s — %s: %s"), ds_service_get_name (r->service),
                          layer_name ? layer_name : ds_layer_to_string (layer),
                          ds_owner_get_label (ds_service_get_layer_owner (r->service, layer)));
}
