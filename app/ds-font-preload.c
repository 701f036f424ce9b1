/* ds-font-preload.c — loading a window's fonts on another processor while it is built
 *
 * The first time a window lays out text in a size and weight, Pango has
 * fontconfig match a font, then reads the font's tables and measures its
 * glyphs: a millisecond or two for each size and weight, all on the main
 * thread, between building the window and its first frame. A window that uses a handful of libadwaita's
 * text styles pays that a handful of times.
 *
 * A Pango font map must not be used by two threads at once, but a thread
 * may use one it owns alone. So the preload fills a new font map in a
 * thread, laying out sample text in each text style the window will show,
 * while the main thread builds the window. Once the thread is joined the
 * font map is the main thread's, and it becomes Pango's default, which GTK
 * takes for every widget as it styles it on the way to the first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-font-preload"

#include "config.h"

#include <pango/pangocairo.h>

#include "ds-font-preload.h"

struct _DsFontPreload
{
  GThread              *thread;
  PangoFontMap         *font_map;
  GPtrArray            *descriptions;   /* PangoFontDescription, one per text style */
  double                resolution;
  cairo_font_options_t *options;
  PangoLanguage        *language;
  GHashTable           *fonts;          /* set of PangoFont, as the thread loaded them */
};

/* Enough of the characters interface text is made of that their glyphs are
 * measured before the window needs them. */
static const char sample_text[] =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 "
  ".,:;!?'\"()[]{}/\\|-+*=<>&%#@$_~ \u00b7\u2019\u2018\u201c\u201d\u2026\u2013\u2014";

/* Runs in the preload's thread, the only user of its font map meanwhile. */
static gpointer
preload_fonts (gpointer data)
{
  DsFontPreload *self = data;
  PangoContext *context = pango_font_map_create_context (self->font_map);

  pango_cairo_context_set_resolution (context, self->resolution);
  pango_cairo_context_set_font_options (context, self->options);
  pango_context_set_language (context, self->language);

  for (guint i = 0; i < self->descriptions->len; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      PangoLayoutIter *iter;

      pango_context_set_font_description (context, g_ptr_array_index (self->descriptions, i));
      layout = pango_layout_new (context);
      pango_layout_set_text (layout, sample_text, -1);

      iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

          if (run != NULL)
            g_hash_table_add (self->fonts, g_object_ref (run->item->analysis.font));
        }
      while (pango_layout_iter_next_run (iter));
      pango_layout_iter_free (iter);

      /* Labels that ellipsize or are sized in characters ask for these,
       * which lays out the language's sample sentence once per font. */
      pango_font_metrics_unref (pango_context_get_metrics (context, NULL, NULL));
    }
  g_object_unref (context);

  return NULL;
}

/* Takes the font of @widget's text, and the first time the settings that
 * choose a font besides it, as GTK sets them on the widget's context. */
static void
add_text_style (DsFontPreload *self,
                GtkWidget     *widget)
{
  PangoContext *context = gtk_widget_create_pango_context (widget);

  g_ptr_array_add (self->descriptions,
                   pango_font_description_copy (pango_context_get_font_description (context)));
  if (self->options == NULL)
    {
      const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);

      self->resolution = pango_cairo_context_get_resolution (context);
      self->language = pango_context_get_language (context);
      self->options = options != NULL ? cairo_font_options_copy (options) : cairo_font_options_create ();
    }
  g_object_unref (context);
}

/**
 * ds_font_preload_start:
 * @label_classes: (nullable) (array zero-terminated=1): style classes of
 *   labels in the window, such as "heading" or "caption"
 *
 * Starts loading, on another thread, the fonts of plain labels, of
 * buttons and of labels with each of @label_classes, with GTK's current
 * settings. Call ds_font_preload_finish() before the window is presented.
 *
 * Returns: (transfer full): the preload, for ds_font_preload_free()
 */
DsFontPreload *
ds_font_preload_start (const char * const *label_classes)
{
  DsFontPreload *self = g_new0 (DsFontPreload, 1);
  g_autoptr(GtkWidget) label = g_object_ref_sink (gtk_label_new (NULL));
  g_autoptr(GtkWidget) button = g_object_ref_sink (gtk_button_new_with_label (""));

  self->descriptions = g_ptr_array_new_with_free_func ((GDestroyNotify)pango_font_description_free);
  self->fonts = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  add_text_style (self, label);
  /* Button text inherits the button's style: libadwaita makes it bold. */
  add_text_style (self, gtk_button_get_child (GTK_BUTTON (button)));
  for (guint i = 0; label_classes != NULL && label_classes[i] != NULL; i++)
    {
      g_autoptr(GtkWidget) styled = g_object_ref_sink (gtk_label_new (NULL));

      gtk_widget_add_css_class (styled, label_classes[i]);
      add_text_style (self, styled);
    }

  self->font_map = pango_cairo_font_map_new ();
  self->thread = g_thread_new ("font-preload", preload_fonts, self);

  return self;
}

/**
 * ds_font_preload_finish:
 * @preload: a preload
 *
 * Waits for @preload's thread and makes its font map Pango's default on
 * this thread, so that widgets styled from now on find their fonts loaded.
 */
void
ds_font_preload_finish (DsFontPreload *self)
{
  g_return_if_fail (self != NULL);

  if (self->thread == NULL)
    return;

  g_thread_join (g_steal_pointer (&self->thread));
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (self->font_map));
}

/**
 * ds_font_preload_has_font:
 * @preload: a finished preload
 * @font: a font a widget lays out text with
 *
 * Returns: whether @font is one @preload loaded: the widget's text style was
 *   among those preloaded, and its settings were the preload's
 */
gboolean
ds_font_preload_has_font (DsFontPreload *self,
                          PangoFont     *font)
{
  g_return_val_if_fail (self != NULL && self->thread == NULL, FALSE);

  return g_hash_table_contains (self->fonts, font);
}

void
ds_font_preload_free (DsFontPreload *self)
{
  if (self == NULL)
    return;

  if (self->thread != NULL)
    g_thread_join (self->thread);
  g_ptr_array_unref (self->descriptions);
  g_hash_table_unref (self->fonts);
  g_clear_pointer (&self->options, cairo_font_options_destroy);
  g_object_unref (self->font_map);
  g_free (self);
}
