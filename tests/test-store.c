/* test-store.c — creating, opening and writing a .styre file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "styre-error.h"
#include "styre-store.h"

typedef struct
{
  char       *dir;
  char       *path;
  StyreStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("styre-test-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.styre", NULL);
  f->store = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_create_and_reopen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) again = NULL;

  g_assert_cmpint (styre_store_get_schema_version (f->store), ==, STYRE_SCHEMA_VERSION);
  g_assert_false (styre_store_is_read_only (f->store));
  g_assert_cmpstr (styre_store_get_organisation_name (f->store), ==, "Fjordvik kommune");
  g_assert_nonnull (styre_store_get_file_id (f->store));

  again = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styre_store_get_file_id (again), ==, styre_store_get_file_id (f->store));
  g_assert_true (styre_store_check (again, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_create_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) other = styre_store_create (f->path, "X", &error);

  g_assert_null (other);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_EXISTS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/create-and-reopen", Fixture, NULL,
              fixture_set_up, test_create_and_reopen, fixture_tear_down);
  g_test_add ("/store/create-refuses-existing", Fixture, NULL,
              fixture_set_up, test_create_refuses_existing, fixture_tear_down);

  return g_test_run ();
}
