/* test-window.c — a window opens a file and its four pages show the file's data
 *
 * Runs under Xvfb (tests/meson.build). The demo portfolio is made once, as of a fixed
 * day, in a temporary folder that also stands in for the user's data folder, so the
 * tests never touch the real recent-files list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "styre-dashboard-page.h"
#include "styre-action.h"
#include "styre-demo.h"
#include "styre-followup-page.h"
#include "styre-initiative.h"
#include "styre-gui.h"
#include "styre-meetings-page.h"
#include "styre-portfolio-page.h"
#include "styre-store.h"
#include "styre-window.h"

#include "../test-util.h"

#define DEMO_TODAY "2026-11-27"
#define TIMEOUT_SECONDS 60

static char *tmp_dir;
static char *demo_path;

/* ── helpers ─────────────────────────────────────────────────────────────────────────── */

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main loop until @done says so, failing after TIMEOUT_SECONDS. */
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
window_is_loaded (gpointer data)
{
  return !styre_window_get_loading (data);
}

static void
wait_until_loaded (StyreWindow *window)
{
  iterate_until (window_is_loaded, window);
}

static StyreWindow *
open_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  StyreWindow *window = styre_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  g_assert_true (styre_window_get_loading (window));
  wait_until_loaded (window);
  return window;
}

static void
close_window (StyreWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  /* Let the worker threads' last callbacks run before the next test. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The message dialogs that belong to @window. */
static GPtrArray *
find_message_dialogs (StyreWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel)
          && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        g_ptr_array_add (found, toplevel);
    }
  return found;
}

/* ── tests ───────────────────────────────────────────────────────────────────────────── */

static void
test_welcome_without_file (void)
{
  StyreWindow *window = styre_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (styre_window_is_empty (window));
  g_assert_null (styre_window_get_store (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Styre");
  /* The pages cannot be chosen without a file (Ctrl+3 does nothing). */
  g_assert_true (styre_window_set_view (window, "dashboard"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "meetings");
  g_assert_cmpstr (styre_window_get_view (window), ==, "dashboard");
  close_window (window);
}

static void
test_pages_show_the_demo (void)
{
  StyreWindow *window = open_window (demo_path);
  StyreStore *store = styre_window_get_store (window);
  GtkWidget *dashboard = styre_window_get_page (window, "dashboard");
  GtkWidget *portfolio = styre_window_get_page (window, "portfolio");
  GtkWidget *meetings = styre_window_get_page (window, "meetings");
  GtkWidget *followup = styre_window_get_page (window, "followup");
  GListModel *initiatives;
  GListModel *actions;

  g_assert_nonnull (store);
  g_assert_false (styre_window_is_empty (window));
  g_assert_false (styre_store_is_read_only (store));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   styre_store_get_organisation_name (store));

  g_assert_true (STYRE_IS_DASHBOARD_PAGE (dashboard));
  g_assert_true (STYRE_IS_PORTFOLIO_PAGE (portfolio));
  g_assert_true (STYRE_IS_MEETINGS_PAGE (meetings));
  g_assert_true (STYRE_IS_FOLLOWUP_PAGE (followup));

  g_assert_cmpuint (styre_dashboard_page_get_n_initiatives (STYRE_DASHBOARD_PAGE (dashboard)),
                    >=, 40);

  initiatives = styre_portfolio_page_get_model (STYRE_PORTFOLIO_PAGE (portfolio));
  g_assert_cmpuint (g_list_model_get_n_items (initiatives), >=, 40);

  g_assert_cmpuint (g_list_model_get_n_items (styre_meetings_page_get_model (STYRE_MEETINGS_PAGE (meetings))),
                    >, 0);

  actions = styre_followup_page_get_model (STYRE_FOLLOWUP_PAGE (followup));
  g_assert_cmpuint (g_list_model_get_n_items (actions), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(StyreAction) action = g_list_model_get_item (actions, i);
      const char *status = styre_action_get_status (action);

      g_assert_true (g_str_equal (status, "open") || g_str_equal (status, "in_progress"));
    }

  /* Draw every page once, as a person switching through them would see them. */
  for (guint i = 0; i < 4; i++)
    {
      static const char *views[] = { "dashboard", "portfolio", "meetings", "followup" };

      g_assert_true (styre_window_set_view (window, views[i]));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }

  close_window (window);
}

static void
test_portfolio_search (void)
{
  StyreWindow *window = open_window (demo_path);
  StyrePortfolioPage *page = STYRE_PORTFOLIO_PAGE (styre_window_get_page (window, "portfolio"));
  GListModel *model = styre_portfolio_page_get_model (page);
  guint all = g_list_model_get_n_items (model);
  g_autoptr(StyreInitiative) first = g_list_model_get_item (model, 0);
  g_autofree char *code = g_strdup (styre_initiative_get_code (first));

  styre_portfolio_page_set_search (page, code);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);

  styre_portfolio_page_set_search (page, "no initiative is called this");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  styre_portfolio_page_set_search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  close_window (window);
}

static void
test_choose_view (void)
{
  StyreWindow *window = open_window (demo_path);

  /* As `--view` does. */
  g_assert_true (styre_window_set_view (window, "meetings"));
  g_assert_cmpstr (styre_window_get_view (window), ==, "meetings");
  g_assert_true (styre_window_set_view (window, "followup"));
  g_assert_cmpstr (styre_window_get_view (window), ==, "followup");
  g_assert_false (styre_window_set_view (window, "calendar"));
  g_assert_cmpstr (styre_window_get_view (window), ==, "followup");

  /* As Ctrl+2 does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "portfolio"));
  g_assert_cmpstr (styre_window_get_view (window), ==, "portfolio");

  close_window (window);
}

static gboolean
model_changed (gpointer data)
{
  guint *changed = data;

  return *changed > 0;
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *changed)
{
  (*changed)++;
}

static void
test_followup_shows_closed (void)
{
  StyreWindow *window = open_window (demo_path);
  StyreFollowupPage *page = STYRE_FOLLOWUP_PAGE (styre_window_get_page (window, "followup"));
  GListModel *model = styre_followup_page_get_model (page);
  guint open = g_list_model_get_n_items (model);
  guint changed = 0;
  gulong id = g_signal_connect (model, "items-changed", G_CALLBACK (count_changes_cb), &changed);

  styre_followup_page_set_show_closed (page, TRUE);
  iterate_until (model_changed, &changed);
  g_signal_handler_disconnect (model, id);

  /* The demo has done actions too: the list grows. */
  g_assert_cmpuint (g_list_model_get_n_items (model), >, open);

  close_window (window);
}

static void
test_not_styre_file_shows_error (void)
{
  StyreWindow *window = open_window (demo_path);
  StyreStore *store = styre_window_get_store (window);
  g_autofree char *path = g_build_filename (tmp_dir, "referat.styre", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) dialogs = NULL;
  g_autoptr(GError) error = NULL;
  const char *heading;

  g_file_set_contents (path, "Referat fra ledermøtet 27. november\n", -1, &error);
  g_assert_no_error (error);

  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  wait_until_loaded (window);

  /* The person is told, in a dialog with the store's words … */
  dialogs = find_message_dialogs (window);
  g_assert_cmpuint (dialogs->len, ==, 1);
  heading = adw_message_dialog_get_heading (g_ptr_array_index (dialogs, 0));
  g_test_message ("%s: %s", heading, adw_message_dialog_get_body (g_ptr_array_index (dialogs, 0)));
  g_assert_nonnull (strstr (heading, "referat.styre"));
  g_assert_nonnull (adw_message_dialog_get_body (g_ptr_array_index (dialogs, 0)));
  g_assert_cmpstr (adw_message_dialog_get_body (g_ptr_array_index (dialogs, 0)), !=, "");

  /* … and the window keeps the file it had, usable. */
  g_assert_true (styre_window_get_store (window) == store);
  g_assert_true (styre_window_set_view (window, "portfolio"));
  g_assert_cmpuint (g_list_model_get_n_items (styre_portfolio_page_get_model (STYRE_PORTFOLIO_PAGE (styre_window_get_page (window, "portfolio")))),
                    >=, 40);

  gtk_window_destroy (g_ptr_array_index (dialogs, 0));
  close_window (window);
}

static void
test_error_in_empty_window (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "missing.styre", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) dialogs = NULL;
  StyreWindow *window = styre_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  wait_until_loaded (window);

  dialogs = find_message_dialogs (window);
  g_assert_cmpuint (dialogs->len, ==, 1);
  g_assert_true (styre_window_is_empty (window));

  gtk_window_destroy (g_ptr_array_index (dialogs, 0));
  close_window (window);
}

static void
test_new_file_is_empty (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "ny.styre", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  StyreWindow *window = styre_window_new (NULL);
  GtkWidget *dashboard;

  gtk_window_present (GTK_WINDOW (window));
  styre_window_create (window, file, "Fjellbygd kommune");
  wait_until_loaded (window);

  g_assert_nonnull (styre_window_get_store (window));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Fjellbygd kommune");
  dashboard = styre_window_get_page (window, "dashboard");
  g_assert_cmpuint (styre_dashboard_page_get_n_initiatives (STYRE_DASHBOARD_PAGE (dashboard)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (styre_portfolio_page_get_model (STYRE_PORTFOLIO_PAGE (styre_window_get_page (window, "portfolio")))),
                    ==, 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  close_window (window);
}

/* ── main ────────────────────────────────────────────────────────────────────────────── */

static void
make_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  StyreDemoOptions options;

  demo_path = g_build_filename (tmp_dir, "demo.styre", NULL);
  styre_demo_options_init (&options);
  options.today = DEMO_TODAY;
  store = styre_demo_create (demo_path, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
}

typedef struct
{
  StyreWindow *window;
  guint        want;
} CountWait;

static gboolean
portfolio_has_count (gpointer data)
{
  CountWait *w = data;
  GtkWidget *portfolio = styre_window_get_page (w->window, "portfolio");
  GtkWidget *dashboard = styre_window_get_page (w->window, "dashboard");

  return g_list_model_get_n_items (styre_portfolio_page_get_model (STYRE_PORTFOLIO_PAGE (portfolio)))
           == w->want
         && styre_dashboard_page_get_n_initiatives (STYRE_DASHBOARD_PAGE (dashboard)) == w->want;
}

/* A saved change reaches the pages by itself: nobody has to reopen the file. */
static void
test_saved_change_reaches_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (tmp_dir, "endres.styre", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  StyreWindow *window;
  StyreStore *store;
  g_autoptr(StyreChange) c = styre_change_new_insert ("initiative");
  CountWait wait;

  g_assert_true (g_file_get_contents (demo_path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  window = open_window (copy);
  store = styre_window_get_store (window);
  wait.window = window;
  wait.want = g_list_model_get_n_items (styre_portfolio_page_get_model (
                STYRE_PORTFOLIO_PAGE (styre_window_get_page (window, "portfolio")))) + 1;

  styre_change_set_text (c, "code", "DF-2026-99");
  styre_change_set_text (c, "title", "Nytt tiltak fra testen");
  styre_change_set_text (c, "kind", "idea");
  styre_change_set_text (c, "method", "agile");
  styre_change_set_text (c, "phase", "idea");
  styre_change_set_int (c, "owning_agency_id", 1);
  g_assert_true (styre_store_apply (store, c, &error));
  g_assert_no_error (error);

  iterate_until (portfolio_has_count, &wait);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  tmp_dir = g_dir_make_tmp ("styre-ui-XXXXXX", &error);
  g_assert_no_error (error);
  /* Recent files and the demo go here, not into the home folder. */
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  styre_gui_init ();
  make_demo ();

  g_test_add_func ("/window/welcome-without-file", test_welcome_without_file);
  g_test_add_func ("/window/pages-show-the-demo", test_pages_show_the_demo);
  g_test_add_func ("/window/portfolio-search", test_portfolio_search);
  g_test_add_func ("/window/choose-view", test_choose_view);
  g_test_add_func ("/window/followup-shows-closed", test_followup_shows_closed);
  g_test_add_func ("/window/not-styre-file-shows-error", test_not_styre_file_shows_error);
  g_test_add_func ("/window/error-in-empty-window", test_error_in_empty_window);
  g_test_add_func ("/window/new-file-is-empty", test_new_file_is_empty);
  g_test_add_func ("/window/saved-change-reaches-pages", test_saved_change_reaches_pages);

  ret = g_test_run ();

  test_remove_tree (tmp_dir);
  g_free (demo_path);
  g_free (tmp_dir);
  return ret;
}
