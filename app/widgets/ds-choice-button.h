/* ds-choice-button.h — a drop-down of strings whose list is made when first opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DS_TYPE_CHOICE_BUTTON (ds_choice_button_get_type ())

G_DECLARE_FINAL_TYPE (DsChoiceButton, ds_choice_button, DS, CHOICE_BUTTON, GtkWidget)

GListModel *ds_choice_button_get_model           (DsChoiceButton *self);
void        ds_choice_button_set_model           (DsChoiceButton *self,
                                                  GListModel     *model);
guint       ds_choice_button_get_selected        (DsChoiceButton *self);
void        ds_choice_button_set_selected        (DsChoiceButton *self,
                                                  guint           position);
const char *ds_choice_button_get_selected_string (DsChoiceButton *self);

G_END_DECLS
