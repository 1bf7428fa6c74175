/* styre-agenda-edit.c — the rules of a meeting's life: notice, minutes, follow-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-agenda"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "styre-agenda-edit.h"
#include "styre-agenda-private.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-store-private.h"
#include "styre-vocabulary.h"

/* How long a user action waits for a busy file (STORAGE.md rule 6). */
#define RETRY_SECONDS 30

/* ── validation ──────────────────────────────────────────────────────────────────────── */

void
styre_agenda_problem_free (StyreAgendaProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (GPtrArray              *problems,
             StyreAgendaProblemKind  kind,
             gint64                  item_id,
             char                   *message)
{
  StyreAgendaProblem *p = g_new0 (StyreAgendaProblem, 1);

  p->kind = kind;
  p->item_id = item_id;
  p->message = message;
  g_ptr_array_add (problems, p);
}

/* How an item is named in a problem: its case number and title. */
static char *
item_name (const StyreAgendaItem *item)
{
  if (item->case_number != NULL)
    /* Translators: an agenda item named in a message, e.g. "12/26 Budget 2027" */
    return g_strdup_printf (_("%s “%s”"), item->case_number, item->title);
  return g_strdup_printf ("“%s”", item->title);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/**
 * styre_agenda_validate_notice:
 *
 * What must be right before the notice is sent: every decision item has a proposed
 * decision, every exempt item a legal basis, every item a presenter and a duration, and
 * the agenda fits the booked time (%STYRE_AGENDA_PROBLEM_OVERRUN, which the person may
 * accept).
 *
 * Returns: (transfer full) (element-type StyreAgendaProblem): the problems, in agenda order
 */
GPtrArray *
styre_agenda_validate_notice (StyreAgenda *agenda)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_agenda_problem_free);
  int overrun;

  g_return_val_if_fail (agenda != NULL, problems);

  if (agenda->items->len == 0)
    add_problem (problems, STYRE_AGENDA_PROBLEM_EMPTY, 0,
                 g_strdup (_("The agenda has no items.")));

  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      g_autofree char *name = item_name (item);

      if (g_strcmp0 (item->item_type, "decision") == 0 && is_blank (item->proposed_decision))
        add_problem (problems, STYRE_AGENDA_PROBLEM_NO_PROPOSAL, item->id,
                     g_strdup_printf (_("%s is a decision item without a proposed decision."),
                                      name));
      if (g_strcmp0 (item->confidentiality, "exempt") == 0 && is_blank (item->legal_basis))
        add_problem (problems, STYRE_AGENDA_PROBLEM_NO_LEGAL_BASIS, item->id,
                     g_strdup_printf (_("%s is exempt from public access without a legal "
                                        "basis."), name));
      if (item->presenter_id == 0 && is_blank (item->presenter_text))
        add_problem (problems, STYRE_AGENDA_PROBLEM_NO_PRESENTER, item->id,
                     g_strdup_printf (_("%s has no presenter."), name));
      if (item->planned_minutes <= 0)
        add_problem (problems, STYRE_AGENDA_PROBLEM_NO_DURATION, item->id,
                     g_strdup_printf (_("%s has no planned duration."), name));
    }

  overrun = styre_agenda_get_overrun (agenda);
  if (overrun > 0)
    {
      g_autofree char *end = styre_agenda_format_minute (agenda->planned_end_minute);
      g_autofree char *booked = styre_agenda_format_minute (agenda->booked_end_minute);

      add_problem (problems, STYRE_AGENDA_PROBLEM_OVERRUN, 0,
                   /* Translators: e.g. "The agenda ends at 11:50, 20 minutes after the
                    * booked end at 11:30." */
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "The agenda ends %s, %d minute after the "
                                                 "booked end %s.",
                                                 "The agenda ends %s, %d minutes after the "
                                                 "booked end %s.", overrun),
                                    end, overrun, booked));
    }
  return problems;
}

/**
 * styre_agenda_validate_minutes:
 *
 * What must be right before the minutes are approved and locked: every decision item
 * has an outcome, and everyone's attendance is recorded.
 *
 * Returns: (transfer full) (element-type StyreAgendaProblem): the problems
 */
GPtrArray *
styre_agenda_validate_minutes (StyreAgenda *agenda)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_agenda_problem_free);
  guint n_unknown = 0;

  g_return_val_if_fail (agenda != NULL, problems);

  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      g_autofree char *name = item_name (item);

      if (g_strcmp0 (item->item_type, "decision") == 0 && item->outcome == NULL)
        add_problem (problems, STYRE_AGENDA_PROBLEM_NO_OUTCOME, item->id,
                     g_strdup_printf (_("%s has no decision recorded."), name));
    }
  for (guint i = 0; i < agenda->participants->len; i++)
    {
      StyreParticipant *p = g_ptr_array_index (agenda->participants, i);
      n_unknown += g_strcmp0 (p->attendance, "expected") == 0;
    }
  if (n_unknown > 0)
    add_problem (problems, STYRE_AGENDA_PROBLEM_NO_ATTENDANCE, 0,
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "The attendance of %u participant is not "
                                               "recorded.",
                                               "The attendance of %u participants is not "
                                               "recorded.", n_unknown), n_unknown));
  return problems;
}

static gboolean
problems_to_error (GPtrArray   *problems,
                   gboolean     accept_overrun,
                   const char  *heading,
                   GError     **error)
{
  g_autoptr(GString) text = g_string_new (heading);
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    {
      StyreAgendaProblem *p = g_ptr_array_index (problems, i);

      if (p->kind == STYRE_AGENDA_PROBLEM_OVERRUN && accept_overrun)
        continue;
      g_string_append_printf (text, "\n• %s", p->message);
      n++;
    }
  if (n == 0)
    return TRUE;
  g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID, text->str);
  return FALSE;
}

/* ── small helpers inside a transaction ──────────────────────────────────────────────── */

static StyreChange *
take_change (GPtrArray   *changes,
             StyreChange *change)
{
  g_ptr_array_add (changes, change);
  return change;
}

static gboolean
check_version (StyreAgenda  *agenda,
               gint64        expected_version,
               GError      **error)
{
  if (expected_version > 0 && agenda->version != expected_version)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_CONFLICT,
                           _("Someone else changed the meeting after you opened it. Look at "
                             "it again and try once more."));
      return FALSE;
    }
  return TRUE;
}

static StyreAgenda *
read_agenda_locked (StyreStore  *store,
                    gint64       meeting_id,
                    GError     **error)
{
  g_autoptr(StyreAgenda) agenda = styre_agenda_new ();

  agenda->id = meeting_id;
  agenda->organisation_name = g_strdup (styre_store_get_organisation_name (store));
  if (!styre_agenda_read_locked (store, agenda, error))
    return NULL;
  return g_steal_pointer (&agenda);
}

static gint64
query_int (StyreStore  *store,
           const char  *sql,
           gint64       a,
           gint64       b,
           gint64       fallback,
           GError     **error)
{
  sqlite3 *db = styre_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  gint64 value = fallback;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      return G_MININT64;
    }
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      return G_MININT64;
    }
  return value;
}

static gboolean
is_case (StyreAgenda     *agenda,
         StyreAgendaItem *item)
{
  return item->standing_kind == NULL || agenda->number_standing_items;
}

/* Gives every item that should have a case number and has none the next number of the
 * forum's year; numbers already given are never changed. */
static gboolean
number_items (StyreStore   *store,
              StyreAgenda  *agenda,
              GPtrArray    *changes,
              GError      **error)
{
  int year = atoi (agenda->starts_at);
  gint64 last;

  last = query_int (store,
                    "SELECT max(ai.case_seq) FROM agenda_item AS ai "
                    "JOIN meeting AS m ON m.id = ai.meeting_id "
                    "WHERE m.forum_id = ?1 AND ai.case_year = ?2",
                    agenda->forum_id, year, 0, error);
  if (last == G_MININT64)
    return FALSE;

  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      StyreChange *change;

      if (item->case_seq > 0 || !is_case (agenda, item))
        continue;
      if (last >= 999)
        {
          g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                               _("The forum has used all 999 case numbers of the year."));
          return FALSE;
        }
      change = take_change (changes, styre_change_new_update ("agenda_item", item->id,
                                                              item->version));
      styre_change_set_int (change, "case_seq", ++last);
      styre_change_set_int (change, "case_year", year);
    }
  return TRUE;
}

/* ── sending the notice ──────────────────────────────────────────────────────────────── */

typedef struct
{
  gint64   meeting_id;
  gint64   expected_version;
  gboolean accept_overrun;
} TransitionData;

static gboolean
build_send_notice (StyreStore  *store,
                   GPtrArray   *changes,
                   GPtrArray   *touched,
                   gpointer     user_data,
                   GError     **error)
{
  TransitionData *d = user_data;
  g_autoptr(StyreAgenda) agenda = read_agenda_locked (store, d->meeting_id, error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *now = NULL;
  StyreChange *change;

  if (agenda == NULL || !check_version (agenda, d->expected_version, error))
    return FALSE;
  if (!g_str_equal (agenda->state, "draft") && !g_str_equal (agenda->state, "notice_sent"))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("The meeting has been held; its notice cannot be sent again."));
      return FALSE;
    }

  problems = styre_agenda_validate_notice (agenda);
  if (!problems_to_error (problems, d->accept_overrun,
                          _("The notice cannot be sent yet:"), error))
    return FALSE;

  if (!number_items (store, agenda, changes, error))
    return FALSE;

  now = styre_store_now (store);
  change = take_change (changes, styre_change_new_update ("meeting", agenda->id,
                                                          agenda->version));
  if (g_str_equal (agenda->state, "draft"))
    {
      styre_change_set_text (change, "state", "notice_sent");
      styre_change_set_text (change, "notice_sent_at", now);
    }
  else
    {
      /* An updated notice: calendars must replace what they have. */
      styre_change_set_int (change, "sequence", agenda->sequence + 1);
      styre_change_set_text (change, "notice_sent_at", now);
    }
  return TRUE;
}

/**
 * styre_store_send_notice:
 * @expected_version: the meeting's version the person saw, or 0 not to check
 * @accept_overrun: the person has seen that the agenda runs past the booked time
 *
 * Sends the notice: validates the agenda (see styre_agenda_validate_notice()), gives the
 * items their case numbers NN/YY (per forum and year, never changed afterwards) and
 * marks the meeting "notice sent". For a meeting whose notice was already sent, sends an
 * updated notice: new items get numbers, and the calendar SEQUENCE grows.
 *
 * Returns: %FALSE with %STYRE_ERROR_INVALID listing every problem when it cannot be sent
 */
gboolean
styre_store_send_notice (StyreStore  *store,
                         gint64       meeting_id,
                         gint64       expected_version,
                         gboolean     accept_overrun,
                         GError     **error)
{
  TransitionData d = { meeting_id, expected_version, accept_overrun };

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  return styre_store_apply_built (store, build_send_notice, &d, RETRY_SECONDS, error);
}

/* ── the portfolio frozen when the meeting is held ───────────────────────────────────── */

static const char *snapshot_item_sql =
  "INSERT INTO portfolio_snapshot_item (snapshot_id, initiative_id, period, phase, lifecycle, "
  "  overall_rag, rag_time, rag_cost, rag_benefits, rag_quality, rag_scope, "
  "  rag_sustainability, rag_risk, p50, p85, forecast_cost, budget_year, budget_approved, "
  "  budget_forecast, open_risks, max_risk_score, max_slip_days) "
  "SELECT ?1, i.id, r.period, i.phase, i.lifecycle, coalesce(r.overall_rag, 'grey'), "
  "  coalesce((SELECT rag FROM status_dimension WHERE status_report_id = r.id "
  "            AND dimension = 'time'), 'grey'), "
  "  coalesce((SELECT rag FROM status_dimension WHERE status_report_id = r.id "
  "            AND dimension = 'cost'), 'grey'), "
  "  coalesce((SELECT rag FROM status_dimension WHERE status_report_id = r.id "
  "            AND dimension = 'benefits'), 'grey'), "
  "  coalesce((SELECT rag FROM status_dimension WHERE status_report_id = r.id "
  "            AND dimension = 'quality'), 'grey'), "
  "  coalesce((SELECT rag FROM status_dimension WHERE status_report_id = r.id "
  "            AND dimension = 'scope'), 'grey'), "
  "  coalesce((SELECT rag FROM status_dimension WHERE status_report_id = r.id "
  "            AND dimension = 'sustainability'), 'grey'), "
  "  coalesce((SELECT rag FROM status_dimension WHERE status_report_id = r.id "
  "            AND dimension = 'risk'), 'grey'), "
  "  cf.p50, cf.p85, r.forecast_cost, CASE WHEN b.id IS NULL THEN NULL ELSE ?3 END, "
  "  b.approved, b.forecast, "
  "  (SELECT count(*) FROM risk WHERE initiative_id = i.id AND identified_on <= ?2 "
  "   AND (closed_on IS NULL OR closed_on > ?2)), "
  "  (SELECT coalesce(max(probability * consequence), 0) FROM risk WHERE initiative_id = i.id "
  "   AND identified_on <= ?2 AND (closed_on IS NULL OR closed_on > ?2)), "
  "  (SELECT max(0, coalesce(max(CAST(julianday(max(?2, coalesce(actual_date, forecast_date, "
  "          baseline_date))) - julianday(baseline_date) AS INTEGER)), 0)) "
  "   FROM milestone WHERE initiative_id = i.id AND (actual_date IS NULL OR actual_date > ?2)) "
  "FROM initiative AS i "
  "LEFT JOIN status_report AS r ON r.id = ("
  "  SELECT id FROM status_report WHERE initiative_id = i.id AND state = 'published' "
  "  AND period <= substr(?2, 1, 7) ORDER BY period DESC LIMIT 1) "
  "LEFT JOIN cost_frame AS cf ON cf.id = ("
  "  SELECT id FROM cost_frame WHERE initiative_id = i.id AND valid_from <= ?2 "
  "  ORDER BY valid_from DESC LIMIT 1) "
  "LEFT JOIN budget_line AS b ON b.id = ("
  "  SELECT id FROM budget_line WHERE initiative_id = i.id AND year = ?3 "
  "  AND recorded_on <= ?2 ORDER BY recorded_on DESC, id DESC LIMIT 1) "
  "WHERE i.start_date IS NULL OR i.start_date <= ?2";

/* Writes the snapshot rows inside the caller's transaction. */
static gboolean
freeze_snapshot_locked (StyreStore  *store,
                        StyreAgenda *agenda,
                        const char  *note,
                        GPtrArray   *touched,
                        GError     **error)
{
  sqlite3 *db = styre_store_get_db (store);
  g_autofree char *now = styre_store_now (store);
  g_autofree char *as_of = g_strndup (agenda->starts_at, 10);
  g_autofree char *detail = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 snapshot_id;
  int rc;

  if (sqlite3_prepare_v2 (db, "INSERT INTO portfolio_snapshot (meeting_id, taken_at, taken_by, "
                              "as_of, note) VALUES (?, ?, ?, ?, ?)",
                          -1, &stmt, NULL) != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  sqlite3_bind_int64 (stmt, 1, agenda->id);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, styre_store_get_display_name (store), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, as_of, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, note ? note : "", -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  snapshot_id = sqlite3_last_insert_rowid (db);

  if (sqlite3_prepare_v2 (db, snapshot_item_sql, -1, &stmt, NULL) != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  sqlite3_bind_int64 (stmt, 1, snapshot_id);
  sqlite3_bind_text (stmt, 2, as_of, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, atoi (as_of));
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);

  detail = g_strdup_printf ("{\"meeting_id\":%" G_GINT64_FORMAT ",\"as_of\":\"%s\","
                            "\"initiatives\":%d}", agenda->id, as_of, sqlite3_changes (db));
  if (!styre_store_audit (store, "snapshot", "portfolio_snapshot", snapshot_id, detail, error))
    return FALSE;

  g_ptr_array_add (touched, g_strdup ("portfolio_snapshot"));
  g_ptr_array_add (touched, g_strdup ("portfolio_snapshot_item"));
  return TRUE;
}

typedef struct
{
  gint64      meeting_id;
  const char *note;
} SnapshotData;

static gboolean
build_freeze_snapshot (StyreStore  *store,
                       GPtrArray   *changes,
                       GPtrArray   *touched,
                       gpointer     user_data,
                       GError     **error)
{
  SnapshotData *d = user_data;
  g_autoptr(StyreAgenda) agenda = read_agenda_locked (store, d->meeting_id, error);

  if (agenda == NULL)
    return FALSE;
  if (agenda->has_snapshot)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_EXISTS,
                           _("The portfolio was already frozen for this meeting."));
      return FALSE;
    }
  return freeze_snapshot_locked (store, agenda, d->note, touched, error);
}

/**
 * styre_store_freeze_snapshot:
 * @note: (nullable): why it was taken
 *
 * Freezes how every initiative stands as of the meeting's date — its latest published
 * status, frame, budget, open risks and slip — in `portfolio_snapshot`, so the dashboard
 * can later show the portfolio "as of the meeting". A meeting has at most one snapshot;
 * styre_store_mark_held() takes it.
 */
gboolean
styre_store_freeze_snapshot (StyreStore  *store,
                             gint64       meeting_id,
                             const char  *note,
                             GError     **error)
{
  SnapshotData d = { meeting_id, note };

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  return styre_store_apply_built (store, build_freeze_snapshot, &d, RETRY_SECONDS, error);
}

/* ── held, and minutes approved ──────────────────────────────────────────────────────── */

static gboolean
build_mark_held (StyreStore  *store,
                 GPtrArray   *changes,
                 GPtrArray   *touched,
                 gpointer     user_data,
                 GError     **error)
{
  TransitionData *d = user_data;
  g_autoptr(StyreAgenda) agenda = read_agenda_locked (store, d->meeting_id, error);
  g_autofree char *now = NULL;
  StyreChange *change;

  if (agenda == NULL || !check_version (agenda, d->expected_version, error))
    return FALSE;
  if (!g_str_equal (agenda->state, "notice_sent"))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           g_str_equal (agenda->state, "draft")
                           ? _("Send the notice before the meeting is marked as held.")
                           : _("The meeting is already marked as held."));
      return FALSE;
    }

  now = styre_store_now (store);
  change = take_change (changes, styre_change_new_update ("meeting", agenda->id,
                                                          agenda->version));
  styre_change_set_text (change, "state", "held");
  styre_change_set_text (change, "held_at", now);

  if (!agenda->has_snapshot)
    return freeze_snapshot_locked (store, agenda, _("Frozen when the meeting was marked as held."),
                                   touched, error);
  return TRUE;
}

/**
 * styre_store_mark_held:
 *
 * Marks a meeting whose notice was sent as held and, in the same transaction, freezes
 * the portfolio as it stood (styre_store_freeze_snapshot()).
 */
gboolean
styre_store_mark_held (StyreStore  *store,
                       gint64       meeting_id,
                       gint64       expected_version,
                       GError     **error)
{
  TransitionData d = { meeting_id, expected_version, FALSE };

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  return styre_store_apply_built (store, build_mark_held, &d, RETRY_SECONDS, error);
}

static gboolean
build_approve_minutes (StyreStore  *store,
                       GPtrArray   *changes,
                       GPtrArray   *touched,
                       gpointer     user_data,
                       GError     **error)
{
  TransitionData *d = user_data;
  g_autoptr(StyreAgenda) agenda = read_agenda_locked (store, d->meeting_id, error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *now = NULL;
  StyreChange *change;

  if (agenda == NULL || !check_version (agenda, d->expected_version, error))
    return FALSE;
  if (!g_str_equal (agenda->state, "held"))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           g_str_equal (agenda->state, "minutes_approved")
                           ? _("The minutes are already approved.")
                           : _("Mark the meeting as held before its minutes are approved."));
      return FALSE;
    }
  problems = styre_agenda_validate_minutes (agenda);
  if (!problems_to_error (problems, FALSE, _("The minutes cannot be approved yet:"), error))
    return FALSE;

  now = styre_store_now (store);
  change = take_change (changes, styre_change_new_update ("meeting", agenda->id,
                                                          agenda->version));
  styre_change_set_text (change, "state", "minutes_approved");
  styre_change_set_text (change, "minutes_approved_at", now);
  return TRUE;
}

/**
 * styre_store_approve_minutes:
 *
 * Approves the minutes of a held meeting: every decision item must have its outcome and
 * every participant's attendance be recorded. Afterwards the record is locked: the store
 * refuses changes to its items and participants.
 */
gboolean
styre_store_approve_minutes (StyreStore  *store,
                             gint64       meeting_id,
                             gint64       expected_version,
                             GError     **error)
{
  TransitionData d = { meeting_id, expected_version, FALSE };

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  return styre_store_apply_built (store, build_approve_minutes, &d, RETRY_SECONDS, error);
}

/* ── the calendar's SEQUENCE ─────────────────────────────────────────────────────────── */

static gboolean
touches_any (StyreChange        *change,
             const char * const *columns)
{
  for (guint i = 0; columns[i] != NULL; i++)
    if (styre_change_lookup (change, columns[i]) != NULL)
      return TRUE;
  return FALSE;
}

/**
 * styre_agenda_bump_sequence_locked:
 *
 * Called by the store before it applies @change, inside the transaction: a change after
 * the notice that calendars show (the time, the place, the items and their times) makes
 * the meeting's iCalendar SEQUENCE grow, so Outlook replaces what it has. The meeting's
 * version is not touched, so nobody editing the meeting gets a conflict from it.
 */
gboolean
styre_agenda_bump_sequence_locked (StyreStore   *store,
                                   StyreChange  *change,
                                   GError      **error)
{
  static const char * const meeting_columns[] = {
    "title", "starts_at", "ends_at", "place", "video_link", NULL
  };
  static const char * const item_columns[] = {
    "title", "position", "planned_minutes", "confidentiality", "legal_basis", "case_seq",
    "item_type", NULL
  };
  const char *table = styre_change_get_table (change);
  StyreChangeKind kind = styre_change_get_kind (change);
  gint64 meeting_id = 0;
  sqlite3 *db = styre_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (g_str_equal (table, "meeting"))
    {
      if (kind != STYRE_CHANGE_UPDATE || styre_change_lookup (change, "sequence") != NULL
          || styre_change_lookup (change, "state") != NULL || !touches_any (change, meeting_columns))
        return TRUE;
      meeting_id = styre_change_get_id (change);
    }
  else if (g_str_equal (table, "agenda_item"))
    {
      if (kind == STYRE_CHANGE_INSERT)
        {
          const StyreValue *v = styre_change_lookup (change, "meeting_id");
          if (v == NULL || v->type != STYRE_VALUE_INT)
            return TRUE;
          meeting_id = v->i;
        }
      else
        {
          if (kind == STYRE_CHANGE_UPDATE && !touches_any (change, item_columns))
            return TRUE;
          meeting_id = query_int (store, "SELECT meeting_id FROM agenda_item WHERE id = ?1",
                                  styre_change_get_id (change), 0, 0, error);
          if (meeting_id == G_MININT64)
            return FALSE;
        }
    }
  else
    return TRUE;

  if (meeting_id <= 0)
    return TRUE;
  if (sqlite3_prepare_v2 (db, "UPDATE meeting SET sequence = sequence + 1 "
                              "WHERE id = ? AND state = 'notice_sent'",
                          -1, &stmt, NULL) != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  return TRUE;
}

/* ── new meetings ────────────────────────────────────────────────────────────────────── */

void
styre_gate_candidate_free (StyreGateCandidate *candidate)
{
  if (candidate == NULL)
    return;
  g_free (candidate->code);
  g_free (candidate->title);
  g_free (candidate->gate);
  g_free (candidate->due_on);
  g_free (candidate);
}

/**
 * styre_store_list_gate_candidates:
 * @forum_id: whose meeting it is; the forum's agency's initiatives are offered
 * @date: the meeting's date, 'YYYY-MM-DD'
 *
 * The initiatives due for a gate decision by about two months after @date: a decision
 * point (BP1–BP6, KS1, KS2) among their milestones that is not passed yet and not
 * already decided.
 *
 * Returns: (transfer full) (element-type StyreGateCandidate): soonest first
 */
GPtrArray *
styre_store_list_gate_candidates (StyreStore  *store,
                                  gint64       forum_id,
                                  const char  *date,
                                  GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_gate_candidate_free);
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  styre_store_lock (store);
  db = styre_store_get_db (store);
  if (db == NULL || sqlite3_prepare_v2 (db,
        "SELECT i.id, i.code, i.title, ms.gate, coalesce(ms.forecast_date, ms.baseline_date) "
        "       AS due, i.owner_id "
        "FROM milestone AS ms JOIN initiative AS i ON i.id = ms.initiative_id "
        "WHERE ms.gate IS NOT NULL AND ms.actual_date IS NULL "
        "  AND i.lifecycle IN ('proposed', 'active', 'paused') "
        "  AND due <= date(?2, '+60 days') "
        "  AND NOT EXISTS (SELECT 1 FROM gate_decision AS d WHERE d.initiative_id = i.id "
        "                  AND d.gate = ms.gate AND d.outcome <> 'rework') "
        "  AND ((SELECT agency_id FROM forum WHERE id = ?1) IS NULL "
        "       OR i.owning_agency_id = (SELECT agency_id FROM forum WHERE id = ?1) "
        "       OR EXISTS (SELECT 1 FROM initiative_agency AS ia WHERE ia.initiative_id = i.id "
        "                  AND ia.agency_id = (SELECT agency_id FROM forum WHERE id = ?1))) "
        "ORDER BY due, i.code",
        -1, &stmt, NULL) != SQLITE_OK)
    {
      if (db == NULL)
        g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      else
        styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      styre_store_unlock (store);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, forum_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreGateCandidate *c = g_new0 (StyreGateCandidate, 1);

      c->initiative_id = sqlite3_column_int64 (stmt, 0);
      c->code = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      c->title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      c->gate = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      c->due_on = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      c->owner_id = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? 0
                                                                : sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (out, c);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      styre_store_unlock (store);
      return NULL;
    }
  styre_store_unlock (store);
  return g_steal_pointer (&out);
}

static gboolean
valid_local_time (const char *text)
{
  g_autofree char *with_seconds = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL || strlen (text) != 16 || text[10] != 'T')
    return FALSE;
  with_seconds = g_strdup_printf ("%s:00", text);
  dt = g_date_time_new_from_iso8601 (with_seconds, utc);
  return dt != NULL;
}

typedef struct
{
  const StyreMeetingSpec *spec;
  StyreChange            *meeting;   /* a reference: the batch is freed on commit */
} CreateData;

static gint64
forum_person (StyreStore  *store,
              gint64       forum_id,
              const char  *role,
              GError     **error)
{
  sqlite3 *db = styre_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;

  if (sqlite3_prepare_v2 (db, "SELECT person_id FROM forum_member WHERE forum_id = ? AND role = ? "
                              "ORDER BY position, id LIMIT 1", -1, &stmt, NULL) != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      return -1;
    }
  sqlite3_bind_int64 (stmt, 1, forum_id);
  sqlite3_bind_text (stmt, 2, role, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

static void
set_id_or_null (StyreChange *change,
                const char  *column,
                gint64       id)
{
  if (id > 0)
    styre_change_set_int (change, column, id);
  else
    styre_change_set_null (change, column);
}

static StyreChange *
new_item (GPtrArray   *changes,
          StyreChange *meeting,
          int          position,
          const char  *standing_kind,
          const char  *item_type,
          const char  *title,
          gint64       presenter_id,
          int          minutes)
{
  StyreChange *item = take_change (changes, styre_change_new_insert ("agenda_item"));

  styre_change_set_ref (item, "meeting_id", meeting);
  styre_change_set_int (item, "position", position);
  if (standing_kind != NULL)
    styre_change_set_text (item, "standing_kind", standing_kind);
  styre_change_set_text (item, "item_type", item_type);
  styre_change_set_text (item, "title", title);
  set_id_or_null (item, "presenter_id", presenter_id);
  if (minutes > 0)
    styre_change_set_int (item, "planned_minutes", minutes);
  return item;
}

typedef struct
{
  char     *kind;
  char     *title;
  char     *item_type;
  int       minutes;
  gboolean  at_end;
} StyreStandingRow;

static void
standing_row_free (gpointer data)
{
  StyreStandingRow *row = data;

  g_free (row->kind);
  g_free (row->title);
  g_free (row->item_type);
  g_free (row);
}

static void
add_standing_items (GPtrArray   *changes,
                    StyreChange *meeting,
                    GPtrArray   *standing,
                    gboolean     at_end,
                    int         *position,
                    gint64       chair,
                    gint64       secretary)
{
  for (guint i = 0; i < standing->len; i++)
    {
      StyreStandingRow *row = g_ptr_array_index (standing, i);
      /* The secretariat presents the follow-up list and the portfolio's status. */
      gint64 presenter = g_str_equal (row->kind, "follow_up")
                         || g_str_equal (row->kind, "portfolio_status") ? secretary : chair;

      StyreChange *item;
      const char *proposal = NULL;

      if (row->at_end != at_end)
        continue;
      item = new_item (changes, meeting, (*position)++, row->kind, row->item_type, row->title,
                       presenter, row->minutes);
      /* The standing decisions come with their usual proposal. */
      if (g_str_equal (row->kind, "approve_notice"))
        /* Translators: the proposed decision of a standing item. Norwegian: "Innkalling
         * og saksliste godkjennes." */
        proposal = _("The notice and the agenda are approved.");
      else if (g_str_equal (row->kind, "approve_minutes"))
        /* Translators: the proposed decision of a standing item. Norwegian: "Protokoll
         * fra forrige møte godkjennes." */
        proposal = _("The minutes of the previous meeting are approved.");
      else if (g_str_equal (row->item_type, "decision") || g_str_equal (row->kind, "follow_up")
               || g_str_equal (row->kind, "portfolio_status"))
        /* Translators: the proposed decision of an item for information. Norwegian:
         * "Saken tas til orientering." */
        proposal = _("The matter is noted.");
      if (proposal != NULL)
        styre_change_set_text (item, "proposed_decision", proposal);
    }
}

static gboolean
build_create_meeting (StyreStore  *store,
                      GPtrArray   *changes,
                      GPtrArray   *touched,
                      gpointer     user_data,
                      GError     **error)
{
  CreateData *d = user_data;
  const StyreMeetingSpec *spec = d->spec;
  sqlite3 *db = styre_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  g_autofree char *default_place = NULL;
  g_autofree char *last_title = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *uid = NULL;
  g_autofree char *forum_name = NULL;
  g_autoptr(GPtrArray) standing = g_ptr_array_new_with_free_func (standing_row_free);
  gint64 chair, secretary;
  int position = 1;
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT name, default_place, (SELECT title FROM meeting WHERE "
                              "forum_id = f.id AND title <> '' ORDER BY starts_at DESC LIMIT 1) "
                              "FROM forum AS f WHERE id = ?", -1, &stmt, NULL) != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  sqlite3_bind_int64 (stmt, 1, spec->forum_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      forum_name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      default_place = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      last_title = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                           _("The forum no longer exists."));
      return FALSE;
    }

  chair = forum_person (store, spec->forum_id, "chair", error);
  secretary = forum_person (store, spec->forum_id, "secretary", error);
  if (chair < 0 || secretary < 0)
    return FALSE;

  uid = g_strdup_printf ("%s@styre", uuid);
  /* The batch is freed after the commit; the caller needs the new id. */
  g_clear_pointer (&d->meeting, styre_change_unref);
  d->meeting = styre_change_ref (take_change (changes, styre_change_new_insert ("meeting")));
  styre_change_set_int (d->meeting, "forum_id", spec->forum_id);
  styre_change_set_text (d->meeting, "title",
                         spec->title ? spec->title : last_title ? last_title : "");
  styre_change_set_text (d->meeting, "starts_at", spec->starts_at);
  styre_change_set_text (d->meeting, "ends_at", spec->ends_at);
  styre_change_set_text (d->meeting, "place",
                         spec->place ? spec->place : default_place ? default_place : "");
  styre_change_set_text (d->meeting, "video_link", spec->video_link ? spec->video_link : "");
  set_id_or_null (d->meeting, "chair_id", chair);
  set_id_or_null (d->meeting, "secretary_id", secretary);
  styre_change_set_text (d->meeting, "uid", uid);

  /* The forum's members are called; substitutes only when someone sends word of absence. */
  if (sqlite3_prepare_v2 (db, "SELECT person_id, role FROM forum_member WHERE forum_id = ? "
                              "AND role <> 'substitute' ORDER BY position, id",
                          -1, &stmt, NULL) != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  sqlite3_bind_int64 (stmt, 1, spec->forum_id);
  for (int i = 0; (rc = sqlite3_step (stmt)) == SQLITE_ROW; i++)
    {
      StyreChange *p = take_change (changes, styre_change_new_insert ("participant"));

      styre_change_set_ref (p, "meeting_id", d->meeting);
      styre_change_set_int (p, "person_id", sqlite3_column_int64 (stmt, 0));
      styre_change_set_text (p, "role", (const char *) sqlite3_column_text (stmt, 1));
      styre_change_set_int (p, "position", i);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);

  /* Standing items first, the offered gate decisions, then those kept for the end. */
  if (sqlite3_prepare_v2 (db, "SELECT standing_kind, title, item_type, planned_minutes, at_end "
                              "FROM standing_item WHERE forum_id = ? ORDER BY at_end, position, id",
                          -1, &stmt, NULL) != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  sqlite3_bind_int64 (stmt, 1, spec->forum_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreStandingRow *row = g_new0 (StyreStandingRow, 1);

      row->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      row->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->item_type = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      row->minutes = sqlite3_column_int (stmt, 3);
      row->at_end = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (standing, row);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);

  add_standing_items (changes, d->meeting, standing, FALSE, &position, chair, secretary);
  for (guint i = 0; spec->gate_items != NULL && i < spec->gate_items->len; i++)
    {
      StyreGateCandidate *c = g_ptr_array_index (spec->gate_items, i);
      /* Translators: an agenda item for a gate decision, e.g. "BP3 for Nytt sak-/arkivsystem" */
      g_autofree char *title = g_strdup_printf (_("%s for %s"), c->gate, c->title);
      StyreChange *item = new_item (changes, d->meeting, position++, NULL, "decision", title,
                                    c->owner_id, 20);
      StyreChange *link = take_change (changes, styre_change_new_insert ("agenda_item_initiative"));

      styre_change_set_ref (link, "agenda_item_id", item);
      styre_change_set_int (link, "initiative_id", c->initiative_id);
    }
  add_standing_items (changes, d->meeting, standing, TRUE, &position, chair, secretary);
  return TRUE;
}

/**
 * styre_store_create_meeting:
 *
 * Makes a new meeting of a forum from its template: the chair and secretary, the
 * members called, and the standing items (the offered gate decisions between those at
 * the start and those kept for the end, such as "Eventuelt").
 *
 * Returns: the new meeting's id, or 0 with @error set
 */
gint64
styre_store_create_meeting (StyreStore              *store,
                            const StyreMeetingSpec  *spec,
                            GError                 **error)
{
  CreateData d = { spec, NULL };
  gint64 id;

  g_return_val_if_fail (STYRE_IS_STORE (store), 0);
  g_return_val_if_fail (spec != NULL, 0);

  if (!valid_local_time (spec->starts_at) || !valid_local_time (spec->ends_at))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("The meeting needs a date with a start and an end time."));
      return 0;
    }
  if (strcmp (spec->ends_at, spec->starts_at) <= 0)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("The meeting must end after it starts."));
      return 0;
    }
  if (!styre_store_apply_built (store, build_create_meeting, &d, RETRY_SECONDS, error))
    id = 0;
  else
    id = styre_change_get_id (d.meeting);
  g_clear_pointer (&d.meeting, styre_change_unref);
  return id;
}

static gboolean
build_delete_meeting (StyreStore  *store,
                      GPtrArray   *changes,
                      GPtrArray   *touched,
                      gpointer     user_data,
                      GError     **error)
{
  TransitionData *d = user_data;
  g_autoptr(StyreAgenda) agenda = read_agenda_locked (store, d->meeting_id, error);

  if (agenda == NULL || !check_version (agenda, d->expected_version, error))
    return FALSE;
  if (!g_str_equal (agenda->state, "draft"))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("Only a meeting whose notice has not been sent can be deleted."));
      return FALSE;
    }
  /* Its items, participants and links go with it (ON DELETE CASCADE); each deleted row
   * of the agenda gets its own audit row, so the log says what was removed. */
  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      take_change (changes, styre_change_new_delete ("agenda_item", item->id, item->version));
    }
  take_change (changes, styre_change_new_delete ("meeting", agenda->id, agenda->version));
  return TRUE;
}

/**
 * styre_store_delete_meeting:
 *
 * Deletes a draft meeting with its agenda. A meeting whose notice was sent is part of
 * the record and is never deleted.
 */
gboolean
styre_store_delete_meeting (StyreStore  *store,
                            gint64       meeting_id,
                            gint64       expected_version,
                            GError     **error)
{
  TransitionData d = { meeting_id, expected_version, FALSE };

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  return styre_store_apply_built (store, build_delete_meeting, &d, RETRY_SECONDS, error);
}

/* ── items ───────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  gint64       meeting_id;
  const char  *item_type;
  const char  *title;
  StyreChange *item;
} AddItemData;

static gboolean
build_add_item (StyreStore  *store,
                GPtrArray   *changes,
                GPtrArray   *touched,
                gpointer     user_data,
                GError     **error)
{
  AddItemData *d = user_data;
  g_autoptr(StyreAgenda) agenda = read_agenda_locked (store, d->meeting_id, error);
  int position = 1;
  guint tail = 0;

  if (agenda == NULL)
    return FALSE;
  if (styre_agenda_is_locked (agenda))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("The minutes of this meeting are approved and locked."));
      return FALSE;
    }

  /* A new case goes before "Eventuelt" and the other standing items kept for the end. */
  for (guint i = agenda->items->len; i > 0; i--)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i - 1);
      if (g_strcmp0 (item->standing_kind, "any_other_business") != 0)
        break;
      tail++;
    }
  if (agenda->items->len > 0)
    {
      StyreAgendaItem *last = g_ptr_array_index (agenda->items, agenda->items->len - 1 - tail);
      position = tail == agenda->items->len ? 1 : last->position + 1;
    }
  for (guint i = agenda->items->len - tail; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      StyreChange *move = take_change (changes, styre_change_new_update ("agenda_item", item->id,
                                                                         item->version));
      styre_change_set_int (move, "position", position + 1 + (int) (i - (agenda->items->len - tail)));
    }

  g_clear_pointer (&d->item, styre_change_unref);
  d->item = styre_change_ref (take_change (changes, styre_change_new_insert ("agenda_item")));
  styre_change_set_int (d->item, "meeting_id", agenda->id);
  styre_change_set_int (d->item, "position", position);
  styre_change_set_text (d->item, "item_type", d->item_type);
  styre_change_set_text (d->item, "title", d->title);

  /* After the notice a new case is a supplementary item: it gets the next number now. */
  if (!g_str_equal (agenda->state, "draft"))
    {
      int year = atoi (agenda->starts_at);
      gint64 last = query_int (store,
                               "SELECT max(ai.case_seq) FROM agenda_item AS ai "
                               "JOIN meeting AS m ON m.id = ai.meeting_id "
                               "WHERE m.forum_id = ?1 AND ai.case_year = ?2",
                               agenda->forum_id, year, 0, error);
      if (last == G_MININT64)
        return FALSE;
      if (last >= 999)
        {
          g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                               _("The forum has used all 999 case numbers of the year."));
          return FALSE;
        }
      styre_change_set_int (d->item, "case_seq", last + 1);
      styre_change_set_int (d->item, "case_year", year);
    }
  return TRUE;
}

/**
 * styre_store_add_agenda_item:
 * @item_type: decision, discussion or information
 *
 * Adds a case to the agenda, before "Eventuelt". After the notice has been sent the new
 * item gets the forum's next case number at once (a supplementary item).
 *
 * Returns: the new item's id, or 0 with @error set
 */
gint64
styre_store_add_agenda_item (StyreStore  *store,
                             gint64       meeting_id,
                             const char  *item_type,
                             const char  *title,
                             GError     **error)
{
  AddItemData d = { meeting_id, item_type, title, NULL };
  gint64 id;

  g_return_val_if_fail (STYRE_IS_STORE (store), 0);

  if (!styre_vocabulary_contains (STYRE_VOCAB_ITEM_TYPE, item_type))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID, _("“%s” is not a kind of item."),
                   item_type ? item_type : "");
      return 0;
    }
  if (title == NULL || is_blank (title))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("The item needs a title."));
      return 0;
    }
  if (!styre_store_apply_built (store, build_add_item, &d, RETRY_SECONDS, error))
    id = 0;
  else
    id = styre_change_get_id (d.item);
  g_clear_pointer (&d.item, styre_change_unref);
  return id;
}

/**
 * styre_agenda_reorder:
 * @item_ids: (array length=n_items): every item of @agenda, in the new order
 *
 * Returns: (transfer full) (element-type StyreChange): the position changes for the items
 *   that move, with their versions checked; %NULL when @item_ids is not a permutation of
 *   the agenda's items
 */
GPtrArray *
styre_agenda_reorder (StyreAgenda  *agenda,
                      const gint64 *item_ids,
                      guint         n_items)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_return_val_if_fail (agenda != NULL, NULL);

  if (n_items != agenda->items->len)
    return NULL;
  for (guint i = 0; i < n_items; i++)
    {
      StyreAgendaItem *item = styre_agenda_find_item (agenda, item_ids[i]);

      if (item == NULL || !g_hash_table_add (seen, (gpointer) &item_ids[i]))
        return NULL;
      if (item->position != (int) i + 1)
        {
          StyreChange *change = styre_change_new_update ("agenda_item", item->id, item->version);
          styre_change_set_int (change, "position", (int) i + 1);
          g_ptr_array_add (changes, change);
        }
    }
  return g_steal_pointer (&changes);
}

/**
 * styre_agenda_move_item:
 * @new_index: where the item goes, 0 for the top
 *
 * Returns: (transfer full) (element-type StyreChange): see styre_agenda_reorder()
 */
GPtrArray *
styre_agenda_move_item (StyreAgenda *agenda,
                        gint64       item_id,
                        int          new_index)
{
  g_autofree gint64 *ids = g_new0 (gint64, agenda->items->len + 1);
  guint n = 0;
  int from = -1;

  for (guint i = 0; i < agenda->items->len; i++)
    if (((StyreAgendaItem *) g_ptr_array_index (agenda->items, i))->id == item_id)
      from = (int) i;
  if (from < 0)
    return NULL;
  new_index = CLAMP (new_index, 0, (int) agenda->items->len - 1);

  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      if ((int) i == from)
        continue;
      if ((int) n == new_index)
        ids[n++] = item_id;
      ids[n++] = item->id;
    }
  if (n < agenda->items->len)
    ids[n++] = item_id;
  return styre_agenda_reorder (agenda, ids, n);
}

/**
 * styre_agenda_item_adopt_as_proposed:
 *
 * "Vedtatt som innstilt": the decision is the proposed decision, word for word.
 *
 * Returns: (transfer full): the change to save
 */
StyreChange *
styre_agenda_item_adopt_as_proposed (const StyreAgendaItem *item)
{
  StyreChange *change = styre_change_new_update ("agenda_item", item->id, item->version);

  styre_change_set_text (change, "decision", item->proposed_decision);
  styre_change_set_text (change, "outcome", "adopted_as_proposed");
  return change;
}

/**
 * styre_agenda_item_take_note:
 *
 * "Tatt til orientering": the item is noted.
 *
 * Returns: (transfer full): the change to save
 */
StyreChange *
styre_agenda_item_take_note (const StyreAgendaItem *item)
{
  StyreChange *change = styre_change_new_update ("agenda_item", item->id, item->version);

  /* Translators: the decision on an item that is noted. Norwegian: "Saken tas til
   * orientering." */
  styre_change_set_text (change, "decision", _("The matter is noted."));
  styre_change_set_text (change, "outcome", "noted");
  return change;
}

/* ── gate decisions ──────────────────────────────────────────────────────────────────── */

typedef struct
{
  gint64      item_id;
  gint64      initiative_id;
  const char *gate;
  const char *outcome;
  const char *conditions;
} GateData;

/* The phase each gate opens (Prosjektveiviseren): BP1 concept … BP5 realisation. */
static const char *
phase_after_gate (const char *gate)
{
  static const char * const phases[] = { "concept", "planning", "execution", "closing",
                                         "realisation" };

  if (gate[0] == 'B' && gate[1] == 'P' && gate[2] >= '1' && gate[2] <= '5' && gate[3] == '\0')
    return phases[gate[2] - '1'];
  return NULL;
}

static int
phase_index (const char *phase)
{
  const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_PHASE);

  for (int i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], phase) == 0)
      return i;
  return -1;
}

static gboolean
build_gate_decision (StyreStore  *store,
                     GPtrArray   *changes,
                     GPtrArray   *touched,
                     gpointer     user_data,
                     GError     **error)
{
  GateData *d = user_data;
  g_autoptr(StyreRow) initiative = NULL;
  g_autofree char *state = NULL;
  g_autofree char *date = NULL;
  sqlite3 *db = styre_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  const char *phase;
  StyreChange *change;
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT m.state, substr(m.starts_at, 1, 10) FROM agenda_item AS x "
                              "JOIN meeting AS m ON m.id = x.meeting_id WHERE x.id = ?",
                          -1, &stmt, NULL) != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  sqlite3_bind_int64 (stmt, 1, d->item_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      state = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      date = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  if (state == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                           _("The agenda item no longer exists."));
      return FALSE;
    }
  if (!g_str_equal (state, "notice_sent") && !g_str_equal (state, "held"))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           g_str_equal (state, "draft")
                           ? _("Gate decisions are recorded in the minutes, after the notice "
                               "is sent.")
                           : _("The minutes of this meeting are approved and locked."));
      return FALSE;
    }

  /* Read inside the transaction: the version cannot move before the update below. */
  initiative = styre_store_read_row (store, "initiative", d->initiative_id, error);
  if (initiative == NULL)
    return FALSE;

  change = take_change (changes, styre_change_new_insert ("gate_decision"));
  styre_change_set_int (change, "initiative_id", d->initiative_id);
  styre_change_set_text (change, "gate", d->gate);
  styre_change_set_text (change, "decided_on", date);
  styre_change_set_text (change, "outcome", d->outcome);
  styre_change_set_text (change, "conditions", d->conditions ? d->conditions : "");
  styre_change_set_int (change, "agenda_item_id", d->item_id);

  /* What the decision does to the initiative. */
  change = styre_change_new_update ("initiative", d->initiative_id,
                                    styre_row_get_int (initiative, "version"));
  phase = phase_after_gate (d->gate);
  if ((g_str_equal (d->outcome, "approved") || g_str_equal (d->outcome, "approved_with_conditions"))
      && phase != NULL
      && phase_index (phase) > phase_index (styre_row_get_text (initiative, "phase")))
    styre_change_set_text (change, "phase", phase);
  if (g_str_equal (d->outcome, "stopped"))
    styre_change_set_text (change, "lifecycle", "stopped");
  else if (g_str_equal (d->outcome, "paused"))
    styre_change_set_text (change, "lifecycle", "paused");
  else if (g_str_equal (styre_row_get_text (initiative, "lifecycle"), "paused")
           || g_str_equal (styre_row_get_text (initiative, "lifecycle"), "proposed"))
    {
      if (!g_str_equal (d->outcome, "rework"))
        styre_change_set_text (change, "lifecycle", "active");
    }
  if (styre_change_get_n_fields (change) > 0)
    take_change (changes, change);
  else
    styre_change_unref (change);

  /* The decision point is passed: its milestone gets its actual date. */
  if (g_str_equal (d->outcome, "approved") || g_str_equal (d->outcome, "approved_with_conditions"))
    {
      if (sqlite3_prepare_v2 (db, "SELECT id, version FROM milestone WHERE initiative_id = ? "
                                  "AND gate = ? AND actual_date IS NULL",
                              -1, &stmt, NULL) != SQLITE_OK)
        return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      sqlite3_bind_int64 (stmt, 1, d->initiative_id);
      sqlite3_bind_text (stmt, 2, d->gate, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          StyreChange *m = take_change (changes,
                                        styre_change_new_update ("milestone",
                                                                 sqlite3_column_int64 (stmt, 0),
                                                                 sqlite3_column_int64 (stmt, 1)));
          styre_change_set_text (m, "actual_date", date);
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
    }
  return TRUE;
}

/**
 * styre_store_record_gate_decision:
 * @gate: BP1–BP6, KS1 or KS2
 * @outcome: approved, approved_with_conditions, rework, paused or stopped
 * @conditions: (nullable): required for approved_with_conditions
 *
 * Writes a gate decision made under an agenda item onto the initiative: the decision
 * (dated the meeting's day, linked to the item), the phase the gate opens when it is
 * approved, the milestone's actual date, and "stopped" or "paused" when so decided.
 */
gboolean
styre_store_record_gate_decision (StyreStore  *store,
                                  gint64       item_id,
                                  gint64       initiative_id,
                                  const char  *gate,
                                  const char  *outcome,
                                  const char  *conditions,
                                  GError     **error)
{
  GateData d = { item_id, initiative_id, gate, outcome, conditions };

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);

  if (!styre_vocabulary_contains (STYRE_VOCAB_GATE, gate)
      || !styre_vocabulary_contains (STYRE_VOCAB_GATE_OUTCOME, outcome))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("Choose the decision point and the outcome."));
      return FALSE;
    }
  if (g_str_equal (outcome, "approved_with_conditions") && is_blank (conditions))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("Write the conditions of the approval."));
      return FALSE;
    }
  return styre_store_apply_built (store, build_gate_decision, &d, RETRY_SECONDS, error);
}

/* ── follow-up actions ───────────────────────────────────────────────────────────────── */

typedef struct
{
  gint64      action_id;
  gint64      expected_version;
  const char *status;
  gint64      meeting_id;
} ActionData;

static gboolean
next_meeting_of_origin (StyreStore  *store,
                        gint64       action_id,
                        const char  *today,
                        gint64      *meeting_id,
                        GError     **error)
{
  sqlite3 *db = styre_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  *meeting_id = 0;
  if (sqlite3_prepare_v2 (db,
        "SELECT m.id FROM meeting AS m WHERE m.forum_id = ("
        "  SELECT om.forum_id FROM action_item AS x "
        "  JOIN agenda_item AS ai ON ai.id = x.origin_item_id "
        "  JOIN meeting AS om ON om.id = ai.meeting_id WHERE x.id = ?1) "
        "AND m.state <> 'minutes_approved' AND substr(m.starts_at, 1, 10) >= ?2 "
        "ORDER BY m.starts_at LIMIT 1",
        -1, &stmt, NULL) != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  sqlite3_bind_int64 (stmt, 1, action_id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *meeting_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  return TRUE;
}

static gboolean
build_action_status (StyreStore  *store,
                     GPtrArray   *changes,
                     GPtrArray   *touched,
                     gpointer     user_data,
                     GError     **error)
{
  ActionData *d = user_data;
  g_autoptr(StyreRow) row = NULL;
  g_autofree char *today = styre_store_today (store);
  gboolean closing = g_str_equal (d->status, "done") || g_str_equal (d->status, "cancelled");
  gint64 meeting_id = d->meeting_id;
  StyreChange *change;

  row = styre_store_read_row (store, "action_item", d->action_id, error);
  if (row == NULL)
    return FALSE;

  change = take_change (changes, styre_change_new_update ("action_item", d->action_id,
                                                          d->expected_version > 0
                                                          ? d->expected_version
                                                          : styre_row_get_int (row, "version")));
  styre_change_set_text (change, "status", d->status);
  if (closing)
    {
      /* Closed in the meeting where it is reported done: the given one, or the origin
       * forum's next meeting whose minutes are still open. */
      if (meeting_id == 0 && !next_meeting_of_origin (store, d->action_id, today, &meeting_id,
                                                      error))
        return FALSE;
      if (styre_row_get_text (row, "closed_on") == NULL)
        styre_change_set_text (change, "closed_on", today);
      set_id_or_null (change, "closed_in_meeting_id", meeting_id);
    }
  else
    {
      styre_change_set_null (change, "closed_on");
      styre_change_set_null (change, "closed_in_meeting_id");
    }
  return TRUE;
}

/**
 * styre_store_set_action_status:
 * @status: open, in_progress, done or cancelled
 * @meeting_id: the meeting it is closed in, or 0 for the next meeting of the forum it
 *   came from
 *
 * Sets an action's status. Closing it records the day and the meeting it was closed in,
 * so that meeting's follow-up list shows it as done; reopening clears both.
 */
gboolean
styre_store_set_action_status (StyreStore  *store,
                               gint64       action_id,
                               gint64       expected_version,
                               const char  *status,
                               gint64       meeting_id,
                               GError     **error)
{
  ActionData d = { action_id, expected_version, status, meeting_id };

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);

  if (!styre_vocabulary_contains (STYRE_VOCAB_ACTION_STATUS, status))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID, _("“%s” is not a status."),
                   status ? status : "");
      return FALSE;
    }
  return styre_store_apply_built (store, build_action_status, &d, RETRY_SECONDS, error);
}

/* ── what changed after the notice ───────────────────────────────────────────────────── */

void
styre_agenda_change_note_free (StyreAgendaChangeNote *note)
{
  if (note == NULL)
    return;
  g_free (note->at);
  g_free (note->who);
  g_free (note->description);
  g_free (note);
}

static const char *
column_words (const char *table,
              const char *column)
{
  if (g_str_equal (table, "meeting"))
    {
      if (g_str_equal (column, "starts_at") || g_str_equal (column, "ends_at"))
        return _("time");
      if (g_str_equal (column, "place"))
        return _("place");
      if (g_str_equal (column, "video_link"))
        return _("video link");
      if (g_str_equal (column, "chair_id"))
        return _("chair");
      if (g_str_equal (column, "secretary_id"))
        return _("secretary");
      if (g_str_equal (column, "title"))
        return _("title");
      return NULL;
    }
  if (g_str_equal (column, "title"))
    return _("title");
  if (g_str_equal (column, "item_type"))
    return _("type");
  if (g_str_equal (column, "presenter_id") || g_str_equal (column, "presenter_text"))
    return _("presenter");
  if (g_str_equal (column, "planned_minutes"))
    return _("duration");
  if (g_str_equal (column, "summary") || g_str_equal (column, "background")
      || g_str_equal (column, "assessment"))
    return _("case presentation");
  if (g_str_equal (column, "proposed_decision"))
    return _("proposed decision");
  if (g_str_equal (column, "confidentiality") || g_str_equal (column, "legal_basis"))
    return _("public access");
  if (g_str_equal (column, "position"))
    return _("order");
  if (g_str_equal (column, "case_seq") || g_str_equal (column, "case_year"))
    return _("case number");
  return NULL;   /* the minutes' columns and the bookkeeping ones */
}

/* The columns an update's audit detail names: {"col":[old,new],…}. */
static char *
changed_columns (const char *table,
                 const char *detail)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  const char *p = detail;

  while (p != NULL && (p = strchr (p, '"')) != NULL)
    {
      const char *end = strchr (p + 1, '"');
      g_autofree char *column = NULL;
      const char *word;
      int depth = 0;

      if (end == NULL)
        break;
      column = g_strndup (p + 1, end - p - 1);
      word = column_words (table, column);
      if (word != NULL && !g_ptr_array_find_with_equal_func (words, word, g_str_equal, NULL))
        g_ptr_array_add (words, (gpointer) word);
      /* Skip the value: [old,new], strings included. */
      p = end + 1;
      while (*p != '\0')
        {
          if (*p == '"')
            {
              p++;
              while (*p != '\0' && *p != '"')
                p += *p == '\\' && p[1] != '\0' ? 2 : 1;
            }
          else if (*p == '[')
            depth++;
          else if (*p == ']' && --depth <= 0)
            {
              p++;
              break;
            }
          if (*p != '\0')
            p++;
        }
      p = strchr (p, ',');
    }
  if (words->len == 0)
    return NULL;
  g_ptr_array_add (words, NULL);
  /* Translators: separates the things that changed, e.g. "title, duration" */
  return g_strjoinv (_(", "), (char **) words->pdata);
}

/**
 * styre_store_list_changes_since_notice:
 *
 * What was changed in a meeting's notice and agenda after the notice was sent, from the
 * audit log: who, when and what, oldest first.
 *
 * Returns: (transfer full) (element-type StyreAgendaChangeNote): the changes; empty when
 *   the notice was not sent
 */
GPtrArray *
styre_store_list_changes_since_notice (StyreStore  *store,
                                       gint64       meeting_id,
                                       GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_agenda_change_note_free);
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  styre_store_lock (store);
  db = styre_store_get_db (store);
  if (db == NULL)
    {
      styre_store_unlock (store);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return NULL;
    }
  rc = sqlite3_prepare_v2 (db,
    "WITH m AS (SELECT id, notice_sent_at FROM meeting WHERE id = ?1 "
    "           AND notice_sent_at IS NOT NULL), "
    "items AS (SELECT id FROM agenda_item WHERE meeting_id = ?1 "
    "          UNION SELECT row_id FROM audit_log WHERE table_name = 'agenda_item' "
    "          AND json_valid(detail) AND json_extract(detail, '$.meeting_id') = ?1) "
    "SELECT a.at, CASE WHEN a.display_name <> '' THEN a.display_name ELSE a.user_name END, "
    "       a.action, a.table_name, a.row_id, a.detail, "
    "       CASE a.table_name WHEN 'agenda_item' THEN a.row_id "
    "         WHEN 'meeting' THEN 0 "
    "         ELSE coalesce(json_extract(a.detail, '$.agenda_item_id'), "
    "              (SELECT agenda_item_id FROM attachment WHERE id = a.row_id "
    "               AND a.table_name = 'attachment'), "
    "              (SELECT agenda_item_id FROM agenda_item_initiative WHERE id = a.row_id "
    "               AND a.table_name = 'agenda_item_initiative'), "
    "              (SELECT agenda_item_id FROM agenda_item_guest WHERE id = a.row_id "
    "               AND a.table_name = 'agenda_item_guest'), "
    "              (SELECT agenda_item_id FROM agenda_item_view WHERE id = a.row_id "
    "               AND a.table_name = 'agenda_item_view'), 0) END AS item_id, "
    "       coalesce((SELECT title FROM agenda_item WHERE id = (CASE a.table_name "
    "         WHEN 'agenda_item' THEN a.row_id ELSE json_extract(a.detail, '$.agenda_item_id') "
    "         END)), json_extract(a.detail, '$.title')) "
    "FROM audit_log AS a, m "
    "WHERE a.at >= m.notice_sent_at AND json_valid(a.detail) "
    "  AND a.id > coalesce((SELECT max(id) FROM audit_log WHERE table_name = 'meeting' "
    "                       AND row_id = ?1 AND action = 'update' "
    "                       AND detail LIKE '%\"notice_sent_at\"%'), 0) "
    "  AND (a.at > m.notice_sent_at OR EXISTS (SELECT 1 FROM audit_log WHERE "
    "       table_name = 'meeting' AND row_id = ?1 AND detail LIKE '%\"notice_sent_at\"%')) "
    "  AND a.action IN ('insert', 'update', "
    "      'delete') AND ("
    "  (a.table_name = 'meeting' AND a.row_id = m.id) "
    "  OR (a.table_name = 'agenda_item' AND a.row_id IN items) "
    "  OR (a.table_name IN ('attachment', 'agenda_item_initiative', 'agenda_item_guest', "
    "                       'agenda_item_view') "
    "      AND json_extract(a.detail, '$.agenda_item_id') IN items) "
    "  OR (a.table_name IN ('attachment', 'agenda_item_initiative', 'agenda_item_guest', "
    "                       'agenda_item_view') AND a.action <> 'insert' "
    "      AND a.row_id IN (SELECT row_id FROM audit_log AS i WHERE i.table_name = a.table_name "
    "                       AND i.action = 'insert' "
    "                       AND json_extract(i.detail, '$.agenda_item_id') IN items)) "
    "  OR (a.table_name = 'participant' AND (a.row_id IN (SELECT id FROM participant "
    "      WHERE meeting_id = ?1) OR json_extract(a.detail, '$.meeting_id') = ?1))) "
    "ORDER BY a.id",
    -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      styre_store_unlock (store);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *action = (const char *) sqlite3_column_text (stmt, 2);
      const char *table = (const char *) sqlite3_column_text (stmt, 3);
      const char *detail = (const char *) sqlite3_column_text (stmt, 5);
      const char *title = (const char *) sqlite3_column_text (stmt, 7);
      g_autofree char *columns = NULL;
      char *description = NULL;
      StyreAgendaChangeNote *note;

      if (title == NULL)
        title = "";
      if (g_str_equal (table, "meeting"))
        {
          if ((columns = changed_columns (table, detail)) != NULL)
            /* Translators: e.g. "Meeting: time, place changed" */
            description = g_strdup_printf (_("Meeting: %s changed"), columns);
        }
      else if (g_str_equal (table, "agenda_item"))
        {
          if (g_str_equal (action, "insert"))
            description = g_strdup_printf (_("Item added: “%s”"), title);
          else if (g_str_equal (action, "delete"))
            description = g_strdup_printf (_("Item removed: “%s”"), title);
          else if ((columns = changed_columns (table, detail)) != NULL)
            /* Translators: e.g. "“Budget 2027”: title, duration changed" */
            description = g_strdup_printf (_("“%s”: %s changed"), title, columns);
        }
      else if (g_str_equal (table, "participant"))
        {
          if (g_str_equal (action, "insert"))
            description = g_strdup (_("A participant was called"));
          else if (g_str_equal (action, "delete"))
            description = g_strdup (_("A participant was removed"));
        }
      else if (g_str_equal (table, "attachment"))
        description = g_strdup_printf (_("“%s”: attachments changed"), title);
      else if (g_str_equal (table, "agenda_item_initiative"))
        description = g_strdup_printf (_("“%s”: linked initiatives changed"), title);
      else if (g_str_equal (table, "agenda_item_guest"))
        description = g_strdup_printf (_("“%s”: guests changed"), title);
      else if (g_str_equal (table, "agenda_item_view"))
        description = g_strdup_printf (_("“%s”: dashboard views changed"), title);

      if (description == NULL)
        continue;
      note = g_new0 (StyreAgendaChangeNote, 1);
      note->at = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      note->who = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      note->item_id = sqlite3_column_int64 (stmt, 6);
      note->description = description;
      g_ptr_array_add (out, note);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      styre_store_unlock (store);
      return NULL;
    }
  styre_store_unlock (store);
  return g_steal_pointer (&out);
}

/* ── exports in the audit log ────────────────────────────────────────────────────────── */

/**
 * styre_store_audit_export:
 * @table: what was exported from, e.g. "meeting" or "action_item"
 * @row_id: the meeting, or 0 for a list
 * @document: e.g. "notice", "minutes", "board-pack", "ics", "follow-up"
 * @public_version: whether it was the public version
 * @path: (nullable): where it was written
 *
 * Records in the audit log that a document left the file (STORAGE.md rule 12). It
 * changes no data, so it does not count as a change for others' reload.
 *
 * Returns: %FALSE with %STYRE_ERROR_READ_ONLY when the file cannot be written
 */
gboolean
styre_store_audit_export (StyreStore  *store,
                          const char  *table,
                          gint64       row_id,
                          const char  *document,
                          gboolean     public_version,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(GString) detail = g_string_new ("{\"document\":");
  StyreValue v = { .type = STYRE_VALUE_TEXT };
  gboolean ok = FALSE;

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (table != NULL && document != NULL, FALSE);

  v.s = (char *) document;
  styre_value_append_json (&v, detail);
  g_string_append_printf (detail, ",\"public\":%s", public_version ? "true" : "false");
  if (path != NULL)
    {
      v.s = (char *) path;
      g_string_append (detail, ",\"file\":");
      styre_value_append_json (&v, detail);
    }
  g_string_append_c (detail, '}');

  styre_store_lock (store);
  if (styre_store_begin_immediate (store, error))
    {
      if (styre_store_audit (store, "export", table, row_id, detail->str, error)
          && styre_store_commit (store, error))
        ok = TRUE;
      else
        styre_store_rollback (store);
    }
  styre_store_unlock (store);
  return ok;
}

/* ── the projector ───────────────────────────────────────────────────────────────────── */

typedef struct
{
  gint64     item_id;
  GDateTime *start;
  GDateTime *end;
} ItemTimesData;

static char *
utc_stamp (GDateTime *dt)
{
  g_autoptr(GDateTime) utc = dt ? g_date_time_to_utc (dt) : NULL;

  return utc ? g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ") : NULL;
}

/* Whether the minutes of the meeting of @item can still be written. */
static gboolean
check_minutes_open (StyreStore  *store,
                    StyreRow    *item,
                    GError     **error)
{
  g_autoptr(StyreRow) meeting = styre_store_read_row (store, "meeting",
                                                      styre_row_get_int (item, "meeting_id"),
                                                      error);
  const char *state;

  if (meeting == NULL)
    return FALSE;
  state = styre_row_get_text (meeting, "state");
  if (g_strcmp0 (state, "notice_sent") == 0 || g_strcmp0 (state, "held") == 0)
    return TRUE;
  if (g_strcmp0 (state, "minutes_approved") == 0)
    g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                         _("The minutes of this meeting are approved and can no longer be "
                           "changed."));
  else
    g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                         _("The minutes open when the notice of the meeting has been sent."));
  return FALSE;
}

static gboolean
build_item_times (StyreStore  *store,
                  GPtrArray   *changes,
                  GPtrArray   *touched,
                  gpointer     user_data,
                  GError     **error)
{
  ItemTimesData *d = user_data;
  g_autoptr(StyreRow) row = styre_store_read_row (store, "agenda_item", d->item_id, error);
  g_autofree char *start = utc_stamp (d->start);
  g_autofree char *end = utc_stamp (d->end);
  const char *had_start;
  const char *had_end;
  const char *new_start;
  StyreChange *change = NULL;

  if (row == NULL || !check_minutes_open (store, row, error))
    return FALSE;

  had_start = styre_row_get_text (row, "actual_start");
  had_end = styre_row_get_text (row, "actual_end");

  /* The first start stands: a later run of the projector (after a restart) does not
   * move it. The timestamps are UTC and sort as text. */
  new_start = had_start;
  if (start != NULL && (had_start == NULL || strcmp (start, had_start) < 0))
    new_start = start;
  if (end != NULL && new_start != NULL && strcmp (end, new_start) < 0)
    g_clear_pointer (&end, g_free);

  if (g_strcmp0 (new_start, had_start) != 0)
    {
      change = take_change (changes, styre_change_new_update ("agenda_item", d->item_id,
                                                              styre_row_get_int (row, "version")));
      styre_change_set_text (change, "actual_start", new_start);
      /* An end from before the new start (typed by hand) cannot be right. */
      if (end == NULL && had_end != NULL && strcmp (had_end, new_start) < 0)
        styre_change_set_null (change, "actual_end");
    }
  if (end != NULL && g_strcmp0 (end, had_end) != 0)
    {
      if (change == NULL)
        change = take_change (changes, styre_change_new_update ("agenda_item", d->item_id,
                                                                styre_row_get_int (row, "version")));
      styre_change_set_text (change, "actual_end", end);
    }
  return TRUE;
}

/**
 * styre_store_record_item_times:
 * @start: (nullable): when the item was first shown on the projector
 * @end: (nullable): when it was last left; %NULL while it is being discussed
 *
 * Writes the time an item actually took into the minutes, from the meeting clock. The
 * first start is kept (a restarted projector does not move it); the end is the latest.
 * Nothing is written when the file already says so. Refused unless the notice has been
 * sent and the minutes are not approved.
 */
gboolean
styre_store_record_item_times (StyreStore  *store,
                               gint64       item_id,
                               GDateTime   *start,
                               GDateTime   *end,
                               GError     **error)
{
  ItemTimesData d = { item_id, start, end };
  g_autoptr(StyreRow) row = NULL;
  g_autofree char *start_text = utc_stamp (start);
  g_autofree char *end_text = utc_stamp (end);

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (item_id > 0, FALSE);

  /* Already so (the projector stepped back and forth): no transaction, no reload for
   * everyone else. */
  row = styre_store_read_row (store, "agenda_item", item_id, NULL);
  if (row != NULL && styre_row_get_text (row, "actual_start") != NULL
      && (start_text == NULL || strcmp (styre_row_get_text (row, "actual_start"), start_text) <= 0)
      && (end_text == NULL || g_strcmp0 (styre_row_get_text (row, "actual_end"), end_text) == 0))
    return TRUE;

  return styre_store_apply_built (store, build_item_times, &d, RETRY_SECONDS, error);
}

/**
 * styre_store_audit_unlock:
 * @item_id: the exempt agenda item the chair chose to show
 *
 * Records in the audit log (action "unlock") that an item exempt from public access was
 * shown on the projector, with its legal basis. Like an export it changes no data. The
 * projector shows the item only when this succeeded.
 *
 * Returns: %FALSE with %STYRE_ERROR_READ_ONLY when the file cannot be written, or
 *   %STYRE_ERROR_INVALID when the item is not exempt
 */
gboolean
styre_store_audit_unlock (StyreStore  *store,
                          gint64       item_id,
                          GError     **error)
{
  g_autoptr(GString) detail = g_string_new ("{\"shown_on\":\"projector\"");
  gboolean ok = FALSE;

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (item_id > 0, FALSE);

  styre_store_lock (store);
  if (styre_store_begin_immediate (store, error))
    {
      g_autoptr(StyreRow) row = styre_store_read_row (store, "agenda_item", item_id, error);

      if (row != NULL && g_strcmp0 (styre_row_get_text (row, "confidentiality"), "exempt") != 0)
        {
          g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                               _("The item is not exempt from public access."));
          g_clear_pointer (&row, styre_row_unref);
        }
      if (row != NULL)
        {
          StyreValue v = { .type = STYRE_VALUE_TEXT };

          v.s = (char *) styre_row_get_text (row, "legal_basis");
          g_string_append (detail, ",\"legal_basis\":");
          styre_value_append_json (&v, detail);
          g_string_append_printf (detail, ",\"meeting_id\":%" G_GINT64_FORMAT "}",
                                  styre_row_get_int (row, "meeting_id"));
        }
      if (row != NULL
          && styre_store_audit (store, "unlock", "agenda_item", item_id, detail->str, error)
          && styre_store_commit (store, error))
        ok = TRUE;
      else
        styre_store_rollback (store);
    }
  styre_store_unlock (store);
  return ok;
}
