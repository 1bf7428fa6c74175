/* styre-store.h — one open .styre file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "styre-change.h"
#include "styre-location.h"
#include "styre-owner.h"
#include "styre-row.h"
#include "styre-session.h"

G_BEGIN_DECLS

/* The schema version this build writes, and the oldest it can still upgrade. */
#define STYRE_SCHEMA_VERSION 1
/* Styre's SQLite application_id: 'S' 'T' 'Y' 'R'. */
#define STYRE_APPLICATION_ID 0x53545952

typedef enum
{
  STYRE_OPEN_DEFAULT    = 0,
  STYRE_OPEN_READ_ONLY  = 1 << 0,  /* never write, even when permitted */
  STYRE_OPEN_NO_MIGRATE = 1 << 1,  /* refuse an older schema instead of upgrading it */
} StyreOpenFlags;

/**
 * StyreReadOnlyKind:
 * @STYRE_READ_ONLY_NONE: the file can be changed
 * @STYRE_READ_ONLY_REQUESTED: it was opened for reading only
 * @STYRE_READ_ONLY_NO_PERMISSION: no permission to change the file or write in its folder
 * @STYRE_READ_ONLY_WAL: another program switched it to WAL mode
 * @STYRE_READ_ONLY_NEWER_VERSION: a newer Styre made or changed it
 * @STYRE_READ_ONLY_OTHER_EDITOR: one editor at a time here, and someone else is it
 * @STYRE_READ_ONLY_LOCATION: nobody can edit it safely from where it was opened (the
 *   document portal)
 * @STYRE_READ_ONLY_MOVED: it was moved, renamed or replaced while open
 * @STYRE_READ_ONLY_PERMISSION_LOST: the permission to change it was taken away while open
 *
 * Why a file is open for reading only; the UI offers what fits (ask again, save a copy,
 * open it again).
 */
typedef enum
{
  STYRE_READ_ONLY_NONE,
  STYRE_READ_ONLY_REQUESTED,
  STYRE_READ_ONLY_NO_PERMISSION,
  STYRE_READ_ONLY_WAL,
  STYRE_READ_ONLY_NEWER_VERSION,
  STYRE_READ_ONLY_OTHER_EDITOR,
  STYRE_READ_ONLY_LOCATION,
  STYRE_READ_ONLY_MOVED,
  STYRE_READ_ONLY_PERMISSION_LOST,
} StyreReadOnlyKind;

/* An action that deletes at least this many records directly, or this many rows with
 * what goes with them, is a bulk delete: a snapshot first, and only when nobody else has
 * the file open (STORAGE.md rules 8 and 10). */
#define STYRE_BULK_DELETE_RECORDS 10
#define STYRE_BULK_DELETE_ROWS    500

#define STYRE_TYPE_STORE (styre_store_get_type ())

G_DECLARE_FINAL_TYPE (StyreStore, styre_store, STYRE, STORE, GObject)

StyreStore  *styre_store_create               (const char     *path,
                                               const char     *organisation_name,
                                               GError        **error);
StyreStore  *styre_store_create_with          (const char     *path,
                                               const char     *organisation_name,
                                               const char     *file_id,
                                               const char     *created_at,
                                               const char     *creator,
                                               GError        **error);
StyreStore  *styre_store_open                 (const char     *path,
                                               StyreOpenFlags  flags,
                                               GError        **error);
void         styre_store_close                (StyreStore     *self);
const char  *styre_store_get_path             (StyreStore     *self);
const char  *styre_store_get_file_id          (StyreStore     *self);
int          styre_store_get_schema_version   (StyreStore     *self);
gboolean     styre_store_is_read_only         (StyreStore     *self);
const char  *styre_store_get_read_only_reason (StyreStore     *self);
const char  *styre_store_get_organisation_name (StyreStore    *self);
void         styre_store_set_default_identity (const char     *user_name,
                                               const char     *display_name);
void         styre_store_set_identity         (StyreStore     *self,
                                               const char     *user_name,
                                               const char     *display_name);
const char  *styre_store_get_display_name     (StyreStore     *self);
void         styre_store_set_now_for_testing  (StyreStore     *self,
                                               const char     *utc_timestamp);
char        *styre_store_now                  (StyreStore     *self);
char        *styre_store_today                (StyreStore     *self);

gboolean     styre_store_apply                (StyreStore     *self,
                                               StyreChange    *change,
                                               GError        **error);
gboolean     styre_store_apply_all            (StyreStore     *self,
                                               GPtrArray      *changes,
                                               GError        **error);
gboolean     styre_store_apply_with_retry     (StyreStore     *self,
                                               GPtrArray      *changes,
                                               guint           max_seconds,
                                               GError        **error);

/**
 * StyreBusyFunc:
 *
 * A save on this thread is waiting for a busy file; see styre_store_watch_busy().
 */
typedef void (*StyreBusyFunc) (gpointer user_data);

void         styre_store_watch_busy           (StyreBusyFunc   func,
                                               gpointer        user_data);
StyreRow    *styre_store_read_row             (StyreStore     *self,
                                               const char     *table,
                                               gint64          id,
                                               GError        **error);
gint64       styre_store_count_rows           (StyreStore     *self,
                                               const char     *table,
                                               GError        **error);
char       **styre_store_list_tables          (StyreStore     *self);
gint64       styre_store_get_change_counter   (StyreStore     *self);
gint64       styre_store_get_last_audit_id    (StyreStore     *self);
char        *styre_store_snapshot             (StyreStore     *self,
                                               const char     *reason,
                                               GError        **error);
char        *styre_store_content_hash         (StyreStore     *self,
                                               GError        **error);
gboolean     styre_store_check                (StyreStore     *self,
                                               gboolean        full,
                                               GError        **error);

/* Where the file lives and what that allows (STORAGE.md rule 9). */
const StyreLocation *styre_store_get_location (StyreStore     *self);
StyreSharing styre_store_get_sharing          (StyreStore     *self);
StyreReadOnlyKind styre_store_get_read_only_kind (StyreStore  *self);
StyreOwner  *styre_store_dup_owner            (StyreStore     *self);
gboolean     styre_store_request_write        (StyreStore     *self,
                                               gboolean        take_over_stale,
                                               GError        **error);

/* Presence (rule 8) and the change feed (rule 7); styre-store-presence.c. */
gboolean     styre_store_join                 (StyreStore     *self,
                                               GError        **error);
gboolean     styre_store_heartbeat            (StyreStore     *self,
                                               GError        **error);
GPtrArray   *styre_store_list_sessions        (StyreStore     *self,
                                               gboolean        include_self,
                                               GError        **error);
GPtrArray   *styre_store_get_sessions         (StyreStore     *self);
gint64       styre_store_get_session_id       (StyreStore     *self);
void         styre_store_set_editing          (StyreStore     *self,
                                               const char     *table,
                                               gint64          row_id,
                                               const char     *label);
void         styre_store_watch                (StyreStore     *self,
                                               guint           interval_ms);
void         styre_store_unwatch              (StyreStore     *self);
guint        styre_store_get_poll_interval    (StyreStore     *self);

/* Snapshots (rule 10); styre-store-snapshots.c. */
GPtrArray   *styre_store_list_snapshots       (StyreStore     *self,
                                               GError        **error);
GPtrArray   *styre_store_list_snapshots_of    (const char     *path,
                                               GError        **error);
gboolean     styre_store_restore              (StyreStore     *self,
                                               const char     *snapshot_path,
                                               char          **safety_snapshot,
                                               GError        **error);
gboolean     styre_store_save_copy            (StyreStore     *self,
                                               const char     *path,
                                               GPtrArray      *changes,
                                               GError        **error);

G_END_DECLS
