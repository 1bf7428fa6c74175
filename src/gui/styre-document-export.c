/* styre-document-export.c — saving and printing documents from the app
 *
 * The person chooses where (GtkFileChooserNative, the portal's dialog in Flatpak); the
 * document is made and written on a worker thread, and the export is recorded in the
 * audit log (STORAGE.md rule 12). Printing draws the same pages through
 * GtkPrintOperation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-document-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "styre-action.h"
#include "styre-agenda-edit.h"
#include "styre-document-export.h"
#include "styre-chart-view.h"
#include "styre-error.h"
#include "styre-followup-export.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-ics.h"
#include "styre-meeting-context.h"

typedef enum
{
  JOB_MEETING_PDF,
  JOB_ICS,
  JOB_FOLLOWUP,
} JobKind;

typedef struct
{
  JobKind               kind;
  StyreStore           *store;
  GtkWidget            *parent;
  StyreAgenda          *agenda;
  StyreMeetingDocument  document;
  gboolean              public_version;
  GListModel           *actions;
  char                 *format;
  char                 *path;
  char                 *organisation;
  char                 *today;
  char                 *audit_problem;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->store);
  g_clear_object (&job->parent);
  g_clear_pointer (&job->agenda, styre_agenda_unref);
  g_clear_object (&job->actions);
  g_free (job->format);
  g_free (job->path);
  g_free (job->organisation);
  g_free (job->today);
  g_free (job->audit_problem);
  g_free (job);
}

/* Runs on a worker thread: make, write, record. */
static gboolean
export_op (StyreStore  *store,
           gpointer     data,
           GError     **error)
{
  ExportJob *job = data;
  g_autoptr(GError) audit_error = NULL;
  const char *table = "meeting";
  const char *document = "document";
  gint64 row_id = job->agenda ? job->agenda->id : 0;

  switch (job->kind)
    {
    case JOB_MEETING_PDF:
      {
        g_autoptr(StyreDocument) doc = styre_document_new_for_meeting (job->agenda, job->document,
                                                                       job->public_version);
        styre_chart_view_attach (doc, store);
        if (!styre_document_write_pdf (doc, job->path, error))
          return FALSE;
        document = styre_meeting_document_id (job->document);
      }
      break;
    case JOB_ICS:
      {
        g_autofree char *ics = styre_ics_from_agenda (job->agenda, NULL, error);
        if (ics == NULL || !g_file_set_contents (job->path, ics, -1, error))
          return FALSE;
        document = "ics";
      }
      break;
    case JOB_FOLLOWUP:
      table = "action_item";
      document = "follow-up";
      if (g_str_equal (job->format, "pdf"))
        {
          g_autoptr(StyreDocument) doc = styre_document_new_for_followup (job->actions,
                                                                          job->organisation,
                                                                          job->today,
                                                                          job->public_version);
          if (!styre_document_write_pdf (doc, job->path, error))
            return FALSE;
        }
      else if (g_str_equal (job->format, "csv"))
        {
          g_autoptr(GBytes) csv = styre_followup_to_csv (job->actions, job->public_version);
          if (!g_file_set_contents (job->path, g_bytes_get_data (csv, NULL),
                                    g_bytes_get_size (csv), error))
            return FALSE;
        }
      else if (!styre_followup_write_xlsx (job->actions, job->public_version, _("Follow-up list"),
                                           job->path, error))
        return FALSE;
      break;
    default:
      g_assert_not_reached ();
    }

  if (!styre_store_audit_export (store, table, row_id, document, job->public_version, job->path,
                                 &audit_error))
    job->audit_problem = g_strdup (audit_error->message);
  return TRUE;
}

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_app_info_launch_default_for_uri_finish (result, NULL);
}

static void
open_clicked_cb (AdwToast   *toast,
                 const char *uri)
{
  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, launched_cb, NULL);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  ExportJob *job = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (job->path);
  g_autofree char *message = NULL;
  GtkWidget *overlay = gtk_widget_get_ancestor (job->parent, ADW_TYPE_TOAST_OVERLAY);

  if (!styre_meeting_run_finish (result, &error))
    {
      GtkRoot *root = gtk_widget_get_root (job->parent);
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), basename);
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  heading, error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      export_job_free (job);
      return;
    }

  if (job->audit_problem != NULL)
    /* Translators: %s is the file's name; the export was written but the file is read-only */
    message = g_strdup_printf (_("Saved “%s”; not recorded in the file’s audit log"), basename);
  else
    message = g_strdup_printf (_("Saved “%s”"), basename);
  if (overlay != NULL)
    {
      AdwToast *toast = adw_toast_new (message);
      g_autoptr(GFile) file = g_file_new_for_path (job->path);

      adw_toast_set_button_label (toast, _("_Open"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_clicked_cb),
                             g_file_get_uri (file), (GClosureNotify) g_free, 0);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
    }
  export_job_free (job);
}

static void
chosen_cb (GtkNativeDialog *dialog,
           int              response,
           ExportJob       *job)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);

  if (file == NULL || (job->path = g_file_get_path (file)) == NULL)
    {
      if (file != NULL)
        styre_meeting_toast (job->parent, _("Styre saves documents in folders on this computer "
                                            "and on mounted shares."));
      export_job_free (job);
      return;
    }
  styre_meeting_run_async (NULL, job->store, export_op, job, NULL, exported_cb, job);
}

static void
choose_and_export (ExportJob  *job,
                   const char *title,
                   const char *suggested_name)
{
  GtkRoot *root = gtk_widget_get_root (job->parent);
  GtkFileChooserNative *native =
    gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  g_autofree char *clean = g_strdup (suggested_name);

  /* File names cannot hold slashes; "12/26" becomes "12-26". */
  g_strdelimit (clean, "/\\:", '-');
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), clean);
  g_signal_connect (native, "response", G_CALLBACK (chosen_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static ExportJob *
job_new (JobKind     kind,
         GtkWidget  *parent,
         StyreStore *store)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->kind = kind;
  job->parent = g_object_ref (parent);
  job->store = g_object_ref (store);
  return job;
}

static char *
meeting_date (StyreAgenda *agenda)
{
  g_autofree char *date = g_strndup (agenda->starts_at, 10);

  return styre_format_date (date);
}

/**
 * styre_export_meeting_document:
 *
 * Asks where to save a meeting's document, then writes it as PDF on a worker thread.
 */
void
styre_export_meeting_document (GtkWidget            *parent,
                               StyreStore           *store,
                               StyreAgenda          *agenda,
                               StyreMeetingDocument  kind,
                               gboolean              public_version)
{
  ExportJob *job = job_new (JOB_MEETING_PDF, parent, store);
  g_autofree char *date = meeting_date (agenda);
  g_autofree char *name = NULL;

  job->agenda = styre_agenda_ref (agenda);
  job->document = kind;
  job->public_version = public_version;

  switch (kind)
    {
    case STYRE_MEETING_DOCUMENT_MINUTES:
      name = public_version
             /* Translators: a file name, Norwegian "Protokoll %s %s (offentlig).pdf" */
             ? g_strdup_printf (_("Minutes %s %s (public).pdf"), agenda->forum_name, date)
             /* Translators: a file name, Norwegian "Protokoll %s %s.pdf" */
             : g_strdup_printf (_("Minutes %s %s.pdf"), agenda->forum_name, date);
      break;
    case STYRE_MEETING_DOCUMENT_BOARD_PACK:
      /* Translators: a file name, Norwegian "Sakspapirer %s %s.pdf" */
      name = g_strdup_printf (_("Board pack %s %s.pdf"), agenda->forum_name, date);
      break;
    case STYRE_MEETING_DOCUMENT_NOTICE:
    case STYRE_MEETING_DOCUMENT_NOTICE_WITH_CASES:
    default:
      name = public_version
             /* Translators: a file name, Norwegian "Innkalling %s %s (offentlig).pdf" */
             ? g_strdup_printf (_("Notice %s %s (public).pdf"), agenda->forum_name, date)
             /* Translators: a file name, Norwegian "Innkalling %s %s.pdf" */
             : g_strdup_printf (_("Notice %s %s.pdf"), agenda->forum_name, date);
      break;
    }
  choose_and_export (job, _("Save as PDF"), name);
}

/**
 * styre_export_meeting_ics:
 *
 * Asks where to save the meeting's calendar file (.ics, for Outlook), then writes it.
 */
void
styre_export_meeting_ics (GtkWidget   *parent,
                          StyreStore  *store,
                          StyreAgenda *agenda)
{
  ExportJob *job = job_new (JOB_ICS, parent, store);
  g_autofree char *date = meeting_date (agenda);
  g_autofree char *name = g_strdup_printf ("%s %s.ics", agenda->forum_name, date);

  job->agenda = styre_agenda_ref (agenda);
  job->public_version = TRUE;
  choose_and_export (job, _("Save Calendar File"), name);
}

/**
 * styre_export_followup:
 * @actions: (element-type StyreAction): the list as shown
 * @format: "pdf", "csv" or "xlsx"
 */
void
styre_export_followup (GtkWidget   *parent,
                       StyreStore  *store,
                       GListModel  *actions,
                       const char  *format,
                       gboolean     public_version)
{
  ExportJob *job = job_new (JOB_FOLLOWUP, parent, store);
  GListStore *copy = g_list_store_new (STYRE_TYPE_ACTION);
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  /* A copy: the page may sort or reload its list while the worker writes. */
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (actions, i);
      g_list_store_append (copy, a);
    }
  job->actions = G_LIST_MODEL (copy);
  job->format = g_strdup (format);
  job->public_version = public_version;
  job->organisation = g_strdup (styre_store_get_organisation_name (store));
  job->today = styre_store_today (store);
  date = styre_format_date (job->today);
  name = public_version
         /* Translators: a file name, Norwegian "Oppfølgingsliste %s (offentlig).%s" */
         ? g_strdup_printf (_("Follow-up list %s (public).%s"), date, format)
         /* Translators: a file name, Norwegian "Oppfølgingsliste %s.%s" */
         : g_strdup_printf (_("Follow-up list %s.%s"), date, format);
  choose_and_export (job, _("Save the Follow-up List"), name);
}

/* ── printing ────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  StyreStore    *store;
  StyreDocument *document;
  GtkWidget     *parent;
  char          *table;
  gint64         row_id;
  char          *document_id;
  gboolean       public_version;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->store);
  g_clear_pointer (&job->document, styre_document_unref);
  g_clear_object (&job->parent);
  g_free (job->table);
  g_free (job->document_id);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  guint n = styre_document_paginate (job->document, gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) n);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  styre_document_draw_page (job->document, gtk_print_context_get_cairo_context (context),
                            (guint) page, NULL);
}

static gboolean
audit_print_op (StyreStore  *store,
                gpointer     data,
                GError     **error)
{
  PrintJob *job = data;
  g_autofree char *id = g_strdup_printf ("%s-printed", job->document_id);

  /* A read-only file prints without a record; that is not the person's error. */
  styre_store_audit_export (store, job->table, job->row_id, id, job->public_version, NULL, NULL);
  return TRUE;
}

static void
audit_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  styre_meeting_run_finish (result, NULL);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      styre_meeting_toast (job->parent, error ? error->message : _("Printing failed."));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      styre_meeting_run_async (NULL, job->store, audit_print_op, job, print_job_free,
                               audit_done_cb, NULL);
      g_object_unref (operation);
      return;
    }
  print_job_free (job);
  g_object_unref (operation);
}

/**
 * styre_print_document:
 * @document: (transfer none): what to print; the pages are laid out for the printer's paper
 *
 * Prints through GtkPrintOperation, drawing the same pages as the PDF.
 */
void
styre_print_document (GtkWidget     *parent,
                      StyreStore    *store,
                      StyreDocument *document,
                      const char    *table,
                      gint64         row_id,
                      const char    *document_id,
                      gboolean       public_version)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkRoot *root = gtk_widget_get_root (parent);
  PrintJob *job = g_new0 (PrintJob, 1);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  job->store = g_object_ref (store);
  job->document = styre_document_ref (document);
  job->parent = g_object_ref (parent);
  job->table = g_strdup (table);
  job->row_id = row_id;
  job->document_id = g_strdup (document_id);
  job->public_version = public_version;

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, styre_document_get_title (document));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), job);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  /* "done" follows in every case and lets the job go. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    g_debug ("Printing failed: %s", error->message);
}
