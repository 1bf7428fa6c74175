/* test-chart-data.c — the dashboards' numbers on a small file with known answers
 *
 * A hand-made portfolio of four initiatives whose history is known day by day, so each
 * chart's counts and sums can be checked as of a date: what a leader would see at the
 * meeting in March, and today. Filters, the meeting's snapshot, layouts and filter JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "styre-chart-data.h"
#include "styre-dashboard-layout.h"
#include "styre-error.h"
#include "styre-store.h"

#include "test-util.h"

#define TODAY  "2026-11-27"
#define MARCH  "2026-03-15"

typedef struct
{
  char       *dir;
  StyreStore *store;
  gint64      fjk, sff;
  gint64      a, b, c, d;
  gint64      meeting;
} Fixture;

static gint64
insert (StyreStore *store,
        const char *table,
        ...)
{
  g_autoptr(StyreChange) change = styre_change_new_insert (table);
  g_autoptr(GError) error = NULL;
  const char *column;
  va_list args;

  va_start (args, table);
  while ((column = va_arg (args, const char *)) != NULL)
    {
      char type = column[0];

      column++;
      if (type == 't')
        {
          const char *value = va_arg (args, const char *);
          if (value == NULL)
            styre_change_set_null (change, column);
          else
            styre_change_set_text (change, column, value);
        }
      else if (type == 'i')
        styre_change_set_int (change, column, va_arg (args, gint64));
      else if (type == 'f')
        styre_change_set_double (change, column, va_arg (args, double));
      else
        g_assert_not_reached ();
    }
  va_end (args);
  if (!styre_store_apply (store, change, &error))
    g_error ("%s: %s", table, error->message);
  return styre_change_get_id (change);
}

#define I(n) ((gint64) (n))

static void
report (Fixture    *f,
        gint64      initiative,
        const char *period,
        const char *published_at,
        const char *overall,
        const char *time_rag,
        const char *cost_rag,
        gint64      forecast_cost)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) publish = NULL;
  gint64 r = insert (f->store, "status_report", "iinitiative_id", initiative, "tperiod", period,
                     "toverall_rag", overall, "tphase", "execution",
                     "tsummary", "Kort oppsummering.", "iforecast_cost", forecast_cost, NULL);

  /* Written as a draft, then published: a published report cannot be changed. */
  insert (f->store, "status_dimension", "istatus_report_id", r, "tdimension", "time", "trag",
          time_rag, "tcomment", "Tidsplanen.", NULL);
  insert (f->store, "status_dimension", "istatus_report_id", r, "tdimension", "cost", "trag",
          cost_rag, NULL);
  if (published_at == NULL)
    return;
  publish = styre_change_new_update ("status_report", r, 1);
  styre_change_set_text (publish, "state", "published");
  styre_change_set_text (publish, "published_at", published_at);
  g_assert_true (styre_store_apply (f->store, publish, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 fa1, fa2, sec, go_live, forum, arrangement, benefit;

  f->dir = g_dir_make_tmp ("styre-chart-data-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "liten.styre", NULL);
  f->store = styre_store_create (path, "Lågdal kommune", &error);
  g_assert_no_error (error);

  f->fjk = insert (f->store, "agency", "tcode", "FJK", "tname", "Fjordvik kommune", "tkind",
                   "municipality", "iis_host", I (1), NULL);
  f->sff = insert (f->store, "agency", "tcode", "SFF", "tname", "Statsforvalteren i Fjordland",
                   "tkind", "state_agency", "ifive_percent_rule", I (1), NULL);
  fa1 = insert (f->store, "focus_area", "tname", "Sammenhengende tjenester", "iposition", I (0),
                NULL);
  fa2 = insert (f->store, "focus_area", "tname", "Datadrevet forvaltning", "iposition", I (1),
                NULL);
  sec = insert (f->store, "competence", "tname", "Informasjonssikkerhet", "iposition", I (0),
                NULL);
  insert (f->store, "competence", "tname", "Arkitektur", "iposition", I (1), NULL);

  f->a = insert (f->store, "initiative", "tcode", "A-1", "ttitle", "Digital byggesøknad",
                 "tkind", "project", "tmethod", "agile", "tphase", "execution",
                 "iowning_agency_id", f->fjk, "istrategic_value", I (5), "icomplexity", I (2),
                 "tstart_date", "2025-01-10", NULL);
  f->b = insert (f->store, "initiative", "tcode", "B-2", "ttitle", "Felles dataplattform",
                 "tkind", "programme", "tmethod", "waterfall", "tphase", "execution",
                 "iowning_agency_id", f->sff, "istrategic_value", I (2), "icomplexity", I (4),
                 NULL);
  f->c = insert (f->store, "initiative", "tcode", "C-3", "ttitle", "Chatbot-pilot", "tkind",
                 "pilot", "tmethod", "agile", "tphase", "concept", "tlifecycle", "stopped",
                 "iowning_agency_id", f->fjk, NULL);
  f->d = insert (f->store, "initiative", "tcode", "D-4", "ttitle", "Smart vannmåling", "tkind",
                 "idea", "tmethod", "agile", "tphase", "idea", "tlifecycle", "proposed",
                 "iowning_agency_id", f->fjk, NULL);
  insert (f->store, "initiative_agency", "iinitiative_id", f->b, "iagency_id", f->fjk, "trole",
          "partner", NULL);
  insert (f->store, "initiative_focus_area", "iinitiative_id", f->a, "ifocus_area_id", fa1,
          "iweight", I (100), NULL);
  insert (f->store, "initiative_focus_area", "iinitiative_id", f->b, "ifocus_area_id", fa2,
          "iweight", I (60), NULL);
  insert (f->store, "initiative_focus_area", "iinitiative_id", f->b, "ifocus_area_id", fa1,
          "iweight", I (40), NULL);

  /* Their history. */
  insert (f->store, "initiative_state", "iinitiative_id", f->a, "tvalid_from", "2025-01-10",
          "tphase", "planning", "tlifecycle", "active", NULL);
  insert (f->store, "initiative_state", "iinitiative_id", f->a, "tvalid_from", "2025-09-01",
          "tphase", "execution", "tlifecycle", "active", NULL);
  insert (f->store, "initiative_state", "iinitiative_id", f->b, "tvalid_from", "2025-02-01",
          "tphase", "execution", "tlifecycle", "active", NULL);
  insert (f->store, "initiative_state", "iinitiative_id", f->c, "tvalid_from", "2025-05-01",
          "tphase", "concept", "tlifecycle", "active", NULL);
  insert (f->store, "initiative_state", "iinitiative_id", f->c, "tvalid_from", "2026-03-01",
          "tphase", "concept", "tlifecycle", "stopped", NULL);
  insert (f->store, "initiative_state", "iinitiative_id", f->d, "tvalid_from", "2026-06-01",
          "tphase", "idea", "tlifecycle", "proposed", NULL);

  report (f, f->a, "2026-01", "2026-01-28T09:00:00Z", "red", "red", "yellow", 11000000);
  report (f, f->a, "2026-02", "2026-02-26T09:00:00Z", "yellow", "yellow", "green", 11500000);
  report (f, f->a, "2026-03", "2026-03-27T09:00:00Z", "green", "green", "green", 12500000);
  report (f, f->b, "2026-01", "2026-01-20T09:00:00Z", "green", "green", "green", 104000000);
  report (f, f->b, "2026-02", "2026-02-25T09:00:00Z", "green", "green", "green", 105000000);
  report (f, f->b, "2026-03", NULL, "yellow", "yellow", "green", 106000000);

  insert (f->store, "cost_frame", "iinitiative_id", f->a, "tvalid_from", "2025-09-01",
          "ip50", I (10000000), "ip85", I (12000000), "iprice_level_year", I (2025), NULL);
  insert (f->store, "cost_frame", "iinitiative_id", f->a, "tvalid_from", "2026-04-01",
          "ip50", I (11000000), "ip85", I (13000000), "iprice_level_year", I (2026), NULL);
  insert (f->store, "cost_frame", "iinitiative_id", f->b, "tvalid_from", "2025-02-01",
          "ip50", I (100000000), "ip85", I (120000000), "iprice_level_year", I (2025), NULL);
  insert (f->store, "descoping_item", "iinitiative_id", f->a, "tdescription", "Kartinnsyn",
          "iamount", I (1000000), NULL);
  insert (f->store, "budget_line", "iinitiative_id", f->a, "iyear", I (2026), "trecorded_on",
          "2026-01-05", "iapproved", I (4000000), "iforecast", I (4000000), NULL);
  insert (f->store, "budget_line", "iinitiative_id", f->a, "iyear", I (2026), "trecorded_on",
          "2026-03-10", "iapproved", I (4000000), "iforecast", I (5000000), "iactual",
          I (1000000), NULL);
  insert (f->store, "budget_line", "iinitiative_id", f->b, "iyear", I (2026), "trecorded_on",
          "2026-01-05", "iapproved", I (20000000), "iforecast", I (20000000), NULL);

  go_live = insert (f->store, "milestone", "iinitiative_id", f->a, "ttitle", "Produksjonssetting",
                    "tbaseline_date", "2026-06-01", "tforecast_date", "2026-09-01", NULL);
  insert (f->store, "milestone_forecast", "imilestone_id", go_live, "trecorded_on", "2025-09-01",
          "tforecast_date", "2026-06-01", NULL);
  insert (f->store, "milestone_forecast", "imilestone_id", go_live, "trecorded_on", "2026-02-20",
          "tforecast_date", "2026-07-01", NULL);
  insert (f->store, "milestone_forecast", "imilestone_id", go_live, "trecorded_on", "2026-04-10",
          "tforecast_date", "2026-09-01", NULL);
  insert (f->store, "milestone", "iinitiative_id", f->a, "ttitle", "Leveranse godkjent", "tgate",
          "BP4", "tbaseline_date", "2026-08-01", NULL);
  insert (f->store, "gate_decision", "iinitiative_id", f->a, "tgate", "BP3", "tdecided_on",
          "2025-09-01", "toutcome", "approved", NULL);

  insert (f->store, "risk", "iinitiative_id", f->a, "ttitle", "Leverandøren mangler kapasitet",
          "tcategory", "supplier", "iprobability", I (4), "iconsequence", I (5),
          "tidentified_on", "2026-01-15", NULL);
  insert (f->store, "risk", "iinitiative_id", f->a, "ttitle", "Uavklart hjemmel", "tcategory",
          "legal", "iprobability", I (3), "iconsequence", I (3), "tidentified_on", "2025-10-01",
          "tstate", "closed", "tclosed_on", "2026-02-01", NULL);
  insert (f->store, "risk", "iinitiative_id", f->a, "ttitle", "Ny risiko etter møtet", "tcategory",
          "technology", "iprobability", I (2), "iconsequence", I (4), "tidentified_on",
          "2026-03-01", NULL);

  insert (f->store, "action_item", "iinitiative_id", f->a, "ttitle", "Avklare leveranseplan",
          "tcreated_on", "2026-01-10", "tdue_on", "2026-02-01", NULL);
  insert (f->store, "action_item", "ttitle", "Sende innkalling", "tcreated_on", "2026-02-15",
          "tdue_on", "2026-06-01", "tstatus", "done", "tclosed_on", "2026-04-01", NULL);

  arrangement = insert (f->store, "overspend_arrangement", "iagency_id", f->sff, "ibudget_year",
                        I (2025), "tchapter_post", "kap. 1510 post 01", "iappropriation",
                        I (200000000), "ioverspend", I (8000000), "tdecided_on", "2025-12-01",
                        NULL);
  insert (f->store, "overspend_repayment", "iarrangement_id", arrangement, "iyear", I (2026),
          "iplanned", I (4000000), "iactual", I (2000000), NULL);
  insert (f->store, "overspend_repayment", "iarrangement_id", arrangement, "iyear", I (2027),
          "iplanned", I (4000000), NULL);
  insert (f->store, "overspend_share", "iarrangement_id", arrangement, "iinitiative_id", f->b,
          "iamount", I (8000000), NULL);

  benefit = insert (f->store, "benefit", "iinitiative_id", f->a, "ttitle", "Spart saksbehandling",
                    "tkind", "efficiency", "ipriced", I (1), NULL);
  insert (f->store, "benefit_value", "ibenefit_id", benefit, "iyear", I (2025), "iplanned",
          I (1000000), "irealised", I (800000), NULL);
  insert (f->store, "benefit_value", "ibenefit_id", benefit, "iyear", I (2026), "iplanned",
          I (2000000), "irealised", I (500000), NULL);
  insert (f->store, "benefit_value", "ibenefit_id", benefit, "iyear", I (2027), "iplanned",
          I (3000000), NULL);

  insert (f->store, "competence_demand", "iinitiative_id", f->a, "icompetence_id", sec,
          "tquarter", "2026-Q1", "ffte", 2.0, NULL);
  insert (f->store, "competence_demand", "iinitiative_id", f->b, "icompetence_id", sec,
          "tquarter", "2026-Q1", "ffte", 0.5, NULL);
  insert (f->store, "competence_capacity", "icompetence_id", sec, "tquarter", "2026-Q1",
          "ffte", 1.0, NULL);

  /* The meeting in February, with the portfolio frozen as it stood. */
  forum = insert (f->store, "forum", "tname", "Ledergruppen", NULL);
  f->meeting = insert (f->store, "meeting", "iforum_id", forum, "tstarts_at", "2026-02-10T09:00",
                       "tends_at", "2026-02-10T11:00", "tstate", "held", "tnotice_sent_at",
                       "2026-02-01T08:00:00Z", "theld_at", "2026-02-10T11:00:00Z", "tuid",
                       "m1@test", NULL);
  {
    gint64 snapshot = insert (f->store, "portfolio_snapshot", "imeeting_id", f->meeting,
                              "ttaken_at", "2026-02-10T11:00:00Z", "ttaken_by", "Test",
                              "tas_of", "2026-02-10", NULL);

    insert (f->store, "portfolio_snapshot_item", "isnapshot_id", snapshot, "iinitiative_id", f->a,
            "tperiod", "2026-01", "tphase", "execution", "tlifecycle", "active", "toverall_rag",
            "red", "trag_time", "red", "trag_cost", "yellow", "ip50", I (10000000), "ip85",
            I (12000000), "iforecast_cost", I (11000000), NULL);
    insert (f->store, "portfolio_snapshot_item", "isnapshot_id", snapshot, "iinitiative_id", f->b,
            "tperiod", "2026-01", "tphase", "execution", "tlifecycle", "active", "toverall_rag",
            "green", NULL);
    insert (f->store, "portfolio_snapshot_item", "isnapshot_id", snapshot, "iinitiative_id", f->c,
            "tphase", "concept", "tlifecycle", "active", "toverall_rag", "grey", NULL);
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static StyreChartData *
prepare (Fixture        *f,
         StyreChartKind  kind,
         const char     *as_of,
         const char     *filters)
{
  g_auto(StyreChartQuery) query = { 0 };
  g_autoptr(GError) error = NULL;
  StyreChartData *data;

  styre_chart_query_init (&query);
  query.today = g_strdup (TODAY);
  query.as_of = g_strdup (as_of);
  g_assert_true (styre_chart_query_set_filters_json (&query, filters, &error));
  g_assert_no_error (error);
  data = styre_store_prepare_chart_data (f->store, kind, &query, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static const StyreChartInitiative *
find (const StyreChartData *d,
      const char           *code)
{
  for (guint i = 0; i < d->initiatives->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);
      if (g_str_equal (in->code, code))
        return in;
    }
  return NULL;
}

/* ── tests ───────────────────────────────────────────────────────────────────────────── */

static void
test_as_of_selection (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(StyreChartData) march = prepare (f, STYRE_CHART_RAG_HEATMAP, MARCH, NULL);
  g_autoptr(StyreChartData) now = prepare (f, STYRE_CHART_RAG_HEATMAP, NULL, NULL);
  const StyreChartInitiative *a;

  /* D was not there yet in March; C had just been stopped. */
  g_assert_cmpuint (march->initiatives->len, ==, 3);
  g_assert_null (find (march, "D-4"));
  g_assert_cmpstr (find (march, "C-3")->lifecycle, ==, "stopped");
  g_assert_cmpuint (now->initiatives->len, ==, 4);
  g_assert_cmpstr (now->as_of, ==, TODAY);

  /* A as it stood: February's report (March's came on the 27th), the first frame, the
   * budget line of 10 March, one risk open, the go-live forecast a month late then. */
  a = find (march, "A-1");
  g_assert_cmpint (a->overall, ==, STYRE_RAG_YELLOW);
  g_assert_cmpstr (a->period, ==, "2026-02");
  g_assert_cmpint (a->dims[0], ==, STYRE_RAG_YELLOW);
  g_assert_cmpstr (a->dim_comments[0], ==, "Tidsplanen.");
  g_assert_cmpint (a->p50, ==, 10000000);
  g_assert_cmpint (a->p85, ==, 12000000);
  g_assert_cmpint (a->forecast_cost, ==, 11500000);
  g_assert_cmpint (a->descoping, ==, 1000000);
  g_assert_cmpint (a->budget_forecast, ==, 5000000);
  g_assert_cmpint (a->budget_actual, ==, 1000000);
  g_assert_cmpint (a->open_risks, ==, 2);
  g_assert_cmpint (a->max_risk_score, ==, 20);
  g_assert_cmpint (a->max_slip_days, ==, 30);
  g_assert_cmpstr (a->focus_area, ==, "Sammenhengende tjenester");

  /* And today. */
  a = find (now, "A-1");
  g_assert_cmpint (a->overall, ==, STYRE_RAG_GREEN);
  g_assert_cmpint (a->p50, ==, 11000000);
  g_assert_cmpint (a->max_slip_days, ==, 92 + 87);   /* late since 1 June: to 27 November */
  g_assert_cmpstr (find (now, "B-2")->focus_area, ==, "Datadrevet forvaltning");
}

static void
test_snapshot (Fixture       *f,
               gconstpointer  data)
{
  g_auto(StyreChartQuery) query = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChartData) d = NULL;

  styre_chart_query_init (&query);
  query.today = g_strdup (TODAY);
  query.meeting_id = f->meeting;
  d = styre_store_prepare_chart_data (f->store, STYRE_CHART_RAG_HEATMAP, &query, &error);
  g_assert_no_error (error);
  g_assert_true (d->from_snapshot);
  g_assert_cmpstr (d->as_of, ==, "2026-02-10");
  g_assert_cmpstr (d->meeting_label, ==, "Ledergruppen, 10 February 2026");
  /* What the leaders saw: A red, as the snapshot froze it, with the report's comment. */
  g_assert_cmpuint (d->initiatives->len, ==, 3);
  g_assert_cmpint (find (d, "A-1")->overall, ==, STYRE_RAG_RED);
  g_assert_cmpint (find (d, "A-1")->dims[1], ==, STYRE_RAG_YELLOW);
  g_assert_cmpstr (find (d, "A-1")->dim_comments[0], ==, "Tidsplanen.");
  g_assert_cmpstr (find (d, "C-3")->lifecycle, ==, "active");

  /* A meeting that is gone says so. */
  query.meeting_id = 9999;
  g_clear_pointer (&d, styre_chart_data_free);
  d = styre_store_prepare_chart_data (f->store, STYRE_CHART_KPI, &query, &error);
  g_assert_null (d);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND);
}

static void
test_kpi (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(StyreChartData) d = prepare (f, STYRE_CHART_KPI, MARCH, NULL);
  const StyreChartGate *g;

  g_assert_cmpuint (d->kpi.n_initiatives, ==, 3);
  g_assert_cmpuint (d->kpi.n_open, ==, 2);
  g_assert_cmpuint (d->kpi.by_rag[STYRE_RAG_GREEN], ==, 1);
  g_assert_cmpuint (d->kpi.by_rag[STYRE_RAG_YELLOW], ==, 1);
  g_assert_cmpuint (d->kpi.by_rag[STYRE_RAG_RED], ==, 0);
  g_assert_cmpint (d->kpi.budget_approved, ==, 24000000);
  g_assert_cmpint (d->kpi.budget_forecast, ==, 25000000);
  g_assert_cmpint (d->kpi.benefits_planned, ==, 2000000);
  /* What was realised in 2026 was recorded later: not known in March. */
  g_assert_cmpint (d->kpi.benefits_realised, ==, 0);
  /* Both actions were open in March; the one due 1 February was overdue. */
  g_assert_cmpuint (d->kpi.open_actions, ==, 2);
  g_assert_cmpuint (d->kpi.overdue_actions, ==, 1);
  g_assert_cmpuint (d->kpi.next_gates->len, ==, 1);
  g = g_ptr_array_index (d->kpi.next_gates, 0);
  g_assert_cmpstr (g->gate, ==, "BP4");
  g_assert_cmpint (g->initiative_id, ==, f->a);
}

static void
test_trend_and_funnel (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StyreChartData) trend = prepare (f, STYRE_CHART_STATUS_TREND, MARCH, NULL);
  g_autoptr(StyreChartData) funnel = prepare (f, STYRE_CHART_PHASE_FUNNEL, MARCH, NULL);
  const StyreTrendPeriod *jan, *mar;

  g_assert_cmpuint (trend->trend.periods->len, ==, STYRE_TREND_PERIODS);
  mar = &g_array_index (trend->trend.periods, StyreTrendPeriod, STYRE_TREND_PERIODS - 1);
  jan = &g_array_index (trend->trend.periods, StyreTrendPeriod, STYRE_TREND_PERIODS - 3);
  g_assert_cmpstr (jan->period, ==, "2026-01");
  g_assert_cmpuint (jan->by_rag[STYRE_RAG_RED], ==, 1);
  g_assert_cmpuint (jan->by_rag[STYRE_RAG_GREEN], ==, 1);
  /* March's reports were not published yet (A) or are drafts (B). */
  g_assert_cmpstr (mar->period, ==, "2026-03");
  g_assert_cmpuint (mar->by_rag[0] + mar->by_rag[1] + mar->by_rag[2] + mar->by_rag[3], ==, 0);

  /* Two in execution, C stopped in the concept phase. */
  g_assert_cmpstr (find (funnel, "C-3")->phase, ==, "concept");
  g_assert_cmpstr (find (funnel, "A-1")->phase, ==, "execution");
  g_assert_cmpstr (find (funnel, "B-2")->phase, ==, "execution");
}

static void
test_money_and_five_percent (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(StyreChartData) money = prepare (f, STYRE_CHART_MONEY, MARCH, NULL);
  g_autoptr(StyreChartData) rule = prepare (f, STYRE_CHART_FIVE_PERCENT, MARCH, NULL);
  g_autoptr(StyreChartData) before = prepare (f, STYRE_CHART_FIVE_PERCENT, "2025-11-15", NULL);
  g_autoptr(StyreChartData) sff = prepare (f, STYRE_CHART_FIVE_PERCENT, MARCH,
                                           "{\"agency\": \"FJK\"}");
  const StyreBudgetYear *y;
  const StyreOverspend *o;

  g_assert_cmpuint (money->money.years->len, ==, 1);
  y = &g_array_index (money->money.years, StyreBudgetYear, 0);
  g_assert_cmpint (y->year, ==, 2026);
  g_assert_cmpint (y->approved, ==, 24000000);
  g_assert_cmpint (y->forecast, ==, 25000000);
  g_assert_cmpint (y->actual, ==, 1000000);

  g_assert_cmpuint (rule->five_percent.arrangements->len, ==, 1);
  o = g_ptr_array_index (rule->five_percent.arrangements, 0);
  g_assert_cmpint (o->overspend * 100 / o->appropriation, ==, 4);
  g_assert_true (o->overspend * 20 <= o->appropriation);
  g_assert_cmpuint (o->repayments->len, ==, 2);
  /* 2026's saving is this year's, recorded since March: not known then. */
  g_assert_cmpint (g_array_index (o->repayments, StyreRepaymentYear, 0).actual, ==, -1);
  g_assert_cmpint (g_array_index (o->repayments, StyreRepaymentYear, 1).actual, ==, -1);
  g_assert_cmpuint (o->shares->len, ==, 1);
  /* Not yet decided in November 2025; and FJK has none of its own. */
  g_assert_cmpuint (before->five_percent.arrangements->len, ==, 0);
  {
    g_autoptr(StyreChartData) now = prepare (f, STYRE_CHART_FIVE_PERCENT, NULL, NULL);
    const StyreOverspend *today = g_ptr_array_index (now->five_percent.arrangements, 0);
    g_assert_cmpint (g_array_index (today->repayments, StyreRepaymentYear, 0).actual, ==,
                     2000000);
  }
  g_assert_cmpuint (sff->five_percent.arrangements->len, ==, 0);
}

static void
test_roadmap_and_since (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(StyreChartData) road = prepare (f, STYRE_CHART_ROADMAP, MARCH, NULL);
  g_autoptr(StyreChartData) since = prepare (f, STYRE_CHART_SINCE_LAST_MEETING, MARCH, NULL);
  const StyreRoadmapRow *row = NULL;
  guint kinds[STYRE_N_SINCE_KINDS] = { 0 };

  for (guint i = 0; i < road->roadmap.rows->len; i++)
    if (((StyreRoadmapRow *) g_ptr_array_index (road->roadmap.rows, i))->initiative->id == f->a)
      row = g_ptr_array_index (road->roadmap.rows, i);
  g_assert_nonnull (row);
  /* Planning, execution, then closing as planned from BP4. */
  g_assert_cmpuint (row->phases->len, ==, 3);
  g_assert_cmpstr (g_array_index (row->phases, StyreRoadmapPhase, 0).phase, ==, "planning");
  g_assert_cmpstr (g_array_index (row->phases, StyreRoadmapPhase, 1).to, ==, "2026-08-01");
  g_assert_true (g_array_index (row->phases, StyreRoadmapPhase, 2).planned);
  g_assert_cmpuint (row->milestones->len, ==, 2);
  g_assert_cmpstr (((StyreRoadmapMilestone *) g_ptr_array_index (row->milestones, 0))->forecast,
                   ==, "2026-07-01");
  g_assert_cmpint (((StyreRoadmapMilestone *) g_ptr_array_index (row->milestones, 0))->slip_days,
                   ==, 30);
  g_assert_cmpuint (row->decisions->len, ==, 1);

  /* Since the meeting on 10 February: A went from red to yellow, its go-live slipped 30
   * days, a new risk, C was stopped. */
  g_assert_cmpint (since->since.meeting_id, ==, f->meeting);
  for (guint i = 0; i < since->since.changes->len; i++)
    kinds[((StyreSinceChange *) g_ptr_array_index (since->since.changes, i))->kind]++;
  g_assert_cmpuint (kinds[STYRE_SINCE_COLOUR], ==, 1);
  g_assert_cmpuint (kinds[STYRE_SINCE_SLIPPED], ==, 1);
  g_assert_cmpuint (kinds[STYRE_SINCE_NEW_RISK], ==, 1);
  g_assert_cmpuint (kinds[STYRE_SINCE_LIFECYCLE], ==, 1);
  {
    const StyreSinceChange *c = g_ptr_array_index (since->since.changes, 0);
    g_assert_cmpint (c->kind, ==, STYRE_SINCE_COLOUR);
    g_assert_cmpint (c->from, ==, STYRE_RAG_RED);
    g_assert_cmpint (c->to, ==, STYRE_RAG_YELLOW);
  }
}

static void
test_benefits_competence_areas (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(StyreChartData) b = prepare (f, STYRE_CHART_BENEFITS, MARCH, NULL);
  g_autoptr(StyreChartData) c = prepare (f, STYRE_CHART_COMPETENCE, MARCH, NULL);
  g_autoptr(StyreChartData) a = prepare (f, STYRE_CHART_FOCUS_AREAS, MARCH, NULL);
  g_autoptr(StyreChartData) x = prepare (f, STYRE_CHART_CROSS_AGENCY, MARCH, NULL);
  g_autoptr(StyreChartData) old = prepare (f, STYRE_CHART_BENEFITS, "2025-06-01", NULL);
  const StyreBenefitSeries *total = g_ptr_array_index (b->benefits.series, 0);
  const StyreCompetenceRow *security = g_ptr_array_index (c->competence.rows, 0);
  const StyreFocusAreaTotal *services = g_ptr_array_index (a->focus_areas.areas, 0);
  const StyreFocusAreaTotal *data_area = g_ptr_array_index (a->focus_areas.areas, 1);

  g_assert_cmpuint (total->years->len, ==, 3);
  g_assert_cmpint (g_array_index (total->years, StyreBenefitYear, 0).realised, ==, 800000);
  g_assert_cmpint (g_array_index (total->years, StyreBenefitYear, 1).realised, ==, -1);
  g_assert_cmpint (g_array_index (total->years, StyreBenefitYear, 2).realised, ==, -1);
  {
    /* Today, this year's so far is known. */
    g_autoptr(StyreChartData) now = prepare (f, STYRE_CHART_BENEFITS, NULL, NULL);
    const StyreBenefitSeries *all = g_ptr_array_index (now->benefits.series, 0);
    g_assert_cmpint (g_array_index (all->years, StyreBenefitYear, 1).realised, ==, 500000);
  }
  /* In June 2025 nothing had been realised for a year that was over. */
  g_assert_cmpint (g_array_index (((StyreBenefitSeries *) g_ptr_array_index (old->benefits.series, 0))->years,
                                  StyreBenefitYear, 0).realised, ==, -1);

  g_assert_cmpstr (security->name, ==, "Informasjonssikkerhet");
  g_assert_cmpstr (c->competence.quarters[1], ==, "2026-Q1");
  g_assert_cmpfloat_with_epsilon (security->demand[1], 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (security->capacity[1], 1.0, 1e-9);
  g_assert_cmpuint (security->needs[1]->len, ==, 2);
  g_assert_cmpstr (((StyreCompetenceNeed *) g_ptr_array_index (security->needs[1], 0))->code,
                   ==, "A-1");

  /* B's 20 m kr split 60/40; A's 4 m kr all to services. */
  g_assert_cmpstr (services->name, ==, "Sammenhengende tjenester");
  g_assert_cmpint (services->budget, ==, 4000000 + 8000000);
  g_assert_cmpint (data_area->budget, ==, 12000000);
  g_assert_cmpuint (services->n_initiatives, ==, 2);

  /* B involves two agencies: the owner SFF and the partner FJK. */
  g_assert_cmpuint (x->cross_agency.rows->len, ==, 1);
  g_assert_cmpuint (x->cross_agency.agencies->len, ==, 2);
}

static void
test_ageing (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(StyreChartData) march = prepare (f, STYRE_CHART_FOLLOW_UP_AGEING, MARCH, NULL);
  g_autoptr(StyreChartData) now = prepare (f, STYRE_CHART_FOLLOW_UP_AGEING, NULL, NULL);
  g_autoptr(StyreChartData) b_only = prepare (f, STYRE_CHART_FOLLOW_UP_AGEING, MARCH,
                                              "{\"kind\": \"programme\"}");
  const StyreAgeingAction *x;

  g_assert_cmpuint (march->ageing.actions->len, ==, 2);
  x = g_ptr_array_index (march->ageing.actions, 0);
  g_assert_cmpint (x->age_days, ==, 64);
  g_assert_cmpint (x->overdue_days, ==, 42);
  g_assert_cmpint (x->initiative_id, ==, f->a);
  /* The other was done on 1 April. */
  g_assert_cmpuint (now->ageing.actions->len, ==, 1);
  /* With a filter, only actions about the initiatives shown. */
  g_assert_cmpuint (b_only->ageing.actions->len, ==, 0);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_auto(StyreChartQuery) query = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChartData) sff = prepare (f, STYRE_CHART_RAG_HEATMAP, NULL,
                                           "{\"agency\": \"SFF\"}");
  g_autoptr(StyreChartData) fjk = prepare (f, STYRE_CHART_RAG_HEATMAP, NULL,
                                           "{\"agency\": \"fjk\"}");
  g_autoptr(StyreChartData) area = prepare (f, STYRE_CHART_RAG_HEATMAP, NULL,
                                            "{\"focus_area\": \"datadrevet forvaltning\"}");
  g_autoptr(StyreChartData) kind = prepare (f, STYRE_CHART_RAG_HEATMAP, NULL,
                                            "{\"kind\": \"prosjekt\"}");
  g_autoptr(StyreChartData) phase = prepare (f, STYRE_CHART_RAG_HEATMAP, MARCH,
                                             "{\"phase\": \"concept\"}");
  StyreChartData *bad;

  g_assert_cmpuint (sff->initiatives->len, ==, 1);
  /* FJK owns A, C and D and is B's partner. */
  g_assert_cmpuint (fjk->initiatives->len, ==, 4);
  g_assert_cmpstr (fjk->filter_label, ==, "Agency: Fjordvik kommune");
  g_assert_cmpuint (area->initiatives->len, ==, 1);
  g_assert_cmpstr (find (area, "B-2")->code, ==, "B-2");
  g_assert_cmpuint (kind->initiatives->len, ==, 1);
  g_assert_cmpstr (find (kind, "A-1")->code, ==, "A-1");
  g_assert_cmpuint (phase->initiatives->len, ==, 1);

  /* A filter that names nothing in the file says so. */
  styre_chart_query_init (&query);
  query.focus_area = g_strdup ("Finnes ikke");
  bad = styre_store_prepare_chart_data (f->store, STYRE_CHART_KPI, &query, &error);
  g_assert_null (bad);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Finnes ikke"));
  g_clear_error (&error);
  styre_chart_query_clear (&query);
  query.kind = g_strdup ("rakett");
  bad = styre_store_prepare_chart_data (f->store, STYRE_CHART_KPI, &query, &error);
  g_assert_null (bad);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
}

static void
test_filters_json (void)
{
  g_auto(StyreChartQuery) query = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  styre_chart_query_init (&query);
  g_assert_true (styre_chart_query_set_filters_json (&query,
                                                     "{\"focus_area\": \"Grønn \\\"drift\\\"\", "
                                                     "\"agency\": \"FJK\", \"meeting\": 7, "
                                                     "\"future\": [1, 2]}", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (query.focus_area, ==, "Grønn \"drift\"");
  g_assert_cmpstr (query.agency, ==, "FJK");
  g_assert_cmpint (query.meeting_id, ==, 7);
  json = styre_chart_query_get_filters_json (&query);
  g_assert_cmpstr (json, ==, "{\"agency\":\"FJK\",\"focus_area\":\"Grønn \\\"drift\\\"\"}");

  /* Bad text leaves the query as it was. */
  g_assert_false (styre_chart_query_set_filters_json (&query, "{\"agency\": ", &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (styre_chart_query_set_filters_json (&query, "{\"agency\": 12}", &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (styre_chart_query_set_filters_json (&query, "[1]", &error));
  g_clear_error (&error);
  g_assert_cmpstr (query.agency, ==, "FJK");
  g_assert_true (styre_chart_query_set_filters_json (&query, "{\"agency\": null}", &error));
  g_assert_null (query.agency);
}

static void
test_layouts (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) layouts = NULL;
  g_autoptr(StyreChange) bad = NULL;
  g_autoptr(StyreChange) good = NULL;
  g_autofree char *json = NULL;
  const char *layout = "[{\"chart\": \"kpi\", \"width\": 4, \"height\": 1},"
                       " {\"chart\": \"rag-heatmap\", \"filters\": {\"group\": \"agency\"}},"
                       " {\"chart\": \"from-the-future\", \"width\": 1, \"colour\": \"blue\"}]";

  cards = styre_dashboard_cards_parse (layout, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_cmpint (((StyreDashboardCard *) g_ptr_array_index (cards, 1))->width, ==, 2);
  g_assert_cmpstr (((StyreDashboardCard *) g_ptr_array_index (cards, 1))->filters, ==,
                   "{\"group\":\"agency\"}");
  /* A chart this version does not know is kept, so saving loses nothing. */
  g_assert_cmpstr (((StyreDashboardCard *) g_ptr_array_index (cards, 2))->chart, ==,
                   "from-the-future");
  json = styre_dashboard_cards_to_json (cards);
  g_assert_cmpstr (json, ==,
                   "[{\"chart\":\"kpi\",\"width\":4,\"height\":1},"
                   "{\"chart\":\"rag-heatmap\",\"width\":2,\"height\":1,"
                   "\"filters\":{\"group\":\"agency\"}},"
                   "{\"chart\":\"from-the-future\",\"width\":1,\"height\":1}]");

  g_assert_null (styre_dashboard_cards_parse ("[{\"width\": 2}]", &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (styre_dashboard_cards_parse ("[{\"chart\": \"kpi\", \"width\": 9}]", &error));
  g_assert_nonnull (strstr (error->message, "width"));
  g_clear_error (&error);

  /* The file refuses a layout nobody can read; a good one is saved and listed by name. */
  bad = styre_change_new_insert ("dashboard_layout");
  styre_change_set_text (bad, "name", "Ødelagt");
  styre_change_set_text (bad, "content", "{\"chart\": ");
  g_assert_false (styre_store_apply (f->store, bad, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  good = styre_dashboard_layout_insert ("  Ledermøte  ", cards);
  g_assert_true (styre_store_apply (f->store, good, &error));
  g_assert_no_error (error);
  g_clear_pointer (&good, styre_change_unref);
  good = styre_dashboard_layout_insert ("Ørsta", cards);
  g_assert_true (styre_store_apply (f->store, good, &error));
  g_clear_pointer (&good, styre_change_unref);
  good = styre_dashboard_layout_insert ("Arkiv", cards);
  g_assert_true (styre_store_apply (f->store, good, &error));
  layouts = styre_store_list_dashboard_layouts (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (layouts->len, ==, 3);
  g_assert_cmpstr (((StyreDashboardLayout *) g_ptr_array_index (layouts, 0))->name, ==, "Arkiv");
  g_assert_cmpstr (((StyreDashboardLayout *) g_ptr_array_index (layouts, 1))->name, ==,
                   "Ledermøte");
  g_assert_cmpuint (((StyreDashboardLayout *) g_ptr_array_index (layouts, 1))->cards->len, ==, 3);
  g_assert_null (styre_store_find_dashboard_layout (f->store, "Porteføljeråd", &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/chart-data/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("as-of-selection", test_as_of_selection);
  ADD ("snapshot", test_snapshot);
  ADD ("kpi", test_kpi);
  ADD ("trend-and-funnel", test_trend_and_funnel);
  ADD ("money-and-five-percent", test_money_and_five_percent);
  ADD ("roadmap-and-since", test_roadmap_and_since);
  ADD ("benefits-competence-areas", test_benefits_competence_areas);
  ADD ("ageing", test_ageing);
  ADD ("filters", test_filters);
  ADD ("layouts", test_layouts);
  g_test_add_func ("/chart-data/filters-json", test_filters_json);
  return g_test_run ();
}
