/* styre-change-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-change.h"

G_BEGIN_DECLS

typedef struct
{
  char        *column;
  StyreValue   value;
  StyreChange *ref;    /* an insert whose new id is the value */
} StyreChangeField;

struct _StyreChange
{
  gatomicrefcount  ref_count;
  StyreChangeKind  kind;
  char            *table;
  gint64           id;
  gint64           expected_version;
  gint64           new_version;
  GArray          *fields;   /* of StyreChangeField */
};

G_END_DECLS
