/* styre-save.c — saving a person's action the whole way: busy, conflicts, failures, undo
 *
 * Every user action that changes the file saves through here, on a worker thread, in one
 * transaction (STORAGE.md rules 4 and 13), and meets a shared file the same way wherever
 * it comes from (rule 6):
 *
 * - A busy file is tried again quietly; once the busy timeout has passed, a toast says
 *   that someone else is saving, and after 30 s a toast (or, in an editor window of its
 *   own, a dialog) offers Retry.
 * - A full disk, a missing permission, a file moved or replaced, a damaged file, an I/O
 *   error: a dialog says which, with the ways forward — Retry, Save a Copy (the unsaved
 *   changes go into a copy the person goes on working in), Open the Last Snapshot.
 * - Someone else saved the same record first (rule 5) is the caller's: the edits of
 *   styre_gui_save_edit() below and StyreRowBinding merge what they can
 *   (styre_change_rebase()) and ask about the rest with StyreConflictDialog.
 *
 * Until the person has chosen, the caller's callback waits; when it reports failure the
 * editor keeps what was typed. Nothing is dropped silently.
 *
 * styre_gui_write_async() runs any core rule so; styre_gui_apply_async() saves a list of
 * changes; styre_gui_save_edit() saves an undoable edit from an editor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-save"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "styre-conflict-dialog.h"
#include "styre-error.h"
#include "styre-fields.h"
#include "styre-save.h"
#include "styre-window.h"

/* How long a busy file is tried again before the person is asked (rule 6). */
#define BUSY_SECONDS 30

static guint
busy_seconds (void)
{
  const char *env = g_getenv ("STYRE_SAVE_BUSY_SECONDS");   /* shorter, for tests */
  guint64 seconds = BUSY_SECONDS;

  if (env != NULL)
    g_ascii_string_to_unsigned (env, 10, 1, 600, &seconds, NULL);
  return (guint) seconds;
}

/* ── where to tell the person ───────────────────────────────────────────────────────── */

/* Shows @toast (transfer full) where the person looks: the overlay around @widget, or its
 * main window's. An editor in a window of its own has none: %FALSE. */
static gboolean
add_toast (GtkWidget *widget,
           AdwToast  *toast)
{
  GtkWidget *overlay = widget ? gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY) : NULL;
  GtkRoot *root = widget ? gtk_widget_get_root (widget) : NULL;

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else if (STYRE_IS_WINDOW (widget) || STYRE_IS_WINDOW (root))
    styre_window_add_toast (STYRE_WINDOW (root ? GTK_WIDGET (root) : widget), toast);
  else
    {
      g_object_unref (toast);
      return FALSE;
    }
  return TRUE;
}

/**
 * styre_save_error_is_explained:
 *
 * Returns: whether a save that failed with @error from a widget has been explained to
 *   the person already (a busy file, a full disk, lost permission, a moved or damaged
 *   file, an I/O error): the caller need not say it again in a dialog. Conflicts, deleted
 *   records and broken rules are the caller's to show, beside what the person typed.
 */
gboolean
styre_save_error_is_explained (const GError *error)
{
  if (error == NULL || error->domain != STYRE_ERROR)
    return FALSE;
  switch (error->code)
    {
    case STYRE_ERROR_BUSY:
    case STYRE_ERROR_DISK_FULL:
    case STYRE_ERROR_READ_ONLY:
    case STYRE_ERROR_MOVED:
    case STYRE_ERROR_IO:
    case STYRE_ERROR_DAMAGED:
    case STYRE_ERROR_TAMPERED:
      return TRUE;
    default:
      return FALSE;
    }
}

typedef struct
{
  StyreWindow          *window;
  GPtrArray            *pending;
  StyreSaveFailureFunc  func;        /* told once; NULL after */
  gpointer              user_data;
} Failure;

static void
failure_free (gpointer data)
{
  Failure *f = data;

  /* The dialog went with its window, unanswered: the caller still hears of it. */
  if (f->func != NULL)
    f->func (FALSE, f->user_data);
  g_clear_object (&f->window);
  g_clear_pointer (&f->pending, g_ptr_array_unref);
  g_free (f);
}

static void
failure_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Failure          *f)
{
  if (g_str_equal (response, "copy"))
    styre_window_save_copy (f->window, f->pending);
  else if (g_str_equal (response, "snapshot"))
    styre_window_open_last_snapshot (f->window);
  if (f->func != NULL)
    {
      StyreSaveFailureFunc func = f->func;

      f->func = NULL;
      func (g_str_equal (response, "retry"), f->user_data);
    }
}

/**
 * styre_save_explain_failure:
 * @widget: where the person works (the dialog goes on its window)
 * @error: why a save failed
 * @pending: (nullable) (element-type StyreChange): what was not saved, for Save a Copy
 * @func: (nullable): told whether the person chose Retry; without a window to show the
 *   dialog on, told %FALSE at once
 *
 * Says what went wrong and offers what can be done about it (STORAGE.md rule 6): Retry
 * after space is freed or the share is back; Save a Copy, which puts @pending into a new
 * file and goes on there; Open the Last Snapshot of a damaged file.
 */
void
styre_save_explain_failure (GtkWidget            *widget,
                            const GError         *error,
                            GPtrArray            *pending,
                            StyreSaveFailureFunc  func,
                            gpointer              user_data)
{
  StyreWindow *window = styre_window_find (widget);
  GtkRoot *parent = widget ? gtk_widget_get_root (widget) : NULL;
  const char *heading;
  gboolean retry = FALSE, copy = FALSE, snapshot = FALSE;
  GtkWidget *dialog;
  Failure *f;

  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  if (!GTK_IS_WINDOW (parent))
    {
      if (func != NULL)
        func (FALSE, user_data);
      return;
    }

  switch (error->domain == STYRE_ERROR ? error->code : STYRE_ERROR_FAILED)
    {
    case STYRE_ERROR_DISK_FULL:
      heading = _("The Disk Is Full");
      retry = copy = TRUE;
      break;
    case STYRE_ERROR_READ_ONLY:
      heading = _("The File Cannot Be Changed");
      copy = TRUE;
      break;
    case STYRE_ERROR_MOVED:
      heading = _("The File Was Moved or Replaced");
      copy = TRUE;
      break;
    case STYRE_ERROR_IO:
      heading = _("The File Could Not Be Written");
      retry = copy = TRUE;
      break;
    case STYRE_ERROR_DAMAGED:
    case STYRE_ERROR_TAMPERED:
      heading = _("The File Is Damaged");
      copy = snapshot = TRUE;
      break;
    case STYRE_ERROR_IN_USE:
      heading = _("Others Have the File Open");
      retry = TRUE;
      break;
    case STYRE_ERROR_INVALID:
      heading = _("The Change Breaks a Rule of the File");
      break;
    case STYRE_ERROR_BUSY:
      heading = _("The File Is Busy");
      retry = TRUE;
      break;
    default:
      heading = _("The Change Was Not Saved");
      retry = TRUE;
      break;
    }
  /* Save a Copy and the snapshots belong to a window with a file. */
  copy = copy && window != NULL && pending != NULL && pending->len > 0;
  snapshot = snapshot && window != NULL;

  dialog = adw_message_dialog_new (GTK_WINDOW (parent), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close",
                                   retry || copy || snapshot ? _("_Not Now") : _("_Close"));
  if (snapshot)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "snapshot",
                                     _("Open the _Last Snapshot"));
  if (copy)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "copy", _("Save a _Copy…"));
  if (retry)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "retry", _("_Retry"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retry",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "retry");
    }
  else if (copy)
    {
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  f = g_new0 (Failure, 1);
  f->window = window ? g_object_ref (window) : NULL;
  f->pending = pending ? g_ptr_array_ref (pending) : NULL;
  f->func = func;
  f->user_data = user_data;
  g_signal_connect_data (dialog, "response", G_CALLBACK (failure_response_cb), f,
                         (GClosureNotify) (void (*) (void)) failure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── one user action, the whole way ─────────────────────────────────────────────────── */

typedef struct
{
  GtkWidget      *widget;       /* where toasts and dialogs go, or NULL */
  StyreStore     *store;
  StyreSaveFunc   save;
  gpointer        data;
  GDestroyNotify  data_free;
  GPtrArray      *pending;
  AdwToast       *busy_toast;
  AdwToast       *retry_toast;
  gboolean        retried;      /* Retry was pressed on the toast */
  gboolean        finished;
} WriteJob;

static void
write_job_free (gpointer data)
{
  WriteJob *job = data;

  if (job->busy_toast != NULL)
    adw_toast_dismiss (job->busy_toast);
  g_clear_object (&job->busy_toast);
  g_clear_object (&job->retry_toast);
  if (job->data_free != NULL)
    g_clear_pointer (&job->data, job->data_free);
  g_clear_pointer (&job->pending, g_ptr_array_unref);
  g_clear_object (&job->store);
  g_clear_object (&job->widget);
  g_free (job);
}

static void attempt (GTask *task);

static gboolean
show_busy_cb (gpointer data)
{
  GTask *task = data;
  WriteJob *job = g_task_get_task_data (task);
  AdwToast *toast;

  if (job->busy_toast != NULL || job->finished)
    return G_SOURCE_REMOVE;
  toast = adw_toast_new (_("Someone else is saving to the file; your change is saved as soon "
                           "as they are done…"));
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (add_toast (job->widget, g_object_ref (toast)))
    job->busy_toast = toast;
  else
    g_object_unref (toast);
  return G_SOURCE_REMOVE;
}

/* On the worker: the save waits for someone else's (styre_store_watch_busy()). */
static void
busy_cb (gpointer user_data)
{
  GTask *task = user_data;

  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, show_busy_cb,
                              g_object_ref (task), g_object_unref);
}

static void
write_thread (GTask        *worker,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GTask *task = task_data;
  WriteJob *job = g_task_get_task_data (task);
  GError *error = NULL;
  gboolean ok;

  styre_store_watch_busy (busy_cb, task);
  ok = job->save (job->store, job->data, &error);
  styre_store_watch_busy (NULL, NULL);
  if (ok)
    g_task_return_boolean (worker, TRUE);
  else
    g_task_return_error (worker, error ? error
                                       : g_error_new_literal (STYRE_ERROR, STYRE_ERROR_FAILED,
                                                              _("The change was not saved.")));
}

/* The end: reports once, and lets go of the reference the operation held. */
static void
finish (GTask  *task,
        GError *error)
{
  WriteJob *job = g_task_get_task_data (task);

  if (job->finished)
    {
      g_clear_error (&error);
      return;
    }
  job->finished = TRUE;
  if (job->busy_toast != NULL)
    adw_toast_dismiss (job->busy_toast);
  g_clear_object (&job->busy_toast);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

static void
retry_clicked_cb (AdwToast *toast,
                  GTask    *task)
{
  WriteJob *job = g_task_get_task_data (task);

  job->retried = TRUE;
  attempt (task);
}

static void
retry_dismissed_cb (AdwToast *toast,
                    GTask    *task)
{
  WriteJob *job = g_task_get_task_data (task);

  if (job->retried || job->finished)
    return;
  /* The person let it go: the editor keeps what they typed. */
  finish (task, g_error_new_literal (STYRE_ERROR, STYRE_ERROR_BUSY,
                                     _("The change was not saved: the file stayed busy.")));
}

static void
explained_cb (gboolean retry,
              gpointer user_data)
{
  GTask *task = user_data;
  GError *error = g_object_steal_data (G_OBJECT (task), "failure");

  if (retry)
    {
      g_clear_error (&error);
      attempt (task);
    }
  else
    finish (task, error);
}

/* Still busy after 30 s: the toast offers Retry and holds the save until the person
 * chooses; an editor window without toasts asks in a dialog. */
static void
offer_retry (GTask  *task,
             GError *error)
{
  WriteJob *job = g_task_get_task_data (task);
  AdwToast *toast;

  if (job->busy_toast != NULL)
    adw_toast_dismiss (job->busy_toast);
  g_clear_object (&job->busy_toast);
  g_clear_object (&job->retry_toast);
  job->retried = FALSE;

  toast = adw_toast_new (_("Not saved yet: someone else kept the file busy"));
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (toast, _("_Retry"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (retry_clicked_cb),
                         g_object_ref (task), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (retry_dismissed_cb),
                         g_object_ref (task), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  if (add_toast (job->widget, g_object_ref (toast)))
    {
      job->retry_toast = toast;
      g_error_free (error);
      return;
    }
  g_signal_handlers_disconnect_by_data (toast, task);
  g_object_unref (toast);
  g_object_set_data_full (G_OBJECT (task), "failure", error, (GDestroyNotify) g_error_free);
  styre_save_explain_failure (job->widget, error, job->pending, explained_cb, task);
}

static void
attempted_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  WriteJob *job = g_task_get_task_data (task);
  GError *error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    finish (task, NULL);
  else if (job->widget == NULL || !styre_save_error_is_explained (error))
    finish (task, error);    /* the caller's to show: a conflict, a broken rule … */
  else if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_BUSY))
    offer_retry (task, error);
  else
    {
      g_object_set_data_full (G_OBJECT (task), "failure", error, (GDestroyNotify) g_error_free);
      styre_save_explain_failure (job->widget, error, job->pending, explained_cb, task);
    }
}

static void
attempt (GTask *task)
{
  /* The worker's task holds the operation while it runs. */
  g_autoptr(GTask) worker = g_task_new (NULL, NULL, attempted_cb, task);

  g_task_set_task_data (worker, g_object_ref (task), g_object_unref);
  g_task_run_in_thread (worker, write_thread);
}

/**
 * styre_gui_write_async:
 * @source_object: (nullable): the widget where the person acted: toasts and dialogs go
 *   on its window; without one, every failure goes to the callback untold
 * @save: one user action, run on a worker thread
 * @data: (transfer full): passed to @save, freed with @data_free
 * @pending: (nullable) (element-type StyreChange): what @save writes, for Save a Copy
 *
 * Runs @save the way the top of styre-save.c tells. The callback runs once: when it is
 * saved, when the person has let a failure be (the %STYRE_ERROR they were told), or with
 * an error that is the caller's to show (a conflict, a deleted record, a broken rule).
 */
void
styre_gui_write_async (gpointer             source_object,
                       StyreStore          *store,
                       StyreSaveFunc        save,
                       gpointer             data,
                       GDestroyNotify       data_free,
                       GPtrArray           *pending,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  GTask *task;
  WriteJob *job;

  g_return_if_fail (STYRE_IS_STORE (store));
  g_return_if_fail (save != NULL);

  job = g_new0 (WriteJob, 1);
  job->widget = GTK_IS_WIDGET (source_object) ? g_object_ref (source_object) : NULL;
  job->store = g_object_ref (store);
  job->save = save;
  job->data = data;
  job->data_free = data_free;
  job->pending = pending ? g_ptr_array_ref (pending) : NULL;

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, styre_gui_write_async);
  g_task_set_task_data (task, job, write_job_free);
  attempt (task);
}

/**
 * styre_gui_write_finish:
 *
 * Returns: %TRUE when saved; otherwise %FALSE with a %STYRE_ERROR
 */
gboolean
styre_gui_write_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
apply_changes (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  return styre_store_apply_with_retry (store, data, busy_seconds (), error);
}

/**
 * styre_gui_apply_async:
 * @source_object: (nullable): the widget where the person acted (see
 *   styre_gui_write_async())
 * @changes: (element-type StyreChange): the changes of one user action; after the call
 *   finishes, new rows have their ids and edited rows their new versions
 *
 * Saves one user action: one transaction with its audit rows and the version check
 * (STORAGE.md rules 4–6), with styre_gui_write_async(). The changes keep what the person
 * typed whether it succeeds or not, so a conflict or a full disk never loses an edit.
 */
void
styre_gui_apply_async (gpointer             source_object,
                       StyreStore          *store,
                       GPtrArray           *changes,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (changes != NULL);

  styre_gui_write_async (source_object, store, apply_changes, g_ptr_array_ref (changes),
                         (GDestroyNotify) g_ptr_array_unref, changes, cancellable, callback,
                         user_data);
}

/**
 * styre_gui_apply_finish:
 *
 * Returns: %TRUE when saved; otherwise %FALSE with a %STYRE_ERROR (conflicts included)
 */
gboolean
styre_gui_apply_finish (GAsyncResult  *result,
                        GError       **error)
{
  return styre_gui_write_finish (result, error);
}

/* ── an undoable edit from an editor ────────────────────────────────────────────────── */

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

/* Runs on a worker thread (a StyreSaveFunc). */
static gboolean
save_edit (StyreStore  *store,
           gpointer     data,
           GError     **error)
{
  SaveJob *job = data;
  StyreChange *rebased;
  GPtrArray *conflicts;

  if (styre_edit_apply (job->edit, store, busy_seconds (), error))
    return TRUE;

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
  return FALSE;
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

  if (styre_gui_write_finish (result, &error))
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
  g_autoptr(GPtrArray) changes = styre_edit_get_changes (job->edit);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);

  /* Our own references: a merge on the worker may put others in the edit's place. */
  for (guint i = 0; i < changes->len; i++)
    g_ptr_array_add (pending, styre_change_ref (g_ptr_array_index (changes, i)));
  styre_gui_write_async (job->parent, job->store, save_edit, job, NULL, pending, NULL,
                         applied_cb, job);
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
