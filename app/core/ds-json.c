/* ds-json.c — strict reading of the JSON files, with errors that say where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "ds-json.h"
#include "ds-json-syntax.h"
#include "ds-types.h"

G_DEFINE_QUARK (ds-format-error-quark, ds_format_error)

static const char *
where_file (const DsJsonWhere *where)
{
  while (where->parent != NULL)
    where = where->parent;
  return where->file;
}

static void
append_path (GString           *str,
             const DsJsonWhere *where)
{
  if (where->parent == NULL)
    {
      g_string_append_c (str, '$');
      return;
    }

  append_path (str, where->parent);
  if (where->member != NULL)
    g_string_append_printf (str, ".%s", where->member);
  else
    g_string_append_printf (str, "[%u]", where->index);
}

/* The JSON path of @where, such as `$.services[3].id`. */
static char *
where_path (const DsJsonWhere *where)
{
  GString *str = g_string_new (NULL);

  append_path (str, where);
  return g_string_free (str, FALSE);
}

void
ds_json_set_error (GError            **error,
                   int                 code,
                   const DsJsonWhere  *where,
                   const char         *format,
                   ...)
{
  g_autofree char *path = where_path (where);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, DS_FORMAT_ERROR, code, "%s: %s: %s",
               where_file (where), path, message);
}

/**
 * ds_json_invalid:
 * @error: return location for a #GError
 * @where: the object that holds the bad value
 * @member: (nullable): the member holding it, or %NULL for @where itself
 * @message: what was expected
 *
 * Sets a %DS_FORMAT_ERROR_INVALID error at @where or at its @member.
 *
 * Returns: %FALSE, so that loaders can `return ds_json_invalid (…);`
 */
gboolean
ds_json_invalid (GError            **error,
                 const DsJsonWhere  *where,
                 const char         *member,
                 const char         *message)
{
  DsJsonWhere here = DS_JSON_MEMBER (where, member);

  ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, member ? &here : where, "%s", message);
  return FALSE;
}

/**
 * ds_json_parse:
 * @bytes: the contents of a file
 * @file: the name to use in messages
 * @error: return location for a #GError
 *
 * Checks the size and the encoding of @bytes, and that it is strict JSON
 * within the limits, and reads it (see ds_json_read()). A leading
 * byte-order mark is accepted and skipped.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
DsJsonTree *
ds_json_parse (GBytes      *bytes,
               const char  *file,
               GError     **error)
{
  const char *text;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);

  text = g_bytes_get_data (bytes, &len);
  if (text == NULL)
    text = "";

  if (len > DS_JSON_MAX_FILE_SIZE)
    {
      g_set_error (error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_TOO_LARGE,
                   _("%s: the file is %zu bytes, more than the limit of %d MiB"),
                   file, (size_t)len, DS_JSON_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (len >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    text += 3, len -= 3;

  if (len == 0)
    {
      g_set_error (error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_SYNTAX,
                   _("%s: the file is empty; expected a JSON object"), file);
      return NULL;
    }

  return ds_json_read (text, len, file, error);
}

/**
 * ds_json_alloc_large:
 * @size: a number of bytes
 *
 * Allocates a block for the text of a file or its tree, to be freed with
 * g_free(). Large blocks are asked for in huge pages where the system
 * offers them on request (Linux's transparent huge pages in "madvise"
 * mode): filling 50 MiB of fresh 4 KiB pages costs more page faults than
 * reading the whole catalog, on some virtual machines ten times more.
 */
gpointer
ds_json_alloc_large (gsize size)
{
#if defined(MADV_HUGEPAGE)
  const gsize huge = 2 * 1024 * 1024;
  gpointer block;

  if (size >= 2 * huge && posix_memalign (&block, huge, size) == 0)
    {
      madvise (block, size, MADV_HUGEPAGE);
      return block;
    }
#endif

  return g_malloc (MAX (size, 1));
}

/* GIO names the file in most of its messages, but not all ("Can't open
 * directory"); every message of a loader names the file. */
static GBytes *
name_file (GError     **error,
           const char  *name)
{
  if (error != NULL && *error != NULL && strstr ((*error)->message, name) == NULL)
    g_prefix_error (error, "%s: ", name);
  return NULL;
}

/**
 * ds_json_load_file:
 * @file: a file to read
 * @name: the name to use in messages
 * @error: return location for a #GError
 *
 * Reads @file, refusing it before reading it into memory if it is larger
 * than %DS_JSON_MAX_FILE_SIZE. The size is checked again while reading, for
 * files that grow or do not know their size (pipes, devices).
 *
 * Returns: (transfer full): the contents, or %NULL with @error set
 */
GBytes *
ds_json_load_file (GFile       *file,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *data = NULL;
  gsize chunk = 64 * 1024;
  gsize size = 0, len = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!(stream = g_file_read (file, NULL, error)))
    return name_file (error, name);

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > DS_JSON_MAX_FILE_SIZE)
    goto too_large;

  /* Room for the whole file and the read that finds its end. */
  size = (info != NULL ? (gsize)g_file_info_get_size (info) : 0) + chunk;
  data = ds_json_alloc_large (size);
  for (;;)
    {
      gssize n;

      if (size - len < chunk)
        data = g_realloc (data, size = MAX (size * 2, len + chunk));

      n = g_input_stream_read (G_INPUT_STREAM (stream), data + len, chunk, NULL, error);
      if (n < 0)
        return name_file (error, name);
      len += n;
      if (n == 0)
        break;
      if (len > DS_JSON_MAX_FILE_SIZE)
        goto too_large;
    }

  {
    char *text = g_steal_pointer (&data);
    return g_bytes_new_with_free_func (text, len, g_free, text);
  }

too_large:
  g_set_error (error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_TOO_LARGE,
               _("%s: the file is larger than the limit of %d MiB"),
               name, DS_JSON_MAX_FILE_SIZE / (1024 * 1024));
  return NULL;
}

/**
 * ds_json_member:
 * @object: an object
 * @member: a member name
 *
 * Objects of the files have a handful of members: a scan is all it takes.
 *
 * Returns: (nullable): the value of @member, or %NULL if @object lacks it
 */
const DsJsonValue *
ds_json_member (const DsJsonValue *object,
                const char        *member)
{
  const DsJsonValue *child = ds_json_first (object);

  g_assert (object->type == DS_JSON_OBJECT);

  for (guint i = 0; i < object->length; i++, child = ds_json_next (child))
    if (strcmp (child->name, member) == 0)
      return child;

  return NULL;
}

/**
 * ds_json_object:
 * @value: (nullable): a value
 * @where: where @value is
 * @error: return location for a #GError
 *
 * Returns: @value if it is an object, or %NULL with @error set
 */
const DsJsonValue *
ds_json_object (const DsJsonValue  *value,
                const DsJsonWhere  *where,
                GError            **error)
{
  if (value == NULL || value->type != DS_JSON_OBJECT)
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, where, _("expected an object"));
      return NULL;
    }

  return value;
}

gboolean
ds_json_check_members (const DsJsonValue  *object,
                       const char * const *allowed,
                       const DsJsonWhere  *where,
                       GError            **error)
{
  const DsJsonValue *child = ds_json_first (object);

  for (guint i = 0; i < object->length; i++, child = ds_json_next (child))
    {
      if (!g_strv_contains (allowed, child->name))
        {
          DsJsonWhere here = DS_JSON_MEMBER (where, child->name);
          g_autofree char *expected = g_strjoinv (", ", (char **)allowed);

          ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here,
                             _("unknown member; expected one of %s"), expected);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * ds_json_header:
 * @root: the top-level object of a document
 * @format: the expected value of its `format` member
 * @max_version: the newest version this build reads
 * @where: where @root is
 * @version: (out): the document's version
 * @error: return location for a #GError
 *
 * Checks the `format` and `version` members every file of the app starts with.
 */
gboolean
ds_json_header (const DsJsonValue  *root,
                const char         *format,
                gint64              max_version,
                const DsJsonWhere  *where,
                gint64             *version,
                GError            **error)
{
  DsJsonWhere at_version = DS_JSON_MEMBER (where, "version");
  const char *found = NULL;
  const DsJsonValue *value;

  if (!ds_json_string (root, "format", TRUE, where, &found, error))
    return FALSE;

  if (g_strcmp0 (found, format) != 0)
    {
      DsJsonWhere at_format = DS_JSON_MEMBER (where, "format");
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &at_format,
                         _("expected \"%s\" but found \"%s\""), format, found);
      return FALSE;
    }

  value = ds_json_member (root, "version");
  if (value == NULL || value->type != DS_JSON_INTEGER)
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &at_version,
                         _("expected a whole number"));
      return FALSE;
    }

  *version = value->v.integer;
  if (*version < 1 || *version > max_version)
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_VERSION, &at_version,
                         _("version %lld is not supported; "
                           "this version of Duty Split reads versions 1 to %lld"),
                         (long long)*version, (long long)max_version);
      return FALSE;
    }

  return TRUE;
}

/**
 * ds_json_string:
 * @object: an object
 * @member: the member to read
 * @required: whether the member must be present and not empty
 * @where: where @object is
 * @value: (out) (transfer none): the string, or %NULL if it is absent
 * @error: return location for a #GError
 */
gboolean
ds_json_string (const DsJsonValue  *object,
                const char         *member,
                gboolean            required,
                const DsJsonWhere  *where,
                const char        **value,
                GError            **error)
{
  DsJsonWhere here = DS_JSON_MEMBER (where, member);
  const DsJsonValue *found = ds_json_member (object, member);

  *value = NULL;

  if (found == NULL || found->type == DS_JSON_NULL)
    {
      if (!required)
        return TRUE;
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here,
                         _("missing; expected a string"));
      return FALSE;
    }

  if (found->type != DS_JSON_STRING)
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here, _("expected a string"));
      return FALSE;
    }

  *value = found->v.string;

  if (required && **value == '\0')
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here,
                         _("expected a string that is not empty"));
      return FALSE;
    }

  return TRUE;
}

/**
 * ds_json_boolean:
 * @object: an object
 * @member: the member to read; absent means %FALSE
 * @where: where @object is
 * @value: (out): the value
 * @error: return location for a #GError
 */
gboolean
ds_json_boolean (const DsJsonValue  *object,
                 const char         *member,
                 const DsJsonWhere  *where,
                 gboolean           *value,
                 GError            **error)
{
  const DsJsonValue *found = ds_json_member (object, member);

  *value = FALSE;
  if (found == NULL)
    return TRUE;

  if (found->type != DS_JSON_BOOLEAN)
    {
      DsJsonWhere here = DS_JSON_MEMBER (where, member);
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here, _("expected true or false"));
      return FALSE;
    }

  *value = found->v.boolean;
  return TRUE;
}

/**
 * ds_json_enum:
 * @object: an object
 * @member: the member to read; it must be present
 * @enum_type: the enumeration whose nicks are the allowed values
 * @where: where @object is
 * @value: (out): the value
 * @error: return location for a #GError
 */
gboolean
ds_json_enum (const DsJsonValue  *object,
              const char         *member,
              GType               enum_type,
              const DsJsonWhere  *where,
              int                *value,
              GError            **error)
{
  const char *nick;

  if (!ds_json_string (object, member, TRUE, where, &nick, error))
    return FALSE;

  if (!ds_enum_from_string (enum_type, nick, value))
    {
      DsJsonWhere here = DS_JSON_MEMBER (where, member);
      g_autoptr(GString) expected = g_string_new (NULL);
      GEnumClass *klass = g_type_class_ref (enum_type);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (expected, "%s%s", i ? ", " : "", klass->values[i].value_nick);
      g_type_class_unref (klass);

      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here,
                         _("expected one of %s but found \"%s\""), expected->str, nick);
      return FALSE;
    }

  return TRUE;
}

/**
 * ds_json_array:
 * @object: an object
 * @member: the member to read
 * @required: whether the member must be present
 * @where: where @object is
 * @value: (out) (transfer none): the array, or %NULL if it is absent
 * @error: return location for a #GError
 */
gboolean
ds_json_array (const DsJsonValue  *object,
               const char         *member,
               gboolean            required,
               const DsJsonWhere  *where,
               const DsJsonValue **value,
               GError            **error)
{
  DsJsonWhere here = DS_JSON_MEMBER (where, member);
  const DsJsonValue *found = ds_json_member (object, member);

  *value = NULL;

  if (found == NULL && !required)
    return TRUE;

  if (found == NULL || found->type != DS_JSON_ARRAY)
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here,
                         found == NULL ? _("missing; expected an array") : _("expected an array"));
      return FALSE;
    }

  *value = found;
  return TRUE;
}

/**
 * ds_json_string_array:
 * @object: an object
 * @member: an optional member holding an array of non-empty strings
 * @where: where @object is
 * @value: (out) (transfer container): the strings, which belong to the
 *   tree, or %NULL if the member is absent
 * @error: return location for a #GError
 */
gboolean
ds_json_string_array (const DsJsonValue  *object,
                      const char         *member,
                      const DsJsonWhere  *where,
                      char             ***value,
                      GError            **error)
{
  DsJsonWhere here = DS_JSON_MEMBER (where, member);
  const DsJsonValue *array, *element;
  char **strv;

  *value = NULL;

  if (!ds_json_array (object, member, FALSE, where, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  strv = g_new (char *, array->length + 1);
  element = ds_json_first (array);
  for (guint i = 0; i < array->length; i++, element = ds_json_next (element))
    {
      if (element->type != DS_JSON_STRING || *element->v.string == '\0')
        {
          DsJsonWhere at = DS_JSON_INDEX (&here, i);

          g_free (strv);
          ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &at,
                             _("expected a string that is not empty"));
          return FALSE;
        }

      strv[i] = (char *)element->v.string;
    }
  strv[array->length] = NULL;

  *value = strv;
  return TRUE;
}

/**
 * ds_json_strv:
 * @object: an object
 * @member: an optional member holding an array of non-empty strings
 * @where: where @object is
 * @value: (out) (transfer full): the strings, or %NULL if the member is absent
 * @error: return location for a #GError
 */
gboolean
ds_json_strv (const DsJsonValue  *object,
              const char         *member,
              const DsJsonWhere  *where,
              GStrv              *value,
              GError            **error)
{
  g_autofree char **strings = NULL;

  *value = NULL;
  if (!ds_json_string_array (object, member, where, &strings, error))
    return FALSE;

  *value = g_strdupv (strings);
  return TRUE;
}

/**
 * ds_json_is_id:
 * @text: a string
 *
 * Returns: %TRUE if @text is a valid id: lowercase letters, digits and
 *   dashes, starting with a letter or digit, at most 64 characters
 */
gboolean
ds_json_is_id (const char *text)
{
  gsize len;

  if (text == NULL || !g_ascii_isalnum (*text) || g_ascii_isupper (*text))
    return FALSE;

  for (len = 0; text[len] != '\0'; len++)
    {
      char c = text[len];
      if (!(g_ascii_islower (c) || g_ascii_isdigit (c) || c == '-'))
        return FALSE;
    }

  return len <= 64;
}

/**
 * ds_json_is_date:
 * @text: a string
 *
 * Returns: %TRUE if @text is a calendar date written `YYYY-MM-DD`
 */
gboolean
ds_json_is_date (const char *text)
{
  guint y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  y = g_ascii_strtoull (text, NULL, 10);
  m = g_ascii_strtoull (text + 5, NULL, 10);
  d = g_ascii_strtoull (text + 8, NULL, 10);

  return g_date_valid_dmy (d, m, y);
}
