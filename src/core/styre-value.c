/* styre-value.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "styre-value.h"

void
styre_value_clear (StyreValue *value)
{
  if (value->type == STYRE_VALUE_TEXT)
    g_clear_pointer (&value->s, g_free);
  value->type = STYRE_VALUE_NULL;
  value->i = 0;
}

void
styre_value_copy (const StyreValue *src,
                  StyreValue       *dest)
{
  *dest = *src;
  if (src->type == STYRE_VALUE_TEXT)
    dest->s = g_strdup (src->s);
}

gboolean
styre_value_equal (const StyreValue *a,
                   const StyreValue *b)
{
  if (a->type != b->type)
    {
      /* An integer and a real with the same value are the same number. */
      if (a->type == STYRE_VALUE_INT && b->type == STYRE_VALUE_REAL)
        return (double) a->i == b->d;
      if (a->type == STYRE_VALUE_REAL && b->type == STYRE_VALUE_INT)
        return a->d == (double) b->i;
      return FALSE;
    }

  switch (a->type)
    {
    case STYRE_VALUE_NULL:
      return TRUE;
    case STYRE_VALUE_INT:
      return a->i == b->i;
    case STYRE_VALUE_REAL:
      return a->d == b->d;
    case STYRE_VALUE_TEXT:
      return g_strcmp0 (a->s, b->s) == 0;
    default:
      g_assert_not_reached ();
    }
}

char *
styre_value_to_string (const StyreValue *value)
{
  switch (value->type)
    {
    case STYRE_VALUE_NULL:
      return g_strdup ("");
    case STYRE_VALUE_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value->i);
    case STYRE_VALUE_REAL:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_dtostr (buf, sizeof buf, value->d));
      }
    case STYRE_VALUE_TEXT:
      return g_strdup (value->s);
    default:
      g_assert_not_reached ();
    }
}

static void
append_json_string (GString    *out,
                    const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      guchar c = (guchar) *p;
      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

/* Appends @value as JSON. Long texts are cut so the audit log stays readable. */
void
styre_value_append_json (const StyreValue *value,
                         GString          *out)
{
  switch (value->type)
    {
    case STYRE_VALUE_NULL:
      g_string_append (out, "null");
      break;
    case STYRE_VALUE_INT:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, value->i);
      break;
    case STYRE_VALUE_REAL:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        if (isfinite (value->d))
          g_string_append (out, g_ascii_dtostr (buf, sizeof buf, value->d));
        else
          g_string_append (out, "null");
      }
      break;
    case STYRE_VALUE_TEXT:
      {
        const glong max_chars = 4000;
        if (g_utf8_strlen (value->s, -1) > max_chars)
          {
            g_autofree char *cut = g_utf8_substring (value->s, 0, max_chars);
            g_autofree char *with_mark = g_strconcat (cut, "…", NULL);
            append_json_string (out, with_mark);
          }
        else
          append_json_string (out, value->s);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}
