/* styre-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-change-private.h"

G_DEFINE_BOXED_TYPE (StyreChange, styre_change, styre_change_ref, styre_change_unref)

static StyreChange *
change_new (StyreChangeKind  kind,
            const char      *table,
            gint64           id,
            gint64           expected_version)
{
  StyreChange *self = g_new0 (StyreChange, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->table = g_strdup (table);
  self->id = id;
  self->expected_version = expected_version;
  self->fields = g_array_new (FALSE, TRUE, sizeof (StyreChangeField));
  return self;
}

/**
 * styre_change_new_insert:
 * @table: the table to add a row to
 *
 * Starts a new row. `version`, `updated_at`, `updated_by` and `created_at` are filled in by
 * the store. After styre_store_apply(), styre_change_get_id() is the new row's id.
 */
StyreChange *
styre_change_new_insert (const char *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  return change_new (STYRE_CHANGE_INSERT, table, 0, 0);
}

/**
 * styre_change_new_update:
 * @expected_version: the version the editor started from
 *
 * Changes fields of a row. The store saves only if the row still has
 * @expected_version; otherwise the apply fails with %STYRE_ERROR_CONFLICT.
 */
StyreChange *
styre_change_new_update (const char *table,
                         gint64      id,
                         gint64      expected_version)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (id > 0, NULL);
  return change_new (STYRE_CHANGE_UPDATE, table, id, expected_version);
}

StyreChange *
styre_change_new_delete (const char *table,
                         gint64      id,
                         gint64      expected_version)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (id > 0, NULL);
  return change_new (STYRE_CHANGE_DELETE, table, id, expected_version);
}

StyreChange *
styre_change_ref (StyreChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
styre_change_unref (StyreChange *self)
{
  g_return_if_fail (self != NULL);
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      for (guint i = 0; i < self->fields->len; i++)
        {
          StyreChangeField *f = &g_array_index (self->fields, StyreChangeField, i);
          g_free (f->column);
          styre_value_clear (&f->value);
          g_clear_pointer (&f->ref, styre_change_unref);
        }
      g_array_unref (self->fields);
      g_free (self->table);
      g_free (self);
    }
}

StyreChangeKind
styre_change_get_kind (const StyreChange *self)
{
  return self->kind;
}

const char *
styre_change_get_table (const StyreChange *self)
{
  return self->table;
}

gint64
styre_change_get_id (const StyreChange *self)
{
  return self->id;
}

/**
 * styre_change_get_version:
 *
 * The row's version after the change was applied (for the next edit's expected version).
 */
gint64
styre_change_get_version (const StyreChange *self)
{
  return self->new_version;
}

gint64
styre_change_get_expected_version (const StyreChange *self)
{
  return self->expected_version;
}

static StyreChangeField *
field_for (StyreChange *self,
           const char  *column)
{
  StyreChangeField f = { 0 };

  g_return_val_if_fail (self->kind != STYRE_CHANGE_DELETE, NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      StyreChangeField *e = &g_array_index (self->fields, StyreChangeField, i);
      if (g_str_equal (e->column, column))
        {
          styre_value_clear (&e->value);
          g_clear_pointer (&e->ref, styre_change_unref);
          return e;
        }
    }

  f.column = g_strdup (column);
  g_array_append_val (self->fields, f);
  return &g_array_index (self->fields, StyreChangeField, self->fields->len - 1);
}

void
styre_change_set_int (StyreChange *self,
                      const char  *column,
                      gint64       value)
{
  StyreChangeField *f = field_for (self, column);

  f->value.type = STYRE_VALUE_INT;
  f->value.i = value;
}

void
styre_change_set_bool (StyreChange *self,
                       const char  *column,
                       gboolean     value)
{
  styre_change_set_int (self, column, value ? 1 : 0);
}

void
styre_change_set_double (StyreChange *self,
                         const char  *column,
                         double       value)
{
  StyreChangeField *f = field_for (self, column);

  f->value.type = STYRE_VALUE_REAL;
  f->value.d = value;
}

/**
 * styre_change_set_text:
 * @value: (nullable): the text, or %NULL for SQL NULL
 */
void
styre_change_set_text (StyreChange *self,
                       const char  *column,
                       const char  *value)
{
  StyreChangeField *f = field_for (self, column);

  if (value == NULL)
    return;
  f->value.type = STYRE_VALUE_TEXT;
  f->value.s = g_strdup (value);
}

void
styre_change_set_null (StyreChange *self,
                       const char  *column)
{
  field_for (self, column);
}

void
styre_change_set_value (StyreChange      *self,
                        const char       *column,
                        const StyreValue *value)
{
  StyreChangeField *f = field_for (self, column);

  styre_value_copy (value, &f->value);
}

/**
 * styre_change_set_ref:
 * @inserted: an insert earlier in the same batch
 *
 * Sets @column to the id that @inserted gets when the batch is applied, so a meeting and
 * its agenda items can be created in one transaction.
 */
void
styre_change_set_ref (StyreChange *self,
                      const char  *column,
                      StyreChange *inserted)
{
  StyreChangeField *f;

  g_return_if_fail (inserted != NULL);
  g_return_if_fail (inserted->kind == STYRE_CHANGE_INSERT);

  f = field_for (self, column);
  f->ref = styre_change_ref (inserted);
}

guint
styre_change_get_n_fields (const StyreChange *self)
{
  return self->fields->len;
}

const char *
styre_change_get_field_name (const StyreChange *self,
                             guint              i)
{
  return g_array_index (self->fields, StyreChangeField, i).column;
}

const StyreValue *
styre_change_get_field_value (const StyreChange *self,
                              guint              i)
{
  return &g_array_index (self->fields, StyreChangeField, i).value;
}

const StyreValue *
styre_change_lookup (const StyreChange *self,
                     const char        *column)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      StyreChangeField *e = &g_array_index (self->fields, StyreChangeField, i);
      if (g_str_equal (e->column, column))
        return &e->value;
    }
  return NULL;
}
