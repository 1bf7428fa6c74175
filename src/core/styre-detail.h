/* styre-detail.h — everything about one initiative, and the rows people choose from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-row.h"
#include "styre-store.h"

G_BEGIN_DECLS

/**
 * StyreInitiativeDetail:
 *
 * One initiative as its detail pane shows it. Every list holds #StyreRow with the table's
 * own columns (so a row can be edited and its edit checked against what was read) and a
 * few columns joined in for display, named after what they hold ("owner_name").
 */
typedef struct
{
  gint64      id;
  StyreRow   *initiative;       /* + owning_agency_name, owner_name, leader_name,
                                 *   parent_code, parent_title, merged_into_code */
  GPtrArray  *children;         /* initiatives whose parent it is */
  GPtrArray  *agencies;         /* initiative_agency + agency_name */
  GPtrArray  *focus_areas;      /* initiative_focus_area + focus_area_name */
  GPtrArray  *goals;            /* initiative_goal + goal_title, goal_level */
  GPtrArray  *people;           /* initiative_person + person_name */
  GPtrArray  *tolerances;       /* the initiative's own */
  GPtrArray  *reports;          /* status_report + author_name, oldest first */
  GPtrArray  *dimensions;       /* status_dimension of those reports */
  GPtrArray  *frames;           /* cost_frame, oldest first */
  GPtrArray  *descoping;        /* descoping_item */
  GPtrArray  *budget_lines;     /* budget_line, every revision; by year, then recorded_on */
  GPtrArray  *overspend_shares; /* overspend_share + agency_name, budget_year, chapter_post,
                                 *   appropriation, overspend */
  GPtrArray  *benefits;         /* benefit + owner_name, recipient_name, goal_title */
  GPtrArray  *benefit_values;   /* benefit_value of those benefits */
  GPtrArray  *indicators;       /* indicator of those benefits */
  GPtrArray  *measurements;     /* measurement of those indicators */
  GPtrArray  *milestones;       /* milestone, by baseline */
  GPtrArray  *gate_decisions;   /* gate_decision + case_number, meeting_starts_at,
                                 *   forum_name, item_title */
  GPtrArray  *risks;            /* risk + owner_name, open first, by score */
  GPtrArray  *dependencies;     /* dependency + on_code, on_title, component_name */
  GPtrArray  *demand;           /* competence_demand + competence_name */
  StyreRow   *pilot;            /* (nullable) */
  GPtrArray  *pilot_evaluations; /* pilot_evaluation + case_number, meeting_starts_at */
} StyreInitiativeDetail;

/**
 * StyreChoice:
 * @id: the row
 * @label: how a person knows it: a name, "DF-2026-03 – Digital søknad"
 * @detail: (nullable): a second line: a job title, a goal level, a meeting
 */
typedef struct
{
  gint64  id;
  char   *label;
  char   *detail;
} StyreChoice;

StyreInitiativeDetail *styre_store_get_initiative_detail (StyreStore            *store,
                                                          gint64                 id,
                                                          GError               **error);
void                   styre_initiative_detail_free      (StyreInitiativeDetail *detail);
GPtrArray             *styre_store_list_choices          (StyreStore            *store,
                                                          const char            *table,
                                                          GError               **error);
void                   styre_choice_free                 (StyreChoice           *choice);
GPtrArray             *styre_store_list_reference_rows   (StyreStore            *store,
                                                          const char            *table,
                                                          GError               **error);
GPtrArray             *styre_store_list_rows_where       (StyreStore            *store,
                                                          const char            *table,
                                                          const char            *column,
                                                          gint64                 value,
                                                          GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreInitiativeDetail, styre_initiative_detail_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreChoice, styre_choice_free)

G_END_DECLS
