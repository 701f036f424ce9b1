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

/* json-glib reads JSON with GScanner, which is lenient: it takes comments,
 * single quotes, hexadecimal numbers, raw control characters in strings and
 * a member given twice (the last one wins), and it silently cuts a string at
 * an escaped NUL. It also recurses once per nesting level without a limit.
 * A file that Duty Split accepts must mean the same to every other JSON
 * reader, so this scan holds the text to RFC 8259, and to the limits,
 * before json-glib sees it. It walks the text once and builds nothing but
 * the member names of the objects still open. */

typedef struct
{
  const char  *text;
  const char  *p;
  const char  *end;
  const char  *file;
  guint        depth;
  guint        n_values;
  GHashTable  *names[DS_JSON_MAX_DEPTH + 1];   /* member names of each open object */
  GString     *name;
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

/* Names what is at s->p for a message; the text is valid UTF-8 by now. */
static gboolean
unexpected (Scanner    *s,
            const char *expected)
{
  gunichar c;

  if (s->p >= s->end)
    return fail (s, s->p, DS_FORMAT_ERROR_SYNTAX,
                 _("unexpected end of the file; expected %s"), expected);

  c = g_utf8_get_char (s->p);
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

/* Reads a string at s->p, into @out if it is not %NULL. */
static gboolean
scan_string (Scanner *s,
             GString *out)
{
  const char *start = s->p++;
  gsize length = 0;

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
          return TRUE;
        }

      if ((guchar)c < 0x20)
        return fail (s, at, DS_FORMAT_ERROR_SYNTAX,
                     _("control character U+%04X in a string; expected it escaped, as \\n or \\u%04X"),
                     c, c);

      if (c != '\\')
        {
          if (out != NULL)
            g_string_append_c (out, c);
          s->p++;
          length++;
        }
      else if (s->p + 1 < s->end && strchr ("\"\\/bfnrt", s->p[1]) != NULL && s->p[1] != '\0')
        {
          static const char plain[] = "\"\\/\b\f\n\r\t";
          static const char named[] = "\"\\/bfnrt";

          if (out != NULL)
            g_string_append_c (out, plain[strchr (named, s->p[1]) - named]);
          s->p += 2;
          length++;
        }
      else if (s->p + 1 < s->end && s->p[1] == 'u')
        {
          int unit = hex4 (s->p + 2, s->end);
          gunichar cp;
          char utf8[6];

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

          length += g_unichar_to_utf8 (cp, utf8);
          if (out != NULL)
            g_string_append_unichar (out, cp);
        }
      else
        return fail (s, at, DS_FORMAT_ERROR_SYNTAX,
                     _("invalid escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"));

      if (length > DS_JSON_MAX_STRING)
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

static gboolean
scan_number (Scanner *s)
{
  const char *start = s->p;
  gboolean whole = TRUE;

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

  /* json-glib wraps whole numbers that do not fit in 64 bits around, so a
   * version of 18446744073709551616 would read as -1. */
  if (whole)
    {
      char digits[24] = { 0, };
      gsize len = s->p - start;

      if (len < sizeof digits)
        memcpy (digits, start, len);
      if (len >= sizeof digits ||
          !g_ascii_string_to_signed (digits, 10, G_MININT64, G_MAXINT64, NULL, NULL))
        return fail (s, start, DS_FORMAT_ERROR_SYNTAX,
                     _("the number is out of range; expected a whole number "
                       "from -9223372036854775808 to 9223372036854775807"));
    }

  return TRUE;
}

static gboolean
scan_word (Scanner    *s,
           const char *word)
{
  gsize len = strlen (word);

  if ((gsize)(s->end - s->p) < len || memcmp (s->p, word, len) != 0)
    return unexpected (s, _("a value"));

  s->p += len;
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

static gboolean
scan_object (Scanner *s)
{
  GHashTable *names;

  if (!enter (s))
    return FALSE;

  if (s->names[s->depth] == NULL)
    s->names[s->depth] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  names = s->names[s->depth];
  g_hash_table_remove_all (names);

  if (s->p < s->end && *s->p == '}')
    goto done;

  for (;;)
    {
      const char *at = s->p;

      if (s->p >= s->end || *s->p != '"')
        return unexpected (s, _("a member name in double quotes"));

      g_string_truncate (s->name, 0);
      if (!scan_string (s, s->name))
        return FALSE;

      if (!g_hash_table_add (names, g_strndup (s->name->str, s->name->len)))
        return fail (s, at, DS_FORMAT_ERROR_SYNTAX,
                     _("the member \"%s\" is given twice; expected each member once"), s->name->str);

      skip_space (s);
      if (s->p >= s->end || *s->p != ':')
        return unexpected (s, _("':' after the member name"));
      s->p++;

      if (!scan_value (s))
        return FALSE;

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
  return TRUE;
}

static gboolean
scan_array (Scanner *s)
{
  const char *start = s->p;
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
  return TRUE;
}

static gboolean
scan_value (Scanner *s)
{
  skip_space (s);
  if (s->p >= s->end)
    return unexpected (s, _("a value"));

  if (++s->n_values > DS_JSON_MAX_VALUES)
    return fail (s, s->p, DS_FORMAT_ERROR_TOO_LARGE,
                 _("the file has more than %d values"), DS_JSON_MAX_VALUES);

  switch (*s->p)
    {
    case '{': return scan_object (s);
    case '[': return scan_array (s);
    case '"': return scan_string (s, NULL);
    case 't': return scan_word (s, "true");
    case 'f': return scan_word (s, "false");
    case 'n': return scan_word (s, "null");
    default:
      if (*s->p == '-' || g_ascii_isdigit (*s->p))
        return scan_number (s);
      return unexpected (s, _("a value"));
    }
}

/**
 * ds_json_check_syntax:
 * @text: a document, valid UTF-8 without NUL bytes
 * @len: its length in bytes
 * @file: the name to use in messages
 * @error: return location for a #GError
 *
 * Checks that @text is one JSON value and nothing else, following RFC 8259
 * strictly, that no object gives a member twice, that nothing is nested more
 * than %DS_JSON_MAX_DEPTH levels deep, that no string, once its escapes are
 * read, is longer than %DS_JSON_MAX_STRING bytes or holds a NUL, and that
 * arrays and the whole document stay within %DS_JSON_MAX_ARRAY elements and
 * %DS_JSON_MAX_VALUES values.
 *
 * Returns: %TRUE if it is, else %FALSE with @error giving the line and column
 */
gboolean
ds_json_check_syntax (const char  *text,
                      gsize        len,
                      const char  *file,
                      GError     **error)
{
  Scanner s = {
    .text = text,
    .p = text,
    .end = text + len,
    .file = file,
    .name = g_string_new (NULL),
    .error = error,
  };
  gboolean ok = scan_value (&s);

  if (ok)
    {
      skip_space (&s);
      if (s.p < s.end)
        ok = unexpected (&s, _("the end of the file after the value"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (s.names); i++)
    g_clear_pointer (&s.names[i], g_hash_table_unref);
  g_string_free (s.name, TRUE);

  return ok;
}
