/* styre-export-chooser.c — File → Export: where to, and as what
 *
 * A save dialog (the portal's, in Flatpak) with the two formats as filters; the name's
 * extension decides, and a name without one gets the chosen filter's. The file is
 * written on a worker thread; a toast says how many rows went where.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-export-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-export-chooser.h"
#include "styre-gui.h"

typedef struct
{
  StyreWindow          *window;
  StyreStore           *store;
  StyreExportWhat       what;
  StyreExportFormat     format;
  char                 *path;
  guint                 n_rows;
  GtkFileChooserNative *native;
  GtkFileFilter        *xlsx_filter;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->store);
  g_clear_object (&job->native);
  g_clear_object (&job->xlsx_filter);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (styre_store_export (job->store, job->what, job->format, job->path, &job->n_rows, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
open_folder_cb (AdwToast  *toast,
                GtkWindow *window)
{
  const char *path = g_object_get_data (G_OBJECT (toast), "path");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  ExportJob *job = user_data;
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = g_path_get_basename (job->path);
      /* Translators: a toast after an export, e.g. "42 rows exported to Tiltak.xlsx" */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u row exported to %s",
                                                            "%u rows exported to %s",
                                                            job->n_rows),
                                               job->n_rows, name);
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_button_label (toast, _("_Open"));
      g_object_set_data_full (G_OBJECT (toast), "path", g_strdup (job->path), g_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_folder_cb), job->window,
                               0);
      styre_window_add_toast (job->window, toast);
    }
  else
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (job->window),
                                                  _("Could Not Export"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  export_job_free (job);
}

static void
response_cb (GtkNativeDialog *native,
             int              response,
             ExportJob       *job)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  GtkFileFilter *filter;

  if (response != GTK_RESPONSE_ACCEPT
      || (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))) == NULL
      || (job->path = g_file_get_path (file)) == NULL)
    {
      export_job_free (job);
      return;
    }

  /* A name without an extension gets the chosen format's. */
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native));
  if (!g_str_has_suffix (job->path, ".csv") && !g_str_has_suffix (job->path, ".xlsx")
      && !g_str_has_suffix (job->path, ".CSV") && !g_str_has_suffix (job->path, ".XLSX"))
    {
      char *with = g_strconcat (job->path, filter == job->xlsx_filter ? ".xlsx" : ".csv", NULL);
      g_free (job->path);
      job->path = with;
    }
  job->format = styre_export_format_for_path (job->path);

  task = g_task_new (NULL, NULL, exported_cb, job);
  g_task_set_source_tag (task, response_cb);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, export_thread);
}

/**
 * styre_export_chooser_run:
 *
 * Asks where to export @what and writes it there.
 */
void
styre_export_chooser_run (StyreWindow     *window,
                          StyreStore      *store,
                          StyreExportWhat  what)
{
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  const char *title = what == STYRE_EXPORT_INITIATIVES ? _("Export Initiatives")
                      : what == STYRE_EXPORT_STATUS ? _("Export Status Reports")
                      : _("Export the Follow-up List");

  job->window = g_object_ref (window);
  job->store = g_object_ref (store);
  job->what = what;
  job->xlsx_filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (job->xlsx_filter, _("Excel Workbook (.xlsx)"));
  gtk_file_filter_add_suffix (job->xlsx_filter, "xlsx");
  gtk_file_filter_set_name (csv, _("CSV for Excel (.csv)"));
  gtk_file_filter_add_suffix (csv, "csv");

  job->native = gtk_file_chooser_native_new (title, GTK_WINDOW (window),
                                             GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                             _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (job->native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (job->native), job->xlsx_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (job->native), csv);
  name = styre_export_suggest_name (store, what, STYRE_EXPORT_XLSX);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (job->native), name);
  g_signal_connect (job->native, "response", G_CALLBACK (response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (job->native));
}
