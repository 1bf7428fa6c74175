/* styre-demo-private.h — the base data and Norwegian texts of the demo generator
 *
 * The base portfolio is a fictional municipality, Fjordvik kommune, that hosts a regional
 * collaboration, "Digitalt samarbeid Fjordregionen" (DigiFjord). styre-demo-text.c holds
 * what it says; styre-demo.c turns it into rows.
 *
 * Months are written relative to the month of "today" (0 is this month, -12 a year ago).
 * A value from DEMO_AT_MEETING() is the month of one of the demo's meetings instead, so
 * a gate decided in a meeting and the phase it opens fall in the same month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DEMO_NEVER             120
#define DEMO_AT_MEETING(k)     (-100 - (k))
#define DEMO_IS_AT_MEETING(v)  ((v) <= -100 && (v) > -120)
#define DEMO_MEETING_OF(v)     (-100 - (v))

/* References to base initiatives are stored one higher, so 0 means "none". */
#define DEMO_REF(i)            ((i) + 1)

/* How far back the history goes, in months. */
#define DEMO_HISTORY_MONTHS    48

enum
{
  DEMO_KIND_PROJECT,
  DEMO_KIND_PROGRAMME,
  DEMO_KIND_PRODUCT_TEAM,
  DEMO_KIND_PILOT,
  DEMO_KIND_INNOVATION,
  DEMO_KIND_IDEA,
  DEMO_N_KINDS
};

enum
{
  DEMO_METHOD_WATERFALL,
  DEMO_METHOD_AGILE,
  DEMO_METHOD_HYBRID,
  DEMO_N_METHODS
};

enum
{
  DEMO_PHASE_IDEA,
  DEMO_PHASE_CONCEPT,
  DEMO_PHASE_PLANNING,
  DEMO_PHASE_EXECUTION,
  DEMO_PHASE_CLOSING,
  DEMO_PHASE_REALISATION,
  DEMO_N_PHASES
};

enum
{
  DEMO_LIFE_PROPOSED,
  DEMO_LIFE_ACTIVE,
  DEMO_LIFE_PAUSED,
  DEMO_LIFE_CLOSED,
  DEMO_LIFE_STOPPED,
  DEMO_LIFE_MERGED,
  DEMO_N_LIFECYCLES
};

enum
{
  DEMO_DIM_TIME,
  DEMO_DIM_COST,
  DEMO_DIM_BENEFITS,
  DEMO_DIM_QUALITY,
  DEMO_DIM_SCOPE,
  DEMO_DIM_SUSTAINABILITY,
  DEMO_DIM_RISK,
  DEMO_N_DIMS
};

/* DEMO_RAG_SAME is only used for a story's suggested colour: "as the author says". */
enum
{
  DEMO_RAG_SAME,
  DEMO_RAG_GREY,
  DEMO_RAG_GREEN,
  DEMO_RAG_YELLOW,
  DEMO_RAG_RED,
  DEMO_N_RAGS
};

enum
{
  DEMO_GATE_NONE,
  DEMO_GATE_BP1,
  DEMO_GATE_BP2,
  DEMO_GATE_BP3,
  DEMO_GATE_BP4,
  DEMO_GATE_BP5,
  DEMO_GATE_BP6,
  DEMO_GATE_KS1,
  DEMO_GATE_KS2,
  DEMO_N_GATES
};

enum
{
  DEMO_GATE_APPROVED,
  DEMO_GATE_APPROVED_WITH_CONDITIONS,
  DEMO_GATE_REWORK,
  DEMO_GATE_PAUSED,
  DEMO_GATE_STOPPED,
  DEMO_N_GATE_OUTCOMES
};

enum
{
  DEMO_PILOT_NONE,
  DEMO_PILOT_SCALE,
  DEMO_PILOT_ADJUST,
  DEMO_PILOT_STOP
};

enum
{
  DEMO_ITEM_DECISION,
  DEMO_ITEM_DISCUSSION,
  DEMO_ITEM_INFORMATION
};

enum
{
  DEMO_OUTCOME_ADOPTED,
  DEMO_OUTCOME_NOTED,
  DEMO_OUTCOME_AMENDED
};

enum
{
  DEMO_ACTION_OPEN,
  DEMO_ACTION_IN_PROGRESS,
  DEMO_ACTION_DONE,
  DEMO_ACTION_CANCELLED
};

/* Initiative flags. */
enum
{
  DEMO_FLAG_STATE_PROJECT_MODEL = 1 << 0,
  DEMO_FLAG_CO_FINANCED         = 1 << 1,
  DEMO_FLAG_NATIONAL_PORTFOLIO  = 1 << 2,
};

/* ── Organisation ──────────────────────────────────────────────────────────────────── */

enum
{
  AG_NONE,
  AG_FJORDVIK,
  AG_NORDSTRAND,
  AG_LAGDAL,
  AG_OYVAER,
  AG_STATSFORVALTER,
  AG_FYLKE,
  AG_DIGIFJORD,
  AG_DIGDIR,
  AG_HELSE,
  DEMO_N_AGENCIES
};

typedef struct
{
  const char *code;
  const char *name;
  const char *short_name;
  const char *kind;
  const char *org_number;   /* nullable */
  const char *domain;       /* for e-mail addresses */
  char        letter;       /* in DemoInitiative.agencies */
  guint8      five_percent_rule;
  guint8      is_host;
} DemoAgency;

enum
{
  P_NONE,
  P_SOLBERG, P_SORENSEN, P_LIE, P_BJORNSTAD, P_STRAND, P_AAS, P_MATHISEN, P_FOSSUM, P_DAHL,
  P_NYGARD, P_BERG, P_JOHANSEN, P_HADDAD, P_EIDE, P_KVAM, P_MOEN, P_SAETHER, P_HOVLAND,
  P_KRISTIANSEN, P_BAKKE, P_LUND, P_ODEGARD, P_VIK, P_HALVORSEN, P_AASEN, P_BREKKE, P_MYHRE,
  P_HAUGEN, P_RONNING, P_SANDVIK, P_FJELD, P_BERGE, P_HOLM, P_NILSEN, P_AUNE, P_RYE, P_WOLD,
  P_TVEIT, P_ALI, P_LARSEN, P_HAGEN, P_NAESS, P_OLSEN, P_AASLAND, P_RUD, P_SOLHEIM,
  P_NORDAHL, P_TANGEN, P_SUNDE, P_KRISTOFFERSEN,
  DEMO_N_PERSONS
};

typedef struct
{
  const char *name;
  const char *job_title;
  guint8      agency;
} DemoPerson;

enum
{
  FA_NONE,
  FA_SERVICES,
  FA_DATA,
  FA_SECURITY,
  FA_GREEN,
  FA_COMPETENCE,
  DEMO_N_FOCUS_AREAS
};

typedef struct
{
  const char *name;
  const char *description;
} DemoFocusArea;

enum
{
  GO_NONE,
  GO_S1, GO_S2,
  GO_O1, GO_O2, GO_O3, GO_O4, GO_O5, GO_O6,
  GO_R1, GO_R2, GO_R3, GO_R4, GO_R5, GO_R6, GO_R7,
  DEMO_N_GOALS
};

typedef struct
{
  guint8      parent;
  guint8      focus_area;
  const char *level;
  const char *title;
  const char *description;
} DemoGoal;

enum
{
  CO_SECURITY,        /* first: the gap leaders ask about first */
  CO_ARCHITECTURE,
  CO_SERVICE_DESIGN,
  CO_DEVELOPMENT,
  CO_DATA,
  CO_PROJECT,
  CO_BENEFITS,
  CO_CHANGE,
  CO_PRIVACY,
  DEMO_N_COMPETENCES
};

typedef struct
{
  const char *name;
  const char *description;
  guint       capacity_percent;  /* capacity as a share of demand: below 100 is a gap */
} DemoCompetence;

enum
{
  NC_NONE,
  NC_IDPORTEN, NC_MASKINPORTEN, NC_ALTINN, NC_FOLKEREGISTERET, NC_SVARUT, NC_SVARINN,
  NC_DIGIPOST, NC_EFORMIDLING, NC_MATRIKKELEN, NC_DIGISOS, NC_KRR, NC_FEIDE, NC_HELSENETT,
  NC_PEPPOL,
  DEMO_N_COMPONENTS
};

typedef struct
{
  const char *name;
  const char *provider;
  const char *description;
} DemoComponent;

/* ── Stories: how the colours of an initiative move, and why ──────────────────────── */

/* Placeholders in story and pool texts: {K} the first national component the initiative
 * depends on, {L} its supplier, {P} a partner municipality, {M1} and {M2} the names of the
 * months two and five months after the event, {Y} the year of the report. */
typedef struct
{
  gint8       at;                /* months after the story starts */
  guint8      dim;
  guint8      rag;
  guint8      suggested;         /* DEMO_RAG_SAME unless the author overrides */
  const char *comment;
  const char *override_reason;   /* when suggested differs */
  const char *summary;           /* nullable: the report's summary that month */
  const char *decisions_needed;  /* nullable */
} DemoStoryEvent;

enum
{
  ST_NONE,
  ST_SUPPLIER_DELAY,
  ST_TEAM_HEALTH,
  ST_SECURITY,
  ST_BENEFITS_LAG,
  ST_COMPETENCE,
  ST_BRAVE_STOP,
  ST_DEPENDENCY,
  ST_PAUSE,
  ST_USERS,
  ST_PRICE,
  ST_ADOPTION,
  ST_EARLY_WARNING,
  DEMO_N_STORIES
};

typedef struct
{
  const DemoStoryEvent *events;
  guint                 n_events;
  guint8                risk;            /* DemoRisk index + 1, or 0 */
  gint8                 risk_closes_at;  /* months after the start, or DEMO_NEVER */
} DemoStory;

enum
{
  RISK_INFORMATION_SECURITY,
  RISK_PRIVACY,
  RISK_TECHNOLOGY,
  RISK_FINANCE,
  RISK_ORGANISATION,
  RISK_COMPETENCE,
  RISK_SUPPLIER,
  RISK_LEGAL,
  RISK_BENEFITS,
  RISK_SCHEDULE,
  DEMO_N_RISK_CATEGORIES
};

typedef struct
{
  guint8      category;
  guint8      probability;
  guint8      consequence;
  const char *title;
  const char *description;
  const char *mitigation;
} DemoRisk;

/* ── Initiatives ───────────────────────────────────────────────────────────────────── */

typedef struct
{
  const char *prefix;            /* DF (DigiFjord), FJ (Fjordvik), SF (Statsforvalteren) */
  const char *title;
  const char *what;
  guint8      kind;
  guint8      method;
  guint8      lifecycle;
  guint8      agency;
  guint8      owner;
  guint8      leader;
  guint8      product_owner;
  guint8      benefit_owner;
  guint8      parent;            /* DEMO_REF() or 0 */
  guint8      merged_into;       /* DEMO_REF() or 0 */
  gint16      phase[DEMO_N_PHASES];  /* month each phase began; DEMO_NEVER if not reached */
  gint16      end;               /* closed, stopped, merged or paused in this month */
  gint16      planned_end;       /* planned end of the project (BP5), or DEMO_NEVER */
  gint16      next_gate;         /* planned month of the next gate, or DEMO_NEVER */
  guint8      value;
  guint8      complexity;
  guint8      flags;
  const char *legal_basis;       /* nullable: the initiative itself is exempt */
  guint       p50;               /* thousand NOK; 0 when there is no cost frame */
  guint       annual;            /* thousand NOK a year, for teams and small tiltak */
  guint8      focus[2];
  guint8      focus_weight[2];
  guint8      goal[2];
  guint8      goal_weight[2];
  const char *agencies;          /* "Np Lp Df": agency letter + p(artner) f(under) b(enefit) */
  guint8      component[3];
  guint8      depends_on[2];     /* DEMO_REF() or 0 */
  guint8      story[3];
  gint16      story_at[3];
  const char *supplier;          /* nullable */
  guint8      frame_revised_at;  /* meeting index + 1 where the cost frame was revised */
  guint8      architect;
} DemoInitiative;

#define DEMO_N_INITIATIVES 42

/* ── Meetings ──────────────────────────────────────────────────────────────────────── */

enum
{
  FORUM_LEDERGRUPPEN,
  FORUM_PORTEFOLJERADET,
  DEMO_N_FORUMS
};

enum
{
  MEETING_STATE_DRAFT,
  MEETING_STATE_NOTICE_SENT,
  MEETING_STATE_HELD,
  MEETING_STATE_MINUTES_APPROVED
};

/* When a meeting is: a month relative to today, or one of these near today. */
#define DEMO_MEETING_RECENT   100   /* a week or so ago */
#define DEMO_MEETING_NEXT     101   /* within the coming week or so */
#define DEMO_MEETING_LATER    102   /* in about six weeks */

typedef struct
{
  const char *title;
  guint8      type;
  guint8      presenter;
  guint8      guest;
  guint8      minutes;
  const char *summary;
  const char *background;
  const char *assessment;
  const char *proposed;
  guint8      outcome;
  const char *amendment;         /* added to the proposal when amended */
  const char *dissent;
  const char *minutes_note;
  const char *legal_basis;       /* nullable: exempt from public access */
  guint8      initiative;        /* DEMO_REF() or 0 */
  guint8      initiative2;
  guint8      gate;
  guint8      gate_outcome;
  const char *gate_conditions;
  guint8      pilot_decision;
  const char *pilot_rationale;
  const char *views;             /* "chart|filters;chart" */
  const char *attachments;       /* "Title.pdf;Title.xlsx" */
} DemoCase;

typedef struct
{
  guint8          forum;
  gint16          when;          /* month offset, or DEMO_MEETING_* */
  guint8          state;
  const DemoCase *cases;
  guint           n_cases;
  const char     *any_other_business;  /* nullable: what was said under Eventuelt */
} DemoMeeting;

typedef struct
{
  guint8      meeting;
  guint8      person;
  guint8      substitute;
  const char *reason;
} DemoAbsence;

typedef struct
{
  guint8      meeting;
  guint8      item;              /* index into the meeting's cases */
  const char *title;
  const char *description;
  guint8      owner;
  gint16      due_days;          /* after the meeting */
  guint8      status;
  gint16      closed_days;       /* after the meeting, when done or cancelled */
  guint8      closed_in;         /* meeting index + 1, or 0 */
  const char *note;
} DemoAction;

typedef struct
{
  const char *name;
  const char *short_name;
  const char *description;
  guint8      agency;
  const char *default_start;
  guint       default_minutes;
  const char *default_place;
  const char *title;             /* of its meetings */
  guint8      chair;
  guint8      secretary;
  const guint8 *members;         /* P_NONE-terminated */
  const guint8 *advisers;
  const guint8 *observers;
  const guint8 *substitutes;
} DemoForum;

/* ── Benefits ──────────────────────────────────────────────────────────────────────── */

typedef struct
{
  guint8      focus_area;
  const char *kind;
  guint8      priced;
  const char *unit;
  const char *title;
  const char *description;
  const char *indicator;
  const char *indicator_unit;
  guint8      increase;
  double      baseline;
  double      target;
  guint       per_year;          /* planned a year: ‰ of P50 when priced, else in unit */
} DemoBenefit;

/* ── The tables (styre-demo-text.c) ────────────────────────────────────────────────── */

extern const DemoAgency      demo_agencies[DEMO_N_AGENCIES];
extern const DemoPerson      demo_persons[DEMO_N_PERSONS];
extern const DemoFocusArea   demo_focus_areas[DEMO_N_FOCUS_AREAS];
extern const DemoGoal        demo_goals[DEMO_N_GOALS];
extern const DemoCompetence  demo_competences[DEMO_N_COMPETENCES];
extern const DemoComponent   demo_components[DEMO_N_COMPONENTS];
extern const DemoInitiative  demo_initiatives[DEMO_N_INITIATIVES];
extern const DemoStory       demo_stories[DEMO_N_STORIES];
extern const DemoRisk        demo_risks[];
extern const guint           demo_n_risks;
extern const DemoBenefit     demo_benefits[];
extern const guint           demo_n_benefits;
extern const DemoForum       demo_forums[DEMO_N_FORUMS];
extern const DemoMeeting     demo_meetings[];
extern const guint           demo_n_meetings;
extern const DemoAbsence     demo_absences[];
extern const guint           demo_n_absences;
extern const DemoAction      demo_actions[];
extern const guint           demo_n_actions;

/* Pools of report texts, NULL-terminated, per phase. */
extern const char *const *const demo_summary_pool[DEMO_N_PHASES];
extern const char *const *const demo_achievement_pool[DEMO_N_PHASES];
extern const char *const *const demo_next_pool[DEMO_N_PHASES];
extern const char *const demo_deviation_pool[];
extern const char *const demo_descoping_pool[];
extern const char *const demo_gate_conditions_pool[];
extern const char *const demo_copy_variants[];
extern const char *const demo_month_names[12];
extern const char *const demo_dimension_names[DEMO_N_DIMS];

/* What a report says the month a gate is passed, and what a gate milestone is called. */
extern const char *const demo_gate_summary[DEMO_N_GATES];
extern const char *const demo_gate_milestone[DEMO_N_GATES];
extern const char *const demo_gate_decision_needed[DEMO_N_GATES];

/* Delivery milestones per kind, NULL-terminated. */
extern const char *const *const demo_delivery_milestones[DEMO_N_KINDS];

/* A comment for a colour change no story explains, per dimension and new colour. */
extern const char *const demo_change_comment[DEMO_N_DIMS][DEMO_N_RAGS];

typedef struct
{
  const char *hypothesis;
  const char *success_criteria;
} DemoPilotText;

/* Pilots: hypothesis and success criteria, per base initiative (NULL: no pilot row). */
extern const DemoPilotText  demo_pilot_texts[DEMO_N_INITIATIVES];

G_END_DECLS
