/* ds-json.h — strict reading of the JSON files, with errors that say where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DS_FORMAT_ERROR (ds_format_error_quark ())

typedef enum {
  DS_FORMAT_ERROR_TOO_LARGE,
  DS_FORMAT_ERROR_ENCODING,
  DS_FORMAT_ERROR_SYNTAX,
  DS_FORMAT_ERROR_TOO_DEEP,
  DS_FORMAT_ERROR_INVALID,
  DS_FORMAT_ERROR_VERSION,
} DsFormatError;

/* Limits enforced before and while parsing; docs/ describes them. */
#define DS_JSON_MAX_FILE_SIZE   (64 * 1024 * 1024)
#define DS_JSON_MAX_DEPTH       32
#define DS_JSON_MAX_STRING      (16 * 1024)
/* The most items a checklist may have; no array may be longer. */
#define DS_JSON_MAX_ARRAY       200000
/* json-glib takes a few hundred bytes for each value it holds, so a 64 MiB
 * file of `[{},{},…]` would take gigabytes; a checklist of 200,000 items with
 * every member set has 1.8 million values. */
#define DS_JSON_MAX_VALUES      2000000

/* A place in a document: a chain from the node being read up to the file.
 * Readers keep these on the stack; the path text is only built for an error. */
typedef struct _DsJsonWhere DsJsonWhere;
struct _DsJsonWhere
{
  const DsJsonWhere *parent;
  const char        *member;   /* NULL for an array element */
  guint              index;
  const char        *file;     /* set on the root only */
};

#define DS_JSON_ROOT(f)       ((DsJsonWhere) { .file = (f) })
#define DS_JSON_MEMBER(p, m)  ((DsJsonWhere) { .parent = (p), .member = (m) })
#define DS_JSON_INDEX(p, i)   ((DsJsonWhere) { .parent = (p), .index = (i) })

GQuark      ds_format_error_quark (void);

void        ds_json_set_error     (GError            **error,
                                   int                 code,
                                   const DsJsonWhere  *where,
                                   const char         *format,
                                   ...) G_GNUC_PRINTF (4, 5);
gboolean    ds_json_invalid       (GError            **error,
                                   const DsJsonWhere  *where,
                                   const char         *member,
                                   const char         *message);
GBytes     *ds_json_load_file     (GFile              *file,
                                   const char         *name,
                                   GError            **error);
JsonNode   *ds_json_parse         (GBytes             *bytes,
                                   const char         *file,
                                   GError            **error);
JsonObject *ds_json_object        (JsonNode           *node,
                                   const DsJsonWhere  *where,
                                   GError            **error);
gboolean    ds_json_check_members (JsonObject         *object,
                                   const char * const *allowed,
                                   const DsJsonWhere  *where,
                                   GError            **error);
gboolean    ds_json_header        (JsonObject         *root,
                                   const char         *format,
                                   gint64              max_version,
                                   const DsJsonWhere  *where,
                                   gint64             *version,
                                   GError            **error);
gboolean    ds_json_string        (JsonObject         *object,
                                   const char         *member,
                                   gboolean            required,
                                   const DsJsonWhere  *where,
                                   const char        **value,
                                   GError            **error);
gboolean    ds_json_boolean       (JsonObject         *object,
                                   const char         *member,
                                   const DsJsonWhere  *where,
                                   gboolean           *value,
                                   GError            **error);
gboolean    ds_json_enum          (JsonObject         *object,
                                   const char         *member,
                                   GType               enum_type,
                                   const DsJsonWhere  *where,
                                   int                *value,
                                   GError            **error);
gboolean    ds_json_array         (JsonObject         *object,
                                   const char         *member,
                                   gboolean            required,
                                   const DsJsonWhere  *where,
                                   JsonArray         **value,
                                   GError            **error);
gboolean    ds_json_strv          (JsonObject         *object,
                                   const char         *member,
                                   const DsJsonWhere  *where,
                                   GStrv              *value,
                                   GError            **error);

G_END_DECLS

G_BEGIN_DECLS

gboolean    ds_json_is_id         (const char         *text);
gboolean    ds_json_is_date       (const char         *text);

G_END_DECLS
