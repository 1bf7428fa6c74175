/* styre-edit.c — one user action on the file, that can be undone and redone
 *
 * An edit is the changes of one user action (saving a form, deleting a risk) together
 * with what is needed to undo it: the row each update started from, the row each insert
 * made, and everything a delete takes with it (the rows that cascade, the references
 * that are set to NULL). Undoing is applying the inverse edit through the same
 * version-checked write API; it never overwrites a newer change by someone else: fields
 * they changed that the undo does not touch are merged, fields both changed are a
 * conflict the person resolves (STORAGE.md rule 5).
 *
 * Applying runs on a worker thread (styre_gui_apply … or the command line); the stack
 * itself is a plain object the window keeps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-edit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "styre-edit.h"
#include "styre-error.h"
#include "styre-store-private.h"

typedef struct
{
  StyreChange *change;
  StyreRow    *base;      /* update: the row as the editor read it */
  StyreRow    *after;     /* insert: the row as saved */
  GPtrArray   *captured;  /* delete: the rows it takes with it, parent first */
  GPtrArray   *fixups;    /* delete: rows whose reference to it becomes NULL */
} Step;

struct _StyreEdit
{
  gatomicrefcount  ref_count;
  char            *label;
  GPtrArray       *steps;        /* of Step */
  char            *restored_table;  /* set when the edit brings back a deleted row */
  gint64           restored_id;
  /* The last conflict that needs a person. */
  guint            conflict_step;
  StyreChange     *rebased;
  GPtrArray       *conflicts;
};

G_DEFINE_BOXED_TYPE (StyreEdit, styre_edit, styre_edit_ref, styre_edit_unref)

static void
step_free (gpointer data)
{
  Step *s = data;

  g_clear_pointer (&s->change, styre_change_unref);
  g_clear_pointer (&s->base, styre_row_unref);
  g_clear_pointer (&s->after, styre_row_unref);
  g_clear_pointer (&s->captured, g_ptr_array_unref);
  g_clear_pointer (&s->fixups, g_ptr_array_unref);
  g_free (s);
}

/**
 * styre_edit_new:
 * @label: what the action was, for the Undo button's tooltip: "Edit Risk"
 */
StyreEdit *
styre_edit_new (const char *label)
{
  StyreEdit *self = g_new0 (StyreEdit, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->label = g_strdup (label ? label : "");
  self->steps = g_ptr_array_new_with_free_func (step_free);
  return self;
}

StyreEdit *
styre_edit_ref (StyreEdit *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static void
clear_conflict (StyreEdit *self)
{
  g_clear_pointer (&self->rebased, styre_change_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
}

void
styre_edit_unref (StyreEdit *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  clear_conflict (self);
  g_free (self->label);
  g_free (self->restored_table);
  g_ptr_array_unref (self->steps);
  g_free (self);
}

const char *
styre_edit_get_label (StyreEdit *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->label;
}

/**
 * styre_edit_add:
 * @change: one change of the action
 * @base: (nullable): for an update, the row as the editor read it (required: undo puts
 *   its values back, and a conflict is merged against it)
 */
void
styre_edit_add (StyreEdit      *self,
                StyreChange    *change,
                const StyreRow *base)
{
  Step *s;

  g_return_if_fail (self != NULL && change != NULL);
  g_return_if_fail (styre_change_get_kind (change) != STYRE_CHANGE_UPDATE || base != NULL);

  s = g_new0 (Step, 1);
  s->change = styre_change_ref (change);
  s->base = base ? styre_row_ref ((StyreRow *) base) : NULL;
  g_ptr_array_add (self->steps, s);
}

/**
 * styre_edit_get_changes:
 *
 * Returns: (transfer container) (element-type StyreChange): the changes, in order
 */
GPtrArray *
styre_edit_get_changes (StyreEdit *self)
{
  GPtrArray *changes = g_ptr_array_new ();

  for (guint i = 0; i < self->steps->len; i++)
    g_ptr_array_add (changes, ((Step *) g_ptr_array_index (self->steps, i))->change);
  return changes;
}

gboolean
styre_edit_is_empty (StyreEdit *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->steps->len == 0;
}

/**
 * styre_edit_get_inserted_id:
 *
 * Returns: the id of the first row the applied edit inserted into @table, or 0
 */
gint64
styre_edit_get_inserted_id (StyreEdit  *self,
                            const char *table)
{
  for (guint i = 0; i < self->steps->len; i++)
    {
      Step *s = g_ptr_array_index (self->steps, i);

      if (styre_change_get_kind (s->change) == STYRE_CHANGE_INSERT
          && g_str_equal (styre_change_get_table (s->change), table))
        return styre_change_get_id (s->change);
    }
  return 0;
}

/* ── what a delete takes with it ─────────────────────────────────────────────────────── */

typedef struct
{
  char *child;
  char *column;
  char *parent;
  gboolean cascade;   /* ON DELETE CASCADE; otherwise SET NULL */
} ForeignKey;

static void
foreign_key_free (gpointer data)
{
  ForeignKey *fk = data;

  g_free (fk->child);
  g_free (fk->column);
  g_free (fk->parent);
  g_free (fk);
}

static GPtrArray *
read_foreign_keys (StyreStore  *store,
                   GError     **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (foreign_key_free);
  g_auto(GStrv) tables = styre_store_list_tables (store);

  for (guint t = 0; tables[t] != NULL; t++)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_key_list(\"%s\")", tables[t]);
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL);

      if (rc != SQLITE_OK)
        return styre_sqlite_error (store->db, sqlite3_extended_errcode (store->db), error),
               NULL;
      /* id, seq, table, from, to, on_update, on_delete, match */
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *on_delete = (const char *) sqlite3_column_text (stmt, 6);
          ForeignKey *fk;

          if (g_strcmp0 (on_delete, "CASCADE") != 0 && g_strcmp0 (on_delete, "SET NULL") != 0)
            continue;
          fk = g_new0 (ForeignKey, 1);
          fk->child = g_strdup (tables[t]);
          fk->parent = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          fk->column = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          fk->cascade = g_str_equal (on_delete, "CASCADE");
          g_ptr_array_add (keys, fk);
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return styre_sqlite_error (store->db, sqlite3_extended_errcode (store->db), error),
               NULL;
    }
  return g_steal_pointer (&keys);
}

static gboolean
capture (StyreStore  *store,
         GPtrArray   *keys,
         const char  *table,
         StyreRow    *row,
         GHashTable  *seen,
         GPtrArray   *captured,
         GPtrArray   *fixups,
         GError     **error)
{
  gint64 id = styre_row_get_int (row, "id");
  char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);

  if (!g_hash_table_add (seen, key))
    return TRUE;
  g_ptr_array_add (captured, styre_row_ref (row));

  for (guint k = 0; k < keys->len; k++)
    {
      ForeignKey *fk = g_ptr_array_index (keys, k);
      g_autoptr(GPtrArray) children = NULL;
      g_autofree char *sql = NULL;

      if (!g_str_equal (fk->parent, table))
        continue;
      children = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
      sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE \"%s\" = ?1 ORDER BY id", fk->child,
                             fk->column);
      if (!styre_store_query_rows (store, fk->child, sql, id, children, error))
        return FALSE;
      for (guint c = 0; c < children->len; c++)
        {
          StyreRow *child = g_ptr_array_index (children, c);

          if (fk->cascade)
            {
              if (!capture (store, keys, fk->child, child, seen, captured, fixups, error))
                return FALSE;
            }
          else if (styre_row_get (child, "version") != NULL)
            {
              /* After the delete the reference is NULL; bringing the row back restores it. */
              StyreRow *fix = styre_row_new (fk->child);
              StyreValue v = { .type = STYRE_VALUE_INT };

              v.i = styre_row_get_int (child, "id");
              styre_row_take_value (fix, "id", v);
              v.i = styre_row_get_int (child, "version");
              styre_row_take_value (fix, "version", v);
              v.i = id;
              styre_row_take_value (fix, fk->column, v);
              g_ptr_array_add (fixups, fix);
            }
        }
    }
  return TRUE;
}

static gboolean
capture_deletes (StyreEdit   *self,
                 StyreStore  *store,
                 GError     **error)
{
  g_autoptr(GPtrArray) keys = NULL;
  gboolean ok = TRUE;

  styre_store_lock (store);
  for (guint i = 0; ok && i < self->steps->len; i++)
    {
      Step *s = g_ptr_array_index (self->steps, i);
      const char *table = styre_change_get_table (s->change);
      g_autoptr(StyreRow) row = NULL;
      g_autoptr(GHashTable) seen = NULL;

      if (styre_change_get_kind (s->change) != STYRE_CHANGE_DELETE)
        continue;
      if (keys == NULL && (keys = read_foreign_keys (store, error)) == NULL)
        {
          ok = FALSE;
          break;
        }
      g_clear_pointer (&s->captured, g_ptr_array_unref);
      g_clear_pointer (&s->fixups, g_ptr_array_unref);
      row = styre_store_read_row (store, table, styre_change_get_id (s->change), NULL);
      if (row == NULL)
        continue;       /* the delete itself says that someone deleted it first */
      s->captured = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
      s->fixups = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
      seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      ok = capture (store, keys, table, row, seen, s->captured, s->fixups, error);
    }
  styre_store_unlock (store);
  return ok;
}

/* ── applying ────────────────────────────────────────────────────────────────────────── */

static void
read_inserted (StyreEdit  *self,
               StyreStore *store)
{
  for (guint i = 0; i < self->steps->len; i++)
    {
      Step *s = g_ptr_array_index (self->steps, i);

      if (styre_change_get_kind (s->change) != STYRE_CHANGE_INSERT)
        continue;
      g_clear_pointer (&s->after, styre_row_unref);
      s->after = styre_store_read_row (store, styre_change_get_table (s->change),
                                       styre_change_get_id (s->change), NULL);
    }
}

/**
 * styre_edit_apply:
 * @busy_seconds: how long to keep trying while another writer holds the file
 *
 * Saves the edit in one transaction (styre_store_apply_with_retry()). When someone else
 * saved one of its rows first, the edit is merged with their change
 * (styre_change_rebase()) and tried again; if both changed the same field, nothing is
 * saved and the error is %STYRE_ERROR_CONFLICT with styre_edit_get_conflict() telling
 * what to ask the person. Runs on a worker thread.
 */
gboolean
styre_edit_apply (StyreEdit   *self,
                  StyreStore  *store,
                  guint        busy_seconds,
                  GError     **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);

  clear_conflict (self);
  if (!capture_deletes (self, store, error))
    return FALSE;

  for (guint attempt = 0; attempt < 5; attempt++)
    {
      g_autoptr(GPtrArray) changes = styre_edit_get_changes (self);
      g_autoptr(GError) local_error = NULL;
      gboolean merged = FALSE;

      if (styre_store_apply_with_retry (store, changes, busy_seconds, &local_error))
        {
          read_inserted (self, store);
          return TRUE;
        }
      if (!g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_CONFLICT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      for (guint i = 0; i < self->steps->len; i++)
        {
          Step *s = g_ptr_array_index (self->steps, i);
          g_autoptr(StyreRow) current = NULL;
          g_autoptr(GPtrArray) conflicts = NULL;
          StyreChange *rebased;

          if (styre_change_get_kind (s->change) != STYRE_CHANGE_UPDATE || s->base == NULL)
            continue;
          current = styre_store_read_row (store, styre_change_get_table (s->change),
                                          styre_change_get_id (s->change), NULL);
          if (current == NULL)
            continue;     /* deleted: applying again says so */
          if (styre_row_get_int (current, "version")
              == styre_change_get_expected_version (s->change))
            continue;
          rebased = styre_change_rebase (s->change, s->base, current, &conflicts);
          if (conflicts->len > 0)
            {
              self->conflict_step = i;
              self->rebased = rebased;
              self->conflicts = g_steal_pointer (&conflicts);
              g_clear_pointer (&s->base, styre_row_unref);
              s->base = g_steal_pointer (&current);
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          /* Only different fields changed: keep theirs, save ours on top. Undoing later
           * goes back to the row as it was just before this save: theirs. */
          g_clear_pointer (&s->base, styre_row_unref);
          s->base = g_steal_pointer (&current);
          styre_change_unref (s->change);
          s->change = rebased;
          merged = TRUE;
        }
      if (!merged)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_CONFLICT,
                       _("Others keep changing this record. Try again in a moment."));
  return FALSE;
}

/**
 * styre_edit_get_conflict:
 * @rebased: (out) (transfer none): the change merged with the other person's, without
 *   the fields both changed
 * @conflicts: (out) (transfer none) (element-type StyreFieldConflict): those fields
 *
 * After styre_edit_apply() failed with %STYRE_ERROR_CONFLICT: what to show in the
 * conflict dialog.
 *
 * Returns: whether there is a conflict to resolve
 */
gboolean
styre_edit_get_conflict (StyreEdit    *self,
                         StyreChange **rebased,
                         GPtrArray   **conflicts)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->rebased == NULL)
    return FALSE;
  if (rebased)
    *rebased = self->rebased;
  if (conflicts)
    *conflicts = self->conflicts;
  return TRUE;
}

/**
 * styre_edit_resolve_conflict:
 * @resolved: the rebased change with the person's choices (styre_conflict_dialog_apply_choices())
 * @current: (nullable): unused; the row the rebase was made against is kept already
 *
 * Puts the person's decision into the edit; apply it again to save.
 */
void
styre_edit_resolve_conflict (StyreEdit      *self,
                             StyreChange    *resolved,
                             const StyreRow *current)
{
  Step *s;

  g_return_if_fail (self != NULL && resolved != NULL);
  g_return_if_fail (self->rebased != NULL);

  s = g_ptr_array_index (self->steps, self->conflict_step);
  styre_change_unref (s->change);
  s->change = styre_change_ref (resolved);
  clear_conflict (self);
}

/* ── inverting ───────────────────────────────────────────────────────────────────────── */

static gboolean
is_managed (const char *column)
{
  return g_str_equal (column, "version") || g_str_equal (column, "updated_at")
         || g_str_equal (column, "updated_by");
}

static const StyreValue null_value = { .type = STYRE_VALUE_NULL };

/* The row after @change was applied to @base, at @version. */
static StyreRow *
row_after_update (const StyreRow    *base,
                  const StyreChange *change,
                  gint64             version)
{
  StyreRow *row = styre_row_new (styre_row_get_table (base));

  for (guint c = 0; c < styre_row_get_n_columns (base); c++)
    {
      const char *column = styre_row_get_column_name (base, c);
      const StyreValue *v = styre_change_lookup (change, column);
      StyreValue copy;

      if (g_str_equal (column, "version"))
        {
          copy.type = STYRE_VALUE_INT;
          copy.i = version;
        }
      else
        styre_value_copy (v ? v : styre_row_get_value_at (base, c), &copy);
      styre_row_take_value (row, column, copy);
    }
  return row;
}

static StyreChange *
insert_of_row (StyreRow *row,
               gboolean *published)
{
  const char *table = styre_row_get_table (row);
  StyreChange *insert = styre_change_new_insert (table);

  *published = FALSE;
  for (guint c = 0; c < styre_row_get_n_columns (row); c++)
    {
      const char *column = styre_row_get_column_name (row, c);
      const StyreValue *v = styre_row_get_value_at (row, c);

      if (is_managed (column))
        continue;
      /* A published report is brought back as a draft, so that its steering parameters
       * may be added to it, and published again after them. */
      if (g_str_equal (table, "status_report") && g_str_equal (column, "state")
          && v->type == STYRE_VALUE_TEXT && g_str_equal (v->s, "published"))
        {
          *published = TRUE;
          styre_change_set_text (insert, column, "draft");
          continue;
        }
      styre_change_set_value (insert, column, v);
    }
  return insert;
}

/**
 * styre_edit_invert:
 *
 * The edit that undoes @self, which must have been applied: updates put the values
 * back, inserts are deleted, and deletes bring back the row with everything it took
 * with it (with the same ids). The inverse of the inverse redoes.
 *
 * Returns: (transfer full): the inverse edit, labelled like @self
 */
StyreEdit *
styre_edit_invert (StyreEdit *self)
{
  StyreEdit *inverse;

  g_return_val_if_fail (self != NULL, NULL);

  inverse = styre_edit_new (self->label);

  /* Bringing back a deleted row is undone by deleting it again, with what came back. */
  if (self->restored_table != NULL)
    {
      for (guint i = 0; i < self->steps->len; i++)
        {
          Step *s = g_ptr_array_index (self->steps, i);

          if (styre_change_get_kind (s->change) == STYRE_CHANGE_INSERT
              && g_str_equal (styre_change_get_table (s->change), self->restored_table)
              && styre_change_get_id (s->change) == self->restored_id)
            {
              gint64 version = s->after ? styre_row_get_int (s->after, "version") : 1;
              g_autoptr(StyreChange) del =
                styre_change_new_delete (self->restored_table, self->restored_id, version);
              /* The report was published after its insert, at version 2. */
              for (guint j = i + 1; j < self->steps->len; j++)
                {
                  Step *t = g_ptr_array_index (self->steps, j);
                  if (styre_change_get_kind (t->change) == STYRE_CHANGE_UPDATE
                      && g_str_equal (styre_change_get_table (t->change), self->restored_table)
                      && styre_change_get_id (t->change) == self->restored_id)
                    {
                      g_clear_pointer (&del, styre_change_unref);
                      del = styre_change_new_delete (self->restored_table, self->restored_id,
                                                     styre_change_get_version (t->change));
                    }
                }
              styre_edit_add (inverse, del, NULL);
              break;
            }
        }
      return inverse;
    }

  for (guint k = self->steps->len; k > 0; k--)
    {
      Step *s = g_ptr_array_index (self->steps, k - 1);
      const char *table = styre_change_get_table (s->change);
      gint64 id = styre_change_get_id (s->change);

      switch (styre_change_get_kind (s->change))
        {
        case STYRE_CHANGE_UPDATE:
          {
            gint64 version = styre_change_get_version (s->change);
            g_autoptr(StyreChange) back = styre_change_new_update (table, id, version);
            g_autoptr(StyreRow) after = row_after_update (s->base, s->change, version);

            for (guint f = 0; f < styre_change_get_n_fields (s->change); f++)
              {
                const char *column = styre_change_get_field_name (s->change, f);
                const StyreValue *old = styre_row_get (s->base, column);
                styre_change_set_value (back, column, old ? old : &null_value);
              }
            styre_edit_add (inverse, back, after);
          }
          break;

        case STYRE_CHANGE_INSERT:
          {
            gint64 version = s->after ? styre_row_get_int (s->after, "version") : 1;
            g_autoptr(StyreChange) del = styre_change_new_delete (table, id, version);
            styre_edit_add (inverse, del, s->after);
          }
          break;

        case STYRE_CHANGE_DELETE:
          {
            g_autoptr(GPtrArray) publish = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);

            if (s->captured == NULL || s->captured->len == 0)
              break;
            for (guint r = 0; r < s->captured->len; r++)
              {
                StyreRow *row = g_ptr_array_index (s->captured, r);
                gboolean published = FALSE;
                g_autoptr(StyreChange) insert = insert_of_row (row, &published);

                styre_edit_add (inverse, insert, NULL);
                if (published)
                  {
                    StyreChange *update =
                      styre_change_new_update ("status_report", styre_row_get_int (row, "id"), 1);
                    styre_change_set_text (update, "state", "published");
                    g_ptr_array_add (publish, update);
                  }
              }
            for (guint r = 0; r < s->fixups->len; r++)
              {
                StyreRow *fix = g_ptr_array_index (s->fixups, r);
                const char *column = styre_row_get_column_name (fix, 2);
                g_autoptr(StyreChange) update =
                  styre_change_new_update (styre_row_get_table (fix),
                                           styre_row_get_int (fix, "id"),
                                           styre_row_get_int (fix, "version"));
                g_autoptr(StyreRow) base = styre_row_new (styre_row_get_table (fix));
                StyreValue v = { .type = STYRE_VALUE_INT };

                styre_change_set_value (update, column, styre_row_get_value_at (fix, 2));
                v.i = styre_row_get_int (fix, "id");
                styre_row_take_value (base, "id", v);
                v.i = styre_row_get_int (fix, "version");
                styre_row_take_value (base, "version", v);
                styre_row_take_value (base, column, (StyreValue) { .type = STYRE_VALUE_NULL });
                styre_edit_add (inverse, update, base);
              }
            for (guint r = 0; r < publish->len; r++)
              {
                StyreChange *update = g_ptr_array_index (publish, r);
                g_autoptr(StyreRow) base = styre_row_new ("status_report");
                StyreValue v = { .type = STYRE_VALUE_INT };

                v.i = styre_change_get_id (update);
                styre_row_take_value (base, "id", v);
                v.i = 1;
                styre_row_take_value (base, "version", v);
                styre_row_take_value (base, "state", (StyreValue) { .type = STYRE_VALUE_TEXT,
                                                                     .s = g_strdup ("draft") });
                styre_edit_add (inverse, update, base);
              }
            g_free (inverse->restored_table);
            inverse->restored_table = g_strdup (table);
            inverse->restored_id = id;
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
  return inverse;
}

/* ── the stack ───────────────────────────────────────────────────────────────────────── */

struct _StyreUndoStack
{
  GObject     parent_instance;
  GPtrArray  *undo;   /* of StyreEdit, newest last */
  GPtrArray  *redo;   /* of StyreEdit (inverses), newest last */
};

G_DEFINE_FINAL_TYPE (StyreUndoStack, styre_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How many actions a window can undo. */
#define MAX_UNDO 100

static void
styre_undo_stack_finalize (GObject *object)
{
  StyreUndoStack *self = (StyreUndoStack *) object;

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  G_OBJECT_CLASS (styre_undo_stack_parent_class)->finalize (object);
}

static void
styre_undo_stack_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  StyreUndoStack *self = STYRE_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, styre_undo_stack_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, styre_undo_stack_get_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_undo_stack_class_init (StyreUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = styre_undo_stack_finalize;
  object_class->get_property = styre_undo_stack_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styre_undo_stack_init (StyreUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_edit_unref);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_edit_unref);
}

StyreUndoStack *
styre_undo_stack_new (void)
{
  return g_object_new (STYRE_TYPE_UNDO_STACK, NULL);
}

static void
changed (StyreUndoStack *self,
         gboolean        could_undo,
         gboolean        could_redo)
{
  if (could_undo != styre_undo_stack_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != styre_undo_stack_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/**
 * styre_undo_stack_push:
 * @applied: an edit that was saved
 *
 * Remembers @applied as the action to undo first; what could be redone is forgotten.
 */
void
styre_undo_stack_push (StyreUndoStack *self,
                       StyreEdit      *applied)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (STYRE_IS_UNDO_STACK (self));
  g_return_if_fail (applied != NULL);

  could_undo = styre_undo_stack_get_can_undo (self);
  could_redo = styre_undo_stack_get_can_redo (self);
  g_ptr_array_add (self->undo, styre_edit_ref (applied));
  if (self->undo->len > MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  changed (self, could_undo, could_redo);
}

/**
 * styre_undo_stack_replace_top:
 * @old: the edit Undo would undo now
 * @applied: the edit that takes its place (typing on in the same field: one step)
 *
 * Returns: whether @old was on top and was replaced; if not, nothing changed
 */
gboolean
styre_undo_stack_replace_top (StyreUndoStack *self,
                              StyreEdit      *old,
                              StyreEdit      *applied)
{
  g_return_val_if_fail (STYRE_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (applied != NULL, FALSE);

  if (old == NULL || styre_undo_stack_peek_undo (self) != old)
    return FALSE;
  styre_edit_unref (g_ptr_array_index (self->undo, self->undo->len - 1));
  g_ptr_array_index (self->undo, self->undo->len - 1) = styre_edit_ref (applied);
  return TRUE;
}

/**
 * styre_undo_stack_peek_undo:
 *
 * Returns: (transfer none) (nullable): the edit Undo undoes; apply styre_edit_invert()
 *   of it, then call styre_undo_stack_undone()
 */
StyreEdit *
styre_undo_stack_peek_undo (StyreUndoStack *self)
{
  g_return_val_if_fail (STYRE_IS_UNDO_STACK (self), NULL);
  return self->undo->len ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;
}

/**
 * styre_undo_stack_peek_redo:
 *
 * Returns: (transfer none) (nullable): the inverse Redo undoes
 */
StyreEdit *
styre_undo_stack_peek_redo (StyreUndoStack *self)
{
  g_return_val_if_fail (STYRE_IS_UNDO_STACK (self), NULL);
  return self->redo->len ? g_ptr_array_index (self->redo, self->redo->len - 1) : NULL;
}

/**
 * styre_undo_stack_undone:
 * @inverse: the inverse of styre_undo_stack_peek_undo(), applied
 */
void
styre_undo_stack_undone (StyreUndoStack *self,
                         StyreEdit      *inverse)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (STYRE_IS_UNDO_STACK (self));
  g_return_if_fail (self->undo->len > 0);

  could_undo = styre_undo_stack_get_can_undo (self);
  could_redo = styre_undo_stack_get_can_redo (self);
  g_ptr_array_remove_index (self->undo, self->undo->len - 1);
  g_ptr_array_add (self->redo, styre_edit_ref (inverse));
  changed (self, could_undo, could_redo);
}

/**
 * styre_undo_stack_redone:
 * @inverse: the inverse of styre_undo_stack_peek_redo(), applied
 */
void
styre_undo_stack_redone (StyreUndoStack *self,
                         StyreEdit      *inverse)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (STYRE_IS_UNDO_STACK (self));
  g_return_if_fail (self->redo->len > 0);

  could_undo = styre_undo_stack_get_can_undo (self);
  could_redo = styre_undo_stack_get_can_redo (self);
  g_ptr_array_remove_index (self->redo, self->redo->len - 1);
  g_ptr_array_add (self->undo, styre_edit_ref (inverse));
  changed (self, could_undo, could_redo);
}

void
styre_undo_stack_clear (StyreUndoStack *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (STYRE_IS_UNDO_STACK (self));

  could_undo = styre_undo_stack_get_can_undo (self);
  could_redo = styre_undo_stack_get_can_redo (self);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  changed (self, could_undo, could_redo);
}

gboolean
styre_undo_stack_get_can_undo (StyreUndoStack *self)
{
  g_return_val_if_fail (STYRE_IS_UNDO_STACK (self), FALSE);
  return self->undo->len > 0;
}

gboolean
styre_undo_stack_get_can_redo (StyreUndoStack *self)
{
  g_return_val_if_fail (STYRE_IS_UNDO_STACK (self), FALSE);
  return self->redo->len > 0;
}
