/* styre-store.c — opening, creating, checking and snapshotting a .styre file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "styre-error.h"
#include "styre-format.h"
#include "styre-store-private.h"

G_DEFINE_FINAL_TYPE (StyreStore, styre_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  REMOTE_CHANGES,
  PRESENCE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
table_info_free (gpointer data)
{
  StyreTableInfo *info = data;

  g_free (info->name);
  g_ptr_array_unref (info->columns);
  g_free (info);
}

static void
styre_store_finalize (GObject *object)
{
  StyreStore *self = (StyreStore *)object;

  styre_store_close (self);
  g_clear_pointer (&self->retired_strings, g_ptr_array_unref);
  g_clear_pointer (&self->location, styre_location_free);
  g_clear_pointer (&self->me, styre_owner_free);
  g_clear_pointer (&self->owner, styre_owner_free);
  g_clear_pointer (&self->editing, g_free);
  g_clear_pointer (&self->editing_table, g_free);
  g_clear_pointer (&self->observed, g_hash_table_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->generation, g_free);
  g_clear_pointer (&self->own_audit_ids, g_array_unref);
  g_clear_pointer (&self->daily_snapshot_date, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->file_id, g_free);
  g_clear_pointer (&self->organisation_name, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->user_name, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->host, g_free);
  g_clear_pointer (&self->now_for_testing, g_free);
  g_clear_pointer (&self->tables, g_hash_table_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_rec_mutex_clear (&self->lock);
  g_mutex_clear (&self->editing_lock);

  G_OBJECT_CLASS (styre_store_parent_class)->finalize (object);
}

static void
styre_store_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  StyreStore *self = STYRE_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_store_class_init (StyreStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styre_store_finalize;
  object_class->get_property = styre_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StyreStore::changed:
   * @tables: the tables whose rows changed
   * @local: %TRUE for changes saved through this store, %FALSE for other people's
   *
   * Emitted in the thread that opened the store (the UI thread) after changes were
   * committed: by this store (whatever thread saved them) or, once the change feed
   * notices them, by someone else. Pages reload what they show from @tables; this is the
   * one way the UI learns that data changed (STYLE.md, data flow).
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_STRV, G_TYPE_BOOLEAN);

  /**
   * StyreStore::remote-changes:
   * @entries: (element-type StyreAuditEntry): what other people saved, oldest first
   *
   * Emitted in the store's thread just before #StyreStore::changed with @local %FALSE:
   * who changed what, for a toast. A restore by someone else is one entry with the action
   * "restore". Heartbeats and other presence changes are never reported here.
   */
  signals[REMOTE_CHANGES] =
    g_signal_new ("remote-changes", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);

  /**
   * StyreStore::presence-changed:
   *
   * Someone opened or closed the file, or began editing something else; read the new
   * list with styre_store_get_sessions(). In single-editor mode, the owner may have
   * changed (styre_store_dup_owner()). Not emitted for heartbeats alone.
   */
  signals[PRESENCE_CHANGED] =
    g_signal_new ("presence-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 0);
}

/* Who this program writes as, until a store is told otherwise (styre_store_set_identity). */
static GMutex default_identity_lock;
static char *default_user_name;
static char *default_display_name;

/**
 * styre_store_set_default_identity:
 * @display_name: (nullable): the name others see, or %NULL for the system's
 *
 * Sets who stores opened from now on write as: the app calls it with the name from its
 * preferences before it opens a file, so that the owner file and the session say it from
 * the start.
 */
void
styre_store_set_default_identity (const char *user_name,
                                  const char *display_name)
{
  g_mutex_lock (&default_identity_lock);
  g_free (default_user_name);
  default_user_name = g_strdup (user_name);
  g_free (default_display_name);
  default_display_name = g_strdup (display_name && *display_name ? display_name : NULL);
  g_mutex_unlock (&default_identity_lock);
}

static void
styre_store_init (StyreStore *self)
{
  const char *real_name = g_get_real_name ();

  g_rec_mutex_init (&self->lock);
  g_mutex_init (&self->editing_lock);
  self->context = g_main_context_ref_thread_default ();
  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, table_info_free);
  g_mutex_lock (&default_identity_lock);
  self->user_name = g_strdup (default_user_name ? default_user_name : g_get_user_name ());
  if (real_name == NULL || *real_name == '\0' || g_str_equal (real_name, "Unknown"))
    real_name = self->user_name;
  self->display_name = g_strdup (default_display_name ? default_display_name : real_name);
  g_mutex_unlock (&default_identity_lock);
  self->host = g_strdup (g_get_host_name ());
  self->retired_strings = g_ptr_array_new_with_free_func (g_free);
  self->own_audit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->observed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_session_free);
  self->sharing = STYRE_SHARING_SHARED;
}

void
styre_store_lock (StyreStore *self)
{
  g_rec_mutex_lock (&self->lock);
}

void
styre_store_unlock (StyreStore *self)
{
  g_rec_mutex_unlock (&self->lock);
}

sqlite3 *
styre_store_get_db (StyreStore *self)
{
  return self->db;
}

typedef struct
{
  StyreStore *store;
  const char *property;
} Notification;

static gboolean
notify_cb (gpointer data)
{
  Notification *n = data;

  g_object_notify (G_OBJECT (n->store), n->property);
  return G_SOURCE_REMOVE;
}

static void
notification_free (gpointer data)
{
  Notification *n = data;

  g_object_unref (n->store);
  g_free (n);
}

/* Queues a property notification in the store's own thread, from any thread. */
void
styre_store_notify_in_context (StyreStore *self,
                               const char *property)
{
  Notification *n = g_new0 (Notification, 1);
  GSource *source = g_idle_source_new ();

  n->store = g_object_ref (self);
  n->property = property;
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, notify_cb, n, notification_free);
  g_source_set_static_name (source, "[styre] store notify");
  g_source_attach (source, self->context);
  g_source_unref (source);
}

/**
 * styre_store_set_read_only_state:
 * @kind: why, or %STYRE_READ_ONLY_NONE when the file can be changed again
 *
 * Changes whether the file may be written, from any thread, with the store lock held once
 * the store is open. The old reason stays valid for whoever read it.
 */
void
styre_store_set_read_only_state (StyreStore        *self,
                                 StyreReadOnlyKind  kind,
                                 const char        *reason)
{
  gboolean read_only = kind != STYRE_READ_ONLY_NONE;

  if (self->read_only_kind == kind && g_strcmp0 (self->read_only_reason, reason) == 0)
    return;
  if (self->read_only_reason != NULL)
    g_ptr_array_add (self->retired_strings, self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
  self->read_only_kind = kind;
  if (self->read_only != read_only)
    {
      self->read_only = read_only;
      styre_store_notify_in_context (self, "read-only");
    }
}

/* While opening: the first reason found is the one told. */
static void
set_read_only (StyreStore        *self,
               StyreReadOnlyKind  kind,
               const char        *reason)
{
  if (self->read_only)
    return;
  styre_store_set_read_only_state (self, kind, reason);
}

/* The connection rules every open follows (STORAGE.md rule 2). */
static gboolean
apply_pragmas (sqlite3  *db,
               GError  **error)
{
  static const char *pragmas =
    "PRAGMA synchronous = FULL;"
    "PRAGMA foreign_keys = ON;"
    "PRAGMA secure_delete = ON;"
    "PRAGMA temp_store = MEMORY;"
    "PRAGMA mmap_size = 0;"
    "PRAGMA cell_size_check = ON;"
    "PRAGMA trusted_schema = OFF;";

  sqlite3_busy_timeout (db, 5000);
  return styre_sqlite_exec (db, pragmas, error);
}

/* STYRE_SLOW_QUERY_MS=N prints every statement that takes longer than N ms on stderr:
 * for finding what makes a page slow on a large file. */
static int
profile_cb (unsigned  type,
            void     *context,
            void     *p,
            void     *x)
{
  static gint64 threshold_ns = -1;
  gint64 ns = *(sqlite3_int64 *) x;

  if (threshold_ns < 0)
    {
      const char *env = g_getenv ("STYRE_SLOW_QUERY_MS");
      threshold_ns = (env ? g_ascii_strtoll (env, NULL, 10) : 0) * 1000000;
    }
  if (ns >= threshold_ns)
    {
      char *sql = sqlite3_expanded_sql (p);
      g_printerr ("styre: %.1f ms: %.300s\n", ns / 1e6, sql ? sql : sqlite3_sql (p));
      sqlite3_free (sql);
    }
  return 0;
}

sqlite3 *
styre_store_open_connection (const char  *path,
                             gboolean     read_only,
                             gboolean     create,
                             GError     **error)
{
  sqlite3 *db = NULL;
  int flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_FULLMUTEX;
  int rc;

  if (read_only)
    flags |= SQLITE_OPEN_READONLY;
  else
    flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);

  /* A plain absolute path: never a file: URI, whose parameters a crafted name could set. */
  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (db, rc, error);
      sqlite3_close (db);
      return NULL;
    }

  styre_sqlite_harden (db);
  if (g_getenv ("STYRE_SLOW_QUERY_MS") != NULL)
    sqlite3_trace_v2 (db, SQLITE_TRACE_PROFILE, profile_cb, NULL);
  if (!apply_pragmas (db, error))
    {
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

gboolean
styre_store_load_table_infos (StyreStore  *self,
                              GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_hash_table_remove_all (self->tables);

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT m.name, p.name FROM sqlite_schema AS m, "
                           "pragma_table_xinfo(m.name) AS p "
                           "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                           "ORDER BY m.name, p.cid",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      const char *column = (const char *) sqlite3_column_text (stmt, 1);
      StyreTableInfo *info = g_hash_table_lookup (self->tables, table);

      if (info == NULL)
        {
          info = g_new0 (StyreTableInfo, 1);
          info->name = g_strdup (table);
          info->columns = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (self->tables, info->name, info);
        }
      g_ptr_array_add (info->columns, g_strdup (column));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, self->tables);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        StyreTableInfo *info = value;
        gboolean has_version = FALSE, has_at = FALSE, has_by = FALSE;

        for (guint i = 0; i < info->columns->len; i++)
          {
            const char *c = g_ptr_array_index (info->columns, i);
            has_version |= g_str_equal (c, "version");
            has_at |= g_str_equal (c, "updated_at");
            has_by |= g_str_equal (c, "updated_by");
            info->has_created_at |= g_str_equal (c, "created_at");
          }
        info->versioned = has_version && has_at && has_by;
      }
  }

  return TRUE;
}

const StyreTableInfo *
styre_store_get_table_info (StyreStore *self,
                            const char *table)
{
  return g_hash_table_lookup (self->tables, table);
}

char *
styre_store_meta_get (sqlite3    *db,
                      const char *key)
{
  sqlite3_stmt *stmt = NULL;
  char *ret = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT value FROM meta WHERE key = ?", -1, &stmt, NULL)
      != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    ret = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return ret;
}

static int
meta_get_int (sqlite3    *db,
              const char *key,
              int         fallback)
{
  g_autofree char *text = styre_store_meta_get (db, key);
  gint64 v;

  if (text == NULL || !g_ascii_string_to_signed (text, 10, 0, G_MAXINT, &v, NULL))
    return fallback;
  return (int) v;
}

/* A page the check could not read is a disk or network problem, not damage: the error
 * code SQLite puts in the check's line, or 0. */
static int
io_error_in_check (const char *line)
{
  static const char marker[] = "unable to get the page. error code=";
  const char *p = line ? strstr (line, marker) : NULL;
  int code;

  if (p == NULL)
    return 0;
  code = atoi (p + strlen (marker));
  if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
    return 0;
  return code;
}

gboolean
styre_store_run_integrity_check (sqlite3     *db,
                                 const char  *pragma,
                                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int io_error = 0;
  int n = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (line == NULL || g_str_equal (line, "ok"))
        continue;
      if (io_error == 0)
        io_error = io_error_in_check (line);
      if (n++ < 3)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  if (io_error != 0)
    return styre_sqlite_error (NULL, io_error, error);

  if (n > 0)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_DAMAGED,
                   _("The file is damaged: %s. Open the last snapshot instead."), problems->str);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_foreign_key_check (sqlite3     *db,
                       GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    return styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_DAMAGED,
                   _("The file is damaged: a record in “%s” refers to one that does not "
                     "exist."),
                   (const char *) sqlite3_column_text (stmt, 0));
      ok = FALSE;
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* Reads the first 100 bytes: is this an SQLite file at all, and is it in WAL mode? */
static gboolean
read_header (const char  *path,
             gboolean    *wal,
             GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  guint8 header[100];
  ssize_t n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, STYRE_ERROR,
                   saved == EACCES ? STYRE_ERROR_READ_ONLY : STYRE_ERROR_IO,
                   saved == EACCES ? _("You do not have permission to read “%s”.")
                                   : _("“%s” could not be read."),
                   path);
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n == 0)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_STYRE,
                   _("This is not a Styre file: “%s” is empty."), path);
      return FALSE;
    }
  if (n < (ssize_t) sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_STYRE,
                   _("This is not a Styre file: “%s” is not a Styre database."), path);
      return FALSE;
    }

  *wal = header[18] == 2 || header[19] == 2;
  return TRUE;
}

static gboolean
migrate_file (StyreStore  *self,
              int          from_version,
              GError     **error)
{
  g_autofree char *snapshot = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *now = NULL;
  g_autofree char *names = NULL;
  int to_version = styre_schema_latest_version ();
  int others;

  others = styre_store_count_others (self, &names);
  if (others > 0)
    {
      /* Translators: %s is who has the file open, e.g. "Kari Nordmann and Ola Nordmann" */
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IN_USE,
                   _("This file must be upgraded to the new format, but %s also has it "
                     "open. Try again when they have closed it."), names);
      return FALSE;
    }

  snapshot = styre_store_snapshot (self, "migration", error);
  if (snapshot == NULL)
    {
      g_prefix_error (error, _("The file was not upgraded, because a safety copy could not be "
                               "made first: "));
      return FALSE;
    }

  styre_store_lock (self);
  if (!styre_sqlite_exec (self->db, "BEGIN EXCLUSIVE", error))
    goto fail;
  if (!styre_schema_migrate (self->db, from_version, to_version, error))
    goto rollback;
  if (!styre_store_run_integrity_check (self->db, "PRAGMA integrity_check", error)
      || !run_foreign_key_check (self->db, error)
      || !styre_schema_match (self->db, FALSE, error))
    goto rollback;

  {
    g_autofree char *sql = g_strdup_printf ("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                            "('schema_version', '%d')", to_version);
    if (!styre_sqlite_exec (self->db, sql, error))
      goto rollback;
  }
  detail = g_strdup_printf ("{\"from\":%d,\"to\":%d}", from_version, to_version);
  if (!styre_store_audit (self, "migrate", "meta", 0, detail, error))
    goto rollback;
  if (!styre_sqlite_exec (self->db, "COMMIT", error))
    goto rollback;

  styre_store_unlock (self);
  self->schema_version = to_version;
  return TRUE;

rollback:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
fail:
  styre_store_unlock (self);
  return FALSE;
}

static gboolean
folder_is_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return access (dir, W_OK) == 0;
}

static void claim_location (StyreStore *self,
                            gboolean    for_writing);

/* Whether the file holds a row or value beyond the length limit Styre sets (rule 3).
 * quick_check does not find one: on a read-only connection it tests no CHECKs and reads no
 * values. A file smaller than the limit cannot hold one, so only a big file is read, page
 * by page through dbstat (1.9 s for 290 MB); where dbstat is missing, such a value is met
 * when it is read, as SQLITE_TOOBIG. */
static gboolean
holds_a_value_too_big (const char *path,
                       sqlite3    *db)
{
  GStatBuf st;
  int limit = sqlite3_limit (db, SQLITE_LIMIT_LENGTH, -1);
  sqlite3_stmt *stmt = NULL;
  gboolean too_big = FALSE;

  if (g_stat (path, &st) == 0 && st.st_size <= limit)
    return FALSE;
  if (sqlite3_prepare_v2 (db, "SELECT max(mx_payload) FROM dbstat", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    too_big = sqlite3_column_int64 (stmt, 0) > limit;
  sqlite3_finalize (stmt);
  return too_big;
}

/**
 * styre_store_open:
 * @path: the file; a relative path is made absolute
 *
 * Opens a .styre file following STORAGE.md rules 2, 3 and 11: a hardened connection,
 * the journal mode checked, quick_check, application_id, user_version, the schema matched
 * exactly, min reader and writer versions. A file that fails a step is refused with a
 * %STYRE_ERROR whose message says which and why, or opened read-only with
 * styre_store_get_read_only_reason() saying why.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
StyreStore *
styre_store_open (const char      *path,
                  StyreOpenFlags   flags,
                  GError         **error)
{
  g_autoptr(StyreStore) self = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *quick = NULL;
  gboolean wal = FALSE;
  gboolean want_read_only;
  gint64 application_id;
  int user_version;
  int latest = styre_schema_latest_version ();

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (STYRE_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);

  if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_STYRE,
                   _("This is not a Styre file: “%s” is a folder."), self->path);
      return NULL;
    }
  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                   _("The file “%s” does not exist."), self->path);
      return NULL;
    }
  if (!read_header (self->path, &wal, error))
    return NULL;

  if (flags & STYRE_OPEN_READ_ONLY)
    set_read_only (self, STYRE_READ_ONLY_REQUESTED, _("The file was opened for reading only."));
  else if (access (self->path, W_OK) != 0)
    set_read_only (self, STYRE_READ_ONLY_NO_PERMISSION,
                   _("You do not have permission to change this file, so it is open "
                           "for reading only."));
  else if (!folder_is_writable (self->path))
    set_read_only (self, STYRE_READ_ONLY_NO_PERMISSION,
                   _("You may not write in the folder that holds this file, which Styre "
                           "needs in order to save changes safely, so it is open for reading "
                           "only."));
  if (wal)
    set_read_only (self, STYRE_READ_ONLY_WAL,
                   _("Another program switched this file to WAL mode, which does not "
                           "work on shared folders. Styre opens it for reading only; save a "
                           "copy to go on working."));

  /* Where the file lives decides who may write (rule 9); before anything is written,
   * migrations included. */
  self->location = styre_location_classify (self->path);
  self->sharing = styre_location_get_sharing (self->location);
  claim_location (self, (flags & STYRE_OPEN_READ_ONLY) == 0);

  want_read_only = self->read_only;
  self->db = styre_store_open_connection (self->path, want_read_only, FALSE, error);
  if (self->db == NULL)
    return NULL;

  /* Rollback journal, never WAL (rule 2). Only set it when the file is not already WAL:
   * converting someone else's WAL file back is not our decision to make silently. */
  if (!wal)
    {
      journal = styre_sqlite_get_text (self->db, "PRAGMA journal_mode = DELETE", error);
      if (journal == NULL)
        return NULL;
      if (g_ascii_strcasecmp (journal, "delete") != 0)
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_TAMPERED,
                       _("The file’s journal mode could not be set (it is “%s”)."), journal);
          return NULL;
        }
    }

  /* quick_check is about seven times slower on a read-write connection (SQLite 3.40:
   * 0.55 s against 4 s on a 300 MB file), so it runs on a read-only one of its own; a
   * hot journal left by a crash needs the read-write connection to roll it back first. */
  if (!want_read_only)
    {
      g_autoptr(GError) probe_error = NULL;
      sqlite3 *probe = styre_store_open_connection (self->path, TRUE, FALSE, &probe_error);

      if (probe != NULL)
        {
          quick = styre_sqlite_get_text (probe, "PRAGMA quick_check(1)", &probe_error);
          sqlite3_close (probe);
        }
    }
  if (quick == NULL)
    quick = styre_sqlite_get_text (self->db, "PRAGMA quick_check(1)", error);
  if (g_strcmp0 (quick, "ok") == 0 && holds_a_value_too_big (self->path, self->db))
    {
      g_clear_pointer (&quick, g_free);
      styre_sqlite_error (self->db, SQLITE_TOOBIG, error);
    }
  if (quick == NULL)
    {
      if (error && *error && (*error)->code != STYRE_ERROR_DAMAGED
          && (*error)->code != STYRE_ERROR_BUSY && (*error)->code != STYRE_ERROR_IO
          && (*error)->code != STYRE_ERROR_DISK_FULL && (*error)->code != STYRE_ERROR_READ_ONLY)
        {
          /* SQLITE_NOTADB and friends: the header looked right but the rest is not. A value
           * beyond the limits Styre sets (SQLITE_TOOBIG) is no accident: another program
           * put it there. */
          g_autofree char *msg = g_strdup ((*error)->message);
          gboolean too_big = (*error)->code == STYRE_ERROR_INVALID;

          g_clear_error (error);
          if (too_big)
            g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_TAMPERED,
                                 _("The file holds a value far larger than Styre ever writes "
                                   "(over 50 MB), so another program has changed it. Styre "
                                   "does not open it; open the last snapshot instead."));
          else
            g_set_error (error, STYRE_ERROR, STYRE_ERROR_DAMAGED,
                         _("The file is damaged: %s"), msg);
        }
      return NULL;
    }
  if (io_error_in_check (quick) != 0)
    {
      styre_sqlite_error (NULL, io_error_in_check (quick), error);
      return NULL;
    }
  if (!g_str_equal (quick, "ok"))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_DAMAGED,
                   _("The file is damaged: %s. Open the last snapshot instead."), quick);
      return NULL;
    }

  /* An I/O error here is not "another program's file": say what it is. */
  {
    g_autofree char *text = styre_sqlite_get_text (self->db, "PRAGMA application_id", error);
    if (text == NULL)
      return NULL;
    application_id = g_ascii_strtoll (text, NULL, 10);
  }
  if (application_id != STYRE_APPLICATION_ID)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_STYRE,
                   _("This is not a Styre file: “%s” is a database made by another program."),
                   self->path);
      return NULL;
    }

  {
    g_autofree char *text = styre_sqlite_get_text (self->db, "PRAGMA user_version", error);
    if (text == NULL)
      return NULL;
    user_version = (int) g_ascii_strtoll (text, NULL, 10);
  }
  if (user_version < 1)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_DAMAGED,
                   _("The file is damaged: it has no schema version."));
      return NULL;
    }

  if (user_version > latest)
    {
      int min_reader = meta_get_int (self->db, "min_reader_version", user_version);

      if (min_reader > latest)
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_NEWER_SCHEMA,
                       _("This file was made by a newer Styre (schema %d); this version "
                         "understands up to %d. Update Styre to open it."),
                       user_version, latest);
          return NULL;
        }
      if (!styre_schema_match (self->db, TRUE, error))
        return NULL;
      {
        g_autofree char *reason =
          g_strdup_printf (_("This file was made by a newer Styre (schema %d); this version "
                             "understands up to %d, so it is open for reading only."),
                           user_version, latest);
        set_read_only (self, STYRE_READ_ONLY_NEWER_VERSION, reason);
      }
      self->schema_version = user_version;
    }
  else if (user_version < latest)
    {
      /* The old schema must match what that version wrote before we upgrade it. */
      if (self->read_only || (flags & STYRE_OPEN_NO_MIGRATE))
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_OLDER_SCHEMA,
                       _("This file uses an older format (schema %d) and must be upgraded to "
                         "schema %d before it can be opened, which cannot be done here: %s"),
                       user_version, latest,
                       self->read_only_reason ? self->read_only_reason
                                              : _("upgrading was not allowed."));
          return NULL;
        }
      self->schema_version = user_version;
      if (!migrate_file (self, user_version, error))
        return NULL;
      if (!styre_schema_match (self->db, FALSE, error))
        return NULL;
    }
  else
    {
      if (!styre_schema_match (self->db, FALSE, error))
        return NULL;
      self->schema_version = user_version;
    }

  if (meta_get_int (self->db, "min_writer_version", 1) > latest)
    set_read_only (self, STYRE_READ_ONLY_NEWER_VERSION,
                   _("This file was changed by a newer Styre that requires its own "
                           "version for writing, so it is open for reading only."));

  self->file_id = styre_sqlite_get_text (self->db, "SELECT value FROM meta WHERE key = 'file_id'",
                                         error);
  if (self->file_id == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_DAMAGED,
                             _("The file is damaged: it has no file id."));
      return NULL;
    }
  self->organisation_name = styre_store_meta_get (self->db, "organisation_name");
  if (self->organisation_name == NULL)
    self->organisation_name = g_strdup ("");

  if (!styre_store_load_table_infos (self, error))
    return NULL;

  /* The connection was opened read-write before we knew a read-only reason (newer
   * schema): reopen it read-only so nothing can be written by mistake. */
  if (self->read_only && !want_read_only)
    {
      sqlite3_close (self->db);
      self->db = styre_store_open_connection (self->path, TRUE, FALSE, error);
      if (self->db == NULL)
        return NULL;
    }

  /* Where the change feed starts: whatever others commit after this is news. */
  self->data_version = styre_sqlite_get_int (self->db, "PRAGMA data_version", 0);
  self->last_audit_id = styre_sqlite_get_int (self->db, "SELECT max(id) FROM audit_log", 0);
  self->generation = styre_store_meta_get (self->db, "generation");

  return g_steal_pointer (&self);
}

/* In single-editor mode: become the editor, or say who is. */
static void
claim_location (StyreStore *self,
                gboolean    for_writing)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *now = styre_store_now (self);
  StyreOwner *holder = NULL;

  g_clear_pointer (&self->me, styre_owner_free);
  self->me = styre_owner_new_self (self->user_name, self->display_name, now);

  if (self->sharing == STYRE_SHARING_READ_ONLY)
    {
      g_autofree char *where = styre_location_describe (self->location);
      g_autofree char *reason =
        /* Translators: %s is where the file is, e.g. "a file handed over by the Flatpak
         * document portal, which cannot lock it" */
        g_strdup_printf (_("Styre got this file as %s, and cannot keep it safe for changes "
                           "or keep snapshots beside it there, so it is open for reading "
                           "only. To work on it, open it from its folder; if Styre may not "
                           "see that folder, ask IT to give Styre access to it."), where);
      set_read_only (self, STYRE_READ_ONLY_LOCATION, reason);
      return;
    }
  if (self->sharing != STYRE_SHARING_SINGLE_EDITOR)
    return;

  if (!for_writing || self->read_only)
    {
      /* Only to tell who edits it. */
      g_clear_pointer (&self->owner, styre_owner_free);
      self->owner = styre_owner_read (self->path, NULL);
      return;
    }

  if (styre_owner_acquire (self->path, self->me, FALSE, &holder, &error))
    {
      self->owns_file = TRUE;
      g_clear_pointer (&self->owner, styre_owner_free);
      self->owner = styre_owner_copy (self->me);
      return;
    }

  g_clear_pointer (&self->owner, styre_owner_free);
  self->owner = holder;
  if (holder != NULL)
    {
      g_autofree char *reason = styre_store_describe_owner (self, holder, now);
      set_read_only (self, STYRE_READ_ONLY_OTHER_EDITOR, reason);
    }
  else
    set_read_only (self, g_error_matches (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY)
                         ? STYRE_READ_ONLY_NO_PERMISSION : STYRE_READ_ONLY_OTHER_EDITOR,
                   error->message);
}

/**
 * styre_store_describe_owner:
 *
 * Returns: (transfer full): who has the file for editing and why that makes it read-only
 *   here, e.g. "Kari Nordmann has this file open for editing since 09:12 …"
 */
char *
styre_store_describe_owner (StyreStore       *self,
                            const StyreOwner *owner,
                            const char       *now)
{
  g_autofree char *today = styre_store_today (self);
  g_autofree char *since = styre_format_timestamp (owner->since, today);
  g_autofree char *seen = styre_format_timestamp (owner->heartbeat_at, today);
  g_autofree char *where = styre_location_describe (self->location);
  const char *who = owner->display_name && *owner->display_name ? owner->display_name
                                                                 : NULL;
  g_autofree char *first = NULL;

  if (who == NULL)
    /* Translators: %s is a time, e.g. "09:12" or "26.11.2026 09:12" */
    first = g_strdup_printf (_("Someone has had this file open for editing since %s."), since);
  else if (styre_owner_is_stale (owner, now))
    /* Translators: "Kari Nordmann opened this file for editing at 09:12 but has not been
     * heard from since 09:40" */
    first = g_strdup_printf (_("%s opened this file for editing at %s on the computer “%s” "
                               "but has not been heard from since %s; perhaps Styre was "
                               "closed without saying so."),
                             who, since, owner->host, seen);
  else
    /* Translators: "Kari Nordmann has this file open for editing since 09:12 on the
     * computer “ws-17”." */
    first = g_strdup_printf (_("%s has this file open for editing since %s on the computer "
                               "“%s”."), who, since, owner->host);

  /* Translators: the first %s is who has the file; the second where it is, e.g. "a folder
   * kept by a sync client (OneDrive)" */
  return g_strdup_printf (_("%s The file is in %s, where only one person at a time can make "
                            "changes, so it is open for reading only."), first, where);
}

static char *
new_uuid (void)
{
  return g_uuid_string_random ();
}

/**
 * styre_store_create:
 *
 * Creates a new, empty .styre file at @path with the current schema. The file is
 * written under a temporary name and renamed into place, so nobody ever sees half a file.
 * Fails with %STYRE_ERROR_EXISTS if @path exists.
 */
StyreStore *
styre_store_create (const char  *path,
                    const char  *organisation_name,
                    GError     **error)
{
  return styre_store_create_with (path, organisation_name, NULL, NULL, NULL, error);
}

/**
 * styre_store_create_with:
 * @file_id: (nullable): the file's id, or %NULL for a random one
 * @created_at: (nullable): the creation time, or %NULL for now
 * @creator: (nullable): who created it, or %NULL for the current user
 *
 * Like styre_store_create(), with the values that make a generated file reproducible.
 */
StyreStore *
styre_store_create_with (const char  *path,
                         const char  *organisation_name,
                         const char  *file_id_in,
                         const char  *created_at,
                         const char  *creator_in,
                         GError     **error)
{
  g_autofree char *abs = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *file_id = file_id_in ? g_strdup (file_id_in) : new_uuid ();
  g_autofree char *now = NULL;
  g_autoptr(GDateTime) dt = g_date_time_new_now_utc ();
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int latest = styre_schema_latest_version ();
  static const char *meta_keys[] = {
    "file_id", "schema_version", "min_reader_version", "min_writer_version", "created_at",
    "created_by", "change_counter", "organisation_name", "styre_version",
  };
  const char *meta_values[G_N_ELEMENTS (meta_keys)];
  g_autofree char *latest_text = NULL;
  const char *creator;

  g_return_val_if_fail (path != NULL, NULL);

  abs = g_canonicalize_filename (path, NULL);
  if (g_file_test (abs, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_EXISTS,
                   _("“%s” already exists; Styre does not overwrite it."), abs);
      return NULL;
    }
  if (!folder_is_writable (abs))
    {
      g_autofree char *dir = g_path_get_dirname (abs);
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY,
                   _("You may not create files in the folder “%s”, or it does not exist."), dir);
      return NULL;
    }

  tmp = g_strdup_printf ("%s.new-%08x", abs, g_random_int ());
  db = styre_store_open_connection (tmp, FALSE, TRUE, error);
  if (db == NULL)
    goto fail;

  if (!styre_sqlite_exec (db, "PRAGMA journal_mode = DELETE", error)
      || !styre_sqlite_exec (db, "BEGIN IMMEDIATE", error)
      || !styre_schema_build_expected (db, latest, error))
    goto fail;

  {
    g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                            "PRAGMA user_version = %d;",
                                            STYRE_APPLICATION_ID, latest);
    if (!styre_sqlite_exec (db, sql, error))
      goto fail;
  }

  now = created_at ? g_strdup (created_at) : g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
  latest_text = g_strdup_printf ("%d", latest);
  creator = creator_in ? creator_in : g_get_real_name ();
  if (creator == NULL || g_str_equal (creator, "Unknown"))
    creator = g_get_user_name ();
  meta_values[0] = file_id;
  meta_values[1] = latest_text;
  meta_values[2] = "1";
  meta_values[3] = "1";
  meta_values[4] = now;
  meta_values[5] = creator;
  meta_values[6] = "0";
  meta_values[7] = organisation_name ? organisation_name : "";
  meta_values[8] = PACKAGE_VERSION;

  if (sqlite3_prepare_v2 (db, "INSERT INTO meta (key, value) VALUES (?, ?)", -1, &stmt, NULL)
      != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      goto fail;
    }
  for (guint i = 0; i < G_N_ELEMENTS (meta_keys); i++)
    {
      sqlite3_bind_text (stmt, 1, meta_keys[i], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, meta_values[i], -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
          goto fail;
        }
      sqlite3_reset (stmt);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (sqlite3_prepare_v2 (db,
                          "INSERT INTO audit_log (at, user_name, display_name, host, action, "
                          "table_name, row_id, detail) "
                          "VALUES (?1, ?2, ?2, ?3, 'create', 'meta', NULL, '{}')",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      goto fail;
    }
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, creator, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, creator_in ? "" : g_get_host_name (), -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      goto fail;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!styre_sqlite_exec (db, "COMMIT", error))
    goto fail;
  sqlite3_close (db);
  db = NULL;

  /* link() fails if someone created the file meanwhile, where rename() would replace it. */
  if (link (tmp, abs) != 0)
    {
      int saved = errno;
      if (saved == EEXIST)
        g_set_error (error, STYRE_ERROR, STYRE_ERROR_EXISTS,
                     _("“%s” already exists; Styre does not overwrite it."), abs);
      else if (saved == EPERM || saved == ENOSYS || saved == EOPNOTSUPP)
        {
          /* Some shares have no hard links; the existence check above must do. */
          if (g_rename (tmp, abs) == 0)
            return styre_store_open (abs, STYRE_OPEN_DEFAULT, error);
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                       _("The new file could not be put in place: %s"), g_strerror (errno));
        }
      else
        g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                     _("The new file could not be put in place: %s"), g_strerror (saved));
      g_unlink (tmp);
      return NULL;
    }
  g_unlink (tmp);

  return styre_store_open (abs, STYRE_OPEN_DEFAULT, error);

fail:
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (db != NULL)
    sqlite3_close (db);
  if (tmp != NULL)
    {
      g_autofree char *journal = g_strconcat (tmp, "-journal", NULL);
      g_unlink (tmp);
      g_unlink (journal);
    }
  return NULL;
}

/**
 * styre_store_close:
 *
 * Closes the connection. Further operations fail; the object can still be released.
 */
void
styre_store_close (StyreStore *self)
{
  g_return_if_fail (STYRE_IS_STORE (self));

  styre_store_unwatch (self);
  styre_store_lock (self);
  styre_store_leave (self);
  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }
  styre_store_unlock (self);
}

const char *
styre_store_get_path (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  return self->path;
}

const char *
styre_store_get_file_id (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  return self->file_id;
}

int
styre_store_get_schema_version (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), 0);
  return self->schema_version;
}

gboolean
styre_store_is_read_only (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), TRUE);
  return self->read_only;
}

/**
 * styre_store_get_read_only_reason:
 *
 * Returns: (nullable): why the file is open read-only, written for a person
 */
const char *
styre_store_get_read_only_reason (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  return self->read_only_reason;
}

const char *
styre_store_get_organisation_name (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  return self->organisation_name;
}

/**
 * styre_store_set_identity:
 *
 * Who is writing: the login name goes into the audit log, the display name into
 * `updated_by` and what other people see.
 */
void
styre_store_set_identity (StyreStore *self,
                          const char *user_name,
                          const char *display_name)
{
  g_return_if_fail (STYRE_IS_STORE (self));
  g_return_if_fail (user_name != NULL);

  g_mutex_lock (&self->editing_lock);
  if (g_strcmp0 (self->user_name, user_name) != 0)
    {
      g_ptr_array_add (self->retired_strings, self->user_name);
      self->user_name = g_strdup (user_name);
    }
  if (g_strcmp0 (self->display_name, display_name ? display_name : user_name) != 0)
    {
      g_ptr_array_add (self->retired_strings, self->display_name);
      self->display_name = g_strdup (display_name ? display_name : user_name);
      /* Others see the new name with the next heartbeat. */
      self->session_dirty = TRUE;
    }
  g_mutex_unlock (&self->editing_lock);
}

const char *
styre_store_get_display_name (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  return self->display_name;
}

/**
 * styre_store_set_now_for_testing:
 * @utc_timestamp: (nullable): 'YYYY-MM-DDTHH:MM:SSZ', or %NULL for the real clock
 */
void
styre_store_set_now_for_testing (StyreStore *self,
                                 const char *utc_timestamp)
{
  g_return_if_fail (STYRE_IS_STORE (self));
  g_free (self->now_for_testing);
  self->now_for_testing = g_strdup (utc_timestamp);
}

/* The current time as stored in `updated_at` and the audit log. */
char *
styre_store_now (StyreStore *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->now_for_testing != NULL)
    return g_strdup (self->now_for_testing);
  now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Today's date in Norway, 'YYYY-MM-DD'. */
char *
styre_store_today (StyreStore *self)
{
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("Europe/Oslo");
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (self->now_for_testing != NULL)
    {
      g_autoptr(GDateTime) fixed = g_date_time_new_from_iso8601 (self->now_for_testing, NULL);
      if (fixed != NULL)
        now = g_date_time_ref (fixed);
    }
  if (now == NULL)
    now = g_date_time_new_now_utc ();
  local = oslo ? g_date_time_to_timezone (now, oslo) : g_date_time_to_local (now);
  return g_date_time_format (local, "%Y-%m-%d");
}

gint64
styre_store_count_rows (StyreStore  *self,
                        const char  *table,
                        GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_return_val_if_fail (STYRE_IS_STORE (self), -1);

  styre_store_lock (self);
  if (styre_store_get_table_info (self, table) == NULL)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                   _("The file has no table “%s”."), table);
      goto out;
    }
  /* The name was checked against the file's own tables above. */
  sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
      goto out;
    }
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);

out:
  g_clear_pointer (&stmt, sqlite3_finalize);
  styre_store_unlock (self);
  return n;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * styre_store_list_tables:
 *
 * Returns: (transfer full): the file's table names, sorted
 */
char **
styre_store_list_tables (StyreStore *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->tables);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, g_strdup (key));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

gint64
styre_store_get_change_counter (StyreStore *self)
{
  gint64 n;

  styre_store_lock (self);
  n = self->db ? styre_sqlite_get_int (self->db,
                                       "SELECT CAST(value AS INTEGER) FROM meta "
                                       "WHERE key = 'change_counter'", 0)
               : 0;
  styre_store_unlock (self);
  return n;
}

gint64
styre_store_get_last_audit_id (StyreStore *self)
{
  gint64 n;

  styre_store_lock (self);
  n = self->db ? styre_sqlite_get_int (self->db, "SELECT max(id) FROM audit_log", 0) : 0;
  styre_store_unlock (self);
  return n;
}

/**
 * styre_store_check:
 * @full: run integrity_check and foreign_key_check instead of quick_check
 *
 * Checks the open file again. The message of @error says what is wrong.
 */
gboolean
styre_store_check (StyreStore  *self,
                   gboolean     full,
                   GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);

  styre_store_lock (self);
  ok = styre_store_run_integrity_check (self->db, full ? "PRAGMA integrity_check" : "PRAGMA quick_check",
                            error)
       && (!full || run_foreign_key_check (self->db, error))
       && styre_schema_match (self->db, self->schema_version > styre_schema_latest_version (),
                              error);
  styre_store_unlock (self);
  return ok;
}

/**
 * styre_store_content_hash:
 *
 * A SHA-256 over every row of every table (but `session`, which is who has the file open
 * now), in table and id order. Two files with the same data have the same hash, whatever
 * their page layout; the demo's determinism test compares it.
 *
 * Returns: (transfer full): the hash in hex, or %NULL with @error set
 */
char *
styre_store_content_hash (StyreStore  *self,
                          GError     **error)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_auto(GStrv) tables = styre_store_list_tables (self);
  char *ret = NULL;

  styre_store_lock (self);
  for (guint t = 0; tables[t] != NULL; t++)
    {
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (g_str_equal (tables[t], "session"))
        continue;
      sql = g_strdup_printf ("SELECT * FROM \"%s\" ORDER BY 1", tables[t]);
      if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
        {
          styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
          goto out;
        }
      g_checksum_update (sum, (const guchar *) tables[t], -1);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          int n = sqlite3_column_count (stmt);
          for (int i = 0; i < n; i++)
            {
              const guchar *text = sqlite3_column_text (stmt, i);
              guchar type = (guchar) sqlite3_column_type (stmt, i);
              g_checksum_update (sum, &type, 1);
              if (text != NULL)
                g_checksum_update (sum, text, sqlite3_column_bytes (stmt, i));
              g_checksum_update (sum, (const guchar *) "\x1f", 1);
            }
          g_checksum_update (sum, (const guchar *) "\x1e", 1);
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          styre_sqlite_error (self->db, sqlite3_extended_errcode (self->db), error);
          goto out;
        }
    }
  ret = g_strdup (g_checksum_get_string (sum));

out:
  styre_store_unlock (self);
  return ret;
}

/**
 * styre_store_get_location:
 *
 * Returns: (transfer none): where the file lives
 */
const StyreLocation *
styre_store_get_location (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  return self->location;
}

/**
 * styre_store_get_sharing:
 *
 * Returns: what the file's location allows: several editors, one, or reading only
 */
StyreSharing
styre_store_get_sharing (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), STYRE_SHARING_READ_ONLY);
  return self->sharing;
}

/**
 * styre_store_get_read_only_kind:
 *
 * Returns: why the file is open for reading only, or %STYRE_READ_ONLY_NONE
 */
StyreReadOnlyKind
styre_store_get_read_only_kind (StyreStore *self)
{
  g_return_val_if_fail (STYRE_IS_STORE (self), STYRE_READ_ONLY_NONE);
  return self->read_only_kind;
}

/**
 * styre_store_dup_owner:
 *
 * In single-editor mode: who has the file for editing (this process, or someone else).
 *
 * Returns: (transfer full) (nullable): the owner, or %NULL in shared mode or when nobody
 *   has it
 */
StyreOwner *
styre_store_dup_owner (StyreStore *self)
{
  StyreOwner *owner;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);

  styre_store_lock (self);
  owner = self->owner ? styre_owner_copy (self->owner) : NULL;
  styre_store_unlock (self);
  return owner;
}

/**
 * styre_store_request_write:
 * @take_over_stale: take the file from an editor who missed three heartbeats
 *
 * "Ask again": a file open for reading only because someone else edits it (single-editor
 * mode), or because permission was missing, becomes writable here if that has changed.
 * The connection is opened again for writing and checked; what the pages show stays.
 * Touches the file: call it on a worker thread.
 *
 * Returns: %TRUE when the file can be changed now; otherwise %FALSE with the reason, e.g.
 *   %STYRE_ERROR_IN_USE and who has it
 */
gboolean
styre_store_request_write (StyreStore  *self,
                           gboolean     take_over_stale,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *now = NULL;
  StyreOwner *holder = NULL;
  sqlite3 *db = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (STYRE_IS_STORE (self), FALSE);

  styre_store_lock (self);
  if (!self->read_only)
    {
      ok = TRUE;
      goto out;
    }
  if (self->read_only_kind != STYRE_READ_ONLY_OTHER_EDITOR
      && self->read_only_kind != STYRE_READ_ONLY_NO_PERMISSION
      && self->read_only_kind != STYRE_READ_ONLY_PERMISSION_LOST)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY, self->read_only_reason);
      goto out;
    }
  if (access (self->path, W_OK) != 0 || !folder_is_writable (self->path))
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY,
                           _("You still do not have permission to change this file or to "
                             "write in its folder."));
      goto out;
    }

  now = styre_store_now (self);
  if (self->sharing == STYRE_SHARING_SINGLE_EDITOR && !self->owns_file)
    {
      g_free (self->me->display_name);
      self->me->display_name = g_strdup (self->display_name);
      g_free (self->me->heartbeat_at);
      self->me->heartbeat_at = g_strdup (now);
      if (!styre_owner_acquire (self->path, self->me, take_over_stale, &holder, &local_error))
        {
          if (holder != NULL)
            {
              g_autofree char *reason = styre_store_describe_owner (self, holder, now);
              g_clear_pointer (&self->owner, styre_owner_free);
              self->owner = holder;
              styre_store_set_read_only_state (self, STYRE_READ_ONLY_OTHER_EDITOR, reason);
              g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_IN_USE, reason);
            }
          else
            g_propagate_error (error, g_steal_pointer (&local_error));
          goto out;
        }
      self->owns_file = TRUE;
      g_clear_pointer (&self->owner, styre_owner_free);
      self->owner = styre_owner_copy (self->me);
    }

  /* The same file, opened for writing, and the same checks as at opening. */
  db = styre_store_open_connection (self->path, FALSE, FALSE, error);
  if (db == NULL)
    goto release;
  {
    g_autofree char *journal = styre_sqlite_get_text (db, "PRAGMA journal_mode = DELETE", error);
    g_autofree char *quick = journal ? styre_sqlite_get_text (db, "PRAGMA quick_check(1)", error)
                                     : NULL;

    if (quick == NULL)
      goto release;
    if (g_ascii_strcasecmp (journal, "delete") != 0 || !g_str_equal (quick, "ok")
        || styre_sqlite_get_int (db, "PRAGMA user_version", 0) != self->schema_version
        || !styre_schema_match (db, FALSE, error))
      {
        if (error != NULL && *error == NULL)
          g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_DAMAGED,
                               _("The file changed while it was open for reading and no "
                                 "longer passes Styre’s checks; open it again."));
        goto release;
      }
  }
  sqlite3_close (self->db);
  self->db = db;
  db = NULL;
  self->data_version = styre_sqlite_get_int (self->db, "PRAGMA data_version", 0);
  styre_store_set_read_only_state (self, STYRE_READ_ONLY_NONE, NULL);
  ok = TRUE;
  goto out;

release:
  if (db != NULL)
    sqlite3_close (db);
  if (self->owns_file)
    {
      styre_owner_release (self->path, self->me);
      self->owns_file = FALSE;
    }
out:
  styre_store_unlock (self);
  return ok;
}

/**
 * styre_store_refine_error:
 *
 * An I/O error on writing says little: SQLite tells "disk I/O error" when the disk is full
 * but the system said EFBIG or EDQUOT, or when the permission went. Looks at the disk and
 * the folder and, where one of those is the reason, says that instead, so the person
 * knows what to do (free space, ask for permission).
 */
void
styre_store_refine_error (StyreStore  *self,
                          GError     **error)
{
  g_autofree char *dir = NULL;
  struct statvfs disk;
  struct rlimit limit;
  GStatBuf st;
  gboolean full = FALSE;

  if (error == NULL || *error == NULL || !g_error_matches (*error, STYRE_ERROR, STYRE_ERROR_IO))
    return;

  dir = g_path_get_dirname (self->path);
  if (statvfs (dir, &disk) == 0 && (guint64) disk.f_bavail * disk.f_frsize < 1024 * 1024)
    full = TRUE;
  /* A limit on the size of files (a quota, or RLIMIT_FSIZE) is a full disk to a person. */
  if (!full && getrlimit (RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
      && g_stat (self->path, &st) == 0 && (guint64) st.st_size + 1024 * 1024 > limit.rlim_cur)
    full = TRUE;

  if (full)
    {
      g_clear_error (error);
      styre_sqlite_error (NULL, SQLITE_FULL, error);
    }
  else if (access (self->path, W_OK) != 0 || access (dir, W_OK) != 0)
    {
      g_clear_error (error);
      styre_sqlite_error (NULL, SQLITE_PERM, error);
    }
}

typedef struct
{
  StyreStore  *store;
  char       **tables;
  gboolean     local;
} ChangedEmission;

static gboolean
emit_changed_cb (gpointer data)
{
  ChangedEmission *e = data;

  g_signal_emit (e->store, signals[CHANGED], 0, e->tables, e->local);
  return G_SOURCE_REMOVE;
}

static void
changed_emission_free (gpointer data)
{
  ChangedEmission *e = data;

  g_object_unref (e->store);
  g_strfreev (e->tables);
  g_free (e);
}

/**
 * styre_store_emit_changed:
 * @tables: the tables whose rows changed
 * @local: whether this store made the change
 *
 * Queues #StyreStore::changed in the store's own main context, from any thread.
 */
void
styre_store_emit_changed (StyreStore         *self,
                          const char * const *tables,
                          gboolean            local)
{
  ChangedEmission *e;
  GSource *source;

  g_return_if_fail (STYRE_IS_STORE (self));

  e = g_new0 (ChangedEmission, 1);
  e->store = g_object_ref (self);
  e->tables = g_strdupv ((char **) tables);
  e->local = local;

  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, emit_changed_cb, e, changed_emission_free);
  g_source_set_static_name (source, "[styre] store changed");
  g_source_attach (source, self->context);
  g_source_unref (source);
}
