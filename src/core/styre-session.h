/* styre-session.h — someone who has a file open (presence), and what others saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * StyreSession:
 * @id: the row in `session`
 * @user_name: login name
 * @display_name: the name others see
 * @host: the computer
 * @pid: the process there
 * @started_at: when they opened the file, UTC 'YYYY-MM-DDTHH:MM:SSZ'
 * @heartbeat: how many heartbeats the session has made
 * @heartbeat_at: the last heartbeat, UTC
 * @editing: what they are editing, in words ("DF-01 Digital byggesøknad"), or ""
 * @editing_table: the table of the record they are editing, or ""
 * @editing_row: its id, or 0
 * @mode: "shared", "single" or "read-only"
 * @is_self: whether this is the session of the store that listed it
 *
 * Someone who has the file open (STORAGE.md rule 8).
 */
typedef struct
{
  gint64    id;
  char     *user_name;
  char     *display_name;
  char     *host;
  gint64    pid;
  char     *started_at;
  gint64    heartbeat;
  char     *heartbeat_at;
  char     *editing;
  char     *editing_table;
  gint64    editing_row;
  char     *mode;
  gboolean  is_self;
} StyreSession;

#define STYRE_TYPE_SESSION (styre_session_get_type ())

GType          styre_session_get_type (void) G_GNUC_CONST;
StyreSession  *styre_session_copy     (const StyreSession *self);
void           styre_session_free     (StyreSession       *self);

/**
 * StyreAuditEntry:
 * @id: the row in `audit_log`
 * @at: when, UTC
 * @user_name: who, login name
 * @display_name: who, as others see them
 * @action: "insert", "update", "delete", "restore", "import" …
 * @table_name: the table changed
 * @row_id: the row changed, or 0
 * @label: the record in words where it has a code, title or name ("DF-01 Digital
 *   byggesøknad"), or ""
 *
 * One change someone saved, as the change feed reports other people's changes.
 */
typedef struct
{
  gint64  id;
  char   *at;
  char   *user_name;
  char   *display_name;
  char   *action;
  char   *table_name;
  gint64  row_id;
  char   *label;
} StyreAuditEntry;

#define STYRE_TYPE_AUDIT_ENTRY (styre_audit_entry_get_type ())

GType            styre_audit_entry_get_type (void) G_GNUC_CONST;
StyreAuditEntry *styre_audit_entry_copy     (const StyreAuditEntry *self);
void             styre_audit_entry_free     (StyreAuditEntry       *self);

/**
 * StyreSnapshot:
 * @path: the snapshot file
 * @taken_at: when, UTC 'YYYY-MM-DDTHH:MM:SSZ'
 * @reason: "daily", "manual", "import", "restore", "migration", "bulk-delete"
 * @taken_by: who took it
 * @size: bytes
 * @schema_version: the file format of the copy
 *
 * A verified copy of the file in `.styre-snapshots/` (STORAGE.md rule 10).
 */
typedef struct
{
  char   *path;
  char   *taken_at;
  char   *reason;
  char   *taken_by;
  gint64  size;
  int     schema_version;
} StyreSnapshot;

#define STYRE_TYPE_SNAPSHOT (styre_snapshot_get_type ())

GType          styre_snapshot_get_type   (void) G_GNUC_CONST;
StyreSnapshot *styre_snapshot_copy       (const StyreSnapshot *self);
void           styre_snapshot_free       (StyreSnapshot       *self);
GPtrArray     *styre_snapshot_plan_prune (GPtrArray           *snapshots,
                                          const char          *now);
const char    *styre_snapshot_describe_reason (const char     *reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreSession, styre_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreAuditEntry, styre_audit_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreSnapshot, styre_snapshot_free)

G_END_DECLS
