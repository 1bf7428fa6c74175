/* styre-value.h — a column value: NULL, integer, real or text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  STYRE_VALUE_NULL,
  STYRE_VALUE_INT,
  STYRE_VALUE_REAL,
  STYRE_VALUE_TEXT,
} StyreValueType;

typedef struct
{
  StyreValueType type;
  union {
    gint64  i;
    double  d;
    char   *s;
  };
} StyreValue;

void      styre_value_clear  (StyreValue       *value);
void      styre_value_copy   (const StyreValue *src,
                              StyreValue       *dest);
gboolean  styre_value_equal  (const StyreValue *a,
                              const StyreValue *b);
char     *styre_value_to_string (const StyreValue *value);
void      styre_value_append_json (const StyreValue *value,
                                   GString          *out);

G_END_DECLS
