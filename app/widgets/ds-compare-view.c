/* ds-compare-view.c — two or three services' layers side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-catalog.h"
#include "ds-compare-view.h"
#include "ds-duty.h"
#include "ds-layer-stack.h"
#include "ds-service.h"
#include "ds-stack-draw.h"
#include "ds-variant.h"

/* A column per service: a drop-down for the service, one for the way it
 * runs (shown for services that have several), and its stack. Between two
 * columns, the layers AWS takes over from the left one to the right one
 * and the customer duties that go with them, as ds_compare_moved_layers()
 * defines them. The third column is optional ("None").
 *
 * The columns stand side by side, the stacks level with each other, which
 * is the point of comparing them; in a window too narrow for that they go
 * one under the other, each what moves between the two around it, rather
 * than scrolling sideways. The columns' own layout (below) decides. */

typedef struct
{
  GtkWidget    *box;
  GtkWidget    *header;
  GtkDropDown  *service_drop;
  GtkDropDown  *variant_drop;
  DsLayerStack *stack;
  DsService    *service;   /* NULL for an unused third column */
  char         *variant;
} Column;

struct _DsCompareView
{
  GtkWidget  parent_instance;

  DsCatalog *catalog;
  gboolean   updating;

  GtkWidget *content;
  GtkBox    *columns_box;
  Column     columns[DS_COMPARE_MAX_SERVICES];
  GtkWidget *moved[DS_COMPARE_MAX_SERVICES - 1];        /* the column */
  GtkWidget *moved_list[DS_COMPARE_MAX_SERVICES - 1];   /* what moves */
};

G_DEFINE_FINAL_TYPE (DsCompareView, ds_compare_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the view starts with: one service of each kind AWS names, from
 * infrastructure to abstracted, so that duties move at each step. */
static const struct {
  const char *service;
  const char *variant;
} defaults[DS_COMPARE_MAX_SERVICES] = {
  { "ec2", NULL },
  { "ecs", "fargate" },
  { "lambda", NULL },
};

/* Only the last column can be left empty. */
static guint
first_service_row (guint column)
{
  return column == DS_COMPARE_MAX_SERVICES - 1 ? 1 : 0;
}

static void
fill_moved (DsCompareView *self,
            guint          i)
{
  Column *left = &self->columns[i], *right = &self->columns[i + 1];
  GtkBox *box = GTK_BOX (self->moved_list[i]);
  g_autoptr(GPtrArray) moved = NULL;
  GtkWidget *child, *label;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);

  gtk_widget_set_visible (self->moved[i], left->service != NULL && right->service != NULL);
  if (left->service == NULL || right->service == NULL)
    return;

  moved = ds_compare_moved_layers (left->service, left->variant, right->service, right->variant);
  if (moved->len == 0)
    {
      label = gtk_label_new (_("Nothing: AWS takes no layer over."));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (box, label);
    }

  for (guint j = 0; j < moved->len; j++)
    {
      DsMovedLayer *entry = g_ptr_array_index (moved, j);
      g_autofree char *change = g_strdup_printf (_("%s → %s"), ds_owner_get_label (entry->from),
                                                 ds_owner_get_label (entry->to));
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>\n<small>%s</small>",
                                                        ds_stack_get_layer_name (self->catalog, entry->layer),
                                                        change);

      label = gtk_label_new (NULL);
      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_widget_set_margin_top (label, 6);
      gtk_box_append (box, label);

      for (guint k = 0; k < entry->duties->len; k++)
        {
          g_autofree char *text = g_strdup_printf ("•  %s", ds_duty_get_title (g_ptr_array_index (entry->duties, k)));

          label = gtk_label_new (text);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
          gtk_widget_add_css_class (label, "moved-duty");
          gtk_box_append (box, label);
        }
    }
}

static void
refresh (DsCompareView *self)
{
  for (guint i = 0; i < DS_COMPARE_MAX_SERVICES; i++)
    {
      Column *column = &self->columns[i];

      ds_layer_stack_set_catalog (column->stack, self->catalog);
      ds_layer_stack_set_service (column->stack, column->service);
      ds_layer_stack_set_variant (column->stack, column->variant);
      gtk_widget_set_visible (GTK_WIDGET (column->stack), column->service != NULL);
    }

  for (guint i = 0; i + 1 < DS_COMPARE_MAX_SERVICES; i++)
    fill_moved (self, i);
}

/* The variants of the column's service, the first chosen. */
static void
update_variants (DsCompareView *self,
                 Column        *column,
                 const char    *variant)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *variants = column->service ? ds_service_get_variants (column->service) : NULL;
  guint n = variants ? g_list_model_get_n_items (variants) : 0;
  guint selected = 0;

  g_clear_pointer (&column->variant, g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsVariant) item = g_list_model_get_item (variants, i);

      gtk_string_list_append (names, ds_variant_get_name (item));
      if (g_strcmp0 (ds_variant_get_id (item), variant) == 0)
        selected = i;
    }

  if (n > 0)
    {
      g_autoptr(DsVariant) item = g_list_model_get_item (variants, selected);
      column->variant = g_strdup (ds_variant_get_id (item));
    }

  /* A service that runs one way says so, in place of the choice, so that
   * every column's stack starts at the same height. */
  if (n == 0)
    gtk_string_list_append (names, _("Runs one way"));

  self->updating = TRUE;
  gtk_drop_down_set_model (column->variant_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (column->variant_drop, selected);
  self->updating = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (column->variant_drop), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (column->variant_drop), column->service != NULL);
}

static void
on_service_selected_cb (DsCompareView *self)
{
  if (self->updating || self->catalog == NULL)
    return;

  for (guint i = 0; i < DS_COMPARE_MAX_SERVICES; i++)
    {
      Column *column = &self->columns[i];
      guint selected = gtk_drop_down_get_selected (column->service_drop);
      guint first = first_service_row (i);
      g_autoptr(DsService) service = NULL;

      if (selected != GTK_INVALID_LIST_POSITION && selected >= first)
        service = g_list_model_get_item (G_LIST_MODEL (self->catalog), selected - first);

      if (service != column->service)
        {
          g_set_object (&column->service, service);
          update_variants (self, column, NULL);
        }
    }

  refresh (self);
}

static void
on_variant_selected_cb (DsCompareView *self)
{
  if (self->updating)
    return;

  for (guint i = 0; i < DS_COMPARE_MAX_SERVICES; i++)
    {
      Column *column = &self->columns[i];
      guint selected = gtk_drop_down_get_selected (column->variant_drop);
      g_autoptr(DsVariant) variant = NULL;

      if (column->service != NULL &&
          (variant = g_list_model_get_item (ds_service_get_variants (column->service), selected)))
        {
          g_free (column->variant);
          column->variant = g_strdup (ds_variant_get_id (variant));
        }
    }

  refresh (self);
}

static guint
service_position (DsCatalog  *catalog,
                  const char *id)
{
  for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (catalog)); i < n; i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      if (g_str_equal (ds_service_get_id (service), id))
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* A new catalog: new lists of names, and the default services again (or
 * the catalog's first ones, if it lacks them). */
static void
reset (DsCompareView *self)
{
  guint n = self->catalog ? g_list_model_get_n_items (G_LIST_MODEL (self->catalog)) : 0;

  for (guint i = 0; i < DS_COMPARE_MAX_SERVICES; i++)
    {
      Column *column = &self->columns[i];
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      guint first = first_service_row (i);
      guint position = self->catalog ? service_position (self->catalog, defaults[i].service) : 0;

      if (first > 0)
        /* Translators: the choice that leaves the third column of the comparison empty */
        gtk_string_list_append (names, C_("service", "None"));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (self->catalog), j);
          gtk_string_list_append (names, ds_service_get_name (service));
        }

      if (position == GTK_INVALID_LIST_POSITION)
        position = MIN (i, n > 0 ? n - 1 : 0);
      g_clear_object (&column->service);
      if (n > 0)
        column->service = g_list_model_get_item (G_LIST_MODEL (self->catalog), position);

      self->updating = TRUE;
      gtk_drop_down_set_model (column->service_drop, G_LIST_MODEL (names));
      gtk_drop_down_set_selected (column->service_drop, n > 0 ? position + first : 0);
      self->updating = FALSE;
      update_variants (self, column, defaults[i].variant);
    }

  refresh (self);
}

/* The columns' layout: a row when the width allows every column its
 * minimum, else one column under the other at the full width. */
#define COLUMN_SPACING 18

static gboolean
fits_in_a_row (GtkWidget *box,
               int        width)
{
  int needed = 0, n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
    {
      int minimum;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      needed += minimum;
      n++;
    }

  return width < 0 || width >= needed + MAX (n - 1, 0) * COLUMN_SPACING;
}

/* The widths of the visible columns in a row of @width: each its natural
 * width as far as it goes, then what is left to those that expand. */
static int
row_widths (GtkWidget        *box,
            int               width,
            GtkRequestedSize *sizes,
            int               max_sizes)
{
  int n = 0, n_expand = 0, extra = width;

  for (GtkWidget *child = gtk_widget_get_first_child (box); child && n < max_sizes; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      sizes[n].data = child;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &sizes[n].minimum_size, &sizes[n].natural_size, NULL, NULL);
      extra -= sizes[n].minimum_size;
      n_expand += gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      n++;
    }

  extra -= MAX (n - 1, 0) * COLUMN_SPACING;
  extra = gtk_distribute_natural_allocation (MAX (extra, 0), n, sizes);
  for (int i = 0; i < n && n_expand > 0; i++)
    if (gtk_widget_compute_expand (sizes[i].data, GTK_ORIENTATION_HORIZONTAL))
      sizes[i].minimum_size += extra / n_expand;

  return n;
}

static GtkSizeRequestMode
columns_request_mode (GtkWidget *box)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
columns_measure (GtkWidget      *box,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural,
                 int            *minimum_baseline,
                 int            *natural_baseline)
{
  GtkRequestedSize sizes[2 * DS_COMPARE_MAX_SERVICES];
  int n;

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As narrow as the widest column; as wide as the whole row. */
      n = row_widths (box, 0, sizes, G_N_ELEMENTS (sizes));
      for (int i = 0; i < n; i++)
        {
          *minimum = MAX (*minimum, sizes[i].minimum_size);
          *natural += sizes[i].natural_size + (i > 0 ? COLUMN_SPACING : 0);
        }
      *natural = MAX (*natural, *minimum);
      return;
    }

  if (fits_in_a_row (box, for_size))
    {
      n = row_widths (box, for_size < 0 ? G_MAXINT / 4 : for_size, sizes, G_N_ELEMENTS (sizes));
      for (int i = 0; i < n; i++)
        {
          int child_minimum, child_natural;

          gtk_widget_measure (sizes[i].data, GTK_ORIENTATION_VERTICAL,
                              for_size < 0 ? -1 : sizes[i].minimum_size, &child_minimum, &child_natural, NULL, NULL);
          *minimum = MAX (*minimum, child_minimum);
          *natural = MAX (*natural, child_natural);
        }
      return;
    }

  n = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, for_size, &child_minimum, &child_natural, NULL, NULL);
      *minimum += child_minimum + (n > 0 ? COLUMN_SPACING : 0);
      *natural += child_natural + (n > 0 ? COLUMN_SPACING : 0);
      n++;
    }
}

static void
columns_allocate (GtkWidget *box,
                  int        width,
                  int        height,
                  int        baseline)
{
  if (fits_in_a_row (box, width))
    {
      GtkRequestedSize sizes[2 * DS_COMPARE_MAX_SERVICES];
      int n = row_widths (box, width, sizes, G_N_ELEMENTS (sizes));
      int x = 0;

      for (int i = 0; i < n; i++)
        {
          gtk_widget_size_allocate (sizes[i].data, &(GtkAllocation) { x, 0, sizes[i].minimum_size, height }, -1);
          x += sizes[i].minimum_size + COLUMN_SPACING;
        }
      return;
    }

  {
    int y = 0;

    for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
      {
        int child_height;

        if (!gtk_widget_should_layout (child))
          continue;
        gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_height, NULL, NULL, NULL);
        gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
        y += child_height + COLUMN_SPACING;
      }
  }
}

static void
make_columns (DsCompareView *self)
{

  for (guint i = 0; i < DS_COMPARE_MAX_SERVICES; i++)
    {
      Column *column = &self->columns[i];
      g_autofree char *service_label = NULL, *variant_label = NULL;

      if (i > 0)
        {
          GtkWidget *heading = gtk_label_new (_("Moves to AWS"));

          self->moved[i - 1] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
          gtk_widget_add_css_class (self->moved[i - 1], "compare-moved");
          gtk_widget_set_valign (self->moved[i - 1], GTK_ALIGN_START);
          gtk_label_set_xalign (GTK_LABEL (heading), 0);
          gtk_widget_add_css_class (heading, "heading");
          self->moved_list[i - 1] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
          gtk_box_append (GTK_BOX (self->moved[i - 1]), heading);
          gtk_box_append (GTK_BOX (self->moved[i - 1]), self->moved_list[i - 1]);
          gtk_box_append (self->columns_box, self->moved[i - 1]);
        }

      column->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      gtk_widget_set_hexpand (column->box, TRUE);
      gtk_widget_set_size_request (column->box, 220, -1);
      column->header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      column->service_drop = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
      gtk_drop_down_set_enable_search (column->service_drop, TRUE);
      gtk_drop_down_set_expression (column->service_drop,
                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
      /* Translators: the accessible name of a column's service picker, "Service 2" */
      service_label = g_strdup_printf (_("Service %u"), i + 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (column->service_drop),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, service_label, -1);
      g_signal_connect_object (column->service_drop, "notify::selected",
                               G_CALLBACK (on_service_selected_cb), self, G_CONNECT_SWAPPED);

      column->variant_drop = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
      /* Translators: the accessible name of a column's picker of how its service runs */
      variant_label = g_strdup_printf (_("How service %u runs"), i + 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (column->variant_drop),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, variant_label, -1);
      g_signal_connect_object (column->variant_drop, "notify::selected",
                               G_CALLBACK (on_variant_selected_cb), self, G_CONNECT_SWAPPED);

      column->stack = g_object_new (DS_TYPE_LAYER_STACK, NULL);

      gtk_box_append (GTK_BOX (column->header), GTK_WIDGET (column->service_drop));
      gtk_box_append (GTK_BOX (column->header), GTK_WIDGET (column->variant_drop));
      gtk_box_append (GTK_BOX (column->box), column->header);
      gtk_box_append (GTK_BOX (column->box), GTK_WIDGET (column->stack));
      gtk_box_append (self->columns_box, column->box);
    }
}

static void
ds_compare_view_dispose (GObject *object)
{
  DsCompareView *self = (DsCompareView *)object;

  for (guint i = 0; i < DS_COMPARE_MAX_SERVICES; i++)
    {
      g_clear_object (&self->columns[i].service);
      g_clear_pointer (&self->columns[i].variant, g_free);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_COMPARE_VIEW);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ds_compare_view_parent_class)->dispose (object);
}

static void
ds_compare_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DsCompareView *self = DS_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOG: g_value_set_object (value, self->catalog); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_compare_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DsCompareView *self = DS_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOG: ds_compare_view_set_catalog (self, g_value_get_object (value)); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_compare_view_class_init (DsCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_compare_view_dispose;
  object_class->get_property = ds_compare_view_get_property;
  object_class->set_property = ds_compare_view_set_property;

  properties[PROP_CATALOG] = g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DsCompareView, content);
  gtk_widget_class_bind_template_child_full (widget_class, "columns", FALSE,
                                             G_STRUCT_OFFSET (DsCompareView, columns_box));
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ds_compare_view_init (DsCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self->columns_box),
                                 gtk_custom_layout_new (columns_request_mode, columns_measure, columns_allocate));
  make_columns (self);
  reset (self);
}

/**
 * ds_compare_view_get_catalog:
 * @self: a #DsCompareView
 *
 * Returns: (transfer none) (nullable): the catalog the services come from
 */
DsCatalog *
ds_compare_view_get_catalog (DsCompareView *self)
{
  g_return_val_if_fail (DS_IS_COMPARE_VIEW (self), NULL);
  return self->catalog;
}

void
ds_compare_view_set_catalog (DsCompareView *self,
                             DsCatalog     *catalog)
{
  g_return_if_fail (DS_IS_COMPARE_VIEW (self));

  if (g_set_object (&self->catalog, catalog))
    {
      reset (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOG]);
    }
}

/**
 * ds_compare_view_get_n_services:
 * @self: a #DsCompareView
 *
 * Returns: how many columns show a service, from the left
 */
guint
ds_compare_view_get_n_services (DsCompareView *self)
{
  guint n = 0;

  g_return_val_if_fail (DS_IS_COMPARE_VIEW (self), 0);

  while (n < DS_COMPARE_MAX_SERVICES && self->columns[n].service != NULL)
    n++;
  return n;
}

/**
 * ds_compare_view_get_service:
 * @self: a #DsCompareView
 * @column: a column, from 0
 *
 * Returns: (transfer none) (nullable): the service the column shows
 */
DsService *
ds_compare_view_get_service (DsCompareView *self,
                             guint          column)
{
  g_return_val_if_fail (DS_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (column < DS_COMPARE_MAX_SERVICES, NULL);

  return self->columns[column].service;
}

/**
 * ds_compare_view_get_variant:
 * @self: a #DsCompareView
 * @column: a column, from 0
 *
 * Returns: (nullable): how the column's service runs
 */
const char *
ds_compare_view_get_variant (DsCompareView *self,
                             guint          column)
{
  g_return_val_if_fail (DS_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (column < DS_COMPARE_MAX_SERVICES, NULL);

  return self->columns[column].variant;
}

/**
 * ds_compare_view_create_picture:
 * @self: a #DsCompareView
 * @dark: whether to draw on a dark page
 *
 * Returns: (transfer full) (nullable): the comparison shown, as a picture
 *   to save, or %NULL without a catalog
 */
DsComparePicture *
ds_compare_view_create_picture (DsCompareView *self,
                                gboolean       dark)
{
  DsService *services[DS_COMPARE_MAX_SERVICES];
  const char *variants[DS_COMPARE_MAX_SERVICES];
  guint n;

  g_return_val_if_fail (DS_IS_COMPARE_VIEW (self), NULL);

  n = ds_compare_view_get_n_services (self);
  if (n == 0)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      services[i] = self->columns[i].service;
      variants[i] = self->columns[i].variant;
    }

  return ds_compare_picture_new (self->catalog, n, services, variants, dark);
}
