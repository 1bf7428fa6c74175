/* styre-status.h — status reporting: the colour the tolerances suggest, and what the
 * author must say when they choose another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-store.h"
#include "styre-vocabulary.h"

G_BEGIN_DECLS

/**
 * StyreTolerance:
 * @yellow_at: yellow from this deviation: days late (time), per cent over P50 (cost),
 *   per cent of the plan missing (benefits)
 * @red_at: red from this deviation
 * @source: where the numbers come from: the initiative's own tolerance, the portfolio's
 *   default, or Styre's built-in default when the file has none
 */
typedef enum
{
  STYRE_TOLERANCE_BUILT_IN,
  STYRE_TOLERANCE_PORTFOLIO,
  STYRE_TOLERANCE_OWN,
} StyreToleranceSource;

typedef struct
{
  int                   yellow_at;
  int                   red_at;
  StyreToleranceSource  source;
} StyreTolerance;

/**
 * StyreStatusContext:
 *
 * What the suggestions of one initiative's report are made from, read once when the
 * author starts the report; the forecast they type is applied on top.
 */
typedef struct
{
  char            *period;              /* 'YYYY-MM' */
  StyreTolerance   tolerance[3];        /* time, cost, benefits */
  gboolean         has_frame;
  gint64           p50;
  gint64           p85;
  gint64           budget_forecast;     /* the years' forecasts added up, or -1 */
  gboolean         has_milestones;
  int              slip_days;           /* the worst open milestone's forecast − baseline */
  char            *slip_milestone;      /* its title */
  gboolean         has_benefit_values;
  gint64           benefits_planned;    /* to date, the current year pro rata */
  gint64           benefits_realised;
  double           benefits_missing;    /* per cent of the plan missing, averaged */
} StyreStatusContext;

/**
 * StyreSuggestion:
 * @has_rule: whether the dimension has a rule at all (time, cost and benefits do)
 * @known: whether there was data to apply it to; if not, no colour is suggested
 * @rag: the suggested colour
 * @why: (nullable): the reason in words, e.g. "Forecast 8 % over P50 (yellow from 5 %)"
 */
typedef struct
{
  gboolean  has_rule;
  gboolean  known;
  StyreRag  rag;
  char     *why;
} StyreSuggestion;

StyreRag            styre_suggest_time          (const StyreTolerance     *tolerance,
                                                 int                       slip_days);
StyreRag            styre_suggest_cost          (const StyreTolerance     *tolerance,
                                                 gint64                    forecast,
                                                 gint64                    p50,
                                                 gint64                    p85);
StyreRag            styre_suggest_benefits      (const StyreTolerance     *tolerance,
                                                 double                    missing_percent);
void                styre_status_context_suggest (const StyreStatusContext *context,
                                                  const char               *dimension,
                                                  gint64                    forecast_cost,
                                                  StyreSuggestion          *suggestion);
void                styre_suggestion_clear      (StyreSuggestion          *suggestion);
StyreStatusContext *styre_store_get_status_context (StyreStore            *store,
                                                    gint64                 initiative_id,
                                                    const char            *period,
                                                    GError               **error);
void                styre_status_context_free   (StyreStatusContext       *context);
gboolean            styre_store_get_default_tolerance (StyreStore          *store,
                                                       const char          *dimension,
                                                       StyreTolerance      *tolerance,
                                                       GError             **error);
const StyreTolerance *styre_tolerance_built_in  (const char               *dimension);
char               *styre_period_next           (const char               *period);
char               *styre_period_of_date        (const char               *iso_date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreStatusContext, styre_status_context_free)

G_END_DECLS
