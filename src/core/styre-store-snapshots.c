/* styre-store-snapshots.c — snapshots, restore, and saving a copy
 *
 * A snapshot is a copy of the file made with SQLite's backup API and verified with
 * integrity_check, in `.styre-snapshots/` beside the file with the same access rights
 * (STORAGE.md rule 10). One is taken before a migration, an import, a restore and a bulk
 * delete, and with the first change of each day; 14 daily, 8 weekly and 12 monthly are
 * kept. A restore copies a snapshot *into* the live file with the backup API, in one
 * transaction, after a snapshot of the state it replaces, and only when nobody else has the
 * file open; it never renames over the file. Saving a copy is the way forward when the file
 * cannot take a change (disk full, permission gone, file moved): the data as this window
 * sees it, and the person's unsaved changes, go into a new file they choose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-snapshots"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "styre-error.h"
#include "styre-store-private.h"

#define SNAPSHOT_FOLDER ".styre-snapshots"

/* How long a restore waits for others' short transactions to finish. */
#define RESTORE_BUSY_SECONDS 30

static char *
folder_of (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_build_filename (dir, SNAPSHOT_FOLDER, NULL);
}

static char *
stem_of (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_str_has_suffix (base, ".styre") ? g_strndup (base, strlen (base) - 6)
                                           : g_steal_pointer (&base);
}

static char *
snapshot_folder (StyreStore *self)
{
  return folder_of (self->path);
}

static char *
file_stem (StyreStore *self)
{
  return stem_of (self->path);
}

/* The folder, with the rights of the folder the file is in. */
static gboolean
ensure_folder (StyreStore  *self,
               const char  *folder,
               GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  GStatBuf st;
  int mode = 0755;

  if (g_stat (dir, &st) == 0)
    mode = st.st_mode & 07777;
  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    return TRUE;
  if (g_mkdir (folder, mode) != 0 && errno != EEXIST)
    {
      int saved = errno;
      g_set_error (error, STYRE_ERROR,
                   saved == ENOSPC || saved == EDQUOT ? STYRE_ERROR_DISK_FULL
                   : saved == EACCES || saved == EPERM || saved == EROFS ? STYRE_ERROR_READ_ONLY
                   : STYRE_ERROR_IO,
                   _("The snapshot folder “%s” could not be made: %s"), folder,
                   g_strerror (saved));
      return FALSE;
    }
  /* mkdir() left out what the umask removes; the folder gets exactly the file's folder's. */
  g_chmod (folder, mode);
  return TRUE;
}

/* SQLite's backup from @from into @to, all pages in one step; a busy source or
 * destination is waited for, up to @max_seconds. */
static int
backup_all (sqlite3 *to,
            sqlite3 *from,
            guint    max_seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) max_seconds * G_USEC_PER_SEC;
  sqlite3_backup *backup = sqlite3_backup_init (to, "main", from, "main");
  int rc;

  if (backup == NULL)
    return sqlite3_extended_errcode (to);
  for (;;)
    {
      rc = sqlite3_backup_step (backup, -1);
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || g_get_monotonic_time () > deadline)
        break;
      g_usleep (50 * 1000);
    }
  sqlite3_backup_finish (backup);
  /* Releasing the lock comes after the commit point: the copy is whole. */
  if (rc == SQLITE_IOERR_UNLOCK)
    return SQLITE_OK;
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/**
 * styre_store_snapshot_locked:
 *
 * Lock held. The snapshot itself; styre_store_snapshot() is the public entry.
 */
char *
styre_store_snapshot_locked (StyreStore  *self,
                             const char  *reason,
                             GError     **error)
{
  g_autofree char *folder = snapshot_folder (self);
  g_autofree char *stem = file_stem (self);
  g_autofree char *target = NULL;
  g_autofree char *now = styre_store_now (self);
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (now, NULL);
  g_autofree char *stamp = NULL;
  sqlite3 *copy = NULL;
  sqlite3_stmt *stmt = NULL;
  GStatBuf st;
  int rc;

  if (self->db == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return NULL;
    }
  if (!ensure_folder (self, folder, error))
    return NULL;

  if (dt == NULL)
    dt = g_date_time_new_now_utc ();
  stamp = g_date_time_format (dt, "%Y%m%d-%H%M%S");
  for (guint n = 0; target == NULL || g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      if (n == 0)
        target = g_strdup_printf ("%s/%s-%s-%s.styre", folder, stem, stamp, reason);
      else
        target = g_strdup_printf ("%s/%s-%s-%s-%u.styre", folder, stem, stamp, reason, n);
    }

  copy = styre_store_open_connection (target, FALSE, TRUE, error);
  if (copy == NULL)
    return NULL;
  if (g_stat (self->path, &st) == 0)
    g_chmod (target, st.st_mode & 0666);

  rc = backup_all (copy, self->db, 10);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (copy, rc, error);
      g_prefix_error (error, _("The snapshot could not be made: "));
      goto fail;
    }

  if (!styre_store_run_integrity_check (copy, "PRAGMA integrity_check", error))
    {
      g_prefix_error (error, _("The snapshot could not be verified: "));
      goto fail;
    }

  rc = sqlite3_prepare_v2 (copy, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      const char *kv[][2] = {
        { "snapshot_reason", reason },
        { "snapshot_taken_at", now },
        { "snapshot_taken_by", self->display_name },
        { "snapshot_of", self->path },
      };
      for (guint i = 0; i < G_N_ELEMENTS (kv) && rc == SQLITE_OK; i++)
        {
          sqlite3_bind_text (stmt, 1, kv[i][0], -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 2, kv[i][1], -1, SQLITE_STATIC);
          rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode (copy);
          sqlite3_reset (stmt);
        }
      sqlite3_finalize (stmt);
    }
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (copy, rc, error);
      g_prefix_error (error, _("The snapshot could not be made: "));
      goto fail;
    }

  if (sqlite3_close (copy) != SQLITE_OK)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_IO,
                           _("The snapshot could not be made: it could not be closed."));
      copy = NULL;
      goto fail;
    }
  return g_steal_pointer (&target);

fail:
  if (copy != NULL)
    sqlite3_close (copy);
  g_unlink (target);
  {
    g_autofree char *journal = g_strconcat (target, "-journal", NULL);
    g_unlink (journal);
  }
  return NULL;
}

/**
 * styre_store_snapshot:
 * @reason: why ("migration", "import", "restore", "bulk-delete", "daily", "manual")
 *
 * Copies the file with SQLite's backup API into `.styre-snapshots/` beside it, verifies
 * the copy with integrity_check (STORAGE.md rule 10), and lets go of snapshots the
 * retention no longer keeps. Touches the file: not on the UI thread.
 *
 * Returns: (transfer full): the snapshot's path, or %NULL with @error set
 */
char *
styre_store_snapshot (StyreStore  *self,
                      const char  *reason,
                      GError     **error)
{
  char *path;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  styre_store_lock (self);
  path = styre_store_snapshot_locked (self, reason, error);
  if (path != NULL)
    styre_store_prune_snapshots (self);
  styre_store_unlock (self);
  return path;
}

/* "fil-20261127-081200-daily.styre" → the UTC time, when the name is one of @stem's. */
static char *
taken_at_from_name (const char *stem,
                    const char *name)
{
  gsize n = strlen (stem);
  const char *p;
  char utc[32];

  if (strncmp (name, stem, n) != 0 || name[n] != '-' || !g_str_has_suffix (name, ".styre"))
    return NULL;
  p = name + n + 1;
  for (guint i = 0; i < 15; i++)
    if (i == 8 ? p[i] != '-' : !g_ascii_isdigit (p[i]))
      return NULL;
  if (p[15] != '-')
    return NULL;
  g_snprintf (utc, sizeof utc, "%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ", p, p + 4, p + 6, p + 9,
              p + 11, p + 13);
  return g_strdup (utc);
}

static GPtrArray *
list_files_of (const char *path)
{
  g_autofree char *folder = folder_of (path);
  g_autofree char *stem = stem_of (path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *at = taken_at_from_name (stem, name);
      if (at != NULL)
        g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
    }
  return paths;
}

static GPtrArray *
list_snapshot_files (StyreStore *self)
{
  return list_files_of (self->path);
}

/* What the snapshot at @path says of itself, if it is a snapshot of the file @of with the id
 * @file_id (any id when %NULL). */
static StyreSnapshot *
read_snapshot_of (const char *of,
                  const char *file_id_wanted,
                  const char *path)
{
  g_autofree char *stem = stem_of (of);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *file_id = NULL;
  StyreSnapshot *s;
  sqlite3 *db;
  GStatBuf st;

  /* A hardened connection: snapshots are files in a folder anyone may write to. */
  db = styre_store_open_connection (path, TRUE, FALSE, NULL);
  if (db == NULL)
    return NULL;
  file_id = styre_store_meta_get (db, "file_id");
  if (file_id == NULL || (file_id_wanted != NULL && !g_str_equal (file_id, file_id_wanted)))
    {
      sqlite3_close (db);
      return NULL;
    }

  s = g_new0 (StyreSnapshot, 1);
  s->path = g_strdup (path);
  s->taken_at = styre_store_meta_get (db, "snapshot_taken_at");
  if (s->taken_at == NULL)
    s->taken_at = taken_at_from_name (stem, base);
  s->reason = styre_store_meta_get (db, "snapshot_reason");
  if (s->reason == NULL)
    s->reason = g_strdup ("manual");
  s->taken_by = styre_store_meta_get (db, "snapshot_taken_by");
  if (s->taken_by == NULL)
    s->taken_by = g_strdup ("");
  s->schema_version = (int) styre_sqlite_get_int (db, "PRAGMA user_version", 0);
  s->size = g_stat (path, &st) == 0 ? st.st_size : 0;
  sqlite3_close (db);
  return s;
}

static StyreSnapshot *
read_snapshot (StyreStore *self,
               const char *path)
{
  return read_snapshot_of (self->path, self->file_id, path);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const StyreSnapshot *x = *(StyreSnapshot * const *) a;
  const StyreSnapshot *y = *(StyreSnapshot * const *) b;
  int c = g_strcmp0 (y->taken_at, x->taken_at);

  return c != 0 ? c : g_strcmp0 (y->path, x->path);
}

/**
 * styre_store_list_snapshots:
 *
 * The snapshots of this file in `.styre-snapshots/` beside it. Reads each one's own note
 * of when, why and by whom; files that are not snapshots of this file are left out.
 * Touches the file system: not on the UI thread.
 *
 * Returns: (transfer container) (element-type StyreSnapshot): newest first
 */
GPtrArray *
styre_store_list_snapshots (StyreStore  *self,
                            GError     **error)
{
  g_autoptr(GPtrArray) paths = NULL;
  GPtrArray *snapshots;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);

  paths = list_snapshot_files (self);
  snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_snapshot_free);
  for (guint i = 0; i < paths->len; i++)
    {
      StyreSnapshot *s = read_snapshot (self, g_ptr_array_index (paths, i));
      if (s != NULL)
        g_ptr_array_add (snapshots, s);
    }
  g_ptr_array_sort (snapshots, newest_first);
  return snapshots;
}

/**
 * styre_store_list_snapshots_of:
 * @path: a .styre file, which need not open (it may be damaged)
 *
 * The snapshots in `.styre-snapshots/` beside @path that bear its name, for when the file
 * itself cannot be opened: the way forward from a damaged file. Touches the file system.
 *
 * Returns: (transfer container) (element-type StyreSnapshot): newest first
 */
GPtrArray *
styre_store_list_snapshots_of (const char  *path,
                               GError     **error)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *abs = NULL;
  GPtrArray *snapshots;

  g_return_val_if_fail (path != NULL, NULL);

  abs = g_canonicalize_filename (path, NULL);
  paths = list_files_of (abs);
  snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_snapshot_free);
  for (guint i = 0; i < paths->len; i++)
    {
      StyreSnapshot *s = read_snapshot_of (abs, NULL, g_ptr_array_index (paths, i));
      if (s != NULL)
        g_ptr_array_add (snapshots, s);
    }
  g_ptr_array_sort (snapshots, newest_first);
  return snapshots;
}

/**
 * styre_store_prune_snapshots:
 *
 * Lock held. Deletes the snapshots the retention no longer keeps.
 */
void
styre_store_prune_snapshots (StyreStore *self)
{
  g_autoptr(GPtrArray) snapshots = styre_store_list_snapshots (self, NULL);
  g_autoptr(GPtrArray) doomed = NULL;
  g_autofree char *now = styre_store_now (self);

  doomed = styre_snapshot_plan_prune (snapshots, now);
  for (guint i = 0; i < doomed->len; i++)
    {
      StyreSnapshot *s = g_ptr_array_index (doomed, i);
      g_autofree char *journal = g_strconcat (s->path, "-journal", NULL);

      g_debug ("Letting go of snapshot %s", s->path);
      g_unlink (s->path);
      g_unlink (journal);
    }
}

/**
 * styre_store_ensure_daily_snapshot:
 *
 * Lock held, before the first change of a day: takes the day's snapshot unless someone
 * has taken one today already. A snapshot that cannot be made does not stop the change;
 * it is tried again tomorrow.
 */
gboolean
styre_store_ensure_daily_snapshot (StyreStore *self)
{
  g_autofree char *today = styre_store_today (self);
  g_autofree char *stem = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GTimeZone) oslo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (g_strcmp0 (self->daily_snapshot_date, today) == 0)
    return TRUE;
  g_free (self->daily_snapshot_date);
  self->daily_snapshot_date = g_strdup (today);

  stem = file_stem (self);
  oslo = g_time_zone_new_identifier ("Europe/Oslo");
  paths = list_snapshot_files (self);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
      g_autofree char *at = taken_at_from_name (stem, base);
      g_autoptr(GDateTime) utc = at ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
      g_autoptr(GDateTime) local = utc && oslo ? g_date_time_to_timezone (utc, oslo) : NULL;
      g_autofree char *date = local ? g_date_time_format (local, "%Y-%m-%d") : NULL;

      if (g_strcmp0 (date, today) == 0)
        return TRUE;
    }

  path = styre_store_snapshot_locked (self, "daily", &error);
  if (path == NULL)
    {
      g_debug ("No daily snapshot today: %s", error->message);
      return FALSE;
    }
  styre_store_prune_snapshots (self);
  return TRUE;
}

/* The snapshot, prepared to become the file: without its snapshot notes and old sessions,
 * with a new generation (so every open window reads everything again), a counter bump and
 * an audit row that says who restored what. */
static gboolean
prepare_restore_copy (StyreStore    *self,
                      sqlite3       *copy,
                      StyreSnapshot *from,
                      const char    *safety,
                      const char    *generation,
                      gint64        *audit_id,
                      GError       **error)
{
  g_autofree char *now = styre_store_now (self);
  g_autofree char *snapshot_name = g_path_get_basename (from->path);
  g_autofree char *safety_name = safety ? g_path_get_basename (safety) : g_strdup ("");
  g_autoptr(GString) detail = g_string_new ("{");
  sqlite3_stmt *stmt = NULL;
  int rc;

  {
    StyreValue v = { .type = STYRE_VALUE_TEXT };

    v.s = snapshot_name;
    g_string_append (detail, "\"snapshot\":");
    styre_value_append_json (&v, detail);
    v.s = from->taken_at;
    g_string_append (detail, ",\"taken_at\":");
    styre_value_append_json (&v, detail);
    v.s = from->reason;
    g_string_append (detail, ",\"reason\":");
    styre_value_append_json (&v, detail);
    v.s = safety_name;
    g_string_append (detail, ",\"safety_snapshot\":");
    styre_value_append_json (&v, detail);
    g_string_append_c (detail, '}');
  }

  if (!styre_sqlite_exec (copy, "BEGIN IMMEDIATE;"
                                "DELETE FROM meta WHERE key LIKE 'snapshot\\_%' ESCAPE '\\';"
                                "DELETE FROM session;"
                                "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
                                "WHERE key = 'change_counter';",
                          error))
    return FALSE;

  rc = sqlite3_prepare_v2 (copy, "INSERT OR REPLACE INTO meta (key, value) "
                                 "VALUES ('generation', ?)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, generation, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode (copy);
      sqlite3_finalize (stmt);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (copy,
                             "INSERT INTO audit_log (at, user_name, display_name, host, action, "
                             "table_name, row_id, detail) VALUES (?, ?, ?, ?, 'restore', 'meta', "
                             "NULL, ?)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, self->user_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, self->display_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, self->host, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, detail->str, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode (copy);
      sqlite3_finalize (stmt);
      *audit_id = sqlite3_last_insert_rowid (copy);
    }
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (copy, rc, error);
      sqlite3_exec (copy, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (!styre_sqlite_exec (copy, "COMMIT", error))
    {
      sqlite3_exec (copy, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return styre_store_run_integrity_check (copy, "PRAGMA integrity_check", error);
}

/**
 * styre_store_restore:
 * @snapshot_path: a snapshot of this file (from styre_store_list_snapshots())
 * @safety_snapshot: (out) (optional) (transfer full): where the state it replaced was
 *   saved first
 *
 * Puts the file back as it was in @snapshot_path (STORAGE.md rule 10): the snapshot is
 * checked in full, a snapshot of the current state is taken, and the snapshot is copied
 * into the live file with the backup API in one transaction. Only when nobody else has
 * the file open. Every open window sees the restore through the change feed. Touches the
 * file: not on the UI thread.
 *
 * Returns: %TRUE when restored; otherwise %FALSE with %STYRE_ERROR_IN_USE (others have
 *   the file open), %STYRE_ERROR_INVALID (not a snapshot of this file), or the reason the
 *   file could not be written; the file is then unchanged
 */
gboolean
styre_store_restore (StyreStore  *self,
                     const char  *snapshot_path,
                     char       **safety_snapshot,
                     GError     **error)
{
  g_autoptr(StyreStore) snapshot = NULL;
  g_autoptr(StyreSnapshot) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *generation = g_uuid_string_random ();
  gint64 audit_id = 0;
  sqlite3 *copy = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (snapshot_path != NULL, FALSE);

  if (safety_snapshot != NULL)
    *safety_snapshot = NULL;

  /* The snapshot goes through every check a file gets when it is opened, and a full one. */
  snapshot = styre_store_open (snapshot_path, STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE,
                               &local_error);
  if (snapshot == NULL || !styre_store_check (snapshot, TRUE, &local_error))
    {
      g_set_error (error, STYRE_ERROR, local_error->code,
                   _("The snapshot cannot be restored: %s"), local_error->message);
      return FALSE;
    }

  styre_store_lock (self);
  if (self->db == NULL)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      goto out;
    }
  if (self->read_only)
    {
      g_set_error_literal (error, STYRE_ERROR,
                           self->read_only_kind == STYRE_READ_ONLY_MOVED ? STYRE_ERROR_MOVED
                                                                         : STYRE_ERROR_READ_ONLY,
                           self->read_only_reason);
      goto out;
    }
  if (!styre_store_check_moved (self, error))
    goto out;
  if (g_strcmp0 (snapshot->file_id, self->file_id) != 0)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("This is a snapshot of another file; open it instead."));
      goto out;
    }
  if (snapshot->schema_version != self->schema_version)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("This snapshot was taken before the file was upgraded to the format of "
                     "this Styre (schema %d, the file has %d), so it cannot be put back into "
                     "it. Open the snapshot to look at it."),
                   snapshot->schema_version, self->schema_version);
      goto out;
    }
  if (styre_store_count_others (self, &names) > 0)
    {
      /* Translators: %s is who else has the file open, e.g. "Kari Nordmann" */
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IN_USE,
                   _("A snapshot replaces everything in the file, so it is restored only when "
                     "nobody else has the file open; %s has it open now. Try again when they "
                     "have closed it."), names);
      goto out;
    }

  /* What the snapshot says of itself, for the audit row. */
  info = g_new0 (StyreSnapshot, 1);
  info->path = g_strdup (snapshot_path);
  info->taken_at = styre_store_meta_get (styre_store_get_db (snapshot), "snapshot_taken_at");
  info->reason = styre_store_meta_get (styre_store_get_db (snapshot), "snapshot_reason");
  if (info->taken_at == NULL)
    info->taken_at = g_strdup ("");
  if (info->reason == NULL)
    info->reason = g_strdup ("manual");

  safety = styre_store_snapshot_locked (self, "restore", &local_error);
  if (safety == NULL)
    {
      g_set_error (error, STYRE_ERROR, local_error->code,
                   _("Nothing was restored, because a snapshot of the file as it is now could "
                     "not be made first: %s"), local_error->message);
      goto out;
    }

  /* The snapshot, made ready in a copy beside it, then copied into the file at once. */
  folder = snapshot_folder (self);
  tmp = g_strdup_printf ("%s/.restore-%08x.styre", folder, g_random_int ());
  copy = styre_store_open_connection (tmp, FALSE, TRUE, error);
  if (copy == NULL)
    goto out;
  rc = backup_all (copy, styre_store_get_db (snapshot), 10);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (copy, rc, error);
      goto out;
    }
  if (!prepare_restore_copy (self, copy, info, safety, generation, &audit_id, error))
    goto out;

  rc = backup_all (self->db, copy, RESTORE_BUSY_SECONDS);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (self->db, rc, error);
      styre_store_refine_error (self, error);
      g_prefix_error (error, _("Nothing was restored: "));
      goto out;
    }

  /* Our own restore is no news to our own feed. */
  g_free (self->generation);
  self->generation = g_steal_pointer (&generation);
  self->last_audit_id = audit_id;
  styre_store_forget_own_audit (self);
  self->data_version = styre_sqlite_get_int (self->db, "PRAGMA data_version", 0);
  self->session_id = 0;
  g_free (self->daily_snapshot_date);
  self->daily_snapshot_date = NULL;
  /* The tables are the same: the snapshot matched this file's schema version exactly. From
   * here on the file is restored whatever else fails. */
  styre_store_prune_snapshots (self);
  if (safety_snapshot != NULL)
    *safety_snapshot = g_steal_pointer (&safety);
  ok = TRUE;

out:
  if (copy != NULL)
    sqlite3_close (copy);
  if (tmp != NULL)
    {
      g_autofree char *journal = g_strconcat (tmp, "-journal", NULL);
      g_unlink (tmp);
      g_unlink (journal);
    }
  styre_store_unlock (self);

  if (ok)
    {
      g_auto(GStrv) tables = styre_store_list_tables (self);
      styre_store_emit_changed (self, (const char * const *) tables, TRUE);
    }
  return ok;
}

/**
 * styre_store_save_copy:
 * @path: where the copy goes; it must not exist
 * @changes: (nullable) (element-type StyreChange): changes not yet saved, to save in the
 *   copy
 *
 * The way forward when the file cannot take a change (disk full, permission gone, file
 * moved or replaced): writes the data as this store sees it into a new file at @path, a
 * new file of its own (new file id, nobody in it), and saves @changes there with the
 * usual checks. Works while the file is open for reading only. Touches the file system:
 * not on the UI thread.
 */
gboolean
styre_store_save_copy (StyreStore  *self,
                       const char  *path,
                       GPtrArray   *changes,
                       GError     **error)
{
  g_autofree char *abs = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *file_id = g_uuid_string_random ();
  g_autoptr(StyreStore) copy = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  abs = g_canonicalize_filename (path, NULL);
  if (g_file_test (abs, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_EXISTS,
                   _("“%s” already exists; Styre does not overwrite it."), abs);
      return FALSE;
    }
  tmp = g_strdup_printf ("%s.new-%08x", abs, g_random_int ());

  db = styre_store_open_connection (tmp, FALSE, TRUE, error);
  if (db == NULL)
    goto out;

  styre_store_lock (self);
  rc = self->db ? backup_all (db, self->db, 10) : SQLITE_MISUSE;
  styre_store_unlock (self);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (db, rc, error);
      goto out;
    }

  rc = sqlite3_prepare_v2 (db, "UPDATE meta SET value = ? WHERE key = 'file_id'", -1, &stmt,
                           NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, file_id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode (db);
      sqlite3_finalize (stmt);
    }
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (db, rc, error);
      goto out;
    }
  if (!styre_sqlite_exec (db, "DELETE FROM session;"
                              "DELETE FROM meta WHERE key LIKE 'snapshot\\_%' ESCAPE '\\';"
                              "DELETE FROM meta WHERE key = 'generation';", error)
      || !styre_store_run_integrity_check (db, "PRAGMA integrity_check", error))
    goto out;
  if (sqlite3_close (db) != SQLITE_OK)
    {
      db = NULL;
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_IO,
                           _("The copy could not be written."));
      goto out;
    }
  db = NULL;

  /* The person's unsaved changes, with the version checks and audit rows of any save. */
  if (changes != NULL && changes->len > 0)
    {
      copy = styre_store_open (tmp, STYRE_OPEN_DEFAULT, error);
      if (copy == NULL)
        goto out;
      styre_store_set_identity (copy, self->user_name, self->display_name);
      /* No snapshot folder beside a copy just made. */
      copy->daily_snapshot_date = styre_store_today (copy);
      if (!styre_store_apply_all (copy, changes, error))
        goto out;
      styre_store_close (copy);
    }

  if (link (tmp, abs) != 0)
    {
      int saved = errno;
      if (saved == EEXIST)
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_EXISTS,
                       _("“%s” already exists; Styre does not overwrite it."), abs);
          goto out;
        }
      if (g_rename (tmp, abs) != 0)
        {
          saved = errno;
          g_set_error (error, STYRE_ERROR, saved == ENOSPC ? STYRE_ERROR_DISK_FULL : STYRE_ERROR_IO,
                       _("The copy could not be put in place: %s"), g_strerror (saved));
          goto out;
        }
    }
  ok = TRUE;

out:
  if (db != NULL)
    sqlite3_close (db);
  if (copy != NULL)
    styre_store_close (copy);
  {
    g_autofree char *journal = g_strconcat (tmp, "-journal", NULL);
    g_unlink (tmp);
    g_unlink (journal);
  }
  return ok;
}
