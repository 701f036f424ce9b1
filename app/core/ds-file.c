/* ds-file.c — writing files so that a failure never leaves half of one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ds-file.h"

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         len)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      len -= n;
    }

  return TRUE;
}

/**
 * ds_file_replace_contents:
 * @file: the file to write
 * @bytes: its new contents
 * @error: return location for a #GError
 *
 * Writes @bytes to a new file beside @file, flushes it to disk and renames
 * it over @file. Until the rename, @file is untouched; after it, @file is
 * complete. A full disk, a size limit or a crash at any moment therefore
 * leaves either the old file or the new one, never a mix, which is more
 * than g_file_replace_contents() promises when a write fails half-way.
 *
 * Files without a local path (remote locations) go through GIO.
 */
gboolean
ds_file_replace_contents (GFile   *file,
                          GBytes  *bytes,
                          GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  struct stat st;
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  int fd, saved_errno;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!(path = g_file_get_path (file)))
    return g_file_replace_contents (file, (const char *)data, len, NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);

  if ((fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666)) < 0)
    return set_errno_error (error, errno, path);

  /* A new file gets the usual permissions; a replaced one keeps its own. */
  if (stat (path, &st) == 0)
    fchmod (fd, st.st_mode & 07777);
  else
    {
      mode_t mask = umask (0);
      umask (mask);
      fchmod (fd, 0666 & ~mask);
    }

  if (!write_all (fd, data, len) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp);
      return set_errno_error (error, saved_errno, path);
    }

  if (close (fd) != 0 || g_rename (tmp, path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp);
      return set_errno_error (error, saved_errno, path);
    }

  return TRUE;
}

/* Whether @name is what ds_file_replace_contents() calls the temporary
 * file of a file whose name ends with @suffix: `.NAME.XXXXXX`, the X being
 * the letters and digits g_mkstemp() puts there. */
static gboolean
is_temporary_name (const char *name,
                   const char *suffix)
{
  gsize len = strlen (name);
  gsize suffix_len = strlen (suffix);

  if (name[0] != '.' || len < 1 + suffix_len + 7 || name[len - 7] != '.')
    return FALSE;

  for (gsize i = len - 6; i < len; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;

  return strncmp (name + len - 7 - suffix_len, suffix, suffix_len) == 0;
}

/**
 * ds_file_remove_stale_temporaries:
 * @dir: a folder files are saved in
 * @suffix: how the names of those files end, such as `.dutysplit.json`
 * @min_age: how many seconds old a temporary file must be to be removed
 *
 * Removes the temporary files ds_file_replace_contents() leaves behind when
 * the program is killed between creating one and renaming it: regular files
 * named `.NAME.XXXXXX` whose NAME ends with @suffix, and nothing else. One
 * younger than @min_age may be the save of another instance in progress,
 * and is kept. Errors are ignored: a file that cannot be removed now is
 * tried again next time.
 *
 * Returns: how many files were removed
 */
guint
ds_file_remove_stale_temporaries (GFile      *dir,
                                  const char *suffix,
                                  guint       min_age)
{
  g_autoptr(GFileEnumerator) children = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GFileInfo *info;
  guint removed = 0;

  g_return_val_if_fail (G_IS_FILE (dir), 0);
  g_return_val_if_fail (suffix != NULL, 0);

  children = g_file_enumerate_children (dir,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)))
    {
      const char *name = g_file_info_get_name (info);
      gint64 modified = (gint64)g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          is_temporary_name (name, suffix) &&
          now - modified >= (gint64)min_age)
        {
          g_autoptr(GFile) child = g_file_get_child (dir, name);

          if (g_file_delete (child, NULL, NULL))
            removed++;
        }

      g_object_unref (info);
    }

  return removed;
}
