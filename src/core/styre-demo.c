/* styre-demo.c — a realistic, reproducible demo portfolio
 *
 * Fills a new .styre file with Fjordvik kommune's digitalisation portfolio: organisation and
 * strategy, initiatives with four years of monthly status reports whose colours follow
 * stories (styre-demo-text.c), money, benefits, delivery, competence, and the leadership
 * meetings of the last year with their agendas, decisions, follow-up and snapshots.
 *
 * Everything is derived from the seed and the "today" anchor with our own PRNG
 * (splitmix64), never from the clock, locale or hash-table order, so the same options give
 * the same content hash. Everything is written in one transaction with prepared statements.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-demo"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "styre-demo.h"
#include "styre-demo-private.h"
#include "styre-error.h"
#include "styre-store-private.h"

#define NEVER_MI      G_MAXINT
#define MAX_MONTHS    (DEMO_HISTORY_MONTHS + 1)
#define CASE_NONE     0

typedef guint32 Day;   /* a GDate Julian day */

/* ── Random numbers: splitmix64, seeded per purpose so order does not matter ────────── */

typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static Rng
rng_make (guint64 seed,
          guint64 a,
          guint64 b,
          guint64 c)
{
  Rng rng = { seed };

  rng.state ^= G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) * (a + 1);
  rng_next (&rng);
  rng.state ^= G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F) * (b + 1);
  rng_next (&rng);
  rng.state ^= G_GUINT64_CONSTANT (0x165667B19E3779F9) * (c + 1);
  rng_next (&rng);
  return rng;
}

/* A number in [lo, hi]. */
static int
rng_int (Rng *rng,
         int  lo,
         int  hi)
{
  if (hi <= lo)
    return lo;
  return lo + (int) (rng_next (rng) % (guint64) (hi - lo + 1));
}

static double
rng_double (Rng    *rng,
            double  lo,
            double  hi)
{
  double u = (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);

  return lo + (hi - lo) * u;
}

static gboolean
rng_chance (Rng *rng,
            int  percent)
{
  return rng_int (rng, 0, 99) < percent;
}

/* ── Dates ─────────────────────────────────────────────────────────────────────────── */

static Day
julian_from_dmy (int d,
                 int m,
                 int y)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return g_date_get_julian (&date);
}

static Day
day_make (int y,
          int m,
          int d)
{
  int last = g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);

  return julian_from_dmy (CLAMP (d, 1, last), m, y);
}

static void
day_split (Day  day,
           int *y,
           int *m,
           int *d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (y)
    *y = g_date_get_year (&date);
  if (m)
    *m = g_date_get_month (&date);
  if (d)
    *d = g_date_get_day (&date);
}

/* 1 = Monday … 7 = Sunday. */
static int
day_weekday (Day day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_weekday (&date);
}

static int
day_month (Day day)
{
  int y, m;

  day_split (day, &y, &m, NULL);
  return y * 12 + (m - 1);
}

static int
day_year (Day day)
{
  int y;

  day_split (day, &y, NULL, NULL);
  return y;
}

static Day
month_day (int mi,
           int d)
{
  return day_make (mi / 12, mi % 12 + 1, d);
}

/* The working day on or after @day. */
static Day
day_workday (Day day)
{
  while (day_weekday (day) >= 6)
    day++;
  return day;
}

/* The given weekday nearest to @day. */
static Day
day_nearest_weekday (Day day,
                     int weekday)
{
  int diff = weekday - day_weekday (day);

  if (diff > 3)
    diff -= 7;
  else if (diff < -3)
    diff += 7;
  return (Day) ((int) day + diff);
}

typedef struct
{
  char s[24];
} Text;

static Text
day_text (Day day)
{
  Text t;
  int y, m, d;

  day_split (day, &y, &m, &d);
  g_snprintf (t.s, sizeof t.s, "%04d-%02d-%02d", y, m, d);
  return t;
}

static Text
month_text (int mi)
{
  Text t;

  g_snprintf (t.s, sizeof t.s, "%04d-%02d", mi / 12, mi % 12 + 1);
  return t;
}

static Text
stamp_text (Day day,
            int minute_of_day,
            int second)
{
  Text t;
  int y, m, d;

  while (minute_of_day < 0)
    {
      minute_of_day += 24 * 60;
      day--;
    }
  while (minute_of_day >= 24 * 60)
    {
      minute_of_day -= 24 * 60;
      day++;
    }
  day_split (day, &y, &m, &d);
  g_snprintf (t.s, sizeof t.s, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d,
              minute_of_day / 60, minute_of_day % 60, second);
  return t;
}

/* A date's row timestamp: early afternoon that day. */
static Text
day_stamp (Day day)
{
  return stamp_text (day, 13 * 60, 0);
}

/* Summer time in Norway: from the last Sunday of March to the last Sunday of October. */
static gboolean
oslo_summer (Day day)
{
  int y = day_year (day);
  Day march = day_make (y, 3, 31);
  Day october = day_make (y, 10, 31);

  while (day_weekday (march) != 7)
    march--;
  while (day_weekday (october) != 7)
    october--;
  return day >= march && day < october;
}

/* A local Oslo time as a UTC timestamp. */
static Text
local_stamp (Day day,
             int local_minute)
{
  return stamp_text (day, local_minute - (oslo_summer (day) ? 120 : 60), 0);
}

static Text
local_text (Day day,
            int local_minute)
{
  Text t;
  int y, m, d;

  day_split (day, &y, &m, &d);
  g_snprintf (t.s, sizeof t.s, "%04d-%02d-%02dT%02d:%02d", y, m, d,
              local_minute / 60, local_minute % 60);
  return t;
}

/* "9. desember 2025" */
static char *
day_words (Day day)
{
  int y, m, d;

  day_split (day, &y, &m, &d);
  return g_strdup_printf ("%d. %s %d", d, demo_month_names[m - 1], y);
}

/* ── The generator ─────────────────────────────────────────────────────────────────── */

enum
{
  S_AGENCY, S_PERSON, S_FOCUS, S_GOAL, S_COMPETENCE, S_COMPONENT, S_INITIATIVE,
  S_INIT_AGENCY, S_INIT_FOCUS, S_INIT_GOAL, S_INIT_PERSON, S_TOLERANCE, S_REPORT,
  S_DIMENSION, S_FRAME, S_DESCOPE, S_BUDGET, S_ARRANGEMENT, S_REPAYMENT, S_SHARE, S_BENEFIT,
  S_BENEFIT_VALUE, S_INDICATOR, S_MEASUREMENT, S_MILESTONE, S_GATE, S_RISK, S_DEPENDENCY,
  S_DEMAND, S_CAPACITY, S_PILOT, S_PILOT_EVAL, S_FORUM, S_FORUM_MEMBER, S_STANDING,
  S_MEETING, S_PARTICIPANT, S_ITEM, S_ITEM_INIT, S_ITEM_VIEW, S_ATTACHMENT, S_ITEM_GUEST,
  S_ACTION, S_SNAPSHOT, S_SNAPSHOT_ITEM, S_STATE, S_MILESTONE_FORECAST, S_LAYOUT,
  Q_REPORT, Q_DIMS, Q_FRAME, Q_BUDGET, Q_RISKS, Q_SLIP, Q_SNAPSHOT_COUNTS,
  N_STATEMENTS
};

#define V ", updated_at, updated_by"

static const char *const statement_sql[N_STATEMENTS] = {
  [S_AGENCY] = "INSERT INTO agency (code, name, short_name, kind, org_number, "
               "five_percent_rule, is_host" V ") VALUES (?,?,?,?,?,?,?,?,?)",
  [S_PERSON] = "INSERT INTO person (name, job_title, email, agency_id" V ") "
               "VALUES (?,?,?,?,?,?)",
  [S_FOCUS] = "INSERT INTO focus_area (name, description, position" V ") VALUES (?,?,?,?,?)",
  [S_GOAL] = "INSERT INTO goal (parent_id, focus_area_id, level, title, description, position"
             V ") VALUES (?,?,?,?,?,?,?,?)",
  [S_COMPETENCE] = "INSERT INTO competence (name, description, position" V ") "
                   "VALUES (?,?,?,?,?)",
  [S_COMPONENT] = "INSERT INTO national_component (name, provider, description" V ") "
                  "VALUES (?,?,?,?,?)",
  [S_INITIATIVE] = "INSERT INTO initiative (code, title, what, kind, method, phase, lifecycle, "
                   "owning_agency_id, owner_id, leader_id, parent_id, merged_into_id, "
                   "start_date, end_date, strategic_value, complexity, state_project_model, "
                   "co_financed, national_portfolio, confidentiality, legal_basis, created_at"
                   V ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  [S_INIT_AGENCY] = "INSERT INTO initiative_agency (initiative_id, agency_id, role" V ") "
                    "VALUES (?,?,?,?,?)",
  [S_INIT_FOCUS] = "INSERT INTO initiative_focus_area (initiative_id, focus_area_id, weight"
                   V ") VALUES (?,?,?,?,?)",
  [S_INIT_GOAL] = "INSERT INTO initiative_goal (initiative_id, goal_id, weight" V ") "
                  "VALUES (?,?,?,?,?)",
  [S_INIT_PERSON] = "INSERT INTO initiative_person (initiative_id, person_id, role" V ") "
                    "VALUES (?,?,?,?,?)",
  [S_TOLERANCE] = "INSERT INTO tolerance (initiative_id, dimension, yellow_at, red_at" V ") "
                  "VALUES (?,?,?,?,?,?)",
  [S_REPORT] = "INSERT INTO status_report (initiative_id, period, state, published_at, "
               "author_id, overall_rag, phase, summary, achievements, next_period, "
               "decisions_needed, percent_complete, forecast_cost, forecast_end" V ") "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  [S_DIMENSION] = "INSERT INTO status_dimension (status_report_id, dimension, rag, "
                  "suggested_rag, override_reason, comment" V ") VALUES (?,?,?,?,?,?,?,?)",
  [S_FRAME] = "INSERT INTO cost_frame (initiative_id, valid_from, p50, p85, price_level_year, "
              "note" V ") VALUES (?,?,?,?,?,?,?,?)",
  [S_DESCOPE] = "INSERT INTO descoping_item (initiative_id, position, description, amount" V
                ") VALUES (?,?,?,?,?,?)",
  [S_BUDGET] = "INSERT INTO budget_line (initiative_id, year, recorded_on, approved, revised, "
               "forecast, actual, note" V ") VALUES (?,?,?,?,?,?,?,?,?,?)",
  [S_ARRANGEMENT] = "INSERT INTO overspend_arrangement (agency_id, budget_year, chapter_post, "
                    "appropriation, overspend, decided_on, reference, description" V ") "
                    "VALUES (?,?,?,?,?,?,?,?,?,?)",
  [S_REPAYMENT] = "INSERT INTO overspend_repayment (arrangement_id, year, planned, actual" V
                  ") VALUES (?,?,?,?,?,?)",
  [S_SHARE] = "INSERT INTO overspend_share (arrangement_id, initiative_id, amount" V ") "
              "VALUES (?,?,?,?,?)",
  [S_BENEFIT] = "INSERT INTO benefit (initiative_id, title, description, kind, priced, unit, "
                "owner_id, recipient_agency_id, goal_id" V ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
  [S_BENEFIT_VALUE] = "INSERT INTO benefit_value (benefit_id, year, planned, realised" V ") "
                      "VALUES (?,?,?,?,?,?)",
  [S_INDICATOR] = "INSERT INTO indicator (benefit_id, name, unit, direction, baseline, "
                  "baseline_date, target, target_date" V ") VALUES (?,?,?,?,?,?,?,?,?,?)",
  [S_MEASUREMENT] = "INSERT INTO measurement (indicator_id, measured_on, value, note" V ") "
                    "VALUES (?,?,?,?,?,?)",
  [S_MILESTONE] = "INSERT INTO milestone (initiative_id, title, gate, baseline_date, "
                  "forecast_date, actual_date, position" V ") VALUES (?,?,?,?,?,?,?,?,?)",
  [S_GATE] = "INSERT INTO gate_decision (initiative_id, gate, decided_on, outcome, conditions, "
             "agenda_item_id" V ") VALUES (?,?,?,?,?,?,?,?)",
  [S_RISK] = "INSERT INTO risk (initiative_id, title, description, category, probability, "
             "consequence, mitigation, owner_id, state, identified_on, closed_on" V ") "
             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
  [S_DEPENDENCY] = "INSERT INTO dependency (initiative_id, depends_on_initiative_id, "
                   "national_component_id, description, criticality, state, needed_by" V ") "
                   "VALUES (?,?,?,?,?,?,?,?,?)",
  [S_DEMAND] = "INSERT INTO competence_demand (initiative_id, competence_id, quarter, fte" V
               ") VALUES (?,?,?,?,?,?)",
  [S_CAPACITY] = "INSERT INTO competence_capacity (competence_id, agency_id, quarter, fte" V
                 ") VALUES (?,?,?,?,?,?)",
  [S_PILOT] = "INSERT INTO pilot (initiative_id, hypothesis, success_criteria, starts_on, "
              "ends_on, evaluation_due" V ") VALUES (?,?,?,?,?,?,?,?)",
  [S_PILOT_EVAL] = "INSERT INTO pilot_evaluation (pilot_id, evaluated_on, decision, rationale, "
                   "agenda_item_id" V ") VALUES (?,?,?,?,?,?,?)",
  [S_FORUM] = "INSERT INTO forum (name, short_name, description, agency_id, "
              "number_standing_items, case_number_digits, default_start, default_minutes, "
              "default_place" V ") VALUES (?,?,?,?,?,?,?,?,?,?,?)",
  [S_FORUM_MEMBER] = "INSERT INTO forum_member (forum_id, person_id, role, position" V ") "
                     "VALUES (?,?,?,?,?,?)",
  [S_STANDING] = "INSERT INTO standing_item (forum_id, position, standing_kind, title, "
                 "item_type, planned_minutes, at_end" V ") VALUES (?,?,?,?,?,?,?,?,?)",
  [S_MEETING] = "INSERT INTO meeting (forum_id, title, starts_at, ends_at, place, video_link, "
                "chair_id, secretary_id, state, notice_sent_at, held_at, minutes_approved_at, "
                "uid, sequence" V ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  [S_PARTICIPANT] = "INSERT INTO participant (meeting_id, person_id, role, attendance, "
                    "absence_reason, substitute_for_id, position" V ") "
                    "VALUES (?,?,?,?,?,?,?,?,?)",
  [S_ITEM] = "INSERT INTO agenda_item (meeting_id, position, case_seq, case_year, "
             "standing_kind, item_type, title, presenter_id, presenter_text, planned_minutes, "
             "summary, background, assessment, proposed_decision, decision, outcome, dissent, "
             "minutes_note, needs_follow_up, confidentiality, legal_basis, actual_start, "
             "actual_end" V ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  [S_ITEM_INIT] = "INSERT INTO agenda_item_initiative (agenda_item_id, initiative_id" V ") "
                  "VALUES (?,?,?,?)",
  [S_ITEM_VIEW] = "INSERT INTO agenda_item_view (agenda_item_id, position, chart, filters, "
                  "as_of" V ") VALUES (?,?,?,?,?,?,?)",
  [S_ATTACHMENT] = "INSERT INTO attachment (agenda_item_id, position, title, location" V ") "
                   "VALUES (?,?,?,?,?,?)",
  [S_ITEM_GUEST] = "INSERT INTO agenda_item_guest (agenda_item_id, person_id" V ") "
                   "VALUES (?,?,?,?)",
  [S_ACTION] = "INSERT INTO action_item (origin_item_id, initiative_id, title, description, "
               "owner_id, due_on, status, created_on, closed_on, closed_in_meeting_id, "
               "latest_note, confidentiality, legal_basis" V ") "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  [S_SNAPSHOT] = "INSERT INTO portfolio_snapshot (meeting_id, taken_at, taken_by, as_of, note) "
                 "VALUES (?,?,?,?,?)",
  [S_SNAPSHOT_ITEM] = "INSERT INTO portfolio_snapshot_item (snapshot_id, initiative_id, "
                      "period, phase, lifecycle, overall_rag, rag_time, rag_cost, "
                      "rag_benefits, rag_quality, rag_scope, rag_sustainability, rag_risk, "
                      "p50, p85, forecast_cost, budget_year, budget_approved, budget_forecast, "
                      "open_risks, max_risk_score, max_slip_days) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
  [S_STATE] = "INSERT INTO initiative_state (initiative_id, valid_from, phase, lifecycle, note"
              V ") VALUES (?,?,?,?,?,?,?)",
  [S_MILESTONE_FORECAST] = "INSERT INTO milestone_forecast (milestone_id, recorded_on, "
                           "forecast_date, note" V ") VALUES (?,?,?,?,?,?)",
  [S_LAYOUT] = "INSERT INTO dashboard_layout (name, content" V ") VALUES (?,?,?,?)",
  [Q_REPORT] = "SELECT id, period, overall_rag, forecast_cost FROM status_report "
               "WHERE initiative_id = ?1 AND state = 'published' AND period <= ?2 "
               "AND published_at <= ?3 ORDER BY period DESC LIMIT 1",
  [Q_DIMS] = "SELECT dimension, rag FROM status_dimension WHERE status_report_id = ?",
  [Q_FRAME] = "SELECT p50, p85 FROM cost_frame WHERE initiative_id = ?1 AND valid_from <= ?2 "
              "ORDER BY valid_from DESC LIMIT 1",
  [Q_BUDGET] = "SELECT approved, forecast FROM budget_line WHERE initiative_id = ?1 "
               "AND year = ?2 AND recorded_on <= ?3 ORDER BY recorded_on DESC LIMIT 1",
  [Q_RISKS] = "SELECT count(*), coalesce(max(probability * consequence), 0) FROM risk "
              "WHERE initiative_id = ?1 AND identified_on <= ?2 "
              "AND (closed_on IS NULL OR closed_on > ?2)",
  /* How late the milestones still open at the date are expected, or already are. */
  [Q_SLIP] = "SELECT coalesce(max(CAST(julianday(max(?2, "
             "  coalesce(actual_date, forecast_date, baseline_date))) "
             "  - julianday(baseline_date) AS INTEGER)), 0) "
             "FROM milestone WHERE initiative_id = ?1 "
             "AND (actual_date IS NULL OR actual_date > ?2)",
  [Q_SNAPSHOT_COUNTS] = "SELECT count(*), "
                        "coalesce(sum(overall_rag = 'green'), 0), "
                        "coalesce(sum(overall_rag = 'yellow'), 0), "
                        "coalesce(sum(overall_rag = 'red'), 0) "
                        "FROM portfolio_snapshot_item "
                        "WHERE snapshot_id = ? AND lifecycle = 'active'",
};

#undef V

static const char *const kind_names[DEMO_N_KINDS] = {
  "project", "programme", "product_team", "pilot", "innovation", "idea",
};
static const char *const method_names[DEMO_N_METHODS] = { "waterfall", "agile", "hybrid" };
static const char *const phase_names[DEMO_N_PHASES] = {
  "idea", "concept", "planning", "execution", "closing", "realisation",
};
static const char *const lifecycle_names[DEMO_N_LIFECYCLES] = {
  "proposed", "active", "paused", "closed", "stopped", "merged",
};
static const char *const dimension_names[DEMO_N_DIMS] = {
  "time", "cost", "benefits", "quality", "scope", "sustainability", "risk",
};
static const char *const rag_names[DEMO_N_RAGS] = { NULL, "grey", "green", "yellow", "red" };
static const char *const gate_names[DEMO_N_GATES] = {
  NULL, "BP1", "BP2", "BP3", "BP4", "BP5", "BP6", "KS1", "KS2",
};
static const char *const gate_outcome_names[DEMO_N_GATE_OUTCOMES] = {
  "approved", "approved_with_conditions", "rework", "paused", "stopped",
};
static const char *const pilot_decision_names[] = { NULL, "scale", "adjust", "stop" };
static const char *const item_type_names[] = { "decision", "discussion", "information" };
static const char *const outcome_names[] = { "adopted_as_proposed", "noted", "amended" };
static const char *const action_status_names[] = { "open", "in_progress", "done", "cancelled" };
static const char *const risk_category_names[DEMO_N_RISK_CATEGORIES] = {
  "information_security", "privacy", "technology", "finance", "organisation", "competence",
  "supplier", "legal", "benefits", "schedule",
};

/* The gate that opens each phase. */
static const guint8 phase_gate[DEMO_N_PHASES] = {
  DEMO_GATE_NONE, DEMO_GATE_BP1, DEMO_GATE_BP2, DEMO_GATE_BP3, DEMO_GATE_BP4, DEMO_GATE_BP5,
};

/* Tolerances: time in days, cost in per cent over P50, benefits in per cent missing. */
typedef struct
{
  int time_yellow, time_red;
  int cost_yellow, cost_red;
  int benefits_yellow, benefits_red;
} Tolerances;

static const Tolerances default_tolerances = { 30, 90, 5, 10, 10, 25 };

/* A few initiatives have their own tolerances. */
static const struct
{
  guint      base;
  Tolerances tolerances;
} own_tolerances[] = {
  { 10, { 45, 120, 3, 8, 10, 25 } },
  { 1, { 30, 90, 5, 10, 15, 30 } },
};

/* Pilot evaluations that were not made in one of the demo's meetings. */
static const struct
{
  guint       base;
  gint8       month;
  guint8      decision;
  const char *rationale;
} other_pilot_evaluations[] = {
  { 15, -18, DEMO_PILOT_ADJUST,
    "Midtveisevalueringen viste gode resultater; piloten utvides til nattjenesten i sone 2 "
    "for å få et bedre grunnlag." },
  { 16, -8, DEMO_PILOT_ADJUST,
    "Varslene kom for sent til hjemmetjenesten på kveldstid. Rutinene justeres, og piloten "
    "forlenges til varslingen er testet på nytt." },
};

typedef struct
{
  guint       index;
  guint8      forum;
  guint8      state;
  Day         day;
  int         mi;
  int         start_minute;
  int         end_minute;
  int         planned_minutes;
  guint       case_seq[16];   /* 0: no case number */
  int         case_year;
  gint64      id;
  gint64      snapshot_id;
  gint64      item_ids[16];   /* per case */
  Text        notice_sent_at;
  Text        held_at;
  Text        minutes_approved_at;
  Text        updated_at;
} Meeting;

typedef struct
{
  guint       base;
  guint       copy;
  gint64      id;
  char       *code;
  char       *title;
  int         phase_mi[DEMO_N_PHASES];
  Day         phase_day[DEMO_N_PHASES];
  int         first_mi;
  Day         start_day;
  int         end_mi;
  Day         end_day;
  int         planned_end_mi;
  Day         planned_end_day;
  int         first_report_mi;
  int         last_report_mi;
  int         story_mi[3];
  gint64      p50;
  gint64      p85;
  int         frame_mi;       /* the month the first frame was set, or NEVER_MI */
  Day         frame_day;
  gint64      p50_revised;
  int         revised_mi;
  Day         revised_day;
  gint64      pilot_id;
  int         slip[DEMO_N_RAGS];     /* days late, for a suggested time colour */
  double      factor[DEMO_N_RAGS];   /* forecast / P50, for a suggested cost colour */
  double      shortfall[DEMO_N_RAGS]; /* benefits missing, for a suggested colour */
  guint8      current_overall;
  const char *partner;
} Init;

typedef struct
{
  StyreStore       *store;
  sqlite3          *db;
  sqlite3_stmt     *stmt[N_STATEMENTS];
  guint             scale;
  guint64           seed;
  Day               today;
  int               today_mi;
  int               history_mi;       /* the first month with reports */
  Text              org_stamp;        /* updated_at of organisation rows */
  gint64            agency_id[DEMO_N_AGENCIES];
  gint64            person_id[DEMO_N_PERSONS];
  gint64            focus_id[DEMO_N_FOCUS_AREAS];
  gint64            goal_id[DEMO_N_GOALS];
  gint64            competence_id[DEMO_N_COMPETENCES];
  gint64            component_id[DEMO_N_COMPONENTS];
  gint64            forum_id[DEMO_N_FORUMS];
  Meeting          *meetings;
  Init             *inits;
  guint             n_inits;
  double           *demand;           /* [competence][quarter][agency] */
  int               first_quarter;
  char             *base_codes[DEMO_N_INITIATIVES];
  GError           *error;
} Gen;

#define N_QUARTERS 7

static const char *
person_name (guint8 person)
{
  return person != P_NONE ? demo_persons[person].name : "Kjersti Nygård";
}

static gint64
person_ref (Gen    *g,
            guint8  person)
{
  return person != P_NONE ? g->person_id[person] : 0;
}

/* ── Inserting ─────────────────────────────────────────────────────────────────────── */

static gboolean
failed (Gen *g)
{
  return g->error != NULL;
}

static gboolean
step_done (Gen          *g,
           sqlite3_stmt *stmt,
           int           which)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      styre_sqlite_error (g->db, sqlite3_extended_errcode (g->db), &g->error);
      g_prefix_error (&g->error, "demo statement %d: ", which);
      return FALSE;
    }
  return TRUE;
}

/* Binds the arguments described by @types and runs the statement:
 * i int, l gint64, r gint64 reference (NULL when ≤ 0), n int (NULL when < 0),
 * t text (NULL stays NULL), f double (NULL when NaN).
 * Returns the new row id, or 0 after an error. */
static gint64
insert (Gen        *g,
        int         which,
        const char *types,
        ...)
{
  sqlite3_stmt *stmt = g->stmt[which];
  va_list args;
  int index = 1;

  if (failed (g))
    return 0;
  if ((int) strlen (types) != sqlite3_bind_parameter_count (stmt))
    {
      g_set_error (&g->error, STYRE_ERROR, STYRE_ERROR_FAILED,
                   "demo statement %d: %d values for %d parameters", which,
                   (int) strlen (types), sqlite3_bind_parameter_count (stmt));
      return 0;
    }

  va_start (args, types);
  for (const char *t = types; *t; t++, index++)
    {
      switch (*t)
        {
        case 'i':
          sqlite3_bind_int (stmt, index, va_arg (args, int));
          break;
        case 'n':
          {
            int v = va_arg (args, int);
            if (v < 0)
              sqlite3_bind_null (stmt, index);
            else
              sqlite3_bind_int (stmt, index, v);
          }
          break;
        case 'l':
          sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
          break;
        case 'r':
          {
            gint64 v = va_arg (args, gint64);
            if (v <= 0)
              sqlite3_bind_null (stmt, index);
            else
              sqlite3_bind_int64 (stmt, index, v);
          }
          break;
        case 't':
          {
            const char *v = va_arg (args, const char *);
            if (v == NULL)
              sqlite3_bind_null (stmt, index);
            else
              sqlite3_bind_text (stmt, index, v, -1, SQLITE_TRANSIENT);
          }
          break;
        case 'f':
          {
            double v = va_arg (args, double);
            if (isnan (v))
              sqlite3_bind_null (stmt, index);
            else
              sqlite3_bind_double (stmt, index, v);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  if (!step_done (g, stmt, which))
    return 0;
  return sqlite3_last_insert_rowid (g->db);
}

/* ── Text with placeholders ────────────────────────────────────────────────────────── */

typedef struct
{
  const char *name;
  const char *value;
  gboolean    capitalise;   /* at the start of a sentence */
} Placeholder;

static char *
expand (const char        *text,
        const Placeholder *values,
        guint              n_values)
{
  GString *out;
  const char *p;

  if (text == NULL)
    return NULL;
  if (strchr (text, '{') == NULL)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text) + 32);
  for (p = text; *p; )
    {
      const char *close = *p == '{' ? strchr (p, '}') : NULL;
      gboolean done = FALSE;

      if (close != NULL)
        {
          gsize len = close - p - 1;

          for (guint i = 0; i < n_values && !done; i++)
            if (values[i].value != NULL && strlen (values[i].name) == len
                && strncmp (p + 1, values[i].name, len) == 0)
              {
                if (values[i].capitalise && out->len == 0)
                  {
                    gunichar c = g_utf8_get_char (values[i].value);
                    g_string_append_unichar (out, g_unichar_toupper (c));
                    g_string_append (out, g_utf8_next_char (values[i].value));
                  }
                else
                  g_string_append (out, values[i].value);
                p = close + 1;
                done = TRUE;
              }
        }
      if (!done)
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* ── Organisation and strategy ─────────────────────────────────────────────────────── */

#define ORG_BY "Kjersti Nygård"

/* "Åse Bjørnstad" → "ase.bjornstad@…" */
static char *
email_for (const char *name,
           const char *domain)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));

      switch (c)
        {
        case 0x00E5: /* å */
          g_string_append (out, "a");
          break;
        case 0x00E6: /* æ */
          g_string_append (out, "ae");
          break;
        case 0x00F8: /* ø */
          g_string_append (out, "o");
          break;
        case 0x00E9: /* é */
          g_string_append (out, "e");
          break;
        case ' ':
          g_string_append_c (out, '.');
          break;
        default:
          if (c < 128)
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_printf (out, "@%s", domain);
  return g_string_free (out, FALSE);
}

static const struct
{
  const char *kind;
  const char *title;
  guint8      type;
  guint8      minutes;
  guint8      at_end;
} standing_items[] = {
  { "approve_notice", "Godkjenning av innkalling og saksliste", DEMO_ITEM_DECISION, 5, 0 },
  { "approve_minutes", "Godkjenning av protokoll fra forrige møte", DEMO_ITEM_DECISION, 5, 0 },
  { "follow_up", "Oppfølgingsliste", DEMO_ITEM_INFORMATION, 10, 0 },
  { "portfolio_status", "Porteføljestatus", DEMO_ITEM_INFORMATION, 20, 0 },
  { "any_other_business", "Eventuelt", DEMO_ITEM_INFORMATION, 5, 1 },
};

static void
insert_organisation (Gen *g)
{
  const char *at = g->org_stamp.s;
  static const char *const levels[] = { "societal", "outcome", "output" };

  for (guint a = 1; a < DEMO_N_AGENCIES; a++)
    {
      const DemoAgency *agency = &demo_agencies[a];

      g->agency_id[a] = insert (g, S_AGENCY, "tttttiitt", agency->code, agency->name,
                                agency->short_name, agency->kind, agency->org_number,
                                (int) agency->five_percent_rule, (int) agency->is_host,
                                at, ORG_BY);
    }

  for (guint p = 1; p < DEMO_N_PERSONS; p++)
    {
      const DemoPerson *person = &demo_persons[p];
      g_autofree char *email = email_for (person->name, demo_agencies[person->agency].domain);

      g->person_id[p] = insert (g, S_PERSON, "tttltt", person->name, person->job_title, email,
                                g->agency_id[person->agency], at, ORG_BY);
    }

  for (guint f = 1; f < DEMO_N_FOCUS_AREAS; f++)
    g->focus_id[f] = insert (g, S_FOCUS, "ttitt", demo_focus_areas[f].name,
                             demo_focus_areas[f].description, (int) f - 1, at, ORG_BY);

  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    {
      int position = 0;

      for (guint i = 1; i < DEMO_N_GOALS; i++)
        {
          const DemoGoal *goal = &demo_goals[i];

          if (!g_str_equal (goal->level, levels[l]))
            continue;
          g->goal_id[i] = insert (g, S_GOAL, "rltttitt",
                                  goal->parent ? g->goal_id[goal->parent] : (gint64) 0,
                                  g->focus_id[goal->focus_area], goal->level, goal->title,
                                  goal->description, position++, at, ORG_BY);
        }
    }

  for (guint c = 0; c < DEMO_N_COMPETENCES; c++)
    g->competence_id[c] = insert (g, S_COMPETENCE, "ttitt", demo_competences[c].name,
                                  demo_competences[c].description, (int) c, at, ORG_BY);

  for (guint c = 1; c < DEMO_N_COMPONENTS; c++)
    g->component_id[c] = insert (g, S_COMPONENT, "ttttt", demo_components[c].name,
                                 demo_components[c].provider, demo_components[c].description,
                                 at, ORG_BY);

  /* Portfolio defaults for the tolerances. */
  insert (g, S_TOLERANCE, "rtiitt", (gint64) 0, "time", default_tolerances.time_yellow,
          default_tolerances.time_red, at, ORG_BY);
  insert (g, S_TOLERANCE, "rtiitt", (gint64) 0, "cost", default_tolerances.cost_yellow,
          default_tolerances.cost_red, at, ORG_BY);
  insert (g, S_TOLERANCE, "rtiitt", (gint64) 0, "benefits",
          default_tolerances.benefits_yellow, default_tolerances.benefits_red, at, ORG_BY);

  for (guint f = 0; f < DEMO_N_FORUMS; f++)
    {
      const DemoForum *forum = &demo_forums[f];
      const guint8 *groups[] = { forum->members, forum->advisers, forum->observers,
                                 forum->substitutes };
      const char *roles[] = { "member", "adviser", "observer", "substitute" };
      const char *by = person_name (forum->secretary);
      int position = 0;

      g->forum_id[f] = insert (g, S_FORUM, "tttriitittt", forum->name, forum->short_name,
                               forum->description, g->agency_id[forum->agency], 0, 2,
                               forum->default_start, (int) forum->default_minutes,
                               forum->default_place, at, by);
      insert (g, S_FORUM_MEMBER, "lltitt", g->forum_id[f], g->person_id[forum->chair], "chair",
              position++, at, by);
      for (guint r = 0; r < G_N_ELEMENTS (groups); r++)
        for (const guint8 *p = groups[r]; *p != P_NONE; p++)
          insert (g, S_FORUM_MEMBER, "lltitt", g->forum_id[f], g->person_id[*p], roles[r],
                  position++, at, by);
      insert (g, S_FORUM_MEMBER, "lltitt", g->forum_id[f], g->person_id[forum->secretary],
              "secretary", position++, at, by);

      for (guint s = 0; s < G_N_ELEMENTS (standing_items); s++)
        insert (g, S_STANDING, "litttiitt", g->forum_id[f], (int) s, standing_items[s].kind,
                standing_items[s].title, item_type_names[standing_items[s].type],
                (int) standing_items[s].minutes, (int) standing_items[s].at_end, at, by);
    }
}

/* ── Meetings: when they are, and their case numbers ───────────────────────────────── */

static int
parse_minute (const char *hhmm)
{
  return atoi (hhmm) * 60 + atoi (hhmm + 3);
}

/* Nobody holds a leadership meeting in the summer holiday or at Christmas. */
static gboolean
is_holiday (Day day)
{
  int m, d;

  day_split (day, NULL, &m, &d);
  return m == 7 || (m == 12 && d >= 20) || (m == 1 && d <= 5);
}

static Day
avoid_holidays (Day day,
                int weeks)
{
  while (is_holiday (day))
    day = (Day) ((int) day + 7 * weeks);
  return day;
}

static void
plan_meetings (Gen *g)
{
  int counter[DEMO_N_FORUMS] = { 0 };
  int counter_year[DEMO_N_FORUMS] = { 0 };

  g->meetings = g_new0 (Meeting, demo_n_meetings);
  for (guint i = 0; i < demo_n_meetings; i++)
    {
      const DemoMeeting *dm = &demo_meetings[i];
      Meeting *m = &g->meetings[i];
      int weekday = dm->forum == FORUM_LEDERGRUPPEN ? 2 : 4;
      int minutes = 0;
      Day day;

      switch (dm->when)
        {
        case DEMO_MEETING_RECENT:
          for (day = g->today - 6; day_weekday (day) != weekday; day--)
            ;
          day = avoid_holidays (day, -1);
          break;
        case DEMO_MEETING_NEXT:
          for (day = g->today + 3; day_weekday (day) != weekday; day++)
            ;
          day = avoid_holidays (day, 1);
          break;
        case DEMO_MEETING_LATER:
          for (day = g->today + 42; day_weekday (day) != weekday; day++)
            ;
          day = avoid_holidays (day, 1);
          break;
        default:
          day = day_nearest_weekday (month_day (g->today_mi + dm->when,
                                                dm->forum == FORUM_LEDERGRUPPEN ? 10 : 12),
                                     weekday);
          day = avoid_holidays (day, -1);
        }

      m->index = i;
      m->forum = dm->forum;
      m->state = dm->state;
      m->day = day;
      m->mi = day_month (day);
      m->case_year = day_year (day);
      m->start_minute = parse_minute (demo_forums[dm->forum].default_start);
      for (guint s = 0; s < G_N_ELEMENTS (standing_items); s++)
        minutes += standing_items[s].minutes;
      for (guint c = 0; c < dm->n_cases; c++)
        minutes += dm->cases[c].minutes;
      m->planned_minutes = minutes;
      m->end_minute = m->start_minute + (minutes + 14) / 15 * 15;

      /* Case numbers run per forum and calendar year; a draft has none yet. */
      if (dm->state != MEETING_STATE_DRAFT)
        {
          if (counter_year[dm->forum] != m->case_year)
            {
              counter_year[dm->forum] = m->case_year;
              counter[dm->forum] = 0;
            }
          for (guint c = 0; c < dm->n_cases; c++)
            m->case_seq[c] = ++counter[dm->forum];
        }
    }

  for (guint i = 0; i < demo_n_meetings; i++)
    {
      Meeting *m = &g->meetings[i];

      m->updated_at = stamp_text (g->today - 2, 12 * 60, 0);

      if (m->state >= MEETING_STATE_NOTICE_SENT)
        {
          Day sent = m->day - 7;

          if (sent >= g->today)
            sent = g->today - 1;
          m->notice_sent_at = local_stamp (sent, 14 * 60);
          m->updated_at = m->notice_sent_at;
        }
      if (m->state >= MEETING_STATE_HELD)
        {
          m->held_at = local_stamp (m->day, m->end_minute);
          m->updated_at = m->held_at;
        }
      if (m->state == MEETING_STATE_MINUTES_APPROVED)
        {
          const Meeting *next = NULL;

          /* Ledergruppen approves the minutes in its next meeting, Porteføljerådet by
           * e-mail a week later. */
          if (m->forum == FORUM_LEDERGRUPPEN)
            for (guint j = i + 1; j < demo_n_meetings && next == NULL; j++)
              if (g->meetings[j].forum == m->forum && g->meetings[j].state >= MEETING_STATE_HELD)
                next = &g->meetings[j];
          if (next != NULL)
            m->minutes_approved_at = local_stamp (next->day, next->start_minute + 10);
          else
            m->minutes_approved_at = local_stamp (day_workday (m->day + 7), 10 * 60);
          m->updated_at = m->minutes_approved_at;
        }
    }
}

/* The meeting's case number of one of its cases, "12/26", or NULL. */
static char *
case_number (const Meeting *m,
             guint          c)
{
  if (m->case_seq[c] == 0)
    return NULL;
  return g_strdup_printf ("%02u/%02d", m->case_seq[c], m->case_year % 100);
}

/* Does one of the meetings decide @gate for @base? Returns the case, and the meeting. */
static const DemoCase *
find_gate_case (guint  base,
                guint8 gate,
                guint *meeting)
{
  for (guint i = 0; i < demo_n_meetings; i++)
    for (guint c = 0; c < demo_meetings[i].n_cases; c++)
      {
        const DemoCase *dc = &demo_meetings[i].cases[c];

        if (dc->initiative == DEMO_REF (base) && dc->gate == gate && gate != DEMO_GATE_NONE
            && demo_meetings[i].state >= MEETING_STATE_HELD)
          {
            *meeting = i;
            return dc;
          }
      }
  return NULL;
}

static const DemoCase *
find_pilot_case (guint  base,
                 guint *meeting)
{
  for (guint i = 0; i < demo_n_meetings; i++)
    for (guint c = 0; c < demo_meetings[i].n_cases; c++)
      {
        const DemoCase *dc = &demo_meetings[i].cases[c];

        if (dc->initiative == DEMO_REF (base) && dc->pilot_decision != DEMO_PILOT_NONE
            && demo_meetings[i].state >= MEETING_STATE_HELD)
          {
            *meeting = i;
            return dc;
          }
      }
  return NULL;
}

/* ── Initiatives: when things happen ───────────────────────────────────────────────── */

static int
resolve_month (Gen *g,
               int  value)
{
  if (value == DEMO_NEVER)
    return NEVER_MI;
  if (DEMO_IS_AT_MEETING (value))
    return g->meetings[DEMO_MEETING_OF (value)].mi;
  return g->today_mi + value;
}

static Day
resolve_day (Gen *g,
             int  value,
             Rng *rng)
{
  if (value == DEMO_NEVER)
    return 0;
  if (DEMO_IS_AT_MEETING (value))
    return g->meetings[DEMO_MEETING_OF (value)].day;
  return day_workday (month_day (g->today_mi + value, rng_int (rng, 3, 24)));
}

static int
phase_at (const Init *in,
          int         mi)
{
  int phase = -1;

  for (int p = 0; p < DEMO_N_PHASES; p++)
    if (in->phase_mi[p] != NEVER_MI && in->phase_mi[p] <= mi)
      phase = p;
  return phase;
}

static int
current_phase (const Init *in)
{
  int last = in->end_mi != NEVER_MI ? in->end_mi : G_MAXINT - 1;
  int phase = -1;

  for (int p = 0; p < DEMO_N_PHASES; p++)
    if (in->phase_mi[p] != NEVER_MI && in->phase_mi[p] <= last)
      phase = p;
  return MAX (phase, 0);
}

static gboolean
is_ended (const DemoInitiative *base)
{
  return base->lifecycle == DEMO_LIFE_CLOSED || base->lifecycle == DEMO_LIFE_STOPPED
         || base->lifecycle == DEMO_LIFE_MERGED;
}

static gint64
round_to (double value,
          gint64 step)
{
  return (gint64) floor (value / step + 0.5) * step;
}

static void
make_base_codes (Gen *g)
{
  int fj = 4;

  for (guint b = 0; b < DEMO_N_INITIATIVES; b++)
    {
      const DemoInitiative *base = &demo_initiatives[b];
      int first = NEVER_MI;
      int year, n = 0;

      g_free (g->base_codes[b]);
      for (int p = 0; p < DEMO_N_PHASES; p++)
        first = MIN (first, resolve_month (g, base->phase[p]));
      year = first / 12;

      if (g_str_equal (base->prefix, "FJ"))
        {
          g->base_codes[b] = g_strdup_printf ("FJ-%03d", fj);
          fj += 1 + (int) (b % 3);
          continue;
        }
      for (guint o = 0; o < b; o++)
        {
          const DemoInitiative *other = &demo_initiatives[o];
          int other_first = NEVER_MI;

          for (int p = 0; p < DEMO_N_PHASES; p++)
            other_first = MIN (other_first, resolve_month (g, other->phase[p]));
          if (g_str_equal (other->prefix, base->prefix) && other_first / 12 == year)
            n++;
        }
      g->base_codes[b] = g_strdup_printf ("%s-%d-%02d", base->prefix, year,
                                          n * 2 + 1 + (int) (b % 2));
    }
}

static const char *
partner_for (const DemoInitiative *base)
{
  for (const char *p = base->agencies; p && *p; p++)
    if (p[1] == 'p')
      for (guint a = 1; a < DEMO_N_AGENCIES; a++)
        if (demo_agencies[a].letter == *p && a != base->agency
            && g_str_equal (demo_agencies[a].kind, "municipality"))
          return demo_agencies[a].name;

  if (g_str_equal (demo_agencies[base->agency].kind, "municipality"))
    {
      switch (base->agency)
        {
        case AG_FJORDVIK:
          return "enhetene i Fjordvik";
        case AG_NORDSTRAND:
          return "enhetene i Nordstrand";
        case AG_LAGDAL:
          return "enhetene i Lågdal";
        default:
          return "enhetene i Øyvær";
        }
    }
  if (base->agency == AG_STATSFORVALTER)
    return "avdelingene hos Statsforvalteren";
  return "kommunene";
}

static void
setup_init (Gen  *g,
            Init *in,
            guint copy,
            guint b)
{
  const DemoInitiative *base = &demo_initiatives[b];
  Rng rng = rng_make (g->seed, 1, copy, b);
  Tolerances tol = default_tolerances;
  int first_report = NEVER_MI;

  in->base = b;
  in->copy = copy;
  if (copy == 0)
    {
      in->code = g_strdup (g->base_codes[b]);
      in->title = g_strdup (base->title);
    }
  else
    {
      guint n_variants = g_strv_length ((char **) demo_copy_variants);
      guint v = (copy - 1) % n_variants;
      guint round = (copy - 1) / n_variants;

      in->code = g_strdup_printf ("%s-%03u", g->base_codes[b], copy);
      if (round == 0)
        in->title = g_strdup_printf ("%s – %s", base->title, demo_copy_variants[v]);
      else
        in->title = g_strdup_printf ("%s – %s %u", base->title, demo_copy_variants[v],
                                     round + 1);
    }
  in->partner = partner_for (base);

  in->first_mi = NEVER_MI;
  for (int p = 0; p < DEMO_N_PHASES; p++)
    {
      in->phase_mi[p] = resolve_month (g, base->phase[p]);
      in->phase_day[p] = resolve_day (g, base->phase[p], &rng);
      if (in->phase_mi[p] < in->first_mi)
        {
          in->first_mi = in->phase_mi[p];
          in->start_day = in->phase_day[p];
        }
      if (p >= DEMO_PHASE_CONCEPT && in->phase_mi[p] < first_report)
        first_report = in->phase_mi[p];
    }
  in->end_mi = resolve_month (g, base->end);
  in->end_day = resolve_day (g, base->end, &rng);
  in->planned_end_mi = resolve_month (g, base->planned_end);
  in->planned_end_day = base->planned_end == DEMO_NEVER
                        ? 0 : day_workday (month_day (in->planned_end_mi, rng_int (&rng, 14, 26)));
  if (base->kind == DEMO_KIND_IDEA || first_report == NEVER_MI)
    {
      in->first_report_mi = NEVER_MI;
      in->last_report_mi = NEVER_MI - 1;
    }
  else
    {
      in->first_report_mi = MAX (first_report, g->history_mi);
      in->last_report_mi = is_ended (base) ? in->end_mi : g->today_mi;
    }

  for (guint s = 0; s < 3; s++)
    in->story_mi[s] = base->story[s] == ST_NONE
                      ? NEVER_MI
                      : g->today_mi + base->story_at[s] + (copy ? rng_int (&rng, -2, 0) : 0);

  for (guint i = 0; i < G_N_ELEMENTS (own_tolerances); i++)
    if (own_tolerances[i].base == b)
      tol = own_tolerances[i].tolerances;
  in->slip[DEMO_RAG_GREY] = 0;
  in->slip[DEMO_RAG_GREEN] = rng_int (&rng, -5, MAX (0, tol.time_yellow - 12));
  in->slip[DEMO_RAG_YELLOW] = rng_int (&rng, tol.time_yellow + 8, tol.time_red - 10);
  in->slip[DEMO_RAG_RED] = rng_int (&rng, tol.time_red + 10, tol.time_red + 80);
  in->factor[DEMO_RAG_GREY] = 1.0;
  in->factor[DEMO_RAG_GREEN] = 1.0 + rng_int (&rng, -3, MAX (-3, tol.cost_yellow - 2)) / 100.0;
  in->factor[DEMO_RAG_YELLOW] = 1.0 + rng_int (&rng, tol.cost_yellow + 1,
                                               MAX (tol.cost_yellow + 1, tol.cost_red - 1))
                                      / 100.0;
  in->factor[DEMO_RAG_RED] = 1.0 + rng_int (&rng, tol.cost_red + 2, tol.cost_red + 8) / 100.0;
  in->shortfall[DEMO_RAG_GREY] = 0;
  in->shortfall[DEMO_RAG_GREEN] = rng_int (&rng, 0, MAX (0, tol.benefits_yellow - 3)) / 100.0;
  in->shortfall[DEMO_RAG_YELLOW] = rng_int (&rng, tol.benefits_yellow + 4,
                                            tol.benefits_red - 3) / 100.0;
  in->shortfall[DEMO_RAG_RED] = rng_int (&rng, tol.benefits_red + 5, tol.benefits_red + 25)
                                / 100.0;

  in->frame_mi = NEVER_MI;
  in->revised_mi = NEVER_MI;
  if (base->p50 > 0)
    {
      double jitter = copy == 0 ? rng_double (&rng, 0.95, 1.05) : rng_double (&rng, 0.8, 1.25);

      in->p50 = round_to (base->p50 * 1000.0 * jitter, 10000);
      in->p85 = round_to (in->p50 * rng_double (&rng, 1.12, 1.22), 100000);
      if (in->p85 <= in->p50)
        in->p85 = in->p50 + 100000;
      if (in->phase_mi[DEMO_PHASE_EXECUTION] <= g->today_mi
          && in->phase_mi[DEMO_PHASE_EXECUTION] <= (in->end_mi == NEVER_MI ? G_MAXINT
                                                                            : in->end_mi))
        {
          in->frame_mi = in->phase_mi[DEMO_PHASE_EXECUTION];
          in->frame_day = in->phase_day[DEMO_PHASE_EXECUTION];
        }
    }
}

/* ── Status: how the colours move ──────────────────────────────────────────────────── */

typedef struct
{
  int         n;
  guint8      rag[MAX_MONTHS][DEMO_N_DIMS];
  guint8      sugg[MAX_MONTHS][DEMO_N_DIMS];
  const char *override[MAX_MONTHS][DEMO_N_DIMS];
  const char *comment[MAX_MONTHS][DEMO_N_DIMS];
  const char *summary[MAX_MONTHS];
  const char *decisions[MAX_MONTHS];
  gboolean    paused[MAX_MONTHS];
  guint8      phase[MAX_MONTHS];
  guint8      overall[MAX_MONTHS];
  Day         published[MAX_MONTHS];   /* 0: no report; the day it was published or drafted */
  gboolean    draft[MAX_MONTHS];
  int         minute[MAX_MONTHS];
} Sim;

typedef struct
{
  guint8      rag[DEMO_N_DIMS];
  guint8      sugg[DEMO_N_DIMS];
  const char *override[DEMO_N_DIMS];
} DimState;

static void
apply_events (const Init *in,
              int         mi,
              DimState   *state,
              Sim        *sim,
              int         k)
{
  const DemoInitiative *base = &demo_initiatives[in->base];

  for (guint s = 0; s < 3; s++)
    {
      const DemoStory *story;

      if (in->story_mi[s] == NEVER_MI)
        continue;
      story = &demo_stories[base->story[s]];
      for (guint e = 0; e < story->n_events; e++)
        {
          const DemoStoryEvent *ev = &story->events[e];

          if (in->story_mi[s] + ev->at != mi)
            continue;
          state->rag[ev->dim] = ev->rag;
          state->sugg[ev->dim] = ev->suggested != DEMO_RAG_SAME ? ev->suggested : ev->rag;
          state->override[ev->dim] = ev->suggested != DEMO_RAG_SAME ? ev->override_reason
                                                                    : NULL;
          if (sim != NULL)
            {
              sim->comment[k][ev->dim] = ev->comment;
              if (ev->summary)
                sim->summary[k] = ev->summary;
              if (ev->decisions_needed)
                sim->decisions[k] = ev->decisions_needed;
            }
        }
    }
}

/* The overall colour is the worst of the seven, grey only when nothing is assessed. */
static guint8
overall_of (const guint8 *rag)
{
  guint8 worst = DEMO_RAG_GREY;

  for (int d = 0; d < DEMO_N_DIMS; d++)
    worst = MAX (worst, rag[d]);
  return worst;
}

static void
simulate (Gen  *g,
          Init *in,
          Sim  *sim)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Rng rng = rng_make (g->seed, 2, in->copy, in->base);
  DimState state;
  int earliest = in->first_report_mi;

  memset (sim, 0, sizeof *sim);
  if (in->first_report_mi == NEVER_MI)
    return;
  sim->n = in->last_report_mi - in->first_report_mi + 1;

  for (int d = 0; d < DEMO_N_DIMS; d++)
    {
      state.rag[d] = state.sugg[d] = DEMO_RAG_GREEN;
      state.override[d] = NULL;
    }

  /* Stories that began before the history still colour its first month. */
  for (guint s = 0; s < 3; s++)
    earliest = MIN (earliest, in->story_mi[s]);
  for (int mi = earliest; mi < in->first_report_mi; mi++)
    apply_events (in, mi, &state, NULL, 0);

  for (int k = 0; k < sim->n; k++)
    {
      int mi = in->first_report_mi + k;
      int phase = MAX (phase_at (in, mi), 0);

      apply_events (in, mi, &state, sim, k);

      /* Cost and benefits are not assessed before there is an estimate and a plan. */
      for (int d = DEMO_DIM_COST; d <= DEMO_DIM_BENEFITS; d++)
        {
          if (phase < DEMO_PHASE_PLANNING && state.rag[d] == DEMO_RAG_GREEN)
            state.rag[d] = state.sugg[d] = DEMO_RAG_GREY;
          else if (phase >= DEMO_PHASE_PLANNING && state.rag[d] == DEMO_RAG_GREY)
            state.rag[d] = state.sugg[d] = DEMO_RAG_GREEN;
        }

      if (base->lifecycle == DEMO_LIFE_PAUSED && mi > in->end_mi)
        {
          sim->paused[k] = TRUE;
          for (int d = 0; d < DEMO_N_DIMS; d++)
            {
              state.rag[d] = state.sugg[d] = DEMO_RAG_GREY;
              state.override[d] = NULL;
            }
        }

      memcpy (sim->rag[k], state.rag, sizeof state.rag);
      memcpy (sim->sugg[k], state.sugg, sizeof state.sugg);
      memcpy (sim->override[k], state.override, sizeof state.override);
      sim->phase[k] = (guint8) phase;
      sim->overall[k] = overall_of (state.rag);

      /* Reports are due around the 25th; a few come in early in the next month. */
      {
        Day due = rng_chance (&rng, 10) ? month_day (mi + 1, rng_int (&rng, 1, 4))
                                        : month_day (mi, rng_int (&rng, 18, 30));
        gboolean last = k == sim->n - 1;

        sim->minute[k] = rng_int (&rng, 7 * 60, 14 * 60 + 59);
        if (due <= g->today || (is_ended (base) && last))
          sim->published[k] = MIN (due, g->today);
        else if (mi < g->today_mi || rng_chance (&rng, 70))
          {
            sim->published[k] = g->today - (mi < g->today_mi ? 1 : rng_int (&rng, 0, 3));
            sim->draft[k] = TRUE;
          }
      }
    }

  in->current_overall = sim->n > 0 ? sim->overall[sim->n - 1] : DEMO_RAG_GREY;
}

/* The suggested colour of a dimension in a month, green outside the history. */
static guint8
sugg_at (const Init *in,
         const Sim  *sim,
         int         dim,
         int         mi)
{
  int k;

  if (sim->n == 0 || mi < in->first_report_mi)
    return DEMO_RAG_GREEN;
  k = MIN (mi - in->first_report_mi, sim->n - 1);
  return sim->sugg[k][dim];
}

static gint64
p50_at (const Init *in,
        int         mi)
{
  if (in->frame_mi == NEVER_MI || mi < in->frame_mi)
    return 0;
  if (in->revised_mi != NEVER_MI && mi >= in->revised_mi)
    return in->p50_revised;
  return in->p50;
}

/* ── Initiatives: rows ─────────────────────────────────────────────────────────────── */

static const char *
pool_pick (const char *const *pool,
           Rng               *rng)
{
  guint n = 0;

  while (pool[n] != NULL)
    n++;
  return n ? pool[rng_int (rng, 0, (int) n - 1)] : "";
}

/* The @step'th line of a pool, going round, so a report does not repeat last month's
 * sentence; waterfall projects do not talk about sprints. */
static const char *
pool_line (const char *const *pool,
           int                step,
           guint8             method)
{
  guint n = 0;

  while (pool[n] != NULL)
    n++;
  if (n == 0)
    return "";
  for (guint tries = 0; tries < n; tries++, step++)
    {
      const char *line = pool[(guint) step % n];

      if (method != DEMO_METHOD_WATERFALL || strstr (line, "print") == NULL)
        return line;
    }
  return pool[0];
}

/* "tid", "tid og kostnad", "tid, kostnad og risiko" */
static void
append_dimension_list (GString      *out,
                       const guint8 *rag,
                       guint8        colour)
{
  int n = 0, seen = 0;

  for (int d = 0; d < DEMO_N_DIMS; d++)
    n += rag[d] == colour;
  for (int d = 0; d < DEMO_N_DIMS; d++)
    {
      if (rag[d] != colour)
        continue;
      if (seen > 0)
        g_string_append (out, seen == n - 1 ? " og " : ", ");
      g_string_append (out, demo_dimension_names[d]);
      seen++;
    }
}

static char *
deviation_summary (const guint8 *rag,
                   int           step)
{
  GString *out = g_string_new (NULL);
  gboolean red = FALSE, yellow = FALSE;

  for (int d = 0; d < DEMO_N_DIMS; d++)
    {
      red |= rag[d] == DEMO_RAG_RED;
      yellow |= rag[d] == DEMO_RAG_YELLOW;
    }
  if (red)
    {
      g_string_append (out, "Rødt på ");
      append_dimension_list (out, rag, DEMO_RAG_RED);
    }
  if (yellow)
    {
      g_string_append (out, red ? ", gult på " : "Gult på ");
      append_dimension_list (out, rag, DEMO_RAG_YELLOW);
    }
  g_string_append (out, ". ");
  g_string_append (out, pool_line (demo_deviation_pool, step, DEMO_METHOD_AGILE));
  return g_string_free (out, FALSE);
}

static void
insert_reports (Gen        *g,
                const Init *in,
                const Sim  *sim,
                gint64      author,
                const char *author_name)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Rng rng = rng_make (g->seed, 3, in->copy, in->base);
  const char *component = base->component[0] ? demo_components[base->component[0]].name
                                             : "fagsystemet";
  int percent = 0;
  int offset = rng_int (&rng, 0, 59);

  for (int k = 0; k < sim->n; k++)
    {
      int mi = in->first_report_mi + k;
      int phase = sim->phase[k];
      gboolean last = k == sim->n - 1 && is_ended (base);
      g_autofree char *summary = NULL;
      g_autofree char *achievements = NULL;
      g_autofree char *next = NULL;
      g_autofree char *decisions = NULL;
      g_autofree char *m1 = g_strdup (demo_month_names[(mi + 2) % 12]);
      g_autofree char *m2 = g_strdup (demo_month_names[(mi + 5) % 12]);
      g_autofree char *year = g_strdup_printf ("%d", mi / 12);
      Placeholder values[] = {
        { "K", component, FALSE },
        { "L", base->supplier ? base->supplier : "leverandøren", TRUE },
        { "P", in->partner, TRUE },
        { "M1", m1, FALSE },
        { "M2", m2, FALSE },
        { "Y", year, FALSE },
      };
      Text published, stamp;
      gint64 report, forecast_cost = 0, p50 = p50_at (in, mi);
      Text forecast_end = { "" };
      gboolean has_end = FALSE;
      guint8 gate = phase_gate[phase];

      if (sim->published[k] == 0)
        continue;

      /* What the report says. */
      if (sim->paused[k])
        summary = g_strdup ("Tiltaket er satt på pause etter vedtak i Ledergruppen. Ingen "
                            "aktivitet i perioden.");
      else if (last && base->lifecycle == DEMO_LIFE_STOPPED)
        summary = g_strdup ("Tiltaket er stoppet etter vedtak. Erfaringene er dokumentert i et "
                            "sluttnotat.");
      else if (last && base->lifecycle == DEMO_LIFE_MERGED)
        summary = g_strdup_printf ("Tiltaket er slått sammen med %s; videre rapportering skjer "
                                   "der.",
                                   g->inits[in->copy * DEMO_N_INITIATIVES
                                            + base->merged_into - 1].title);
      else if (last && base->lifecycle == DEMO_LIFE_CLOSED)
        summary = g_strdup ("Sluttrapporten er godkjent, og tiltaket er avsluttet.");
      else if (sim->summary[k])
        summary = expand (sim->summary[k], values, G_N_ELEMENTS (values));
      else if (k > 0 && sim->phase[k - 1] != phase && gate != DEMO_GATE_NONE)
        summary = g_strdup (demo_gate_summary[gate]);
      else if (sim->overall[k] == DEMO_RAG_YELLOW || sim->overall[k] == DEMO_RAG_RED)
        summary = deviation_summary (sim->rag[k], offset + k);
      else
        summary = expand (pool_line (demo_summary_pool[phase], offset + k, base->method), values,
                          G_N_ELEMENTS (values));

      if (sim->paused[k])
        {
          achievements = g_strdup ("");
          next = g_strdup ("");
        }
      else
        {
          achievements = expand (pool_line (demo_achievement_pool[phase], offset + k + 1,
                                            base->method), values,
                                 G_N_ELEMENTS (values));
          next = last ? g_strdup ("")
                      : expand (pool_line (demo_next_pool[phase], offset + k + 2, base->method),
                                values, G_N_ELEMENTS (values));
        }

      if (sim->decisions[k])
        decisions = expand (sim->decisions[k], values, G_N_ELEMENTS (values));
      else if (phase + 1 < DEMO_N_PHASES && in->phase_mi[phase + 1] == mi + 1 && !last)
        decisions = g_strdup (demo_gate_decision_needed[phase_gate[phase + 1]]);
      else
        decisions = g_strdup ("");

      /* How far it has come, and the forecasts. */
      if (base->kind == DEMO_KIND_PRODUCT_TEAM)
        percent = -1;
      else if (phase <= DEMO_PHASE_CONCEPT)
        percent = MAX (percent, 0);
      else if (phase == DEMO_PHASE_PLANNING)
        percent = MAX (percent, 5);
      else if (phase == DEMO_PHASE_EXECUTION)
        {
          int start = in->phase_mi[DEMO_PHASE_EXECUTION];
          int span = in->planned_end_mi != NEVER_MI ? MAX (1, in->planned_end_mi - start) : 36;
          int value = 10 + 85 * (mi - start) / span;

          if (sim->rag[k][DEMO_DIM_TIME] == DEMO_RAG_YELLOW)
            value -= 5;
          else if (sim->rag[k][DEMO_DIM_TIME] == DEMO_RAG_RED)
            value -= 10;
          percent = MAX (percent, CLAMP (value, 10, 95));
        }
      else if (phase == DEMO_PHASE_CLOSING)
        percent = MAX (percent, 97);
      else
        percent = 100;

      if (p50 > 0)
        forecast_cost = round_to (p50 * in->factor[sim->sugg[k][DEMO_DIM_COST]], 10000);
      if (in->planned_end_day != 0 && base->kind != DEMO_KIND_PRODUCT_TEAM
          && phase < DEMO_PHASE_REALISATION && !sim->paused[k])
        {
          forecast_end = day_text (in->planned_end_day
                                   + in->slip[sim->sugg[k][DEMO_DIM_TIME]]);
          has_end = TRUE;
        }

      published = stamp_text (sim->published[k], sim->minute[k], 0);
      stamp = published;
      report = insert (g, S_REPORT, "ltttrttttttnrttt",
                       in->id, month_text (mi).s,
                       sim->draft[k] ? "draft" : "published",
                       sim->draft[k] ? NULL : published.s,
                       author, rag_names[sim->overall[k]], phase_names[phase],
                       summary, achievements, next, decisions, percent, forecast_cost,
                       has_end ? forecast_end.s : NULL, stamp.s, author_name);
      if (report == 0)
        return;

      for (int d = 0; d < DEMO_N_DIMS; d++)
        {
          guint8 rag = sim->rag[k][d];
          guint8 sugg = sim->sugg[k][d];
          gboolean basis;
          const char *reason = NULL;
          g_autofree char *comment = NULL;
          gboolean changed = k > 0 && sim->rag[k - 1][d] != rag;

          switch (d)
            {
            case DEMO_DIM_TIME:
              basis = in->planned_end_day != 0 && phase >= DEMO_PHASE_PLANNING;
              break;
            case DEMO_DIM_COST:
              basis = p50 > 0;
              break;
            case DEMO_DIM_BENEFITS:
              basis = phase >= DEMO_PHASE_EXECUTION;
              break;
            default:
              basis = FALSE;
            }
          if (sim->paused[k])
            basis = FALSE;
          if (basis && sugg != rag)
            reason = sim->override[k][d] ? sim->override[k][d]
                                         : "Tiltakseiers vurdering ut fra forhold som "
                                           "toleransene ikke fanger opp.";

          if (sim->comment[k][d] != NULL)
            comment = expand (sim->comment[k][d], values, G_N_ELEMENTS (values));
          else if (changed && sim->paused[k])
            comment = g_strdup ("Tiltaket er satt på pause; parameteren vurderes ikke i "
                                "perioden.");
          else if (changed)
            comment = g_strdup (demo_change_comment[d][rag]);
          else
            comment = g_strdup ("");

          insert (g, S_DIMENSION, "lttttttt", report, dimension_names[d], rag_names[rag],
                  basis ? rag_names[sugg] : NULL, reason, comment, stamp.s, author_name);
        }
    }
}

/* ── Money ─────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  guint  n;
  guint  item[4];
  gint64 amount[4];
} Descoping;

static guint
case_of_meeting (guint meeting,
                 guint base)
{
  const DemoMeeting *dm = &demo_meetings[meeting];

  for (guint c = 0; c < dm->n_cases; c++)
    if (dm->cases[c].initiative == DEMO_REF (base))
      return c;
  return 0;
}

/* Decides the descoping list and a revised frame before anything is written, because the
 * reports' forecasts depend on them. */
static void
plan_money (Gen       *g,
            Init      *in,
            Descoping *descoping)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Rng rng = rng_make (g->seed, 4, in->copy, in->base);
  guint n_pool = g_strv_length ((char **) demo_descoping_pool);

  memset (descoping, 0, sizeof *descoping);
  if (in->p50 <= 0)
    return;

  descoping->n = base->p50 >= 20000 ? 4 : 3;
  for (guint i = 0; i < descoping->n; i++)
    {
      guint item;
      gboolean taken;

      if (in->base == 1)
        item = i;   /* the list the Ledergruppen case talks about */
      else
        do
          {
            item = (guint) rng_int (&rng, 0, (int) n_pool - 1);
            taken = FALSE;
            for (guint j = 0; j < i; j++)
              taken |= descoping->item[j] == item;
          }
        while (taken);
      descoping->item[i] = item;
      descoping->amount[i] = round_to (in->p50 * rng_double (&rng, 0.02, 0.05), 10000);
    }

  if (in->frame_mi == NEVER_MI)
    return;

  if (base->frame_revised_at)
    {
      const Meeting *m = &g->meetings[base->frame_revised_at - 1];

      in->revised_mi = m->mi;
      in->revised_day = m->day;
      if (in->base == 1)
        in->p50_revised = in->p50 - descoping->amount[0] - descoping->amount[1]
                          - descoping->amount[2];
      else
        in->p50_revised = MIN (round_to (in->p50 * 1.06, 10000), in->p85);
    }
  else if (in->frame_mi <= g->today_mi - 24 && rng_chance (&rng, 30))
    {
      in->revised_mi = in->frame_mi + 12;
      in->revised_day = day_workday (month_day (in->revised_mi, 15));
      in->p50_revised = round_to (in->p50 * 1.035, 10000);
    }
}

static void
insert_frames (Gen             *g,
               const Init      *in,
               const Descoping *descoping,
               const char      *at,
               const char      *by)
{
  const DemoInitiative *base = &demo_initiatives[in->base];

  for (guint i = 0; i < descoping->n; i++)
    insert (g, S_DESCOPE, "litltt", in->id, (int) i + 1, demo_descoping_pool[descoping->item[i]],
            descoping->amount[i],
            in->frame_mi != NEVER_MI ? day_stamp (in->frame_day).s : at, by);

  if (in->frame_mi == NEVER_MI)
    return;

  insert (g, S_FRAME, "ltllittt", in->id, day_text (in->frame_day).s, in->p50, in->p85,
          day_year (in->frame_day),
          base->flags & DEMO_FLAG_STATE_PROJECT_MODEL
            ? "Styringsramme og kostnadsramme fastsatt ved BP3 etter ekstern kvalitetssikring "
              "(KS2)."
            : "Styringsramme og kostnadsramme fastsatt ved BP3.",
          day_stamp (in->frame_day).s, by);

  if (in->revised_mi == NEVER_MI)
    return;

  if (base->frame_revised_at)
    {
      guint meeting = base->frame_revised_at - 1;
      const Meeting *m = &g->meetings[meeting];
      g_autofree char *number = case_number (m, case_of_meeting (meeting, in->base));
      g_autofree char *note = NULL;

      if (in->base == 1)
        note = g_strdup_printf ("Styringsrammen er redusert med kuttliste punkt 1–3; "
                                "kostnadsrammen står fast. Vedtak i %s, sak %s.",
                                demo_forums[m->forum].name, number ? number : "");
      else
        note = g_strdup_printf ("Styringsrammen er økt innenfor kostnadsrammen. Vedtak i %s, "
                                "sak %s.", demo_forums[m->forum].name, number ? number : "");
      insert (g, S_FRAME, "ltllittt", in->id, day_text (in->revised_day).s, in->p50_revised,
              in->p85, day_year (in->frame_day), note, day_stamp (in->revised_day).s, by);
    }
  else
    {
      int year = day_year (in->revised_day);
      g_autofree char *note = g_strdup_printf ("Prisjustert til %d-kroner.", year);

      insert (g, S_FRAME, "ltllittt", in->id, day_text (in->revised_day).s, in->p50_revised,
              MAX (round_to (in->p85 * 1.035, 100000), in->p50_revised), year, note,
              day_stamp (in->revised_day).s, by);
    }
}

static gint64
annual_amount (const Init *in,
               int         year,
               Rng        *rng)
{
  const DemoInitiative *base = &demo_initiatives[in->base];

  if (in->p50 > 0)
    {
      int start = in->phase_mi[DEMO_PHASE_EXECUTION];
      int end;
      int overlap;

      if (start == NEVER_MI)
        start = MAX (in->first_mi + 12, in->first_mi);
      end = in->planned_end_mi != NEVER_MI ? MAX (in->planned_end_mi, start + 1) : start + 36;
      overlap = MIN (end, year * 12 + 11) - MAX (start, year * 12) + 1;
      if (overlap > 0)
        return round_to ((double) in->p50 * overlap / (end - start + 1), 10000);
      if (year * 12 + 11 < start)
        return round_to (MAX (300000.0, in->p50 * 0.04), 10000);
      return 0;
    }
  return round_to (base->annual * 1000.0 * rng_double (rng, 0.92, 1.08), 10000);
}

static void
insert_budget (Gen        *g,
               const Init *in,
               const Sim  *sim,
               const char *by)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Rng rng = rng_make (g->seed, 5, in->copy, in->base);
  int today_year = g->today_mi / 12;
  int first_year = MAX (day_year (in->start_day), g->history_mi / 12);
  int last_mi = g->today_mi;
  int last_year;

  if (base->kind == DEMO_KIND_IDEA)
    return;
  if (is_ended (base))
    last_mi = in->end_mi;
  else if (in->phase_mi[DEMO_PHASE_REALISATION] <= g->today_mi)
    last_mi = in->phase_mi[DEMO_PHASE_REALISATION];
  last_year = MIN (today_year, last_mi / 12);

  for (int year = first_year; year <= last_year; year++)
    {
      gint64 approved = annual_amount (in, year, &rng);
      gint64 revised = 0;
      Day last = 0;
      Day on;

      if (approved <= 0)
        continue;

      on = day_make (year, 1, 15);
      if (day_year (in->start_day) == year && in->start_day > on)
        on = in->start_day;
      if (on > g->today)
        continue;
      insert (g, S_BUDGET, "litlrrrttt", in->id, year, day_text (on).s, approved, (gint64) 0,
              approved, (gint64) 0, "Vedtatt budsjett", day_stamp (on).s, by);
      last = on;

      on = day_make (year, 5, 31);
      if (on > last && on <= g->today && (year == today_year || rng_chance (&rng, 60)))
        {
          double factor = in->factor[sugg_at (in, sim, DEMO_DIM_COST, year * 12 + 4)];

          gint64 forecast;
          gint64 spent = 0;

          revised = rng_chance (&rng, 50) ? round_to (approved * rng_double (&rng, 1.0, 1.08),
                                                      10000)
                                          : 0;
          forecast = round_to (MAX (approved, revised) * factor, 10000);
          /* This year's accounts so far: four months of twelve, a little behind plan. */
          if (year == today_year)
            spent = round_to (forecast * 4.0 / 12.0 * rng_double (&rng, 0.85, 0.98), 1000);
          insert (g, S_BUDGET, "litlrrrttt", in->id, year, day_text (on).s, approved, revised,
                  forecast, spent, "Revidert etter 1. tertial", day_stamp (on).s, by);
          last = on;
        }

      on = day_make (year, 9, 30);
      if (on > last && on <= g->today && year == today_year)
        {
          double factor = in->factor[sugg_at (in, sim, DEMO_DIM_COST, year * 12 + 8)];

          gint64 forecast = round_to (MAX (approved, revised) * factor, 10000);
          gint64 spent = round_to (forecast * 8.0 / 12.0 * rng_double (&rng, 0.88, 0.99), 1000);

          insert (g, S_BUDGET, "litlrrrttt", in->id, year, day_text (on).s, approved, revised,
                  forecast, spent, "Prognose etter 2. tertial", day_stamp (on).s, by);
          last = on;
        }

      on = day_make (year + 1, 2, 15);
      if (year < today_year && on <= g->today)
        {
          double factor = in->factor[sugg_at (in, sim, DEMO_DIM_COST, year * 12 + 11)];
          gint64 actual = round_to (MAX (approved, revised) * factor
                                    * rng_double (&rng, 0.97, 1.02), 1000);

          insert (g, S_BUDGET, "litlrrrttt", in->id, year, day_text (on).s, approved,
                  revised, actual, actual, "Regnskap", day_stamp (on).s, by);
        }
    }

  /* Next year's frame in the economic plan, before the budget is adopted in December. */
  if (!is_ended (base) && base->lifecycle != DEMO_LIFE_PAUSED
      && g->today >= day_make (today_year, 10, 20)
      && in->phase_mi[DEMO_PHASE_REALISATION] > g->today_mi
      && (in->planned_end_mi == NEVER_MI || in->planned_end_mi >= (today_year + 1) * 12))
    {
      gint64 next = annual_amount (in, today_year + 1, &rng);
      Day on = day_make (today_year, 10, 20);

      if (next > 0)
        insert (g, S_BUDGET, "litlrrrttt", in->id, today_year + 1, day_text (on).s, (gint64) 0,
                (gint64) 0, next, (gint64) 0,
                "Økonomiplan: foreslått ramme, ikke vedtatt budsjett", day_stamp (on).s, by);
    }
}

/* ── Benefits ──────────────────────────────────────────────────────────────────────── */

static guint8
recipient_of (const DemoInitiative *base)
{
  for (const char *p = base->agencies; p && *p; p++)
    if (p[1] == 'b')
      for (guint a = 1; a < DEMO_N_AGENCIES; a++)
        if (demo_agencies[a].letter == *p)
          return (guint8) a;
  return base->agency;
}

static int
pick_benefit (guint8   focus,
              int      priced,      /* 1, 0, or -1 for either */
              int      avoid,
              Rng     *rng)
{
  int candidates[DEMO_N_FOCUS_AREAS * 8];
  int n = 0;

  for (guint i = 0; i < demo_n_benefits && n < (int) G_N_ELEMENTS (candidates); i++)
    if (demo_benefits[i].focus_area == focus && (int) i != avoid
        && (priced < 0 || demo_benefits[i].priced == priced))
      candidates[n++] = (int) i;
  return n ? candidates[rng_int (rng, 0, n - 1)] : -1;
}

static double
measurement_value (const Init        *in,
                   const Sim         *sim,
                   const DemoBenefit *t,
                   Day                day,
                   Day                target_day,
                   Rng               *rng)
{
  double progress = 0, shortfall = 0, value;

  if (in->phase_mi[DEMO_PHASE_EXECUTION] != NEVER_MI)
    {
      Day start = in->phase_day[DEMO_PHASE_EXECUTION];

      if (day > start && target_day > start)
        progress = CLAMP ((double) (day - start) / (double) (target_day - start), 0.0, 1.0);
      if (day > start)
        shortfall = in->shortfall[sugg_at (in, sim, DEMO_DIM_BENEFITS, day_month (day))];
    }
  value = t->baseline + (t->target - t->baseline) * progress * (1.0 - shortfall);
  if (progress > 0)
    value += fabs (t->target - t->baseline) * rng_double (rng, -0.03, 0.03);
  if (fabs (t->baseline) >= 100)
    return floor (value + 0.5);
  return floor (value * 10 + 0.5) / 10;
}

static void
insert_benefits (Gen        *g,
                 const Init *in,
                 const Sim  *sim,
                 const char *at,
                 const char *by)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Rng rng = rng_make (g->seed, 6, in->copy, in->base);
  static const double ramp[] = { 0.4, 0.7, 1.0, 1.0, 1.0 };
  int chosen[3] = { -1, -1, -1 };
  int n = 0;
  int exec_mi = in->phase_mi[DEMO_PHASE_EXECUTION];
  int start_year;
  int today_year = g->today_mi / 12;
  Day horizon = is_ended (base) ? in->end_day : g->today;
  Day baseline_day, target_day;

  if (base->kind == DEMO_KIND_IDEA)
    return;

  chosen[n] = pick_benefit (base->focus[0], 1, -1, &rng);
  if (chosen[n] >= 0)
    n++;
  if (!is_ended (base))
    {
      chosen[n] = pick_benefit (base->focus[0], 0, -1, &rng);
      if (chosen[n] >= 0)
        n++;
      if (base->focus[1] != FA_NONE)
        {
          chosen[n] = pick_benefit (base->focus[1], -1, n > 0 ? chosen[0] : -1, &rng);
          if (chosen[n] >= 0 && chosen[n] != chosen[0] && (n < 2 || chosen[n] != chosen[1]))
            n++;
        }
    }

  if (exec_mi == NEVER_MI || exec_mi > g->today_mi)
    exec_mi = g->today_mi + 6;
  start_year = exec_mi / 12 + 1;
  if (in->phase_mi[DEMO_PHASE_PLANNING] <= g->today_mi)
    baseline_day = in->phase_day[DEMO_PHASE_PLANNING];
  else
    baseline_day = in->start_day;
  target_day = month_day ((in->planned_end_mi != NEVER_MI ? in->planned_end_mi : exec_mi + 12)
                          + 24, 28);

  for (int i = 0; i < n; i++)
    {
      const DemoBenefit *t = &demo_benefits[chosen[i]];
      gint64 benefit, indicator;
      double per_year;
      int q;

      benefit = insert (g, S_BENEFIT, "ltttitrrrtt", in->id, t->title, t->description, t->kind,
                        (int) t->priced, t->unit,
                        person_ref (g, base->benefit_owner ? base->benefit_owner : base->owner),
                        g->agency_id[recipient_of (base)], g->goal_id[base->goal[0]], at, by);

      if (t->priced)
        per_year = (in->p50 > 0 ? (double) in->p50 : base->annual * 3000.0) * t->per_year
                   / 1000.0;
      else
        per_year = t->per_year;

      for (int y = 0; y < (int) G_N_ELEMENTS (ramp); y++)
        {
          int year = start_year + y;
          gint64 planned = t->priced ? round_to (per_year * ramp[y], 10000)
                                     : (gint64) floor (per_year * ramp[y] + 0.5);
          gint64 realised = -1;

          if (is_ended (base) && base->lifecycle != DEMO_LIFE_CLOSED && y > 2)
            break;
          if (year < today_year && phase_at (in, year * 12 + 11) >= DEMO_PHASE_EXECUTION
              && (!is_ended (base) || year <= in->end_mi / 12 + 2))
            {
              double shortfall = in->shortfall[sugg_at (in, sim, DEMO_DIM_BENEFITS,
                                                        year * 12 + 11)];
              double value = planned * (1.0 - shortfall) * rng_double (&rng, 0.97, 1.02);

              realised = t->priced ? round_to (value, 10000) : (gint64) floor (value + 0.5);
            }
          else if (year == today_year && phase_at (in, g->today_mi) >= DEMO_PHASE_EXECUTION
                   && !is_ended (base))
            {
              /* Realised so far this year: the months that have passed, as measured. */
              double shortfall = in->shortfall[sugg_at (in, sim, DEMO_DIM_BENEFITS,
                                                        g->today_mi)];
              double months = (double) (g->today_mi % 12) / 12.0;
              double value = planned * months * (1.0 - shortfall) * rng_double (&rng, 0.9, 1.0);

              realised = t->priced ? round_to (value, 10000) : (gint64) floor (value + 0.5);
            }
          if (realised >= 0)
            insert (g, S_BENEFIT_VALUE, "lilltt", benefit, year, planned, realised, at, by);
          else
            insert (g, S_BENEFIT_VALUE, "lilrtt", benefit, year, planned, (gint64) 0, at,
                    by);
        }

      indicator = insert (g, S_INDICATOR, "ltttftfttt", benefit, t->indicator,
                          t->indicator_unit, t->increase ? "increase" : "decrease",
                          t->baseline, day_text (baseline_day).s, t->target,
                          day_text (target_day).s, at, by);

      insert (g, S_MEASUREMENT, "ltfttt", indicator, day_text (baseline_day).s, t->baseline,
              "Nullpunktsmåling", at, by);
      for (q = day_month (baseline_day) / 3 + 1; ; q++)
        {
          Day day = month_day (q * 3 + 2, 31);

          if (day > horizon)
            break;
          if (day <= baseline_day)
            continue;
          insert (g, S_MEASUREMENT, "ltfttt", indicator, day_text (day).s,
                  measurement_value (in, sim, t, day, target_day, &rng), "",
                  stamp_text (MIN (day + 10, g->today), 9 * 60, 0).s, by);
        }
    }
}

/* ── Delivery: milestones and gate decisions ───────────────────────────────────────── */

typedef struct
{
  const char *title;
  guint8      gate;
  Day         baseline;
  Day         forecast;
  Day         actual;
} MilestoneRow;

static int
compare_milestones (gconstpointer a,
                    gconstpointer b)
{
  const MilestoneRow *x = a, *y = b;

  if (x->baseline != y->baseline)
    return x->baseline < y->baseline ? -1 : 1;
  return x->gate < y->gate ? -1 : x->gate > y->gate;
}

static int
slip_before (const Init *in,
             const Sim  *sim,
             int         mi,
             Rng        *rng)
{
  guint8 colour = sugg_at (in, sim, DEMO_DIM_TIME, mi - 1);

  if (colour == DEMO_RAG_GREEN || colour == DEMO_RAG_GREY)
    return rng_int (rng, -7, 12);
  return in->slip[colour];
}

static void
insert_gate_decision (Gen        *g,
                      const Init *in,
                      guint8      gate,
                      Day         day,
                      guint8      outcome,
                      const char *conditions,
                      gint64      agenda_item,
                      const char *by)
{
  insert (g, S_GATE, "lttttrtt", in->id, gate_names[gate], day_text (day).s,
          gate_outcome_names[outcome], conditions ? conditions : "", agenda_item,
          day_stamp (day).s, by);
}

static void
record_forecast (Gen        *g,
                 gint64      milestone,
                 Day         recorded,
                 Day         forecast,
                 Day        *last_recorded,
                 Day        *last_forecast,
                 const char *by)
{
  if (recorded <= *last_recorded || forecast == *last_forecast)
    return;
  insert (g, S_MILESTONE_FORECAST, "lttttt", milestone, day_text (recorded).s,
          forecast ? day_text (forecast).s : NULL, "", day_stamp (recorded).s, by);
  *last_recorded = recorded;
  *last_forecast = forecast;
}

/* How a milestone's forecast moved while it was open: the baseline when it was planned, a
 * new forecast each time the time colour changed, and today's forecast from the last of
 * those changes on, so the history ends where the milestone row is. */
static void
insert_forecasts (Gen                *g,
                  const Init         *in,
                  const Sim          *sim,
                  gint64              milestone,
                  const MilestoneRow *row,
                  gboolean            paused,
                  const char         *by)
{
  Day planned = MAX (in->start_day, row->baseline > 400 ? row->baseline - 400 : 0);
  Day until = row->actual ? row->actual : g->today + 1;
  Day last_recorded = 0, last_forecast = 1;
  Day changes[MAX_MONTHS];
  guint8 colours[MAX_MONTHS];
  guint n = 0;
  guint8 colour = 0;
  Day current = paused ? 0 : row->forecast ? row->forecast : row->baseline;

  planned = MIN (planned, MIN (g->today - 7, row->baseline));
  record_forecast (g, milestone, planned, row->baseline, &last_recorded, &last_forecast, by);

  for (int mi = day_month (planned) + 1; mi <= g->today_mi && n < G_N_ELEMENTS (changes); mi++)
    {
      Day day = day_workday (month_day (mi, 25));
      guint8 now = sugg_at (in, sim, DEMO_DIM_TIME, mi);

      if (day >= until || day > g->today)
        break;
      if (now == colour)
        continue;
      colour = now;
      changes[n] = day;
      colours[n++] = now;
    }

  for (guint i = 0; i < n; i++)
    {
      Day forecast = row->baseline;

      if (colours[i] == DEMO_RAG_YELLOW || colours[i] == DEMO_RAG_RED)
        forecast = row->baseline + in->slip[colours[i]];
      if (forecast <= changes[i])
        forecast = day_workday (changes[i] + 21);
      /* From the last change on, the forecast is today's. */
      if (i == n - 1 && row->actual == 0)
        forecast = current;
      record_forecast (g, milestone, changes[i], forecast, &last_recorded, &last_forecast, by);
    }

  if (row->actual == 0 && last_forecast != current)
    {
      Day when = MAX (last_recorded + 1, planned + (g->today - planned) / 2);

      if (when <= g->today)
        record_forecast (g, milestone, when, current, &last_recorded, &last_forecast, by);
    }
}

static void
insert_delivery (Gen        *g,
                 const Init *in,
                 const Sim  *sim,
                 const char *by)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Rng rng = rng_make (g->seed, 7, in->copy, in->base);
  MilestoneRow rows[32];
  guint n = 0;
  gboolean spm = (base->flags & DEMO_FLAG_STATE_PROJECT_MODEL) != 0;
  gboolean paused = base->lifecycle == DEMO_LIFE_PAUSED;
  int now_slip = paused ? 0 : in->slip[sugg_at (in, sim, DEMO_DIM_TIME, g->today_mi)];
  int last_mi = is_ended (base) ? in->end_mi : g->today_mi;
  int current = current_phase (in);
  const char *const *delivery = demo_delivery_milestones[base->kind];
  guint n_delivery = g_strv_length ((char **) delivery);

  /* Gates passed, with the decisions that opened each phase. */
  for (int p = DEMO_PHASE_CONCEPT; p < DEMO_N_PHASES; p++)
    {
      guint8 gate = phase_gate[p];
      Day actual = in->phase_day[p];
      int slip;
      guint meeting;
      const DemoCase *dc;

      if (in->phase_mi[p] == NEVER_MI || in->phase_mi[p] > last_mi)
        continue;
      slip = slip_before (in, sim, in->phase_mi[p], &rng);
      rows[n++] = (MilestoneRow) { demo_gate_milestone[gate], gate, actual - slip, 0, actual };
      if (spm && p == DEMO_PHASE_PLANNING)
        rows[n++] = (MilestoneRow) { demo_gate_milestone[DEMO_GATE_KS1], DEMO_GATE_KS1,
                                     actual - 50 - slip, 0, actual - 50 };
      if (spm && p == DEMO_PHASE_EXECUTION)
        rows[n++] = (MilestoneRow) { demo_gate_milestone[DEMO_GATE_KS2], DEMO_GATE_KS2,
                                     actual - 40 - slip, 0, actual - 40 };

      dc = find_gate_case (in->base, gate, &meeting);
      if (dc != NULL && in->copy == 0)
        continue;   /* decided in a meeting; written with the agenda item */
      if (spm && p == DEMO_PHASE_PLANNING)
        insert_gate_decision (g, in, gate, day_workday (actual - 75), DEMO_GATE_REWORK,
                              "Konseptvalget må oppdateres etter anbefalingene fra KS1.", 0, by);
      if (dc != NULL)
        insert_gate_decision (g, in, gate, actual, dc->gate_outcome, dc->gate_conditions, 0, by);
      else if (rng_chance (&rng, 25))
        insert_gate_decision (g, in, gate, actual, DEMO_GATE_APPROVED_WITH_CONDITIONS,
                              pool_pick (demo_gate_conditions_pool, &rng), 0, by);
      else
        insert_gate_decision (g, in, gate, actual, DEMO_GATE_APPROVED, "", 0, by);
    }

  /* Decisions that did not open a phase: stops and pauses. */
  if (base->lifecycle == DEMO_LIFE_STOPPED || base->lifecycle == DEMO_LIFE_PAUSED)
    {
      guint8 outcome = base->lifecycle == DEMO_LIFE_STOPPED ? DEMO_GATE_STOPPED
                                                            : DEMO_GATE_PAUSED;
      guint8 gate = current + 1 < DEMO_N_PHASES ? phase_gate[current + 1] : DEMO_GATE_BP6;
      guint meeting = 0;
      const DemoCase *dc = find_gate_case (in->base, gate, &meeting);

      if (dc == NULL)
        insert_gate_decision (g, in, gate, in->end_day, outcome, "", 0, by);
      else if (in->copy > 0)
        insert_gate_decision (g, in, gate, g->meetings[meeting].day, dc->gate_outcome,
                              dc->gate_conditions, 0, by);
    }
  if (base->lifecycle == DEMO_LIFE_CLOSED)
    {
      guint8 gate = DEMO_GATE_NONE;

      if (current == DEMO_PHASE_CLOSING)
        gate = DEMO_GATE_BP5;
      else if (current == DEMO_PHASE_REALISATION
               && in->end_mi > in->phase_mi[DEMO_PHASE_REALISATION])
        gate = DEMO_GATE_BP6;
      if (gate != DEMO_GATE_NONE)
        {
          Day planned = gate == DEMO_GATE_BP5 && in->planned_end_day ? in->planned_end_day
                                                                     : in->end_day - 21;

          rows[n++] = (MilestoneRow) { demo_gate_milestone[gate], gate, planned, 0, in->end_day };
          insert_gate_decision (g, in, gate, in->end_day, DEMO_GATE_APPROVED, "", 0, by);
        }
    }

  /* Gates ahead. */
  if (!is_ended (base) && base->kind != DEMO_KIND_PRODUCT_TEAM)
    {
      guint8 gates[4];
      Day planned[4];
      guint n_ahead = 0;

      if (current == DEMO_PHASE_REALISATION)
        {
          gates[n_ahead] = DEMO_GATE_BP6;
          planned[n_ahead++] = day_workday (in->phase_day[DEMO_PHASE_REALISATION] + 730);
        }
      else
        {
          int next = current + 1;

          gates[n_ahead] = phase_gate[next];
          if (base->next_gate != DEMO_NEVER)
            planned[n_ahead] = resolve_day (g, base->next_gate, &rng);
          else if (next == DEMO_PHASE_CLOSING && in->planned_end_day)
            planned[n_ahead] = day_workday (in->planned_end_day - 60);
          else if (next == DEMO_PHASE_REALISATION && in->planned_end_day)
            planned[n_ahead] = in->planned_end_day;
          else
            planned[n_ahead] = day_workday (g->today + rng_int (&rng, 60, 180));
          n_ahead++;
          if (in->planned_end_day && base->kind != DEMO_KIND_IDEA)
            {
              if (next < DEMO_PHASE_CLOSING
                  && in->planned_end_day - 60 > planned[n_ahead - 1])
                {
                  gates[n_ahead] = DEMO_GATE_BP4;
                  planned[n_ahead++] = day_workday (in->planned_end_day - 60);
                }
              if (next < DEMO_PHASE_REALISATION && in->planned_end_day > planned[n_ahead - 1])
                {
                  gates[n_ahead] = DEMO_GATE_BP5;
                  planned[n_ahead++] = in->planned_end_day;
                }
            }
        }
      for (guint i = 0; i < n_ahead; i++)
        {
          Day forecast = 0;

          if (!paused)
            {
              forecast = planned[i] + now_slip;
              if (forecast <= g->today)
                forecast = day_workday (g->today + rng_int (&rng, 14, 45));
            }
          rows[n++] = (MilestoneRow) { demo_gate_milestone[gates[i]], gates[i], planned[i],
                                       forecast, 0 };
        }
    }

  /* Deliveries. */
  if (n_delivery > 0
      && (in->phase_mi[DEMO_PHASE_EXECUTION] <= g->today_mi
          || (base->kind == DEMO_KIND_INNOVATION
              && in->phase_mi[DEMO_PHASE_CONCEPT] <= g->today_mi)))
    {
      Day start = base->kind == DEMO_KIND_INNOVATION ? in->phase_day[DEMO_PHASE_CONCEPT]
                                                     : in->phase_day[DEMO_PHASE_EXECUTION];
      Day end = in->planned_end_day ? in->planned_end_day
                                    : start + (base->kind == DEMO_KIND_PRODUCT_TEAM ? 1260 : 720);

      if (end <= start)
        end = start + 180;
      for (guint i = 0; i < n_delivery && n < G_N_ELEMENTS (rows); i++)
        {
          Day baseline = day_workday (start + (end - start) * (i + 1) / (n_delivery + 1));
          MilestoneRow row = { delivery[i], DEMO_GATE_NONE, baseline, 0, 0 };

          if (is_ended (base) && baseline > in->end_day)
            continue;
          if (baseline <= g->today)
            {
              int slip = slip_before (in, sim, day_month (baseline) + 1, &rng);
              Day actual = baseline + MAX (0, slip);

              if (actual <= g->today)
                row.actual = day_workday (actual);
              else if (!paused)
                row.forecast = actual;
            }
          else if (!paused)
            row.forecast = baseline + now_slip;
          rows[n++] = row;
        }
    }

  qsort (rows, n, sizeof rows[0], compare_milestones);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = insert (g, S_MILESTONE, "ltttttitt", in->id, rows[i].title,
                          rows[i].gate ? gate_names[rows[i].gate] : NULL,
                          day_text (rows[i].baseline).s,
                          rows[i].forecast ? day_text (rows[i].forecast).s : NULL,
                          rows[i].actual ? day_text (rows[i].actual).s : NULL, (int) i,
                          day_stamp (MIN (g->today, rows[i].actual ? rows[i].actual
                                                                   : g->today)).s, by);
      if (id != 0)
        insert_forecasts (g, in, sim, id, &rows[i], paused, by);
    }
}

/* ── Risks ─────────────────────────────────────────────────────────────────────────── */

static void
insert_risk (Gen            *g,
             const Init     *in,
             const DemoRisk *risk,
             Day             identified,
             Day             closed,
             Rng            *rng,
             const char     *by)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Placeholder values[] = {
    { "K", base->component[0] ? demo_components[base->component[0]].name : "fagsystemet",
      FALSE },
    { "L", base->supplier ? base->supplier : "leverandøren", TRUE },
  };
  g_autofree char *title = expand (risk->title, values, G_N_ELEMENTS (values));
  g_autofree char *description = expand (risk->description, values, G_N_ELEMENTS (values));
  int probability = risk->probability, consequence = risk->consequence;
  guint8 owner;
  Day updated = closed ? closed : identified;

  if (in->copy > 0 && rng_chance (rng, 30))
    {
      int delta = rng_int (rng, -1, 1);

      probability = CLAMP (probability + delta, 1, 5);
    }
  if (closed && probability > 1)
    probability--;   /* the mitigation worked */

  if (risk->category == RISK_INFORMATION_SECURITY)
    owner = base->agency == AG_FJORDVIK ? P_KRISTOFFERSEN : P_BERG;
  else if (risk->category == RISK_FINANCE || risk->category == RISK_BENEFITS)
    owner = base->owner;
  else
    owner = base->leader ? base->leader : base->owner;

  insert (g, S_RISK, "ltttiitrttttt", in->id, title, description,
          risk_category_names[risk->category], probability, consequence, risk->mitigation,
          person_ref (g, owner), closed ? "closed" : "open", day_text (identified).s,
          closed ? day_text (closed).s : NULL, day_stamp (updated).s, by);
}

static void
insert_risks (Gen        *g,
              const Init *in,
              const char *by)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Rng rng = rng_make (g->seed, 8, in->copy, in->base);
  gboolean used[64] = { FALSE };
  Day horizon = is_ended (base) ? in->end_day : g->today;
  gboolean privacy = FALSE;
  int extra;

  if (base->kind == DEMO_KIND_IDEA)
    return;

  for (guint s = 0; s < 3; s++)
    {
      const DemoStory *story;
      Day identified, closed = 0;
      guint r;

      if (base->story[s] == ST_NONE)
        continue;
      story = &demo_stories[base->story[s]];
      if (story->risk == 0)
        continue;
      r = story->risk - 1;
      identified = day_workday (month_day (in->story_mi[s], rng_int (&rng, 2, 12)));
      identified = MAX (identified, in->start_day);
      if (identified > horizon || used[r])
        continue;
      used[r] = TRUE;
      if (story->risk_closes_at != DEMO_NEVER)
        closed = day_workday (month_day (in->story_mi[s] + story->risk_closes_at,
                                         rng_int (&rng, 5, 25)));
      if (closed > horizon || closed == 0)
        closed = is_ended (base) ? in->end_day : 0;
      insert_risk (g, in, &demo_risks[r], identified, closed, &rng, by);
    }

  privacy = base->focus[0] == FA_SERVICES || base->focus[0] == FA_DATA
            || base->focus[0] == FA_SECURITY || base->focus[1] == FA_SECURITY;
  extra = 1 + (base->complexity >= 4) + rng_int (&rng, 0, 1);

  for (int i = -2; i < extra; i++)
    {
      guint r;
      Day identified, closed = 0;
      int tries = 0;
      int span = MAX (1, (int) horizon - (int) in->start_day);

      if (i == -2)
        r = (guint) rng_int (&rng, 0, 4);            /* information security, always */
      else if (i == -1)
        {
          if (!privacy && !rng_chance (&rng, 50))
            continue;
          r = (guint) rng_int (&rng, 5, 9);          /* privacy */
        }
      else
        r = (guint) rng_int (&rng, 10, (int) demo_n_risks - 1);
      while ((used[r] || (base->supplier == NULL && demo_risks[r].category == RISK_SUPPLIER))
             && tries++ < 20)
        r = (guint) rng_int (&rng, i < -1 ? 0 : (i == -1 ? 5 : 10),
                             i < -1 ? 4 : (i == -1 ? 9 : (int) demo_n_risks - 1));
      if (used[r])
        continue;
      used[r] = TRUE;

      identified = day_workday (in->start_day + (Day) rng_int (&rng, 0, span * 3 / 4));
      if (identified > horizon)
        identified = in->start_day;
      if ((int) horizon - (int) identified > 180 && rng_chance (&rng, 40))
        {
          Day later = day_workday (identified + (Day) rng_int (&rng, 90, 360));

          closed = MIN (horizon, later);
        }
      else if (is_ended (base))
        closed = in->end_day;
      insert_risk (g, in, &demo_risks[r], identified, closed, &rng, by);
    }
}

/* ── Pilots ────────────────────────────────────────────────────────────────────────── */

static void
insert_pilot (Gen        *g,
              Init       *in,
              const char *by)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  const DemoPilotText *text = &demo_pilot_texts[in->base];
  Rng rng = rng_make (g->seed, 9, in->copy, in->base);
  Day starts, ends, due;
  guint meeting = 0;
  const DemoCase *dc;

  if (text->hypothesis == NULL)
    return;

  if (in->phase_mi[DEMO_PHASE_EXECUTION] <= g->today_mi)
    starts = in->phase_day[DEMO_PHASE_EXECUTION];
  else
    starts = day_workday (in->phase_day[DEMO_PHASE_CONCEPT] + 90);
  if (in->phase_mi[DEMO_PHASE_CLOSING] <= g->today_mi)
    ends = in->phase_day[DEMO_PHASE_CLOSING];
  else if (is_ended (base))
    ends = in->end_day;
  else
    ends = in->planned_end_day ? in->planned_end_day : starts + 365;
  if (ends < starts)
    ends = starts + 30;

  dc = find_pilot_case (in->base, &meeting);
  if (base->next_gate != DEMO_NEVER && resolve_month (g, base->next_gate) > g->today_mi)
    due = resolve_day (g, base->next_gate, &rng);
  else if (dc != NULL)
    due = g->meetings[meeting].day;
  else
    due = day_workday (ends + 30);

  in->pilot_id = insert (g, S_PILOT, "lttttttt", in->id, text->hypothesis,
                         text->success_criteria, day_text (starts).s, day_text (ends).s,
                         day_text (due).s, day_stamp (MIN (starts, g->today)).s, by);

  for (guint i = 0; i < G_N_ELEMENTS (other_pilot_evaluations); i++)
    if (other_pilot_evaluations[i].base == in->base)
      {
        Day on = day_workday (month_day (g->today_mi + other_pilot_evaluations[i].month, 12));

        insert (g, S_PILOT_EVAL, "ltttrtt", in->pilot_id, day_text (on).s,
                pilot_decision_names[other_pilot_evaluations[i].decision],
                other_pilot_evaluations[i].rationale, (gint64) 0, day_stamp (on).s, by);
      }

  /* The evaluation a meeting decided: with its agenda item in the meeting pass. */
  if (dc != NULL && in->copy > 0)
    insert (g, S_PILOT_EVAL, "ltttrtt", in->pilot_id, day_text (g->meetings[meeting].day).s,
            pilot_decision_names[dc->pilot_decision], dc->pilot_rationale, (gint64) 0,
            day_stamp (g->meetings[meeting].day).s, by);
}

/* ── Competence ────────────────────────────────────────────────────────────────────── */

static Text
quarter_text (int quarter)
{
  Text t;

  g_snprintf (t.s, sizeof t.s, "%04d-Q%d", quarter / 4, quarter % 4 + 1);
  return t;
}

static double *
demand_slot (Gen   *g,
             guint  competence,
             guint  quarter,
             guint  agency)
{
  return &g->demand[(competence * N_QUARTERS + quarter) * DEMO_N_AGENCIES + agency];
}

static void
insert_demand (Gen        *g,
               const Init *in,
               const char *by)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Rng rng = rng_make (g->seed, 10, in->copy, in->base);
  gboolean services = base->focus[0] == FA_SERVICES || base->focus[1] == FA_SERVICES;
  gboolean data = base->focus[0] == FA_DATA || base->focus[1] == FA_DATA;
  gboolean security = base->focus[0] == FA_SECURITY || base->focus[1] == FA_SECURITY;
  gboolean competence = base->focus[0] == FA_COMPETENCE || base->focus[1] == FA_COMPETENCE;

  if (base->kind == DEMO_KIND_IDEA || base->lifecycle == DEMO_LIFE_PROPOSED)
    return;

  for (guint qi = 0; qi < N_QUARTERS; qi++)
    {
      int quarter = g->first_quarter + (int) qi;
      int first = quarter * 3, last = quarter * 3 + 2;
      int phase = phase_at (in, MIN (first + 1, g->today_mi));
      double factor;
      double fte[DEMO_N_COMPETENCES] = { 0 };
      Text label = quarter_text (quarter);

      if (in->first_mi > last || phase < DEMO_PHASE_CONCEPT)
        continue;
      if (in->end_mi != NEVER_MI && in->end_mi < first)
        continue;
      if (base->kind != DEMO_KIND_PRODUCT_TEAM && in->planned_end_mi != NEVER_MI
          && in->planned_end_mi + 3 < first && phase < DEMO_PHASE_REALISATION)
        continue;

      switch (phase)
        {
        case DEMO_PHASE_CONCEPT:
          factor = 0.3;
          break;
        case DEMO_PHASE_PLANNING:
          factor = 0.6;
          break;
        case DEMO_PHASE_EXECUTION:
          factor = 1.0;
          break;
        case DEMO_PHASE_CLOSING:
          factor = 0.4;
          break;
        default:
          factor = 0.15;
        }

      if (phase < DEMO_PHASE_REALISATION)
        {
          fte[CO_SECURITY] = 0.3 + (security ? 0.6 : 0) + (base->complexity >= 4 ? 0.2 : 0);
          fte[CO_ARCHITECTURE] = 0.15 + 0.05 * base->complexity;
          fte[CO_SERVICE_DESIGN] = services ? 0.5 : 0;
          fte[CO_DATA] = data ? 1.0 : 0;
          fte[CO_PROJECT] = base->kind == DEMO_KIND_PRODUCT_TEAM ? 0
                            : base->kind == DEMO_KIND_PROGRAMME ? 1.2 : 0.6;
          fte[CO_PRIVACY] = 0.15 + (security || services ? 0.25 : 0);
          if (phase >= DEMO_PHASE_EXECUTION)
            fte[CO_DEVELOPMENT] = base->kind == DEMO_KIND_PRODUCT_TEAM
                                  || base->method == DEMO_METHOD_AGILE
                                  ? 2.0 + 0.3 * base->complexity
                                  : base->method == DEMO_METHOD_HYBRID ? 1.0 : 0.4;
        }
      fte[CO_BENEFITS] = phase >= DEMO_PHASE_CLOSING ? 0.3 / factor : 0.1;
      fte[CO_CHANGE] = competence ? 0.6 : (phase >= DEMO_PHASE_EXECUTION ? 0.2 : 0);
      if (base->lifecycle == DEMO_LIFE_PAUSED && first > in->end_mi)
        continue;

      for (guint c = 0; c < DEMO_N_COMPETENCES; c++)
        {
          double value = floor (fte[c] * factor * rng_double (&rng, 0.8, 1.2) * 10 + 0.5) / 10;

          if (value < 0.1)
            continue;
          *demand_slot (g, c, qi, base->agency) += value;
          insert (g, S_DEMAND, "lltftt", in->id, g->competence_id[c], label.s, value,
                  g->org_stamp.s, by);
        }
    }
}

static void
insert_capacity (Gen *g)
{
  Rng rng = rng_make (g->seed, 11, 0, 0);

  for (guint c = 0; c < DEMO_N_COMPETENCES; c++)
    for (guint qi = 0; qi < N_QUARTERS; qi++)
      for (guint a = 1; a < DEMO_N_AGENCIES; a++)
        {
          double demand = *demand_slot (g, c, qi, a);
          double capacity;

          if (demand <= 0)
            continue;
          capacity = demand * demo_competences[c].capacity_percent / 100.0
                     * rng_double (&rng, 0.88, 1.08);
          capacity = MAX (0.1, floor (capacity * 10 + 0.5) / 10);
          insert (g, S_CAPACITY, "lltftt", g->competence_id[c], g->agency_id[a],
                  quarter_text (g->first_quarter + (int) qi).s, capacity, g->org_stamp.s,
                  "Lene Mathisen");
        }
}

/* ── Initiatives: the row, its links, and everything that hangs on it ──────────────── */

static const char *
agency_role (char letter)
{
  switch (letter)
    {
    case 'p':
      return "partner";
    case 'f':
      return "funder";
    case 'b':
      return "benefit_recipient";
    default:
      return NULL;
    }
}

/* The phase and lifecycle history: a row when each phase began, and one when the
 * initiative was paused, closed, stopped or merged (what the snapshots say too). */
static void
insert_states (Gen        *g,
               const Init *in,
               const char *by)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  const char *lifecycle = base->lifecycle == DEMO_LIFE_PROPOSED ? "proposed" : "active";
  int last_mi = in->end_mi != NEVER_MI ? in->end_mi : g->today_mi;

  for (int p = 0; p < DEMO_N_PHASES; p++)
    {
      if (in->phase_mi[p] == NEVER_MI || in->phase_mi[p] > last_mi
          || in->phase_day[p] > g->today)
        continue;
      insert (g, S_STATE, "ltttttt", in->id, day_text (in->phase_day[p]).s, phase_names[p],
              lifecycle, "", day_stamp (in->phase_day[p]).s, by);
    }
  if ((is_ended (base) || base->lifecycle == DEMO_LIFE_PAUSED) && in->end_day != 0
      && in->end_day <= g->today)
    insert (g, S_STATE, "ltttttt", in->id, day_text (in->end_day).s,
            phase_names[current_phase (in)], lifecycle_names[base->lifecycle], "",
            day_stamp (in->end_day).s, by);
}

static void
insert_initiative (Gen       *g,
                   Init      *in,
                   const Sim *sim)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  Rng rng = rng_make (g->seed, 12, in->copy, in->base);
  guint8 leader = base->leader ? base->leader : base->owner;
  const char *by = person_name (leader);
  Text created = stamp_text (in->start_day, rng_int (&rng, 8 * 60, 15 * 60), rng_int (&rng, 0,
                                                                                    59));
  Text updated = created;
  Day end = 0;
  int value = base->value, complexity = base->complexity;
  gint64 parent = 0, merged_into = 0;
  Descoping descoping;
  guint offset = in->copy * DEMO_N_INITIATIVES;

  plan_money (g, in, &descoping);

  for (int k = sim->n - 1; k >= 0; k--)
    if (sim->published[k])
      {
        updated = stamp_text (sim->published[k], sim->minute[k], 0);
        break;
      }

  if (is_ended (base))
    end = in->end_day;
  else if (in->planned_end_day)
    end = in->planned_end_day;
  if (end && end < in->start_day)
    end = in->start_day;
  if (in->copy > 0 && rng_chance (&rng, 30))
    {
      int delta = rng_int (&rng, -1, 1);

      value = CLAMP (value + delta, 1, 5);
    }
  if (in->copy > 0 && rng_chance (&rng, 30))
    {
      int delta = rng_int (&rng, -1, 1);

      complexity = CLAMP (complexity + delta, 1, 5);
    }
  if (base->parent)
    parent = g->inits[offset + base->parent - 1].id;
  if (base->merged_into)
    merged_into = g->inits[offset + base->merged_into - 1].id;

  in->id = insert (g, S_INITIATIVE, "tttttttlrrrrttnniiittttt", in->code, in->title, base->what,
                   kind_names[base->kind], method_names[base->method],
                   phase_names[current_phase (in)], lifecycle_names[base->lifecycle],
                   g->agency_id[base->agency], person_ref (g, base->owner),
                   person_ref (g, base->leader), parent, merged_into,
                   day_text (in->start_day).s, end ? day_text (end).s : NULL, value, complexity,
                   (base->flags & DEMO_FLAG_STATE_PROJECT_MODEL) ? 1 : 0,
                   (base->flags & DEMO_FLAG_CO_FINANCED) ? 1 : 0,
                   (base->flags & DEMO_FLAG_NATIONAL_PORTFOLIO) ? 1 : 0,
                   base->legal_basis ? "exempt" : "open", base->legal_basis, created.s,
                   updated.s, by);
  if (in->id == 0)
    return;

  /* Who takes part, and how it is tied to the strategy. */
  insert (g, S_INIT_AGENCY, "llttt", in->id, g->agency_id[base->agency], "owner", created.s,
          by);
  for (const char *p = base->agencies; p && p[0] && p[1]; p += 2)
    {
      while (*p == ' ')
        p++;
      if (!p[0] || !p[1])
        break;
      for (guint a = 1; a < DEMO_N_AGENCIES; a++)
        if (demo_agencies[a].letter == p[0] && agency_role (p[1]))
          insert (g, S_INIT_AGENCY, "llttt", in->id, g->agency_id[a], agency_role (p[1]),
                  created.s, by);
    }
  for (guint f = 0; f < 2; f++)
    if (base->focus[f] != FA_NONE)
      insert (g, S_INIT_FOCUS, "llitt", in->id, g->focus_id[base->focus[f]],
              (int) base->focus_weight[f], created.s, by);
  for (guint i = 0; i < 2; i++)
    if (base->goal[i] != GO_NONE)
      insert (g, S_INIT_GOAL, "llitt", in->id, g->goal_id[base->goal[i]],
              (int) base->goal_weight[i], created.s, by);
  {
    const struct { guint8 person; const char *role; } people[] = {
      { base->owner, "owner" },
      { base->leader, "leader" },
      { base->product_owner, "product_owner" },
      { base->architect, "architect" },
      { base->benefit_owner, "benefit_owner" },
      { g_str_equal (base->prefix, "DF") ? P_NYGARD : P_NONE, "contact" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (people); i++)
      if (people[i].person != P_NONE)
        insert (g, S_INIT_PERSON, "llttt", in->id, g->person_id[people[i].person],
                people[i].role, created.s, by);
  }

  for (guint i = 0; i < G_N_ELEMENTS (own_tolerances); i++)
    if (own_tolerances[i].base == in->base)
      {
        const Tolerances *t = &own_tolerances[i].tolerances;

        insert (g, S_TOLERANCE, "ltiitt", in->id, "time", t->time_yellow, t->time_red,
                created.s, by);
        insert (g, S_TOLERANCE, "ltiitt", in->id, "cost", t->cost_yellow, t->cost_red,
                created.s, by);
        insert (g, S_TOLERANCE, "ltiitt", in->id, "benefits", t->benefits_yellow,
                t->benefits_red, created.s, by);
      }

  insert_states (g, in, by);
  insert_frames (g, in, &descoping, created.s, by);
  insert_reports (g, in, sim, person_ref (g, leader), by);
  insert_budget (g, in, sim, by);
  insert_benefits (g, in, sim, created.s, by);
  insert_delivery (g, in, sim, by);
  insert_risks (g, in, by);
  insert_pilot (g, in, by);
  insert_demand (g, in, by);
}

static void
insert_dependencies (Gen        *g,
                     const Init *in)
{
  const DemoInitiative *base = &demo_initiatives[in->base];
  const char *by = person_name (base->leader ? base->leader : base->owner);
  Text at = stamp_text (in->start_day, 15 * 60, 0);
  Day needed = in->planned_end_day ? in->planned_end_day : 0;
  static const char *const criticality[] = { "high", "medium", "low" };

  for (guint i = 0; i < 3; i++)
    {
      const char *state = "ok";
      g_autofree char *description = NULL;

      if (base->component[i] == NC_NONE)
        continue;
      for (guint s = 0; s < 3 && i == 0 && !is_ended (base); s++)
        if (base->story[s] == ST_DEPENDENCY && in->story_mi[s] <= g->today_mi
            && g->today_mi < in->story_mi[s] + 8)
          {
            int months = g->today_mi - in->story_mi[s];

            state = months < 3 ? "at_risk" : months < 5 ? "blocked" : "at_risk";
          }
      description = g_strdup_printf ("Integrasjon mot %s.",
                                     demo_components[base->component[i]].name);
      insert (g, S_DEPENDENCY, "lrrtttttt", in->id, (gint64) 0,
              g->component_id[base->component[i]], description, criticality[i], state,
              needed ? day_text (needed).s : NULL, at.s, by);
    }

  for (guint i = 0; i < 2; i++)
    {
      const Init *target;
      g_autofree char *description = NULL;

      if (base->depends_on[i] == 0)
        continue;
      target = &g->inits[in->copy * DEMO_N_INITIATIVES + base->depends_on[i] - 1];
      description = g_strdup_printf ("Bygger på leveranser fra %s.", target->title);
      insert (g, S_DEPENDENCY, "lrrtttttt", in->id, target->id, (gint64) 0, description,
              i == 0 ? "high" : "medium",
              target->current_overall == DEMO_RAG_RED && !is_ended (base) ? "at_risk" : "ok",
              needed ? day_text (needed).s : NULL, at.s, by);
    }
}

/* ── The 5 % rule at Statsforvalteren ──────────────────────────────────────────────── */

static void
insert_overspend (Gen *g)
{
  Rng rng = rng_make (g->seed, 13, 0, 0);
  int today_year = g->today_mi / 12;
  const char *by = "Elisabeth Rye";
  const struct
  {
    int         year;
    guint       shares[3];
    int         percent[3];
  } plans[] = {
    { today_year - 2, { 10, 11, 12 }, { 60, 25, 15 } },
    { today_year, { 10, 11, 0 }, { 70, 30, 0 } },
  };
  static const int repay_share[] = { 30, 30, 20, 20 };

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      int year = plans[p].year;
      gint64 appropriation = round_to (rng_double (&rng, 278e6, 292e6), 100000);
      gint64 overspend = round_to (appropriation * rng_double (&rng, 0.031, 0.046), 100000);
      Day decided = day_workday (day_make (year, 4, rng_int (&rng, 8, 24)));
      gint64 arrangement, left;
      g_autofree char *reference = NULL;
      g_autofree char *description = NULL;

      if (overspend * 20 > appropriation)
        overspend = appropriation / 20 / 100000 * 100000;
      if (decided > g->today)
        decided = day_workday (g->today - 30);
      {
        int y, m, d;

        day_split (decided, &y, &m, &d);
        reference = g_strdup_printf ("Fullmakt fra Kommunal- og distriktsdepartementet, brev "
                                     "av %d.%d.%d (ref. %02d/%d-%d)", d, m, y, y % 100,
                                     rng_int (&rng, 1100, 2900), rng_int (&rng, 2, 9));
      }
      description = g_strdup_printf ("Overskridelse av driftsbevilgningen i %d til investering "
                                     "i ny saksbehandlingsløsning, mot tilsvarende innsparing "
                                     "i de følgende budsjettårene (R-110 pkt. 2.6).", year);
      arrangement = insert (g, S_ARRANGEMENT, "litllttttt", g->agency_id[AG_STATSFORVALTER],
                            year, "Kap. 525 post 01", appropriation, overspend,
                            day_text (decided).s, reference, description,
                            day_stamp (decided).s, by);

      left = overspend;
      for (guint i = 0; i < G_N_ELEMENTS (repay_share); i++)
        {
          int repay_year = year + 1 + (int) i;
          gint64 planned = i + 1 == G_N_ELEMENTS (repay_share)
                           ? left : round_to (overspend * repay_share[i] / 100.0, 100000);
          gint64 actual = -1;

          left -= planned;
          if (repay_year < today_year)
            actual = round_to (planned * rng_double (&rng, 0.85, 1.05), 100000);
          if (actual >= 0)
            insert (g, S_REPAYMENT, "lilltt", arrangement, repay_year, planned, actual,
                    day_stamp (MIN (g->today, day_make (repay_year + 1, 2, 20))).s, by);
          else
            insert (g, S_REPAYMENT, "lilrtt", arrangement, repay_year, planned, (gint64) 0,
                    day_stamp (decided).s, by);
        }

      left = overspend;
      for (guint i = 0; i < 3; i++)
        {
          gint64 amount;

          if (plans[p].percent[i] == 0)
            continue;
          amount = i + 1 == 3 || plans[p].percent[i + 1] == 0
                   ? left : round_to (overspend * plans[p].percent[i] / 100.0, 100000);
          left -= amount;
          insert (g, S_SHARE, "llltt", arrangement, g->inits[plans[p].shares[i]].id, amount,
                  day_stamp (decided).s, by);
        }
    }
}

/* ── Meetings ──────────────────────────────────────────────────────────────────────── */

static gboolean
query (Gen          *g,
       int           which,
       const char   *types,
       ...)
{
  sqlite3_stmt *stmt = g->stmt[which];
  va_list args;
  int index = 1;
  int rc;

  va_start (args, types);
  for (const char *t = types; *t; t++, index++)
    {
      if (*t == 'l')
        sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
      else if (*t == 'i')
        sqlite3_bind_int (stmt, index, va_arg (args, int));
      else
        sqlite3_bind_text (stmt, index, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
    }
  va_end (args);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      styre_sqlite_error (g->db, sqlite3_extended_errcode (g->db), &g->error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  return rc == SQLITE_ROW;
}

static void
query_done (Gen *g,
            int  which)
{
  sqlite3_reset (g->stmt[which]);
  sqlite3_clear_bindings (g->stmt[which]);
}

static gint64
column_or_null (sqlite3_stmt *stmt,
                int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? -1
                                                            : sqlite3_column_int64 (stmt, column);
}

/* Freezes how every initiative stood when the meeting was held, from what was in the file
 * then: the latest published report, the frame, the year's budget, open risks and slip. */
static void
insert_snapshot (Gen     *g,
                 Meeting *m)
{
  const char *taken_by = person_name (demo_forums[m->forum].secretary);
  Text as_of = day_text (m->day);
  Text period = month_text (m->mi);
  g_autofree char *as_of_end = g_strdup_printf ("%sT23:59:59Z", as_of.s);
  int year = day_year (m->day);

  m->snapshot_id = insert (g, S_SNAPSHOT, "ltttt", m->id, m->held_at.s, taken_by, as_of.s,
                           "Frosset da møtet ble holdt.");

  for (guint i = 0; i < g->n_inits && !failed (g); i++)
    {
      const Init *in = &g->inits[i];
      const DemoInitiative *base = &demo_initiatives[in->base];
      const char *lifecycle = base->lifecycle == DEMO_LIFE_PROPOSED ? "proposed" : "active";
      const char *rag[DEMO_N_DIMS];
      g_autofree char *report_period = NULL;
      g_autofree char *overall = NULL;
      gint64 forecast = -1, p50 = -1, p85 = -1, approved = -1, budget_forecast = -1;
      gint64 report = 0;
      int open_risks = 0, max_score = 0, slip = 0;
      int phase;

      if (in->start_day > m->day)
        continue;
      if ((is_ended (base) || base->lifecycle == DEMO_LIFE_PAUSED) && m->day >= in->end_day)
        lifecycle = lifecycle_names[base->lifecycle];
      phase = MAX (0, phase_at (in, in->end_mi != NEVER_MI ? MIN (m->mi, in->end_mi) : m->mi));

      for (int d = 0; d < DEMO_N_DIMS; d++)
        rag[d] = "grey";

      if (query (g, Q_REPORT, "ltt", in->id, period.s, as_of_end))
        {
          sqlite3_stmt *s = g->stmt[Q_REPORT];

          report = sqlite3_column_int64 (s, 0);
          report_period = g_strdup ((const char *) sqlite3_column_text (s, 1));
          overall = g_strdup ((const char *) sqlite3_column_text (s, 2));
          forecast = column_or_null (s, 3);
        }
      query_done (g, Q_REPORT);

      if (report != 0)
        {
          sqlite3_stmt *s = g->stmt[Q_DIMS];

          if (query (g, Q_DIMS, "l", report))
            do
              {
                const char *dim = (const char *) sqlite3_column_text (s, 0);
                const char *value = (const char *) sqlite3_column_text (s, 1);

                for (int d = 0; d < DEMO_N_DIMS; d++)
                  if (g_str_equal (dim, dimension_names[d]))
                    rag[d] = g_intern_string (value);
              }
            while (sqlite3_step (s) == SQLITE_ROW);
          query_done (g, Q_DIMS);
        }

      if (query (g, Q_FRAME, "lt", in->id, as_of.s))
        {
          p50 = sqlite3_column_int64 (g->stmt[Q_FRAME], 0);
          p85 = sqlite3_column_int64 (g->stmt[Q_FRAME], 1);
        }
      query_done (g, Q_FRAME);

      if (query (g, Q_BUDGET, "lit", in->id, year, as_of.s))
        {
          approved = sqlite3_column_int64 (g->stmt[Q_BUDGET], 0);
          budget_forecast = column_or_null (g->stmt[Q_BUDGET], 1);
        }
      query_done (g, Q_BUDGET);

      if (query (g, Q_RISKS, "lt", in->id, as_of.s))
        {
          open_risks = sqlite3_column_int (g->stmt[Q_RISKS], 0);
          max_score = sqlite3_column_int (g->stmt[Q_RISKS], 1);
        }
      query_done (g, Q_RISKS);

      if (query (g, Q_SLIP, "lt", in->id, as_of.s))
        slip = MAX (0, sqlite3_column_int (g->stmt[Q_SLIP], 0));
      query_done (g, Q_SLIP);

      if (failed (g))
        return;
      insert (g, S_SNAPSHOT_ITEM, "lltttttttttttrrrnrriii", m->snapshot_id, in->id,
              report_period, phase_names[phase], lifecycle, overall ? overall : "grey",
              rag[0], rag[1], rag[2], rag[3], rag[4], rag[5], rag[6], p50, p85, forecast,
              approved >= 0 ? year : -1, approved, budget_forecast, open_risks, max_score,
              slip);
    }
}

static void
add_participant (Gen        *g,
                 Meeting    *m,
                 gboolean   *added,
                 guint8      person,
                 const char *role,
                 int        *position)
{
  gboolean held = m->state >= MEETING_STATE_HELD;
  const char *by = person_name (demo_forums[m->forum].secretary);
  const DemoAbsence *absence = NULL;

  if (person == P_NONE || added[person])
    return;
  added[person] = TRUE;
  for (guint i = 0; i < demo_n_absences; i++)
    if (demo_absences[i].meeting == m->index && demo_absences[i].person == person)
      absence = &demo_absences[i];

  insert (g, S_PARTICIPANT, "lltttritt", m->id, g->person_id[person], role,
          absence ? "absent" : held ? "present" : "expected",
          absence ? absence->reason : "", (gint64) 0, (*position)++, m->updated_at.s, by);
  if (absence && absence->substitute != P_NONE && !added[absence->substitute])
    {
      added[absence->substitute] = TRUE;
      insert (g, S_PARTICIPANT, "lltttritt", m->id, g->person_id[absence->substitute],
              "substitute", held ? "present" : "expected", "", g->person_id[person],
              (*position)++, m->updated_at.s, by);
    }
}

typedef struct
{
  Gen          *g;
  Meeting      *m;
  Rng           rng;
  int           clock;       /* local minutes since midnight, for the meeting clock */
  int           position;
  const char   *by;
  Placeholder  *values;
  guint         n_values;
} ItemContext;

static void
insert_views (ItemContext *ctx,
              gint64       item,
              const char  *spec)
{
  g_auto(GStrv) views = NULL;
  Text as_of = day_text (ctx->m->day);
  gboolean held = ctx->m->state >= MEETING_STATE_HELD;

  if (spec == NULL)
    return;
  views = g_strsplit (spec, ";", -1);
  for (guint i = 0; views[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (views[i], "|", 2);

      insert (ctx->g, S_ITEM_VIEW, "littttt", item, (int) i, parts[0],
              parts[1] ? parts[1] : "{}", held ? as_of.s : NULL, ctx->m->updated_at.s,
              ctx->by);
    }
}

static void
insert_attachments (ItemContext *ctx,
                    gint64       item,
                    guint        case_index,
                    const char  *spec)
{
  g_auto(GStrv) files = NULL;
  g_autofree char *number = case_index < G_N_ELEMENTS (ctx->m->case_seq)
                            ? case_number (ctx->m, case_index) : NULL;

  if (spec == NULL)
    return;
  files = g_strsplit (spec, ";", -1);
  for (guint i = 0; files[i]; i++)
    {
      g_autofree char *file = expand (files[i], ctx->values, ctx->n_values);
      const char *equals = strchr (file, '=');
      g_autofree char *title = NULL;
      g_autofree char *location = NULL;

      if (equals != NULL)
        {
          title = g_strndup (file, equals - file);
          location = g_strdup (equals + 1);
        }
      else
        {
          const char *dot = strrchr (file, '.');

          title = dot ? g_strndup (file, dot - file) : g_strdup (file);
          if (number != NULL)
            {
              g_autofree char *dashed = g_strdup (number);

              *strchr (dashed, '/') = '-';
              location = g_strdup_printf ("Saksdokumenter/%d/Sak %s Vedlegg %u %s",
                                          ctx->m->case_year, dashed, i + 1, file);
            }
          else
            location = g_strdup_printf ("Saksdokumenter/%d/Utkast/%s", ctx->m->case_year, file);
        }
      insert (ctx->g, S_ATTACHMENT, "litttt", item, (int) i, title, location,
              ctx->m->updated_at.s, ctx->by);
    }
}

static gint64
insert_item (ItemContext *ctx,
             int          case_seq,
             const char  *standing_kind,
             guint8       type,
             const char  *title,
             guint8       presenter,
             int          minutes,
             const char  *summary,
             const char  *background,
             const char  *assessment,
             const char  *proposed,
             int          outcome,
             const char  *decision,
             const char  *dissent,
             const char  *minutes_note,
             gboolean     follow_up,
             const char  *legal_basis)
{
  Gen *g = ctx->g;
  Meeting *m = ctx->m;
  gboolean held = m->state >= MEETING_STATE_HELD;
  const char *presenter_text = "";
  Text start = { "" }, end = { "" };

  if (held)
    {
      int used = (int) floor (minutes * rng_double (&ctx->rng, 0.7, 1.4) + 0.5);

      used = MAX (1, used);

      start = local_stamp (m->day, ctx->clock);
      ctx->clock += used;
      end = local_stamp (m->day, ctx->clock);
    }
  if (m->forum == FORUM_PORTEFOLJERADET && presenter != P_NONE)
    presenter_text = demo_agencies[demo_persons[presenter].agency].name;

  return insert (g, S_ITEM, "linntttrtittttttttitttttt",
                 m->id, ctx->position++, case_seq > 0 ? case_seq : -1,
                 case_seq > 0 ? m->case_year : -1, standing_kind, item_type_names[type], title,
                 person_ref (g, presenter), presenter_text, minutes, summary ? summary : "",
                 background ? background : "", assessment ? assessment : "",
                 proposed ? proposed : "", held && decision ? decision : "",
                 held && outcome >= 0 ? outcome_names[outcome] : NULL,
                 held && dissent ? dissent : "", held && minutes_note ? minutes_note : "",
                 follow_up ? 1 : 0, legal_basis ? "exempt" : "open", legal_basis,
                 held ? start.s : NULL, held ? end.s : NULL, m->updated_at.s, ctx->by);
}

static gboolean
has_actions (guint meeting,
             guint item)
{
  for (guint i = 0; i < demo_n_actions; i++)
    if (demo_actions[i].meeting == meeting && demo_actions[i].item == item)
      return TRUE;
  return FALSE;
}

static const char *const pr_places[] = {
  "Kommunestyresalen, Nordstrand rådhus",
  "Møterom Fjorden, Fjordvik rådhus",
  "Lågdal kultursenter, møterom Elva",
};

static void
insert_meeting (Gen     *g,
                Meeting *m)
{
  const DemoMeeting *dm = &demo_meetings[m->index];
  const DemoForum *forum = &demo_forums[m->forum];
  const char *by = person_name (forum->secretary);
  Rng rng = rng_make (g->seed, 14, m->index, 0);
  gboolean held = m->state >= MEETING_STATE_HELD;
  static const char *const state_names[] = { "draft", "notice_sent", "held",
                                             "minutes_approved" };
  g_autofree char *uid = g_strdup_printf ("styre-demo-%" G_GUINT64_FORMAT "-%u"
                                          "@fjordvik.kommune.example", g->seed, m->index + 1);
  g_autofree char *video = g_strdup_printf ("https://teams.microsoft.com/l/meetup-join/"
                                            "19%%3ameeting_%08x%08x%%40thread.v2/0",
                                            (guint) rng_next (&rng), (guint) rng_next (&rng));
  g_autofree char *year = g_strdup_printf ("%d", m->case_year);
  g_autofree char *next_year = g_strdup_printf ("%d", m->case_year + 1);
  g_autofree char *previous_year = g_strdup_printf ("%d", m->case_year - 1);
  g_autofree char *previous_words = NULL;
  g_autofree char *approve_minutes = NULL;
  g_autofree char *status_summary = NULL;
  gboolean added[DEMO_N_PERSONS] = { FALSE };
  const Meeting *previous = NULL;
  int position = 0;
  const char *place = forum->default_place;
  ItemContext ctx;
  Placeholder values[] = {
    { "Y", year, FALSE },
    { "Y1", next_year, FALSE },
    { "Y0", previous_year, FALSE },
    { "MONTH", demo_month_names[m->mi % 12], FALSE },
    { "L", NULL, FALSE },
  };

  if (m->forum == FORUM_PORTEFOLJERADET)
    {
      guint n = 0;

      for (guint i = 0; i < m->index; i++)
        n += g->meetings[i].forum == FORUM_PORTEFOLJERADET;
      place = pr_places[n % G_N_ELEMENTS (pr_places)];
    }

  m->id = insert (g, S_MEETING, "ltttttrrtttttitt", g->forum_id[m->forum], forum->title,
                  local_text (m->day, m->start_minute).s, local_text (m->day, m->end_minute).s,
                  place, video, person_ref (g, forum->chair), person_ref (g, forum->secretary),
                  state_names[m->state],
                  m->state >= MEETING_STATE_NOTICE_SENT ? m->notice_sent_at.s : NULL,
                  held ? m->held_at.s : NULL,
                  m->state == MEETING_STATE_MINUTES_APPROVED ? m->minutes_approved_at.s : NULL,
                  uid, m->state == MEETING_STATE_DRAFT ? 0
                       : m->state == MEETING_STATE_NOTICE_SENT ? 1 : 1 + (int) (m->index % 2),
                  m->updated_at.s, by);
  if (m->id == 0)
    return;

  add_participant (g, m, added, forum->chair, "chair", &position);
  for (const guint8 *p = forum->members; *p != P_NONE; p++)
    add_participant (g, m, added, *p, "member", &position);
  for (const guint8 *p = forum->advisers; *p != P_NONE; p++)
    add_participant (g, m, added, *p, "adviser", &position);
  for (const guint8 *p = forum->observers; *p != P_NONE; p++)
    add_participant (g, m, added, *p, "observer", &position);
  add_participant (g, m, added, forum->secretary, "secretary", &position);
  for (guint c = 0; c < dm->n_cases; c++)
    add_participant (g, m, added, dm->cases[c].guest, "guest", &position);

  if (held)
    insert_snapshot (g, m);

  for (guint i = 0; i < m->index; i++)
    if (g->meetings[i].forum == m->forum)
      previous = &g->meetings[i];
  previous_words = day_words (previous ? previous->day : m->day - 42);
  approve_minutes = g_strdup_printf ("Protokoll fra møtet %s godkjennes.", previous_words);

  if (held && m->snapshot_id && query (g, Q_SNAPSHOT_COUNTS, "l", m->snapshot_id))
    {
      sqlite3_stmt *s = g->stmt[Q_SNAPSHOT_COUNTS];
      g_autofree char *date = day_words (m->day);

      status_summary = g_strdup_printf ("Per %s har porteføljen %d aktive tiltak: %d grønne, "
                                        "%d gule og %d røde.", date,
                                        sqlite3_column_int (s, 0), sqlite3_column_int (s, 1),
                                        sqlite3_column_int (s, 2), sqlite3_column_int (s, 3));
    }
  query_done (g, Q_SNAPSHOT_COUNTS);
  if (status_summary == NULL)
    status_summary = g_strdup ("Oppdatert porteføljestatus legges fram i møtet, med endringer "
                               "siden forrige møte.");

  ctx = (ItemContext) { g, m, rng_make (g->seed, 15, m->index, 0),
                        m->start_minute, 1, by, values, G_N_ELEMENTS (values) };

  /* Standing items first, then the cases, then Eventuelt. */
  for (guint s = 0; s < G_N_ELEMENTS (standing_items); s++)
    {
      const char *kind = standing_items[s].kind;
      gint64 item;

      if (standing_items[s].at_end)
        continue;
      if (g_str_equal (kind, "approve_notice"))
        item = insert_item (&ctx, 0, kind, standing_items[s].type, standing_items[s].title,
                            forum->chair, standing_items[s].minutes, "", "", "",
                            "Innkalling og saksliste godkjennes.", DEMO_OUTCOME_ADOPTED,
                            "Innkalling og saksliste godkjennes.", NULL, NULL, FALSE, NULL);
      else if (g_str_equal (kind, "approve_minutes"))
        {
          g_autofree char *title = g_strdup_printf ("Protokoll fra møtet %s", previous_words);
          g_autofree char *location = g_strdup_printf ("Saksdokumenter/%d/Protokoll %s %s.pdf",
                                                       day_year (previous ? previous->day
                                                                          : m->day - 42),
                                                       forum->name, previous_words);

          item = insert_item (&ctx, 0, kind, standing_items[s].type, standing_items[s].title,
                              forum->chair, standing_items[s].minutes, "", "", "",
                              approve_minutes, DEMO_OUTCOME_ADOPTED, approve_minutes, NULL,
                              NULL, FALSE, NULL);
          insert (g, S_ATTACHMENT, "litttt", item, 0, title, location, m->updated_at.s, by);
        }
      else if (g_str_equal (kind, "follow_up"))
        {
          item = insert_item (&ctx, 0, kind, standing_items[s].type, standing_items[s].title,
                              forum->secretary, standing_items[s].minutes,
                              "Oversikt over vedtak og oppfølgingspunkter som ikke er lukket.",
                              "", "", "Saken tas til orientering.", DEMO_OUTCOME_NOTED,
                              "Saken tas til orientering.", NULL, NULL, FALSE, NULL);
          insert_views (&ctx, item, "follow-up-ageing");
        }
      else
        {
          item = insert_item (&ctx, 0, kind, standing_items[s].type, standing_items[s].title,
                              m->forum == FORUM_LEDERGRUPPEN ? P_DAHL : P_NYGARD,
                              standing_items[s].minutes, status_summary, "", "",
                              "Saken tas til orientering.", DEMO_OUTCOME_NOTED,
                              "Saken tas til orientering.", NULL, NULL, FALSE, NULL);
          insert_views (&ctx, item, m->forum == FORUM_LEDERGRUPPEN
                                    ? "kpi;rag-heatmap;since-last-meeting"
                                    : "kpi;rag-heatmap;cross-agency;since-last-meeting");
        }
    }

  for (guint c = 0; c < dm->n_cases; c++)
    {
      const DemoCase *dc = &dm->cases[c];
      const Init *in = dc->initiative ? &g->inits[dc->initiative - 1] : NULL;
      g_autofree char *title = NULL, *summary = NULL, *background = NULL;
      g_autofree char *assessment = NULL, *proposed = NULL, *decision = NULL;
      g_autofree char *note = NULL;
      gint64 item;

      values[G_N_ELEMENTS (values) - 1].value = in && demo_initiatives[in->base].supplier
                                                ? demo_initiatives[in->base].supplier
                                                : "leverandøren";
      title = expand (dc->title, values, G_N_ELEMENTS (values));
      summary = expand (dc->summary, values, G_N_ELEMENTS (values));
      background = expand (dc->background, values, G_N_ELEMENTS (values));
      assessment = expand (dc->assessment, values, G_N_ELEMENTS (values));
      proposed = expand (dc->proposed, values, G_N_ELEMENTS (values));
      note = expand (dc->minutes_note, values, G_N_ELEMENTS (values));
      if (dc->outcome == DEMO_OUTCOME_NOTED)
        decision = g_strdup ("Saken tas til orientering.");
      else if (dc->outcome == DEMO_OUTCOME_AMENDED)
        decision = g_strdup_printf ("%s\n%s", proposed, dc->amendment);
      else
        decision = g_strdup (proposed);

      item = insert_item (&ctx, (int) m->case_seq[c], NULL, dc->type, title, dc->presenter,
                          dc->minutes, summary, background, assessment, proposed,
                          dc->outcome, decision, dc->dissent, note,
                          has_actions (m->index, c), dc->legal_basis);
      m->item_ids[c] = item;
      if (item == 0)
        return;

      if (in != NULL)
        insert (g, S_ITEM_INIT, "lltt", item, in->id, m->updated_at.s, by);
      if (dc->initiative2)
        insert (g, S_ITEM_INIT, "lltt", item, g->inits[dc->initiative2 - 1].id,
                m->updated_at.s, by);
      insert_views (&ctx, item, dc->views);
      insert_attachments (&ctx, item, c, dc->attachments);
      if (dc->guest != P_NONE)
        insert (g, S_ITEM_GUEST, "lltt", item, g->person_id[dc->guest], m->updated_at.s, by);

      if (held && in != NULL && dc->gate != DEMO_GATE_NONE)
        insert_gate_decision (g, in, dc->gate, m->day, dc->gate_outcome, dc->gate_conditions,
                              item, by);
      if (held && in != NULL && dc->pilot_decision != DEMO_PILOT_NONE && in->pilot_id)
        insert (g, S_PILOT_EVAL, "ltttrtt", in->pilot_id, day_text (m->day).s,
                pilot_decision_names[dc->pilot_decision], dc->pilot_rationale, item,
                m->held_at.s, by);
    }

  for (guint s = 0; s < G_N_ELEMENTS (standing_items); s++)
    if (standing_items[s].at_end)
      insert_item (&ctx, 0, standing_items[s].kind, standing_items[s].type,
                   standing_items[s].title, forum->chair, standing_items[s].minutes, "", "", "",
                   "", DEMO_OUTCOME_NOTED, "Saken tas til orientering.", NULL,
                   dm->any_other_business ? dm->any_other_business
                                          : "Ingen saker ble tatt opp under eventuelt.",
                   FALSE, NULL);
}

static void
insert_actions (Gen *g)
{
  for (guint i = 0; i < demo_n_actions; i++)
    {
      const DemoAction *a = &demo_actions[i];
      const Meeting *m = &g->meetings[a->meeting];
      const DemoCase *dc = &demo_meetings[a->meeting].cases[a->item];
      const char *by = person_name (demo_forums[m->forum].secretary);
      g_autofree char *year = g_strdup_printf ("%d", m->case_year);
      g_autofree char *next_year = g_strdup_printf ("%d", m->case_year + 1);
      Placeholder values[] = { { "Y", year, FALSE }, { "Y1", next_year, FALSE } };
      g_autofree char *title = expand (a->title, values, G_N_ELEMENTS (values));
      gboolean closed = a->status == DEMO_ACTION_DONE || a->status == DEMO_ACTION_CANCELLED;
      Day due = day_workday (m->day + a->due_days);
      Day closed_on = 0, updated;
      gint64 closed_in = 0;

      if (closed)
        {
          closed_on = day_workday (m->day + a->closed_days);
          if (a->closed_in)
            {
              const Meeting *in_meeting = &g->meetings[a->closed_in - 1];

              closed_on = MIN (closed_on, in_meeting->day);
              if (in_meeting->state >= MEETING_STATE_HELD)
                closed_in = in_meeting->id;
            }
          closed_on = MIN (closed_on, g->today - 1);
          updated = closed_on;
        }
      else
        updated = MIN (g->today - 1, m->day + (Day) MAX (1, a->due_days / 2));

      insert (g, S_ACTION, "lrttrttttrttttt", m->item_ids[a->item],
              dc->initiative ? g->inits[dc->initiative - 1].id : (gint64) 0, title,
              a->description, person_ref (g, a->owner), day_text (due).s,
              action_status_names[a->status], day_text (m->day).s,
              closed ? day_text (closed_on).s : NULL, closed_in, a->note,
              dc->legal_basis ? "exempt" : "open", dc->legal_basis,
              day_stamp (updated).s, by);
    }
}

/* ── Dashboard layouts ─────────────────────────────────────────────────────────────── */

/* The two layouts the secretariat set up: the leadership group looks at health, money
 * and follow-up; the portfolio board at priorities, phases, capacity and the roadmap. */
static void
insert_layouts (Gen *g)
{
  static const struct { const char *name; const char *content; } layouts[] = {
    { "Ledermøte",
      "[{\"chart\":\"kpi\",\"width\":4,\"height\":1},"
      "{\"chart\":\"rag-heatmap\",\"width\":2,\"height\":2},"
      "{\"chart\":\"since-last-meeting\",\"width\":2,\"height\":1},"
      "{\"chart\":\"status-trend\",\"width\":2,\"height\":1},"
      "{\"chart\":\"money\",\"width\":2,\"height\":1},"
      "{\"chart\":\"follow-up-ageing\",\"width\":2,\"height\":1},"
      "{\"chart\":\"benefits\",\"width\":2,\"height\":1},"
      "{\"chart\":\"five-percent\",\"width\":2,\"height\":1}]" },
    { "Porteføljeråd",
      "[{\"chart\":\"kpi\",\"width\":4,\"height\":1},"
      "{\"chart\":\"value-risk\",\"width\":2,\"height\":2},"
      "{\"chart\":\"phase-funnel\",\"width\":2,\"height\":1},"
      "{\"chart\":\"focus-areas\",\"width\":2,\"height\":1},"
      "{\"chart\":\"roadmap\",\"width\":4,\"height\":2},"
      "{\"chart\":\"competence\",\"width\":2,\"height\":1},"
      "{\"chart\":\"cross-agency\",\"width\":2,\"height\":1},"
      "{\"chart\":\"rag-heatmap\",\"width\":2,\"height\":2,"
      "\"filters\":{\"group\":\"focus_area\"}},"
      "{\"chart\":\"benefits\",\"width\":2,\"height\":1}]" },
  };
  const char *by = person_name (demo_forums[FORUM_PORTEFOLJERADET].secretary);

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    insert (g, S_LAYOUT, "tttt", layouts[i].name, layouts[i].content, g->org_stamp.s, by);
}

/* ── Putting it together ───────────────────────────────────────────────────────────── */

void
styre_demo_options_init (StyreDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->scale = 1;
  options->seed = STYRE_DEMO_DEFAULT_SEED;
  options->today = NULL;
}

static gboolean
parse_today (const char  *text,
             Day         *out,
             GError     **error)
{
  int y = 0, m = 0, d = 0;

  if (text == NULL)
    {
      g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
      g_autoptr(GDateTime) now = oslo ? g_date_time_new_now (oslo) : g_date_time_new_now_utc ();

      *out = julian_from_dmy (g_date_time_get_day_of_month (now),
                                     g_date_time_get_month (now), g_date_time_get_year (now));
      return TRUE;
    }

  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3
      || text[4] != '-' || text[7] != '-' || y < 2000 || y > 2190
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), text);
      return FALSE;
    }
  *out = julian_from_dmy (d, m, y);
  return TRUE;
}

static gboolean
prepare_statements (Gen *g)
{
  for (int i = 0; i < N_STATEMENTS; i++)
    if (sqlite3_prepare_v3 (g->db, statement_sql[i], -1, SQLITE_PREPARE_PERSISTENT,
                            &g->stmt[i], NULL) != SQLITE_OK)
      {
        styre_sqlite_error (g->db, sqlite3_extended_errcode (g->db), &g->error);
        g_prefix_error (&g->error, "demo statement %d: ", i);
        return FALSE;
      }
  return TRUE;
}

/* The audit trail a file like this would have: who registered each initiative, moved it
 * to the next phase at its gate, published its reports, reached its milestones and
 * registered its risks and budgets. Made for the base portfolio only (the copies of a
 * benchmark file have none), in the order things happened, so an initiative's History
 * reads as it would after years of use. */
static void
insert_history (Gen *g)
{
  static const char *const sql =
    "CREATE TEMP TABLE demo_history (at TEXT, who TEXT, action TEXT, table_name TEXT, "
    "                                row_id INTEGER, detail TEXT);"
    "INSERT INTO demo_history SELECT i.created_at, coalesce(o.name, ?2), 'insert', 'initiative', "
    "  i.id, json_object('code', i.code, 'title', i.title, 'kind', i.kind, 'method', i.method) "
    "  FROM initiative AS i LEFT JOIN person AS o ON o.id = i.owner_id "
    "  WHERE i.id IN (SELECT value FROM json_each(?1));"
    "INSERT INTO demo_history SELECT g.decided_on || 'T12:30:00Z', coalesce(o.name, ?2), "
    "  'update', 'initiative', g.initiative_id, json_object('phase', json_array("
    "    CASE g.gate WHEN 'BP1' THEN 'idea' WHEN 'BP2' THEN 'concept' WHEN 'BP3' THEN 'planning' "
    "                WHEN 'BP4' THEN 'execution' ELSE 'closing' END, "
    "    CASE g.gate WHEN 'BP1' THEN 'concept' WHEN 'BP2' THEN 'planning' WHEN 'BP3' "
    "                THEN 'execution' WHEN 'BP4' THEN 'closing' ELSE 'realisation' END)) "
    "  FROM gate_decision AS g JOIN initiative AS i ON i.id = g.initiative_id "
    "  LEFT JOIN person AS o ON o.id = i.owner_id "
    "  WHERE g.outcome IN ('approved', 'approved_with_conditions') "
    "  AND g.gate IN ('BP1', 'BP2', 'BP3', 'BP4', 'BP5') "
    "  AND i.id IN (SELECT value FROM json_each(?1));"
    "INSERT INTO demo_history SELECT g.decided_on || 'T12:35:00Z', coalesce(o.name, ?2), "
    "  'update', 'initiative', g.initiative_id, json_object('lifecycle', json_array('active', "
    "    g.outcome)) "
    "  FROM gate_decision AS g JOIN initiative AS i ON i.id = g.initiative_id "
    "  LEFT JOIN person AS o ON o.id = i.owner_id "
    "  WHERE g.outcome IN ('paused', 'stopped') AND i.id IN (SELECT value FROM json_each(?1));"
    "INSERT INTO demo_history SELECT r.published_at, coalesce(a.name, ?2), 'update', "
    "  'status_report', r.id, json_object('state', json_array('draft', 'published'), "
    "  'published_at', json_array(NULL, r.published_at)) "
    "  FROM status_report AS r LEFT JOIN person AS a ON a.id = r.author_id "
    "  WHERE r.state = 'published' AND r.initiative_id IN (SELECT value FROM json_each(?1));"
    "INSERT INTO demo_history SELECT m.actual_date || 'T13:00:00Z', coalesce(l.name, ?2), "
    "  'update', 'milestone', m.id, json_object('actual_date', json_array(NULL, m.actual_date)) "
    "  FROM milestone AS m JOIN initiative AS i ON i.id = m.initiative_id "
    "  LEFT JOIN person AS l ON l.id = i.leader_id "
    "  WHERE m.actual_date IS NOT NULL AND i.id IN (SELECT value FROM json_each(?1));"
    "INSERT INTO demo_history SELECT r.identified_on || 'T09:10:00Z', coalesce(w.name, ?2), "
    "  'insert', 'risk', r.id, json_object('initiative_id', r.initiative_id, 'title', r.title) "
    "  FROM risk AS r JOIN initiative AS i ON i.id = r.initiative_id "
    "  LEFT JOIN person AS w ON w.id = coalesce(r.owner_id, i.leader_id) "
    "  WHERE i.id IN (SELECT value FROM json_each(?1));"
    "INSERT INTO demo_history SELECT r.closed_on || 'T09:20:00Z', coalesce(w.name, ?2), "
    "  'update', 'risk', r.id, json_object('state', json_array('open', 'closed')) "
    "  FROM risk AS r JOIN initiative AS i ON i.id = r.initiative_id "
    "  LEFT JOIN person AS w ON w.id = coalesce(r.owner_id, i.leader_id) "
    "  WHERE r.state = 'closed' AND i.id IN (SELECT value FROM json_each(?1));"
    "INSERT INTO demo_history SELECT b.recorded_on || 'T08:40:00Z', ?2, 'insert', "
    "  'budget_line', b.id, json_object('initiative_id', b.initiative_id, 'year', b.year) "
    "  FROM budget_line AS b WHERE b.initiative_id IN (SELECT value FROM json_each(?1));"
    "INSERT INTO audit_log (at, user_name, display_name, host, action, table_name, row_id, "
    "  detail) SELECT at, 'demo', who, '', action, table_name, row_id, detail "
    "  FROM demo_history WHERE at IS NOT NULL ORDER BY at, table_name, row_id;"
    "DROP TABLE demo_history;";
  g_autoptr(GString) ids = g_string_new ("[");
  const char *tail = sql;

  if (failed (g))
    return;
  for (guint i = 0; i < g->n_inits && i < DEMO_N_INITIATIVES; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? "," : "", g->inits[i].id);
  g_string_append_c (ids, ']');

  while (tail != NULL && *tail != '\0' && !failed (g))
    {
      sqlite3_stmt *stmt = NULL;
      const char *next = NULL;
      int rc = sqlite3_prepare_v2 (g->db, tail, -1, &stmt, &next);

      if (rc != SQLITE_OK)
        {
          styre_sqlite_error (g->db, rc, &g->error);
          break;
        }
      if (stmt != NULL)
        {
          if (sqlite3_bind_parameter_count (stmt) >= 1)
            sqlite3_bind_text (stmt, 1, ids->str, -1, SQLITE_STATIC);
          if (sqlite3_bind_parameter_count (stmt) >= 2)
            sqlite3_bind_text (stmt, 2, ORG_BY, -1, SQLITE_STATIC);
          rc = sqlite3_step (stmt);
          if (rc != SQLITE_DONE)
            styre_sqlite_error (g->db, sqlite3_extended_errcode (g->db), &g->error);
          sqlite3_finalize (stmt);
        }
      tail = next;
    }
}

static void
generate (Gen *g)
{
  Sim *sim = g_new0 (Sim, 1);

  make_base_codes (g);
  insert_organisation (g);

  g->n_inits = g->scale * DEMO_N_INITIATIVES;
  g->inits = g_new0 (Init, g->n_inits);
  for (guint copy = 0; copy < g->scale; copy++)
    for (guint b = 0; b < DEMO_N_INITIATIVES; b++)
      setup_init (g, &g->inits[copy * DEMO_N_INITIATIVES + b], copy, b);

  for (guint i = 0; i < g->n_inits && !failed (g); i++)
    {
      simulate (g, &g->inits[i], sim);
      insert_initiative (g, &g->inits[i], sim);
    }
  for (guint i = 0; i < g->n_inits && !failed (g); i++)
    insert_dependencies (g, &g->inits[i]);

  insert_capacity (g);
  insert_overspend (g);
  for (guint i = 0; i < demo_n_meetings && !failed (g); i++)
    insert_meeting (g, &g->meetings[i]);
  insert_actions (g);
  insert_layouts (g);
  insert_history (g);

  g_free (sim);
}

static void
gen_clear (Gen *g)
{
  for (int i = 0; i < N_STATEMENTS; i++)
    g_clear_pointer (&g->stmt[i], sqlite3_finalize);
  for (guint i = 0; i < g->n_inits; i++)
    {
      g_free (g->inits[i].code);
      g_free (g->inits[i].title);
    }
  g_clear_pointer (&g->inits, g_free);
  g_clear_pointer (&g->meetings, g_free);
  g_clear_pointer (&g->demand, g_free);
  for (guint b = 0; b < DEMO_N_INITIATIVES; b++)
    g_clear_pointer (&g->base_codes[b], g_free);
}

/**
 * styre_demo_create:
 * @path: where the new file goes; it must not exist
 * @options: (nullable): scale, seed and "today", or %NULL for the defaults
 *
 * Makes a new .styre file with the demo portfolio of Fjordvik kommune, in one transaction.
 * The same seed and today give the same content (styre_store_content_hash()).
 *
 * Returns: (transfer full): the open store, or %NULL with @error set
 */
StyreStore *
styre_demo_create (const char              *path,
                   const StyreDemoOptions  *options,
                   GError                 **error)
{
  StyreDemoOptions defaults;
  g_autoptr(StyreStore) store = NULL;
  g_autofree char *file_id = NULL;
  g_autofree char *saved_user = NULL;
  g_autofree char *saved_display = NULL;
  g_autofree char *saved_host = NULL;
  g_autofree char *saved_now = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *cache_size = NULL;
  Text created_at, imported_at;
  Gen g = { 0 };
  Rng rng;
  Day today;
  gboolean ok = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  if (options == NULL)
    {
      styre_demo_options_init (&defaults);
      options = &defaults;
    }
  if (options->scale < 1 || options->scale > 10000)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("The demo's scale must be between 1 and 10 000."));
      return NULL;
    }
  if (!parse_today (options->today, &today, error))
    return NULL;

  rng = rng_make (options->seed, 0, 0, 0);
  {
    guint64 a = rng_next (&rng), b = rng_next (&rng);

    /* A version 4 UUID from the seed. */
    file_id = g_strdup_printf ("%08x-%04x-4%03x-%04x-%012" G_GINT64_MODIFIER "x",
                               (guint) (a >> 32), (guint) (a >> 16) & 0xffff,
                               (guint) a & 0xfff, (guint) ((b >> 48) & 0x3fff) | 0x8000,
                               b & G_GUINT64_CONSTANT (0xffffffffffff));
  }
  created_at = stamp_text (today, 7 * 60, 0);
  imported_at = stamp_text (today, 7 * 60, 5);

  store = styre_store_create_with (path, "Fjordvik kommune", file_id, created_at.s, "Styre",
                                   error);
  if (store == NULL)
    return NULL;

  g.store = store;
  g.scale = options->scale;
  g.seed = options->seed;
  g.today = today;
  g.today_mi = day_month (today);
  g.history_mi = g.today_mi - DEMO_HISTORY_MONTHS;
  g.org_stamp = stamp_text (day_workday (month_day (g.history_mi, 1)), 8 * 60, 0);
  g.first_quarter = g.today_mi / 3 - 2;
  g.demand = g_new0 (double, DEMO_N_COMPETENCES * N_QUARTERS * DEMO_N_AGENCIES);

  /* The audit row says the generator did it, at a time derived from today. */
  saved_user = g_strdup (store->user_name);
  saved_display = g_strdup (store->display_name);
  saved_host = g_strdup (store->host);
  saved_now = g_strdup (store->now_for_testing);
  styre_store_set_identity (store, "styre", "Styre");
  g_free (store->host);
  store->host = g_strdup ("");
  styre_store_set_now_for_testing (store, imported_at.s);

  styre_store_lock (store);
  g.db = styre_store_get_db (store);
  plan_meetings (&g);

  cache_size = styre_sqlite_get_text (g.db, "PRAGMA cache_size", NULL);
  if (prepare_statements (&g)
      && styre_sqlite_exec (g.db, "PRAGMA cache_size = -262144", &g.error)
      && styre_store_begin_immediate (store, &g.error))
    {
      generate (&g);
      detail = g_strdup_printf ("{\"source\":\"demo\",\"seed\":%" G_GUINT64_FORMAT ","
                                "\"scale\":%u,\"today\":\"%s\"}", g.seed, g.scale,
                                day_text (today).s);
      if (!failed (&g)
          && styre_store_audit (store, "import", "meta", 0, detail, &g.error)
          && styre_store_bump_counter (store, &g.error)
          && styre_store_commit (store, &g.error))
        ok = TRUE;
      else
        styre_store_rollback (store);
    }
  gen_clear (&g);
  if (cache_size != NULL)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", atoi (cache_size));

      styre_sqlite_exec (g.db, sql, NULL);
    }
  styre_store_unlock (store);

  styre_store_set_identity (store, saved_user, saved_display);
  g_free (store->host);
  store->host = g_steal_pointer (&saved_host);
  styre_store_set_now_for_testing (store, saved_now);

  if (!ok)
    {
      g_autofree char *abs = g_strdup (styre_store_get_path (store));
      g_autofree char *journal = g_strconcat (abs, "-journal", NULL);

      g_propagate_error (error, g_steal_pointer (&g.error));
      styre_store_close (store);
      g_unlink (abs);
      g_unlink (journal);
      return NULL;
    }
  return g_steal_pointer (&store);
}

/* Whether the demo at @store was made for an earlier day and nobody has changed it since:
 * then it can be made again for today without losing anything of anyone's. */
static gboolean
demo_is_stale_and_untouched (StyreStore *store,
                             const char *today)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  gboolean stale = FALSE;

  styre_store_lock (store);
  db = styre_store_get_db (store);
  if (sqlite3_prepare_v2 (db,
                          "SELECT (SELECT count(*) FROM audit_log "
                          "        WHERE action NOT IN ('create', 'import') AND id > "
                          "        (SELECT max(id) FROM audit_log WHERE action = 'import')), "
                          "       (SELECT json_extract(detail, '$.today') FROM audit_log "
                          "        WHERE action = 'import' AND table_name = 'meta' "
                          "        AND json_extract(detail, '$.source') = 'demo' "
                          "        ORDER BY id LIMIT 1)",
                          -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *made_for = (const char *) sqlite3_column_text (stmt, 1);
      stale = sqlite3_column_int (stmt, 0) == 0 && made_for != NULL
              && g_strcmp0 (made_for, today) < 0;
    }
  sqlite3_finalize (stmt);
  styre_store_unlock (store);
  return stale;
}

/**
 * styre_demo_open:
 * @path: where the person's demo lives (the app uses its data folder)
 *
 * Opens the demo at @path, making it first when it is missing. A demo that was made for
 * an earlier day and never changed is made again for today, so its meetings and reports
 * stay current; one that is no longer a readable Styre file is made again too. A demo
 * someone has edited is kept as it is.
 *
 * Returns: (transfer full): the open demo, or %NULL with @error set
 */
StyreStore *
styre_demo_open (const char  *path,
                 GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *fresh = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreStore) made = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *today = NULL;
  Day today_day;

  g_return_val_if_fail (path != NULL, NULL);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY,
                   _("The folder “%s” could not be made: %s"), folder, g_strerror (saved));
      return NULL;
    }

  if (!parse_today (NULL, &today_day, error))
    return NULL;
  today = g_strdup (day_text (today_day).s);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return styre_demo_create (path, NULL, error);

  store = styre_store_open (path, STYRE_OPEN_DEFAULT, &local_error);
  if (store != NULL && !demo_is_stale_and_untouched (store, today))
    return g_steal_pointer (&store);
  /* Only a demo that is no Styre file any more is replaced; one from a newer Styre, or
   * one that is busy or unreadable for now, is left alone and the reason shown. */
  if (store == NULL && !g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_NOT_STYRE)
      && !g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_DAMAGED)
      && !g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_TAMPERED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  g_clear_object (&store);

  /* Make the new one beside it and move it into place in one step. */
  fresh = g_strdup_printf ("%s.new-%08x", path, g_random_int ());
  made = styre_demo_create (fresh, NULL, error);
  if (made == NULL)
    return NULL;
  g_clear_object (&made);
  if (g_rename (fresh, path) != 0)
    {
      int saved = errno;
      g_unlink (fresh);
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                   _("The demo could not be put in place: %s"), g_strerror (saved));
      return NULL;
    }
  return styre_store_open (path, STYRE_OPEN_DEFAULT, error);
}
