/* test-projector-mode.c — projector mode with a laptop and a projector, under Xvfb
 *
 * The chair opens a meeting and presses F5: the audience window goes full screen on the
 * second monitor (the projector), the console on the first. The keys a presentation
 * clicker sends — real key events through the X server (XTest) — step through the items,
 * blank the screen, show the agenda and a chart; the audience window draws what the
 * projector says. An exempt item shows nothing of itself until the chair unlocks it on the
 * console (confirmed, written to the audit log). What the secretary types in the console
 * is saved in the minutes as she types; each item's actual start and end are in the
 * minutes; Escape leaves.
 *
 * The meson entry runs this under Xvfb with one 3200×1080 screen that fake-monitors.c
 * splits into a 1280×800 laptop and a 1920×1080 projector (see there why).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <sqlite3.h>
#include <string.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "styre-agenda-edit.h"
#include "styre-agenda.h"
#include "styre-audience-view.h"
#include "styre-demo.h"
#include "styre-gui.h"
#include "styre-meeting-view.h"
#include "styre-meeting.h"
#include "styre-meetings-page.h"
#include "styre-projection.h"
#include "styre-queries.h"
#include "styre-store.h"
#include "styre-window.h"

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
iterate_until_ (gboolean   (*done) (gpointer data),
                gpointer     data,
                const char  *what,
                int          line)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (TIMEOUT_SECONDS, timed_out_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("waited %d s for %s (line %d)", TIMEOUT_SECONDS, what, line);
  g_source_remove (id);
}

#define iterate_until(done, data) iterate_until_ ((done), (data), #done, __LINE__)

static gboolean
window_loaded (gpointer data)
{
  return !styre_window_get_loading (data);
}

static gboolean
projection_loaded (gpointer data)
{
  StyreProjection *projection = styre_projection_get_for_window (data);

  return projection != NULL && styre_projection_get_loaded (projection);
}

static gboolean
projection_gone (gpointer data)
{
  return styre_projection_get_for_window (data) == NULL;
}

typedef struct
{
  StyreProjection *projection;
  int              current;
  StyreScreen      screen;
} StateWait;

/* The projector is at @current on @screen, and the audience window has drawn it. */
static gboolean
shows (gpointer data)
{
  StateWait *w = data;
  StyreProjector *p = styre_projection_get_projector (w->projection);
  StyreAudienceView *view = STYRE_AUDIENCE_VIEW (styre_projection_get_audience_view (w->projection));
  StyreAudienceFrame *frame = styre_audience_view_get_frame (view);
  const StyreProjectorItem *item = styre_projector_get_item (p, w->current);

  if (styre_projector_get_current (p) != w->current || styre_projector_get_screen (p) != w->screen)
    return FALSE;
  /* Drawn: the frame is of this screen and item (a blank one has no item). */
  return frame != NULL && frame->screen == w->screen
         && (w->screen != STYRE_SCREEN_ITEM || item == NULL || frame->item_id == item->id)
         && (w->screen != STYRE_SCREEN_CHART || frame->n_charts_drawn == 1);
}

static void
wait_for (StyreProjection *projection,
          int              current,
          StyreScreen      screen)
{
  StateWait w = { projection, current, screen };

  iterate_until (shows, &w);
}

static char *
audience_text (StyreProjection *projection)
{
  StyreAudienceView *view = STYRE_AUDIENCE_VIEW (styre_projection_get_audience_view (projection));

  return styre_audience_frame_get_text (styre_audience_view_get_frame (view));
}

typedef struct
{
  StyreProjection *projection;
  const char      *words;
} TextWait;

static gboolean
audience_says (gpointer data)
{
  TextWait *w = data;
  g_autofree char *text = audience_text (w->projection);

  return strstr (text, w->words) != NULL;
}

typedef struct
{
  StyreStore *reader;
  gint64      item_id;
  const char *column;
  const char *value;     /* NULL: any value but NULL */
} FileWait;

/* What the file says, read as another program would. */
static gboolean
file_says (gpointer data)
{
  FileWait *w = data;
  g_autoptr(StyreRow) row = styre_store_read_row (w->reader, "agenda_item", w->item_id, NULL);
  const char *now;

  g_main_context_iteration (NULL, FALSE);
  if (row == NULL)
    return FALSE;
  now = styre_row_get_text (row, w->column);
  return w->value == NULL ? now != NULL : g_strcmp0 (now, w->value) == 0;
}

static void
wait_for_file (StyreStore *reader,
               gint64      item_id,
               const char *column,
               const char *value)
{
  FileWait w = { reader, item_id, column, value };

  iterate_until (file_says, &w);
}

/* ── keys, as a clicker sends them ───────────────────────────────────────────────────── */

static void
focus (GtkWindow *window)
{
  Display *display = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));

  XSetInputFocus (display, xid, RevertToParent, CurrentTime);
  XSync (display, False);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
press (KeySym keysym)
{
  Display *display = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  KeyCode code = XKeysymToKeycode (display, keysym);

  g_assert_cmpint (code, !=, 0);
  XTestFakeKeyEvent (display, code, True, CurrentTime);
  XTestFakeKeyEvent (display, code, False, CurrentTime);
  XSync (display, False);
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

/* The dialog's button with @label, to click as a person does. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  AdwMessageDialog **out = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          *out = ADW_MESSAGE_DIALOG (toplevel);
          return TRUE;
        }
    }
  return FALSE;
}

/* ── the file ────────────────────────────────────────────────────────────────────────── */

static int
count_unlocks (const char *path,
               gint64      item_id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  /* The app may be writing the clock's times just then. */
  sqlite3_busy_timeout (db, 10000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM audit_log WHERE action = 'unlock' "
                                           "AND table_name = 'agenda_item' AND row_id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, item_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* The demo's meeting with the notice sent (exempt items, charts), moved to today so the
 * clock records into the minutes as on the meeting's day. */
static gint64
meeting_of_today (StyreStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = styre_store_list_meetings (store, &error);
  g_autoptr(GDateTime) now = styre_projector_now ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(StyreMeeting) m = g_list_model_get_item (meetings, i);
      g_autoptr(StyreAgenda) a = styre_store_load_agenda (store, styre_meeting_get_id (m), NULL);
      g_autoptr(StyreRow) row = NULL;
      g_autoptr(StyreChange) c = NULL;
      g_autofree char *starts = NULL;
      g_autofree char *ends = NULL;

      if (a == NULL || !g_str_equal (a->state, "notice_sent") || styre_agenda_count_exempt (a) == 0)
        continue;
      row = styre_store_read_row (store, "meeting", a->id, &error);
      g_assert_no_error (error);
      starts = g_strdup_printf ("%sT%s", today, a->starts_at + 11);
      ends = g_strdup_printf ("%sT%s", today, a->ends_at + 11);
      c = styre_change_new_update ("meeting", a->id, styre_row_get_int (row, "version"));
      styre_change_set_text (c, "starts_at", starts);
      styre_change_set_text (c, "ends_at", ends);
      g_assert_true (styre_store_apply (store, c, &error));
      g_assert_no_error (error);
      return a->id;
    }
  g_assert_not_reached ();
}

/* ── the test ────────────────────────────────────────────────────────────────────────── */

static void
test_two_screens_keys_exempt_minutes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "demo.styre", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(StyreStore) reader = NULL;
  g_autoptr(StyreAgenda) agenda = NULL;
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) laptop = NULL;
  g_autoptr(GdkMonitor) projector_monitor = NULL;
  StyreDemoOptions options;
  StyreWindow *window;
  StyreMeetingView *view;
  StyreProjection *projection;
  StyreProjector *p;
  GtkWindow *audience;
  GdkMonitor *on;
  GdkRectangle geometry;
  gint64 meeting;
  int exempt = -1, with_charts = -1;
  StyreAgendaItem *exempt_item;

  /* A laptop and a projector, as the test's Xvfb is set up. */
  g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 2);
  laptop = g_list_model_get_item (monitors, 0);
  projector_monitor = g_list_model_get_item (monitors, 1);

  styre_demo_options_init (&options);
  {
    g_autoptr(StyreStore) setup = styre_demo_create (path, &options, &error);
    g_assert_no_error (error);
    meeting = meeting_of_today (setup);
    agenda = styre_store_load_agenda (setup, meeting, &error);
    g_assert_no_error (error);
  }
  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);

      if (exempt < 0 && g_str_equal (item->confidentiality, "exempt"))
        exempt = (int) i;
      if (with_charts < 0 && item->views->len >= 2)
        with_charts = (int) i;
    }
  g_assert_cmpint (exempt, >, with_charts);
  g_assert_cmpint (with_charts, >, 0);
  exempt_item = g_ptr_array_index (agenda->items, exempt);

  window = styre_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  iterate_until (window_loaded, window);
  reader = styre_store_open (path, STYRE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  /* F5 in the meeting, as the chair starts it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-meeting", "x", meeting);
  view = STYRE_MEETING_VIEW (styre_meetings_page_get_meeting_view (
    STYRE_MEETINGS_PAGE (styre_window_get_page (window, "meetings"))));
  while (styre_meeting_view_get_agenda (view) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "meeting.project", NULL));
  iterate_until (projection_loaded, window);
  projection = styre_projection_get_for_window (GTK_WINDOW (window));
  p = styre_projection_get_projector (projection);

  /* The audience window is full screen on the projector, the console on the laptop. */
  audience = styre_projection_get_audience_window (projection);
  while (!gtk_widget_get_mapped (GTK_WIDGET (audience)))
    g_main_context_iteration (NULL, TRUE);
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  on = gdk_display_get_monitor_at_surface (gdk_display_get_default (),
                                           gtk_native_get_surface (GTK_NATIVE (audience)));
  g_assert_true (on == projector_monitor);
  g_assert_true (styre_projection_get_audience_monitor (projection) == projector_monitor);
  gdk_monitor_get_geometry (projector_monitor, &geometry);
  g_assert_cmpint (geometry.x, ==, 1280);
  g_assert_false (styre_projection_get_single_screen (projection));
  g_assert_nonnull (styre_projection_get_console_window (projection));
  g_assert_true (gdk_display_get_monitor_at_surface (gdk_display_get_default (),
                                                     gtk_native_get_surface (GTK_NATIVE (window)))
                 == laptop);
  wait_for (projection, -1, STYRE_SCREEN_AGENDA);

  /* The keys a clicker sends, on the audience window. */
  focus (audience);
  press (XK_Page_Down);
  wait_for (projection, 0, STYRE_SCREEN_ITEM);
  press (XK_Right);
  wait_for (projection, 1, STYRE_SCREEN_ITEM);
  press (XK_space);
  wait_for (projection, 2, STYRE_SCREEN_ITEM);
  press (XK_Return);
  wait_for (projection, 3, STYRE_SCREEN_ITEM);
  press (XK_Page_Up);
  wait_for (projection, 2, STYRE_SCREEN_ITEM);
  press (XK_Left);
  wait_for (projection, 1, STYRE_SCREEN_ITEM);
  press (XK_BackSpace);
  wait_for (projection, 0, STYRE_SCREEN_ITEM);

  /* Black, and back with "."; white and back; the agenda and back. */
  press (XK_b);
  wait_for (projection, 0, STYRE_SCREEN_BLACK);
  g_assert_cmpuint (styre_audience_view_get_frame (STYRE_AUDIENCE_VIEW (
                      styre_projection_get_audience_view (projection)))->texts->len, ==, 0);
  press (XK_period);
  wait_for (projection, 0, STYRE_SCREEN_ITEM);
  press (XK_w);
  wait_for (projection, 0, STYRE_SCREEN_WHITE);
  press (XK_w);
  wait_for (projection, 0, STYRE_SCREEN_ITEM);
  press (XK_a);
  wait_for (projection, 0, STYRE_SCREEN_AGENDA);
  press (XK_a);
  wait_for (projection, 0, STYRE_SCREEN_ITEM);

  /* The item with charts: its second chart with "2", drawn on the projector. */
  while (styre_projector_get_current (p) < with_charts)
    {
      int was = styre_projector_get_current (p);
      press (XK_Page_Down);
      wait_for (projection, was + 1, STYRE_SCREEN_ITEM);
    }
  press (XK_2);
  wait_for (projection, with_charts, STYRE_SCREEN_CHART);
  g_assert_cmpint (styre_projector_get_chart (p), ==, 1);
  press (XK_Page_Down);   /* back to the item (or the chart's next page first) */
  while (styre_projector_get_screen (p) == STYRE_SCREEN_CHART)
    {
      press (XK_Page_Down);
      for (int i = 0; i < 20; i++)
        g_main_context_iteration (NULL, FALSE);
    }
  wait_for (projection, with_charts, STYRE_SCREEN_ITEM);

  /* On to the exempt item: nothing of it on the projector. */
  while (styre_projector_get_current (p) < exempt)
    {
      int was = styre_projector_get_current (p);
      press (XK_Page_Down);
      wait_for (projection, was + 1, STYRE_SCREEN_ITEM);
    }
  {
    g_autofree char *text = audience_text (projection);
    g_assert_null (strstr (text, exempt_item->title));
    g_assert_nonnull (strstr (text, exempt_item->legal_basis));
  }
  g_assert_cmpint (count_unlocks (path, exempt_item->id), ==, 0);

  /* Unlocked on the console: confirmed, in the audit log, then on the screen. */
  {
    AdwMessageDialog *dialog = NULL;
    TextWait tw = { projection, exempt_item->title };
    GtkWidget *console = styre_projection_get_console (projection);

    g_assert_true (gtk_widget_activate_action (console, "projector.unlock", NULL));
    iterate_until (dialog_shown, &dialog);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog))
                   == styre_projection_get_console_window (projection));
    g_assert_nonnull (find_button (GTK_WIDGET (dialog), "_Show on Projector"));
    g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "_Show on Projector"), "clicked");
    iterate_until (audience_says, &tw);
    g_assert_cmpint (count_unlocks (path, exempt_item->id), ==, 1);
  }

  /* A typo fixed in the title (as from the meeting view, or another workstation): the
   * projector shows it and stays where it was. */
  {
    StyreStore *store = styre_window_get_store (window);
    g_autoptr(StyreRow) row = styre_store_read_row (store, "agenda_item", exempt_item->id, &error);
    g_autoptr(StyreChange) fix = NULL;
    g_autofree char *fixed = g_strdup_printf ("%s (rettet)", exempt_item->title);
    TextWait tw = { projection, fixed };

    g_assert_no_error (error);
    fix = styre_change_new_update ("agenda_item", exempt_item->id, styre_row_get_int (row, "version"));
    styre_change_set_text (fix, "title", fixed);
    g_assert_true (styre_store_apply (store, fix, &error));
    g_assert_no_error (error);
    iterate_until (audience_says, &tw);
    g_assert_cmpint (styre_projector_get_current (p), ==, exempt);
    g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);
    /* Still unlocked: the chair's choice holds through the reload. */
    g_assert_true (styre_projector_is_visible (p, exempt));
  }

  /* The secretary writes the discussion on the console; it is in the minutes. */
  {
    GtkWidget *console = styre_projection_get_console (projection);
    GtkTextView *note = GTK_TEXT_VIEW (find_by_id (console, "note_view"));
    const char *words = "Rådet ba om en ny vurdering i februar.";

    g_assert_nonnull (note);
    g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (note)));
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), words, -1);
    wait_for_file (reader, exempt_item->id, "minutes_note", words);
  }

  /* Every item shown has its actual start in the minutes; those left, their end. */
  for (int i = 0; i <= exempt; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);

      wait_for_file (reader, item->id, "actual_start", NULL);
      if (i < exempt)
        wait_for_file (reader, item->id, "actual_end", NULL);
    }

  /* Escape leaves: the windows go, the current item ends in the minutes. */
  focus (audience);
  press (XK_Escape);
  iterate_until (projection_gone, window);
  wait_for_file (reader, exempt_item->id, "actual_end", NULL);

  /* F5 again (after a break, or a restart): it goes on after the last item done, with the
   * agenda on the screen and the times already used. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "meeting.project", NULL));
  iterate_until (projection_loaded, window);
  projection = styre_projection_get_for_window (GTK_WINDOW (window));
  p = styre_projection_get_projector (projection);
  g_assert_cmpint (styre_projector_get_current (p), ==, exempt);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_AGENDA);
  g_assert_nonnull (styre_projector_get_actual_start (p, 0));
  /* What was unlocked was for that showing only. */
  g_assert_false (styre_projector_is_visible (p, exempt));
  g_assert_true (gtk_widget_activate_action (styre_projection_get_console (projection),
                                             "projector.leave", NULL));
  iterate_until (projection_gone, window);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  tmp_dir = g_dir_make_tmp ("styre-ui-projector-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmp_dir, TRUE);
  /* Words as the test looks for them: the English source strings. */
  g_setenv ("LANGUAGE", "C", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  styre_gui_init ();

  g_test_add_func ("/projector/two-screens-keys-exempt-minutes",
                   test_two_screens_keys_exempt_minutes);

  ret = g_test_run ();

  test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
