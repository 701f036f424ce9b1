/* ds-service-page.c — the duty panel's page for one service
 *
 * The service's layers, AWS's duties beside the customer's, and whether
 * the checklist has the service. The duty panel makes this page when it
 * first shows a service: the window's first frame shows the welcome.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-service-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-section.h"
#include "ds-duty.h"
#include "ds-duty-row.h"
#include "ds-layer-stack.h"
#include "ds-service.h"
#include "ds-service-page.h"
#include "ds-stack-draw.h"
#include "ds-variant.h"

struct _DsServicePage
{
  GtkWidget           parent_instance;

  DsCatalog          *catalog;
  DsChecklistSection *section;
  GBinding           *chosen_binding;
  gboolean            updating_variant;

  GPtrArray          *highlighted;   /* GtkListBoxRow */
  guint               highlight_id;

  GtkScrolledWindow  *scroller;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkLabel           *summary_label;
  GtkSwitch          *chosen_switch;
  AdwComboRow        *variant_row;
  DsLayerStack       *layer_stack;
  GtkListBox         *aws_list;
  GtkListBox         *customer_list;
  GtkLabel           *doc_link;

  guint               scroll_tick;     /* while a layer waits to be shown */
  guint               scroll_frames;
};

G_DEFINE_FINAL_TYPE (DsServicePage, ds_service_page, GTK_TYPE_WIDGET)

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */
void ds_service_page_on_row_activated (DsServicePage *self, GtkListBoxRow *row);
void ds_service_page_on_variant_selected (DsServicePage *self);
void ds_service_page_on_layer_activated (DsServicePage *self, DsLayer layer);

static void
clear_highlight (DsServicePage *self)
{
  for (guint i = 0; i < self->highlighted->len; i++)
    gtk_widget_remove_css_class (g_ptr_array_index (self->highlighted, i), "layer-highlight");
  g_ptr_array_set_size (self->highlighted, 0);
  g_clear_handle_id (&self->highlight_id, g_source_remove);
}

static const char *
current_variant (DsServicePage *self)
{
  return self->section ? ds_checklist_section_get_variant (self->section) : NULL;
}

static gboolean
is_aws_duty (gpointer item,
             gpointer user_data)
{
  return !ds_duty_is_customers (item) && ds_duty_applies_to (item, current_variant (user_data));
}

static gboolean
is_customer_duty (gpointer item,
                  gpointer user_data)
{
  return ds_duty_is_customers (item) && ds_duty_applies_to (item, current_variant (user_data));
}

static GtkWidget *
create_aws_row (gpointer item,
                gpointer user_data)
{
  return ds_duty_row_new (item, NULL);
}

/* A customer duty gets a check button when its service is in the checklist;
 * the button ticks the checklist's own item. */
static GtkWidget *
create_customer_row (gpointer item,
                     gpointer user_data)
{
  DsServicePage *self = user_data;
  DsChecklist *checklist = ds_checklist_section_get_checklist (self->section);
  g_autofree char *ref = ds_duty_dup_ref (item);
  DsChecklistItem *checklist_item = NULL;

  if (checklist != NULL && ds_checklist_section_get_chosen (self->section))
    checklist_item = ds_checklist_lookup_item (checklist, ref);

  return ds_duty_row_new (item, checklist_item);
}

static void
bind_duties (GtkListBox                   *list,
             GListModel                   *duties,
             GtkCustomFilterFunc           filter_func,
             GtkListBoxCreateWidgetFunc    create_func,
             gpointer                      user_data)
{
  GtkFilterListModel *filtered = NULL;

  if (duties != NULL)
    filtered = gtk_filter_list_model_new (g_object_ref (duties),
                                          GTK_FILTER (gtk_custom_filter_new (filter_func, user_data, NULL)));

  gtk_list_box_bind_model (list, G_LIST_MODEL (filtered), create_func, user_data, NULL);
  g_clear_object (&filtered);
}

static void
update_duties (DsServicePage *self)
{
  DsService *service = self->section ? ds_checklist_section_get_service (self->section) : NULL;
  GListModel *duties = service ? ds_service_get_duties (service) : NULL;

  clear_highlight (self);
  bind_duties (self->aws_list, duties, is_aws_duty, create_aws_row, self);
  bind_duties (self->customer_list, duties, is_customer_duty, create_customer_row, self);
}

/* The combo row shows the section's variant, and the layers follow it.
 * The list of names is only rebuilt for another service: replacing it while
 * the row is selecting would pull the model from under it. */
static void
update_variant_row (DsServicePage *self,
                    gboolean     new_service)
{
  DsService *service = ds_checklist_section_get_service (self->section);
  GListModel *variants = ds_service_get_variants (service);
  const char *current = current_variant (self);
  guint n = g_list_model_get_n_items (variants);

  self->updating_variant = TRUE;

  if (new_service)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DsVariant) variant = g_list_model_get_item (variants, i);
          gtk_string_list_append (names, ds_variant_get_name (variant));
        }
      adw_combo_row_set_model (self->variant_row, G_LIST_MODEL (names));
      gtk_widget_set_visible (GTK_WIDGET (self->variant_row), n > 0);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsVariant) variant = g_list_model_get_item (variants, i);

      if (g_strcmp0 (ds_variant_get_id (variant), current) == 0)
        {
          if (adw_combo_row_get_selected (self->variant_row) != i)
            adw_combo_row_set_selected (self->variant_row, i);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (self->variant_row),
                                       ds_variant_get_summary (variant));
        }
    }

  self->updating_variant = FALSE;

  ds_layer_stack_set_variant (self->layer_stack, current);
}

/* Whole words, not "%s service": many languages join the two. */
static const char *
category_service_label (DsCategory category)
{
  switch (category)
    {
    case DS_CATEGORY_INFRASTRUCTURE: return _("Infrastructure service");
    case DS_CATEGORY_CONTAINER:      return _("Container service");
    case DS_CATEGORY_ABSTRACTED:     return _("Abstracted service");
    default:                         g_return_val_if_reached (NULL);
    }
}

static void
update (DsServicePage *self)
{
  DsService *service = self->section ? ds_checklist_section_get_service (self->section) : NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *link_text = NULL;
  g_autofree char *link = NULL;

  g_clear_pointer (&self->chosen_binding, g_binding_unbind);

  if (service == NULL)
    {
      ds_layer_stack_set_service (self->layer_stack, NULL);
      update_duties (self);
      return;
    }

  /* Translators: AWS's kind of service, then the service's group from
   * the catalog: "Infrastructure service · Compute" */
  subtitle = g_strdup_printf (_("%s · %s"), category_service_label (ds_service_get_category (service)),
                              ds_service_get_group (service));
  /* Translators: the link to a service's security chapter in the AWS documentation */
  link_text = g_strdup_printf (_("Security in %s — AWS documentation"), ds_service_get_name (service));
  link = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", ds_service_get_documentation (service), link_text);

  gtk_label_set_label (self->title_label, ds_service_get_name (service));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_label_set_label (self->summary_label, ds_service_get_summary (service));
  gtk_label_set_markup (self->doc_link, link);
  ds_layer_stack_set_service (self->layer_stack, service);
  update_variant_row (self, TRUE);

  self->chosen_binding = g_object_bind_property (self->section, "chosen",
                                                 self->chosen_switch, "active",
                                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  update_duties (self);
}

void
ds_service_page_on_variant_selected (DsServicePage *self)
{
  g_autoptr(DsVariant) variant = NULL;
  DsService *service;

  if (self->updating_variant || self->section == NULL)
    return;

  service = ds_checklist_section_get_service (self->section);
  variant = g_list_model_get_item (ds_service_get_variants (service),
                                   adw_combo_row_get_selected (self->variant_row));
  if (variant != NULL)
    ds_checklist_section_set_variant (self->section, ds_variant_get_id (variant));
}

static void
on_section_variant_changed_cb (DsServicePage *self)
{
  update_variant_row (self, FALSE);
  update_duties (self);
}

/* Choosing the service puts its items in the checklist: the rows are made
 * again so that they get their check buttons. */
static void
on_section_chosen_changed_cb (DsServicePage *self)
{
  update_duties (self);
}

void
ds_service_page_on_row_activated (DsServicePage   *self,
                     GtkListBoxRow *row)
{
  DsDutyRow *duty_row = DS_DUTY_ROW (gtk_list_box_row_get_child (row));

  if (ds_duty_row_get_item (duty_row) != NULL)
    gtk_widget_activate (GTK_WIDGET (ds_duty_row_get_check (duty_row)));
}

static gboolean
highlight_done_cb (gpointer user_data)
{
  DsServicePage *self = user_data;

  self->highlight_id = 0;
  clear_highlight (self);
  return G_SOURCE_REMOVE;
}

/* Marks the rows of @list whose duty is on @layer. */
static void
highlight_layer_rows (DsServicePage *self,
                      GtkListBox  *list,
                      DsLayer      layer)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child;

      if (!GTK_IS_LIST_BOX_ROW (row) ||
          !DS_IS_DUTY_ROW ((child = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))) ||
          ds_duty_get_layer (ds_duty_row_get_duty (DS_DUTY_ROW (child))) != layer)
        continue;

      gtk_widget_add_css_class (row, "layer-highlight");
      g_ptr_array_add (self->highlighted, g_object_ref (row));
    }
}

void
ds_service_page_on_layer_activated (DsServicePage *self,
                                  DsLayer      layer)
{
  ds_service_page_scroll_to_layer (self, layer);
}

static void
ds_service_page_dispose (GObject *object)
{
  DsServicePage *self = (DsServicePage *)object;

  ds_service_page_set_section (self, NULL);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_SERVICE_PAGE);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ds_service_page_parent_class)->dispose (object);
}

static void
ds_service_page_finalize (GObject *object)
{
  DsServicePage *self = (DsServicePage *)object;

  g_ptr_array_unref (self->highlighted);

  G_OBJECT_CLASS (ds_service_page_parent_class)->finalize (object);
}

static void
ds_service_page_class_init (DsServicePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_service_page_dispose;
  object_class->finalize = ds_service_page_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-service-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, chosen_switch);
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, variant_row);
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, layer_stack);
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, aws_list);
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, customer_list);
  gtk_widget_class_bind_template_child (widget_class, DsServicePage, doc_link);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_page_on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_page_on_variant_selected);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_page_on_layer_activated);

  g_type_ensure (DS_TYPE_LAYER_STACK);
}

static void
ds_service_page_init (DsServicePage *self)
{
  self->highlighted = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

DsServicePage *
ds_service_page_new (DsCatalog *catalog)
{
  DsServicePage *self = g_object_new (DS_TYPE_SERVICE_PAGE, NULL);

  ds_service_page_set_catalog (self, catalog);
  return self;
}

void
ds_service_page_set_catalog (DsServicePage *self,
                             DsCatalog     *catalog)
{
  g_return_if_fail (DS_IS_SERVICE_PAGE (self));

  if (g_set_object (&self->catalog, catalog))
    ds_layer_stack_set_catalog (self->layer_stack, catalog);
}

/**
 * ds_service_page_set_section:
 * @self: a #DsServicePage
 * @section: (nullable): the checklist's section of the service to show
 */
void
ds_service_page_set_section (DsServicePage      *self,
                             DsChecklistSection *section)
{
  g_return_if_fail (DS_IS_SERVICE_PAGE (self));

  if (self->section == section)
    return;

  if (self->section != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->section, on_section_chosen_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->section, on_section_variant_changed_cb, self);
    }

  g_set_object (&self->section, section);

  if (section != NULL)
    {
      g_signal_connect_object (section, "notify::chosen",
                               G_CALLBACK (on_section_chosen_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (section, "notify::variant",
                               G_CALLBACK (on_section_variant_changed_cb), self, G_CONNECT_SWAPPED);
    }

  update (self);
}

/* The highlighted rows' top in the scrolled content, or G_MAXDOUBLE while
 * they are not laid out yet. */
static double
highlighted_top (DsServicePage *self,
                 GtkWidget   *content)
{
  double top = G_MAXDOUBLE;

  for (guint i = 0; i < self->highlighted->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->highlighted, i);
      graphene_point_t point;

      if (gtk_widget_get_mapped (row) && gtk_widget_get_height (row) > 0 &&
          gtk_widget_compute_point (row, content, &GRAPHENE_POINT_INIT (0, 0), &point))
        top = MIN (top, point.y);
    }

  return top;
}

/* Scrolls the first highlighted row near the top, with a little of what is
 * above it, so it does not look cut, and gives it the keyboard focus, ringed
 * even after a click so the eye finds it. FALSE while the panel is not laid
 * out yet: it may just have been shown, from the matrix. */
static gboolean
scroll_to_highlighted (DsServicePage *self)
{
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (self->scroller)));
  double top = highlighted_top (self, content);
  GtkWidget *first;

  if (top == G_MAXDOUBLE)
    return FALSE;

  /* Focus first: the viewport scrolls to a focused row by itself, only as
   * far as needed, and would undo the scroll below. */
  first = g_ptr_array_index (self->highlighted, 0);
  gtk_widget_grab_focus (first);
  gtk_window_set_focus_visible (GTK_WINDOW (gtk_widget_get_root (first)), TRUE);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), MAX (0.0, top - 12.0));
  return TRUE;
}

static gboolean
scroll_to_layer_tick (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  DsServicePage *self = DS_SERVICE_PAGE (widget);

  if (self->highlighted->len > 0 && !scroll_to_highlighted (self) && ++self->scroll_frames < 120)
    return G_SOURCE_CONTINUE;

  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

/**
 * ds_service_page_scroll_to_layer:
 * @self: a #DsServicePage
 * @layer: a layer of the service shown
 *
 * Scrolls the duties so that the first one on @layer shows, focuses it, and
 * highlights that layer's duties for a moment. If the service has none
 * there, says so in a toast.
 */
void
ds_service_page_scroll_to_layer (DsServicePage *self,
                               DsLayer      layer)
{
  GtkWidget *overlay;

  g_return_if_fail (DS_IS_SERVICE_PAGE (self));
  g_return_if_fail (layer < DS_N_LAYERS);

  if (self->section == NULL)
    return;

  clear_highlight (self);
  highlight_layer_rows (self, self->customer_list, layer);
  highlight_layer_rows (self, self->aws_list, layer);

  if (self->highlighted->len == 0)
    {
      g_autofree char *message = NULL;

      overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      /* Translators: a layer of a service's stack, "No duties are listed for Physical facilities" */
      message = g_strdup_printf (_("No duties are listed for %s"),
                                 ds_stack_get_layer_name (self->catalog, layer));
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
      return;
    }

  self->highlight_id = g_timeout_add (1500, highlight_done_cb, self);

  self->scroll_frames = 0;
  if (!scroll_to_highlighted (self) && self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_layer_tick, NULL, NULL);
}
