/* styre-sqlite.c — the SQLite connection rules (STORAGE.md rules 2, 3 and 6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-sqlite"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "styre-error.h"
#include "styre-fields.h"
#include "styre-store-private.h"

/* Turns a constraint message from SQLite ("UNIQUE constraint failed: initiative.code")
 * into a sentence. The table and column are the file's own English names; they are
 * quoted, not translated, because a person can look them up in the README's schema. */
static char *
constraint_message (int         extended,
                    const char *msg)
{
  const char *what = strchr (msg, ':');

  what = what ? what + 2 : msg;

  switch (extended)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
      {
        /* The keys a form can run into have words of their own ("The repayment plan
         * already has this year"). */
        const char *dot = strchr (what, '.');
        g_autofree char *table = dot ? g_strndup (what, dot - what) : NULL;
        const char *known = table ? styre_unique_key_message (table, what) : NULL;

        if (known != NULL)
          return g_strdup (known);
      }
      G_GNUC_FALLTHROUGH;
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return g_strdup_printf (_("The value of “%s” is already used by another record."), what);
    case SQLITE_CONSTRAINT_NOTNULL:
      return g_strdup_printf (_("“%s” must be filled in."), what);
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return g_strdup (_("The change refers to a record that does not exist, or removes one "
                         "that others still refer to."));
    case SQLITE_CONSTRAINT_CHECK:
      return g_strdup_printf (_("The change breaks a rule of the file (%s)."), what);
    case SQLITE_CONSTRAINT_DATATYPE:
      return g_strdup_printf (_("A value has the wrong type (%s)."), what);
    default:
      return g_strdup_printf (_("The change breaks a rule of the file (%s)."), msg);
    }
}

/**
 * styre_sqlite_error:
 *
 * Sets @error from an SQLite result code with a message a person understands
 * (STORAGE.md rule 6). Always returns %FALSE so callers can `return styre_sqlite_error (…)`.
 */
gboolean
styre_sqlite_error (sqlite3  *db,
                    int       rc,
                    GError  **error)
{
  const char *msg = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int primary = rc & 0xff;
  int system_errno = db ? sqlite3_system_errno (db) : 0;

  /* What the operating system said decides what the person can do about it: a full disk
   * or quota (or a file size limit) is freed, a permission is asked for. */
  if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_FULL)
    {
      if (system_errno == ENOSPC || system_errno == EDQUOT || system_errno == EFBIG)
        primary = SQLITE_FULL;
      else if (system_errno == EACCES || system_errno == EPERM || system_errno == EROFS)
        primary = SQLITE_PERM;
    }

  switch (primary)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_BUSY,
                           _("The file is busy: someone else is saving a change to it."));
      break;
    case SQLITE_FULL:
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_DISK_FULL,
                           _("The disk is full, so the change could not be saved. "
                             "Free some space and try again; nothing in the file was lost."));
      break;
    case SQLITE_READONLY:
      if (rc == SQLITE_READONLY_DBMOVED)
        g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_MOVED,
                             _("The file was moved, renamed or replaced by another program "
                               "(perhaps a sync client) while it was open. Nothing more is "
                               "written to it; open it again from its new place."));
      else
        g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY,
                             _("You do not have permission to change this file or to write "
                               "in its folder."));
      break;
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY,
                           _("You do not have permission to change this file or to write "
                             "in its folder."));
      break;
    case SQLITE_IOERR:
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                   _("The file could not be read or written (%s). If it is on a network "
                     "share, check the connection and try again."), msg);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_DAMAGED,
                   _("The file is damaged: %s. Open the last snapshot instead."), msg);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                   _("The file could not be opened (%s)."), msg);
      break;
    case SQLITE_CONSTRAINT:
      {
        g_autofree char *text = constraint_message (rc, msg);
        g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID, text);
      }
      break;
    case SQLITE_TOOBIG:
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("A value is too large for Styre (over 50 MB)."));
      break;
    default:
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_FAILED,
                   _("The file could not be used: %s"), msg);
      break;
    }

  return FALSE;
}

gboolean
styre_sqlite_exec (sqlite3     *db,
                   const char  *sql,
                   GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  return TRUE;
}

/**
 * styre_sqlite_commit:
 *
 * COMMIT, knowing that an error in releasing the lock comes after the commit point: the
 * journal is gone and the change is in the file, so it is not an error for the person
 * (who would otherwise save it again). Any other error is one.
 */
gboolean
styre_sqlite_commit (sqlite3  *db,
                     GError  **error)
{
  int rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    return TRUE;
  if (sqlite3_extended_errcode (db) == SQLITE_IOERR_UNLOCK)
    {
      /* Touch the file so the connection lets go of its lock now, not at its next use;
       * if the share is gone, the change feed's next poll does it when it is back. */
      sqlite3_exec (db, "PRAGMA schema_version", NULL, NULL, NULL);
      return TRUE;
    }
  return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
}

/* Runs a one-value query; returns a newly allocated text, or NULL with @error set
 * (or NULL without an error when there was no row). */
char *
styre_sqlite_get_text (sqlite3     *db,
                       const char  *sql,
                       GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  char *ret = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      return NULL;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const unsigned char *t = sqlite3_column_text (stmt, 0);
      ret = g_strdup (t ? (const char *) t : "");
    }
  else if (rc != SQLITE_DONE)
    styre_sqlite_error (db, sqlite3_extended_errcode (db), error);

  sqlite3_finalize (stmt);
  return ret;
}

gint64
styre_sqlite_get_int (sqlite3    *db,
                      const char *sql,
                      gint64      fallback)
{
  sqlite3_stmt *stmt = NULL;
  gint64 ret = fallback;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fallback;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    ret = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return ret;
}

/**
 * styre_sqlite_harden:
 *
 * Every file is hostile until checked (STORAGE.md rule 3): defensive mode, no trusted
 * schema, no triggers, views or extensions, no double-quoted strings, tight limits.
 */
void
styre_sqlite_harden (sqlite3 *db)
{
  static const struct { int op; int value; } configs[] = {
    { SQLITE_DBCONFIG_DEFENSIVE, 1 },
    { SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0 },
    { SQLITE_DBCONFIG_ENABLE_TRIGGER, 0 },
    { SQLITE_DBCONFIG_ENABLE_VIEW, 0 },
    { SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0 },
    { SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0 },
    { SQLITE_DBCONFIG_DQS_DML, 0 },
    { SQLITE_DBCONFIG_DQS_DDL, 0 },
  };
  static const struct { int id; int value; } limits[] = {
    { SQLITE_LIMIT_LENGTH, 50 * 1000 * 1000 },
    { SQLITE_LIMIT_SQL_LENGTH, 1000 * 1000 },
    { SQLITE_LIMIT_COLUMN, 200 },
    { SQLITE_LIMIT_EXPR_DEPTH, 100 },
    { SQLITE_LIMIT_COMPOUND_SELECT, 50 },
    { SQLITE_LIMIT_FUNCTION_ARG, 16 },
    { SQLITE_LIMIT_ATTACHED, 0 },
    { SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 200 },
    { SQLITE_LIMIT_VARIABLE_NUMBER, 500 },
    /* Triggers are off; this depth is what ON DELETE CASCADE may go through: initiative →
     * benefit → indicator → measurement, or a goal tree and its links. */
    { SQLITE_LIMIT_TRIGGER_DEPTH, 16 },
    { SQLITE_LIMIT_WORKER_THREADS, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (configs); i++)
    sqlite3_db_config (db, configs[i].op, configs[i].value, (int *) NULL);
  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    sqlite3_limit (db, limits[i].id, limits[i].value);
  sqlite3_enable_load_extension (db, 0);
}

/**
 * styre_sqlite_prepare:
 * @db: (nullable): the connection; %NULL when the file was closed
 *
 * Returns: (transfer full) (nullable): the statement, or %NULL with @error
 */
sqlite3_stmt *
styre_sqlite_prepare (sqlite3     *db,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (db == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return NULL;
    }
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      return NULL;
    }
  return stmt;
}

/**
 * styre_sqlite_finish:
 * @rc: what the last sqlite3_step() of @stmt returned
 *
 * Finalizes @stmt; a loop over rows that did not end in %SQLITE_DONE sets @error.
 */
gboolean
styre_sqlite_finish (sqlite3       *db,
                     sqlite3_stmt  *stmt,
                     int            rc,
                     GError       **error)
{
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  return TRUE;
}

/* Column @i as an integer, or @fallback when it is NULL. */
gint64
styre_sqlite_column_int_or (sqlite3_stmt *stmt,
                            int           i,
                            gint64        fallback)
{
  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    return fallback;
  return sqlite3_column_int64 (stmt, i);
}
