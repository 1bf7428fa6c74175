/* test-agenda.c — a meeting's life: times, case numbers, notice, minutes, follow-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "styre-agenda-edit.h"
#include "styre-agenda.h"
#include "styre-demo.h"
#include "styre-error.h"
#include "styre-followup-export.h"
#include "styre-forum.h"
#include "styre-ics.h"
#include "styre-queries.h"
#include "styre-text.h"

#include "test-meetings.h"
#include "test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  StyreStore *store;
  TestWorld   w;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("styre-agenda-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "møter.styre", NULL);
  f->store = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_store_set_identity (f->store, "ase", "Åse Ødegård");
  styre_store_set_now_for_testing (f->store, "2026-11-20T08:00:00Z");
  test_world_init (f->store, &f->w);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
update_int (StyreStore *store,
            const char *table,
            gint64      id,
            const char *column,
            gint64      value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) row = styre_store_read_row (store, table, id, &error);
  g_autoptr(StyreChange) c = NULL;

  g_assert_no_error (error);
  c = styre_change_new_update (table, id, styre_row_get_int (row, "version"));
  styre_change_set_int (c, column, value);
  g_assert_true (styre_store_apply (store, c, &error));
  g_assert_no_error (error);
}

static void
update_text (StyreStore *store,
             const char *table,
             gint64      id,
             const char *column,
             const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) row = styre_store_read_row (store, table, id, &error);
  g_autoptr(StyreChange) c = NULL;

  g_assert_no_error (error);
  c = styre_change_new_update (table, id, styre_row_get_int (row, "version"));
  if (value != NULL)
    styre_change_set_text (c, column, value);
  else
    styre_change_set_null (c, column);
  g_assert_true (styre_store_apply (store, c, &error));
  g_assert_no_error (error);
}

/* Every participant present; every decision item adopted. */
static void
record_minutes (StyreStore *store,
                gint64      meeting)
{
  g_autoptr(StyreAgenda) a = test_load (store, meeting);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < a->participants->len; i++)
    update_text (store, "participant", ((StyreParticipant *) a->participants->pdata[i])->id,
                 "attendance", "present");
  for (guint i = 0; i < a->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (a->items, i);
      g_autoptr(StyreChange) c = styre_agenda_item_adopt_as_proposed (item);

      if (g_strcmp0 (item->item_type, "decision") != 0)
        continue;
      g_assert_true (styre_store_apply (store, c, &error));
      g_assert_no_error (error);
    }
}

static void
send_notice (StyreStore *store,
             gint64      meeting)
{
  g_autoptr(GError) error = NULL;

  styre_store_send_notice (store, meeting, 0, TRUE, &error);
  g_assert_no_error (error);
}

/* ── times ───────────────────────────────────────────────────────────────────────────── */

static void
test_slots (void)
{
  const int durations[] = { 5, 10, 0, 25 };
  StyreTimeSlot slots[4];
  int end = styre_agenda_compute_slots (9 * 60, durations, 4, slots);

  g_assert_cmpint (slots[0].start, ==, 540);
  g_assert_cmpint (slots[1].start, ==, 545);
  g_assert_cmpint (slots[2].start, ==, 555);
  g_assert_cmpint (slots[2].end, ==, 555);
  g_assert_cmpint (slots[3].start, ==, 555);
  g_assert_cmpint (end, ==, 580);
}

static void
test_planned_times_and_overrun (Fixture       *f,
                                gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "10:00");
  g_autoptr(StyreAgenda) a = NULL;
  g_autoptr(StyreAgenda) b = NULL;
  g_autofree char *time = NULL;
  StyreAgendaItem *item;

  test_case (f->store, m, "Budsjett 2027", f->w.member, 30);
  a = test_load (f->store, m);
  /* Standing items 5 + 5 + 10, the case 30, Eventuelt 5: ends 09:55, fits 10:00. */
  g_assert_cmpuint (a->items->len, ==, 5);
  item = g_ptr_array_index (a->items, 3);
  g_assert_cmpstr (item->title, ==, "Budsjett 2027");
  g_assert_cmpint (item->planned_start, ==, 9 * 60 + 20);
  time = styre_agenda_format_minute (item->planned_start);
  g_assert_cmpstr (time, ==, "09:20");
  g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[4])->standing_kind, ==,
                   "any_other_business");
  g_assert_cmpint (a->planned_end_minute, ==, 9 * 60 + 55);
  g_assert_cmpint (styre_agenda_get_overrun (a), ==, 0);

  test_case (f->store, m, "Gevinstrealisering", f->w.member, 20);
  b = test_load (f->store, m);
  g_assert_cmpint (b->planned_end_minute, ==, 10 * 60 + 15);
  g_assert_cmpint (styre_agenda_get_overrun (b), ==, 15);
  /* The new case went before Eventuelt. */
  g_assert_cmpstr (((StyreAgendaItem *) b->items->pdata[4])->title, ==, "Gevinstrealisering");
  g_assert_cmpstr (((StyreAgendaItem *) b->items->pdata[5])->standing_kind, ==,
                   "any_other_business");
}

/* ── case numbers ────────────────────────────────────────────────────────────────────── */

static void
test_case_numbers (Fixture       *f,
                   gconstpointer  data)
{
  gint64 m1 = test_meeting (f->store, f->w.forum, "2026-10-30", "12:00");
  gint64 m2 = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  gint64 other = test_meeting (f->store, f->w.other_forum, "2026-11-28", "12:00");
  gint64 next_year = test_meeting (f->store, f->w.forum, "2027-01-15", "12:00");
  g_autoptr(StyreAgenda) a = NULL;
  gint64 c1, c2, c3, late, moved;

  c1 = test_case (f->store, m1, "Sak A", f->w.member, 10);
  c2 = test_case (f->store, m1, "Sak B", f->w.member, 10);
  c3 = test_case (f->store, m2, "Sak C", f->w.member, 10);
  test_case (f->store, other, "Sak i rådet", f->w.member, 10);
  test_case (f->store, next_year, "Sak neste år", f->w.member, 10);

  /* Drafts have no numbers. */
  a = test_load (f->store, m1);
  g_assert_null (styre_agenda_find_item (a, c1)->case_number);
  g_clear_pointer (&a, styre_agenda_unref);

  /* The later meeting's notice goes first: numbers are given as notices are sent. */
  send_notice (f->store, m2);
  send_notice (f->store, m1);
  send_notice (f->store, other);
  send_notice (f->store, next_year);

  a = test_load (f->store, m2);
  g_assert_cmpstr (styre_agenda_find_item (a, c3)->case_number, ==, "01/26");
  /* Standing items are not numbered in this forum. */
  g_assert_null (((StyreAgendaItem *) a->items->pdata[0])->case_number);
  g_clear_pointer (&a, styre_agenda_unref);

  a = test_load (f->store, m1);
  g_assert_cmpstr (styre_agenda_find_item (a, c1)->case_number, ==, "02/26");
  g_assert_cmpstr (styre_agenda_find_item (a, c2)->case_number, ==, "03/26");
  g_clear_pointer (&a, styre_agenda_unref);

  /* Per forum and per year. */
  a = test_load (f->store, other);
  g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[0])->case_number, ==, "01/26");
  g_clear_pointer (&a, styre_agenda_unref);
  a = test_load (f->store, next_year);
  g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[3])->case_number, ==, "01/27");
  g_clear_pointer (&a, styre_agenda_unref);

  /* Stable after the notice: reordering and an updated notice keep them, and an item
   * added after the notice gets the forum's next number at once. */
  a = test_load (f->store, m1);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) changes = styre_agenda_move_item (a, c2, 0);

    g_assert_nonnull (changes);
    g_assert_true (styre_store_apply_all (f->store, changes, &error));
    g_assert_no_error (error);
    late = test_case (f->store, m1, "Tilleggssak", f->w.member, 5);
  }
  g_clear_pointer (&a, styre_agenda_unref);
  send_notice (f->store, m1);
  a = test_load (f->store, m1);
  g_assert_cmpint (((StyreAgendaItem *) a->items->pdata[0])->id, ==, c2);
  g_assert_cmpstr (styre_agenda_find_item (a, c1)->case_number, ==, "02/26");
  g_assert_cmpstr (styre_agenda_find_item (a, c2)->case_number, ==, "03/26");
  g_assert_cmpstr (styre_agenda_find_item (a, late)->case_number, ==, "04/26");
  moved = ((StyreAgendaItem *) a->items->pdata[0])->id;
  g_assert_cmpint (moved, ==, c2);
}

static void
test_three_digit_numbers (Fixture       *f,
                          gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  g_autoptr(StyreAgenda) a = NULL;

  update_int (f->store, "forum", f->w.forum, "case_number_digits", 3);
  update_int (f->store, "forum", f->w.forum, "number_standing_items", 1);
  send_notice (f->store, m);
  a = test_load (f->store, m);
  /* Numbered standing items, NNN/YY. */
  g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[0])->case_number, ==, "001/26");
  g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[3])->case_number, ==, "004/26");
}

/* ── validation ──────────────────────────────────────────────────────────────────────── */

static gboolean
has_problem (GPtrArray              *problems,
             StyreAgendaProblemKind  kind,
             gint64                  item_id)
{
  for (guint i = 0; i < problems->len; i++)
    {
      StyreAgendaProblem *p = g_ptr_array_index (problems, i);
      if (p->kind == kind && (item_id < 0 || p->item_id == item_id))
        return TRUE;
    }
  return FALSE;
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "09:30");
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreAgenda) a = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gint64 bare, exempt;

  bare = styre_store_add_agenda_item (f->store, m, "decision", "Uten innstilling", &error);
  g_assert_no_error (error);
  exempt = test_case (f->store, m, "Personalsak", f->w.chair, 15);

  a = test_load (f->store, m);
  problems = styre_agenda_validate_notice (a);
  g_assert_true (has_problem (problems, STYRE_AGENDA_PROBLEM_NO_PROPOSAL, bare));
  g_assert_true (has_problem (problems, STYRE_AGENDA_PROBLEM_NO_PRESENTER, bare));
  g_assert_true (has_problem (problems, STYRE_AGENDA_PROBLEM_NO_DURATION, bare));
  g_assert_false (has_problem (problems, STYRE_AGENDA_PROBLEM_NO_PROPOSAL, exempt));
  g_assert_false (has_problem (problems, STYRE_AGENDA_PROBLEM_NO_LEGAL_BASIS, -1));
  /* 5 + 5 + 10 + 0 + 15 + 5 = 40 minutes in a 30-minute booking. */
  g_assert_true (has_problem (problems, STYRE_AGENDA_PROBLEM_OVERRUN, 0));
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The notice is refused with every problem named, and nothing is numbered. */
  g_assert_false (styre_store_send_notice (f->store, m, a->version, TRUE, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Uten innstilling"));
  g_assert_nonnull (strstr (error->message, "presenter"));
  g_clear_error (&error);
  g_clear_pointer (&a, styre_agenda_unref);
  a = test_load (f->store, m);
  g_assert_cmpstr (a->state, ==, "draft");
  g_assert_null (styre_agenda_find_item (a, exempt)->case_number);
  g_clear_pointer (&a, styre_agenda_unref);

  {
    g_autoptr(StyreChange) del = NULL;
    g_autoptr(StyreRow) row = styre_store_read_row (f->store, "agenda_item", bare, &error);
    del = styre_change_new_delete ("agenda_item", bare, styre_row_get_int (row, "version"));
    g_assert_true (styre_store_apply (f->store, del, &error));
    g_assert_no_error (error);
  }

  /* Only the overrun is left: refused unless the person accepts it. */
  a = test_load (f->store, m);
  g_assert_false (styre_store_send_notice (f->store, m, a->version, FALSE, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "booked end"));
  g_clear_error (&error);
  g_assert_true (styre_store_send_notice (f->store, m, a->version, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_exempt_needs_legal_basis (Fixture       *f,
                               gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  gint64 item = test_case (f->store, m, "Personalsak", f->w.chair, 15);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) row = styre_store_read_row (f->store, "agenda_item", item, &error);
  g_autoptr(StyreChange) c = styre_change_new_update ("agenda_item", item,
                                                      styre_row_get_int (row, "version"));

  /* The file itself refuses an exempt item without a legal basis. */
  styre_change_set_text (c, "confidentiality", "exempt");
  g_assert_false (styre_store_apply (f->store, c, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
}

/* ── the meeting's life ──────────────────────────────────────────────────────────────── */

static gint64
count (StyreStore *store,
       const char *table)
{
  return styre_store_count_rows (store, table, NULL);
}

static void
test_held_and_approved (Fixture       *f,
                        gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  gint64 item = test_case (f->store, m, "Budsjett 2027", f->w.member, 30);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreAgenda) a = test_load (f->store, m);

  /* Not held before the notice. */
  g_assert_false (styre_store_mark_held (f->store, m, 0, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f->store, "portfolio_snapshot"), ==, 0);

  /* An outdated version is a conflict, and nothing happens. */
  send_notice (f->store, m);
  g_assert_false (styre_store_mark_held (f->store, m, a->version, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_clear_pointer (&a, styre_agenda_unref);

  /* Held: the portfolio is frozen with the meeting, once. */
  a = test_load (f->store, m);
  g_assert_true (styre_store_mark_held (f->store, m, a->version, &error));
  g_assert_no_error (error);
  g_clear_pointer (&a, styre_agenda_unref);
  a = test_load (f->store, m);
  g_assert_cmpstr (a->state, ==, "held");
  g_assert_true (a->has_snapshot);
  g_assert_cmpint (count (f->store, "portfolio_snapshot"), ==, 1);
  g_assert_cmpint (count (f->store, "portfolio_snapshot_item"), ==, 1);
  g_assert_false (styre_store_freeze_snapshot (f->store, m, NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_EXISTS);
  g_clear_error (&error);

  /* Approval needs the decisions and the attendance. */
  g_assert_false (styre_store_approve_minutes (f->store, m, a->version, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Budsjett 2027"));
  g_assert_nonnull (strstr (error->message, "attendance"));
  g_clear_error (&error);
  g_clear_pointer (&a, styre_agenda_unref);

  record_minutes (f->store, m);
  a = test_load (f->store, m);
  g_assert_cmpstr (styre_agenda_find_item (a, item)->decision, ==,
                   "1. Forslaget vedtas.\n2. Saken følges opp.");
  g_assert_cmpstr (styre_agenda_find_item (a, item)->outcome, ==, "adopted_as_proposed");
  g_assert_true (styre_store_approve_minutes (f->store, m, a->version, &error));
  g_assert_no_error (error);
  g_clear_pointer (&a, styre_agenda_unref);

  /* Locked: the record cannot be changed, and no item can be added. */
  a = test_load (f->store, m);
  g_assert_true (styre_agenda_is_locked (a));
  {
    g_autoptr(StyreChange) c = styre_agenda_item_take_note (styre_agenda_find_item (a, item));
    g_assert_false (styre_store_apply (f->store, c, &error));
    g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_cmpint (styre_store_add_agenda_item (f->store, m, "information", "For sent", &error),
                   ==, 0);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
}

static void
test_adopt_as_proposed (Fixture       *f,
                        gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  gint64 item = test_case (f->store, m, "Budsjett 2027", f->w.member, 30);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreAgenda) a = test_load (f->store, m);
  g_autoptr(StyreAgenda) b = NULL;
  g_autoptr(StyreChange) adopt = styre_agenda_item_adopt_as_proposed (styre_agenda_find_item (a, item));
  g_autoptr(StyreChange) note = NULL;

  g_assert_true (styre_store_apply (f->store, adopt, &error));
  g_assert_no_error (error);
  b = test_load (f->store, m);
  g_assert_cmpstr (styre_agenda_find_item (b, item)->decision, ==,
                   styre_agenda_find_item (b, item)->proposed_decision);
  g_assert_cmpstr (styre_agenda_find_item (b, item)->outcome, ==, "adopted_as_proposed");

  /* Made from the version read before: someone else's save in between is a conflict. */
  note = styre_agenda_item_take_note (styre_agenda_find_item (a, item));
  g_assert_false (styre_store_apply (f->store, note, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
}

static void
test_follow_up_carried (Fixture       *f,
                        gconstpointer  data)
{
  gint64 m1 = test_meeting (f->store, f->w.forum, "2026-10-30", "12:00");
  gint64 m2 = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  gint64 m3 = test_meeting (f->store, f->w.forum, "2026-12-18", "12:00");
  gint64 item = test_case (f->store, m1, "Anskaffelse", f->w.member, 20);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreAgenda) a = NULL;
  StyreAgendaAction *carried;
  StyreChange *c;
  gint64 done, open;

  c = styre_change_new_insert ("action_item");
  styre_change_set_int (c, "origin_item_id", item);
  styre_change_set_text (c, "title", "Lag konkurransegrunnlag");
  styre_change_set_int (c, "owner_id", f->w.member);
  styre_change_set_text (c, "due_on", "2026-11-15");
  styre_change_set_text (c, "created_on", "2026-10-30");
  done = test_insert (f->store, c);
  c = styre_change_new_insert ("action_item");
  styre_change_set_int (c, "origin_item_id", item);
  styre_change_set_text (c, "title", "Avklar finansiering");
  styre_change_set_text (c, "created_on", "2026-10-30");
  open = test_insert (f->store, c);

  /* The next meeting's follow-up item lists both; the one past its due date is overdue. */
  a = test_load (f->store, m2);
  g_assert_cmpuint (a->follow_up->len, ==, 2);
  carried = g_ptr_array_index (a->follow_up, 0);
  g_assert_cmpint (carried->id, ==, done);
  g_assert_true (carried->overdue);
  g_assert_cmpstr (carried->origin_case_number, ==, NULL);   /* m1's notice not sent */
  g_clear_pointer (&a, styre_agenda_unref);

  /* Closed in the second meeting (the forum's next one, found by itself). */
  g_assert_true (styre_store_set_action_status (f->store, done, 0, "done", 0, &error));
  g_assert_no_error (error);
  {
    g_autoptr(StyreRow) row = styre_store_read_row (f->store, "action_item", done, &error);
    g_assert_cmpint (styre_row_get_int (row, "closed_in_meeting_id"), ==, m2);
    g_assert_cmpstr (styre_row_get_text (row, "closed_on"), ==, "2026-11-20");
  }

  a = test_load (f->store, m2);
  g_assert_cmpuint (a->follow_up->len, ==, 2);   /* reported closed here */
  g_clear_pointer (&a, styre_agenda_unref);
  a = test_load (f->store, m3);
  g_assert_cmpuint (a->follow_up->len, ==, 1);
  g_assert_cmpint (((StyreAgendaAction *) a->follow_up->pdata[0])->id, ==, open);
  g_clear_pointer (&a, styre_agenda_unref);

  /* Reopened: no longer closed anywhere. */
  g_assert_true (styre_store_set_action_status (f->store, done, 0, "in_progress", 0, &error));
  g_assert_no_error (error);
  a = test_load (f->store, m3);
  g_assert_cmpuint (a->follow_up->len, ==, 2);
}

static void
test_gate_decision (Fixture       *f,
                    gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  gint64 item = test_case (f->store, m, "BP3 for Nytt sak-/arkivsystem", f->w.member, 20);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreAgenda) a = NULL;
  g_autoptr(StyreRow) initiative = NULL;
  g_autoptr(StyreRow) milestone = NULL;
  StyreChange *link = styre_change_new_insert ("agenda_item_initiative");

  styre_change_set_int (link, "agenda_item_id", item);
  styre_change_set_int (link, "initiative_id", f->w.initiative);
  test_insert (f->store, link);

  /* Recorded in the minutes, not in a draft. */
  g_assert_false (styre_store_record_gate_decision (f->store, item, f->w.initiative, "BP3",
                                                    "approved", NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  send_notice (f->store, m);
  g_assert_false (styre_store_record_gate_decision (f->store, item, f->w.initiative, "BP3",
                                                    "approved_with_conditions", " ", &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (styre_store_record_gate_decision (f->store, item, f->w.initiative, "BP3",
                                                   "approved_with_conditions",
                                                   "DPIA godkjent før kontrakt.", &error));
  g_assert_no_error (error);

  a = test_load (f->store, m);
  g_assert_cmpuint (styre_agenda_find_item (a, item)->gate_decisions->len, ==, 1);
  g_assert_cmpstr (((StyreItemGateDecision *) styre_agenda_find_item (a, item)->gate_decisions->pdata[0])->decided_on,
                   ==, "2026-11-27");
  initiative = styre_store_read_row (f->store, "initiative", f->w.initiative, &error);
  g_assert_cmpstr (styre_row_get_text (initiative, "phase"), ==, "execution");
  milestone = styre_store_read_row (f->store, "milestone", f->w.milestone, &error);
  g_assert_cmpstr (styre_row_get_text (milestone, "actual_date"), ==, "2026-11-27");

  /* A stop decision stops the initiative. */
  g_assert_true (styre_store_record_gate_decision (f->store, item, f->w.initiative, "BP4",
                                                   "stopped", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&initiative, styre_row_unref);
  initiative = styre_store_read_row (f->store, "initiative", f->w.initiative, &error);
  g_assert_cmpstr (styre_row_get_text (initiative, "lifecycle"), ==, "stopped");
  g_assert_cmpstr (styre_row_get_text (initiative, "phase"), ==, "execution");

  /* No longer offered for a new agenda once decided. */
  {
    g_autoptr(GPtrArray) candidates = styre_store_list_gate_candidates (f->store, f->w.forum,
                                                                         "2026-11-28", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (candidates->len, ==, 0);
  }
}

static void
test_new_meeting_offers_gates (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) candidates = styre_store_list_gate_candidates (f->store, f->w.forum,
                                                                       "2026-11-10", &error);
  g_autoptr(StyreAgenda) a = NULL;
  StyreMeetingSpec spec = {
    .forum_id = f->w.forum,
    .starts_at = "2026-11-27T09:00",
    .ends_at = "2026-11-27T11:30",
  };
  gint64 m;

  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, ==, 1);
  g_assert_cmpstr (((StyreGateCandidate *) candidates->pdata[0])->gate, ==, "BP3");

  spec.gate_items = candidates;
  m = styre_store_create_meeting (f->store, &spec, &error);
  g_assert_no_error (error);
  a = test_load (f->store, m);
  g_assert_cmpstr (a->place, ==, "Møterom Fjorden");
  g_assert_cmpint (a->chair_id, ==, f->w.chair);
  g_assert_cmpint (a->secretary_id, ==, f->w.secretary);
  g_assert_cmpuint (a->participants->len, ==, 3);
  g_assert_cmpuint (a->items->len, ==, 5);
  /* After the standing items at the start, before Eventuelt; linked to its initiative. */
  g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[3])->title, ==,
                   "BP3 for Nytt sak-/arkivsystem");
  g_assert_cmpuint (((StyreAgendaItem *) a->items->pdata[3])->initiatives->len, ==, 1);
  g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[4])->title, ==, "Eventuelt");
  g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[2])->standing_kind, ==, "follow_up");
  g_assert_cmpint (((StyreAgendaItem *) a->items->pdata[2])->presenter_id, ==, f->w.secretary);
  g_assert_cmpuint (strlen (a->uid), >, 10);

  /* Bad input is refused with a reason. */
  spec.gate_items = NULL;
  spec.ends_at = "2026-11-27T08:00";
  g_assert_cmpint (styre_store_create_meeting (f->store, &spec, &error), ==, 0);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  spec.starts_at = "27.11.2026";
  g_assert_cmpint (styre_store_create_meeting (f->store, &spec, &error), ==, 0);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
}

static void
test_sequence_and_changes_since_notice (Fixture       *f,
                                        gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  gint64 item = test_case (f->store, m, "Budsjett 2027", f->w.member, 30);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreAgenda) a = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  int sequence;

  update_text (f->store, "meeting", m, "place", "Kommunestyresalen");
  a = test_load (f->store, m);
  g_assert_cmpint (a->sequence, ==, 0);
  g_clear_pointer (&a, styre_agenda_unref);

  styre_store_set_now_for_testing (f->store, "2026-11-20T09:00:00Z");
  send_notice (f->store, m);
  notes = styre_store_list_changes_since_notice (f->store, m, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 0);
  g_clear_pointer (&notes, g_ptr_array_unref);

  a = test_load (f->store, m);
  sequence = a->sequence;
  g_clear_pointer (&a, styre_agenda_unref);

  /* Each change calendars show after the notice makes SEQUENCE grow. */
  styre_store_set_now_for_testing (f->store, "2026-11-21T09:00:00Z");
  update_text (f->store, "meeting", m, "starts_at", "2026-11-27T09:30");
  update_int (f->store, "agenda_item", item, "planned_minutes", 40);
  update_text (f->store, "agenda_item", item, "minutes_note", "Notat");   /* not shown */
  a = test_load (f->store, m);
  g_assert_cmpint (a->sequence, ==, sequence + 2);
  g_clear_pointer (&a, styre_agenda_unref);

  notes = styre_store_list_changes_since_notice (f->store, m, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 2);
  g_assert_nonnull (strstr (((StyreAgendaChangeNote *) notes->pdata[0])->description, "time"));
  g_assert_nonnull (strstr (((StyreAgendaChangeNote *) notes->pdata[1])->description,
                            "Budsjett 2027"));
  g_assert_cmpstr (((StyreAgendaChangeNote *) notes->pdata[1])->who, ==, "Åse Ødegård");
}

/* ── text ────────────────────────────────────────────────────────────────────────────── */

static void
test_decision_points (void)
{
  g_auto(GStrv) points = styre_decision_points_split ("1. Vedtas.\n\n2) Følges opp.\n 3. Tre");
  g_autofree char *joined = NULL;
  g_autofree char *one = NULL;
  const char *single[] = { "Saken tas til orientering.", NULL };

  g_assert_cmpuint (g_strv_length (points), ==, 3);
  g_assert_cmpstr (points[0], ==, "Vedtas.");
  g_assert_cmpstr (points[1], ==, "Følges opp.");
  joined = styre_decision_points_join ((const char * const *) points);
  g_assert_cmpstr (joined, ==, "1. Vedtas.\n2. Følges opp.\n3. Tre");
  one = styre_decision_points_join (single);
  g_assert_cmpstr (one, ==, "Saken tas til orientering.");
}

static void
test_markdown (void)
{
  g_autoptr(GPtrArray) blocks = styre_markdown_parse ("# Bakgrunn\nFørste linje\nandre <linje>\n\n"
                                                      "- **viktig** punkt\n- *kursiv*\n\n"
                                                      "1. Én\n2. To\n\n2 * 3 = 6");
  StyreMarkdownBlock *b;

  g_assert_cmpuint (blocks->len, ==, 7);
  b = g_ptr_array_index (blocks, 0);
  g_assert_cmpint (b->kind, ==, STYRE_MARKDOWN_HEADING);
  g_assert_cmpstr (b->markup, ==, "Bakgrunn");
  b = g_ptr_array_index (blocks, 1);
  g_assert_cmpstr (b->markup, ==, "Første linje\nandre &lt;linje&gt;");
  b = g_ptr_array_index (blocks, 2);
  g_assert_cmpint (b->kind, ==, STYRE_MARKDOWN_BULLET);
  g_assert_cmpstr (b->markup, ==, "<b>viktig</b> punkt");
  b = g_ptr_array_index (blocks, 3);
  g_assert_cmpstr (b->markup, ==, "<i>kursiv</i>");
  b = g_ptr_array_index (blocks, 5);
  g_assert_cmpint (b->kind, ==, STYRE_MARKDOWN_NUMBERED);
  g_assert_cmpint (b->level, ==, 2);
  b = g_ptr_array_index (blocks, 6);
  g_assert_cmpstr (b->markup, ==, "2 * 3 = 6");
}

static void
test_diff (void)
{
  g_autofree char *markup = styre_text_diff_markup ("1. Rammen fastsettes til 10 mill. kr.",
                                                    "1. Rammen fastsettes til 12 mill. kr.");
  g_autoptr(GPtrArray) same = styre_text_diff ("Likt.", "Likt.");

  g_assert_nonnull (strstr (markup, "strikethrough=\"true\" foreground=\"#c01c28\">10 <"));
  g_assert_nonnull (strstr (markup, "underline=\"single\" foreground=\"#1a7f37\">12 <"));
  g_assert_true (g_str_has_prefix (markup, "1. Rammen fastsettes til "));
  g_assert_cmpuint (same->len, ==, 1);
}

/* ── iCalendar ───────────────────────────────────────────────────────────────────────── */

/* The UTC time a calendar reads from the file's DTSTART with the file's own VTIMEZONE. */
static char *
ics_start_utc (const char *ics)
{
  icalcomponent *calendar = icalparser_parse_string (ics);
  icalcomponent *vtz, *event;
  icaltimezone *zone;
  icalproperty *dtstart;
  icalparameter *tzid;
  struct icaltimetype t;
  char *ret;

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_PUBLISH);
  vtz = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (vtz);
  g_assert_nonnull (event);

  zone = icaltimezone_new ();
  g_assert_true (icaltimezone_set_component (zone, icalcomponent_new_clone (vtz)));
  g_assert_cmpstr (icaltimezone_get_tzid (zone), ==, "Europe/Oslo");
  dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  tzid = icalproperty_get_first_parameter (dtstart, ICAL_TZID_PARAMETER);
  g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/Oslo");
  t = icalproperty_get_dtstart (dtstart);
  icaltimezone_convert_time (&t, zone, icaltimezone_get_utc_timezone ());
  ret = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d", t.year, t.month, t.day, t.hour, t.minute);
  icaltimezone_free (zone, 1);
  icalcomponent_free (calendar);
  return ret;
}

static void
test_ics (Fixture       *f,
          gconstpointer  data)
{
  const struct { const char *date; const char *utc; } cases[] = {
    { "2026-03-27", "2026-03-27T08:00" },   /* the Friday before summer time */
    { "2026-03-29", "2026-03-29T07:00" },   /* the Sunday it starts, at 02:00 */
    { "2026-03-30", "2026-03-30T07:00" },
    { "2026-10-23", "2026-10-23T07:00" },
    { "2026-10-26", "2026-10-26T08:00" },   /* the day after it ends */
    { "2027-03-26", "2027-03-26T08:00" },
    { "2027-03-29", "2027-03-29T07:00" },
  };
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 m = test_meeting (f->store, f->w.forum, cases[i].date, "11:30");
      g_autoptr(StyreAgenda) a = test_load (f->store, m);
      g_autoptr(GError) error = NULL;
      g_autofree char *ics = styre_ics_from_agenda (a, "2026-11-20T08:00:00Z", &error);
      g_autofree char *utc = NULL;
      g_autofree char *uid_line = g_strdup_printf ("UID:%s\r\n", a->uid);
      g_autofree char *local = g_strdup_printf ("%sT09:00:00", cases[i].date);
      g_autoptr(GDateTime) expected = g_date_time_new_from_iso8601 (local, oslo);
      g_autoptr(GDateTime) expected_utc = g_date_time_to_utc (expected);
      g_autofree char *glib_utc = g_date_time_format (expected_utc, "%Y-%m-%dT%H:%M");

      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\n"));
      g_assert_nonnull (strstr (ics, "METHOD:PUBLISH\r\n"));
      g_assert_nonnull (strstr (ics, uid_line));
      g_assert_nonnull (strstr (ics, "SEQUENCE:0\r\n"));
      g_assert_nonnull (strstr (ics, "DTSTART;TZID=Europe/Oslo:"));
      g_assert_nonnull (strstr (ics, "DTSTAMP:20261120T080000Z"));
      utc = ics_start_utc (ics);
      g_assert_cmpstr (utc, ==, cases[i].utc);
      g_assert_cmpstr (utc, ==, glib_utc);
    }
}

static void
test_ics_sequence_grows (Fixture       *f,
                         gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "11:30");
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreAgenda) a = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *uid_line = NULL;

  test_case (f->store, m, "Budsjett 2027", f->w.member, 30);
  send_notice (f->store, m);
  a = test_load (f->store, m);
  first = styre_ics_from_agenda (a, NULL, &error);
  uid_line = g_strdup_printf ("UID:%s\r\n", a->uid);
  g_clear_pointer (&a, styre_agenda_unref);

  update_text (f->store, "meeting", m, "ends_at", "2026-11-27T12:00");
  a = test_load (f->store, m);
  second = styre_ics_from_agenda (a, NULL, &error);
  g_assert_nonnull (strstr (first, "SEQUENCE:0\r\n"));
  g_assert_nonnull (strstr (second, "SEQUENCE:1\r\n"));
  /* The same event: same UID. */
  g_assert_nonnull (strstr (first, uid_line));
  g_assert_nonnull (strstr (second, uid_line));
  g_assert_nonnull (strstr (second, "DTEND;TZID=Europe/Oslo:20261127T120000"));
}

/* ── the follow-up list for Excel ────────────────────────────────────────────────────── */

static void
test_followup_csv (Fixture       *f,
                   gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-10-30", "12:00");
  gint64 item = test_case (f->store, m, "Anskaffelse", f->w.member, 20);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  StyreChange *c;
  gsize size;

  send_notice (f->store, m);
  c = styre_change_new_insert ("action_item");
  styre_change_set_int (c, "origin_item_id", item);
  styre_change_set_text (c, "title", "Avklar \"rammen\"; lag plan");
  styre_change_set_int (c, "owner_id", f->w.member);
  styre_change_set_text (c, "due_on", "2026-11-15");
  styre_change_set_text (c, "created_on", "2026-10-30");
  test_insert (f->store, c);

  actions = styre_store_list_actions (f->store, "2026-11-20", FALSE, &error);
  g_assert_no_error (error);
  csv = styre_followup_to_csv (actions, FALSE);
  text = g_strndup (g_bytes_get_data (csv, &size), g_bytes_get_size (csv));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "Forum;Meeting;Case;Action;"));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_cmpstr (lines[1], ==, "Ledergruppen;30.10.2026;01/26;\"Avklar \"\"rammen\"\"; lag plan\";"
                                 "Per Ås;15.11.2026;Open;Yes;;");
  g_assert_cmpstr (lines[2], ==, "");
}

static void
test_new_forum (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreForum) forum = NULL;
  g_autoptr(StyreAgenda) a = NULL;
  gint64 id = styre_store_create_forum (f->store, "  Digitaliseringsrådet ", &error);
  gint64 m;

  g_assert_no_error (error);
  forum = styre_store_load_forum (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styre_row_get_text (forum->row, "name"), ==, "Digitaliseringsrådet");
  g_assert_cmpuint (forum->standing->len, ==, 5);
  g_assert_cmpstr (((StyreStandingItem *) forum->standing->pdata[4])->standing_kind, ==,
                   "any_other_business");
  g_assert_true (((StyreStandingItem *) forum->standing->pdata[4])->at_end);

  /* A meeting of it starts with its standing items. */
  m = test_meeting (f->store, id, "2026-12-01", "11:00");
  a = test_load (f->store, m);
  g_assert_cmpuint (a->items->len, ==, 5);
  g_assert_cmpstr (((StyreAgendaItem *) a->items->pdata[0])->title, ==,
                   "Approval of notice and agenda");

  /* A forum needs a name, and names are unique. */
  g_assert_cmpint (styre_store_create_forum (f->store, " ", &error), ==, 0);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (styre_store_create_forum (f->store, "Ledergruppen", &error), ==, 0);
  g_assert_nonnull (error);
}

static void
test_demo_meetings_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("styre-agenda-demo-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "demo.styre", NULL);
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GListModel) meetings = NULL;
  StyreDemoOptions options;
  guint n_follow_up = 0, n_exempt = 0, n_numbered = 0;

  styre_demo_options_init (&options);
  options.today = "2026-11-27";
  store = styre_demo_create (path, &options, &error);
  g_assert_no_error (error);
  meetings = styre_store_list_meetings (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 9);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(StyreMeeting) m = g_list_model_get_item (meetings, i);
      g_autoptr(StyreAgenda) a = test_load (store, styre_meeting_get_id (m));
      g_autofree char *ics = styre_ics_from_agenda (a, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (a->items->len, >, 3);
      n_follow_up += a->follow_up->len;
      n_exempt += styre_agenda_count_exempt (a);
      for (guint k = 0; k < a->items->len; k++)
        n_numbered += ((StyreAgendaItem *) a->items->pdata[k])->case_number != NULL;
      if (g_str_equal (a->state, "held") || g_str_equal (a->state, "minutes_approved"))
        g_assert_true (a->has_snapshot);
    }
  g_assert_cmpuint (n_follow_up, >, 0);
  g_assert_cmpuint (n_exempt, >, 0);
  g_assert_cmpuint (n_numbered, >, 10);

  g_clear_object (&store);
  test_remove_tree (dir);
}

/* ── the projector ───────────────────────────────────────────────────────────────────── */

static GDateTime *
oslo_time (int hour,
           int minute)
{
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");

  return g_date_time_new (oslo, 2026, 11, 27, hour, minute, 0);
}

/* Rows of the audit log with @action on @table row @row_id, and the last one's detail. */
static int
count_audit (const char  *path,
             const char  *action,
             const char  *table,
             gint64       row_id,
             char       **last_detail)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = 0;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT detail FROM audit_log WHERE action = ? "
                                           "AND table_name = ? AND row_id = ? ORDER BY id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, row_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      n++;
      if (last_detail != NULL)
        {
          g_free (*last_detail);
          *last_detail = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_projector_times_in_minutes (Fixture       *f,
                                 gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  gint64 item = test_case (f->store, m, "Budsjett 2027", f->w.member, 30);
  g_autoptr(GDateTime) t0902 = oslo_time (9, 2);
  g_autoptr(GDateTime) t0900 = oslo_time (9, 0);
  g_autoptr(GDateTime) t0935 = oslo_time (9, 35);
  g_autoptr(GDateTime) t0941 = oslo_time (9, 41);
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreAgenda) a = NULL;
  StyreAgendaItem *it;
  gint64 counter;
  int n_updates;

  /* Before the notice there are no minutes to write into (a rehearsal). */
  g_assert_false (styre_store_record_item_times (f->store, item, t0902, NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);

  send_notice (f->store, m);
  g_assert_true (styre_store_record_item_times (f->store, item, t0902, NULL, &error));
  g_assert_no_error (error);
  a = test_load (f->store, m);
  it = styre_agenda_find_item (a, item);
  g_assert_cmpstr (it->actual_start, ==, "2026-11-27T08:02:00Z");
  g_assert_null (it->actual_end);
  g_clear_pointer (&a, styre_agenda_unref);

  /* Left at 09.35; an earlier start (another laptop) wins, a later one does not. */
  g_assert_true (styre_store_record_item_times (f->store, item, t0900, t0935, &error));
  g_assert_no_error (error);
  g_assert_true (styre_store_record_item_times (f->store, item, t0941, NULL, &error));
  g_assert_no_error (error);
  a = test_load (f->store, m);
  it = styre_agenda_find_item (a, item);
  g_assert_cmpstr (it->actual_start, ==, "2026-11-27T08:00:00Z");
  g_assert_cmpstr (it->actual_end, ==, "2026-11-27T08:35:00Z");
  g_assert_cmpint (styre_agenda_used_minutes (it), ==, 35);
  g_clear_pointer (&a, styre_agenda_unref);

  /* Back to it and left again at 09.41: the end moves. In the audit log as updates. */
  g_assert_true (styre_store_record_item_times (f->store, item, t0941, t0941, &error));
  a = test_load (f->store, m);
  g_assert_cmpstr (styre_agenda_find_item (a, item)->actual_end, ==, "2026-11-27T08:41:00Z");
  g_clear_pointer (&a, styre_agenda_unref);
  g_assert_cmpint (count_audit (f->path, "update", "agenda_item", item, NULL), >=, 3);

  /* The same times again write nothing, and nobody else has to read the file again. */
  counter = styre_store_get_change_counter (f->store);
  n_updates = count_audit (f->path, "update", "agenda_item", item, NULL);
  g_assert_true (styre_store_record_item_times (f->store, item, t0941, t0941, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (f->path, "update", "agenda_item", item, NULL), ==, n_updates);
  g_assert_cmpint (styre_store_get_change_counter (f->store), ==, counter);
  a = test_load (f->store, m);
  g_assert_cmpstr (styre_agenda_find_item (a, item)->actual_start, ==, "2026-11-27T08:00:00Z");
  g_clear_pointer (&a, styre_agenda_unref);

  /* Approved minutes are locked, for the clock too. */
  record_minutes (f->store, m);
  a = test_load (f->store, m);
  g_assert_true (styre_store_mark_held (f->store, m, a->version, &error));
  g_assert_no_error (error);
  g_clear_pointer (&a, styre_agenda_unref);
  a = test_load (f->store, m);
  g_assert_true (styre_store_approve_minutes (f->store, m, a->version, &error));
  g_assert_no_error (error);
  g_assert_false (styre_store_record_item_times (f->store, item, t0900, t0935, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
}

static void
test_unlock_is_audited (Fixture       *f,
                        gconstpointer  data)
{
  gint64 m = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  gint64 open = test_case (f->store, m, "Budsjett 2027", f->w.member, 30);
  gint64 exempt = test_case (f->store, m, "Leverandørtvist", f->w.member, 15);
  g_autoptr(GError) error = NULL;
  g_autofree char *detail = NULL;
  gint64 counter;

  update_text (f->store, "agenda_item", exempt, "legal_basis", "offl. § 13 jf. fvl. § 13");
  update_text (f->store, "agenda_item", exempt, "confidentiality", "exempt");
  g_assert_cmpint (count_audit (f->path, "unlock", "agenda_item", exempt, NULL), ==, 0);

  counter = styre_store_get_change_counter (f->store);
  g_assert_true (styre_store_audit_unlock (f->store, exempt, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (f->path, "unlock", "agenda_item", exempt, &detail), ==, 1);
  g_assert_nonnull (strstr (detail, "\"legal_basis\":\"offl. § 13 jf. fvl. § 13\""));
  g_assert_nonnull (strstr (detail, "\"shown_on\":\"projector\""));
  /* It changes no data: nobody else needs to read the file again. */
  g_assert_cmpint (styre_store_get_change_counter (f->store), ==, counter);

  /* An open item has nothing to unlock. */
  g_assert_false (styre_store_audit_unlock (f->store, open, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_audit (f->path, "unlock", "agenda_item", open, NULL), ==, 0);

  /* A file opened read-only cannot record it, so the item is not shown. */
  {
    g_autoptr(StyreStore) ro = styre_store_open (f->path, STYRE_OPEN_READ_ONLY, &error);

    g_assert_no_error (error);
    g_assert_false (styre_store_audit_unlock (ro, exempt, &error));
    g_assert_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY);
  }
  g_assert_cmpint (count_audit (f->path, "unlock", "agenda_item", exempt, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/agenda/slots", test_slots);
  ADD ("/agenda/planned-times-and-overrun", test_planned_times_and_overrun);
  ADD ("/agenda/case-numbers", test_case_numbers);
  ADD ("/agenda/three-digit-numbers", test_three_digit_numbers);
  ADD ("/agenda/validation", test_validation);
  ADD ("/agenda/exempt-needs-legal-basis", test_exempt_needs_legal_basis);
  ADD ("/agenda/held-and-approved", test_held_and_approved);
  ADD ("/agenda/adopt-as-proposed", test_adopt_as_proposed);
  ADD ("/agenda/follow-up-carried", test_follow_up_carried);
  ADD ("/agenda/gate-decision", test_gate_decision);
  ADD ("/agenda/new-meeting-offers-gates", test_new_meeting_offers_gates);
  ADD ("/agenda/sequence-and-changes-since-notice", test_sequence_and_changes_since_notice);
  g_test_add_func ("/agenda/decision-points", test_decision_points);
  g_test_add_func ("/agenda/markdown", test_markdown);
  g_test_add_func ("/agenda/diff", test_diff);
  ADD ("/agenda/ics", test_ics);
  ADD ("/agenda/ics-sequence-grows", test_ics_sequence_grows);
  ADD ("/agenda/followup-csv", test_followup_csv);
  ADD ("/agenda/new-forum", test_new_forum);
  ADD ("/agenda/projector-times-in-minutes", test_projector_times_in_minutes);
  ADD ("/agenda/unlock-is-audited", test_unlock_is_audited);
  g_test_add_func ("/agenda/demo-meetings-load", test_demo_meetings_load);

  return g_test_run ();
}
