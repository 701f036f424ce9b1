/* ds-application-checklists.c — several checklists: new, open, copy, delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-application-private.h"
#include "ds-checklist.h"
#include "ds-file.h"

/* Each checklist is a file in the user's checklists folder (or anywhere,
 * when opened from disk); one is active at a time and autosaved. A deleted
 * checklist is kept in memory until the next deletion, for Undo. */
typedef struct
{
  GFile  *file;
  GBytes *bytes;
} Deleted;

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  g_clear_object (&deleted->file);
  g_clear_pointer (&deleted->bytes, g_bytes_unref);
  g_free (deleted);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *name_a = g_file_get_basename (*(GFile **)a);
  g_autofree char *name_b = g_file_get_basename (*(GFile **)b);

  return g_utf8_collate (name_a, name_b);
}

/* Two names for one file (a link, a portal path) are one checklist. */
static gboolean
same_file (GFile *a,
           GFile *b)
{
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;

  if (g_file_equal (a, b))
    return TRUE;

  info_a = g_file_query_info (a, G_FILE_ATTRIBUTE_ID_FILE, 0, NULL, NULL);
  info_b = g_file_query_info (b, G_FILE_ATTRIBUTE_ID_FILE, 0, NULL, NULL);

  return info_a != NULL && info_b != NULL &&
         g_strcmp0 (g_file_info_get_attribute_string (info_a, G_FILE_ATTRIBUTE_ID_FILE),
                    g_file_info_get_attribute_string (info_b, G_FILE_ATTRIBUTE_ID_FILE)) == 0;
}

/**
 * ds_application_list_checklists:
 * @self: a #DsApplication
 *
 * Returns: (transfer container) (element-type GFile): the checklists in the
 *   user's folder, by file name, and the active one if it lives elsewhere
 */
GPtrArray *
ds_application_list_checklists (DsApplication *self)
{
  g_autoptr(GFile) dir = _ds_application_dup_checklists_dir ();
  g_autoptr(GFileEnumerator) children = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  GFile *active = ds_application_get_checklist_file (self);
  gboolean has_active = FALSE;
  GFileInfo *info;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)))
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_has_suffix (name, ".dutysplit.json"))
        {
          GFile *file = g_file_get_child (dir, name);

          has_active |= g_file_equal (file, active);
          g_ptr_array_add (files, file);
        }
      g_object_unref (info);
    }

  g_ptr_array_sort (files, compare_files);

  /* The active checklist is listed even before its first save. */
  if (!has_active)
    g_ptr_array_insert (files, 0, g_object_ref (active));

  return files;
}

/**
 * ds_application_open_checklist:
 * @self: a #DsApplication
 * @file: a checklist file
 * @error: return location for a #GError
 *
 * Makes the checklist in @file the active one. The file is only read; the
 * active checklist stays as it is if @file cannot be loaded. Opening the
 * file of the active checklist again does nothing, so there are never two
 * copies of one file drifting apart.
 */
gboolean
ds_application_open_checklist (DsApplication  *self,
                               GFile          *file,
                               GError        **error)
{
  g_autoptr(DsChecklist) checklist = NULL;

  g_return_val_if_fail (DS_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (same_file (file, ds_application_get_checklist_file (self)))
    return TRUE;

  /* Pending edits of the active checklist go to disk before it is read,
   * in case @file is another name for it. */
  if (!ds_application_flush (self, error))
    return FALSE;

  if (!(checklist = ds_checklist_new_from_file (ds_application_get_catalog (self), file, error)))
    return FALSE;

  _ds_application_set_checklist (self, checklist, file);
  return TRUE;
}

static gboolean
save_new (DsApplication  *self,
          DsChecklist    *checklist,
          GError        **error)
{
  g_autoptr(GFile) dir = _ds_application_dup_checklists_dir ();
  g_autoptr(GFile) file = _ds_application_dup_unused_file (dir);

  if (!ds_checklist_save (checklist, file, error))
    return FALSE;

  _ds_application_set_checklist (self, checklist, file);
  return TRUE;
}

/**
 * ds_application_new_checklist:
 * @self: a #DsApplication
 *
 * Starts a new checklist, with the duties every customer has, and makes it
 * the active one.
 */
void
ds_application_new_checklist (DsApplication *self)
{
  g_autoptr(DsChecklist) checklist = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (DS_IS_APPLICATION (self));

  checklist = ds_checklist_new (ds_application_get_catalog (self));
  dir = _ds_application_dup_checklists_dir ();
  file = _ds_application_dup_unused_file (dir);

  /* Saved on its first change, like the first checklist. */
  _ds_application_set_checklist (self, checklist, file);
}

/**
 * ds_application_duplicate_checklist:
 * @self: a #DsApplication
 * @error: return location for a #GError
 *
 * Copies the active checklist, state and all, into a new file in the
 * user's folder and makes the copy active.
 */
gboolean
ds_application_duplicate_checklist (DsApplication  *self,
                                    GError        **error)
{
  DsChecklist *active;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DsChecklist) copy = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (DS_IS_APPLICATION (self), FALSE);

  active = ds_application_get_checklist (self);
  bytes = ds_checklist_to_bytes (active);
  if (!(copy = ds_checklist_new_from_bytes (ds_application_get_catalog (self), bytes, "copy", error)))
    return FALSE;

  /* Translators: the name of a duplicated checklist */
  name = g_strdup_printf (_("Copy of %s"), ds_checklist_get_name (active));
  ds_checklist_set_name (copy, name);

  return save_new (self, copy, error);
}

/**
 * ds_application_delete_checklist:
 * @self: a #DsApplication
 * @error: return location for a #GError
 *
 * Deletes the active checklist's file and makes another checklist active
 * (a new one if none is left). ds_application_undo_delete() brings it back.
 */
gboolean
ds_application_delete_checklist (DsApplication  *self,
                                 GError        **error)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) local_error = NULL;
  Deleted *deleted;
  GFile *file;

  g_return_val_if_fail (DS_IS_APPLICATION (self), FALSE);

  /* What is pending goes into the file first, so that nothing is written
   * back after the file is gone, and Undo restores the latest state. */
  if (!ds_application_flush (self, error))
    return FALSE;

  file = ds_application_get_checklist_file (self);
  deleted = g_new0 (Deleted, 1);
  deleted->file = g_object_ref (file);
  deleted->bytes = ds_checklist_to_bytes (ds_application_get_checklist (self));

  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      deleted_free (deleted);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_object_set_data_full (G_OBJECT (self), "ds-deleted-checklist", deleted, deleted_free);

  files = ds_application_list_checklists (self);

  for (guint i = 0; i < files->len; i++)
    {
      GFile *other = g_ptr_array_index (files, i);

      if (!g_file_equal (other, deleted->file) &&
          ds_application_open_checklist (self, other, NULL))
        return TRUE;
    }

  ds_application_new_checklist (self);
  return TRUE;
}

/**
 * ds_application_undo_delete:
 * @self: a #DsApplication
 * @error: return location for a #GError
 *
 * Writes the last deleted checklist back to its file and makes it active.
 */
gboolean
ds_application_undo_delete (DsApplication  *self,
                            GError        **error)
{
  Deleted *deleted;

  g_return_val_if_fail (DS_IS_APPLICATION (self), FALSE);

  deleted = g_object_get_data (G_OBJECT (self), "ds-deleted-checklist");
  if (deleted == NULL)
    return TRUE;

  if (!ds_file_replace_contents (deleted->file, deleted->bytes, error) ||
      !ds_application_open_checklist (self, deleted->file, error))
    return FALSE;

  g_object_set_data (G_OBJECT (self), "ds-deleted-checklist", NULL);
  return TRUE;
}

/**
 * ds_application_save_copy:
 * @self: a #DsApplication
 * @file: where to write the copy
 * @error: return location for a #GError
 *
 * Writes the active checklist to @file; the active checklist stays where
 * it is saved.
 */
gboolean
ds_application_save_copy (DsApplication  *self,
                          GFile          *file,
                          GError        **error)
{
  g_return_val_if_fail (DS_IS_APPLICATION (self), FALSE);

  return ds_checklist_save (ds_application_get_checklist (self), file, error);
}
