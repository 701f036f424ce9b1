/* ds-app-test-util.h — starting the real application in widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ds-application.h"
#include "ds-service-row.h"
#include "ds-test-util.h"

G_BEGIN_DECLS

char *          ds_test_default_checklist_path (void);
gboolean        ds_test_window_is_mapped       (gpointer window);
void            ds_test_forget_everything      (void);
DsApplication * ds_test_start_app              (gboolean first_start);
GtkWidget *     ds_test_app_window             (DsApplication *app);
void            ds_test_stop_app               (DsApplication *app);
gboolean        ds_test_row_has_section        (GtkWidget *widget, gpointer id);
DsServiceRow *  ds_test_find_service_row       (GtkWidget *window, const char *service_id);
void            ds_test_press                  (GtkWidget *button);
GtkWidget *     ds_test_open_choice            (GtkWidget *choice);
void            ds_test_choose                 (GtkWidget *choice, const char *text);
gboolean        ds_test_has_css_class          (GtkWidget *widget, gpointer name);
void            ds_test_search_services        (GtkWidget *window, const char *text);
void            ds_test_select_service         (GtkWidget *window, const char *service_id);
gboolean        ds_test_is_file_chooser        (GtkWidget *widget, gpointer data);
GtkWidget *     ds_test_find_toplevel          (DsWidgetPredicate predicate);
gboolean        ds_test_file_chooser_shown     (gpointer data);
gboolean        ds_test_file_exists            (gpointer path);
gboolean        ds_test_chooser_has_file       (gpointer data);
char *          ds_test_init_app_tests         (int *argc, char ***argv);
GtkWidget *     ds_test_find_error_dialog      (GtkWidget *window);
const char *    ds_test_error_dialog_body      (GtkWidget *dialog);
void            ds_test_close_error_dialog     (GtkWidget *window);

G_END_DECLS
