/* test-meetings.c — a secretary builds an agenda, reorders it, sends the notice and records
 * a decision, through the window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "styre-agenda-edit.h"
#include "styre-agenda-item-editor.h"
#include "styre-agenda.h"
#include "styre-conflict-dialog.h"
#include "styre-forum-window.h"
#include "styre-forum.h"
#include "styre-gui.h"
#include "styre-meeting-view.h"
#include "styre-meetings-page.h"
#include "styre-store.h"
#include "styre-window.h"

#include "../test-meetings.h"
#include "../test-util.h"

#define TIMEOUT_SECONDS 60

static char *tmp_dir;

/* ── waiting ─────────────────────────────────────────────────────────────────────────── */

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
iterate_until (gboolean (*done) (gpointer data),
               gpointer   data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (TIMEOUT_SECONDS, timed_out_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
window_loaded (gpointer data)
{
  return !styre_window_get_loading (data);
}

typedef struct
{
  StyreStore *store;
  gint64      meeting;
  gboolean  (*check) (StyreAgenda *agenda, gpointer data);
  gpointer    data;
} FileWait;

/* What the file says, read as another program would. */
static gboolean
file_says (gpointer data)
{
  FileWait *w = data;
  g_autoptr(StyreAgenda) agenda = styre_store_load_agenda (w->store, w->meeting, NULL);

  g_main_context_iteration (NULL, FALSE);
  return agenda != NULL && w->check (agenda, w->data);
}

static void
wait_for_file (StyreStore *store,
               gint64      meeting,
               gboolean  (*check) (StyreAgenda *agenda, gpointer data),
               gpointer    data)
{
  FileWait w = { store, meeting, check, data };

  iterate_until (file_says, &w);
}

typedef struct
{
  StyreMeetingView *view;
  guint             n_items;
} ViewWait;

static gboolean
view_shows (gpointer data)
{
  ViewWait *w = data;
  StyreAgenda *agenda = styre_meeting_view_get_agenda (w->view);

  return agenda != NULL && agenda->items->len == w->n_items;
}

/* ── finding widgets ─────────────────────────────────────────────────────────────────── */

static GtkWidget *
find_by_id (GtkWidget  *root,
            const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), id) == 0)
        return child;
      if ((found = find_by_id (child, id)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_by_type (GtkWidget *root,
              GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_by_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == parent
          && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog (data) != NULL;
}

/* ── what the file should say ────────────────────────────────────────────────────────── */

typedef struct
{
  GtkEditable *entry;
  const char  *text;
} TitleWait;

static gboolean
entry_says (gpointer data)
{
  TitleWait *w = data;
  return g_strcmp0 (gtk_editable_get_text (w->entry), w->text) == 0;
}

static StyreAgendaItem *
item_titled (StyreAgenda *agenda,
             const char  *title)
{
  for (guint i = 0; i < agenda->items->len; i++)
    if (g_strcmp0 (((StyreAgendaItem *) agenda->items->pdata[i])->title, title) == 0)
      return g_ptr_array_index (agenda->items, i);
  return NULL;
}

static int
index_of (StyreAgenda *agenda,
          const char  *title)
{
  for (guint i = 0; i < agenda->items->len; i++)
    if (g_strcmp0 (((StyreAgendaItem *) agenda->items->pdata[i])->title, title) == 0)
      return (int) i;
  return -1;
}

static gboolean
has_both_cases (StyreAgenda *agenda,
                gpointer     data)
{
  return item_titled (agenda, "Budsjett 2027") && item_titled (agenda, "Digital strategi");
}

static gboolean
strategy_first (StyreAgenda *agenda,
                gpointer     data)
{
  return index_of (agenda, "Digital strategi") >= 0
         && index_of (agenda, "Digital strategi") < index_of (agenda, "Budsjett 2027");
}

static gboolean
case_is_ready (StyreAgenda *agenda,
               gpointer     data)
{
  StyreAgendaItem *item = item_titled (agenda, data);

  return item != NULL && item->planned_minutes == 25 && item->presenter_id > 0
         && g_strcmp0 (item->proposed_decision, "Forslaget vedtas.") == 0;
}

static gboolean
notice_sent (StyreAgenda *agenda,
             gpointer     data)
{
  return g_str_equal (agenda->state, "notice_sent");
}

static gboolean
adopted (StyreAgenda *agenda,
         gpointer     data)
{
  StyreAgendaItem *item = item_titled (agenda, data);

  return item != NULL && g_strcmp0 (item->outcome, "adopted_as_proposed") == 0;
}

/* The item asks for follow-up and has the action that puts it on the follow-up list. */
static gboolean
followed_up (StyreAgenda *agenda,
             gpointer     data)
{
  StyreAgendaItem *item = item_titled (agenda, data);
  g_autofree char *title = g_strdup_printf ("Follow up the decision: %s", (const char *) data);

  if (item == NULL || !item->needs_follow_up || item->actions->len != 1)
    return FALSE;
  return g_strcmp0 (((StyreAgendaAction *) item->actions->pdata[0])->title, title) == 0;
}

/* ── the test ────────────────────────────────────────────────────────────────────────── */

static void
prepare_case (StyreMeetingView *view,
              StyreStore       *store,
              gint64            meeting,
              const char       *title,
              gint64            presenter)
{
  StyreAgenda *agenda = styre_meeting_view_get_agenda (view);
  GtkWidget *editor = styre_meeting_view_get_item_editor (view);
  GtkWidget *spin, *presenter_row, *points, *point;
  g_autofree char *presenter_name = NULL;

  styre_meeting_view_select_item (view, item_titled (agenda, title)->id);
  g_assert_cmpint (styre_meeting_view_get_selected_item (view), ==, item_titled (agenda, title)->id);

  spin = find_by_id (editor, "minutes_spin");
  presenter_row = find_by_id (editor, "presenter_row");
  points = find_by_id (editor, "points_list");
  g_assert_nonnull (spin);
  g_assert_nonnull (presenter_row);
  g_assert_nonnull (points);
  point = find_by_type (points, GTK_TYPE_ENTRY);
  g_assert_nonnull (point);

  /* Choose the presenter as a person would: the row's list is the people, by name. */
  {
    GListModel *people = adw_combo_row_get_model (ADW_COMBO_ROW (presenter_row));
    for (guint i = 0; i < g_list_model_get_n_items (people); i++)
      {
        g_autoptr(GtkStringObject) name = g_list_model_get_item (people, i);
        if (g_str_equal (gtk_string_object_get_string (name), "Per Ås"))
          adw_combo_row_set_selected (ADW_COMBO_ROW (presenter_row), i);
      }
  }
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 25);
  gtk_editable_set_text (GTK_EDITABLE (point), "Forslaget vedtas.");

  wait_for_file (store, meeting, case_is_ready, (gpointer) title);
}

static void
test_build_agenda_send_notice_record_decision (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "ledergruppen.styre", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StyreStore) reader = NULL;
  StyreWindow *window;
  StyreMeetingView *view;
  TestWorld w;
  gint64 meeting;
  StyreStore *store;

  /* A file with a forum, its people and standing items, and one empty meeting. */
  {
    g_autoptr(StyreStore) setup = styre_store_create (path, "Fjordvik kommune", &error);
    g_assert_no_error (error);
    test_world_init (setup, &w);
    meeting = test_meeting (setup, w.forum, "2026-12-11", "12:00");
  }

  window = styre_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  iterate_until (window_loaded, window);
  store = styre_window_get_store (window);
  reader = styre_store_open (path, STYRE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "x", meeting);
  g_assert_cmpstr (styre_window_get_view (window), ==, "meetings");
  view = STYRE_MEETING_VIEW (styre_meetings_page_get_meeting_view (
    STYRE_MEETINGS_PAGE (styre_window_get_page (window, "meetings"))));
  {
    ViewWait vw = { view, 4 };
    iterate_until (view_shows, &vw);
  }

  /* Build the agenda: two cases, added as a person adds them. */
  {
    GtkWidget *entry = find_by_id (GTK_WIDGET (view), "new_item_entry");
    const char *titles[] = { "Budsjett 2027", "Digital strategi" };

    /* The popover's entry is not in the view's widget tree until it is shown. */
    if (entry == NULL)
      {
        GtkWidget *button = find_by_id (GTK_WIDGET (view), "add_item_button");
        gtk_menu_button_popup (GTK_MENU_BUTTON (button));
        entry = find_by_type (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))),
                              GTK_TYPE_ENTRY);
      }
    g_assert_nonnull (entry);
    for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
      {
        ViewWait vw = { view, 5 + i };

        gtk_editable_set_text (GTK_EDITABLE (entry), titles[i]);
        gtk_widget_activate_action (GTK_WIDGET (view), "meeting.add-item", NULL);
        iterate_until (view_shows, &vw);
      }
  }
  wait_for_file (reader, meeting, has_both_cases, NULL);
  {
    g_autoptr(StyreAgenda) a = styre_store_load_agenda (reader, meeting, NULL);
    /* Added before Eventuelt, in the order added; no case numbers yet. */
    g_assert_cmpint (index_of (a, "Budsjett 2027"), ==, 3);
    g_assert_cmpint (index_of (a, "Digital strategi"), ==, 4);
    g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[5])->title, ==, "Eventuelt");
    g_assert_null (item_titled (a, "Budsjett 2027")->case_number);
  }

  /* Reorder with the keyboard's Alt+Up: "Digital strategi" goes before the budget. */
  styre_meeting_view_select_item (view, item_titled (styre_meeting_view_get_agenda (view),
                                                     "Digital strategi")->id);
  gtk_widget_activate_action (GTK_WIDGET (view), "meeting.move-up", NULL);
  wait_for_file (reader, meeting, strategy_first, NULL);

  /* Make both cases ready: presenter, minutes, a proposed decision. */
  prepare_case (view, reader, meeting, "Digital strategi", w.member);
  prepare_case (view, reader, meeting, "Budsjett 2027", w.member);
  {
    ViewWait vw = { view, 6 };
    iterate_until (view_shows, &vw);
  }

  /* Send the notice: the dialog asks, the person confirms. */
  gtk_widget_activate_action (GTK_WIDGET (view), "meeting.advance", NULL);
  iterate_until (dialog_shown, window);
  {
    AdwMessageDialog *dialog = find_dialog (GTK_WINDOW (window));
    g_assert_true (adw_message_dialog_has_response (dialog, "go"));
    adw_message_dialog_response (dialog, "go");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  wait_for_file (reader, meeting, notice_sent, NULL);
  {
    g_autoptr(StyreAgenda) a = styre_store_load_agenda (reader, meeting, NULL);
    /* Numbered in agenda order, the standing items not. */
    g_assert_cmpstr (item_titled (a, "Digital strategi")->case_number, ==, "01/26");
    g_assert_cmpstr (item_titled (a, "Budsjett 2027")->case_number, ==, "02/26");
    g_assert_null (((StyreAgendaItem *) a->items->pdata[0])->case_number);
  }

  /* Record a decision in the minutes: one click, "Adopted as Proposed". */
  {
    ViewWait vw = { view, 6 };
    GtkWidget *editor = styre_meeting_view_get_item_editor (view);
    GtkWidget *adopt;
    StyreAgenda *shown;

    iterate_until (view_shows, &vw);
    shown = styre_meeting_view_get_agenda (view);
    styre_meeting_view_select_item (view, item_titled (shown, "Budsjett 2027")->id);
    adopt = find_by_id (editor, "adopt_button");
    g_assert_nonnull (adopt);
    /* The state reaches the editor with the reload after the notice. */
    while (!gtk_widget_is_sensitive (adopt))
      g_main_context_iteration (NULL, TRUE);
    g_signal_emit_by_name (adopt, "clicked");
  }
  wait_for_file (reader, meeting, adopted, (gpointer) "Budsjett 2027");
  {
    g_autoptr(StyreAgenda) a = styre_store_load_agenda (reader, meeting, NULL);
    g_assert_cmpstr (item_titled (a, "Budsjett 2027")->decision, ==, "Forslaget vedtas.");
    g_assert_cmpuint (item_titled (a, "Budsjett 2027")->actions->len, ==, 0);
  }

  /* The decision needs follow-up: switched on, it gets the action that puts it on the
   * follow-up list (and only one). */
  {
    GtkWidget *follow_up = find_by_id (styre_meeting_view_get_item_editor (view),
                                       "follow_up_switch");

    g_assert_nonnull (follow_up);
    /* On, off and on again before the item is read again: still one action. */
    gtk_switch_set_active (GTK_SWITCH (follow_up), TRUE);
    gtk_switch_set_active (GTK_SWITCH (follow_up), FALSE);
    gtk_switch_set_active (GTK_SWITCH (follow_up), TRUE);
  }
  wait_for_file (reader, meeting, followed_up, (gpointer) "Budsjett 2027");
  {
    /* The reload after it does not add another. */
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  {
    g_autoptr(StyreAgenda) a = styre_store_load_agenda (reader, meeting, NULL);
    g_assert_cmpuint (item_titled (a, "Budsjett 2027")->actions->len, ==, 1);
  }

  /* Every save went into the audit log with the version checked: nothing was lost. */
  g_assert_true (styre_store_check (reader, TRUE, &error));
  g_assert_no_error (error);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  (void) store;
}

static gboolean
conflict_dialog_shown (gpointer data)
{
  AdwMessageDialog *dialog = find_dialog (data);

  return dialog != NULL && STYRE_IS_CONFLICT_DIALOG (dialog);
}

static gboolean
merged (StyreAgenda *agenda,
        gpointer     data)
{
  StyreAgendaItem *item = g_ptr_array_index (agenda->items, 3);

  return g_strcmp0 (item->title, "Budsjett 2027 (mitt)") == 0 && item->planned_minutes == 40;
}

static gboolean
all_saved (gpointer data)
{
  return !styre_agenda_item_editor_has_unsaved (data);
}

static gboolean
can_redo (gpointer data)
{
  return styre_undo_stack_get_can_redo (data);
}

static gboolean
has_item_titled (StyreAgenda *agenda,
                 gpointer     data)
{
  return item_titled (agenda, data) != NULL;
}

/* What the secretary types into an item is on the window's undo stack: Ctrl+Z takes back
 * the whole typing of the field (one step, though it was saved twice), Ctrl+Shift+Z puts
 * it back. */
static void
test_undo_typing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "angre.styre", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StyreStore) reader = NULL;
  StyreAgendaItemEditor *editor;
  StyreWindow *window;
  StyreMeetingView *view;
  GtkWidget *title;
  TestWorld w;
  gint64 meeting, item;

  {
    g_autoptr(StyreStore) setup = styre_store_create (path, "Fjordvik kommune", &error);
    g_assert_no_error (error);
    test_world_init (setup, &w);
    meeting = test_meeting (setup, w.forum, "2026-12-11", "12:00");
    item = test_case (setup, meeting, "Budsjett 2027", w.member, 20);
  }
  reader = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  window = styre_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  iterate_until (window_loaded, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "x", meeting);
  view = STYRE_MEETING_VIEW (styre_meetings_page_get_meeting_view (
    STYRE_MEETINGS_PAGE (styre_window_get_page (window, "meetings"))));
  {
    ViewWait vw = { view, 5 };
    iterate_until (view_shows, &vw);
  }
  styre_meeting_view_select_item (view, item);
  editor = STYRE_AGENDA_ITEM_EDITOR (styre_meeting_view_get_item_editor (view));
  title = find_by_id (GTK_WIDGET (editor), "title_entry");
  g_assert_nonnull (title);
  g_assert_false (styre_undo_stack_get_can_undo (styre_window_get_undo_stack (window)));

  gtk_editable_set_text (GTK_EDITABLE (title), "Budsjett 2027 – revidert");
  styre_agenda_item_editor_flush (editor);
  wait_for_file (reader, meeting, has_item_titled, (gpointer) "Budsjett 2027 – revidert");
  gtk_editable_set_text (GTK_EDITABLE (title), "Budsjett 2028");
  styre_agenda_item_editor_flush (editor);
  wait_for_file (reader, meeting, has_item_titled, (gpointer) "Budsjett 2028");
  /* Saved in the file, and the save has come back to the editor. */
  iterate_until (all_saved, editor);
  g_assert_true (styre_undo_stack_get_can_undo (styre_window_get_undo_stack (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  wait_for_file (reader, meeting, has_item_titled, (gpointer) "Budsjett 2027");
  /* One step: nothing more to undo. */
  iterate_until (can_redo, styre_window_get_undo_stack (window));
  g_assert_false (styre_undo_stack_get_can_undo (styre_window_get_undo_stack (window)));
  /* The editor shows it too. */
  {
    TitleWait tw = { GTK_EDITABLE (title), "Budsjett 2027" };
    iterate_until (entry_says, &tw);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  wait_for_file (reader, meeting, has_item_titled, (gpointer) "Budsjett 2028");

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Someone else saves the item while the secretary types: the field only they changed is
 * merged, the field both changed is asked about, and what the secretary typed wins when
 * chosen. Nothing is lost. */
static void
test_conflict_is_asked (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "konflikt.styre", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StyreStore) other = NULL;
  StyreWindow *window;
  StyreMeetingView *view;
  GtkWidget *title;
  TestWorld w;
  gint64 meeting, item;

  {
    g_autoptr(StyreStore) setup = styre_store_create (path, "Fjordvik kommune", &error);
    g_assert_no_error (error);
    test_world_init (setup, &w);
    meeting = test_meeting (setup, w.forum, "2026-12-11", "12:00");
    item = test_case (setup, meeting, "Budsjett 2027", w.member, 20);
  }

  window = styre_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  iterate_until (window_loaded, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "x", meeting);
  view = STYRE_MEETING_VIEW (styre_meetings_page_get_meeting_view (
    STYRE_MEETINGS_PAGE (styre_window_get_page (window, "meetings"))));
  {
    ViewWait vw = { view, 5 };
    iterate_until (view_shows, &vw);
  }
  styre_meeting_view_select_item (view, item);
  title = find_by_id (styre_meeting_view_get_item_editor (view), "title_entry");
  g_assert_nonnull (title);

  /* The secretary types; before the save, someone else saves the same item. */
  gtk_editable_set_text (GTK_EDITABLE (title), "Budsjett 2027 (mitt)");
  other = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  styre_store_set_identity (other, "kari", "Kari Nordmann");
  {
    g_autoptr(StyreRow) row = styre_store_read_row (other, "agenda_item", item, &error);
    g_autoptr(StyreChange) c = styre_change_new_update ("agenda_item", item,
                                                        styre_row_get_int (row, "version"));
    styre_change_set_text (c, "title", "Budsjett 2027 (hennes)");
    styre_change_set_int (c, "planned_minutes", 40);
    g_assert_true (styre_store_apply (other, c, &error));
    g_assert_no_error (error);
  }

  iterate_until (conflict_dialog_shown, window);
  {
    AdwMessageDialog *dialog = find_dialog (GTK_WINDOW (window));
    /* It says who, and the secretary's own value is chosen at first. */
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Kari Nordmann"));
    g_assert_true (styre_conflict_dialog_get_keeps_mine (STYRE_CONFLICT_DIALOG (dialog), 0));
    adw_message_dialog_response (dialog, "save");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  wait_for_file (other, meeting, merged, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* ── a file without forums ───────────────────────────────────────────────────────────── */

static StyreForumWindow *
find_forum_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (STYRE_IS_FORUM_WINDOW (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return STYRE_FORUM_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
forum_window_shown (gpointer data)
{
  return find_forum_window () != NULL;
}

typedef struct
{
  StyreStore *store;
  guint       n_standing;
} ForumWait;

static gboolean
file_has_forum (gpointer data)
{
  ForumWait *w = data;
  g_autoptr(StyreForum) forum = NULL;

  g_main_context_iteration (NULL, FALSE);
  forum = styre_store_load_forum (w->store, 1, NULL);
  return forum != NULL && forum->standing->len == w->n_standing;
}

static gboolean
new_meeting_enabled (gpointer data)
{
  GtkWidget *button = find_by_id (data, "new_button");

  return button != NULL && gtk_widget_get_sensitive (button);
}

/* A new file has no forums: the page says so and offers to make one; the forum starts with
 * the usual standing items, takes more, and then meetings can be made. */
static void
test_first_forum (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "ny.styre", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StyreStore) reader = NULL;
  StyreWindow *window;
  GtkWidget *page;
  AdwMessageDialog *dialog;
  StyreForumWindow *forum_window;

  {
    g_autoptr(StyreStore) setup = styre_store_create (path, "Nordfjord IKS", &error);
    g_assert_no_error (error);
  }
  window = styre_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  iterate_until (window_loaded, window);
  reader = styre_store_open (path, STYRE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  page = styre_window_get_page (window, "meetings");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (find_by_id (page, "empty_page"))),
                   ==, "No Forums");
  g_assert_true (gtk_widget_get_visible (find_by_id (page, "empty_forum_button")));
  g_assert_false (gtk_widget_get_sensitive (find_by_id (page, "new_button")));

  gtk_widget_activate_action (page, "meetings.new-forum", NULL);
  iterate_until (dialog_shown, window);
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                         "  Digitaliseringsrådet  ");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "create"));
  adw_message_dialog_response (dialog, "create");
  gtk_window_destroy (GTK_WINDOW (dialog));

  iterate_until (forum_window_shown, NULL);
  {
    ForumWait fw = { reader, 5 };
    iterate_until (file_has_forum, &fw);
  }
  {
    g_autoptr(StyreForum) forum = styre_store_load_forum (reader, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (styre_row_get_text (forum->row, "name"), ==, "Digitaliseringsrådet");
  }

  /* One more standing item, from the forum window. */
  forum_window = find_forum_window ();
  gtk_widget_activate (find_by_id (GTK_WIDGET (forum_window), "add_standing_button"));
  {
    ForumWait fw = { reader, 6 };
    iterate_until (file_has_forum, &fw);
  }

  /* Now meetings can be made. */
  iterate_until (new_meeting_enabled, page);
  gtk_window_destroy (GTK_WINDOW (forum_window));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  tmp_dir = g_dir_make_tmp ("styre-ui-meetings-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  styre_gui_init ();

  g_test_add_func ("/meetings/build-agenda-send-notice-record-decision",
                   test_build_agenda_send_notice_record_decision);
  g_test_add_func ("/meetings/conflict-is-asked", test_conflict_is_asked);
  g_test_add_func ("/meetings/undo-typing", test_undo_typing);
  g_test_add_func ("/meetings/first-forum", test_first_forum);

  ret = g_test_run ();

  test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
