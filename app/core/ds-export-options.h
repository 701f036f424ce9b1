/* ds-export-options.h — what an export leaves in or out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DS_TYPE_EXPORT_OPTIONS (ds_export_options_get_type ())

G_DECLARE_FINAL_TYPE (DsExportOptions, ds_export_options, DS, EXPORT_OPTIONS, GObject)

DsExportOptions *ds_export_options_new            (void);
gboolean         ds_export_options_get_open_only  (DsExportOptions *self);
void             ds_export_options_set_open_only  (DsExportOptions *self,
                                                   gboolean         open_only);
gboolean         ds_export_options_get_aws_duties (DsExportOptions *self);
void             ds_export_options_set_aws_duties (DsExportOptions *self,
                                                   gboolean         aws_duties);
gboolean         ds_export_options_get_notes      (DsExportOptions *self);
void             ds_export_options_set_notes      (DsExportOptions *self,
                                                   gboolean         notes);

G_END_DECLS
