/* styre-csv.c — CSV as Norwegian Excel writes and reads it
 *
 * Excel in Norway saves "CSV (semikolondelt)" in Windows-1252 with semicolons, and "CSV
 * UTF-8 (kommadelt)" in UTF-8 with a byte order mark — also with semicolons, because the
 * list separator follows the decimal comma. Other tools write commas. Both are read here:
 * the encoding and the delimiter are detected, fields may be quoted with doubled quotes
 * inside, and quoted fields may hold delimiters and line breaks. Lines end in CRLF, LF or
 * CR. A first line "sep=;" (Excel's hint) names the delimiter.
 *
 * The reader never stops at the first problem: it reads the whole file and lists every
 * line it could not read, so a person can fix them all at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "styre-csv.h"
#include "styre-error.h"

static void
problem_free (gpointer data)
{
  StyreCsvProblem *p = data;

  g_free (p->message);
  g_free (p);
}

static void
add_problem (StyreCsv   *csv,
             guint       line,
             int         column,
             const char *message)
{
  StyreCsvProblem *p = g_new0 (StyreCsvProblem, 1);

  p->line = line;
  p->column = column;
  p->message = g_strdup (message);
  g_ptr_array_add (csv->problems, p);
}

void
styre_csv_free (StyreCsv *csv)
{
  if (csv == NULL)
    return;
  g_clear_pointer (&csv->records, g_ptr_array_unref);
  g_clear_pointer (&csv->lines, g_array_unref);
  g_clear_pointer (&csv->problems, g_ptr_array_unref);
  g_free (csv);
}

/* Windows-1252's characters 0x80–0x9F; 0 where the code page has none. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Decodes Windows-1252; returns the line of the first byte that is not a character in
 * it, or 0. */
static char *
decode_cp1252 (const guchar *data,
               gsize         length,
               guint        *bad_line)
{
  GString *out = g_string_sized_new (length + length / 8);
  guint line = 1;

  *bad_line = 0;
  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];
      gunichar u;

      if (c == '\n')
        line++;
      if (c < 0x80)
        {
          g_string_append_c (out, (char) c);
          continue;
        }
      u = c < 0xA0 ? cp1252_high[c - 0x80] : c;
      if (u == 0)
        {
          if (*bad_line == 0)
            *bad_line = line;
          u = 0xFFFD;
        }
      g_string_append_unichar (out, u);
    }
  return g_string_free (out, FALSE);
}

static guint
line_of_offset (const char *text,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset && text[i]; i++)
    if (text[i] == '\n')
      line++;
  return line;
}

/* The delimiter of the first line, counted outside quotes: the most frequent of ; , and
 * tab; a semicolon when there is none or a tie, as Norwegian Excel writes. */
static char
detect_delimiter (const char *text)
{
  guint semicolons = 0, commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == '\t')
        tabs++;
    }
  if (tabs > semicolons && tabs > commas)
    return '\t';
  if (commas > semicolons)
    return ',';
  return ';';
}

static void
end_record (StyreCsv  *csv,
            GPtrArray *fields,
            guint      line)
{
  /* A line with nothing on it is not a record. */
  if (fields->len == 1 && *(char *) g_ptr_array_index (fields, 0) == '\0')
    {
      g_ptr_array_set_size (fields, 0);
      return;
    }
  g_ptr_array_add (fields, NULL);
  g_ptr_array_add (csv->records, g_ptr_array_steal (fields, NULL));
  g_array_append_val (csv->lines, line);
}

/**
 * styre_csv_parse:
 * @data: the file's bytes
 *
 * Reads a CSV file. A file that is not text at all (a workbook, UTF-16) is an error;
 * everything else is read as far as it goes, with each line that could not be read in
 * the result's problems.
 *
 * Returns: (transfer full): the records, or %NULL with %STYRE_ERROR_INVALID
 */
StyreCsv *
styre_csv_parse (const char  *data,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(StyreCsv) csv = g_new0 (StyreCsv, 1);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  g_autofree char *text = NULL;
  const guchar *bytes = (const guchar *) data;
  const char *p;
  guint line = 1, record_line = 1;
  gboolean quoted = FALSE, was_quoted = FALSE, after_quote = FALSE, reported = FALSE;

  csv->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  csv->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  csv->problems = g_ptr_array_new_with_free_func (problem_free);

  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("This is an Excel workbook, not a CSV file. In Excel, choose "
                             "File → Save As and the type “CSV UTF-8 (comma delimited)” or "
                             "“CSV (semicolon delimited)”."));
      return NULL;
    }
  if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("The file is saved as Unicode text (UTF-16). Save it from Excel as "
                             "“CSV UTF-8 (comma delimited)” instead."));
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("The file is not a text file, so it is not CSV."));
      return NULL;
    }

  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
      const char *end = NULL;

      csv->had_bom = TRUE;
      csv->encoding = "UTF-8";
      text = g_strndup (data + 3, length - 3);
      if (!g_utf8_validate (text, -1, &end))
        {
          add_problem (csv, line_of_offset (text, end - text), -1,
                       _("the file says it is UTF-8 but has characters that are not; save it "
                         "from Excel again as “CSV UTF-8 (comma delimited)”"));
          g_free (text);
          text = g_utf8_make_valid (data + 3, (gssize) (length - 3));
        }
    }
  else if (g_utf8_validate (data, (gssize) length, NULL))
    {
      csv->encoding = "UTF-8";
      text = g_strndup (data, length);
    }
  else
    {
      guint bad_line;

      csv->encoding = "Windows-1252";
      text = decode_cp1252 (bytes, length, &bad_line);
      if (bad_line != 0)
        add_problem (csv, bad_line, -1,
                     _("the file has characters that are neither UTF-8 nor Windows-1252; "
                       "save it from Excel as “CSV UTF-8 (comma delimited)”"));
    }

  p = text;
  /* Excel's "sep=;" line names the delimiter. */
  if (g_ascii_strncasecmp (p, "sep=", 4) == 0 && p[4] != '\0'
      && (p[5] == '\n' || p[5] == '\r' || p[5] == '\0'))
    {
      csv->delimiter = p[4];
      p += 5;
      if (*p == '\r')
        p++;
      if (*p == '\n')
        p++;
      line = record_line = 2;
    }
  else
    csv->delimiter = detect_delimiter (p);

  for (; *p; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"')
            {
              if (p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else
                {
                  quoted = FALSE;
                  after_quote = TRUE;
                }
            }
          else if (c == '\r')
            {
              /* A line break inside a value is kept as one newline. */
              if (p[1] != '\n')
                {
                  g_string_append_c (field, '\n');
                  line++;
                }
            }
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (c == csv->delimiter || c == '\n' || c == '\r')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = after_quote = reported = FALSE;
          if (c != csv->delimiter)
            {
              if (c == '\r' && p[1] == '\n')
                p++;
              end_record (csv, fields, record_line);
              line++;
              record_line = line;
            }
          continue;
        }

      if (c == '"' && field->len == 0 && !was_quoted)
        {
          quoted = was_quoted = TRUE;
          continue;
        }

      if (after_quote)
        {
          if (c == ' ' || c == '\t')
            continue;
          if (!reported)
            {
              add_problem (csv, line, (int) fields->len,
                           _("there is text after the closing quote; a quote inside a "
                             "quoted value is written twice (\"\")"));
              reported = TRUE;
            }
        }
      /* A quote inside an unquoted value is just a character, as Excel reads it. */
      g_string_append_c (field, c);
    }

  if (quoted)
    add_problem (csv, record_line, (int) fields->len,
                 _("a quote is opened but never closed, so the rest of the file is read "
                   "as one value"));
  if (field->len > 0 || fields->len > 0 || was_quoted)
    {
      g_ptr_array_add (fields, g_strdup (field->str));
      end_record (csv, fields, record_line);
    }

  return g_steal_pointer (&csv);
}

/**
 * styre_csv_append_field:
 *
 * Appends @value to @out, quoted when it holds the delimiter, a quote, a line break or
 * space at its ends (without the delimiter before it).
 */
void
styre_csv_append_field (GString    *out,
                        const char *value,
                        char        delimiter)
{
  gboolean quote;
  gsize n;

  if (value == NULL)
    return;
  n = strlen (value);
  quote = strchr (value, delimiter) != NULL || strpbrk (value, "\"\r\n") != NULL
          || (n > 0 && (value[0] == ' ' || value[n - 1] == ' '));
  if (!quote)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      /* Excel keeps line breaks inside a cell as LF. */
      if (*p == '\r')
        continue;
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * styre_csv_append_record:
 *
 * Appends one record ending in CRLF.
 */
void
styre_csv_append_record (GString            *out,
                         const char * const *fields,
                         guint               n_fields,
                         char                delimiter)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, delimiter);
      styre_csv_append_field (out, fields[i], delimiter);
    }
  g_string_append (out, "\r\n");
}
