/* styre-detail.c — everything about one initiative, and the rows people choose from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-detail"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "styre-detail.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-store-private.h"
#include "styre-vocabulary.h"

static void
column_value (sqlite3_stmt *stmt,
              int           column,
              StyreValue   *out)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      out->type = STYRE_VALUE_INT;
      out->i = sqlite3_column_int64 (stmt, column);
      break;
    case SQLITE_FLOAT:
      out->type = STYRE_VALUE_REAL;
      out->d = sqlite3_column_double (stmt, column);
      break;
    case SQLITE_TEXT:
    case SQLITE_BLOB:
      out->type = STYRE_VALUE_TEXT;
      out->s = g_strdup ((const char *) sqlite3_column_text (stmt, column));
      break;
    case SQLITE_NULL:
    default:
      out->type = STYRE_VALUE_NULL;
      out->i = 0;
      break;
    }
}

/**
 * styre_store_query_rows:
 * @table: the table the rows are of (the first columns are its own)
 * @sql: a query with ?1 bound to @id
 * @out: (element-type StyreRow): where the rows go
 *
 * Runs @sql with the store's lock held by the caller.
 */
gboolean
styre_store_query_rows (StyreStore   *self,
                        const char   *table,
                        const char   *sql,
                        gint64        id,
                        GPtrArray    *out,
                        GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (self->db == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return FALSE;
    }
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreRow *row = styre_row_new (table);

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          StyreValue v = { 0 };
          column_value (stmt, i, &v);
          styre_row_take_value (row, sqlite3_column_name (stmt, i), v);
        }
      g_ptr_array_add (out, row);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  return TRUE;
}

static GPtrArray *
rows_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
}

void
styre_initiative_detail_free (StyreInitiativeDetail *d)
{
  if (d == NULL)
    return;
  g_clear_pointer (&d->initiative, styre_row_unref);
  g_clear_pointer (&d->pilot, styre_row_unref);
  g_clear_pointer (&d->children, g_ptr_array_unref);
  g_clear_pointer (&d->agencies, g_ptr_array_unref);
  g_clear_pointer (&d->focus_areas, g_ptr_array_unref);
  g_clear_pointer (&d->goals, g_ptr_array_unref);
  g_clear_pointer (&d->people, g_ptr_array_unref);
  g_clear_pointer (&d->tolerances, g_ptr_array_unref);
  g_clear_pointer (&d->reports, g_ptr_array_unref);
  g_clear_pointer (&d->dimensions, g_ptr_array_unref);
  g_clear_pointer (&d->frames, g_ptr_array_unref);
  g_clear_pointer (&d->descoping, g_ptr_array_unref);
  g_clear_pointer (&d->budget_lines, g_ptr_array_unref);
  g_clear_pointer (&d->overspend_shares, g_ptr_array_unref);
  g_clear_pointer (&d->benefits, g_ptr_array_unref);
  g_clear_pointer (&d->benefit_values, g_ptr_array_unref);
  g_clear_pointer (&d->indicators, g_ptr_array_unref);
  g_clear_pointer (&d->measurements, g_ptr_array_unref);
  g_clear_pointer (&d->milestones, g_ptr_array_unref);
  g_clear_pointer (&d->gate_decisions, g_ptr_array_unref);
  g_clear_pointer (&d->risks, g_ptr_array_unref);
  g_clear_pointer (&d->dependencies, g_ptr_array_unref);
  g_clear_pointer (&d->demand, g_ptr_array_unref);
  g_clear_pointer (&d->pilot_evaluations, g_ptr_array_unref);
  g_free (d);
}

/* The case number of the agenda item a decision was made in: "12/26". */
#define CASE_NUMBER(item) \
  "CASE WHEN " item ".case_seq IS NULL THEN NULL " \
  "ELSE substr('000' || " item ".case_seq, -max(f.case_number_digits, length(" item \
  ".case_seq))) || '/' || substr('0' || (" item ".case_year % 100), -2) END"

/**
 * styre_store_get_initiative_detail:
 *
 * Reads everything the detail pane of initiative @id shows, in one go under the store's
 * lock, so the sections agree with each other.
 *
 * Returns: (transfer full): the detail, or %NULL with %STYRE_ERROR_NOT_FOUND when the
 *   initiative does not exist (any more)
 */
StyreInitiativeDetail *
styre_store_get_initiative_detail (StyreStore  *store,
                                   gint64       id,
                                   GError     **error)
{
  g_autoptr(StyreInitiativeDetail) d = g_new0 (StyreInitiativeDetail, 1);
  g_autoptr(GPtrArray) one = rows_new ();
  g_autoptr(GPtrArray) pilots = rows_new ();
  struct { GPtrArray **out; const char *table; const char *sql; } queries[] = {
    { NULL, "initiative",
      "SELECT i.*, a.name AS owning_agency_name, o.name AS owner_name, l.name AS leader_name, "
      "       p.code AS parent_code, p.title AS parent_title, m.code AS merged_into_code, "
      "       m.title AS merged_into_title "
      "FROM initiative AS i JOIN agency AS a ON a.id = i.owning_agency_id "
      "LEFT JOIN person AS o ON o.id = i.owner_id LEFT JOIN person AS l ON l.id = i.leader_id "
      "LEFT JOIN initiative AS p ON p.id = i.parent_id "
      "LEFT JOIN initiative AS m ON m.id = i.merged_into_id WHERE i.id = ?1" },
    { &d->children, "initiative",
      "SELECT id, version, code, title, phase, lifecycle FROM initiative WHERE parent_id = ?1 "
      "ORDER BY code" },
    { &d->agencies, "initiative_agency",
      "SELECT x.*, a.name AS agency_name FROM initiative_agency AS x "
      "JOIN agency AS a ON a.id = x.agency_id WHERE x.initiative_id = ?1 "
      "ORDER BY x.role = 'owner' DESC, a.name" },
    { &d->focus_areas, "initiative_focus_area",
      "SELECT x.*, f.name AS focus_area_name FROM initiative_focus_area AS x "
      "JOIN focus_area AS f ON f.id = x.focus_area_id WHERE x.initiative_id = ?1 "
      "ORDER BY x.weight DESC, f.position, f.name" },
    { &d->goals, "initiative_goal",
      "SELECT x.*, g.title AS goal_title, g.level AS goal_level FROM initiative_goal AS x "
      "JOIN goal AS g ON g.id = x.goal_id WHERE x.initiative_id = ?1 "
      "ORDER BY x.weight DESC, g.position, g.title" },
    { &d->people, "initiative_person",
      "SELECT x.*, p.name AS person_name FROM initiative_person AS x "
      "JOIN person AS p ON p.id = x.person_id WHERE x.initiative_id = ?1 "
      "ORDER BY CASE x.role WHEN 'owner' THEN 0 WHEN 'leader' THEN 1 WHEN 'product_owner' "
      "THEN 2 ELSE 3 END, p.name" },
    { &d->tolerances, "tolerance",
      "SELECT * FROM tolerance WHERE initiative_id = ?1 ORDER BY CASE dimension "
      "WHEN 'time' THEN 0 WHEN 'cost' THEN 1 WHEN 'benefits' THEN 2 ELSE 3 END" },
    { &d->reports, "status_report",
      "SELECT r.*, p.name AS author_name FROM status_report AS r "
      "LEFT JOIN person AS p ON p.id = r.author_id WHERE r.initiative_id = ?1 "
      "ORDER BY r.period" },
    { &d->dimensions, "status_dimension",
      "SELECT d.* FROM status_dimension AS d JOIN status_report AS r "
      "ON r.id = d.status_report_id WHERE r.initiative_id = ?1 ORDER BY r.period" },
    { &d->frames, "cost_frame",
      "SELECT * FROM cost_frame WHERE initiative_id = ?1 ORDER BY valid_from, id" },
    { &d->descoping, "descoping_item",
      "SELECT * FROM descoping_item WHERE initiative_id = ?1 ORDER BY position, id" },
    { &d->budget_lines, "budget_line",
      "SELECT * FROM budget_line WHERE initiative_id = ?1 ORDER BY year, recorded_on, id" },
    { &d->overspend_shares, "overspend_share",
      "SELECT s.*, a.name AS agency_name, o.budget_year, o.chapter_post, o.appropriation, "
      "       o.overspend AS arrangement_overspend "
      "FROM overspend_share AS s JOIN overspend_arrangement AS o ON o.id = s.arrangement_id "
      "JOIN agency AS a ON a.id = o.agency_id WHERE s.initiative_id = ?1 "
      "ORDER BY o.budget_year, a.name" },
    { &d->benefits, "benefit",
      "SELECT b.*, p.name AS owner_name, a.name AS recipient_name, g.title AS goal_title "
      "FROM benefit AS b LEFT JOIN person AS p ON p.id = b.owner_id "
      "LEFT JOIN agency AS a ON a.id = b.recipient_agency_id "
      "LEFT JOIN goal AS g ON g.id = b.goal_id WHERE b.initiative_id = ?1 ORDER BY b.id" },
    { &d->benefit_values, "benefit_value",
      "SELECT v.* FROM benefit_value AS v JOIN benefit AS b ON b.id = v.benefit_id "
      "WHERE b.initiative_id = ?1 ORDER BY v.benefit_id, v.year" },
    { &d->indicators, "indicator",
      "SELECT n.* FROM indicator AS n JOIN benefit AS b ON b.id = n.benefit_id "
      "WHERE b.initiative_id = ?1 ORDER BY n.benefit_id, n.id" },
    { &d->measurements, "measurement",
      "SELECT m.* FROM measurement AS m JOIN indicator AS n ON n.id = m.indicator_id "
      "JOIN benefit AS b ON b.id = n.benefit_id WHERE b.initiative_id = ?1 "
      "ORDER BY m.indicator_id, m.measured_on" },
    { &d->milestones, "milestone",
      "SELECT * FROM milestone WHERE initiative_id = ?1 ORDER BY baseline_date, position, id" },
    { &d->gate_decisions, "gate_decision",
      "SELECT g.*, " CASE_NUMBER ("ai") " AS case_number, m.starts_at AS meeting_starts_at, "
      "       f.name AS forum_name, ai.title AS item_title "
      "FROM gate_decision AS g LEFT JOIN agenda_item AS ai ON ai.id = g.agenda_item_id "
      "LEFT JOIN meeting AS m ON m.id = ai.meeting_id LEFT JOIN forum AS f ON f.id = m.forum_id "
      "WHERE g.initiative_id = ?1 ORDER BY g.decided_on, g.id" },
    { &d->risks, "risk",
      "SELECT r.*, p.name AS owner_name FROM risk AS r LEFT JOIN person AS p "
      "ON p.id = r.owner_id WHERE r.initiative_id = ?1 "
      "ORDER BY r.state = 'open' DESC, r.probability * r.consequence DESC, r.id" },
    { &d->dependencies, "dependency",
      "SELECT x.*, i.code AS on_code, i.title AS on_title, c.name AS component_name "
      "FROM dependency AS x LEFT JOIN initiative AS i ON i.id = x.depends_on_initiative_id "
      "LEFT JOIN national_component AS c ON c.id = x.national_component_id "
      "WHERE x.initiative_id = ?1 ORDER BY x.needed_by IS NULL, x.needed_by, x.id" },
    { &d->demand, "competence_demand",
      "SELECT x.*, c.name AS competence_name FROM competence_demand AS x "
      "JOIN competence AS c ON c.id = x.competence_id WHERE x.initiative_id = ?1 "
      "ORDER BY c.position, c.name, x.quarter" },
    { NULL, "pilot", "SELECT * FROM pilot WHERE initiative_id = ?1" },
    { &d->pilot_evaluations, "pilot_evaluation",
      "SELECT e.*, " CASE_NUMBER ("ai") " AS case_number, m.starts_at AS meeting_starts_at "
      "FROM pilot_evaluation AS e JOIN pilot AS pl ON pl.id = e.pilot_id "
      "LEFT JOIN agenda_item AS ai ON ai.id = e.agenda_item_id "
      "LEFT JOIN meeting AS m ON m.id = ai.meeting_id LEFT JOIN forum AS f ON f.id = m.forum_id "
      "WHERE pl.initiative_id = ?1 ORDER BY e.evaluated_on, e.id" },
  };
  gboolean ok = TRUE;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  d->id = id;
  styre_store_lock (store);
  for (guint i = 0; ok && i < G_N_ELEMENTS (queries); i++)
    {
      GPtrArray *out;

      if (queries[i].out != NULL)
        out = *queries[i].out = rows_new ();
      else if (g_str_equal (queries[i].table, "pilot"))
        out = pilots;
      else
        out = one;
      ok = styre_store_query_rows (store, queries[i].table, queries[i].sql, id, out, error);
      if (ok && out == one && one->len == 0)
        {
          g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                               _("The initiative no longer exists. Someone may have deleted it."));
          ok = FALSE;
        }
    }
  styre_store_unlock (store);

  if (!ok)
    return NULL;
  d->initiative = styre_row_ref (g_ptr_array_index (one, 0));
  if (pilots->len > 0)
    d->pilot = styre_row_ref (g_ptr_array_index (pilots, 0));
  return g_steal_pointer (&d);
}

/* ── choices ─────────────────────────────────────────────────────────────────────────── */

void
styre_choice_free (StyreChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->label);
  g_free (choice->detail);
  g_free (choice);
}

/**
 * styre_store_list_choices:
 * @table: "agency", "person", "initiative", "goal", "focus_area", "competence",
 *   "national_component", "agenda_item" or "overspend_arrangement"
 *
 * The rows a person picks from for a reference to @table, named as they know them and
 * in the order they look for them.
 *
 * Returns: (transfer full) (element-type StyreChoice): the choices
 */
GPtrArray *
styre_store_list_choices (StyreStore  *store,
                          const char  *table,
                          GError     **error)
{
  static const struct { const char *table; const char *sql; } queries[] = {
    { "agency", "SELECT id, name, short_name FROM agency ORDER BY is_host DESC, name" },
    { "person", "SELECT p.id, p.name, trim(p.job_title || CASE WHEN a.id IS NULL THEN '' "
                "ELSE ', ' || coalesce(nullif(a.short_name, ''), a.name) END, ', ') "
                "FROM person AS p LEFT JOIN agency AS a ON a.id = p.agency_id ORDER BY p.name" },
    { "initiative", "SELECT id, code || ' – ' || title, NULL FROM initiative ORDER BY code" },
    { "goal", "SELECT id, title, level FROM goal ORDER BY CASE level WHEN 'societal' THEN 0 "
              "WHEN 'outcome' THEN 1 ELSE 2 END, position, title" },
    { "focus_area", "SELECT id, name, NULL FROM focus_area ORDER BY position, name" },
    { "competence", "SELECT id, name, NULL FROM competence ORDER BY position, name" },
    { "national_component", "SELECT id, name, provider FROM national_component ORDER BY name" },
    { "agenda_item", "SELECT ai.id, " CASE_NUMBER ("ai") ", ai.title, m.starts_at, f.name "
                     "FROM agenda_item AS ai JOIN meeting AS m ON m.id = ai.meeting_id "
                     "JOIN forum AS f ON f.id = m.forum_id "
                     "ORDER BY m.starts_at DESC, ai.position" },
    { "overspend_arrangement", "SELECT o.id, coalesce(nullif(a.short_name, ''), a.name) || ' ' "
                               "|| o.budget_year, o.chapter_post FROM overspend_arrangement AS o "
                               "JOIN agency AS a ON a.id = o.agency_id "
                               "ORDER BY o.budget_year DESC, a.name" },
  };
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_choice_free);
  const char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean is_item = g_strcmp0 (table, "agenda_item") == 0;
  gboolean is_goal = g_strcmp0 (table, "goal") == 0;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    if (g_strcmp0 (queries[i].table, table) == 0)
      sql = queries[i].sql;
  if (sql == NULL)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   "“%s” has no list to choose from", table);
      return NULL;
    }

  styre_store_lock (store);
  if (store->db == NULL)
    {
      styre_store_unlock (store);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return NULL;
    }
  rc = sqlite3_prepare_v2 (store->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          StyreChoice *c = g_new0 (StyreChoice, 1);
          const char *second = (const char *) sqlite3_column_text (stmt, 2);

          c->id = sqlite3_column_int64 (stmt, 0);
          if (is_item)
            {
              const char *number = (const char *) sqlite3_column_text (stmt, 1);
              g_autofree char *day = styre_format_date ((const char *) sqlite3_column_text (stmt, 3));

              c->label = number ? g_strdup_printf ("%s %s", number, second) : g_strdup (second);
              /* Translators: where an agenda item was, e.g. "Ledergruppen, 27.11.2026" */
              c->detail = g_strdup_printf (_("%s, %s"), sqlite3_column_text (stmt, 4), day);
            }
          else
            {
              c->label = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
              if (is_goal)
                c->detail = g_strdup (styre_vocabulary_label (STYRE_VOCAB_GOAL_LEVEL, second));
              else if (second != NULL && *second != '\0')
                c->detail = g_strdup (second);
            }
          g_ptr_array_add (choices, c);
        }
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  if (rc != SQLITE_OK)
    styre_sqlite_error (store->db, sqlite3_extended_errcode (store->db), error);
  g_clear_pointer (&stmt, sqlite3_finalize);
  styre_store_unlock (store);

  return rc == SQLITE_OK ? g_steal_pointer (&choices) : NULL;
}

/**
 * styre_store_list_reference_rows:
 * @table: "agency", "person", "focus_area", "goal", "competence", "national_component",
 *   "tolerance" (the portfolio's defaults), "overspend_arrangement" (with "agency_name"),
 *   "overspend_repayment" (by arrangement and year), "overspend_share" (with
 *   "initiative_code" and "initiative_title") or "competence_capacity" (with
 *   "competence_name" and "agency_name", by competence and quarter)
 *
 * The rows of a table of reference data, as the Organisation window lists them, with the
 * number of places that use each ("uses").
 *
 * Returns: (transfer full) (element-type StyreRow): the rows
 */
GPtrArray *
styre_store_list_reference_rows (StyreStore  *store,
                                 const char  *table,
                                 GError     **error)
{
  static const struct { const char *table; const char *sql; } queries[] = {
    { "agency", "SELECT a.*, (SELECT count(*) FROM initiative WHERE owning_agency_id = a.id) "
                "+ (SELECT count(*) FROM initiative_agency WHERE agency_id = a.id) AS uses "
                "FROM agency AS a ORDER BY a.is_host DESC, a.name" },
    { "person", "SELECT p.*, a.name AS agency_name, "
                "(SELECT count(*) FROM initiative WHERE owner_id = p.id OR leader_id = p.id) "
                "+ (SELECT count(*) FROM initiative_person WHERE person_id = p.id) AS uses "
                "FROM person AS p LEFT JOIN agency AS a ON a.id = p.agency_id ORDER BY p.name" },
    { "focus_area", "SELECT f.*, (SELECT count(*) FROM initiative_focus_area "
                    "WHERE focus_area_id = f.id) AS uses FROM focus_area AS f "
                    "ORDER BY f.position, f.name" },
    { "goal", "SELECT g.*, f.name AS focus_area_name, (SELECT count(*) FROM initiative_goal "
              "WHERE goal_id = g.id) AS uses FROM goal AS g "
              "LEFT JOIN focus_area AS f ON f.id = g.focus_area_id ORDER BY g.position, g.id" },
    { "competence", "SELECT c.*, (SELECT count(*) FROM competence_demand "
                    "WHERE competence_id = c.id) AS uses FROM competence AS c "
                    "ORDER BY c.position, c.name" },
    { "national_component", "SELECT n.*, (SELECT count(*) FROM dependency "
                            "WHERE national_component_id = n.id) AS uses "
                            "FROM national_component AS n ORDER BY n.name" },
    { "tolerance", "SELECT * FROM tolerance WHERE initiative_id IS NULL ORDER BY CASE dimension "
                   "WHEN 'time' THEN 0 WHEN 'cost' THEN 1 WHEN 'benefits' THEN 2 ELSE 3 END" },
    { "overspend_arrangement", "SELECT o.*, a.name AS agency_name, "
                               "(SELECT count(*) FROM overspend_share "
                               "WHERE arrangement_id = o.id) AS uses "
                               "FROM overspend_arrangement AS o "
                               "JOIN agency AS a ON a.id = o.agency_id "
                               "ORDER BY o.budget_year DESC, a.name, o.chapter_post" },
    { "overspend_repayment", "SELECT * FROM overspend_repayment ORDER BY arrangement_id, year" },
    { "overspend_share", "SELECT s.*, i.code AS initiative_code, i.title AS initiative_title "
                         "FROM overspend_share AS s JOIN initiative AS i ON i.id = s.initiative_id "
                         "ORDER BY s.arrangement_id, s.amount DESC, i.code" },
    /* By competence as the chart has them, then quarter; the whole organisation before
     * the agencies. */
    { "competence_capacity", "SELECT k.*, c.name AS competence_name, a.name AS agency_name "
                             "FROM competence_capacity AS k "
                             "JOIN competence AS c ON c.id = k.competence_id "
                             "LEFT JOIN agency AS a ON a.id = k.agency_id "
                             "ORDER BY c.position, c.name, k.quarter, k.agency_id IS NOT NULL, "
                             "a.name" },
  };
  g_autoptr(GPtrArray) rows = rows_new ();
  const char *sql = NULL;
  gboolean ok;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    if (g_strcmp0 (queries[i].table, table) == 0)
      sql = queries[i].sql;
  if (sql == NULL)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID, "“%s” is not reference data", table);
      return NULL;
    }

  styre_store_lock (store);
  ok = styre_store_query_rows (store, table, sql, 0, rows, error);
  styre_store_unlock (store);
  return ok ? g_steal_pointer (&rows) : NULL;
}

/**
 * styre_store_list_rows_where:
 * @column: (nullable): a column of @table that refers to another row, or %NULL for all
 *   the rows
 *
 * The rows of @table whose @column is @value, in id order, e.g. an arrangement's
 * repayments.
 *
 * Returns: (transfer full) (element-type StyreRow): the rows
 */
GPtrArray *
styre_store_list_rows_where (StyreStore  *store,
                             const char  *table,
                             const char  *column,
                             gint64       value,
                             GError     **error)
{
  g_autoptr(GPtrArray) rows = rows_new ();
  const StyreTableInfo *info;
  g_autofree char *sql = NULL;
  gboolean known = FALSE;
  gboolean ok;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  styre_store_lock (store);
  info = styre_store_get_table_info (store, table);
  for (guint i = 0; info != NULL && i < info->columns->len; i++)
    known |= column == NULL || g_str_equal (g_ptr_array_index (info->columns, i), column);
  if (!known)
    {
      styre_store_unlock (store);
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID, "“%s” has no column “%s”", table,
                   column ? column : "");
      return NULL;
    }
  if (column == NULL)
    sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY id", info->name);
  else
    sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE \"%s\" = ?1 ORDER BY id", info->name,
                           column);
  ok = styre_store_query_rows (store, table, sql, value, rows, error);
  styre_store_unlock (store);
  return ok ? g_steal_pointer (&rows) : NULL;
}
