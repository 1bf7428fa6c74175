/* styre-meetings-page.c — the meetings, newest first
 *
 * Upcoming meetings above the earlier ones; each with its date and time, forum, place,
 * how far it has come (draft, notice sent, held, minutes approved) and its number of items.
 * Activating one opens it (StyreMeetingView); "New Meeting…" makes one from a forum's
 * template. "Forums" edits a forum's members and standing items (StyreForumWindow) or
 * makes a new forum.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-meetings-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "styre-options.h"
#include "styre-format.h"
#include "styre-forum.h"
#include "styre-forum-window.h"
#include "styre-gui.h"
#include "styre-meeting-view.h"
#include "styre-meetings-page.h"
#include "styre-save.h"
#include "styre-new-meeting-dialog.h"
#include "styre-queries.h"

struct _StyreMeetingsPage
{
  AdwBin              parent_instance;

  StyreStore         *store;
  GPtrArray          *forums;       /* of StyreOption, for new meetings */
  GListModel         *meetings;     /* newest first, as the file lists them */
  GtkFilterListModel *upcoming_filter;
  GtkSortListModel   *upcoming;
  GtkFilterListModel *earlier;
  char               *today;

  GtkStack           *page_stack;
  GtkStack           *stack;
  GtkWidget          *new_button;
  GtkMenuButton      *forums_button;
  AdwStatusPage      *empty_page;
  GtkWidget          *empty_new_button;
  GtkWidget          *empty_forum_button;
  GtkLabel           *count_label;
  StyreMeetingView   *meeting_view;
  GtkWidget          *upcoming_group;
  GtkListBox         *upcoming_list;
  GtkWidget          *earlier_group;
  GtkListBox         *earlier_list;
};

G_DEFINE_FINAL_TYPE (StyreMeetingsPage, styre_meetings_page, ADW_TYPE_BIN)

typedef struct
{
  char       *today;
  GListModel *meetings;
  GPtrArray  *forums;
} MeetingsData;

static void
meetings_data_free (gpointer data)
{
  MeetingsData *d = data;

  g_clear_object (&d->meetings);
  g_clear_pointer (&d->forums, g_ptr_array_unref);
  g_free (d->today);
  g_free (d);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MeetingsData, meetings_data_free)

/* Runs on a worker thread. */
static gpointer
query_meetings (StyreStore  *store,
                gpointer     data,
                GError     **error)
{
  g_autoptr(MeetingsData) d = g_new0 (MeetingsData, 1);

  d->today = styre_store_today (store);
  if ((d->meetings = styre_store_list_meetings (store, error)) == NULL
      || (d->forums = styre_store_list_options (store, STYRE_OPTION_FORUM, error)) == NULL)
    return NULL;
  return g_steal_pointer (&d);
}

static gboolean
is_upcoming (StyreMeetingsPage *self,
             StyreMeeting      *meeting)
{
  const char *starts_at = styre_meeting_get_starts_at (meeting);

  /* Compare the dates only: today's meeting is still upcoming while it is today. */
  return self->today != NULL && starts_at != NULL && strncmp (starts_at, self->today, 10) >= 0;
}

static gboolean
filter_upcoming (gpointer item,
                 gpointer user_data)
{
  return is_upcoming (user_data, item);
}

static gboolean
filter_earlier (gpointer item,
                gpointer user_data)
{
  return !is_upcoming (user_data, item);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
create_meeting_row (gpointer item,
                    gpointer user_data)
{
  StyreMeeting *meeting = item;
  const char *starts_at = styre_meeting_get_starts_at (meeting);
  const char *place = styre_meeting_get_place (meeting);
  const char *state = styre_meeting_get_state (meeting);
  guint n_items = styre_meeting_get_n_items (meeting);
  guint n_exempt = styre_meeting_get_n_exempt (meeting);
  g_autofree char *date = styre_format_date_long (starts_at);
  g_autofree char *times = styre_format_time_range (starts_at,
                                                        styre_meeting_get_ends_at (meeting));
  g_autofree char *when = NULL;
  g_autofree char *where = NULL;
  g_autofree char *items_text = NULL;
  g_autofree char *state_class = g_strdup_printf ("state-%s", state);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *items_label;
  GtkWidget *pill;

  /* Translators: when a meeting is, e.g. "27 November 2026, 09:00–11:30" */
  when = g_strdup_printf (_("%s, %s"), date, times);
  if (place != NULL && *place != '\0')
    /* Translators: which forum meets and where, e.g. "Leadership group · Room Fjorden" */
    where = g_strdup_printf (_("%s · %s"), styre_meeting_get_forum_name (meeting), place);
  else
    where = g_strdup (styre_meeting_get_forum_name (meeting));

  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (text), label_new (styre_meeting_get_title (meeting), "meeting-title"));
  gtk_box_append (GTK_BOX (text), label_new (when, "meeting-when"));
  gtk_box_append (GTK_BOX (text), label_new (where, "meeting-where"));
  gtk_box_append (GTK_BOX (box), text);

  if (n_exempt > 0)
    /* Translators: the agenda's size, e.g. "8 items, 2 exempt"; exempt = unntatt offentlighet */
    items_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item, %u exempt",
                                               "%u items, %u exempt", n_items),
                                  n_items, n_exempt);
  else
    items_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", n_items),
                                  n_items);
  /* How far the meeting has come, and under it the size of its agenda. */
  pill = gtk_label_new (styre_vocabulary_label (STYRE_VOCAB_MEETING_STATE, state));
  gtk_widget_add_css_class (pill, "state-pill");
  gtk_widget_add_css_class (pill, state_class);
  gtk_box_append (GTK_BOX (status), pill);

  items_label = gtk_label_new (items_text);
  gtk_widget_add_css_class (items_label, "dim-label");
  gtk_widget_add_css_class (items_label, "numeric");
  gtk_widget_add_css_class (items_label, "caption");
  gtk_box_append (GTK_BOX (status), items_label);

  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (status, 150, -1);
  gtk_box_append (GTK_BOX (box), status);

  {
    GtkWidget *chevron = gtk_image_new_from_icon_name ("go-next-symbolic");
    gtk_widget_set_valign (chevron, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (chevron, "dim-label");
    gtk_box_append (GTK_BOX (box), chevron);
  }
  gtk_widget_add_css_class (box, "meeting-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "meeting-id",
                     GSIZE_TO_POINTER ((gsize) styre_meeting_get_id (meeting)));
  return row;
}

static gboolean
writable (StyreMeetingsPage *self)
{
  return self->store != NULL && !styre_store_is_read_only (self->store);
}

/* The Forums menu: each forum to edit, then "New Forum…". */
static void
update_forums_menu (StyreMeetingsPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) forums = g_menu_new ();
  g_autoptr(GMenu) add = g_menu_new ();

  for (guint i = 0; self->forums != NULL && i < self->forums->len; i++)
    {
      StyreOption *forum = g_ptr_array_index (self->forums, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (forum->name, NULL);

      g_menu_item_set_action_and_target_value (item, "meetings.edit-forum",
                                               g_variant_new_int64 (forum->id));
      g_menu_append_item (forums, item);
    }
  g_menu_append (add, _("New _Forum…"), "meetings.new-forum");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (forums));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (add));
  gtk_menu_button_set_menu_model (self->forums_button, G_MENU_MODEL (menu));
}

static void
update_state (StyreMeetingsPage *self)
{
  guint n_upcoming = g_list_model_get_n_items (G_LIST_MODEL (self->upcoming));
  guint n_earlier = g_list_model_get_n_items (G_LIST_MODEL (self->earlier));
  gboolean has_forums = self->forums != NULL && self->forums->len > 0;

  gtk_widget_set_visible (self->upcoming_group, n_upcoming > 0);
  gtk_widget_set_visible (self->earlier_group, n_earlier > 0);
  {
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u upcoming",
                                                           "%u upcoming", n_upcoming),
                                              n_upcoming);
    g_autofree char *all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting, %s",
                                                         "%u meetings, %s",
                                                         n_upcoming + n_earlier),
                                            n_upcoming + n_earlier, count);
    gtk_label_set_text (self->count_label, all);
  }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.new", writable (self) && has_forums);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.new-forum", writable (self));
  update_forums_menu (self);
  /* A file without forums: meetings belong to one, so the first step is to make it. */
  gtk_widget_set_visible (self->empty_new_button, has_forums || self->forums == NULL);
  gtk_widget_set_visible (self->empty_forum_button, !has_forums && self->forums != NULL);
  if (has_forums || self->forums == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Meetings"));
      adw_status_page_set_description (self->empty_page,
                                       _("Meetings of the leadership group and the other forums "
                                         "in this file are listed here"));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Forums"));
      adw_status_page_set_description (self->empty_page,
                                       _("Every meeting belongs to a forum, such as the "
                                         "leadership group or a portfolio board. Make the first "
                                         "one, with its members and standing items."));
    }
  gtk_stack_set_visible_child_name (self->stack,
                                    n_upcoming + n_earlier > 0 ? "content" : "empty");
}

static void
meetings_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  StyreMeetingsPage *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(MeetingsData) data = styre_gui_query_finish (result, &error);

  if (data == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_free (self->today);
  self->today = g_steal_pointer (&data->today);

  g_set_object (&self->meetings, data->meetings);
  g_clear_pointer (&self->forums, g_ptr_array_unref);
  self->forums = g_steal_pointer (&data->forums);
  gtk_filter_list_model_set_model (self->upcoming_filter, self->meetings);
  gtk_filter_list_model_set_model (self->earlier, self->meetings);
  update_state (self);
  /* The open meeting is read again too, keeping what is being typed. */
  if (g_str_equal (gtk_stack_get_visible_child_name (self->page_stack), "meeting"))
    styre_meeting_view_reload (self->meeting_view);
  g_task_return_boolean (task, TRUE);
}

static void
styre_meetings_page_dispose (GObject *object)
{
  StyreMeetingsPage *self = (StyreMeetingsPage *)object;

  G_OBJECT_CLASS (styre_meetings_page_parent_class)->dispose (object);

  g_clear_object (&self->upcoming);
  g_clear_object (&self->upcoming_filter);
  g_clear_object (&self->earlier);
  g_clear_object (&self->meetings);
  g_clear_pointer (&self->forums, g_ptr_array_unref);
  g_clear_object (&self->store);
}

static void
styre_meetings_page_finalize (GObject *object)
{
  StyreMeetingsPage *self = (StyreMeetingsPage *)object;

  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (styre_meetings_page_parent_class)->finalize (object);
}

static void
row_activated_cb (GtkListBox        *list,
                  GtkListBoxRow     *row,
                  StyreMeetingsPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "meeting-id"));

  if (id > 0)
    styre_meetings_page_open_meeting (self, id);
}

static void
back_cb (StyreMeetingsPage *self)
{
  gtk_stack_set_visible_child_name (self->page_stack, "list");
}

static void
created_cb (StyreNewMeetingDialog *dialog,
            gint64                 meeting_id,
            StyreMeetingsPage     *self)
{
  styre_meetings_page_open_meeting (self, meeting_id);
}

static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StyreMeetingsPage *self = STYRE_MEETINGS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GDate) date = NULL;
  char iso[16];
  gint64 forum_id = 0;
  StyreNewMeetingDialog *dialog;

  if (self->store == NULL || self->forums == NULL || self->forums->len == 0)
    return;
  /* The forum of the newest meeting, two weeks from today. */
  if (g_list_model_get_n_items (self->meetings) > 0)
    {
      g_autoptr(StyreMeeting) newest = g_list_model_get_item (self->meetings, 0);
      forum_id = styre_meeting_get_forum_id (newest);
    }
  date = styre_date_from_iso (self->today);
  if (date == NULL)
    return;
  g_date_add_days (date, 14);
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);

  dialog = styre_new_meeting_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         self->store, self->forums, forum_id, iso);
  g_signal_connect_object (dialog, "created", G_CALLBACK (created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_forum (StyreMeetingsPage *self,
            gint64             forum_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  StyreForumWindow *window;

  if (self->store == NULL)
    return;
  window = styre_forum_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   self->store, forum_id);
  gtk_window_present (GTK_WINDOW (window));
}

static void
edit_forum_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  edit_forum (STYRE_MEETINGS_PAGE (widget), g_variant_get_int64 (parameter));
}

typedef struct
{
  char   *name;
  gint64  id;
} NewForum;

static void
new_forum_free (gpointer data)
{
  NewForum *d = data;

  g_free (d->name);
  g_free (d);
}

/* Runs on a worker thread. */
static gboolean
create_forum (StyreStore  *store,
              gpointer     data,
              GError     **error)
{
  NewForum *d = data;

  d->id = styre_store_create_forum (store, d->name, error);
  return d->id > 0;
}

static void
forum_created_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  StyreMeetingsPage *self = STYRE_MEETINGS_PAGE (object);
  NewForum *d = user_data;
  g_autoptr(GError) error = NULL;

  if (!styre_gui_write_finish (result, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *dialog;

      if (styre_save_error_is_explained (error))
        return;
      dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       _("The Forum Was Not Made"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  edit_forum (self, d->id);
}

static void
forum_name_changed_cb (GtkEditable      *entry,
                       AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "create", *name != '\0');
}

static void
forum_name_activate_cb (GtkEntry         *entry,
                        AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "create"))
    {
      adw_message_dialog_response (dialog, "create");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

static void
forum_response_cb (AdwMessageDialog  *dialog,
                   const char        *response,
                   StyreMeetingsPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (!g_str_equal (response, "create") || *name == '\0' || self->store == NULL)
    return;
  {
    NewForum *d = g_new0 (NewForum, 1);

    d->name = g_steal_pointer (&name);
    styre_gui_write_async (self, self->store, create_forum, d, new_forum_free, NULL, NULL,
                           forum_created_cb, d);
  }
}

static void
new_forum_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StyreMeetingsPage *self = STYRE_MEETINGS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  if (!writable (self))
    return;
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("New Forum"),
                                   _("A forum is a body that meets, such as the leadership "
                                     "group or a portfolio board. It starts with the usual "
                                     "standing items; add its members next."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name of the forum"), -1);
  /* Translators: an example of a forum's name, shown in the empty entry */
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("For example Digitaliseringsrådet"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("_Create"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (forum_name_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (forum_name_activate_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (forum_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
styre_meetings_page_class_init (StyreMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = styre_meetings_page_dispose;
  object_class->finalize = styre_meetings_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/styreapp/Styre/ui/styre-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, forums_button);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, empty_forum_button);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, meeting_view);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, upcoming_group);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, upcoming_list);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, earlier_group);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, earlier_list);

  gtk_widget_class_install_action (widget_class, "meetings.new", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "meetings.new-forum", NULL, new_forum_action);
  gtk_widget_class_install_action (widget_class, "meetings.edit-forum", "x", edit_forum_action);

  g_type_ensure (STYRE_TYPE_MEETING_VIEW);
}

static GtkFilterListModel *
section_new (StyreMeetingsPage *self,
             GtkCustomFilterFunc func)
{
  GtkCustomFilter *filter = gtk_custom_filter_new (func, self, NULL);

  return gtk_filter_list_model_new (g_object_ref (self->meetings),
                                    GTK_FILTER (filter));
}

static int
compare_soonest_first (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return g_strcmp0 (styre_meeting_get_starts_at ((StyreMeeting *) a),
                    styre_meeting_get_starts_at ((StyreMeeting *) b));
}

static void
styre_meetings_page_init (StyreMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->upcoming_list, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect (self->earlier_list, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->meeting_view, "back", G_CALLBACK (back_cb), self);

  self->meetings = G_LIST_MODEL (g_list_store_new (STYRE_TYPE_MEETING));
  /* The next meeting first; the earlier ones newest first, as the file lists them. */
  self->upcoming_filter = section_new (self, filter_upcoming);
  self->upcoming = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->upcoming_filter)),
                                            GTK_SORTER (gtk_custom_sorter_new (compare_soonest_first,
                                                                               NULL, NULL)));
  self->earlier = section_new (self, filter_earlier);
  gtk_list_box_bind_model (self->upcoming_list, G_LIST_MODEL (self->upcoming),
                           create_meeting_row, self, NULL);
  gtk_list_box_bind_model (self->earlier_list, G_LIST_MODEL (self->earlier),
                           create_meeting_row, self, NULL);
  update_state (self);
}

/**
 * styre_meetings_page_load_async:
 *
 * Reads the meetings from @store on a worker thread and shows them.
 */
void
styre_meetings_page_load_async (StyreMeetingsPage   *self,
                                StyreStore          *store,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (STYRE_IS_MEETINGS_PAGE (self));
  g_return_if_fail (STYRE_IS_STORE (store));

  /* Another file: back to its list of meetings. */
  if (self->store != store)
    gtk_stack_set_visible_child_name (self->page_stack, "list");
  g_set_object (&self->store, store);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, styre_meetings_page_load_async);
  styre_gui_query_async (self, store, query_meetings, NULL, NULL, meetings_data_free,
                         cancellable, meetings_loaded_cb, task);
}

gboolean
styre_meetings_page_load_finish (StyreMeetingsPage  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_return_val_if_fail (STYRE_IS_MEETINGS_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * styre_meetings_page_get_model:
 *
 * Returns: (transfer none): every meeting the page lists, newest first
 */
GListModel *
styre_meetings_page_get_model (StyreMeetingsPage *self)
{
  g_return_val_if_fail (STYRE_IS_MEETINGS_PAGE (self), NULL);
  return self->meetings;
}

/**
 * styre_meetings_page_open_meeting:
 *
 * Shows meeting @meeting_id: its agenda, case presentations and minutes.
 */
void
styre_meetings_page_open_meeting (StyreMeetingsPage *self,
                                  gint64             meeting_id)
{
  g_return_if_fail (STYRE_IS_MEETINGS_PAGE (self));
  g_return_if_fail (self->store != NULL);

  styre_meeting_view_show_meeting (self->meeting_view, self->store, meeting_id);
  gtk_stack_set_visible_child_name (self->page_stack, "meeting");
}

/**
 * styre_meetings_page_get_meeting_view:
 *
 * Returns: (transfer none): the view of one meeting
 */
GtkWidget *
styre_meetings_page_get_meeting_view (StyreMeetingsPage *self)
{
  g_return_val_if_fail (STYRE_IS_MEETINGS_PAGE (self), NULL);
  return GTK_WIDGET (self->meeting_view);
}
