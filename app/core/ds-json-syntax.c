/* ds-json-syntax.c — checking that a text is strict JSON before it is parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-json.h"
#include "ds-json-syntax.h"

/* The files are read by this scanner alone. It holds the text to RFC 8259
 * strictly, so that a file Duty Split accepts means the same to every other
 * JSON reader (no comments, single quotes, trailing commas, raw control
 * characters, escaped NULs, or members given twice), and to the limits, and
 * it builds the tree as it goes: one array of DsJsonValue in the order of the
 * text and one block for the text of the strings, instead of an allocation
 * for every value: 24 bytes a value where json-glib's tree took hundreds,
 * and a catalog of 100,000 duties loads in a fraction of the time that tree
 * took to build (README, Performance). It recurses once per nesting level,
 * which the depth limit bounds. */

/* Objects up to this many members are checked for a member given twice by
 * comparing names; larger ones through a hash table. */
#define SMALL_OBJECT 16

typedef struct
{
  const char  *text;
  const char  *p;
  const char  *end;
  const char  *file;
  guint        depth;
  DsJsonValue *values;                         /* room for every value the text can hold */
  guint        n_values;
  char        *strings;                        /* where the next string goes */
  GHashTable  *names[DS_JSON_MAX_DEPTH + 1];   /* member names of each large open object */
  GError     **error;
} Scanner;

/**
 * ds_json_set_position_error:
 * @error: return location for a #GError
 * @code: a #DsFormatError
 * @file: the name to use in messages
 * @text: the start of the document
 * @at: the place the error is about
 * @message: what was expected
 *
 * Sets @error to `FILE:LINE:COLUMN: MESSAGE`, counting columns in
 * characters from 1.
 */
void
ds_json_set_position_error (GError     **error,
                            int          code,
                            const char  *file,
                            const char  *text,
                            const char  *at,
                            const char  *message)
{
  guint line = 1;
  guint column = 1;

  for (const char *p = text; p < at; p++)
    {
      if (*p == '\n')
        line++, column = 1;
      else if ((*p & 0xC0) != 0x80)
        column++;
    }

  g_set_error (error, DS_FORMAT_ERROR, code, "%s:%u:%u: %s", file, line, column, message);
}

static gboolean G_GNUC_PRINTF (4, 5)
fail (Scanner    *s,
      const char *at,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  ds_json_set_position_error (s->error, code, s->file, s->text, at, message);
  return FALSE;
}

/* Names what is at s->p for a message. */
static gboolean
unexpected (Scanner    *s,
            const char *expected)
{
  gunichar c;

  if (s->p >= s->end)
    return fail (s, s->p, DS_FORMAT_ERROR_SYNTAX,
                 _("unexpected end of the file; expected %s"), expected);

  /* The text may not be UTF-8 here; ds_json_read() then says so instead. */
  c = g_utf8_get_char_validated (s->p, s->end - s->p);
  if (c == (gunichar)-1 || c == (gunichar)-2)
    c = (guchar)*s->p;
  if (c > 0x20 && c < 0x7F)
    return fail (s, s->p, DS_FORMAT_ERROR_SYNTAX,
                 _("unexpected character '%c'; expected %s"), (char)c, expected);

  return fail (s, s->p, DS_FORMAT_ERROR_SYNTAX,
               _("unexpected character U+%04X; expected %s"), c, expected);
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
    s->p++;
}

static int
hex4 (const char *p,
      const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);
      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

static inline DsJsonValue *
value_at (Scanner *s,
          guint    index)
{
  return &s->values[index];
}

/* Reads a string at s->p into the string block, and returns it through
 * @out. Its text is never longer than it is in the file, so the block,
 * as large as the file, always has room. */
static gboolean
scan_string (Scanner     *s,
             const char **out)
{
  const char *start = s->p++;
  char *to = s->strings;

  for (;;)
    {
      const char *at = s->p;
      char c;

      if (s->p >= s->end)
        return fail (s, start, DS_FORMAT_ERROR_SYNTAX,
                     _("the string that starts here does not end; expected a closing '\"'"));

      c = *s->p;
      if (c == '"')
        {
          s->p++;
          *to++ = '\0';
          *out = s->strings;
          s->strings = to;
          return TRUE;
        }

      if ((guchar)c < 0x20)
        return fail (s, at, DS_FORMAT_ERROR_SYNTAX,
                     _("control character U+%04X in a string; expected it escaped, as \\n or \\u%04X"),
                     c, c);

      if (c != '\\')
        {
          const char *run = s->p;
          guchar high = 0;

          while (s->p < s->end && *s->p != '"' && *s->p != '\\' && (guchar)*s->p >= 0x20)
            high |= (guchar)*s->p++;
          /* Outside strings any byte past ASCII is a syntax error, so only
           * strings need their UTF-8 checked; see ds_json_read(). */
          if ((high & 0x80) && !g_utf8_validate_len (run, s->p - run, NULL))
            return fail (s, run, DS_FORMAT_ERROR_ENCODING, _("invalid UTF-8; expected UTF-8 text"));
          memcpy (to, run, s->p - run);
          to += s->p - run;
        }
      else if (s->p + 1 < s->end && strchr ("\"\\/bfnrt", s->p[1]) != NULL && s->p[1] != '\0')
        {
          static const char plain[] = "\"\\/\b\f\n\r\t";
          static const char named[] = "\"\\/bfnrt";

          *to++ = plain[strchr (named, s->p[1]) - named];
          s->p += 2;
        }
      else if (s->p + 1 < s->end && s->p[1] == 'u')
        {
          int unit = hex4 (s->p + 2, s->end);
          gunichar cp;

          if (unit < 0)
            return fail (s, at, DS_FORMAT_ERROR_SYNTAX, _("expected four hexadecimal digits after \\u"));
          if (unit == 0)
            return fail (s, at, DS_FORMAT_ERROR_SYNTAX,
                         _("\\u0000 is not allowed; expected text without NUL characters"));
          if (unit >= 0xDC00 && unit <= 0xDFFF)
            return fail (s, at, DS_FORMAT_ERROR_SYNTAX,
                         _("unpaired surrogate \\u%04X; expected a character"), unit);
          s->p += 6;
          cp = unit;

          if (unit >= 0xD800 && unit <= 0xDBFF)
            {
              int low = s->p + 1 < s->end && s->p[0] == '\\' && s->p[1] == 'u'
                        ? hex4 (s->p + 2, s->end) : -1;

              if (low < 0xDC00 || low > 0xDFFF)
                return fail (s, at, DS_FORMAT_ERROR_SYNTAX,
                             _("unpaired surrogate \\u%04X; expected \\uDC00 to \\uDFFF after it"), unit);
              s->p += 6;
              cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            }

          /* Six bytes of escape give at most three of UTF-8, twelve four. */
          to += g_unichar_to_utf8 (cp, to);
        }
      else
        return fail (s, at, DS_FORMAT_ERROR_SYNTAX,
                     _("invalid escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"));

      if (to - s->strings > DS_JSON_MAX_STRING)
        return fail (s, start, DS_FORMAT_ERROR_TOO_LARGE,
                     _("the string is longer than the limit of %d bytes"), DS_JSON_MAX_STRING);
    }
}

static gboolean
scan_digits (Scanner *s)
{
  if (s->p >= s->end || !g_ascii_isdigit (*s->p))
    return unexpected (s, _("a digit"));

  while (s->p < s->end && g_ascii_isdigit (*s->p))
    s->p++;
  return TRUE;
}

/* Adds a value of @type to the tree and returns its index. */
static guint
push (Scanner    *s,
      DsJsonType  type)
{
  s->values[s->n_values] = (DsJsonValue) { .type = type, .size = 1 };
  return s->n_values++;
}

/* Reads the digits from @p to @end, after an optional minus sign, already
 * checked. Not with g_ascii_string_to_signed(): in GLib 2.74 it fails now
 * and then when another thread first uses GLib's C locale at the same
 * moment (the wait leaves errno set), and the built-in catalog is read
 * while GTK starts. */
static gboolean
read_integer (const char *p,
              const char *end,
              gint64     *integer)
{
  gboolean negative = *p == '-';
  guint64 limit = negative ? (guint64)G_MAXINT64 + 1 : (guint64)G_MAXINT64;
  guint64 value = 0;

  for (p += negative; p < end; p++)
    {
      guint digit = (guint)(*p - '0');

      if (value > (limit - digit) / 10)
        return FALSE;
      value = value * 10 + digit;
    }

  if (!negative)
    *integer = (gint64)value;
  else
    *integer = value == 0 ? 0 : -(gint64)(value - 1) - 1;
  return TRUE;
}

static gboolean
scan_number (Scanner *s)
{
  const char *start = s->p;
  gboolean whole = TRUE;
  gint64 integer;

  if (*s->p == '-')
    s->p++;

  /* No leading zeros: "01" is not a JSON number. */
  if (s->p < s->end && *s->p == '0')
    s->p++;
  else if (!scan_digits (s))
    return FALSE;

  if (s->p < s->end && *s->p == '.')
    {
      whole = FALSE;
      s->p++;
      if (!scan_digits (s))
        return FALSE;
    }

  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      whole = FALSE;
      s->p++;
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        s->p++;
      if (!scan_digits (s))
        return FALSE;
    }

  if (!whole)
    {
      push (s, DS_JSON_NUMBER);
      return TRUE;
    }

  /* A whole number must fit in 64 bits: a version of 18446744073709551616
   * must not read as anything else. */
  if (!read_integer (start, s->p, &integer))
    return fail (s, start, DS_FORMAT_ERROR_SYNTAX,
                 _("the number is out of range; expected a whole number "
                   "from -9223372036854775808 to 9223372036854775807"));

  value_at (s, push (s, DS_JSON_INTEGER))->v.integer = integer;
  return TRUE;
}

static gboolean
scan_word (Scanner    *s,
           const char *word,
           DsJsonType  type,
           gboolean    boolean)
{
  gsize len = strlen (word);

  if ((gsize)(s->end - s->p) < len || memcmp (s->p, word, len) != 0)
    return unexpected (s, _("a value"));

  s->p += len;
  value_at (s, push (s, type))->v.boolean = boolean;
  return TRUE;
}

static gboolean scan_value (Scanner *s);

static gboolean
enter (Scanner *s)
{
  if (s->depth == DS_JSON_MAX_DEPTH)
    return fail (s, s->p, DS_FORMAT_ERROR_TOO_DEEP,
                 _("nested more than %d levels deep"), DS_JSON_MAX_DEPTH);

  s->depth++;
  s->p++;
  skip_space (s);
  return TRUE;
}

/* Whether an earlier member of the object at @index is named @name. Small
 * objects compare names; a large one puts them in a hash table, once it
 * has more than SMALL_OBJECT members. */
static gboolean
is_given_twice (Scanner    *s,
                guint       index,
                guint       n_members,
                const char *name)
{
  GHashTable *names;
  guint child;

  if (n_members <= SMALL_OBJECT)
    {
      for (child = index + 1; child < s->n_values; child += value_at (s, child)->size)
        if (strcmp (value_at (s, child)->name, name) == 0)
          return TRUE;
      return FALSE;
    }

  if (s->names[s->depth] == NULL)
    s->names[s->depth] = g_hash_table_new (g_str_hash, g_str_equal);
  names = s->names[s->depth];

  if (n_members == SMALL_OBJECT + 1)
    {
      g_hash_table_remove_all (names);
      for (child = index + 1; child < s->n_values; child += value_at (s, child)->size)
        g_hash_table_add (names, (char *)value_at (s, child)->name);
    }

  return !g_hash_table_add (names, (char *)name);
}

static gboolean
scan_object (Scanner *s)
{
  guint index = push (s, DS_JSON_OBJECT);
  guint n = 0;

  if (!enter (s))
    return FALSE;

  if (s->p < s->end && *s->p == '}')
    goto done;

  for (;;)
    {
      const char *at = s->p;
      const char *name;
      guint member;

      if (s->p >= s->end || *s->p != '"')
        return unexpected (s, _("a member name in double quotes"));

      if (!scan_string (s, &name))
        return FALSE;

      if (is_given_twice (s, index, ++n, name))
        return fail (s, at, DS_FORMAT_ERROR_SYNTAX,
                     _("the member \"%s\" is given twice; expected each member once"), name);

      skip_space (s);
      if (s->p >= s->end || *s->p != ':')
        return unexpected (s, _("':' after the member name"));
      s->p++;

      member = s->n_values;
      if (!scan_value (s))
        return FALSE;
      value_at (s, member)->name = name;

      skip_space (s);
      if (s->p < s->end && *s->p == '}')
        break;
      if (s->p >= s->end || *s->p != ',')
        return unexpected (s, _("',' or '}'"));
      s->p++;
      skip_space (s);
    }

done:
  s->p++;
  s->depth--;
  value_at (s, index)->length = n;
  value_at (s, index)->size = s->n_values - index;
  return TRUE;
}

static gboolean
scan_array (Scanner *s)
{
  const char *start = s->p;
  guint index = push (s, DS_JSON_ARRAY);
  guint n = 0;

  if (!enter (s))
    return FALSE;

  if (s->p < s->end && *s->p == ']')
    goto done;

  for (;;)
    {
      if (++n > DS_JSON_MAX_ARRAY)
        return fail (s, start, DS_FORMAT_ERROR_TOO_LARGE,
                     _("the array has more than %d elements"), DS_JSON_MAX_ARRAY);
      if (!scan_value (s))
        return FALSE;

      skip_space (s);
      if (s->p < s->end && *s->p == ']')
        break;
      if (s->p >= s->end || *s->p != ',')
        return unexpected (s, _("',' or ']'"));
      s->p++;
    }

done:
  s->p++;
  s->depth--;
  value_at (s, index)->length = n;
  value_at (s, index)->size = s->n_values - index;
  return TRUE;
}

static gboolean
scan_value (Scanner *s)
{
  skip_space (s);
  if (s->p >= s->end)
    return unexpected (s, _("a value"));

  if (s->n_values >= DS_JSON_MAX_VALUES)
    return fail (s, s->p, DS_FORMAT_ERROR_TOO_LARGE,
                 _("the file has more than %d values"), DS_JSON_MAX_VALUES);

  switch (*s->p)
    {
    case '{': return scan_object (s);
    case '[': return scan_array (s);
    case 't': return scan_word (s, "true", DS_JSON_BOOLEAN, TRUE);
    case 'f': return scan_word (s, "false", DS_JSON_BOOLEAN, FALSE);
    case 'n': return scan_word (s, "null", DS_JSON_NULL, FALSE);
    case '"':
      {
        guint index = push (s, DS_JSON_STRING);
        const char *string;

        if (!scan_string (s, &string))
          return FALSE;
        value_at (s, index)->v.string = string;
        return TRUE;
      }
    default:
      if (*s->p == '-' || g_ascii_isdigit (*s->p))
        return scan_number (s);
      return unexpected (s, _("a value"));
    }
}

void
ds_json_tree_free (DsJsonTree *tree)
{
  g_free (tree->values);
  if (tree->shared != NULL)
    g_bytes_unref (tree->shared);
  else
    g_free (tree->strings);
  g_free (tree);
}

/**
 * ds_json_tree_share_strings:
 * @tree: a tree
 *
 * Lets objects made from @tree keep pointers to its strings, by holding a
 * reference to the block they are in, which then outlives the tree.
 *
 * Returns: (transfer none): the block of the strings
 */
GBytes *
ds_json_tree_share_strings (DsJsonTree *tree)
{
  if (tree->shared == NULL)
    tree->shared = g_bytes_new_with_free_func (tree->strings, tree->strings_size, g_free, tree->strings);

  return tree->shared;
}

/* Where an error is about bytes that are not UTF-8 text, that is what the
 * message says, wherever in the file they are and whatever else is wrong. */
static void
check_encoding (const char  *text,
                gsize        len,
                const char  *file,
                GError     **error)
{
  const char *end;

  if (g_utf8_validate_len (text, len, &end))
    return;

  g_clear_error (error);
  ds_json_set_position_error (error, DS_FORMAT_ERROR_ENCODING, file, text, end,
                              *end == '\0' ? _("unexpected NUL byte; expected UTF-8 text")
                                           : _("invalid UTF-8; expected UTF-8 text"));
}

/**
 * ds_json_read:
 * @text: a document
 * @len: its length in bytes
 * @file: the name to use in messages
 * @error: return location for a #GError
 *
 * Checks that @text is UTF-8 without NUL bytes, and one JSON value and
 * nothing else, following RFC 8259 strictly, that no object gives a member
 * twice, that nothing is nested more than %DS_JSON_MAX_DEPTH levels deep,
 * that no string, once its escapes are read, is longer than
 * %DS_JSON_MAX_STRING bytes or holds a NUL, and that arrays and the whole
 * document stay within %DS_JSON_MAX_ARRAY elements and %DS_JSON_MAX_VALUES
 * values; and reads it.
 *
 * Returns: (transfer full): the document, or %NULL with @error giving the
 *   line and column
 */
DsJsonTree *
ds_json_read (const char  *text,
              gsize        len,
              const char  *file,
              GError     **error)
{
  g_autoptr(DsJsonTree) tree = g_new0 (DsJsonTree, 1);
  Scanner s = {
    .text = text,
    .p = text,
    .end = text + len,
    .file = file,
    .error = error,
  };
  gboolean ok;

  /* Every value starts at a byte of its own, even in a text that turns out
   * not to be JSON ("[[[["), so this is room for all of them, and the string
   * block as large as the text holds every string (see scan_string()).
   * Pages never written take no memory. */
  tree->values = s.values = ds_json_alloc_large (MIN (len + 1, DS_JSON_MAX_VALUES) * sizeof (DsJsonValue));
  tree->strings_size = len + 1;
  tree->strings = s.strings = ds_json_alloc_large (tree->strings_size);

  ok = scan_value (&s);
  if (ok)
    {
      skip_space (&s);
      if (s.p < s.end)
        ok = unexpected (&s, _("the end of the file after the value"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (s.names); i++)
    g_clear_pointer (&s.names[i], g_hash_table_unref);

  /* Bytes past ASCII outside strings, and NUL bytes anywhere, are errors
   * the scan stops at; only then is it worth checking the whole text. */
  if (!ok)
    {
      check_encoding (text, len, file, error);
      return NULL;
    }

  return g_steal_pointer (&tree);
}
