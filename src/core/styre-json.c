/* styre-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <string.h>

#include "styre-error.h"
#include "styre-json.h"

/* Documents bigger than this are not a layout or a filter anyone wrote. */
#define MAX_JSON_BYTES (256 * 1024)

static void
member_free (gpointer data)
{
  StyreJsonMember *m = data;

  g_free (m->key);
  g_free (m->text);
  g_free (m);
}

static StyreJsonType
type_of (const char *name)
{
  static const struct { const char *name; StyreJsonType type; } types[] = {
    { "null", STYRE_JSON_NULL }, { "true", STYRE_JSON_TRUE }, { "false", STYRE_JSON_FALSE },
    { "integer", STYRE_JSON_INTEGER }, { "real", STYRE_JSON_REAL },
    { "text", STYRE_JSON_TEXT }, { "array", STYRE_JSON_ARRAY },
    { "object", STYRE_JSON_OBJECT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_strcmp0 (name, types[i].name) == 0)
      return types[i].type;
  return STYRE_JSON_NULL;
}

/**
 * styre_json_read_members:
 * @json: a JSON document
 * @want: %STYRE_JSON_OBJECT or %STYRE_JSON_ARRAY: what the document must be
 *
 * Reads the members of an object, or the elements of an array, one level deep.
 *
 * Returns: (transfer full) (element-type StyreJsonMember): the members in document order,
 *   or %NULL with @error set (%STYRE_ERROR_INVALID) when @json is not such a document
 */
GPtrArray *
styre_json_read_members (const char     *json,
                         StyreJsonType   want,
                         GError        **error)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (member_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *want_name = want == STYRE_JSON_ARRAY ? "array" : "object";
  int rc;

  g_return_val_if_fail (want == STYRE_JSON_OBJECT || want == STYRE_JSON_ARRAY, NULL);

  if (json == NULL || strlen (json) > MAX_JSON_BYTES || !g_utf8_validate (json, -1, NULL))
    goto invalid;

  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL)
      != SQLITE_OK)
    {
      sqlite3_close (db);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED,
                           _("There is not enough memory to read the settings."));
      return NULL;
    }

  /* json_type() and json_each() raise an error on malformed text: check first. */
  if (sqlite3_prepare_v2 (db,
                          "SELECT json_valid(?1) "
                          "  AND json_type(CASE WHEN json_valid(?1) THEN ?1 ELSE 'null' END) = ?2",
                          -1, &stmt, NULL) != SQLITE_OK)
    goto invalid;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, want_name, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int (stmt, 0) == 0)
    goto invalid;
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (sqlite3_prepare_v2 (db,
                          "SELECT key, type, CASE WHEN type IN ('array', 'object') "
                          "  THEN json(value) ELSE value END "
                          "FROM json_each(?1)",
                          -1, &stmt, NULL) != SQLITE_OK)
    goto invalid;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreJsonMember *m = g_new0 (StyreJsonMember, 1);

      if (want == STYRE_JSON_OBJECT)
        m->key = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      m->type = type_of ((const char *) sqlite3_column_text (stmt, 1));
      m->text = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      if (m->type == STYRE_JSON_INTEGER)
        m->integer = sqlite3_column_int64 (stmt, 2);
      else if (m->type == STYRE_JSON_TRUE)
        m->integer = 1;
      g_ptr_array_add (members, m);
    }
  if (rc != SQLITE_DONE)
    goto invalid;

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_steal_pointer (&members);

invalid:
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  if (want == STYRE_JSON_ARRAY)
    g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                         _("The text is not a JSON list (written like [ … ])."));
  else
    g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                         _("The text is not a JSON object (written like { \"name\": … })."));
  return NULL;
}

/**
 * styre_json_lookup:
 *
 * Returns: (transfer none) (nullable): the last member called @key (JSON lets a name
 *   repeat; the last one counts, as in JavaScript)
 */
const StyreJsonMember *
styre_json_lookup (GPtrArray  *members,
                   const char *key)
{
  const StyreJsonMember *found = NULL;

  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const StyreJsonMember *m = g_ptr_array_index (members, i);

      if (g_strcmp0 (m->key, key) == 0)
        found = m;
    }
  return found;
}

/**
 * styre_json_append_string:
 *
 * Appends @text as a JSON string, quoted and escaped.
 */
void
styre_json_append_string (GString    *out,
                          const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text ? text : ""; *p; p++)
    {
      unsigned char c = (unsigned char) *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
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
