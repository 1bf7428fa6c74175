/* styre-store-private.h — what the files of src/core share about a store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

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
};

/* Error helpers: turn an SQLite result into a GError a person can read. */
gboolean  styre_sqlite_error      (sqlite3     *db,
                                   int          rc,
                                   GError     **error);
gboolean  styre_sqlite_exec       (sqlite3     *db,
                                   const char  *sql,
                                   GError     **error);
char     *styre_sqlite_get_text   (sqlite3     *db,
                                   const char  *sql,
                                   GError     **error);
gint64    styre_sqlite_get_int    (sqlite3     *db,
                                   const char  *sql,
                                   gint64       fallback);
void      styre_sqlite_harden     (sqlite3     *db);

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

G_END_DECLS
