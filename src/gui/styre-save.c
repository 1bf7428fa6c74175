/* styre-save.c — saving a person's edit from any editor, with conflicts, undo and redo
 *
 * Every editor, the undo and redo actions and deletes save through here: the edit is
 * applied on a worker thread (styre_edit_apply(): one transaction, version checked,
 * merged with others' changes to other fields). When someone else changed the same
 * field, the conflict dialog shows both values; the person chooses and it is saved, or
 * goes back to their editor with everything they typed. Nothing is dropped silently.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-save"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-conflict-dialog.h"
#include "styre-error.h"
#include "styre-fields.h"
#include "styre-save.h"

typedef struct
{
  GtkWindow      *parent;
  StyreStore     *store;
  StyreUndoStack *undo;
  StyreEdit      *edit;
  StyreSaveMode   mode;
  StyreSaveDone   done;
  gpointer        user_data;
  GHashTable     *names;     /* "table:id" → name, for the references of a conflict */
  char           *table;     /* the table of the conflicting row */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->store);
  g_clear_object (&job->undo);
  g_clear_pointer (&job->edit, styre_edit_unref);
  g_clear_pointer (&job->names, g_hash_table_unref);
  g_free (job->table);
  g_free (job);
}

/**
 * styre_gui_describe_value:
 * @names: (nullable): "table:id" → name, for references
 *
 * Returns: (transfer full): a value of @column as a person reads it
 */
char *
styre_gui_describe_value (const char       *table,
                          const char       *column,
                          const StyreValue *value,
                          GHashTable       *names)
{
  const StyreField *field = styre_field_lookup (table, column);

  if (field == NULL)
    return value ? styre_value_to_string (value) : g_strdup (column);
  if (value == NULL)
    return g_strdup (styre_field_get_label (field));
  if (field->kind == STYRE_FIELD_REFERENCE)
    {
      g_autofree char *key = NULL;
      const char *name = NULL;

      if (value->type != STYRE_VALUE_INT)
        return g_strdup ("");
      key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, field->reference, value->i);
      name = names ? g_hash_table_lookup (names, key) : NULL;
      return g_strdup (name ? name : "?");
    }
  return styre_field_format (field, value);
}

static char *
conflict_label_cb (const char       *column,
                   const StyreValue *value,
                   gpointer          user_data)
{
  SaveJob *job = user_data;

  return styre_gui_describe_value (job->table, column, value, job->names);
}

/* Runs on a worker thread. */
static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;
  StyreChange *rebased;
  GPtrArray *conflicts;

  if (styre_edit_apply (job->edit, job->store, 30, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* Name the rows the conflicting fields refer to, for the dialog. */
  if (styre_edit_get_conflict (job->edit, &rebased, &conflicts))
    {
      g_free (job->table);
      job->table = g_strdup (styre_change_get_table (rebased));
      g_clear_pointer (&job->names, g_hash_table_unref);
      job->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint i = 0; i < conflicts->len; i++)
        {
          StyreFieldConflict *c = g_ptr_array_index (conflicts, i);
          const StyreField *field = styre_field_lookup (job->table, c->column);
          const StyreValue *values[] = { &c->mine, &c->theirs };
          const StyreTableForm *form;

          if (field == NULL || field->kind != STYRE_FIELD_REFERENCE)
            continue;
          form = styre_table_form_lookup (field->reference);
          for (guint k = 0; form != NULL && k < G_N_ELEMENTS (values); k++)
            {
              g_autoptr(StyreRow) row = NULL;

              if (values[k]->type != STYRE_VALUE_INT)
                continue;
              row = styre_store_read_row (job->store, field->reference, values[k]->i, NULL);
              if (row != NULL && styre_row_get_text (row, form->name_column) != NULL)
                g_hash_table_insert (job->names,
                                     g_strdup_printf ("%s:%" G_GINT64_FORMAT, field->reference,
                                                      values[k]->i),
                                     g_strdup (styre_row_get_text (row, form->name_column)));
            }
        }
    }
  g_task_return_error (task, error);
}

static void run_job (SaveJob *job);

static void
conflict_response_cb (StyreConflictDialog *dialog,
                      const char          *response,
                      gpointer             user_data)
{
  SaveJob *job = user_data;
  StyreChange *rebased = NULL;

  if (g_str_equal (response, "save") && styre_edit_get_conflict (job->edit, &rebased, NULL))
    {
      g_autoptr(StyreChange) chosen = styre_change_ref (rebased);

      styre_conflict_dialog_apply_choices (dialog, chosen);
      styre_edit_resolve_conflict (job->edit, chosen, NULL);
      run_job (job);
      return;
    }

  /* Back to the editor, with everything typed still there. */
  if (job->done != NULL)
    job->done (FALSE, NULL, job->user_data);
  save_job_free (job);
}

static void
applied_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  SaveJob *job = user_data;
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (job->undo != NULL)
        {
          if (job->mode == STYRE_SAVE_EDIT)
            styre_undo_stack_push (job->undo, job->edit);
          else if (job->mode == STYRE_SAVE_UNDO)
            styre_undo_stack_undone (job->undo, job->edit);
          else
            styre_undo_stack_redone (job->undo, job->edit);
        }
      if (job->done != NULL)
        job->done (TRUE, NULL, job->user_data);
      save_job_free (job);
      return;
    }

  if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_CONFLICT))
    {
      GPtrArray *conflicts = NULL;

      if (styre_edit_get_conflict (job->edit, NULL, &conflicts))
        {
          StyreConflictDialog *dialog =
            styre_conflict_dialog_new (job->parent, error->message, conflicts,
                                       conflict_label_cb, job);

          g_signal_connect (dialog, "response", G_CALLBACK (conflict_response_cb), job);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
    }

  if (job->done != NULL)
    job->done (FALSE, error, job->user_data);
  save_job_free (job);
}

static void
run_job (SaveJob *job)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, applied_cb, job);

  g_task_set_source_tag (task, run_job);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, apply_thread);
}

/**
 * styre_gui_save_edit:
 * @parent: the window the conflict dialog belongs to
 * @undo: (nullable): the window's undo stack
 * @done: (nullable): called once: saved, failed with an error, or the person went back
 *   to editing after a conflict
 *
 * Saves @edit on a worker thread; see the file comment.
 */
void
styre_gui_save_edit (GtkWindow      *parent,
                     StyreStore     *store,
                     StyreUndoStack *undo,
                     StyreEdit      *edit,
                     StyreSaveMode   mode,
                     StyreSaveDone   done,
                     gpointer        user_data)
{
  SaveJob *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (STYRE_IS_STORE (store));
  g_return_if_fail (edit != NULL);

  job = g_new0 (SaveJob, 1);
  job->parent = g_object_ref (parent);
  job->store = g_object_ref (store);
  job->undo = undo ? g_object_ref (undo) : NULL;
  job->edit = styre_edit_ref (edit);
  job->mode = mode;
  job->done = done;
  job->user_data = user_data;
  run_job (job);
}
