/* ds-matrix-view.c — the matrix page: filters and the grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-matrix-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-catalog.h"
#include "ds-choice-button.h"
#include "ds-group-list.h"
#include "ds-matrix-grid.h"
#include "ds-matrix-view.h"
#include "ds-service.h"

/* The filters are drop-downs like the service browser's: entry 0 is
 * "All …", the categories follow DsCategory and the groups the catalog's
 * order. Each change lays the matrix out again; that is a pass over the
 * catalog, quick even for a large one. */
struct _DsMatrixView
{
  GtkWidget     parent_instance;

  DsCatalog    *catalog;

  DsChoiceButton *group_dropdown;
  DsChoiceButton *category_dropdown;
  GtkStack     *stack;
  DsMatrixGrid *grid;
};

G_DEFINE_FINAL_TYPE (DsMatrixView, ds_matrix_view, GTK_TYPE_WIDGET)

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */
void ds_matrix_view_on_filter_changed (DsMatrixView *self);
void ds_matrix_view_on_cell_activated (DsMatrixView *self, DsService *service, int layer);

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

enum {
  OPEN_SERVICE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_matrix (DsMatrixView *self)
{
  g_autoptr(DsMatrix) matrix = NULL;
  guint group = ds_choice_button_get_selected (self->group_dropdown);
  guint category = ds_choice_button_get_selected (self->category_dropdown);
  const char *group_name = NULL;

  if (self->catalog == NULL)
    {
      ds_matrix_grid_set_matrix (self->grid, NULL);
      return;
    }

  if (group != 0 && group != GTK_INVALID_LIST_POSITION)
    group_name = ds_choice_button_get_selected_string (self->group_dropdown);

  matrix = ds_matrix_new (self->catalog, group_name,
                          category == 0 || category == GTK_INVALID_LIST_POSITION
                            ? DS_MATRIX_ALL_CATEGORIES : (int)category - 1);
  ds_matrix_grid_set_matrix (self->grid, matrix);
  gtk_stack_set_visible_child_name (self->stack, ds_matrix_get_n_services (matrix) > 0 ? "matrix" : "empty");
}

static void
update_groups (DsMatrixView *self)
{
  g_autoptr(GtkStringList) groups = ds_group_list_new (self->catalog);

  ds_choice_button_set_model (self->group_dropdown, G_LIST_MODEL (groups));
  ds_choice_button_set_selected (self->group_dropdown, 0);
}

void
ds_matrix_view_on_filter_changed (DsMatrixView *self)
{
  update_matrix (self);
}

void
ds_matrix_view_on_cell_activated (DsMatrixView *self,
                                  DsService    *service,
                                  int           layer)
{
  g_signal_emit (self, signals[OPEN_SERVICE], 0, service, layer);
}

static void
ds_matrix_view_dispose (GObject *object)
{
  DsMatrixView *self = DS_MATRIX_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_MATRIX_VIEW);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ds_matrix_view_parent_class)->dispose (object);
}

static void
ds_matrix_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsMatrixView *self = DS_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOG: g_value_set_object (value, self->catalog); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_matrix_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DsMatrixView *self = DS_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      if (g_set_object (&self->catalog, g_value_get_object (value)))
        {
          update_groups (self);
          update_matrix (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_matrix_view_class_init (DsMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_matrix_view_dispose;
  object_class->get_property = ds_matrix_view_get_property;
  object_class->set_property = ds_matrix_view_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsMatrixView::open-service:
   * @self: the view
   * @service: the service to open
   * @layer: the layer to show, or -1 for the service as a whole
   */
  signals[OPEN_SERVICE] =
    g_signal_new ("open-service", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, DS_TYPE_SERVICE, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-matrix-view.ui");
  /* Bound without a field so that dispose_template() unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "box", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, DsMatrixView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DsMatrixView, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DsMatrixView, stack);
  gtk_widget_class_bind_template_child (widget_class, DsMatrixView, grid);
  gtk_widget_class_bind_template_callback (widget_class, ds_matrix_view_on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, ds_matrix_view_on_cell_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  g_type_ensure (DS_TYPE_CHOICE_BUTTON);
  g_type_ensure (DS_TYPE_MATRIX_GRID);
}

static void
ds_matrix_view_init (DsMatrixView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ds_matrix_view_get_matrix:
 * @self: a #DsMatrixView
 *
 * Returns: (transfer none) (nullable): the matrix shown, as filtered
 */
DsMatrix *
ds_matrix_view_get_matrix (DsMatrixView *self)
{
  g_return_val_if_fail (DS_IS_MATRIX_VIEW (self), NULL);
  return ds_matrix_grid_get_matrix (self->grid);
}

/**
 * ds_matrix_view_set_category:
 * @self: a #DsMatrixView
 * @category: a #DsCategory, or %DS_MATRIX_ALL_CATEGORIES
 *
 * Shows the services of one category, of every group.
 */
void
ds_matrix_view_set_category (DsMatrixView *self,
                             int           category)
{
  g_return_if_fail (DS_IS_MATRIX_VIEW (self));
  g_return_if_fail (category >= DS_MATRIX_ALL_CATEGORIES && category <= DS_CATEGORY_ABSTRACTED);

  ds_choice_button_set_selected (self->group_dropdown, 0);
  ds_choice_button_set_selected (self->category_dropdown, category + 1);
}
