/* ds-json.c — strict reading of the JSON files, with errors that say where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

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
 * within the limits (see ds_json_check_syntax()), then parses it. A leading
 * byte-order mark is accepted and skipped.
 *
 * Returns: (transfer full): the root node, or %NULL with @error set
 */
JsonNode *
ds_json_parse (GBytes      *bytes,
               const char  *file,
               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *text;
  const char *end;
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

  if (!g_utf8_validate_len (text, len, &end))
    {
      ds_json_set_position_error (error, DS_FORMAT_ERROR_ENCODING, file, text, end,
                                  *end == '\0' ? _("unexpected NUL byte; expected UTF-8 text")
                                               : _("invalid UTF-8; expected UTF-8 text"));
      return NULL;
    }

  if (!ds_json_check_syntax (text, len, file, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, len, &local_error))
    {
      /* Not expected after the check above, but json-glib has the last
       * word. Its message starts with "<data>:line:column:" for data given
       * in memory; keep the position, put the file name in front. */
      const char *message = local_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      g_set_error (error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_SYNTAX,
                   "%s:%s", file, message);
      return NULL;
    }

  return json_parser_steal_root (parser);
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
  g_autoptr(GByteArray) data = NULL;
  gsize chunk = 64 * 1024;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!(stream = g_file_read (file, NULL, error)))
    return name_file (error, name);

  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > DS_JSON_MAX_FILE_SIZE)
    goto too_large;

  /* Room for the whole file and the read that finds its end. */
  data = g_byte_array_sized_new ((info != NULL ? (guint) g_file_info_get_size (info) : 0) + chunk);
  for (;;)
    {
      gsize before = data->len;
      gssize n;

      g_byte_array_set_size (data, before + chunk);
      n = g_input_stream_read (G_INPUT_STREAM (stream), data->data + before, chunk, NULL, error);
      if (n < 0)
        return name_file (error, name);
      g_byte_array_set_size (data, before + n);
      if (n == 0)
        break;
      if (data->len > DS_JSON_MAX_FILE_SIZE)
        goto too_large;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));

too_large:
  g_set_error (error, DS_FORMAT_ERROR, DS_FORMAT_ERROR_TOO_LARGE,
               _("%s: the file is larger than the limit of %d MiB"),
               name, DS_JSON_MAX_FILE_SIZE / (1024 * 1024));
  return NULL;
}

/**
 * ds_json_object:
 * @node: a node
 * @where: where @node is
 * @error: return location for a #GError
 *
 * Returns: (transfer none): the object held by @node, or %NULL with @error set
 */
JsonObject *
ds_json_object (JsonNode           *node,
                const DsJsonWhere  *where,
                GError            **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, where, _("expected an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

gboolean
ds_json_check_members (JsonObject         *object,
                       const char * const *allowed,
                       const DsJsonWhere  *where,
                       GError            **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      if (!g_strv_contains (allowed, name))
        {
          DsJsonWhere here = DS_JSON_MEMBER (where, name);
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
ds_json_header (JsonObject         *root,
                const char         *format,
                gint64              max_version,
                const DsJsonWhere  *where,
                gint64             *version,
                GError            **error)
{
  DsJsonWhere at_version = DS_JSON_MEMBER (where, "version");
  const char *found = NULL;
  JsonNode *node;

  if (!ds_json_string (root, "format", TRUE, where, &found, error))
    return FALSE;

  if (g_strcmp0 (found, format) != 0)
    {
      DsJsonWhere at_format = DS_JSON_MEMBER (where, "format");
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &at_format,
                         _("expected \"%s\" but found \"%s\""), format, found);
      return FALSE;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &at_version,
                         _("expected a whole number"));
      return FALSE;
    }

  *version = json_node_get_int (node);
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
ds_json_string (JsonObject         *object,
                const char         *member,
                gboolean            required,
                const DsJsonWhere  *where,
                const char        **value,
                GError            **error)
{
  DsJsonWhere here = DS_JSON_MEMBER (where, member);
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!required)
        return TRUE;
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here,
                         _("missing; expected a string"));
      return FALSE;
    }

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here, _("expected a string"));
      return FALSE;
    }

  *value = json_node_get_string (node);

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
ds_json_boolean (JsonObject         *object,
                 const char         *member,
                 const DsJsonWhere  *where,
                 gboolean           *value,
                 GError            **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = FALSE;
  if (node == NULL)
    return TRUE;

  if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      DsJsonWhere here = DS_JSON_MEMBER (where, member);
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here, _("expected true or false"));
      return FALSE;
    }

  *value = json_node_get_boolean (node);
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
ds_json_enum (JsonObject         *object,
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
ds_json_array (JsonObject         *object,
               const char         *member,
               gboolean            required,
               const DsJsonWhere  *where,
               JsonArray         **value,
               GError            **error)
{
  DsJsonWhere here = DS_JSON_MEMBER (where, member);
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;

  if (node == NULL && !required)
    return TRUE;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &here,
                         node == NULL ? _("missing; expected an array") : _("expected an array"));
      return FALSE;
    }

  *value = json_node_get_array (node);
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
ds_json_strv (JsonObject         *object,
              const char         *member,
              const DsJsonWhere  *where,
              GStrv              *value,
              GError            **error)
{
  DsJsonWhere here = DS_JSON_MEMBER (where, member);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint n;

  *value = NULL;

  if (!ds_json_array (object, member, FALSE, where, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      DsJsonWhere at = DS_JSON_INDEX (&here, i);
      JsonNode *node = json_array_get_element (array, i);
      const char *str;

      if (json_node_get_value_type (node) != G_TYPE_STRING ||
          *(str = json_node_get_string (node)) == '\0')
        {
          ds_json_set_error (error, DS_FORMAT_ERROR_INVALID, &at,
                             _("expected a string that is not empty"));
          return FALSE;
        }

      g_strv_builder_add (builder, str);
    }

  *value = g_strv_builder_end (builder);
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
