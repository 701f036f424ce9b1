/* ds-row-layout.c — children side by side; the expanding ones share what is left
 *
 * What a horizontal GtkBox does for a row of a list, without its cost for
 * wrapping text. To give each child its width, a GtkBox asks each one for
 * its width at the row's height; for a column of wrapping labels GTK
 * answers that by laying the text out again and again, narrower and wider,
 * until it fits the height. A list box allocates every row, so a checklist
 * of 150 items paid for thousands of text layouts before its first frame.
 * Here a child that does not expand gets its natural width, whatever the
 * height, and the expanding ones share the rest; text is then only laid out
 * at the width it gets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-row-layout"

#include "config.h"

#include "ds-row-layout.h"

struct _DsRowLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
};

G_DEFINE_FINAL_TYPE (DsRowLayout, ds_row_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The width each child gets out of @width; -1 for all of them asks for
 * the natural widths alone. Returns the number of children laid out. */
static guint
distribute (DsRowLayout *self,
            GtkWidget   *widget,
            int          width,
            int         *widths,
            guint        n_widths)
{
  int fixed = 0, n_expand = 0, share = 0;
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && n < n_widths;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;

      if (gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
        {
          n_expand++;
          widths[n++] = -1;
        }
      else
        {
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &widths[n], NULL, NULL);
          fixed += widths[n++];
        }
    }

  if (n > 1)
    fixed += (int)(n - 1) * self->spacing;
  if (n_expand > 0 && width >= 0)
    share = MAX (0, width - fixed) / n_expand;

  for (guint i = 0; i < n; i++)
    if (widths[i] < 0)
      widths[i] = width >= 0 ? share : -1;

  return n;
}

static GtkSizeRequestMode
ds_row_layout_get_request_mode (GtkLayoutManager *manager,
                                GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ds_row_layout_measure (GtkLayoutManager *manager,
                       GtkWidget        *widget,
                       GtkOrientation    orientation,
                       int               for_size,
                       int              *minimum,
                       int              *natural,
                       int              *minimum_baseline,
                       int              *natural_baseline)
{
  DsRowLayout *self = DS_ROW_LAYOUT (manager);
  int widths[8];
  guint n = distribute (self, widget, orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1,
                        widths, G_N_ELEMENTS (widths));
  guint i = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && i < n;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0, child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum += child_min;
          *natural += child_nat;
        }
      else
        {
          gtk_widget_measure (child, orientation, widths[i], &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      i++;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL && n > 1)
    {
      *minimum += (int)(n - 1) * self->spacing;
      *natural += (int)(n - 1) * self->spacing;
    }
}

static void
ds_row_layout_allocate (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        int               width,
                        int               height,
                        int               baseline)
{
  DsRowLayout *self = DS_ROW_LAYOUT (manager);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int widths[8];
  guint n = distribute (self, widget, width, widths, G_N_ELEMENTS (widths));
  guint i = 0;
  int x = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && i < n;
       child = gtk_widget_get_next_sibling (child))
    {
      GskTransform *at;

      if (!gtk_widget_should_layout (child))
        continue;

      at = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (rtl ? width - x - widths[i] : x, 0));
      gtk_widget_allocate (child, widths[i], height, -1, at);
      x += widths[i++] + self->spacing;
    }
}

static void
ds_row_layout_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DsRowLayout *self = DS_ROW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING: g_value_set_int (value, self->spacing); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_row_layout_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DsRowLayout *self = DS_ROW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      if (self->spacing != g_value_get_int (value))
        {
          self->spacing = g_value_get_int (value);
          gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_row_layout_class_init (DsRowLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = ds_row_layout_get_property;
  object_class->set_property = ds_row_layout_set_property;

  manager_class->get_request_mode = ds_row_layout_get_request_mode;
  manager_class->measure = ds_row_layout_measure;
  manager_class->allocate = ds_row_layout_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_row_layout_init (DsRowLayout *self)
{
}
