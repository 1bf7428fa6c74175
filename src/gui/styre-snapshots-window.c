/* styre-snapshots-window.c — a file's snapshots: when, why, by whom; restore one
 *
 * Lists the verified copies in `.styre-snapshots/` beside the file, newest first, and
 * restores one into the file (STORAGE.md rule 10): only when nobody else has the file
 * open, after a snapshot of the file as it is, with the backup API. "Open" shows a snapshot
 * in a window of its own, for reading. Everything that touches the disk runs on a worker.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-snapshots-window"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-application.h"
#include "styre-error.h"
#include "styre-save.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-snapshots-window.h"
#include "styre-window.h"

struct _StyreSnapshotsWindow
{
  AdwWindow         parent_instance;

  StyreStore       *store;
  GCancellable     *cancellable;
  GPtrArray        *snapshots;      /* StyreSnapshot, newest first */
  gboolean          loading;
  gboolean          busy;           /* a snapshot or restore runs */

  GtkWidget        *take_button;
  AdwToastOverlay  *toast_overlay;
  GtkStack         *stack;
  GtkWidget        *blocked_box;
  GtkLabel         *blocked_label;
  GtkListBox       *list;
};

G_DEFINE_FINAL_TYPE (StyreSnapshotsWindow, styre_snapshots_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void reload (StyreSnapshotsWindow *self);

/* "27 November 2026 09:12" in Norwegian time. */
static char *
describe_moment (const char *utc)
{
  g_autoptr(GDateTime) at = utc ? g_date_time_new_from_iso8601 (utc, NULL) : NULL;
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *day = NULL;
  g_autofree char *hhmm = NULL;

  if (at == NULL)
    return g_strdup (utc ? utc : "");
  local = oslo ? g_date_time_to_timezone (at, oslo) : g_date_time_to_local (at);
  day = g_date_time_format (local, "%Y-%m-%d");
  date = styre_format_date_long (day);
  hhmm = styre_format_time (g_date_time_get_hour (local), g_date_time_get_minute (local));
  /* Translators: a date and a time, e.g. "27. november 2026 kl. 09.12" */
  return g_strdup_printf (_("%1$s %2$s"), date, hhmm);
}

/* Why restoring cannot be done now, or NULL when it can. */
static char *
why_not_restore (StyreSnapshotsWindow *self)
{
  g_autoptr(GPtrArray) others = NULL;

  if (self->store == NULL)
    return g_strdup (_("The file is closed."));
  if (styre_store_is_read_only (self->store))
    {
      const char *reason = styre_store_get_read_only_reason (self->store);
      /* Translators: %s says why the file is open for reading only */
      return g_strdup_printf (_("A snapshot can be restored only into a file you may change. %s"),
                              reason ? reason : "");
    }
  others = styre_store_get_sessions (self->store);
  if (others->len == 1)
    return g_strdup_printf (_("A snapshot can be restored only when nobody else has the file "
                              "open, so that no one loses what they are working on. %s has it "
                              "open now."),
                            ((StyreSession *) g_ptr_array_index (others, 0))->display_name);
  if (others->len > 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "A snapshot can be restored only when nobody else has "
                                         "the file open, so that no one loses what they are "
                                         "working on. %u other has it open now.",
                                         "A snapshot can be restored only when nobody else has "
                                         "the file open, so that no one loses what they are "
                                         "working on. %u others have it open now.",
                                         others->len),
                            others->len);
  return NULL;
}

static void
update_restore_buttons (StyreSnapshotsWindow *self)
{
  g_autofree char *why = why_not_restore (self);
  GtkWidget *row;

  gtk_widget_set_visible (self->blocked_box, why != NULL);
  gtk_label_set_text (self->blocked_label, why ? why : "");
  for (row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *restore = g_object_get_data (G_OBJECT (row), "restore-button");
      if (restore != NULL)
        gtk_widget_set_sensitive (restore, why == NULL && !self->busy);
    }
  gtk_widget_set_sensitive (self->take_button, self->store != NULL && !self->busy);
}

static void
toast (StyreSnapshotsWindow *self,
       const char           *text)
{
  AdwToast *t = adw_toast_new (text);

  adw_toast_set_timeout (t, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
show_error (StyreSnapshotsWindow *self,
            const char           *heading,
            const GError         *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── open ────────────────────────────────────────────────────────────────────────────── */

static void
open_clicked_cb (GtkButton            *button,
                 StyreSnapshotsWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "path");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkApplication *app = parent ? gtk_window_get_application (parent) : NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* In a window of its own, for reading: a snapshot is not a file to work in. */
  if (STYRE_IS_APPLICATION (app))
    styre_application_open (STYRE_APPLICATION (app), file, STYRE_OPEN_MODE_READ_ONLY, NULL,
                            NULL);
  else
    {
      StyreWindow *window = styre_window_new (NULL);
      styre_window_open (window, file, STYRE_OPEN_MODE_READ_ONLY);
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* ── restore ─────────────────────────────────────────────────────────────────────────── */

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  StyreSnapshotsWindow *self = source_object;
  GError *error = NULL;
  char *safety = NULL;

  if (styre_store_restore (self->store, task_data, &safety, &error))
    g_task_return_pointer (task, safety, g_free);
  else
    g_task_return_error (task, error);
}

typedef struct
{
  GWeakRef  window;
  char     *path;
} RetryRestore;

static void
retry_restore_cb (gboolean retry,
                  gpointer user_data)
{
  RetryRestore *r = user_data;
  g_autoptr(StyreSnapshotsWindow) self = g_weak_ref_get (&r->window);

  if (retry && self != NULL)
    styre_snapshots_window_restore (self, r->path);
  g_weak_ref_clear (&r->window);
  g_free (r->path);
  g_free (r);
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  StyreSnapshotsWindow *self = STYRE_SNAPSHOTS_WINDOW (object);
  g_autofree char *moment = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *safety = g_task_propagate_pointer (G_TASK (result), &error);

  self->busy = FALSE;
  update_restore_buttons (self);
  if (safety == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* A snapshot of another file or of an older format: nothing to retry. */
      if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_INVALID))
        show_error (self, _("Could Not Restore the Snapshot"), error);
      else
        {
          /* Others still have the file open, the disk is full, …: the same words and ways
           * forward as for any change that could not be written, with Retry where it helps. */
          RetryRestore *r = g_new0 (RetryRestore, 1);

          g_weak_ref_init (&r->window, self);
          r->path = g_strdup (g_task_get_task_data (G_TASK (result)));
          styre_save_explain_failure (GTK_WIDGET (self), error, NULL, retry_restore_cb, r);
        }
      return;
    }
  {
    /* Translators: %s is when the snapshot was taken */
    g_autofree char *text = g_strdup_printf (_("The file is as it was %s"), moment);
    toast (self, text);
  }
  reload (self);
}

/**
 * styre_snapshots_window_restore:
 * @path: a snapshot of the window's file
 *
 * Restores @path into the file on a worker thread, without asking; the Restore button asks
 * first and then calls this.
 */
void
styre_snapshots_window_restore (StyreSnapshotsWindow *self,
                                const char           *path)
{
  g_autoptr(GTask) task = NULL;
  StyreSnapshot *found = NULL;

  g_return_if_fail (STYRE_IS_SNAPSHOTS_WINDOW (self));
  g_return_if_fail (path != NULL);

  for (guint i = 0; self->snapshots && i < self->snapshots->len; i++)
    if (g_str_equal (((StyreSnapshot *) g_ptr_array_index (self->snapshots, i))->path, path))
      found = g_ptr_array_index (self->snapshots, i);

  self->busy = TRUE;
  update_restore_buttons (self);
  task = g_task_new (self, self->cancellable, restored_cb,
                     describe_moment (found ? found->taken_at : NULL));
  g_task_set_source_tag (task, styre_snapshots_window_restore);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, restore_thread);
}

static void
confirm_response_cb (AdwMessageDialog     *dialog,
                     const char           *response,
                     StyreSnapshotsWindow *self)
{
  if (g_str_equal (response, "restore"))
    styre_snapshots_window_restore (self, g_object_get_data (G_OBJECT (dialog), "path"));
}

static void
restore_clicked_cb (GtkButton            *button,
                    StyreSnapshotsWindow *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "path");
  const char *moment = g_object_get_data (G_OBJECT (button), "moment");
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is when the snapshot was taken, e.g. "27. november 2026 kl. 09.12" */
  heading = g_strdup_printf (_("Restore the Snapshot of %s?"), moment);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Everything in the file is put back as it was then, for "
                                     "everyone who uses it. What was changed since is not lost: "
                                     "Styre first takes a snapshot of the file as it is now, "
                                     "which can be restored in its turn."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── the list ────────────────────────────────────────────────────────────────────────── */

static GtkWidget *
snapshot_row (StyreSnapshotsWindow *self,
              StyreSnapshot        *s)
{
  g_autofree char *moment = describe_moment (s->taken_at);
  g_autofree char *size = styre_format_size (s->size);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *open = gtk_button_new_from_icon_name ("document-open-symbolic");
  GtkWidget *restore = gtk_button_new_with_mnemonic (_("_Restore…"));
  g_autofree char *open_label = NULL;

  if (*s->taken_by != '\0')
    /* Translators: under a snapshot's time: why, by whom, how big, e.g. "First change of
     * the day · Kari Nordmann · 540 kB" */
    subtitle = g_strdup_printf (_("%s · %s · %s"), styre_snapshot_describe_reason (s->reason),
                                s->taken_by, size);
  else
    subtitle = g_strdup_printf ("%s · %s", styre_snapshot_describe_reason (s->reason), size);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), moment);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Translators: tooltip and accessible name of a snapshot's button */
  open_label = g_strdup_printf (_("Open the snapshot of %s to look at it"), moment);
  gtk_widget_set_tooltip_text (open, open_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  open_label, -1);
  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  g_object_set_data_full (G_OBJECT (open), "path", g_strdup (s->path), g_free);
  g_signal_connect (open, "clicked", G_CALLBACK (open_clicked_cb), self);

  gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (restore), "path", g_strdup (s->path), g_free);
  g_object_set_data_full (G_OBJECT (restore), "moment", g_strdup (moment), g_free);
  g_signal_connect (restore, "clicked", G_CALLBACK (restore_clicked_cb), self);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
  g_object_set_data (G_OBJECT (row), "restore-button", restore);
  return row;
}

static gpointer
query_snapshots (StyreStore  *store,
                 gpointer     data,
                 GError     **error)
{
  return styre_store_list_snapshots (store, error);
}

static void
set_loading (StyreSnapshotsWindow *self,
             gboolean              loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
snapshots_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  StyreSnapshotsWindow *self = STYRE_SNAPSHOTS_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) snapshots = styre_gui_query_finish (result, &error);
  GtkWidget *child;

  if (snapshots == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_error (self, _("Could Not List the Snapshots"), error);
      snapshots = g_ptr_array_new ();
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->snapshots, g_ptr_array_unref);
  self->snapshots = g_ptr_array_ref (snapshots);
  for (guint i = 0; i < snapshots->len; i++)
    gtk_list_box_append (self->list, snapshot_row (self, g_ptr_array_index (snapshots, i)));

  gtk_stack_set_visible_child_name (self->stack, snapshots->len > 0 ? "list" : "empty");
  update_restore_buttons (self);
  set_loading (self, FALSE);
}

static void
reload (StyreSnapshotsWindow *self)
{
  if (self->store == NULL)
    return;
  set_loading (self, TRUE);
  styre_gui_query_async (self, self->store, query_snapshots, NULL, NULL,
                         (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                         snapshots_loaded_cb, NULL);
}

/* ── taking one ──────────────────────────────────────────────────────────────────────── */

static void
take_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  StyreSnapshotsWindow *self = source_object;
  GError *error = NULL;
  char *path = styre_store_snapshot (self->store, "manual", &error);

  if (path != NULL)
    g_task_return_pointer (task, path, g_free);
  else
    g_task_return_error (task, error);
}

static void
taken_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  StyreSnapshotsWindow *self = STYRE_SNAPSHOTS_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);

  self->busy = FALSE;
  update_restore_buttons (self);
  if (path == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Take a Snapshot"), error);
      return;
    }
  toast (self, _("Snapshot taken and verified"));
  reload (self);
}

static void
take_clicked_cb (StyreSnapshotsWindow *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->store == NULL || self->busy)
    return;
  self->busy = TRUE;
  update_restore_buttons (self);
  task = g_task_new (self, self->cancellable, taken_cb, NULL);
  g_task_set_source_tag (task, take_clicked_cb);
  g_task_run_in_thread (task, take_thread);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_snapshots_window_dispose (GObject *object)
{
  StyreSnapshotsWindow *self = (StyreSnapshotsWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->snapshots, g_ptr_array_unref);

  G_OBJECT_CLASS (styre_snapshots_window_parent_class)->dispose (object);
}

static void
styre_snapshots_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  StyreSnapshotsWindow *self = STYRE_SNAPSHOTS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_snapshots_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  StyreSnapshotsWindow *self = STYRE_SNAPSHOTS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_snapshots_window_constructed (GObject *object)
{
  StyreSnapshotsWindow *self = STYRE_SNAPSHOTS_WINDOW (object);

  G_OBJECT_CLASS (styre_snapshots_window_parent_class)->constructed (object);

  if (self->store != NULL)
    {
      g_signal_connect_object (self->store, "presence-changed",
                               G_CALLBACK (update_restore_buttons), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->store, "notify::read-only",
                               G_CALLBACK (update_restore_buttons), self, G_CONNECT_SWAPPED);
    }
  reload (self);
}

static void
styre_snapshots_window_class_init (StyreSnapshotsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_snapshots_window_dispose;
  object_class->get_property = styre_snapshots_window_get_property;
  object_class->set_property = styre_snapshots_window_set_property;
  object_class->constructed = styre_snapshots_window_constructed;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, STYRE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * StyreSnapshotsWindow:loading:
   *
   * Whether the list is being read.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-snapshots-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreSnapshotsWindow, take_button);
  gtk_widget_class_bind_template_child (widget_class, StyreSnapshotsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StyreSnapshotsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreSnapshotsWindow, blocked_box);
  gtk_widget_class_bind_template_child (widget_class, StyreSnapshotsWindow, blocked_label);
  gtk_widget_class_bind_template_child (widget_class, StyreSnapshotsWindow, list);
  gtk_widget_class_bind_template_callback (widget_class, take_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
styre_snapshots_window_init (StyreSnapshotsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * styre_snapshots_window_new:
 * @parent: the window with the file
 * @store: the file
 */
StyreSnapshotsWindow *
styre_snapshots_window_new (GtkWindow  *parent,
                            StyreStore *store)
{
  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  return g_object_new (STYRE_TYPE_SNAPSHOTS_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

StyreStore *
styre_snapshots_window_get_store (StyreSnapshotsWindow *self)
{
  g_return_val_if_fail (STYRE_IS_SNAPSHOTS_WINDOW (self), NULL);
  return self->store;
}

/**
 * styre_snapshots_window_get_list:
 *
 * Returns: (transfer none): the list of snapshots (for tests)
 */
GtkWidget *
styre_snapshots_window_get_list (StyreSnapshotsWindow *self)
{
  g_return_val_if_fail (STYRE_IS_SNAPSHOTS_WINDOW (self), NULL);
  return GTK_WIDGET (self->list);
}

gboolean
styre_snapshots_window_get_loading (StyreSnapshotsWindow *self)
{
  g_return_val_if_fail (STYRE_IS_SNAPSHOTS_WINDOW (self), FALSE);
  return self->loading;
}
