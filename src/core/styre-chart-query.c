/* styre-chart-query.c — the charts' ids and titles, and what a chart is asked to show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-chart-query"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "styre-chart-data.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-json.h"

static const struct
{
  const char *id;
  const char *title;
  const char *summary;
} charts[STYRE_N_CHARTS] = {
  [STYRE_CHART_KPI] = {
    "kpi", N_("Key Figures"),
    N_("Initiatives by status, this year’s budget and benefits, follow-up and the next "
       "decision points") },
  [STYRE_CHART_RAG_HEATMAP] = {
    "rag-heatmap", N_("Status by Steering Parameter"),
    N_("Every initiative’s status on the seven steering parameters, worst first") },
  [STYRE_CHART_VALUE_RISK] = {
    "value-risk", N_("Value and Risk"),
    N_("Strategic value against complexity; the bubble’s size is the budget") },
  [STYRE_CHART_MONEY] = {
    "money", N_("Money"),
    N_("Forecast against the management budget (P50) and cost frame (P85), and the budget "
       "by year") },
  [STYRE_CHART_FIVE_PERCENT] = {
    "five-percent", N_("The 5 % Rule"),
    N_("Overspending of an operating appropriation and its repayment over the following "
       "years") },
  [STYRE_CHART_STATUS_TREND] = {
    "status-trend", N_("Status Over Time"),
    N_("Green, yellow and red status reports per month") },
  [STYRE_CHART_ROADMAP] = {
    "roadmap", N_("Roadmap"),
    N_("Phases, decision points and milestones on a time line, with slippage") },
  [STYRE_CHART_PHASE_FUNNEL] = {
    "phase-funnel", N_("Phases"),
    N_("How many initiatives are in each phase, and how many were stopped in time") },
  [STYRE_CHART_BENEFITS] = {
    /* Translators: "benefits" are nyttevirkninger (gevinster) */
    "benefits", N_("Benefits"),
    N_("Benefits realised against the planned path, in total and per focus area") },
  [STYRE_CHART_COMPETENCE] = {
    "competence", N_("Competence"),
    N_("Demand against capacity per competence and quarter, and who is short") },
  [STYRE_CHART_FOCUS_AREAS] = {
    "focus-areas", N_("Focus Areas"),
    N_("Budget and initiatives per focus area: is the money where the strategy is?") },
  [STYRE_CHART_CROSS_AGENCY] = {
    "cross-agency", N_("Cross-Agency"),
    N_("Which agencies take part in which initiatives, and how") },
  [STYRE_CHART_FOLLOW_UP_AGEING] = {
    "follow-up-ageing", N_("Follow-Up by Age"),
    N_("Open actions from the meetings by age and owner; overdue ones marked") },
  [STYRE_CHART_SINCE_LAST_MEETING] = {
    "since-last-meeting", N_("Since the Last Meeting"),
    N_("Colour changes, new risks, slipped milestones and new frames since a meeting") },
};

/**
 * styre_chart_kind_to_id:
 *
 * Returns: the chart's stable id, e.g. "rag-heatmap"
 */
const char *
styre_chart_kind_to_id (StyreChartKind kind)
{
  g_return_val_if_fail (kind < STYRE_N_CHARTS, NULL);
  return charts[kind].id;
}

/**
 * styre_chart_kind_from_id:
 *
 * Returns: whether @id names a chart
 */
gboolean
styre_chart_kind_from_id (const char     *id,
                          StyreChartKind *kind)
{
  for (guint i = 0; i < STYRE_N_CHARTS; i++)
    if (g_strcmp0 (id, charts[i].id) == 0)
      {
        if (kind != NULL)
          *kind = (StyreChartKind) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * styre_chart_kind_get_title:
 *
 * Returns: the chart's translated title, e.g. "Status by Steering Parameter"
 */
const char *
styre_chart_kind_get_title (StyreChartKind kind)
{
  g_return_val_if_fail (kind < STYRE_N_CHARTS, NULL);
  return _(charts[kind].title);
}

/**
 * styre_chart_kind_get_summary:
 *
 * Returns: one translated sentence on what the chart shows
 */
const char *
styre_chart_kind_get_summary (StyreChartKind kind)
{
  g_return_val_if_fail (kind < STYRE_N_CHARTS, NULL);
  return _(charts[kind].summary);
}

void
styre_chart_query_init (StyreChartQuery *query)
{
  memset (query, 0, sizeof *query);
}

void
styre_chart_query_clear (StyreChartQuery *query)
{
  g_clear_pointer (&query->agency, g_free);
  g_clear_pointer (&query->focus_area, g_free);
  g_clear_pointer (&query->kind, g_free);
  g_clear_pointer (&query->method, g_free);
  g_clear_pointer (&query->phase, g_free);
  g_clear_pointer (&query->group, g_free);
  g_clear_pointer (&query->as_of, g_free);
  g_clear_pointer (&query->today, g_free);
  query->meeting_id = 0;
  query->since_meeting_id = 0;
}

void
styre_chart_query_copy (const StyreChartQuery *src,
                        StyreChartQuery       *dest)
{
  dest->agency = g_strdup (src->agency);
  dest->focus_area = g_strdup (src->focus_area);
  dest->kind = g_strdup (src->kind);
  dest->method = g_strdup (src->method);
  dest->phase = g_strdup (src->phase);
  dest->group = g_strdup (src->group);
  dest->as_of = g_strdup (src->as_of);
  dest->today = g_strdup (src->today);
  dest->meeting_id = src->meeting_id;
  dest->since_meeting_id = src->since_meeting_id;
}

gboolean
styre_chart_query_equal (const StyreChartQuery *a,
                         const StyreChartQuery *b)
{
  return g_strcmp0 (a->agency, b->agency) == 0
         && g_strcmp0 (a->focus_area, b->focus_area) == 0
         && g_strcmp0 (a->kind, b->kind) == 0
         && g_strcmp0 (a->method, b->method) == 0
         && g_strcmp0 (a->phase, b->phase) == 0
         && g_strcmp0 (a->group, b->group) == 0
         && g_strcmp0 (a->as_of, b->as_of) == 0
         && g_strcmp0 (a->today, b->today) == 0
         && a->meeting_id == b->meeting_id
         && a->since_meeting_id == b->since_meeting_id;
}

/**
 * styre_chart_query_set_as_of:
 * @as_of: (nullable): a date as people write it ("12.03.2026", "2026-03-12"), or %NULL
 *   for today
 */
gboolean
styre_chart_query_set_as_of (StyreChartQuery  *query,
                             const char       *as_of,
                             GError          **error)
{
  char *iso = NULL;

  if (as_of != NULL && *as_of != '\0' && !styre_parse_date (as_of, &iso, error))
    return FALSE;
  g_free (query->as_of);
  query->as_of = iso;
  return TRUE;
}

static gboolean
take_text (const StyreJsonMember  *m,
           char                  **field,
           GError                **error)
{
  if (m == NULL)
    return TRUE;
  if (m->type == STYRE_JSON_NULL)
    {
      g_clear_pointer (field, g_free);
      return TRUE;
    }
  if (m->type != STYRE_JSON_TEXT)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("The filter “%s” must be text."), m->key);
      return FALSE;
    }
  g_free (*field);
  *field = *m->text != '\0' ? g_strdup (m->text) : NULL;
  return TRUE;
}

static gboolean
take_id (const StyreJsonMember  *m,
         gint64                 *field,
         GError                **error)
{
  if (m == NULL)
    return TRUE;
  if (m->type == STYRE_JSON_NULL)
    {
      *field = 0;
      return TRUE;
    }
  if (m->type != STYRE_JSON_INTEGER || m->integer < 0)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("The filter “%s” must be a meeting’s number."), m->key);
      return FALSE;
    }
  *field = m->integer;
  return TRUE;
}

/**
 * styre_chart_query_set_filters_json:
 * @json: (nullable): an object like {"focus_area": "Sammenhengende tjenester"}
 *
 * Sets the filters @json names, as stored with a linked view (agenda_item_view.filters)
 * or a dashboard card: "agency" (a code), "focus_area" (a name), "kind", "method",
 * "phase", "group" ("focus_area" or "agency"), "as_of" ('YYYY-MM-DD'), "meeting" and
 * "since_meeting" (meeting ids). Names it does not know are left alone, so a newer
 * Styre's filters do not stop an older one. Nothing is changed when @json is not valid.
 */
gboolean
styre_chart_query_set_filters_json (StyreChartQuery  *query,
                                    const char       *json,
                                    GError          **error)
{
  g_autoptr(GPtrArray) members = NULL;
  g_auto(StyreChartQuery) copy = { 0 };
  g_autofree char *as_of = NULL;

  if (json == NULL || *json == '\0')
    return TRUE;
  members = styre_json_read_members (json, STYRE_JSON_OBJECT, error);
  if (members == NULL)
    return FALSE;

  styre_chart_query_init (&copy);
  styre_chart_query_copy (query, &copy);
  if (!take_text (styre_json_lookup (members, "agency"), &copy.agency, error)
      || !take_text (styre_json_lookup (members, "focus_area"), &copy.focus_area, error)
      || !take_text (styre_json_lookup (members, "kind"), &copy.kind, error)
      || !take_text (styre_json_lookup (members, "method"), &copy.method, error)
      || !take_text (styre_json_lookup (members, "phase"), &copy.phase, error)
      || !take_text (styre_json_lookup (members, "group"), &copy.group, error)
      || !take_id (styre_json_lookup (members, "meeting"), &copy.meeting_id, error)
      || !take_id (styre_json_lookup (members, "since_meeting"), &copy.since_meeting_id,
                   error))
    return FALSE;
  if (styre_json_lookup (members, "as_of") != NULL)
    {
      as_of = g_strdup (query->as_of);
      if (!take_text (styre_json_lookup (members, "as_of"), &as_of, error)
          || !styre_chart_query_set_as_of (&copy, as_of, error))
        return FALSE;
    }

  styre_chart_query_clear (query);
  styre_chart_query_copy (&copy, query);
  return TRUE;
}

static void
append_member (GString    *out,
               const char *key,
               const char *value)
{
  if (value == NULL)
    return;
  if (out->len > 1)
    g_string_append_c (out, ',');
  styre_json_append_string (out, key);
  g_string_append_c (out, ':');
  styre_json_append_string (out, value);
}

/**
 * styre_chart_query_get_filters_json:
 *
 * Returns: (transfer full): the filters as a JSON object, "{}" when there are none; the
 *   as-of date and meetings are not filters and are left out
 */
char *
styre_chart_query_get_filters_json (const StyreChartQuery *query)
{
  GString *out = g_string_new ("{");

  append_member (out, "agency", query->agency);
  append_member (out, "focus_area", query->focus_area);
  append_member (out, "kind", query->kind);
  append_member (out, "method", query->method);
  append_member (out, "phase", query->phase);
  append_member (out, "group", query->group);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}
