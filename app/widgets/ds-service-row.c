/* ds-service-row.c — a service in the browser: name, category, progress, toggle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-service-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-checklist-section.h"
#include "ds-service.h"
#include "ds-service-row.h"

struct _DsServiceRow
{
  GtkWidget           parent_instance;

  DsChecklistSection *section;
  GBinding           *chosen_binding;

  GtkLabel           *name_label;
  GtkLabel           *subtitle_label;
  GtkLabel           *progress_label;
  GtkToggleButton    *toggle;
};

G_DEFINE_FINAL_TYPE (DsServiceRow, ds_service_row, GTK_TYPE_WIDGET)

/* Template callbacks. They are external so that gtk4-builder-tool can
 * resolve them by name when it validates the .ui file. */
void ds_service_row_on_toggled (DsServiceRow *self, GtkToggleButton *toggle);
gboolean ds_service_row_on_progress_query_tooltip (DsServiceRow *self, int x, int y,
                                                   gboolean keyboard_mode, GtkTooltip *tooltip);
gboolean ds_service_row_on_toggle_query_tooltip (DsServiceRow *self, int x, int y,
                                                 gboolean keyboard_mode, GtkTooltip *tooltip);


enum {
  PROP_0,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Set, not bound: a service's name, kind and group do not change, and the
 * list gives its rows other services at every keystroke of a search,
 * where watching them cost more than the rest of the row. */
static void
show_service (DsServiceRow *self,
              DsService    *service)
{
  g_autofree char *subtitle = NULL;

  if (service != NULL)
    /* Translators: a service's category, then its group: "Infrastructure · Compute" */
    subtitle = g_strdup_printf (_("%s · %s"),
                                ds_category_get_label (ds_service_get_category (service)),
                                ds_service_get_group (service));

  gtk_label_set_label (self->name_label, service != NULL ? ds_service_get_name (service) : NULL);
  gtk_label_set_label (self->subtitle_label, subtitle);
}

/* The progress follows the section: the checklist changes it as duties
 * are ticked. */
static void
show_progress (DsServiceRow *self)
{
  g_autofree char *text = NULL;

  if (self->section != NULL && ds_checklist_section_get_chosen (self->section))
    /* Translators: progress of one service in the checklist, "2/5" */
    text = g_strdup_printf (_("%u/%u"),
                            ds_checklist_section_get_n_done (self->section),
                            ds_checklist_section_get_n_total (self->section));
  gtk_label_set_label (self->progress_label, text);
}

static char *
progress_description (gboolean chosen,
                      guint    n_done,
                      guint    n_total)
{
  if (!chosen)
    return g_strdup (_("Not in the checklist"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done",
                                       "%u of %u done", n_total),
                          n_done, n_total);
}

/* The tooltips are written when they are about to show, not set on each
 * row: GTK 4.8 asks the X server where the pointer is whenever a widget's
 * tooltip text is set, and the list sets it on every row it binds, which
 * made a search keystroke or a scroll wait for the X server dozens of
 * times. */
gboolean
ds_service_row_on_progress_query_tooltip (DsServiceRow *self,
                                          int           x,
                                          int           y,
                                          gboolean      keyboard_mode,
                                          GtkTooltip   *tooltip)
{
  g_autofree char *text = NULL;

  if (self->section == NULL)
    return FALSE;

  text = progress_description (ds_checklist_section_get_chosen (self->section),
                               ds_checklist_section_get_n_done (self->section),
                               ds_checklist_section_get_n_total (self->section));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The toggle says what pressing it will do. */
gboolean
ds_service_row_on_toggle_query_tooltip (DsServiceRow *self,
                                        int           x,
                                        int           y,
                                        gboolean      keyboard_mode,
                                        GtkTooltip   *tooltip)
{
  gtk_tooltip_set_text (tooltip, gtk_toggle_button_get_active (self->toggle) ? _("Remove from checklist")
                                                                              : _("Add to checklist"));
  return TRUE;
}

/* The toggle shows whether the service is in the checklist. */
void
ds_service_row_on_toggled (DsServiceRow    *self,
                           GtkToggleButton *toggle)
{
  gboolean chosen = gtk_toggle_button_get_active (toggle);

  gtk_button_set_icon_name (GTK_BUTTON (toggle), chosen ? "object-select-symbolic" : "list-add-symbolic");
}

/**
 * ds_service_row_set_section:
 * @self: a #DsServiceRow
 * @section: (nullable): the checklist's section of the service to show
 */
void
ds_service_row_set_section (DsServiceRow       *self,
                            DsChecklistSection *section)
{
  g_return_if_fail (DS_IS_SERVICE_ROW (self));

  if (self->section == section)
    return;

  g_clear_pointer (&self->chosen_binding, g_binding_unbind);
  if (self->section != NULL)
    g_signal_handlers_disconnect_by_func (self->section, show_progress, self);
  g_set_object (&self->section, section);
  show_service (self, section != NULL ? ds_checklist_section_get_service (section) : NULL);
  show_progress (self);
  if (section != NULL)
    g_signal_connect_object (section, "notify", G_CALLBACK (show_progress), self, G_CONNECT_SWAPPED);

  /* Two-way: the toggle shows whether the service is chosen and chooses it. */
  if (section != NULL)
    self->chosen_binding = g_object_bind_property (section, "chosen", self->toggle, "active",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

static void
ds_service_row_dispose (GObject *object)
{
  DsServiceRow *self = (DsServiceRow *)object;

  ds_service_row_set_section (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_SERVICE_ROW);

  G_OBJECT_CLASS (ds_service_row_parent_class)->dispose (object);
}

static void
ds_service_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsServiceRow *self = DS_SERVICE_ROW (object);

  switch (prop_id)
    {
    case PROP_SECTION: g_value_set_object (value, self->section); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_service_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DsServiceRow *self = DS_SERVICE_ROW (object);

  switch (prop_id)
    {
    case PROP_SECTION: ds_service_row_set_section (self, g_value_get_object (value)); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_service_row_class_init (DsServiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_service_row_dispose;
  object_class->get_property = ds_service_row_get_property;
  object_class->set_property = ds_service_row_set_property;

  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL, DS_TYPE_CHECKLIST_SECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ds-service-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DsServiceRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, DsServiceRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DsServiceRow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DsServiceRow, toggle);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_row_on_toggled);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_row_on_progress_query_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, ds_service_row_on_toggle_query_tooltip);
}

static void
ds_service_row_init (DsServiceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ds_service_row_get_section:
 * @self: a #DsServiceRow
 *
 * Returns: (transfer none) (nullable): the checklist's section of the
 *   service the row shows
 */
DsChecklistSection *
ds_service_row_get_section (DsServiceRow *self)
{
  g_return_val_if_fail (DS_IS_SERVICE_ROW (self), NULL);
  return self->section;
}
