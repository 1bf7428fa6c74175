/* styre-store-presence.c — who else has the file open, and what they change
 *
 * Presence (STORAGE.md rule 8): in shared mode each Styre that may write has a row in
 * `session` with a heartbeat every minute; a row whose heartbeat stopped for three beats
 * is gone. In single-editor mode the owner file says who edits (styre-owner.c) and
 * nothing is written to the file for presence, so a sync client copies it only when
 * someone saves. Presence never blocks opening; it gates migration, restore and bulk
 * deletes.
 *
 * The change feed (rule 7): every 2 s (3 s away from a local disk) a worker asks SQLite
 * whether another connection committed (`PRAGMA data_version`), and whether the file was
 * moved or replaced underneath (`SQLITE_FCNTL_HAS_MOVED`). When something was committed it
 * reads only the audit rows since the last one seen, and the store emits
 * #StyreStore::changed with those tables and @local %FALSE in its own thread. Heartbeats
 * write no audit rows, so they never make the pages read again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-presence"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <unistd.h>

#include "styre-error.h"
#include "styre-store-private.h"

/* How long a session row of someone who closed Styre without saying so is kept before a
 * heartbeat clears it away; long, because computers' clocks differ. */
#define PRUNE_SESSIONS_AFTER_SECONDS (24 * 60 * 60)

/* How many of other people's changes one poll describes; more are counted by table only. */
#define MAX_ENTRIES_PER_POLL 200

/* How long a heartbeat waits for a busy file before trying at the next poll. */
#define HEARTBEAT_BUSY_MS 250

typedef struct
{
  gint64 heartbeat;
  gint64 last_change_us;    /* monotonic, when the counter last moved as far as we know */
} SessionObservation;

static gint64
stale_window_us (void)
{
  return (gint64) 3 * styre_heartbeat_seconds () * G_USEC_PER_SEC;
}

static char *
utc_minus (const char *now,
           gint64      seconds)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (now, NULL);
  g_autoptr(GDateTime) earlier = NULL;

  if (at == NULL)
    return g_strdup ("0000");
  earlier = g_date_time_add_seconds (at, (gdouble) -seconds);
  return g_date_time_format (earlier, "%Y-%m-%dT%H:%M:%SZ");
}

/* Wall-clock age of a heartbeat in µs; negative when the other computer's clock is ahead. */
static gint64
heartbeat_age_us (const char *heartbeat_at,
                  const char *now)
{
  g_autoptr(GDateTime) beat = g_date_time_new_from_iso8601 (heartbeat_at, NULL);
  g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (now, NULL);

  if (beat == NULL || at == NULL)
    return G_MAXINT64 / 2;
  return g_date_time_difference (at, beat);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           i)
{
  const char *t = (const char *) sqlite3_column_text (stmt, i);

  return t ? t : "";
}

/* Every session row, stale or not. Lock held. */
static GPtrArray *
read_sessions (StyreStore  *self,
               GError     **error)
{
  g_autoptr(GPtrArray) sessions =
    g_ptr_array_new_with_free_func ((GDestroyNotify) styre_session_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT id, user_name, display_name, host, pid, started_at, "
                           "heartbeat, heartbeat_at, editing, editing_table, editing_row, mode "
                           "FROM session ORDER BY started_at, id",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreSession *s = g_new0 (StyreSession, 1);

      s->id = sqlite3_column_int64 (stmt, 0);
      s->user_name = g_strdup (column_text (stmt, 1));
      s->display_name = g_strdup (column_text (stmt, 2));
      s->host = g_strdup (column_text (stmt, 3));
      s->pid = sqlite3_column_int64 (stmt, 4);
      s->started_at = g_strdup (column_text (stmt, 5));
      s->heartbeat = sqlite3_column_int64 (stmt, 6);
      s->heartbeat_at = g_strdup (column_text (stmt, 7));
      s->editing = g_strdup (column_text (stmt, 8));
      s->editing_table = g_strdup (column_text (stmt, 9));
      s->editing_row = sqlite3_column_int64 (stmt, 10);
      s->mode = g_strdup (column_text (stmt, 11));
      s->is_self = self->session_id != 0 && s->id == self->session_id;
      g_ptr_array_add (sessions, s);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
      return NULL;
    }
  return g_steal_pointer (&sessions);
}

/**
 * styre_store_list_sessions:
 * @include_self: list this store's own session too
 *
 * Reads who has the file open now: the sessions whose heartbeat is younger than three
 * beats. Touches the file: not on the UI thread.
 *
 * Returns: (transfer container) (element-type StyreSession): the sessions, by when they
 *   started; %NULL with @error set when the file cannot be read
 */
GPtrArray *
styre_store_list_sessions (StyreStore  *self,
                           gboolean     include_self,
                           GError     **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *now = NULL;
  GPtrArray *fresh;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);

  styre_store_lock (self);
  if (self->db == NULL)
    {
      styre_store_unlock (self);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return NULL;
    }
  all = read_sessions (self, error);
  styre_store_unlock (self);
  if (all == NULL)
    return NULL;

  now = styre_store_now (self);
  fresh = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_session_free);
  for (guint i = 0; i < all->len; i++)
    {
      StyreSession *s = g_ptr_array_index (all, i);

      if (s->is_self && !include_self)
        continue;
      if (!s->is_self && heartbeat_age_us (s->heartbeat_at, now) > stale_window_us ())
        continue;
      g_ptr_array_add (fresh, styre_session_copy (s));
    }
  return fresh;
}

/* "Kari Nordmann", "Kari Nordmann and Ola Nordmann", "Kari Nordmann, Ola Nordmann and 2
 * others". */
static char *
join_names (GPtrArray *sessions)
{
  const char *a, *b;

  if (sessions->len == 0)
    return g_strdup ("");
  a = ((StyreSession *) g_ptr_array_index (sessions, 0))->display_name;
  if (sessions->len == 1)
    return g_strdup (a);
  b = ((StyreSession *) g_ptr_array_index (sessions, 1))->display_name;
  if (sessions->len == 2)
    /* Translators: two people, e.g. "Kari Nordmann and Ola Nordmann" */
    return g_strdup_printf (_("%s and %s"), a, b);
  /* Translators: two people and how many more, e.g. "Kari Nordmann, Ola Nordmann and 2
   * others" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s and %u other",
                                       "%s, %s and %u others", sessions->len - 2),
                          a, b, sessions->len - 2);
}

/**
 * styre_store_count_others:
 * @names: (out) (optional): who, in words
 *
 * How many others have the file open now (rule 8: migrations, restore and bulk deletes
 * wait for them). In single-editor mode only the owner may write, so others do not count.
 */
int
styre_store_count_others (StyreStore  *self,
                          char       **names)
{
  g_autoptr(GPtrArray) others = NULL;

  if (names != NULL)
    *names = NULL;
  if (self->sharing != STYRE_SHARING_SHARED)
    return 0;
  others = styre_store_list_sessions (self, FALSE, NULL);
  if (others == NULL)
    return 0;
  if (names != NULL)
    *names = join_names (others);
  return (int) others->len;
}

static gboolean
exec_with_short_busy (StyreStore  *self,
                      const char  *sql,
                      GError     **error)
{
  gboolean ok;

  sqlite3_busy_timeout (self->db, HEARTBEAT_BUSY_MS);
  ok = styre_sqlite_exec (self->db, sql, error);
  sqlite3_busy_timeout (self->db, 5000);
  return ok;
}

/* Lock held, inside a transaction. */
static gboolean
insert_session (StyreStore  *self,
                const char  *now,
                GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "INSERT INTO session (user_name, display_name, host, pid, "
                           "started_at, heartbeat, heartbeat_at, editing, editing_table, "
                           "editing_row, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'shared')",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

  g_mutex_lock (&self->editing_lock);
  sqlite3_bind_text (stmt, 1, self->user_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, self->display_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, self->host, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, getpid ());
  sqlite3_bind_text (stmt, 5, self->me ? self->me->since : now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, self->heartbeat);
  sqlite3_bind_text (stmt, 7, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, self->editing ? self->editing : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, self->editing_table ? self->editing_table : "", -1,
                     SQLITE_TRANSIENT);
  if (self->editing_row > 0)
    sqlite3_bind_int64 (stmt, 10, self->editing_row);
  else
    sqlite3_bind_null (stmt, 10);
  self->session_dirty = FALSE;
  g_mutex_unlock (&self->editing_lock);

  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  self->session_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static gboolean
can_write_presence (StyreStore  *self,
                    GError     **error)
{
  if (self->db == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return FALSE;
    }
  if (self->read_only)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY,
                           self->read_only_reason ? self->read_only_reason
                                                  : _("The file is open for reading only."));
      return FALSE;
    }
  return TRUE;
}

/**
 * styre_store_join:
 *
 * Says in the file that this store has it open, so others see it and wait for it before
 * a migration, restore or bulk delete. In single-editor mode the owner file says it
 * already, and nothing is written. The feed of styre_store_watch() joins by itself; the
 * command-line tool joins before it changes anything.
 */
gboolean
styre_store_join (StyreStore  *self,
                  GError     **error)
{
  g_autofree char *now = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);

  styre_store_lock (self);
  if (!can_write_presence (self, error))
    goto out;
  if (self->sharing != STYRE_SHARING_SHARED || self->session_id != 0)
    {
      ok = TRUE;
      goto out;
    }
  if (!styre_store_check_moved (self, error))
    goto out;

  now = styre_store_now (self);
  if (!exec_with_short_busy (self, "BEGIN IMMEDIATE", error))
    goto out;
  if (!insert_session (self, now, error) || !styre_sqlite_commit (self->db, error))
    {
      self->session_id = 0;
      styre_store_rollback (self);
      styre_store_refine_error (self, error);
      goto out;
    }
  self->last_beat_us = g_get_monotonic_time ();
  ok = TRUE;

out:
  styre_store_unlock (self);
  return ok;
}

/* Lock held. In single-editor mode: renew the owner file, or learn that someone took it. */
static gboolean
refresh_owner (StyreStore  *self,
               const char  *now,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  StyreOwner *holder = NULL;

  g_mutex_lock (&self->editing_lock);
  g_free (self->me->display_name);
  self->me->display_name = g_strdup (self->display_name);
  g_mutex_unlock (&self->editing_lock);

  if (styre_owner_refresh (self->path, self->me, now, &holder, &local_error))
    {
      self->last_beat_us = g_get_monotonic_time ();
      return TRUE;
    }
  if (g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_IN_USE) && holder != NULL)
    {
      g_autofree char *reason = styre_store_describe_owner (self, holder, now);

      /* Someone took the file over (they judged us gone): stop writing, say who. */
      self->owns_file = FALSE;
      g_clear_pointer (&self->owner, styre_owner_free);
      self->owner = holder;
      styre_store_set_read_only_state (self, STYRE_READ_ONLY_OTHER_EDITOR, reason);
    }
  else
    styre_owner_free (holder);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * styre_store_heartbeat:
 *
 * Says again that this store has the file open: the session's heartbeat in shared mode,
 * the owner file in single-editor mode. Also writes what the person is editing now and
 * clears away sessions dead for a day. The feed beats by itself; call it from a
 * long-running program that does not watch.
 */
gboolean
styre_store_heartbeat (StyreStore  *self,
                       GError     **error)
{
  g_autofree char *now = NULL;
  g_autofree char *cutoff = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);

  styre_store_lock (self);
  now = styre_store_now (self);
  if (self->owns_file)
    {
      ok = refresh_owner (self, now, error);
      goto out;
    }
  if (!can_write_presence (self, error))
    goto out;
  if (self->sharing != STYRE_SHARING_SHARED)
    {
      ok = TRUE;
      goto out;
    }
  if (!styre_store_check_moved (self, error))
    goto out;

  if (!exec_with_short_busy (self, "BEGIN IMMEDIATE", error))
    goto out;

  self->heartbeat++;
  if (self->session_id != 0)
    {
      rc = sqlite3_prepare_v2 (self->db,
                               "UPDATE session SET heartbeat = ?, heartbeat_at = ?, "
                               "display_name = ?, editing = ?, editing_table = ?, "
                               "editing_row = ? WHERE id = ?",
                               -1, &stmt, NULL);
      if (rc != SQLITE_OK)
        {
          styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
          goto rollback;
        }
      g_mutex_lock (&self->editing_lock);
      sqlite3_bind_int64 (stmt, 1, self->heartbeat);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, self->display_name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, self->editing ? self->editing : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, self->editing_table ? self->editing_table : "", -1,
                         SQLITE_TRANSIENT);
      if (self->editing_row > 0)
        sqlite3_bind_int64 (stmt, 6, self->editing_row);
      else
        sqlite3_bind_null (stmt, 6);
      self->session_dirty = FALSE;
      g_mutex_unlock (&self->editing_lock);
      sqlite3_bind_int64 (stmt, 7, self->session_id);
      rc = sqlite3_step (stmt);
      g_clear_pointer (&stmt, sqlite3_finalize);
      if (rc != SQLITE_DONE)
        {
          styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
          goto rollback;
        }
    }
  /* Not joined yet, or our row was cleared (a restore, or someone judged us gone). */
  if (self->session_id == 0 || sqlite3_changes (self->db) == 0)
    {
      if (!insert_session (self, now, error))
        goto rollback;
    }

  cutoff = utc_minus (now, PRUNE_SESSIONS_AFTER_SECONDS);
  rc = sqlite3_prepare_v2 (self->db, "DELETE FROM session WHERE heartbeat_at < ? AND id != ?",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, cutoff, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, self->session_id);
      rc = sqlite3_step (stmt);
      g_clear_pointer (&stmt, sqlite3_finalize);
    }
  if (rc != SQLITE_DONE)
    {
      styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
      goto rollback;
    }

  if (!styre_sqlite_commit (self->db, error))
    goto rollback;
  self->last_beat_us = g_get_monotonic_time ();
  ok = TRUE;
  goto out;

rollback:
  styre_store_rollback (self);
  styre_store_refine_error (self, error);
out:
  styre_store_unlock (self);
  return ok;
}

/**
 * styre_store_leave:
 *
 * Lock held. Removes our session row and our owner file, as Styre does when it closes a
 * file. A crash leaves them; others see them go stale.
 */
void
styre_store_leave (StyreStore *self)
{
  if (self->db != NULL && self->session_id != 0 && !self->read_only)
    {
      g_autofree char *sql = g_strdup_printf ("BEGIN IMMEDIATE;"
                                              "DELETE FROM session WHERE id = %" G_GINT64_FORMAT ";"
                                              "COMMIT;", self->session_id);
      if (!exec_with_short_busy (self, sql, NULL))
        styre_store_rollback (self);
    }
  self->session_id = 0;
  if (self->owns_file && self->me != NULL)
    styre_owner_release (self->path, self->me);
  self->owns_file = FALSE;
}

/**
 * styre_store_get_session_id:
 *
 * Returns: this store's row in `session`, or 0 when it has none
 */
gint64
styre_store_get_session_id (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), 0);
  return self->session_id;
}

/**
 * styre_store_set_editing:
 * @table: (nullable): the table of the record being edited, or %NULL when nothing is
 * @row_id: its id
 * @label: (nullable): the record in words, as others see it: "DF-01 Digital byggesøknad"
 *
 * Tells others what this person is editing; the header of their window shows it. Written
 * with the next heartbeat of the feed, within a poll interval; never blocks.
 */
void
styre_store_set_editing (StyreStore *self,
                         const char *table,
                         gint64      row_id,
                         const char *label)
{
  g_return_if_fail (STYRE_IS_STORE (self));

  g_mutex_lock (&self->editing_lock);
  if (g_strcmp0 (self->editing_table ? self->editing_table : "", table ? table : "") != 0
      || self->editing_row != (table ? row_id : 0)
      || g_strcmp0 (self->editing ? self->editing : "", label ? label : "") != 0)
    {
      g_free (self->editing_table);
      self->editing_table = g_strdup (table ? table : "");
      self->editing_row = table ? row_id : 0;
      g_free (self->editing);
      self->editing = g_strdup (label ? label : "");
      self->session_dirty = TRUE;
    }
  g_mutex_unlock (&self->editing_lock);
}

/**
 * styre_store_get_sessions:
 *
 * The others who have the file open as the feed last saw them (a person whose Styre
 * stopped is gone after three missed heartbeats). Call in the store's thread; empty until
 * styre_store_watch() has polled once.
 *
 * Returns: (transfer container) (element-type StyreSession): the sessions
 */
GPtrArray *
styre_store_get_sessions (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  return g_ptr_array_ref (self->sessions);
}

/* ── the feed ────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  GPtrArray *entries;          /* StyreAuditEntry, others' changes */
  GPtrArray *tables;           /* char*, the tables they changed */
  GPtrArray *sessions;         /* StyreSession, when the list changed; else NULL */
  gboolean   owner_changed;
} PollResult;

static void
poll_result_free (PollResult *r)
{
  g_clear_pointer (&r->entries, g_ptr_array_unref);
  g_clear_pointer (&r->tables, g_ptr_array_unref);
  g_clear_pointer (&r->sessions, g_ptr_array_unref);
  g_free (r);
}

static void
add_table (GPtrArray  *tables,
           const char *table)
{
  if (!g_ptr_array_find_with_equal_func (tables, table, g_str_equal, NULL))
    g_ptr_array_add (tables, g_strdup (table));
}

static void
add_all_tables (StyreStore *self,
                GPtrArray  *tables)
{
  g_auto(GStrv) names = styre_store_list_tables (self);

  for (guint i = 0; names[i] != NULL; i++)
    if (!g_str_equal (names[i], "session") && !g_str_equal (names[i], "audit_log"))
      add_table (tables, names[i]);
}

/* Records what this connection wrote, so the feed does not report it as others'. */
void
styre_store_forget_own_audit (StyreStore *self)
{
  g_array_set_size (self->own_audit_ids, 0);
}

static gboolean
is_own_audit_id (StyreStore *self,
                 gint64      id)
{
  for (guint i = 0; i < self->own_audit_ids->len; i++)
    if (g_array_index (self->own_audit_ids, gint64, i) == id)
      {
        g_array_remove_index_fast (self->own_audit_ids, i);
        return TRUE;
      }
  return FALSE;
}

/* A string value of our own JSON, for the label of a deleted record. */
static char *
json_string (const char *json,
             const char *key)
{
  g_autofree char *pattern = g_strdup_printf ("\"%s\":\"", key);
  const char *p = json ? strstr (json, pattern) : NULL;
  GString *out;

  if (p == NULL)
    return NULL;
  p += strlen (pattern);
  out = g_string_new (NULL);
  for (; *p != '\0' && *p != '"'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static char *
label_of_deleted (const char *detail)
{
  g_autofree char *code = json_string (detail, "code");
  g_autofree char *title = json_string (detail, "title");
  g_autofree char *name = json_string (detail, "name");

  if (code != NULL && title != NULL)
    return g_strdup_printf ("%s %s", code, title);
  if (title != NULL)
    return g_steal_pointer (&title);
  if (name != NULL)
    return g_steal_pointer (&name);
  return code ? g_steal_pointer (&code) : g_strdup ("");
}

/* Lock held. Other people's changes since the last audit row seen. */
static gboolean
read_new_audit (StyreStore  *self,
                PollResult  *r,
                GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 last = self->last_audit_id;
  guint n = 0;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT id, at, user_name, display_name, action, table_name, row_id, "
                           "detail FROM audit_log WHERE id > ? ORDER BY id",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
  sqlite3_bind_int64 (stmt, 1, self->last_audit_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *action = column_text (stmt, 4);
      const char *table = column_text (stmt, 5);
      StyreAuditEntry *e;

      last = MAX (last, id);
      if (is_own_audit_id (self, id))
        continue;
      /* A snapshot or an export changes nothing anyone sees. */
      if (g_str_equal (action, "snapshot") || g_str_equal (action, "export"))
        continue;

      if (g_str_equal (action, "restore") || g_str_equal (action, "migrate")
          || g_str_equal (action, "import"))
        add_all_tables (self, r->tables);
      else
        add_table (r->tables, table);

      if (n++ >= MAX_ENTRIES_PER_POLL)
        continue;
      e = g_new0 (StyreAuditEntry, 1);
      e->id = id;
      e->at = g_strdup (column_text (stmt, 1));
      e->user_name = g_strdup (column_text (stmt, 2));
      e->display_name = g_strdup (column_text (stmt, 3));
      e->action = g_strdup (action);
      e->table_name = g_strdup (table);
      e->row_id = sqlite3_column_int64 (stmt, 6);
      e->label = g_str_equal (action, "delete") ? label_of_deleted (column_text (stmt, 7))
                                                : NULL;
      g_ptr_array_add (r->entries, e);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

  for (guint i = 0; i < r->entries->len && i < 20; i++)
    {
      StyreAuditEntry *e = g_ptr_array_index (r->entries, i);
      if (e->label == NULL)
        e->label = e->row_id > 0 ? styre_store_row_label (self, e->table_name, e->row_id)
                                 : g_strdup ("");
    }
  for (guint i = 0; i < r->entries->len; i++)
    {
      StyreAuditEntry *e = g_ptr_array_index (r->entries, i);
      if (e->label == NULL)
        e->label = g_strdup ("");
    }

  self->last_audit_id = last;
  /* Ids this connection wrote that are behind us can no longer come. */
  for (guint i = 0; i < self->own_audit_ids->len;)
    if (g_array_index (self->own_audit_ids, gint64, i) <= last)
      g_array_remove_index_fast (self->own_audit_ids, i);
    else
      i++;
  return TRUE;
}

/* Lock held. After a restore the audit log starts again from the snapshot's: the feed
 * notices by the file's generation, reports the restore and reads everything again. */
static void
read_restore (StyreStore *self,
              PollResult *r)
{
  sqlite3_stmt *stmt = NULL;

  add_all_tables (self, r->tables);
  if (sqlite3_prepare_v2 (self->db,
                          "SELECT id, at, user_name, display_name, action, table_name FROM "
                          "audit_log WHERE action = 'restore' ORDER BY id DESC LIMIT 1",
                          -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (!is_own_audit_id (self, id))
        {
          StyreAuditEntry *e = g_new0 (StyreAuditEntry, 1);
          e->id = id;
          e->at = g_strdup (column_text (stmt, 1));
          e->user_name = g_strdup (column_text (stmt, 2));
          e->display_name = g_strdup (column_text (stmt, 3));
          e->action = g_strdup ("restore");
          e->table_name = g_strdup (column_text (stmt, 5));
          e->label = g_strdup ("");
          g_ptr_array_add (r->entries, e);
        }
    }
  sqlite3_finalize (stmt);
  self->last_audit_id = styre_sqlite_get_int (self->db, "SELECT max(id) FROM audit_log", 0);
  styre_store_forget_own_audit (self);
}

static gboolean
same_presence (GPtrArray *a,
               GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      StyreSession *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);
      if (x->id != y->id || g_strcmp0 (x->display_name, y->display_name) != 0
          || g_strcmp0 (x->editing, y->editing) != 0
          || g_strcmp0 (x->editing_table, y->editing_table) != 0
          || x->editing_row != y->editing_row || g_strcmp0 (x->mode, y->mode) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Lock held. The others who are here now, judged by their heartbeats as this store saw
 * them move: a counter that has not moved for three beats is gone, whatever the other
 * computer's clock says. */
static GPtrArray *
live_sessions (StyreStore *self)
{
  g_autoptr(GPtrArray) all = read_sessions (self, NULL);
  g_autofree char *now = styre_store_now (self);
  gint64 mono = g_get_monotonic_time ();
  GPtrArray *live;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (all == NULL)
    return NULL;
  live = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_session_free);
  for (guint i = 0; i < all->len; i++)
    {
      StyreSession *s = g_ptr_array_index (all, i);
      SessionObservation *o = g_hash_table_lookup (self->observed, &s->id);

      if (s->is_self)
        continue;
      if (o == NULL)
        {
          gint64 age = heartbeat_age_us (s->heartbeat_at, now);
          o = g_new0 (SessionObservation, 1);
          o->heartbeat = s->heartbeat;
          o->last_change_us = mono - MAX (age, 0);
          g_hash_table_insert (self->observed, g_memdup2 (&s->id, sizeof s->id), o);
        }
      else if (o->heartbeat != s->heartbeat)
        {
          o->heartbeat = s->heartbeat;
          o->last_change_us = mono;
        }
      g_hash_table_add (seen, &s->id);
      if (mono - o->last_change_us > stale_window_us ())
        continue;
      g_ptr_array_add (live, styre_session_copy (s));
    }

  /* Forget sessions whose rows are gone. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, self->observed);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      if (!g_hash_table_contains (seen, key))
        g_hash_table_iter_remove (&iter);
  }
  return live;
}

/* Lock held. For someone who only reads: the sync client (or a person) replaced the file
 * with a newer copy. Open the new one, with every check, in place of the old. */
static gboolean
follow_replacement (StyreStore *self,
                    PollResult *r)
{
  g_autoptr(StyreStore) fresh = NULL;
  g_autoptr(GError) error = NULL;
  GHashTable *tables;

  fresh = styre_store_open (self->path, STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
  if (fresh == NULL)
    {
      g_debug ("Could not follow the replaced file yet: %s", error->message);
      return FALSE;
    }
  if (g_strcmp0 (fresh->file_id, self->file_id) != 0)
    return FALSE;

  sqlite3_close (self->db);
  self->db = g_steal_pointer (&fresh->db);
  self->schema_version = fresh->schema_version;
  tables = self->tables;
  self->tables = fresh->tables;
  fresh->tables = tables;
  self->data_version = fresh->data_version;
  self->last_audit_id = fresh->last_audit_id;
  g_free (self->generation);
  self->generation = g_steal_pointer (&fresh->generation);
  if (self->read_only_kind == STYRE_READ_ONLY_OTHER_EDITOR)
    {
      g_clear_pointer (&self->owner, styre_owner_free);
      self->owner = styre_owner_read (self->path, NULL);
      r->owner_changed = TRUE;
    }
  add_all_tables (self, r->tables);
  return TRUE;
}

/* Lock held. Has the file we write been moved, renamed, deleted or replaced? */
gboolean
styre_store_check_moved (StyreStore  *self,
                         GError     **error)
{
  int moved = 0;

  if (self->db == NULL)
    return TRUE;
  if (self->read_only_kind == STYRE_READ_ONLY_MOVED)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_MOVED, self->read_only_reason);
      return FALSE;
    }
  if (sqlite3_file_control (self->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
    moved = !g_file_test (self->path, G_FILE_TEST_EXISTS);
  if (!moved)
    return TRUE;

  styre_store_set_read_only_state (self, STYRE_READ_ONLY_MOVED,
                                   _("The file was moved, renamed, deleted or replaced by "
                                     "another program (perhaps a sync client) while it was "
                                     "open. Styre no longer writes to it. Save your changes "
                                     "as a copy, or open the file again from where it is "
                                     "now."));
  g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_MOVED, self->read_only_reason);
  return FALSE;
}

static gboolean
may_write_here (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return access (path, W_OK) == 0 && access (dir, W_OK) == 0;
}

/* Kinds of read-only that do not come from this connection's own state: if the file is
 * replaced, the new one can be shown. */
static gboolean
only_reading (StyreStore *self)
{
  switch (self->read_only_kind)
    {
    case STYRE_READ_ONLY_REQUESTED:
    case STYRE_READ_ONLY_NO_PERMISSION:
    case STYRE_READ_ONLY_OTHER_EDITOR:
    case STYRE_READ_ONLY_LOCATION:
      return TRUE;
    case STYRE_READ_ONLY_NONE:
    case STYRE_READ_ONLY_WAL:
    case STYRE_READ_ONLY_NEWER_VERSION:
    case STYRE_READ_ONLY_MOVED:
    case STYRE_READ_ONLY_PERMISSION_LOST:
    default:
      return FALSE;
    }
}

/* One poll, on a worker thread. */
static void
poll_locked (StyreStore *self,
             PollResult *r)
{
  g_autoptr(GError) error = NULL;
  gboolean beat_due;
  gint64 version;
  gboolean presence_due = self->sessions_unknown;

  if (self->db == NULL)
    return;
  self->sessions_unknown = FALSE;

  /* Rule 7: a file moved or replaced underneath is noticed at once. */
  {
    int moved = 0;

    if (self->read_only_kind != STYRE_READ_ONLY_MOVED
        && sqlite3_file_control (self->db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK
        && moved)
      {
        if (!(only_reading (self) && follow_replacement (self, r)))
          styre_store_check_moved (self, NULL);
        presence_due = TRUE;
      }
  }
  if (self->read_only_kind == STYRE_READ_ONLY_MOVED)
    return;

  /* Permission taken away while open, or given back. */
  if (!self->read_only && !may_write_here (self->path))
    styre_store_set_read_only_state (self, STYRE_READ_ONLY_PERMISSION_LOST,
                                     _("You no longer have permission to change this file or "
                                       "to write in its folder, so it is open for reading "
                                       "only. Nothing you saved was lost; save your changes as "
                                       "a copy, or ask for the permission back."));
  else if (self->read_only_kind == STYRE_READ_ONLY_PERMISSION_LOST
           && may_write_here (self->path))
    styre_store_set_read_only_state (self, STYRE_READ_ONLY_NONE, NULL);

  version = styre_sqlite_get_int (self->db, "PRAGMA data_version", -1);
  if (version >= 0 && version != self->data_version)
    {
      g_autofree char *generation = styre_store_meta_get (self->db, "generation");

      self->data_version = version;
      presence_due = TRUE;
      if (g_strcmp0 (generation, self->generation) != 0)
        {
          g_free (self->generation);
          self->generation = g_steal_pointer (&generation);
          read_restore (self, r);
        }
      else if (!read_new_audit (self, r, &error))
        g_debug ("Could not read the audit log: %s", error->message);
      g_clear_error (&error);
    }

  /* Heartbeat, and what the person edits now. */
  g_mutex_lock (&self->editing_lock);
  beat_due = self->session_dirty;
  g_mutex_unlock (&self->editing_lock);
  beat_due |= g_get_monotonic_time () - self->last_beat_us
              >= (gint64) styre_heartbeat_seconds () * G_USEC_PER_SEC;
  if (beat_due)
    {
      presence_due = TRUE;
      if (self->owns_file || (!self->read_only && self->sharing == STYRE_SHARING_SHARED))
        {
          gboolean had_file = self->owns_file;

          if (!styre_store_heartbeat (self, &error))
            g_debug ("No heartbeat this time: %s", error->message);
          if (had_file && !self->owns_file)
            r->owner_changed = TRUE;
        }
      else if (self->read_only_kind == STYRE_READ_ONLY_OTHER_EDITOR)
        {
          g_autoptr(StyreOwner) owner = styre_owner_read (self->path, NULL);

          if ((owner == NULL) != (self->owner == NULL)
              || (owner != NULL && (!styre_owner_is_self (owner, self->owner)
                                    || g_strcmp0 (owner->heartbeat_at,
                                                  self->owner->heartbeat_at) != 0)))
            {
              g_clear_pointer (&self->owner, styre_owner_free);
              self->owner = g_steal_pointer (&owner);
              r->owner_changed = TRUE;
            }
          self->last_beat_us = g_get_monotonic_time ();
        }
      else
        self->last_beat_us = g_get_monotonic_time ();
    }

  if (presence_due && self->sharing == STYRE_SHARING_SHARED)
    r->sessions = live_sessions (self);
}

static void
poll_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  StyreStore *self = source_object;
  PollResult *r = g_new0 (PollResult, 1);

  r->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_audit_entry_free);
  r->tables = g_ptr_array_new_with_free_func (g_free);

  styre_store_lock (self);
  if (self->session_id == 0 && !self->read_only && self->sharing == STYRE_SHARING_SHARED
      && self->db != NULL)
    {
      g_autoptr(GError) error = NULL;
      /* Our own commits do not move our data_version: others' before it still count. */
      if (!styre_store_join (self, &error))
        g_debug ("Could not join yet: %s", error->message);
    }
  /* The day's snapshot now, on this worker, rather than when the person first saves:
   * on a big file it takes seconds they would otherwise wait for (rule 10). */
  if (self->sessions_unknown && !self->read_only && self->db != NULL)
    styre_store_ensure_daily_snapshot (self);
  poll_locked (self, r);
  styre_store_unlock (self);

  g_task_return_pointer (task, r, (GDestroyNotify) poll_result_free);
}

static void schedule_poll (StyreStore *self,
                           guint       delay_ms);

static void
poll_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  StyreStore *self = STYRE_STORE (object);
  PollResult *r = g_task_propagate_pointer (G_TASK (result), NULL);

  self->poll_running = FALSE;
  if (r == NULL)
    return;

  /* Only this poll still holds the store: whoever watched it has let go, and is not told. */
  if (g_atomic_int_get (&G_OBJECT (self)->ref_count) <= 1)
    self->watching = FALSE;

  if (self->watching)
    {
      gboolean presence = r->owner_changed;

      if (r->sessions != NULL && !same_presence (r->sessions, self->sessions))
        {
          g_ptr_array_unref (self->sessions);
          self->sessions = g_ptr_array_ref (r->sessions);
          presence = TRUE;
        }
      if (r->entries->len > 0)
        g_signal_emit_by_name (self, "remote-changes", r->entries);
      if (r->tables->len > 0)
        {
          g_ptr_array_add (r->tables, NULL);
          g_signal_emit_by_name (self, "changed", (char **) r->tables->pdata, FALSE);
        }
      if (presence)
        g_signal_emit_by_name (self, "presence-changed");
      schedule_poll (self, self->poll_interval_ms);
    }
  poll_result_free (r);
}

typedef struct
{
  GWeakRef store;
} PollSource;

static void
poll_source_free (gpointer data)
{
  PollSource *p = data;

  g_weak_ref_clear (&p->store);
  g_free (p);
}

static gboolean
poll_timeout_cb (gpointer data)
{
  PollSource *p = data;
  g_autoptr(StyreStore) self = g_weak_ref_get (&p->store);
  g_autoptr(GTask) task = NULL;

  if (self == NULL)
    return G_SOURCE_REMOVE;
  self->poll_source = 0;
  if (!self->watching || self->db == NULL)
    return G_SOURCE_REMOVE;
  if (self->poll_running)
    {
      schedule_poll (self, self->poll_interval_ms);
      return G_SOURCE_REMOVE;
    }

  self->poll_running = TRUE;
  task = g_task_new (self, NULL, poll_done_cb, NULL);
  g_task_set_source_tag (task, poll_timeout_cb);
  g_task_run_in_thread (task, poll_thread);
  return G_SOURCE_REMOVE;
}

static void
schedule_poll (StyreStore *self,
               guint       delay_ms)
{
  PollSource *p = g_new0 (PollSource, 1);
  GSource *source = g_timeout_source_new (delay_ms);

  g_weak_ref_init (&p->store, self);
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, poll_timeout_cb, p, poll_source_free);
  g_source_set_static_name (source, "[styre] change feed");
  self->poll_source = g_source_attach (source, self->context);
  g_source_unref (source);
}

/**
 * styre_store_watch:
 * @interval_ms: how often to look, or 0 for what the location calls for (2 s on a local
 *   disk, 3 s elsewhere)
 *
 * Starts the change feed and presence in the store's thread: other people's changes
 * arrive as #StyreStore::remote-changes and #StyreStore::changed, who is here as
 * #StyreStore::presence-changed, and a file moved or replaced underneath, or whose
 * permission was taken away, as #StyreStore:read-only. Joins the file's sessions and
 * keeps up the heartbeat. All file access runs on worker threads.
 */
void
styre_store_watch (StyreStore *self,
                   guint       interval_ms)
{
  g_return_if_fail (STYRE_IS_STORE (self));

  self->poll_interval_ms = interval_ms > 0 ? interval_ms
                           : self->location ? styre_location_poll_interval (self->location)
                           : 2000;
  if (self->watching)
    return;
  self->watching = TRUE;
  /* At once: join, and learn who is here. */
  self->sessions_unknown = TRUE;
  schedule_poll (self, 0);
}

/**
 * styre_store_unwatch:
 *
 * Stops the change feed. Any thread.
 */
void
styre_store_unwatch (StyreStore *self)
{
  g_return_if_fail (STYRE_IS_STORE (self));

  self->watching = FALSE;
  if (self->poll_source != 0)
    {
      GSource *source = g_main_context_find_source_by_id (self->context, self->poll_source);
      if (source != NULL)
        g_source_destroy (source);
      self->poll_source = 0;
    }
}

/**
 * styre_store_get_poll_interval:
 *
 * Returns: how often the feed looks for others' changes, in milliseconds
 */
guint
styre_store_get_poll_interval (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), 0);
  if (self->poll_interval_ms > 0)
    return self->poll_interval_ms;
  return self->location ? styre_location_poll_interval (self->location) : 2000;
}
