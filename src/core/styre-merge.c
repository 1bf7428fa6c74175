/* styre-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-merge.h"

void
styre_field_conflict_free (StyreFieldConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->column);
  styre_value_clear (&conflict->base);
  styre_value_clear (&conflict->mine);
  styre_value_clear (&conflict->theirs);
  g_free (conflict);
}

static const StyreValue null_value = { .type = STYRE_VALUE_NULL };

static const StyreValue *
value_or_null (const StyreRow *row,
               const char     *column)
{
  const StyreValue *v = styre_row_get (row, column);

  return v ? v : &null_value;
}

/**
 * styre_change_rebase:
 * @mine: an update that failed with %STYRE_ERROR_CONFLICT
 * @base: the row as the editor read it when it started
 * @current: the row as it is now (styre_store_read_row())
 * @conflicts: (out) (element-type StyreFieldConflict): the fields both people changed to
 *   different values
 *
 * Three-way merge of one row (STORAGE.md rule 5: nothing typed is lost). Fields only this
 * person changed stay in the returned change; fields only the other person changed are
 * left as they saved them; fields both changed to the same value need nothing; fields both
 * changed differently are returned in @conflicts and are *not* in the change — the caller
 * asks the person and sets the ones they keep with styre_change_set_value().
 *
 * Returns: (transfer full): an update of @current's version with the fields to save
 */
StyreChange *
styre_change_rebase (const StyreChange  *mine,
                     const StyreRow     *base,
                     const StyreRow     *current,
                     GPtrArray         **conflicts)
{
  g_autoptr(GPtrArray) found =
    g_ptr_array_new_with_free_func ((GDestroyNotify) styre_field_conflict_free);
  StyreChange *rebased;

  g_return_val_if_fail (mine != NULL, NULL);
  g_return_val_if_fail (styre_change_get_kind (mine) == STYRE_CHANGE_UPDATE, NULL);
  g_return_val_if_fail (base != NULL && current != NULL, NULL);

  rebased = styre_change_new_update (styre_change_get_table (mine),
                                     styre_change_get_id (mine),
                                     styre_row_get_int (current, "version"));

  for (guint i = 0; i < styre_change_get_n_fields (mine); i++)
    {
      const char *column = styre_change_get_field_name (mine, i);
      const StyreValue *my_value = styre_change_get_field_value (mine, i);
      const StyreValue *base_value = value_or_null (base, column);
      const StyreValue *their_value = value_or_null (current, column);
      gboolean i_changed = !styre_value_equal (my_value, base_value);
      gboolean they_changed = !styre_value_equal (their_value, base_value);

      if (!i_changed)
        continue;                       /* theirs stands, or nothing changed */
      if (!they_changed || styre_value_equal (my_value, their_value))
        {
          styre_change_set_value (rebased, column, my_value);
          continue;
        }

      {
        StyreFieldConflict *c = g_new0 (StyreFieldConflict, 1);
        c->column = g_strdup (column);
        styre_value_copy (base_value, &c->base);
        styre_value_copy (my_value, &c->mine);
        styre_value_copy (their_value, &c->theirs);
        g_ptr_array_add (found, c);
      }
    }

  if (conflicts != NULL)
    *conflicts = g_steal_pointer (&found);
  return rebased;
}
