/* styre-store-private.h — what the files of src/core share about a store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "styre-location.h"
#include "styre-owner.h"
#include "styre-session.h"
#include "styre-store.h"

G_BEGIN_DECLS

typedef struct
{
  char     *name;
  gboolean  versioned;    /* has version, updated_at, updated_by */
  gboolean  has_created_at;
  GPtrArray *columns;     /* of char*, in table order */
} StyreTableInfo;

struct _StyreStore
{
  GObject      parent_instance;

  GRecMutex    lock;          /* one operation on the connection at a time */
  sqlite3     *db;
  char        *path;
  char        *file_id;
  char        *organisation_name;
  char        *read_only_reason;
  char        *user_name;
  char        *display_name;
  char        *host;
  char        *now_for_testing;
  GHashTable  *tables;        /* name → StyreTableInfo */
  GMainContext *context;      /* where "changed" is emitted: the creator's thread */
  int          schema_version;
  guint        read_only : 1;

  /* Why it is read-only, and where it lives. The reason strings a getter handed out stay
   * valid until finalize: the change feed may change the state on a worker thread. */
  StyreReadOnlyKind read_only_kind;
  GPtrArray   *retired_strings;
  StyreLocation *location;
  StyreSharing sharing;
  StyreOwner  *me;            /* this process, as an owner and a session */
  StyreOwner  *owner;         /* single editor: who has the file (me or someone else) */
  gboolean     owns_file;     /* single editor: the owner file is ours */

  /* Presence (styre-store-presence.c) */
  gint64       session_id;    /* our row in `session`, 0 before joining */
  gint64       heartbeat;
  gint64       last_beat_us;  /* monotonic */
  char        *editing;
  char        *editing_table;
  gint64       editing_row;
  gboolean     session_dirty;
  GMutex       editing_lock;  /* editing*, session_dirty, display_name: set in the UI thread */
  GHashTable  *observed;      /* session id → SessionObservation, for staleness */
  GPtrArray   *sessions;      /* of StyreSession: the others, as last seen; UI thread */

  /* Change feed */
  guint        poll_source;
  guint        poll_interval_ms;
  gboolean     poll_running;
  gboolean     watching;
  gboolean     sessions_unknown; /* the feed has not read who is here yet */
  gint64       data_version;
  gint64       last_audit_id;
  char        *generation;
  GArray      *own_audit_ids; /* audit rows this connection wrote, not yet passed by the feed */
  guint        own_audit_mark; /* own_audit_ids->len when the transaction began */

  /* Snapshots */
  char        *daily_snapshot_date;   /* the Oslo date a daily snapshot is known to exist */
};

/* Error helpers: turn an SQLite result into a GError a person can read. */
gboolean  styre_sqlite_error      (sqlite3     *db,
                                   int          rc,
                                   GError     **error);
gboolean  styre_sqlite_exec       (sqlite3     *db,
                                   const char  *sql,
                                   GError     **error);
gboolean  styre_sqlite_commit     (sqlite3     *db,
                                   GError     **error);
char     *styre_sqlite_get_text   (sqlite3     *db,
                                   const char  *sql,
                                   GError     **error);
gint64    styre_sqlite_get_int    (sqlite3     *db,
                                   const char  *sql,
                                   gint64       fallback);
void      styre_sqlite_harden     (sqlite3     *db);
sqlite3_stmt *styre_sqlite_prepare (sqlite3      *db,
                                    const char   *sql,
                                    GError      **error);
gboolean  styre_sqlite_finish     (sqlite3      *db,
                                   sqlite3_stmt *stmt,
                                   int           rc,
                                   GError      **error);
gint64    styre_sqlite_column_int_or (sqlite3_stmt *stmt,
                                      int           i,
                                      gint64        fallback);

/* Schema: the expected definition, and migrations. */
const char *styre_schema_get_v1_sql          (void);
gboolean    styre_schema_build_expected      (sqlite3     *db,
                                              int          version,
                                              GError     **error);
gboolean    styre_schema_migrate             (sqlite3     *db,
                                              int          from_version,
                                              int          to_version,
                                              GError     **error);
gboolean    styre_schema_match               (sqlite3     *db,
                                              gboolean     allow_newer,
                                              GError     **error);

typedef struct
{
  int          version;
  const char  *description;
  const char  *sql;
} StyreMigration;

void        styre_schema_set_migrations_for_testing (const StyreMigration *migrations,
                                                     guint                 n_migrations,
                                                     int                   latest_version);
int         styre_schema_latest_version      (void);

/* Inside a store operation (the lock held). */
void        styre_store_lock                 (StyreStore  *self);
void        styre_store_unlock               (StyreStore  *self);
sqlite3    *styre_store_get_db               (StyreStore  *self);
gboolean    styre_store_audit                (StyreStore  *self,
                                              const char  *action,
                                              const char  *table,
                                              gint64       row_id,
                                              const char  *detail_json,
                                              GError     **error);
gboolean    styre_store_bump_counter         (StyreStore  *self,
                                              GError     **error);
gboolean    styre_store_begin_immediate      (StyreStore  *self,
                                              GError     **error);
gboolean    styre_store_commit               (StyreStore  *self,
                                              GError     **error);
void        styre_store_rollback             (StyreStore  *self);
void        styre_store_emit_changed         (StyreStore          *self,
                                              const char * const  *tables,
                                              gboolean             local);
const StyreTableInfo *styre_store_get_table_info (StyreStore *self,
                                                  const char *table);

gboolean    styre_store_apply_all_audited    (StyreStore  *self,
                                              GPtrArray   *changes,
                                              const char  *action,
                                              const char  *table,
                                              const char  *detail_json,
                                              GError     **error);

/* Reads rows of @table with @sql (?1 bound to @id); the lock is held by the caller. */
gboolean    styre_store_query_rows           (StyreStore  *self,
                                              const char  *table,
                                              const char  *sql,
                                              gint64       id,
                                              GPtrArray   *out,
                                              GError     **error);

/* A rule that reads and writes in one transaction; see styre_store_apply_built(). */
typedef gboolean (*StyreBuildFunc) (StyreStore  *store,
                                    GPtrArray   *changes,
                                    GPtrArray   *touched,
                                    gpointer     user_data,
                                    GError     **error);

gboolean    styre_store_apply_built          (StyreStore     *self,
                                              StyreBuildFunc  build,
                                              gpointer        user_data,
                                              guint           max_seconds,
                                              GError        **error);
/* Reopening, checking and state shared by the parts of the store. */
sqlite3    *styre_store_open_connection      (const char  *path,
                                              gboolean     read_only,
                                              gboolean     create,
                                              GError     **error);
gboolean    styre_store_load_table_infos     (StyreStore  *self,
                                              GError     **error);
gboolean    styre_store_run_integrity_check  (sqlite3     *db,
                                              const char  *pragma,
                                              GError     **error);
char       *styre_store_meta_get             (sqlite3     *db,
                                              const char  *key);
void        styre_store_set_read_only_state  (StyreStore        *self,
                                              StyreReadOnlyKind  kind,
                                              const char        *reason);
void        styre_store_notify_in_context    (StyreStore  *self,
                                              const char  *property);
int         styre_store_count_others         (StyreStore  *self,
                                              char       **names);
gboolean    styre_store_check_moved          (StyreStore  *self,
                                              GError     **error);
void        styre_store_leave                (StyreStore  *self);
void        styre_store_forget_own_audit     (StyreStore  *self);
gboolean    styre_store_ensure_daily_snapshot (StyreStore *self);
char       *styre_store_snapshot_locked      (StyreStore  *self,
                                              const char  *reason,
                                              GError     **error);
void        styre_store_prune_snapshots      (StyreStore  *self);
void        styre_store_refine_error         (StyreStore  *self,
                                              GError     **error);
char       *styre_store_describe_owner       (StyreStore       *self,
                                              const StyreOwner *owner,
                                              const char       *now);
char       *styre_store_row_label            (StyreStore  *self,
                                              const char  *table,
                                              gint64       row_id);

G_END_DECLS
