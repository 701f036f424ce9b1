/* ds-duty-panel.c — one service: who is responsible for what
 *
 * A welcome that explains the model until a service is picked, then the
 * service's page (ds-service-page.c), made then: most of what the panel
 * can show is not needed for the window's first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-duty-panel"

#include "config.h"

#include <gtk/gtk.h>

#include "ds-catalog.h"
#include "ds-checklist-section.h"
#include "ds-duty-panel.h"
#include "ds-service-page.h"

struct _DsDutyPanel
{
  GtkWidget           parent_instance;

  DsCatalog          *catalog;
  DsChecklistSection *section;

  GtkStack           *stack;
  GtkWidget          *welcome;
  DsServicePage      *service_page;   /* made for the first service shown */
};

G_DEFINE_FINAL_TYPE (DsDutyPanel, ds_duty_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The panel scrolls: its height never depends on the service it shows,
 * so it is measured by the welcome page alone. Measuring the service's
 * page too cost more than anything else in showing a service: GTK measures
 * the whole window again after each change (the X backend computes the
 * window's size limits first, then the frame lays it out), and the
 * scrolled page answered by laying out the text of every duty at several
 * widths, none of them the one it gets. Now its duties are laid out once,
 * for their width, when the page is allocated. */
static GtkSizeRequestMode
ds_duty_panel_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ds_duty_panel_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  DsDutyPanel *self = DS_DUTY_PANEL (widget);

  /* The width stays that of both pages once a service has been shown: it
   * decides when the window folds. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    gtk_widget_measure (GTK_WIDGET (self->stack), orientation, -1, minimum, natural, NULL, NULL);
  else
    gtk_widget_measure (self->welcome, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
ds_duty_panel_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  gtk_widget_allocate (GTK_WIDGET (DS_DUTY_PANEL (widget)->stack), width, height, baseline, NULL);
}

static void
ds_duty_panel_dispose (GObject *object)
{
  DsDutyPanel *self = (DsDutyPanel *)object;

  g_clear_object (&self->section);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_DUTY_PANEL);
  self->service_page = NULL;
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ds_duty_panel_parent_class)->dispose (object);
}

static void
ds_duty_panel_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DsDutyPanel *self = DS_DUTY_PANEL (object);

  switch (prop_id)
    {
    case PROP_CATALOG: g_value_set_object (value, self->catalog); break;
    case PROP_SECTION: g_value_set_object (value, self->section); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_duty_panel_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DsDutyPanel *self = DS_DUTY_PANEL (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      if (g_set_object (&self->catalog, g_value_get_object (value)) && self->service_page != NULL)
        ds_service_page_set_catalog (self->service_page, self->catalog);
      break;

    case PROP_SECTION:
      ds_duty_panel_set_section (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_duty_panel_class_init (DsDutyPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ds_duty_panel_dispose;
  object_class->get_property = ds_duty_panel_get_property;
  object_class->set_property = ds_duty_panel_set_property;

  widget_class->get_request_mode = ds_duty_panel_get_request_mode;
  widget_class->measure = ds_duty_panel_measure;
  widget_class->size_allocate = ds_duty_panel_size_allocate;

  properties[PROP_CATALOG] = g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG, flags);
  properties[PROP_SECTION] = g_param_spec_object ("section", NULL, NULL,
                                                  DS_TYPE_CHECKLIST_SECTION, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-duty-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DsDutyPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, DsDutyPanel, welcome);
}

static void
ds_duty_panel_init (DsDutyPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ds_duty_panel_get_section:
 * @self: a #DsDutyPanel
 *
 * Returns: (transfer none) (nullable): the checklist's section of the
 *   service shown, or %NULL while the welcome is shown
 */
DsChecklistSection *
ds_duty_panel_get_section (DsDutyPanel *self)
{
  g_return_val_if_fail (DS_IS_DUTY_PANEL (self), NULL);
  return self->section;
}

void
ds_duty_panel_set_section (DsDutyPanel        *self,
                           DsChecklistSection *section)
{
  g_return_if_fail (DS_IS_DUTY_PANEL (self));

  if (!g_set_object (&self->section, section))
    return;

  if (section != NULL && self->service_page == NULL)
    {
      self->service_page = ds_service_page_new (self->catalog);
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->service_page), "service");
    }
  if (self->service_page != NULL)
    ds_service_page_set_section (self->service_page, section);
  gtk_stack_set_visible_child_name (self->stack, section != NULL ? "service" : "welcome");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/**
 * ds_duty_panel_scroll_to_layer:
 * @self: a #DsDutyPanel
 * @layer: a layer of the service shown
 *
 * Scrolls the duties so that the first one on @layer shows, focuses it, and
 * highlights that layer's duties for a moment. If the service has none
 * there, says so in a toast.
 */
void
ds_duty_panel_scroll_to_layer (DsDutyPanel *self,
                               DsLayer      layer)
{
  g_return_if_fail (DS_IS_DUTY_PANEL (self));

  if (self->section != NULL)
    ds_service_page_scroll_to_layer (self->service_page, layer);
}
