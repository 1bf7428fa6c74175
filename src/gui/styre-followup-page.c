/* styre-followup-page.c — the follow-up list: actions from the meetings
 *
 * What was decided and not yet done, overdue first: who owns it, when it is due, where
 * it came from (forum, meeting, case number), its status and the latest note. Overdue
 * actions say so in words and with an icon, not only in red. Filters by forum, owner and
 * overdue; activating an action updates its status, due date and note (a closed action
 * is recorded as closed in the forum's next meeting). The list as shown is exported as
 * PDF, XLSX or CSV, or printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-followup-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "styre-agenda-edit.h"
#include "styre-document-export.h"
#include "styre-document-meeting.h"
#include "styre-followup-page.h"
#include "styre-window.h"
#include "styre-format.h"
#include "styre-gui.h"
#include "styre-meeting-context.h"
#include "styre-queries.h"
#include "styre-row-binding.h"

struct _StyreFollowupPage
{
  AdwBin               parent_instance;

  StyreStore          *store;
  GCancellable        *reload_cancellable;
  GListModel          *actions;
  GtkFilterListModel  *filtered;
  GtkCustomFilter     *filter;
  GtkSortListModel    *sorted;
  GtkSelectionModel   *selection;     /* given to the table when it is first shown */
  gboolean             show_closed;

  AdwToastOverlay     *toast_overlay;
  GtkDropDown         *forum_filter;
  GtkDropDown         *owner_filter;
  GtkToggleButton     *overdue_filter;
  GtkSwitch           *show_closed_switch;
  GtkLabel            *count_label;
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *status_column;
};

G_DEFINE_FINAL_TYPE (StyreFollowupPage, styre_followup_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SHOW_CLOSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ── sorting ─────────────────────────────────────────────────────────────────────────── */

typedef enum
{
  SORT_DUE,
  SORT_TITLE,
  SORT_OWNER,
  SORT_STATUS,
} SortKey;

static int
compare_actions (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  StyreAction *x = (StyreAction *) a;
  StyreAction *y = (StyreAction *) b;
  const char *dx, *dy;

  switch ((SortKey) GPOINTER_TO_INT (user_data))
    {
    case SORT_DUE:
      /* Without a due date last. */
      dx = styre_action_get_due_on (x);
      dy = styre_action_get_due_on (y);
      if ((dx == NULL) != (dy == NULL))
        return dx == NULL ? 1 : -1;
      return g_strcmp0 (dx, dy);
    case SORT_TITLE:
      return g_utf8_collate (styre_action_get_title (x), styre_action_get_title (y));
    case SORT_OWNER:
      return g_utf8_collate (styre_action_get_owner_name (x) ? styre_action_get_owner_name (x) : "",
                             styre_action_get_owner_name (y) ? styre_action_get_owner_name (y) : "");
    case SORT_STATUS:
      return g_strcmp0 (styre_action_get_status (x), styre_action_get_status (y));
    default:
      g_assert_not_reached ();
    }
}

/* ── cells ───────────────────────────────────────────────────────────────────────────── */

static StyreAction *
item_action (GtkListItem *item)
{
  return STYRE_ACTION (gtk_list_item_get_item (item));
}

static gboolean
is_closed (StyreAction *action)
{
  const char *status = styre_action_get_status (action);

  return g_strcmp0 (status, "done") == 0 || g_strcmp0 (status, "cancelled") == 0;
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  gtk_list_item_set_child (item, styre_gui_cell_label_new (0, -1, 28));
}

static void
setup_origin_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (item, styre_gui_cell_label_new (0, 16, 40));
}

static void
setup_owner_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_list_item_set_child (item, styre_gui_cell_label_new (0, 12, 28));
}

static void
setup_due_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *date = styre_gui_cell_label_new (0, -1, 0);
  GtkWidget *word = gtk_label_new (_("Overdue"));

  gtk_widget_add_css_class (icon, "overdue");
  gtk_widget_add_css_class (date, "numeric");
  gtk_widget_add_css_class (word, "overdue-pill");
  gtk_widget_set_valign (word, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), word);
  gtk_list_item_set_child (item, box);
}

static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  GtkWidget *label = styre_gui_cell_label_new (0, 24, 60);

  gtk_widget_add_css_class (lock, "dim-label");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), lock);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
setup_note_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = styre_gui_cell_label_new (0, 16, 40);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (item, label);
}

static void
bind_due_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  StyreAction *action = item_action (item);
  GtkWidget *icon = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *date = gtk_widget_get_next_sibling (icon);
  GtkWidget *word = gtk_widget_get_next_sibling (date);
  const char *due_on = styre_action_get_due_on (action);
  gboolean overdue = styre_action_get_overdue (action);
  g_autofree char *text = due_on ? styre_format_date (due_on) : g_strdup (_("No due date"));

  gtk_label_set_text (GTK_LABEL (date), text);
  gtk_widget_set_visible (icon, overdue);
  gtk_widget_set_visible (word, overdue);
  if (overdue)
    gtk_widget_add_css_class (date, "overdue");
  else
    gtk_widget_remove_css_class (date, "overdue");
  if (due_on == NULL)
    gtk_widget_add_css_class (date, "dim-label");
  else
    gtk_widget_remove_css_class (date, "dim-label");
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  StyreAction *action = item_action (item);
  GtkWidget *lock = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *label = gtk_widget_get_next_sibling (lock);
  gboolean exempt = g_strcmp0 (styre_action_get_confidentiality (action), "exempt") == 0;
  const char *legal_basis = styre_action_get_legal_basis (action);
  g_autofree char *lock_text = NULL;

  gtk_label_set_text (GTK_LABEL (label), styre_action_get_title (action));
  gtk_widget_set_tooltip_text (label, styre_action_get_title (action));

  gtk_widget_set_visible (lock, exempt);
  if (exempt)
    {
      if (legal_basis != NULL && *legal_basis != '\0')
        /* Translators: %s is the legal basis, e.g. "offl. § 14" */
        lock_text = g_strdup_printf (_("Exempt from public access, %s"), legal_basis);
      else
        lock_text = g_strdup (_("Exempt from public access"));
      gtk_widget_set_tooltip_text (lock, lock_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (lock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      lock_text, -1);
    }
}

static void
bind_owner_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *owner = styre_action_get_owner_name (item_action (item));

  gtk_label_set_text (GTK_LABEL (label), owner ? owner : "–");
  gtk_widget_set_tooltip_text (label, owner);
}

static void
bind_origin_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  StyreAction *action = item_action (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *forum = styre_action_get_origin_forum (action);
  const char *meeting = styre_action_get_origin_meeting (action);
  const char *case_number = styre_action_get_case_number (action);
  g_autoptr(GString) text = g_string_new (NULL);

  /* The case number first: it names the decision, and survives when the column is narrow. */
  if (case_number != NULL && *case_number != '\0')
    /* Translators: an agenda item's case number, e.g. "Case 12/26" (nb "Sak 12/26") */
    g_string_append_printf (text, _("Case %s"), case_number);
  if (forum != NULL)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, forum);
    }
  if (meeting != NULL)
    {
      g_autofree char *date = styre_format_date (meeting);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, date);
    }
  if (text->len == 0)
    g_string_append (text, "–");

  gtk_label_set_text (GTK_LABEL (label), text->str);
  gtk_widget_set_tooltip_text (label, text->str);
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  StyreAction *action = item_action (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label),
                      styre_vocabulary_label (STYRE_VOCAB_ACTION_STATUS,
                                              styre_action_get_status (action)));
  if (is_closed (action))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
bind_note_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *note = styre_action_get_latest_note (item_action (item));

  gtk_label_set_text (GTK_LABEL (label), note ? note : "");
  gtk_widget_set_tooltip_text (label, note);
}

/* The table makes its row widgets when it gets its model; a page that is not shown need
 * not pay for that while the file opens. */
static void
styre_followup_page_map (GtkWidget *widget)
{
  StyreFollowupPage *self = (StyreFollowupPage *) widget;

  if (gtk_column_view_get_model (self->column_view) == NULL)
    gtk_column_view_set_model (self->column_view, self->selection);

  GTK_WIDGET_CLASS (styre_followup_page_parent_class)->map (widget);
}

/* ── filtering ───────────────────────────────────────────────────────────────────────── */

/* The chosen name of a filter drop-down, or NULL for its first item ("All …"). */
static const char *
chosen_name (GtkDropDown *drop_down)
{
  guint i = gtk_drop_down_get_selected (drop_down);
  GObject *item = gtk_drop_down_get_selected_item (drop_down);

  if (i == 0 || i == GTK_INVALID_LIST_POSITION || item == NULL)
    return NULL;
  return gtk_string_object_get_string (GTK_STRING_OBJECT (item));
}

static gboolean
filter_action (gpointer item,
               gpointer user_data)
{
  StyreFollowupPage *self = user_data;
  StyreAction *action = item;
  const char *forum = chosen_name (self->forum_filter);
  const char *owner = chosen_name (self->owner_filter);

  if (forum != NULL && g_strcmp0 (styre_action_get_origin_forum (action), forum) != 0)
    return FALSE;
  if (owner != NULL && g_strcmp0 (styre_action_get_owner_name (action), owner) != 0)
    return FALSE;
  if (gtk_toggle_button_get_active (self->overdue_filter) && !styre_action_get_overdue (action))
    return FALSE;
  return TRUE;
}

static void
filters_changed (StyreFollowupPage *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* The forums and owners in the list, keeping what was chosen. */
static void
fill_filter (GtkDropDown *drop_down,
             const char  *all,
             GPtrArray   *names)
{
  g_autofree char *chosen = g_strdup (chosen_name (drop_down));
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_sort (names, compare_names);
  gtk_string_list_append (list, all);
  for (guint i = 0; i < names->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (names, i));
      if (g_strcmp0 (chosen, g_ptr_array_index (names, i)) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (drop_down, selected);
}

static void
update_filters (StyreFollowupPage *self)
{
  g_autoptr(GPtrArray) forums = g_ptr_array_new ();
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (self->actions); i++)
    {
      g_autoptr(StyreAction) a = g_list_model_get_item (self->actions, i);
      const char *forum = styre_action_get_origin_forum (a);
      const char *owner = styre_action_get_owner_name (a);

      if (forum != NULL && *forum != '\0'
          && !g_ptr_array_find_with_equal_func (forums, forum, g_str_equal, NULL))
        g_ptr_array_add (forums, (gpointer) forum);
      if (owner != NULL && *owner != '\0'
          && !g_ptr_array_find_with_equal_func (owners, owner, g_str_equal, NULL))
        g_ptr_array_add (owners, (gpointer) owner);
    }
  g_signal_handlers_block_by_func (self->forum_filter, filters_changed, self);
  g_signal_handlers_block_by_func (self->owner_filter, filters_changed, self);
  fill_filter (self->forum_filter, _("All forums"), forums);
  fill_filter (self->owner_filter, _("All owners"), owners);
  g_signal_handlers_unblock_by_func (self->forum_filter, filters_changed, self);
  g_signal_handlers_unblock_by_func (self->owner_filter, filters_changed, self);
  filters_changed (self);
}

/* ── updating an action ──────────────────────────────────────────────────────────────── */

typedef struct
{
  gint64  action_id;
  char   *status;
} StatusChange;

static void
status_change_free (gpointer data)
{
  StatusChange *d = data;

  g_free (d->status);
  g_free (d);
}

static gboolean
set_status_op (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  StatusChange *d = data;

  /* Closed in the next meeting of the forum it came from (found by the rule). */
  return styre_store_set_action_status (store, d->action_id, 0, d->status, 0, error);
}

static void
status_set_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  StyreFollowupPage *self = STYRE_FOLLOWUP_PAGE (object);
  g_autoptr(GError) error = NULL;

  if (!styre_meeting_run_finish (result, &error))
    styre_meeting_toast (GTK_WIDGET (self), error->message);
}

typedef struct
{
  StyreFollowupPage *self;
  gint64             action_id;
  char              *status;     /* NULL when unchanged */
} UpdateData;

static void
update_data_free (UpdateData *d)
{
  g_clear_object (&d->self);
  g_free (d->status);
  g_free (d);
}

static void
fields_saved_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  UpdateData *d = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) change = styre_save_change_finish (result, &error);

  if (change == NULL)
    styre_meeting_toast (GTK_WIDGET (d->self), error->message);
  else if (d->status != NULL)
    {
      StatusChange *s = g_new0 (StatusChange, 1);
      s->action_id = d->action_id;
      s->status = g_steal_pointer (&d->status);
      styre_meeting_run_async (d->self, d->self->store, set_status_op, s, status_change_free,
                               status_set_cb, NULL);
    }
  update_data_free (d);
}

static void
update_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    StyreFollowupPage *self)
{
  StyreAction *action = g_object_get_data (G_OBJECT (dialog), "action");
  GtkDropDown *status = g_object_get_data (G_OBJECT (dialog), "status");
  GtkEditable *due = g_object_get_data (G_OBJECT (dialog), "due");
  GtkEditable *note = g_object_get_data (G_OBJECT (dialog), "note");
  const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_ACTION_STATUS);
  const char *chosen = ids[MIN (gtk_drop_down_get_selected (status), g_strv_length ((char **) ids) - 1)];
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) change = NULL;
  UpdateData *d;

  if (g_strcmp0 (response, "meeting") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-meeting", "x",
                                  styre_action_get_origin_meeting_id (action));
      return;
    }
  if (g_strcmp0 (response, "save") != 0 || self->store == NULL)
    return;
  if (*gtk_editable_get_text (due) != '\0'
      && !styre_parse_date (gtk_editable_get_text (due), &date, &error))
    {
      styre_meeting_toast (GTK_WIDGET (self), error->message);
      return;
    }

  change = styre_change_new_update ("action_item", styre_action_get_id (action),
                                    styre_action_get_version (action));
  if (g_strcmp0 (date, styre_action_get_due_on (action)) != 0)
    {
      if (date != NULL)
        styre_change_set_text (change, "due_on", date);
      else
        styre_change_set_null (change, "due_on");
    }
  if (g_strcmp0 (gtk_editable_get_text (note), styre_action_get_latest_note (action)) != 0)
    styre_change_set_text (change, "latest_note", gtk_editable_get_text (note));

  d = g_new0 (UpdateData, 1);
  d->self = g_object_ref (self);
  d->action_id = styre_action_get_id (action);
  d->status = g_strcmp0 (chosen, styre_action_get_status (action)) != 0 ? g_strdup (chosen) : NULL;
  styre_save_change_async (GTK_WIDGET (self), self->store, change, NULL,
                           styre_meeting_label_column, NULL, fields_saved_cb, d);
}

static void
activate_cb (GtkColumnView     *view,
             guint              position,
             StyreFollowupPage *self)
{
  g_autoptr(StyreAction) action = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_ACTION_STATUS);
  gboolean writable = self->store != NULL && !styre_store_is_read_only (self->store);
  g_autoptr(GString) body = g_string_new (NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog, *grid, *status, *due, *note;
  g_autofree char *due_text = NULL;

  if (action == NULL)
    return;
  if (*styre_action_get_case_number (action) != '\0')
    g_string_append_printf (body, _("Case %s"), styre_action_get_case_number (action));
  if (*styre_action_get_origin_forum (action) != '\0')
    g_string_append_printf (body, "%s%s", body->len ? ", " : "", styre_action_get_origin_forum (action));
  if (styre_action_get_origin_meeting (action) != NULL)
    {
      g_autofree char *date = styre_format_date (styre_action_get_origin_meeting (action));
      g_string_append_printf (body, "%s%s", body->len ? ", " : "", date);
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   styre_action_get_title (action), body->str);
  grid = gtk_grid_new ();
  status = gtk_drop_down_new (G_LIST_MODEL (styre_vocabulary_string_list (STYRE_VOCAB_ACTION_STATUS)), NULL);
  due = gtk_entry_new ();
  note = gtk_entry_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], styre_action_get_status (action)))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (status), i);
  due_text = styre_action_get_due_on (action) ? styre_format_date (styre_action_get_due_on (action))
                                              : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (due), due_text);
  gtk_entry_set_placeholder_text (GTK_ENTRY (due), _("dd.mm.yyyy"));
  gtk_editable_set_text (GTK_EDITABLE (note), styre_action_get_latest_note (action));
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("What has been done"));
  gtk_widget_set_hexpand (note, TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (note), TRUE);
  {
    const char *labels[] = { N_("_Status"), N_("_Due"), N_("Latest _note") };
    GtkWidget *fields[] = { status, due, note };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        GtkWidget *label = gtk_label_new_with_mnemonic (_(labels[i]));
        gtk_label_set_xalign (GTK_LABEL (label), 1);
        gtk_label_set_mnemonic_widget (GTK_LABEL (label), fields[i]);
        gtk_widget_set_sensitive (fields[i], writable);
        gtk_grid_attach (GTK_GRID (grid), label, 0, (int) i, 1, 1);
        gtk_grid_attach (GTK_GRID (grid), fields[i], 1, (int) i, 1, 1);
      }
  }
  gtk_widget_set_size_request (grid, 420, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (styre_action_get_origin_meeting_id (action) > 0)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "meeting", _("Go to _Meeting"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save", _("_Save"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", writable);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "action", g_object_ref (action), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "status", status);
  g_object_set_data (G_OBJECT (dialog), "due", due);
  g_object_set_data (G_OBJECT (dialog), "note", note);
  g_signal_connect (dialog, "response", G_CALLBACK (update_response_cb), self);
  if (writable)
    {
      g_autofree char *label = NULL;

      if (*styre_action_get_case_number (action) != '\0')
        {
          g_autofree char *number = g_strdup_printf (_("Case %s"),
                                                     styre_action_get_case_number (action));
          label = g_strdup_printf ("%s %s", number, styre_action_get_title (action));
        }
      else
        label = g_strdup (styre_action_get_title (action));
      styre_window_track_editing (dialog, "action_item", styre_action_get_id (action), label);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ── exporting and printing ──────────────────────────────────────────────────────────── */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StyreFollowupPage *self = STYRE_FOLLOWUP_PAGE (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  gboolean public_version = g_str_has_suffix (format, "-public");
  g_autofree char *plain = g_strndup (format, strcspn (format, "-"));

  if (self->store != NULL)
    styre_export_followup (widget, self->store, G_LIST_MODEL (self->sorted), plain,
                           public_version);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StyreFollowupPage *self = STYRE_FOLLOWUP_PAGE (widget);
  g_autofree char *today = NULL;
  g_autoptr(StyreDocument) doc = NULL;

  if (self->store == NULL)
    return;
  today = styre_store_today (self->store);
  doc = styre_document_new_for_followup (G_LIST_MODEL (self->sorted),
                                         styre_store_get_organisation_name (self->store), today,
                                         FALSE);
  styre_print_document (widget, self->store, doc, "action_item", 0, "follow-up", FALSE);
}

/* ── loading ─────────────────────────────────────────────────────────────────────────── */

/* Runs on a worker thread. */
static gpointer
query_actions (StyreStore  *store,
               gpointer     data,
               GError     **error)
{
  g_autofree char *today = styre_store_today (store);

  return styre_store_list_actions (store, today, GPOINTER_TO_INT (data) == 0, error);
}

static void
update_state (StyreFollowupPage *self)
{
  guint n = g_list_model_get_n_items (self->actions);
  guint n_open = 0, n_overdue = 0;
  g_autofree char *open_text = NULL;
  g_autofree char *count = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StyreAction) action = g_list_model_get_item (self->actions, i);

      if (!is_closed (action))
        n_open++;
      if (styre_action_get_overdue (action))
        n_overdue++;
    }

  open_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open action",
                                            "%u open actions", n_open),
                               n_open);
  if (n_overdue > 0)
    /* Translators: e.g. "23 open actions, 5 overdue" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u overdue", "%s, %u overdue",
                                          n_overdue),
                             open_text, n_overdue);
  else
    count = g_steal_pointer (&open_text);
  gtk_label_set_text (self->count_label, count);

  adw_status_page_set_title (self->empty_page,
                             self->show_closed ? _("No Actions") : _("Nothing to Follow Up"));
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "table" : "empty");
}

static void
actions_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  StyreFollowupPage *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = styre_gui_query_finish (result, &error);

  if (model == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_set_object (&self->actions, model);
  gtk_filter_list_model_set_model (self->filtered, model);
  update_filters (self);
  update_state (self);
  g_task_return_boolean (task, TRUE);
}

static void
load (StyreFollowupPage   *self,
      GCancellable        *cancellable,
      GAsyncReadyCallback  callback,
      gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, styre_followup_page_load_async);
  styre_gui_query_async (self, self->store, query_actions,
                         GINT_TO_POINTER (self->show_closed ? 1 : 0), NULL, g_object_unref,
                         cancellable, actions_loaded_cb, task);
}

static void
reloaded_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      StyreFollowupPage *self = STYRE_FOLLOWUP_PAGE (object);

      /* The list stays as it was; say why it did not change. */
      gtk_label_set_text (self->count_label, error->message);
    }
}

/* ── object ──────────────────────────────────────────────────────────────────────────── */

static void
styre_followup_page_dispose (GObject *object)
{
  StyreFollowupPage *self = (StyreFollowupPage *)object;

  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);

  G_OBJECT_CLASS (styre_followup_page_parent_class)->dispose (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->actions);
  g_clear_object (&self->store);
}

static void
styre_followup_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  StyreFollowupPage *self = STYRE_FOLLOWUP_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_CLOSED:
      g_value_set_boolean (value, self->show_closed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_followup_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  StyreFollowupPage *self = STYRE_FOLLOWUP_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_CLOSED:
      styre_followup_page_set_show_closed (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_followup_page_class_init (StyreFollowupPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_followup_page_dispose;

  widget_class->map = styre_followup_page_map;
  object_class->get_property = styre_followup_page_get_property;
  object_class->set_property = styre_followup_page_set_property;

  /**
   * StyreFollowupPage:show-closed:
   *
   * Whether done and cancelled actions are listed too.
   */
  properties[PROP_SHOW_CLOSED] =
    g_param_spec_boolean ("show-closed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-followup-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, forum_filter);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, owner_filter);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, overdue_filter);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, show_closed_switch);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, owner_column);
  gtk_widget_class_bind_template_child (widget_class, StyreFollowupPage, status_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_origin_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_owner_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_note_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_owner_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_origin_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_note_cb);

  gtk_widget_class_install_action (widget_class, "followup.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "followup.print", NULL, print_action);
}

static void
styre_followup_page_init (StyreFollowupPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->actions = G_LIST_MODEL (g_list_store_new (STYRE_TYPE_ACTION));
  self->filter = gtk_custom_filter_new (filter_action, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->actions),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  self->selection = GTK_SELECTION_MODEL (g_steal_pointer (&selection));

  styre_gui_column_set_sorter (self->due_column, compare_actions, SORT_DUE);
  styre_gui_column_set_sorter (self->title_column, compare_actions, SORT_TITLE);
  styre_gui_column_set_sorter (self->owner_column, compare_actions, SORT_OWNER);
  styre_gui_column_set_sorter (self->status_column, compare_actions, SORT_STATUS);

  g_object_bind_property (self, "show-closed", self->show_closed_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->forum_filter, "notify::selected", G_CALLBACK (filters_changed), self);
  g_signal_connect_swapped (self->owner_filter, "notify::selected", G_CALLBACK (filters_changed), self);
  g_signal_connect_swapped (self->overdue_filter, "toggled", G_CALLBACK (filters_changed), self);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  update_filters (self);
  update_state (self);
}

/**
 * styre_followup_page_load_async:
 *
 * Reads the actions from @store on a worker thread and shows them; the page keeps
 * @store to read again when closed actions are shown or hidden.
 */
void
styre_followup_page_load_async (StyreFollowupPage   *self,
                                StyreStore          *store,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (STYRE_IS_FOLLOWUP_PAGE (self));
  g_return_if_fail (STYRE_IS_STORE (store));

  g_set_object (&self->store, store);
  load (self, cancellable, callback, user_data);
}

gboolean
styre_followup_page_load_finish (StyreFollowupPage  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_return_val_if_fail (STYRE_IS_FOLLOWUP_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * styre_followup_page_get_model:
 *
 * Returns: (transfer none): the actions the list shows, in the order shown
 */
GListModel *
styre_followup_page_get_model (StyreFollowupPage *self)
{
  g_return_val_if_fail (STYRE_IS_FOLLOWUP_PAGE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

gboolean
styre_followup_page_get_show_closed (StyreFollowupPage *self)
{
  g_return_val_if_fail (STYRE_IS_FOLLOWUP_PAGE (self), FALSE);
  return self->show_closed;
}

/**
 * styre_followup_page_set_show_closed:
 *
 * Lists done and cancelled actions too, or only the open ones; reads the list again.
 */
void
styre_followup_page_set_show_closed (StyreFollowupPage *self,
                                     gboolean           show_closed)
{
  g_return_if_fail (STYRE_IS_FOLLOWUP_PAGE (self));

  show_closed = !!show_closed;
  if (self->show_closed == show_closed)
    return;
  self->show_closed = show_closed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CLOSED]);

  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  self->reload_cancellable = g_cancellable_new ();
  load (self, self->reload_cancellable, reloaded_cb, NULL);
}
