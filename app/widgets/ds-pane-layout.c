/* ds-pane-layout.c — three panes side by side, or one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-pane-layout"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-pane-layout.h"

/* The window's three panes: a list (start), what is chosen in it
 * (content) and a utility pane (end). While they fit, side by side, each
 * side pane at its natural width (a DsPane's is the width the user
 * dragged it to) and the content taking the rest; below that, down to a
 * phone's width, one at a time, with the window asking to show a pane or
 * to go back. This widget is where libadwaita's two generations of
 * adaptive containers meet, so that the window talks to one API:
 *
 * - libadwaita 1.2 (Debian 12) has AdwLeaflet, which folds by itself
 *   when its children's minimum widths no longer fit.
 *
 * - From 1.4 AdwLeaflet is deprecated for split views that a breakpoint
 *   collapses: here an AdwNavigationSplitView (list → content, with its
 *   swipe and Alt+Left back) inside the content of an AdwOverlaySplitView
 *   whose sidebar, at the end, is the utility pane; collapsed, that one
 *   slides in over the page it was called from (the HIG's utility pane),
 *   so going back from it returns there by itself. (A navigation split
 *   view's sidebar is always at the start and only its content expands,
 *   so a second one could not hold a pane of its own width at the end.)
 *   The split views size
 *   their sidebars by a fraction of the width between a minimum and a
 *   maximum, not by the sidebar's natural width: the maximum is kept at
 *   the side pane's natural width, and the fraction at 1, so they give the
 *   side panes what the leaflet gives them. A breakpoint's condition is a
 *   fixed width, and AdwBreakpointBin does not pass its child's minimum
 *   width on (a child wider than the bin is a warning): the condition
 *   follows the sum of the panes' minimum widths, the width at which the
 *   leaflet would fold, and this widget reports the minimum width of the
 *   widest pane, as the folded leaflet does.
 *
 * The .ui files must validate on 1.2, so these are made here in C. */

enum {
  START,
  CONTENT,
  END,
  N_SLOTS
};

struct _DsPaneLayout
{
  GtkWidget               parent_instance;

  GtkWidget              *panes[N_SLOTS];
  GtkWidget              *visible_pane;
  gboolean                folded;

#if ADW_CHECK_VERSION (1, 4, 0)
  AdwBreakpointBin       *bin;
  AdwBreakpoint          *breakpoint;          /* owned by the bin */
  AdwNavigationSplitView *navigation;          /* start | content */
  AdwOverlaySplitView    *overlay;             /* navigation | end */
  int                     min_widths[N_SLOTS]; /* last measured on screen */
  int                     fold_width;          /* narrower than this folds */
#else
  AdwLeaflet             *leaflet;
  AdwLeafletPage         *pages[N_SLOTS];
#endif
};

G_DEFINE_FINAL_TYPE (DsPaneLayout, ds_pane_layout, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_START,
  PROP_CONTENT,
  PROP_END,
  PROP_FOLDED,
  PROP_VISIBLE_PANE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
measure_width (GtkWidget *widget,
               int       *natural)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, natural, NULL, NULL);
  return minimum;
}

static void
set_visible_pane (DsPaneLayout *self,
                  GtkWidget    *pane)
{
  if (self->visible_pane == pane)
    return;

  self->visible_pane = pane;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PANE]);
}

#if ADW_CHECK_VERSION (1, 4, 0)

/* Folded, the end pane covers the window: the page under it is hidden, so
 * that the keyboard and the screen reader keep to the pane shown. */
static void
update_panes_shown (DsPaneLayout *self)
{
  gboolean end_shown = self->folded && adw_overlay_split_view_get_show_sidebar (self->overlay);

  gtk_widget_set_visible (GTK_WIDGET (self->navigation), !end_shown);

  if (end_shown)
    set_visible_pane (self, self->panes[END]);
  else if (self->folded && adw_navigation_split_view_get_show_content (self->navigation))
    set_visible_pane (self, self->panes[CONTENT]);
  else
    set_visible_pane (self, self->panes[START]);
}

static void
set_folded (DsPaneLayout *self,
            gboolean      folded)
{
  if (self->folded == folded)
    return;

  self->folded = folded;
  adw_navigation_split_view_set_collapsed (self->navigation, folded);
  adw_overlay_split_view_set_collapsed (self->overlay, folded);
  update_panes_shown (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
on_breakpoint_apply_cb (DsPaneLayout *self)
{
  set_folded (self, TRUE);
}

static void
on_breakpoint_unapply_cb (DsPaneLayout *self)
{
  set_folded (self, FALSE);
}

/* A pane that is not on screen (a page the navigation view has put away)
 * measures without its style; the width it had on screen counts. */
static int
pane_min_width (DsPaneLayout *self,
                guint         slot)
{
  GtkWidget *pane = self->panes[slot];

  if (pane != NULL && gtk_widget_get_root (pane) != NULL)
    self->min_widths[slot] = measure_width (pane, NULL);
  return self->min_widths[slot];
}

/* Brings the breakpoint and the split views' sidebar widths up to date
 * before they are allocated: the values change only when a pane's size
 * does, so this settles at once. */
static void
update_sizes (DsPaneLayout *self,
              int           width)
{
  int fold_width = 0;

  for (guint slot = 0; slot < N_SLOTS; slot++)
    fold_width += pane_min_width (self, slot);

  if (fold_width != self->fold_width)
    {
      AdwBreakpointCondition *condition;

      self->fold_width = fold_width;
      condition = adw_breakpoint_condition_new_length (ADW_BREAKPOINT_CONDITION_MAX_WIDTH,
                                                       MAX (fold_width - 1, 0), ADW_LENGTH_UNIT_PX);
      adw_breakpoint_set_condition (self->breakpoint, condition);
      adw_breakpoint_condition_free (condition);
    }

  if (!self->folded)
    {
      int natural = 0;

      if (self->panes[START] != NULL)
        {
          measure_width (self->panes[START], &natural);
          adw_navigation_split_view_set_max_sidebar_width (self->navigation, natural);
        }
      if (self->panes[END] != NULL)
        {
          measure_width (self->panes[END], &natural);
          adw_overlay_split_view_set_max_sidebar_width (self->overlay, natural);
        }
    }
  else
    {
      /* The end pane slides over the whole page. */
      adw_overlay_split_view_set_max_sidebar_width (self->overlay, MAX (width, 1));
    }
}

static void
set_pane (DsPaneLayout *self,
          guint         slot,
          GtkWidget    *pane)
{
  /* The titles name the pages for screen readers. */
  switch (slot)
    {
    case START:
      adw_navigation_split_view_set_sidebar (self->navigation, adw_navigation_page_new (pane, _("Services")));
      break;
    case CONTENT:
      adw_navigation_split_view_set_content (self->navigation, adw_navigation_page_new (pane, _("Duties")));
      break;
    case END:
      adw_overlay_split_view_set_sidebar (self->overlay, pane);
      break;
    default:
      g_assert_not_reached ();
    }
  update_panes_shown (self);
}

static void
create_layout (DsPaneLayout *self)
{
  AdwBreakpointCondition *condition;

  self->navigation = ADW_NAVIGATION_SPLIT_VIEW (adw_navigation_split_view_new ());
  adw_navigation_split_view_set_min_sidebar_width (self->navigation, 0);
  adw_navigation_split_view_set_sidebar_width_fraction (self->navigation, 1);
  adw_navigation_split_view_set_sidebar_width_unit (self->navigation, ADW_LENGTH_UNIT_PX);
  g_signal_connect_swapped (self->navigation, "notify::show-content", G_CALLBACK (update_panes_shown), self);

  self->overlay = ADW_OVERLAY_SPLIT_VIEW (adw_overlay_split_view_new ());
  adw_overlay_split_view_set_sidebar_position (self->overlay, GTK_PACK_END);
  adw_overlay_split_view_set_min_sidebar_width (self->overlay, 0);
  adw_overlay_split_view_set_sidebar_width_fraction (self->overlay, 1);
  adw_overlay_split_view_set_sidebar_width_unit (self->overlay, ADW_LENGTH_UNIT_PX);
  adw_overlay_split_view_set_content (self->overlay, GTK_WIDGET (self->navigation));
  g_signal_connect_swapped (self->overlay, "notify::show-sidebar", G_CALLBACK (update_panes_shown), self);

  /* The real condition comes with the panes' sizes (update_sizes). */
  condition = adw_breakpoint_condition_new_length (ADW_BREAKPOINT_CONDITION_MAX_WIDTH, 0, ADW_LENGTH_UNIT_PX);
  self->breakpoint = adw_breakpoint_new (condition);
  g_signal_connect_swapped (self->breakpoint, "apply", G_CALLBACK (on_breakpoint_apply_cb), self);
  g_signal_connect_swapped (self->breakpoint, "unapply", G_CALLBACK (on_breakpoint_unapply_cb), self);

  self->bin = ADW_BREAKPOINT_BIN (adw_breakpoint_bin_new ());
  adw_breakpoint_bin_add_breakpoint (self->bin, self->breakpoint);
  adw_breakpoint_bin_set_child (self->bin, GTK_WIDGET (self->overlay));
  /* The bin wants a minimum size of its own; the layout measures the real
   * one (ds_pane_layout_measure). */
  gtk_widget_set_size_request (GTK_WIDGET (self->bin), 1, 1);
  gtk_widget_set_parent (GTK_WIDGET (self->bin), GTK_WIDGET (self));
}

static GtkWidget *
layout_child (DsPaneLayout *self)
{
  return GTK_WIDGET (self->bin);
}

void
ds_pane_layout_show_pane (DsPaneLayout *self,
                          GtkWidget    *pane)
{
  g_return_if_fail (DS_IS_PANE_LAYOUT (self));
  g_return_if_fail (pane != NULL);

  if (!self->folded)
    return;

  if (pane == self->panes[END])
    {
      adw_overlay_split_view_set_show_sidebar (self->overlay, TRUE);
      return;
    }

  g_return_if_fail (pane == self->panes[START] || pane == self->panes[CONTENT]);
  adw_overlay_split_view_set_show_sidebar (self->overlay, FALSE);
  adw_navigation_split_view_set_show_content (self->navigation, pane == self->panes[CONTENT]);
}

gboolean
ds_pane_layout_go_back (DsPaneLayout *self)
{
  g_return_val_if_fail (DS_IS_PANE_LAYOUT (self), FALSE);

  if (!self->folded)
    return FALSE;

  if (adw_overlay_split_view_get_show_sidebar (self->overlay))
    adw_overlay_split_view_set_show_sidebar (self->overlay, FALSE);
  else if (adw_navigation_split_view_get_show_content (self->navigation))
    adw_navigation_split_view_set_show_content (self->navigation, FALSE);
  else
    return FALSE;

  return TRUE;
}

#else /* libadwaita 1.2 and 1.3 */

/* From the end pane, Back returns to where the user came from: straight
 * to the start pane if they came from there, so the content pane is
 * skipped on the way back then. */
static void
on_visible_child_cb (DsPaneLayout *self)
{
  GtkWidget *child = adw_leaflet_get_visible_child (self->leaflet);

  if (child != self->panes[END] && self->pages[CONTENT] != NULL)
    adw_leaflet_page_set_navigatable (self->pages[CONTENT], TRUE);

  set_visible_pane (self, child);
}

static void
on_folded_cb (DsPaneLayout *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  if (self->folded == folded)
    return;

  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
set_pane (DsPaneLayout *self,
          guint         slot,
          GtkWidget    *pane)
{
  GtkWidget *before = NULL;

  /* Whatever order the slots are filled in, the leaflet's children are
   * start, content, end. */
  for (guint previous = 0; previous < slot; previous++)
    if (self->panes[previous] != NULL)
      before = self->panes[previous];

  self->pages[slot] = adw_leaflet_insert_child_after (self->leaflet, pane, before);
  on_visible_child_cb (self);
}

static void
create_layout (DsPaneLayout *self)
{
  self->leaflet = ADW_LEAFLET (adw_leaflet_new ());
  adw_leaflet_set_can_navigate_back (self->leaflet, TRUE);
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (on_folded_cb), self);
  g_signal_connect_swapped (self->leaflet, "notify::visible-child", G_CALLBACK (on_visible_child_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->leaflet), GTK_WIDGET (self));
}

static GtkWidget *
layout_child (DsPaneLayout *self)
{
  return GTK_WIDGET (self->leaflet);
}

void
ds_pane_layout_show_pane (DsPaneLayout *self,
                          GtkWidget    *pane)
{
  g_return_if_fail (DS_IS_PANE_LAYOUT (self));
  g_return_if_fail (pane != NULL);

  if (!self->folded)
    return;

  if (pane == self->panes[END] && self->visible_pane == self->panes[START] && self->pages[CONTENT] != NULL)
    adw_leaflet_page_set_navigatable (self->pages[CONTENT], FALSE);
  adw_leaflet_set_visible_child (self->leaflet, pane);
}

gboolean
ds_pane_layout_go_back (DsPaneLayout *self)
{
  g_return_val_if_fail (DS_IS_PANE_LAYOUT (self), FALSE);

  return self->folded && adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

#endif

static GtkSizeRequestMode
ds_pane_layout_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
ds_pane_layout_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  DsPaneLayout *self = DS_PANE_LAYOUT (widget);

#if ADW_CHECK_VERSION (1, 4, 0)
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int widest = 0;

      for (guint slot = 0; slot < N_SLOTS; slot++)
        widest = MAX (widest, pane_min_width (self, slot));

      gtk_widget_measure (GTK_WIDGET (self->bin), orientation, -1, NULL, natural, NULL, NULL);
      *minimum = widest;
      *natural = MAX (*natural, widest);
    }
  else
    {
      gtk_widget_measure (GTK_WIDGET (self->overlay), orientation, -1, minimum, natural, NULL, NULL);
    }
#else
  gtk_widget_measure (layout_child (self), orientation, for_size, minimum, natural, NULL, NULL);
#endif
}

static void
ds_pane_layout_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  DsPaneLayout *self = DS_PANE_LAYOUT (widget);

#if ADW_CHECK_VERSION (1, 4, 0)
  update_sizes (self, width);
#endif
  gtk_widget_allocate (layout_child (self), width, height, baseline, NULL);
}

static void
ds_pane_layout_dispose (GObject *object)
{
  DsPaneLayout *self = DS_PANE_LAYOUT (object);
  GtkWidget *child = layout_child (self);

  if (child != NULL)
    gtk_widget_unparent (child);
#if ADW_CHECK_VERSION (1, 4, 0)
  self->bin = NULL;
  self->breakpoint = NULL;
  self->navigation = NULL;
  self->overlay = NULL;
#else
  self->leaflet = NULL;
  memset (self->pages, 0, sizeof self->pages);
#endif
  memset (self->panes, 0, sizeof self->panes);
  self->visible_pane = NULL;

  G_OBJECT_CLASS (ds_pane_layout_parent_class)->dispose (object);
}

static void
ds_pane_layout_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsPaneLayout *self = DS_PANE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_START:        g_value_set_object (value, self->panes[START]); break;
    case PROP_CONTENT:      g_value_set_object (value, self->panes[CONTENT]); break;
    case PROP_END:          g_value_set_object (value, self->panes[END]); break;
    case PROP_FOLDED:       g_value_set_boolean (value, self->folded); break;
    case PROP_VISIBLE_PANE: g_value_set_object (value, self->visible_pane); break;
    default:                G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fill_slot (DsPaneLayout *self,
           guint         slot,
           GtkWidget    *pane,
           GParamSpec   *pspec)
{
  g_return_if_fail (pane == NULL || GTK_IS_WIDGET (pane));

  if (self->panes[slot] == pane)
    return;

  /* The window fills each slot once; moving panes between the slots is
   * not needed, so not supported. */
  g_return_if_fail (self->panes[slot] == NULL);
  g_return_if_fail (gtk_widget_get_parent (pane) == NULL);

  self->panes[slot] = pane;
  set_pane (self, slot, pane);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
ds_pane_layout_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DsPaneLayout *self = DS_PANE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_START:   fill_slot (self, START, g_value_get_object (value), pspec); break;
    case PROP_CONTENT: fill_slot (self, CONTENT, g_value_get_object (value), pspec); break;
    case PROP_END:     fill_slot (self, END, g_value_get_object (value), pspec); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_pane_layout_class_init (DsPaneLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ds_pane_layout_dispose;
  object_class->get_property = ds_pane_layout_get_property;
  object_class->set_property = ds_pane_layout_set_property;

  widget_class->get_request_mode = ds_pane_layout_get_request_mode;
  widget_class->measure = ds_pane_layout_measure;
  widget_class->size_allocate = ds_pane_layout_size_allocate;

  /* The list, shown first when folded; the pane in the middle, which takes
   * the width the others leave and, folded, is reached from the list; the
   * pane at the end, reached from either, Back returning there. */
  properties[PROP_START] = g_param_spec_object ("start", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties[PROP_CONTENT] = g_param_spec_object ("content", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties[PROP_END] = g_param_spec_object ("end", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISIBLE_PANE] =
    g_param_spec_object ("visible-pane", NULL, NULL, GTK_TYPE_WIDGET, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "pane-layout");
}

static void
ds_pane_layout_init (DsPaneLayout *self)
{
  create_layout (self);
}

/**
 * ds_pane_layout_get_folded:
 * @self: a #DsPaneLayout
 *
 * Returns: whether the panes are shown one at a time
 */
gboolean
ds_pane_layout_get_folded (DsPaneLayout *self)
{
  g_return_val_if_fail (DS_IS_PANE_LAYOUT (self), FALSE);

  return self->folded;
}

/**
 * ds_pane_layout_get_visible_pane:
 * @self: a #DsPaneLayout
 *
 * Returns: (transfer none) (nullable): the pane shown when folded
 */
GtkWidget *
ds_pane_layout_get_visible_pane (DsPaneLayout *self)
{
  g_return_val_if_fail (DS_IS_PANE_LAYOUT (self), NULL);

  return self->visible_pane;
}

/**
 * ds_pane_layout_get_room:
 * @self: a #DsPaneLayout
 * @pane: one of the panes
 *
 * Returns: the widest @pane can be with the other panes at their minimum
 *   widths beside it
 */
int
ds_pane_layout_get_room (DsPaneLayout *self,
                         GtkWidget    *pane)
{
  int room;

  g_return_val_if_fail (DS_IS_PANE_LAYOUT (self), 0);

  room = gtk_widget_get_width (GTK_WIDGET (self));
  for (guint slot = 0; slot < N_SLOTS; slot++)
    if (self->panes[slot] != NULL && self->panes[slot] != pane)
      room -= measure_width (self->panes[slot], NULL);
  return MAX (room, 0);
}
