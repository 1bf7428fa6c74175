/* styre-store.h — one open .styre file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "styre-change.h"
#include "styre-row.h"

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

G_END_DECLS
