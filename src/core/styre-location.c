/* styre-location.c — where a .styre file lives, and what that allows (STORAGE.md rule 9)
 *
 * SQLite keeps a shared file safe with byte-range locks. A local disk and an SMB or NFS
 * mount with working locks give them to every writer; FUSE mounts (gvfs, sshfs, rclone),
 * mounts whose locks are off or only local (`nobrl`, `nolock`, `local_lock=`) and
 * folders a sync client copies back and forth do not, so there only one person may edit
 * at a time. The kind of place comes from the file system (statfs), the mount table
 * (/proc/self/mountinfo, with the options), GIO for what neither knows, and the marks
 * sync clients leave in their folders.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-location"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/vfs.h>

#include "styre-location.h"

/* Magic numbers of statfs(2)'s f_type (linux/magic.h), for when there is no mount table. */
#define MAGIC_CIFS  0xFF534D42
#define MAGIC_SMB2  0xFE534D42
#define MAGIC_SMB   0x517B
#define MAGIC_NFS   0x6969
#define MAGIC_FUSE  0x65735546

/* How many folders up from the file Styre looks for a sync client's marks. */
#define MAX_SYNC_DEPTH 24

/* How many names of one folder Styre reads looking for Nextcloud's journal. */
#define MAX_NAMES_PER_FOLDER 4000

typedef struct
{
  char *mount_point;
  char *options;
  char *filesystem;
  char *source;
} MountEntry;

static void
mount_entry_clear (MountEntry *e)
{
  g_clear_pointer (&e->mount_point, g_free);
  g_clear_pointer (&e->options, g_free);
  g_clear_pointer (&e->filesystem, g_free);
  g_clear_pointer (&e->source, g_free);
}

/* mountinfo writes space, tab, newline and backslash as octal escapes. */
static char *
unescape (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p++)
    {
      if (p[0] == '\\' && p[1] >= '0' && p[1] <= '7' && p[2] >= '0' && p[2] <= '7'
          && p[3] >= '0' && p[3] <= '7')
        {
          g_string_append_c (out, (char) (((p[1] - '0') << 6) | ((p[2] - '0') << 3)
                                          | (p[3] - '0')));
          p += 3;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
path_is_under (const char *path,
               const char *mount_point)
{
  gsize n = strlen (mount_point);

  if (g_str_equal (mount_point, "/"))
    return TRUE;
  return strncmp (path, mount_point, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/* Finds the mount that holds @path: the longest mount point above it, the last one when a
 * folder is mounted over. */
static gboolean
find_mount (const char *mountinfo,
            const char *path,
            MountEntry *found)
{
  g_auto(GStrv) lines = g_strsplit (mountinfo, "\n", -1);
  gsize best = 0;
  gboolean any = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], " ", -1);
      guint n = g_strv_length (fields);
      guint dash = 0;
      g_autofree char *mount_point = NULL;
      gsize len;

      /* id parent major:minor root mount-point options [optional…] - type source super */
      for (guint k = 6; k < n; k++)
        if (g_str_equal (fields[k], "-"))
          {
            dash = k;
            break;
          }
      if (n < 10 || dash == 0 || dash + 3 > n)
        continue;

      mount_point = unescape (fields[4]);
      if (!path_is_under (path, mount_point))
        continue;
      len = strlen (mount_point);
      if (any && len < best)
        continue;

      mount_entry_clear (found);
      found->mount_point = g_steal_pointer (&mount_point);
      found->filesystem = g_strdup (fields[dash + 1]);
      found->source = unescape (fields[dash + 2]);
      found->options = g_strdup_printf ("%s,%s", fields[5],
                                        dash + 3 < n ? fields[dash + 3] : "");
      best = len;
      any = TRUE;
    }
  return any;
}

/* The value of an option "name" or "name=value" in a comma-separated list; "" for a flag,
 * NULL when it is not there. */
static const char *
find_option (const char  *options,
             const char  *name,
             char       **value)
{
  g_auto(GStrv) parts = g_strsplit (options ? options : "", ",", -1);
  gsize n = strlen (name);

  *value = NULL;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (strncmp (parts[i], name, n) != 0)
        continue;
      if (parts[i][n] == '\0')
        {
          *value = g_strdup ("");
          break;
        }
      if (parts[i][n] == '=')
        {
          *value = g_strdup (parts[i] + n + 1);
          break;
        }
    }
  return *value;
}

static gboolean
has_option (const char *options,
            const char *name)
{
  g_autofree char *value = NULL;

  return find_option (options, name, &value) != NULL;
}

static gboolean
is_smb (const char *fs)
{
  return g_str_equal (fs, "cifs") || g_str_equal (fs, "smb3") || g_str_equal (fs, "smbfs")
         || g_str_equal (fs, "smb2");
}

static gboolean
is_nfs (const char *fs)
{
  return g_str_equal (fs, "nfs") || g_str_equal (fs, "nfs4");
}

/* Network file systems other than SMB and NFS: Styre does not know how their locks behave
 * between computers, so it does not trust them with several editors. */
static gboolean
is_other_network (const char *fs)
{
  static const char *names[] = {
    "9p", "afs", "ceph", "coda", "davfs", "gfs2", "glusterfs", "lustre", "ncpfs",
    "ocfs2", "orangefs", "beegfs", "gpfs", "pvfs2", "sshfs", "virtiofs",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (fs, names[i]))
      return TRUE;
  return FALSE;
}

/* Is @dir the root of (or inside) a folder a sync client keeps? Returns the client's name. */
static const char *
sync_client_of_folder (const char *dir)
{
  g_autofree char *base = g_path_get_basename (dir);
  static const struct { const char *mark; const char *client; } marks[] = {
    { ".stfolder", "Syncthing" },
    { ".dropbox", "Dropbox" },
    { ".dropbox.cache", "Dropbox" },
    { ".owncloudsync.log", "Nextcloud" },
    { ".nextcloudsync.log", "Nextcloud" },
    { ".onedrive", "OneDrive" },
  };

  /* The names the clients give their folders: "OneDrive", "OneDrive - Fjordvik kommune",
   * "Dropbox", "Dropbox (Fjordvik)", "Nextcloud", "ownCloud". */
  if (g_str_equal (base, "OneDrive") || g_str_has_prefix (base, "OneDrive - "))
    return "OneDrive";
  if (g_str_equal (base, "Dropbox") || g_str_has_prefix (base, "Dropbox ("))
    return "Dropbox";
  if (g_str_equal (base, "Nextcloud") || g_str_equal (base, "ownCloud"))
    return "Nextcloud";

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      g_autofree char *mark = g_build_filename (dir, marks[i].mark, NULL);
      if (g_file_test (mark, G_FILE_TEST_EXISTS))
        return marks[i].client;
    }

  /* Nextcloud's and ownCloud's desktop clients keep their journal as .sync_<id>.db or
   * ._sync_<id>.db in the folder they sync. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    guint n = 0;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL && n++ < MAX_NAMES_PER_FOLDER)
      if ((g_str_has_prefix (name, ".sync_") || g_str_has_prefix (name, "._sync_"))
          && g_str_has_suffix (name, ".db"))
        return "Nextcloud";
  }
  return NULL;
}

static const char *
find_sync_client (const char *real_path)
{
  g_autofree char *dir = g_path_get_dirname (real_path);

  for (guint depth = 0; depth < MAX_SYNC_DEPTH; depth++)
    {
      const char *client = sync_client_of_folder (dir);
      g_autofree char *parent = NULL;

      if (client != NULL)
        return client;
      parent = g_path_get_dirname (dir);
      if (g_str_equal (parent, dir))
        break;
      g_free (dir);
      dir = g_steal_pointer (&parent);
    }
  return NULL;
}

/* /run/user/1000/doc/ab12cd34/fil.styre */
static gboolean
is_document_portal_path (const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", 6);

  return g_strv_length (parts) >= 5 && g_str_equal (parts[0], "") && g_str_equal (parts[1], "run")
         && g_str_equal (parts[2], "user") && g_str_equal (parts[4], "doc");
}

static StyreLocationKind
kind_from_mount (const MountEntry  *mount,
                 char             **detail)
{
  const char *fs = mount->filesystem;
  g_autofree char *local_lock = NULL;

  if (g_str_equal (fs, "fuse.portal"))
    {
      *detail = g_strdup ("xdg-document-portal");
      return STYRE_LOCATION_DOCUMENT_PORTAL;
    }
  /* A local disk through FUSE (NTFS with ntfs-3g): only this computer uses it. */
  if (g_str_equal (fs, "fuseblk"))
    return STYRE_LOCATION_LOCAL;
  if (g_str_equal (fs, "fuse") || g_str_has_prefix (fs, "fuse."))
    {
      *detail = g_strdup (g_str_equal (fs, "fuse.gvfsd-fuse") ? "gvfs"
                          : g_str_has_prefix (fs, "fuse.") ? fs + 5 : fs);
      return STYRE_LOCATION_FUSE;
    }
  if (is_smb (fs))
    {
      if (has_option (mount->options, "nobrl"))
        {
          *detail = g_strdup ("nobrl");
          return STYRE_LOCATION_NETWORK_NO_LOCKS;
        }
      return STYRE_LOCATION_NETWORK;
    }
  if (is_nfs (fs))
    {
      if (has_option (mount->options, "nolock"))
        {
          *detail = g_strdup ("nolock");
          return STYRE_LOCATION_NETWORK_NO_LOCKS;
        }
      /* local_lock=none (the default) and =flock leave fcntl locks, SQLite's, to the
       * server; =posix and =all keep them on this computer. */
      if (find_option (mount->options, "local_lock", &local_lock) != NULL
          && !g_str_equal (local_lock, "none") && !g_str_equal (local_lock, "flock"))
        {
          *detail = g_strdup_printf ("local_lock=%s", local_lock);
          return STYRE_LOCATION_NETWORK_NO_LOCKS;
        }
      return STYRE_LOCATION_NETWORK;
    }
  if (is_other_network (fs))
    {
      *detail = g_strdup (fs);
      return STYRE_LOCATION_NETWORK_NO_LOCKS;
    }
  return STYRE_LOCATION_LOCAL;
}

static StyreLocation *
classify (const char *path,
          const char *mountinfo,
          gboolean    use_system)
{
  StyreLocation *self = g_new0 (StyreLocation, 1);
  g_autofree char *real = realpath (path, NULL);
  g_autofree char *detail = NULL;
  MountEntry mount = { 0 };
  const char *client;

  if (real == NULL)
    real = g_canonicalize_filename (path, NULL);

  self->kind = STYRE_LOCATION_LOCAL;
  if (mountinfo != NULL && find_mount (mountinfo, real, &mount))
    {
      self->kind = kind_from_mount (&mount, &detail);
      self->filesystem = g_strdup (mount.filesystem);
      self->source = g_strdup (mount.source);
      self->mount_point = g_strdup (mount.mount_point);
      self->options = g_strdup (mount.options);
    }
  else if (use_system)
    {
      /* No mount table (a container without /proc): the file system's magic number. */
      struct statfs sfs;

      if (statfs (real, &sfs) == 0)
        {
          unsigned long type = (unsigned long) sfs.f_type;

          const char *fs = NULL;

          if (type == MAGIC_CIFS || type == MAGIC_SMB2 || type == MAGIC_SMB)
            fs = "cifs";
          else if (type == MAGIC_NFS)
            fs = "nfs";
          else if (type == MAGIC_FUSE)
            fs = "fuse";
          if (fs != NULL)
            {
              MountEntry guess = { .filesystem = (char *) fs, .options = (char *) "" };
              self->kind = kind_from_mount (&guess, &detail);
              self->filesystem = g_strdup (fs);
            }
        }
    }
  mount_entry_clear (&mount);

  /* What neither knows, GIO may: a remote file system of some other kind. */
  if (use_system && self->kind == STYRE_LOCATION_LOCAL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (real);
      g_autoptr(GFileInfo) info =
        g_file_query_filesystem_info (file, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE ","
                                      G_FILE_ATTRIBUTE_FILESYSTEM_TYPE, NULL, NULL);

      if (info != NULL
          && g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE))
        {
          self->kind = STYRE_LOCATION_NETWORK_NO_LOCKS;
          g_clear_pointer (&detail, g_free);
          detail = g_strdup (g_file_info_get_attribute_string (info,
                                                              G_FILE_ATTRIBUTE_FILESYSTEM_TYPE));
        }
    }

  if (is_document_portal_path (real))
    {
      self->kind = STYRE_LOCATION_DOCUMENT_PORTAL;
      g_clear_pointer (&detail, g_free);
      detail = g_strdup ("xdg-document-portal");
    }
  else if (self->kind != STYRE_LOCATION_DOCUMENT_PORTAL
           && (client = find_sync_client (real)) != NULL)
    {
      /* A sync client copies whole files: whatever the disk below, one editor at a time. */
      self->kind = STYRE_LOCATION_SYNC_FOLDER;
      g_clear_pointer (&detail, g_free);
      detail = g_strdup (client);
    }

  if (self->filesystem == NULL)
    self->filesystem = g_strdup ("");
  if (self->source == NULL)
    self->source = g_strdup ("");
  if (self->mount_point == NULL)
    self->mount_point = g_strdup ("");
  if (self->options == NULL)
    self->options = g_strdup ("");
  self->detail = detail ? g_steal_pointer (&detail) : g_strdup ("");
  return self;
}

/**
 * styre_location_classify:
 * @path: an existing file
 *
 * Finds out what kind of place @path is in. Touches the file system (a share, perhaps):
 * call it on a worker thread.
 *
 * Returns: (transfer full): the location
 */
StyreLocation *
styre_location_classify (const char *path)
{
  g_autofree char *mountinfo = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  g_file_get_contents ("/proc/self/mountinfo", &mountinfo, NULL, NULL);
  return classify (path, mountinfo, TRUE);
}

/**
 * styre_location_classify_with:
 * @mountinfo: the text of a /proc/self/mountinfo to use instead of this system's
 *
 * Like styre_location_classify(), from a given mount table and without asking statfs or
 * GIO: for tests of mounts this computer does not have.
 */
StyreLocation *
styre_location_classify_with (const char *path,
                              const char *mountinfo)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (mountinfo != NULL, NULL);

  return classify (path, mountinfo, FALSE);
}

StyreLocation *
styre_location_copy (const StyreLocation *self)
{
  StyreLocation *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (StyreLocation, 1);
  copy->kind = self->kind;
  copy->filesystem = g_strdup (self->filesystem);
  copy->source = g_strdup (self->source);
  copy->mount_point = g_strdup (self->mount_point);
  copy->options = g_strdup (self->options);
  copy->detail = g_strdup (self->detail);
  return copy;
}

void
styre_location_free (StyreLocation *self)
{
  if (self == NULL)
    return;
  g_free (self->filesystem);
  g_free (self->source);
  g_free (self->mount_point);
  g_free (self->options);
  g_free (self->detail);
  g_free (self);
}

/**
 * styre_location_get_sharing:
 *
 * Returns: what @self allows: several editors, one at a time, or reading only
 */
StyreSharing
styre_location_get_sharing (const StyreLocation *self)
{
  g_return_val_if_fail (self != NULL, STYRE_SHARING_READ_ONLY);

  switch (self->kind)
    {
    case STYRE_LOCATION_LOCAL:
    case STYRE_LOCATION_NETWORK:
      return STYRE_SHARING_SHARED;
    case STYRE_LOCATION_NETWORK_NO_LOCKS:
    case STYRE_LOCATION_FUSE:
    case STYRE_LOCATION_SYNC_FOLDER:
      return STYRE_SHARING_SINGLE_EDITOR;
    case STYRE_LOCATION_DOCUMENT_PORTAL:
      /* The portal can neither lock the file nor hold an owner file or snapshots beside
       * it that others would see. */
      return STYRE_SHARING_READ_ONLY;
    default:
      g_assert_not_reached ();
    }
}

/**
 * styre_location_is_remote:
 *
 * Returns: whether other computers may reach the file (anything but a local disk)
 */
gboolean
styre_location_is_remote (const StyreLocation *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->kind != STYRE_LOCATION_LOCAL;
}

/**
 * styre_location_poll_interval:
 *
 * Returns: how often, in milliseconds, to look for other people's changes: every 2 s on
 *   a local disk, every 3 s elsewhere (STORAGE.md rule 7)
 */
guint
styre_location_poll_interval (const StyreLocation *self)
{
  g_return_val_if_fail (self != NULL, 2000);
  return styre_location_is_remote (self) ? 3000 : 2000;
}

/**
 * styre_location_kind_to_string:
 *
 * Returns: the kind as scripts read it: "local", "network", "network-no-locks", "fuse",
 *   "sync-folder" or "document-portal"
 */
const char *
styre_location_kind_to_string (StyreLocationKind kind)
{
  switch (kind)
    {
    case STYRE_LOCATION_LOCAL:
      return "local";
    case STYRE_LOCATION_NETWORK:
      return "network";
    case STYRE_LOCATION_NETWORK_NO_LOCKS:
      return "network-no-locks";
    case STYRE_LOCATION_FUSE:
      return "fuse";
    case STYRE_LOCATION_SYNC_FOLDER:
      return "sync-folder";
    case STYRE_LOCATION_DOCUMENT_PORTAL:
      return "document-portal";
    default:
      return "unknown";
    }
}

/**
 * styre_sharing_to_string:
 *
 * Returns: "shared", "single-editor" or "read-only"
 */
const char *
styre_sharing_to_string (StyreSharing sharing)
{
  switch (sharing)
    {
    case STYRE_SHARING_SHARED:
      return "shared";
    case STYRE_SHARING_SINGLE_EDITOR:
      return "single-editor";
    case STYRE_SHARING_READ_ONLY:
      return "read-only";
    default:
      return "unknown";
    }
}

/**
 * styre_location_describe:
 *
 * Returns: (transfer full): the place in words, e.g. "a network share (cifs,
 *   //fil01/styring) with working file locks"
 */
char *
styre_location_describe (const StyreLocation *self)
{
  const char *fs;

  g_return_val_if_fail (self != NULL, NULL);

  fs = self->filesystem && *self->filesystem ? self->filesystem : "?";
  switch (self->kind)
    {
    case STYRE_LOCATION_LOCAL:
      /* Translators: where a file is; %s is the file system, e.g. "ext4" */
      return g_strdup_printf (_("a disk of this computer (%s)"), fs);
    case STYRE_LOCATION_NETWORK:
      /* Translators: where a file is; %s is the file system and the share, e.g.
       * "cifs, //fil01/styring" */
      return g_strdup_printf (_("a network share (%s, %s) with working file locks"), fs,
                              self->source);
    case STYRE_LOCATION_NETWORK_NO_LOCKS:
      if (is_smb (fs) || is_nfs (fs))
        /* Translators: where a file is; "cifs, //fil01/styring" and the mount option that
         * turns the locks off, e.g. "nobrl" */
        return g_strdup_printf (_("a network share (%s, %s) mounted without file locks "
                                  "between computers (%s)"),
                                fs, self->source, self->detail);
      /* Translators: where a file is; %s is a network file system, e.g. "ceph" */
      return g_strdup_printf (_("a network file system (%s) whose file locks Styre cannot "
                                "rely on"), self->detail && *self->detail ? self->detail : fs);
    case STYRE_LOCATION_FUSE:
      /* Translators: where a file is; %s is the program behind the mount, e.g. "gvfs",
       * "sshfs" */
      return g_strdup_printf (_("a FUSE mount (%s), which cannot lock files between "
                                "computers"), self->detail);
    case STYRE_LOCATION_SYNC_FOLDER:
      /* Translators: where a file is; %s is the sync client, e.g. "OneDrive" */
      return g_strdup_printf (_("a folder kept by a sync client (%s)"), self->detail);
    case STYRE_LOCATION_DOCUMENT_PORTAL:
      return g_strdup (_("a file handed over by the Flatpak document portal, which cannot "
                         "lock it"));
    default:
      g_assert_not_reached ();
    }
}

/**
 * styre_sharing_describe:
 *
 * Returns: (transfer full): what the mode means for a person
 */
char *
styre_sharing_describe (StyreSharing sharing)
{
  switch (sharing)
    {
    case STYRE_SHARING_SHARED:
      return g_strdup (_("several people can make changes at the same time"));
    case STYRE_SHARING_SINGLE_EDITOR:
      return g_strdup (_("one editor at a time: the first to open it can make changes, "
                         "everyone else can read it"));
    case STYRE_SHARING_READ_ONLY:
      return g_strdup (_("nobody can make changes from here"));
    default:
      g_assert_not_reached ();
    }
}
