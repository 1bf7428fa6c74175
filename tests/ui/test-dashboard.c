/* test-dashboard.c — the Dashboard page as a leader and the secretariat use it
 *
 * On the demo, in a window under Xvfb: the saved layout's cards appear with their charts;
 * changing the as-of date redraws them from the history; another layout shows other
 * cards; clicking a mark opens the initiative in the portfolio; a card shows its table;
 * a card made bigger is saved in the file for everyone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "styre-chart-card.h"
#include "styre-dashboard-layout.h"
#include "styre-dashboard-page.h"
#include "styre-demo.h"
#include "styre-gui.h"
#include "styre-initiative.h"
#include "styre-window.h"

#include "../test-util.h"

#define DEMO_TODAY "2026-11-27"
#define TIMEOUT_SECONDS 60

static char *tmp_dir;
static char *demo_path;

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
window_is_loaded (gpointer data)
{
  return !styre_window_get_loading (data);
}

static gboolean
page_is_idle (gpointer data)
{
  StyreDashboardPage *page = data;
  guint n = styre_dashboard_page_get_n_cards (page);

  if (styre_dashboard_page_get_loading (page) || n == 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (styre_chart_card_get_chart (styre_dashboard_page_get_card (page, i)) == NULL)
      return FALSE;
  return TRUE;
}

static StyreWindow *
open_demo (StyreDashboardPage **page)
{
  g_autoptr(GFile) file = g_file_new_for_path (demo_path);
  StyreWindow *window = styre_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  iterate_until (window_is_loaded, window);
  g_assert_nonnull (styre_window_get_store (window));
  styre_window_set_view (window, "dashboard");
  *page = STYRE_DASHBOARD_PAGE (styre_window_get_page (window, "dashboard"));
  iterate_until (page_is_idle, *page);
  return window;
}

static void
close_window (StyreWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static const StyreChartData *
card_data (StyreDashboardPage *page,
           const char         *chart_id)
{
  StyreChartCard *card = styre_dashboard_page_find_card (page, chart_id);

  g_assert_nonnull (card);
  g_assert_nonnull (styre_chart_card_get_chart (card));
  return styre_chart_get_data (styre_chart_card_get_chart (card));
}

/* ── tests ───────────────────────────────────────────────────────────────────────────── */

static void
test_layout_and_as_of (void)
{
  StyreDashboardPage *page;
  StyreWindow *window = open_demo (&page);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* The file's first layout by name (nothing is remembered yet), with its eight charts. */
  g_assert_cmpstr (styre_dashboard_page_get_layout_name (page), ==, "Ledermøte");
  g_assert_cmpuint (styre_dashboard_page_get_n_cards (page), ==, 8);
  g_assert_cmpuint (styre_dashboard_page_get_n_initiatives (page), ==, 42);
  before = styre_chart_describe (styre_chart_card_get_chart (styre_dashboard_page_find_card (page, "kpi")));
  g_assert_null (card_data (page, "kpi")->meeting_label);

  /* A year back: every chart is read again from the history. */
  styre_dashboard_page_set_as_of (page, "2025-11-27");
  iterate_until (page_is_idle, page);
  g_assert_cmpstr (card_data (page, "kpi")->as_of, ==, "2025-11-27");
  g_assert_cmpint (card_data (page, "kpi")->year, ==, 2025);
  g_assert_cmpstr (card_data (page, "status-trend")->as_of, ==, "2025-11-27");
  after = styre_chart_describe (styre_chart_card_get_chart (styre_dashboard_page_find_card (page, "kpi")));
  g_assert_cmpstr (before, !=, after);

  /* Back to today. */
  styre_dashboard_page_set_as_of (page, NULL);
  iterate_until (page_is_idle, page);
  g_assert_cmpstr (card_data (page, "kpi")->as_of, !=, "2025-11-27");

  /* The other layout the secretariat made. */
  styre_dashboard_page_set_layout_name (page, "Porteføljeråd");
  iterate_until (page_is_idle, page);
  g_assert_cmpstr (styre_dashboard_page_get_layout_name (page), ==, "Porteføljeråd");
  g_assert_nonnull (styre_dashboard_page_find_card (page, "roadmap"));
  g_assert_null (styre_dashboard_page_find_card (page, "follow-up-ageing"));
  /* Its heat map is grouped by focus area, as the layout says. */
  g_assert_cmpstr (card_data (page, "rag-heatmap")->group, ==, "focus_area");

  close_window (window);
}

static GtkColumnView *
find_column_view (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return GTK_COLUMN_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnView *found = find_column_view (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_click_opens_initiative (void)
{
  StyreDashboardPage *page;
  StyreWindow *window = open_demo (&page);
  StyreChartCard *card = styre_dashboard_page_find_card (page, "rag-heatmap");
  StyreChartWidget *chart = styre_chart_card_get_chart_widget (card);
  const StyreChartLayout *layout;
  const StyreChartMark *mark = NULL;
  GtkColumnView *table;
  GtkSingleSelection *selection;
  g_autoptr(StyreInitiative) selected = NULL;
  guint index = 0;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  layout = styre_chart_widget_get_layout (chart);
  g_assert_nonnull (layout);
  /* The worst first: the first initiative's name. */
  for (index = 0; index < layout->marks->len; index++)
    {
      mark = &g_array_index (layout->marks, StyreChartMark, index);
      if (mark->initiative_id > 0)
        break;
    }
  g_assert_cmpuint (index, <, layout->marks->len);
  g_assert_true (styre_chart_widget_activate_mark (chart, index));
  g_assert_cmpstr (styre_window_get_view (window), ==, "portfolio");

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  table = find_column_view (styre_window_get_page (window, "portfolio"));
  g_assert_nonnull (table);
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (table));
  selected = gtk_single_selection_get_selected_item (selection)
             ? g_object_ref (gtk_single_selection_get_selected_item (selection)) : NULL;
  g_assert_nonnull (selected);
  g_assert_cmpint (styre_initiative_get_id (selected), ==, mark->initiative_id);

  close_window (window);
}

static void
test_table_and_accessibility (void)
{
  StyreDashboardPage *page;
  StyreWindow *window = open_demo (&page);
  StyreChartCard *card = styre_dashboard_page_find_card (page, "rag-heatmap");
  g_autoptr(StyreChartTable) expected = styre_chart_get_table (styre_chart_card_get_chart (card));
  GtkColumnView *view;

  styre_chart_card_set_show_table (card, TRUE);
  view = find_column_view (GTK_WIDGET (card));
  g_assert_nonnull (view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))),
                    ==, expected->rows->len);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==,
                    expected->n_columns);
  styre_chart_card_set_show_table (card, FALSE);

  /* The chart widget is an image to assistive technology. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (styre_chart_card_get_chart_widget (card))),
                   ==, GTK_ACCESSIBLE_ROLE_IMG);
  close_window (window);
}

typedef struct
{
  StyreStore *store;
  const char *want;
} SavedWait;

static gboolean
layout_saved (gpointer data)
{
  SavedWait *w = data;
  g_autoptr(StyreDashboardLayout) layout = styre_store_find_dashboard_layout (w->store,
                                                                              "Ledermøte",
                                                                              NULL);
  g_autofree char *json = layout ? styre_dashboard_cards_to_json (layout->cards) : NULL;

  return json != NULL && strstr (json, w->want) != NULL;
}

static void
test_resize_and_save (void)
{
  g_autofree char *copy = g_build_filename (tmp_dir, "lagre.styre", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  StyreDashboardPage *page;
  StyreWindow *window;
  StyreChartCard *card;
  SavedWait wait;
  char *saved = demo_path;

  g_assert_true (g_file_get_contents (demo_path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  demo_path = copy;
  window = open_demo (&page);
  demo_path = saved;

  /* The last layout shown is remembered; this one is about Ledermøte. */
  if (g_strcmp0 (styre_dashboard_page_get_layout_name (page), "Ledermøte") != 0)
    {
      styre_dashboard_page_set_layout_name (page, "Ledermøte");
      iterate_until (page_is_idle, page);
    }

  /* Drag the last card by its title onto the first: it takes the first place and the
   * others move one on. */
  {
    guint n = styre_dashboard_page_get_n_cards (page);
    StyreChartCard *first = styre_dashboard_page_get_card (page, 0);
    StyreChartCard *second = styre_dashboard_page_get_card (page, 1);
    StyreChartCard *last = styre_dashboard_page_get_card (page, n - 1);

    g_assert_cmpuint (n, >=, 3);
    g_assert_false (styre_chart_card_take_drop (first, first));
    g_assert_true (styre_chart_card_take_drop (first, last));
    g_assert_true (styre_dashboard_page_get_card (page, 0) == last);
    g_assert_true (styre_dashboard_page_get_card (page, 1) == first);
    g_assert_true (styre_dashboard_page_get_card (page, 2) == second);
    /* …and back, onto what is now the last. */
    g_assert_true (styre_chart_card_take_drop (styre_dashboard_page_get_card (page, n - 1), last));
    g_assert_true (styre_dashboard_page_get_card (page, n - 1) == last);
    g_assert_true (styre_dashboard_page_get_card (page, 0) == first);
  }

  /* Make the trend full width and save: the file has it for everyone. */
  card = styre_dashboard_page_find_card (page, "status-trend");
  styre_chart_card_set_card_size (card, 4, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboard.save", NULL));
  wait.store = styre_window_get_store (window);
  wait.want = "{\"chart\":\"status-trend\",\"width\":4,\"height\":2}";
  iterate_until (layout_saved, &wait);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  StyreDemoOptions options;
  int ret;

  tmp_dir = g_dir_make_tmp ("styre-ui-dashboard-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmp_dir, TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  styre_gui_init ();

  demo_path = g_build_filename (tmp_dir, "demo.styre", NULL);
  styre_demo_options_init (&options);
  options.today = DEMO_TODAY;
  store = styre_demo_create (demo_path, &options, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_test_add_func ("/dashboard/layout-and-as-of", test_layout_and_as_of);
  g_test_add_func ("/dashboard/click-opens-initiative", test_click_opens_initiative);
  g_test_add_func ("/dashboard/table-and-accessibility", test_table_and_accessibility);
  g_test_add_func ("/dashboard/resize-and-save", test_resize_and_save);

  ret = g_test_run ();

  test_remove_tree (tmp_dir);
  g_free (demo_path);
  g_free (tmp_dir);
  return ret;
}
