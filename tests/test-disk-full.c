/* test-disk-full.c — a full disk: a clear error, the file intact, and it works again when
 * space is freed (STORAGE.md test 5)
 *
 * Two full disks: a tiny tmpfs (in a mount namespace of a subprocess, as root or through a
 * user namespace, where the system allows it), and a file size limit (RLIMIT_FSIZE), which
 * works anywhere. Each runs in a subprocess, so the mount and the limit stay there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* unshare() */
#endif
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>

#include "styre-error.h"
#include "styre-store.h"

#include "test-util.h"

static char *
big_text (gsize bytes)
{
  GString *s = g_string_sized_new (bytes);

  while (s->len < bytes)
    g_string_append (s, "Saksframlegg om samordning av tjenester på tvers av virksomhetene. ");
  return g_string_free (s, FALSE);
}

/* A change too big for the space left, and what it takes to save it. */
static StyreChange *
make_big_change (void)
{
  g_autofree char *text = big_text (600 * 1024);
  StyreChange *c = styre_change_new_insert ("focus_area");

  styre_change_set_text (c, "name", "Informasjonssikkerhet");
  styre_change_set_text (c, "description", text);
  return c;
}

static char *
hash_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_open (path, STYRE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  g_assert_true (styre_store_check (store, TRUE, &error));
  g_assert_no_error (error);
  return styre_store_content_hash (store, &error);
}

/* Fills the disk that holds @dir, leaving about @leave bytes. */
static char *
fill_disk (const char *dir,
           gsize       leave)
{
  char *filler = g_build_filename (dir, "fyll.bin", NULL);
  char block[4096];
  int fd = g_open (filler, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  gsize written = 0;

  memset (block, 0x42, sizeof block);
  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) == sizeof block)
    written += sizeof block;
  g_assert_cmpint (errno, ==, ENOSPC);
  /* Give back a little: a person works on a disk that is nearly, not quite, full. */
  g_assert_cmpint (ftruncate (fd, written > leave ? (off_t) (written - leave) : 0), ==, 0);
  close (fd);
  return filler;
}

/* The whole story on a disk that is full: the save fails with a message a person can act
 * on, nothing in the file changes, the edit stays, and after space is freed Retry works. */
static void
run_full_disk (const char *dir,
               void      (*make_full) (const char *dir, const char *path, gpointer *state),
               void      (*free_space) (const char *dir, gpointer state))
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "ledergruppen.styre", NULL);
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreChange) change = make_big_change ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *retried = NULL;
  gpointer state = NULL;

  store = styre_store_create (path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  {
    g_autoptr(StyreChange) small = styre_change_new_insert ("focus_area");
    styre_change_set_text (small, "name", "Sammenhengende tjenester");
    g_assert_true (styre_store_apply (store, small, &error));
    g_assert_no_error (error);
  }
  before = hash_of (path);

  make_full (dir, path, &state);

  g_assert_false (styre_store_apply (store, change, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_nonnull (strstr (error->message, "nothing in the file was lost"));
  g_test_message ("the person reads: %s", error->message);
  g_clear_error (&error);

  /* The file is as before, by every check; the edit is in hand. */
  after = hash_of (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (styre_change_get_id (change), ==, 0);
  g_assert_cmpstr (styre_change_lookup (change, "name")->s, ==, "Informasjonssikkerhet");

  /* Space is freed: Retry in the same window saves it. */
  free_space (dir, state);
  g_assert_true (styre_store_apply (store, change, &error));
  g_assert_no_error (error);
  g_assert_cmpint (styre_change_get_id (change), >, 0);
  g_clear_object (&store);
  retried = hash_of (path);
  g_assert_cmpstr (retried, !=, before);
}

/* ── tmpfs ───────────────────────────────────────────────────────────────────────────── */

static gboolean
write_file (const char *path,
            const char *text)
{
  int fd = g_open (path, O_WRONLY, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, text, strlen (text)) == (ssize_t) strlen (text);
  close (fd);
  return ok;
}

/* A small tmpfs of our own, in a mount namespace of this (sub)process. */
static gboolean
mount_tiny_tmpfs (const char *dir)
{
  uid_t uid = getuid ();
  gid_t gid = getgid ();

  if (unshare (CLONE_NEWNS) != 0)
    {
      g_autofree char *uid_map = NULL;
      g_autofree char *gid_map = NULL;

      /* Without the right to, a user namespace gives it, where the system allows. */
      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
        return FALSE;
      uid_map = g_strdup_printf ("0 %u 1", (guint) uid);
      gid_map = g_strdup_printf ("0 %u 1", (guint) gid);
      if (!write_file ("/proc/self/setgroups", "deny")
          || !write_file ("/proc/self/uid_map", uid_map)
          || !write_file ("/proc/self/gid_map", gid_map))
        return FALSE;
    }
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    return FALSE;
  return mount ("tmpfs", dir, "tmpfs", 0, "size=4m,mode=0755") == 0;
}

static void
tmpfs_make_full (const char *dir,
                 const char *path,
                 gpointer   *state)
{
  *state = fill_disk (dir, 64 * 1024);
}

static void
tmpfs_free_space (const char *dir,
                  gpointer    state)
{
  g_autofree char *filler = state;

  g_assert_cmpint (g_unlink (filler), ==, 0);
}

static void
test_tmpfs (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  if (!g_test_subprocess ())
    {
      g_autofree char *marker = g_build_filename (g_get_tmp_dir (), "styre-no-tmpfs-XXXXXX", NULL);
      int fd = g_mkstemp (marker);

      g_assert_cmpint (fd, >=, 0);
      close (fd);
      g_setenv ("STYRE_TEST_NO_TMPFS", marker, TRUE);
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      /* The subprocess wrote why it could not mount: the file size limit below still runs. */
      {
        g_autofree char *why = NULL;
        g_assert_true (g_file_get_contents (marker, &why, NULL, NULL));
        if (*why != '\0')
          g_test_skip_printf ("no tmpfs can be mounted here (%s); /disk-full/rlimit runs", why);
      }
      g_unlink (marker);
      return;
    }

  dir = g_dir_make_tmp ("styre-full-XXXXXX", &error);
  g_assert_no_error (error);
  if (!mount_tiny_tmpfs (dir))
    {
      g_file_set_contents (g_getenv ("STYRE_TEST_NO_TMPFS"), g_strerror (errno), -1, NULL);
      g_rmdir (dir);
      return;
    }
  g_test_message ("a 4 MB tmpfs, filled to 64 kB from the top");
  run_full_disk (dir, tmpfs_make_full, tmpfs_free_space);
  umount (dir);
  g_rmdir (dir);
}

/* ── RLIMIT_FSIZE ────────────────────────────────────────────────────────────────────── */

static void
rlimit_make_full (const char *dir,
                  const char *path,
                  gpointer   *state)
{
  GStatBuf st;
  struct rlimit limit;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  /* The file may grow a little, not by the 600 kB the change needs. */
  limit.rlim_cur = st.st_size + 16 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

static void
rlimit_free_space (const char *dir,
                   gpointer    state)
{
  struct rlimit limit;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limit.rlim_cur = limit.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

static void
test_rlimit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC,
                              G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  /* Writing past the limit is EFBIG, not death by SIGXFSZ. */
  signal (SIGXFSZ, SIG_IGN);
  dir = g_dir_make_tmp ("styre-full-XXXXXX", &error);
  g_assert_no_error (error);
  g_test_message ("a file size limit 16 kB above the file");
  run_full_disk (dir, rlimit_make_full, rlimit_free_space);
  test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/disk-full/tmpfs", test_tmpfs);
  g_test_add_func ("/disk-full/rlimit", test_rlimit);

  return g_test_run ();
}
