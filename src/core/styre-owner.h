/* styre-owner.h — the owner file: who edits a file that allows one editor at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * StyreOwner:
 * @display_name: the person, as others see them
 * @user_name: their login name
 * @host: the computer
 * @pid: Styre's process there
 * @pid_namespace: the process's PID namespace (a Flatpak has its own)
 * @since: when they took the file, UTC 'YYYY-MM-DDTHH:MM:SSZ'
 * @heartbeat_at: when their Styre last said it is still there, UTC
 * @heartbeat_seconds: how often it says so
 *
 * What the owner file beside a .styre file says, like LibreOffice's `.~lock.NAME#`.
 */
typedef struct
{
  char   *display_name;
  char   *user_name;
  char   *host;
  gint64  pid;
  char   *pid_namespace;
  char   *since;
  char   *heartbeat_at;
  guint   heartbeat_seconds;
} StyreOwner;

#define STYRE_TYPE_OWNER (styre_owner_get_type ())

GType        styre_owner_get_type    (void) G_GNUC_CONST;
StyreOwner  *styre_owner_new_self    (const char        *user_name,
                                      const char        *display_name,
                                      const char        *now);
StyreOwner  *styre_owner_copy        (const StyreOwner  *self);
void         styre_owner_free        (StyreOwner        *self);
char        *styre_owner_file_path   (const char        *styre_path);
StyreOwner  *styre_owner_read        (const char        *styre_path,
                                      GError           **error);
gboolean     styre_owner_is_self     (const StyreOwner  *self,
                                      const StyreOwner  *me);
gboolean     styre_owner_is_stale    (const StyreOwner  *self,
                                      const char        *now);
gboolean     styre_owner_is_gone     (const StyreOwner  *self);
gboolean     styre_owner_acquire     (const char        *styre_path,
                                      const StyreOwner  *me,
                                      gboolean           take_over_stale,
                                      StyreOwner       **holder,
                                      GError           **error);
gboolean     styre_owner_refresh     (const char        *styre_path,
                                      StyreOwner        *me,
                                      const char        *now,
                                      StyreOwner       **holder,
                                      GError           **error);
void         styre_owner_release     (const char        *styre_path,
                                      const StyreOwner  *me);
guint        styre_heartbeat_seconds (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreOwner, styre_owner_free)

G_END_DECLS
