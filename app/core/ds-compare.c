/* ds-compare.c — what changes hands between two services' stacks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-compare"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "ds-compare.h"
#include "ds-duty.h"
#include "ds-owner-paint.h"
#include "ds-service.h"
#include "ds-stack-draw.h"

/* How much of a layer the customer carries: all of it, part of it (shared)
 * or none (AWS). A layer that does not apply to a service has no rank: it
 * did not move to anyone, it is not there. */
static int
customer_share (DsOwner owner)
{
  switch (owner)
    {
    case DS_OWNER_CUSTOMER: return 2;
    case DS_OWNER_SHARED:   return 1;
    case DS_OWNER_AWS:      return 0;
    case DS_OWNER_NONE:
    default:                return -1;
    }
}

/**
 * ds_owner_moves_to_aws:
 * @from: who owns a layer under one service
 * @to: who owns it under another
 *
 * Returns: %TRUE if AWS carries more of the layer under the second service:
 *   customer to shared, customer to AWS, or shared to AWS
 */
gboolean
ds_owner_moves_to_aws (DsOwner from,
                       DsOwner to)
{
  int before = customer_share (from), after = customer_share (to);

  return before >= 0 && after >= 0 && after < before;
}

static void
moved_layer_free (gpointer data)
{
  DsMovedLayer *moved = data;

  g_ptr_array_unref (moved->duties);
  g_free (moved);
}

/**
 * ds_compare_moved_layers:
 * @left: the service the customer comes from
 * @left_variant: (nullable): how it runs
 * @right: the service the customer goes to
 * @right_variant: (nullable): how that runs
 *
 * What the customer hands to AWS by running a workload on @right rather
 * than on @left. The catalog names duties per service, so a duty cannot be
 * followed from one service to the other by its id; the unit that can be
 * compared is the layer. A layer moves when ds_owner_moves_to_aws() says
 * so for its two owners, and what moves with it is every duty the customer
 * has (alone or shared) on that layer under @left, for @left_variant: the
 * work that @right takes off the customer's plate, or shares. Layers are
 * in stack order, top to bottom; one whose duties under @left are none
 * still moves, with an empty list.
 *
 * Returns: (transfer container) (element-type DsMovedLayer): the layers
 *   that move, possibly none
 */
GPtrArray *
ds_compare_moved_layers (DsService  *left,
                         const char *left_variant,
                         DsService  *right,
                         const char *right_variant)
{
  GPtrArray *moved = g_ptr_array_new_with_free_func (moved_layer_free);
  GListModel *duties;

  g_return_val_if_fail (DS_IS_SERVICE (left), moved);
  g_return_val_if_fail (DS_IS_SERVICE (right), moved);

  duties = ds_service_get_duties (left);

  for (guint layer = 0; layer < DS_N_LAYERS; layer++)
    {
      DsOwner from = ds_service_get_variant_layer_owner (left, left_variant, layer);
      DsOwner to = ds_service_get_variant_layer_owner (right, right_variant, layer);
      DsMovedLayer *entry;

      if (!ds_owner_moves_to_aws (from, to))
        continue;

      entry = g_new0 (DsMovedLayer, 1);
      entry->layer = layer;
      entry->from = from;
      entry->to = to;
      entry->duties = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0, n = g_list_model_get_n_items (duties); i < n; i++)
        {
          g_autoptr(DsDuty) duty = g_list_model_get_item (duties, i);

          if (ds_duty_get_layer (duty) == layer && ds_duty_is_customers (duty) &&
              ds_duty_applies_to (duty, left_variant))
            g_ptr_array_add (entry->duties, g_steal_pointer (&duty));
        }

      g_ptr_array_add (moved, entry);
    }

  return moved;
}

/* The picture: the stacks in columns, with the service's name above each,
 * and between two neighbours a narrower column that lists what moves. */
#define MARGIN        16.0
#define STACK_WIDTH   280.0
#define MOVED_WIDTH   220.0
#define COLUMN_GAP    20.0
#define PARAGRAPH_GAP 8.0

struct _DsComparePicture
{
  DsCatalog     *catalog;
  guint          n_services;
  DsService     *services[DS_COMPARE_MAX_SERVICES];
  char          *variants[DS_COMPARE_MAX_SERVICES];
  char          *titles[DS_COMPARE_MAX_SERVICES];
  DsStackLayout  layouts[DS_COMPARE_MAX_SERVICES];
  char          *moved[DS_COMPARE_MAX_SERVICES - 1];   /* Pango markup */
  gboolean       dark;
  PangoContext  *context;
  double         height;
};

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static char *
moved_markup (DsCatalog  *catalog,
              DsService  *left,
              const char *left_variant,
              DsService  *right,
              const char *right_variant)
{
  g_autoptr(GPtrArray) moved = ds_compare_moved_layers (left, left_variant, right, right_variant);
  GString *out = g_string_new ("<b>");

  append_escaped (out, _("Moves to AWS"));
  g_string_append (out, "</b>\n");

  if (moved->len == 0)
    append_escaped (out, _("Nothing: AWS takes no layer over."));

  for (guint i = 0; i < moved->len; i++)
    {
      DsMovedLayer *entry = g_ptr_array_index (moved, i);
      /* Translators: who owned a layer, then who owns it in the next service: "You → Shared" */
      g_autofree char *change = g_strdup_printf (_("%s → %s"), ds_owner_get_label (entry->from),
                                                 ds_owner_get_label (entry->to));

      g_string_append (out, i > 0 ? "\n\n<b>" : "\n<b>");
      append_escaped (out, ds_stack_get_layer_name (catalog, entry->layer));
      g_string_append (out, "</b>  ");
      append_escaped (out, change);
      for (guint j = 0; j < entry->duties->len; j++)
        {
          g_string_append (out, "\n•  ");
          append_escaped (out, ds_duty_get_title (g_ptr_array_index (entry->duties, j)));
        }
    }

  return g_string_free (out, FALSE);
}

static PangoLayout *
moved_layout (DsComparePicture *self,
              guint             i)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_width (layout, pango_units_from_double (MOVED_WIDTH));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, self->moved[i], -1);
  return layout;
}

/**
 * ds_compare_picture_new:
 * @catalog: (nullable): the catalog that names the layers
 * @n_services: 2 or 3
 * @services: (array length=n_services): the services, left to right
 * @variants: (array length=n_services): how each runs, or %NULL
 * @dark: whether to draw on a dark page
 *
 * Returns: (transfer full): a picture to give ds_picture_save()
 */
DsComparePicture *
ds_compare_picture_new (DsCatalog   *catalog,
                        guint        n_services,
                        DsService  **services,
                        const char **variants,
                        gboolean     dark)
{
  DsComparePicture *self;
  double band_top = 0.0;

  g_return_val_if_fail (n_services >= 1 && n_services <= DS_COMPARE_MAX_SERVICES, NULL);

  self = g_new0 (DsComparePicture, 1);
  self->catalog = catalog ? g_object_ref (catalog) : NULL;
  self->n_services = n_services;
  self->dark = dark;
  self->context = ds_stack_create_export_context ();

  for (guint i = 0; i < n_services; i++)
    {
      self->services[i] = g_object_ref (services[i]);
      self->variants[i] = g_strdup (variants[i]);
      self->titles[i] = ds_stack_dup_title (services[i], variants[i]);
      ds_stack_layout_init (&self->layouts[i], self->context, STACK_WIDTH, self->titles[i]);
      band_top = MAX (band_top, self->layouts[i].band_top);
    }

  /* The bands of all the stacks start level, below the tallest title, so
   * that each layer can be compared across. */
  for (guint i = 0; i < n_services; i++)
    {
      double shift = band_top - self->layouts[i].band_top;

      self->layouts[i].band_top += shift;
      self->layouts[i].legend_top += shift;
      self->layouts[i].height += shift;
      self->height = MAX (self->height, self->layouts[i].height);

      if (i > 0)
        {
          g_autoptr(PangoLayout) layout = NULL;
          int height;

          self->moved[i - 1] = moved_markup (catalog, services[i - 1], variants[i - 1],
                                             services[i], variants[i]);
          layout = moved_layout (self, i - 1);
          pango_layout_get_size (layout, NULL, &height);
          self->height = MAX (self->height, self->layouts[0].band_top + pango_units_to_double (height));
        }
    }

  return self;
}

void
ds_compare_picture_free (DsComparePicture *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->n_services; i++)
    {
      g_object_unref (self->services[i]);
      g_free (self->variants[i]);
      g_free (self->titles[i]);
      if (i > 0)
        g_free (self->moved[i - 1]);
    }
  g_clear_object (&self->catalog);
  g_clear_object (&self->context);
  g_free (self);
}

double
ds_compare_picture_get_width (DsComparePicture *self)
{
  return 2 * MARGIN + self->n_services * STACK_WIDTH + (self->n_services - 1) * (MOVED_WIDTH + 2 * COLUMN_GAP);
}

double
ds_compare_picture_get_height (DsComparePicture *self)
{
  return ceil (self->height + 2 * MARGIN);
}

/**
 * ds_compare_picture_draw:
 * @cr: where to draw
 * @picture: (type DsComparePicture): the picture
 *
 * Paints the page and draws the comparison on it; a #DsPictureDrawFunc.
 */
void
ds_compare_picture_draw (cairo_t  *cr,
                         gpointer  picture)
{
  DsComparePicture *self = picture;
  const DsPictureColors *page = ds_picture_get_colors (self->dark);
  double x = MARGIN;

  ds_color_set_source (&page->background, cr);
  cairo_paint (cr);
  pango_cairo_update_context (cr, self->context);

  for (guint i = 0; i < self->n_services; i++)
    {
      if (i > 0)
        {
          g_autoptr(PangoLayout) layout = moved_layout (self, i - 1);

          x += COLUMN_GAP;
          ds_color_set_source (&page->foreground, cr);
          /* The list starts level with the first band, under no title. */
          cairo_move_to (cr, x, MARGIN + self->layouts[i - 1].band_top);
          pango_cairo_show_layout (cr, layout);
          x += MOVED_WIDTH + COLUMN_GAP;
        }

      cairo_save (cr);
      cairo_translate (cr, x, MARGIN);
      ds_stack_draw (cr, self->context, &self->layouts[i], self->catalog, self->services[i],
                     self->variants[i], self->titles[i], self->dark);
      cairo_restore (cr);
      x += STACK_WIDTH;
    }
}
