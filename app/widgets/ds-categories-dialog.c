/* ds-categories-dialog.c — the three kinds of AWS service, explained
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-categories-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ds-catalog.h"
#include "ds-categories-dialog.h"
#include "ds-owner-paint.h"
#include "ds-service.h"

/* Everything about a category here comes from the catalog: its name and
 * description, how its services split each layer between AWS and you, and
 * its services as examples. A custom catalog explains itself the
 * same way. */
struct _DsCategoriesDialog
{
  AdwWindow  parent_instance;

  DsCatalog *catalog;
  GtkBox    *content;
};

G_DEFINE_FINAL_TYPE (DsCategoriesDialog, ds_categories_dialog, ADW_TYPE_WINDOW)

enum {
  OPEN_SERVICE,
  SHOW_CATEGORY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const DsOwner listed_owners[] = {
  DS_OWNER_AWS, DS_OWNER_SHARED, DS_OWNER_CUSTOMER, DS_OWNER_NONE,
};

/**
 * ds_categories_count_owners:
 * @catalog: a catalog
 * @category: a kind of service
 * @layer: a layer
 * @counts: (out) (array fixed-size=4): how many of the catalog's services
 *   of @category each #DsOwner owns @layer in
 *
 * Returns: how many services of @category the catalog has
 */
guint
ds_categories_count_owners (DsCatalog  *catalog,
                            DsCategory  category,
                            DsLayer     layer,
                            guint       counts[DS_OWNER_SHARED + 1])
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalog));
  guint total = 0;

  memset (counts, 0, sizeof (guint) * (DS_OWNER_SHARED + 1));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (catalog), i);

      if (ds_service_get_category (service) == category)
        {
          counts[ds_service_get_layer_owner (service, layer)]++;
          total++;
        }
    }

  return total;
}

typedef struct {
  guint counts[DS_OWNER_SHARED + 1];
} Split;

/* One layer's bar: each owner's share of the category's services, in
 * the order of the legend. */
static void
draw_split (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  Split *split = user_data;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  guint total = 0;
  double x = 0;

  for (guint i = 0; i < G_N_ELEMENTS (listed_owners); i++)
    total += split->counts[listed_owners[i]];
  if (total == 0)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (listed_owners); i++)
    {
      double w = (double)width * split->counts[listed_owners[i]] / total;

      if (w > 0)
        ds_owner_paint (cr, listed_owners[i], dark, x + 1, 0, w - 2, height, 3);
      x += w;
    }
}

/* Whole sentences rather than a pattern per owner, for the languages
 * that need to say it another way. */
static char *
describe_split (const char  *layer,
                const guint  counts[DS_OWNER_SHARED + 1],
                guint        total)
{
  /* Translators: a layer and how many of a kind's services leave it to
   * whom: “Guest operating system: AWS in 5, you in 4, shared in 1, not
   * applicable in 0 of 10” */
  return g_strdup_printf (_("%s: AWS in %u, you in %u, shared in %u, not applicable in %u of %u"),
                          layer, counts[DS_OWNER_AWS], counts[DS_OWNER_CUSTOMER],
                          counts[DS_OWNER_SHARED], counts[DS_OWNER_NONE], total);
}

static void
on_example_clicked_cb (GtkButton          *button,
                       DsCategoriesDialog *self)
{
  DsService *service = g_object_get_data (G_OBJECT (button), "service");

  g_signal_emit (self, signals[OPEN_SERVICE], 0, service);
}

static void
on_show_all_clicked_cb (GtkButton          *button,
                        DsCategoriesDialog *self)
{
  g_signal_emit (self, signals[SHOW_CATEGORY], 0, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "category")));
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
add_split (DsCategoriesDialog *self,
           GtkBox             *box,
           DsCategory          category)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_box_append (box, new_label (_("Who owns each layer in the catalog’s services of this kind"), "heading"));

  for (guint layer = 0; layer < DS_N_LAYERS; layer++)
    {
      Split *split = g_new0 (Split, 1);
      GtkWidget *area = gtk_drawing_area_new ();
      const char *name = ds_catalog_get_layer_name (self->catalog, layer);
      GtkWidget *label = gtk_label_new (name ? name : ds_layer_to_string (layer));
      guint total = ds_categories_count_owners (self->catalog, category, layer, split->counts);
      g_autofree char *text = describe_split (gtk_label_get_label (GTK_LABEL (label)), split->counts, total);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_set_hexpand (area, TRUE);
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 120);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 16);
      gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_split, split, g_free);
      gtk_widget_set_tooltip_text (area, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                               G_CALLBACK (gtk_widget_queue_draw), area, G_CONNECT_SWAPPED);
      gtk_grid_attach (GTK_GRID (grid), label, 0, layer, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), area, 1, layer, 1, 1);
    }

  gtk_box_append (box, grid);
}

static void
add_examples (DsCategoriesDialog *self,
              GtkBox             *box,
              DsCategory          category)
{
  GtkWidget *flow = gtk_flow_box_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->catalog));
  guint n_shown = 0, n_total = 0;

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);

  /* The catalog lists the best-known services of each group first. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsService) service = g_list_model_get_item (G_LIST_MODEL (self->catalog), i);
      GtkWidget *button;
      g_autofree char *tooltip = NULL;

      if (ds_service_get_category (service) != category)
        continue;
      if (n_total++ >= DS_CATEGORIES_MAX_EXAMPLES)
        continue;

      button = gtk_button_new_with_label (ds_service_get_name (service));
      /* Translators: the tooltip of a service's button: “Open Amazon EC2” */
      tooltip = g_strdup_printf (_("Open %s"), ds_service_get_name (service));
      gtk_widget_set_tooltip_text (button, tooltip);
      g_object_set_data_full (G_OBJECT (button), "service", g_object_ref (service), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_example_clicked_cb), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      n_shown++;
    }

  if (n_total == 0)
    {
      gtk_box_append (box, new_label (_("The catalog has no services of this kind."), "dim-label"));
      return;
    }

  gtk_box_append (box, new_label (_("Examples from the catalog"), "heading"));
  gtk_box_append (box, flow);

  {
    /* Translators: a button that shows every service of a kind in the matrix */
    g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show the %u Service in the Matrix",
                                                           "Show All %u in the Matrix", n_total), n_total);
    GtkWidget *button = gtk_button_new_with_label (label);

    gtk_widget_set_halign (button, GTK_ALIGN_START);
    gtk_widget_add_css_class (button, "flat");
    g_object_set_data (G_OBJECT (button), "category", GINT_TO_POINTER (category));
    g_signal_connect_object (button, "clicked", G_CALLBACK (on_show_all_clicked_cb), self, 0);
    gtk_box_append (box, button);
  }
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  ds_owner_paint (cr, GPOINTER_TO_INT (user_data), adw_style_manager_get_dark (adw_style_manager_get_default ()),
                  0, 0, width, height, 3);
}

/* What the colours of the bars mean, in the order the bars use. */
static GtkWidget *
new_legend (void)
{
  GtkWidget *legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);

  for (guint i = 0; i < G_N_ELEMENTS (listed_owners); i++)
    {
      GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_drawing_area_new ();
      GtkWidget *label = gtk_label_new (ds_owner_get_label (listed_owners[i]));

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 28);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, GINT_TO_POINTER (listed_owners[i]), NULL);
      gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                               G_CALLBACK (gtk_widget_queue_draw), swatch, G_CONNECT_SWAPPED);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (entry), swatch);
      gtk_box_append (GTK_BOX (entry), label);
      gtk_box_append (GTK_BOX (legend), entry);
    }

  return legend;
}

static void
build (DsCategoriesDialog *self)
{
  gtk_box_append (self->content, new_legend ());

  for (DsCategory category = DS_CATEGORY_INFRASTRUCTURE; category <= DS_CATEGORY_ABSTRACTED; category++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

      gtk_widget_set_margin_top (box, 12);
      gtk_box_append (GTK_BOX (box), new_label (ds_catalog_get_category_name (self->catalog, category), "title-2"));
      gtk_box_append (GTK_BOX (box), new_label (ds_catalog_get_category_description (self->catalog, category), NULL));
      add_split (self, GTK_BOX (box), category);
      add_examples (self, GTK_BOX (box), category);
      gtk_box_append (self->content, box);
    }
}

static void
ds_categories_dialog_dispose (GObject *object)
{
  DsCategoriesDialog *self = DS_CATEGORIES_DIALOG (object);

  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ds_categories_dialog_parent_class)->dispose (object);
}

static void
ds_categories_dialog_class_init (DsCategoriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_categories_dialog_dispose;

  /**
   * DsCategoriesDialog::open-service:
   * @self: the dialog
   * @service: the example service that was clicked
   */
  signals[OPEN_SERVICE] =
    g_signal_new ("open-service", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, DS_TYPE_SERVICE);

  /**
   * DsCategoriesDialog::show-category:
   * @self: the dialog
   * @category: the #DsCategory whose services to show
   */
  signals[SHOW_CATEGORY] =
    g_signal_new ("show-category", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-categories-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DsCategoriesDialog, content);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ds_categories_dialog_init (DsCategoriesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ds_categories_dialog_new:
 * @parent: the window it belongs to
 * @catalog: where the categories and their services come from
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
DsCategoriesDialog *
ds_categories_dialog_new (GtkWindow *parent,
                          DsCatalog *catalog)
{
  DsCategoriesDialog *self;

  g_return_val_if_fail (DS_IS_CATALOG (catalog), NULL);

  self = g_object_new (DS_TYPE_CATEGORIES_DIALOG, "transient-for", parent, NULL);
  self->catalog = g_object_ref (catalog);
  build (self);

  return self;
}
