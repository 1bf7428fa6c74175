/* styre-json.h — reading and writing the small JSON documents the file keeps
 *
 * Dashboard layouts and the filters of linked views are JSON (styre-schema-v1.sql). They
 * are read with SQLite's own JSON functions on a private in-memory connection, so a
 * hostile document meets a parser that is fuzzed upstream, and nothing here needs a new
 * library.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STYRE_JSON_NULL,
  STYRE_JSON_TRUE,
  STYRE_JSON_FALSE,
  STYRE_JSON_INTEGER,
  STYRE_JSON_REAL,
  STYRE_JSON_TEXT,
  STYRE_JSON_ARRAY,
  STYRE_JSON_OBJECT,
} StyreJsonType;

/**
 * StyreJsonMember:
 * @key: the member's name, or %NULL for an element of an array
 * @type: what the value is
 * @text: the value as text: a string's contents, a number's digits, or the JSON text of
 *   an array or object (to read it in turn)
 * @integer: the value of an integer
 */
typedef struct
{
  char          *key;
  StyreJsonType  type;
  char          *text;
  gint64         integer;
} StyreJsonMember;

GPtrArray  *styre_json_read_members  (const char      *json,
                                      StyreJsonType    want,
                                      GError         **error);
const StyreJsonMember *styre_json_lookup (GPtrArray   *members,
                                          const char  *key);
void        styre_json_append_string (GString         *out,
                                      const char      *text);

G_END_DECLS
