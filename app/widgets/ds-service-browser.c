/* ds-service-browser.c — searching, filtering and choosing services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-service-browser"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ds-catalog.h"
#include "ds-checklist.h"
#include "ds-checklist-section.h"
#include "ds-choice-button.h"
#include "ds-first-frame.h"
#include "ds-group-list.h"
#include "ds-service.h"
#include "ds-service-browser.h"
#include "ds-service-row.h"
#include "ds-slot.h"
#include "ds-slot-model.h"

/* The list shows the checklist's section of each catalog service, so that
 * a row binds to the service and to its state in the checklist (chosen,
 * progress) through one object. */
struct _DsServiceBrowser
{
  GtkWidget           parent_instance;

  DsCatalog          *catalog;
  DsChecklist        *checklist;
  char               *search_text;   /* casefolded */
  guint               prepare_id;
  guint               prepare_next;

  GtkSearchEntry     *search_entry;
  DsChoiceButton     *group_dropdown;
  DsChoiceButton     *category_dropdown;
  GtkStack           *stack;
  GtkWidget          *empty_page;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkCustomFilter    *filter;
};

G_DEFINE_FINAL_TYPE (DsServiceBrowser, ds_service_browser, GTK_TYPE_WIDGET)

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */
void ds_service_browser_on_search_changed (DsServiceBrowser *self, GtkSearchEntry *entry);
void ds_service_browser_on_category_changed (DsServiceBrowser *self);
void ds_service_browser_on_selected_item_changed (DsServiceBrowser *self);
void ds_service_browser_on_filter_items_changed (DsServiceBrowser *self);
void ds_service_browser_on_activate (DsServiceBrowser *self, guint position);
void ds_service_browser_on_setup_row (DsServiceBrowser *self, GtkListItem *item);
void ds_service_browser_on_bind_row (DsServiceBrowser *self, GtkListItem *item);
void ds_service_browser_on_unbind_row (DsServiceBrowser *self, GtkListItem *item);


enum {
  PROP_0,
  PROP_CATALOG,
  PROP_CHECKLIST,
  PROP_SELECTED_SECTION,
  PROP_ACTIVATE_ON_SINGLE_CLICK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SERVICE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Rows the first frame starts with, what the window shows at its default
 * size; more if it shows more (see ds-first-frame.c). */
#define FIRST_FRAME_ROWS 16

static gboolean
filter_section (gpointer item,
                gpointer user_data)
{
  DsServiceBrowser *self = user_data;
  DsService *service = ds_checklist_section_get_service (item);
  guint category = ds_choice_button_get_selected (self->category_dropdown);
  guint group = ds_choice_button_get_selected (self->group_dropdown);

  /* Entry 0 of the drop-downs is "All …"; the categories follow DsCategory,
   * the groups the catalog's order. */
  if (category != 0 && ds_service_get_category (service) != (DsCategory)(category - 1))
    return FALSE;

  if (group != 0 && group != GTK_INVALID_LIST_POSITION)
    {
      const char *name = ds_choice_button_get_selected_string (self->group_dropdown);

      if (g_strcmp0 (ds_service_get_group (service), name) != 0)
        return FALSE;
    }

  return ds_service_matches (service, self->search_text);
}

static void
update_groups (DsServiceBrowser *self)
{
  g_autoptr(GtkStringList) groups = ds_group_list_new (self->catalog);

  ds_choice_button_set_model (self->group_dropdown, G_LIST_MODEL (groups));
  ds_choice_button_set_selected (self->group_dropdown, 0);
}

/* Builds the search text of the services a few milliseconds at a time
 * while the application is idle, so that the first keystroke in a large
 * catalog does not build that of every service at once. */
static gboolean
prepare_search_cb (gpointer data)
{
  DsServiceBrowser *self = data;
  GListModel *services = G_LIST_MODEL (self->catalog);
  guint n = g_list_model_get_n_items (services);
  gint64 end = g_get_monotonic_time () + 4 * G_TIME_SPAN_MILLISECOND;

  while (self->prepare_next < n && g_get_monotonic_time () < end)
    {
      g_autoptr(DsService) service = g_list_model_get_item (services, self->prepare_next++);
      ds_service_prepare_search (service);
    }

  if (self->prepare_next < n)
    return G_SOURCE_CONTINUE;

  self->prepare_id = 0;
  return G_SOURCE_REMOVE;
}

static void
prepare_search (DsServiceBrowser *self)
{
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  self->prepare_next = 0;

  if (self->catalog != NULL)
    self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_search_cb, self, NULL);
}

static void
update_model (DsServiceBrowser *self)
{
  /* While the application switches catalogs, the two arrive one after the
   * other; show nothing until they belong together. */
  if (self->catalog == NULL || self->checklist == NULL ||
      ds_checklist_get_catalog (self->checklist) != self->catalog)
    {
      gtk_sort_list_model_set_model (self->sort_model, NULL);
      return;
    }

  gtk_sort_list_model_set_model (self->sort_model, ds_checklist_get_service_sections (self->checklist));
}

void
ds_service_browser_on_filter_items_changed (DsServiceBrowser *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  gtk_widget_set_visible (self->empty_page, n == 0);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
refilter (DsServiceBrowser *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* Typing a letter more can only drop services from the list, and erasing
 * one only add some: the filter model then checks only the services shown,
 * or only those hidden, instead of all of them. */
void
ds_service_browser_on_search_changed (DsServiceBrowser *self,
                      GtkSearchEntry   *entry)
{
  g_autofree char *old = g_steal_pointer (&self->search_text);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->search_text = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  g_strstrip (self->search_text);

  if (old != NULL && g_str_equal (old, self->search_text))
    return;
  if (old != NULL && strstr (self->search_text, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (old != NULL && strstr (old, self->search_text) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

void
ds_service_browser_on_category_changed (DsServiceBrowser *self)
{
  refilter (self);
}

void
ds_service_browser_on_selected_item_changed (DsServiceBrowser *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SECTION]);
}

/* A click (with activate-on-single-click), a double click or Enter. A
 * single click activates without selecting, so the row is selected here. */
void
ds_service_browser_on_activate (DsServiceBrowser *self,
                                guint             position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  if (ds_service_browser_get_selected_section (self) != NULL)
    g_signal_emit (self, signals[SERVICE_ACTIVATED], 0);
}

void
ds_service_browser_on_setup_row (DsServiceBrowser *self,
                                 GtkListItem      *item)
{
  gtk_list_item_set_child (item, g_object_new (DS_TYPE_SERVICE_ROW, NULL));
}

static void
on_slot_item_changed_cb (DsSlot       *slot,
                         GParamSpec   *pspec,
                         DsServiceRow *row)
{
  ds_service_row_set_section (row, ds_slot_get_item (slot));
}

/* A row shows the section at its slot, and the next one there. */
void
ds_service_browser_on_bind_row (DsServiceBrowser *self,
                                GtkListItem      *item)
{
  DsSlot *slot = gtk_list_item_get_item (item);
  DsServiceRow *row = DS_SERVICE_ROW (gtk_list_item_get_child (item));

  ds_service_row_set_section (row, ds_slot_get_item (slot));
  g_signal_connect_object (slot, "notify::item", G_CALLBACK (on_slot_item_changed_cb), row, 0);
}

void
ds_service_browser_on_unbind_row (DsServiceBrowser *self,
                                  GtkListItem      *item)
{
  DsServiceRow *row = DS_SERVICE_ROW (gtk_list_item_get_child (item));

  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), on_slot_item_changed_cb, row);
}

static void
ds_service_browser_dispose (GObject *object)
{
  DsServiceBrowser *self = (DsServiceBrowser *)object;

  g_clear_handle_id (&self->prepare_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_SERVICE_BROWSER);

  G_OBJECT_CLASS (ds_service_browser_parent_class)->dispose (object);
}

static void
ds_service_browser_finalize (GObject *object)
{
  DsServiceBrowser *self = (DsServiceBrowser *)object;

  g_clear_object (&self->catalog);
  g_clear_object (&self->checklist);
  g_free (self->search_text);

  G_OBJECT_CLASS (ds_service_browser_parent_class)->finalize (object);
}

static void
ds_service_browser_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DsServiceBrowser *self = DS_SERVICE_BROWSER (object);

  switch (prop_id)
    {
    case PROP_CATALOG:          g_value_set_object (value, self->catalog); break;
    case PROP_CHECKLIST:        g_value_set_object (value, self->checklist); break;
    case PROP_SELECTED_SECTION: g_value_set_object (value, ds_service_browser_get_selected_section (self)); break;
    case PROP_ACTIVATE_ON_SINGLE_CLICK:
      g_value_set_boolean (value, gtk_list_view_get_single_click_activate (self->list_view));
      break;
    default:                    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_service_browser_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DsServiceBrowser *self = DS_SERVICE_BROWSER (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      if (g_set_object (&self->catalog, g_value_get_object (value)))
        {
          update_groups (self);
          update_model (self);
          prepare_search (self);
        }
      break;

    case PROP_CHECKLIST:
      if (g_set_object (&self->checklist, g_value_get_object (value)))
        update_model (self);
      break;

    case PROP_ACTIVATE_ON_SINGLE_CLICK:
      gtk_list_view_set_single_click_activate (self->list_view, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_service_browser_class_init (DsServiceBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_service_browser_dispose;
  object_class->finalize = ds_service_browser_finalize;
  object_class->get_property = ds_service_browser_get_property;
  object_class->set_property = ds_service_browser_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, DS_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKLIST] =
    g_param_spec_object ("checklist", NULL, NULL, DS_TYPE_CHECKLIST,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_SECTION] =
    g_param_spec_object ("selected-section", NULL, NULL, DS_TYPE_CHECKLIST_SECTION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* For a folded window, where the list is all there is and a click on a
   * service opens it. */
  properties[PROP_ACTIVATE_ON_SINGLE_CLICK] =
    g_param_spec_boolean ("activate-on-single-click", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsServiceBrowser::service-activated:
   *
   * The user opened the selected service: clicked it (see
   * #DsServiceBrowser:activate-on-single-click), double-clicked it or
   * pressed Enter on it.
   */
  signals[SERVICE_ACTIVATED] =
    g_signal_new ("service-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-service-browser.ui");
  /* Bound without a field so that dispose_template() unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "box", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, stack);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, list_view);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, selection);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, filter_model);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, sort_model);
  gtk_widget_class_bind_template_child (widget_class, DsServiceBrowser, filter);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_browser_on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_browser_on_setup_row);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_browser_on_bind_row);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_browser_on_unbind_row);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_browser_on_category_changed);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_browser_on_selected_item_changed);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_browser_on_filter_items_changed);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_browser_on_activate);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  g_type_ensure (DS_TYPE_CHOICE_BUTTON);
  g_type_ensure (DS_TYPE_SERVICE_ROW);
  g_type_ensure (DS_TYPE_CHECKLIST_SECTION);
  g_type_ensure (DS_TYPE_SERVICE);
}

static void
ds_service_browser_init (DsServiceBrowser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_section, self, NULL);

  /* The list view makes a row for every service; a screenful is enough for
   * the first frame (see ds-first-frame.c). */
  {
    GListModel *sorted = gtk_single_selection_get_model (self->selection);
    g_autoptr(GListModel) shown = ds_first_frame_slice (GTK_WIDGET (self->list_view), g_object_ref (sorted),
                                                        FIRST_FRAME_ROWS);

    gtk_single_selection_set_model (self->selection, shown);
  }

  /* Rows stay while a search changes what they show (ds-slot-model.c). */
  {
    g_autoptr(DsSlotModel) slots = ds_slot_model_new (GTK_SELECTION_MODEL (self->selection));

    gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (slots));
  }
}

/**
 * ds_service_browser_get_selected_section:
 * @self: a #DsServiceBrowser
 *
 * Returns: (transfer none) (nullable): the checklist's section of the
 *   selected service
 */
DsChecklistSection *
ds_service_browser_get_selected_section (DsServiceBrowser *self)
{
  g_return_val_if_fail (DS_IS_SERVICE_BROWSER (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

void
ds_service_browser_focus_search (DsServiceBrowser *self)
{
  g_return_if_fail (DS_IS_SERVICE_BROWSER (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Gives the list the keyboard focus, on the row that had it last. */
void
ds_service_browser_focus_list (DsServiceBrowser *self)
{
  g_return_if_fail (DS_IS_SERVICE_BROWSER (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/**
 * ds_service_browser_select_service:
 * @self: a #DsServiceBrowser
 * @service_id: the id of a catalog service
 *
 * Selects a service as a click on its row does, and scrolls to it. A
 * search or filter that hides it is cleared first.
 *
 * Returns: %TRUE if the catalog has the service
 */
gboolean
ds_service_browser_select_service (DsServiceBrowser *self,
                                   const char       *service_id)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (DS_IS_SERVICE_BROWSER (self), FALSE);
  g_return_val_if_fail (service_id != NULL, FALSE);

  model = G_LIST_MODEL (self->selection);
  for (int attempt = 0; attempt < 2; attempt++)
    {
      n = g_list_model_get_n_items (model);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DsChecklistSection) section = g_list_model_get_item (model, i);

          if (g_strcmp0 (ds_checklist_section_get_id (section), service_id) == 0)
            {
              gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.select-item", "(ubb)", i, FALSE, FALSE);
              gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
              return TRUE;
            }
        }

      /* Not in view: show every service and look again. */
      g_clear_pointer (&self->search_text, g_free);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      ds_choice_button_set_selected (self->group_dropdown, 0);
      ds_choice_button_set_selected (self->category_dropdown, 0);
      refilter (self);
    }

  return FALSE;
}
