/* styre-store-write.c — the write API: one action, one short transaction
 *
 * Every change runs in `BEGIN IMMEDIATE … COMMIT` together with its audit row and a bump of
 * the change counter (STORAGE.md rule 4), and every update and delete is checked against
 * the row's version (rule 5): if someone else saved first, nothing is written and the
 * caller gets %STYRE_ERROR_CONFLICT, keeping what the person typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "styre-agenda-private.h"
#include "styre-change-private.h"
#include "styre-dashboard-layout.h"
#include "styre-error.h"
#include "styre-store-private.h"

/* Columns the store fills in itself. */
static gboolean
is_managed_column (const char *column)
{
  return g_str_equal (column, "id")
      || g_str_equal (column, "version")
      || g_str_equal (column, "updated_at")
      || g_str_equal (column, "updated_by");
}

/* Tables the generic write API never touches: the store keeps them itself. */
static gboolean
is_system_table (const char *table)
{
  return g_str_equal (table, "meta")
      || g_str_equal (table, "audit_log")
      || g_str_equal (table, "session");
}

static gboolean
has_column (const StyreTableInfo *info,
            const char           *column)
{
  for (guint i = 0; i < info->columns->len; i++)
    if (g_str_equal (g_ptr_array_index (info->columns, i), column))
      return TRUE;
  return FALSE;
}

static void
bind_value (sqlite3_stmt     *stmt,
            int               index,
            const StyreValue *value)
{
  switch (value->type)
    {
    case STYRE_VALUE_NULL:
      sqlite3_bind_null (stmt, index);
      break;
    case STYRE_VALUE_INT:
      sqlite3_bind_int64 (stmt, index, value->i);
      break;
    case STYRE_VALUE_REAL:
      sqlite3_bind_double (stmt, index, value->d);
      break;
    case STYRE_VALUE_TEXT:
      sqlite3_bind_text (stmt, index, value->s, -1, SQLITE_TRANSIENT);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
read_value (sqlite3_stmt *stmt,
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

gboolean
styre_store_begin_immediate (StyreStore  *self,
                             GError     **error)
{
  if (self->db == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return FALSE;
    }
  if (self->read_only)
    {
      g_set_error (error, STYRE_ERROR,
                   self->read_only_kind == STYRE_READ_ONLY_MOVED ? STYRE_ERROR_MOVED
                                                                 : STYRE_ERROR_READ_ONLY,
                   "%s", self->read_only_reason ? self->read_only_reason
                                                : _("The file is open for reading only."));
      return FALSE;
    }
  /* Never a write to a file that was moved or replaced underneath (rule 7). */
  if (!styre_store_check_moved (self, error))
    return FALSE;
  self->own_audit_mark = self->own_audit_ids->len;
  return styre_sqlite_exec (self->db, "BEGIN IMMEDIATE", error);
}

gboolean
styre_store_commit (StyreStore  *self,
                    GError     **error)
{
  return styre_sqlite_commit (self->db, error);
}

void
styre_store_rollback (StyreStore *self)
{
  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  /* Audit ids of a transaction that did not happen will be someone else's. */
  if (self->own_audit_ids->len > self->own_audit_mark)
    g_array_set_size (self->own_audit_ids, self->own_audit_mark);
}

gboolean
styre_store_bump_counter (StyreStore  *self,
                          GError     **error)
{
  return styre_sqlite_exec (self->db,
                            "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                            "WHERE key = 'change_counter'",
                            error);
}

/**
 * styre_store_audit:
 *
 * Writes an audit row; the caller holds the transaction that makes the change, so the row
 * exists exactly when the change does.
 */
gboolean
styre_store_audit (StyreStore  *self,
                   const char  *action,
                   const char  *table,
                   gint64       row_id,
                   const char  *detail_json,
                   GError     **error)
{
  g_autofree char *now = styre_store_now (self);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO audit_log (at, user_name, display_name, host, action, "
                           "table_name, row_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, self->user_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, self->display_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, self->host, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, table, -1, SQLITE_STATIC);
  if (row_id > 0)
    sqlite3_bind_int64 (stmt, 7, row_id);
  else
    sqlite3_bind_null (stmt, 7);
  sqlite3_bind_text (stmt, 8, detail_json ? detail_json : "{}", -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

  /* The change feed must not report our own change as someone else's. */
  {
    gint64 id = sqlite3_last_insert_rowid (self->db);
    g_array_append_val (self->own_audit_ids, id);
  }
  return TRUE;
}

static gboolean
field_value (const StyreChangeField  *f,
             StyreValue              *out,
             GError                 **error)
{
  if (f->ref == NULL)
    {
      *out = f->value;
      return TRUE;
    }
  if (f->ref->id <= 0)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_FAILED,
                   "“%s” refers to a row of “%s” that is not inserted earlier in the batch",
                   f->column, f->ref->table);
      return FALSE;
    }
  out->type = STYRE_VALUE_INT;
  out->i = f->ref->id;
  return TRUE;
}

/* Who last saved the row, for the conflict message. */
static char *
last_writer (StyreStore *self,
             const char *table,
             gint64      id,
             gboolean    deleted)
{
  sqlite3_stmt *stmt = NULL;
  char *who = NULL;

  if (sqlite3_prepare_v2 (self->db,
                          "SELECT display_name, user_name FROM audit_log WHERE table_name = ? "
                          "AND row_id = ? AND (?3 = 0 OR action = 'delete') "
                          "ORDER BY id DESC LIMIT 1",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_int (stmt, 3, deleted ? 1 : 0);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *d = (const char *) sqlite3_column_text (stmt, 0);
      const char *u = (const char *) sqlite3_column_text (stmt, 1);
      who = g_strdup (d && *d ? d : u);
    }
  sqlite3_finalize (stmt);
  return who;
}

static gboolean
set_conflict (StyreStore  *self,
              StyreChange *change,
              gboolean     deleted,
              GError     **error)
{
  g_autofree char *who = last_writer (self, change->table, change->id, deleted);

  if (deleted)
    {
      if (who != NULL)
        g_set_error (error, STYRE_ERROR, STYRE_ERROR_DELETED,
                     _("%s deleted this record while you were editing it."), who);
      else
        g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_DELETED,
                             _("Someone deleted this record while you were editing it."));
    }
  else
    {
      if (who != NULL)
        g_set_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT,
                     _("%s saved a change to this record after you started editing it."), who);
      else
        g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_CONFLICT,
                             _("Someone saved a change to this record after you started "
                               "editing it."));
    }
  return FALSE;
}

/* Looks up one text or integer column of a row, for the rules below. */
static char *
lookup_text (StyreStore *self,
             const char *sql,
             gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  char *ret = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    ret = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return ret;
}

/* History that may not be rewritten: a published status report (and its dimensions), and
 * the record of a meeting whose minutes are approved. */
static gboolean
check_guards (StyreStore   *self,
              StyreChange  *change,
              GError      **error)
{
  const char *table = change->table;
  g_autofree char *state = NULL;

  if (g_str_equal (table, "status_report") && change->kind != STYRE_CHANGE_INSERT)
    state = lookup_text (self, "SELECT state FROM status_report WHERE id = ?", change->id);
  else if (g_str_equal (table, "status_dimension"))
    {
      if (change->kind == STYRE_CHANGE_INSERT)
        {
          const StyreChangeField *f = NULL;
          for (guint i = 0; i < change->fields->len; i++)
            {
              const StyreChangeField *e = &g_array_index (change->fields, StyreChangeField, i);
              if (g_str_equal (e->column, "status_report_id"))
                f = e;
            }
          /* A report and its parameters made in one batch are written together, even
           * when the report is published at once; only later additions are refused. */
          if (f != NULL && f->ref == NULL)
            {
              StyreValue v;
              if (field_value (f, &v, NULL) && v.type == STYRE_VALUE_INT)
                state = lookup_text (self, "SELECT state FROM status_report WHERE id = ?", v.i);
            }
        }
      else
        state = lookup_text (self,
                             "SELECT r.state FROM status_dimension d JOIN status_report r "
                             "ON r.id = d.status_report_id WHERE d.id = ?",
                             change->id);
    }

  /* A dashboard layout's content is JSON that every reader of the file must understand
   * (styre-dashboard-layout.h); the schema cannot check it (json_valid() needs
   * trusted_schema). */
  if (g_str_equal (table, "dashboard_layout") && change->kind != STYRE_CHANGE_DELETE)
    {
      for (guint i = 0; i < change->fields->len; i++)
        {
          const StyreChangeField *f = &g_array_index (change->fields, StyreChangeField, i);
          StyreValue v;
          g_autoptr(GPtrArray) cards = NULL;
          g_autoptr(GError) invalid = NULL;

          if (!g_str_equal (f->column, "content") || !field_value (f, &v, NULL))
            continue;
          /* v is the field's own value, not a copy. */
          cards = styre_dashboard_cards_parse (v.type == STYRE_VALUE_TEXT ? v.s : NULL,
                                               &invalid);
          if (cards == NULL)
            {
              g_propagate_error (error, g_steal_pointer (&invalid));
              return FALSE;
            }
        }
    }

  if (state != NULL && g_str_equal (state, "published"))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("A published status report cannot be changed. Write a new report "
                             "for the next period instead."));
      return FALSE;
    }

  if ((g_str_equal (table, "agenda_item") || g_str_equal (table, "participant"))
      && change->kind != STYRE_CHANGE_INSERT)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT m.state FROM %s x JOIN meeting m "
                                              "ON m.id = x.meeting_id WHERE x.id = ?", table);
      g_autofree char *meeting_state = lookup_text (self, sql, change->id);
      if (meeting_state != NULL && g_str_equal (meeting_state, "minutes_approved"))
        {
          g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                               _("The minutes of this meeting are approved and locked."));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
apply_insert (StyreStore           *self,
              const StyreTableInfo *info,
              StyreChange          *change,
              const char           *now,
              GError              **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autoptr(GString) detail = g_string_new ("{");
  sqlite3_stmt *stmt = NULL;
  gboolean set_created = info->has_created_at && styre_change_lookup (change, "created_at") == NULL;
  int n = 0;
  int rc;

  g_string_printf (sql, "INSERT INTO \"%s\" (", info->name);
  for (guint i = 0; i < change->fields->len; i++)
    {
      const StyreChangeField *f = &g_array_index (change->fields, StyreChangeField, i);
      g_string_append_printf (sql, "%s\"%s\"", n ? ", " : "", f->column);
      g_string_append (marks, n ? ", ?" : "?");
      n++;
    }
  if (info->versioned)
    {
      g_string_append_printf (sql, "%supdated_at, updated_by", n ? ", " : "");
      g_string_append (marks, n ? ", ?, ?" : "?, ?");
      n += 2;
    }
  if (set_created)
    {
      g_string_append_printf (sql, "%screated_at", n ? ", " : "");
      g_string_append (marks, n ? ", ?" : "?");
      n++;
    }
  if (n == 0)
    g_string_append_printf (sql, ") DEFAULT VALUES");
  else
    g_string_append_printf (sql, ") VALUES (%s)", marks->str);

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

  n = 1;
  for (guint i = 0; i < change->fields->len; i++)
    {
      const StyreChangeField *f = &g_array_index (change->fields, StyreChangeField, i);
      StyreValue v;

      if (!field_value (f, &v, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      bind_value (stmt, n++, &v);
      g_string_append_printf (detail, "%s\"%s\":", i ? "," : "", f->column);
      styre_value_append_json (&v, detail);
    }
  if (info->versioned)
    {
      sqlite3_bind_text (stmt, n++, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, n++, self->display_name, -1, SQLITE_STATIC);
    }
  if (set_created)
    sqlite3_bind_text (stmt, n++, now, -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

  change->id = sqlite3_last_insert_rowid (self->db);
  change->new_version = 1;
  g_string_append_c (detail, '}');

  return styre_store_audit (self, "insert", info->name, change->id, detail->str, error);
}

static gboolean
apply_update (StyreStore           *self,
              const StyreTableInfo *info,
              StyreChange          *change,
              const char           *now,
              GError              **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT version");
  g_autoptr(GString) detail = g_string_new ("{");
  g_autoptr(GArray) old = g_array_new (FALSE, TRUE, sizeof (StyreValue));
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *stmt = NULL;
  gint64 current_version;
  int rc;
  int n;

  g_array_set_clear_func (old, (GDestroyNotify) styre_value_clear);

  /* Inside BEGIN IMMEDIATE no one else can write, so this read and the update below see
   * the same row. */
  for (guint i = 0; i < change->fields->len; i++)
    g_string_append_printf (sql, ", \"%s\"",
                            g_array_index (change->fields, StyreChangeField, i).column);
  g_string_append_printf (sql, " FROM \"%s\" WHERE id = ?", info->name);

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  sqlite3_bind_int64 (stmt, 1, change->id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      if (rc == SQLITE_DONE)
        return set_conflict (self, change, TRUE, error);
      return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
    }
  current_version = sqlite3_column_int64 (stmt, 0);
  for (guint i = 0; i < change->fields->len; i++)
    {
      StyreValue v = { 0 };
      read_value (stmt, (int) i + 1, &v);
      g_array_append_val (old, v);
    }
  sqlite3_finalize (stmt);

  if (current_version != change->expected_version)
    return set_conflict (self, change, FALSE, error);

  for (guint i = 0; i < change->fields->len; i++)
    {
      const StyreChangeField *f = &g_array_index (change->fields, StyreChangeField, i);
      StyreValue v;

      if (!field_value (f, &v, error))
        return FALSE;
      if (!styre_value_equal (&g_array_index (old, StyreValue, i), &v))
        g_array_append_val (changed, i);
    }

  /* Saving what is already there changes nothing and tells nobody anything. */
  if (changed->len == 0)
    {
      change->new_version = current_version;
      return TRUE;
    }

  g_string_printf (sql, "UPDATE \"%s\" SET ", info->name);
  for (guint k = 0; k < changed->len; k++)
    {
      const StyreChangeField *f =
        &g_array_index (change->fields, StyreChangeField, g_array_index (changed, guint, k));
      g_string_append_printf (sql, "\"%s\" = ?, ", f->column);
    }
  g_string_append (sql, "version = version + 1, updated_at = ?, updated_by = ? "
                        "WHERE id = ? AND version = ?");

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

  n = 1;
  for (guint k = 0; k < changed->len; k++)
    {
      guint i = g_array_index (changed, guint, k);
      const StyreChangeField *f = &g_array_index (change->fields, StyreChangeField, i);
      StyreValue v;

      field_value (f, &v, NULL);
      bind_value (stmt, n++, &v);
      g_string_append_printf (detail, "%s\"%s\":[", k ? "," : "", f->column);
      styre_value_append_json (&g_array_index (old, StyreValue, i), detail);
      g_string_append_c (detail, ',');
      styre_value_append_json (&v, detail);
      g_string_append_c (detail, ']');
    }
  sqlite3_bind_text (stmt, n++, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, n++, self->display_name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, n++, change->id);
  sqlite3_bind_int64 (stmt, n++, change->expected_version);

  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  if (sqlite3_changes (self->db) != 1)
    return set_conflict (self, change, FALSE, error);

  change->new_version = change->expected_version + 1;
  g_string_append_c (detail, '}');
  return styre_store_audit (self, "update", info->name, change->id, detail->str, error);
}

static gboolean
apply_delete (StyreStore           *self,
              const StyreTableInfo *info,
              StyreChange          *change,
              GError              **error)
{
  static const char *identity[] = { "code", "title", "name", "period", "year",
                                     "meeting_id" };
  g_autoptr(GString) sql = g_string_new ("SELECT version");
  g_autoptr(GString) detail = g_string_new ("{");
  sqlite3_stmt *stmt = NULL;
  gint64 current_version;
  guint n_identity = 0;
  const char *identity_cols[G_N_ELEMENTS (identity)];
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (identity); i++)
    if (has_column (info, identity[i]))
      {
        identity_cols[n_identity++] = identity[i];
        g_string_append_printf (sql, ", \"%s\"", identity[i]);
      }
  g_string_append_printf (sql, " FROM \"%s\" WHERE id = ?", info->name);

  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  sqlite3_bind_int64 (stmt, 1, change->id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      if (rc == SQLITE_DONE)
        return set_conflict (self, change, TRUE, error);
      return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
    }
  current_version = sqlite3_column_int64 (stmt, 0);
  for (guint i = 0; i < n_identity; i++)
    {
      StyreValue v = { 0 };
      read_value (stmt, (int) i + 1, &v);
      g_string_append_printf (detail, "%s\"%s\":", i ? "," : "", identity_cols[i]);
      styre_value_append_json (&v, detail);
      styre_value_clear (&v);
    }
  sqlite3_finalize (stmt);
  g_string_append_c (detail, '}');

  if (current_version != change->expected_version)
    return set_conflict (self, change, FALSE, error);

  g_string_printf (sql, "DELETE FROM \"%s\" WHERE id = ? AND version = ?", info->name);
  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  sqlite3_bind_int64 (stmt, 1, change->id);
  sqlite3_bind_int64 (stmt, 2, change->expected_version);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  if (sqlite3_changes (self->db) != 1)
    return set_conflict (self, change, FALSE, error);

  return styre_store_audit (self, "delete", info->name, change->id, detail->str, error);
}

/* History the as-of views read is written with the change itself, whoever makes it (the
 * editor, an import, a gate decision in the minutes): an initiative's phase and lifecycle
 * in initiative_state, a milestone's forecast in milestone_forecast. */
static gboolean
record_history (StyreStore   *self,
                StyreChange  *change,
                const char   *now,
                GError      **error)
{
  g_autofree char *today = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *sql = NULL;
  int rc;

  if (g_str_equal (change->table, "initiative"))
    {
      if (change->kind == STYRE_CHANGE_UPDATE && styre_change_lookup (change, "phase") == NULL
          && styre_change_lookup (change, "lifecycle") == NULL)
        return TRUE;
      if (change->kind == STYRE_CHANGE_DELETE)
        return TRUE;
      sql = "INSERT INTO initiative_state (initiative_id, valid_from, phase, lifecycle, "
            "updated_at, updated_by) SELECT id, ?2, phase, lifecycle, ?3, ?4 "
            "FROM initiative WHERE id = ?1 AND NOT EXISTS ("
            "  SELECT 1 FROM initiative_state AS s WHERE s.initiative_id = ?1 AND s.id = ("
            "    SELECT id FROM initiative_state WHERE initiative_id = ?1 "
            "    ORDER BY valid_from DESC, id DESC LIMIT 1) "
            "  AND s.phase = initiative.phase AND s.lifecycle = initiative.lifecycle)";
    }
  else if (g_str_equal (change->table, "milestone"))
    {
      if (change->kind == STYRE_CHANGE_DELETE
          || styre_change_lookup (change, "forecast_date") == NULL)
        return TRUE;
      sql = "INSERT INTO milestone_forecast (milestone_id, recorded_on, forecast_date, "
            "updated_at, updated_by) SELECT id, ?2, forecast_date, ?3, ?4 "
            "FROM milestone WHERE id = ?1 AND forecast_date IS NOT ("
            "  SELECT forecast_date FROM milestone_forecast WHERE milestone_id = ?1 "
            "  ORDER BY recorded_on DESC, id DESC LIMIT 1) "
            "ON CONFLICT (milestone_id, recorded_on) DO UPDATE SET "
            "forecast_date = excluded.forecast_date, version = version + 1, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by";
    }
  else
    return TRUE;

  today = styre_store_today (self);
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  sqlite3_bind_int64 (stmt, 1, change->id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, self->display_name, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  return TRUE;
}

static gboolean
validate_change (StyreStore            *self,
                 StyreChange           *change,
                 const StyreTableInfo **info_out,
                 GError               **error)
{
  const StyreTableInfo *info = styre_store_get_table_info (self, change->table);

  if (info == NULL || is_system_table (change->table))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("“%s” cannot be changed this way."), change->table);
      return FALSE;
    }
  /* Tables without a version are history or snapshots: rows are added, never edited. */
  if (!info->versioned && change->kind != STYRE_CHANGE_INSERT)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("Rows of “%s” are history and cannot be changed."), change->table);
      return FALSE;
    }
  for (guint i = 0; i < change->fields->len; i++)
    {
      const char *column = g_array_index (change->fields, StyreChangeField, i).column;
      /* An insert may name its id: undoing a delete brings the row back as it was. */
      gboolean own_id = change->kind == STYRE_CHANGE_INSERT && g_str_equal (column, "id");

      if (!has_column (info, column) || (is_managed_column (column) && !own_id))
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                       _("“%s” has no column “%s” that can be set."), change->table, column);
          return FALSE;
        }
    }
  *info_out = info;
  return TRUE;
}

/* Applies @changes inside the transaction the caller holds. */
static gboolean
apply_changes_locked (StyreStore     *self,
                      GPtrArray      *changes,
                      const char     *now,
                      sqlite3_int64  *deleted_rows,
                      GError        **error)
{
  for (guint i = 0; i < changes->len; i++)
    {
      StyreChange *change = g_ptr_array_index (changes, i);
      const StyreTableInfo *info = NULL;
      gboolean applied;

      if (!validate_change (self, change, &info, error) || !check_guards (self, change, error)
          || !styre_agenda_bump_sequence_locked (self, change, error))
        return FALSE;

      switch (change->kind)
        {
        case STYRE_CHANGE_INSERT:
          applied = apply_insert (self, info, change, now, error);
          break;
        case STYRE_CHANGE_UPDATE:
          applied = apply_update (self, info, change, now, error);
          break;
        case STYRE_CHANGE_DELETE:
          {
            sqlite3_int64 before = sqlite3_total_changes64 (self->db);

            applied = apply_delete (self, info, change, error);
            if (deleted_rows != NULL)
              *deleted_rows += sqlite3_total_changes64 (self->db) - before;
          }
          break;
        default:
          g_assert_not_reached ();
        }
      if (!applied || !record_history (self, change, now, error))
        return FALSE;
    }
  return TRUE;
}

/* After a commit: tell the pages which tables changed. */
static void
emit_changed_tables (StyreStore *self,
                     GPtrArray  *changes,
                     GPtrArray  *extra_tables)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new ();

  for (guint i = 0; i < changes->len; i++)
    {
      StyreChange *change = g_ptr_array_index (changes, i);
      if (!g_ptr_array_find_with_equal_func (tables, change->table, g_str_equal, NULL))
        g_ptr_array_add (tables, change->table);
    }
  for (guint i = 0; extra_tables != NULL && i < extra_tables->len; i++)
    if (!g_ptr_array_find_with_equal_func (tables, g_ptr_array_index (extra_tables, i),
                                           g_str_equal, NULL))
      g_ptr_array_add (tables, g_ptr_array_index (extra_tables, i));
  g_ptr_array_add (tables, NULL);
  styre_store_emit_changed (self, (const char * const *) tables->pdata, TRUE);
}

/* After a rollback nothing was saved: inserts have no id yet. */
static void
forget_applied (GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    {
      StyreChange *change = g_ptr_array_index (changes, i);
      if (change->kind == STYRE_CHANGE_INSERT)
        change->id = 0;
      change->new_version = 0;
    }
}

/**
 * styre_store_apply_all:
 * @changes: (element-type StyreChange): the changes of one user action
 *
 * Applies @changes in one `BEGIN IMMEDIATE` transaction with one audit row per change and
 * one bump of the change counter. Either all are saved or none is; on failure the changes
 * keep their fields, so nothing the person typed is lost.
 *
 * Returns: %TRUE when saved; %FALSE with %STYRE_ERROR_CONFLICT or %STYRE_ERROR_DELETED
 *   when a row moved under the editor, %STYRE_ERROR_BUSY when another writer held the
 *   file past the busy timeout, or another %STYRE_ERROR.
 */
/* Lock held, before the transaction. A bulk delete waits for everyone else to close the
 * file, and a verified snapshot comes first (STORAGE.md rules 8 and 10). */
static gboolean
prepare_bulk_delete (StyreStore  *self,
                     guint        n_records,
                     GError     **error)
{
  g_autofree char *names = NULL;
  g_autofree char *snapshot = NULL;
  g_autoptr(GError) local_error = NULL;

  if (styre_store_count_others (self, &names) > 0)
    {
      /* Translators: %s is who else has the file open, e.g. "Kari Nordmann" */
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IN_USE,
                   _("So much is deleted at once only when nobody else has the file open, "
                     "so that no one loses what they are working on; %s has it open now. "
                     "Nothing was deleted. Try again when they have closed it."), names);
      return FALSE;
    }
  snapshot = styre_store_snapshot_locked (self, "bulk-delete", &local_error);
  if (snapshot == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Nothing was deleted, because a safety copy of the file could not be "
                     "made first: %s"), local_error->message);
      return FALSE;
    }
  styre_store_prune_snapshots (self);
  return TRUE;
}

/* After a COMMIT that reported an I/O error: did it happen anyway? The change counter and
 * our last audit row say; a person must never be told "not saved" for a saved change. */
static gboolean
commit_happened (StyreStore *self,
                 gint64      counter_before)
{
  gint64 counter;
  gint64 last_audit;

  if (self->db == NULL || !sqlite3_get_autocommit (self->db) || self->own_audit_ids->len == 0)
    return FALSE;
  counter = styre_sqlite_get_int (self->db, "SELECT CAST(value AS INTEGER) FROM meta "
                                            "WHERE key = 'change_counter'", -1);
  last_audit = styre_sqlite_get_int (self->db, "SELECT max(id) FROM audit_log", -1);
  return counter == counter_before + 1
         && last_audit == g_array_index (self->own_audit_ids, gint64,
                                         self->own_audit_ids->len - 1);
}

/**
 * styre_store_apply_all:
 * @changes: (element-type StyreChange): the changes of one user action
 *
 * Applies @changes in one `BEGIN IMMEDIATE` transaction with one audit row per change and
 * one bump of the change counter. Either all are saved or none is; on failure the changes
 * keep their fields, so nothing the person typed is lost.
 *
 * The first change of a day takes the day's snapshot first. An action that deletes
 * %STYRE_BULK_DELETE_RECORDS records or more (or %STYRE_BULK_DELETE_ROWS rows with what
 * goes with them) is a bulk delete: it needs everyone else to have closed the file and
 * takes a snapshot first.
 *
 * Returns: %TRUE when saved; %FALSE with %STYRE_ERROR_CONFLICT or %STYRE_ERROR_DELETED
 *   when a row moved under the editor, %STYRE_ERROR_BUSY when another writer held the
 *   file past the busy timeout, %STYRE_ERROR_IN_USE for a bulk delete while others have
 *   the file open, or another %STYRE_ERROR.
 */
gboolean
styre_store_apply_all (StyreStore  *self,
                       GPtrArray   *changes,
                       GError     **error)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (changes != NULL, FALSE);

  return styre_store_apply_all_audited (self, changes, NULL, NULL, NULL, error);
}

/**
 * styre_store_apply_all_audited:
 * @action: (nullable): an audit action for the whole batch ("import"), or %NULL
 * @table: the table the batch is about, for its audit row
 * @detail_json: (nullable): what the batch was, as JSON ({"file": …, "created": 12})
 *
 * Like styre_store_apply_all(), with one more audit row that says what the batch as a
 * whole was, in the same transaction.
 */
gboolean
styre_store_apply_all_audited (StyreStore  *self,
                               GPtrArray   *changes,
                               const char  *action,
                               const char  *table,
                               const char  *detail_json,
                               GError     **error)
{
  g_autofree char *now = NULL;
  gboolean ok = FALSE;
  gboolean bulk = FALSE;
  gboolean bulk_prepared = FALSE;
  guint n_deletes = 0;
  gint64 counter_before = 0;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (changes != NULL, FALSE);

  for (guint i = 0; i < changes->len; i++)
    if (((StyreChange *) g_ptr_array_index (changes, i))->kind == STYRE_CHANGE_DELETE)
      n_deletes++;
  bulk = n_deletes >= STYRE_BULK_DELETE_RECORDS;

  styre_store_lock (self);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      sqlite3_int64 deleted_rows = 0;

      if (self->db != NULL && !self->read_only)
        styre_store_ensure_daily_snapshot (self);
      if (bulk && !bulk_prepared && self->db != NULL && !self->read_only)
        {
          if (!prepare_bulk_delete (self, n_deletes, error))
            goto fail;
          bulk_prepared = TRUE;
        }

      if (!styre_store_begin_immediate (self, error))
        goto fail;

      counter_before = styre_sqlite_get_int (self->db, "SELECT CAST(value AS INTEGER) FROM "
                                                       "meta WHERE key = 'change_counter'", 0);
      g_free (now);
      now = styre_store_now (self);
      if (!apply_changes_locked (self, changes, now, &deleted_rows, error))
        goto fail;

      /* Deleting one record took many others with it: a bulk delete after all. */
      if (!bulk && deleted_rows >= STYRE_BULK_DELETE_ROWS)
        {
          styre_store_rollback (self);
          forget_applied (changes);
          bulk = TRUE;
          continue;
        }
      break;
    }

  if ((action != NULL
       && !styre_store_audit (self, action, table ? table : "", 0, detail_json, error))
      || !styre_store_bump_counter (self, error))
    goto fail;
  if (!styre_store_commit (self, error))
    {
      if (!commit_happened (self, counter_before))
        goto fail;
      /* It was saved: the error came after the commit point. */
      g_clear_error (error);
    }

  ok = TRUE;
  emit_changed_tables (self, changes, NULL);
  goto out;

fail:
  styre_store_rollback (self);
  styre_store_refine_error (self, error);
  forget_applied (changes);

out:
  styre_store_unlock (self);
  return ok;
}

/* ── a busy file ─────────────────────────────────────────────────────────────────────── */

typedef struct
{
  StyreBusyFunc func;
  gpointer      user_data;
} BusyWatch;

static GPrivate busy_watch = G_PRIVATE_INIT (g_free);

/**
 * styre_store_watch_busy:
 * @func: (nullable): called once per save, on this thread, when the file was still busy
 *   after the busy timeout and the save goes on trying; %NULL stops watching
 *
 * Lets a worker thread say what is happening while a save waits for someone else's
 * (STORAGE.md rule 6): the GUI shows a toast. Only this thread's saves are watched.
 */
void
styre_store_watch_busy (StyreBusyFunc func,
                        gpointer      user_data)
{
  BusyWatch *watch = NULL;

  if (func != NULL)
    {
      watch = g_new0 (BusyWatch, 1);
      watch->func = func;
      watch->user_data = user_data;
    }
  g_private_replace (&busy_watch, watch);
}

/* After a failed try: whether to try again (the file was busy and time is left), after a
 * random pause; the first time, the thread's watcher hears of it. */
static gboolean
busy_wait (const GError *error,
           gint64        deadline,
           gboolean     *told)
{
  BusyWatch *watch;

  if (!g_error_matches (error, STYRE_ERROR, STYRE_ERROR_BUSY)
      || g_get_monotonic_time () >= deadline)
    return FALSE;
  watch = g_private_get (&busy_watch);
  if (!*told && watch != NULL)
    watch->func (watch->user_data);
  *told = TRUE;
  g_usleep (g_random_int_range (50, 400) * 1000);
  return TRUE;
}

/**
 * styre_store_apply_built:
 * @build: decides the changes inside the transaction
 * @max_seconds: how long to keep trying while the file is busy; 0 tries once
 *
 * For a rule that must read and write as one: @build runs inside `BEGIN IMMEDIATE`, so
 * what it reads (the next case number, the agenda to validate) cannot change before its
 * changes are written. It adds #StyreChange<!-- -->s to apply, and may write history rows
 * itself (with their audit rows), naming those tables in @touched. All of it is one
 * transaction with one bump of the change counter. Never call it on the UI thread.
 */
gboolean
styre_store_apply_built (StyreStore      *self,
                         StyreBuildFunc   build,
                         gpointer         user_data,
                         guint            max_seconds,
                         GError         **error)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) max_seconds * G_USEC_PER_SEC;
  gboolean told = FALSE;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (build != NULL, FALSE);

  for (;;)
    {
      g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
      g_autoptr(GPtrArray) touched = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *now = NULL;
      gboolean ok = FALSE;

      styre_store_lock (self);
      if (self->db != NULL && !self->read_only)
        styre_store_ensure_daily_snapshot (self);
      if (styre_store_begin_immediate (self, &local_error))
        {
          gint64 counter_before =
            styre_sqlite_get_int (self->db, "SELECT CAST(value AS INTEGER) FROM meta "
                                            "WHERE key = 'change_counter'", 0);

          now = styre_store_now (self);
          if (build (self, changes, touched, user_data, &local_error)
              && apply_changes_locked (self, changes, now, NULL, &local_error)
              && styre_store_bump_counter (self, &local_error))
            {
              if (styre_store_commit (self, &local_error))
                ok = TRUE;
              else if (commit_happened (self, counter_before))
                {
                  /* It was saved: the error came after the commit point. */
                  g_clear_error (&local_error);
                  ok = TRUE;
                }
            }
          if (ok)
            emit_changed_tables (self, changes, touched);
          else
            {
              styre_store_rollback (self);
              styre_store_refine_error (self, &local_error);
            }
        }
      else
        styre_store_refine_error (self, &local_error);
      styre_store_unlock (self);

      if (ok)
        return TRUE;
      if (!busy_wait (local_error, deadline, &told))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
}

/**
 * styre_store_apply:
 *
 * Applies one change; see styre_store_apply_all().
 */
gboolean
styre_store_apply (StyreStore   *self,
                   StyreChange  *change,
                   GError      **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();

  g_return_val_if_fail (change != NULL, FALSE);

  g_ptr_array_add (changes, change);
  return styre_store_apply_all (self, changes, error);
}

/**
 * styre_store_apply_with_retry:
 * @max_seconds: how long to keep trying while the file is busy
 *
 * Like styre_store_apply_all(), but a busy file is tried again with a random pause
 * (STORAGE.md rule 6) until @max_seconds have passed. For the command-line tool and
 * worker threads; never call it on the UI thread.
 */
gboolean
styre_store_apply_with_retry (StyreStore  *self,
                              GPtrArray   *changes,
                              guint        max_seconds,
                              GError     **error)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) max_seconds * G_USEC_PER_SEC;
  gboolean told = FALSE;

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;

      if (styre_store_apply_all (self, changes, &local_error))
        return TRUE;
      if (!busy_wait (local_error, deadline, &told))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
}

/**
 * styre_store_read_row:
 *
 * Reads one whole row, e.g. to show a conflict: the other person's value beside yours.
 *
 * Returns: (transfer full): the row, or %NULL with %STYRE_ERROR_NOT_FOUND
 */
StyreRow *
styre_store_read_row (StyreStore  *self,
                      const char  *table,
                      gint64       id,
                      GError     **error)
{
  g_autofree char *sql = NULL;
  const StyreTableInfo *info;
  StyreRow *row = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);

  styre_store_lock (self);
  info = styre_store_get_table_info (self, table);
  if (info == NULL || self->db == NULL)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                   _("The file has no table “%s”."), table);
      goto out;
    }

  sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE id = ?", info->name);
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
      goto out;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      row = styre_row_new (table);
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          StyreValue v = { 0 };
          read_value (stmt, i, &v);
          styre_row_take_value (row, sqlite3_column_name (stmt, i), v);
        }
    }
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                         _("The record no longer exists."));
  else
    styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

out:
  g_clear_pointer (&stmt, sqlite3_finalize);
  styre_store_unlock (self);
  return row;
}

/**
 * styre_store_row_label:
 *
 * Lock held. A record in words, as the toast of the change feed names it: code and title,
 * or title, or name; "" for rows without.
 */
char *
styre_store_row_label (StyreStore *self,
                       const char *table,
                       gint64      row_id)
{
  const StyreTableInfo *info = styre_store_get_table_info (self, table);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean code, title, name;
  char *label = NULL;

  if (info == NULL || row_id <= 0)
    return g_strdup ("");
  code = has_column (info, "code");
  title = has_column (info, "title");
  name = has_column (info, "name");
  if (!code && !title && !name)
    return g_strdup ("");

  /* The names were checked against the file's own columns. */
  sql = g_strdup_printf ("SELECT %s, %s, %s FROM \"%s\" WHERE id = ?",
                         code ? "code" : "NULL", title ? "title" : "NULL",
                         name ? "name" : "NULL", info->name);
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, row_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *c = (const char *) sqlite3_column_text (stmt, 0);
          const char *t = (const char *) sqlite3_column_text (stmt, 1);
          const char *n = (const char *) sqlite3_column_text (stmt, 2);

          if (c != NULL && t != NULL)
            label = g_strdup_printf ("%s %s", c, t);
          else
            label = g_strdup (t ? t : n ? n : c);
        }
    }
  sqlite3_finalize (stmt);
  return label ? label : g_strdup ("");
}
