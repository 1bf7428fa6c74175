/* styre-save-async.c — saving one user action from a window, the whole way
 *
 * Editors hand their changes to styre_save_async() and get told, once, whether they were
 * saved. Between the two, everything STORAGE.md asks of a save in a shared file happens
 * here, the same for every editor:
 *
 * - A busy file is tried again quietly; after the busy timeout a toast says that someone
 *   else is saving, and after 30 s the toast offers Retry (rule 6).
 * - Someone else saved the same record first (rule 5): the person's changes are merged
 *   with theirs field by field; where both changed the same field, StyreConflictDialog
 *   asks which to keep. Nothing typed is lost, nothing is overwritten without asking.
 * - The record was deleted meanwhile: the person is told, and keeps what they typed.
 * - A full disk, a missing permission, a file moved or replaced, a damaged file, an I/O
 *   error: a dialog says which, with the ways forward — Retry, Save a Copy (the changes go
 *   into a copy the person goes on working in), Open the Last Snapshot.
 *
 * Until the callback, the changes stay the caller's, unchanged but for merged versions;
 * when it reports failure, the editor keeps the edit on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-save-async"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-error.h"
#include "styre-merge.h"
#include "styre-save-async.h"

/* How long a busy file is tried again before the person is asked (rule 6). */
#define BUSY_SECONDS 30

typedef struct
{
  StyreWindow            *window;
  StyreStore             *store;
  GPtrArray              *changes;      /* the caller's: merged changes replace theirs */
  GPtrArray              *bases;        /* StyreRow or NULL per change */
  StyreConflictLabelFunc  label_func;
  gpointer                label_data;
  AdwToast               *busy_toast;
  AdwToast               *retry_toast;
  gboolean                retried;      /* Retry was pressed on the toast */
  gboolean                merged;
  guint                   next_conflict;
  GPtrArray              *current;      /* StyreRow or NULL per change, after a conflict */
} SaveJob;

static void
row_unref0 (gpointer row)
{
  if (row != NULL)
    styre_row_unref (row);
}

static void
save_job_free (gpointer data)
{
  SaveJob *job = data;

  if (job->busy_toast != NULL)
    adw_toast_dismiss (job->busy_toast);
  g_clear_object (&job->busy_toast);
  g_clear_object (&job->retry_toast);
  g_clear_object (&job->window);
  g_clear_object (&job->store);
  g_clear_pointer (&job->changes, g_ptr_array_unref);
  g_clear_pointer (&job->bases, g_ptr_array_unref);
  g_clear_pointer (&job->current, g_ptr_array_unref);
  g_free (job);
}

static void attempt (GTask *task);

/* ── busy ────────────────────────────────────────────────────────────────────────────── */

static gboolean
show_busy_cb (gpointer data)
{
  GTask *task = data;
  SaveJob *job = g_task_get_task_data (task);

  if (job->busy_toast == NULL && !g_task_get_completed (task))
    {
      job->busy_toast = g_object_ref_sink (adw_toast_new (_("Someone else is saving to the "
                                                            "file; your change is saved as "
                                                            "soon as they are done…")));
      adw_toast_set_timeout (job->busy_toast, 0);
      adw_toast_set_priority (job->busy_toast, ADW_TOAST_PRIORITY_HIGH);
      styre_window_add_toast (job->window, g_object_ref (job->busy_toast));
    }
  return G_SOURCE_REMOVE;
}

typedef struct
{
  gboolean ok;
  GError  *error;
} Attempt;

static void
apply_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GTask *save = task_data;
  SaveJob *job = g_task_get_task_data (save);
  const char *env = g_getenv ("STYRE_SAVE_BUSY_SECONDS");   /* shorter, for tests */
  guint64 seconds = BUSY_SECONDS;
  gint64 deadline;
  gboolean told = FALSE;
  GError *error = NULL;

  if (env != NULL)
    g_ascii_string_to_unsigned (env, 10, 1, 600, &seconds, NULL);
  deadline = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  for (;;)
    {
      g_clear_error (&error);
      if (styre_store_apply_all (job->store, job->changes, &error))
        {
          g_task_return_boolean (task, TRUE);
          return;
        }
      if (!g_error_matches (error, STYRE_ERROR, STYRE_ERROR_BUSY)
          || g_get_monotonic_time () >= deadline)
        break;
      /* The busy timeout has passed once: say what is happening (rule 6). */
      if (!told)
        {
          g_main_context_invoke_full (g_task_get_context (save), G_PRIORITY_DEFAULT, show_busy_cb,
                                      g_object_ref (save), g_object_unref);
          told = TRUE;
        }
      g_usleep (g_random_int_range (50, 400) * 1000);
    }
  g_task_return_error (task, error);
}

/* ── the outcome ─────────────────────────────────────────────────────────────────────── */

/* The end of the operation: reports, and lets go of the reference the operation held. */
static void
finish (GTask  *task,
        GError *error)
{
  SaveJob *job = g_task_get_task_data (task);

  if (g_task_get_completed (task) || g_object_get_data (G_OBJECT (task), "finished"))
    {
      g_clear_error (&error);
      return;
    }
  g_object_set_data (G_OBJECT (task), "finished", GINT_TO_POINTER (TRUE));

  if (job->busy_toast != NULL)
    adw_toast_dismiss (job->busy_toast);
  g_clear_object (&job->busy_toast);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    {
      if (job->merged)
        styre_window_add_toast (job->window,
                                adw_toast_new (_("Saved, together with what someone else "
                                                 "saved to the same record meanwhile")));
      g_task_return_boolean (task, TRUE);
    }
  g_object_unref (task);
}

static void
retry_clicked_cb (AdwToast *toast,
                  GTask    *task)
{
  SaveJob *job = g_task_get_task_data (task);

  job->retried = TRUE;
  attempt (task);
}

static void
retry_dismissed_cb (AdwToast *toast,
                    GTask    *task)
{
  SaveJob *job = g_task_get_task_data (task);

  if (job->retried || g_task_get_completed (task))
    return;
  /* The person let it go: the editor keeps what they typed. */
  finish (task, g_error_new_literal (STYRE_ERROR, STYRE_ERROR_BUSY,
                                     _("The change was not saved: the file stayed busy.")));
}

static void
offer_retry (GTask *task)
{
  SaveJob *job = g_task_get_task_data (task);

  if (job->busy_toast != NULL)
    adw_toast_dismiss (job->busy_toast);
  g_clear_object (&job->busy_toast);
  g_clear_object (&job->retry_toast);
  job->retried = FALSE;
  job->retry_toast = g_object_ref_sink (adw_toast_new (_("Not saved yet: someone else kept "
                                                         "the file busy")));
  adw_toast_set_timeout (job->retry_toast, 0);
  adw_toast_set_priority (job->retry_toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (job->retry_toast, _("_Retry"));
  /* The toast holds the save until the person chooses. */
  g_signal_connect_data (job->retry_toast, "button-clicked", G_CALLBACK (retry_clicked_cb),
                         g_object_ref (task), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  g_signal_connect_data (job->retry_toast, "dismissed", G_CALLBACK (retry_dismissed_cb),
                         g_object_ref (task), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  styre_window_add_toast (job->window, g_object_ref (job->retry_toast));
}

static void
connect_response (GtkWidget *dialog,
                  GCallback  callback,
                  GTask     *task)
{
  g_signal_connect_data (dialog, "response", callback, g_object_ref (task),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
}

typedef struct
{
  StyreWindow          *window;
  GPtrArray            *pending;
  StyreSaveFailureFunc  func;
  gpointer              user_data;
} Failure;

static void
failure_free (gpointer data)
{
  Failure *f = data;

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
    f->func (g_str_equal (response, "retry"), f->user_data);
}

/**
 * styre_save_explain_failure:
 * @window: the window the person works in
 * @error: why a save failed: a %STYRE_ERROR other than a conflict, a deleted record or a
 *   busy file (those have their own flows)
 * @pending: (nullable) (element-type StyreChange): what was not saved, for Save a Copy
 * @func: (nullable): told whether the person chose Retry
 *
 * Says what went wrong and offers what can be done about it (STORAGE.md rule 6): Retry
 * after space is freed or the share is back; Save a Copy, which puts @pending into a new
 * file and goes on there; Open the Last Snapshot of a damaged file. For every editor's
 * save path, this one's and others'.
 */
void
styre_save_explain_failure (StyreWindow          *window,
                            const GError         *error,
                            GPtrArray            *pending,
                            StyreSaveFailureFunc  func,
                            gpointer              user_data)
{
  const char *heading;
  gboolean retry = FALSE, copy = FALSE, snapshot = FALSE;
  GtkWidget *dialog;
  Failure *f;

  g_return_if_fail (STYRE_IS_WINDOW (window));
  g_return_if_fail (error != NULL);

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

  dialog = adw_message_dialog_new (GTK_WINDOW (window), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close",
                                   retry || copy || snapshot ? _("_Not Now") : _("_Close"));
  if (snapshot)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "snapshot",
                                     _("Open the _Last Snapshot"));
  if (copy && pending != NULL && pending->len > 0)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "copy", _("Save a _Copy…"));
  else
    copy = FALSE;
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
  f->window = g_object_ref (window);
  f->pending = pending ? g_ptr_array_ref (pending) : NULL;
  f->func = func;
  f->user_data = user_data;
  g_signal_connect_data (dialog, "response", G_CALLBACK (failure_response_cb), f,
                         (GClosureNotify) (void (*) (void)) failure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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

/* A dialog that says what went wrong and offers what can be done about it. */
static void
explain_failure (GTask  *task,
                 GError *error)
{
  SaveJob *job = g_task_get_task_data (task);

  g_object_set_data_full (G_OBJECT (task), "failure", error, (GDestroyNotify) g_error_free);
  styre_save_explain_failure (job->window, error, job->changes, explained_cb, task);
}

/* ── conflicts ───────────────────────────────────────────────────────────────────────── */

/* Puts the merged @change (transfer full) in the place of change @i, with the row it was
 * merged with as its new base. */
static void
replace_change (SaveJob     *job,
                guint        i,
                StyreChange *change)
{
  StyreChange *old = g_ptr_array_index (job->changes, i);
  StyreRow *old_base = g_ptr_array_index (job->bases, i);
  StyreRow *current = g_ptr_array_index (job->current, i);

  g_ptr_array_index (job->changes, i) = change;
  styre_change_unref (old);
  g_ptr_array_index (job->bases, i) = current ? styre_row_ref (current) : NULL;
  row_unref0 (old_base);
}

static void resolve_next_conflict (GTask  *task,
                                   GError *reason);

static void
deleted_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GTask            *task)
{
  finish (task, g_object_steal_data (G_OBJECT (dialog), "error"));
}

static void
conflict_response_cb (StyreConflictDialog *dialog,
                      const char          *response,
                      GTask               *task)
{
  SaveJob *job = g_task_get_task_data (task);
  StyreChange *rebased = g_object_get_data (G_OBJECT (dialog), "rebased");
  GError *reason = g_object_steal_data (G_OBJECT (dialog), "error");
  guint i = job->next_conflict;

  if (!g_str_equal (response, "save"))
    {
      /* "Keep editing": nothing saved, the editor keeps the person's values. */
      finish (task, reason);
      return;
    }

  styre_conflict_dialog_apply_choices (dialog, rebased);
  replace_change (job, i, styre_change_ref (rebased));
  job->next_conflict++;
  resolve_next_conflict (task, reason);
}

/* One conflicting change at a time: merge what does not collide, ask about what does. */
static void
resolve_next_conflict (GTask  *task,
                       GError *reason)
{
  SaveJob *job = g_task_get_task_data (task);

  for (; job->next_conflict < job->changes->len; job->next_conflict++)
    {
      guint i = job->next_conflict;
      StyreChange *mine = g_ptr_array_index (job->changes, i);
      StyreRow *base = job->bases && i < job->bases->len ? g_ptr_array_index (job->bases, i)
                                                         : NULL;
      StyreRow *current = g_ptr_array_index (job->current, i);
      g_autoptr(GPtrArray) conflicts = NULL;
      g_autoptr(StyreChange) rebased = NULL;

      if (styre_change_get_kind (mine) == STYRE_CHANGE_INSERT)
        continue;
      if (current == NULL)
        {
          /* Deleted meanwhile. */
          GtkWidget *dialog;
          g_autoptr(GError) deleted = NULL;

          if (styre_change_get_kind (mine) == STYRE_CHANGE_DELETE)
            continue;   /* both wanted it gone */
          deleted = g_error_new_literal (STYRE_ERROR, STYRE_ERROR_DELETED,
                                         reason ? reason->message
                                                : _("Someone deleted this record while you "
                                                    "were editing it."));
          dialog = adw_message_dialog_new (GTK_WINDOW (job->window),
                                           _("The Record Was Deleted"),
                                           _("Someone else deleted this record while you were "
                                             "editing it, so your changes cannot be saved to "
                                             "it. What you typed is still there to copy."));
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close",
                                           _("_Keep Editing"));
          g_object_set_data_full (G_OBJECT (dialog), "error", g_steal_pointer (&deleted),
                                  (GDestroyNotify) g_error_free);
          connect_response (dialog, G_CALLBACK (deleted_response_cb), task);
          gtk_window_present (GTK_WINDOW (dialog));
          g_clear_error (&reason);
          return;
        }
      if (styre_row_get_int (current, "version") == styre_change_get_expected_version (mine))
        continue;

      if (styre_change_get_kind (mine) == STYRE_CHANGE_DELETE || base == NULL)
        {
          /* Without the row as the person saw it there is nothing to merge with: never
           * overwrite what the other person saved without asking. */
          GtkWidget *dialog;

          dialog = adw_message_dialog_new (GTK_WINDOW (job->window),
                                           _("Someone Else Saved First"),
                                           reason ? reason->message : NULL);
          adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                       _("Someone else saved a change to this record after you "
                                         "started. Look at what they saved, then make your "
                                         "change again; what you typed is still there."));
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close",
                                           _("_Keep Editing"));
          g_object_set_data_full (G_OBJECT (dialog), "error",
                                  reason ? reason
                                         : g_error_new_literal (STYRE_ERROR, STYRE_ERROR_CONFLICT,
                                                                _("Someone else saved first.")),
                                  (GDestroyNotify) g_error_free);
          connect_response (dialog, G_CALLBACK (deleted_response_cb), task);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }

      rebased = styre_change_rebase (mine, base, current, &conflicts);
      if (conflicts->len > 0)
        {
          StyreConflictDialog *dialog =
            styre_conflict_dialog_new (GTK_WINDOW (job->window),
                                       reason ? reason->message
                                              : _("Someone else saved a change to this record "
                                                  "after you started editing it."),
                                       conflicts, job->label_func, job->label_data);
          g_object_set_data_full (G_OBJECT (dialog), "rebased", g_steal_pointer (&rebased),
                                  (GDestroyNotify) styre_change_unref);
          if (reason != NULL)
            g_object_set_data_full (G_OBJECT (dialog), "error", g_steal_pointer (&reason),
                                    (GDestroyNotify) g_error_free);
          else
            g_object_set_data_full (G_OBJECT (dialog), "error",
                                    g_error_new_literal (STYRE_ERROR, STYRE_ERROR_CONFLICT,
                                                         _("Someone else saved first.")),
                                    (GDestroyNotify) g_error_free);
          connect_response (GTK_WIDGET (dialog), G_CALLBACK (conflict_response_cb), task);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }

      /* Different fields: both people's changes stand. */
      replace_change (job, i, g_steal_pointer (&rebased));
      job->merged = TRUE;
    }

  g_clear_error (&reason);
  attempt (task);
}

static void
read_current_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GPtrArray *current = g_ptr_array_new_with_free_func (row_unref0);

  for (guint i = 0; i < job->changes->len; i++)
    {
      StyreChange *c = g_ptr_array_index (job->changes, i);
      StyreRow *row = NULL;

      if (styre_change_get_kind (c) != STYRE_CHANGE_INSERT)
        row = styre_store_read_row (job->store, styre_change_get_table (c),
                                    styre_change_get_id (c), NULL);
      g_ptr_array_add (current, row);
    }
  g_task_return_pointer (task, current, (GDestroyNotify) g_ptr_array_unref);
}

static void
current_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  SaveJob *job = g_task_get_task_data (task);
  GError *reason = g_object_get_data (G_OBJECT (result), "reason");

  g_clear_pointer (&job->current, g_ptr_array_unref);
  job->current = g_task_propagate_pointer (G_TASK (result), NULL);
  job->next_conflict = 0;
  resolve_next_conflict (task, reason ? g_error_copy (reason) : NULL);
}

/* ── one attempt ─────────────────────────────────────────────────────────────────────── */

static void
attempted_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  SaveJob *job = g_task_get_task_data (task);
  GError *error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      finish (task, NULL);
      return;
    }

  if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_BUSY))
    {
      g_error_free (error);
      offer_retry (task);
      return;
    }

  if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_CONFLICT)
      || g_error_matches (error, STYRE_ERROR, STYRE_ERROR_DELETED))
    {
      /* Read the records as they are now, on a worker, then merge or ask. */
      g_autoptr(GTask) read = g_task_new (NULL, NULL, current_read_cb, task);

      g_object_set_data_full (G_OBJECT (read), "save", g_object_ref (task), g_object_unref);
      if (job->bases == NULL)
        {
          job->bases = g_ptr_array_new_with_free_func (row_unref0);
          for (guint i = 0; i < job->changes->len; i++)
            g_ptr_array_add (job->bases, NULL);
        }
      g_object_set_data_full (G_OBJECT (read), "reason", error, (GDestroyNotify) g_error_free);
      g_task_set_task_data (read, job, NULL);
      g_task_run_in_thread (read, read_current_thread);
      return;
    }

  explain_failure (task, error);
}

static void
attempt (GTask *task)
{
  /* The worker's task holds the save while it runs. */
  g_autoptr(GTask) apply = g_task_new (NULL, NULL, attempted_cb, task);

  g_task_set_task_data (apply, g_object_ref (task), g_object_unref);
  g_task_run_in_thread (apply, apply_thread);
}

/**
 * styre_save_async:
 * @window: the window the person works in (toasts and dialogs go there)
 * @changes: (element-type StyreChange): one user action; where a change is merged with
 *   someone else's, the merged change takes its place in the array
 * @bases: (nullable) (element-type StyreRow): for each change, the row as the editor read
 *   it before the person changed it (NULL for inserts): what makes a field-by-field merge
 *   possible. Without it, a conflict is told and nothing is overwritten.
 * @label_func: (nullable): names columns and values in the conflict dialog
 *
 * Saves @changes in the window's file on a worker thread, handling what a shared file
 * brings: a busy file, someone else saving first, a deleted record, a full disk, lost
 * permission, a moved file, damage (see the top of styre-save-async.c). The callback runs when
 * the changes are saved, or when the person has chosen to keep editing.
 */
void
styre_save_async (StyreWindow            *window,
                  GPtrArray              *changes,
                  GPtrArray              *bases,
                  StyreConflictLabelFunc  label_func,
                  gpointer                label_data,
                  GCancellable           *cancellable,
                  GAsyncReadyCallback     callback,
                  gpointer                user_data)
{
  GTask *task;
  SaveJob *job;
  StyreStore *store;

  g_return_if_fail (STYRE_IS_WINDOW (window));
  g_return_if_fail (changes != NULL);
  g_return_if_fail (bases == NULL || bases->len == changes->len);

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, styre_save_async);
  store = styre_window_get_store (window);
  if (store == NULL)
    {
      g_task_return_new_error (task, STYRE_ERROR, STYRE_ERROR_FAILED, _("No file is open."));
      g_object_unref (task);
      return;
    }

  job = g_new0 (SaveJob, 1);
  job->window = g_object_ref (window);
  job->store = g_object_ref (store);
  job->changes = g_ptr_array_ref (changes);
  if (bases != NULL)
    {
      /* Our own array: merged rows replace the caller's bases in it. */
      job->bases = g_ptr_array_new_with_free_func (row_unref0);
      for (guint i = 0; i < bases->len; i++)
        {
          StyreRow *row = g_ptr_array_index (bases, i);
          g_ptr_array_add (job->bases, row ? styre_row_ref (row) : NULL);
        }
    }
  job->label_func = label_func;
  job->label_data = label_data;
  g_task_set_task_data (task, job, save_job_free);

  attempt (task);
}

/**
 * styre_save_finish:
 *
 * Returns: %TRUE when saved; %FALSE with the %STYRE_ERROR the person was told about (the
 *   editor keeps what they typed)
 */
gboolean
styre_save_finish (GAsyncResult  *result,
                   GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
