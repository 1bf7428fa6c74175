/* styre-row-binding.c — widgets bound to the columns of one row, saved as you type
 *
 * What a person types is kept as pending values, one per column, and saved a moment
 * after they stop typing: one transaction with the row's version checked (STORAGE.md
 * rules 4–5), on a worker thread. When someone else saved the row first, the fields only
 * one of them changed are merged (styre_change_rebase()); for a field both changed the
 * person is asked (StyreConflictDialog). Nothing typed is dropped: a save that fails
 * keeps its pending values and says why.
 *
 * When the row is read again (the store's changed signal), columns nobody is editing
 * show the new values; columns with pending values keep what the person typed.
 *
 * With an undo label, each save goes on the window's undo stack (Ctrl+Z); saves of the
 * same field a few seconds apart are one step, so Undo takes back a whole typing of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-row-binding"

#include "config.h"

#include <glib/gi18n.h>

#include "styre-error.h"
#include "styre-gui.h"
#include "styre-save.h"
#include "styre-merge.h"
#include "styre-row-binding.h"
#include "styre-window.h"

#define SAVE_DELAY_MS 700
#define MAX_ATTEMPTS 5
#define UNDO_RUN_USEC (10 * G_USEC_PER_SEC)

typedef enum
{
  BIND_ENTRY,
  BIND_TEXT_VIEW,
  BIND_SPIN,
  BIND_SWITCH,
  BIND_DROP_DOWN,
  BIND_ID_DROP_DOWN,
  BIND_CUSTOM,
} BindKind;

typedef struct
{
  StyreRowBinding          *editor;
  BindKind                  kind;
  char                     *column;
  GtkWidget                *widget;
  gboolean                  null_if_empty;
  char                    **ids;
  GArray                   *int_ids;
  StyreRowBindingShowFunc   show;
  gpointer                  show_data;
} Binding;

struct _StyreRowBinding
{
  GObject                      parent_instance;

  char                        *table;
  StyreStore                  *store;
  StyreRow                    *row;          /* what the person started from */
  StyreRow                    *deferred;     /* read again while a save was on its way */
  GHashTable                  *pending;      /* column → StyreValue*: typed, not saved */
  GPtrArray                   *bindings;
  guint                        save_source;
  guint                        generation;   /* grows when the editor moves to another row */
  gboolean                     saving;
  gboolean                     editable;
  gboolean                     updating;     /* filling widgets: their signals are not edits */
  gboolean                     held;         /* "Keep Editing" after a conflict */
  StyreConflictLabelFunc       label_func;
  gpointer                     label_data;
  StyreRowBindingValidateFunc  validate;
  gpointer                     validate_data;
  char                        *undo_label;   /* nullable: saves are not undone */
  StyreEdit                   *undo_edit;    /* the last step put on the undo stack */
  StyreRow                    *undo_base;    /* the row before its run of saves */
  gint64                       undo_time;
};

G_DEFINE_FINAL_TYPE (StyreRowBinding, styre_row_binding, G_TYPE_OBJECT)

enum {
  SAVED,
  SAVE_FAILED,
  INVALID,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_UNSAVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_save (StyreRowBinding *self,
                           guint              delay_ms);

/* ── values ──────────────────────────────────────────────────────────────────────────── */

static StyreValue *
value_new_text (const char *text)
{
  StyreValue *v = g_new0 (StyreValue, 1);

  v->type = STYRE_VALUE_TEXT;
  v->s = g_strdup (text);
  return v;
}

static StyreValue *
value_new_int (gint64 i)
{
  StyreValue *v = g_new0 (StyreValue, 1);

  v->type = STYRE_VALUE_INT;
  v->i = i;
  return v;
}

static StyreValue *
value_new_null (void)
{
  return g_new0 (StyreValue, 1);
}

static void
value_free (gpointer data)
{
  StyreValue *v = data;

  styre_value_clear (v);
  g_free (v);
}

static StyreValue *
value_dup (const StyreValue *value)
{
  StyreValue *v = g_new0 (StyreValue, 1);

  if (value != NULL)
    styre_value_copy (value, v);
  return v;
}

static const StyreValue null_value = { .type = STYRE_VALUE_NULL };

static const StyreValue *
row_value (StyreRow   *row,
           const char *column)
{
  const StyreValue *v = row ? styre_row_get (row, column) : NULL;

  return v ? v : &null_value;
}

/* ── bindings ────────────────────────────────────────────────────────────────────────── */

static void
binding_free (gpointer data)
{
  Binding *b = data;

  g_free (b->column);
  g_strfreev (b->ids);
  g_clear_pointer (&b->int_ids, g_array_unref);
  g_clear_object (&b->widget);
  g_free (b);
}

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What the widget holds now, as the column's value. */
static StyreValue *
widget_value (Binding *b)
{
  switch (b->kind)
    {
    case BIND_ENTRY:
      {
        const char *text = gtk_editable_get_text (GTK_EDITABLE (b->widget));
        g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

        if (b->null_if_empty && *stripped == '\0')
          return value_new_null ();
        return value_new_text (text ? text : "");
      }
    case BIND_TEXT_VIEW:
      {
        g_autofree char *text = text_view_get_text (GTK_TEXT_VIEW (b->widget));
        return value_new_text (text);
      }
    case BIND_SPIN:
      {
        int v = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (b->widget));
        if (b->null_if_empty && v == 0)
          return value_new_null ();
        return value_new_int (v);
      }
    case BIND_SWITCH:
      return value_new_int (gtk_switch_get_active (GTK_SWITCH (b->widget)) ? 1 : 0);
    case BIND_DROP_DOWN:
      {
        guint i = GTK_INVALID_LIST_POSITION;
        g_object_get (b->widget, "selected", &i, NULL);
        if (i == GTK_INVALID_LIST_POSITION || i >= g_strv_length (b->ids) || *b->ids[i] == '\0')
          return value_new_null ();
        return value_new_text (b->ids[i]);
      }
    case BIND_ID_DROP_DOWN:
      {
        guint i = GTK_INVALID_LIST_POSITION;
        gint64 id;

        g_object_get (b->widget, "selected", &i, NULL);
        if (i == GTK_INVALID_LIST_POSITION || i >= b->int_ids->len)
          return value_new_null ();
        id = g_array_index (b->int_ids, gint64, i);
        return id > 0 ? value_new_int (id) : value_new_null ();
      }
    case BIND_CUSTOM:
    default:
      return NULL;
    }
}

static char *
value_text (const StyreValue *v)
{
  if (v == NULL || v->type == STYRE_VALUE_NULL)
    return g_strdup ("");
  if (v->type == STYRE_VALUE_TEXT)
    return g_strdup (v->s);
  return styre_value_to_string (v);
}

/* Shows @value in the widget, without it counting as an edit. */
static void
show_value (Binding          *b,
            const StyreValue *value)
{
  StyreRowBinding *self = b->editor;

  self->updating = TRUE;
  switch (b->kind)
    {
    case BIND_ENTRY:
      {
        g_autofree char *text = value_text (value);
        if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (b->widget))) != 0)
          gtk_editable_set_text (GTK_EDITABLE (b->widget), text);
      }
      break;
    case BIND_TEXT_VIEW:
      {
        g_autofree char *text = value_text (value);
        g_autofree char *now = text_view_get_text (GTK_TEXT_VIEW (b->widget));
        if (g_strcmp0 (text, now) != 0)
          gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (b->widget)), text, -1);
      }
      break;
    case BIND_SPIN:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (b->widget),
                                 value && value->type == STYRE_VALUE_INT ? (double) value->i : 0);
      break;
    case BIND_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (b->widget),
                             value && value->type == STYRE_VALUE_INT && value->i != 0);
      break;
    case BIND_DROP_DOWN:
      {
        guint selected = 0;
        for (guint i = 0; b->ids[i] != NULL; i++)
          if ((value == NULL || value->type == STYRE_VALUE_NULL) ? *b->ids[i] == '\0'
              : (value->type == STYRE_VALUE_TEXT && g_strcmp0 (b->ids[i], value->s) == 0))
            selected = i;
        g_object_set (b->widget, "selected", selected, NULL);
      }
      break;
    case BIND_ID_DROP_DOWN:
      {
        gint64 id = value && value->type == STYRE_VALUE_INT ? value->i : 0;
        guint selected = 0;
        for (guint i = 0; i < b->int_ids->len; i++)
          if (g_array_index (b->int_ids, gint64, i) == id)
            selected = i;
        g_object_set (b->widget, "selected", selected, NULL);
      }
      break;
    case BIND_CUSTOM:
      if (b->show != NULL)
        b->show (b->widget, value, b->show_data);
      break;
    default:
      break;
    }
  self->updating = FALSE;
}

static void
notify_unsaved (StyreRowBinding *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

static void
take_pending (StyreRowBinding *self,
              const char      *column,
              StyreValue      *value)
{
  if (styre_value_equal (value, row_value (self->row, column)))
    {
      g_hash_table_remove (self->pending, column);
      value_free (value);
    }
  else
    g_hash_table_insert (self->pending, g_strdup (column), value);
  self->held = FALSE;
  notify_unsaved (self);
}

static void
widget_changed_cb (Binding *b)
{
  StyreRowBinding *self = b->editor;
  StyreValue *value;

  if (self->updating || self->row == NULL)
    return;
  value = widget_value (b);
  if (value == NULL)
    return;
  take_pending (self, b->column, value);
  /* Choices are saved at once; typing a moment after the last key. */
  schedule_save (self, b->kind == BIND_ENTRY || b->kind == BIND_TEXT_VIEW
                       || b->kind == BIND_SPIN ? SAVE_DELAY_MS : 50);
}

static Binding *
add_binding (StyreRowBinding *self,
             GtkWidget       *widget,
             const char      *column,
             BindKind         kind)
{
  Binding *b = g_new0 (Binding, 1);

  b->editor = self;
  b->kind = kind;
  b->column = g_strdup (column);
  b->widget = g_object_ref (widget);
  g_ptr_array_add (self->bindings, b);
  gtk_widget_set_sensitive (widget, self->editable || kind == BIND_TEXT_VIEW);
  if (kind == BIND_TEXT_VIEW)
    gtk_text_view_set_editable (GTK_TEXT_VIEW (widget), self->editable);
  return b;
}

/* Someone else's row: the columns nobody is editing show it. */
static void
show_row (StyreRowBinding *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *b = g_ptr_array_index (self->bindings, i);

      if (!g_hash_table_contains (self->pending, b->column))
        show_value (b, row_value (self->row, b->column));
    }
}

/* ── saving ──────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  StyreRowBinding *self;
  guint              generation;
  StyreChange       *change;
  StyreRow          *base;       /* the row the change was made on */
} SaveData;

static void
save_data_free (SaveData *d)
{
  g_clear_object (&d->self);
  g_clear_pointer (&d->change, styre_change_unref);
  g_clear_pointer (&d->base, styre_row_unref);
  g_free (d);
}

static GtkWidget *
any_widget (StyreRowBinding *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *b = g_ptr_array_index (self->bindings, i);
      if (gtk_widget_get_root (b->widget) != NULL)
        return b->widget;
    }
  return self->bindings->len > 0 ? ((Binding *) self->bindings->pdata[0])->widget : NULL;
}

static void apply_row (StyreRowBinding *self,
                       StyreRow          *row);

static void
forget_undo (StyreRowBinding *self)
{
  g_clear_pointer (&self->undo_edit, styre_edit_unref);
  g_clear_pointer (&self->undo_base, styre_row_unref);
}

static gboolean
same_columns (StyreEdit   *edit,
              StyreChange *change)
{
  g_autoptr(GPtrArray) changes = styre_edit_get_changes (edit);
  StyreChange *before;

  if (changes->len != 1)
    return FALSE;
  before = g_ptr_array_index (changes, 0);
  if (styre_change_get_id (before) != styre_change_get_id (change)
      || styre_change_get_n_fields (before) != styre_change_get_n_fields (change))
    return FALSE;
  for (guint i = 0; i < styre_change_get_n_fields (change); i++)
    if (styre_change_lookup (before, styre_change_get_field_name (change, i)) == NULL)
      return FALSE;
  return TRUE;
}

/* The saved @applied goes on the window's undo stack, or joins the step before it when
 * the same field was saved a moment ago. */
static void
remember_undo (StyreRowBinding *self,
               StyreRow        *base,
               StyreChange     *applied)
{
  GtkWidget *widget = any_widget (self);
  StyreWindow *window = widget != NULL ? styre_window_find (widget) : NULL;
  StyreUndoStack *stack = window != NULL ? styre_window_get_undo_stack (window) : NULL;
  gint64 now = g_get_monotonic_time ();
  g_autoptr(StyreEdit) edit = NULL;
  gboolean joins;

  if (self->undo_label == NULL || stack == NULL || base == NULL
      || styre_change_get_kind (applied) != STYRE_CHANGE_UPDATE)
    return;
  /* Merged with someone else's save: undoing it could put back what they changed. */
  if (styre_change_get_expected_version (applied) != styre_row_get_int (base, "version"))
    {
      forget_undo (self);
      return;
    }
  joins = self->undo_edit != NULL && styre_undo_stack_peek_undo (stack) == self->undo_edit
          && now - self->undo_time < UNDO_RUN_USEC && same_columns (self->undo_edit, applied);
  if (!joins)
    {
      g_clear_pointer (&self->undo_base, styre_row_unref);
      self->undo_base = styre_row_ref (base);
    }
  edit = styre_edit_new (self->undo_label);
  styre_edit_add (edit, applied, self->undo_base);
  if (!joins || !styre_undo_stack_replace_top (stack, self->undo_edit, edit))
    styre_undo_stack_push (stack, edit);
  g_clear_pointer (&self->undo_edit, styre_edit_unref);
  self->undo_edit = styre_edit_ref (edit);
  self->undo_time = now;
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveData *d = user_data;
  StyreRowBinding *self = d->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) fresh = NULL;
  StyreChange *applied = styre_save_change_finish (result, &error);

  self->saving = FALSE;

  if (applied == NULL)
    {
      if (d->generation == self->generation)
        {
          /* "Keep Editing": the typed values stay; the next edit tries again. */
          if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_CONFLICT))
            self->held = TRUE;
        }
      g_signal_emit (self, signals[SAVE_FAILED], 0, error->message);
      save_data_free (d);
      return;
    }

  fresh = g_object_get_data (G_OBJECT (result), "fresh-row")
          ? styre_row_ref (g_object_get_data (G_OBJECT (result), "fresh-row")) : NULL;
  remember_undo (self, d->base, applied);

  if (d->generation == self->generation)
    {
      /* What was saved is no longer pending, unless the person typed on since. */
      for (guint i = 0; i < styre_change_get_n_fields (d->change); i++)
        {
          const char *column = styre_change_get_field_name (d->change, i);
          const StyreValue *saved = styre_change_get_field_value (d->change, i);
          const StyreValue *now = g_hash_table_lookup (self->pending, column);

          if (now != NULL && styre_value_equal (now, saved))
            g_hash_table_remove (self->pending, column);
        }
      if (fresh != NULL)
        {
          g_clear_pointer (&self->row, styre_row_unref);
          self->row = styre_row_ref (fresh);
          show_row (self);
        }
      if (self->deferred != NULL)
        {
          g_autoptr(StyreRow) deferred = g_steal_pointer (&self->deferred);
          if (styre_row_get_int (deferred, "version") > styre_row_get_int (self->row, "version"))
            apply_row (self, deferred);
        }
      notify_unsaved (self);
      /* Typed on while this was saved; not after the editor was let go. */
      if (g_hash_table_size (self->pending) > 0 && self->store != NULL)
        schedule_save (self, 0);
    }
  g_signal_emit (self, signals[SAVED], 0);
  styre_change_unref (applied);
  save_data_free (d);
}

static gboolean
save_now (StyreRowBinding *self)
{
  g_autoptr(StyreChange) change = NULL;
  g_autofree char *invalid = NULL;
  GHashTableIter iter;
  gpointer key, value;
  SaveData *d;

  if (self->saving || self->row == NULL || self->store == NULL || !self->editable
      || g_hash_table_size (self->pending) == 0)
    return FALSE;

  change = styre_change_new_update (self->table, styre_row_get_int (self->row, "id"),
                                    styre_row_get_int (self->row, "version"));
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &key, &value))
    styre_change_set_value (change, key, value);

  if (self->validate != NULL
      && (invalid = self->validate (change, self->row, self->validate_data)) != NULL)
    {
      g_signal_emit (self, signals[INVALID], 0, invalid);
      return FALSE;
    }
  g_signal_emit (self, signals[INVALID], 0, NULL);

  self->saving = TRUE;
  d = g_new0 (SaveData, 1);
  d->self = g_object_ref (self);
  d->generation = self->generation;
  d->change = styre_change_ref (change);
  d->base = styre_row_ref (self->row);
  styre_save_change_async (any_widget (self), self->store, change, self->row, self->label_func,
                           self->label_data, saved_cb, d);
  return TRUE;
}

static void
save_timeout_cb (gpointer data)
{
  StyreRowBinding *self = data;

  self->save_source = 0;
  if (self->held)
    return;
  if (self->saving)
    {
      schedule_save (self, SAVE_DELAY_MS);
      return;
    }
  save_now (self);
}

static void
schedule_save (StyreRowBinding *self,
               guint            delay_ms)
{
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add_once (delay_ms, save_timeout_cb, self);
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_row_binding_dispose (GObject *object)
{
  StyreRowBinding *self = (StyreRowBinding *)object;

  /* Typed and not saved: save it now, on its own (the save keeps what it needs). */
  if (!self->saving && g_hash_table_size (self->pending) > 0 && !self->held)
    save_now (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *b = g_ptr_array_index (self->bindings, i);
      GObject *target = G_OBJECT (b->kind == BIND_TEXT_VIEW
                                  ? (gpointer) gtk_text_view_get_buffer (GTK_TEXT_VIEW (b->widget))
                                  : (gpointer) b->widget);
      g_signal_handlers_disconnect_by_data (target, b);
    }
  g_ptr_array_set_size (self->bindings, 0);
  g_clear_object (&self->store);
  g_clear_pointer (&self->row, styre_row_unref);
  g_clear_pointer (&self->deferred, styre_row_unref);
  forget_undo (self);

  G_OBJECT_CLASS (styre_row_binding_parent_class)->dispose (object);
}

static void
styre_row_binding_finalize (GObject *object)
{
  StyreRowBinding *self = (StyreRowBinding *)object;

  g_free (self->table);
  g_free (self->undo_label);
  g_hash_table_unref (self->pending);
  g_ptr_array_unref (self->bindings);

  G_OBJECT_CLASS (styre_row_binding_parent_class)->finalize (object);
}

static void
styre_row_binding_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  StyreRowBinding *self = STYRE_ROW_BINDING (object);

  switch (prop_id)
    {
    case PROP_UNSAVED:
      g_value_set_boolean (value, styre_row_binding_has_unsaved (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_row_binding_class_init (StyreRowBindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = styre_row_binding_dispose;
  object_class->finalize = styre_row_binding_finalize;
  object_class->get_property = styre_row_binding_get_property;

  /**
   * StyreRowBinding:unsaved:
   *
   * Whether something typed is not saved yet.
   */
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StyreRowBinding::saved:
   *
   * A change was saved.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * StyreRowBinding::save-failed:
   * @message: why, for a person
   *
   * A save failed; what was typed is kept and saved with the next edit.
   */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       G_TYPE_STRING);
  /**
   * StyreRowBinding::invalid:
   * @message: (nullable): why what was typed cannot be saved yet, or %NULL when it can
   */
  signals[INVALID] = g_signal_new ("invalid", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
styre_row_binding_init (StyreRowBinding *self)
{
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, value_free);
  self->bindings = g_ptr_array_new_with_free_func (binding_free);
  self->editable = TRUE;
}

/* ── public ──────────────────────────────────────────────────────────────────────────── */

/**
 * styre_row_binding_new:
 * @table: the table of the rows it edits
 */
StyreRowBinding *
styre_row_binding_new (const char *table)
{
  StyreRowBinding *self = g_object_new (STYRE_TYPE_ROW_BINDING, NULL);

  self->table = g_strdup (table);
  return self;
}

void
styre_row_binding_set_store (StyreRowBinding *self,
                             StyreStore      *store)
{
  g_return_if_fail (STYRE_IS_ROW_BINDING (self));
  g_set_object (&self->store, store);
}

/* The same row read again: merge it under what the person is typing. */
static void
apply_row (StyreRowBinding *self,
           StyreRow        *row)
{
  GHashTableIter iter;
  gpointer key;
  gboolean collides = FALSE;

  if (styre_row_get_int (row, "version") == styre_row_get_int (self->row, "version"))
    return;

  /* A column the person is editing was changed by someone else: keep the row they
   * started from, so saving shows both values instead of overwriting. */
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!styre_value_equal (row_value (row, key), row_value (self->row, key)))
      collides = TRUE;
  if (collides)
    return;

  g_clear_pointer (&self->row, styre_row_unref);
  self->row = styre_row_ref (row);
  show_row (self);
}

/**
 * styre_row_binding_set_row:
 * @row: (nullable): the row to edit, as just read from the file
 *
 * Shows @row. Another row than before: what was typed for the old one is saved first.
 * The same row read again: see apply_row().
 */
void
styre_row_binding_set_row (StyreRowBinding *self,
                           StyreRow        *row)
{
  g_return_if_fail (STYRE_IS_ROW_BINDING (self));

  if (self->row != NULL && row != NULL
      && styre_row_get_int (self->row, "id") == styre_row_get_int (row, "id"))
    {
      if (self->saving)
        {
          g_clear_pointer (&self->deferred, styre_row_unref);
          self->deferred = styre_row_ref (row);
          return;
        }
      apply_row (self, row);
      return;
    }

  styre_row_binding_flush (self);
  g_hash_table_remove_all (self->pending);
  g_clear_pointer (&self->deferred, styre_row_unref);
  g_clear_pointer (&self->row, styre_row_unref);
  self->row = row ? styre_row_ref (row) : NULL;
  self->generation++;
  self->saving = FALSE;
  self->held = FALSE;
  if (row != NULL)
    {
      for (guint i = 0; i < self->bindings->len; i++)
        show_value (g_ptr_array_index (self->bindings, i),
                    row_value (row, ((Binding *) self->bindings->pdata[i])->column));
    }
  g_signal_emit (self, signals[INVALID], 0, NULL);
  notify_unsaved (self);
}

/**
 * styre_row_binding_get_row:
 *
 * Returns: (transfer none) (nullable): the row as last read or saved
 */
StyreRow *
styre_row_binding_get_row (StyreRowBinding *self)
{
  g_return_val_if_fail (STYRE_IS_ROW_BINDING (self), NULL);
  return self->row;
}

gint64
styre_row_binding_get_id (StyreRowBinding *self)
{
  g_return_val_if_fail (STYRE_IS_ROW_BINDING (self), 0);
  return self->row ? styre_row_get_int (self->row, "id") : 0;
}

/**
 * styre_row_binding_set_editable:
 *
 * A read-only file, or locked minutes: the bound widgets show the row and cannot change
 * it (text stays readable).
 */
void
styre_row_binding_set_editable (StyreRowBinding *self,
                                gboolean         editable)
{
  g_return_if_fail (STYRE_IS_ROW_BINDING (self));

  self->editable = !!editable;
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *b = g_ptr_array_index (self->bindings, i);

      if (b->kind == BIND_TEXT_VIEW)
        {
          gtk_text_view_set_editable (GTK_TEXT_VIEW (b->widget), self->editable);
          gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (b->widget), self->editable);
        }
      else if (GTK_IS_EDITABLE (b->widget) && !GTK_IS_SPIN_BUTTON (b->widget))
        gtk_editable_set_editable (GTK_EDITABLE (b->widget), self->editable);
      else
        gtk_widget_set_sensitive (b->widget, self->editable);
    }
}

gboolean
styre_row_binding_get_editable (StyreRowBinding *self)
{
  g_return_val_if_fail (STYRE_IS_ROW_BINDING (self), FALSE);
  return self->editable;
}

/**
 * styre_row_binding_has_unsaved:
 *
 * Returns: whether something typed is not saved yet (or is being saved)
 */
gboolean
styre_row_binding_has_unsaved (StyreRowBinding *self)
{
  g_return_val_if_fail (STYRE_IS_ROW_BINDING (self), FALSE);
  return g_hash_table_size (self->pending) > 0 || self->saving;
}

/**
 * styre_row_binding_flush:
 *
 * Saves what is pending now instead of after the pause.
 */
void
styre_row_binding_flush (StyreRowBinding *self)
{
  g_return_if_fail (STYRE_IS_ROW_BINDING (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->held = FALSE;
  save_now (self);
}

/**
 * styre_row_binding_set_undo_label:
 * @label: (nullable): what Undo undoes, e.g. "Edit agenda item"; %NULL: saves are not
 *   put on the undo stack
 *
 * Puts each save on the undo stack of the window the widgets are in.
 */
void
styre_row_binding_set_undo_label (StyreRowBinding *self,
                                  const char      *label)
{
  g_return_if_fail (STYRE_IS_ROW_BINDING (self));
  g_free (self->undo_label);
  self->undo_label = g_strdup (label);
  forget_undo (self);
}

void
styre_row_binding_set_label_func (StyreRowBinding        *self,
                                  StyreConflictLabelFunc  func,
                                  gpointer                user_data)
{
  g_return_if_fail (STYRE_IS_ROW_BINDING (self));
  self->label_func = func;
  self->label_data = user_data;
}

void
styre_row_binding_set_validate (StyreRowBinding             *self,
                                StyreRowBindingValidateFunc  func,
                                gpointer                     user_data)
{
  g_return_if_fail (STYRE_IS_ROW_BINDING (self));
  self->validate = func;
  self->validate_data = user_data;
}

/**
 * styre_row_binding_bind_entry:
 * @null_if_empty: an empty entry saves NULL (e.g. a legal basis), not ""
 */
void
styre_row_binding_bind_entry (StyreRowBinding *self,
                              GtkEditable     *editable,
                              const char      *column,
                              gboolean         null_if_empty)
{
  Binding *b = add_binding (self, GTK_WIDGET (editable), column, BIND_ENTRY);

  b->null_if_empty = null_if_empty;
  if (self->row != NULL)
    show_value (b, row_value (self->row, column));
  g_signal_connect_swapped (editable, "changed", G_CALLBACK (widget_changed_cb), b);
}

void
styre_row_binding_bind_text_view (StyreRowBinding *self,
                                  GtkTextView     *view,
                                  const char      *column)
{
  Binding *b = add_binding (self, GTK_WIDGET (view), column, BIND_TEXT_VIEW);

  if (self->row != NULL)
    show_value (b, row_value (self->row, column));
  g_signal_connect_swapped (gtk_text_view_get_buffer (view), "changed",
                            G_CALLBACK (widget_changed_cb), b);
}

/**
 * styre_row_binding_bind_spin:
 * @zero_is_null: 0 saves NULL ("not set")
 */
void
styre_row_binding_bind_spin (StyreRowBinding *self,
                             GtkSpinButton   *spin,
                             const char      *column,
                             gboolean         zero_is_null)
{
  Binding *b = add_binding (self, GTK_WIDGET (spin), column, BIND_SPIN);

  b->null_if_empty = zero_is_null;
  if (self->row != NULL)
    show_value (b, row_value (self->row, column));
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (widget_changed_cb), b);
}

void
styre_row_binding_bind_switch (StyreRowBinding *self,
                               GtkSwitch       *widget,
                               const char      *column)
{
  Binding *b = add_binding (self, GTK_WIDGET (widget), column, BIND_SWITCH);

  if (self->row != NULL)
    show_value (b, row_value (self->row, column));
  g_signal_connect_swapped (widget, "notify::active", G_CALLBACK (widget_changed_cb), b);
}

/**
 * styre_row_binding_bind_drop_down:
 * @drop_down: a #GtkDropDown or an #AdwComboRow: anything with a "selected" item
 * @ids: the stored value of each of the drop-down's items; "" stores NULL
 */
void
styre_row_binding_bind_drop_down (StyreRowBinding    *self,
                                  GtkWidget          *drop_down,
                                  const char         *column,
                                  const char * const *ids)
{
  Binding *b = add_binding (self, GTK_WIDGET (drop_down), column, BIND_DROP_DOWN);

  b->ids = g_strdupv ((char **) ids);
  if (self->row != NULL)
    show_value (b, row_value (self->row, column));
  g_signal_connect_swapped (drop_down, "notify::selected", G_CALLBACK (widget_changed_cb), b);
}

/**
 * styre_row_binding_bind_id_drop_down:
 * @ids: (element-type gint64): the row id of each item; 0 stores NULL
 */
void
styre_row_binding_bind_id_drop_down (StyreRowBinding *self,
                                     GtkWidget       *drop_down,
                                     const char      *column,
                                     GArray          *ids)
{
  Binding *b = add_binding (self, GTK_WIDGET (drop_down), column, BIND_ID_DROP_DOWN);

  b->int_ids = g_array_ref (ids);
  if (self->row != NULL)
    show_value (b, row_value (self->row, column));
  g_signal_connect_swapped (drop_down, "notify::selected", G_CALLBACK (widget_changed_cb), b);
}

/**
 * styre_row_binding_bind_custom:
 * @show: shows a value in @widget
 *
 * For widgets the editor does not know: @show fills them, and the caller reports the
 * person's edits with styre_row_binding_set_value().
 */
void
styre_row_binding_bind_custom (StyreRowBinding         *self,
                               GtkWidget               *widget,
                               const char              *column,
                               StyreRowBindingShowFunc  show,
                               gpointer                 user_data)
{
  Binding *b = add_binding (self, widget, column, BIND_CUSTOM);

  b->show = show;
  b->show_data = user_data;
  if (self->row != NULL)
    show_value (b, row_value (self->row, column));
}

/**
 * styre_row_binding_unbind:
 *
 * Forgets the bindings of @widget, e.g. before binding it again with other choices.
 */
void
styre_row_binding_unbind (StyreRowBinding *self,
                          GtkWidget       *widget)
{
  g_return_if_fail (STYRE_IS_ROW_BINDING (self));

  for (guint i = self->bindings->len; i > 0; i--)
    {
      Binding *b = g_ptr_array_index (self->bindings, i - 1);
      GObject *target;

      if (b->widget != widget)
        continue;
      target = G_OBJECT (b->kind == BIND_TEXT_VIEW
                         ? (gpointer) gtk_text_view_get_buffer (GTK_TEXT_VIEW (b->widget))
                         : (gpointer) b->widget);
      g_signal_handlers_disconnect_by_data (target, b);
      g_ptr_array_remove_index (self->bindings, i - 1);
    }
}

/**
 * styre_row_binding_set_value:
 *
 * The person set @column to @value (through a widget bound with bind_custom(), or an
 * action such as "Adopted as Proposed"); it is saved like a typed value.
 */
void
styre_row_binding_set_value (StyreRowBinding  *self,
                             const char       *column,
                             const StyreValue *value)
{
  g_return_if_fail (STYRE_IS_ROW_BINDING (self));

  if (self->row == NULL || self->updating)
    return;
  take_pending (self, column, value_dup (value));
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *b = g_ptr_array_index (self->bindings, i);
      if (g_str_equal (b->column, column))
        show_value (b, value);
    }
  schedule_save (self, 50);
}

/**
 * styre_row_binding_get_value:
 *
 * Returns: (transfer none): what the person sees in @column: the pending value, or the row's
 */
const StyreValue *
styre_row_binding_get_value (StyreRowBinding *self,
                             const char      *column)
{
  const StyreValue *v;

  g_return_val_if_fail (STYRE_IS_ROW_BINDING (self), &null_value);

  v = g_hash_table_lookup (self->pending, column);
  return v ? v : row_value (self->row, column);
}

/* ── saving one change with the conflict rules ───────────────────────────────────────── */

typedef struct
{
  StyreStore             *store;
  StyreChange            *change;
  StyreRow               *base;
  StyreConflictLabelFunc  label_func;
  gpointer                label_data;
  GtkWidget              *widget;
  guint                   attempts;
} SaveJob;

static void
save_job_free (gpointer data)
{
  SaveJob *job = data;

  g_clear_object (&job->store);
  g_clear_pointer (&job->change, styre_change_unref);
  g_clear_pointer (&job->base, styre_row_unref);
  g_clear_object (&job->widget);
  g_free (job);
}

static void attempt (GTask *task);

typedef struct
{
  char   *table;
  gint64  id;
} ReadData;

static void
read_data_free (gpointer data)
{
  ReadData *d = data;

  g_free (d->table);
  g_free (d);
}

/* Runs on a worker thread. */
static gpointer
read_row_func (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  ReadData *d = data;

  return styre_store_read_row (store, d->table, d->id, error);
}

static void
read_row_async (StyreStore          *store,
                const char          *table,
                gint64               id,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  ReadData *d = g_new0 (ReadData, 1);

  d->table = g_strdup (table);
  d->id = id;
  styre_gui_query_async (NULL, store, read_row_func, d, read_data_free,
                         (GDestroyNotify) styre_row_unref, NULL, callback, user_data);
}

static void
fresh_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveJob *job = g_task_get_task_data (task);
  StyreRow *fresh = styre_gui_query_finish (result, NULL);

  /* Saved; the fresh row is a courtesy (the reload brings it too). */
  if (fresh != NULL)
    g_object_set_data_full (G_OBJECT (task), "fresh-row", fresh,
                            (GDestroyNotify) styre_row_unref);
  g_task_return_pointer (task, styre_change_ref (job->change),
                         (GDestroyNotify) styre_change_unref);
}

static void
conflict_response_cb (StyreConflictDialog *dialog,
                      const char          *response,
                      GTask               *task)
{
  SaveJob *job = g_task_get_task_data (task);

  if (g_strcmp0 (response, "save") == 0)
    {
      styre_conflict_dialog_apply_choices (dialog, job->change);
      attempt (task);
      return;
    }
  g_task_return_new_error (task, STYRE_ERROR, STYRE_ERROR_CONFLICT, "%s",
                           _("Your changes are kept and not saved yet. Edit again to save them."));
  g_object_unref (task);
}

static void
current_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  SaveJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) current = styre_gui_query_finish (result, &error);
  g_autoptr(GPtrArray) conflicts = NULL;
  StyreChange *rebased;
  const char *reason;

  if (current == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  rebased = styre_change_rebase (job->change, job->base, current, &conflicts);
  reason = g_object_get_data (G_OBJECT (task), "reason");
  styre_change_unref (job->change);
  job->change = rebased;
  g_clear_pointer (&job->base, styre_row_unref);
  job->base = g_steal_pointer (&current);

  if (conflicts->len == 0)
    {
      attempt (task);
      return;
    }

  {
    GtkRoot *root = job->widget ? gtk_widget_get_root (job->widget) : NULL;
    StyreConflictDialog *dialog =
      styre_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 reason ? reason : "", conflicts, job->label_func,
                                 job->label_data);

    g_signal_connect (dialog, "response", G_CALLBACK (conflict_response_cb), task);
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

static void
applied_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask *task = user_data;
  SaveJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (styre_gui_apply_finish (result, &error))
    {
      if (styre_change_get_kind (job->change) == STYRE_CHANGE_UPDATE)
        read_row_async (job->store, styre_change_get_table (job->change),
                        styre_change_get_id (job->change), fresh_read_cb, task);
      else
        {
          g_task_return_pointer (task, styre_change_ref (job->change),
                                 (GDestroyNotify) styre_change_unref);
          g_object_unref (task);
        }
      return;
    }

  if (g_error_matches (error, STYRE_ERROR, STYRE_ERROR_CONFLICT) && job->base != NULL
      && styre_change_get_kind (job->change) == STYRE_CHANGE_UPDATE
      && job->attempts < MAX_ATTEMPTS)
    {
      g_object_set_data_full (G_OBJECT (task), "reason", g_strdup (error->message), g_free);
      read_row_async (job->store, styre_change_get_table (job->change),
                      styre_change_get_id (job->change), current_read_cb, task);
      return;
    }
  g_task_return_error (task, g_steal_pointer (&error));
  g_object_unref (task);
}

static void
attempt (GTask *task)
{
  SaveJob *job = g_task_get_task_data (task);
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();

  job->attempts++;
  g_ptr_array_add (changes, job->change);
  styre_gui_apply_async (job->widget, job->store, changes, NULL, applied_cb, task);
}

/**
 * styre_save_change_async:
 * @widget: (nullable): where a conflict dialog belongs
 * @base: (nullable): the row the person started from; without it a conflict is an error
 * @label_func: (nullable): names columns and values in the conflict dialog
 *
 * Saves @change on a worker thread. If someone else saved the row first, the fields only
 * one of them changed are merged and it is saved again; fields both changed are shown in
 * a #StyreConflictDialog.
 */
void
styre_save_change_async (GtkWidget              *widget,
                         StyreStore             *store,
                         StyreChange            *change,
                         StyreRow               *base,
                         StyreConflictLabelFunc  label_func,
                         gpointer                label_data,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  GTask *task;
  SaveJob *job;

  g_return_if_fail (STYRE_IS_STORE (store));
  g_return_if_fail (change != NULL);

  job = g_new0 (SaveJob, 1);
  job->store = g_object_ref (store);
  job->change = styre_change_ref (change);
  job->base = base ? styre_row_ref (base) : NULL;
  job->label_func = label_func;
  job->label_data = label_data;
  job->widget = widget ? g_object_ref (widget) : NULL;

  task = g_task_new (NULL, NULL, callback, user_data);
  g_task_set_source_tag (task, styre_save_change_async);
  g_task_set_task_data (task, job, save_job_free);
  attempt (task);
}

/**
 * styre_save_change_finish:
 *
 * Returns: (transfer full): the change as saved (perhaps merged), or %NULL with @error;
 *   the row read after the save is on the result as "fresh-row"
 */
StyreChange *
styre_save_change_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
