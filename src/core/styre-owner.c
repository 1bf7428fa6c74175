/* styre-owner.c — the owner file: who edits a file that allows one editor at a time
 *
 * Where SQLite's locks do not reach between computers (sync folders, FUSE mounts,
 * mounts without locks; STORAGE.md rule 9) the first person to open a file for editing
 * leaves a small file beside it, `.~lock.NAME#` like LibreOffice does, saying who, on which
 * computer and since when; everyone else opens the file for reading only. The owner's
 * Styre refreshes the note every heartbeat. A note whose process is gone on this computer
 * is taken over at once; a note not refreshed for three heartbeats is stale, and a person
 * may take it over, knowing who had it and when they were last seen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-owner"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "styre-error.h"
#include "styre-owner.h"

#define GROUP "Styre"
/* An owner file is a few lines; anything bigger is not one. */
#define MAX_OWNER_FILE_SIZE 16384

G_DEFINE_BOXED_TYPE (StyreOwner, styre_owner, styre_owner_copy, styre_owner_free)

/**
 * styre_heartbeat_seconds:
 *
 * How often a Styre that has a file open says it is still there: 60 s, or
 * `STYRE_HEARTBEAT_SECONDS` (1–3600) for tests and soaks. Three missed beats and it is gone.
 */
guint
styre_heartbeat_seconds (void)
{
  const char *env = g_getenv ("STYRE_HEARTBEAT_SECONDS");
  guint64 v;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 3600, &v, NULL))
    return (guint) v;
  return 60;
}

static char *
read_pid_namespace (void)
{
  char buf[128];
  ssize_t n = readlink ("/proc/self/ns/pid", buf, sizeof buf - 1);

  if (n <= 0)
    return g_strdup ("");
  buf[n] = '\0';
  return g_strdup (buf);
}

/**
 * styre_owner_new_self:
 * @now: UTC 'YYYY-MM-DDTHH:MM:SSZ'
 *
 * Returns: (transfer full): this process as an owner
 */
StyreOwner *
styre_owner_new_self (const char *user_name,
                      const char *display_name,
                      const char *now)
{
  StyreOwner *self = g_new0 (StyreOwner, 1);

  self->user_name = g_strdup (user_name);
  self->display_name = g_strdup (display_name ? display_name : user_name);
  self->host = g_strdup (g_get_host_name ());
  self->pid = getpid ();
  self->pid_namespace = read_pid_namespace ();
  self->since = g_strdup (now);
  self->heartbeat_at = g_strdup (now);
  self->heartbeat_seconds = styre_heartbeat_seconds ();
  return self;
}

StyreOwner *
styre_owner_copy (const StyreOwner *self)
{
  StyreOwner *copy = g_new0 (StyreOwner, 1);

  copy->display_name = g_strdup (self->display_name);
  copy->user_name = g_strdup (self->user_name);
  copy->host = g_strdup (self->host);
  copy->pid = self->pid;
  copy->pid_namespace = g_strdup (self->pid_namespace);
  copy->since = g_strdup (self->since);
  copy->heartbeat_at = g_strdup (self->heartbeat_at);
  copy->heartbeat_seconds = self->heartbeat_seconds;
  return copy;
}

void
styre_owner_free (StyreOwner *self)
{
  if (self == NULL)
    return;
  g_free (self->display_name);
  g_free (self->user_name);
  g_free (self->host);
  g_free (self->pid_namespace);
  g_free (self->since);
  g_free (self->heartbeat_at);
  g_free (self);
}

/**
 * styre_owner_file_path:
 *
 * Returns: (transfer full): the owner file of @styre_path: `.~lock.NAME#` in its folder
 */
char *
styre_owner_file_path (const char *styre_path)
{
  g_autofree char *dir = g_path_get_dirname (styre_path);
  g_autofree char *base = g_path_get_basename (styre_path);
  g_autofree char *name = g_strdup_printf (".~lock.%s#", base);

  return g_build_filename (dir, name, NULL);
}

static char *
to_text (const StyreOwner *self)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();

  g_key_file_set_string (kf, GROUP, "Name", self->display_name ? self->display_name : "");
  g_key_file_set_string (kf, GROUP, "User", self->user_name ? self->user_name : "");
  g_key_file_set_string (kf, GROUP, "Host", self->host ? self->host : "");
  g_key_file_set_int64 (kf, GROUP, "Pid", self->pid);
  g_key_file_set_string (kf, GROUP, "PidNamespace", self->pid_namespace ? self->pid_namespace
                                                                        : "");
  g_key_file_set_string (kf, GROUP, "Since", self->since ? self->since : "");
  g_key_file_set_string (kf, GROUP, "Heartbeat", self->heartbeat_at ? self->heartbeat_at : "");
  g_key_file_set_uint64 (kf, GROUP, "HeartbeatSeconds", self->heartbeat_seconds);
  return g_key_file_to_data (kf, NULL, NULL);
}

static char *
utc_of_mtime (const char *path)
{
  GStatBuf st;
  g_autoptr(GDateTime) dt = NULL;

  if (g_stat (path, &st) != 0)
    return g_strdup ("1970-01-01T00:00:00Z");
  dt = g_date_time_new_from_unix_utc (st.st_mtime);
  return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
key_text (GKeyFile   *kf,
          const char *key)
{
  char *v = g_key_file_get_string (kf, GROUP, key, NULL);

  if (v == NULL || !g_utf8_validate (v, -1, NULL))
    {
      g_free (v);
      return g_strdup ("");
    }
  return v;
}

/**
 * styre_owner_read:
 *
 * Reads the owner file of @styre_path. A file that is not a readable owner file (someone
 * else's program, half written) counts as an owner nobody can name, last seen when the
 * file was last changed.
 *
 * Returns: (transfer full): the owner, or %NULL with %STYRE_ERROR_NOT_FOUND when there is
 *   no owner file, or another %STYRE_ERROR when it cannot be read
 */
StyreOwner *
styre_owner_read (const char  *styre_path,
                  GError     **error)
{
  g_autofree char *path = styre_owner_file_path (styre_path);
  g_autofree char *text = NULL;
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  StyreOwner *owner;
  gsize length = 0;
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      if (saved == ENOENT)
        g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                             _("Nobody has the file open for editing."));
      else
        g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                     _("Styre could not find out who has the file open: %s"),
                     g_strerror (saved));
      return NULL;
    }

  owner = g_new0 (StyreOwner, 1);
  if (st.st_size <= MAX_OWNER_FILE_SIZE
      && g_file_get_contents (path, &text, &length, &local_error)
      && g_key_file_load_from_data (kf, text, length, G_KEY_FILE_NONE, NULL)
      && g_key_file_has_group (kf, GROUP))
    {
      guint64 beat;

      owner->display_name = key_text (kf, "Name");
      owner->user_name = key_text (kf, "User");
      owner->host = key_text (kf, "Host");
      owner->pid = g_key_file_get_int64 (kf, GROUP, "Pid", NULL);
      owner->pid_namespace = key_text (kf, "PidNamespace");
      owner->since = key_text (kf, "Since");
      owner->heartbeat_at = key_text (kf, "Heartbeat");
      beat = g_key_file_get_uint64 (kf, GROUP, "HeartbeatSeconds", NULL);
      owner->heartbeat_seconds = beat >= 1 && beat <= 3600 ? (guint) beat : 60;
    }
  else if (local_error != NULL && g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      styre_owner_free (owner);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                           _("Nobody has the file open for editing."));
      return NULL;
    }
  else
    {
      owner->display_name = g_strdup ("");
      owner->user_name = g_strdup ("");
      owner->host = g_strdup ("");
      owner->pid_namespace = g_strdup ("");
      owner->heartbeat_seconds = 60;
    }

  if (owner->since == NULL || *owner->since == '\0')
    {
      g_free (owner->since);
      owner->since = utc_of_mtime (path);
    }
  if (owner->heartbeat_at == NULL || *owner->heartbeat_at == '\0')
    {
      g_free (owner->heartbeat_at);
      owner->heartbeat_at = utc_of_mtime (path);
    }
  return owner;
}

/**
 * styre_owner_is_self:
 *
 * Returns: whether @self is the process @me describes
 */
gboolean
styre_owner_is_self (const StyreOwner *self,
                     const StyreOwner *me)
{
  return self != NULL && me != NULL && self->pid == me->pid
         && g_strcmp0 (self->host, me->host) == 0
         && g_strcmp0 (self->user_name, me->user_name) == 0
         && g_strcmp0 (self->pid_namespace, me->pid_namespace) == 0
         && g_strcmp0 (self->since, me->since) == 0;
}

/**
 * styre_owner_is_stale:
 * @now: UTC 'YYYY-MM-DDTHH:MM:SSZ'
 *
 * Returns: whether the owner missed three heartbeats
 */
gboolean
styre_owner_is_stale (const StyreOwner *self,
                      const char       *now)
{
  g_autoptr(GDateTime) beat = g_date_time_new_from_iso8601 (self->heartbeat_at, NULL);
  g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (now, NULL);

  if (beat == NULL || at == NULL)
    return TRUE;
  return g_date_time_difference (at, beat) > (GTimeSpan) 3 * self->heartbeat_seconds
                                             * G_TIME_SPAN_SECOND;
}

/**
 * styre_owner_is_gone:
 *
 * Returns: whether the owner's process is known to have ended: it ran on this computer,
 *   in this PID namespace, and no longer exists
 */
gboolean
styre_owner_is_gone (const StyreOwner *self)
{
  g_autofree char *ns = read_pid_namespace ();

  if (self->pid <= 0 || g_strcmp0 (self->host, g_get_host_name ()) != 0
      || *ns == '\0' || g_strcmp0 (self->pid_namespace, ns) != 0)
    return FALSE;
  return kill ((pid_t) self->pid, 0) != 0 && errno == ESRCH;
}

static gboolean
create_exclusive (const char        *path,
                  const StyreOwner  *me,
                  GError           **error)
{
  g_autofree char *text = to_text (me);
  gsize length = strlen (text);
  gsize done = 0;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s",
                   g_strerror (saved));
      return FALSE;
    }
  while (done < length)
    {
      ssize_t n = write (fd, text + done, length - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = errno;
          close (fd);
          g_unlink (path);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s",
                       g_strerror (saved));
          return FALSE;
        }
      done += (gsize) n;
    }
  if (fsync (fd) != 0 && errno != EINVAL)
    {
      int saved = errno;
      close (fd);
      g_unlink (path);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s",
                   g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/**
 * styre_owner_acquire:
 * @me: this process, from styre_owner_new_self()
 * @take_over_stale: take the file from an owner who missed three heartbeats (the person
 *   asked for it, knowing who had it)
 * @holder: (out) (optional) (transfer full): who has the file when it is not ours
 *
 * Makes this process the file's one editor, if nobody else is.
 *
 * Returns: %TRUE when we own the file now; %FALSE with %STYRE_ERROR_IN_USE and @holder
 *   when someone else does, or another error when the owner file cannot be written
 */
gboolean
styre_owner_acquire (const char        *styre_path,
                     const StyreOwner  *me,
                     gboolean           take_over_stale,
                     StyreOwner       **holder,
                     GError           **error)
{
  g_autofree char *path = styre_owner_file_path (styre_path);

  g_return_val_if_fail (me != NULL, FALSE);

  if (holder != NULL)
    *holder = NULL;

  /* Twice at most: once more after removing the note of an owner who is gone. */
  for (guint attempt = 0; attempt < 3; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(StyreOwner) current = NULL;

      if (create_exclusive (path, me, &local_error))
        return TRUE;
      if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_EXIST))
        {
          g_set_error (error, STYRE_ERROR,
                       g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ACCES)
                       || g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_PERM)
                       || g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ROFS)
                       ? STYRE_ERROR_READ_ONLY : STYRE_ERROR_IO,
                       _("Styre could not note beside the file that you are editing it "
                         "(%s), so it is open for reading only."), local_error->message);
          return FALSE;
        }
      g_clear_error (&local_error);

      current = styre_owner_read (styre_path, &local_error);
      if (current == NULL)
        {
          if (g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND))
            continue;   /* released meanwhile */
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (styre_owner_is_self (current, me))
        return TRUE;

      if (attempt < 2 && (styre_owner_is_gone (current)
                          || (take_over_stale && styre_owner_is_stale (current, me->heartbeat_at))))
        {
          g_unlink (path);
          continue;
        }

      if (holder != NULL)
        *holder = styre_owner_copy (current);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_IN_USE,
                           _("Someone else has the file open for editing."));
      return FALSE;
    }

  g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_IN_USE,
                       _("Someone else has the file open for editing."));
  return FALSE;
}

/**
 * styre_owner_refresh:
 * @me: this process; its heartbeat time is set to @now
 * @holder: (out) (optional) (transfer full): who has the file when it is no longer ours
 *
 * The heartbeat of an owner: says again that we have the file, and checks that nobody
 * took it over meanwhile.
 *
 * Returns: %TRUE while we own the file; %FALSE with %STYRE_ERROR_IN_USE when someone
 *   else took it, or another error when the note cannot be written
 */
gboolean
styre_owner_refresh (const char   *styre_path,
                     StyreOwner   *me,
                     const char   *now,
                     StyreOwner  **holder,
                     GError      **error)
{
  g_autofree char *path = styre_owner_file_path (styre_path);
  g_autoptr(StyreOwner) current = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  if (holder != NULL)
    *holder = NULL;

  g_free (me->heartbeat_at);
  me->heartbeat_at = g_strdup (now);

  current = styre_owner_read (styre_path, &local_error);
  if (current == NULL)
    {
      if (!g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      /* Someone removed our note: put it back, unless another owner got there first. */
      return styre_owner_acquire (styre_path, me, FALSE, holder, error);
    }
  if (!styre_owner_is_self (current, me))
    {
      if (holder != NULL)
        *holder = g_steal_pointer (&current);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_IN_USE,
                           _("Someone else took over the file for editing."));
      return FALSE;
    }

  text = to_text (me);
  if (!g_file_set_contents (path, text, -1, &local_error))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                   _("Styre could not renew the note that you are editing the file: %s"),
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * styre_owner_release:
 *
 * Removes the owner file, if it is ours.
 */
void
styre_owner_release (const char       *styre_path,
                     const StyreOwner *me)
{
  g_autofree char *path = styre_owner_file_path (styre_path);
  g_autoptr(StyreOwner) current = styre_owner_read (styre_path, NULL);

  if (current != NULL && styre_owner_is_self (current, me))
    g_unlink (path);
}
