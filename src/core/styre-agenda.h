/* styre-agenda.h — one meeting with its participants, agenda and decisions
 *
 * The whole record of a meeting as read from the file in one go: what the agenda editor,
 * the minutes, the documents, the calendar file and the projector show. Agenda times are
 * computed here (not in the GUI) so every output and the meeting clock agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "styre-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  gint64  version;
  gint64  person_id;
  char   *name;
  char   *job_title;
  char   *agency;
  char   *email;
  char   *role;              /* chair, member, substitute, adviser, guest, secretary, observer */
  char   *attendance;        /* expected, present, absent */
  char   *absence_reason;
  gint64  substitute_for_id; /* 0 when not a substitute */
  char   *substitute_for_name;
  int     position;
} StyreParticipant;

typedef struct
{
  gint64    id;              /* the link's row */
  gint64    version;
  gint64    initiative_id;
  char     *code;
  char     *title;
  char     *phase;
  char     *lifecycle;
  gboolean  exempt;          /* the initiative itself is exempt from public access */
} StyreItemInitiative;

typedef struct
{
  gint64  id;
  gint64  version;
  int     position;
  char   *chart;             /* a chart id: kpi, rag-heatmap, money … */
  char   *filters;           /* a JSON object */
  char   *as_of;             /* 'YYYY-MM-DD', or NULL for "as the portfolio stands" */
} StyreItemView;

typedef struct
{
  gint64  id;
  gint64  version;
  int     position;
  char   *title;
  char   *location;          /* a path (relative to the file's folder, or absolute) or a URL */
} StyreItemAttachment;

typedef struct
{
  gint64  id;
  gint64  version;
  gint64  person_id;
  char   *name;
} StyreItemGuest;

typedef struct
{
  gint64  id;
  gint64  version;
  gint64  initiative_id;
  char   *initiative_code;
  char   *gate;
  char   *decided_on;
  char   *outcome;
  char   *conditions;
} StyreItemGateDecision;

/* A follow-up action: made under an item, or carried to a meeting's follow-up list. */
typedef struct
{
  gint64    id;
  gint64    version;
  gint64    origin_item_id;
  gint64    initiative_id;
  gint64    owner_id;
  gint64    closed_in_meeting_id;
  char     *title;
  char     *description;
  char     *owner_name;
  char     *due_on;
  char     *status;
  char     *created_on;
  char     *closed_on;
  char     *latest_note;
  char     *confidentiality;
  char     *legal_basis;
  char     *origin_case_number;  /* "12/26", or NULL */
  char     *origin_meeting_date; /* 'YYYY-MM-DD', or NULL */
  gboolean  origin_exempt;       /* the item it came from is exempt */
  char     *origin_legal_basis;
  gboolean  overdue;             /* as of the meeting (or today, for the follow-up list) */
} StyreAgendaAction;

typedef struct
{
  gint64     id;
  gint64     version;
  gint64     meeting_id;
  int        position;
  int        case_seq;           /* 0 when the item has no case number */
  int        case_year;
  char      *case_number;        /* "12/26", or NULL */
  char      *standing_kind;      /* NULL for a case */
  char      *item_type;          /* decision, discussion, information */
  char      *title;
  gint64     presenter_id;
  char      *presenter_name;
  char      *presenter_text;     /* e.g. the presenter's agency, or a name not in the file */
  int        planned_minutes;    /* 0 when not set */
  char      *summary;
  char      *background;
  char      *assessment;
  char      *proposed_decision;
  char      *decision;
  char      *outcome;            /* NULL until decided */
  char      *dissent;
  char      *minutes_note;
  gboolean   needs_follow_up;
  char      *confidentiality;    /* open, exempt */
  char      *legal_basis;
  char      *actual_start;       /* UTC 'YYYY-MM-DDTHH:MM:SSZ' from the meeting clock, or NULL */
  char      *actual_end;

  GPtrArray *initiatives;        /* of StyreItemInitiative */
  GPtrArray *views;              /* of StyreItemView */
  GPtrArray *attachments;        /* of StyreItemAttachment */
  GPtrArray *guests;             /* of StyreItemGuest */
  GPtrArray *actions;            /* of StyreAgendaAction made under this item */
  GPtrArray *gate_decisions;     /* of StyreItemGateDecision */

  /* Computed by styre_agenda_plan_times(): minutes since midnight of the meeting day. */
  int        planned_start;
  int        planned_end;
} StyreAgendaItem;

typedef struct _StyreAgenda StyreAgenda;

struct _StyreAgenda
{
  gint64     id;
  gint64     version;
  gint64     forum_id;
  char      *forum_name;
  char      *forum_short_name;
  int        case_number_digits;
  gboolean   number_standing_items;
  char      *organisation_name;
  char      *title;
  char      *starts_at;          /* local Europe/Oslo 'YYYY-MM-DDTHH:MM' */
  char      *ends_at;
  char      *place;
  char      *video_link;
  gint64     chair_id;
  char      *chair_name;
  gint64     secretary_id;
  char      *secretary_name;
  char      *secretary_email;
  char      *state;              /* draft, notice_sent, held, minutes_approved */
  char      *notice_sent_at;
  char      *held_at;
  char      *minutes_approved_at;
  char      *uid;
  int        sequence;
  gint64     previous_meeting_id; /* the forum's meeting before this one, or 0 */
  gboolean   has_snapshot;
  gboolean   is_public;          /* made by styre_agenda_public_view() */

  GPtrArray *participants;       /* of StyreParticipant, in their order */
  GPtrArray *items;              /* of StyreAgendaItem, by position */
  GPtrArray *follow_up;          /* of StyreAgendaAction: what the follow-up item lists */

  /* Computed by styre_agenda_plan_times(). */
  int        start_minute;       /* minutes since midnight */
  int        booked_end_minute;
  int        planned_end_minute;
};

/* One item's place in the plan: minutes since midnight of the meeting day. */
typedef struct
{
  int start;
  int end;
} StyreTimeSlot;

#define STYRE_TYPE_AGENDA (styre_agenda_get_type ())

GType            styre_agenda_get_type          (void) G_GNUC_CONST;
StyreAgenda     *styre_agenda_ref               (StyreAgenda       *self);
void             styre_agenda_unref             (StyreAgenda       *self);

StyreAgenda     *styre_store_load_agenda        (StyreStore        *store,
                                                 gint64             meeting_id,
                                                 GError           **error);

StyreAgendaItem *styre_agenda_find_item         (StyreAgenda       *self,
                                                 gint64             item_id);
guint            styre_agenda_count_exempt      (StyreAgenda       *self);
gboolean         styre_agenda_is_locked         (StyreAgenda       *self);

int              styre_agenda_compute_slots     (int                start_minute,
                                                 const int         *durations,
                                                 guint              n,
                                                 StyreTimeSlot     *slots);
void             styre_agenda_plan_times        (StyreAgenda       *self);
int              styre_agenda_get_overrun       (StyreAgenda       *self);
char            *styre_agenda_format_minute     (int                minute);
int              styre_agenda_used_minutes      (const StyreAgendaItem *item);
GDateTime       *styre_agenda_parse_time        (const char        *text);
char            *styre_agenda_format_clock      (const char        *text);
char            *styre_agenda_format_clock_range (const char      *start,
                                                  const char      *end);

char            *styre_agenda_describe_item_kind (const StyreAgendaItem *item);
char            *styre_agenda_get_display_title (StyreAgenda       *self);
char            *styre_agenda_get_classification (StyreAgenda      *self);

const char * const *styre_agenda_chart_ids      (void);
const char      *styre_agenda_chart_label       (const char        *chart_id);
char            *styre_agenda_describe_view     (const char        *chart_id,
                                                 const char        *filters_json,
                                                 const char        *as_of);

char           **styre_decision_points_split    (const char        *text);
char            *styre_decision_points_join     (const char * const *points);

const char * const *styre_agenda_legal_bases    (void);

void             styre_agenda_action_free       (StyreAgendaAction *action);

GPtrArray       *styre_json_parse_flat_object   (const char        *json,
                                                 GError           **error);
char            *styre_json_write_flat_object   (GPtrArray         *pairs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreAgenda, styre_agenda_unref)

G_END_DECLS
