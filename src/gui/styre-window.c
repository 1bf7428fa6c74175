/* styre-window.c — a window with one .styre file
 *
 * Without a file the window welcomes: new, open, the demo, recent files. Opening runs on
 * a worker thread (the file may be on a slow share), then the four pages read what they
 * show, also on worker threads; only when all four have their data does the window show
 * them. A failure is told in a dialog with the store's own words, and the window goes
 * back to what it showed before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-window"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "styre-application.h"
#include "styre-dashboard-page.h"
#include "styre-demo.h"
#include "styre-edit.h"
#include "styre-error.h"
#include "styre-export-chooser.h"
#include "styre-followup-page.h"
#include "styre-gui.h"
#include "styre-import-dialog.h"
#include "styre-initiative.h"
#include "styre-meetings-page.h"
#include "styre-organisation-window.h"
#include "styre-portfolio-page.h"
#include "styre-projection.h"
#include "styre-save.h"
#include "styre-presence-button.h"
#include "styre-snapshots-window.h"
#include "styre-welcome-page.h"
#include "styre-window.h"

struct _StyreWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  StyreStore           *store;
  GFile                *file;
  GCancellable         *open_cancellable;
  GtkNativeDialog      *file_chooser;
  gboolean              loading;
  gboolean              pages_touched;   /* the current job has started filling the pages */
  guint                 title_visibility_idle;
  guint                 present_timeout;
  guint                 reload_source;
  GCancellable         *reload_cancellable;
  StyreUndoStack       *undo;            /* this window's edits, for Undo and Redo */
  gboolean              undoing;

  AdwToast             *remote_toast;    /* the last "Kari changed …", replaced by the next */
  GPtrArray            *editing;         /* Editing of the editors on screen, the latest last */
  GtkWindow            *snapshots_window;

  AdwToastOverlay      *toast_overlay;
  StyrePresenceButton  *presence_button;
  GtkButton            *read_only_button;
  GtkButton            *read_only_secondary_button;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *document_title_box;
  GtkLabel             *document_title_label;
  GtkLabel             *document_subtitle_label;
  GtkRevealer          *read_only_revealer;
  GtkLabel             *read_only_label;
  GtkStack             *main_stack;
  StyreWelcomePage     *welcome_page;
  GtkLabel             *loading_label;
  AdwViewStack         *view_stack;
  StyreDashboardPage   *dashboard_page;
  StyrePortfolioPage   *portfolio_page;
  StyreMeetingsPage    *meetings_page;
  StyreFollowupPage    *followup_page;
  GMenu                *recent_slot;
};

G_DEFINE_FINAL_TYPE (StyreWindow, styre_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FILE,
  PROP_LOADING,
  PROP_VIEW,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ── one opening of a file ───────────────────────────────────────────────────────────── */

typedef struct
{
  StyreWindow   *window;        /* not a reference: the window cancels the job in dispose */
  GFile         *file;
  StyreOpenMode  mode;
  char          *organisation;  /* set when the file is to be created */
  GCancellable  *cancellable;
  StyreStore    *store;
  guint          n_pending;
  GError        *error;
} OpenJob;

static void
open_job_clear (gpointer data)
{
  OpenJob *job = data;

  g_clear_object (&job->file);
  g_clear_pointer (&job->organisation, g_free);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->store);
  g_clear_error (&job->error);
}

static OpenJob *
open_job_ref (OpenJob *job)
{
  return g_rc_box_acquire (job);
}

static void
open_job_unref (OpenJob *job)
{
  g_rc_box_release_full (job, open_job_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenJob, open_job_unref)

/* Runs on a worker thread: everything that touches the disk. */
static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenJob *job = task_data;
  g_autofree char *path = g_file_get_path (job->file);
  g_autoptr(GError) error = NULL;
  StyreStore *store = NULL;

  if (path == NULL)
    {
      g_task_return_new_error (task, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                               _("Styre can open files in folders on this computer and on "
                                 "network shares that are mounted as folders."));
      return;
    }

  if (job->organisation != NULL)
    {
      store = styre_store_create (path, job->organisation, &error);
    }
  else if (job->mode == STYRE_OPEN_MODE_DEMO)
    {
      store = styre_demo_open (path, &error);
    }
  else
    {
      store = styre_store_open (path, job->mode == STYRE_OPEN_MODE_READ_ONLY
                                      ? STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE
                                      : STYRE_OPEN_DEFAULT,
                                &error);
    }

  if (store == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
close_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  /* Waits for a read still running on the connection; the file may be on a slow share. */
  styre_store_close (task_data);
  g_task_return_boolean (task, TRUE);
}

/* Files being closed on worker threads; the application waits for them when it quits. */
static guint n_closing;

static void
closed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  n_closing--;
}

/* Lets go of the window's file: closes it on a worker thread, not here. */
static void
release_store (StyreStore **store)
{
  g_autoptr(GTask) task = NULL;

  if (*store == NULL)
    return;
  n_closing++;
  task = g_task_new (NULL, NULL, closed_cb, NULL);
  g_task_set_source_tag (task, release_store);
  g_task_set_task_data (task, g_steal_pointer (store), g_object_unref);
  g_task_run_in_thread (task, close_thread);
}

/**
 * styre_window_wait_for_closed_files:
 * @timeout_ms: how long to wait at most
 *
 * Waits, running the main context, until the files of destroyed windows are closed: their
 * session rows and owner files removed. For quitting; a file on a share that does not answer
 * is left after @timeout_ms (the others then see this Styre go after three heartbeats).
 */
void
styre_window_wait_for_closed_files (guint timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (n_closing > 0 && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (5000);
}

/* ── what the window shows ───────────────────────────────────────────────────────────── */

static void
set_loading (StyreWindow *self,
             gboolean     loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;

  /* styre_window_present_when_loaded() was waiting for this. */
  if (!loading && self->present_timeout != 0)
    {
      g_clear_handle_id (&self->present_timeout, g_source_remove);
      gtk_window_present (GTK_WINDOW (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
update_title (StyreWindow *self)
{
  g_autofree char *basename = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *subtitle = NULL;
  const char *title = _("Styre");

  if (self->store != NULL)
    {
      const char *organisation = styre_store_get_organisation_name (self->store);

      basename = g_file_get_basename (self->file);
      folder = styre_gui_describe_file (self->file);
      if (organisation != NULL && *organisation != '\0')
        {
          title = organisation;
          /* Translators: under the organisation's name in the header bar: the file and its
           * folder, e.g. "ledergruppen.styre — ~/Dokumenter" */
          subtitle = g_strdup_printf (_("%s — %s"), basename, folder);
        }
      else
        {
          title = basename;
          subtitle = g_steal_pointer (&folder);
        }
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  gtk_label_set_text (self->document_title_label, title);
  gtk_label_set_text (self->document_subtitle_label, subtitle ? subtitle : "");
  gtk_widget_set_tooltip_text (self->document_title_box,
                               self->file ? g_file_peek_path (self->file) : NULL);
}

static void
update_title_visibility (StyreWindow *self)
{
  /* Wide: the switcher is in the middle and the file's name at the start. Narrow: the
   * switcher title shows the name itself and the switcher moves to the bottom bar. */
  gtk_widget_set_visible (self->document_title_box,
                          self->store != NULL
                          && !adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
title_visibility_idle_cb (gpointer data)
{
  StyreWindow *self = data;

  self->title_visibility_idle = 0;
  update_title_visibility (self);
}

/* The switcher title says whether it shows its title while it is being allocated; showing
 * or hiding a widget then would leave the header bar half allocated. */
static void
title_visible_changed_cb (StyreWindow *self)
{
  if (self->title_visibility_idle == 0)
    self->title_visibility_idle = g_idle_add_once (title_visibility_idle_cb, self);
}

/* What can be changed: nothing in a read-only file (STORAGE.md), undo only what this
 * window did. */
static void
update_edit_actions (StyreWindow *self)
{
  gboolean has_document = self->store != NULL;
  gboolean writable = has_document && !styre_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 writable && !self->undoing
                                 && styre_undo_stack_get_can_undo (self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 writable && !self->undoing
                                 && styre_undo_stack_get_can_redo (self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-initiative", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.organisation", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-initiative", has_document);
}

static void
set_strip_button (GtkButton  *button,
                  const char *label,
                  const char *action)
{
  gtk_widget_set_visible (GTK_WIDGET (button), label != NULL);
  if (label == NULL)
    return;
  gtk_button_set_label (button, label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
}

/* The ways forward from each kind of read-only: ask again, take over from an editor who is
 * gone, save a copy, open the file again. */
static void
update_strip_buttons (StyreWindow       *self,
                      StyreReadOnlyKind  kind)
{
  const char *primary = NULL, *primary_action = NULL;
  const char *secondary = NULL, *secondary_action = NULL;

  switch (kind)
    {
    case STYRE_READ_ONLY_OTHER_EDITOR:
      {
        g_autoptr(StyreOwner) owner = styre_store_dup_owner (self->store);
        g_autofree char *now = styre_store_now (self->store);

        if (owner != NULL && styre_owner_is_stale (owner, now))
          {
            primary = _("_Edit Anyway…");
            primary_action = "win.take-over";
          }
        else
          {
            primary = _("_Ask Again");
            primary_action = "win.ask-again";
          }
      }
      break;
    case STYRE_READ_ONLY_NO_PERMISSION:
    case STYRE_READ_ONLY_PERMISSION_LOST:
      primary = _("_Try Again");
      primary_action = "win.ask-again";
      secondary = _("Save a _Copy…");
      secondary_action = "win.save-copy";
      break;
    case STYRE_READ_ONLY_MOVED:
      primary = _("Save a _Copy…");
      primary_action = "win.save-copy";
      secondary = _("_Open Again");
      secondary_action = "win.reopen";
      break;
    case STYRE_READ_ONLY_WAL:
    case STYRE_READ_ONLY_LOCATION:
      primary = _("Save a _Copy…");
      primary_action = "win.save-copy";
      break;
    case STYRE_READ_ONLY_NONE:
    case STYRE_READ_ONLY_REQUESTED:
    case STYRE_READ_ONLY_NEWER_VERSION:
    default:
      break;
    }
  set_strip_button (self->read_only_button, primary, primary_action);
  set_strip_button (self->read_only_secondary_button, secondary, secondary_action);
}

static void
show_document_state (StyreWindow *self)
{
  gboolean has_document = self->store != NULL;

  gtk_stack_set_visible_child_name (self->main_stack, has_document ? "document" : "welcome");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_document);
  update_edit_actions (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.snapshots", has_document);
  styre_presence_button_set_store (self->presence_button, self->store);

  if (has_document && styre_store_is_read_only (self->store))
    {
      const char *reason = styre_store_get_read_only_reason (self->store);

      /* The strip already says "Read-only"; the store says why. */
      gtk_label_set_text (self->read_only_label,
                          reason != NULL && *reason != '\0'
                          ? reason : _("Changes cannot be saved in this file."));
      update_strip_buttons (self, styre_store_get_read_only_kind (self->store));
      gtk_revealer_set_reveal_child (self->read_only_revealer, TRUE);
    }
  else
    {
      gtk_revealer_set_reveal_child (self->read_only_revealer, FALSE);
    }

  update_title (self);
  update_title_visibility (self);
}

static char *
identity_name (StyreWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "display-name");
  const char *real_name = g_get_real_name ();

  g_strstrip (name);
  if (*name == '\0')
    {
      if (real_name == NULL || *real_name == '\0' || g_str_equal (real_name, "Unknown"))
        real_name = g_get_user_name ();
      return g_strdup (real_name);
    }
  return g_steal_pointer (&name);
}

static void
apply_identity (StyreWindow *self,
                StyreStore  *store)
{
  g_autofree char *name = identity_name (self);

  styre_store_set_identity (store, g_get_user_name (), name);
}

static void open_last_snapshot_of (StyreWindow *self,
                                   GFile       *file);

static void
open_error_response_cb (StyreWindow      *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "snapshot"))
    open_last_snapshot_of (self, g_object_get_data (G_OBJECT (dialog), "file"));
}

static void
show_error (StyreWindow   *self,
            OpenJob       *job,
            const GError  *error)
{
  g_autofree char *basename = g_file_get_basename (job->file);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (job->mode == STYRE_OPEN_MODE_DEMO)
    heading = g_strdup (_("Could Not Open the Demo"));
  else if (job->organisation != NULL)
    heading = g_strdup_printf (_("Could Not Create “%s”"), basename);
  else
    heading = g_strdup_printf (_("Could Not Open “%s”"), basename);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  /* A damaged or tampered file: the way forward is its last snapshot. */
  if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_DAMAGED)
      || g_error_matches (error, STYRE_ERROR, STYRE_ERROR_TAMPERED))
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "snapshot",
                                       _("Open the _Last Snapshot"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "snapshot",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "snapshot");
      g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (job->file),
                              g_object_unref);
      g_signal_connect_object (dialog, "response", G_CALLBACK (open_error_response_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* After an opening that failed or was cancelled: back to what the window showed. But if
 * the pages got part of the new file's data, none of it may stay on screen as if it were
 * the old file's; then the window goes back to welcoming. */
static void
restore_document_state (StyreWindow *self)
{
  if (self->pages_touched && self->store != NULL)
    {
      release_store (&self->store);
      g_clear_object (&self->file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  self->pages_touched = FALSE;
  show_document_state (self);
}

static void
open_failed (StyreWindow  *self,
             OpenJob      *job,
             const GError *error)
{
  restore_document_state (self);
  set_loading (self, FALSE);

  if (job->mode == STYRE_OPEN_MODE_REOPEN && g_error_matches (error, STYRE_ERROR,
                                                              STYRE_ERROR_NOT_FOUND))
    return;
  show_error (self, job, error);
}

static gboolean finish_page_load (GObject       *page,
                                  GAsyncResult  *result,
                                  GError       **error);

/* ── keeping the pages current ───────────────────────────────────────────────────────── */

static void
page_reloaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* A failed reload leaves what the page showed; the next change tries again. */
  finish_page_load (object, result, &error);
}

static gboolean
reload_pages_cb (gpointer user_data)
{
  StyreWindow *self = user_data;

  self->reload_source = 0;
  if (self->store == NULL || self->loading)
    return G_SOURCE_REMOVE;

  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  self->reload_cancellable = g_cancellable_new ();

  styre_dashboard_page_load_async (self->dashboard_page, self->store, self->reload_cancellable,
                                   page_reloaded_cb, NULL);
  styre_portfolio_page_load_async (self->portfolio_page, self->store, self->reload_cancellable,
                                   page_reloaded_cb, NULL);
  styre_meetings_page_load_async (self->meetings_page, self->store, self->reload_cancellable,
                                  page_reloaded_cb, NULL);
  styre_followup_page_load_async (self->followup_page, self->store, self->reload_cancellable,
                                  page_reloaded_cb, NULL);
  return G_SOURCE_REMOVE;
}

/* Saved changes (ours, and others' once the change feed sees them) reach every page. A
 * burst of changes is read once. */
static void
store_changed_cb (StyreStore  *store,
                  char       **tables,
                  gboolean     local,
                  StyreWindow *self)
{
  if (store != self->store || self->reload_source != 0)
    return;
  self->reload_source = g_timeout_add (150, reload_pages_cb, self);
}

/* "Kari Nordmann changed “DF-01 Digital byggesøknad”", "Kari Nordmann saved 3 changes". */
static char *
describe_remote_changes (GPtrArray *entries)
{
  StyreAuditEntry *first = g_ptr_array_index (entries, 0);
  const char *who = *first->display_name ? first->display_name : first->user_name;
  const char *other = NULL;
  guint n_people = 1;

  for (guint i = 0; i < entries->len; i++)
    {
      StyreAuditEntry *e = g_ptr_array_index (entries, i);
      const char *name = *e->display_name ? e->display_name : e->user_name;

      if (g_str_equal (e->action, "restore"))
        /* Translators: a toast when someone else restored a snapshot into the open file */
        return g_strdup_printf (_("%s put the file back as it was in a snapshot"), name);
      if (!g_str_equal (name, who) && (other == NULL || !g_str_equal (name, other)))
        {
          other = other ? other : name;
          n_people++;
        }
    }

  if (entries->len == 1 && *first->label != '\0')
    {
      if (g_str_equal (first->action, "insert"))
        /* Translators: a toast: someone else added a record, e.g. "Kari Nordmann added
         * “DF-07 KI-assistent”" */
        return g_strdup_printf (_("%s added “%s”"), who, first->label);
      if (g_str_equal (first->action, "delete"))
        /* Translators: a toast: someone else deleted a record */
        return g_strdup_printf (_("%s deleted “%s”"), who, first->label);
      /* Translators: a toast: someone else changed a record */
      return g_strdup_printf (_("%s changed “%s”"), who, first->label);
    }
  if (n_people == 1)
    /* Translators: a toast, e.g. "Kari Nordmann saved 3 changes" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s saved a change",
                                         "%s saved %u changes", entries->len),
                            who, entries->len);
  if (n_people == 2)
    /* Translators: a toast, e.g. "Kari Nordmann and Ola Nordmann saved changes" */
    return g_strdup_printf (_("%s and %s saved changes"), who, other);
  /* Translators: a toast, e.g. "Kari Nordmann and 2 others saved changes" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u other saved changes",
                                       "%s and %u others saved changes", n_people - 1),
                          who, n_people - 1);
}

/* Other people's changes: the pages read them by "changed"; a subtle toast says whose. */
static void
remote_changes_cb (StyreStore  *store,
                   GPtrArray   *entries,
                   StyreWindow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  if (store != self->store || entries->len == 0)
    return;
  text = describe_remote_changes (entries);
  /* An AdwToast's title is markup in libadwaita 1.2. */
  markup = g_markup_escape_text (text, -1);
  if (self->remote_toast != NULL)
    adw_toast_dismiss (self->remote_toast);
  g_clear_object (&self->remote_toast);
  self->remote_toast = g_object_ref_sink (adw_toast_new (markup));
  adw_toast_set_timeout (self->remote_toast, 4);
  adw_toast_set_priority (self->remote_toast, ADW_TOAST_PRIORITY_NORMAL);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->remote_toast));
}

static void
store_read_only_cb (StyreStore  *store,
                    GParamSpec  *pspec,
                    StyreWindow *self)
{
  if (store != self->store)
    return;
  show_document_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  /* Every page sets its edit controls by the file's state when it loads: load again. */
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (150, reload_pages_cb, self);
}

/* The editor changed in single-editor mode: the strip's button may change. */
static void
store_presence_cb (StyreStore  *store,
                   StyreWindow *self)
{
  if (store == self->store && styre_store_is_read_only (store))
    update_strip_buttons (self, styre_store_get_read_only_kind (store));
}

static void
explained_response_cb (StyreWindow      *self,
                       const char       *response,
                       AdwMessageDialog *dialog)
{
  const char *file_id = g_object_get_data (G_OBJECT (dialog), "file-id");
  g_auto(GStrv) explained = g_settings_get_strv (self->settings, "explained-files");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = g_strv_length (explained);

  /* The newest 200 files are remembered. */
  for (guint i = n > 199 ? n - 199 : 0; i < n; i++)
    g_strv_builder_add (builder, explained[i]);
  g_strv_builder_add (builder, file_id);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "explained-files", (const char * const *) updated);

  if (g_str_equal (response, "help"))
    styre_gui_show_help_page (GTK_WINDOW (self), "share");
}

/* The first time a file on a share opens here, what that means (STORAGE.md rule 9). */
static void
explain_location (StyreWindow *self)
{
  const StyreLocation *location = styre_store_get_location (self->store);
  StyreSharing sharing = styre_store_get_sharing (self->store);
  const char *file_id = styre_store_get_file_id (self->store);
  g_auto(GStrv) explained = NULL;
  g_autofree char *where = NULL;
  g_autofree char *body = NULL;
  const char *heading;
  GtkWidget *dialog;

  if (location == NULL || file_id == NULL
      || (sharing == STYRE_SHARING_SHARED && !styre_location_is_remote (location))
      || styre_store_get_read_only_kind (self->store) == STYRE_READ_ONLY_REQUESTED)
    return;
  explained = g_settings_get_strv (self->settings, "explained-files");
  if (g_strv_contains ((const char * const *) explained, file_id))
    return;

  where = styre_location_describe (location);
  switch (sharing)
    {
    case STYRE_SHARING_SHARED:
      heading = _("A File for Several People");
      /* Translators: %s is where the file is, e.g. "a network share (cifs, //fil01/styring)
       * with working file locks" */
      body = g_strdup_printf (_("This file is on %s. Several people can have it open and make "
                                "changes at the same time. What others save appears here by "
                                "itself within a few seconds, and the button at the top shows "
                                "who else has the file open. If two of you change the same "
                                "thing, the one who saves last chooses what to keep. Styre "
                                "keeps snapshots of the file in the folder “.styre-snapshots” "
                                "beside it."), where);
      break;
    case STYRE_SHARING_SINGLE_EDITOR:
      heading = _("One Editor at a Time");
      /* Translators: %s is where the file is, e.g. "a folder kept by a sync client
       * (OneDrive)" */
      body = g_strdup_printf (_("This file is in %s, which cannot keep several people’s "
                                "changes apart. So only one person at a time can change it: "
                                "Styre leaves a note beside the file that says who, and "
                                "everyone else can read it. For a file that several people "
                                "change at once, ask IT for a folder on a file server with "
                                "working file locks."), where);
      break;
    case STYRE_SHARING_READ_ONLY:
    default:
      heading = _("Open for Reading Only");
      body = g_strdup (styre_store_get_read_only_reason (self->store));
      break;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "help", _("_Learn More"),
                                    "ok", _("_OK"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  g_object_set_data_full (G_OBJECT (dialog), "file-id", g_strdup (file_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (explained_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_succeeded (StyreWindow *self,
                OpenJob     *job)
{
  g_autofree char *path = g_file_get_path (job->file);

  if (self->store != job->store)
    {
      release_store (&self->store);
      /* Undo is about the file it was done in. */
      styre_undo_stack_clear (self->undo);
      self->store = g_object_ref (job->store);
      g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, 0);
      g_signal_connect_object (self->store, "remote-changes", G_CALLBACK (remote_changes_cb),
                               self, 0);
      g_signal_connect_object (self->store, "notify::read-only",
                               G_CALLBACK (store_read_only_cb), self, 0);
      g_signal_connect_object (self->store, "presence-changed",
                               G_CALLBACK (store_presence_cb), self, 0);
      /* Other people's changes, who is here, a file moved underneath (rules 7 and 8). */
      styre_store_watch (self->store, 0);
    }
  g_set_object (&self->file, job->file);
  self->pages_touched = FALSE;
  show_document_state (self);

  /* A snapshot opened to look at is not a file the person works in. */
  if (job->mode != STYRE_OPEN_MODE_READ_ONLY)
    {
      styre_gui_add_recent_file (job->file);
      g_settings_set_string (self->settings, "last-file", path);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  set_loading (self, FALSE);
  explain_location (self);
}

static gboolean
finish_page_load (GObject       *page,
                  GAsyncResult  *result,
                  GError       **error)
{
  if (STYRE_IS_DASHBOARD_PAGE (page))
    return styre_dashboard_page_load_finish (STYRE_DASHBOARD_PAGE (page), result, error);
  if (STYRE_IS_PORTFOLIO_PAGE (page))
    return styre_portfolio_page_load_finish (STYRE_PORTFOLIO_PAGE (page), result, error);
  if (STYRE_IS_MEETINGS_PAGE (page))
    return styre_meetings_page_load_finish (STYRE_MEETINGS_PAGE (page), result, error);
  if (STYRE_IS_FOLLOWUP_PAGE (page))
    return styre_followup_page_load_finish (STYRE_FOLLOWUP_PAGE (page), result, error);
  g_assert_not_reached ();
}

static void
page_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OpenJob) job = user_data;
  g_autoptr(GError) error = NULL;

  if (!finish_page_load (object, result, &error))
    {
      /* Cancelled: the window has gone or started another file; nothing to do. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (job->error == NULL)
        job->error = g_steal_pointer (&error);
    }

  g_assert (job->n_pending > 0);
  if (--job->n_pending > 0)
    return;

  if (job->error != NULL)
    open_failed (job->window, job, job->error);
  else
    open_succeeded (job->window, job);
}

static void
store_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  StyreWindow *self = STYRE_WINDOW (object);
  g_autoptr(OpenJob) job = user_data;
  g_autoptr(GError) error = NULL;

  job->store = g_task_propagate_pointer (G_TASK (result), &error);
  if (job->store == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        open_failed (self, job, error);
      return;
    }

  apply_identity (self, job->store);

  /* Each page reads on its own worker; the store serialises the connection. */
  self->pages_touched = TRUE;
  job->n_pending = 4;
  styre_dashboard_page_load_async (self->dashboard_page, job->store, job->cancellable,
                                   page_loaded_cb, open_job_ref (job));
  styre_portfolio_page_load_async (self->portfolio_page, job->store, job->cancellable,
                                   page_loaded_cb, open_job_ref (job));
  styre_meetings_page_load_async (self->meetings_page, job->store, job->cancellable,
                                  page_loaded_cb, open_job_ref (job));
  styre_followup_page_load_async (self->followup_page, job->store, job->cancellable,
                                  page_loaded_cb, open_job_ref (job));
}

static void
start_job (StyreWindow *self,
           OpenJob     *job)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = g_file_get_basename (job->file);
  g_autofree char *text = NULL;

  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  job->cancellable = g_object_ref (self->open_cancellable);

  /* The owner file and the session say who from the start (single-editor mode). */
  {
    g_autofree char *name = identity_name (self);
    styre_store_set_default_identity (g_get_user_name (), name);
  }

  if (job->mode == STYRE_OPEN_MODE_DEMO)
    text = g_strdup (_("Opening the demo…"));
  else if (job->organisation != NULL)
    text = g_strdup_printf (_("Creating “%s”…"), basename);
  else
    text = g_strdup_printf (_("Opening “%s”…"), basename);
  gtk_label_set_text (self->loading_label, text);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  set_loading (self, TRUE);

  task = g_task_new (self, job->cancellable, store_opened_cb, open_job_ref (job));
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, open_job_ref (job), (GDestroyNotify) open_job_unref);
  g_task_run_in_thread (task, open_thread);
}

static OpenJob *
open_job_new (StyreWindow   *self,
              GFile         *file,
              StyreOpenMode  mode)
{
  OpenJob *job = g_rc_box_new0 (OpenJob);

  job->window = self;
  job->file = g_object_ref (file);
  job->mode = mode;
  return job;
}

static void
cancel_clicked_cb (StyreWindow *self)
{
  g_cancellable_cancel (self->open_cancellable);
  restore_document_state (self);
  set_loading (self, FALSE);
}

/* ── choosing files ──────────────────────────────────────────────────────────────────── */

/* Opens @file here when this window has nothing open, otherwise in another window. */
static void
open_in_suitable_window (StyreWindow   *self,
                         GFile         *file,
                         StyreOpenMode  mode)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (STYRE_IS_APPLICATION (app))
    styre_application_open (STYRE_APPLICATION (app), file, mode, NULL, self);
  else
    styre_window_open (self, file, mode);
}

static GtkFileFilter *
styre_file_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Styre Files"));
  gtk_file_filter_add_mime_type (filter, STYRE_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "styre");
  return filter;
}

static void
open_response_cb (StyreWindow          *self,
                  int                   response,
                  GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        open_in_suitable_window (self, file, STYRE_OPEN_MODE_OPEN);
    }
  g_clear_object (&self->file_chooser);
}

/* A new file gets the extension, so that the desktop knows it as a Styre file. */
static GFile *
with_styre_suffix (GFile *chosen)
{
  g_autofree char *basename = g_file_get_basename (chosen);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *with_suffix = NULL;

  if (g_str_has_suffix (basename, ".styre"))
    return g_object_ref (chosen);
  parent = g_file_get_parent (chosen);
  with_suffix = g_strconcat (basename, ".styre", NULL);
  return g_file_get_child (parent, with_suffix);
}

static void
create_response_cb (StyreWindow          *self,
                    int                   response,
                    GtkFileChooserNative *native)
{
  const char *organisation = g_object_get_data (G_OBJECT (native), "organisation");
  g_autoptr(GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT
      && (chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))) != NULL)
    {
      g_autoptr(GFile) file = with_styre_suffix (chosen);
      StyreWindow *window = self;

      if (!styre_window_is_empty (self))
        {
          window = styre_window_new (gtk_window_get_application (GTK_WINDOW (self)));
          gtk_window_present (GTK_WINDOW (window));
        }
      styre_window_create (window, file, organisation);
    }
  g_clear_object (&self->file_chooser);
}

static void
choose_location (StyreWindow *self,
                 const char  *organisation)
{
  g_autoptr(GtkFileFilter) filter = styre_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Save New File"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  /* Characters that file systems on shares refuse are replaced. */
  name = g_strconcat (organisation, ".styre", NULL);
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data_full (G_OBJECT (native), "organisation", g_strdup (organisation), g_free);
  g_signal_connect_object (native, "response", G_CALLBACK (create_response_cb), self,
                           G_CONNECT_SWAPPED);

  g_clear_object (&self->file_chooser);
  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

static void
organisation_response_cb (StyreWindow      *self,
                          const char       *response,
                          AdwMessageDialog *dialog)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *organisation = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "create") && *organisation != '\0')
    choose_location (self, organisation);
}

static void
organisation_changed_cb (AdwMessageDialog *dialog,
                         GtkEditable      *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "create", *text != '\0');
}

/* ── actions ─────────────────────────────────────────────────────────────────────────── */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  styre_window_choose_new_file (STYRE_WINDOW (widget));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  styre_window_choose_file_to_open (STYRE_WINDOW (widget));
}

static void
open_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GFile) file = styre_gui_get_demo_file ();

  open_in_suitable_window (STYRE_WINDOW (widget), file, STYRE_OPEN_MODE_DEMO);
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_in_suitable_window (STYRE_WINDOW (widget), file, STYRE_OPEN_MODE_OPEN);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  styre_window_set_view (STYRE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_meeting_now (StyreWindow *self,
                  gint64       meeting_id)
{
  styre_window_set_view (self, "meetings");
  styre_meetings_page_open_meeting (self->meetings_page, meeting_id);
}

static void
loaded_then_show_meeting_cb (StyreWindow *self,
                             GParamSpec  *pspec,
                             gpointer     user_data)
{
  gint64 meeting_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (self), "meeting-to-show"));

  if (self->loading)
    return;
  g_signal_handlers_disconnect_by_func (self, loaded_then_show_meeting_cb, user_data);
  if (self->store != NULL && meeting_id > 0)
    show_meeting_now (self, meeting_id);
}

/* Opens a meeting in the Meetings page, once the file is open. */
static void
show_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);
  gint64 meeting_id = g_variant_get_int64 (parameter);

  if (!self->loading && self->store != NULL)
    {
      show_meeting_now (self, meeting_id);
      return;
    }
  g_object_set_data (G_OBJECT (self), "meeting-to-show", GSIZE_TO_POINTER ((gsize) meeting_id));
  g_signal_connect (self, "notify::loading", G_CALLBACK (loaded_then_show_meeting_cb), NULL);
}

static void
loaded_then_project_cb (StyreWindow *self,
                        GParamSpec  *pspec,
                        gpointer     user_data)
{
  gint64 meeting_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (self), "meeting-to-project"));

  if (self->loading)
    return;
  g_signal_handlers_disconnect_by_func (self, loaded_then_project_cb, user_data);
  if (self->store != NULL && meeting_id > 0)
    styre_projection_start (GTK_WINDOW (self), self->store, meeting_id);
}

/* Projector mode for a meeting (F5 in the meeting, `styre FILE --project ID`), once the
 * file is open. */
static void
project_meeting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);
  gint64 meeting_id = g_variant_get_int64 (parameter);

  if (!self->loading && self->store != NULL)
    {
      styre_projection_start (GTK_WINDOW (self), self->store, meeting_id);
      return;
    }
  g_object_set_data (G_OBJECT (self), "meeting-to-project", GSIZE_TO_POINTER ((gsize) meeting_id));
  g_signal_connect (self, "notify::loading", G_CALLBACK (loaded_then_project_cb), NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);

  styre_window_set_view (self, "portfolio");
  styre_portfolio_page_focus_search (self->portfolio_page);
}

static void
show_initiative_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);

  if (self->store == NULL)
    return;
  styre_window_set_view (self, "portfolio");
  styre_portfolio_page_show_initiative (self->portfolio_page, g_variant_get_int64 (parameter));
}

static void
new_initiative_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);

  styre_window_set_view (self, "portfolio");
  styre_portfolio_page_new_initiative (self->portfolio_page);
}

typedef struct
{
  StyreWindow *window;
  StyreEdit   *edit;
  gboolean     redo;
} UndoJob;

static void
undone_cb (gboolean      saved,
           const GError *error,
           gpointer      user_data)
{
  UndoJob *job = user_data;
  StyreWindow *self = job->window;

  self->undoing = FALSE;
  update_edit_actions (self);
  if (saved)
    {
      /* Translators: a toast after Ctrl+Z, e.g. "Undone: Edit risk" */
      g_autofree char *text = g_strdup_printf (job->redo ? _("Redone: %s") : _("Undone: %s"),
                                               styre_edit_get_label (job->edit));
      styre_window_add_toast (self, adw_toast_new (text));
    }
  else if (error != NULL && !styre_save_error_is_explained (error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  job->redo ? _("Could Not Redo")
                                                            : _("Could Not Undo"),
                                                  error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (job->window);
  styre_edit_unref (job->edit);
  g_free (job);
}

static void
undo_or_redo (StyreWindow *self,
              gboolean     redo)
{
  StyreEdit *done = redo ? styre_undo_stack_peek_redo (self->undo)
                         : styre_undo_stack_peek_undo (self->undo);
  UndoJob *job;

  if (done == NULL || self->store == NULL || self->undoing)
    return;
  job = g_new0 (UndoJob, 1);
  job->window = g_object_ref (self);
  job->edit = styre_edit_invert (done);
  job->redo = redo;
  self->undoing = TRUE;
  update_edit_actions (self);
  styre_gui_save_edit (GTK_WINDOW (self), self->store, self->undo, job->edit,
                       redo ? STYRE_SAVE_REDO : STYRE_SAVE_UNDO, undone_cb, job);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  undo_or_redo (STYRE_WINDOW (widget), FALSE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  undo_or_redo (STYRE_WINDOW (widget), TRUE);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);

  if (self->store != NULL)
    styre_import_dialog_choose_file (GTK_WINDOW (self), self->store);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);
  StyreExportWhat what;

  if (self->store != NULL
      && styre_export_what_from_name (g_variant_get_string (parameter, NULL), &what))
    styre_export_chooser_run (self, self->store, what);
}

static void
organisation_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (styre_organisation_window_new (GTK_WINDOW (self),
                                                                   self->store, self->undo)));
}

static void
undo_stack_changed_cb (StyreWindow *self)
{
  update_edit_actions (self);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
help_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  styre_gui_show_help (GTK_WINDOW (widget));
}

/* ── the shared file: snapshots, copies, asking again ──────────────────────────────── */

static void
snapshots_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);

  if (self->store == NULL)
    return;
  if (self->snapshots_window != NULL
      && styre_snapshots_window_get_store (STYRE_SNAPSHOTS_WINDOW (self->snapshots_window))
         == self->store)
    {
      gtk_window_present (self->snapshots_window);
      return;
    }
  if (self->snapshots_window != NULL)
    gtk_window_destroy (self->snapshots_window);
  g_set_weak_pointer (&self->snapshots_window,
                      GTK_WINDOW (styre_snapshots_window_new (GTK_WINDOW (self), self->store)));
  gtk_window_present (self->snapshots_window);
}

typedef struct
{
  StyreStore *store;
  GPtrArray  *pending;
  char       *path;
} CopyJob;

static void
copy_job_free (gpointer data)
{
  CopyJob *job = data;

  g_clear_object (&job->store);
  g_clear_pointer (&job->pending, g_ptr_array_unref);
  g_free (job->path);
  g_free (job);
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CopyJob *job = task_data;
  GError *error = NULL;

  if (styre_store_save_copy (job->store, job->path, job->pending, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
open_copy_toast_cb (AdwToast    *toast,
                    StyreWindow *self)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "file");

  open_in_suitable_window (self, file, STYRE_OPEN_MODE_OPEN);
}

static void
copy_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  StyreWindow *self = STYRE_WINDOW (object);
  CopyJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (job->path);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *markup = g_markup_escape_text (name, -1);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save a Copy"),
                                                  error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (job->pending != NULL && job->pending->len > 0)
    {
      /* The person goes on in the copy, which has what they could not save here. */
      g_autofree char *text = g_strdup_printf (_("Your changes are saved in “%s”, which Styre "
                                                 "shows now"), markup);
      styre_window_add_toast (self, adw_toast_new (text));
      styre_window_open (self, file, STYRE_OPEN_MODE_OPEN);
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("A copy was saved as “%s”"), markup);
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (file), g_object_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_copy_toast_cb), self, 0);
      styre_window_add_toast (self, toast);
    }
}

static void
copy_chosen_cb (StyreWindow          *self,
                int                   response,
                GtkFileChooserNative *native)
{
  GPtrArray *pending = g_object_get_data (G_OBJECT (native), "pending");
  g_autoptr(GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL
      && (chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))) != NULL)
    {
      g_autoptr(GFile) file = with_styre_suffix (chosen);
      g_autoptr(GTask) task = g_task_new (self, NULL, copy_saved_cb, NULL);
      CopyJob *job = g_new0 (CopyJob, 1);

      job->store = g_object_ref (self->store);
      job->pending = pending ? g_ptr_array_ref (pending) : NULL;
      job->path = g_file_get_path (file);
      g_task_set_source_tag (task, copy_chosen_cb);
      g_task_set_task_data (task, job, copy_job_free);
      g_task_run_in_thread (task, copy_thread);
    }
  g_clear_object (&self->file_chooser);
}

/**
 * styre_window_save_copy:
 * @pending: (nullable) (element-type StyreChange): changes that could not be saved in the
 *   file, to save in the copy
 *
 * Asks where, then saves the file as this window has it into a new file there, with
 * @pending: the way forward when the file cannot take a change (disk full, permission gone,
 * file moved or replaced). With @pending, the window goes on in the copy.
 */
void
styre_window_save_copy (StyreWindow *self,
                        GPtrArray   *pending)
{
  g_autoptr(GtkFileFilter) filter = styre_file_filter_new ();
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  g_return_if_fail (STYRE_IS_WINDOW (self));

  if (self->store == NULL)
    return;
  native = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  basename = g_file_get_basename (self->file);
  if (g_str_has_suffix (basename, ".styre"))
    basename[strlen (basename) - 6] = '\0';
  /* Translators: the name offered for a copy of a file, e.g. "ledergruppen – kopi.styre" */
  name = g_strdup_printf (_("%s – copy.styre"), basename);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  if (pending != NULL)
    g_object_set_data_full (G_OBJECT (native), "pending", g_ptr_array_ref (pending),
                            (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (native, "response", G_CALLBACK (copy_chosen_cb), self,
                           G_CONNECT_SWAPPED);

  g_clear_object (&self->file_chooser);
  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  styre_window_save_copy (STYRE_WINDOW (widget), NULL);
}

static void
request_write_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  StyreStore *store = g_object_get_data (G_OBJECT (task), "store");
  GError *error = NULL;

  if (styre_store_request_write (store, GPOINTER_TO_INT (task_data), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_requested_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  StyreWindow *self = STYRE_WINDOW (object);
  g_autoptr(GError) error = NULL;

  show_document_state (self);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      styre_window_add_toast (self, adw_toast_new (_("You can make changes now")));
      return;
    }
  {
    g_autofree char *markup = g_markup_escape_text (error->message, -1);
    AdwToast *toast = adw_toast_new (markup);
    adw_toast_set_timeout (toast, 6);
    styre_window_add_toast (self, toast);
  }
}

static void
request_write (StyreWindow *self,
               gboolean     take_over_stale)
{
  g_autoptr(GTask) task = NULL;

  if (self->store == NULL)
    return;
  task = g_task_new (self, NULL, write_requested_cb, NULL);
  g_task_set_source_tag (task, request_write);
  g_object_set_data_full (G_OBJECT (task), "store", g_object_ref (self->store), g_object_unref);
  g_task_set_task_data (task, GINT_TO_POINTER (take_over_stale), NULL);
  g_task_run_in_thread (task, request_write_thread);
}

static void
ask_again_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  request_write (STYRE_WINDOW (widget), FALSE);
}

static void
take_over_response_cb (StyreWindow *self,
                       const char  *response)
{
  if (g_str_equal (response, "take-over"))
    request_write (self, TRUE);
}

static void
take_over_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);
  g_autoptr(StyreOwner) owner = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  const char *who;

  if (self->store == NULL)
    return;
  owner = styre_store_dup_owner (self->store);
  who = owner && *owner->display_name ? owner->display_name : _("the other person");
  /* Translators: %s is who had the file, e.g. "Kari Nordmann" */
  body = g_strdup_printf (_("Do this only if you know that %s has closed Styre, or that their "
                            "computer is off. If their Styre is still running, what they "
                            "change from now on can be lost when a sync client copies the "
                            "file."), who);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Edit the File Instead?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "take-over", _("_Edit Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "take-over",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (take_over_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreWindow *self = STYRE_WINDOW (widget);

  if (self->file != NULL)
    {
      g_autoptr(GFile) file = g_object_ref (self->file);
      styre_window_open (self, file, STYRE_OPEN_MODE_OPEN);
    }
}

static gpointer
list_snapshots_thread (StyreStore  *unused,
                       gpointer     data,
                       GError     **error)
{
  return styre_store_list_snapshots_of (data, error);
}

static void
last_snapshot_found_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  StyreWindow *self = STYRE_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) snapshots = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(GFile) file = NULL;

  if (snapshots == NULL || snapshots->len == 0)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("No Snapshot"),
                                                  _("There is no snapshot of this file in the "
                                                    "folder “.styre-snapshots” beside it."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  file = g_file_new_for_path (((StyreSnapshot *) g_ptr_array_index (snapshots, 0))->path);
  open_in_suitable_window (self, file, STYRE_OPEN_MODE_READ_ONLY);
}

static void
find_last_snapshot_thread (GTask        *task,
                           gpointer      source_object,
                           gpointer      task_data,
                           GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *snapshots = list_snapshots_thread (NULL, task_data, &error);

  if (snapshots == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, snapshots, (GDestroyNotify) g_ptr_array_unref);
}

/* The way forward from a damaged file: its newest snapshot, in a window for reading. */
static void
open_last_snapshot_of (StyreWindow *self,
                       GFile       *file)
{
  g_autoptr(GTask) task = NULL;
  char *path = g_file_get_path (file);

  if (path == NULL)
    return;
  task = g_task_new (self, NULL, last_snapshot_found_cb, NULL);
  g_task_set_source_tag (task, open_last_snapshot_of);
  g_task_set_task_data (task, path, g_free);
  g_task_run_in_thread (task, find_last_snapshot_thread);
}

/**
 * styre_window_open_last_snapshot:
 *
 * Opens the newest snapshot of the window's file in a window for reading.
 */
void
styre_window_open_last_snapshot (StyreWindow *self)
{
  g_return_if_fail (STYRE_IS_WINDOW (self));

  if (self->file != NULL)
    open_last_snapshot_of (self, self->file);
}

static void
open_last_snapshot_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  styre_window_open_last_snapshot (STYRE_WINDOW (widget));
}

/* ── recent files in the primary menu ────────────────────────────────────────────────── */

static void
reload_recent_menu (StyreWindow *self)
{
  g_autoptr(GPtrArray) recent = styre_gui_list_recent_files (STYRE_N_RECENT_FILES);
  g_autoptr(GMenu) submenu = NULL;

  g_menu_remove_all (self->recent_slot);
  if (recent->len == 0)
    return;

  submenu = g_menu_new ();
  for (guint i = 0; i < recent->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (recent, i);
      g_auto(GStrv) parts = g_strsplit (gtk_recent_info_get_display_name (info), "_", -1);
      /* An underscore in a file name is not a mnemonic. */
      g_autofree char *label = g_strjoinv ("__", parts);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-uri", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (submenu, item);
    }
  g_menu_append_submenu (self->recent_slot, _("Open _Recent"), G_MENU_MODEL (submenu));
}

/* ── settings ────────────────────────────────────────────────────────────────────────── */

static gboolean
close_request_cb (StyreWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);

  return FALSE;
}

static void
display_name_changed_cb (StyreWindow *self)
{
  if (self->store != NULL)
    apply_identity (self, self->store);
}

static void
visible_view_changed_cb (StyreWindow *self)
{
  const char *view = styre_window_get_view (self);

  if (self->store != NULL && styre_gui_is_view_name (view))
    g_settings_set_string (self->settings, "last-view", view);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

/* The first time, the window takes most of the monitor: the portfolio table has many
 * columns. Later it opens at the size it had, but never bigger than the monitor (a size
 * remembered from a big screen must fit the old projector it opens on now). */
static void
styre_window_realize (GtkWidget *widget)
{
  StyreWindow *self = STYRE_WINDOW (widget);
  GtkWindow *window = GTK_WINDOW (widget);
  g_autoptr(GVariant) saved_width = NULL;
  GdkSurface *surface;
  GdkMonitor *monitor;
  GdkRectangle geometry;
  int width, height;

  GTK_WIDGET_CLASS (styre_window_parent_class)->realize (widget);

  surface = gtk_native_get_surface (GTK_NATIVE (widget));
  monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget), surface);
  if (monitor == NULL || gtk_window_is_maximized (window))
    return;
  gdk_monitor_get_geometry (monitor, &geometry);
  gtk_window_get_default_size (window, &width, &height);

  saved_width = g_settings_get_user_value (self->settings, "window-width");
  if (saved_width == NULL)
    {
      width = MAX (width, geometry.width * 85 / 100);
      height = MAX (height, geometry.height * 85 / 100);
    }
  gtk_window_set_default_size (window, MIN (width, geometry.width), MIN (height, geometry.height));
}

static void
styre_window_dispose (GObject *object)
{
  StyreWindow *self = (StyreWindow *)object;

  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_handle_id (&self->title_visibility_idle, g_source_remove);
  g_clear_handle_id (&self->present_timeout, g_source_remove);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  if (self->undo != NULL)
    g_signal_handlers_disconnect_by_data (self->undo, self);
  g_clear_object (&self->undo);
  g_clear_object (&self->remote_toast);
  g_clear_pointer (&self->editing, g_ptr_array_unref);
  if (self->snapshots_window != NULL)
    gtk_window_destroy (self->snapshots_window);
  g_clear_weak_pointer (&self->snapshots_window);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  /* Taking the pages down changes the visible page; that is no choice to remember. */
  release_store (&self->store);
  g_clear_object (&self->file);
  if (self->view_stack != NULL)
    g_signal_handlers_disconnect_by_data (g_steal_pointer (&self->view_stack), self);
  if (self->switcher_title != NULL)
    g_signal_handlers_disconnect_by_data (g_steal_pointer (&self->switcher_title), self);

  G_OBJECT_CLASS (styre_window_parent_class)->dispose (object);

  g_clear_object (&self->settings);
}

static void
styre_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StyreWindow *self = STYRE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_VIEW:
      g_value_set_string (value, styre_window_get_view (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, styre_window_get_read_only (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  StyreWindow *self = STYRE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      styre_window_set_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_page_binding (GtkWidgetClass *widget_class,
                  guint           keyval,
                  const char     *view)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_CONTROL_MASK,
                                       "win.show-page", "s", view);
}

static void
styre_window_class_init (StyreWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = styre_window_dispose;
  object_class->get_property = styre_window_get_property;
  object_class->set_property = styre_window_set_property;

  widget_class->realize = styre_window_realize;

  /**
   * StyreWindow:store:
   *
   * The open file, once its pages show it; %NULL while the window welcomes.
   */
  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, STYRE_TYPE_STORE, read_only);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, read_only);
  /**
   * StyreWindow:loading:
   *
   * Whether a file is being opened, created or read.
   */
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, read_only);
  /**
   * StyreWindow:view:
   *
   * The page shown: "dashboard", "portfolio", "meetings" or "followup".
   */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "dashboard",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * StyreWindow:read-only:
   *
   * Whether nothing can be changed in the window: no file, or a file open for reading
   * only (another editor, no permission, moved underneath …). Editors bind their
   * controls' `sensitive` to it, inverted:
   *
   *   g_object_bind_property (window, "read-only", button, "sensitive",
   *                           G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
   */
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, TRUE, read_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (STYRE_TYPE_WELCOME_PAGE);
  g_type_ensure (STYRE_TYPE_DASHBOARD_PAGE);
  g_type_ensure (STYRE_TYPE_PORTFOLIO_PAGE);
  g_type_ensure (STYRE_TYPE_MEETINGS_PAGE);
  g_type_ensure (STYRE_TYPE_FOLLOWUP_PAGE);
  g_type_ensure (STYRE_TYPE_PRESENCE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, presence_button);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, read_only_button);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, read_only_secondary_button);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, document_title_box);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, document_title_label);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, document_subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, read_only_revealer);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, portfolio_page);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, meetings_page);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, followup_page);
  gtk_widget_class_bind_template_child (widget_class, StyreWindow, recent_slot);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_visible_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_view_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "x", show_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "win.show-initiative", "x",
                                   show_initiative_action);
  gtk_widget_class_install_action (widget_class, "win.new-initiative", NULL,
                                   new_initiative_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.organisation", NULL, organisation_action);
  gtk_widget_class_install_action (widget_class, "win.project-meeting", "x", project_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.snapshots", NULL, snapshots_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.ask-again", NULL, ask_again_action);
  gtk_widget_class_install_action (widget_class, "win.take-over", NULL, take_over_action);
  gtk_widget_class_install_action (widget_class, "win.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "win.open-last-snapshot", NULL,
                                   open_last_snapshot_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.help", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  add_page_binding (widget_class, GDK_KEY_1, "dashboard");
  add_page_binding (widget_class, GDK_KEY_2, "portfolio");
  add_page_binding (widget_class, GDK_KEY_3, "meetings");
  add_page_binding (widget_class, GDK_KEY_4, "followup");
}

static void
styre_window_init (StyreWindow *self)
{
  g_autofree char *last_view = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->undo = styre_undo_stack_new ();
  g_signal_connect_swapped (self->undo, "notify::can-undo", G_CALLBACK (undo_stack_changed_cb),
                            self);
  g_signal_connect_swapped (self->undo, "notify::can-redo", G_CALLBACK (undo_stack_changed_cb),
                            self);
  self->settings = styre_gui_settings_new ();
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  last_view = g_settings_get_string (self->settings, "last-view");
  styre_window_set_view (self, last_view);

  g_signal_connect_object (self->settings, "changed::display-name",
                           G_CALLBACK (display_name_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (reload_recent_menu), self, G_CONNECT_SWAPPED);
  reload_recent_menu (self);
  show_document_state (self);
}

/* ── public ──────────────────────────────────────────────────────────────────────────── */

/**
 * styre_window_new:
 * @application: (nullable): the application, or %NULL in tests
 */
StyreWindow *
styre_window_new (GtkApplication *application)
{
  return g_object_new (STYRE_TYPE_WINDOW, "application", application, NULL);
}

/**
 * styre_window_open:
 * @mode: how to get the file: open it, reopen it quietly, or make the demo if needed
 *
 * Opens @file in this window, on a worker thread; the window shows a spinner meanwhile.
 * If opening fails, a dialog says why and the window shows again what it showed before
 * (the application opens files in windows that have none, so that is the welcome page).
 */
void
styre_window_open (StyreWindow   *self,
                   GFile         *file,
                   StyreOpenMode  mode)
{
  g_autoptr(OpenJob) job = NULL;

  g_return_if_fail (STYRE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job = open_job_new (self, file, mode);
  start_job (self, job);
}

/**
 * styre_window_create:
 * @organisation_name: whose file it is, shown on dashboards and documents
 *
 * Creates a new, empty .styre file at @file and opens it in this window.
 */
void
styre_window_create (StyreWindow *self,
                     GFile       *file,
                     const char  *organisation_name)
{
  g_autoptr(OpenJob) job = NULL;

  g_return_if_fail (STYRE_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (organisation_name != NULL);

  job = open_job_new (self, file, STYRE_OPEN_MODE_OPEN);
  job->organisation = g_strdup (organisation_name);
  start_job (self, job);
}

/**
 * styre_window_choose_file_to_open:
 *
 * Asks which .styre file to open (GtkFileChooserNative, so the portal's dialog in
 * Flatpak); opens it here if this window is empty, otherwise in a new window.
 */
void
styre_window_choose_file_to_open (StyreWindow *self)
{
  g_autoptr(GtkFileFilter) filter = styre_file_filter_new ();
  GtkFileChooserNative *native;

  g_return_if_fail (STYRE_IS_WINDOW (self));

  native = gtk_file_chooser_native_new (_("Open File"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self,
                           G_CONNECT_SWAPPED);

  g_clear_object (&self->file_chooser);
  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

/**
 * styre_window_choose_new_file:
 *
 * Asks for the organisation's name, then where to save the new file; creates it there.
 */
void
styre_window_choose_new_file (StyreWindow *self)
{
  GtkWidget *dialog;
  GtkWidget *entry;

  g_return_if_fail (STYRE_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("New File"),
                                   _("Which organisation is the file for? Its name is shown "
                                     "on the dashboards, notices and minutes."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name of the organisation"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name of the organisation"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("C_hoose Location…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect_object (entry, "changed", G_CALLBACK (organisation_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (organisation_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
present_timeout_cb (gpointer data)
{
  StyreWindow *self = data;

  self->present_timeout = 0;
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * styre_window_present_when_loaded:
 * @max_delay_ms: show the window (with its spinner) after this long at the latest
 *
 * Shows a new window once the file it opens is on its pages, so that it appears with
 * the data instead of a spinner that flashes by; if opening takes longer than
 * @max_delay_ms, it appears then and shows the spinner.
 */
void
styre_window_present_when_loaded (StyreWindow *self,
                                  guint        max_delay_ms)
{
  g_return_if_fail (STYRE_IS_WINDOW (self));

  if (!self->loading || gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      gtk_window_present (GTK_WINDOW (self));
      return;
    }
  if (self->present_timeout == 0)
    self->present_timeout = g_timeout_add_once (max_delay_ms, present_timeout_cb, self);
}

/**
 * styre_window_get_store:
 *
 * Returns: (transfer none) (nullable): the file the window shows
 */
StyreStore *
styre_window_get_store (StyreWindow *self)
{
  g_return_val_if_fail (STYRE_IS_WINDOW (self), NULL);
  return self->store;
}

/**
 * styre_window_get_file:
 *
 * Returns: (transfer none) (nullable): where the file the window shows is
 */
GFile *
styre_window_get_file (StyreWindow *self)
{
  g_return_val_if_fail (STYRE_IS_WINDOW (self), NULL);
  return self->file;
}

gboolean
styre_window_get_loading (StyreWindow *self)
{
  g_return_val_if_fail (STYRE_IS_WINDOW (self), FALSE);
  return self->loading;
}

/**
 * styre_window_is_empty:
 *
 * Returns: whether the window welcomes: no file shown, none being opened
 */
gboolean
styre_window_is_empty (StyreWindow *self)
{
  g_return_val_if_fail (STYRE_IS_WINDOW (self), FALSE);
  return self->store == NULL && !self->loading;
}

/**
 * styre_window_get_view:
 *
 * Returns: the page the window shows, or would show with a file: "dashboard",
 *   "portfolio", "meetings" or "followup"
 */
const char *
styre_window_get_view (StyreWindow *self)
{
  g_return_val_if_fail (STYRE_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * styre_window_set_view:
 * @view: "dashboard", "portfolio", "meetings" or "followup"
 *
 * Returns: %FALSE if @view is not the name of a page
 */
gboolean
styre_window_set_view (StyreWindow *self,
                       const char  *view)
{
  g_return_val_if_fail (STYRE_IS_WINDOW (self), FALSE);

  if (!styre_gui_is_view_name (view))
    return FALSE;
  adw_view_stack_set_visible_child_name (self->view_stack, view);
  return TRUE;
}

/**
 * styre_window_get_page:
 * @view: "dashboard", "portfolio", "meetings" or "followup"
 *
 * Returns: (transfer none) (nullable): the page widget
 */
GtkWidget *
styre_window_get_page (StyreWindow *self,
                       const char  *view)
{
  g_return_val_if_fail (STYRE_IS_WINDOW (self), NULL);

  if (!styre_gui_is_view_name (view))
    return NULL;
  return adw_view_stack_get_child_by_name (self->view_stack, view);
}

/**
 * styre_window_get_undo_stack:
 *
 * Returns: (transfer none): the edits made in this window, for Undo and Redo
 */
StyreUndoStack *
styre_window_get_undo_stack (StyreWindow *self)
{
  g_return_val_if_fail (STYRE_IS_WINDOW (self), NULL);
  return self->undo;
}

/**
 * styre_window_get_read_only:
 *
 * Returns: whether nothing can be changed in the window (see #StyreWindow:read-only)
 */
gboolean
styre_window_get_read_only (StyreWindow *self)
{
  g_return_val_if_fail (STYRE_IS_WINDOW (self), TRUE);
  return self->store == NULL || styre_store_is_read_only (self->store);
}

/**
 * styre_window_set_editing:
 * @table: (nullable): the table of the record the person edits, or %NULL when they stop
 * @row_id: its id
 * @label: (nullable): the record in words as others see it, e.g. "DF-01 Digital
 *   byggesøknad" or "Sak 12/26 Leverandørtvist"
 *
 * Tells others who have the file open what this person is editing; their header shows it
 * within a few seconds. Editors call it when they open a record and with %NULL when they
 * close it.
 */
void
styre_window_set_editing (StyreWindow *self,
                          const char  *table,
                          gint64       row_id,
                          const char  *label)
{
  g_return_if_fail (STYRE_IS_WINDOW (self));

  if (self->store != NULL)
    styre_store_set_editing (self->store, table, row_id, label);
}

/**
 * styre_window_find:
 * @widget: a widget of a page, or of an editor window that belongs to a window
 *
 * Returns: (transfer none) (nullable): the window with the file @widget works on: its
 *   root, or the window its editor window is transient for
 */
StyreWindow *
styre_window_find (GtkWidget *widget)
{
  GtkWindow *window;

  g_return_val_if_fail (widget == NULL || GTK_IS_WIDGET (widget), NULL);

  if (widget == NULL)
    return NULL;
  window = GTK_IS_WINDOW (widget) ? GTK_WINDOW (widget)
                                  : GTK_WINDOW (gtk_widget_get_root (widget));
  while (window != NULL && !STYRE_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  return window ? STYRE_WINDOW (window) : NULL;
}

typedef struct
{
  char    *table;
  gint64   row_id;
  char    *label;
  GWeakRef window;
} Editing;

/* Others are told about the editor the person opened last of those still on screen. */
static void
update_editing (StyreWindow *self)
{
  Editing *last;

  if (self->editing == NULL || self->editing->len == 0)
    {
      styre_window_set_editing (self, NULL, 0, NULL);
      return;
    }
  last = g_ptr_array_index (self->editing, self->editing->len - 1);
  styre_window_set_editing (self, last->table, last->row_id, last->label);
}

/* @e's editor left the screen (or went away): the one open before it counts again. */
static void
editing_gone (Editing *e)
{
  g_autoptr(StyreWindow) window = g_weak_ref_get (&e->window);

  g_weak_ref_set (&e->window, NULL);
  if (window == NULL || window->editing == NULL)
    return;
  if (g_ptr_array_remove (window->editing, e))
    update_editing (window);
}

static void
editing_free (gpointer data)
{
  Editing *e = data;

  editing_gone (e);
  g_free (e->table);
  g_free (e->label);
  g_weak_ref_clear (&e->window);
  g_free (e);
}

static void
editor_mapped_cb (GtkWidget *editor,
                  Editing   *e)
{
  StyreWindow *window = styre_window_find (editor);

  editing_gone (e);
  if (window == NULL)
    return;
  g_weak_ref_set (&e->window, window);
  if (window->editing == NULL)
    window->editing = g_ptr_array_new ();
  g_ptr_array_add (window->editing, e);
  update_editing (window);
}

static void
editor_unmapped_cb (GtkWidget *editor,
                    Editing   *e)
{
  editing_gone (e);
}

/**
 * styre_window_track_editing:
 * @editor: an editor of one record: a window of its own or a widget in a page
 * @table: (nullable): the table of the record it shows, or %NULL for none
 * @label: (nullable): the record in words (see styre_window_set_editing())
 *
 * Tells others what the person edits while @editor is on screen: from now (or when it is
 * shown) until it is hidden or closed. Call it again when the editor moves to another
 * record.
 */
void
styre_window_track_editing (GtkWidget  *editor,
                            const char *table,
                            gint64      row_id,
                            const char *label)
{
  Editing *e;

  g_return_if_fail (GTK_IS_WIDGET (editor));

  e = g_object_get_data (G_OBJECT (editor), "styre-editing");
  if (e == NULL)
    {
      e = g_new0 (Editing, 1);
      g_weak_ref_init (&e->window, NULL);
      g_object_set_data_full (G_OBJECT (editor), "styre-editing", e, editing_free);
      g_signal_connect (editor, "map", G_CALLBACK (editor_mapped_cb), e);
      g_signal_connect (editor, "unmap", G_CALLBACK (editor_unmapped_cb), e);
    }
  g_free (e->table);
  e->table = g_strdup (table);
  e->row_id = row_id;
  g_free (e->label);
  e->label = g_strdup (label);
  if (gtk_widget_get_mapped (editor))
    editor_mapped_cb (editor, e);
}

/**
 * styre_window_add_toast:
 * @toast: (transfer full): the toast; its title is Pango markup
 *
 * Shows @toast at the bottom of the window.
 */
void
styre_window_add_toast (StyreWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (STYRE_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
