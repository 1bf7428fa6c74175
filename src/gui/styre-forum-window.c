/* styre-forum-window.c — a forum's settings, members and standing items
 *
 * Everything is saved as it is changed, each row with its own editor (StyreRowBinding:
 * version checks, merges and the conflict dialog). When the file changes the window reads
 * the forum again; rows that are being edited keep what is typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-forum-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "styre-options.h"
#include "styre-forum-window.h"
#include "styre-forum.h"
#include "styre-gui.h"
#include "styre-meeting-context.h"
#include "styre-row-binding.h"

struct _StyreForumWindow
{
  AdwPreferencesWindow  parent_instance;

  StyreStore           *store;
  gint64                forum_id;
  StyreForum           *forum;
  GPtrArray            *people;        /* of StyreOption */
  GHashTable           *rows;          /* "member:ID" or "standing:ID" → RowEntry */
  StyreRowBinding      *editor;
  GCancellable         *cancellable;
  GtkWidget            *add_member_button;
  gboolean              bound;
  gboolean              typing;

  AdwEntryRow          *name_row;
  AdwEntryRow          *short_name_row;
  AdwEntryRow          *description_row;
  AdwEntryRow          *place_row;
  AdwEntryRow          *start_row;
  GtkSpinButton        *minutes_spin;
  AdwComboRow          *digits_row;
  GtkSwitch            *number_switch;
  AdwPreferencesGroup  *members_group;
  AdwPreferencesGroup  *standing_group;
  GtkButton            *add_standing_button;
};

G_DEFINE_FINAL_TYPE (StyreForumWindow, styre_forum_window, ADW_TYPE_PREFERENCES_WINDOW)

typedef struct
{
  GtkWidget         *row;
  StyreRowBinding *editor;
  gboolean           seen;
} RowEntry;

static void
row_entry_free (gpointer data)
{
  RowEntry *e = data;

  if (e->editor != NULL)
    {
      styre_row_binding_flush (e->editor);
      g_object_run_dispose (G_OBJECT (e->editor));
    }
  g_clear_object (&e->editor);
  g_clear_object (&e->row);
  g_free (e);
}

/* What the forum window reads on a worker thread. */
typedef struct
{
  StyreForum *forum;
  GPtrArray  *people;
  GHashTable *rows;      /* "member:ID" / "standing:ID" → StyreRow */
} ForumData;

static void
forum_data_free (gpointer data)
{
  ForumData *d = data;

  g_clear_pointer (&d->forum, styre_forum_unref);
  g_clear_pointer (&d->people, g_ptr_array_unref);
  g_clear_pointer (&d->rows, g_hash_table_unref);
  g_free (d);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ForumData, forum_data_free)

static gpointer
load_forum (StyreStore  *store,
            gpointer     data,
            GError     **error)
{
  g_autoptr(ForumData) d = g_new0 (ForumData, 1);
  gint64 forum_id = *(gint64 *) data;

  d->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) styre_row_unref);
  if ((d->forum = styre_store_load_forum (store, forum_id, error)) == NULL
      || (d->people = styre_store_list_options (store, STYRE_OPTION_PERSON, error)) == NULL)
    return NULL;
  for (guint i = 0; i < d->forum->members->len; i++)
    {
      StyreForumMember *m = g_ptr_array_index (d->forum->members, i);
      StyreRow *row = styre_store_read_row (store, "forum_member", m->id, NULL);
      if (row != NULL)
        g_hash_table_insert (d->rows, g_strdup_printf ("member:%" G_GINT64_FORMAT, m->id), row);
    }
  for (guint i = 0; i < d->forum->standing->len; i++)
    {
      StyreStandingItem *s = g_ptr_array_index (d->forum->standing, i);
      StyreRow *row = styre_store_read_row (store, "standing_item", s->id, NULL);
      if (row != NULL)
        g_hash_table_insert (d->rows, g_strdup_printf ("standing:%" G_GINT64_FORMAT, s->id), row);
    }
  return g_steal_pointer (&d);
}

static void
toast (StyreForumWindow *self,
       const char       *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static gboolean
writable (StyreForumWindow *self)
{
  return self->store != NULL && !styre_store_is_read_only (self->store);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(StyreForumWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) change = styre_save_change_finish (result, &error);

  if (change == NULL)
    toast (self, error->message);
}

static void
save (StyreForumWindow *self,
      StyreChange      *change)
{
  g_autoptr(StyreChange) owned = change;

  styre_save_change_async (GTK_WIDGET (self), self->store, owned, NULL,
                           styre_meeting_label_column, NULL, saved_cb, g_object_ref (self));
}

static void
editor_failed_cb (StyreForumWindow *self,
                  const char       *message)
{
  toast (self, message);
}

static StyreRowBinding *
new_editor (StyreForumWindow *self,
            const char       *table)
{
  StyreRowBinding *editor = styre_row_binding_new (table);

  styre_row_binding_set_store (editor, self->store);
  styre_row_binding_set_label_func (editor, styre_meeting_label_column, NULL);
  g_signal_connect_object (editor, "save-failed", G_CALLBACK (editor_failed_cb), self,
                           G_CONNECT_SWAPPED);
  return editor;
}

/* ── the usual start ─────────────────────────────────────────────────────────────────── */

static void
show_start (GtkWidget        *widget,
            const StyreValue *value,
            gpointer          user_data)
{
  StyreForumWindow *self = user_data;

  if (self->typing || value == NULL || value->type != STYRE_VALUE_TEXT)
    return;
  gtk_editable_set_text (GTK_EDITABLE (widget), value->s);
}

static void
start_edited_cb (StyreForumWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  int h, m;
  char rest;

  if (sscanf (text, "%d:%d%c", &h, &m, &rest) == 2 || sscanf (text, "%d.%d%c", &h, &m, &rest) == 2)
    {
      if (h >= 0 && h < 24 && m >= 0 && m < 60)
        {
          g_autofree char *normal = g_strdup_printf ("%02d:%02d", h, m);
          StyreValue value = { .type = STYRE_VALUE_TEXT, .s = normal };

          gtk_widget_remove_css_class (GTK_WIDGET (self->start_row), "error");
          self->typing = TRUE;
          styre_row_binding_set_value (self->editor, "default_start", &value);
          self->typing = FALSE;
          return;
        }
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->start_row), "error");
}

/* ── members ─────────────────────────────────────────────────────────────────────────── */

static void
remove_clicked_cb (GtkButton        *button,
                   StyreForumWindow *self)
{
  const char *table = g_object_get_data (G_OBJECT (button), "table");
  StyreRowBinding *editor = g_object_get_data (G_OBJECT (button), "editor");
  StyreRow *row = styre_row_binding_get_row (editor);

  if (row != NULL)
    save (self, styre_change_new_delete (table, styre_row_get_int (row, "id"),
                                         styre_row_get_int (row, "version")));
}

static GtkWidget *
remove_button (StyreForumWindow *self,
               const char       *table,
               StyreRowBinding  *editor)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove"));
  gtk_widget_set_sensitive (button, writable (self));
  g_object_set_data_full (G_OBJECT (button), "table", g_strdup (table), g_free);
  g_object_set_data (G_OBJECT (button), "editor", editor);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), self);
  return button;
}

static RowEntry *
member_row (StyreForumWindow *self,
            StyreForumMember *m)
{
  /* The participant roles a forum member can have: guests are called to one item only. */
  static const char * const ids[] = { "chair", "member", "substitute", "adviser", "secretary",
                                      "observer", NULL };
  RowEntry *e = g_new0 (RowEntry, 1);
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *role;
  StyreOption *person = styre_options_find (self->people, m->person_id);

  for (guint i = 0; ids[i] != NULL; i++)
    gtk_string_list_append (labels, styre_vocabulary_label (STYRE_VOCAB_PARTICIPANT_ROLE, ids[i]));
  role = gtk_drop_down_new (G_LIST_MODEL (labels), NULL);

  e->row = g_object_ref_sink (adw_action_row_new ());
  e->editor = new_editor (self, "forum_member");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (e->row), m->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (e->row), FALSE);
  if (person != NULL && person->detail != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (e->row), person->detail);
  gtk_widget_set_valign (role, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (role), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Role"), -1);
  styre_row_binding_bind_drop_down (e->editor, role, "role", ids);
  adw_action_row_add_suffix (ADW_ACTION_ROW (e->row), role);
  adw_action_row_add_suffix (ADW_ACTION_ROW (e->row), remove_button (self, "forum_member", e->editor));
  return e;
}

static void
add_member (StyreForumWindow *self,
            gint64            person_id)
{
  StyreChange *change;

  for (guint i = 0; self->forum != NULL && i < self->forum->members->len; i++)
    if (((StyreForumMember *) self->forum->members->pdata[i])->person_id == person_id)
      return;
  change = styre_change_new_insert ("forum_member");
  styre_change_set_int (change, "forum_id", self->forum_id);
  styre_change_set_int (change, "person_id", person_id);
  styre_change_set_text (change, "role", "member");
  styre_change_set_int (change, "position", self->forum ? (gint64) self->forum->members->len : 0);
  save (self, change);
}

/* ── standing items ──────────────────────────────────────────────────────────────────── */

static void
update_standing_title (AdwExpanderRow   *row,
                       StyreStandingItem *s)
{
  /* Translators: a standing item's summary, e.g. "Decision · 5 min" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %d min%s"),
                                               styre_vocabulary_label (STYRE_VOCAB_ITEM_TYPE,
                                                                       s->item_type),
                                               s->planned_minutes,
                                               s->at_end ? _(" · at the end") : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->title);
  adw_expander_row_set_subtitle (row, subtitle);
}

static RowEntry *
standing_row (StyreForumWindow  *self,
              StyreStandingItem *s)
{
  RowEntry *e = g_new0 (RowEntry, 1);
  GtkWidget *title = adw_entry_row_new ();
  GtkWidget *kind = adw_combo_row_new ();
  GtkWidget *type = adw_combo_row_new ();
  GtkWidget *minutes_row = adw_action_row_new ();
  GtkWidget *minutes = gtk_spin_button_new_with_range (1, 600, 5);
  GtkWidget *end_row = adw_action_row_new ();
  GtkWidget *at_end = gtk_switch_new ();
  g_autoptr(GtkStringList) kinds = styre_vocabulary_string_list (STYRE_VOCAB_STANDING_KIND);
  g_autoptr(GtkStringList) types = styre_vocabulary_string_list (STYRE_VOCAB_ITEM_TYPE);

  e->row = g_object_ref_sink (adw_expander_row_new ());
  e->editor = new_editor (self, "standing_item");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (e->row), FALSE);
  update_standing_title (ADW_EXPANDER_ROW (e->row), s);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title), _("Title"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (kinds));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (type), _("Type"));
  adw_combo_row_set_model (ADW_COMBO_ROW (type), G_LIST_MODEL (types));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (minutes_row), _("Planned minutes"));
  gtk_widget_set_valign (minutes, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (minutes), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Planned minutes"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (minutes_row), minutes);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (end_row), _("At the end of the agenda"));
  gtk_widget_set_valign (at_end, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (end_row), at_end);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (end_row), at_end);

  styre_row_binding_bind_entry (e->editor, GTK_EDITABLE (title), "title", FALSE);
  styre_row_binding_bind_drop_down (e->editor, kind, "standing_kind",
                                    styre_vocabulary_ids (STYRE_VOCAB_STANDING_KIND));
  styre_row_binding_bind_drop_down (e->editor, type, "item_type",
                                    styre_vocabulary_ids (STYRE_VOCAB_ITEM_TYPE));
  styre_row_binding_bind_spin (e->editor, GTK_SPIN_BUTTON (minutes), "planned_minutes", FALSE);
  styre_row_binding_bind_switch (e->editor, GTK_SWITCH (at_end), "at_end");

  adw_expander_row_add_row (ADW_EXPANDER_ROW (e->row), title);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (e->row), kind);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (e->row), type);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (e->row), minutes_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (e->row), end_row);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (e->row),
                               remove_button (self, "standing_item", e->editor));
  return e;
}

static void
add_standing_clicked_cb (StyreForumWindow *self)
{
  StyreChange *change = styre_change_new_insert ("standing_item");
  int position = 1;

  for (guint i = 0; self->forum != NULL && i < self->forum->standing->len; i++)
    position = MAX (position, ((StyreStandingItem *) self->forum->standing->pdata[i])->position + 1);
  styre_change_set_int (change, "forum_id", self->forum_id);
  styre_change_set_int (change, "position", position);
  styre_change_set_text (change, "standing_kind", "other");
  /* Translators: the title of a standing item just added, to be changed */
  styre_change_set_text (change, "title", _("New standing item"));
  styre_change_set_text (change, "item_type", "information");
  styre_change_set_int (change, "planned_minutes", 5);
  save (self, change);
}

/* ── showing the forum ───────────────────────────────────────────────────────────────── */

/* Rows are kept by id: a row being edited is not rebuilt, only given the new row. */
static void
show_rows (StyreForumWindow *self,
           ForumData        *d,
           gboolean          members)
{
  AdwPreferencesGroup *group = members ? self->members_group : self->standing_group;
  GPtrArray *list = members ? d->forum->members : d->forum->standing;
  const char *prefix = members ? "member" : "standing";
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_prefix (key, prefix))
      ((RowEntry *) value)->seen = FALSE;

  for (guint i = 0; i < list->len; i++)
    {
      gint64 id = members ? ((StyreForumMember *) list->pdata[i])->id
                          : ((StyreStandingItem *) list->pdata[i])->id;
      g_autofree char *k = g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix, id);
      StyreRow *row = g_hash_table_lookup (d->rows, k);
      RowEntry *e = g_hash_table_lookup (self->rows, k);

      if (row == NULL)
        continue;
      if (e == NULL)
        {
          e = members ? member_row (self, list->pdata[i]) : standing_row (self, list->pdata[i]);
          adw_preferences_group_add (group, e->row);
          g_hash_table_insert (self->rows, g_strdup (k), e);
        }
      else if (!members)
        update_standing_title (ADW_EXPANDER_ROW (e->row), list->pdata[i]);
      styre_row_binding_set_store (e->editor, self->store);
      styre_row_binding_set_editable (e->editor, writable (self));
      styre_row_binding_set_row (e->editor, row);
      e->seen = TRUE;
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_prefix (key, prefix) && !((RowEntry *) value)->seen)
      {
        adw_preferences_group_remove (group, ((RowEntry *) value)->row);
        g_hash_table_iter_remove (&iter);
      }
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ForumData) d = styre_gui_query_finish (result, &error);
  StyreForumWindow *self;

  if (d == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = STYRE_FORUM_WINDOW (object);
  if (d == NULL)
    {
      toast (self, error->message);
      return;
    }

  g_clear_pointer (&self->forum, styre_forum_unref);
  self->forum = styre_forum_ref (d->forum);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  self->people = g_ptr_array_ref (d->people);

  if (!self->bound)
    {
      styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->name_row), "name", FALSE);
      styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->short_name_row),
                                    "short_name", FALSE);
      styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->description_row),
                                    "description", FALSE);
      styre_row_binding_bind_entry (self->editor, GTK_EDITABLE (self->place_row),
                                    "default_place", FALSE);
      styre_row_binding_bind_custom (self->editor, GTK_WIDGET (self->start_row), "default_start",
                                     show_start, self);
      styre_row_binding_bind_spin (self->editor, self->minutes_spin, "default_minutes", FALSE);
      {
        g_autoptr(GArray) digits = g_array_new (FALSE, FALSE, sizeof (gint64));
        gint64 two = 2, three = 3;
        g_array_append_val (digits, two);
        g_array_append_val (digits, three);
        styre_row_binding_bind_id_drop_down (self->editor, GTK_WIDGET (self->digits_row),
                                             "case_number_digits", digits);
      }
      styre_row_binding_bind_switch (self->editor, self->number_switch, "number_standing_items");
      self->bound = TRUE;
    }
  styre_row_binding_set_editable (self->editor, writable (self));
  gtk_editable_set_editable (GTK_EDITABLE (self->start_row), writable (self));
  styre_row_binding_set_row (self->editor, d->forum->row);
  gtk_window_set_title (GTK_WINDOW (self), styre_row_get_text (d->forum->row, "name"));

  show_rows (self, d, TRUE);
  show_rows (self, d, FALSE);

  if (self->add_member_button != NULL)
    adw_preferences_group_set_header_suffix (self->members_group, NULL);
  self->add_member_button = styre_meeting_chooser_button (_("_Add Member…"), self->people,
                                                          (StyreChosenFunc) add_member, self,
                                                          writable (self), self->store);
  adw_preferences_group_set_header_suffix (self->members_group, self->add_member_button);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_standing_button), writable (self));
}

static void
load (StyreForumWindow *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  styre_gui_query_async (self, self->store, load_forum,
                         g_memdup2 (&self->forum_id, sizeof self->forum_id), g_free,
                         forum_data_free, self->cancellable, loaded_cb, NULL);
}

static void
store_changed_cb (StyreForumWindow *self)
{
  load (self);
}

static void
styre_forum_window_dispose (GObject *object)
{
  StyreForumWindow *self = (StyreForumWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->editor != NULL)
    {
      styre_row_binding_flush (self->editor);
      g_signal_handlers_disconnect_by_data (self->editor, self);
      g_object_run_dispose (G_OBJECT (self->editor));
    }
  g_clear_object (&self->editor);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->forum, styre_forum_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (styre_forum_window_parent_class)->dispose (object);
}

static void
styre_forum_window_class_init (StyreForumWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_forum_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-forum-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, description_row);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, place_row);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, start_row);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, digits_row);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, number_switch);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, members_group);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, standing_group);
  gtk_widget_class_bind_template_child (widget_class, StyreForumWindow, add_standing_button);
}

static void
styre_forum_window_init (StyreForumWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, row_entry_free);
  self->editor = styre_row_binding_new ("forum");
  styre_row_binding_set_label_func (self->editor, styre_meeting_label_column, NULL);
  g_signal_connect_swapped (self->editor, "save-failed", G_CALLBACK (editor_failed_cb), self);
  g_signal_connect_swapped (self->start_row, "changed", G_CALLBACK (start_edited_cb), self);
  g_signal_connect_swapped (self->add_standing_button, "clicked",
                            G_CALLBACK (add_standing_clicked_cb), self);
}

/**
 * styre_forum_window_new:
 *
 * Returns: (transfer floating): a window to edit forum @forum_id of @store
 */
StyreForumWindow *
styre_forum_window_new (GtkWindow  *parent,
                        StyreStore *store,
                        gint64      forum_id)
{
  StyreForumWindow *self = g_object_new (STYRE_TYPE_FORUM_WINDOW, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  self->forum_id = forum_id;
  styre_row_binding_set_store (self->editor, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  load (self);
  return self;
}
