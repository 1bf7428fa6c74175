/* test-permissions.c — a read-only file, a read-only folder, and permission taken away
 * while the file is open (STORAGE.md test 6)
 *
 * Root may write anything, and CI may run as root: then each case runs in a subprocess
 * that has given up root for the user nobody first, so the permissions bite as they do
 * for a person.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>

#include "styre-error.h"
#include "styre-store.h"

#include "test-util.h"

typedef struct
{
  char *dir;      /* a folder the (unprivileged) test user owns */
  char *path;
} Fixture;

/* In the subprocess: stop being root, if we are. Returns the folder to work in. */
static char *
become_a_person (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("styre-perm-XXXXXX", &error);

  g_assert_no_error (error);
  if (geteuid () == 0)
    {
      struct passwd *nobody = getpwnam ("nobody");

      g_assert_nonnull (nobody);
      g_assert_cmpint (chown (dir, nobody->pw_uid, nobody->pw_gid), ==, 0);
      g_assert_cmpint (setgroups (0, NULL), ==, 0);
      g_assert_cmpint (setgid (nobody->pw_gid), ==, 0);
      g_assert_cmpint (setuid (nobody->pw_uid), ==, 0);
      g_assert_cmpint (geteuid (), !=, 0);
      g_setenv ("HOME", dir, TRUE);
      g_test_message ("running as nobody (uid %u)", (guint) nobody->pw_uid);
    }
  return dir;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreChange) c = styre_change_new_insert ("focus_area");

  if (!g_test_subprocess ())
    return;
  f->dir = become_a_person ();
  f->path = g_build_filename (f->dir, "ledergruppen.styre", NULL);
  store = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_change_set_text (c, "name", "Sammenhengende tjenester");
  g_assert_true (styre_store_apply (store, c, &error));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (!g_test_subprocess ())
    return;
  g_chmod (f->dir, 0755);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gboolean
in_subprocess (void)
{
  if (g_test_subprocess ())
    return TRUE;
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  return FALSE;
}

static char *
hash_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_open (path, STYRE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return styre_store_content_hash (store, &error);
}

static void
assert_cannot_save (StyreStore *store,
                    const char *reason_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) c = styre_change_new_insert ("focus_area");

  styre_change_set_text (c, "name", "Datadrevet forvaltning");
  g_assert_false (styre_store_apply (store, c, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY);
  if (strstr (error->message, reason_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, reason_part);
  g_assert_cmpstr (styre_change_lookup (c, "name")->s, ==, "Datadrevet forvaltning");
}

static void
test_read_only_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;

  if (!in_subprocess ())
    return;
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_is_read_only (store));
  g_assert_cmpint (styre_store_get_read_only_kind (store), ==, STYRE_READ_ONLY_NO_PERMISSION);
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (store), "permission to change "
                                                                       "this file"));
  assert_cannot_save (store, "permission");
  /* Reading works as ever. */
  g_assert_cmpint (styre_store_count_rows (store, "focus_area", NULL), ==, 1);
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;

  if (!in_subprocess ())
    return;
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_is_read_only (store));
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (store), "folder"));
  assert_cannot_save (store, "folder");
  g_assert_cmpint (styre_store_count_rows (store, "focus_area", NULL), ==, 1);

  /* Permission given: asking again makes it writable without opening it anew. */
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
  g_assert_true (styre_store_request_write (store, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (styre_store_is_read_only (store));
}

static void
on_read_only (StyreStore *store,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
run_until (guint    *counter,
           guint     target,
           guint     ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (*counter < target && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

/* The folder's permission is taken away while the file is open. */
static void
test_revoked_mid_session (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreChange) c = styre_change_new_insert ("focus_area");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *copy = NULL;
  guint notified = 0;

  if (!in_subprocess ())
    return;
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (styre_store_is_read_only (store));
  g_signal_connect (store, "notify::read-only", G_CALLBACK (on_read_only), &notified);
  styre_store_watch (store, 100);
  before = hash_of (f->path);

  /* Before the feed notices: the save fails with the reason, nothing breaks. */
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  styre_change_set_text (c, "name", "Datadrevet forvaltning");
  g_assert_false (styre_store_apply (store, c, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "permission"));
  g_clear_error (&error);

  /* The feed notices, and the window would say so. */
  run_until (&notified, 1, 2000);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (styre_store_get_read_only_kind (store), ==, STYRE_READ_ONLY_PERMISSION_LOST);
  assert_cannot_save (store, "no longer have permission");

  /* Nothing was lost, and the edit goes into a copy where the person may write. */
  after = hash_of (f->path);
  g_assert_cmpstr (before, ==, after);
  {
    g_autoptr(GPtrArray) pending = g_ptr_array_new ();
    g_autofree char *elsewhere = g_build_filename (g_get_tmp_dir (), "styre-kopi-XXXXXX", NULL);
    g_autoptr(StyreStore) opened = NULL;

    g_assert_nonnull (g_mkdtemp (elsewhere));
    copy = g_build_filename (elsewhere, "ledergruppen – kopi.styre", NULL);
    g_ptr_array_add (pending, c);
    g_assert_true (styre_store_save_copy (store, copy, pending, &error));
    g_assert_no_error (error);
    opened = styre_store_open (copy, STYRE_OPEN_READ_ONLY, &error);
    g_assert_cmpint (styre_store_count_rows (opened, "focus_area", NULL), ==, 2);
    g_clear_object (&opened);
    test_remove_tree (elsewhere);
  }

  /* Permission back: the feed notices, and saving works again. */
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
  run_until (&notified, 2, 2000);
  g_assert_false (styre_store_is_read_only (store));
  {
    g_autoptr(StyreChange) again = styre_change_new_insert ("focus_area");
    styre_change_set_text (again, "name", "Kompetanse");
    g_assert_true (styre_store_apply (store, again, &error));
    g_assert_no_error (error);
  }
  g_signal_handlers_disconnect_by_data (store, &notified);
  styre_store_close (store);
}

/* The file itself made read-only while open: SQLite keeps writing through the open file,
 * which POSIX allows; the feed still tells the person they have lost the right. */
static void
test_file_made_read_only (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  guint notified = 0;

  if (!in_subprocess ())
    return;
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "notify::read-only", G_CALLBACK (on_read_only), &notified);
  styre_store_watch (store, 100);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  run_until (&notified, 1, 2000);
  g_assert_true (styre_store_is_read_only (store));
  assert_cannot_save (store, "no longer have permission");
  g_signal_handlers_disconnect_by_data (store, &notified);
  styre_store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/permissions/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("read-only-file", test_read_only_file);
  ADD ("read-only-folder", test_read_only_folder);
  ADD ("revoked-mid-session", test_revoked_mid_session);
  ADD ("file-made-read-only", test_file_made_read_only);

  return g_test_run ();
}
