/* test-migrate.c — the migration framework, on a file as schema version 1 wrote it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "styre-error.h"
#include "styre-store.h"
#include "styre-store-private.h"

#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

/* A second version of the format, as a later Styre would ship it. */
static const StyreMigration to_v2[] = {
  { 2, "a note per initiative",
    "ALTER TABLE initiative ADD COLUMN portfolio_note TEXT NOT NULL DEFAULT '';"
    "CREATE INDEX initiative_title ON initiative (title);" },
};

static const StyreMigration broken_v2[] = {
  { 2, "refers to a table that does not exist",
    "ALTER TABLE initiative ADD COLUMN portfolio_note TEXT;"
    "ALTER TABLE no_such_table ADD COLUMN x TEXT;" },
};

static void
load_fixture (const char *path)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures", "styre-v1.sql",
                                                     NULL);
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;
  char *msg = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, NULL));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("fixture: %s", msg);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA application_id = 1398036818;"
                                     "PRAGMA user_version = 1;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("styre-migrate-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "gammel.styre", NULL);
  load_fixture (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  styre_schema_set_migrations_for_testing (NULL, 0, 0);
  test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static int
user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int v = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

static guint
count_snapshots (const char *dir)
{
  g_autofree char *folder = g_build_filename (dir, ".styre-snapshots", NULL);
  g_autoptr(GDir) d = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

/* The fixture is what version 1 wrote; this version still reads it as it is. */
static void
test_v1_fixture_opens (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_autoptr(StyreRow) item = NULL;

  g_assert_no_error (error);
  g_assert_false (styre_store_is_read_only (store));
  g_assert_cmpint (styre_store_count_rows (store, "initiative", NULL), ==, 1);
  item = styre_store_read_row (store, "agenda_item", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styre_row_get_text (item, "legal_basis"), ==,
                   "offl. § 13 jf. fvl. § 13 første ledd nr. 2");
}

static void
test_migrates_to_v2 (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreStore) again = NULL;
  g_autoptr(StyreChange) note = NULL;
  g_autoptr(StyreRow) row = NULL;
  g_autoptr(StyreRow) audit = NULL;

  styre_schema_set_migrations_for_testing (to_v2, G_N_ELEMENTS (to_v2), 2);

  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_get_schema_version (store), ==, 2);
  g_assert_cmpint (user_version (f->path), ==, 2);

  /* A verified snapshot was taken first. */
  g_assert_cmpuint (count_snapshots (f->dir), ==, 1);

  /* The old data is there and the new column is usable through the write API. */
  row = styre_store_read_row (store, "initiative", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styre_row_get_text (row, "title"), ==, "Digital byggesøknad");
  g_assert_cmpstr (styre_row_get_text (row, "portfolio_note"), ==, "");
  note = styre_change_new_update ("initiative", 1, styre_row_get_int (row, "version"));
  styre_change_set_text (note, "portfolio_note", "Følges tett av ledergruppen");
  g_assert_true (styre_store_apply (store, note, &error));
  g_assert_no_error (error);

  /* The upgrade is in the audit log. */
  audit = styre_store_read_row (store, "audit_log", 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styre_row_get_text (audit, "action"), ==, "migrate");
  g_assert_cmpstr (styre_row_get_text (audit, "detail"), ==, "{\"from\":1,\"to\":2}");

  g_assert_true (styre_store_check (store, TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Opening again does not migrate again. */
  again = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_snapshots (f->dir), ==, 1);
}

static void
test_refused_while_others_have_it_open (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  sql = g_strdup_printf ("INSERT INTO session (user_name, display_name, host, pid, started_at, "
                         "heartbeat_at) VALUES ('kari', 'Kari Nordmann', 'annen-pc', 4242, "
                         "'%s', '%s')", stamp, stamp);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  styre_schema_set_migrations_for_testing (to_v2, G_N_ELEMENTS (to_v2), 2);
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_IN_USE);
  g_assert_cmpint (user_version (f->path), ==, 1);
}

static void
test_failed_migration_leaves_file (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;

  styre_schema_set_migrations_for_testing (broken_v2, G_N_ELEMENTS (broken_v2), 2);
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (user_version (f->path), ==, 1);

  /* Exactly as before: version 1 opens it and finds its schema unchanged. */
  styre_schema_set_migrations_for_testing (NULL, 0, 0);
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_check (store, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_read_only_cannot_migrate (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;

  styre_schema_set_migrations_for_testing (to_v2, G_N_ELEMENTS (to_v2), 2);
  store = styre_store_open (f->path, STYRE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_OLDER_SCHEMA);
  g_assert_cmpint (user_version (f->path), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/migrate/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("v1-fixture-opens", test_v1_fixture_opens);
  ADD ("migrates-to-v2", test_migrates_to_v2);
  ADD ("refused-while-others-have-it-open", test_refused_while_others_have_it_open);
  ADD ("failed-migration-leaves-file", test_failed_migration_leaves_file);
  ADD ("read-only-cannot-migrate", test_read_only_cannot_migrate);

  return g_test_run ();
}
