/* styre-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-row.h"

struct _StyreRow
{
  gatomicrefcount  ref_count;
  char            *table;
  GPtrArray       *names;
  GArray          *values;
};

G_DEFINE_BOXED_TYPE (StyreRow, styre_row, styre_row_ref, styre_row_unref)

StyreRow *
styre_row_new (const char *table)
{
  StyreRow *self = g_new0 (StyreRow, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->table = g_strdup (table);
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, TRUE, sizeof (StyreValue));
  g_array_set_clear_func (self->values, (GDestroyNotify) styre_value_clear);
  return self;
}

StyreRow *
styre_row_ref (StyreRow *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
styre_row_unref (StyreRow *self)
{
  g_return_if_fail (self != NULL);
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->table);
      g_ptr_array_unref (self->names);
      g_array_unref (self->values);
      g_free (self);
    }
}

const char *
styre_row_get_table (const StyreRow *self)
{
  return self->table;
}

guint
styre_row_get_n_columns (const StyreRow *self)
{
  return self->names->len;
}

const char *
styre_row_get_column_name (const StyreRow *self,
                           guint           i)
{
  g_return_val_if_fail (i < self->names->len, NULL);
  return g_ptr_array_index (self->names, i);
}

const StyreValue *
styre_row_get_value_at (const StyreRow *self,
                        guint           i)
{
  g_return_val_if_fail (i < self->values->len, NULL);
  return &g_array_index (self->values, StyreValue, i);
}

const StyreValue *
styre_row_get (const StyreRow *self,
               const char     *column)
{
  for (guint i = 0; i < self->names->len; i++)
    if (g_str_equal (g_ptr_array_index (self->names, i), column))
      return &g_array_index (self->values, StyreValue, i);
  return NULL;
}

/**
 * styre_row_get_int:
 *
 * Returns the integer in @column, or 0 when it is NULL or missing.
 */
gint64
styre_row_get_int (const StyreRow *self,
                   const char     *column)
{
  const StyreValue *v = styre_row_get (self, column);

  if (v == NULL)
    return 0;
  if (v->type == STYRE_VALUE_INT)
    return v->i;
  if (v->type == STYRE_VALUE_REAL)
    return (gint64) v->d;
  return 0;
}

/**
 * styre_row_get_text:
 *
 * Returns the text in @column, or %NULL when it is NULL, missing or not text.
 */
const char *
styre_row_get_text (const StyreRow *self,
                    const char     *column)
{
  const StyreValue *v = styre_row_get (self, column);

  if (v == NULL || v->type != STYRE_VALUE_TEXT)
    return NULL;
  return v->s;
}

void
styre_row_take_value (StyreRow   *self,
                      const char *column,
                      StyreValue  value)
{
  g_ptr_array_add (self->names, g_strdup (column));
  g_array_append_val (self->values, value);
}
