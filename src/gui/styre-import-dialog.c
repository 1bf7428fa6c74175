/* styre-import-dialog.c — File → Import: what a spreadsheet would change, then change it
 *
 * The file is read and planned on a worker thread (styre_import_prepare()); the dialog
 * shows every initiative it would create or update, field by field, and every problem by
 * line. Import stays off while there are problems. Importing takes a snapshot and writes
 * the whole plan in one transaction, on a worker thread too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-gui.h"
#include "styre-import-dialog.h"
#include "styre-save.h"
#include "styre-window.h"

struct _StyreImportDialog
{
  AdwWindow            parent_instance;

  StyreStore          *store;
  GFile               *file;
  StyreImport         *plan;
  GCancellable        *cancellable;
  gboolean             importing;

  AdwWindowTitle      *window_title;
  GtkStack            *import_stack;
  GtkStack            *stack;
  AdwStatusPage       *failed_page;
  GtkLabel            *summary_label;
  GtkLabel            *format_label;
  AdwPreferencesGroup *problems_group;
  AdwPreferencesGroup *notes_group;
  AdwPreferencesGroup *rows_group;
};

G_DEFINE_FINAL_TYPE (StyreImportDialog, styre_import_dialog, ADW_TYPE_WINDOW)

/* At most this many initiatives are listed one by one; a sheet with thousands says so. */
#define MAX_LISTED 400

static void
update_actions (StyreImportDialog *self)
{
  gboolean can = self->plan != NULL && !self->importing
                 && styre_import_get_problems (self->plan)->len == 0
                 && (styre_import_count (self->plan, STYRE_IMPORT_CREATE)
                     + styre_import_count (self->plan, STYRE_IMPORT_UPDATE)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", can);
  gtk_stack_set_visible_child_name (self->import_stack, self->importing ? "busy" : "button");
}

static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
show_plan (StyreImportDialog *self)
{
  GPtrArray *problems = styre_import_get_problems (self->plan);
  GPtrArray *notes = styre_import_get_notes (self->plan);
  guint created = styre_import_count (self->plan, STYRE_IMPORT_CREATE);
  guint updated = styre_import_count (self->plan, STYRE_IMPORT_UPDATE);
  guint unchanged = styre_import_count (self->plan, STYRE_IMPORT_UNCHANGED);
  g_autofree char *summary = NULL;
  g_autofree char *format = NULL;
  guint listed = 0;

  if (problems->len > 0)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The file has %u problem",
                                            "The file has %u problems", problems->len),
                               problems->len);
  else if (created + updated == 0)
    summary = g_strdup (_("Everything in the file is already in Styre"));
  else
    /* Translators: what an import will do, e.g. "3 new, 12 updated, 27 unchanged" */
    summary = g_strdup_printf (_("%u new, %u updated, %u unchanged"), created, updated,
                               unchanged);
  gtk_label_set_text (self->summary_label, summary);
  /* Translators: e.g. "Read as Windows-1252, semicolons. A snapshot of the file is taken
   * before anything is changed." */
  format = g_strdup_printf (_("Read as %s. A snapshot of the file is taken before anything "
                              "is changed."), styre_import_get_format (self->plan));
  gtk_label_set_text (self->format_label, format);

  if (problems->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Problem",
                                                             "%u Problems", problems->len),
                                                problems->len);
      adw_preferences_group_set_title (self->problems_group, title);
      for (guint i = 0; i < problems->len && i < MAX_LISTED; i++)
        {
          GtkWidget *row = text_row (g_ptr_array_index (problems, i), NULL);
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");

          gtk_widget_add_css_class (icon, "error");
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
          adw_preferences_group_add (self->problems_group, row);
        }
      gtk_widget_set_visible (GTK_WIDGET (self->problems_group), TRUE);
    }
  for (guint i = 0; i < notes->len && i < MAX_LISTED; i++)
    adw_preferences_group_add (self->notes_group, text_row (g_ptr_array_index (notes, i), NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), notes->len > 0);

  for (guint i = 0; i < styre_import_get_n_rows (self->plan); i++)
    {
      const StyreImportRow *r = styre_import_get_row (self->plan, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *badge;

      if (r->action == STYRE_IMPORT_UNCHANGED)
        continue;
      if (++listed > MAX_LISTED)
        break;
      title = g_strdup_printf ("%s – %s", r->code, r->title);
      /* Translators: where an initiative is in the spreadsheet */
      subtitle = g_strdup_printf (_("Line %u"), r->line);
      if (r->changes != NULL)
        {
          row = adw_expander_row_new ();
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
          for (guint k = 0; r->changes[k] != NULL; k++)
            adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text_row (r->changes[k], NULL));
        }
      else
        row = text_row (NULL, subtitle);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      badge = gtk_label_new (r->action == STYRE_IMPORT_CREATE ? C_("import", "New")
                                                               : C_("import", "Updated"));
      gtk_widget_add_css_class (badge, "state-pill");
      gtk_widget_add_css_class (badge, r->action == STYRE_IMPORT_CREATE ? "state-notice_sent"
                                                                         : "state-held");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      if (ADW_IS_EXPANDER_ROW (row))
        adw_expander_row_add_action (ADW_EXPANDER_ROW (row), badge);
      else
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      adw_preferences_group_add (self->rows_group, row);
    }
  if (listed > MAX_LISTED)
    adw_preferences_group_add (self->rows_group,
                               text_row (_("More initiatives are changed than can be listed "
                                           "here."), NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->rows_group), listed > 0);

  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_actions (self);
}

/* ── reading ─────────────────────────────────────────────────────────────────────────── */

static gpointer
prepare_query (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  GFile *file = data;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  return styre_import_prepare (store, contents, length, error);
}

static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  StyreImportDialog *self = STYRE_IMPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;
  StyreImport *plan = styre_gui_query_finish (result, &error);

  if (plan == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->failed_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "failed");
      update_actions (self);
      return;
    }
  self->plan = plan;
  show_plan (self);
}

/* ── importing ───────────────────────────────────────────────────────────────────────── */

/* Runs on a worker thread. */
static gboolean
import_save (StyreStore  *store,
             gpointer     data,
             GError     **error)
{
  StyreImportDialog *self = data;
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *snapshot = NULL;

  return styre_import_apply (self->plan, store, name, &snapshot, error);
}

static void
applied_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  StyreImportDialog *self = STYRE_IMPORT_DIALOG (object);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  self->importing = FALSE;
  if (!styre_gui_write_finish (result, &error))
    {
      GtkWidget *dialog;

      update_actions (self);
      if (styre_save_error_is_explained (error))
        return;
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Import"),
                                                  error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (STYRE_IS_WINDOW (parent))
    {
      /* Translators: a toast after an import, e.g. "Imported: 3 new, 12 updated" */
      g_autofree char *text = g_strdup_printf (_("Imported: %u new, %u updated"),
                                               styre_import_count (self->plan, STYRE_IMPORT_CREATE),
                                               styre_import_count (self->plan, STYRE_IMPORT_UPDATE));
      AdwToast *toast = adw_toast_new (text);

      adw_toast_set_timeout (toast, 8);
      styre_window_add_toast (STYRE_WINDOW (parent), toast);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StyreImportDialog *self = STYRE_IMPORT_DIALOG (widget);

  if (self->importing || self->plan == NULL)
    return;
  self->importing = TRUE;
  update_actions (self);
  styre_gui_write_async (self, self->store, import_save, g_object_ref (self), g_object_unref,
                         NULL, NULL, applied_cb, NULL);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static gboolean
close_request_cb (StyreImportDialog *self)
{
  /* An import under way finishes; it is one transaction either way. */
  return self->importing;
}

static void
styre_import_dialog_dispose (GObject *object)
{
  StyreImportDialog *self = (StyreImportDialog *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_pointer (&self->plan, styre_import_free);

  G_OBJECT_CLASS (styre_import_dialog_parent_class)->dispose (object);
}

static void
styre_import_dialog_class_init (StyreImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, StyreImportDialog, import_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreImportDialog, failed_page);
  gtk_widget_class_bind_template_child (widget_class, StyreImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StyreImportDialog, format_label);
  gtk_widget_class_bind_template_child (widget_class, StyreImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, StyreImportDialog, notes_group);
  gtk_widget_class_bind_template_child (widget_class, StyreImportDialog, rows_group);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
styre_import_dialog_init (StyreImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);
}

/**
 * styre_import_dialog_new:
 * @file: the CSV file to import
 *
 * Reads @file and shows what importing it would do.
 */
StyreImportDialog *
styre_import_dialog_new (GtkWindow  *parent,
                         StyreStore *store,
                         GFile      *file)
{
  StyreImportDialog *self;
  g_autofree char *name = g_file_get_basename (file);

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (STYRE_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  adw_window_title_set_subtitle (self->window_title, name);
  styre_gui_query_async (self, store, prepare_query, g_object_ref (file), g_object_unref,
                         (GDestroyNotify) styre_import_free, self->cancellable, prepared_cb,
                         NULL);
  return self;
}

static void
file_chosen_cb (GtkNativeDialog *native,
                int              response,
                StyreStore      *store)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (native);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native))) != NULL)
    gtk_window_present (GTK_WINDOW (styre_import_dialog_new (parent, store, file)));
  g_object_unref (store);
  g_object_unref (native);
}

/**
 * styre_import_dialog_choose_file:
 *
 * Asks for a CSV file, then shows what importing it would do.
 */
void
styre_import_dialog_choose_file (GtkWindow  *parent,
                                 StyreStore *store)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Import Initiatives from a Spreadsheet"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("CSV Files (.csv)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (file_chosen_cb), g_object_ref (store));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * styre_import_dialog_get_plan:
 *
 * Returns: (transfer none) (nullable): what importing would do, once the file is read
 */
StyreImport *
styre_import_dialog_get_plan (StyreImportDialog *self)
{
  g_return_val_if_fail (STYRE_IS_IMPORT_DIALOG (self), NULL);
  return self->plan;
}
