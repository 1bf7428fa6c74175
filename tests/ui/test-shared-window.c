/* test-shared-window.c — a window on a file that others use at the same time
 *
 * Other people are other stores on the same file, as other Styres on other computers:
 * their changes reach the pages within 3 s and keep the table's selection and scroll;
 * the header names them; the read-only strip says why and offers the way forward; the
 * Snapshots window restores; and a save meets a busy file, someone who saved first, a
 * deleted record and a moved file the way a person should see them. Runs under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include "styre-conflict-dialog.h"
#include "styre-demo.h"
#include "styre-error.h"
#include "styre-gui.h"
#include "styre-initiative.h"
#include "styre-portfolio-page.h"
#include "styre-presence-button.h"
#include "styre-record-editor.h"
#include "styre-save.h"
#include "styre-snapshots-window.h"
#include "styre-store.h"
#include "styre-window.h"

#include "../test-util.h"

#define DEMO_TODAY "2026-11-27"
#define TIMEOUT_SECONDS 60

static char *tmp_dir;
static char *demo_path;

typedef struct
{
  char        *dir;
  char        *path;
  StyreWindow *window;
  StyreStore  *ola;     /* someone else with the same file open */
} Fixture;

/* ── helpers ─────────────────────────────────────────────────────────────────────────── */

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

#define iterate_until(done, data) iterate_until_at (done, data, __LINE__)

static void
iterate_until_at (gboolean (*done) (gpointer data),
                  gpointer   data,
                  int        line)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (TIMEOUT_SECONDS, timed_out_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("waited %d s in vain at line %d", TIMEOUT_SECONDS, line);
  g_source_remove (id);
}

static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timed_out_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
window_is_loaded (gpointer data)
{
  return !styre_window_get_loading (data);
}

static StyreWindow *
open_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  StyreWindow *window = styre_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  iterate_until (window_is_loaded, window);
  g_assert_nonnull (styre_window_get_store (window));
  return window;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  f->dir = g_dir_make_tmp ("styre-shared-window-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "ledergruppen.styre", NULL);
  g_assert_true (g_file_get_contents (demo_path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  f->window = open_window (f->path);
  f->ola = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  styre_store_set_identity (f->ola, "ola", "Ola Nordmann");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->ola);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static StyreRow *
read_row (StyreStore *store,
          const char *table,
          gint64      id)
{
  g_autoptr(GError) error = NULL;
  StyreRow *row = styre_store_read_row (store, table, id, &error);

  g_assert_no_error (error);
  return row;
}

static void
ola_sets_title (Fixture    *f,
                gint64      id,
                const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) row = read_row (f->ola, "initiative", id);
  g_autoptr(StyreChange) c = styre_change_new_update ("initiative", id,
                                                      styre_row_get_int (row, "version"));

  styre_change_set_text (c, "title", title);
  g_assert_true (styre_store_apply (f->ola, c, &error));
  g_assert_no_error (error);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A button showing @label, e.g. on a toast; NULL when there is none. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0
      && gtk_widget_get_visible (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A label in @widget whose text contains @part; NULL when there is none. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *part)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), part) != NULL
      && gtk_widget_get_visible (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, part);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A dialog of @type that is showing; one that was answered closes itself. */
static GtkWindow *
find_dialog (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type)
          && gtk_widget_get_visible (GTK_WIDGET (toplevel))
          && g_object_get_data (G_OBJECT (toplevel), "answered") == NULL)
        return toplevel;
    }
  return NULL;
}

/* Answers @dialog as the person would, and remembers that it was answered. */
static void
answer (GtkWindow  *dialog,
        const char *response)
{
  g_object_set_data (G_OBJECT (dialog), "answered", GINT_TO_POINTER (TRUE));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
}

/* ── others' changes ─────────────────────────────────────────────────────────────────── */

typedef struct
{
  GListModel *model;
  gint64      id;
  const char *title;
} TitleWait;

static StyreInitiative *
find_initiative (GListModel *model,
                 gint64      id,
                 guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StyreInitiative) item = g_list_model_get_item (model, i);
      if (styre_initiative_get_id (item) == id)
        {
          if (position != NULL)
            *position = i;
          return item;
        }
    }
  return NULL;
}

static gboolean
title_shown (gpointer data)
{
  TitleWait *w = data;
  StyreInitiative *item = find_initiative (w->model, w->id, NULL);

  return item != NULL && g_strcmp0 (styre_initiative_get_title (item), w->title) == 0;
}

/* Ola saves; within 3 s the portfolio table shows it, the selected row stays selected and
 * the table stays where it was scrolled to. */
static void
test_live_update_keeps_place (Fixture       *f,
                              gconstpointer  data)
{
  StyrePortfolioPage *page = STYRE_PORTFOLIO_PAGE (styre_window_get_page (f->window, "portfolio"));
  GListModel *model = styre_portfolio_page_get_model (page);
  GtkColumnView *table = GTK_COLUMN_VIEW (find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  GtkSingleSelection *selection = NULL;
  GtkAdjustment *vadjustment;
  guint n = g_list_model_get_n_items (model);
  guint position = 0;
  g_autoptr(StyreInitiative) picked = NULL;
  double scrolled_to;
  gint64 start, waited;
  TitleWait wait;

  styre_window_set_view (f->window, "portfolio");
  run_for (300);
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (table));
  g_assert_cmpuint (n, >, 30);
  gtk_single_selection_set_selected (selection, 25);
  picked = g_list_model_get_item (model, 25);
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (table));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) / 3);
  run_for (300);
  scrolled_to = gtk_adjustment_get_value (vadjustment);
  g_assert_cmpfloat (scrolled_to, >, 0);

  /* Ola retitles the selected initiative, and another one. */
  start = g_get_monotonic_time ();
  ola_sets_title (f, styre_initiative_get_id (picked), "Digital byggesøknad – fase 2 (Øst)");
  wait = (TitleWait) { model, styre_initiative_get_id (picked),
                       "Digital byggesøknad – fase 2 (Øst)" };
  iterate_until (title_shown, &wait);
  waited = (g_get_monotonic_time () - start) / 1000;
  g_test_message ("Ola's change was on the page after %" G_GINT64_FORMAT " ms", waited);
  g_assert_cmpint (waited, <, 3000);

  /* Same place: the row is still selected, the table did not jump. */
  g_assert_nonnull (find_initiative (model, styre_initiative_get_id (picked), &position));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, position);
  {
    StyreInitiative *selected = gtk_single_selection_get_selected_item (selection);
    g_assert_cmpint (styre_initiative_get_id (selected), ==, styre_initiative_get_id (picked));
  }
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  /* Within a few pixels: a row is about 40 px high. */
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (vadjustment), scrolled_to, 4.0);

  /* The toast says who changed what. */
  g_assert_nonnull (find_label (GTK_WIDGET (f->window), "Ola Nordmann changed"));

  /* Control: our own change does not toast as someone else's. */
  {
    g_autoptr(GError) error = NULL;
    StyreStore *mine = styre_window_get_store (f->window);
    g_autoptr(StyreRow) row = read_row (mine, "initiative", 1);
    g_autoptr(StyreChange) c = styre_change_new_update ("initiative", 1,
                                                        styre_row_get_int (row, "version"));
    styre_change_set_text (c, "title", "Eget navn");
    g_assert_true (styre_store_apply (mine, c, &error));
    run_for (2500);
    g_assert_null (find_label (GTK_WIDGET (f->window), "changed “DF"));
  }
}

/* ── presence ────────────────────────────────────────────────────────────────────────── */

static gboolean
presence_count_is (gpointer data)
{
  gpointer *args = data;
  return styre_presence_button_get_count (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
test_presence_in_header (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyrePresenceButton *button =
    STYRE_PRESENCE_BUTTON (find_descendant (GTK_WIDGET (f->window), STYRE_TYPE_PRESENCE_BUTTON));
  gpointer args[2] = { button, GUINT_TO_POINTER (1) };
  GtkWidget *row;

  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  styre_store_set_editing (f->ola, "initiative", 3, "DF-2021-03 Felles saksbehandling");
  g_assert_true (styre_store_join (f->ola, &error));
  iterate_until (presence_count_is, args);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  row = gtk_widget_get_first_child (styre_presence_button_get_list (button));
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ola Nordmann");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Editing “DF-2021-03 Felles saksbehandling”"));

  /* Ola closes the file: gone from the header. */
  styre_store_close (f->ola);
  args[1] = GUINT_TO_POINTER (0);
  iterate_until (presence_count_is, args);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
}

typedef struct
{
  gboolean  done;
  gboolean  saved;
  GError   *error;
} SaveWait;

static void
saved_cb (gboolean      saved,
          const GError *error,
          gpointer      user_data)
{
  SaveWait *w = user_data;

  w->done = TRUE;
  w->saved = saved;
  w->error = error ? g_error_copy (error) : NULL;
}

static gboolean
save_done (gpointer data)
{
  return ((SaveWait *) data)->done;
}

/* Saves @change (transfer full) as an editor does: one edit, from the window. */
static StyreEdit *
save_change (Fixture     *f,
             StyreChange *change,
             StyreRow    *base,
             SaveWait    *w)
{
  StyreEdit *edit = styre_edit_new ("Test");

  styre_edit_add (edit, change, base);
  styre_change_unref (change);
  *w = (SaveWait) { FALSE };
  styre_gui_save_edit (GTK_WINDOW (f->window), styre_window_get_store (f->window), NULL, edit,
                       STYRE_SAVE_EDIT, saved_cb, w);
  return edit;
}

/* ── read-only and the ways forward ──────────────────────────────────────────────────── */

static gboolean
window_writable (gpointer data)
{
  return !styre_window_get_read_only (data);
}

static gboolean
window_read_only (gpointer data)
{
  return styre_window_get_read_only (data);
}

/* A file in a sync folder that Kari edits: read-only here, the strip says who and offers
 * to ask again; when Kari closes, asking again makes it writable in place. */
static void
test_single_editor_strip (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sync = g_build_filename (f->dir, "OneDrive - Fjordvik kommune", NULL);
  g_autofree char *path = g_build_filename (sync, "ledergruppen.styre", NULL);
  g_autoptr(StyreStore) kari = NULL;
  g_autoptr(GtkWidget) check = gtk_check_button_new ();
  GtkWidget *ask;

  g_assert_cmpint (g_mkdir (sync, 0755), ==, 0);
  g_assert_cmpint (g_rename (f->path, path), ==, 0);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->ola);
  styre_store_set_default_identity ("kari", "Kari Nordmann");
  kari = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  styre_store_set_default_identity (NULL, NULL);

  f->window = open_window (path);
  g_object_ref_sink (check);
  g_object_bind_property (f->window, "read-only", check, "sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_assert_true (styre_window_get_read_only (f->window));
  g_assert_false (gtk_widget_get_sensitive (check));
  g_assert_nonnull (find_label (GTK_WIDGET (f->window),
                                "Kari Nordmann has this file open for editing"));
  ask = find_button (GTK_WIDGET (f->window), "_Ask Again");
  g_assert_nonnull (ask);

  /* The first time, the window explains one editor at a time. */
  {
    GtkWindow *dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                     "One Editor at a Time");
    answer (dialog, "ok");
  }

  /* Still hers: asking again leaves it read-only. */
  g_signal_emit_by_name (ask, "clicked");
  run_for (500);
  g_assert_true (styre_window_get_read_only (f->window));

  styre_store_close (kari);
  g_signal_emit_by_name (ask, "clicked");
  iterate_until (window_writable, f->window);
  /* Controls bound to the window's read-only come back to life. */
  iterate_until ((gboolean (*) (gpointer)) gtk_widget_get_sensitive, check);
}

static gboolean
has_copy_button (gpointer window)
{
  return find_button (window, "Save a _Copy…") != NULL;
}

/* The file is moved away while open: read-only within a poll, the strip offers a copy,
 * and a save is refused with the reason and the same way forward. */
static void
test_moved_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *moved = g_build_filename (f->dir, "flyttet.styre", NULL);
  g_autoptr(StyreEdit) edit = NULL;
  StyreChange *c;
  GtkWindow *dialog;
  SaveWait w;

  g_assert_false (styre_window_get_read_only (f->window));
  g_assert_cmpint (g_rename (f->path, moved), ==, 0);
  iterate_until (window_read_only, f->window);
  g_assert_cmpint (styre_store_get_read_only_kind (styre_window_get_store (f->window)), ==,
                   STYRE_READ_ONLY_MOVED);
  iterate_until (has_copy_button, f->window);
  g_assert_nonnull (find_button (GTK_WIDGET (f->window), "_Open Again"));

  c = styre_change_new_insert ("focus_area");
  styre_change_set_text (c, "name", "Informasjonssikkerhet");
  edit = save_change (f, styre_change_ref (c), NULL, &w);
  styre_change_unref (c);
  while ((dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The File Was Moved or Replaced");
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "copy"));
  g_assert_false (w.done);
  answer (dialog, "close");
  iterate_until (save_done, &w);
  g_assert_false (w.saved);
  g_assert_true (g_error_matches (w.error, STYRE_ERROR, STYRE_ERROR_MOVED)
                 || g_error_matches (w.error, STYRE_ERROR, STYRE_ERROR_READ_ONLY));
  g_clear_error (&w.error);
  /* What the person typed is still in hand. */
  {
    g_autoptr(GPtrArray) changes = styre_edit_get_changes (edit);
    g_assert_cmpstr (styre_change_lookup (g_ptr_array_index (changes, 0), "name")->s, ==,
                     "Informasjonssikkerhet");
  }
}

/* ── saving against others ───────────────────────────────────────────────────────────── */

/* Ola and Kari edit different fields of one initiative: both stand, no question asked. */
static void
test_save_merges (Fixture       *f,
                  gconstpointer  data)
{
  StyreStore *mine = styre_window_get_store (f->window);
  g_autoptr(StyreRow) base = read_row (mine, "initiative", 4);
  StyreChange *c = styre_change_new_update ("initiative", 4, styre_row_get_int (base, "version"));
  g_autoptr(StyreEdit) edit = NULL;
  g_autoptr(StyreRow) final = NULL;
  SaveWait w;

  ola_sets_title (f, 4, "Ny tittel fra Ola");
  styre_change_set_text (c, "what", "Kari beskriver hva som skal oppnås.");
  edit = save_change (f, c, base, &w);
  iterate_until (save_done, &w);
  g_assert_no_error (w.error);
  g_assert_true (w.saved);
  g_assert_null (find_dialog (STYRE_TYPE_CONFLICT_DIALOG));

  final = read_row (mine, "initiative", 4);
  g_assert_cmpstr (styre_row_get_text (final, "title"), ==, "Ny tittel fra Ola");
  g_assert_cmpstr (styre_row_get_text (final, "what"), ==, "Kari beskriver hva som skal oppnås.");
  g_assert_cmpint (styre_row_get_int (final, "version"), ==,
                   styre_row_get_int (base, "version") + 2);
}

/* The same field: the conflict dialog asks, the person's value is chosen unless they say
 * otherwise, and the other person's other changes stay. */
static void
test_save_asks_on_conflict (Fixture       *f,
                            gconstpointer  data)
{
  StyreStore *mine = styre_window_get_store (f->window);
  g_autoptr(StyreRow) base = read_row (mine, "initiative", 5);
  StyreChange *c = styre_change_new_update ("initiative", 5, styre_row_get_int (base, "version"));
  g_autoptr(StyreEdit) edit = NULL;
  g_autoptr(StyreRow) final = NULL;
  GtkWindow *dialog;
  SaveWait w;

  ola_sets_title (f, 5, "Olas tittel");
  styre_change_set_text (c, "title", "Karis tittel");
  edit = save_change (f, c, base, &w);
  while ((dialog = find_dialog (STYRE_TYPE_CONFLICT_DIALOG)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (styre_conflict_dialog_get_keeps_mine (STYRE_CONFLICT_DIALOG (dialog), 0));

  /* Nothing is saved while the person decides. */
  final = read_row (mine, "initiative", 5);
  g_assert_cmpstr (styre_row_get_text (final, "title"), ==, "Olas tittel");
  g_clear_pointer (&final, styre_row_unref);
  g_assert_false (w.done);

  answer (dialog, "save");
  iterate_until (save_done, &w);
  g_assert_no_error (w.error);
  g_assert_true (w.saved);
  final = read_row (mine, "initiative", 5);
  g_assert_cmpstr (styre_row_get_text (final, "title"), ==, "Karis tittel");

  /* Control: "Keep editing" saves nothing, and the edit keeps the person's value. */
  {
    g_autoptr(StyreRow) base2 = read_row (mine, "initiative", 6);
    StyreChange *c2 = styre_change_new_update ("initiative", 6,
                                               styre_row_get_int (base2, "version"));
    g_autoptr(StyreEdit) edit2 = NULL;
    g_autoptr(GPtrArray) changes2 = NULL;
    g_autoptr(StyreRow) after = NULL;
    SaveWait w2;

    ola_sets_title (f, 6, "Olas andre tittel");
    styre_change_set_text (c2, "title", "Karis andre tittel");
    edit2 = save_change (f, c2, base2, &w2);
    while ((dialog = find_dialog (STYRE_TYPE_CONFLICT_DIALOG)) == NULL)
      g_main_context_iteration (NULL, TRUE);
    answer (dialog, "keep-editing");
    iterate_until (save_done, &w2);
    g_assert_false (w2.saved);
    g_assert_null (w2.error);
    after = read_row (mine, "initiative", 6);
    g_assert_cmpstr (styre_row_get_text (after, "title"), ==, "Olas andre tittel");
    changes2 = styre_edit_get_changes (edit2);
    g_assert_cmpstr (styre_change_lookup (g_ptr_array_index (changes2, 0), "title")->s, ==,
                     "Karis andre tittel");
  }
}

/* Kari edits a record Ola deleted meanwhile: not saved, said why, and what she typed stays. */
static void
test_save_after_delete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyreStore *mine = styre_window_get_store (f->window);
  g_autoptr(StyreChange) add = styre_change_new_insert ("focus_area");
  g_autoptr(StyreChange) del = NULL;
  g_autoptr(StyreRow) base = NULL;
  g_autoptr(StyreEdit) edit = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  StyreChange *c;
  SaveWait w;

  /* A focus area of its own, so that deleting it takes nothing else with it. */
  styre_change_set_text (add, "name", "Kortvarig");
  g_assert_true (styre_store_apply (f->ola, add, &error));
  base = read_row (mine, "focus_area", styre_change_get_id (add));

  /* Kari edits it; meanwhile Ola deletes it. */
  c = styre_change_new_update ("focus_area", styre_change_get_id (add), 1);
  styre_change_set_text (c, "description", "Karis beskrivelse");
  del = styre_change_new_delete ("focus_area", styre_change_get_id (add), 1);
  g_assert_true (styre_store_apply (f->ola, del, &error));

  edit = save_change (f, c, base, &w);
  iterate_until (save_done, &w);
  g_assert_false (w.saved);
  g_assert_error (w.error, STYRE_ERROR, STYRE_ERROR_DELETED);
  g_assert_false (styre_save_error_is_explained (w.error));   /* the editor says it */
  g_clear_error (&w.error);
  changes = styre_edit_get_changes (edit);
  g_assert_cmpstr (styre_change_lookup (g_ptr_array_index (changes, 0), "description")->s, ==,
                   "Karis beskrivelse");
}

/* Someone holds the file busy: the toast says so, then offers Retry; Retry saves. */
static void
test_save_busy_then_retry (Fixture       *f,
                           gconstpointer  data)
{
  StyreStore *mine = styre_window_get_store (f->window);
  StyreChange *c = styre_change_new_insert ("focus_area");
  g_autoptr(StyreEdit) edit = NULL;
  sqlite3 *other = NULL;
  GtkWidget *retry;
  gint64 id;
  SaveWait w;

  /* Another program keeps a write transaction open. */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_setenv ("STYRE_SAVE_BUSY_SECONDS", "7", TRUE);
  styre_change_set_text (c, "name", "Informasjonssikkerhet først");
  edit = save_change (f, c, NULL, &w);
  run_for (6000);
  g_assert_nonnull (find_label (GTK_WIDGET (f->window), "Someone else is saving to the file"));
  g_assert_false (w.done);

  while ((retry = find_button (GTK_WIDGET (f->window), "_Retry")) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (w.done);
  g_assert_cmpint (styre_edit_get_inserted_id (edit, "focus_area"), ==, 0);

  /* The other program is done; the person presses Retry. */
  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_signal_emit_by_name (retry, "clicked");
  iterate_until (save_done, &w);
  g_unsetenv ("STYRE_SAVE_BUSY_SECONDS");
  g_assert_no_error (w.error);
  g_assert_true (w.saved);
  id = styre_edit_get_inserted_id (edit, "focus_area");
  g_assert_cmpint (id, >, 0);
  {
    g_autoptr(StyreRow) row = read_row (mine, "focus_area", id);
    g_assert_cmpstr (styre_row_get_text (row, "name"), ==, "Informasjonssikkerhet først");
  }
}

/* The disk fills up (a file size limit): the dialog says so and offers Retry and a copy;
 * nothing is lost, and after space is freed Retry saves. */
static void
test_save_disk_full (Fixture       *f,
                     gconstpointer  data)
{
  StyreStore *mine = styre_window_get_store (f->window);
  g_autoptr(StyreEdit) warm = NULL;
  g_autoptr(StyreEdit) edit = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  struct rlimit limit, saved_limit;
  GStatBuf st;
  StyreChange *c;
  GtkWindow *dialog;
  SaveWait w;

  /* A first save, so the day's first-write snapshot is taken before the disk is full. */
  c = styre_change_new_insert ("focus_area");
  styre_change_set_text (c, "name", "Liten");
  warm = save_change (f, c, NULL, &w);
  iterate_until (save_done, &w);
  g_assert_true (w.saved);

  while (text->len < 600 * 1024)
    g_string_append (text, "Saksframlegg om samordning av tjenester på tvers av virksomhetene. ");
  /* Writing past the limit is EFBIG, not death by SIGXFSZ. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  limit = saved_limit;
  limit.rlim_cur = st.st_size + 16 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  c = styre_change_new_insert ("focus_area");
  styre_change_set_text (c, "name", "Informasjonssikkerhet");
  styre_change_set_text (c, "description", text->str);
  edit = save_change (f, c, NULL, &w);
  while ((dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "The Disk Is Full");
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "retry"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "copy"));
  g_assert_false (w.done);
  g_assert_cmpint (styre_edit_get_inserted_id (edit, "focus_area"), ==, 0);

  /* Space is freed; the person presses Retry. */
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  answer (dialog, "retry");
  iterate_until (save_done, &w);
  g_assert_no_error (w.error);
  g_assert_true (w.saved);
  {
    g_autoptr(StyreRow) row = read_row (mine, "focus_area",
                                        styre_edit_get_inserted_id (edit, "focus_area"));
    g_assert_cmpstr (styre_row_get_text (row, "name"), ==, "Informasjonssikkerhet");
  }
}

/* ── editing: others see it, and a file that turns read-only stops it ───────────────── */

typedef struct
{
  StyreStore *store;
  const char *editing;     /* NULL: nobody is editing anything */
} EditingWait;

/* Whether the other store reads from the file that the window's person edits @editing. */
static gboolean
others_see_editing (gpointer data)
{
  EditingWait *e = data;
  g_autoptr(GPtrArray) sessions = styre_store_list_sessions (e->store, FALSE, NULL);
  gboolean editing_seen = FALSE;

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      StyreSession *session = g_ptr_array_index (sessions, i);

      if (g_strcmp0 (session->user_name, "ola") == 0)
        continue;
      if (e->editing != NULL)
        return g_strcmp0 (session->editing, e->editing) == 0;
      editing_seen = editing_seen || (session->editing != NULL && *session->editing != '\0');
    }
  return e->editing == NULL && !editing_seen;
}

static StyreRecordEditor *
open_initiative_editor (Fixture *f,
                        gint64   id)
{
  StyreStore *mine = styre_window_get_store (f->window);
  g_autoptr(StyreRow) row = read_row (mine, "initiative", id);
  StyreRecordEditor *editor = styre_record_editor_new (GTK_WINDOW (f->window), mine,
                                                       styre_window_get_undo_stack (f->window),
                                                       "initiative", row);

  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

/* Opening a record's editor tells the others who have the file open; closing it stops. */
static void
test_editing_presence (Fixture       *f,
                       gconstpointer  data)
{
  StyreStore *mine = styre_window_get_store (f->window);
  g_autoptr(StyreRow) row = read_row (mine, "initiative", 4);
  g_autofree char *label = g_strdup_printf ("%s %s", styre_row_get_text (row, "code"),
                                            styre_row_get_text (row, "title"));
  EditingWait e = { f->ola, NULL };
  StyreRecordEditor *editor;

  g_assert_true (others_see_editing (&e));
  editor = open_initiative_editor (f, 4);
  e.editing = label;
  iterate_until (others_see_editing, &e);

  /* A second editor: the latest counts; closing it, the first one counts again. */
  {
    g_autoptr(StyreRow) row2 = read_row (mine, "initiative", 5);
    g_autofree char *label2 = g_strdup_printf ("%s %s", styre_row_get_text (row2, "code"),
                                               styre_row_get_text (row2, "title"));
    StyreRecordEditor *editor2 = open_initiative_editor (f, 5);

    e.editing = label2;
    iterate_until (others_see_editing, &e);
    gtk_window_destroy (GTK_WINDOW (editor2));
    e.editing = label;
    iterate_until (others_see_editing, &e);
  }

  gtk_window_destroy (GTK_WINDOW (editor));
  e.editing = NULL;
  iterate_until (others_see_editing, &e);
}

static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action)
{
  if (GTK_IS_ACTIONABLE (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
not_sensitive (gpointer widget)
{
  return !gtk_widget_is_sensitive (widget);
}

/* The file is moved away while the person types in an open editor: without a restart, the
 * portfolio's New Initiative and the editor's Save go insensitive, and what was typed
 * stays on screen. */
static void
test_read_only_mid_session (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *moved = g_build_filename (f->dir, "flyttet.styre", NULL);
  GtkWidget *new_initiative;
  StyreRecordEditor *editor;

  styre_window_set_view (f->window, "portfolio");
  new_initiative = find_actionable (styre_window_get_page (f->window, "portfolio"),
                                    "win.new-initiative");
  g_assert_nonnull (new_initiative);
  g_assert_true (gtk_widget_is_sensitive (new_initiative));

  editor = open_initiative_editor (f, 4);
  run_for (300);
  styre_record_editor_set_text (editor, "title", "Tittel skrevet før flyttingen");
  g_assert_true (styre_record_editor_get_can_save (editor));

  g_assert_cmpint (g_rename (f->path, moved), ==, 0);
  iterate_until (window_read_only, f->window);
  iterate_until (not_sensitive, new_initiative);
  g_assert_false (styre_record_editor_get_can_save (editor));
  g_assert_null (styre_portfolio_page_new_initiative (STYRE_PORTFOLIO_PAGE (
                   styre_window_get_page (f->window, "portfolio"))));
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* ── snapshots ───────────────────────────────────────────────────────────────────────── */

static gboolean
snapshots_loaded (gpointer data)
{
  return !styre_snapshots_window_get_loading (data)
         && gtk_widget_get_first_child (styre_snapshots_window_get_list (data)) != NULL;
}

static gboolean
has_n_focus_areas (gpointer data)
{
  gpointer *args = data;
  return styre_store_count_rows (args[0], "focus_area", NULL) == GPOINTER_TO_INT (args[1]);
}

static void
test_snapshots_window (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  StyreStore *mine = styre_window_get_store (f->window);
  g_autofree char *snapshot = styre_store_snapshot (mine, "manual", &error);
  gint64 before = styre_store_count_rows (mine, "focus_area", NULL);
  StyreSnapshotsWindow *snapshots;
  gpointer args[2];

  g_assert_no_error (error);
  {
    g_autoptr(StyreChange) add = styre_change_new_insert ("focus_area");
    styre_change_set_text (add, "name", "Etter øyeblikksbildet");
    g_assert_true (styre_store_apply (mine, add, &error));
  }
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.snapshots", NULL);
  snapshots = STYRE_SNAPSHOTS_WINDOW (find_dialog (STYRE_TYPE_SNAPSHOTS_WINDOW));
  g_assert_nonnull (snapshots);
  iterate_until (snapshots_loaded, snapshots);
  g_assert_nonnull (find_label (GTK_WIDGET (snapshots), "Taken by hand"));

  /* A restore waits for everyone else to close the file: it says so and offers Retry,
   * which restores once Ola has closed it. */
  g_assert_true (styre_store_join (f->ola, &error));
  styre_snapshots_window_restore (snapshots, snapshot);
  {
    GtkWindow *dialog;

    while ((dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG)) == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                     "Others Have the File Open");
    g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "retry"));
    g_assert_cmpint (styre_store_count_rows (mine, "focus_area", NULL), ==, before + 1);
    styre_store_close (f->ola);
    g_clear_object (&f->ola);
    answer (dialog, "retry");
  }
  args[0] = mine;
  args[1] = GINT_TO_POINTER ((int) before);
  iterate_until (has_n_focus_areas, args);
  /* The list now also has the state before the restore. */
  iterate_until (snapshots_loaded, snapshots);
  run_for (300);
  g_assert_nonnull (find_label (GTK_WIDGET (snapshots), "Before a restore"));
  gtk_window_destroy (GTK_WINDOW (snapshots));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) demo = NULL;
  StyreDemoOptions options;
  int status;

  tmp_dir = g_dir_make_tmp ("styre-shared-ui-XXXXXX", &error);
  g_assert_no_error (error);
  /* Recent files and the demo go here, not into the home folder. */
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmp_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  styre_gui_init ();

  demo_path = g_build_filename (tmp_dir, "demo.styre", NULL);
  styre_demo_options_init (&options);
  options.today = DEMO_TODAY;
  demo = styre_demo_create (demo_path, &options, &error);
  g_assert_no_error (error);
  g_clear_object (&demo);

#define ADD(name, func) \
  g_test_add ("/shared-window/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("live-update-keeps-place", test_live_update_keeps_place);
  ADD ("presence-in-header", test_presence_in_header);
  ADD ("single-editor-strip", test_single_editor_strip);
  ADD ("moved-file", test_moved_file);
  ADD ("save-merges", test_save_merges);
  ADD ("save-asks-on-conflict", test_save_asks_on_conflict);
  ADD ("save-after-delete", test_save_after_delete);
  ADD ("save-busy-then-retry", test_save_busy_then_retry);
  ADD ("save-disk-full", test_save_disk_full);
  ADD ("editing-presence", test_editing_presence);
  ADD ("read-only-mid-session", test_read_only_mid_session);
  ADD ("snapshots-window", test_snapshots_window);

  status = g_test_run ();
  test_remove_tree (tmp_dir);
  g_free (demo_path);
  g_free (tmp_dir);
  return status;
}
