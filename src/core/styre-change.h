/* styre-change.h — one edit to the file: an insert, update or delete of one row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "styre-value.h"

G_BEGIN_DECLS

typedef enum
{
  STYRE_CHANGE_INSERT,
  STYRE_CHANGE_UPDATE,
  STYRE_CHANGE_DELETE,
} StyreChangeKind;

typedef struct _StyreChange StyreChange;

#define STYRE_TYPE_CHANGE (styre_change_get_type ())

GType            styre_change_get_type     (void) G_GNUC_CONST;
StyreChange     *styre_change_new_insert   (const char        *table);
StyreChange     *styre_change_new_update   (const char        *table,
                                            gint64             id,
                                            gint64             expected_version);
StyreChange     *styre_change_new_delete   (const char        *table,
                                            gint64             id,
                                            gint64             expected_version);
StyreChange     *styre_change_ref          (StyreChange       *self);
void             styre_change_unref        (StyreChange       *self);
StyreChangeKind  styre_change_get_kind     (const StyreChange *self);
const char      *styre_change_get_table    (const StyreChange *self);
gint64           styre_change_get_id       (const StyreChange *self);
gint64           styre_change_get_version  (const StyreChange *self);
gint64           styre_change_get_expected_version (const StyreChange *self);
void             styre_change_set_int      (StyreChange       *self,
                                            const char        *column,
                                            gint64             value);
void             styre_change_set_bool     (StyreChange       *self,
                                            const char        *column,
                                            gboolean           value);
void             styre_change_set_double   (StyreChange       *self,
                                            const char        *column,
                                            double             value);
void             styre_change_set_text     (StyreChange       *self,
                                            const char        *column,
                                            const char        *value);
void             styre_change_set_null     (StyreChange       *self,
                                            const char        *column);
void             styre_change_set_value    (StyreChange       *self,
                                            const char        *column,
                                            const StyreValue  *value);
void             styre_change_set_ref      (StyreChange       *self,
                                            const char        *column,
                                            StyreChange       *inserted);
guint            styre_change_get_n_fields (const StyreChange *self);
const char      *styre_change_get_field_name (const StyreChange *self,
                                              guint              i);
const StyreValue *styre_change_get_field_value (const StyreChange *self,
                                                guint              i);
const StyreValue *styre_change_lookup      (const StyreChange *self,
                                            const char        *column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreChange, styre_change_unref)

G_END_DECLS
