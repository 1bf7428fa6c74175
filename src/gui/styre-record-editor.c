/* styre-record-editor.c — a form for one row: a risk, a milestone, an agency …
 *
 * The form is made from the table's field descriptions (styre-fields.h): a row per field,
 * of the kind the value needs. What is typed is checked as it is typed; the reason a
 * value cannot be saved is shown beside its field, and Save stays off until every field
 * is right. Saving goes through styre_gui_save_edit(): version checked, merged with
 * others' changes, a conflict asked about, and the window's undo stack told. If saving
 * fails, the form stays open with everything in it and says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-detail.h"
#include "styre-error.h"
#include "styre-fields.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-record-editor.h"
#include "styre-save.h"
#include "styre-window.h"

typedef struct
{
  const StyreField *field;
  GtkWidget        *row;
  GtkWidget        *widget;     /* the entry row, text view, switch, combo row or drop-down */
  GtkWidget        *message;    /* the hint or the reason, beside the field */
  GArray           *choices;    /* of gint64 (references) or const char * (words) */
  gboolean          has_none;   /* choices start with "(None)" */
  StyreValue        value;
  char             *problem;
  gboolean          hidden;
} FieldRow;

struct _StyreRecordEditor
{
  AdwWindow             parent_instance;

  StyreStore           *store;
  StyreUndoStack       *undo;
  const StyreTableForm *form;
  StyreRow             *base;        /* NULL for a new row */
  GHashTable           *defaults;    /* column → StyreValue, for a new row */
  GPtrArray            *fields;      /* of FieldRow */
  GHashTable           *hidden;      /* columns not shown */
  GPtrArray            *siblings;    /* the table's other rows, for its UNIQUE keys */
  StyreRecordCheck      check;       /* nullable: a rule that needs another row */
  gpointer              check_data;
  GDestroyNotify        check_destroy;
  GCancellable         *cancellable;
  gboolean              saving;
  gboolean              dirty;       /* something was typed */
  gboolean              loaded;
  gboolean              filling;

  AdwWindowTitle       *window_title;
  GtkStack             *save_stack;
  GtkWidget            *save_button;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  AdwPreferencesGroup  *group;
  GtkWidget            *delete_button;
};

G_DEFINE_FINAL_TYPE (StyreRecordEditor, styre_record_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
field_row_free (gpointer data)
{
  FieldRow *f = data;

  styre_value_clear (&f->value);
  g_clear_pointer (&f->choices, g_array_unref);
  g_free (f->problem);
  g_free (f);
}

static void
value_free (gpointer data)
{
  styre_value_clear (data);
  g_free (data);
}

static const StyreValue *
starting_value (StyreRecordEditor *self,
                const char        *column)
{
  if (self->base != NULL)
    return styre_row_get (self->base, column);
  return g_hash_table_lookup (self->defaults, column);
}

/* ── reading what is typed ───────────────────────────────────────────────────────────── */

static char *
widget_text (FieldRow *f)
{
  if (GTK_IS_TEXT_VIEW (f->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  if (GTK_IS_EDITABLE (f->widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (f->widget)));
  return NULL;
}

static guint
selected_index (FieldRow *f)
{
  if (ADW_IS_COMBO_ROW (f->widget))
    return adw_combo_row_get_selected (ADW_COMBO_ROW (f->widget));
  if (GTK_IS_DROP_DOWN (f->widget))
    return gtk_drop_down_get_selected (GTK_DROP_DOWN (f->widget));
  return GTK_INVALID_LIST_POSITION;
}

/* Reads the field's widget into its value; returns the reason when it cannot. */
static void
read_field (StyreRecordEditor *self,
            FieldRow          *f)
{
  g_autoptr(GError) error = NULL;

  styre_value_clear (&f->value);
  g_clear_pointer (&f->problem, g_free);

  switch (f->field->kind)
    {
    case STYRE_FIELD_BOOL:
      f->value.type = STYRE_VALUE_INT;
      f->value.i = gtk_switch_get_active (GTK_SWITCH (f->widget)) ? 1 : 0;
      return;

    case STYRE_FIELD_CHOICE:
    case STYRE_FIELD_REFERENCE:
      {
        guint index = selected_index (f);

        if (f->choices == NULL || index == GTK_INVALID_LIST_POSITION || index >= f->choices->len
            || (f->has_none && index == 0))
          {
            f->value.type = STYRE_VALUE_NULL;
            if ((f->field->flags & STYRE_FIELD_REQUIRED) && self->loaded)
              f->problem = g_strdup (_("Choose one."));
            return;
          }
        if (f->field->kind == STYRE_FIELD_CHOICE)
          {
            f->value.type = STYRE_VALUE_TEXT;
            f->value.s = g_strdup (g_array_index (f->choices, const char *, index));
          }
        else
          {
            f->value.type = STYRE_VALUE_INT;
            f->value.i = g_array_index (f->choices, gint64, index);
          }
        return;
      }

    case STYRE_FIELD_TEXT:
    case STYRE_FIELD_LONG_TEXT:
    case STYRE_FIELD_AMOUNT:
    case STYRE_FIELD_INTEGER:
    case STYRE_FIELD_DECIMAL:
    case STYRE_FIELD_DATE:
    case STYRE_FIELD_PERIOD:
    case STYRE_FIELD_QUARTER:
    case STYRE_FIELD_YEAR:
    default:
      {
        g_autofree char *text = widget_text (f);

        if (!styre_field_parse (f->field, text, &f->value, &error))
          f->problem = g_strdup (error->message);
      }
    }
}

static void
show_message (FieldRow *f)
{
  gboolean error = f->problem != NULL;
  const char *text = error ? f->problem : f->field->hint ? _(f->field->hint) : NULL;

  if (f->message == NULL)
    return;
  gtk_label_set_text (GTK_LABEL (f->message), text ? text : "");
  gtk_widget_set_visible (f->message, text != NULL);
  if (error)
    {
      gtk_widget_add_css_class (f->message, "error");
      gtk_widget_remove_css_class (f->message, "dim-label");
      gtk_widget_add_css_class (f->row, "error");
    }
  else
    {
      gtk_widget_remove_css_class (f->message, "error");
      gtk_widget_add_css_class (f->message, "dim-label");
      gtk_widget_remove_css_class (f->row, "error");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (f->widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text ? text : "", -1);
}

static FieldRow *
find_field (StyreRecordEditor *self,
            const char        *column)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      FieldRow *f = g_ptr_array_index (self->fields, i);
      if (g_str_equal (f->field->column, column))
        return f;
    }
  return NULL;
}

/* The row as it would be saved, for the rules across fields. */
static StyreRow *
row_as_saved (StyreRecordEditor *self)
{
  StyreRow *row = styre_row_new (self->form->table);

  for (guint i = 0; i < self->form->n_fields; i++)
    {
      const char *column = self->form->fields[i].column;
      FieldRow *f = find_field (self, column);
      const StyreValue *v = f ? &f->value : starting_value (self, column);
      StyreValue copy = { .type = STYRE_VALUE_NULL };

      if (v != NULL)
        styre_value_copy (v, &copy);
      styre_row_take_value (row, column, copy);
    }
  if (self->base != NULL)
    {
      StyreValue id = { .type = STYRE_VALUE_INT, .i = styre_row_get_int (self->base, "id") };
      styre_row_take_value (row, "id", id);
    }
  return row;
}

static gboolean
has_changes (StyreRecordEditor *self)
{
  if (self->base == NULL)
    return self->dirty || g_hash_table_size (self->defaults) > 0;
  for (guint i = 0; i < self->fields->len; i++)
    {
      FieldRow *f = g_ptr_array_index (self->fields, i);
      const StyreValue *old = styre_row_get (self->base, f->field->column);
      StyreValue null = { .type = STYRE_VALUE_NULL };

      if (!styre_value_equal (&f->value, old ? old : &null))
        return TRUE;
    }
  return FALSE;
}

static void
validate (StyreRecordEditor *self)
{
  g_autoptr(StyreRow) row = NULL;
  g_autoptr(GHashTable) broken = NULL;
  g_autoptr(GHashTable) duplicates = NULL;
  g_autoptr(GHashTable) other = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean ok = self->loaded;

  if (self->filling)
    return;
  for (guint i = 0; i < self->fields->len; i++)
    read_field (self, g_ptr_array_index (self->fields, i));

  row = row_as_saved (self);
  broken = styre_table_form_check_row (self->form, row);
  duplicates = styre_table_form_check_duplicates (self->form, row, self->siblings);
  if (self->check != NULL)
    self->check (row, other, self->check_data);
  for (guint i = 0; i < self->fields->len; i++)
    {
      FieldRow *f = g_ptr_array_index (self->fields, i);
      const char *why = g_hash_table_lookup (broken, f->field->column);

      if (why == NULL)
        why = g_hash_table_lookup (duplicates, f->field->column);
      if (why == NULL)
        why = g_hash_table_lookup (other, f->field->column);

      if (f->problem == NULL && why != NULL)
        f->problem = g_strdup (why);
      show_message (f);
      if (f->problem != NULL)
        ok = FALSE;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 ok && !self->saving && !styre_store_is_read_only (self->store)
                                 && has_changes (self));
}

static void
changed_cb (StyreRecordEditor *self)
{
  if (!self->filling && self->loaded)
    self->dirty = TRUE;
  validate (self);
}

/* ── making the rows ─────────────────────────────────────────────────────────────────── */

static GtkWidget *
message_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "field-message");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static void
entry_activated_cb (StyreRecordEditor *self)
{
  if (gtk_widget_is_sensitive (self->save_button))
    gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static FieldRow *
add_field (StyreRecordEditor *self,
           const StyreField  *field)
{
  FieldRow *f = g_new0 (FieldRow, 1);
  const StyreValue *start = starting_value (self, field->column);
  const char *label = styre_field_get_label (field);
  gboolean read_only = styre_store_is_read_only (self->store)
                       || (self->base != NULL && (field->flags & STYRE_FIELD_FIXED));

  f->field = field;

  switch (field->kind)
    {
    case STYRE_FIELD_BOOL:
      f->row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row), label);
      f->widget = gtk_switch_new ();
      gtk_widget_set_valign (f->widget, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (f->widget),
                             start && start->type == STYRE_VALUE_INT && start->i != 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (f->row), f->widget);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (f->row), f->widget);
      g_signal_connect_object (f->widget, "notify::active", G_CALLBACK (changed_cb), self,
                               G_CONNECT_SWAPPED);
      break;

    case STYRE_FIELD_CHOICE:
      {
        const char * const *ids = styre_vocabulary_ids (field->vocabulary);
        g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
        guint selected = 0;

        f->row = adw_combo_row_new ();
        f->widget = f->row;
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row), label);
        f->choices = g_array_new (FALSE, FALSE, sizeof (const char *));
        if (!(field->flags & STYRE_FIELD_REQUIRED))
          {
            const char *none = NULL;
            gtk_string_list_append (labels, C_("choice", "None"));
            g_array_append_val (f->choices, none);
            f->has_none = TRUE;
          }
        for (guint i = 0; ids[i] != NULL; i++)
          {
            gtk_string_list_append (labels, styre_vocabulary_label (field->vocabulary, ids[i]));
            g_array_append_val (f->choices, ids[i]);
            if (start && start->type == STYRE_VALUE_TEXT && g_str_equal (start->s, ids[i]))
              selected = f->choices->len - 1;
          }
        adw_combo_row_set_model (ADW_COMBO_ROW (f->row), G_LIST_MODEL (labels));
        adw_combo_row_set_selected (ADW_COMBO_ROW (f->row), selected);
        g_signal_connect_object (f->row, "notify::selected", G_CALLBACK (changed_cb), self,
                                 G_CONNECT_SWAPPED);
      }
      break;

    case STYRE_FIELD_REFERENCE:
      {
        g_autoptr(GtkStringList) loading = gtk_string_list_new (NULL);
        GtkExpression *expression =
          gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

        gtk_string_list_append (loading, _("Loading…"));
        f->row = adw_action_row_new ();
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row), label);
        f->widget = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&loading)), expression);
        gtk_drop_down_set_enable_search (GTK_DROP_DOWN (f->widget), TRUE);
        gtk_widget_set_valign (f->widget, GTK_ALIGN_CENTER);
        gtk_widget_set_sensitive (f->widget, FALSE);
        gtk_accessible_update_property (GTK_ACCESSIBLE (f->widget),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        adw_action_row_add_suffix (ADW_ACTION_ROW (f->row), f->widget);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (f->row), f->widget);
        g_signal_connect_object (f->widget, "notify::selected", G_CALLBACK (changed_cb), self,
                                 G_CONNECT_SWAPPED);
      }
      break;

    case STYRE_FIELD_LONG_TEXT:
      {
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
        GtkWidget *title = gtk_label_new (label);
        GtkWidget *frame = gtk_frame_new (NULL);
        g_autofree char *text = start ? styre_field_format_for_editing (field, start) : NULL;

        f->row = adw_preferences_row_new ();
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row), label);
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (f->row), FALSE);
        gtk_widget_add_css_class (box, "long-text-row");
        gtk_label_set_xalign (GTK_LABEL (title), 0);
        gtk_widget_add_css_class (title, "caption-heading");
        gtk_widget_add_css_class (title, "dim-label");
        f->widget = gtk_text_view_new ();
        gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (f->widget), GTK_WRAP_WORD_CHAR);
        gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (f->widget), FALSE);
        gtk_widget_set_size_request (f->widget, -1, 72);
        gtk_widget_add_css_class (f->widget, "long-text");
        gtk_accessible_update_property (GTK_ACCESSIBLE (f->widget),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->widget)),
                                  text ? text : "", -1);
        gtk_frame_set_child (GTK_FRAME (frame), f->widget);
        gtk_box_append (GTK_BOX (box), title);
        gtk_box_append (GTK_BOX (box), frame);
        f->message = message_label_new ();
        gtk_label_set_xalign (GTK_LABEL (f->message), 0);
        gtk_label_set_max_width_chars (GTK_LABEL (f->message), 60);
        gtk_box_append (GTK_BOX (box), f->message);
        gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (f->row), box);
        g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->widget)), "changed",
                                 G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
      }
      break;

    case STYRE_FIELD_TEXT:
    case STYRE_FIELD_AMOUNT:
    case STYRE_FIELD_INTEGER:
    case STYRE_FIELD_DECIMAL:
    case STYRE_FIELD_DATE:
    case STYRE_FIELD_PERIOD:
    case STYRE_FIELD_QUARTER:
    case STYRE_FIELD_YEAR:
    default:
      {
        g_autofree char *text = start ? styre_field_format_for_editing (field, start) : NULL;

        f->row = adw_entry_row_new ();
        f->widget = f->row;
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row), label);
        gtk_editable_set_text (GTK_EDITABLE (f->row), text ? text : "");
        f->message = message_label_new ();
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (f->row), f->message);
        if (field->kind == STYRE_FIELD_AMOUNT || field->kind == STYRE_FIELD_INTEGER
            || field->kind == STYRE_FIELD_DECIMAL || field->kind == STYRE_FIELD_YEAR)
          adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (f->row), GTK_INPUT_PURPOSE_NUMBER);
        g_signal_connect_object (f->row, "changed", G_CALLBACK (changed_cb), self,
                                 G_CONNECT_SWAPPED);
        g_signal_connect_object (f->row, "entry-activated", G_CALLBACK (entry_activated_cb),
                                 self, G_CONNECT_SWAPPED);
      }
      break;
    }

  if (read_only)
    gtk_widget_set_sensitive (f->widget, FALSE);
  adw_preferences_group_add (self->group, f->row);
  g_ptr_array_add (self->fields, f);
  return f;
}

/* ── choices for references, read on a worker ────────────────────────────────────────── */

/* What a form reads before it can be saved: the rows its references choose from, and
 * the rows its own must differ from (a plan's other years). */
typedef struct
{
  GPtrArray  *tables;         /* of const char *, the tables referred to */
  const char *table;          /* the form's, when it has UNIQUE keys */
  const char *parent_column;  /* nullable: siblings are the rows of the same parent */
  gint64      parent_id;
} ChoicesQuery;

typedef struct
{
  GHashTable *choices;        /* table → GPtrArray of StyreChoice */
  GPtrArray  *siblings;       /* nullable */
} ChoicesResult;

static void
choices_query_free (gpointer data)
{
  ChoicesQuery *q = data;

  g_ptr_array_unref (q->tables);
  g_free (q);
}

static void
choices_result_free (gpointer data)
{
  ChoicesResult *r = data;

  g_clear_pointer (&r->choices, g_hash_table_unref);
  g_clear_pointer (&r->siblings, g_ptr_array_unref);
  g_free (r);
}

static gpointer
query_choices (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  ChoicesQuery *q = data;
  ChoicesResult *r = g_new0 (ChoicesResult, 1);

  r->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < q->tables->len; i++)
    {
      const char *table = g_ptr_array_index (q->tables, i);
      GPtrArray *choices;

      if (g_hash_table_contains (r->choices, table))
        continue;
      choices = styre_store_list_choices (store, table, error);
      if (choices == NULL)
        {
          choices_result_free (r);
          return NULL;
        }
      g_hash_table_insert (r->choices, g_strdup (table), choices);
    }
  if (q->table != NULL)
    {
      r->siblings = styre_store_list_rows_where (store, q->table, q->parent_column,
                                                 q->parent_id, error);
      if (r->siblings == NULL)
        {
          choices_result_free (r);
          return NULL;
        }
    }
  return r;
}

static void
choices_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  StyreRecordEditor *self = STYRE_RECORD_EDITOR (object);
  g_autoptr(GError) error = NULL;
  ChoicesResult *r = styre_gui_query_finish (result, &error);
  GHashTable *all;

  if (r == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_label_set_text (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return;
    }

  all = r->choices;
  self->siblings = g_steal_pointer (&r->siblings);
  self->filling = TRUE;
  for (guint i = 0; i < self->fields->len; i++)
    {
      FieldRow *f = g_ptr_array_index (self->fields, i);
      GPtrArray *choices;
      g_autoptr(GtkStringList) labels = NULL;
      const StyreValue *start;
      guint selected = 0;

      if (f->field->kind != STYRE_FIELD_REFERENCE)
        continue;
      choices = g_hash_table_lookup (all, f->field->reference);
      start = starting_value (self, f->field->column);
      labels = gtk_string_list_new (NULL);
      f->choices = g_array_new (FALSE, FALSE, sizeof (gint64));
      if (!(f->field->flags & STYRE_FIELD_REQUIRED) || choices->len == 0)
        {
          gint64 none = 0;
          gtk_string_list_append (labels, C_("choice", "None"));
          g_array_append_val (f->choices, none);
          f->has_none = TRUE;
        }
      for (guint k = 0; k < choices->len; k++)
        {
          StyreChoice *c = g_ptr_array_index (choices, k);
          g_autofree char *text = c->detail && *c->detail
                                  ? g_strdup_printf ("%s (%s)", c->label, c->detail)
                                  : g_strdup (c->label);

          gtk_string_list_append (labels, text);
          g_array_append_val (f->choices, c->id);
          if (start && start->type == STYRE_VALUE_INT && start->i == c->id)
            selected = f->choices->len - 1;
        }
      gtk_drop_down_set_model (GTK_DROP_DOWN (f->widget), G_LIST_MODEL (labels));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (f->widget), selected);
      gtk_widget_set_sensitive (f->widget, !styre_store_is_read_only (self->store)
                                           && !(self->base && (f->field->flags & STYRE_FIELD_FIXED)));
    }
  self->filling = FALSE;
  self->loaded = TRUE;
  choices_result_free (r);
  validate (self);
}

/* The file turned read-only while the form was open (permission revoked, file moved): it
 * shows what was there and typed, and saves nothing. */
static void
store_read_only_cb (StyreRecordEditor *self)
{
  gboolean writable = !styre_store_is_read_only (self->store);

  gtk_widget_set_sensitive (GTK_WIDGET (self->group), writable && !self->saving);
  gtk_widget_set_visible (self->delete_button, writable && self->base != NULL);
  validate (self);
}

/* ── saving ──────────────────────────────────────────────────────────────────────────── */

static void
set_saving (StyreRecordEditor *self,
            gboolean           saving)
{
  self->saving = saving;
  gtk_stack_set_visible_child_name (self->save_stack, saving ? "saving" : "button");
  gtk_widget_set_sensitive (GTK_WIDGET (self->group),
                            !saving && !styre_store_is_read_only (self->store));
  validate (self);
}

static void
show_error (StyreRecordEditor *self,
            const GError      *error)
{
  gtk_label_set_text (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
saved_cb (gboolean      saved,
          const GError *error,
          gpointer      user_data)
{
  g_autoptr(StyreRecordEditor) self = user_data;
  StyreEdit *edit = g_object_steal_data (G_OBJECT (self), "edit");

  set_saving (self, FALSE);
  if (saved)
    {
      gint64 id = styre_edit_get_inserted_id (edit, self->form->table);
      gboolean deleted = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "deleting"));

      if (id == 0 && self->base != NULL)
        id = styre_row_get_int (self->base, "id");
      if (deleted)
        g_signal_emit (self, signals[DELETED], 0, id, edit);
      else
        g_signal_emit (self, signals[SAVED], 0, id);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (error != NULL)
    show_error (self, error);
  g_clear_pointer (&edit, styre_edit_unref);
}

static const char *
undo_label (StyreRecordEditor *self,
            gboolean           deleting)
{
  static char label[128];
  const char *thing = styre_table_form_get_thing (self->form);

  if (deleting)
    /* Translators: what Undo undoes, e.g. "Delete risk" */
    g_snprintf (label, sizeof label, C_("undo", "Delete %s"), thing);
  else if (self->base != NULL)
    /* Translators: what Undo undoes, e.g. "Edit risk" */
    g_snprintf (label, sizeof label, C_("undo", "Edit %s"), thing);
  else
    /* Translators: what Undo undoes, e.g. "Add risk" */
    g_snprintf (label, sizeof label, C_("undo", "Add %s"), thing);
  return label;
}

static StyreEdit *
build_edit (StyreRecordEditor *self)
{
  StyreEdit *edit = styre_edit_new (undo_label (self, FALSE));
  g_autoptr(StyreChange) change = NULL;

  if (self->base == NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      change = styre_change_new_insert (self->form->table);
      /* What was set for the new row without a field: its initiative, its position … */
      g_hash_table_iter_init (&iter, self->defaults);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (find_field (self, key) == NULL)
          styre_change_set_value (change, key, value);
      for (guint i = 0; i < self->fields->len; i++)
        {
          FieldRow *f = g_ptr_array_index (self->fields, i);
          if (f->value.type != STYRE_VALUE_NULL)
            styre_change_set_value (change, f->field->column, &f->value);
        }
      styre_edit_add (edit, change, NULL);
    }
  else
    {
      change = styre_change_new_update (self->form->table, styre_row_get_int (self->base, "id"),
                                        styre_row_get_int (self->base, "version"));
      for (guint i = 0; i < self->fields->len; i++)
        {
          FieldRow *f = g_ptr_array_index (self->fields, i);
          const StyreValue *old = styre_row_get (self->base, f->field->column);
          StyreValue null = { .type = STYRE_VALUE_NULL };

          if (!styre_value_equal (&f->value, old ? old : &null))
            styre_change_set_value (change, f->field->column, &f->value);
        }
      styre_edit_add (edit, change, self->base);
    }
  return edit;
}

static void
start_save (StyreRecordEditor *self,
            StyreEdit         *edit,
            gboolean           deleting)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  g_object_set_data (G_OBJECT (self), "deleting", GINT_TO_POINTER (deleting));
  g_object_set_data (G_OBJECT (self), "edit", styre_edit_ref (edit));
  set_saving (self, TRUE);
  styre_gui_save_edit (parent ? parent : GTK_WINDOW (self), self->store, self->undo, edit,
                       STYRE_SAVE_EDIT, saved_cb, g_object_ref (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  styre_record_editor_save (STYRE_RECORD_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreRecordEditor *self = STYRE_RECORD_EDITOR (widget);
  g_autoptr(StyreEdit) edit = NULL;
  g_autoptr(StyreChange) change = NULL;

  if (self->base == NULL || self->saving)
    return;
  edit = styre_edit_new (undo_label (self, TRUE));
  change = styre_change_new_delete (self->form->table, styre_row_get_int (self->base, "id"),
                                    styre_row_get_int (self->base, "version"));
  styre_edit_add (edit, change, self->base);
  start_save (self, edit, TRUE);
}

static void
discard_response_cb (StyreRecordEditor *self,
                     const char        *response)
{
  if (g_str_equal (response, "discard"))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreRecordEditor *self = STYRE_RECORD_EDITOR (widget);
  GtkWidget *dialog;

  if (self->saving)
    return;
  if (styre_store_is_read_only (self->store) || !self->dirty || !has_changes (self))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  /* What was typed is only dropped when the person says so. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Discard Your Changes?"),
                                   _("What you typed here has not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
close_request_cb (StyreRecordEditor *self)
{
  if (self->saving)
    return TRUE;
  if (!styre_store_is_read_only (self->store) && self->dirty && has_changes (self))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.cancel", NULL);
      return TRUE;
    }
  return FALSE;
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_record_editor_dispose (GObject *object)
{
  StyreRecordEditor *self = (StyreRecordEditor *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->undo);
  g_clear_pointer (&self->base, styre_row_unref);
  g_clear_pointer (&self->defaults, g_hash_table_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->siblings, g_ptr_array_unref);
  if (self->check_destroy != NULL)
    g_clear_pointer (&self->check_data, self->check_destroy);
  self->check = NULL;

  G_OBJECT_CLASS (styre_record_editor_parent_class)->dispose (object);
}

static void
styre_record_editor_class_init (StyreRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_record_editor_dispose;

  /**
   * StyreRecordEditor::saved:
   * @id: the row saved (new rows have their id)
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * StyreRecordEditor::deleted:
   * @id: the row deleted
   * @edit: the edit that deleted it (on the undo stack)
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64,
                                   STYRE_TYPE_EDIT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreRecordEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, StyreRecordEditor, save_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreRecordEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, StyreRecordEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, StyreRecordEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, StyreRecordEditor, group);
  gtk_widget_class_bind_template_child (widget_class, StyreRecordEditor, delete_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
styre_record_editor_init (StyreRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_ptr_array_new_with_free_func (field_row_free);
  self->defaults = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, value_free);
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

static void
build (StyreRecordEditor *self)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new ();
  const char *thing = styre_table_form_get_thing (self->form);
  g_autofree char *title = NULL;
  g_autofree char *delete_label = NULL;

  if (self->fields->len > 0)
    return;

  /* Translators: the title of a form, e.g. "New risk" / "Edit risk" */
  title = self->base ? g_strdup_printf (C_("editor title", "Edit %s"), thing)
                     : g_strdup_printf (C_("editor title", "New %s"), thing);
  title[0] = g_unichar_toupper (title[0]);
  if (adw_window_title_get_title (self->window_title) == NULL
      || *adw_window_title_get_title (self->window_title) == '\0')
    adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  for (guint i = 0; i < self->form->n_fields; i++)
    {
      const StyreField *field = &self->form->fields[i];

      if ((field->flags & STYRE_FIELD_HIDDEN) || g_hash_table_contains (self->hidden, field->column))
        continue;
      add_field (self, field);
      if (field->kind == STYRE_FIELD_REFERENCE)
        g_ptr_array_add (tables, (gpointer) field->reference);
    }

  if (self->base != NULL && !styre_store_is_read_only (self->store))
    {
      /* Translators: a button at the bottom of a form, e.g. "Delete risk" */
      delete_label = g_strdup_printf (C_("editor", "Delete %s"), thing);
      delete_label[0] = g_unichar_toupper (delete_label[0]);
      gtk_button_set_label (GTK_BUTTON (self->delete_button), delete_label);
      gtk_widget_set_visible (self->delete_button, TRUE);
    }
  if (styre_store_is_read_only (self->store))
    gtk_widget_set_visible (GTK_WIDGET (self->save_stack), FALSE);

  if (tables->len > 0 || styre_table_form_has_unique_keys (self->form))
    {
      ChoicesQuery *q = g_new0 (ChoicesQuery, 1);
      const char *parent = self->form->parent_column;
      const StyreValue *parent_id = parent ? starting_value (self, parent) : NULL;

      q->tables = g_ptr_array_new ();
      for (guint i = 0; i < tables->len; i++)
        g_ptr_array_add (q->tables, g_ptr_array_index (tables, i));
      if (styre_table_form_has_unique_keys (self->form))
        {
          q->table = self->form->table;
          /* A row with a parent is one of its parent's; without the parent known yet,
           * every row of the table is read. */
          if (parent_id != NULL && parent_id->type == STYRE_VALUE_INT)
            {
              q->parent_column = parent;
              q->parent_id = parent_id->i;
            }
        }
      styre_gui_query_async (self, self->store, query_choices, q, choices_query_free,
                             choices_result_free, self->cancellable, choices_loaded_cb, NULL);
    }
  else
    self->loaded = TRUE;
  validate (self);
}

static gboolean
build_idle_cb (gpointer data)
{
  build (data);
  return G_SOURCE_REMOVE;
}

/**
 * styre_record_editor_new:
 * @parent: the window it belongs to (conflicts are asked there too)
 * @undo: (nullable): where a saved edit goes for Undo
 * @table: the table of the row
 * @row: (nullable): the row as read, or %NULL for a new one
 *
 * A form for @row. Set defaults (a new row's initiative, today's date) before it is
 * shown; the fields are made when it is first shown, or by the first call that needs
 * them.
 */
StyreRecordEditor *
styre_record_editor_new (GtkWindow      *parent,
                         StyreStore     *store,
                         StyreUndoStack *undo,
                         const char     *table,
                         const StyreRow *row)
{
  StyreRecordEditor *self;
  const StyreTableForm *form = styre_table_form_lookup (table);

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);
  g_return_val_if_fail (form != NULL, NULL);

  self = g_object_new (STYRE_TYPE_RECORD_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->undo = undo ? g_object_ref (undo) : NULL;
  self->form = form;
  self->base = row ? styre_row_ref ((StyreRow *) row) : NULL;
  g_signal_connect_object (store, "notify::read-only", G_CALLBACK (store_read_only_cb), self,
                           G_CONNECT_SWAPPED);
  if (self->base != NULL)
    {
      /* Others see what the person edits: "DF-01 Digital byggesøknad". */
      const char *code = styre_row_get_text (row, "code");
      const char *name = form->name_column ? styre_row_get_text (row, form->name_column) : NULL;
      g_autofree char *label = code && name ? g_strdup_printf ("%s %s", code, name)
                                            : g_strdup (name ? name : code);

      styre_window_track_editing (GTK_WIDGET (self), table, styre_row_get_int (row, "id"),
                                  label);
    }
  g_signal_connect (self, "map", G_CALLBACK (build), NULL);
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, build_idle_cb, g_object_ref (self), g_object_unref);
  return self;
}

void
styre_record_editor_set_default (StyreRecordEditor *self,
                                 const char        *column,
                                 const StyreValue  *value)
{
  StyreValue *copy = g_new0 (StyreValue, 1);

  g_return_if_fail (STYRE_IS_RECORD_EDITOR (self));
  g_return_if_fail (self->fields->len == 0);

  styre_value_copy (value, copy);
  g_hash_table_insert (self->defaults, g_strdup (column), copy);
}

void
styre_record_editor_set_default_int (StyreRecordEditor *self,
                                     const char        *column,
                                     gint64             value)
{
  StyreValue v = { .type = STYRE_VALUE_INT, .i = value };

  styre_record_editor_set_default (self, column, &v);
}

void
styre_record_editor_set_default_text (StyreRecordEditor *self,
                                      const char        *column,
                                      const char        *value)
{
  StyreValue v = { .type = value ? STYRE_VALUE_TEXT : STYRE_VALUE_NULL, .s = (char *) value };

  styre_record_editor_set_default (self, column, &v);
}

/**
 * styre_record_editor_hide_field:
 *
 * Leaves @column out of the form (its default, if any, is still saved).
 */
void
styre_record_editor_hide_field (StyreRecordEditor *self,
                                const char        *column)
{
  g_return_if_fail (STYRE_IS_RECORD_EDITOR (self));
  g_hash_table_add (self->hidden, g_strdup (column));
}

void
styre_record_editor_set_heading (StyreRecordEditor *self,
                                 const char        *title,
                                 const char        *subtitle)
{
  g_return_if_fail (STYRE_IS_RECORD_EDITOR (self));

  if (title != NULL)
    {
      adw_window_title_set_title (self->window_title, title);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/**
 * styre_record_editor_set_text:
 *
 * Types @text into the field of @column, as a person would (for tests and for
 * filling in a field from elsewhere). For a choice, @text is the id.
 */
void
styre_record_editor_set_text (StyreRecordEditor *self,
                              const char        *column,
                              const char        *text)
{
  FieldRow *f;

  g_return_if_fail (STYRE_IS_RECORD_EDITOR (self));

  build (self);
  f = find_field (self, column);
  g_return_if_fail (f != NULL);

  if (GTK_IS_TEXT_VIEW (f->widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->widget)), text, -1);
  else if (GTK_IS_EDITABLE (f->widget))
    gtk_editable_set_text (GTK_EDITABLE (f->widget), text);
  else if (GTK_IS_SWITCH (f->widget))
    {
      gboolean b = FALSE;
      styre_parse_bool (text, &b);
      gtk_switch_set_active (GTK_SWITCH (f->widget), b);
    }
  else if (f->choices != NULL)
    {
      for (guint i = 0; i < f->choices->len; i++)
        {
          gboolean match;

          if (f->field->kind == STYRE_FIELD_CHOICE)
            match = g_strcmp0 (g_array_index (f->choices, const char *, i), text) == 0;
          else
            match = g_array_index (f->choices, gint64, i) == g_ascii_strtoll (text, NULL, 10);
          if (match)
            {
              if (ADW_IS_COMBO_ROW (f->widget))
                adw_combo_row_set_selected (ADW_COMBO_ROW (f->widget), i);
              else
                gtk_drop_down_set_selected (GTK_DROP_DOWN (f->widget), i);
            }
        }
    }
  validate (self);
}

/**
 * styre_record_editor_set_check:
 * @check: (nullable): a rule that needs more than the row, or %NULL for none
 *
 * Adds @check to the form's own: its reasons are shown beside their fields and keep the
 * form from being saved, as the form's are.
 */
void
styre_record_editor_set_check (StyreRecordEditor *self,
                               StyreRecordCheck   check,
                               gpointer           user_data,
                               GDestroyNotify     destroy)
{
  g_return_if_fail (STYRE_IS_RECORD_EDITOR (self));

  if (self->check_destroy != NULL)
    g_clear_pointer (&self->check_data, self->check_destroy);
  self->check = check;
  self->check_data = user_data;
  self->check_destroy = destroy;
  if (self->loaded)
    validate (self);
}

/**
 * styre_record_editor_get_problem:
 *
 * Returns: (nullable): the reason shown beside the field of @column, or %NULL
 */
const char *
styre_record_editor_get_problem (StyreRecordEditor *self,
                                 const char        *column)
{
  FieldRow *f;

  g_return_val_if_fail (STYRE_IS_RECORD_EDITOR (self), NULL);
  build (self);
  f = find_field (self, column);
  return f ? f->problem : NULL;
}

gboolean
styre_record_editor_get_can_save (StyreRecordEditor *self)
{
  g_return_val_if_fail (STYRE_IS_RECORD_EDITOR (self), FALSE);
  build (self);
  return gtk_widget_is_sensitive (self->save_button);
}

/**
 * styre_record_editor_save:
 *
 * Saves, if every field is right; the editor closes when it is saved.
 *
 * Returns: whether saving started
 */
gboolean
styre_record_editor_save (StyreRecordEditor *self)
{
  g_autoptr(StyreEdit) edit = NULL;

  g_return_val_if_fail (STYRE_IS_RECORD_EDITOR (self), FALSE);

  build (self);
  validate (self);
  if (!gtk_widget_is_sensitive (self->save_button) || self->saving)
    return FALSE;
  edit = build_edit (self);
  start_save (self, edit, FALSE);
  return TRUE;
}
