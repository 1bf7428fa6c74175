/* styre-agenda.c — one meeting as read from the file, and its planned times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-agenda"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "styre-agenda.h"
#include "styre-agenda-private.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-store-private.h"
#include "styre-vocabulary.h"

G_DEFINE_BOXED_TYPE (StyreAgenda, styre_agenda, styre_agenda_ref, styre_agenda_unref)

/* ── freeing ─────────────────────────────────────────────────────────────────────────── */

static void
participant_free (gpointer data)
{
  StyreParticipant *p = data;

  g_free (p->name);
  g_free (p->job_title);
  g_free (p->agency);
  g_free (p->email);
  g_free (p->role);
  g_free (p->attendance);
  g_free (p->absence_reason);
  g_free (p->substitute_for_name);
  g_free (p);
}

static void
item_initiative_free (gpointer data)
{
  StyreItemInitiative *i = data;

  g_free (i->code);
  g_free (i->title);
  g_free (i->phase);
  g_free (i->lifecycle);
  g_free (i);
}

static void
item_view_free (gpointer data)
{
  StyreItemView *v = data;

  g_free (v->chart);
  g_free (v->filters);
  g_free (v->as_of);
  g_free (v);
}

static void
item_attachment_free (gpointer data)
{
  StyreItemAttachment *a = data;

  g_free (a->title);
  g_free (a->location);
  g_free (a);
}

static void
item_guest_free (gpointer data)
{
  StyreItemGuest *g = data;

  g_free (g->name);
  g_free (g);
}

static void
item_gate_decision_free (gpointer data)
{
  StyreItemGateDecision *d = data;

  g_free (d->initiative_code);
  g_free (d->gate);
  g_free (d->decided_on);
  g_free (d->outcome);
  g_free (d->conditions);
  g_free (d);
}

void
styre_agenda_action_free (StyreAgendaAction *a)
{
  if (a == NULL)
    return;
  g_free (a->title);
  g_free (a->description);
  g_free (a->owner_name);
  g_free (a->due_on);
  g_free (a->status);
  g_free (a->created_on);
  g_free (a->closed_on);
  g_free (a->latest_note);
  g_free (a->confidentiality);
  g_free (a->legal_basis);
  g_free (a->origin_case_number);
  g_free (a->origin_meeting_date);
  g_free (a->origin_legal_basis);
  g_free (a);
}

void
styre_agenda_item_free (StyreAgendaItem *item)
{
  if (item == NULL)
    return;
  g_free (item->case_number);
  g_free (item->standing_kind);
  g_free (item->item_type);
  g_free (item->title);
  g_free (item->presenter_name);
  g_free (item->presenter_text);
  g_free (item->summary);
  g_free (item->background);
  g_free (item->assessment);
  g_free (item->proposed_decision);
  g_free (item->decision);
  g_free (item->outcome);
  g_free (item->dissent);
  g_free (item->minutes_note);
  g_free (item->confidentiality);
  g_free (item->legal_basis);
  g_free (item->actual_start);
  g_free (item->actual_end);
  g_clear_pointer (&item->initiatives, g_ptr_array_unref);
  g_clear_pointer (&item->views, g_ptr_array_unref);
  g_clear_pointer (&item->attachments, g_ptr_array_unref);
  g_clear_pointer (&item->guests, g_ptr_array_unref);
  g_clear_pointer (&item->actions, g_ptr_array_unref);
  g_clear_pointer (&item->gate_decisions, g_ptr_array_unref);
  g_free (item);
}

StyreAgendaItem *
styre_agenda_item_new (void)
{
  StyreAgendaItem *item = g_new0 (StyreAgendaItem, 1);

  item->initiatives = g_ptr_array_new_with_free_func (item_initiative_free);
  item->views = g_ptr_array_new_with_free_func (item_view_free);
  item->attachments = g_ptr_array_new_with_free_func (item_attachment_free);
  item->guests = g_ptr_array_new_with_free_func (item_guest_free);
  item->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_agenda_action_free);
  item->gate_decisions = g_ptr_array_new_with_free_func (item_gate_decision_free);
  return item;
}

static void
agenda_clear (gpointer data)
{
  StyreAgenda *a = data;

  g_free (a->forum_name);
  g_free (a->forum_short_name);
  g_free (a->organisation_name);
  g_free (a->title);
  g_free (a->starts_at);
  g_free (a->ends_at);
  g_free (a->place);
  g_free (a->video_link);
  g_free (a->chair_name);
  g_free (a->secretary_name);
  g_free (a->secretary_email);
  g_free (a->state);
  g_free (a->notice_sent_at);
  g_free (a->held_at);
  g_free (a->minutes_approved_at);
  g_free (a->uid);
  g_clear_pointer (&a->participants, g_ptr_array_unref);
  g_clear_pointer (&a->items, g_ptr_array_unref);
  g_clear_pointer (&a->follow_up, g_ptr_array_unref);
}

StyreAgenda *
styre_agenda_new (void)
{
  StyreAgenda *a = g_atomic_rc_box_new0 (StyreAgenda);

  a->participants = g_ptr_array_new_with_free_func (participant_free);
  a->items = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_agenda_item_free);
  a->follow_up = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_agenda_action_free);
  return a;
}

StyreAgenda *
styre_agenda_ref (StyreAgenda *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
styre_agenda_unref (StyreAgenda *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, agenda_clear);
}

/* ── copying (for the public view) ───────────────────────────────────────────────────── */

StyreParticipant *
styre_participant_copy (const StyreParticipant *p)
{
  StyreParticipant *c = g_memdup2 (p, sizeof *p);

  c->name = g_strdup (p->name);
  c->job_title = g_strdup (p->job_title);
  c->agency = g_strdup (p->agency);
  c->email = g_strdup (p->email);
  c->role = g_strdup (p->role);
  c->attendance = g_strdup (p->attendance);
  c->absence_reason = g_strdup (p->absence_reason);
  c->substitute_for_name = g_strdup (p->substitute_for_name);
  return c;
}

StyreAgendaAction *
styre_agenda_action_copy (const StyreAgendaAction *a)
{
  StyreAgendaAction *c = g_memdup2 (a, sizeof *a);

  c->title = g_strdup (a->title);
  c->description = g_strdup (a->description);
  c->owner_name = g_strdup (a->owner_name);
  c->due_on = g_strdup (a->due_on);
  c->status = g_strdup (a->status);
  c->created_on = g_strdup (a->created_on);
  c->closed_on = g_strdup (a->closed_on);
  c->latest_note = g_strdup (a->latest_note);
  c->confidentiality = g_strdup (a->confidentiality);
  c->legal_basis = g_strdup (a->legal_basis);
  c->origin_case_number = g_strdup (a->origin_case_number);
  c->origin_meeting_date = g_strdup (a->origin_meeting_date);
  c->origin_legal_basis = g_strdup (a->origin_legal_basis);
  return c;
}

StyreItemInitiative *
styre_item_initiative_copy (const StyreItemInitiative *i)
{
  StyreItemInitiative *c = g_memdup2 (i, sizeof *i);

  c->code = g_strdup (i->code);
  c->title = g_strdup (i->title);
  c->phase = g_strdup (i->phase);
  c->lifecycle = g_strdup (i->lifecycle);
  return c;
}

StyreItemView *
styre_item_view_copy (const StyreItemView *v)
{
  StyreItemView *c = g_memdup2 (v, sizeof *v);

  c->chart = g_strdup (v->chart);
  c->filters = g_strdup (v->filters);
  c->as_of = g_strdup (v->as_of);
  return c;
}

StyreItemAttachment *
styre_item_attachment_copy (const StyreItemAttachment *a)
{
  StyreItemAttachment *c = g_memdup2 (a, sizeof *a);

  c->title = g_strdup (a->title);
  c->location = g_strdup (a->location);
  return c;
}

StyreItemGuest *
styre_item_guest_copy (const StyreItemGuest *g)
{
  StyreItemGuest *c = g_memdup2 (g, sizeof *g);

  c->name = g_strdup (g->name);
  return c;
}

StyreItemGateDecision *
styre_item_gate_decision_copy (const StyreItemGateDecision *d)
{
  StyreItemGateDecision *c = g_memdup2 (d, sizeof *d);

  c->initiative_code = g_strdup (d->initiative_code);
  c->gate = g_strdup (d->gate);
  c->decided_on = g_strdup (d->decided_on);
  c->outcome = g_strdup (d->outcome);
  c->conditions = g_strdup (d->conditions);
  return c;
}

/* ── reading ─────────────────────────────────────────────────────────────────────────── */

static char *
dup_text (sqlite3_stmt *stmt,
          int           i)
{
  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, i));
}

/* Like dup_text(), but "" for NULL: for the columns that are NOT NULL DEFAULT ''. */
static char *
dup_text0 (sqlite3_stmt *stmt,
           int           i)
{
  const char *s = (const char *) sqlite3_column_text (stmt, i);

  return g_strdup (s ? s : "");
}

static gint64
col_id (sqlite3_stmt *stmt,
        int           i)
{
  return sqlite3_column_type (stmt, i) == SQLITE_NULL ? 0 : sqlite3_column_int64 (stmt, i);
}

static sqlite3_stmt *
prepare (StyreStore  *store,
         const char  *sql,
         GError     **error)
{
  return styre_sqlite_prepare (styre_store_get_db (store), sql, error);
}

static gboolean
finish (StyreStore    *store,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  return styre_sqlite_finish (styre_store_get_db (store), stmt, rc, error);
}

static gboolean
read_meeting (StyreStore   *store,
              StyreAgenda  *a,
              GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (store,
    "SELECT m.version, m.forum_id, f.name, f.short_name, f.case_number_digits, "
    "       f.number_standing_items, m.title, m.starts_at, m.ends_at, m.place, m.video_link, "
    "       m.chair_id, c.name, m.secretary_id, s.name, s.email, m.state, m.notice_sent_at, "
    "       m.held_at, m.minutes_approved_at, m.uid, m.sequence, "
    "       (SELECT p.id FROM meeting AS p WHERE p.forum_id = m.forum_id "
    "        AND (p.starts_at < m.starts_at OR (p.starts_at = m.starts_at AND p.id < m.id)) "
    "        ORDER BY p.starts_at DESC, p.id DESC LIMIT 1), "
    "       EXISTS (SELECT 1 FROM portfolio_snapshot WHERE meeting_id = m.id) "
    "FROM meeting AS m JOIN forum AS f ON f.id = m.forum_id "
    "LEFT JOIN person AS c ON c.id = m.chair_id "
    "LEFT JOIN person AS s ON s.id = m.secretary_id "
    "WHERE m.id = ?1",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, a->id);

      sqlite3_finalize (stmt);
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                   _("There is no meeting with the number %s in the file."), number);
      return FALSE;
    }
  if (rc == SQLITE_ROW)
    {
      a->version = sqlite3_column_int64 (stmt, 0);
      a->forum_id = sqlite3_column_int64 (stmt, 1);
      a->forum_name = dup_text0 (stmt, 2);
      a->forum_short_name = dup_text0 (stmt, 3);
      a->case_number_digits = sqlite3_column_int (stmt, 4);
      a->number_standing_items = sqlite3_column_int (stmt, 5) != 0;
      a->title = dup_text0 (stmt, 6);
      a->starts_at = dup_text0 (stmt, 7);
      a->ends_at = dup_text0 (stmt, 8);
      a->place = dup_text0 (stmt, 9);
      a->video_link = dup_text0 (stmt, 10);
      a->chair_id = col_id (stmt, 11);
      a->chair_name = dup_text (stmt, 12);
      a->secretary_id = col_id (stmt, 13);
      a->secretary_name = dup_text (stmt, 14);
      a->secretary_email = dup_text (stmt, 15);
      a->state = dup_text0 (stmt, 16);
      a->notice_sent_at = dup_text (stmt, 17);
      a->held_at = dup_text (stmt, 18);
      a->minutes_approved_at = dup_text (stmt, 19);
      a->uid = dup_text0 (stmt, 20);
      a->sequence = sqlite3_column_int (stmt, 21);
      a->previous_meeting_id = col_id (stmt, 22);
      a->has_snapshot = sqlite3_column_int (stmt, 23) != 0;
      rc = SQLITE_DONE;
    }
  return finish (store, stmt, rc, error);
}

static gboolean
read_participants (StyreStore   *store,
                   StyreAgenda  *a,
                   GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (store,
    "SELECT x.id, x.version, x.person_id, p.name, p.job_title, coalesce(g.short_name, g.name), "
    "       p.email, x.role, x.attendance, x.absence_reason, x.substitute_for_id, s.name, "
    "       x.position "
    "FROM participant AS x JOIN person AS p ON p.id = x.person_id "
    "LEFT JOIN agency AS g ON g.id = p.agency_id "
    "LEFT JOIN person AS s ON s.id = x.substitute_for_id "
    "WHERE x.meeting_id = ?1 ORDER BY x.position, x.id",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreParticipant *p = g_new0 (StyreParticipant, 1);

      p->id = sqlite3_column_int64 (stmt, 0);
      p->version = sqlite3_column_int64 (stmt, 1);
      p->person_id = sqlite3_column_int64 (stmt, 2);
      p->name = dup_text0 (stmt, 3);
      p->job_title = dup_text0 (stmt, 4);
      p->agency = dup_text0 (stmt, 5);
      p->email = dup_text0 (stmt, 6);
      p->role = dup_text0 (stmt, 7);
      p->attendance = dup_text0 (stmt, 8);
      p->absence_reason = dup_text0 (stmt, 9);
      p->substitute_for_id = col_id (stmt, 10);
      p->substitute_for_name = dup_text (stmt, 11);
      p->position = sqlite3_column_int (stmt, 12);
      g_ptr_array_add (a->participants, p);
    }
  return finish (store, stmt, rc, error);
}

static gboolean
read_items (StyreStore   *store,
            StyreAgenda  *a,
            GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (store,
    "SELECT x.id, x.version, x.position, x.case_seq, x.case_year, x.standing_kind, "
    "       x.item_type, x.title, x.presenter_id, p.name, x.presenter_text, "
    "       x.planned_minutes, x.summary, x.background, x.assessment, x.proposed_decision, "
    "       x.decision, x.outcome, x.dissent, x.minutes_note, x.needs_follow_up, "
    "       x.confidentiality, x.legal_basis, x.actual_start, x.actual_end "
    "FROM agenda_item AS x LEFT JOIN person AS p ON p.id = x.presenter_id "
    "WHERE x.meeting_id = ?1 ORDER BY x.position, x.id",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreAgendaItem *item = styre_agenda_item_new ();

      item->id = sqlite3_column_int64 (stmt, 0);
      item->version = sqlite3_column_int64 (stmt, 1);
      item->meeting_id = a->id;
      item->position = sqlite3_column_int (stmt, 2);
      item->case_seq = (int) col_id (stmt, 3);
      item->case_year = (int) col_id (stmt, 4);
      if (item->case_seq > 0)
        item->case_number = styre_format_case_number (item->case_seq, item->case_year,
                                                      a->case_number_digits);
      item->standing_kind = dup_text (stmt, 5);
      item->item_type = dup_text0 (stmt, 6);
      item->title = dup_text0 (stmt, 7);
      item->presenter_id = col_id (stmt, 8);
      item->presenter_name = dup_text (stmt, 9);
      item->presenter_text = dup_text0 (stmt, 10);
      item->planned_minutes = (int) col_id (stmt, 11);
      item->summary = dup_text0 (stmt, 12);
      item->background = dup_text0 (stmt, 13);
      item->assessment = dup_text0 (stmt, 14);
      item->proposed_decision = dup_text0 (stmt, 15);
      item->decision = dup_text0 (stmt, 16);
      item->outcome = dup_text (stmt, 17);
      item->dissent = dup_text0 (stmt, 18);
      item->minutes_note = dup_text0 (stmt, 19);
      item->needs_follow_up = sqlite3_column_int (stmt, 20) != 0;
      item->confidentiality = dup_text0 (stmt, 21);
      item->legal_basis = dup_text (stmt, 22);
      item->actual_start = dup_text (stmt, 23);
      item->actual_end = dup_text (stmt, 24);
      g_ptr_array_add (a->items, item);
    }
  return finish (store, stmt, rc, error);
}

/* Runs @sql for the meeting's items; @add gets the item and the row. */
static gboolean
read_item_rows (StyreStore   *store,
                StyreAgenda  *a,
                const char   *sql,
                void        (*add) (StyreAgendaItem *item, sqlite3_stmt *stmt),
                GError      **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < a->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (a->items, i);
      g_hash_table_insert (by_id, &item->id, item);
    }

  stmt = prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 item_id = sqlite3_column_int64 (stmt, 0);
      StyreAgendaItem *item = g_hash_table_lookup (by_id, &item_id);

      if (item != NULL)
        add (item, stmt);
    }
  return finish (store, stmt, rc, error);
}

static void
add_initiative (StyreAgendaItem *item,
                sqlite3_stmt    *stmt)
{
  StyreItemInitiative *i = g_new0 (StyreItemInitiative, 1);

  i->id = sqlite3_column_int64 (stmt, 1);
  i->version = sqlite3_column_int64 (stmt, 2);
  i->initiative_id = sqlite3_column_int64 (stmt, 3);
  i->code = dup_text0 (stmt, 4);
  i->title = dup_text0 (stmt, 5);
  i->phase = dup_text0 (stmt, 6);
  i->lifecycle = dup_text0 (stmt, 7);
  i->exempt = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 8), "exempt") == 0;
  g_ptr_array_add (item->initiatives, i);
}

static void
add_view (StyreAgendaItem *item,
          sqlite3_stmt    *stmt)
{
  StyreItemView *v = g_new0 (StyreItemView, 1);

  v->id = sqlite3_column_int64 (stmt, 1);
  v->version = sqlite3_column_int64 (stmt, 2);
  v->position = sqlite3_column_int (stmt, 3);
  v->chart = dup_text0 (stmt, 4);
  v->filters = dup_text0 (stmt, 5);
  v->as_of = dup_text (stmt, 6);
  g_ptr_array_add (item->views, v);
}

static void
add_attachment (StyreAgendaItem *item,
                sqlite3_stmt    *stmt)
{
  StyreItemAttachment *at = g_new0 (StyreItemAttachment, 1);

  at->id = sqlite3_column_int64 (stmt, 1);
  at->version = sqlite3_column_int64 (stmt, 2);
  at->position = sqlite3_column_int (stmt, 3);
  at->title = dup_text0 (stmt, 4);
  at->location = dup_text0 (stmt, 5);
  g_ptr_array_add (item->attachments, at);
}

static void
add_guest (StyreAgendaItem *item,
           sqlite3_stmt    *stmt)
{
  StyreItemGuest *g = g_new0 (StyreItemGuest, 1);

  g->id = sqlite3_column_int64 (stmt, 1);
  g->version = sqlite3_column_int64 (stmt, 2);
  g->person_id = sqlite3_column_int64 (stmt, 3);
  g->name = dup_text0 (stmt, 4);
  g_ptr_array_add (item->guests, g);
}

static void
add_gate_decision (StyreAgendaItem *item,
                   sqlite3_stmt    *stmt)
{
  StyreItemGateDecision *d = g_new0 (StyreItemGateDecision, 1);

  d->id = sqlite3_column_int64 (stmt, 1);
  d->version = sqlite3_column_int64 (stmt, 2);
  d->initiative_id = sqlite3_column_int64 (stmt, 3);
  d->initiative_code = dup_text0 (stmt, 4);
  d->gate = dup_text0 (stmt, 5);
  d->decided_on = dup_text0 (stmt, 6);
  d->outcome = dup_text0 (stmt, 7);
  d->conditions = dup_text0 (stmt, 8);
  g_ptr_array_add (item->gate_decisions, d);
}

/* The columns read_action() expects, after a leading column the caller chooses. */
#define ACTION_COLUMNS \
  "x.id, x.version, x.origin_item_id, x.initiative_id, x.owner_id, x.closed_in_meeting_id, " \
  "x.title, x.description, o.name, x.due_on, x.status, x.created_on, x.closed_on, " \
  "x.latest_note, x.confidentiality, x.legal_basis, ai.case_seq, ai.case_year, " \
  "f.case_number_digits, substr(om.starts_at, 1, 10), ai.confidentiality, ai.legal_basis "

#define ACTION_JOINS \
  "FROM action_item AS x LEFT JOIN person AS o ON o.id = x.owner_id " \
  "LEFT JOIN agenda_item AS ai ON ai.id = x.origin_item_id " \
  "LEFT JOIN meeting AS om ON om.id = ai.meeting_id " \
  "LEFT JOIN forum AS f ON f.id = om.forum_id "

static StyreAgendaAction *
read_action (sqlite3_stmt *stmt,
             int           first,
             const char   *as_of)
{
  StyreAgendaAction *x = g_new0 (StyreAgendaAction, 1);
  int c = first;

  x->id = sqlite3_column_int64 (stmt, c++);
  x->version = sqlite3_column_int64 (stmt, c++);
  x->origin_item_id = col_id (stmt, c++);
  x->initiative_id = col_id (stmt, c++);
  x->owner_id = col_id (stmt, c++);
  x->closed_in_meeting_id = col_id (stmt, c++);
  x->title = dup_text0 (stmt, c++);
  x->description = dup_text0 (stmt, c++);
  x->owner_name = dup_text (stmt, c++);
  x->due_on = dup_text (stmt, c++);
  x->status = dup_text0 (stmt, c++);
  x->created_on = dup_text0 (stmt, c++);
  x->closed_on = dup_text (stmt, c++);
  x->latest_note = dup_text0 (stmt, c++);
  x->confidentiality = dup_text0 (stmt, c++);
  x->legal_basis = dup_text (stmt, c++);
  if (sqlite3_column_type (stmt, c) != SQLITE_NULL)
    x->origin_case_number = styre_format_case_number (sqlite3_column_int (stmt, c),
                                                      sqlite3_column_int (stmt, c + 1),
                                                      col_id (stmt, c + 2) > 0
                                                      ? (int) col_id (stmt, c + 2) : 2);
  c += 3;
  x->origin_meeting_date = dup_text (stmt, c++);
  x->origin_exempt = g_strcmp0 ((const char *) sqlite3_column_text (stmt, c++), "exempt") == 0;
  x->origin_legal_basis = dup_text (stmt, c++);

  x->overdue = as_of != NULL && x->due_on != NULL && strcmp (x->due_on, as_of) < 0
               && (g_str_equal (x->status, "open") || g_str_equal (x->status, "in_progress")
                   || (x->closed_on != NULL && strcmp (x->closed_on, as_of) >= 0));
  return x;
}

static void
add_action (StyreAgendaItem *item,
            sqlite3_stmt    *stmt)
{
  g_ptr_array_add (item->actions, read_action (stmt, 1, NULL));
}

/* What the forum's follow-up item lists at this meeting: actions from its earlier
 * meetings that were still open when it began, and those closed in it. */
static gboolean
read_follow_up (StyreStore   *store,
                StyreAgenda  *a,
                GError      **error)
{
  g_autofree char *date = g_strndup (a->starts_at, 10);
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (store,
    "SELECT " ACTION_COLUMNS ACTION_JOINS
    "WHERE om.forum_id = ?1 AND om.id <> ?2 AND om.starts_at < ?3 "
    "  AND (x.status IN ('open', 'in_progress') OR x.closed_in_meeting_id = ?2 "
    "       OR (x.closed_on IS NOT NULL AND x.closed_on >= ?4 "
    "           AND (x.closed_in_meeting_id IS NULL OR x.closed_in_meeting_id IN "
    "                (SELECT id FROM meeting WHERE starts_at >= ?3)))) "
    "ORDER BY (x.due_on IS NOT NULL AND x.due_on < ?4) DESC, x.due_on IS NULL, x.due_on, x.id",
    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a->forum_id);
  sqlite3_bind_int64 (stmt, 2, a->id);
  sqlite3_bind_text (stmt, 3, a->starts_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, date, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (a->follow_up, read_action (stmt, 0, date));
  return finish (store, stmt, rc, error);
}

/**
 * styre_store_load_agenda:
 *
 * Reads one meeting whole: the meeting, its participants, its items with everything
 * linked to them, and what its follow-up item lists; plans the items' times.
 *
 * Returns: (transfer full): the agenda, or %NULL with %STYRE_ERROR_NOT_FOUND
 */
StyreAgenda *
styre_store_load_agenda (StyreStore  *store,
                         gint64       meeting_id,
                         GError     **error)
{
  g_autoptr(StyreAgenda) a = styre_agenda_new ();
  gboolean ok;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  a->id = meeting_id;
  a->organisation_name = g_strdup (styre_store_get_organisation_name (store));

  styre_store_lock (store);
  ok = styre_agenda_read_locked (store, a, error);
  styre_store_unlock (store);
  if (!ok)
    return NULL;
  return g_steal_pointer (&a);
}

/* With the store's lock held (and perhaps inside a transaction). */
gboolean
styre_agenda_read_locked (StyreStore   *store,
                          StyreAgenda  *a,
                          GError      **error)
{
  gboolean ok;

  ok = read_meeting (store, a, error)
    && read_participants (store, a, error)
    && read_items (store, a, error)
    && read_item_rows (store, a,
         "SELECT l.agenda_item_id, l.id, l.version, i.id, i.code, i.title, i.phase, "
         "       i.lifecycle, i.confidentiality "
         "FROM agenda_item_initiative AS l JOIN initiative AS i ON i.id = l.initiative_id "
         "JOIN agenda_item AS x ON x.id = l.agenda_item_id WHERE x.meeting_id = ?1 "
         "ORDER BY i.code",
         add_initiative, error)
    && read_item_rows (store, a,
         "SELECT v.agenda_item_id, v.id, v.version, v.position, v.chart, v.filters, v.as_of "
         "FROM agenda_item_view AS v JOIN agenda_item AS x ON x.id = v.agenda_item_id "
         "WHERE x.meeting_id = ?1 ORDER BY v.position, v.id",
         add_view, error)
    && read_item_rows (store, a,
         "SELECT t.agenda_item_id, t.id, t.version, t.position, t.title, t.location "
         "FROM attachment AS t JOIN agenda_item AS x ON x.id = t.agenda_item_id "
         "WHERE x.meeting_id = ?1 ORDER BY t.position, t.id",
         add_attachment, error)
    && read_item_rows (store, a,
         "SELECT g.agenda_item_id, g.id, g.version, g.person_id, p.name "
         "FROM agenda_item_guest AS g JOIN person AS p ON p.id = g.person_id "
         "JOIN agenda_item AS x ON x.id = g.agenda_item_id WHERE x.meeting_id = ?1 "
         "ORDER BY p.name",
         add_guest, error)
    && read_item_rows (store, a,
         "SELECT x.origin_item_id, " ACTION_COLUMNS ACTION_JOINS
         "WHERE ai.meeting_id = ?1 ORDER BY x.id",
         add_action, error)
    && read_item_rows (store, a,
         "SELECT d.agenda_item_id, d.id, d.version, d.initiative_id, i.code, d.gate, "
         "       d.decided_on, d.outcome, d.conditions "
         "FROM gate_decision AS d JOIN initiative AS i ON i.id = d.initiative_id "
         "JOIN agenda_item AS x ON x.id = d.agenda_item_id WHERE x.meeting_id = ?1 "
         "ORDER BY d.id",
         add_gate_decision, error)
    && read_follow_up (store, a, error);

  if (ok)
    styre_agenda_plan_times (a);
  return ok;
}

/* ── looking things up ───────────────────────────────────────────────────────────────── */

/**
 * styre_agenda_find_item:
 *
 * Returns: (transfer none) (nullable): the item with @item_id
 */
StyreAgendaItem *
styre_agenda_find_item (StyreAgenda *self,
                        gint64       item_id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (self->items, i);
      if (item->id == item_id)
        return item;
    }
  return NULL;
}

guint
styre_agenda_count_exempt (StyreAgenda *self)
{
  guint n = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (self->items, i);
      n += g_strcmp0 (item->confidentiality, "exempt") == 0;
    }
  return n;
}

/* Approved minutes are locked: the store refuses changes to the record. */
gboolean
styre_agenda_is_locked (StyreAgenda *self)
{
  return g_strcmp0 (self->state, "minutes_approved") == 0;
}

/* ── time ────────────────────────────────────────────────────────────────────────────── */

static int
minute_of (const char *local)
{
  int h, m;

  if (local == NULL || strlen (local) < 16 || sscanf (local + 11, "%2d:%2d", &h, &m) != 2)
    return -1;
  return h * 60 + m;
}

/* Whole days from @a to @b, both 'YYYY-MM-DD…'. */
static int
days_between (const char *a,
              const char *b)
{
  g_autoptr(GDate) da = styre_date_from_iso (a);
  g_autoptr(GDate) db = styre_date_from_iso (b);

  if (da == NULL || db == NULL)
    return 0;
  return g_date_days_between (da, db);
}

/**
 * styre_agenda_compute_slots:
 * @start_minute: when the meeting starts, minutes since midnight
 * @durations: each item's planned minutes, in agenda order (0 or less: not set)
 * @slots: (out caller-allocates) (array length=n): each item's start and end
 *
 * Items follow one another without pauses; an item without a duration takes no time
 * (validation asks for one before the notice is sent).
 *
 * Returns: when the last item ends, minutes since midnight
 */
int
styre_agenda_compute_slots (int            start_minute,
                            const int     *durations,
                            guint          n,
                            StyreTimeSlot *slots)
{
  int clock = start_minute;

  for (guint i = 0; i < n; i++)
    {
      slots[i].start = clock;
      clock += MAX (0, durations[i]);
      slots[i].end = clock;
    }
  return clock;
}

/**
 * styre_agenda_plan_times:
 *
 * Fills each item's planned start and end, and the meeting's planned end, from the
 * meeting's start and the items' durations in their current order.
 */
void
styre_agenda_plan_times (StyreAgenda *self)
{
  g_autofree int *durations = g_new0 (int, MAX (1, self->items->len));
  g_autofree StyreTimeSlot *slots = g_new0 (StyreTimeSlot, MAX (1, self->items->len));
  int end;

  self->start_minute = MAX (0, minute_of (self->starts_at));
  end = minute_of (self->ends_at);
  if (end < 0)
    end = self->start_minute;
  self->booked_end_minute = end + 24 * 60 * days_between (self->starts_at, self->ends_at);

  for (guint i = 0; i < self->items->len; i++)
    durations[i] = ((StyreAgendaItem *) g_ptr_array_index (self->items, i))->planned_minutes;
  self->planned_end_minute = styre_agenda_compute_slots (self->start_minute, durations,
                                                         self->items->len, slots);
  for (guint i = 0; i < self->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (self->items, i);
      item->planned_start = slots[i].start;
      item->planned_end = slots[i].end;
    }
}

/**
 * styre_agenda_get_overrun:
 *
 * Returns: how many minutes the agenda runs past the booked end; 0 when it fits
 */
int
styre_agenda_get_overrun (StyreAgenda *self)
{
  return MAX (0, self->planned_end_minute - self->booked_end_minute);
}

/**
 * styre_agenda_format_minute:
 * @minute: minutes since midnight (may pass midnight)
 *
 * Returns: "kl. 09.40" (nb, nn), "09:40" (en)
 */
char *
styre_agenda_format_minute (int minute)
{
  minute = ((minute % (24 * 60)) + 24 * 60) % (24 * 60);
  return styre_format_time (minute / 60, minute % 60);
}

/**
 * styre_agenda_parse_time:
 * @text: a meeting time, local Europe/Oslo 'YYYY-MM-DDTHH:MM', or a UTC timestamp
 *   'YYYY-MM-DDTHH:MM:SSZ' as the meeting clock records an item's actual start and end
 *
 * Returns: (transfer full) (nullable): the time in Europe/Oslo, or %NULL
 */
GDateTime *
styre_agenda_parse_time (const char *text)
{
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL || strlen (text) < 16 || oslo == NULL)
    return NULL;
  if (strlen (text) == 16)
    {
      g_autofree char *with_seconds = g_strdup_printf ("%s:00", text);
      dt = g_date_time_new_from_iso8601 (with_seconds, oslo);
    }
  else
    dt = g_date_time_new_from_iso8601 (text, oslo);
  if (dt == NULL)
    return NULL;
  return g_date_time_to_timezone (dt, oslo);
}

/**
 * styre_agenda_format_clock:
 * @text: see styre_agenda_parse_time()
 *
 * Returns: (transfer full): "kl. 09.42" (nb), "09:42" (en), or "" when @text is not a time
 */
char *
styre_agenda_format_clock (const char *text)
{
  g_autoptr(GDateTime) dt = styre_agenda_parse_time (text);

  if (dt == NULL)
    return g_strdup ("");
  return styre_format_time (g_date_time_get_hour (dt), g_date_time_get_minute (dt));
}

/**
 * styre_agenda_format_clock_range:
 *
 * "kl. 09.42–10.05" for an item's actual start and end, as the meeting clock wrote them.
 */
char *
styre_agenda_format_clock_range (const char *start,
                                 const char *end)
{
  g_autoptr(GDateTime) from = styre_agenda_parse_time (start);
  g_autoptr(GDateTime) to = styre_agenda_parse_time (end);
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  if (from == NULL)
    return g_strdup ("");
  from_text = g_date_time_format (from, "%Y-%m-%dT%H:%M");
  if (to != NULL)
    to_text = g_date_time_format (to, "%Y-%m-%dT%H:%M");
  return styre_format_time_range (from_text, to_text);
}

/**
 * styre_agenda_used_minutes:
 *
 * Returns: the minutes the item actually took (from the meeting clock), or -1
 */
int
styre_agenda_used_minutes (const StyreAgendaItem *item)
{
  g_autoptr(GDateTime) start = styre_agenda_parse_time (item->actual_start);
  g_autoptr(GDateTime) end = styre_agenda_parse_time (item->actual_end);

  if (start == NULL || end == NULL)
    return -1;
  return (int) (g_date_time_difference (end, start) / G_TIME_SPAN_MINUTE);
}

/* ── words ───────────────────────────────────────────────────────────────────────────── */

/**
 * styre_agenda_describe_item_kind:
 *
 * Returns: the item's kind in words: "Decision", or the standing item's kind
 */
char *
styre_agenda_describe_item_kind (const StyreAgendaItem *item)
{
  return g_strdup (styre_vocabulary_label (STYRE_VOCAB_ITEM_TYPE, item->item_type));
}

/**
 * styre_agenda_get_display_title:
 *
 * Returns: the meeting's title, or the forum's name when it has none
 */
char *
styre_agenda_get_display_title (StyreAgenda *self)
{
  if (self->title != NULL && *self->title != '\0')
    return g_strdup (self->title);
  return g_strdup (self->forum_name);
}

/**
 * styre_agenda_get_classification:
 *
 * What a document made from the agenda says about public access, in its header.
 */
char *
styre_agenda_get_classification (StyreAgenda *self)
{
  g_autoptr(GPtrArray) bases = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (self->is_public)
    /* Translators: in the header of a document with the exempt items left out */
    return g_strdup (_("Public version"));

  for (guint i = 0; i < self->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (self->items, i);
      if (g_strcmp0 (item->confidentiality, "exempt") == 0 && item->legal_basis != NULL
          && !g_ptr_array_find_with_equal_func (bases, item->legal_basis, g_str_equal, NULL))
        g_ptr_array_add (bases, item->legal_basis);
    }
  if (bases->len == 0)
    /* Translators: in the header of a document with nothing exempt from public access */
    return g_strdup (C_("classification", "Open"));
  g_ptr_array_add (bases, NULL);
  joined = g_strjoinv (", ", (char **) bases->pdata);
  /* Translators: in a document's header; %s is the legal bases, e.g. "offl. § 14".
   * Norwegian: "Delvis unntatt offentlighet, %s" */
  return g_strdup_printf (_("Exempt from public access in part, %s"), joined);
}

/* ── dashboard views ─────────────────────────────────────────────────────────────────── */

static const struct
{
  const char *id;
  const char *label;
} chart_names[] = {
  { "kpi", N_("Key figures") },
  { "rag-heatmap", N_("Status heat map") },
  { "value-risk", N_("Value and risk") },
  { "money", N_("Money") },
  { "five-percent", N_("The 5 % rule") },
  { "status-trend", N_("Status over time") },
  { "roadmap", N_("Roadmap") },
  { "phase-funnel", N_("Phase funnel") },
  { "benefits", N_("Benefits") },
  { "competence", N_("Competence") },
  { "focus-areas", N_("Budget by focus area") },
  { "cross-agency", N_("Across agencies") },
  { "follow-up-ageing", N_("Follow-up ageing") },
  { "since-last-meeting", N_("Since the last meeting") },
};

/**
 * styre_agenda_chart_ids:
 *
 * Returns: (transfer none): the dashboard charts an agenda item can show, %NULL-terminated
 */
const char * const *
styre_agenda_chart_ids (void)
{
  static const char * const ids[] = {
    "kpi", "rag-heatmap", "value-risk", "money", "five-percent", "status-trend", "roadmap",
    "phase-funnel", "benefits", "competence", "focus-areas", "cross-agency",
    "follow-up-ageing", "since-last-meeting", NULL
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (ids) == G_N_ELEMENTS (chart_names) + 1);
  return ids;
}

/**
 * styre_agenda_chart_label:
 *
 * Returns: the chart's name in words, or @chart_id when it is not known
 */
const char *
styre_agenda_chart_label (const char *chart_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (chart_names); i++)
    if (g_strcmp0 (chart_names[i].id, chart_id) == 0)
      return _(chart_names[i].label);
  return chart_id ? chart_id : "";
}

static const char *
filter_label (const char *key)
{
  if (g_str_equal (key, "agency"))
    return _("agency");
  if (g_str_equal (key, "focus_area"))
    return _("focus area");
  if (g_str_equal (key, "kind"))
    return _("kind");
  if (g_str_equal (key, "method"))
    return _("method");
  if (g_str_equal (key, "phase"))
    return _("phase");
  if (g_str_equal (key, "initiative"))
    return _("initiative");
  return key;
}

static const char *
filter_value (const char *key,
              const char *value)
{
  if (g_str_equal (key, "kind"))
    return styre_vocabulary_label (STYRE_VOCAB_INITIATIVE_KIND, value);
  if (g_str_equal (key, "method"))
    return styre_vocabulary_label (STYRE_VOCAB_METHOD, value);
  if (g_str_equal (key, "phase"))
    return styre_vocabulary_label (STYRE_VOCAB_PHASE, value);
  return value;
}

/**
 * styre_agenda_describe_view:
 * @filters_json: (nullable): the view's filters, a flat JSON object
 * @as_of: (nullable): 'YYYY-MM-DD'
 *
 * Returns: the view in words: "Money — focus area: Sammenhengende tjenester — as of
 *   27. november 2026"
 */
char *
styre_agenda_describe_view (const char *chart_id,
                            const char *filters_json,
                            const char *as_of)
{
  g_autoptr(GString) text = g_string_new (styre_agenda_chart_label (chart_id));
  g_autoptr(GPtrArray) filters = styre_json_parse_flat_object (filters_json, NULL);

  for (guint i = 0; filters != NULL && i + 1 < filters->len; i += 2)
    {
      const char *key = g_ptr_array_index (filters, i);
      const char *value = g_ptr_array_index (filters, i + 1);

      if (value == NULL || *value == '\0')
        continue;
      /* Translators: a chart's filter, e.g. " — focus area: Sammenhengende tjenester" */
      g_string_append_printf (text, _(" — %s: %s"), filter_label (key), filter_value (key, value));
    }
  if (as_of != NULL && *as_of != '\0')
    {
      g_autofree char *date = styre_format_date_long (as_of);
      /* Translators: the date a chart shows the portfolio as of */
      g_string_append_printf (text, _(" — as of %s"), date);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ── a small JSON reader for flat objects (the views' filters) ───────────────────────── */

static void
skip_space (const char **p)
{
  while (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r')
    (*p)++;
}

static char *
read_string (const char **p)
{
  g_autoptr(GString) s = g_string_new (NULL);

  if (**p != '"')
    return NULL;
  (*p)++;
  while (**p != '"')
    {
      if (**p == '\0' || (guchar) **p < 0x20)
        return NULL;
      if (**p == '\\')
        {
          (*p)++;
          switch (**p)
            {
            case '"': g_string_append_c (s, '"'); break;
            case '\\': g_string_append_c (s, '\\'); break;
            case '/': g_string_append_c (s, '/'); break;
            case 'b': g_string_append_c (s, '\b'); break;
            case 'f': g_string_append_c (s, '\f'); break;
            case 'n': g_string_append_c (s, '\n'); break;
            case 'r': g_string_append_c (s, '\r'); break;
            case 't': g_string_append_c (s, '\t'); break;
            case 'u':
              {
                char hex[5] = { 0 };
                gunichar c;

                for (int i = 0; i < 4; i++)
                  {
                    if (!g_ascii_isxdigit ((*p)[1 + i]))
                      return NULL;
                    hex[i] = (*p)[1 + i];
                  }
                c = (gunichar) strtoul (hex, NULL, 16);
                if (c == 0 || (c >= 0xD800 && c <= 0xDFFF))
                  c = 0xFFFD;
                g_string_append_unichar (s, c);
                *p += 4;
                break;
              }
            default:
              return NULL;
            }
          (*p)++;
        }
      else
        g_string_append_c (s, *(*p)++);
    }
  (*p)++;
  if (!g_utf8_validate (s->str, s->len, NULL))
    return NULL;
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * styre_json_parse_flat_object:
 * @json: (nullable): e.g. `{"focus_area": "Sammenhengende tjenester", "year": 2026}`
 *
 * Reads a JSON object whose values are strings, numbers, booleans or null (nested values
 * are refused). Numbers and booleans are kept as written; null becomes %NULL.
 *
 * Returns: (transfer full) (nullable): keys and values in turn, or %NULL when @json is
 *   not such an object
 */
GPtrArray *
styre_json_parse_flat_object (const char  *json,
                              GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  const char *p = json;

  if (json == NULL || *json == '\0')
    return g_steal_pointer (&out);

  skip_space (&p);
  if (*p++ != '{')
    goto bad;
  skip_space (&p);
  if (*p == '}')
    {
      p++;
      goto end;
    }
  for (;;)
    {
      char *key;

      skip_space (&p);
      if ((key = read_string (&p)) == NULL)
        goto bad;
      g_ptr_array_add (out, key);
      skip_space (&p);
      if (*p++ != ':')
        goto bad;
      skip_space (&p);
      if (*p == '"')
        {
          char *value = read_string (&p);
          if (value == NULL)
            goto bad;
          g_ptr_array_add (out, value);
        }
      else if (strncmp (p, "null", 4) == 0)
        {
          g_ptr_array_add (out, NULL);
          p += 4;
        }
      else if (strncmp (p, "true", 4) == 0 || strncmp (p, "false", 5) == 0)
        {
          gboolean t = *p == 't';
          g_ptr_array_add (out, g_strdup (t ? "true" : "false"));
          p += t ? 4 : 5;
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          const char *start = p;
          p++;
          while (g_ascii_isdigit (*p) || *p == '.' || *p == 'e' || *p == 'E' || *p == '+'
                 || *p == '-')
            p++;
          g_ptr_array_add (out, g_strndup (start, p - start));
        }
      else
        goto bad;
      skip_space (&p);
      if (*p == ',')
        {
          p++;
          continue;
        }
      if (*p++ != '}')
        goto bad;
      break;
    }

end:
  skip_space (&p);
  if (*p != '\0')
    goto bad;
  return g_steal_pointer (&out);

bad:
  g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                       _("The filters are not a JSON object of simple values."));
  return NULL;
}

/**
 * styre_json_write_flat_object:
 * @pairs: keys and values in turn (%NULL values are left out)
 *
 * Returns: (transfer full): the JSON object, e.g. `{"kind":"pilot"}`
 */
char *
styre_json_write_flat_object (GPtrArray *pairs)
{
  g_autoptr(GString) out = g_string_new ("{");
  gboolean first = TRUE;

  for (guint i = 0; pairs != NULL && i + 1 < pairs->len; i += 2)
    {
      const char *key = g_ptr_array_index (pairs, i);
      const char *value = g_ptr_array_index (pairs, i + 1);
      StyreValue k = { .type = STYRE_VALUE_TEXT, .s = (char *) key };
      StyreValue v = { .type = STYRE_VALUE_TEXT, .s = (char *) value };

      if (value == NULL)
        continue;
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      styre_value_append_json (&k, out);
      g_string_append_c (out, ':');
      styre_value_append_json (&v, out);
    }
  g_string_append_c (out, '}');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ── decisions as numbered points ────────────────────────────────────────────────────── */

/* Strips "1. " or "2) " from the start of a point. */
static const char *
skip_number (const char *line)
{
  const char *p = line;
  int digits = 0;

  while (*p == ' ')
    p++;
  while (g_ascii_isdigit (*p) && digits < 3)
    {
      p++;
      digits++;
    }
  if (digits > 0 && (*p == '.' || *p == ')') && p[1] == ' ')
    {
      p += 2;
      while (*p == ' ')
        p++;
      return p;
    }
  return line;
}

/**
 * styre_decision_points_split:
 * @text: a proposed decision or decision as stored: one point a line, numbered "1. " when
 *   there are several
 *
 * Returns: (transfer full): the points without their numbers; empty lines are dropped
 */
char **
styre_decision_points_split (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *point = g_strstrip (g_strdup (skip_number (lines[i])));
      if (*point != '\0')
        g_ptr_array_add (points, g_steal_pointer (&point));
    }
  g_ptr_array_add (points, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&points), FALSE);
}

/**
 * styre_decision_points_join:
 *
 * Returns: (transfer full): the points one a line; numbered "1. ", "2. " when there are
 *   several, as Norwegian proposals are written ("presist, entydig og med nummererte
 *   punkter")
 */
char *
styre_decision_points_join (const char * const *points)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; points != NULL && points[i] != NULL; i++)
    {
      g_autofree char *p = g_strstrip (g_strdup (points[i]));
      if (*p != '\0')
        n++;
    }
  for (guint i = 0, k = 0; points != NULL && points[i] != NULL; i++)
    {
      g_autofree char *p = g_strstrip (g_strdup (points[i]));
      char *nl;

      if (*p == '\0')
        continue;
      /* A point is one line. */
      while ((nl = strchr (p, '\n')) != NULL)
        *nl = ' ';
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (n > 1)
        g_string_append_printf (text, "%u. ", ++k);
      g_string_append (text, p);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ── legal bases ─────────────────────────────────────────────────────────────────────── */

/**
 * styre_agenda_legal_bases:
 *
 * The legal bases for exempting an item from public access that the editor offers
 * (offentleglova, "offl."); a person may type another.
 *
 * Returns: (transfer none): %NULL-terminated
 */
const char * const *
styre_agenda_legal_bases (void)
{
  static const char * const bases[] = {
    "offl. § 13 jf. fvl. § 13 første ledd nr. 1",
    "offl. § 13 jf. fvl. § 13 første ledd nr. 2",
    "offl. § 14",
    "offl. § 15",
    "offl. § 16",
    "offl. § 23 første ledd",
    "offl. § 24 andre ledd",
    "offl. § 24 tredje ledd",
    "offl. § 25",
    NULL
  };
  return bases;
}
