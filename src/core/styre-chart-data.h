/* styre-chart-data.h — what each dashboard chart shows, read from the file as of a date
 *
 * The charts (src/charts) draw; this is where their numbers come from. A chart's data is
 * read for a StyreChartQuery: filters (agency, focus area, kind, method, phase) and an
 * as-of date, or a meeting whose frozen snapshot is used. "As of" means the portfolio as
 * it stood then: the status reports published by that day, the cost frames valid then,
 * the budget lines recorded by then, the phase and lifecycle from initiative_state, the
 * milestone forecasts from milestone_forecast, the risks open then.
 *
 * All structs are plain data, owned by the StyreChartData they come in; nothing here
 * needs GTK or a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "styre-store.h"
#include "styre-vocabulary.h"

G_BEGIN_DECLS

/* The ids are stable: layouts, agenda items' linked views and the CLI use them. */
typedef enum
{
  STYRE_CHART_KPI,
  STYRE_CHART_RAG_HEATMAP,
  STYRE_CHART_VALUE_RISK,
  STYRE_CHART_MONEY,
  STYRE_CHART_FIVE_PERCENT,
  STYRE_CHART_STATUS_TREND,
  STYRE_CHART_ROADMAP,
  STYRE_CHART_PHASE_FUNNEL,
  STYRE_CHART_BENEFITS,
  STYRE_CHART_COMPETENCE,
  STYRE_CHART_FOCUS_AREAS,
  STYRE_CHART_CROSS_AGENCY,
  STYRE_CHART_FOLLOW_UP_AGEING,
  STYRE_CHART_SINCE_LAST_MEETING,
  STYRE_N_CHARTS
} StyreChartKind;

/* How many status periods the trend shows, and quarters the competence chart. */
#define STYRE_TREND_PERIODS      24
#define STYRE_COMPETENCE_QUARTERS 6

const char  *styre_chart_kind_to_id      (StyreChartKind  kind);
gboolean     styre_chart_kind_from_id    (const char     *id,
                                          StyreChartKind *kind);
const char  *styre_chart_kind_get_title  (StyreChartKind  kind);
const char  *styre_chart_kind_get_summary (StyreChartKind kind);

/* ── the question ────────────────────────────────────────────────────────────────────── */

/**
 * StyreChartQuery:
 * @agency: an agency's code: initiatives it owns or takes part in; or %NULL
 * @focus_area: a focus area's name: initiatives that serve it; or %NULL
 * @kind: (nullable): an initiative kind ("project", …)
 * @method: (nullable): "waterfall", "agile" or "hybrid"
 * @phase: (nullable): a phase id, as of the date
 * @group: (nullable): how the heat map groups its rows: "focus_area" or "agency"
 * @as_of: (nullable): 'YYYY-MM-DD'; %NULL is today
 * @meeting_id: as of this meeting: its day, and its snapshot where one was frozen; or 0
 * @since_meeting_id: the meeting "since last meeting" compares with; 0 is the last meeting
 *   held before the as-of date
 * @today: (nullable): today's date for tests; %NULL asks the store
 *
 * What a chart is asked to show. Filters come from the dashboard, from a linked view's
 * JSON ({"focus_area": "…", "agency": "FJK"}) or from the command line.
 */
typedef struct
{
  char   *agency;
  char   *focus_area;
  char   *kind;
  char   *method;
  char   *phase;
  char   *group;
  char   *as_of;
  gint64  meeting_id;
  gint64  since_meeting_id;
  char   *today;
} StyreChartQuery;

void      styre_chart_query_init        (StyreChartQuery       *query);
void      styre_chart_query_clear       (StyreChartQuery       *query);
void      styre_chart_query_copy        (const StyreChartQuery *src,
                                         StyreChartQuery       *dest);
gboolean  styre_chart_query_equal       (const StyreChartQuery *a,
                                         const StyreChartQuery *b);
gboolean  styre_chart_query_set_filters_json (StyreChartQuery *query,
                                              const char      *json,
                                              GError         **error);
char     *styre_chart_query_get_filters_json (const StyreChartQuery *query);
gboolean  styre_chart_query_set_as_of   (StyreChartQuery       *query,
                                         const char            *as_of,
                                         GError               **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StyreChartQuery, styre_chart_query_clear)

/* ── the portfolio as it stood ───────────────────────────────────────────────────────── */

/**
 * StyreChartInitiative:
 *
 * One initiative as it stood on the as-of day. Amounts are kroner, -1 when unknown; the
 * budget fields are the as-of year's latest budget line recorded by then.
 */
typedef struct
{
  gint64       id;
  char        *code;
  char        *title;
  char        *agency_code;
  char        *agency_name;
  char        *focus_area;          /* the focus area it serves most, or NULL */
  const char  *kind;                /* interned vocabulary ids */
  const char  *method;
  const char  *phase;
  const char  *lifecycle;
  gboolean     exempt;              /* the initiative is exempt from public access */
  StyreRag     overall;
  StyreRag     dims[STYRE_N_DIMENSIONS];
  char        *dim_comments[STYRE_N_DIMENSIONS];
  char        *period;              /* 'YYYY-MM' of the report shown, or NULL */
  char        *summary;             /* the report's summary, or NULL */
  int          strategic_value;     /* 1–5, or 0 when not scored */
  int          complexity;
  gint64       p50;
  gint64       p85;
  gint64       forecast_cost;
  gint64       descoping;           /* the descoping list's total, or 0 */
  gint64       budget_approved;
  gint64       budget_revised;
  gint64       budget_forecast;
  gint64       budget_actual;
  int          open_risks;
  int          max_risk_score;      /* probability × consequence, 0–25 */
  int          max_slip_days;       /* how late its open milestones were expected */
} StyreChartInitiative;

gboolean     styre_chart_initiative_is_open (const StyreChartInitiative *initiative);

typedef struct
{
  gint64   initiative_id;
  char    *code;
  char    *title;
  char    *gate;
  char    *date;
} StyreChartGate;

typedef struct
{
  guint    n_initiatives;
  guint    n_open;                  /* proposed, active or paused */
  guint    by_rag[4];               /* open initiatives by overall colour */
  gint64   budget_approved;
  gint64   budget_forecast;
  gint64   budget_actual;
  gint64   benefits_planned;        /* priced benefits in the as-of year */
  gint64   benefits_realised;
  guint    open_actions;
  guint    overdue_actions;
  GPtrArray *next_gates;            /* of StyreChartGate, soonest first */
} StyreKpiData;

typedef struct
{
  int      year;
  gint64   approved;
  gint64   revised;                 /* -1 when no line had one */
  gint64   forecast;
  gint64   actual;
} StyreBudgetYear;

typedef struct
{
  GArray  *years;                   /* of StyreBudgetYear, oldest first */
} StyreMoneyData;

typedef struct
{
  int      year;
  gint64   planned;
  gint64   actual;                   /* -1 while not yet known */
} StyreRepaymentYear;

typedef struct
{
  gint64   initiative_id;
  char    *code;
  char    *title;
  gint64   amount;
} StyreOverspendShare;

typedef struct
{
  gint64     id;
  char      *agency_code;
  char      *agency_name;
  int        budget_year;
  char      *chapter_post;
  gint64     appropriation;
  gint64     overspend;
  char      *decided_on;
  char      *reference;
  GArray    *repayments;            /* of StyreRepaymentYear */
  GPtrArray *shares;                /* of StyreOverspendShare */
} StyreOverspend;

typedef struct
{
  GPtrArray *arrangements;          /* of StyreOverspend, newest budget year first */
} StyreFivePercentData;

typedef struct
{
  char     period[8];               /* 'YYYY-MM' */
  guint    by_rag[4];               /* published reports of the period by overall colour */
} StyreTrendPeriod;

typedef struct
{
  GArray  *periods;                 /* of StyreTrendPeriod, oldest first */
} StyreTrendData;

typedef struct
{
  const char *phase;
  char       *from;
  char       *to;                   /* the next phase's start, or NULL while it lasts */
  gboolean    planned;              /* not yet begun: from a planned gate */
} StyreRoadmapPhase;

typedef struct
{
  char       *title;
  const char *gate;                 /* nullable */
  char       *baseline;
  char       *forecast;             /* as known on the as-of day; nullable */
  char       *actual;               /* done by the as-of day; nullable */
  int         slip_days;            /* forecast or actual against the baseline */
} StyreRoadmapMilestone;

typedef struct
{
  const char *gate;
  char       *decided_on;
  const char *outcome;
} StyreRoadmapDecision;

typedef struct
{
  StyreChartInitiative *initiative; /* owned by the state */
  char       *start;
  char       *end;
  GArray     *phases;               /* of StyreRoadmapPhase */
  GPtrArray  *milestones;           /* of StyreRoadmapMilestone */
  GPtrArray  *decisions;            /* of StyreRoadmapDecision */
} StyreRoadmapRow;

typedef struct
{
  GPtrArray *rows;                  /* of StyreRoadmapRow, by start */
} StyreRoadmapData;

typedef struct
{
  int      year;
  gint64   planned;
  gint64   realised;                /* -1 when not yet known on the as-of day */
} StyreBenefitYear;

typedef struct
{
  char      *name;                  /* a focus area; NULL for the total */
  GArray    *years;                 /* of StyreBenefitYear */
  guint      n_benefits;
} StyreBenefitSeries;

typedef struct
{
  GPtrArray *series;                /* of StyreBenefitSeries: the total first */
  guint      n_unpriced;            /* benefits that are not in kroner */
} StyreBenefitsData;

typedef struct
{
  gint64   initiative_id;
  char    *code;
  char    *title;
  double   fte;
} StyreCompetenceNeed;

typedef struct
{
  gint64     id;
  char      *name;
  double     demand[STYRE_COMPETENCE_QUARTERS];
  double     capacity[STYRE_COMPETENCE_QUARTERS];
  GPtrArray *needs[STYRE_COMPETENCE_QUARTERS];  /* of StyreCompetenceNeed, biggest first */
} StyreCompetenceRow;

typedef struct
{
  char       quarters[STYRE_COMPETENCE_QUARTERS][8];  /* 'YYYY-Qn' */
  GPtrArray *rows;                  /* of StyreCompetenceRow: information security first */
} StyreCompetenceData;

typedef struct
{
  gint64     id;                    /* 0 for initiatives with no focus area */
  char      *name;
  gint64     budget;                /* the as-of year's approved budget, by weight */
  gint64     forecast;
  double     n_weighted;            /* initiatives counted by weight */
  guint      n_initiatives;
  GArray    *initiative_ids;        /* of gint64 */
} StyreFocusAreaTotal;

typedef struct
{
  GPtrArray *areas;                 /* of StyreFocusAreaTotal, in the strategy's order */
} StyreFocusAreasData;

enum
{
  STYRE_AGENCY_ROLE_OWNER             = 1 << 0,
  STYRE_AGENCY_ROLE_PARTNER           = 1 << 1,
  STYRE_AGENCY_ROLE_FUNDER            = 1 << 2,
  STYRE_AGENCY_ROLE_BENEFIT_RECIPIENT = 1 << 3,
};

typedef struct
{
  gint64   id;
  char    *code;
  char    *name;
  char    *short_name;
} StyreChartAgency;

typedef struct
{
  StyreChartInitiative *initiative;
  guint8               *roles;      /* per agency, STYRE_AGENCY_ROLE_* bits */
} StyreCrossAgencyRow;

typedef struct
{
  GPtrArray *agencies;              /* of StyreChartAgency, the ones that take part */
  GPtrArray *rows;                  /* of StyreCrossAgencyRow: most agencies first */
} StyreCrossAgencyData;

typedef struct
{
  gint64   id;
  char    *title;
  char    *owner;                   /* nullable */
  char    *created_on;
  char    *due_on;                  /* nullable */
  int      age_days;                /* since it was made, on the as-of day */
  int      overdue_days;            /* past its due date; 0 when not overdue */
  gint64   initiative_id;           /* 0 when not about an initiative */
  char    *initiative_code;
  char    *case_number;             /* of the item it came from, or NULL */
  gboolean exempt;
} StyreAgeingAction;

typedef struct
{
  GPtrArray *actions;               /* of StyreAgeingAction, oldest first */
} StyreAgeingData;

typedef enum
{
  STYRE_SINCE_COLOUR,               /* the overall colour changed */
  STYRE_SINCE_NEW_RISK,
  STYRE_SINCE_SLIPPED,              /* a milestone's forecast moved later */
  STYRE_SINCE_FRAME,                /* a new cost frame */
  STYRE_SINCE_GATE,                 /* a gate decision */
  STYRE_SINCE_NEW,                  /* a new initiative */
  STYRE_SINCE_LIFECYCLE,            /* paused, closed, stopped or merged */
  STYRE_N_SINCE_KINDS
} StyreSinceKind;

typedef struct
{
  StyreSinceKind  kind;
  gint64          initiative_id;
  char           *code;
  char           *title;
  StyreRag        from;             /* colour changes */
  StyreRag        to;
  char           *detail;           /* a risk's or milestone's title, a gate and outcome */
  gint64          amount_from;      /* frames: P85 before and after */
  gint64          amount_to;
  int             days;             /* slipped milestones: how many days later */
  int             score;            /* new risks: probability × consequence */
  char           *date;
} StyreSinceChange;

typedef struct
{
  gint64     meeting_id;            /* 0 when no meeting was held before the as-of day */
  char      *meeting_label;
  char      *meeting_date;
  GPtrArray *changes;               /* of StyreSinceChange, by kind and importance */
} StyreSinceData;

/**
 * StyreChartData:
 * @kind: which chart
 * @as_of: the day the portfolio is shown as of, 'YYYY-MM-DD'
 * @today: today, 'YYYY-MM-DD'
 * @year: the as-of day's year: the budget year of the money figures
 * @meeting_id: the meeting the portfolio is shown as of, or 0
 * @meeting_label: (nullable): "Ledergruppen, 12 March 2026"
 * @from_snapshot: the colours, frames and budgets are the meeting's frozen snapshot
 * @filter_label: (nullable): the filters in words, "Agency: FJK · Kind: Project"
 * @organisation: the file's organisation, for titles
 * @initiatives: (element-type StyreChartInitiative): every initiative that passes the
 *   filters and existed on the as-of day, in every lifecycle state, by code
 *
 * The prepared data of one chart. Only the member for @kind is set.
 */
typedef struct
{
  StyreChartKind        kind;
  char                 *as_of;
  char                 *today;
  int                   year;
  gint64                meeting_id;
  char                 *meeting_label;
  gboolean              from_snapshot;
  char                 *filter_label;
  char                 *group;
  char                 *organisation;
  GPtrArray            *initiatives;

  StyreKpiData          kpi;
  StyreMoneyData        money;
  StyreFivePercentData  five_percent;
  StyreTrendData        trend;
  StyreRoadmapData      roadmap;
  StyreBenefitsData     benefits;
  StyreCompetenceData   competence;
  StyreFocusAreasData   focus_areas;
  StyreCrossAgencyData  cross_agency;
  StyreAgeingData       ageing;
  StyreSinceData        since;
} StyreChartData;

StyreChartData *styre_store_prepare_chart_data (StyreStore            *self,
                                                StyreChartKind         kind,
                                                const StyreChartQuery *query,
                                                GError               **error);
void            styre_chart_data_free          (StyreChartData        *data);

/**
 * StyreChartCache:
 *
 * The portfolio as it stood, read once for several charts with the same filters and day
 * (a dashboard of eight charts reads it once, not eight times). Use one for one batch of
 * charts, on one thread, and free it after.
 */
typedef struct _StyreChartCache StyreChartCache;

StyreChartCache *styre_chart_cache_new         (void);
void             styre_chart_cache_free        (StyreChartCache       *cache);
StyreChartData  *styre_store_prepare_chart_data_cached (StyreStore            *self,
                                                        StyreChartKind         kind,
                                                        const StyreChartQuery *query,
                                                        StyreChartCache       *cache,
                                                        GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreChartCache, styre_chart_cache_free)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreChartData, styre_chart_data_free)

/* ── what the dashboard offers to filter by ──────────────────────────────────────────── */

typedef struct
{
  gint64   id;
  char    *label;                   /* "Ledergruppen, 12 March 2026" */
  char    *date;                    /* 'YYYY-MM-DD' */
  gboolean has_snapshot;
} StyreChartMeeting;

typedef struct
{
  GPtrArray *agencies;              /* of StyreChartAgency, by name */
  GPtrArray *focus_areas;           /* of char*, in the strategy's order */
  GPtrArray *meetings;              /* of StyreChartMeeting held, newest first */
} StyreChartChoices;

gboolean styre_store_get_chart_choices (StyreStore         *self,
                                        StyreChartChoices  *choices,
                                        GError            **error);
void     styre_chart_choices_clear     (StyreChartChoices  *choices);

G_END_DECLS
