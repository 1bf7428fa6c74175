/* styre-status.c — the colours the tolerances suggest
 *
 * Three steering parameters have a rule (the tolerance table's comment in
 * styre-schema-v1.sql):
 *
 *  - time: the worst open milestone's forecast against its baseline, in days late;
 *  - cost: the forecast total cost against the management budget P50, in per cent over
 *    it; above the cost frame P85 it is red whatever the tolerance says;
 *  - benefits: what has been realised against the plan to date (this year pro rata), in
 *    per cent missing, averaged over the benefits that have realised values.
 *
 * An initiative's own tolerance wins over the portfolio's default; a file with neither
 * uses Styre's built-in default (the one the demo writes). The other four parameters are
 * judged by the author, so nothing is suggested for them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-status"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "styre-error.h"
#include "styre-format.h"
#include "styre-status.h"
#include "styre-store-private.h"

static const char *const rule_dimensions[] = { "time", "cost", "benefits" };

static const StyreTolerance built_in[] = {
  { 30, 90, STYRE_TOLERANCE_BUILT_IN },   /* days late */
  { 5, 10, STYRE_TOLERANCE_BUILT_IN },    /* per cent over P50 */
  { 10, 25, STYRE_TOLERANCE_BUILT_IN },   /* per cent of the plan missing */
};

static int
rule_index (const char *dimension)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_dimensions); i++)
    if (g_strcmp0 (dimension, rule_dimensions[i]) == 0)
      return (int) i;
  return -1;
}

/**
 * styre_tolerance_built_in:
 *
 * Returns: (nullable): the tolerance Styre uses for @dimension when the file has none, or
 *   %NULL for a dimension without a rule
 */
const StyreTolerance *
styre_tolerance_built_in (const char *dimension)
{
  int i = rule_index (dimension);

  return i >= 0 ? &built_in[i] : NULL;
}

static StyreRag
by_threshold (const StyreTolerance *tolerance,
              double                deviation)
{
  if (deviation >= tolerance->red_at)
    return STYRE_RAG_RED;
  if (deviation >= tolerance->yellow_at)
    return STYRE_RAG_YELLOW;
  return STYRE_RAG_GREEN;
}

/**
 * styre_suggest_time:
 * @slip_days: how many days the worst milestone is late (negative when early)
 *
 * Yellow from @tolerance's yellow_at days late, red from red_at.
 */
StyreRag
styre_suggest_time (const StyreTolerance *tolerance,
                    int                   slip_days)
{
  g_return_val_if_fail (tolerance != NULL, STYRE_RAG_GREY);
  return by_threshold (tolerance, slip_days);
}

/**
 * styre_suggest_cost:
 *
 * Red above the cost frame @p85 whatever the tolerance; otherwise yellow from yellow_at
 * per cent over @p50 and red from red_at per cent over it.
 */
StyreRag
styre_suggest_cost (const StyreTolerance *tolerance,
                    gint64                forecast,
                    gint64                p50,
                    gint64                p85)
{
  g_return_val_if_fail (tolerance != NULL, STYRE_RAG_GREY);

  if (p50 <= 0)
    return STYRE_RAG_GREY;
  if (p85 > 0 && forecast > p85)
    return STYRE_RAG_RED;
  /* Whole kroner and whole per cent: compared without rounding. */
  if ((forecast - p50) * 100 >= (gint64) tolerance->red_at * p50)
    return STYRE_RAG_RED;
  if ((forecast - p50) * 100 >= (gint64) tolerance->yellow_at * p50)
    return STYRE_RAG_YELLOW;
  return STYRE_RAG_GREEN;
}

/**
 * styre_suggest_benefits:
 * @missing_percent: how much of the plan to date was not realised, in per cent
 */
StyreRag
styre_suggest_benefits (const StyreTolerance *tolerance,
                        double                missing_percent)
{
  g_return_val_if_fail (tolerance != NULL, STYRE_RAG_GREY);
  return by_threshold (tolerance, missing_percent);
}

void
styre_suggestion_clear (StyreSuggestion *suggestion)
{
  g_clear_pointer (&suggestion->why, g_free);
  memset (suggestion, 0, sizeof *suggestion);
}

/**
 * styre_status_context_suggest:
 * @forecast_cost: the total cost the author forecasts, or -1 to use the budget's
 *
 * The colour the tolerances suggest for @dimension, with the reason in words.
 */
void
styre_status_context_suggest (const StyreStatusContext *context,
                              const char               *dimension,
                              gint64                    forecast_cost,
                              StyreSuggestion          *suggestion)
{
  int i = rule_index (dimension);

  g_return_if_fail (context != NULL && suggestion != NULL);

  memset (suggestion, 0, sizeof *suggestion);
  if (i < 0)
    return;
  suggestion->has_rule = TRUE;

  if (i == 0)
    {
      const StyreTolerance *t = &context->tolerance[0];
      g_autofree char *limits = NULL;

      if (!context->has_milestones)
        {
          suggestion->why = g_strdup (_("No milestone has a forecast yet."));
          return;
        }
      suggestion->known = TRUE;
      suggestion->rag = styre_suggest_time (t, context->slip_days);
      /* Translators: the tolerance for time, e.g. "yellow from 30 days, red from 90" */
      limits = g_strdup_printf (_("yellow from %d days late, red from %d"), t->yellow_at,
                                t->red_at);
      if (context->slip_days > 0)
        suggestion->why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "“%s” is forecast %d day late (%s).",
                                                        "“%s” is forecast %d days late (%s).",
                                                        (gulong) context->slip_days),
                                           context->slip_milestone, context->slip_days, limits);
      else
        suggestion->why = g_strdup_printf (_("The milestones are forecast on time (%s)."),
                                           limits);
    }
  else if (i == 1)
    {
      const StyreTolerance *t = &context->tolerance[1];
      gint64 forecast = forecast_cost >= 0 ? forecast_cost : context->budget_forecast;
      g_autofree char *limits = NULL;
      g_autofree char *percent = NULL;

      if (!context->has_frame || context->p50 <= 0)
        {
          suggestion->why = g_strdup (_("There is no management budget (P50) to compare "
                                        "the forecast with."));
          return;
        }
      if (forecast < 0)
        {
          suggestion->why = g_strdup (_("There is no cost forecast yet."));
          return;
        }
      suggestion->known = TRUE;
      suggestion->rag = styre_suggest_cost (t, forecast, context->p50, context->p85);
      limits = g_strdup_printf (_("yellow from %d %% over P50, red from %d %% or above P85"),
                                t->yellow_at, t->red_at);
      percent = styre_format_percent (100.0 * (forecast - context->p50) / context->p50, 0);
      if (context->p85 > 0 && forecast > context->p85)
        {
          g_autofree char *f = styre_format_nok_short (forecast);
          g_autofree char *p85 = styre_format_nok_short (context->p85);
          suggestion->why = g_strdup_printf (_("The forecast %s is above the cost frame "
                                               "(P85) of %s."), f, p85);
        }
      else if (forecast >= context->p50)
        suggestion->why = g_strdup_printf (_("The forecast is %s over P50 (%s)."), percent,
                                           limits);
      else
        suggestion->why = g_strdup_printf (_("The forecast is within P50 (%s)."), limits);
    }
  else
    {
      const StyreTolerance *t = &context->tolerance[2];
      g_autofree char *limits = NULL;
      g_autofree char *missing = NULL;

      if (!context->has_benefit_values)
        {
          suggestion->why = g_strdup (_("No realised benefits are recorded yet."));
          return;
        }
      suggestion->known = TRUE;
      suggestion->rag = styre_suggest_benefits (t, context->benefits_missing);
      limits = g_strdup_printf (_("yellow from %d %% missing, red from %d %%"), t->yellow_at,
                                t->red_at);
      missing = styre_format_percent (MAX (context->benefits_missing, 0), 0);
      if (context->benefits_missing > 0)
        suggestion->why = g_strdup_printf (_("%s of the planned benefits to date are not "
                                             "realised (%s)."), missing, limits);
      else
        suggestion->why = g_strdup_printf (_("The benefits are realised as planned (%s)."),
                                           limits);
    }
}

/* ── reading the context ─────────────────────────────────────────────────────────────── */

void
styre_status_context_free (StyreStatusContext *context)
{
  if (context == NULL)
    return;
  g_free (context->period);
  g_free (context->slip_milestone);
  g_free (context);
}

/**
 * styre_period_next:
 *
 * Returns: the month after @period ('YYYY-MM')
 */
char *
styre_period_next (const char *period)
{
  guint y, m;

  if (period == NULL || sscanf (period, "%4u-%2u", &y, &m) != 2 || m < 1 || m > 12)
    return NULL;
  if (++m > 12)
    m = 1, y++;
  return g_strdup_printf ("%04u-%02u", y, m);
}

/**
 * styre_period_of_date:
 *
 * Returns: the month of @iso_date ('YYYY-MM')
 */
char *
styre_period_of_date (const char *iso_date)
{
  g_return_val_if_fail (iso_date != NULL && strlen (iso_date) >= 7, NULL);
  return g_strndup (iso_date, 7);
}

static gboolean
read_tolerance (StyreStore      *self,
                gint64           initiative_id,
                const char      *dimension,
                StyreTolerance  *tolerance,
                GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  *tolerance = *styre_tolerance_built_in (dimension);
  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT yellow_at, red_at, initiative_id IS NOT NULL FROM tolerance "
                           "WHERE dimension = ?2 AND (initiative_id = ?1 OR initiative_id IS NULL) "
                           "ORDER BY initiative_id IS NULL LIMIT 1",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  sqlite3_bind_int64 (stmt, 1, initiative_id);
  sqlite3_bind_text (stmt, 2, dimension, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      tolerance->yellow_at = sqlite3_column_int (stmt, 0);
      tolerance->red_at = sqlite3_column_int (stmt, 1);
      tolerance->source = sqlite3_column_int (stmt, 2) ? STYRE_TOLERANCE_OWN
                                                       : STYRE_TOLERANCE_PORTFOLIO;
      rc = SQLITE_DONE;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  return TRUE;
}

/**
 * styre_store_get_default_tolerance:
 *
 * The portfolio's default tolerance for @dimension, or the built-in one when the file
 * has none.
 */
gboolean
styre_store_get_default_tolerance (StyreStore      *store,
                                   const char      *dimension,
                                   StyreTolerance  *tolerance,
                                   GError         **error)
{
  gboolean ok;

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (rule_index (dimension) >= 0, FALSE);

  styre_store_lock (store);
  ok = store->db != NULL && read_tolerance (store, 0, dimension, tolerance, error);
  styre_store_unlock (store);
  return ok;
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

/**
 * styre_store_get_status_context:
 * @period: the report's month, 'YYYY-MM'
 *
 * Reads what the suggestions for a report of @initiative_id are made from: its
 * tolerances, the cost frame valid at the end of @period, its milestones and its
 * benefits' plan and realised values to date.
 *
 * Returns: (transfer full): the context, or %NULL with @error set
 */
StyreStatusContext *
styre_store_get_status_context (StyreStore  *store,
                                gint64       initiative_id,
                                const char  *period,
                                GError     **error)
{
  g_autoptr(StyreStatusContext) ctx = g_new0 (StyreStatusContext, 1);
  g_autofree char *period_end = NULL;
  g_autofree char *today = NULL;
  g_autofree char *reference = NULL;
  sqlite3_stmt *stmt = NULL;
  int year, month;
  int rc;
  gboolean ok = FALSE;
  GHashTable *planned = NULL, *realised = NULL;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);
  g_return_val_if_fail (period != NULL && strlen (period) == 7, NULL);
  g_return_val_if_fail (atoi (period) > 0 && atoi (period + 5) > 0, NULL);

  ctx->period = g_strdup (period);
  year = atoi (period);
  month = atoi (period + 5);
  period_end = g_strdup_printf ("%s-31", period);
  {
    g_autoptr(GDate) last = g_date_new_dmy (1, (GDateMonth) CLAMP (month, 1, 12),
                                            (GDateYear) CLAMP (year, 1, 9999));
    char buf[16];

    g_date_add_months (last, 1);
    g_date_subtract_days (last, 1);
    g_snprintf (buf, sizeof buf, "%04d-%02d-%02d", g_date_get_year (last),
                g_date_get_month (last), g_date_get_day (last));
    today = styre_store_today (store);
    reference = g_strdup (strcmp (buf, today) < 0 ? buf : today);
  }
  ctx->budget_forecast = -1;

  styre_store_lock (store);
  if (store->db == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      goto out;
    }

  for (guint i = 0; i < G_N_ELEMENTS (rule_dimensions); i++)
    if (!read_tolerance (store, initiative_id, rule_dimensions[i], &ctx->tolerance[i], error))
      goto out;

  /* The cost frame in force at the end of the month. */
  rc = sqlite3_prepare_v2 (store->db,
                           "SELECT p50, p85 FROM cost_frame WHERE initiative_id = ?1 "
                           "AND valid_from <= ?2 ORDER BY valid_from DESC, id DESC LIMIT 1",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    goto sql_error;
  sqlite3_bind_int64 (stmt, 1, initiative_id);
  sqlite3_bind_text (stmt, 2, period_end, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ctx->has_frame = TRUE;
      ctx->p50 = sqlite3_column_int64 (stmt, 0);
      ctx->p85 = sqlite3_column_int64 (stmt, 1);
      rc = SQLITE_DONE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc != SQLITE_DONE)
    goto sql_error;

  /* The years' current forecasts added up, for a report without its own forecast. */
  rc = sqlite3_prepare_v2 (store->db,
                           "SELECT count(*), sum(coalesce(b.forecast, b.revised, b.approved)) "
                           "FROM budget_line AS b WHERE b.initiative_id = ?1 AND b.id = ("
                           "  SELECT id FROM budget_line WHERE initiative_id = ?1 "
                           "  AND year = b.year ORDER BY recorded_on DESC, id DESC LIMIT 1)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    goto sql_error;
  sqlite3_bind_int64 (stmt, 1, initiative_id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (sqlite3_column_int (stmt, 0) > 0)
        ctx->budget_forecast = sqlite3_column_int64 (stmt, 1);
      rc = SQLITE_DONE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc != SQLITE_DONE)
    goto sql_error;

  /* Time: the open milestone that slips most; without open ones, the last one reached. */
  rc = sqlite3_prepare_v2 (store->db,
                           "SELECT title, baseline_date, coalesce(actual_date, forecast_date, "
                           "       baseline_date), actual_date IS NULL "
                           "FROM milestone WHERE initiative_id = ?1 "
                           "ORDER BY actual_date IS NULL DESC, "
                           "         coalesce(actual_date, baseline_date) DESC, id",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    goto sql_error;
  sqlite3_bind_int64 (stmt, 1, initiative_id);
  {
    gboolean any_open = FALSE;
    int worst = G_MININT;

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *title = (const char *) sqlite3_column_text (stmt, 0);
        const char *baseline = (const char *) sqlite3_column_text (stmt, 1);
        const char *expected = (const char *) sqlite3_column_text (stmt, 2);
        gboolean open = sqlite3_column_int (stmt, 3) != 0;
        int slip;

        /* An open milestone whose date has passed is late at least until the report. */
        if (open && g_strcmp0 (expected, reference) < 0)
          expected = reference;
        slip = days_between (baseline, expected);

        if (open)
          any_open = TRUE;
        else if (any_open || ctx->has_milestones)
          continue;        /* only the latest reached one counts, and only without open ones */
        ctx->has_milestones = TRUE;
        if (slip > worst)
          {
            worst = slip;
            g_free (ctx->slip_milestone);
            ctx->slip_milestone = g_strdup (title);
          }
      }
    ctx->slip_days = ctx->has_milestones ? worst : 0;
  }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc != SQLITE_DONE)
    goto sql_error;

  /* Benefits: plan against realised, per benefit, for the years with realised values. */
  rc = sqlite3_prepare_v2 (store->db,
                           "SELECT v.benefit_id, v.year, v.planned, v.realised "
                           "FROM benefit_value AS v JOIN benefit AS b ON b.id = v.benefit_id "
                           "WHERE b.initiative_id = ?1 AND v.year <= ?2 "
                           "AND v.realised IS NOT NULL ORDER BY v.benefit_id, v.year",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    goto sql_error;
  sqlite3_bind_int64 (stmt, 1, initiative_id);
  sqlite3_bind_int (stmt, 2, year);
  planned = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  realised = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 benefit = sqlite3_column_int64 (stmt, 0);
      int y = sqlite3_column_int (stmt, 1);
      double p = (double) sqlite3_column_int64 (stmt, 2);
      double r = (double) sqlite3_column_int64 (stmt, 3);
      double *sum_p, *sum_r;

      /* This year's plan is for the whole year; what is due so far is pro rata. */
      if (y == year)
        p = p * month / 12.0;
      sum_p = g_hash_table_lookup (planned, &benefit);
      if (sum_p == NULL)
        {
          gint64 *k1 = g_memdup2 (&benefit, sizeof benefit);
          gint64 *k2 = g_memdup2 (&benefit, sizeof benefit);
          sum_p = g_new0 (double, 1);
          sum_r = g_new0 (double, 1);
          g_hash_table_insert (planned, k1, sum_p);
          g_hash_table_insert (realised, k2, sum_r);
        }
      sum_r = g_hash_table_lookup (realised, &benefit);
      *sum_p += p;
      *sum_r += r;
      ctx->benefits_planned += (gint64) p;
      ctx->benefits_realised += (gint64) r;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (rc != SQLITE_DONE)
    goto sql_error;
  {
    GHashTableIter iter;
    gpointer key, value;
    double total = 0;
    guint n = 0;

    g_hash_table_iter_init (&iter, planned);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        double p = *(double *) value;
        double r = *(double *) g_hash_table_lookup (realised, key);

        if (p <= 0)
          continue;
        total += 100.0 * (p - r) / p;
        n++;
      }
    if (n > 0)
      {
        ctx->has_benefit_values = TRUE;
        ctx->benefits_missing = total / n;
      }
  }

  ok = TRUE;
  goto out;

sql_error:
  styre_sqlite_error (store->db, sqlite3_extended_errcode (store->db), error);
  g_clear_pointer (&stmt, sqlite3_finalize);

out:
  styre_store_unlock (store);
  g_clear_pointer (&planned, g_hash_table_unref);
  g_clear_pointer (&realised, g_hash_table_unref);
  return ok ? g_steal_pointer (&ctx) : NULL;
}
