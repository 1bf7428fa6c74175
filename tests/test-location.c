/* test-location.c — where a file lives decides who may edit it (STORAGE.md rule 9)
 *
 * The mount table cases use mountinfo lines as Linux writes them for shares this machine
 * does not have; the sync-folder and single-editor cases use real folders with the marks
 * sync clients leave, and real owner files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "styre-error.h"
#include "styre-location.h"
#include "styre-owner.h"
#include "styre-store.h"

#include "test-util.h"

#define ROOT_LINE "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard\n"

typedef struct
{
  const char        *name;
  const char        *mountinfo;
  const char        *path;
  StyreLocationKind  kind;
  StyreSharing       sharing;
  const char        *detail;
  const char        *described;
} MountCase;

static const MountCase mount_cases[] = {
  { "local-disk", ROOT_LINE, "/home/kari/styring.styre",
    STYRE_LOCATION_LOCAL, STYRE_SHARING_SHARED, "", "this computer (ext4)" },
  { "smb-with-locks",
    ROOT_LINE "80 27 0:52 / /mnt/styring rw,relatime shared:40 - cifs //fil01/styring "
    "rw,vers=3.1.1,cache=strict,username=kari,uid=1000,forceuid,noperm\n",
    "/mnt/styring/ledergruppen.styre",
    STYRE_LOCATION_NETWORK, STYRE_SHARING_SHARED, "", "//fil01/styring" },
  { "smb-nobrl",
    ROOT_LINE "80 27 0:52 / /mnt/styring rw,relatime - cifs //fil01/styring "
    "rw,vers=3.0,cache=strict,nobrl,uid=1000\n",
    "/mnt/styring/ledergruppen.styre",
    STYRE_LOCATION_NETWORK_NO_LOCKS, STYRE_SHARING_SINGLE_EDITOR, "nobrl", "(nobrl)" },
  { "nfs4-server-locks",
    ROOT_LINE "81 27 0:60 / /srv/felles rw,relatime - nfs4 nas:/felles "
    "rw,vers=4.2,rsize=1048576,hard,proto=tcp,timeo=600,sec=sys,local_lock=none\n",
    "/srv/felles/styre/portefolje.styre",
    STYRE_LOCATION_NETWORK, STYRE_SHARING_SHARED, "", "nas:/felles" },
  { "nfs4-local-lock-all",
    ROOT_LINE "81 27 0:60 / /srv/felles rw,relatime - nfs4 nas:/felles "
    "rw,vers=4.2,hard,local_lock=all\n",
    "/srv/felles/portefolje.styre",
    STYRE_LOCATION_NETWORK_NO_LOCKS, STYRE_SHARING_SINGLE_EDITOR, "local_lock=all", NULL },
  { "nfs4-local-lock-flock",
    /* flock() locks kept locally do not matter: SQLite uses fcntl() locks. */
    ROOT_LINE "81 27 0:60 / /srv/felles rw,relatime - nfs4 nas:/felles rw,local_lock=flock\n",
    "/srv/felles/portefolje.styre",
    STYRE_LOCATION_NETWORK, STYRE_SHARING_SHARED, "", NULL },
  { "nfs3-nolock",
    ROOT_LINE "82 27 0:61 / /srv/arkiv rw,relatime - nfs nas:/arkiv rw,vers=3,nolock,hard\n",
    "/srv/arkiv/portefolje.styre",
    STYRE_LOCATION_NETWORK_NO_LOCKS, STYRE_SHARING_SINGLE_EDITOR, "nolock", NULL },
  { "gvfs",
    ROOT_LINE "90 27 0:70 / /run/user/1000/gvfs rw,nosuid,nodev - fuse.gvfsd-fuse gvfsd-fuse "
    "rw,user_id=1000,group_id=1000\n",
    "/run/user/1000/gvfs/smb-share:server=fil01,share=styring/ledergruppen.styre",
    STYRE_LOCATION_FUSE, STYRE_SHARING_SINGLE_EDITOR, "gvfs", "FUSE mount (gvfs)" },
  { "sshfs",
    ROOT_LINE "91 27 0:71 / /home/kari/fjern rw,nosuid,nodev - fuse.sshfs kari@server:/data "
    "rw,user_id=1000\n",
    "/home/kari/fjern/ledergruppen.styre",
    STYRE_LOCATION_FUSE, STYRE_SHARING_SINGLE_EDITOR, "sshfs", NULL },
  { "ntfs-usb-disk",
    ROOT_LINE "92 27 8:17 / /media/kari/MINNEPINNE rw,nosuid - fuseblk /dev/sdb1 "
    "rw,user_id=0,group_id=0,allow_other,blksize=4096\n",
    "/media/kari/MINNEPINNE/styring.styre",
    STYRE_LOCATION_LOCAL, STYRE_SHARING_SHARED, "", NULL },
  { "document-portal",
    ROOT_LINE "93 27 0:80 / /run/user/1000/doc rw,nosuid,nodev - fuse.portal portal "
    "rw,user_id=1000,group_id=1000\n",
    "/run/user/1000/doc/8a3f09b2/ledergruppen.styre",
    STYRE_LOCATION_DOCUMENT_PORTAL, STYRE_SHARING_READ_ONLY, "xdg-document-portal",
    "document portal" },
  { "unknown-network-fs",
    ROOT_LINE "94 27 0:81 / /ceph rw,relatime - ceph 10.0.0.1:/ rw,name=admin\n",
    "/ceph/styring.styre",
    STYRE_LOCATION_NETWORK_NO_LOCKS, STYRE_SHARING_SINGLE_EDITOR, "ceph", "ceph" },
  { "escaped-mount-point",
    ROOT_LINE "95 27 0:52 / /mnt/Felles\\040område rw,relatime - cifs //fil01/felles rw,nobrl\n",
    "/mnt/Felles område/styring.styre",
    STYRE_LOCATION_NETWORK_NO_LOCKS, STYRE_SHARING_SINGLE_EDITOR, "nobrl", NULL },
  { "longest-mount-wins",
    ROOT_LINE
    "80 27 0:52 / /mnt/styring rw,relatime - cifs //fil01/styring rw,nobrl\n"
    "81 80 0:60 / /mnt/styring/lokalt rw,relatime - ext4 /dev/sdc1 rw\n",
    "/mnt/styring/lokalt/ledergruppen.styre",
    STYRE_LOCATION_LOCAL, STYRE_SHARING_SHARED, "", NULL },
  { "prefix-is-not-a-parent",
    ROOT_LINE "80 27 0:52 / /mnt/styring rw,relatime - cifs //fil01/styring rw,nobrl\n",
    "/mnt/styringsgruppe/ledergruppen.styre",
    STYRE_LOCATION_LOCAL, STYRE_SHARING_SHARED, "", NULL },
  { "mounted-over",
    /* The same folder mounted twice: the later mount is the one that is seen. */
    ROOT_LINE
    "80 27 0:52 / /mnt/styring rw,relatime - cifs //gammel/styring rw,nobrl\n"
    "81 27 0:53 / /mnt/styring rw,relatime - cifs //fil01/styring rw\n",
    "/mnt/styring/ledergruppen.styre",
    STYRE_LOCATION_NETWORK, STYRE_SHARING_SHARED, "", "//fil01/styring" },
};

static void
test_mount_case (gconstpointer data)
{
  const MountCase *c = data;
  g_autoptr(StyreLocation) location = styre_location_classify_with (c->path, c->mountinfo);
  g_autofree char *described = styre_location_describe (location);

  g_assert_cmpstr (styre_location_kind_to_string (location->kind), ==,
                   styre_location_kind_to_string (c->kind));
  g_assert_cmpint (styre_location_get_sharing (location), ==, c->sharing);
  g_assert_cmpstr (location->detail, ==, c->detail);
  if (c->described != NULL && strstr (described, c->described) == NULL)
    g_error ("“%s” does not say “%s”", described, c->described);
  g_assert_cmpuint (styre_location_poll_interval (location), ==,
                    c->kind == STYRE_LOCATION_LOCAL ? 2000 : 3000);
}

/* ── sync folders ────────────────────────────────────────────────────────────────────── */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("styre-location-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
make_file_in (const char *dir,
              const char *relative)
{
  char *path = g_build_filename (dir, relative, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  return path;
}

static const char *
sync_client_of (const char *path)
{
  static char detail[64];
  g_autoptr(StyreLocation) location = styre_location_classify_with (path, ROOT_LINE);

  if (location->kind != STYRE_LOCATION_SYNC_FOLDER)
    return NULL;
  g_assert_cmpint (styre_location_get_sharing (location), ==, STYRE_SHARING_SINGLE_EDITOR);
  g_strlcpy (detail, location->detail, sizeof detail);
  return detail;
}

static void
test_sync_folders (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *plain = make_file_in (f->dir, "Dokumenter/styring.styre");
  g_autofree char *syncthing = make_file_in (f->dir, "Sync/Ledelse/styring.styre");
  g_autofree char *stfolder = g_build_filename (f->dir, "Sync", ".stfolder", NULL);
  g_autofree char *onedrive = make_file_in (f->dir, "OneDrive - Fjordvik kommune/Styring/"
                                                    "ledergruppen.styre");
  g_autofree char *dropbox = make_file_in (f->dir, "Arbeid/Dropbox (Fjordvik)/styring.styre");
  g_autofree char *nextcloud = make_file_in (f->dir, "Sky/Felles/styring.styre");
  g_autofree char *journal = g_build_filename (f->dir, "Sky", "._sync_4f2a9c.db", NULL);

  /* Control: a folder no sync client keeps is a plain local folder. */
  g_assert_null (sync_client_of (plain));
  g_assert_null (sync_client_of (syncthing));

  g_assert_cmpint (g_mkdir (stfolder, 0755), ==, 0);
  g_assert_cmpstr (sync_client_of (syncthing), ==, "Syncthing");
  g_assert_cmpstr (sync_client_of (onedrive), ==, "OneDrive");
  g_assert_cmpstr (sync_client_of (dropbox), ==, "Dropbox");
  g_assert_null (sync_client_of (nextcloud));
  g_assert_true (g_file_set_contents (journal, "", 0, NULL));
  g_assert_cmpstr (sync_client_of (nextcloud), ==, "Nextcloud");
}

/* ── single-editor mode ──────────────────────────────────────────────────────────────── */

/* A file in a Syncthing folder: one editor at a time. */
static char *
make_sync_file (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autofree char *marker = g_build_filename (f->dir, ".stfolder", NULL);
  char *path = g_build_filename (f->dir, "ledergruppen.styre", NULL);

  g_assert_cmpint (g_mkdir (marker, 0755), ==, 0);
  store = styre_store_create (path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  return path;
}

static gint64
add_focus_area (StyreStore  *store,
                const char  *name,
                GError     **error)
{
  g_autoptr(StyreChange) c = styre_change_new_insert ("focus_area");

  styre_change_set_text (c, "name", name);
  if (!styre_store_apply (store, c, error))
    return 0;
  return styre_change_get_id (c);
}

static void
test_single_editor (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_sync_file (f);
  g_autofree char *owner_path = styre_owner_file_path (path);
  g_autoptr(StyreStore) kari = NULL;
  g_autoptr(StyreStore) ola = NULL;
  g_autoptr(StyreOwner) owner = NULL;

  styre_store_set_default_identity ("kari", "Kari Nordmann");
  kari = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_get_sharing (kari), ==, STYRE_SHARING_SINGLE_EDITOR);
  g_assert_false (styre_store_is_read_only (kari));
  g_assert_true (g_file_test (owner_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (add_focus_area (kari, "Sammenhengende tjenester", &error), >, 0);
  g_assert_no_error (error);

  /* Ola opens the same file: he reads, and is told who edits and since when. */
  styre_store_set_default_identity ("ola", "Ola Nordmann");
  ola = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_is_read_only (ola));
  g_assert_cmpint (styre_store_get_read_only_kind (ola), ==, STYRE_READ_ONLY_OTHER_EDITOR);
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (ola), "Kari Nordmann has this file "
                                                                   "open for editing since"));
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (ola), "Syncthing"));
  owner = styre_store_dup_owner (ola);
  g_assert_cmpstr (owner->display_name, ==, "Kari Nordmann");
  g_assert_cmpint (add_focus_area (ola, "Datadrevet forvaltning", &error), ==, 0);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Asking again while Kari edits: still hers. */
  g_assert_false (styre_store_request_write (ola, FALSE, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_IN_USE);
  g_clear_error (&error);

  /* No presence rows in single-editor mode: nothing for a sync client to copy. */
  g_assert_true (styre_store_heartbeat (kari, &error));
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_count_rows (kari, "session", NULL), ==, 0);

  /* Kari closes; Ola asks again and may edit, without opening the file anew. */
  styre_store_close (kari);
  g_assert_false (g_file_test (owner_path, G_FILE_TEST_EXISTS));
  g_assert_true (styre_store_request_write (ola, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (styre_store_is_read_only (ola));
  g_assert_cmpint (add_focus_area (ola, "Datadrevet forvaltning", &error), >, 0);
  g_assert_no_error (error);
  g_clear_pointer (&owner, styre_owner_free);
  owner = styre_owner_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (owner->display_name, ==, "Ola Nordmann");

  styre_store_set_default_identity (NULL, NULL);
}

static void
write_owner_file (const char *styre_path,
                  const char *name,
                  const char *host,
                  gint64      pid,
                  const char *since,
                  const char *heartbeat)
{
  g_autofree char *path = styre_owner_file_path (styre_path);
  g_autofree char *ns = NULL;
  g_autofree char *text = NULL;
  char buf[128];
  ssize_t n = readlink ("/proc/self/ns/pid", buf, sizeof buf - 1);

  buf[MAX (n, 0)] = '\0';
  ns = g_strdup (buf);
  text = g_strdup_printf ("[Styre]\nName=%s\nUser=someone\nHost=%s\nPid=%" G_GINT64_FORMAT "\n"
                          "PidNamespace=%s\nSince=%s\nHeartbeat=%s\nHeartbeatSeconds=60\n",
                          name, host, pid, ns, since, heartbeat);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static gint64
dead_pid (void)
{
  pid_t pid = fork ();

  if (pid == 0)
    _exit (0);
  g_assert_cmpint (pid, >, 0);
  waitpid (pid, NULL, 0);
  return pid;
}

/* Someone's Styre on this computer crashed and left its note: it is taken over at once. */
static void
test_owner_gone (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_sync_file (f);
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  write_owner_file (path, "Kari Nordmann", g_get_host_name (), dead_pid (), stamp, stamp);
  store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (styre_store_is_read_only (store));

  /* Control: the same note from a living process on another computer holds. */
  g_clear_object (&store);
  write_owner_file (path, "Kari Nordmann", "ws-17", dead_pid (), stamp, stamp);
  store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_is_read_only (store));
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (store), "“ws-17”"));
}

/* An owner on another computer not heard from for three heartbeats: the person is told
 * so, and may take the file over, but only when they ask for it. */
static void
test_owner_stale (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_sync_file (f);
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_minutes (now, -45);
  g_autoptr(GDateTime) seen = g_date_time_add_minutes (now, -10);
  g_autofree char *since = g_date_time_format (then, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *beat = g_date_time_format (seen, "%Y-%m-%dT%H:%M:%SZ");
  g_autoptr(StyreOwner) owner = NULL;

  write_owner_file (path, "Kari Nordmann", "ws-17", 4242, since, beat);
  store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_is_read_only (store));
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (store), "has not been heard from"));

  g_assert_false (styre_store_request_write (store, FALSE, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (styre_store_request_write (store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (styre_store_is_read_only (store));
  owner = styre_owner_read (path, &error);
  g_assert_cmpint (owner->pid, ==, getpid ());
}

/* Someone took the file over while we had it: the next heartbeat notices, and we stop. */
static void
test_owner_taken_over (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_sync_file (f);
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *owner_path = styre_owner_file_path (path);

  store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (styre_store_is_read_only (store));

  write_owner_file (path, "Ola Nordmann", "ws-22", 777, stamp, stamp);
  g_assert_false (styre_store_heartbeat (store, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (styre_store_is_read_only (store));
  g_assert_cmpint (styre_store_get_read_only_kind (store), ==, STYRE_READ_ONLY_OTHER_EDITOR);
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (store), "Ola Nordmann"));
  g_assert_cmpint (add_focus_area (store, "Datadrevet forvaltning", &error), ==, 0);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY);

  /* Our note is not ours to remove now. */
  styre_store_close (store);
  g_assert_true (g_file_test (owner_path, G_FILE_TEST_EXISTS));
}

/* A note that is not an owner file at all (another program's, or half written). */
static void
test_owner_garbage (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_sync_file (f);
  g_autofree char *owner_path = styre_owner_file_path (path);
  g_autoptr(StyreOwner) owner = NULL;
  g_autoptr(StyreStore) store = NULL;

  g_assert_true (g_file_set_contents (owner_path, "\x01\x02 ikke en eierfil", -1, NULL));
  owner = styre_owner_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (owner->display_name, ==, "");

  store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_is_read_only (store));
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (store), "Someone has had this file"));
}

static void
test_document_portal_read_only (void)
{
  g_autoptr(StyreLocation) location =
    styre_location_classify_with ("/run/user/1000/doc/8a3f09b2/ledergruppen.styre", ROOT_LINE);

  /* Even without the portal's mount line, the path says what it is. */
  g_assert_cmpint (location->kind, ==, STYRE_LOCATION_DOCUMENT_PORTAL);
  g_assert_cmpint (styre_location_get_sharing (location), ==, STYRE_SHARING_READ_ONLY);
}

/* The file is opened only for reading (styre-cli check): nobody's owner file is touched. */
static void
test_read_only_open_leaves_owner (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_sync_file (f);
  g_autofree char *owner_path = styre_owner_file_path (path);
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreOwner) owner = NULL;

  store = styre_store_open (path, STYRE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (owner_path, G_FILE_TEST_EXISTS));
  owner = styre_store_dup_owner (store);
  g_assert_null (owner);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (mount_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/location/mount/%s", mount_cases[i].name);
      g_test_add_data_func (name, &mount_cases[i], test_mount_case);
    }
  g_test_add_func ("/location/document-portal-path", test_document_portal_read_only);

#define ADD(name, func) \
  g_test_add ("/location/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("sync-folders", test_sync_folders);
  ADD ("single-editor", test_single_editor);
  ADD ("owner-gone", test_owner_gone);
  ADD ("owner-stale", test_owner_stale);
  ADD ("owner-taken-over", test_owner_taken_over);
  ADD ("owner-garbage", test_owner_garbage);
  ADD ("read-only-open-leaves-owner", test_read_only_open_leaves_owner);

  return g_test_run ();
}
