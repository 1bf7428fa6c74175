/* styre-meeting-context.c — what the meeting editors read at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-meeting-context"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "styre-agenda-edit.h"
#include "styre-gui.h"
#include "styre-save.h"
#include "styre-meeting-context.h"
#include "styre-vocabulary.h"

G_DEFINE_BOXED_TYPE (StyreMeetingContext, styre_meeting_context, styre_meeting_context_ref,
                     styre_meeting_context_unref)

static void
context_clear (gpointer data)
{
  StyreMeetingContext *self = data;

  g_clear_object (&self->store);
  g_clear_pointer (&self->agenda, styre_agenda_unref);
  g_clear_pointer (&self->meeting_row, styre_row_unref);
  g_clear_pointer (&self->item_rows, g_hash_table_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->initiatives, g_ptr_array_unref);
  g_clear_pointer (&self->agencies, g_ptr_array_unref);
  g_clear_pointer (&self->focus_areas, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);
}

StyreMeetingContext *
styre_meeting_context_ref (StyreMeetingContext *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
styre_meeting_context_unref (StyreMeetingContext *self)
{
  g_atomic_rc_box_release_full (self, context_clear);
}

/**
 * styre_meeting_context_get_item_row:
 *
 * Returns: (transfer none) (nullable): the item's row as read with the agenda
 */
StyreRow *
styre_meeting_context_get_item_row (StyreMeetingContext *self,
                                    gint64               item_id)
{
  return g_hash_table_lookup (self->item_rows, &item_id);
}

/**
 * styre_meeting_context_can_edit:
 *
 * Returns: whether the meeting's record may be changed: the file is writable and the
 *   minutes are not approved
 */
gboolean
styre_meeting_context_can_edit (StyreMeetingContext *self)
{
  return !self->read_only && !styre_agenda_is_locked (self->agenda);
}

/* Runs on a worker thread. */
static gpointer
load_context (StyreStore  *store,
              gpointer     data,
              GError     **error)
{
  gint64 meeting_id = *(gint64 *) data;
  g_autoptr(StyreMeetingContext) self = g_atomic_rc_box_new0 (StyreMeetingContext);

  self->store = g_object_ref (store);
  self->read_only = styre_store_is_read_only (store);
  self->today = styre_store_today (store);
  self->item_rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) styre_row_unref);

  if ((self->agenda = styre_store_load_agenda (store, meeting_id, error)) == NULL
      || (self->meeting_row = styre_store_read_row (store, "meeting", meeting_id, error)) == NULL
      || (self->people = styre_store_list_options (store, STYRE_OPTION_PERSON, error)) == NULL
      || (self->initiatives = styre_store_list_options (store, STYRE_OPTION_INITIATIVE,
                                                        error)) == NULL
      || (self->agencies = styre_store_list_options (store, STYRE_OPTION_AGENCY, error)) == NULL
      || (self->focus_areas = styre_store_list_options (store, STYRE_OPTION_FOCUS_AREA,
                                                        error)) == NULL
      || (self->changes = styre_store_list_changes_since_notice (store, meeting_id,
                                                                 error)) == NULL)
    return NULL;

  for (guint i = 0; i < self->agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (self->agenda->items, i);
      StyreRow *row = styre_store_read_row (store, "agenda_item", item->id, error);

      /* Deleted between the two reads: the next reload shows it gone. */
      if (row == NULL)
        {
          g_clear_error (error);
          continue;
        }
      g_hash_table_insert (self->item_rows, g_memdup2 (&item->id, sizeof item->id), row);
    }
  return g_steal_pointer (&self);
}

/**
 * styre_meeting_context_load_async:
 *
 * Reads the meeting on a worker thread (STORAGE.md rule 13).
 */
void
styre_meeting_context_load_async (gpointer             source_object,
                                  StyreStore          *store,
                                  gint64               meeting_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  styre_gui_query_async (source_object, store, load_context,
                         g_memdup2 (&meeting_id, sizeof meeting_id), g_free,
                         (GDestroyNotify) styre_meeting_context_unref, cancellable, callback,
                         user_data);
}

StyreMeetingContext *
styre_meeting_context_load_finish (GAsyncResult  *result,
                                   GError       **error)
{
  return styre_gui_query_finish (result, error);
}

/**
 * styre_meeting_run_async:
 * @source_object: (nullable): the widget where the person acted
 *
 * Runs @op — a core rule that saves one user action in one transaction, retrying a busy
 * file — on a worker thread, never on the UI thread (STORAGE.md rule 13), and tells the
 * person about a busy file or a failure the way every save does (styre_gui_write_async()).
 */
void
styre_meeting_run_async (gpointer             source_object,
                         StyreStore          *store,
                         StyreMeetingOp       op,
                         gpointer             data,
                         GDestroyNotify       data_free,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  styre_gui_write_async (source_object, store, op, data, data_free, NULL, NULL, callback,
                         user_data);
}

gboolean
styre_meeting_run_finish (GAsyncResult  *result,
                          GError       **error)
{
  return styre_gui_write_finish (result, error);
}

/**
 * styre_options_string_list:
 * @none_label: (nullable): a first item meaning "nobody", stored as 0
 * @ids: (out) (element-type gint64): the id of each item
 *
 * Returns: (transfer full): the names, for a #GtkDropDown
 */
GtkStringList *
styre_options_string_list (GPtrArray   *choices,
                           const char  *none_label,
                           GArray     **ids)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  gint64 none = 0;

  *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (none_label != NULL)
    {
      gtk_string_list_append (list, none_label);
      g_array_append_val (*ids, none);
    }
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      StyreOption *c = g_ptr_array_index (choices, i);
      gtk_string_list_append (list, c->name);
      g_array_append_val (*ids, c->id);
    }
  return list;
}

/**
 * styre_vocabulary_string_list:
 *
 * Returns: (transfer full): the vocabulary's words, in the order of its ids
 */
GtkStringList *
styre_vocabulary_string_list (StyreVocabulary vocabulary)
{
  const char * const *ids = styre_vocabulary_ids (vocabulary);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    gtk_string_list_append (list, styre_vocabulary_label (vocabulary, ids[i]));
  return list;
}

/**
 * styre_meeting_toast:
 *
 * Says @message in the toast overlay that holds @widget.
 */
void
styre_meeting_toast (GtkWidget  *widget,
                     const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * styre_meeting_label_column:
 *
 * Names the columns of meetings, items and actions, and their values, for the conflict
 * dialog.
 */
char *
styre_meeting_label_column (const char       *column,
                            const StyreValue *value,
                            gpointer          user_data)
{
  static const struct { const char *column; const char *label; StyreVocabulary vocabulary; } names[] = {
    { "title", N_("Title"), STYRE_N_VOCABULARIES },
    { "item_type", N_("Type"), STYRE_VOCAB_ITEM_TYPE },
    { "presenter_id", N_("Presenter"), STYRE_N_VOCABULARIES },
    { "presenter_text", N_("Presenter’s organisation"), STYRE_N_VOCABULARIES },
    { "planned_minutes", N_("Planned minutes"), STYRE_N_VOCABULARIES },
    { "summary", N_("Summary"), STYRE_N_VOCABULARIES },
    { "background", N_("Background"), STYRE_N_VOCABULARIES },
    { "assessment", N_("Assessment"), STYRE_N_VOCABULARIES },
    { "proposed_decision", N_("Proposed decision"), STYRE_N_VOCABULARIES },
    { "decision", N_("Decision"), STYRE_N_VOCABULARIES },
    { "outcome", N_("Outcome"), STYRE_VOCAB_OUTCOME },
    { "dissent", N_("Statement for the record"), STYRE_N_VOCABULARIES },
    { "minutes_note", N_("Discussion"), STYRE_N_VOCABULARIES },
    { "confidentiality", N_("Public access"), STYRE_VOCAB_CONFIDENTIALITY },
    { "legal_basis", N_("Legal basis"), STYRE_N_VOCABULARIES },
    { "starts_at", N_("Starts"), STYRE_N_VOCABULARIES },
    { "ends_at", N_("Ends"), STYRE_N_VOCABULARIES },
    { "place", N_("Place"), STYRE_N_VOCABULARIES },
    { "video_link", N_("Video link"), STYRE_N_VOCABULARIES },
    { "chair_id", N_("Chair"), STYRE_N_VOCABULARIES },
    { "secretary_id", N_("Secretary"), STYRE_N_VOCABULARIES },
    { "latest_note", N_("Latest note"), STYRE_N_VOCABULARIES },
    { "due_on", N_("Due"), STYRE_N_VOCABULARIES },
    { "status", N_("Status"), STYRE_VOCAB_ACTION_STATUS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (names[i].column, column) != 0)
        continue;
      if (value == NULL)
        return g_strdup (_(names[i].label));
      if (names[i].vocabulary != STYRE_N_VOCABULARIES && value->type == STYRE_VALUE_TEXT)
        return g_strdup (styre_vocabulary_label (names[i].vocabulary, value->s));
      return NULL;
    }
  return NULL;
}

/* ── choosing one of a list ──────────────────────────────────────────────────────────── */


static gboolean
search_filter_func (GtkListBoxRow *row,
                    gpointer       user_data)
{
  GtkEditable *search = user_data;
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (search), -1);
  const char *haystack = g_object_get_data (G_OBJECT (row), "haystack");

  /* "Add a new person": only with a name typed. */
  if (g_object_get_data (G_OBJECT (row), "new") != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (search)));
      return *stripped != '\0';
    }
  return *needle == '\0' || (haystack != NULL && strstr (haystack, needle) != NULL);
}

typedef struct
{
  StyreChosenFunc  chosen;
  GObject         *user_data;
  StyreChange     *person;
  GPtrArray       *changes;
} NewPerson;

static void
new_person_free (NewPerson *p)
{
  g_clear_object (&p->user_data);
  g_clear_pointer (&p->person, styre_change_unref);
  g_clear_pointer (&p->changes, g_ptr_array_unref);
  g_free (p);
}

static void
person_added_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      data)
{
  NewPerson *p = data;
  g_autoptr(GError) error = NULL;

  if (styre_gui_apply_finish (result, &error))
    p->chosen (p->user_data, styre_change_get_id (p->person));
  else if (GTK_IS_WIDGET (p->user_data))
    styre_meeting_toast (GTK_WIDGET (p->user_data), error->message);
  new_person_free (p);
}

/* Adds the person typed in the search as a new person, then chooses them. */
static void
add_new_person (GtkListBox *list,
                GObject    *user_data)
{
  GtkEditable *search = g_object_get_data (G_OBJECT (list), "search");
  StyreStore *store = g_object_get_data (G_OBJECT (list), "store");
  NewPerson *p = g_new0 (NewPerson, 1);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (search)));

  p->chosen = g_object_get_data (G_OBJECT (list), "chosen");
  p->user_data = g_object_ref (user_data);
  p->person = styre_change_new_insert ("person");
  styre_change_set_text (p->person, "name", name);
  p->changes = g_ptr_array_new ();
  g_ptr_array_add (p->changes, p->person);
  styre_gui_apply_async (GTK_IS_WIDGET (p->user_data) ? p->user_data : NULL, store,
                         p->changes, NULL, person_added_cb, p);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   GtkListBox     *list)
{
  gtk_list_box_invalidate_filter (list);
}

static void
choice_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     gpointer       user_data)
{
  StyreChosenFunc chosen = g_object_get_data (G_OBJECT (list), "chosen");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "id"));

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (g_object_get_data (G_OBJECT (row), "new") != NULL)
    add_new_person (list, user_data);
  else
    chosen (user_data, id);
}

static void
new_person_label_cb (GtkEditable *search,
                     GtkLabel    *label)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (search)));
  /* Translators: a row in the list of people to choose from */
  g_autofree char *text = g_strdup_printf (_("Add “%s” as a new person"), name);

  gtk_label_set_text (label, text);
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    GtkListBox     *list)
{
  /* Enter chooses the first match; the new person only when nothing else matches. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row)
        && g_object_get_data (G_OBJECT (row), "new") == NULL)
      {
        g_signal_emit_by_name (list, "row-activated", row);
        return;
      }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
      {
        g_signal_emit_by_name (list, "row-activated", row);
        return;
      }
}

/**
 * styre_meeting_chooser_button:
 * @choices: (element-type StyreOption): what to choose from
 * @chosen: called with @user_data and the chosen id
 * @user_data: a widget
 * @new_people: (nullable): where to add a person who is not in the list (the list is of
 *   people), or %NULL
 *
 * Returns: (transfer floating): a button with a popover to find one of @choices by typing
 */
GtkWidget *
styre_meeting_chooser_button (const char      *label,
                              GPtrArray       *choices,
                              StyreChosenFunc  chosen,
                              gpointer         user_data,
                              gboolean         sensitive,
                              StyreStore      *new_people)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, sensitive);

  if (new_people != NULL)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *new_label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (new_label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (new_label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_top (new_label, 8);
      gtk_widget_set_margin_bottom (new_label, 8);
      gtk_widget_set_margin_start (new_label, 6);
      gtk_widget_add_css_class (new_label, "heading");
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), new_label);
      g_object_set_data (G_OBJECT (row), "new", GINT_TO_POINTER (1));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_signal_connect (search, "changed", G_CALLBACK (new_person_label_cb), new_label);
      g_object_set_data_full (G_OBJECT (list), "store", g_object_ref (new_people), g_object_unref);
      g_object_set_data (G_OBJECT (list), "search", search);
    }

  for (guint i = 0; choices != NULL && i < choices->len; i++)
    {
      StyreOption *c = g_ptr_array_index (choices, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *row_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *name = gtk_label_new (c->name);
      g_autofree char *both = g_strdup_printf ("%s %s", c->name, c->detail ? c->detail : "");

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (row_box), name);
      if (c->detail != NULL && *c->detail != '\0' && !g_str_has_suffix (c->name, c->detail))
        {
          GtkWidget *detail = gtk_label_new (c->detail);
          gtk_label_set_xalign (GTK_LABEL (detail), 0);
          gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
          gtk_widget_add_css_class (detail, "dim-label");
          gtk_widget_add_css_class (detail, "caption");
          gtk_box_append (GTK_BOX (row_box), detail);
        }
      gtk_widget_set_margin_top (row_box, 6);
      gtk_widget_set_margin_bottom (row_box, 6);
      gtk_widget_set_margin_start (row_box, 6);
      gtk_widget_set_margin_end (row_box, 6);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), row_box);
      g_object_set_data (G_OBJECT (row), "id", GSIZE_TO_POINTER ((gsize) c->id));
      g_object_set_data_full (G_OBJECT (row), "haystack", g_utf8_casefold (both, -1), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), search_filter_func, search, NULL);
  g_object_set_data (G_OBJECT (list), "chosen", chosen);
  g_signal_connect (list, "row-activated", G_CALLBACK (choice_activated_cb), user_data);
  g_signal_connect (search, "search-changed", G_CALLBACK (search_changed_cb), list);
  g_signal_connect (search, "activate", G_CALLBACK (search_activate_cb), list);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 340);
  gtk_box_append (GTK_BOX (box), search);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

