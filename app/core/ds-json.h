/* ds-json.h — strict reading of the JSON files, with errors that say where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

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

/* Limits enforced before and while parsing; docs/ describes them. The
 * tree takes 24 bytes for each value and at most the size of the file for
 * the text of its strings, so the largest file the limits let through
 * takes no more than about 128 + 128 + 96 MiB while it is read. */
#define DS_JSON_MAX_FILE_SIZE   (128 * 1024 * 1024)
#define DS_JSON_MAX_DEPTH       32
#define DS_JSON_MAX_STRING      (16 * 1024)
/* The most items a checklist may have; no array may be longer. */
#define DS_JSON_MAX_ARRAY       200000
/* A checklist of 200,000 items with every member set has 2.4 million
 * values; a catalog of 20,000 services of 10 duties about 2.2 million. */
#define DS_JSON_MAX_VALUES      4000000

typedef enum {
  DS_JSON_NULL,
  DS_JSON_BOOLEAN,
  DS_JSON_INTEGER,   /* a number without fraction or exponent */
  DS_JSON_NUMBER,    /* any other number; its value is not kept */
  DS_JSON_STRING,
  DS_JSON_ARRAY,
  DS_JSON_OBJECT,
} DsJsonType;

/* One value of a document. A document is one array of these in the order
 * of the text, each array or object followed by its elements or members,
 * so that a value's first child is the next one and its next sibling is
 * @size values on. Strings are NUL-terminated and live as long as the tree. */
typedef struct _DsJsonValue DsJsonValue;
struct _DsJsonValue
{
  const char *name;      /* the member name, for a member of an object */
  union {
    const char *string;
    gint64      integer;
    gboolean    boolean;
  } v;
  guint32     size;      /* values in the subtree, this one included */
  guint32     length : 28;  /* elements of an array, members of an object */
  guint32     type : 4;     /* a DsJsonType */
};

G_STATIC_ASSERT (DS_JSON_MAX_VALUES < (1 << 28));

typedef struct _DsJsonTree DsJsonTree;
struct _DsJsonTree
{
  DsJsonValue *values;   /* values[0] is the root */
  char        *strings;
  gsize        strings_size;
  GBytes      *shared;   /* owns @strings once ds_json_tree_share_strings() is called */
};

void        ds_json_tree_free     (DsJsonTree         *tree);
GBytes     *ds_json_tree_share_strings (DsJsonTree  *tree);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsJsonTree, ds_json_tree_free)

/* The first element or member of @value, when its length is not 0. */
static inline const DsJsonValue *
ds_json_first (const DsJsonValue *value)
{
  return value + 1;
}

/* The element or member after @value. */
static inline const DsJsonValue *
ds_json_next (const DsJsonValue *value)
{
  return value + value->size;
}

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
DsJsonTree *ds_json_parse         (GBytes             *bytes,
                                   const char         *file,
                                   GError            **error);
const DsJsonValue *
            ds_json_member        (const DsJsonValue  *object,
                                   const char         *member);
const DsJsonValue *
            ds_json_object        (const DsJsonValue  *value,
                                   const DsJsonWhere  *where,
                                   GError            **error);
gboolean    ds_json_check_members (const DsJsonValue  *object,
                                   const char * const *allowed,
                                   const DsJsonWhere  *where,
                                   GError            **error);
gboolean    ds_json_header        (const DsJsonValue  *root,
                                   const char         *format,
                                   gint64              max_version,
                                   const DsJsonWhere  *where,
                                   gint64             *version,
                                   GError            **error);
gboolean    ds_json_string        (const DsJsonValue  *object,
                                   const char         *member,
                                   gboolean            required,
                                   const DsJsonWhere  *where,
                                   const char        **value,
                                   GError            **error);
gboolean    ds_json_boolean       (const DsJsonValue  *object,
                                   const char         *member,
                                   const DsJsonWhere  *where,
                                   gboolean           *value,
                                   GError            **error);
gboolean    ds_json_enum          (const DsJsonValue  *object,
                                   const char         *member,
                                   GType               enum_type,
                                   const DsJsonWhere  *where,
                                   int                *value,
                                   GError            **error);
gboolean    ds_json_array         (const DsJsonValue  *object,
                                   const char         *member,
                                   gboolean            required,
                                   const DsJsonWhere  *where,
                                   const DsJsonValue **value,
                                   GError            **error);
gboolean    ds_json_string_array  (const DsJsonValue  *object,
                                   const char         *member,
                                   const DsJsonWhere  *where,
                                   char             ***value,
                                   GError            **error);
gboolean    ds_json_strv          (const DsJsonValue  *object,
                                   const char         *member,
                                   const DsJsonWhere  *where,
                                   GStrv              *value,
                                   GError            **error);

G_END_DECLS

G_BEGIN_DECLS

gboolean    ds_json_is_id         (const char         *text);
gboolean    ds_json_is_date       (const char         *text);

G_END_DECLS
