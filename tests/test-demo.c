/* test-demo.c — the demo portfolio of Fjordvik kommune
 *
 * What someone opening the demo would notice if it broke: enough initiatives of every kind,
 * years of monthly status whose colour changes are explained, meetings with proper case
 * numbers, exempt items with a legal basis, follow-up in every state, the 5 % rule kept,
 * benefits measured, snapshots for the meetings held, a file that passes its own checks,
 * and the same file every time for the same seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "styre-demo.h"
#include "styre-error.h"
#include "styre-store.h"

#define TODAY "2026-11-27"

typedef struct
{
  char       *dir;
  char       *path;
  StyreStore *store;
  sqlite3    *db;     /* a second, read-only look at the same file */
} Fixture;

static StyreStore *
create_demo (const char *path,
             guint       scale,
             guint64     seed)
{
  g_autoptr(GError) error = NULL;
  StyreDemoOptions options;
  StyreStore *store;

  styre_demo_options_init (&options);
  options.scale = scale;
  options.seed = seed;
  options.today = TODAY;
  store = styre_demo_create (path, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("styre-demo-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "demo.styre", NULL);
  f->store = create_demo (f->path, 1, STYRE_DEMO_DEFAULT_SEED);
  g_assert_cmpint (sqlite3_open_v2 (f->path, &f->db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3_close (f->db);
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  if (sqlite3_prepare_v2 (f->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (f->db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
test_portfolio (Fixture       *f,
                gconstpointer  data)
{
  static const char *const kinds[] = {
    "project", "programme", "product_team", "pilot", "innovation", "idea",
  };
  static const char *const methods[] = { "waterfall", "agile", "hybrid" };
  static const char *const phases[] = {
    "idea", "concept", "planning", "execution", "closing", "realisation",
  };
  static const char *const lifecycles[] = {
    "proposed", "active", "paused", "closed", "stopped", "merged",
  };

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative"), >=, 40);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM initiative WHERE kind = '%s'",
                                              kinds[i]);
      g_assert_cmpint (query_int (f, sql), >, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM initiative "
                                              "WHERE method = '%s'", methods[i]);
      g_assert_cmpint (query_int (f, sql), >, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM initiative "
                                              "WHERE phase = '%s'", phases[i]);
      g_assert_cmpint (query_int (f, sql), >, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lifecycles); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM initiative "
                                              "WHERE lifecycle = '%s'", lifecycles[i]);
      g_assert_cmpint (query_int (f, sql), >, 0);
    }

  /* Programmes have their projects under them. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative c JOIN initiative p "
                                 "ON c.parent_id = p.id WHERE p.kind = 'programme'"), >=, 6);
  /* Everything is tied to the strategy and to someone. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative i WHERE NOT EXISTS "
                                 "(SELECT 1 FROM initiative_focus_area a "
                                 "WHERE a.initiative_id = i.id)"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative WHERE owner_id IS NULL"), ==,
                   0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative "
                                 "WHERE state_project_model = 1"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative WHERE co_financed = 1"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agency WHERE is_host = 1"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agency WHERE five_percent_rule = 1 "
                                 "AND kind = 'state_agency'"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM competence WHERE position = 0 "
                                 "AND name = 'Informasjonssikkerhet'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM goal WHERE level = 'output' AND "
                                 "parent_id IN (SELECT id FROM goal WHERE level = 'outcome')"),
                   >, 0);
}

static void
test_reports (Fixture       *f,
              gconstpointer  data)
{
  double average = (double) query_int (f, "SELECT count(*) FROM status_report")
                   / (double) query_int (f, "SELECT count(*) FROM initiative");

  g_assert_cmpfloat (average, >=, 40.0);

  /* Seven dimensions on every report. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM status_report r WHERE "
                                 "(SELECT count(*) FROM status_dimension d "
                                 "WHERE d.status_report_id = r.id) <> 7"), ==, 0);

  /* A colour that changes from one month to the next says why. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM status_dimension d "
                                 "JOIN status_report r ON r.id = d.status_report_id "
                                 "JOIN status_report p ON p.initiative_id = r.initiative_id "
                                 "AND p.period = strftime('%Y-%m', r.period || '-01', "
                                 "'-1 month') "
                                 "JOIN status_dimension pd ON pd.status_report_id = p.id "
                                 "AND pd.dimension = d.dimension "
                                 "WHERE pd.rag <> d.rag AND trim(d.comment) = ''"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM status_dimension d "
                                 "JOIN status_report r ON r.id = d.status_report_id "
                                 "JOIN status_report p ON p.initiative_id = r.initiative_id "
                                 "AND p.period = strftime('%Y-%m', r.period || '-01', "
                                 "'-1 month') "
                                 "JOIN status_dimension pd ON pd.status_report_id = p.id "
                                 "AND pd.dimension = d.dimension WHERE pd.rag <> d.rag"), >, 100);

  /* Colours tell stories, and the author sometimes overrules the tolerances, with a reason. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM status_dimension WHERE rag = 'red'"), >,
                   0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM status_dimension "
                                 "WHERE suggested_rag IS NOT NULL AND suggested_rag <> rag"), >,
                   0);

  /* The overall colour is never better than the worst dimension. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM status_report r WHERE "
                                 "(r.overall_rag = 'green' AND EXISTS (SELECT 1 FROM "
                                 "status_dimension d WHERE d.status_report_id = r.id "
                                 "AND d.rag IN ('yellow', 'red'))) OR "
                                 "(r.overall_rag = 'yellow' AND EXISTS (SELECT 1 FROM "
                                 "status_dimension d WHERE d.status_report_id = r.id "
                                 "AND d.rag = 'red'))"), ==, 0);

  /* Published history, a few drafts this month, nothing from the future. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM status_report WHERE state = 'draft' "
                                 "AND period < '2026-10'"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM status_report WHERE period > '2026-11' "
                                 "OR published_at > '" TODAY "T23:59:59Z'"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT period) FROM status_report"), >=, 37);
}

static void
test_meetings (Fixture       *f,
               gconstpointer  data)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting"), >=, 7);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting"), <=, 10);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE state = "
                                 "'minutes_approved'"), >=, 4);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE state = 'held'"), >=, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE state = 'notice_sent' "
                                 "AND starts_at > '" TODAY "'"), >=, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE state = 'draft' "
                                 "AND starts_at > '" TODAY "'"), >=, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE state IN ('held', "
                                 "'minutes_approved') AND starts_at > '" TODAY "'"), ==, 0);

  /* Case numbers NN/YY run per forum and year, on cases only, not in drafts. */
  g_assert_cmpint (sqlite3_prepare_v2 (f->db,
                                       "SELECT m.forum_id, a.case_seq, a.case_year, "
                                       "substr(m.starts_at, 1, 4) FROM agenda_item a "
                                       "JOIN meeting m ON m.id = a.meeting_id "
                                       "WHERE a.case_seq IS NOT NULL "
                                       "ORDER BY m.starts_at, a.position",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int forum = sqlite3_column_int (stmt, 0);
      int seq = sqlite3_column_int (stmt, 1);
      int year = sqlite3_column_int (stmt, 2);
      g_autofree char *number = g_strdup_printf ("%02d/%02d", seq, year % 100);
      g_autofree char *key = g_strdup_printf ("%d:%s", forum, number);

      g_assert_cmpint (strlen (number), ==, 5);
      g_assert_cmpint (year, ==, atoi ((const char *) sqlite3_column_text (stmt, 3)));
      g_assert_false (g_hash_table_contains (seen, key));
      g_hash_table_add (seen, g_steal_pointer (&key));
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (g_hash_table_size (seen), >=, 20);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item a JOIN meeting m "
                                 "ON m.id = a.meeting_id WHERE m.state = 'draft' "
                                 "AND a.case_seq IS NOT NULL"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item WHERE standing_kind "
                                 "IS NOT NULL AND case_seq IS NOT NULL"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item a JOIN meeting m "
                                 "ON m.id = a.meeting_id WHERE m.state <> 'draft' "
                                 "AND a.standing_kind IS NULL AND a.case_seq IS NULL"), ==, 0);
  /* The standing items read as they should, Eventuelt last. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM standing_item WHERE at_end = 1 "
                                 "AND title = 'Eventuelt'"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item "
                                 "WHERE title = 'Godkjenning av innkalling og saksliste' "
                                 "AND standing_kind = 'approve_notice'"), ==,
                   query_int (f, "SELECT count(*) FROM meeting"));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item a WHERE standing_kind = "
                                 "'any_other_business' AND position <> (SELECT max(position) "
                                 "FROM agenda_item b WHERE b.meeting_id = a.meeting_id)"), ==, 0);

  /* Held meetings have decisions, times and someone who could not come. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item a JOIN meeting m "
                                 "ON m.id = a.meeting_id WHERE m.state IN ('held', "
                                 "'minutes_approved') AND (a.outcome IS NULL "
                                 "OR a.actual_start IS NULL)"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item WHERE outcome = "
                                 "'amended'"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item WHERE dissent <> ''"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item WHERE outcome = 'noted' "
                                 "AND decision <> 'Saken tas til orientering.'"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM participant WHERE attendance = "
                                 "'absent' AND absence_reason <> ''"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM participant WHERE "
                                 "substitute_for_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM gate_decision "
                                 "WHERE agenda_item_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT uid) FROM meeting"), ==,
                   query_int (f, "SELECT count(*) FROM meeting"));
}

static void
test_exempt (Fixture       *f,
             gconstpointer  data)
{
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item "
                                 "WHERE confidentiality = 'exempt'"), >=, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item WHERE confidentiality = "
                                 "'exempt' AND legal_basis NOT LIKE 'offl. §%'"), ==, 0);
  /* What follows from an exempt item is exempt on the same basis. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM action_item x JOIN agenda_item a "
                                 "ON a.id = x.origin_item_id WHERE a.confidentiality = "
                                 "'exempt' AND (x.confidentiality <> 'exempt' "
                                 "OR x.legal_basis <> a.legal_basis)"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM action_item "
                                 "WHERE confidentiality = 'exempt'"), >, 0);
}

static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  static const char *const states[] = { "open", "in_progress", "done", "cancelled" };

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM action_item "
                                              "WHERE status = '%s'", states[i]);
      g_assert_cmpint (query_int (f, sql), >, 0);
    }
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM action_item WHERE status IN ('open', "
                                 "'in_progress') AND due_on < '" TODAY "'"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM action_item WHERE status = 'done' "
                                 "AND closed_in_meeting_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM action_item "
                                 "WHERE origin_item_id IS NULL OR owner_id IS NULL"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM action_item "
                                 "WHERE closed_on > '" TODAY "'"), ==, 0);
}

static void
test_money (Fixture       *f,
            gconstpointer  data)
{
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM overspend_arrangement"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM overspend_arrangement o JOIN agency a "
                                 "ON a.id = o.agency_id WHERE a.five_percent_rule <> 1 "
                                 "OR o.overspend * 20 > o.appropriation"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM overspend_arrangement o WHERE "
                                 "o.overspend <> (SELECT sum(planned) FROM overspend_repayment "
                                 "r WHERE r.arrangement_id = o.id) OR o.overspend <> (SELECT "
                                 "sum(amount) FROM overspend_share s "
                                 "WHERE s.arrangement_id = o.id)"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT max(year - (SELECT budget_year FROM "
                                 "overspend_arrangement o WHERE o.id = arrangement_id)) "
                                 "FROM overspend_repayment"), <=, 5);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM overspend_repayment "
                                 "WHERE actual IS NOT NULL"), >, 0);

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM cost_frame"), >, 20);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM cost_frame WHERE p50 >= p85"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM (SELECT initiative_id FROM cost_frame "
                                 "GROUP BY initiative_id HAVING count(*) > 1)"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM descoping_item"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM budget_line WHERE actual IS NOT NULL"),
                   >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM (SELECT 1 FROM budget_line GROUP BY "
                                 "initiative_id, year HAVING count(*) > 1)"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM tolerance WHERE initiative_id IS NULL"),
                   ==, 3);
}

static void
test_benefits_and_delivery (Fixture       *f,
                            gconstpointer  data)
{
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM benefit"), >=, 40);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT kind) FROM benefit"), ==, 4);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM benefit_value "
                                 "WHERE realised IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM indicator i WHERE (SELECT count(*) "
                                 "FROM measurement m WHERE m.indicator_id = i.id) >= 4"), >, 20);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM measurement "
                                 "WHERE measured_on > '" TODAY "'"), ==, 0);

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM milestone WHERE actual_date > "
                                 "baseline_date"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT gate) FROM milestone"), ==, 8);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM risk WHERE category IN "
                                 "('information_security', 'privacy')"), >=, 40);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM risk WHERE state = 'closed'"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM dependency "
                                 "WHERE national_component_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM dependency "
                                 "WHERE depends_on_initiative_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT decision) FROM pilot_evaluation"), ==,
                   3);

  /* Information security is where the gap is. */
  g_assert_cmpint (query_int (f, "SELECT (SELECT sum(fte) FROM competence_demand d "
                                 "JOIN competence c ON c.id = d.competence_id "
                                 "WHERE c.name = 'Informasjonssikkerhet') > 1.5 * "
                                 "(SELECT sum(fte) FROM competence_capacity k "
                                 "JOIN competence c ON c.id = k.competence_id "
                                 "WHERE c.name = 'Informasjonssikkerhet')"), ==, 1);
}

static void
test_snapshots (Fixture       *f,
                gconstpointer  data)
{
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting m WHERE state IN ('held', "
                                 "'minutes_approved') AND NOT EXISTS (SELECT 1 FROM "
                                 "portfolio_snapshot s WHERE s.meeting_id = m.id "
                                 "AND s.as_of = substr(m.starts_at, 1, 10))"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM portfolio_snapshot s JOIN meeting m "
                                 "ON m.id = s.meeting_id WHERE m.state IN ('draft', "
                                 "'notice_sent')"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT min(n) FROM (SELECT count(*) AS n FROM "
                                 "portfolio_snapshot_item GROUP BY snapshot_id)"), >=, 30);
  /* A snapshot shows the portfolio as it was: reports published by then, no later. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM portfolio_snapshot_item i "
                                 "JOIN portfolio_snapshot s ON s.id = i.snapshot_id "
                                 "WHERE i.period > substr(s.as_of, 1, 7)"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM portfolio_snapshot_item i "
                                 "JOIN portfolio_snapshot s ON s.id = i.snapshot_id "
                                 "JOIN status_report r ON r.initiative_id = i.initiative_id "
                                 "AND r.period = i.period WHERE r.overall_rag <> i.overall_rag "
                                 "OR r.published_at > s.as_of || 'T23:59:59Z'"), ==, 0);
}

/* The dashboards' as-of date reads the history: it must end where the rows are today. */
static void
test_history_for_dashboards (Fixture       *f,
                             gconstpointer  data)
{
  /* Every initiative has a phase history, and its latest entry is its state today. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative AS i WHERE NOT EXISTS "
                                 "(SELECT 1 FROM initiative_state WHERE initiative_id = i.id)"),
                   ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative AS i WHERE "
                                 "(SELECT phase || '/' || lifecycle FROM initiative_state AS s "
                                 " WHERE s.initiative_id = i.id "
                                 " ORDER BY valid_from DESC, id DESC LIMIT 1) "
                                 "IS NOT i.phase || '/' || i.lifecycle"), ==, 0);
  /* Stopped and merged initiatives say when. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM initiative_state "
                                 "WHERE lifecycle IN ('stopped', 'merged')"), >=, 2);
  /* Milestones have forecast histories that end with today's forecast, and some slipped. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM milestone AS m WHERE NOT EXISTS "
                                 "(SELECT 1 FROM milestone_forecast WHERE milestone_id = m.id)"),
                   ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM milestone AS m WHERE actual_date IS NULL "
                                 "AND (SELECT forecast_date FROM milestone_forecast AS f "
                                 "     WHERE f.milestone_id = m.id "
                                 "     ORDER BY recorded_on DESC LIMIT 1) IS NOT m.forecast_date"),
                   ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT milestone_id) FROM milestone_forecast "
                                 "WHERE forecast_date > (SELECT baseline_date FROM milestone "
                                 "  WHERE id = milestone_id)"), >=, 20);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM milestone_forecast "
                                 "WHERE recorded_on > '" TODAY "'"), ==, 0);
  /* The two layouts the secretariat uses. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM dashboard_layout "
                                 "WHERE name IN ('Ledermøte', 'Porteføljeråd') "
                                 "AND json_valid(content) AND json_array_length(content) >= 6"),
                   ==, 2);
}

static void
test_file (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) again = NULL;

  g_assert_true (styre_store_check (f->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (styre_store_get_organisation_name (f->store), ==, "Fjordvik kommune");
  g_assert_false (styre_store_is_read_only (f->store));

  /* One import in the audit log, by the generator. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE action = 'import' "
                                 "AND table_name = 'meta' AND detail LIKE "
                                 "'{\"source\":\"demo\",%'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE user_name <> 'demo' "
                                 "AND at NOT LIKE '" TODAY "T%'"), ==, 0);
  /* The base portfolio's history, as years of use would leave it: in the past, in order,
   * in the log's own form. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE user_name = 'demo' "
                                 "AND action = 'insert' AND table_name = 'initiative'"), ==, 42);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE user_name = 'demo' "
                                 "AND action = 'update' AND table_name = 'status_report'"), >, 1000);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log WHERE at > '"
                                 TODAY "T23:59:59Z' OR at NOT GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-"
                                 "[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z' "
                                 "OR NOT json_valid(detail)"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_log AS a JOIN audit_log AS b "
                                 "ON b.id = a.id + 1 WHERE a.user_name = 'demo' "
                                 "AND b.user_name = 'demo' AND b.at < a.at"), ==, 0);
  g_assert_cmpint (styre_store_get_change_counter (f->store), ==, 1);

  /* Nothing claims to have been changed after today. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM status_report WHERE updated_at > '"
                                 TODAY "T23:59:59Z'"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE updated_at > '"
                                 TODAY "T23:59:59Z'"), ==, 0);

  /* Timestamps are UTC 'YYYY-MM-DDTHH:MM:SSZ' everywhere, dates 'YYYY-MM-DD'. */
  {
    static const char *const checks[][2] = {
      { "initiative", "created_at" }, { "status_report", "published_at" },
      { "meeting", "notice_sent_at" }, { "meeting", "held_at" },
      { "meeting", "minutes_approved_at" }, { "agenda_item", "actual_start" },
      { "portfolio_snapshot", "taken_at" },
    };
    static const char *const dates[][2] = {
      { "initiative", "start_date" }, { "initiative", "end_date" },
      { "milestone", "baseline_date" }, { "milestone", "forecast_date" },
      { "action_item", "due_on" }, { "risk", "identified_on" },
      { "budget_line", "recorded_on" }, { "measurement", "measured_on" },
      { "gate_decision", "decided_on" }, { "status_report", "forecast_end" },
    };
    sqlite3_stmt *stmt = NULL;
    g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);

    g_assert_cmpint (sqlite3_prepare_v2 (f->db, "SELECT m.name FROM sqlite_schema m, "
                                         "pragma_table_info(m.name) p WHERE m.type = 'table' "
                                         "AND p.name = 'updated_at'", -1, &stmt, NULL), ==,
                     SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    sqlite3_finalize (stmt);
    g_assert_cmpuint (tables->len, >, 30);

    for (guint i = 0; i < tables->len; i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE updated_at "
                                                "NOT GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-"
                                                "[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z' "
                                                "OR updated_by = '' OR updated_at > '"
                                                TODAY "T23:59:59Z'",
                                                (const char *) g_ptr_array_index (tables, i));
        g_assert_cmpint (query_int (f, sql), ==, 0);
      }
    for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s NOT GLOB "
                                                "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T"
                                                "[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'",
                                                checks[i][0], checks[i][1]);
        g_assert_cmpint (query_int (f, sql), ==, 0);
      }
    for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s IS NOT NULL "
                                                "AND (date(%s) IS NOT %s)",
                                                dates[i][0], dates[i][1], dates[i][1],
                                                dates[i][1]);
        g_assert_cmpint (query_int (f, sql), ==, 0);
      }
  }

  again = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_check (again, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_determinism (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *same_path = g_build_filename (f->dir, "same.styre", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.styre", NULL);
  g_autoptr(StyreStore) same = create_demo (same_path, 1, STYRE_DEMO_DEFAULT_SEED);
  g_autoptr(StyreStore) other = create_demo (other_path, 1, 42);
  g_autofree char *hash = styre_store_content_hash (f->store, &error);
  g_autofree char *same_hash = styre_store_content_hash (same, &error);
  g_autofree char *other_hash = styre_store_content_hash (other, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hash, ==, same_hash);
  g_assert_cmpstr (hash, !=, other_hash);
  g_assert_cmpstr (styre_store_get_file_id (f->store), ==, styre_store_get_file_id (same));
  g_assert_cmpstr (styre_store_get_file_id (f->store), !=, styre_store_get_file_id (other));
}

/* Another process has other addresses, another environment: the content must not care. */
static void
test_determinism_across_processes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *child_path = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *pattern = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(StyreStore) child = create_demo (g_getenv ("STYRE_DEMO_CHILD_PATH"), 1,
                                                 STYRE_DEMO_DEFAULT_SEED);
      g_autofree char *child_hash = styre_store_content_hash (child, NULL);

      g_print ("hash=%s\n", child_hash);
      return;
    }

  dir = g_dir_make_tmp ("styre-demo-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "parent.styre", NULL);
  child_path = g_build_filename (dir, "child.styre", NULL);
  {
    g_autoptr(StyreStore) store = create_demo (path, 1, STYRE_DEMO_DEFAULT_SEED);

    hash = styre_store_content_hash (store, &error);
    g_assert_no_error (error);
  }

  g_setenv ("STYRE_DEMO_CHILD_PATH", child_path, TRUE);
  g_setenv ("TZ", "America/New_York", TRUE);
  g_setenv ("LC_ALL", "C", TRUE);
  g_test_trap_subprocess (NULL, 0, 0);
  g_unsetenv ("TZ");
  g_unsetenv ("LC_ALL");
  g_test_trap_assert_passed ();
  pattern = g_strdup_printf ("*hash=%s*", hash);
  g_test_trap_assert_stdout (pattern);

  remove_tree (dir);
}

static void
test_scale (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "scale2.styre", NULL);
  g_autoptr(StyreStore) store = create_demo (path, 2, STYRE_DEMO_DEFAULT_SEED);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 one = query_int (f, "SELECT count(*) FROM initiative");

  g_assert_true (styre_store_check (store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*), count(DISTINCT code), "
                                       "(SELECT count(*) FROM status_report) FROM initiative",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 2 * one);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, 2 * one);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 2), >=, 80 * one);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_bad_options (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styre-demo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.styre", NULL);
  StyreDemoOptions options;
  StyreStore *store;

  styre_demo_options_init (&options);
  g_assert_cmpint (options.scale, ==, 1);
  g_assert_cmpuint (options.seed, ==, STYRE_DEMO_DEFAULT_SEED);
  g_assert_null (options.today);

  options.today = "27.11.2026";
  store = styre_demo_create (path, &options, &error);
  g_assert_null (store);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static char *
demo_made_for (StyreStore *store)
{
  g_autoptr(StyreRow) import = NULL;
  const char *detail;
  const char *at;

  /* The generator's import row comes after the file's creation and the history it wrote. */
  for (gint64 id = styre_store_get_last_audit_id (store); id > 0 && import == NULL; id--)
    {
      g_autoptr(StyreRow) row = styre_store_read_row (store, "audit_log", id, NULL);
      if (row != NULL && g_strcmp0 (styre_row_get_text (row, "action"), "import") == 0)
        import = g_steal_pointer (&row);
    }
  g_assert_nonnull (import);
  g_assert_cmpstr (styre_row_get_text (import, "action"), ==, "import");
  detail = styre_row_get_text (import, "detail");
  at = strstr (detail, "\"today\":\"");
  g_assert_nonnull (at);
  return g_strndup (at + 9, 10);
}

/* The person's own demo is made again for today when it is old and untouched, and kept
 * when they have changed it. */
static void
test_open_keeps_demo_current (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styre-demo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styre", "demo.styre", NULL);
  /* The demo is made for the day it is in Oslo, whatever the machine's clock says. */
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
  g_autoptr(GDateTime) now = g_date_time_new_now (oslo);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(StyreStore) store = NULL;
  g_autofree char *made_for = NULL;
  StyreDemoOptions options;

  /* Missing: made, for today. */
  store = styre_demo_open (path, &error);
  g_assert_no_error (error);
  made_for = demo_made_for (store);
  g_assert_cmpstr (made_for, ==, today);
  g_clear_object (&store);
  g_clear_pointer (&made_for, g_free);
  g_unlink (path);

  /* Old and untouched: made again for today. */
  styre_demo_options_init (&options);
  options.today = "2025-03-03";
  store = styre_demo_create (path, &options, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  store = styre_demo_open (path, &error);
  g_assert_no_error (error);
  made_for = demo_made_for (store);
  g_assert_cmpstr (made_for, ==, today);
  g_clear_object (&store);
  g_clear_pointer (&made_for, g_free);
  g_unlink (path);

  /* Old but edited: kept as it is. */
  store = styre_demo_create (path, &options, &error);
  g_assert_no_error (error);
  {
    g_autoptr(StyreChange) c = styre_change_new_insert ("focus_area");
    styre_change_set_text (c, "name", "Min egen satsing");
    g_assert_true (styre_store_apply (store, c, &error));
    g_assert_no_error (error);
  }
  g_clear_object (&store);
  store = styre_demo_open (path, &error);
  g_assert_no_error (error);
  made_for = demo_made_for (store);
  g_assert_cmpstr (made_for, ==, "2025-03-03");
  g_clear_object (&store);
  g_clear_pointer (&made_for, g_free);

  /* Unreadable: made again. */
  g_assert_true (g_file_set_contents (path, "ødelagt", -1, NULL));
  store = styre_demo_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_count_rows (store, "initiative", NULL), >=, 40);
  g_clear_object (&store);

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/demo/portfolio", Fixture, NULL, fixture_set_up, test_portfolio,
              fixture_tear_down);
  g_test_add ("/demo/reports", Fixture, NULL, fixture_set_up, test_reports,
              fixture_tear_down);
  g_test_add ("/demo/meetings", Fixture, NULL, fixture_set_up, test_meetings,
              fixture_tear_down);
  g_test_add ("/demo/exempt", Fixture, NULL, fixture_set_up, test_exempt, fixture_tear_down);
  g_test_add ("/demo/actions", Fixture, NULL, fixture_set_up, test_actions, fixture_tear_down);
  g_test_add ("/demo/money", Fixture, NULL, fixture_set_up, test_money, fixture_tear_down);
  g_test_add ("/demo/benefits-and-delivery", Fixture, NULL, fixture_set_up,
              test_benefits_and_delivery, fixture_tear_down);
  g_test_add ("/demo/snapshots", Fixture, NULL, fixture_set_up, test_snapshots,
              fixture_tear_down);
  g_test_add ("/demo/history-for-dashboards", Fixture, NULL, fixture_set_up,
              test_history_for_dashboards, fixture_tear_down);
  g_test_add ("/demo/file", Fixture, NULL, fixture_set_up, test_file, fixture_tear_down);
  g_test_add ("/demo/determinism", Fixture, NULL, fixture_set_up, test_determinism,
              fixture_tear_down);
  g_test_add ("/demo/scale", Fixture, NULL, fixture_set_up, test_scale, fixture_tear_down);
  g_test_add_func ("/demo/determinism-across-processes", test_determinism_across_processes);
  g_test_add_func ("/demo/bad-options", test_bad_options);
  g_test_add_func ("/demo/open-keeps-demo-current", test_open_keeps_demo_current);

  return g_test_run ();
}
