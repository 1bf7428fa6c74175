/* styre-queries.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-queries"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "styre-error.h"
#include "styre-format.h"
#include "styre-queries.h"
#include "styre-store-private.h"

static const char *
col_text (sqlite3_stmt *stmt,
          int           i)
{
  return (const char *) sqlite3_column_text (stmt, i);
}

static gint64
col_int_or (sqlite3_stmt *stmt,
            int           i,
            gint64        fallback)
{
  return styre_sqlite_column_int_or (stmt, i, fallback);
}

static sqlite3_stmt *
prepare (StyreStore  *self,
         const char  *sql,
         GError     **error)
{
  return styre_sqlite_prepare (self->db, sql, error);
}

static gboolean
finish (StyreStore    *self,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  return styre_sqlite_finish (self->db, stmt, rc, error);
}

/**
 * styre_store_list_initiatives:
 * @year: the budget year for the budget and forecast columns
 *
 * Every initiative with its latest published overall colour and the one before (for the
 * trend), its last report period and this year's approved budget and forecast (the
 * latest revision of the budget line).
 *
 * Returns: (transfer full): a #GListModel of #StyreInitiative, ordered by code
 */
GListModel *
styre_store_list_initiatives (StyreStore  *self,
                              int          year,
                              GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (STYRE_TYPE_INITIATIVE);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  gboolean ok;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);

  styre_store_lock (self);
  stmt = prepare (self,
    "SELECT i.id, i.version, i.code, i.title, i.what, i.kind, i.method, i.phase, i.lifecycle,"
    "       a.name, p.name, r1.overall_rag, r2.overall_rag, r1.period, b.approved, b.forecast, "
    "       i.owning_agency_id, (SELECT group_concat(focus_area_id) FROM initiative_focus_area "
    "                            WHERE initiative_id = i.id) "
    "FROM initiative AS i "
    "JOIN agency AS a ON a.id = i.owning_agency_id "
    "LEFT JOIN person AS p ON p.id = i.owner_id "
    "LEFT JOIN status_report AS r1 ON r1.id = ("
    "  SELECT id FROM status_report WHERE initiative_id = i.id AND state = 'published' "
    "  ORDER BY period DESC LIMIT 1) "
    "LEFT JOIN status_report AS r2 ON r2.id = ("
    "  SELECT id FROM status_report WHERE initiative_id = i.id AND state = 'published' "
    "  ORDER BY period DESC LIMIT 1 OFFSET 1) "
    "LEFT JOIN budget_line AS b ON b.id = ("
    "  SELECT id FROM budget_line WHERE initiative_id = i.id AND year = ?1 "
    "  ORDER BY recorded_on DESC, id DESC LIMIT 1) "
    "ORDER BY i.code",
    error);
  if (stmt == NULL)
    {
      styre_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_int (stmt, 1, year);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreInitiativeData d = {
        .id = sqlite3_column_int64 (stmt, 0),
        .version = sqlite3_column_int64 (stmt, 1),
        .code = col_text (stmt, 2),
        .title = col_text (stmt, 3),
        .what = col_text (stmt, 4),
        .kind = col_text (stmt, 5),
        .method = col_text (stmt, 6),
        .phase = col_text (stmt, 7),
        .lifecycle = col_text (stmt, 8),
        .agency_name = col_text (stmt, 9),
        .owner_name = col_text (stmt, 10),
        .overall_rag = col_text (stmt, 11),
        .previous_rag = col_text (stmt, 12),
        .last_period = col_text (stmt, 13),
        .budget = col_int_or (stmt, 14, -1),
        .forecast = col_int_or (stmt, 15, -1),
        .agency_id = sqlite3_column_int64 (stmt, 16),
        .focus_area_ids = col_text (stmt, 17),
      };
      g_ptr_array_add (items, styre_initiative_new (&d));
    }
  ok = finish (self, stmt, rc, error);
  styre_store_unlock (self);

  if (!ok)
    return NULL;
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * styre_store_list_meetings:
 *
 * Returns: (transfer full): a #GListModel of #StyreMeeting, newest first
 */
GListModel *
styre_store_list_meetings (StyreStore  *self,
                           GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (STYRE_TYPE_MEETING);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  gboolean ok;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);

  styre_store_lock (self);
  stmt = prepare (self,
    "SELECT m.id, m.version, m.forum_id, f.name, m.title, m.starts_at, m.ends_at, m.place, "
    "       m.state, p.name, "
    "       (SELECT count(*) FROM agenda_item WHERE meeting_id = m.id), "
    "       (SELECT count(*) FROM agenda_item WHERE meeting_id = m.id "
    "        AND confidentiality = 'exempt') "
    "FROM meeting AS m JOIN forum AS f ON f.id = m.forum_id "
    "LEFT JOIN person AS p ON p.id = m.chair_id "
    "ORDER BY m.starts_at DESC, m.id DESC",
    error);
  if (stmt == NULL)
    {
      styre_store_unlock (self);
      return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreMeetingData d = {
        .id = sqlite3_column_int64 (stmt, 0),
        .version = sqlite3_column_int64 (stmt, 1),
        .forum_id = sqlite3_column_int64 (stmt, 2),
        .forum_name = col_text (stmt, 3),
        .title = col_text (stmt, 4),
        .starts_at = col_text (stmt, 5),
        .ends_at = col_text (stmt, 6),
        .place = col_text (stmt, 7),
        .state = col_text (stmt, 8),
        .chair_name = col_text (stmt, 9),
        .n_items = (guint) sqlite3_column_int (stmt, 10),
        .n_exempt = (guint) sqlite3_column_int (stmt, 11),
      };
      g_ptr_array_add (items, styre_meeting_new (&d));
    }
  ok = finish (self, stmt, rc, error);
  styre_store_unlock (self);

  if (!ok)
    return NULL;
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * styre_store_list_actions:
 * @today: 'YYYY-MM-DD', to mark what is overdue
 * @open_only: only open and in-progress actions
 *
 * Returns: (transfer full): a #GListModel of #StyreAction: overdue first, then by due date
 */
GListModel *
styre_store_list_actions (StyreStore  *self,
                          const char  *today,
                          gboolean     open_only,
                          GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (STYRE_TYPE_ACTION);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  gboolean ok;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  styre_store_lock (self);
  stmt = prepare (self,
    "SELECT x.id, x.version, x.title, p.name, x.due_on, x.status, x.latest_note, "
    "       m.starts_at, f.name, ai.case_seq, ai.case_year, f.case_number_digits, "
    "       x.confidentiality, x.legal_basis, "
    "       (x.status IN ('open', 'in_progress') AND x.due_on IS NOT NULL "
    "        AND x.due_on < ?1) AS overdue, "
    "       x.owner_id, m.forum_id, x.origin_item_id, m.id, ai.confidentiality, "
    "       ai.legal_basis, x.closed_on, cm.starts_at, x.created_on "
    "FROM action_item AS x "
    "LEFT JOIN person AS p ON p.id = x.owner_id "
    "LEFT JOIN agenda_item AS ai ON ai.id = x.origin_item_id "
    "LEFT JOIN meeting AS m ON m.id = ai.meeting_id "
    "LEFT JOIN forum AS f ON f.id = m.forum_id "
    "LEFT JOIN meeting AS cm ON cm.id = x.closed_in_meeting_id "
    "WHERE ?2 = 0 OR x.status IN ('open', 'in_progress') "
    "ORDER BY overdue DESC, x.status IN ('done', 'cancelled'), "
    "         x.due_on IS NULL, x.due_on, x.id",
    error);
  if (stmt == NULL)
    {
      styre_store_unlock (self);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, open_only ? 1 : 0);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *case_number = NULL;
      StyreActionData d;

      if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
        case_number = styre_format_case_number (sqlite3_column_int (stmt, 9),
                                                sqlite3_column_int (stmt, 10),
                                                (int) col_int_or (stmt, 11, 2));
      d = (StyreActionData) {
        .id = sqlite3_column_int64 (stmt, 0),
        .version = sqlite3_column_int64 (stmt, 1),
        .title = col_text (stmt, 2),
        .owner_name = col_text (stmt, 3),
        .due_on = col_text (stmt, 4),
        .status = col_text (stmt, 5),
        .latest_note = col_text (stmt, 6),
        .origin_meeting = col_text (stmt, 7),
        .origin_forum = col_text (stmt, 8),
        .case_number = case_number,
        .confidentiality = col_text (stmt, 12),
        .legal_basis = col_text (stmt, 13),
        .overdue = sqlite3_column_int (stmt, 14) != 0,
        .owner_id = col_int_or (stmt, 15, 0),
        .forum_id = col_int_or (stmt, 16, 0),
        .origin_item_id = col_int_or (stmt, 17, 0),
        .origin_meeting_id = col_int_or (stmt, 18, 0),
        .origin_exempt = g_strcmp0 (col_text (stmt, 19), "exempt") == 0,
        .origin_legal_basis = col_text (stmt, 20),
        .closed_on = col_text (stmt, 21),
        .closed_in_meeting = col_text (stmt, 22),
        .created_on = col_text (stmt, 23),
      };
      g_ptr_array_add (items, styre_action_new (&d));
    }
  ok = finish (self, stmt, rc, error);
  styre_store_unlock (self);

  if (!ok)
    return NULL;
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static void
gate_due_free (gpointer data)
{
  StyreGateDue *g = data;

  g_free (g->code);
  g_free (g->title);
  g_free (g->gate);
  g_free (g->date);
  g_free (g);
}

void
styre_portfolio_summary_clear (StyrePortfolioSummary *summary)
{
  g_clear_pointer (&summary->next_gates, g_ptr_array_unref);
  memset (summary, 0, sizeof *summary);
}

/**
 * styre_store_get_portfolio_summary:
 * @today: 'YYYY-MM-DD'; its year is the budget year
 *
 * The figures a leader looks at first: initiatives by colour, this year's money and
 * benefits, open and overdue actions, and the gate decisions coming up.
 */
gboolean
styre_store_get_portfolio_summary (StyreStore             *self,
                                   const char             *today,
                                   StyrePortfolioSummary  *summary,
                                   GError                **error)
{
  sqlite3_stmt *stmt;
  int rc;
  gboolean ok = FALSE;
  int year;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL && strlen (today) >= 10, FALSE);

  memset (summary, 0, sizeof *summary);
  year = atoi (today);
  summary->year = year;
  summary->next_gates = g_ptr_array_new_with_free_func (gate_due_free);

  styre_store_lock (self);

  stmt = prepare (self,
    "SELECT count(*), "
    "       sum(i.lifecycle IN ('proposed', 'active', 'paused')), "
    "       sum(i.lifecycle IN ('proposed', 'active', 'paused') AND r.overall_rag IS NULL), "
    "       sum(i.lifecycle IN ('proposed', 'active', 'paused') AND r.overall_rag = 'grey'), "
    "       sum(i.lifecycle IN ('proposed', 'active', 'paused') AND r.overall_rag = 'green'), "
    "       sum(i.lifecycle IN ('proposed', 'active', 'paused') AND r.overall_rag = 'yellow'), "
    "       sum(i.lifecycle IN ('proposed', 'active', 'paused') AND r.overall_rag = 'red') "
    "FROM initiative AS i "
    "LEFT JOIN status_report AS r ON r.id = ("
    "  SELECT id FROM status_report WHERE initiative_id = i.id AND state = 'published' "
    "  ORDER BY period DESC LIMIT 1)",
    error);
  if (stmt == NULL)
    goto out;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      summary->n_initiatives = (guint) sqlite3_column_int (stmt, 0);
      summary->n_active = (guint) sqlite3_column_int (stmt, 1);
      summary->by_rag[STYRE_RAG_GREY] = (guint) (sqlite3_column_int (stmt, 2)
                                                 + sqlite3_column_int (stmt, 3));
      summary->by_rag[STYRE_RAG_GREEN] = (guint) sqlite3_column_int (stmt, 4);
      summary->by_rag[STYRE_RAG_YELLOW] = (guint) sqlite3_column_int (stmt, 5);
      summary->by_rag[STYRE_RAG_RED] = (guint) sqlite3_column_int (stmt, 6);
      rc = SQLITE_DONE;
    }
  if (!finish (self, stmt, rc, error))
    goto out;

  stmt = prepare (self,
    "SELECT coalesce(sum(b.approved), 0), coalesce(sum(coalesce(b.forecast, b.revised, "
    "       b.approved)), 0), coalesce(sum(b.actual), 0) "
    "FROM budget_line AS b WHERE b.year = ?1 AND b.id = ("
    "  SELECT id FROM budget_line WHERE initiative_id = b.initiative_id AND year = ?1 "
    "  ORDER BY recorded_on DESC, id DESC LIMIT 1)",
    error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int (stmt, 1, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      summary->budget_approved = sqlite3_column_int64 (stmt, 0);
      summary->budget_forecast = sqlite3_column_int64 (stmt, 1);
      summary->budget_actual = sqlite3_column_int64 (stmt, 2);
      rc = SQLITE_DONE;
    }
  if (!finish (self, stmt, rc, error))
    goto out;

  stmt = prepare (self,
    "SELECT coalesce(sum(v.planned), 0), coalesce(sum(v.realised), 0) "
    "FROM benefit_value AS v JOIN benefit AS b ON b.id = v.benefit_id "
    "WHERE b.priced = 1 AND v.year = ?1",
    error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_int (stmt, 1, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      summary->benefits_planned = sqlite3_column_int64 (stmt, 0);
      summary->benefits_realised = sqlite3_column_int64 (stmt, 1);
      rc = SQLITE_DONE;
    }
  if (!finish (self, stmt, rc, error))
    goto out;

  stmt = prepare (self,
    "SELECT count(*), coalesce(sum(due_on IS NOT NULL AND due_on < ?1), 0), "
    "       (SELECT count(*) FROM meeting) "
    "FROM action_item WHERE status IN ('open', 'in_progress')",
    error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      summary->open_actions = (guint) sqlite3_column_int (stmt, 0);
      summary->overdue_actions = (guint) sqlite3_column_int (stmt, 1);
      summary->n_meetings = (guint) sqlite3_column_int (stmt, 2);
      rc = SQLITE_DONE;
    }
  if (!finish (self, stmt, rc, error))
    goto out;

  stmt = prepare (self,
    "SELECT i.code, i.title, m.gate, coalesce(m.forecast_date, m.baseline_date) AS due "
    "FROM milestone AS m JOIN initiative AS i ON i.id = m.initiative_id "
    "WHERE m.gate IS NOT NULL AND m.actual_date IS NULL AND due >= ?1 "
    "AND i.lifecycle IN ('proposed', 'active', 'paused') "
    "ORDER BY due, i.code LIMIT 5",
    error);
  if (stmt == NULL)
    goto out;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreGateDue *g = g_new0 (StyreGateDue, 1);
      g->code = g_strdup (col_text (stmt, 0));
      g->title = g_strdup (col_text (stmt, 1));
      g->gate = g_strdup (col_text (stmt, 2));
      g->date = g_strdup (col_text (stmt, 3));
      g_ptr_array_add (summary->next_gates, g);
    }
  if (!finish (self, stmt, rc, error))
    goto out;

  ok = TRUE;

out:
  styre_store_unlock (self);
  if (!ok)
    styre_portfolio_summary_clear (summary);
  return ok;
}
