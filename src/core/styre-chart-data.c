/* styre-chart-data.c — reading each chart's numbers as of a date
 *
 * Every chart starts from the same picture: the initiatives that pass the filters and
 * existed on the as-of day, each as it stood then (read_state). From a held meeting's
 * snapshot where the question is "as of that meeting", otherwise from the history tables.
 * Lists of ids go to SQLite as a JSON array (json_each), so one statement serves any
 * number of initiatives without temporary tables on a connection that may be read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-chart-data"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "styre-chart-data.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-store-private.h"

typedef struct
{
  StyreStore            *store;
  sqlite3               *db;
  StyreChartData        *data;
  const StyreChartQuery *query;
  char                  *agency;
  gint64                 focus_area_id;
  char                  *focus_area;
  const char            *kind;
  const char            *method;
  const char            *phase;
  gint64                 snapshot_id;
  char                  *ids_json;        /* every initiative of the state */
  char                  *open_ids_json;   /* the open ones */
  GHashTable            *by_id;           /* gint64 id → StyreChartInitiative */
} Ctx;

/* ── small helpers ───────────────────────────────────────────────────────────────────── */

static const char *
col_text (sqlite3_stmt *stmt,
          int           i)
{
  return (const char *) sqlite3_column_text (stmt, i);
}

static char *
col_dup (sqlite3_stmt *stmt,
         int           i)
{
  return g_strdup (col_text (stmt, i));
}

static gint64
col_int_or (sqlite3_stmt *stmt,
            int           i,
            gint64        fallback)
{
  return styre_sqlite_column_int_or (stmt, i, fallback);
}

static sqlite3_stmt *
prepare (Ctx         *c,
         const char  *sql,
         GError     **error)
{
  return styre_sqlite_prepare (c->db, sql, error);
}

static gboolean
finish (Ctx           *c,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  return styre_sqlite_finish (c->db, stmt, rc, error);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           i,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, i);
  else
    sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           i,
         gint64        id)
{
  if (id <= 0)
    sqlite3_bind_null (stmt, i);
  else
    sqlite3_bind_int64 (stmt, i, id);
}

static const char *
intern_or (const char *text,
           const char *fallback)
{
  return g_intern_string (text != NULL ? text : fallback);
}

static char *
end_of_day (const char *date)
{
  return g_strdup_printf ("%.10sT23:59:59Z", date);
}

static int
days_between (const char *from,
              const char *to)
{
  g_autoptr(GDate) a = styre_date_from_iso (from);
  g_autoptr(GDate) b = styre_date_from_iso (to);

  if (a == NULL || b == NULL)
    return 0;
  return g_date_days_between (a, b);
}

/* 'YYYY-Qn' as a number of quarters since year 0, and back. */
static int
quarter_of (const char *date)
{
  int y = atoi (date), m = atoi (date + 5);

  return y * 4 + (CLAMP (m, 1, 12) - 1) / 3;
}

static void
quarter_text (int   quarter,
              char *out)
{
  g_snprintf (out, 8, "%04d-Q%d", quarter / 4, quarter % 4 + 1);
}

/* The phase a gate opens: BP1 concept … BP5 realisation; BP6 ends it; KS1/KS2 open none. */
static const char *
phase_after_gate (const char *gate)
{
  static const char *phases[] = { "concept", "planning", "execution", "closing",
                                  "realisation" };

  if (gate != NULL && gate[0] == 'B' && gate[1] == 'P' && gate[2] >= '1' && gate[2] <= '5')
    return phases[gate[2] - '1'];
  return NULL;
}

/* ── freeing ─────────────────────────────────────────────────────────────────────────── */

static void
initiative_free (gpointer data)
{
  StyreChartInitiative *i = data;

  g_free (i->code);
  g_free (i->title);
  g_free (i->agency_code);
  g_free (i->agency_name);
  g_free (i->focus_area);
  for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
    g_free (i->dim_comments[d]);
  g_free (i->period);
  g_free (i->summary);
  g_free (i);
}

static void
gate_free (gpointer data)
{
  StyreChartGate *g = data;

  g_free (g->code);
  g_free (g->title);
  g_free (g->gate);
  g_free (g->date);
  g_free (g);
}

static void
share_free (gpointer data)
{
  StyreOverspendShare *s = data;

  g_free (s->code);
  g_free (s->title);
  g_free (s);
}

static void
overspend_free (gpointer data)
{
  StyreOverspend *o = data;

  g_free (o->agency_code);
  g_free (o->agency_name);
  g_free (o->chapter_post);
  g_free (o->decided_on);
  g_free (o->reference);
  g_clear_pointer (&o->repayments, g_array_unref);
  g_clear_pointer (&o->shares, g_ptr_array_unref);
  g_free (o);
}

static void
roadmap_phase_clear (gpointer data)
{
  StyreRoadmapPhase *p = data;

  g_free (p->from);
  g_free (p->to);
}

static void
roadmap_milestone_free (gpointer data)
{
  StyreRoadmapMilestone *m = data;

  g_free (m->title);
  g_free (m->baseline);
  g_free (m->forecast);
  g_free (m->actual);
  g_free (m);
}

static void
roadmap_decision_free (gpointer data)
{
  StyreRoadmapDecision *d = data;

  g_free (d->decided_on);
  g_free (d);
}

static void
roadmap_row_free (gpointer data)
{
  StyreRoadmapRow *r = data;

  g_free (r->start);
  g_free (r->end);
  g_clear_pointer (&r->phases, g_array_unref);
  g_clear_pointer (&r->milestones, g_ptr_array_unref);
  g_clear_pointer (&r->decisions, g_ptr_array_unref);
  g_free (r);
}

static void
benefit_series_free (gpointer data)
{
  StyreBenefitSeries *s = data;

  g_free (s->name);
  g_clear_pointer (&s->years, g_array_unref);
  g_free (s);
}

static void
need_free (gpointer data)
{
  StyreCompetenceNeed *n = data;

  g_free (n->code);
  g_free (n->title);
  g_free (n);
}

static void
competence_row_free (gpointer data)
{
  StyreCompetenceRow *r = data;

  g_free (r->name);
  for (guint q = 0; q < STYRE_COMPETENCE_QUARTERS; q++)
    g_clear_pointer (&r->needs[q], g_ptr_array_unref);
  g_free (r);
}

static void
focus_total_free (gpointer data)
{
  StyreFocusAreaTotal *t = data;

  g_free (t->name);
  g_clear_pointer (&t->initiative_ids, g_array_unref);
  g_free (t);
}

static void
agency_free (gpointer data)
{
  StyreChartAgency *a = data;

  if (a == NULL)
    return;
  g_free (a->code);
  g_free (a->name);
  g_free (a->short_name);
  g_free (a);
}

static void
cross_row_free (gpointer data)
{
  StyreCrossAgencyRow *r = data;

  g_free (r->roles);
  g_free (r);
}

static void
ageing_free (gpointer data)
{
  StyreAgeingAction *a = data;

  g_free (a->title);
  g_free (a->owner);
  g_free (a->created_on);
  g_free (a->due_on);
  g_free (a->initiative_code);
  g_free (a->case_number);
  g_free (a);
}

static void
since_free (gpointer data)
{
  StyreSinceChange *s = data;

  g_free (s->code);
  g_free (s->title);
  g_free (s->detail);
  g_free (s->date);
  g_free (s);
}

static void
meeting_free (gpointer data)
{
  StyreChartMeeting *m = data;

  g_free (m->label);
  g_free (m->date);
  g_free (m);
}

/**
 * styre_chart_data_free:
 *
 * Frees the prepared data of a chart and everything in it.
 */
void
styre_chart_data_free (StyreChartData *data)
{
  if (data == NULL)
    return;
  g_free (data->as_of);
  g_free (data->today);
  g_free (data->meeting_label);
  g_free (data->filter_label);
  g_free (data->group);
  g_free (data->organisation);
  g_clear_pointer (&data->kpi.next_gates, g_ptr_array_unref);
  g_clear_pointer (&data->money.years, g_array_unref);
  g_clear_pointer (&data->five_percent.arrangements, g_ptr_array_unref);
  g_clear_pointer (&data->trend.periods, g_array_unref);
  g_clear_pointer (&data->roadmap.rows, g_ptr_array_unref);
  g_clear_pointer (&data->benefits.series, g_ptr_array_unref);
  g_clear_pointer (&data->competence.rows, g_ptr_array_unref);
  g_clear_pointer (&data->focus_areas.areas, g_ptr_array_unref);
  g_clear_pointer (&data->cross_agency.agencies, g_ptr_array_unref);
  g_clear_pointer (&data->cross_agency.rows, g_ptr_array_unref);
  g_clear_pointer (&data->ageing.actions, g_ptr_array_unref);
  g_free (data->since.meeting_label);
  g_free (data->since.meeting_date);
  g_clear_pointer (&data->since.changes, g_ptr_array_unref);
  /* Last: the roadmap and cross-agency rows point into it. */
  g_clear_pointer (&data->initiatives, g_ptr_array_unref);
  g_free (data);
}

/**
 * styre_chart_initiative_is_open:
 *
 * Returns: whether the initiative was proposed, active or paused: still in the portfolio,
 *   not closed, stopped or merged
 */
gboolean
styre_chart_initiative_is_open (const StyreChartInitiative *initiative)
{
  return g_strcmp0 (initiative->lifecycle, "proposed") == 0
         || g_strcmp0 (initiative->lifecycle, "active") == 0
         || g_strcmp0 (initiative->lifecycle, "paused") == 0;
}

/* ── the question, checked against the file ──────────────────────────────────────────── */

static char *
meeting_label (const char *forum,
               const char *starts_at)
{
  g_autofree char *date = styre_format_date_long (starts_at);

  /* Translators: a meeting in a list or a chart's subtitle: the forum and the date, e.g.
   * "Ledergruppen, 12. mars 2026" */
  return g_strdup_printf (_("%s, %s"), forum, date);
}

static gboolean
resolve_vocabulary (StyreVocabulary   vocabulary,
                    const char       *text,
                    const char      **id,
                    const char       *what,
                    GError          **error)
{
  const char *match;

  *id = NULL;
  if (text == NULL)
    return TRUE;
  match = styre_vocabulary_match (vocabulary, text);
  if (match == NULL)
    {
      /* Translators: e.g. "“sprint” is not a method. Use one of: Waterfall, Agile, Hybrid." */
      g_autoptr(GString) words = g_string_new (NULL);
      const char * const *ids = styre_vocabulary_ids (vocabulary);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (words, ", ");
          g_string_append (words, styre_vocabulary_label (vocabulary, ids[i]));
        }
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("“%s” is not a %s. Use one of: %s."), text, what, words->str);
      return FALSE;
    }
  *id = match;
  return TRUE;
}

static gboolean
resolve_query (Ctx     *c,
               GError **error)
{
  const StyreChartQuery *q = c->query;
  StyreChartData *d = c->data;
  g_autoptr(GString) filters = g_string_new (NULL);
  g_autoptr(GDate) check = NULL;
  sqlite3_stmt *stmt;
  int rc;

  d->today = q->today != NULL ? g_strdup (q->today) : styre_store_today (c->store);
  d->organisation = g_strdup (styre_store_get_organisation_name (c->store));

  if (q->meeting_id > 0)
    {
      stmt = prepare (c,
                      "SELECT m.starts_at, f.name, "
                      "  (SELECT id FROM portfolio_snapshot WHERE meeting_id = m.id) "
                      "FROM meeting AS m JOIN forum AS f ON f.id = m.forum_id WHERE m.id = ?",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, q->meeting_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          g_autofree char *date = g_strndup (col_text (stmt, 0), 10);

          d->meeting_id = q->meeting_id;
          d->meeting_label = meeting_label (col_text (stmt, 1), col_text (stmt, 0));
          if (q->as_of == NULL || g_str_equal (q->as_of, date))
            {
              d->as_of = g_steal_pointer (&date);
              c->snapshot_id = col_int_or (stmt, 2, 0);
              d->from_snapshot = c->snapshot_id > 0;
            }
          rc = SQLITE_DONE;
        }
      else if (rc == SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                               _("The meeting the view was made for is no longer in the "
                                 "file."));
          return FALSE;
        }
      if (!finish (c, stmt, rc, error))
        return FALSE;
    }

  if (d->as_of == NULL)
    d->as_of = g_strdup (q->as_of != NULL ? q->as_of : d->today);
  check = styre_date_from_iso (d->as_of);
  if (check == NULL || strlen (d->as_of) != 10)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("“%s” is not a date. Write it like 2026-11-27."), d->as_of);
      return FALSE;
    }
  d->year = atoi (d->as_of);

  if (q->agency != NULL)
    {
      stmt = prepare (c, "SELECT code, name FROM agency WHERE code = ?1 COLLATE NOCASE "
                         "OR short_name = ?1 COLLATE NOCASE ORDER BY code = ?1 DESC LIMIT 1",
                      error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, q->agency);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          c->agency = col_dup (stmt, 0);
          /* Translators: a filter of a chart, e.g. "Agency: Fjordvik kommune" */
          g_string_append_printf (filters, _("Agency: %s"), col_text (stmt, 1));
          rc = SQLITE_DONE;
        }
      else if (rc == SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                       _("No agency in the file has the code “%s”."), q->agency);
          return FALSE;
        }
      if (!finish (c, stmt, rc, error))
        return FALSE;
    }

  if (q->focus_area != NULL)
    {
      g_autofree char *want = g_utf8_casefold (q->focus_area, -1);

      stmt = prepare (c, "SELECT id, name FROM focus_area ORDER BY position, name", error);
      if (stmt == NULL)
        return FALSE;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *have = g_utf8_casefold (col_text (stmt, 1), -1);

          if (c->focus_area_id == 0 && g_str_equal (want, have))
            {
              c->focus_area_id = sqlite3_column_int64 (stmt, 0);
              c->focus_area = col_dup (stmt, 1);
            }
        }
      if (!finish (c, stmt, rc, error))
        return FALSE;
      if (c->focus_area_id == 0)
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                       _("No focus area in the file is called “%s”."), q->focus_area);
          return FALSE;
        }
      if (filters->len > 0)
        g_string_append (filters, " · ");
      /* Translators: a filter of a chart, e.g. "Focus area: Sammenhengende tjenester" */
      g_string_append_printf (filters, _("Focus area: %s"), c->focus_area);
    }

  /* Translators: the words in "“x” is not a kind of initiative. Use one of: …" */
  if (!resolve_vocabulary (STYRE_VOCAB_INITIATIVE_KIND, q->kind, &c->kind,
                           _("kind of initiative"), error)
      || !resolve_vocabulary (STYRE_VOCAB_METHOD, q->method, &c->method, _("method"), error)
      || !resolve_vocabulary (STYRE_VOCAB_PHASE, q->phase, &c->phase, _("phase"), error))
    return FALSE;
  if (c->kind != NULL)
    {
      if (filters->len > 0)
        g_string_append (filters, " · ");
      /* Translators: a filter of a chart, e.g. "Kind: Project" */
      g_string_append_printf (filters, _("Kind: %s"),
                              styre_vocabulary_label (STYRE_VOCAB_INITIATIVE_KIND, c->kind));
    }
  if (c->method != NULL)
    {
      if (filters->len > 0)
        g_string_append (filters, " · ");
      /* Translators: a filter of a chart, e.g. "Method: Agile" */
      g_string_append_printf (filters, _("Method: %s"),
                              styre_vocabulary_label (STYRE_VOCAB_METHOD, c->method));
    }
  if (c->phase != NULL)
    {
      if (filters->len > 0)
        g_string_append (filters, " · ");
      /* Translators: a filter of a chart, e.g. "Phase: Execution" */
      g_string_append_printf (filters, _("Phase: %s"),
                              styre_vocabulary_label (STYRE_VOCAB_PHASE, c->phase));
    }

  if (q->group != NULL && !g_str_equal (q->group, "focus_area")
      && !g_str_equal (q->group, "agency"))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("Rows can be grouped by “focus_area” or “agency”, not “%s”."), q->group);
      return FALSE;
    }
  d->group = g_strdup (q->group);
  if (filters->len > 0)
    d->filter_label = g_strdup (filters->str);
  return TRUE;
}

/* ── the portfolio as it stood ───────────────────────────────────────────────────────── */

/* The filters that do not depend on the date; ?1 agency code, ?2 focus area id, ?3 kind,
 * ?4 method. */
#define FILTERS \
  "(?1 IS NULL OR a.code = ?1 OR EXISTS (SELECT 1 FROM initiative_agency AS ia " \
  "   JOIN agency AS x ON x.id = ia.agency_id WHERE ia.initiative_id = i.id AND x.code = ?1)) " \
  "AND (?2 IS NULL OR EXISTS (SELECT 1 FROM initiative_focus_area AS fa " \
  "   WHERE fa.initiative_id = i.id AND fa.focus_area_id = ?2 AND fa.weight > 0)) " \
  "AND (?3 IS NULL OR i.kind = ?3) AND (?4 IS NULL OR i.method = ?4) "

/* The focus area an initiative serves most. */
#define PRIMARY_FOCUS \
  "(SELECT x.name FROM initiative_focus_area AS f JOIN focus_area AS x " \
  "  ON x.id = f.focus_area_id WHERE f.initiative_id = i.id AND f.weight > 0 " \
  "  ORDER BY f.weight DESC, x.position, x.name LIMIT 1)"

/* A milestone's forecast as known on ?D: the latest recorded by then; the milestone row's
 * own when it has no history. */
#define FORECAST_AS_OF(d) \
  "(CASE WHEN EXISTS (SELECT 1 FROM milestone_forecast AS mf WHERE mf.milestone_id = m.id) " \
  " THEN (SELECT mf.forecast_date FROM milestone_forecast AS mf WHERE mf.milestone_id = m.id " \
  "       AND mf.recorded_on <= " d " ORDER BY mf.recorded_on DESC LIMIT 1) " \
  " ELSE m.forecast_date END)"

/* Whether the milestone was planned by ?D. */
#define MILESTONE_KNOWN(d) \
  "coalesce((SELECT min(mf.recorded_on) FROM milestone_forecast AS mf " \
  "          WHERE mf.milestone_id = m.id), '0000') <= " d

static void
bind_filters (Ctx          *c,
              sqlite3_stmt *stmt)
{
  bind_text (stmt, 1, c->agency);
  bind_id (stmt, 2, c->focus_area_id);
  bind_text (stmt, 3, c->kind);
  bind_text (stmt, 4, c->method);
}

static StyreChartInitiative *
initiative_from_row (sqlite3_stmt *stmt)
{
  StyreChartInitiative *in = g_new0 (StyreChartInitiative, 1);

  /* The columns both state queries start with. */
  in->id = sqlite3_column_int64 (stmt, 0);
  in->code = col_dup (stmt, 1);
  in->title = col_dup (stmt, 2);
  in->agency_code = col_dup (stmt, 3);
  in->agency_name = col_dup (stmt, 4);
  in->kind = intern_or (col_text (stmt, 5), "project");
  in->method = intern_or (col_text (stmt, 6), "waterfall");
  in->phase = intern_or (col_text (stmt, 7), "idea");
  in->lifecycle = intern_or (col_text (stmt, 8), "active");
  in->exempt = g_strcmp0 (col_text (stmt, 9), "exempt") == 0;
  in->strategic_value = (int) col_int_or (stmt, 10, 0);
  in->complexity = (int) col_int_or (stmt, 11, 0);
  in->period = col_dup (stmt, 13);
  in->overall = styre_rag_from_id (col_text (stmt, 14));
  in->forecast_cost = col_int_or (stmt, 15, -1);
  in->summary = col_dup (stmt, 16);
  in->p50 = col_int_or (stmt, 17, -1);
  in->p85 = col_int_or (stmt, 18, -1);
  in->descoping = col_int_or (stmt, 19, 0);
  in->budget_approved = col_int_or (stmt, 20, -1);
  in->budget_revised = col_int_or (stmt, 21, -1);
  in->budget_forecast = col_int_or (stmt, 22, -1);
  in->budget_actual = col_int_or (stmt, 23, -1);
  in->focus_area = col_dup (stmt, 24);
  for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
    in->dims[d] = STYRE_RAG_GREY;
  if (in->summary != NULL && *in->summary == '\0')
    g_clear_pointer (&in->summary, g_free);
  return in;
}

static int
dimension_index (const char *id)
{
  const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_DIMENSION);

  for (int d = 0; ids[d] != NULL && d < STYRE_N_DIMENSIONS; d++)
    if (g_strcmp0 (ids[d], id) == 0)
      return d;
  return -1;
}

static char *
ids_to_json (GPtrArray *initiatives,
             gboolean   open_only)
{
  GString *out = g_string_new ("[");

  for (guint i = 0; i < initiatives->len; i++)
    {
      StyreChartInitiative *in = g_ptr_array_index (initiatives, i);

      if (open_only && !styre_chart_initiative_is_open (in))
        continue;
      if (out->len > 1)
        g_string_append_c (out, ',');
      g_string_append_printf (out, "%" G_GINT64_FORMAT, in->id);
    }
  g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

/* The seven colours and their comments, from the reports the state shows. */
static gboolean
read_dimensions (Ctx         *c,
                 GHashTable  *by_report,
                 const char  *report_ids,
                 gboolean     colours_too,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (c,
                  "SELECT status_report_id, dimension, rag, comment FROM status_dimension "
                  "WHERE status_report_id IN (SELECT value FROM json_each(?1))",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, report_ids);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 report = sqlite3_column_int64 (stmt, 0);
      StyreChartInitiative *in = g_hash_table_lookup (by_report, &report);
      int d = dimension_index (col_text (stmt, 1));
      const char *comment = col_text (stmt, 3);

      if (in == NULL || d < 0)
        continue;
      if (colours_too)
        in->dims[d] = styre_rag_from_id (col_text (stmt, 2));
      if (comment != NULL && *comment != '\0')
        {
          g_free (in->dim_comments[d]);
          in->dim_comments[d] = g_strdup (comment);
        }
    }
  return finish (c, stmt, rc, error);
}

typedef struct
{
  gint64                report;
  StyreChartInitiative *initiative;
} ReportOf;

static gint
compare_by_code (gconstpointer a,
                 gconstpointer b)
{
  const StyreChartInitiative *x = *(StyreChartInitiative * const *) a;
  const StyreChartInitiative *y = *(StyreChartInitiative * const *) b;

  return g_strcmp0 (x->code, y->code);
}

/*
 * read_state:
 * @as_of: the day
 * @snapshot_id: a meeting's snapshot to read instead of the history, or 0
 *
 * Every initiative that passes the filters and existed on @as_of, as it stood then.
 */
static GPtrArray *
read_state (Ctx         *c,
            const char  *as_of,
            gint64       snapshot_id,
            GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (initiative_free);
  g_autoptr(GHashTable) by_report = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GString) reports = g_string_new ("[");
  g_autofree char *as_of_end = end_of_day (as_of);
  g_autofree char *ids = NULL;
  GArray *report_ids = g_array_new (FALSE, FALSE, sizeof (ReportOf));
  sqlite3_stmt *stmt;
  int year = atoi (as_of);
  int rc;

  if (snapshot_id > 0)
    stmt = prepare (c,
      "SELECT i.id, i.code, i.title, a.code, a.name, i.kind, i.method, s.phase, s.lifecycle, "
      "  i.confidentiality, i.strategic_value, i.complexity, "
      "  (SELECT id FROM status_report WHERE initiative_id = i.id AND period = s.period "
      "   AND state = 'published'), "
      "  s.period, s.overall_rag, s.forecast_cost, "
      "  (SELECT summary FROM status_report WHERE initiative_id = i.id AND period = s.period "
      "   AND state = 'published'), "
      "  s.p50, s.p85, "
      "  (SELECT sum(amount) FROM descoping_item WHERE initiative_id = i.id), "
      "  s.budget_approved, NULL, s.budget_forecast, NULL, " PRIMARY_FOCUS ", "
      "  s.open_risks, s.max_risk_score, s.max_slip_days, "
      "  s.rag_time, s.rag_cost, s.rag_benefits, s.rag_quality, s.rag_scope, "
      "  s.rag_sustainability, s.rag_risk "
      "FROM portfolio_snapshot_item AS s "
      "JOIN initiative AS i ON i.id = s.initiative_id "
      "JOIN agency AS a ON a.id = i.owning_agency_id "
      "WHERE s.snapshot_id = ?5 AND " FILTERS
      "ORDER BY i.code",
      error);
  else
    stmt = prepare (c,
      "SELECT i.id, i.code, i.title, a.code, a.name, i.kind, i.method, "
      "  coalesce(st.phase, i.phase), coalesce(st.lifecycle, i.lifecycle), "
      "  i.confidentiality, i.strategic_value, i.complexity, "
      "  r.id, r.period, r.overall_rag, r.forecast_cost, r.summary, "
      "  cf.p50, cf.p85, "
      "  (SELECT sum(amount) FROM descoping_item WHERE initiative_id = i.id), "
      "  b.approved, b.revised, b.forecast, b.actual, " PRIMARY_FOCUS " "
      "FROM initiative AS i "
      "JOIN agency AS a ON a.id = i.owning_agency_id "
      "LEFT JOIN initiative_state AS st ON st.id = ("
      "  SELECT id FROM initiative_state WHERE initiative_id = i.id AND valid_from <= ?5 "
      "  ORDER BY valid_from DESC, id DESC LIMIT 1) "
      "LEFT JOIN status_report AS r ON r.id = ("
      "  SELECT id FROM status_report WHERE initiative_id = i.id AND state = 'published' "
      "  AND published_at <= ?6 ORDER BY period DESC LIMIT 1) "
      "LEFT JOIN cost_frame AS cf ON cf.id = ("
      "  SELECT id FROM cost_frame WHERE initiative_id = i.id AND valid_from <= ?5 "
      "  ORDER BY valid_from DESC, id DESC LIMIT 1) "
      "LEFT JOIN budget_line AS b ON b.id = ("
      "  SELECT id FROM budget_line WHERE initiative_id = i.id AND year = ?7 "
      "  AND recorded_on <= ?5 ORDER BY recorded_on DESC, id DESC LIMIT 1) "
      "WHERE " FILTERS
      "AND coalesce((SELECT min(valid_from) FROM initiative_state WHERE initiative_id = i.id), "
      "             substr(i.created_at, 1, 10)) <= ?5 "
      "ORDER BY i.code",
      error);
  if (stmt == NULL)
    {
      g_array_unref (report_ids);
      return NULL;
    }
  bind_filters (c, stmt);
  if (snapshot_id > 0)
    {
      sqlite3_bind_int64 (stmt, 5, snapshot_id);
    }
  else
    {
      bind_text (stmt, 5, as_of);
      bind_text (stmt, 6, as_of_end);
      sqlite3_bind_int (stmt, 7, year);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreChartInitiative *in = initiative_from_row (stmt);
      gint64 report = col_int_or (stmt, 12, 0);

      if (c->phase != NULL && g_strcmp0 (in->phase, c->phase) != 0)
        {
          initiative_free (in);
          continue;
        }
      if (snapshot_id > 0)
        {
          in->open_risks = (int) col_int_or (stmt, 25, 0);
          in->max_risk_score = (int) col_int_or (stmt, 26, 0);
          in->max_slip_days = (int) col_int_or (stmt, 27, 0);
          for (guint d = 0; d < STYRE_N_DIMENSIONS; d++)
            in->dims[d] = styre_rag_from_id (col_text (stmt, 28 + (int) d));
        }
      g_ptr_array_add (list, in);
      g_hash_table_insert (by_id, &in->id, in);
      if (report > 0)
        {
          ReportOf of = { report, in };

          g_array_append_val (report_ids, of);
          if (reports->len > 1)
            g_string_append_c (reports, ',');
          g_string_append_printf (reports, "%" G_GINT64_FORMAT, report);
        }
    }
  if (!finish (c, stmt, rc, error))
    {
      g_array_unref (report_ids);
      return NULL;
    }
  g_string_append_c (reports, ']');

  /* The keys point into the array, which no longer grows. */
  for (guint r = 0; r < report_ids->len; r++)
    {
      ReportOf *of = &g_array_index (report_ids, ReportOf, r);

      g_hash_table_insert (by_report, &of->report, of->initiative);
    }
  if (!read_dimensions (c, by_report, reports->str, snapshot_id == 0, error))
    {
      g_array_unref (report_ids);
      return NULL;
    }

  ids = ids_to_json (list, FALSE);
  if (snapshot_id == 0)
    {
      /* Risks open on the day, and how late the open milestones were expected. */
      stmt = prepare (c,
                      "SELECT initiative_id, count(*), max(probability * consequence) FROM risk "
                      "WHERE initiative_id IN (SELECT value FROM json_each(?1)) "
                      "AND identified_on <= ?2 AND (closed_on IS NULL OR closed_on > ?2) "
                      "GROUP BY initiative_id",
                      error);
      if (stmt == NULL)
        {
          g_array_unref (report_ids);
          return NULL;
        }
      bind_text (stmt, 1, ids);
      bind_text (stmt, 2, as_of);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          StyreChartInitiative *in = g_hash_table_lookup (by_id, &id);

          if (in != NULL)
            {
              in->open_risks = sqlite3_column_int (stmt, 1);
              in->max_risk_score = sqlite3_column_int (stmt, 2);
            }
        }
      if (!finish (c, stmt, rc, error))
        {
          g_array_unref (report_ids);
          return NULL;
        }

      stmt = prepare (c,
                      "SELECT m.initiative_id, max(CAST(julianday(max(?2, coalesce("
                      FORECAST_AS_OF ("?2") ", m.baseline_date))) "
                      "  - julianday(m.baseline_date) AS INTEGER)) "
                      "FROM milestone AS m "
                      "WHERE m.initiative_id IN (SELECT value FROM json_each(?1)) "
                      "AND (m.actual_date IS NULL OR m.actual_date > ?2) "
                      "AND " MILESTONE_KNOWN ("?2") " "
                      "GROUP BY m.initiative_id",
                      error);
      if (stmt == NULL)
        {
          g_array_unref (report_ids);
          return NULL;
        }
      bind_text (stmt, 1, ids);
      bind_text (stmt, 2, as_of);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          StyreChartInitiative *in = g_hash_table_lookup (by_id, &id);

          if (in != NULL)
            in->max_slip_days = MAX (0, sqlite3_column_int (stmt, 1));
        }
      if (!finish (c, stmt, rc, error))
        {
          g_array_unref (report_ids);
          return NULL;
        }
    }

  g_array_unref (report_ids);
  g_ptr_array_sort (list, compare_by_code);
  return g_steal_pointer (&list);
}

static gboolean
has_filters (Ctx *c)
{
  return c->agency != NULL || c->focus_area_id > 0 || c->kind != NULL || c->method != NULL
         || c->phase != NULL;
}

/* ── one chart at a time ─────────────────────────────────────────────────────────────── */

/* Actions still open on the as-of day: made by then, not closed by then. With filters,
 * only actions about the initiatives shown. ?1 as-of, ?2 1 for all, ?3 ids. */
#define OPEN_ACTIONS \
  "x.created_on <= ?1 AND (x.closed_on IS NULL OR x.closed_on > ?1) " \
  "AND (?2 = 1 OR x.initiative_id IN (SELECT value FROM json_each(?3))) "

static gboolean
read_kpi (Ctx     *c,
          GError **error)
{
  StyreChartData *d = c->data;
  StyreKpiData *k = &d->kpi;
  sqlite3_stmt *stmt;
  int rc;

  k->next_gates = g_ptr_array_new_with_free_func (gate_free);
  for (guint i = 0; i < d->initiatives->len; i++)
    {
      StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);

      k->n_initiatives++;
      if (styre_chart_initiative_is_open (in))
        {
          k->n_open++;
          k->by_rag[in->overall]++;
        }
      if (in->budget_approved > 0)
        k->budget_approved += in->budget_approved;
      if (in->budget_forecast >= 0)
        k->budget_forecast += in->budget_forecast;
      else if (in->budget_revised >= 0)
        k->budget_forecast += in->budget_revised;
      else if (in->budget_approved > 0)
        k->budget_forecast += in->budget_approved;
      if (in->budget_actual > 0)
        k->budget_actual += in->budget_actual;
    }

  /* The year's realised benefits are known today, as far as the year has gone; on an
   * earlier day, what was recorded since was not known yet. Planned ones always. */
  stmt = prepare (c,
                  "SELECT coalesce(sum(v.planned), 0), "
                  "  coalesce(sum(CASE WHEN ?3 THEN v.realised END), 0) "
                  "FROM benefit_value AS v JOIN benefit AS b ON b.id = v.benefit_id "
                  "WHERE b.priced = 1 AND v.year = ?2 "
                  "AND b.initiative_id IN (SELECT value FROM json_each(?1))",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->ids_json);
  sqlite3_bind_int (stmt, 2, d->year);
  sqlite3_bind_int (stmt, 3, g_strcmp0 (d->as_of, d->today) == 0);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      k->benefits_planned = sqlite3_column_int64 (stmt, 0);
      k->benefits_realised = sqlite3_column_int64 (stmt, 1);
      rc = SQLITE_DONE;
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT count(*), coalesce(sum(x.due_on IS NOT NULL AND x.due_on < ?1), 0) "
                  "FROM action_item AS x WHERE " OPEN_ACTIONS,
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, d->as_of);
  sqlite3_bind_int (stmt, 2, has_filters (c) ? 0 : 1);
  bind_text (stmt, 3, c->ids_json);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      k->open_actions = (guint) sqlite3_column_int (stmt, 0);
      k->overdue_actions = (guint) sqlite3_column_int (stmt, 1);
      rc = SQLITE_DONE;
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT * FROM (SELECT i.id, i.code, i.title, m.gate, "
                  "  coalesce(" FORECAST_AS_OF ("?2") ", m.baseline_date) AS due "
                  "FROM milestone AS m JOIN initiative AS i ON i.id = m.initiative_id "
                  "WHERE m.gate IS NOT NULL AND (m.actual_date IS NULL OR m.actual_date > ?2) "
                  "AND " MILESTONE_KNOWN ("?2") " "
                  "AND m.initiative_id IN (SELECT value FROM json_each(?1))) "
                  "WHERE due >= ?2 ORDER BY due, code LIMIT 8",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->open_ids_json);
  bind_text (stmt, 2, d->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreChartGate *g = g_new0 (StyreChartGate, 1);

      g->initiative_id = sqlite3_column_int64 (stmt, 0);
      g->code = col_dup (stmt, 1);
      g->title = col_dup (stmt, 2);
      g->gate = col_dup (stmt, 3);
      g->date = col_dup (stmt, 4);
      g_ptr_array_add (k->next_gates, g);
    }
  return finish (c, stmt, rc, error);
}

static gboolean
read_money (Ctx     *c,
            GError **error)
{
  StyreChartData *d = c->data;
  sqlite3_stmt *stmt;
  int rc;

  d->money.years = g_array_new (FALSE, TRUE, sizeof (StyreBudgetYear));
  /* The latest line of each initiative and year recorded by the as-of day. */
  stmt = prepare (c,
                  /* A line without a revision keeps its approved budget; without a
                   * forecast, its budget. */
                  "SELECT b.year, sum(b.approved), sum(coalesce(b.revised, b.approved)), "
                  "  count(b.revised), sum(coalesce(b.forecast, b.revised, b.approved)), "
                  "  count(b.forecast), sum(b.actual), count(b.actual) "
                  "FROM budget_line AS b "
                  "WHERE b.initiative_id IN (SELECT value FROM json_each(?1)) "
                  "AND b.year BETWEEN ?3 - 3 AND ?3 + 2 "
                  "AND b.id = (SELECT id FROM budget_line WHERE initiative_id = b.initiative_id "
                  "  AND year = b.year AND recorded_on <= ?2 "
                  "  ORDER BY recorded_on DESC, id DESC LIMIT 1) "
                  "GROUP BY b.year ORDER BY b.year",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->ids_json);
  bind_text (stmt, 2, d->as_of);
  sqlite3_bind_int (stmt, 3, d->year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreBudgetYear y = {
        .year = sqlite3_column_int (stmt, 0),
        .approved = sqlite3_column_int64 (stmt, 1),
        .revised = sqlite3_column_int (stmt, 3) > 0 ? sqlite3_column_int64 (stmt, 2) : -1,
        .forecast = sqlite3_column_int (stmt, 5) > 0 ? sqlite3_column_int64 (stmt, 4) : -1,
        .actual = sqlite3_column_int (stmt, 7) > 0 ? sqlite3_column_int64 (stmt, 6) : -1,
      };
      g_array_append_val (d->money.years, y);
    }
  return finish (c, stmt, rc, error);
}

static gboolean
read_five_percent (Ctx     *c,
                   GError **error)
{
  StyreChartData *d = c->data;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;
  int rc;

  d->five_percent.arrangements = g_ptr_array_new_with_free_func (overspend_free);
  stmt = prepare (c,
                  "SELECT o.id, a.code, a.name, o.budget_year, o.chapter_post, o.appropriation, "
                  "  o.overspend, o.decided_on, o.reference "
                  "FROM overspend_arrangement AS o JOIN agency AS a ON a.id = o.agency_id "
                  "WHERE (?1 IS NULL OR a.code = ?1) "
                  "AND coalesce(o.decided_on, o.budget_year || '-01-01') <= ?2 "
                  "ORDER BY o.budget_year DESC, a.name, o.chapter_post",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->agency);
  bind_text (stmt, 2, d->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreOverspend *o = g_new0 (StyreOverspend, 1);

      o->id = sqlite3_column_int64 (stmt, 0);
      o->agency_code = col_dup (stmt, 1);
      o->agency_name = col_dup (stmt, 2);
      o->budget_year = sqlite3_column_int (stmt, 3);
      o->chapter_post = col_dup (stmt, 4);
      o->appropriation = sqlite3_column_int64 (stmt, 5);
      o->overspend = sqlite3_column_int64 (stmt, 6);
      o->decided_on = col_dup (stmt, 7);
      o->reference = col_dup (stmt, 8);
      o->repayments = g_array_new (FALSE, TRUE, sizeof (StyreRepaymentYear));
      o->shares = g_ptr_array_new_with_free_func (share_free);
      g_ptr_array_add (d->five_percent.arrangements, o);
      g_hash_table_insert (by_id, &o->id, o);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  /* An actual saving is known for the years that had ended by the as-of day, and this
   * year's as far as it has gone when the day is today. */
  stmt = prepare (c,
                  "SELECT arrangement_id, year, planned, "
                  "  CASE WHEN year < ?1 OR year = ?2 THEN actual END "
                  "FROM overspend_repayment ORDER BY arrangement_id, year",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, d->year);
  sqlite3_bind_int (stmt, 2, g_strcmp0 (d->as_of, d->today) == 0 ? d->year : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      StyreOverspend *o = g_hash_table_lookup (by_id, &id);
      StyreRepaymentYear y;

      if (o == NULL)
        continue;
      y.year = sqlite3_column_int (stmt, 1);
      y.planned = sqlite3_column_int64 (stmt, 2);
      y.actual = col_int_or (stmt, 3, -1);
      g_array_append_val (o->repayments, y);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT s.arrangement_id, i.id, i.code, i.title, s.amount "
                  "FROM overspend_share AS s JOIN initiative AS i ON i.id = s.initiative_id "
                  "ORDER BY s.arrangement_id, s.amount DESC, i.code",
                  error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      StyreOverspend *o = g_hash_table_lookup (by_id, &id);
      StyreOverspendShare *share;

      if (o == NULL)
        continue;
      share = g_new0 (StyreOverspendShare, 1);
      share->initiative_id = sqlite3_column_int64 (stmt, 1);
      share->code = col_dup (stmt, 2);
      share->title = col_dup (stmt, 3);
      share->amount = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (o->shares, share);
    }
  return finish (c, stmt, rc, error);
}

static gboolean
read_trend (Ctx     *c,
            GError **error)
{
  StyreChartData *d = c->data;
  g_autofree char *as_of_end = end_of_day (d->as_of);
  int last = atoi (d->as_of) * 12 + atoi (d->as_of + 5) - 1;
  int first = last - STYRE_TREND_PERIODS + 1;
  char first_text[8], last_text[8];
  sqlite3_stmt *stmt;
  int rc;

  d->trend.periods = g_array_sized_new (FALSE, TRUE, sizeof (StyreTrendPeriod),
                                        STYRE_TREND_PERIODS);
  for (int m = first; m <= last; m++)
    {
      StyreTrendPeriod p = { { 0 } };

      g_snprintf (p.period, sizeof p.period, "%04d-%02d", m / 12, m % 12 + 1);
      g_array_append_val (d->trend.periods, p);
    }
  g_snprintf (first_text, sizeof first_text, "%04d-%02d", first / 12, first % 12 + 1);
  g_snprintf (last_text, sizeof last_text, "%04d-%02d", last / 12, last % 12 + 1);

  stmt = prepare (c,
                  "SELECT period, overall_rag, count(*) FROM status_report "
                  "WHERE state = 'published' AND published_at <= ?2 "
                  "AND period BETWEEN ?3 AND ?4 "
                  "AND initiative_id IN (SELECT value FROM json_each(?1)) "
                  "GROUP BY period, overall_rag",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->ids_json);
  bind_text (stmt, 2, as_of_end);
  bind_text (stmt, 3, first_text);
  bind_text (stmt, 4, last_text);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *period = col_text (stmt, 0);
      int m = atoi (period) * 12 + atoi (period + 5) - 1;

      if (m >= first && m <= last)
        g_array_index (d->trend.periods, StyreTrendPeriod, m - first)
          .by_rag[styre_rag_from_id (col_text (stmt, 1))] += (guint) sqlite3_column_int (stmt, 2);
    }
  return finish (c, stmt, rc, error);
}

static StyreRoadmapRow *
roadmap_row_for (GHashTable *rows,
                 gint64      id)
{
  return g_hash_table_lookup (rows, &id);
}

static gint
compare_roadmap_rows (gconstpointer a,
                      gconstpointer b)
{
  const StyreRoadmapRow *x = *(StyreRoadmapRow * const *) a;
  const StyreRoadmapRow *y = *(StyreRoadmapRow * const *) b;
  int cmp = g_strcmp0 (x->start, y->start);

  return cmp != 0 ? cmp : g_strcmp0 (x->initiative->code, y->initiative->code);
}

static gboolean
read_roadmap (Ctx     *c,
              GError **error)
{
  StyreChartData *d = c->data;
  g_autoptr(GHashTable) rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;
  int rc;

  d->roadmap.rows = g_ptr_array_new_with_free_func (roadmap_row_free);
  for (guint i = 0; i < d->initiatives->len; i++)
    {
      StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);
      StyreRoadmapRow *row;

      if (!styre_chart_initiative_is_open (in))
        continue;
      row = g_new0 (StyreRoadmapRow, 1);
      row->initiative = in;
      row->phases = g_array_new (FALSE, TRUE, sizeof (StyreRoadmapPhase));
      g_array_set_clear_func (row->phases, roadmap_phase_clear);
      row->milestones = g_ptr_array_new_with_free_func (roadmap_milestone_free);
      row->decisions = g_ptr_array_new_with_free_func (roadmap_decision_free);
      g_ptr_array_add (d->roadmap.rows, row);
      g_hash_table_insert (rows, &in->id, row);
    }

  stmt = prepare (c,
                  "SELECT id, start_date, end_date, substr(created_at, 1, 10) FROM initiative "
                  "WHERE id IN (SELECT value FROM json_each(?1))",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->open_ids_json);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreRoadmapRow *row = roadmap_row_for (rows, sqlite3_column_int64 (stmt, 0));

      if (row == NULL)
        continue;
      row->start = g_strdup (col_text (stmt, 1) ? col_text (stmt, 1) : col_text (stmt, 3));
      row->end = col_dup (stmt, 2);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  /* Phases as they began, by the as-of day. */
  stmt = prepare (c,
                  "SELECT initiative_id, valid_from, phase FROM initiative_state "
                  "WHERE initiative_id IN (SELECT value FROM json_each(?1)) "
                  "AND valid_from <= ?2 ORDER BY initiative_id, valid_from, id",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->open_ids_json);
  bind_text (stmt, 2, d->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreRoadmapRow *row = roadmap_row_for (rows, sqlite3_column_int64 (stmt, 0));
      const char *phase = g_intern_string (col_text (stmt, 2));
      StyreRoadmapPhase *last;
      StyreRoadmapPhase p = { 0 };

      if (row == NULL)
        continue;
      last = row->phases->len > 0
             ? &g_array_index (row->phases, StyreRoadmapPhase, row->phases->len - 1) : NULL;
      if (last != NULL && last->phase == phase)
        continue;
      if (last != NULL)
        last->to = col_dup (stmt, 1);
      p.phase = phase;
      p.from = col_dup (stmt, 1);
      g_array_append_val (row->phases, p);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT m.initiative_id, m.title, m.gate, m.baseline_date, "
                  "  " FORECAST_AS_OF ("?2") ", "
                  "  CASE WHEN m.actual_date <= ?2 THEN m.actual_date END "
                  "FROM milestone AS m "
                  "WHERE m.initiative_id IN (SELECT value FROM json_each(?1)) "
                  "AND " MILESTONE_KNOWN ("?2") " "
                  "ORDER BY m.initiative_id, m.baseline_date, m.position",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->open_ids_json);
  bind_text (stmt, 2, d->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreRoadmapRow *row = roadmap_row_for (rows, sqlite3_column_int64 (stmt, 0));
      StyreRoadmapMilestone *m;

      if (row == NULL)
        continue;
      m = g_new0 (StyreRoadmapMilestone, 1);
      m->title = col_dup (stmt, 1);
      m->gate = col_text (stmt, 2) ? g_intern_string (col_text (stmt, 2)) : NULL;
      m->baseline = col_dup (stmt, 3);
      m->forecast = col_dup (stmt, 4);
      m->actual = col_dup (stmt, 5);
      m->slip_days = days_between (m->baseline, m->actual ? m->actual
                                               : m->forecast ? m->forecast : m->baseline);
      g_ptr_array_add (row->milestones, m);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT initiative_id, gate, decided_on, outcome FROM gate_decision "
                  "WHERE initiative_id IN (SELECT value FROM json_each(?1)) "
                  "AND decided_on <= ?2 ORDER BY initiative_id, decided_on, id",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->open_ids_json);
  bind_text (stmt, 2, d->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreRoadmapRow *row = roadmap_row_for (rows, sqlite3_column_int64 (stmt, 0));
      StyreRoadmapDecision *g;

      if (row == NULL)
        continue;
      g = g_new0 (StyreRoadmapDecision, 1);
      g->gate = g_intern_string (col_text (stmt, 1));
      g->decided_on = col_dup (stmt, 2);
      g->outcome = g_intern_string (col_text (stmt, 3));
      g_ptr_array_add (row->decisions, g);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  /* The phases still ahead, from the planned gates that open them. */
  for (guint i = 0; i < d->roadmap.rows->len; i++)
    {
      StyreRoadmapRow *row = g_ptr_array_index (d->roadmap.rows, i);

      if (row->phases->len == 0)
        {
          StyreRoadmapPhase p = { row->initiative->phase, g_strdup (row->start), NULL, FALSE };

          g_array_append_val (row->phases, p);
        }
      for (guint m = 0; m < row->milestones->len; m++)
        {
          StyreRoadmapMilestone *ms = g_ptr_array_index (row->milestones, m);
          const char *next = phase_after_gate (ms->gate);
          const char *when = ms->forecast ? ms->forecast : ms->baseline;
          StyreRoadmapPhase *last = &g_array_index (row->phases, StyreRoadmapPhase,
                                                    row->phases->len - 1);
          StyreRoadmapPhase p = { 0 };

          if (next == NULL || ms->actual != NULL || g_strcmp0 (when, last->from) <= 0)
            continue;
          if (g_strcmp0 (next, last->phase) == 0)
            continue;
          g_free (last->to);
          last->to = g_strdup (when);
          p.phase = g_intern_string (next);
          p.from = g_strdup (when);
          p.planned = TRUE;
          g_array_append_val (row->phases, p);
        }
      /* A planned BP6, or the end date, ends the last phase. */
      {
        StyreRoadmapPhase *last = &g_array_index (row->phases, StyreRoadmapPhase,
                                                  row->phases->len - 1);

        for (guint m = 0; m < row->milestones->len; m++)
          {
            StyreRoadmapMilestone *ms = g_ptr_array_index (row->milestones, m);

            if (g_strcmp0 (ms->gate, "BP6") == 0 && ms->actual == NULL)
              {
                g_free (last->to);
                last->to = g_strdup (ms->forecast ? ms->forecast : ms->baseline);
              }
          }
        if (last->to == NULL && row->end != NULL && g_strcmp0 (row->end, last->from) > 0
            && g_strcmp0 (row->end, d->as_of) > 0)
          last->to = g_strdup (row->end);
      }
      if (row->start == NULL)
        row->start = g_strdup (g_array_index (row->phases, StyreRoadmapPhase, 0).from);
    }
  g_ptr_array_sort (d->roadmap.rows, compare_roadmap_rows);
  return TRUE;
}

static StyreBenefitSeries *
benefit_series_new (const char *name)
{
  StyreBenefitSeries *s = g_new0 (StyreBenefitSeries, 1);

  s->name = g_strdup (name);
  s->years = g_array_new (FALSE, TRUE, sizeof (StyreBenefitYear));
  return s;
}

static void
benefit_series_add (StyreBenefitSeries *s,
                    int                 year,
                    gint64              planned,
                    gint64              realised)
{
  StyreBenefitYear *y = NULL;
  guint i;

  for (i = 0; i < s->years->len; i++)
    {
      StyreBenefitYear *e = &g_array_index (s->years, StyreBenefitYear, i);

      if (e->year == year)
        {
          y = e;
          break;
        }
      if (e->year > year)
        break;
    }
  if (y == NULL)
    {
      StyreBenefitYear fresh = { year, 0, -1 };

      g_array_insert_val (s->years, i, fresh);
      y = &g_array_index (s->years, StyreBenefitYear, i);
    }
  y->planned += planned;
  if (realised >= 0)
    y->realised = MAX (y->realised, 0) + realised;
}

static gboolean
read_benefits (Ctx     *c,
               GError **error)
{
  StyreChartData *d = c->data;
  g_autoptr(GHashTable) series = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       NULL);
  StyreBenefitSeries *total;
  sqlite3_stmt *stmt;
  gboolean today = g_strcmp0 (d->as_of, d->today) == 0;
  int rc;

  d->benefits.series = g_ptr_array_new_with_free_func (benefit_series_free);
  total = benefit_series_new (NULL);
  g_ptr_array_add (d->benefits.series, total);

  /* The focus areas in the strategy's order, so the small charts come in that order. */
  stmt = prepare (c, "SELECT name FROM focus_area ORDER BY position, name", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreBenefitSeries *s = benefit_series_new (col_text (stmt, 0));

      g_ptr_array_add (d->benefits.series, s);
      g_hash_table_insert (series, s->name, s);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  /* A benefit counts for its goal's focus area, else for its initiative's main one. */
  stmt = prepare (c,
                  "SELECT b.id, v.year, v.planned, v.realised, "
                  "  coalesce(fa.name, " PRIMARY_FOCUS ") "
                  "FROM benefit AS b JOIN benefit_value AS v ON v.benefit_id = b.id "
                  "JOIN initiative AS i ON i.id = b.initiative_id "
                  "LEFT JOIN goal AS g ON g.id = b.goal_id "
                  "LEFT JOIN focus_area AS fa ON fa.id = g.focus_area_id "
                  "WHERE b.priced = 1 AND b.initiative_id IN (SELECT value FROM json_each(?1)) "
                  "ORDER BY v.year",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->ids_json);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 benefit = sqlite3_column_int64 (stmt, 0);
      int year = sqlite3_column_int (stmt, 1);
      gint64 planned = sqlite3_column_int64 (stmt, 2);
      /* Known once the year had ended by the as-of day, or this year so far, today. */
      gint64 realised = (year < d->year || (year == d->year && today))
                        ? col_int_or (stmt, 3, -1) : -1;
      const char *area = col_text (stmt, 4);
      StyreBenefitSeries *s = area ? g_hash_table_lookup (series, area) : NULL;

      benefit_series_add (total, year, planned, realised);
      if (s != NULL)
        benefit_series_add (s, year, planned, realised);
      if (!g_hash_table_contains (seen, &benefit))
        {
          g_hash_table_add (seen, g_memdup2 (&benefit, sizeof benefit));
          total->n_benefits++;
          if (s != NULL)
            s->n_benefits++;
        }
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT count(*) FROM benefit WHERE priced = 0 "
                  "AND initiative_id IN (SELECT value FROM json_each(?1))",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->ids_json);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      d->benefits.n_unpriced = (guint) sqlite3_column_int (stmt, 0);
      rc = SQLITE_DONE;
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  /* Focus areas without priced benefits say nothing; they are left out. */
  for (guint i = d->benefits.series->len; i > 1; i--)
    {
      StyreBenefitSeries *s = g_ptr_array_index (d->benefits.series, i - 1);

      if (s->n_benefits == 0)
        g_ptr_array_remove_index (d->benefits.series, i - 1);
    }
  return TRUE;
}

static gint
compare_needs (gconstpointer a,
               gconstpointer b)
{
  const StyreCompetenceNeed *x = *(StyreCompetenceNeed * const *) a;
  const StyreCompetenceNeed *y = *(StyreCompetenceNeed * const *) b;

  if (x->fte != y->fte)
    return x->fte > y->fte ? -1 : 1;
  return g_strcmp0 (x->code, y->code);
}

static gboolean
read_competence (Ctx     *c,
                 GError **error)
{
  StyreChartData *d = c->data;
  StyreCompetenceData *cd = &d->competence;
  g_autoptr(GHashTable) rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  int first = quarter_of (d->as_of) - 1;
  sqlite3_stmt *stmt;
  int rc;

  cd->rows = g_ptr_array_new_with_free_func (competence_row_free);
  for (int q = 0; q < STYRE_COMPETENCE_QUARTERS; q++)
    quarter_text (first + q, cd->quarters[q]);

  /* In the order the file gives them: information security first. */
  stmt = prepare (c, "SELECT id, name FROM competence ORDER BY position, name", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreCompetenceRow *row = g_new0 (StyreCompetenceRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->name = col_dup (stmt, 1);
      for (int q = 0; q < STYRE_COMPETENCE_QUARTERS; q++)
        row->needs[q] = g_ptr_array_new_with_free_func (need_free);
      g_ptr_array_add (cd->rows, row);
      g_hash_table_insert (rows, &row->id, row);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT d.competence_id, d.quarter, i.id, i.code, i.title, d.fte "
                  "FROM competence_demand AS d JOIN initiative AS i ON i.id = d.initiative_id "
                  "WHERE d.initiative_id IN (SELECT value FROM json_each(?1)) "
                  "AND d.quarter BETWEEN ?2 AND ?3 AND d.fte > 0",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->open_ids_json);
  bind_text (stmt, 2, cd->quarters[0]);
  bind_text (stmt, 3, cd->quarters[STYRE_COMPETENCE_QUARTERS - 1]);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      StyreCompetenceRow *row = g_hash_table_lookup (rows, &id);
      const char *quarter = col_text (stmt, 1);
      int q = atoi (quarter) * 4 + (quarter[6] - '1') - first;
      StyreCompetenceNeed *need;

      if (row == NULL || q < 0 || q >= STYRE_COMPETENCE_QUARTERS)
        continue;
      need = g_new0 (StyreCompetenceNeed, 1);
      need->initiative_id = sqlite3_column_int64 (stmt, 2);
      need->code = col_dup (stmt, 3);
      need->title = col_dup (stmt, 4);
      need->fte = sqlite3_column_double (stmt, 5);
      row->demand[q] += need->fte;
      g_ptr_array_add (row->needs[q], need);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  /* The capacity of the agency asked about, or the whole: the totals where the file has
   * them, otherwise what the agencies have together. */
  stmt = prepare (c,
                  "SELECT k.competence_id, k.quarter, "
                  "  sum(CASE WHEN k.agency_id IS NULL THEN k.fte END), "
                  "  sum(CASE WHEN k.agency_id IS NOT NULL THEN k.fte END), "
                  "  sum(CASE WHEN a.code = ?3 THEN k.fte END) "
                  "FROM competence_capacity AS k LEFT JOIN agency AS a ON a.id = k.agency_id "
                  "WHERE k.quarter BETWEEN ?1 AND ?2 GROUP BY k.competence_id, k.quarter",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, cd->quarters[0]);
  bind_text (stmt, 2, cd->quarters[STYRE_COMPETENCE_QUARTERS - 1]);
  bind_text (stmt, 3, c->agency);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      StyreCompetenceRow *row = g_hash_table_lookup (rows, &id);
      const char *quarter = col_text (stmt, 1);
      int q = atoi (quarter) * 4 + (quarter[6] - '1') - first;
      int column = c->agency != NULL ? 4 : sqlite3_column_type (stmt, 2) != SQLITE_NULL ? 2 : 3;

      if (row == NULL || q < 0 || q >= STYRE_COMPETENCE_QUARTERS)
        continue;
      row->capacity[q] = sqlite3_column_double (stmt, column);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  for (guint i = 0; i < cd->rows->len; i++)
    {
      StyreCompetenceRow *row = g_ptr_array_index (cd->rows, i);

      for (int q = 0; q < STYRE_COMPETENCE_QUARTERS; q++)
        g_ptr_array_sort (row->needs[q], compare_needs);
    }
  return TRUE;
}

static gboolean
read_focus_areas (Ctx     *c,
                  GError **error)
{
  StyreChartData *d = c->data;
  g_autoptr(GHashTable) areas = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) weights = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  StyreFocusAreaTotal *none;
  sqlite3_stmt *stmt;
  int rc;

  d->focus_areas.areas = g_ptr_array_new_with_free_func (focus_total_free);
  stmt = prepare (c, "SELECT id, name FROM focus_area ORDER BY position, name", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreFocusAreaTotal *t = g_new0 (StyreFocusAreaTotal, 1);

      t->id = sqlite3_column_int64 (stmt, 0);
      t->name = col_dup (stmt, 1);
      t->initiative_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_ptr_array_add (d->focus_areas.areas, t);
      g_hash_table_insert (areas, &t->id, t);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;
  none = g_new0 (StyreFocusAreaTotal, 1);
  none->name = g_strdup (_("No focus area"));
  none->initiative_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  stmt = prepare (c,
                  "SELECT initiative_id, focus_area_id, weight FROM initiative_focus_area "
                  "WHERE weight > 0 AND initiative_id IN (SELECT value FROM json_each(?1))",
                  error);
  if (stmt == NULL)
    {
      focus_total_free (none);
      return FALSE;
    }
  bind_text (stmt, 1, c->open_ids_json);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GArray *links = g_hash_table_lookup (weights, &id);
      gint64 link[2] = { sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2) };

      if (links == NULL)
        {
          links = g_array_new (FALSE, FALSE, sizeof link);
          g_hash_table_insert (weights, g_memdup2 (&id, sizeof id), links);
        }
      g_array_append_val (links, link);
    }
  if (!finish (c, stmt, rc, error))
    {
      focus_total_free (none);
      return FALSE;
    }

  /* An initiative's money is split between its focus areas by weight. */
  for (guint i = 0; i < d->initiatives->len; i++)
    {
      StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);
      GArray *links;
      gint64 budget = MAX (in->budget_approved, 0);
      gint64 forecast = in->budget_forecast >= 0 ? in->budget_forecast : budget;
      double total = 0;

      if (!styre_chart_initiative_is_open (in))
        continue;
      links = g_hash_table_lookup (weights, &in->id);
      for (guint l = 0; links != NULL && l < links->len; l++)
        total += (double) ((gint64 *) links->data)[2 * l + 1];
      if (links == NULL || total <= 0)
        {
          none->budget += budget;
          none->forecast += forecast;
          none->n_weighted += 1;
          none->n_initiatives++;
          g_array_append_val (none->initiative_ids, in->id);
          continue;
        }
      for (guint l = 0; l < links->len; l++)
        {
          gint64 area = ((gint64 *) links->data)[2 * l];
          double share = ((gint64 *) links->data)[2 * l + 1] / total;
          StyreFocusAreaTotal *t = g_hash_table_lookup (areas, &area);

          if (t == NULL)
            continue;
          t->budget += (gint64) llround (budget * share);
          t->forecast += (gint64) llround (forecast * share);
          t->n_weighted += share;
          t->n_initiatives++;
          g_array_append_val (t->initiative_ids, in->id);
        }
    }

  if (none->n_initiatives > 0)
    g_ptr_array_add (d->focus_areas.areas, none);
  else
    focus_total_free (none);
  return TRUE;
}

static gint
compare_cross_rows (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const StyreCrossAgencyRow *x = *(StyreCrossAgencyRow * const *) a;
  const StyreCrossAgencyRow *y = *(StyreCrossAgencyRow * const *) b;
  guint n = GPOINTER_TO_UINT (user_data), nx = 0, ny = 0;

  for (guint i = 0; i < n; i++)
    {
      nx += x->roles[i] != 0;
      ny += y->roles[i] != 0;
    }
  if (nx != ny)
    return nx > ny ? -1 : 1;
  return g_strcmp0 (x->initiative->code, y->initiative->code);
}

static gboolean
read_cross_agency (Ctx     *c,
                   GError **error)
{
  StyreChartData *d = c->data;
  StyreCrossAgencyData *x = &d->cross_agency;
  g_autoptr(GHashTable) agency_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (cross_row_free);
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GPtrArray) agencies = g_ptr_array_new_with_free_func (agency_free);
  guint *order;
  sqlite3_stmt *stmt;
  int rc;

  x->agencies = g_ptr_array_new_with_free_func (agency_free);
  x->rows = g_ptr_array_new_with_free_func (cross_row_free);

  /* The agencies taking part, the host first, then by how many initiatives they are in. */
  stmt = prepare (c,
                  "SELECT a.id, a.code, a.name, a.short_name, "
                  "  (SELECT count(*) FROM initiative_agency AS ia "
                  "   WHERE ia.agency_id = a.id "
                  "   AND ia.initiative_id IN (SELECT value FROM json_each(?1))) AS n "
                  "FROM agency AS a WHERE n > 0 "
                  "OR a.id IN (SELECT owning_agency_id FROM initiative "
                  "            WHERE id IN (SELECT value FROM json_each(?1))) "
                  "ORDER BY a.is_host DESC, n DESC, a.name",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->open_ids_json);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreChartAgency *a = g_new0 (StyreChartAgency, 1);

      a->id = sqlite3_column_int64 (stmt, 0);
      a->code = col_dup (stmt, 1);
      a->name = col_dup (stmt, 2);
      a->short_name = col_dup (stmt, 3);
      g_ptr_array_add (agencies, a);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;
  for (guint i = 0; i < agencies->len; i++)
    {
      StyreChartAgency *a = g_ptr_array_index (agencies, i);

      g_hash_table_insert (agency_index, &a->id, GUINT_TO_POINTER (i + 1));
    }
  g_array_set_size (counts, agencies->len);

  for (guint i = 0; i < d->initiatives->len; i++)
    {
      StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);
      StyreCrossAgencyRow *row;

      if (!styre_chart_initiative_is_open (in))
        continue;
      row = g_new0 (StyreCrossAgencyRow, 1);
      row->initiative = in;
      row->roles = g_new0 (guint8, MAX (agencies->len, 1));
      g_ptr_array_add (all, row);
      g_hash_table_insert (rows, &in->id, row);
    }

  stmt = prepare (c,
                  "SELECT i.id, i.owning_agency_id, 'owner' FROM initiative AS i "
                  "WHERE i.id IN (SELECT value FROM json_each(?1)) "
                  "UNION ALL SELECT initiative_id, agency_id, role FROM initiative_agency "
                  "WHERE initiative_id IN (SELECT value FROM json_each(?1))",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->open_ids_json);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 agency = sqlite3_column_int64 (stmt, 1);
      const char *role = col_text (stmt, 2);
      StyreCrossAgencyRow *row = g_hash_table_lookup (rows, &id);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (agency_index, &agency));
      guint8 bit = g_strcmp0 (role, "owner") == 0 ? STYRE_AGENCY_ROLE_OWNER
                   : g_strcmp0 (role, "partner") == 0 ? STYRE_AGENCY_ROLE_PARTNER
                   : g_strcmp0 (role, "funder") == 0 ? STYRE_AGENCY_ROLE_FUNDER
                   : STYRE_AGENCY_ROLE_BENEFIT_RECIPIENT;

      if (row != NULL && index > 0)
        row->roles[index - 1] |= bit;
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  /* Only initiatives with more than one agency are cross-agency. */
  for (guint i = 0; i < all->len; i++)
    {
      StyreCrossAgencyRow *row = g_ptr_array_index (all, i);
      guint n = 0;

      for (guint a = 0; a < agencies->len; a++)
        n += row->roles[a] != 0;
      if (n > 1)
        {
          for (guint a = 0; a < agencies->len; a++)
            if (row->roles[a] != 0)
              g_array_index (counts, guint, a)++;
          g_ptr_array_add (x->rows, g_ptr_array_steal_index (all, i));
          i--;
        }
    }

  /* Agencies that take part in none of them are left out; the rest keep their order. */
  order = g_new0 (guint, MAX (agencies->len, 1));
  for (guint a = 0; a < agencies->len; a++)
    if (g_array_index (counts, guint, a) > 0)
      {
        order[x->agencies->len] = a;
        g_ptr_array_add (x->agencies, g_steal_pointer (&agencies->pdata[a]));
      }
  for (guint r = 0; r < x->rows->len; r++)
    {
      StyreCrossAgencyRow *row = g_ptr_array_index (x->rows, r);
      guint8 *roles = g_new0 (guint8, MAX (x->agencies->len, 1));

      for (guint a = 0; a < x->agencies->len; a++)
        roles[a] = row->roles[order[a]];
      g_free (row->roles);
      row->roles = roles;
    }
  g_free (order);
  g_ptr_array_sort_with_data (x->rows, compare_cross_rows,
                              GUINT_TO_POINTER (x->agencies->len));
  return TRUE;
}

static gboolean
read_ageing (Ctx     *c,
             GError **error)
{
  StyreChartData *d = c->data;
  sqlite3_stmt *stmt;
  int rc;

  d->ageing.actions = g_ptr_array_new_with_free_func (ageing_free);
  stmt = prepare (c,
                  "SELECT x.id, x.title, p.name, x.created_on, x.due_on, x.initiative_id, "
                  "  i.code, ai.case_seq, ai.case_year, f.case_number_digits, "
                  "  x.confidentiality "
                  "FROM action_item AS x "
                  "LEFT JOIN person AS p ON p.id = x.owner_id "
                  "LEFT JOIN initiative AS i ON i.id = x.initiative_id "
                  "LEFT JOIN agenda_item AS ai ON ai.id = x.origin_item_id "
                  "LEFT JOIN meeting AS m ON m.id = ai.meeting_id "
                  "LEFT JOIN forum AS f ON f.id = m.forum_id "
                  "WHERE " OPEN_ACTIONS
                  "ORDER BY x.created_on, x.id",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, d->as_of);
  sqlite3_bind_int (stmt, 2, has_filters (c) ? 0 : 1);
  bind_text (stmt, 3, c->ids_json);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreAgeingAction *a = g_new0 (StyreAgeingAction, 1);

      a->id = sqlite3_column_int64 (stmt, 0);
      a->title = col_dup (stmt, 1);
      a->owner = col_dup (stmt, 2);
      a->created_on = col_dup (stmt, 3);
      a->due_on = col_dup (stmt, 4);
      a->initiative_id = col_int_or (stmt, 5, 0);
      a->initiative_code = col_dup (stmt, 6);
      if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
        a->case_number = styre_format_case_number (sqlite3_column_int (stmt, 7),
                                                   sqlite3_column_int (stmt, 8),
                                                   (int) col_int_or (stmt, 9, 2));
      a->exempt = g_strcmp0 (col_text (stmt, 10), "exempt") == 0;
      a->age_days = MAX (0, days_between (a->created_on, d->as_of));
      a->overdue_days = a->due_on ? MAX (0, days_between (a->due_on, d->as_of)) : 0;
      g_ptr_array_add (d->ageing.actions, a);
    }
  return finish (c, stmt, rc, error);
}

static StyreSinceChange *
since_add (StyreChartData             *d,
           StyreSinceKind              kind,
           const StyreChartInitiative *in,
           gint64                      initiative_id,
           const char                 *code,
           const char                 *title)
{
  StyreSinceChange *s = g_new0 (StyreSinceChange, 1);

  s->kind = kind;
  s->initiative_id = in ? in->id : initiative_id;
  s->code = g_strdup (in ? in->code : code);
  s->title = g_strdup (in ? in->title : title);
  g_ptr_array_add (d->since.changes, s);
  return s;
}

static gint
compare_since (gconstpointer a,
               gconstpointer b)
{
  const StyreSinceChange *x = *(StyreSinceChange * const *) a;
  const StyreSinceChange *y = *(StyreSinceChange * const *) b;
  gint64 wx = 0, wy = 0;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  switch (x->kind)
    {
    case STYRE_SINCE_COLOUR:
      /* What got worse first, the worst landing first. */
      wx = (styre_rag_severity (x->to) - styre_rag_severity (x->from)) * 10
           + styre_rag_severity (x->to);
      wy = (styre_rag_severity (y->to) - styre_rag_severity (y->from)) * 10
           + styre_rag_severity (y->to);
      break;
    case STYRE_SINCE_NEW_RISK:
      wx = x->score;
      wy = y->score;
      break;
    case STYRE_SINCE_SLIPPED:
      wx = x->days;
      wy = y->days;
      break;
    case STYRE_SINCE_FRAME:
      wx = ABS (x->amount_to - x->amount_from);
      wy = ABS (y->amount_to - y->amount_from);
      break;
    case STYRE_SINCE_GATE:
    case STYRE_SINCE_NEW:
    case STYRE_SINCE_LIFECYCLE:
    case STYRE_N_SINCE_KINDS:
    default:
      break;
    }
  if (wx != wy)
    return wx > wy ? -1 : 1;
  return g_strcmp0 (x->code, y->code);
}

static gboolean
read_since (Ctx     *c,
            GError **error)
{
  StyreChartData *d = c->data;
  StyreSinceData *sd = &d->since;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GHashTable) then = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 snapshot = 0;
  sqlite3_stmt *stmt;
  int rc;

  sd->changes = g_ptr_array_new_with_free_func (since_free);

  if (c->query->since_meeting_id > 0)
    stmt = prepare (c,
                    "SELECT m.id, m.starts_at, f.name, "
                    "  (SELECT id FROM portfolio_snapshot WHERE meeting_id = m.id) "
                    "FROM meeting AS m JOIN forum AS f ON f.id = m.forum_id WHERE m.id = ?1",
                    error);
  else
    stmt = prepare (c,
                    "SELECT m.id, m.starts_at, f.name, "
                    "  (SELECT id FROM portfolio_snapshot WHERE meeting_id = m.id) "
                    "FROM meeting AS m JOIN forum AS f ON f.id = m.forum_id "
                    "WHERE m.state IN ('held', 'minutes_approved') "
                    "AND substr(m.starts_at, 1, 10) < ?2 "
                    "ORDER BY m.starts_at DESC, m.id DESC LIMIT 1",
                    error);
  if (stmt == NULL)
    return FALSE;
  if (c->query->since_meeting_id > 0)
    sqlite3_bind_int64 (stmt, 1, c->query->since_meeting_id);
  else
    bind_text (stmt, 2, d->as_of);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      sd->meeting_id = sqlite3_column_int64 (stmt, 0);
      sd->meeting_date = g_strndup (col_text (stmt, 1), 10);
      sd->meeting_label = meeting_label (col_text (stmt, 2), col_text (stmt, 1));
      snapshot = col_int_or (stmt, 3, 0);
      rc = SQLITE_DONE;
    }
  else if (rc == SQLITE_DONE && c->query->since_meeting_id > 0)
    {
      sqlite3_finalize (stmt);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                           _("The meeting to compare with is no longer in the file."));
      return FALSE;
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;
  if (sd->meeting_id == 0 || g_strcmp0 (sd->meeting_date, d->as_of) >= 0)
    return TRUE;

  /* How the portfolio stood at the meeting, read the same way as now. */
  before = read_state (c, sd->meeting_date, snapshot, error);
  if (before == NULL)
    return FALSE;
  for (guint i = 0; i < before->len; i++)
    {
      StyreChartInitiative *in = g_ptr_array_index (before, i);

      g_hash_table_insert (then, &in->id, in);
    }

  for (guint i = 0; i < d->initiatives->len; i++)
    {
      StyreChartInitiative *now = g_ptr_array_index (d->initiatives, i);
      StyreChartInitiative *was = g_hash_table_lookup (then, &now->id);
      StyreSinceChange *s;

      if (was == NULL)
        {
          s = since_add (d, STYRE_SINCE_NEW, now, 0, NULL, NULL);
          s->detail = g_strdup (styre_vocabulary_label (STYRE_VOCAB_INITIATIVE_KIND, now->kind));
        }
      else if (was->lifecycle != now->lifecycle)
        {
          s = since_add (d, STYRE_SINCE_LIFECYCLE, now, 0, NULL, NULL);
          s->detail = g_strdup (styre_vocabulary_label (STYRE_VOCAB_LIFECYCLE, now->lifecycle));
        }
      else if (styre_chart_initiative_is_open (now) && was->overall != now->overall)
        {
          s = since_add (d, STYRE_SINCE_COLOUR, now, 0, NULL, NULL);
          s->from = was->overall;
          s->to = now->overall;
          s->date = g_strdup (now->period);
        }
    }

  stmt = prepare (c,
                  "SELECT r.initiative_id, i.code, i.title, r.title, "
                  "  r.probability * r.consequence, r.identified_on "
                  "FROM risk AS r JOIN initiative AS i ON i.id = r.initiative_id "
                  "WHERE r.initiative_id IN (SELECT value FROM json_each(?1)) "
                  "AND r.identified_on > ?2 AND r.identified_on <= ?3 "
                  "AND (r.closed_on IS NULL OR r.closed_on > ?3)",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->ids_json);
  bind_text (stmt, 2, sd->meeting_date);
  bind_text (stmt, 3, d->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreSinceChange *s = since_add (d, STYRE_SINCE_NEW_RISK, NULL,
                                       sqlite3_column_int64 (stmt, 0), col_text (stmt, 1),
                                       col_text (stmt, 2));

      s->detail = col_dup (stmt, 3);
      s->score = sqlite3_column_int (stmt, 4);
      s->date = col_dup (stmt, 5);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT * FROM (SELECT m.initiative_id, i.code, i.title, m.title, "
                  "  coalesce(" FORECAST_AS_OF ("?3") ", m.baseline_date) AS now, "
                  "  coalesce(" FORECAST_AS_OF ("?2") ", m.baseline_date) AS was "
                  "FROM milestone AS m JOIN initiative AS i ON i.id = m.initiative_id "
                  "WHERE m.initiative_id IN (SELECT value FROM json_each(?1)) "
                  "AND (m.actual_date IS NULL OR m.actual_date > ?3) "
                  "AND " MILESTONE_KNOWN ("?2") ") "
                  "WHERE now > was",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->open_ids_json);
  bind_text (stmt, 2, sd->meeting_date);
  bind_text (stmt, 3, d->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreSinceChange *s = since_add (d, STYRE_SINCE_SLIPPED, NULL,
                                       sqlite3_column_int64 (stmt, 0), col_text (stmt, 1),
                                       col_text (stmt, 2));

      s->detail = col_dup (stmt, 3);
      s->date = col_dup (stmt, 4);
      s->days = days_between (col_text (stmt, 5), col_text (stmt, 4));
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT f.initiative_id, i.code, i.title, f.valid_from, f.p85, "
                  "  (SELECT p85 FROM cost_frame WHERE initiative_id = f.initiative_id "
                  "   AND valid_from < f.valid_from ORDER BY valid_from DESC LIMIT 1), f.note "
                  "FROM cost_frame AS f JOIN initiative AS i ON i.id = f.initiative_id "
                  "WHERE f.initiative_id IN (SELECT value FROM json_each(?1)) "
                  "AND f.valid_from > ?2 AND f.valid_from <= ?3",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->ids_json);
  bind_text (stmt, 2, sd->meeting_date);
  bind_text (stmt, 3, d->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreSinceChange *s = since_add (d, STYRE_SINCE_FRAME, NULL,
                                       sqlite3_column_int64 (stmt, 0), col_text (stmt, 1),
                                       col_text (stmt, 2));

      s->date = col_dup (stmt, 3);
      s->amount_to = sqlite3_column_int64 (stmt, 4);
      s->amount_from = col_int_or (stmt, 5, -1);
      if (col_text (stmt, 6) != NULL && *col_text (stmt, 6) != '\0')
        s->detail = col_dup (stmt, 6);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  stmt = prepare (c,
                  "SELECT g.initiative_id, i.code, i.title, g.gate, g.outcome, g.decided_on "
                  "FROM gate_decision AS g JOIN initiative AS i ON i.id = g.initiative_id "
                  "WHERE g.initiative_id IN (SELECT value FROM json_each(?1)) "
                  "AND g.decided_on > ?2 AND g.decided_on <= ?3 ORDER BY g.decided_on",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->ids_json);
  bind_text (stmt, 2, sd->meeting_date);
  bind_text (stmt, 3, d->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreSinceChange *s = since_add (d, STYRE_SINCE_GATE, NULL,
                                       sqlite3_column_int64 (stmt, 0), col_text (stmt, 1),
                                       col_text (stmt, 2));

      /* Translators: a gate decision in a list of changes, e.g. "BP3: Approved" */
      s->detail = g_strdup_printf (_("%s: %s"),
                                   styre_vocabulary_label (STYRE_VOCAB_GATE, col_text (stmt, 3)),
                                   styre_vocabulary_label (STYRE_VOCAB_GATE_OUTCOME,
                                                           col_text (stmt, 4)));
      s->date = col_dup (stmt, 5);
    }
  if (!finish (c, stmt, rc, error))
    return FALSE;

  g_ptr_array_sort (sd->changes, compare_since);
  return TRUE;
}

/* ── public ──────────────────────────────────────────────────────────────────────────── */

struct _StyreChartCache
{
  GHashTable *states;   /* key of the resolved question → GPtrArray of initiatives */
};

StyreChartCache *
styre_chart_cache_new (void)
{
  StyreChartCache *cache = g_new0 (StyreChartCache, 1);

  cache->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  return cache;
}

void
styre_chart_cache_free (StyreChartCache *cache)
{
  if (cache == NULL)
    return;
  g_clear_pointer (&cache->states, g_hash_table_unref);
  g_free (cache);
}

static char *
state_key (Ctx *c)
{
  return g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%s|%s|%s|%s|%" G_GINT64_FORMAT,
                          c->agency ? c->agency : "", c->focus_area_id,
                          c->kind ? c->kind : "", c->method ? c->method : "",
                          c->phase ? c->phase : "", c->data->as_of, c->snapshot_id);
}

/**
 * styre_store_prepare_chart_data:
 * @kind: which chart
 * @query: (nullable): filters and the as-of date; %NULL for everything as of today
 *
 * Reads what @kind shows. Call it on a worker thread: on a big file or a slow share it
 * can take a while. A filter that names something the file does not have (an agency
 * code, a focus area) fails with %STYRE_ERROR_NOT_FOUND and a message that says which.
 *
 * Returns: (transfer full): the data, or %NULL with @error set
 */
StyreChartData *
styre_store_prepare_chart_data (StyreStore            *self,
                                StyreChartKind         kind,
                                const StyreChartQuery *query,
                                GError               **error)
{
  return styre_store_prepare_chart_data_cached (self, kind, query, NULL, error);
}

/**
 * styre_store_prepare_chart_data_cached:
 * @cache: (nullable): where the portfolio as it stood is kept for the next chart
 *
 * Like styre_store_prepare_chart_data(), reading the portfolio as it stood only once for
 * the charts of @cache that ask the same question. The charts share it; it never
 * changes after it is read.
 */
StyreChartData *
styre_store_prepare_chart_data_cached (StyreStore            *self,
                                       StyreChartKind         kind,
                                       const StyreChartQuery *query,
                                       StyreChartCache       *cache,
                                       GError               **error)
{
  g_autoptr(StyreChartData) data = g_new0 (StyreChartData, 1);
  StyreChartQuery empty;
  Ctx c = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  g_return_val_if_fail (kind < STYRE_N_CHARTS, NULL);

  styre_chart_query_init (&empty);
  data->kind = kind;
  c.store = self;
  c.data = data;
  c.query = query != NULL ? query : &empty;

  styre_store_lock (self);
  c.db = styre_store_get_db (self);
  if (!resolve_query (&c, error))
    goto out;
  if (cache != NULL)
    {
      g_autofree char *key = state_key (&c);
      GPtrArray *state = g_hash_table_lookup (cache->states, key);

      if (state != NULL)
        data->initiatives = g_ptr_array_ref (state);
      else if ((data->initiatives = read_state (&c, data->as_of, c.snapshot_id, error)) != NULL)
        g_hash_table_insert (cache->states, g_steal_pointer (&key),
                             g_ptr_array_ref (data->initiatives));
    }
  else
    data->initiatives = read_state (&c, data->as_of, c.snapshot_id, error);
  if (data->initiatives == NULL)
    goto out;
  c.ids_json = ids_to_json (data->initiatives, FALSE);
  c.open_ids_json = ids_to_json (data->initiatives, TRUE);

  switch (kind)
    {
    case STYRE_CHART_KPI:
      ok = read_kpi (&c, error);
      break;
    case STYRE_CHART_MONEY:
      ok = read_money (&c, error);
      break;
    case STYRE_CHART_FIVE_PERCENT:
      ok = read_five_percent (&c, error);
      break;
    case STYRE_CHART_STATUS_TREND:
      ok = read_trend (&c, error);
      break;
    case STYRE_CHART_ROADMAP:
      ok = read_roadmap (&c, error);
      break;
    case STYRE_CHART_BENEFITS:
      ok = read_benefits (&c, error);
      break;
    case STYRE_CHART_COMPETENCE:
      ok = read_competence (&c, error);
      break;
    case STYRE_CHART_FOCUS_AREAS:
      ok = read_focus_areas (&c, error);
      break;
    case STYRE_CHART_CROSS_AGENCY:
      ok = read_cross_agency (&c, error);
      break;
    case STYRE_CHART_FOLLOW_UP_AGEING:
      ok = read_ageing (&c, error);
      break;
    case STYRE_CHART_SINCE_LAST_MEETING:
      ok = read_since (&c, error);
      break;
    case STYRE_CHART_RAG_HEATMAP:
    case STYRE_CHART_VALUE_RISK:
    case STYRE_CHART_PHASE_FUNNEL:
      /* The state is all they need. */
      ok = TRUE;
      break;
    case STYRE_N_CHARTS:
    default:
      g_assert_not_reached ();
    }

out:
  styre_store_unlock (self);
  g_free (c.agency);
  g_free (c.focus_area);
  g_free (c.ids_json);
  g_free (c.open_ids_json);
  if (!ok)
    return NULL;
  return g_steal_pointer (&data);
}

/**
 * styre_store_get_chart_choices:
 *
 * What the dashboard offers in its filters: the agencies, the focus areas, and the
 * meetings held (to show the portfolio as it stood then).
 */
gboolean
styre_store_get_chart_choices (StyreStore         *self,
                               StyreChartChoices  *choices,
                               GError            **error)
{
  Ctx c = { 0 };
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);

  memset (choices, 0, sizeof *choices);
  choices->agencies = g_ptr_array_new_with_free_func (agency_free);
  choices->focus_areas = g_ptr_array_new_with_free_func (g_free);
  choices->meetings = g_ptr_array_new_with_free_func (meeting_free);

  styre_store_lock (self);
  c.store = self;
  c.db = styre_store_get_db (self);

  stmt = prepare (&c, "SELECT id, code, name, short_name FROM agency ORDER BY is_host DESC, name",
                  error);
  if (stmt == NULL)
    goto out;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreChartAgency *a = g_new0 (StyreChartAgency, 1);

      a->id = sqlite3_column_int64 (stmt, 0);
      a->code = col_dup (stmt, 1);
      a->name = col_dup (stmt, 2);
      a->short_name = col_dup (stmt, 3);
      g_ptr_array_add (choices->agencies, a);
    }
  if (!finish (&c, stmt, rc, error))
    goto out;

  stmt = prepare (&c, "SELECT name FROM focus_area ORDER BY position, name", error);
  if (stmt == NULL)
    goto out;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (choices->focus_areas, col_dup (stmt, 0));
  if (!finish (&c, stmt, rc, error))
    goto out;

  stmt = prepare (&c,
                  "SELECT m.id, f.name, m.starts_at, "
                  "  EXISTS (SELECT 1 FROM portfolio_snapshot WHERE meeting_id = m.id) "
                  "FROM meeting AS m JOIN forum AS f ON f.id = m.forum_id "
                  "WHERE m.state IN ('held', 'minutes_approved') "
                  "ORDER BY m.starts_at DESC, m.id DESC",
                  error);
  if (stmt == NULL)
    goto out;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreChartMeeting *m = g_new0 (StyreChartMeeting, 1);

      m->id = sqlite3_column_int64 (stmt, 0);
      m->label = meeting_label (col_text (stmt, 1), col_text (stmt, 2));
      m->date = g_strndup (col_text (stmt, 2), 10);
      m->has_snapshot = sqlite3_column_int (stmt, 3) != 0;
      g_ptr_array_add (choices->meetings, m);
    }
  if (!finish (&c, stmt, rc, error))
    goto out;
  ok = TRUE;

out:
  styre_store_unlock (self);
  if (!ok)
    styre_chart_choices_clear (choices);
  return ok;
}

void
styre_chart_choices_clear (StyreChartChoices *choices)
{
  g_clear_pointer (&choices->agencies, g_ptr_array_unref);
  g_clear_pointer (&choices->focus_areas, g_ptr_array_unref);
  g_clear_pointer (&choices->meetings, g_ptr_array_unref);
}
