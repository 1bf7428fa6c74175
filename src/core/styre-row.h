/* styre-row.h — one row as read from the file, for conflicts and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "styre-value.h"

G_BEGIN_DECLS

typedef struct _StyreRow StyreRow;

#define STYRE_TYPE_ROW (styre_row_get_type ())

GType              styre_row_get_type    (void) G_GNUC_CONST;
StyreRow          *styre_row_new         (const char       *table);
StyreRow          *styre_row_ref         (StyreRow         *self);
void               styre_row_unref       (StyreRow         *self);
const char        *styre_row_get_table   (const StyreRow   *self);
guint              styre_row_get_n_columns (const StyreRow *self);
const char        *styre_row_get_column_name (const StyreRow *self,
                                              guint           i);
const StyreValue  *styre_row_get_value_at (const StyreRow  *self,
                                           guint            i);
const StyreValue  *styre_row_get         (const StyreRow   *self,
                                          const char       *column);
gint64             styre_row_get_int     (const StyreRow   *self,
                                          const char       *column);
const char        *styre_row_get_text    (const StyreRow   *self,
                                          const char       *column);
void               styre_row_take_value  (StyreRow         *self,
                                          const char       *column,
                                          StyreValue        value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreRow, styre_row_unref)

G_END_DECLS
