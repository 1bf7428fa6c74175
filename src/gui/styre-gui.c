/* styre-gui.c — what the windows and pages of the GUI share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "styre-format.h"
#include "styre-error.h"
#include "styre-gui.h"
#include "styre-resources.h"

/**
 * styre_gui_init:
 *
 * Registers the GResource with the .ui templates, the CSS and the shortcuts window.
 * Call it once before the first widget of the GUI is created (main.c and the UI tests).
 */
void
styre_gui_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      styre_register_resource ();
      g_once_init_leave (&initialised, 1);
    }
}

/**
 * styre_gui_settings_new:
 *
 * Returns: (transfer full): the application's settings
 */
GSettings *
styre_gui_settings_new (void)
{
  return g_settings_new (APP_ID);
}

/**
 * styre_gui_rag_css_class:
 *
 * Returns: the style class that gives a RAG badge its colour ("rag-green", …)
 */
const char *
styre_gui_rag_css_class (StyreRag rag)
{
  switch (rag)
    {
    case STYRE_RAG_GREEN: return "rag-green";
    case STYRE_RAG_YELLOW: return "rag-yellow";
    case STYRE_RAG_RED: return "rag-red";
    case STYRE_RAG_GREY:
    default:
      return "rag-grey";
    }
}

/**
 * styre_gui_rag_badge_new:
 *
 * A filled disc in the colour of a RAG value with its shape (● ▲ ■ ○) drawn on it, so the
 * colour is never the only signal. The shape is black on all four colours (at least 5:1).
 * Make it bigger with the "large" style class.
 */
GtkWidget *
styre_gui_rag_badge_new (void)
{
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_add_css_class (badge, "rag-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (badge, GTK_ALIGN_CENTER);
  return badge;
}

void
styre_gui_rag_badge_set (GtkWidget *badge,
                         StyreRag   rag)
{
  static const StyreRag all[] = { STYRE_RAG_GREY, STYRE_RAG_GREEN, STYRE_RAG_YELLOW,
                                  STYRE_RAG_RED };

  g_return_if_fail (GTK_IS_LABEL (badge));

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    gtk_widget_remove_css_class (badge, styre_gui_rag_css_class (all[i]));
  gtk_widget_add_css_class (badge, styre_gui_rag_css_class (rag));
  gtk_label_set_text (GTK_LABEL (badge), styre_rag_symbol (rag));
  /* The word is said by the label next to the badge; the shape is decoration. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

/**
 * styre_gui_cell_label_new:
 * @xalign: 0 for text, 1 for amounts
 * @width_chars: the narrowest it may get, or -1
 * @max_width_chars: the widest it asks to be, ellipsised beyond; 0 for a label that is
 *   always read whole (a code, a phase, a month)
 *
 * A label for a cell of a table (GtkColumnView).
 */
GtkWidget *
styre_gui_cell_label_new (float xalign,
                          int   width_chars,
                          int   max_width_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (max_width_chars > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
      gtk_label_set_max_width_chars (GTK_LABEL (label), max_width_chars);
    }
  return label;
}

/**
 * styre_gui_column_set_sorter:
 * @compare: compares two rows by @key
 * @key: which value of a row the column sorts by, passed to @compare
 *
 * Makes a table column sortable by clicking its header.
 */
void
styre_gui_column_set_sorter (GtkColumnViewColumn *column,
                             GCompareDataFunc     compare,
                             int                  key)
{
  g_autoptr(GtkSorter) sorter =
    GTK_SORTER (gtk_custom_sorter_new (compare, GINT_TO_POINTER (key), NULL));

  gtk_column_view_column_set_sorter (column, sorter);
}

static int
compare_recent_by_modified (gconstpointer a,
                            gconstpointer b)
{
  GtkRecentInfo *ra = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *rb = *(GtkRecentInfo * const *) b;
  GDateTime *ma = gtk_recent_info_get_modified (ra);
  GDateTime *mb = gtk_recent_info_get_modified (rb);

  /* Newest first. */
  return g_date_time_compare (mb, ma);
}

static gboolean
is_styre_file (GtkRecentInfo *info)
{
  const char *mime_type = gtk_recent_info_get_mime_type (info);
  const char *uri = gtk_recent_info_get_uri (info);

  if (g_strcmp0 (mime_type, STYRE_MIME_TYPE) == 0)
    return TRUE;
  return uri != NULL && g_str_has_suffix (uri, ".styre");
}

/**
 * styre_gui_list_recent_files:
 * @max: at most this many
 *
 * The .styre files opened recently, newest first. Whether they still exist is not
 * checked: that would stat files on shares from the UI thread; opening one that is gone
 * says so.
 *
 * Returns: (transfer full) (element-type GtkRecentInfo): the files
 */
GPtrArray *
styre_gui_list_recent_files (guint max)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (is_styre_file (info))
        g_ptr_array_add (found, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (found, compare_recent_by_modified);
  if (found->len > max)
    g_ptr_array_set_size (found, max);
  return found;
}

/**
 * styre_gui_add_recent_file:
 *
 * Remembers @file in the desktop's list of recent files, as a Styre file.
 */
void
styre_gui_add_recent_file (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *exec = g_strdup_printf ("%s %%u", g_get_prgname ());
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) STYRE_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = exec,
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/**
 * styre_gui_describe_file:
 *
 * Where @file is, for a window's subtitle or a row in the recent list: its folder, with
 * the home folder written "~".
 *
 * Returns: (transfer full): the folder, e.g. "~/Dokumenter/Ledergruppen"
 */
char *
styre_gui_describe_file (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_file_get_parse_name (file);
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  if ((relative = g_file_get_relative_path (home, parent)) != NULL)
    return g_build_filename ("~", relative, NULL);
  return g_file_get_parse_name (parent);
}

/**
 * styre_gui_show_help:
 *
 * Opens the user guide (help/, through Yelp).
 */
void
styre_gui_show_help (GtkWindow *parent)
{
  gtk_show_uri (parent, "help:styre", GDK_CURRENT_TIME);
}

/**
 * styre_gui_show_help_page:
 * @page: a page of the user guide, e.g. "share"
 */
void
styre_gui_show_help_page (GtkWindow  *parent,
                          const char *page)
{
  g_autofree char *uri = g_strdup_printf ("help:styre/%s", page);

  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
}

typedef struct
{
  StyreStore        *store;
  StyreGuiQueryFunc  query;
  gpointer           data;
  GDestroyNotify     data_free;
  GDestroyNotify     result_free;
} QueryTask;

static void
query_task_free (gpointer data)
{
  QueryTask *q = data;

  if (q->data_free != NULL)
    g_clear_pointer (&q->data, q->data_free);
  g_clear_object (&q->store);
  g_free (q);
}

/* How long a read waits for a busy file before the page says so. */
#define READ_BUSY_SECONDS 30

static void
query_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  QueryTask *q = task_data;
  GError *error = NULL;
  gpointer result;

  gint64 deadline = g_get_monotonic_time () + READ_BUSY_SECONDS * G_USEC_PER_SEC;

  if (g_task_return_error_if_cancelled (task))
    return;
  result = q->query (q->store, q->data, &error);
  /* A busy file is not an error a person sees first (STORAGE.md rule 6): while others
   * save one after another a reader may wait past the busy timeout; try again. */
  while (result == NULL && g_error_matches (error, STYRE_ERROR, STYRE_ERROR_BUSY)
         && g_get_monotonic_time () < deadline && !g_cancellable_is_cancelled (cancellable))
    {
      g_clear_error (&error);
      g_usleep (g_random_int_range (50, 400) * 1000);
      result = q->query (q->store, q->data, &error);
    }
  if (result == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                             _("The file could not be read."));
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, q->result_free);
}

/**
 * styre_gui_query_async:
 * @source_object: the widget that asks
 * @query: what to run on a worker thread
 * @data: (transfer full): passed to @query, freed with @data_free
 * @result_free: frees what @query returns, if nobody takes it
 *
 * Runs a read of @store on a worker thread, so opening a file on a slow share never
 * freezes the window (STORAGE.md rule 13); the store serialises its own connection.
 */
void
styre_gui_query_async (gpointer             source_object,
                       StyreStore          *store,
                       StyreGuiQueryFunc    query,
                       gpointer             data,
                       GDestroyNotify       data_free,
                       GDestroyNotify       result_free,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  QueryTask *q;

  g_return_if_fail (STYRE_IS_STORE (store));
  g_return_if_fail (query != NULL);

  q = g_new0 (QueryTask, 1);
  q->store = g_object_ref (store);
  q->query = query;
  q->data = data;
  q->data_free = data_free;
  q->result_free = result_free;

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, styre_gui_query_async);
  g_task_set_task_data (task, q, query_task_free);
  g_task_run_in_thread (task, query_thread);
}

/**
 * styre_gui_query_finish:
 *
 * Returns: (transfer full): what the query returned, or %NULL with @error set
 */
gpointer
styre_gui_query_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * styre_gui_get_demo_file:
 *
 * Where "Open the Demo" keeps its file: in the user's data folder, made the first time.
 *
 * Returns: (transfer full): the demo file
 */
GFile *
styre_gui_get_demo_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "styre", "demo.styre", NULL);

  return g_file_new_for_path (path);
}

/**
 * styre_gui_is_view_name:
 *
 * Returns: whether @view names one of a window's pages: "dashboard", "portfolio",
 *   "meetings" or "followup" (as `--view` and the last-view setting write them)
 */
gboolean
styre_gui_is_view_name (const char *view)
{
  return g_strcmp0 (view, "dashboard") == 0
         || g_strcmp0 (view, "portfolio") == 0
         || g_strcmp0 (view, "meetings") == 0
         || g_strcmp0 (view, "followup") == 0;
}
