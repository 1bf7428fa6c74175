/* styre-meetings-page.c — the meetings, newest first
 *
 * Upcoming meetings above the earlier ones; each with its date and time, forum, place,
 * how far it has come (draft, notice sent, held, minutes approved) and its number of items.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-meetings-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "styre-format.h"
#include "styre-gui.h"
#include "styre-meetings-page.h"
#include "styre-queries.h"

struct _StyreMeetingsPage
{
  AdwBin              parent_instance;

  GListModel         *meetings;     /* newest first, as the file lists them */
  GtkFilterListModel *upcoming_filter;
  GtkSortListModel   *upcoming;
  GtkFilterListModel *earlier;
  char               *today;

  GtkStack           *stack;
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
} MeetingsData;

static void
meetings_data_free (gpointer data)
{
  MeetingsData *d = data;

  g_clear_object (&d->meetings);
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
  if ((d->meetings = styre_store_list_meetings (store, error)) == NULL)
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

  gtk_widget_add_css_class (box, "meeting-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
update_state (StyreMeetingsPage *self)
{
  guint n_upcoming = g_list_model_get_n_items (G_LIST_MODEL (self->upcoming));
  guint n_earlier = g_list_model_get_n_items (G_LIST_MODEL (self->earlier));

  gtk_widget_set_visible (self->upcoming_group, n_upcoming > 0);
  gtk_widget_set_visible (self->earlier_group, n_earlier > 0);
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

  if (g_strcmp0 (self->today, data->today) != 0)
    {
      /* Another day: which meetings are upcoming is decided anew. */
      g_free (self->today);
      self->today = g_steal_pointer (&data->today);
      g_list_store_remove_all (G_LIST_STORE (self->meetings));
    }
  /* Read again after a change (someone else's, perhaps): the lists keep their place. */
  styre_gui_list_store_sync (G_LIST_STORE (self->meetings), data->meetings, NULL);
  update_state (self);
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
}

static void
styre_meetings_page_finalize (GObject *object)
{
  StyreMeetingsPage *self = (StyreMeetingsPage *)object;

  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (styre_meetings_page_parent_class)->finalize (object);
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
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, upcoming_group);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, upcoming_list);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, earlier_group);
  gtk_widget_class_bind_template_child (widget_class, StyreMeetingsPage, earlier_list);
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
