/* styre-agenda-edit.h — the rules of a meeting's life: notice, minutes, follow-up
 *
 * Each function here is one user action saved in one transaction. Those that must read
 * what they write from (the next case number, the agenda to validate) read it inside the
 * transaction, so two secretaries can never give out the same case number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-agenda.h"
#include "styre-change.h"
#include "styre-store.h"

G_BEGIN_DECLS

typedef enum
{
  STYRE_AGENDA_PROBLEM_EMPTY,            /* the agenda has no items */
  STYRE_AGENDA_PROBLEM_NO_PROPOSAL,      /* a decision item without a proposed decision */
  STYRE_AGENDA_PROBLEM_NO_LEGAL_BASIS,   /* an exempt item without a legal basis */
  STYRE_AGENDA_PROBLEM_NO_PRESENTER,
  STYRE_AGENDA_PROBLEM_NO_DURATION,
  STYRE_AGENDA_PROBLEM_OVERRUN,          /* the agenda does not fit the booked time */
  STYRE_AGENDA_PROBLEM_NO_OUTCOME,       /* minutes: a decision item was not decided */
  STYRE_AGENDA_PROBLEM_NO_ATTENDANCE,    /* minutes: attendance not recorded */
} StyreAgendaProblemKind;

/**
 * StyreAgendaProblem:
 * @item_id: the item it is about, or 0 for the meeting
 * @message: what is wrong, written for a person
 */
typedef struct
{
  StyreAgendaProblemKind  kind;
  gint64                  item_id;
  char                   *message;
} StyreAgendaProblem;

void        styre_agenda_problem_free       (StyreAgendaProblem *problem);
GPtrArray  *styre_agenda_validate_notice    (StyreAgenda        *agenda);
GPtrArray  *styre_agenda_validate_minutes   (StyreAgenda        *agenda);

gboolean    styre_store_send_notice         (StyreStore         *store,
                                             gint64              meeting_id,
                                             gint64              expected_version,
                                             gboolean            accept_overrun,
                                             GError            **error);
gboolean    styre_store_mark_held           (StyreStore         *store,
                                             gint64              meeting_id,
                                             gint64              expected_version,
                                             GError            **error);
gboolean    styre_store_approve_minutes     (StyreStore         *store,
                                             gint64              meeting_id,
                                             gint64              expected_version,
                                             GError            **error);
gboolean    styre_store_freeze_snapshot     (StyreStore         *store,
                                             gint64              meeting_id,
                                             const char         *note,
                                             GError            **error);

/**
 * StyreMeetingSpec:
 * @title: (nullable): the meeting's title; %NULL takes the forum's last title
 * @starts_at: local 'YYYY-MM-DDTHH:MM'
 * @ends_at: local 'YYYY-MM-DDTHH:MM'
 * @place: (nullable): %NULL takes the forum's default place
 * @gate_items: (nullable) (element-type StyreGateCandidate): gate decisions to put on
 *   the agenda as decision items
 */
typedef struct
{
  gint64      forum_id;
  const char *title;
  const char *starts_at;
  const char *ends_at;
  const char *place;
  const char *video_link;
  GPtrArray  *gate_items;
} StyreMeetingSpec;

/* An initiative due for a gate decision, offered as an item for a new meeting. */
typedef struct
{
  gint64  initiative_id;
  char   *code;
  char   *title;
  char   *gate;
  char   *due_on;
  gint64  owner_id;
} StyreGateCandidate;

void        styre_gate_candidate_free       (StyreGateCandidate *candidate);
GPtrArray  *styre_store_list_gate_candidates (StyreStore        *store,
                                              gint64             forum_id,
                                              const char        *date,
                                              GError           **error);
gint64      styre_store_create_meeting      (StyreStore         *store,
                                             const StyreMeetingSpec *spec,
                                             GError            **error);
gboolean    styre_store_delete_meeting      (StyreStore         *store,
                                             gint64              meeting_id,
                                             gint64              expected_version,
                                             GError            **error);
gint64      styre_store_add_agenda_item     (StyreStore         *store,
                                             gint64              meeting_id,
                                             const char         *item_type,
                                             const char         *title,
                                             GError            **error);

GPtrArray  *styre_agenda_reorder            (StyreAgenda        *agenda,
                                             const gint64       *item_ids,
                                             guint               n_items);
GPtrArray  *styre_agenda_move_item          (StyreAgenda        *agenda,
                                             gint64              item_id,
                                             int                 new_index);
StyreChange *styre_agenda_item_adopt_as_proposed (const StyreAgendaItem *item);
StyreChange *styre_agenda_item_take_note    (const StyreAgendaItem *item);

gboolean    styre_store_record_gate_decision (StyreStore        *store,
                                              gint64             item_id,
                                              gint64             initiative_id,
                                              const char        *gate,
                                              const char        *outcome,
                                              const char        *conditions,
                                              GError           **error);

gboolean    styre_store_set_action_status   (StyreStore         *store,
                                             gint64              action_id,
                                             gint64              expected_version,
                                             const char         *status,
                                             gint64              meeting_id,
                                             GError            **error);

/* One change to a meeting after its notice was sent, for "changed since the notice". */
typedef struct
{
  char   *at;          /* UTC timestamp */
  char   *who;
  gint64  item_id;     /* 0 for the meeting itself */
  char   *description;
} StyreAgendaChangeNote;

void        styre_agenda_change_note_free   (StyreAgendaChangeNote *note);
GPtrArray  *styre_store_list_changes_since_notice (StyreStore   *store,
                                                   gint64        meeting_id,
                                                   GError      **error);

gboolean    styre_store_audit_export        (StyreStore         *store,
                                             const char         *table,
                                             gint64              row_id,
                                             const char         *document,
                                             gboolean            public_version,
                                             const char         *path,
                                             GError            **error);

gboolean    styre_store_record_item_times   (StyreStore         *store,
                                             gint64              item_id,
                                             GDateTime          *start,
                                             GDateTime          *end,
                                             GError            **error);
gboolean    styre_store_audit_unlock        (StyreStore         *store,
                                             gint64              item_id,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreAgendaProblem, styre_agenda_problem_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreGateCandidate, styre_gate_candidate_free)

G_END_DECLS
