/* test-meetings.h — a small organisation with one forum, for the meeting tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "styre-agenda-edit.h"
#include "styre-agenda.h"
#include "styre-change.h"
#include "styre-store.h"

typedef struct
{
  gint64 agency;
  gint64 chair;        /* "Kari Nordmann" */
  gint64 secretary;    /* "Åse Ødegård" */
  gint64 member;       /* "Per Ås" */
  gint64 guest;        /* "Gjest Gjestesen" */
  gint64 forum;        /* "Ledergruppen": approve notice, approve minutes, follow-up, AOB */
  gint64 other_forum;  /* "Porteføljerådet", without standing items */
  gint64 initiative;   /* "SAK-1", in planning, with a BP3 milestone */
  gint64 milestone;
} TestWorld;

static inline gint64
test_insert (StyreStore  *store,
             StyreChange *change)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) owned = change;

  g_assert_true (styre_store_apply (store, owned, &error));
  g_assert_no_error (error);
  return styre_change_get_id (owned);
}

static inline gint64
test_person (StyreStore *store,
             gint64      agency,
             const char *name,
             const char *email)
{
  StyreChange *c = styre_change_new_insert ("person");

  styre_change_set_text (c, "name", name);
  styre_change_set_text (c, "email", email);
  styre_change_set_int (c, "agency_id", agency);
  return test_insert (store, c);
}

static inline void
test_member (StyreStore *store,
             gint64      forum,
             gint64      person,
             const char *role,
             int         position)
{
  StyreChange *c = styre_change_new_insert ("forum_member");

  styre_change_set_int (c, "forum_id", forum);
  styre_change_set_int (c, "person_id", person);
  styre_change_set_text (c, "role", role);
  styre_change_set_int (c, "position", position);
  test_insert (store, c);
}

static inline void
test_standing (StyreStore *store,
               gint64      forum,
               int         position,
               const char *kind,
               const char *title,
               const char *type,
               int         minutes,
               gboolean    at_end)
{
  StyreChange *c = styre_change_new_insert ("standing_item");

  styre_change_set_int (c, "forum_id", forum);
  styre_change_set_int (c, "position", position);
  styre_change_set_text (c, "standing_kind", kind);
  styre_change_set_text (c, "title", title);
  styre_change_set_text (c, "item_type", type);
  styre_change_set_int (c, "planned_minutes", minutes);
  styre_change_set_bool (c, "at_end", at_end);
  test_insert (store, c);
}

static inline gint64
test_forum (StyreStore *store,
            gint64      agency,
            const char *name)
{
  StyreChange *c = styre_change_new_insert ("forum");

  styre_change_set_text (c, "name", name);
  styre_change_set_int (c, "agency_id", agency);
  styre_change_set_text (c, "default_place", "Møterom Fjorden");
  return test_insert (store, c);
}

static inline void
test_world_init (StyreStore *store,
                 TestWorld  *w)
{
  StyreChange *c;

  c = styre_change_new_insert ("agency");
  styre_change_set_text (c, "code", "FJK");
  styre_change_set_text (c, "name", "Fjordvik kommune");
  styre_change_set_text (c, "kind", "municipality");
  styre_change_set_bool (c, "is_host", TRUE);
  w->agency = test_insert (store, c);

  w->chair = test_person (store, w->agency, "Kari Nordmann", "kari@fjordvik.example");
  w->secretary = test_person (store, w->agency, "Åse Ødegård", "ase@fjordvik.example");
  w->member = test_person (store, w->agency, "Per Ås", "per@fjordvik.example");
  w->guest = test_person (store, w->agency, "Gjest Gjestesen", "");

  w->forum = test_forum (store, w->agency, "Ledergruppen");
  test_member (store, w->forum, w->chair, "chair", 0);
  test_member (store, w->forum, w->member, "member", 1);
  test_member (store, w->forum, w->secretary, "secretary", 2);
  test_standing (store, w->forum, 1, "approve_notice", "Godkjenning av innkalling og saksliste",
                 "decision", 5, FALSE);
  test_standing (store, w->forum, 2, "approve_minutes",
                 "Godkjenning av protokoll fra forrige møte", "decision", 5, FALSE);
  test_standing (store, w->forum, 3, "follow_up", "Oppfølgingsliste", "information", 10, FALSE);
  test_standing (store, w->forum, 4, "any_other_business", "Eventuelt", "information", 5, TRUE);

  w->other_forum = test_forum (store, w->agency, "Porteføljerådet");
  test_member (store, w->other_forum, w->chair, "chair", 0);

  c = styre_change_new_insert ("initiative");
  styre_change_set_text (c, "code", "SAK-1");
  styre_change_set_text (c, "title", "Nytt sak-/arkivsystem");
  styre_change_set_text (c, "kind", "project");
  styre_change_set_text (c, "method", "hybrid");
  styre_change_set_text (c, "phase", "planning");
  styre_change_set_int (c, "owning_agency_id", w->agency);
  styre_change_set_int (c, "owner_id", w->member);
  styre_change_set_text (c, "start_date", "2025-01-01");
  w->initiative = test_insert (store, c);

  c = styre_change_new_insert ("milestone");
  styre_change_set_int (c, "initiative_id", w->initiative);
  styre_change_set_text (c, "title", "Styringsdokument godkjent");
  styre_change_set_text (c, "gate", "BP3");
  styre_change_set_text (c, "baseline_date", "2026-12-01");
  w->milestone = test_insert (store, c);
}

/* A meeting of @forum on @date from 09:00 to @end ("HH:MM"). */
static inline gint64
test_meeting (StyreStore *store,
              gint64      forum,
              const char *date,
              const char *end)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = g_strdup_printf ("%sT09:00", date);
  g_autofree char *ends = g_strdup_printf ("%sT%s", date, end);
  StyreMeetingSpec spec = { .forum_id = forum, .starts_at = starts, .ends_at = ends };
  gint64 id = styre_store_create_meeting (store, &spec, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Adds a case that is ready for the notice: presenter, duration and proposal. */
static inline gint64
test_case (StyreStore *store,
           gint64      meeting,
           const char *title,
           gint64      presenter,
           int         minutes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) row = NULL;
  g_autoptr(StyreChange) c = NULL;
  gint64 id = styre_store_add_agenda_item (store, meeting, "decision", title, &error);

  g_assert_no_error (error);
  row = styre_store_read_row (store, "agenda_item", id, &error);
  g_assert_no_error (error);
  c = styre_change_new_update ("agenda_item", id, styre_row_get_int (row, "version"));
  styre_change_set_int (c, "presenter_id", presenter);
  styre_change_set_int (c, "planned_minutes", minutes);
  styre_change_set_text (c, "proposed_decision", "1. Forslaget vedtas.\n2. Saken følges opp.");
  g_assert_true (styre_store_apply (store, c, &error));
  g_assert_no_error (error);
  return id;
}

static inline StyreAgenda *
test_load (StyreStore *store,
           gint64      meeting)
{
  g_autoptr(GError) error = NULL;
  StyreAgenda *agenda = styre_store_load_agenda (store, meeting, &error);

  g_assert_no_error (error);
  g_assert_nonnull (agenda);
  return agenda;
}
