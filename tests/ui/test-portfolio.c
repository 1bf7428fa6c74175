/* test-portfolio.c — a person keeps the portfolio up to date in the app
 *
 * Registers an initiative in its form (after the form has said what was wrong), gives it
 * a milestone, writes and publishes a status report with another colour than the one
 * the tolerances suggest and says why, and finds that colour in the status history.
 * Then undoes an edit with Ctrl+Z, filters the table with a chip, opens an initiative
 * from elsewhere with win.show-initiative, and sees that a read-only file can be read but
 * not changed. In the Organisation window, makes a 5 % overspend arrangement (after an
 * overspend above 5 % was refused beside the field), gives it a repayment year and a
 * quarter's competence capacity, and finds them in the file and in the charts' data.
 * Runs under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "styre-chart-data.h"
#include "styre-detail.h"
#include "styre-gui.h"
#include "styre-initiative-view.h"
#include "styre-organisation-window.h"
#include "styre-portfolio-page.h"
#include "styre-record-editor.h"
#include "styre-status-editor.h"
#include "styre-status-grid.h"
#include "styre-store.h"
#include "styre-window.h"

#include "../test-util.h"

#define TIMEOUT_SECONDS 60

static char *tmp_dir;

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

static void
settle (void)
{
  for (int i = 0; i < 40; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static gboolean
window_loaded (gpointer data)
{
  return !styre_window_get_loading (data);
}

static gboolean
widget_gone (gpointer data)
{
  GtkWidget **widget = data;
  return *widget == NULL;
}

/* A new file with the agency and the person a secretariat would have set up. */
static char *
make_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_create (path, "Fjordvik kommune", &error);
  g_autoptr(StyreChange) agency = styre_change_new_insert ("agency");
  g_autoptr(StyreChange) person = styre_change_new_insert ("person");
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();

  g_assert_no_error (error);
  styre_change_set_text (agency, "code", "FJK");
  styre_change_set_text (agency, "name", "Fjordvik kommune");
  styre_change_set_text (agency, "kind", "municipality");
  styre_change_set_bool (agency, "is_host", TRUE);
  styre_change_set_text (person, "name", "Kari Nordmann");
  styre_change_set_ref (person, "agency_id", agency);
  g_ptr_array_add (batch, agency);
  g_ptr_array_add (batch, person);
  g_assert_true (styre_store_apply_all (store, batch, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static StyreWindow *
open_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  StyreWindow *window = styre_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_window_present (GTK_WINDOW (window));
  styre_window_open (window, file, STYRE_OPEN_MODE_OPEN);
  iterate_until (window_loaded, window);
  styre_window_set_view (window, "portfolio");
  return window;
}

static gboolean
on_screen (gpointer widget)
{
  return gtk_widget_is_drawable (widget);
}

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

static void
close_window (StyreWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

typedef struct
{
  StyreInitiativeView *view;
  const char          *code;
} ShownQuery;

static gboolean
detail_shows (gpointer data)
{
  ShownQuery *q = data;
  StyreInitiativeDetail *d = styre_initiative_view_get_detail (q->view);

  return d != NULL && !styre_initiative_view_get_loading (q->view)
         && g_strcmp0 (styre_row_get_text (d->initiative, "code"), q->code) == 0;
}

static gboolean
editor_ready (gpointer data)
{
  return styre_status_editor_get_ready (data);
}

typedef struct
{
  StyreInitiativeView *view;
  guint                reports;
} ReportsQuery;

static gboolean
detail_has_reports (gpointer data)
{
  ReportsQuery *q = data;
  StyreInitiativeDetail *d = styre_initiative_view_get_detail (q->view);

  return d != NULL && !styre_initiative_view_get_loading (q->view)
         && d->reports->len == q->reports
         && styre_initiative_view_get_status_grid (q->view) != NULL;
}

static gboolean
detail_has_milestone (gpointer data)
{
  StyreInitiativeDetail *d = styre_initiative_view_get_detail (data);

  return d != NULL && !styre_initiative_view_get_loading (data) && d->milestones->len == 1;
}

static gboolean
detail_has_no_milestone (gpointer data)
{
  StyreInitiativeDetail *d = styre_initiative_view_get_detail (data);

  return d != NULL && !styre_initiative_view_get_loading (data) && d->milestones->len == 0;
}

static void
test_register_report_and_find_it (void)
{
  g_autofree char *path = make_file ("portefolje.styre");
  StyreWindow *window = open_window (path);
  StyreStore *store = styre_window_get_store (window);
  StyrePortfolioPage *page = STYRE_PORTFOLIO_PAGE (styre_window_get_page (window, "portfolio"));
  StyreInitiativeView *view = styre_portfolio_page_get_detail (page);
  GtkWidget *editor;
  GtkWidget *report;
  ShownQuery shown = { view, "DF-2026-01" };
  ReportsQuery one_report = { view, 1 };
  g_autofree char *today = styre_store_today (store);
  g_autofree char *period = g_strndup (today, 7);
  StyreRag rag = STYRE_RAG_GREY;
  gboolean overridden = FALSE;
  StyreRag suggested;

  /* The empty page offers the way in: a new initiative, or an import from Excel. */
  {
    GtkWidget *button = find_by_id (GTK_WIDGET (page), "empty_new_button");

    g_assert_nonnull (button);
    iterate_until (on_screen, button);
    g_assert_true (gtk_widget_is_sensitive (button));
    g_assert_true (gtk_widget_is_sensitive (find_by_id (GTK_WIDGET (page),
                                                        "empty_import_button")));
  }

  /* Register the initiative. The form says what is wrong before it can be saved. */
  editor = styre_portfolio_page_new_initiative (page);
  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "code", "DF-2026-01");
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "title", "");
  g_assert_cmpstr (styre_record_editor_get_problem (STYRE_RECORD_EDITOR (editor), "title"), ==,
                   "This must be filled in.");
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "title",
                                "Digital byggesøknad for Fjordvik");
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "start_date", "01.02.2026");
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "end_date", "31.02.2027");
  g_assert_cmpstr (styre_record_editor_get_problem (STYRE_RECORD_EDITOR (editor), "end_date"), ==,
                   "“31.02.2027” is not a date. Write it like 27.11.2026.");
  settle ();
  g_assert_false (styre_record_editor_get_can_save (STYRE_RECORD_EDITOR (editor)));
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "end_date", "01.01.2026");
  g_assert_cmpstr (styre_record_editor_get_problem (STYRE_RECORD_EDITOR (editor), "end_date"), ==,
                   "The end is before the start.");
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "end_date", "31.12.2027");
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "phase", "execution");
  g_assert_null (styre_record_editor_get_problem (STYRE_RECORD_EDITOR (editor), "end_date"));
  settle ();   /* the agencies and people to choose from are read */
  g_assert_true (styre_record_editor_save (STYRE_RECORD_EDITOR (editor)));
  iterate_until (widget_gone, &editor);

  /* The table shows it, and so does the detail beside it. */
  iterate_until (detail_shows, &shown);
  g_assert_cmpstr (styre_row_get_text (styre_initiative_view_get_detail (view)->initiative,
                                       "title"), ==, "Digital byggesøknad for Fjordvik");

  /* A milestone forecast 75 days late: the tolerances (30/90 days) suggest yellow. */
  editor = GTK_WIDGET (styre_record_editor_new (GTK_WINDOW (window), store,
                                                styre_window_get_undo_stack (window),
                                                "milestone", NULL));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  styre_record_editor_set_default_int (STYRE_RECORD_EDITOR (editor), "initiative_id",
                                       styre_initiative_view_get_id (view));
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "title", "Løsningen i drift");
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "baseline_date", "01.02.2027");
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "forecast_date", "17.04.2027");
  g_assert_true (styre_record_editor_save (STYRE_RECORD_EDITOR (editor)));
  iterate_until (widget_gone, &editor);
  iterate_until (detail_has_milestone, view);

  /* The status report: time is green though yellow is suggested, so a reason is asked. */
  report = styre_initiative_view_new_report (view);
  g_assert_nonnull (report);
  g_object_add_weak_pointer (G_OBJECT (report), (gpointer *) &report);
  iterate_until (editor_ready, report);
  g_assert_cmpstr (styre_status_editor_get_period (STYRE_STATUS_EDITOR (report)), ==, period);
  g_assert_true (styre_status_editor_get_suggestion (STYRE_STATUS_EDITOR (report), "time",
                                                     &suggested));
  g_assert_cmpint (suggested, ==, STYRE_RAG_YELLOW);
  g_assert_cmpint (styre_status_editor_get_rag (STYRE_STATUS_EDITOR (report), "time"), ==,
                   STYRE_RAG_YELLOW);
  styre_status_editor_set_rag (STYRE_STATUS_EDITOR (report), "time", STYRE_RAG_GREEN);
  g_assert_cmpstr (styre_status_editor_get_problem (STYRE_STATUS_EDITOR (report), "time"), ==,
                   "Say why the colour differs from the suggestion.");
  g_assert_false (styre_status_editor_save (STYRE_STATUS_EDITOR (report), TRUE));
  styre_status_editor_set_reason (STYRE_STATUS_EDITOR (report), "time",
                                  "Leverandøren har lovet to ekstra utviklere fra januar");
  g_assert_null (styre_status_editor_get_problem (STYRE_STATUS_EDITOR (report), "time"));
  styre_status_editor_set_rag (STYRE_STATUS_EDITOR (report), "overall", STYRE_RAG_GREEN);
  styre_status_editor_set_text (STYRE_STATUS_EDITOR (report), "summary",
                                "Godt i gang; piloten starter etter planen.");
  g_assert_true (styre_status_editor_save (STYRE_STATUS_EDITOR (report), TRUE));
  iterate_until (widget_gone, &report);

  /* Found in the status grid: green, marked as another colour than suggested. */
  iterate_until (detail_has_reports, &one_report);
  g_assert_true (styre_status_grid_get_cell (STYRE_STATUS_GRID (styre_initiative_view_get_status_grid (view)),
                                             period, "time", &rag, &overridden));
  g_assert_cmpint (rag, ==, STYRE_RAG_GREEN);
  g_assert_true (overridden);
  g_assert_true (styre_status_grid_get_cell (STYRE_STATUS_GRID (styre_initiative_view_get_status_grid (view)),
                                             period, "overall", &rag, &overridden));
  g_assert_cmpint (rag, ==, STYRE_RAG_GREEN);
  {
    StyreRow *r = g_ptr_array_index (styre_initiative_view_get_detail (view)->reports, 0);
    g_assert_cmpstr (styre_row_get_text (r, "state"), ==, "published");
  }
  styre_initiative_view_set_section (view, "status");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  close_window (window);
}

typedef struct
{
  StyreInitiativeView *view;
  const char          *title;
} TitleQuery;

static gboolean
detail_has_title (gpointer data)
{
  TitleQuery *q = data;
  StyreInitiativeDetail *d = styre_initiative_view_get_detail (q->view);

  return d != NULL && !styre_initiative_view_get_loading (q->view)
         && g_strcmp0 (styre_row_get_text (d->initiative, "title"), q->title) == 0;
}

static gboolean
can_undo (gpointer data)
{
  return styre_undo_stack_get_can_undo (data);
}

static void
test_undo_and_filters (void)
{
  g_autofree char *path = make_file ("angre.styre");
  StyreWindow *window;
  StyreStore *store;
  StyrePortfolioPage *page;
  StyreInitiativeView *view;
  GListModel *model;
  GtkWidget *editor;
  TitleQuery renamed, original;
  gint64 id = 0;

  /* Two initiatives, one in execution. */
  {
    g_autoptr(StyreStore) setup = styre_store_open (path, STYRE_OPEN_DEFAULT, NULL);
    const char *rows[][3] = { { "A-1", "Felles innbyggerportal", "execution" },
                              { "A-2", "Ny sak- og arkivløsning", "planning" } };
    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_autoptr(StyreChange) c = styre_change_new_insert ("initiative");
        styre_change_set_text (c, "code", rows[i][0]);
        styre_change_set_text (c, "title", rows[i][1]);
        styre_change_set_text (c, "kind", "project");
        styre_change_set_text (c, "method", "agile");
        styre_change_set_text (c, "phase", rows[i][2]);
        styre_change_set_int (c, "owning_agency_id", 1);
        g_assert_true (styre_store_apply (setup, c, NULL));
        if (i == 0)
          id = styre_change_get_id (c);
      }
  }
  window = open_window (path);
  store = styre_window_get_store (window);
  page = STYRE_PORTFOLIO_PAGE (styre_window_get_page (window, "portfolio"));
  view = styre_portfolio_page_get_detail (page);
  model = styre_portfolio_page_get_model (page);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* A chip chooses by phase; the search by words in the title. */
  styre_portfolio_page_set_chosen (page, STYRE_FACET_PHASE, "execution", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  styre_portfolio_page_set_search (page, "arkiv");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  styre_portfolio_page_set_chosen (page, STYRE_FACET_PHASE, "execution", FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  styre_portfolio_page_set_search (page, "");

  /* Opened from elsewhere (a chart, an agenda item). */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "dashboard");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-initiative", "x", id);
  g_assert_cmpstr (styre_window_get_view (window), ==, "portfolio");
  original = (TitleQuery) { view, "Felles innbyggerportal" };
  iterate_until (detail_has_title, &original);

  /* Rename it, then Ctrl+Z. */
  editor = styre_initiative_view_edit (view);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "title", "Min side for innbyggere");
  settle ();
  g_assert_true (styre_record_editor_save (STYRE_RECORD_EDITOR (editor)));
  iterate_until (widget_gone, &editor);
  renamed = (TitleQuery) { view, "Min side for innbyggere" };
  iterate_until (detail_has_title, &renamed);
  iterate_until (can_undo, styre_window_get_undo_stack (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  iterate_until (detail_has_title, &original);
  g_assert_true (styre_undo_stack_get_can_redo (styre_window_get_undo_stack (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  iterate_until (detail_has_title, &renamed);

  /* Delete a milestone in its form; Undo (the toast's button) brings it back. */
  {
    g_autoptr(StyreChange) milestone = styre_change_new_insert ("milestone");
    g_autoptr(StyreRow) row = NULL;

    styre_change_set_int (milestone, "initiative_id", id);
    styre_change_set_text (milestone, "title", "Innbyggerportalen åpnet");
    styre_change_set_text (milestone, "baseline_date", "2027-05-01");
    g_assert_true (styre_store_apply (store, milestone, NULL));
    iterate_until (detail_has_milestone, view);
    row = styre_store_read_row (store, "milestone", styre_change_get_id (milestone), NULL);
    editor = GTK_WIDGET (styre_record_editor_new (GTK_WINDOW (window), store,
                                                  styre_window_get_undo_stack (window),
                                                  "milestone", row));
    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
    gtk_window_present (GTK_WINDOW (editor));
    settle ();
    gtk_widget_activate_action (editor, "editor.delete", NULL);
    iterate_until (widget_gone, &editor);
    iterate_until (detail_has_no_milestone, view);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    iterate_until (detail_has_milestone, view);
    g_assert_cmpstr (styre_row_get_text (g_ptr_array_index (styre_initiative_view_get_detail (view)->milestones, 0),
                                         "title"), ==, "Innbyggerportalen åpnet");
  }

  close_window (window);
}

static void
test_read_only_file (void)
{
  g_autofree char *path = make_file ("les.styre");
  StyreWindow *window;
  StyrePortfolioPage *page;
  GtkWidget *editor;
  sqlite3 *db = NULL;

  /* A file switched to WAL by another program opens read-only (STORAGE.md rule 2). */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  window = open_window (path);
  g_assert_true (styre_store_is_read_only (styre_window_get_store (window)));
  page = STYRE_PORTFOLIO_PAGE (styre_window_get_page (window, "portfolio"));
  /* New Initiative does nothing: no form opens. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-initiative", NULL);
  settle ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);
        g_assert_false (STYRE_IS_RECORD_EDITOR (toplevel));
      }
  }
  g_assert_null (styre_portfolio_page_new_initiative (page));

  /* The Organisation window's forms show, but cannot save. */
  editor = GTK_WIDGET (styre_record_editor_new (GTK_WINDOW (window),
                                                styre_window_get_store (window), NULL,
                                                "agency", NULL));
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "name", "Nordstrand kommune");
  styre_record_editor_set_text (STYRE_RECORD_EDITOR (editor), "code", "NSK");
  settle ();
  g_assert_false (styre_record_editor_get_can_save (STYRE_RECORD_EDITOR (editor)));
  gtk_window_destroy (GTK_WINDOW (editor));

  close_window (window);
}

static gboolean
organisation_loaded (gpointer data)
{
  return styre_organisation_window_get_loaded (data);
}

typedef struct
{
  StyreOrganisationWindow *window;
  const char              *table;
  gint64                   id;
  const char              *subtitle;   /* nullable: any */
} ShownRowQuery;

static gboolean
row_shown (gpointer data)
{
  ShownRowQuery *q = data;
  GtkWidget *row;

  if (!styre_organisation_window_get_loaded (q->window))
    return FALSE;
  row = styre_organisation_window_find_row (q->window, q->table, q->id);
  return row != NULL
         && (q->subtitle == NULL
             || g_strcmp0 (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), q->subtitle) == 0);
}

static guint
count_rows (StyreStore *store,
            const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = styre_store_list_rows_where (store, table, NULL, 0, &error);

  g_assert_no_error (error);
  return rows->len;
}

static StyreChartData *
chart_data (StyreStore     *store,
            StyreChartKind  kind)
{
  g_auto(StyreChartQuery) query = { 0 };
  g_autoptr(GError) error = NULL;
  StyreChartData *data;

  styre_chart_query_init (&query);
  data = styre_store_prepare_chart_data (store, kind, &query, &error);
  g_assert_no_error (error);
  return data;
}

/* The row of an initiative's share of an overspend, in the Organisation window. */
static GtkWidget *
find_share_row (GtkWidget *widget)
{
  if (ADW_IS_ACTION_ROW (widget) && g_object_get_data (G_OBJECT (widget), "initiative-id"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_share_row (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The 5 % rule and competence capacity, made in the Organisation window where the charts
 * get them from. */
static void
test_organisation_money_and_capacity (void)
{
  g_autofree char *path = make_file ("organisasjon.styre");
  g_autofree char *today = NULL;
  g_autofree char *year = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *quarter_shown = NULL;
  StyreRecordEditor *e;
  StyreWindow *window;
  StyreStore *store;
  StyreOrganisationWindow *org;
  GtkWidget *editor;
  gint64 competence_id, arrangement_id;
  g_autoptr(GPtrArray) rows = NULL;
  ShownRowQuery shown;

  {
    g_autoptr(StyreStore) setup = styre_store_open (path, STYRE_OPEN_DEFAULT, NULL);
    g_autoptr(StyreChange) c = styre_change_new_insert ("competence");

    styre_change_set_text (c, "name", "Informasjonssikkerhet");
    g_assert_true (styre_store_apply (setup, c, NULL));
    competence_id = styre_change_get_id (c);
  }
  window = open_window (path);
  store = styre_window_get_store (window);
  today = styre_store_today (store);
  year = g_strndup (today, 4);
  quarter = g_strdup_printf ("%s-Q%d", year, (atoi (today + 5) - 1) / 3 + 1);
  quarter_shown = g_strdup_printf ("Q%d %s", (atoi (today + 5) - 1) / 3 + 1, year);
  org = styre_organisation_window_new (GTK_WINDOW (window), store,
                                       styre_window_get_undo_stack (window));
  gtk_window_present (GTK_WINDOW (org));
  iterate_until (organisation_loaded, org);

  /* An arrangement: an overspend above 5 % is refused, in words, beside the field. */
  editor = styre_organisation_window_edit_new (org, "overspend_arrangement");
  e = STYRE_RECORD_EDITOR (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();   /* the agencies to choose from are read */
  styre_record_editor_set_text (e, "agency_id", "1");
  styre_record_editor_set_text (e, "budget_year", year);
  styre_record_editor_set_text (e, "chapter_post", "kap. 1600 post 01");
  styre_record_editor_set_text (e, "appropriation", "50 000 000");
  styre_record_editor_set_text (e, "overspend", "2,6 mill.");
  g_assert_cmpstr (styre_record_editor_get_problem (e, "overspend"), ==,
                   "The 5 % rule allows an overspend of at most 5 % of the appropriation, "
                   "here 2\u00a0500\u00a0000 kr.");
  g_assert_false (styre_record_editor_get_can_save (e));
  g_assert_false (styre_record_editor_save (e));
  settle ();
  g_assert_cmpuint (count_rows (store, "overspend_arrangement"), ==, 0);
  styre_record_editor_set_text (e, "overspend", "2 500 000");
  g_assert_null (styre_record_editor_get_problem (e, "overspend"));
  g_assert_true (styre_record_editor_save (e));
  iterate_until (widget_gone, &editor);

  rows = styre_store_list_rows_where (store, "overspend_arrangement", NULL, 0, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  arrangement_id = styre_row_get_int (g_ptr_array_index (rows, 0), "id");
  g_assert_cmpint (styre_row_get_int (g_ptr_array_index (rows, 0), "overspend"), ==, 2500000);
  g_clear_pointer (&rows, g_ptr_array_unref);
  /* The window lists it with its share of the appropriation. */
  shown = (ShownRowQuery) { org, "overspend_arrangement", arrangement_id,
                            "Appropriation 50\u00a0000\u00a0000 kr · overspend 2\u00a0500\u00a0000 kr "
                            "(5,0\u00a0%)" };
  iterate_until (row_shown, &shown);

  /* The same agency, year and post again is a duplicate, said before saving. */
  editor = styre_organisation_window_edit_new (org, "overspend_arrangement");
  e = STYRE_RECORD_EDITOR (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();
  styre_record_editor_set_text (e, "agency_id", "1");
  styre_record_editor_set_text (e, "chapter_post", "kap. 1600 post 01");
  styre_record_editor_set_text (e, "appropriation", "10 000 000");
  styre_record_editor_set_text (e, "overspend", "100 000");
  g_assert_cmpstr (styre_record_editor_get_problem (e, "chapter_post"), ==,
                   "This agency already has an arrangement for this chapter and post in that "
                   "budget year.");
  g_assert_false (styre_record_editor_get_can_save (e));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_null (editor);

  /* A year of the repayment plan: the year after the budget year is offered. */
  editor = styre_organisation_window_add_repayment (org, arrangement_id);
  e = STYRE_RECORD_EDITOR (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();
  styre_record_editor_set_text (e, "planned", "1 250 000");
  g_assert_true (styre_record_editor_save (e));
  iterate_until (widget_gone, &editor);
  rows = styre_store_list_rows_where (store, "overspend_repayment", "arrangement_id",
                                      arrangement_id, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (styre_row_get_int (g_ptr_array_index (rows, 0), "year"), ==, atoi (year) + 1);
  g_assert_cmpint (styre_row_get_int (g_ptr_array_index (rows, 0), "planned"), ==, 1250000);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* That year again is a duplicate. */
  editor = styre_organisation_window_add_repayment (org, arrangement_id);
  e = STYRE_RECORD_EDITOR (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();
  {
    g_autofree char *next = g_strdup_printf ("%d", atoi (year) + 1);
    styre_record_editor_set_text (e, "year", next);
  }
  styre_record_editor_set_text (e, "planned", "1 250 000");
  g_assert_cmpstr (styre_record_editor_get_problem (e, "year"), ==,
                   "The repayment plan already has this year; edit that year instead.");
  g_assert_false (styre_record_editor_save (e));

  /* Savings repay the overspend in the five years after it, not in it or later. */
  {
    g_autofree char *same = g_strdup_printf ("%d", atoi (year));
    g_autofree char *sixth = g_strdup_printf ("%d", atoi (year) + 6);
    g_autofree char *fifth = g_strdup_printf ("%d", atoi (year) + 5);
    g_autofree char *why = g_strdup_printf ("The repayment plan covers at most the five years "
                                            "after the overspend, %d–%d.",
                                            atoi (year) + 1, atoi (year) + 5);

    styre_record_editor_set_text (e, "year", sixth);
    g_assert_cmpstr (styre_record_editor_get_problem (e, "year"), ==, why);
    g_assert_false (styre_record_editor_get_can_save (e));
    styre_record_editor_set_text (e, "year", same);
    g_assert_nonnull (strstr (styre_record_editor_get_problem (e, "year"),
                              "from the year after it"));
    styre_record_editor_set_text (e, "year", fifth);
    g_assert_null (styre_record_editor_get_problem (e, "year"));
    g_assert_true (styre_record_editor_get_can_save (e));
  }
  gtk_window_destroy (GTK_WINDOW (editor));

  /* The 5 % rule chart sees the arrangement and its plan. */
  {
    g_autoptr(StyreChartData) data = chart_data (store, STYRE_CHART_FIVE_PERCENT);
    const StyreOverspend *o;

    g_assert_cmpuint (data->five_percent.arrangements->len, ==, 1);
    o = g_ptr_array_index (data->five_percent.arrangements, 0);
    g_assert_cmpint (o->appropriation, ==, 50000000);
    g_assert_cmpint (o->overspend, ==, 2500000);
    g_assert_cmpstr (o->chapter_post, ==, "kap. 1600 post 01");
    g_assert_cmpuint (o->repayments->len, ==, 1);
    g_assert_cmpint (g_array_index (o->repayments, StyreRepaymentYear, 0).planned, ==, 1250000);
  }

  /* An initiative's share is listed under the arrangement and opens the initiative, where
   * it is edited. */
  {
    g_autoptr(StyreChange) initiative = styre_change_new_insert ("initiative");
    g_autoptr(StyreChange) share = styre_change_new_insert ("overspend_share");
    g_autoptr(GPtrArray) batch = g_ptr_array_new ();
    g_autoptr(GError) error = NULL;
    StyrePortfolioPage *page = STYRE_PORTFOLIO_PAGE (styre_window_get_page (window, "portfolio"));
    TitleQuery opened = { styre_portfolio_page_get_detail (page), "Felles økonomisystem" };
    GtkWidget *row;

    styre_change_set_text (initiative, "code", "FJ-101");
    styre_change_set_text (initiative, "title", "Felles økonomisystem");
    styre_change_set_text (initiative, "kind", "project");
    styre_change_set_text (initiative, "method", "waterfall");
    styre_change_set_text (initiative, "phase", "execution");
    styre_change_set_int (initiative, "owning_agency_id", 1);
    styre_change_set_int (share, "arrangement_id", arrangement_id);
    styre_change_set_ref (share, "initiative_id", initiative);
    styre_change_set_int (share, "amount", 1000000);
    g_ptr_array_add (batch, initiative);
    g_ptr_array_add (batch, share);
    g_assert_true (styre_store_apply_all (store, batch, &error));
    g_assert_no_error (error);

    while ((row = find_share_row (GTK_WIDGET (org))) == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
    adw_action_row_activate (ADW_ACTION_ROW (row));
    g_assert_cmpstr (styre_window_get_view (window), ==, "portfolio");
    iterate_until (detail_has_title, &opened);
  }

  /* Capacity: a quarter must look like one; then this quarter's for the whole
   * organisation. */
  editor = styre_organisation_window_add_capacity (org, competence_id);
  e = STYRE_RECORD_EDITOR (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();
  styre_record_editor_set_text (e, "quarter", "2026-5");
  g_assert_cmpstr (styre_record_editor_get_problem (e, "quarter"), ==,
                   "“2026-5” is not a quarter. Write it like 2026-Q4.");
  styre_record_editor_set_text (e, "quarter", quarter);
  styre_record_editor_set_text (e, "fte", "2,5");
  g_assert_null (styre_record_editor_get_problem (e, "quarter"));
  g_assert_true (styre_record_editor_save (e));
  iterate_until (widget_gone, &editor);
  g_assert_cmpuint (count_rows (store, "competence_capacity"), ==, 1);
  shown = (ShownRowQuery) { org, "competence_capacity", competence_id, quarter_shown };
  iterate_until (row_shown, &shown);

  /* A second total for the same quarter is a duplicate. */
  editor = styre_organisation_window_add_capacity (org, competence_id);
  e = STYRE_RECORD_EDITOR (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();
  styre_record_editor_set_text (e, "quarter", quarter);
  styre_record_editor_set_text (e, "fte", "1");
  g_assert_cmpstr (styre_record_editor_get_problem (e, "quarter"), ==,
                   "The whole organisation already has a capacity for this competence in that "
                   "quarter.");
  g_assert_false (styre_record_editor_save (e));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_cmpuint (count_rows (store, "competence_capacity"), ==, 1);

  /* The competence chart sets the capacity against the need. */
  {
    g_autoptr(StyreChartData) data = chart_data (store, STYRE_CHART_COMPETENCE);
    gboolean found = FALSE;

    for (guint i = 0; i < data->competence.rows->len; i++)
      {
        const StyreCompetenceRow *row = g_ptr_array_index (data->competence.rows, i);

        if (row->id != competence_id)
          continue;
        for (int q = 0; q < STYRE_COMPETENCE_QUARTERS; q++)
          if (g_str_equal (data->competence.quarters[q], quarter))
            {
              g_assert_cmpfloat_with_epsilon (row->capacity[q], 2.5, 1e-9);
              found = TRUE;
            }
      }
    g_assert_true (found);
  }

  gtk_window_destroy (GTK_WINDOW (org));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  tmp_dir = g_dir_make_tmp ("styre-ui-portfolio-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmp_dir, TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  styre_gui_init ();

  g_test_add_func ("/portfolio/register-report-and-find-it", test_register_report_and_find_it);
  g_test_add_func ("/portfolio/undo-and-filters", test_undo_and_filters);
  g_test_add_func ("/portfolio/read-only-file", test_read_only_file);
  g_test_add_func ("/portfolio/organisation-money-and-capacity",
                   test_organisation_money_and_capacity);

  ret = g_test_run ();
  test_remove_tree (tmp_dir);
  return ret;
}
