/* styre-organisation-window.c — the file's reference data: agencies, people, strategy
 *
 * One page per kind of reference data; each list is read on a worker thread and read
 * again whenever the file changes. A row opens its form (StyreRecordEditor), where it can
 * also be deleted; "Add" opens an empty one. In a read-only file the lists can be read
 * but nothing can be added or changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-organisation-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "styre-detail.h"
#include "styre-fields.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-organisation-window.h"
#include "styre-record-editor.h"
#include "styre-status.h"

/* The tables, in the order of the pages. */
static const char *const tables[] = {
  "agency", "person", "focus_area", "goal", "competence", "national_component", "tolerance",
};

struct _StyreOrganisationWindow
{
  AdwPreferencesWindow  parent_instance;

  StyreStore           *store;
  StyreUndoStack       *undo;
  GCancellable         *cancellable;
  GHashTable           *rows;        /* table → GPtrArray of row widgets shown */
  guint                 reload_source;
  guint                 n_loading;

  AdwPreferencesGroup  *agency_group;
  AdwPreferencesGroup  *person_group;
  AdwPreferencesGroup  *focus_area_group;
  AdwPreferencesGroup  *goal_group;
  AdwPreferencesGroup  *competence_group;
  AdwPreferencesGroup  *national_component_group;
  AdwPreferencesGroup  *tolerance_group;
};

G_DEFINE_FINAL_TYPE (StyreOrganisationWindow, styre_organisation_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

static AdwPreferencesGroup *
group_for (StyreOrganisationWindow *self,
           const char              *table)
{
  AdwPreferencesGroup *groups[] = {
    self->agency_group, self->person_group, self->focus_area_group, self->goal_group,
    self->competence_group, self->national_component_group, self->tolerance_group,
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i], table))
      return groups[i];
  g_assert_not_reached ();
}

static const char *
text (StyreRow   *row,
      const char *column)
{
  const char *s = styre_row_get_text (row, column);

  return s ? s : "";
}

static void
join (GString    *out,
      const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, " · ");
  g_string_append (out, part);
}

/* ── editing ─────────────────────────────────────────────────────────────────────────── */

static void
undo_clicked_cb (AdwToast  *toast,
                 GtkWidget *parent)
{
  gtk_widget_activate_action (parent, "win.undo", NULL);
}

static void
deleted_cb (StyreRecordEditor       *editor,
            gint64                   id,
            StyreEdit               *edit,
            StyreOrganisationWindow *self)
{
  AdwToast *toast = adw_toast_new (_("Deleted"));
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* Undo is the main window's: the delete is on its stack. */
  if (parent != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), parent, 0);
    }
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static StyreRecordEditor *
open_editor (StyreOrganisationWindow *self,
             const char              *table,
             StyreRow                *row)
{
  StyreRecordEditor *editor = styre_record_editor_new (GTK_WINDOW (self), self->store,
                                                       self->undo, table, row);

  g_signal_connect_object (editor, "deleted", G_CALLBACK (deleted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

static void
row_activated_cb (AdwActionRow            *row,
                  StyreOrganisationWindow *self)
{
  StyreRow *data = g_object_get_data (G_OBJECT (row), "row");
  const char *table = g_object_get_data (G_OBJECT (row), "table");

  if (data != NULL)
    open_editor (self, table, data);
  else
    {
      /* A tolerance the portfolio does not have yet. */
      StyreRecordEditor *editor = styre_record_editor_new (GTK_WINDOW (self), self->store,
                                                           self->undo, "tolerance", NULL);
      const char *dimension = g_object_get_data (G_OBJECT (row), "dimension");
      const StyreTolerance *t = styre_tolerance_built_in (dimension);

      styre_record_editor_set_default_text (editor, "dimension", dimension);
      styre_record_editor_set_default_int (editor, "yellow_at", t->yellow_at);
      styre_record_editor_set_default_int (editor, "red_at", t->red_at);
      gtk_window_present (GTK_WINDOW (editor));
    }
}

/**
 * styre_organisation_window_edit_new:
 * @table: one of the window's tables
 *
 * Opens an empty form for a new row of @table.
 *
 * Returns: (transfer none): the form
 */
GtkWidget *
styre_organisation_window_edit_new (StyreOrganisationWindow *self,
                                    const char              *table)
{
  StyreRecordEditor *editor;

  g_return_val_if_fail (STYRE_IS_ORGANISATION_WINDOW (self), NULL);

  editor = open_editor (self, table, NULL);
  if (g_str_equal (table, "agency"))
    styre_record_editor_set_default_text (editor, "kind", "municipality");
  return GTK_WIDGET (editor);
}

static void
add_clicked_cb (GtkButton               *button,
                StyreOrganisationWindow *self)
{
  styre_organisation_window_edit_new (self, g_object_get_data (G_OBJECT (button), "table"));
}

/* ── showing ─────────────────────────────────────────────────────────────────────────── */

static char *
describe_row (const char *table,
              StyreRow   *row,
              int        *depth)
{
  GString *out = g_string_new (NULL);

  *depth = 0;
  if (g_str_equal (table, "agency"))
    {
      join (out, styre_vocabulary_label (STYRE_VOCAB_AGENCY_KIND, text (row, "kind")));
      join (out, text (row, "short_name"));
      join (out, text (row, "org_number"));
      if (styre_row_get_int (row, "five_percent_rule"))
        join (out, _("under the 5 % rule"));
      if (styre_row_get_int (row, "is_host"))
        join (out, _("hosts this file"));
    }
  else if (g_str_equal (table, "person"))
    {
      join (out, text (row, "job_title"));
      join (out, text (row, "agency_name"));
      join (out, text (row, "email"));
    }
  else if (g_str_equal (table, "goal"))
    {
      join (out, styre_vocabulary_label (STYRE_VOCAB_GOAL_LEVEL, text (row, "level")));
      join (out, text (row, "focus_area_name"));
    }
  else if (g_str_equal (table, "national_component"))
    {
      join (out, text (row, "provider"));
      join (out, text (row, "description"));
    }
  else
    join (out, text (row, "description"));
  return g_string_free (out, FALSE);
}

static char *
tolerance_words (const char *dimension,
                 int         yellow,
                 int         red)
{
  if (g_str_equal (dimension, "time"))
    /* Translators: a tolerance for time */
    return g_strdup_printf (_("Yellow from %d days late, red from %d"), yellow, red);
  if (g_str_equal (dimension, "cost"))
    return g_strdup_printf (_("Yellow from %d %% over P50, red from %d %% or above P85"),
                            yellow, red);
  return g_strdup_printf (_("Yellow from %d %% of the plan missing, red from %d %%"), yellow,
                          red);
}

static GtkWidget *
make_row (StyreOrganisationWindow *self,
          const char              *table,
          const char              *title,
          const char              *subtitle,
          StyreRow                *data)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "table", g_strdup (table), g_free);
  if (data != NULL)
    g_object_set_data_full (G_OBJECT (row), "row", styre_row_ref (data),
                            (GDestroyNotify) styre_row_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, 0);
  return row;
}

/* Goals as a tree: each goal under the goal it serves. */
static void
order_goals (GPtrArray *rows,
             GPtrArray *ordered,
             GArray    *depths,
             gint64     parent,
             int        depth)
{
  for (guint i = 0; i < rows->len; i++)
    {
      StyreRow *row = g_ptr_array_index (rows, i);
      const StyreValue *p = styre_row_get (row, "parent_id");
      gint64 parent_id = p && p->type == STYRE_VALUE_INT ? p->i : 0;

      if (parent_id != parent || g_ptr_array_find (ordered, row, NULL) || depth > 8)
        continue;
      g_ptr_array_add (ordered, row);
      g_array_append_val (depths, depth);
      order_goals (rows, ordered, depths, styre_row_get_int (row, "id"), depth + 1);
    }
}

static void
show_rows (StyreOrganisationWindow *self,
           const char              *table,
           GPtrArray               *rows)
{
  AdwPreferencesGroup *group = group_for (self, table);
  GPtrArray *shown = g_hash_table_lookup (self->rows, table);
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < shown->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (shown, i));
  g_ptr_array_set_size (shown, 0);

  if (g_str_equal (table, "goal"))
    {
      order_goals (rows, ordered, depths, 0, 0);
      /* Goals whose parent is missing still show, at the top level. */
      for (guint i = 0; i < rows->len; i++)
        if (!g_ptr_array_find (ordered, g_ptr_array_index (rows, i), NULL))
          {
            int zero = 0;
            g_ptr_array_add (ordered, g_ptr_array_index (rows, i));
            g_array_append_val (depths, zero);
          }
    }
  else
    for (guint i = 0; i < rows->len; i++)
      {
        int zero = 0;
        g_ptr_array_add (ordered, g_ptr_array_index (rows, i));
        g_array_append_val (depths, zero);
      }

  if (g_str_equal (table, "tolerance"))
    {
      static const char *dims[] = { "time", "cost", "benefits" };

      for (guint d = 0; d < G_N_ELEMENTS (dims); d++)
        {
          StyreRow *found = NULL;
          g_autofree char *words = NULL;
          GtkWidget *row;

          for (guint i = 0; i < rows->len; i++)
            if (g_strcmp0 (text (g_ptr_array_index (rows, i), "dimension"), dims[d]) == 0)
              found = g_ptr_array_index (rows, i);
          if (found != NULL)
            words = tolerance_words (dims[d], (int) styre_row_get_int (found, "yellow_at"),
                                     (int) styre_row_get_int (found, "red_at"));
          else
            {
              const StyreTolerance *t = styre_tolerance_built_in (dims[d]);
              g_autofree char *built = tolerance_words (dims[d], t->yellow_at, t->red_at);
              /* Translators: a tolerance the file does not set, so Styre's own is used */
              words = g_strdup_printf (_("%s (Styre’s default)"), built);
            }
          row = make_row (self, "tolerance",
                          styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[d]), words, found);
          g_object_set_data (G_OBJECT (row), "dimension", (gpointer) dims[d]);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
          if (found == NULL && styre_store_is_read_only (self->store))
            gtk_widget_set_sensitive (row, FALSE);
          adw_preferences_group_add (group, row);
          g_ptr_array_add (shown, row);
        }
      return;
    }

  for (guint i = 0; i < ordered->len; i++)
    {
      StyreRow *data = g_ptr_array_index (ordered, i);
      const StyreTableForm *form = styre_table_form_lookup (table);
      g_autofree char *subtitle = NULL;
      int depth = g_array_index (depths, int, i), ignored;
      GtkWidget *row;
      gint64 uses = styre_row_get (data, "uses") ? styre_row_get_int (data, "uses") : 0;

      subtitle = describe_row (table, data, &ignored);
      row = make_row (self, table, text (data, form->name_column), subtitle, data);
      if (depth > 0)
        gtk_widget_set_margin_start (gtk_widget_get_first_child (row), 24 * depth);
      if (uses > 0)
        {
          /* Translators: how many initiatives (and the like) use a row of reference data */
          g_autofree char *used = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Used %ld time",
                                                                "Used %ld times", (gulong) uses),
                                                   (long) uses);
          GtkWidget *label = gtk_label_new (used);

          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "caption");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      adw_preferences_group_add (group, row);
      g_ptr_array_add (shown, row);
    }
  if (ordered->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("None yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (group, row);
      g_ptr_array_add (shown, row);
    }
}

/* ── loading ─────────────────────────────────────────────────────────────────────────── */

static gpointer
query_rows (StyreStore  *store,
            gpointer     data,
            GError     **error)
{
  return styre_store_list_reference_rows (store, data, error);
}

static void
rows_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autofree char *table = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = styre_gui_query_finish (result, &error);
  StyreOrganisationWindow *self;

  if (rows == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = STYRE_ORGANISATION_WINDOW (object);
  self->n_loading--;
  if (rows == NULL)
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      return;
    }
  show_rows (self, table, rows);
}

static void
reload (StyreOrganisationWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_loading = 0;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      self->n_loading++;
      styre_gui_query_async (self, self->store, query_rows, g_strdup (tables[i]), g_free,
                             (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                             rows_loaded_cb, g_strdup (tables[i]));
    }
}

static gboolean
reload_cb (gpointer data)
{
  StyreOrganisationWindow *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (StyreStore              *store,
                  char                   **changed,
                  gboolean                 local,
                  StyreOrganisationWindow *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_timeout_add (150, reload_cb, self);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_organisation_window_dispose (GObject *object)
{
  StyreOrganisationWindow *self = (StyreOrganisationWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->undo);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (styre_organisation_window_parent_class)->dispose (object);
}

static void
styre_organisation_window_class_init (StyreOrganisationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_organisation_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-organisation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, agency_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, person_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, focus_area_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, goal_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, competence_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow,
                                        national_component_group);
  gtk_widget_class_bind_template_child (widget_class, StyreOrganisationWindow, tolerance_group);
}

static void
styre_organisation_window_init (StyreOrganisationWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                      (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_hash_table_insert (self->rows, (gpointer) tables[i], g_ptr_array_new ());
}

/**
 * styre_organisation_window_new:
 * @undo: the main window's undo stack: edits here are undone there
 */
StyreOrganisationWindow *
styre_organisation_window_new (GtkWindow      *parent,
                               StyreStore     *store,
                               StyreUndoStack *undo)
{
  StyreOrganisationWindow *self;
  gboolean writable;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  self = g_object_new (STYRE_TYPE_ORGANISATION_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->undo = undo ? g_object_ref (undo) : NULL;
  writable = !styre_store_is_read_only (store);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      GtkWidget *add;

      if (g_str_equal (tables[i], "tolerance"))
        continue;
      add = gtk_button_new_from_icon_name ("list-add-symbolic");
      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (add, _("Add"));
      gtk_widget_set_sensitive (add, writable);
      g_object_set_data (G_OBJECT (add), "table", (gpointer) tables[i]);
      g_signal_connect_object (add, "clicked", G_CALLBACK (add_clicked_cb), self, 0);
      adw_preferences_group_set_header_suffix (group_for (self, tables[i]), add);
    }

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
  return self;
}

/**
 * styre_organisation_window_get_loaded:
 *
 * Returns: whether every list has been read
 */
gboolean
styre_organisation_window_get_loaded (StyreOrganisationWindow *self)
{
  g_return_val_if_fail (STYRE_IS_ORGANISATION_WINDOW (self), FALSE);
  return self->n_loading == 0;
}
