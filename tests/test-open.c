/* test-open.c — every way a file is refused or opened read-only, with its message
 *
 * Each case makes a real Styre file, damages it the way a person or program could, and
 * checks that opening says which problem it is (STORAGE.md rules 2, 3, 11; test 8).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "styre-error.h"
#include "styre-store.h"

#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;

  f->dir = g_dir_make_tmp ("styre-open-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "fil.styre", NULL);
  store = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Changes the file behind Styre's back, as another program would. */
static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *msg = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s: %s", sql, msg);
  sqlite3_close (db);
}

static void
assert_refused (const char *path,
                int         code,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);

  g_assert_null (store);
  g_assert_error (error, STYRE_ERROR, code);
  if (strstr (error->message, message_part) == NULL)
    g_error ("message “%s” does not say “%s”", error->message, message_part);
}

static void
test_plain_open (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_false (styre_store_is_read_only (store));
  g_assert_null (styre_store_get_read_only_reason (store));
}

static void
test_missing (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "finnes-ikke.styre", NULL);

  assert_refused (other, STYRE_ERROR_NOT_FOUND, "does not exist");
}

static void
test_not_sqlite (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "notat.styre", NULL);

  g_assert_true (g_file_set_contents (other,
                                      "Dette er et notat fra møtet, ikke en database. "
                                      "Det må være langt nok til at overskriften kan leses "
                                      "helt, altså over hundre tegn.", -1, NULL));
  assert_refused (other, STYRE_ERROR_NOT_STYRE, "not a Styre file");
}

static void
test_empty_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "tom.styre", NULL);

  g_assert_true (g_file_set_contents (other, "", 0, NULL));
  assert_refused (other, STYRE_ERROR_NOT_STYRE, "not a Styre file");
}

static void
test_other_database (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "annen.sqlite", NULL);

  raw_exec (other, "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
  assert_refused (other, STYRE_ERROR_NOT_STYRE, "not a Styre file");
}

static void
test_wrong_application_id (Fixture       *f,
                           gconstpointer  data)
{
  raw_exec (f->path, "PRAGMA application_id = 1234");
  assert_refused (f->path, STYRE_ERROR_NOT_STYRE, "not a Styre file");
}

static void
test_newer_schema_refused (Fixture       *f,
                           gconstpointer  data)
{
  raw_exec (f->path, "PRAGMA user_version = 7;"
                     "UPDATE meta SET value = '7' WHERE key = 'min_reader_version'");
  assert_refused (f->path, STYRE_ERROR_NEWER_SCHEMA, "newer Styre (schema 7)");
  assert_refused (f->path, STYRE_ERROR_NEWER_SCHEMA, "understands up to 1");
}

/* A newer file that says older readers may read it opens, but never for writing. */
static void
test_newer_schema_read_only (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreChange) change = NULL;

  raw_exec (f->path, "PRAGMA user_version = 2;"
                     "ALTER TABLE initiative ADD COLUMN colour TEXT;"
                     "CREATE TABLE future_thing (id INTEGER PRIMARY KEY) STRICT;");
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_is_read_only (store));
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (store), "schema 2"));

  change = styre_change_new_insert ("focus_area");
  styre_change_set_text (change, "name", "Sammenhengende tjenester");
  g_assert_false (styre_store_apply (store, change, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY);
}

static void
test_wal_read_only (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreChange) change = NULL;
  g_autofree char *journal = NULL;
  sqlite3 *db = NULL;

  raw_exec (f->path, "PRAGMA journal_mode = WAL");

  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_is_read_only (store));
  g_assert_nonnull (strstr (styre_store_get_read_only_reason (store), "WAL"));

  change = styre_change_new_insert ("focus_area");
  styre_change_set_text (change, "name", "Datadrevet forvaltning");
  g_assert_false (styre_store_apply (store, change, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY);
  g_clear_object (&store);

  /* Styre did not convert the file back behind the user's back. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  {
    sqlite3_stmt *stmt = NULL;
    sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    journal = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);
  g_assert_cmpstr (journal, ==, "wal");
}

static void
test_added_trigger (Fixture       *f,
                    gconstpointer  data)
{
  /* The attack from STORAGE.md: a trigger that copies exempt content somewhere public. */
  raw_exec (f->path,
            "CREATE TRIGGER leak AFTER INSERT ON agenda_item BEGIN "
            "  UPDATE meta SET value = NEW.background WHERE key = 'organisation_name'; "
            "END");
  assert_refused (f->path, STYRE_ERROR_TAMPERED, "trigger");
}

static void
test_added_view (Fixture       *f,
                 gconstpointer  data)
{
  raw_exec (f->path, "CREATE VIEW everything AS SELECT * FROM agenda_item");
  assert_refused (f->path, STYRE_ERROR_TAMPERED, "view");
}

static void
test_added_table (Fixture       *f,
                  gconstpointer  data)
{
  raw_exec (f->path, "CREATE TABLE extra (id INTEGER PRIMARY KEY)");
  assert_refused (f->path, STYRE_ERROR_TAMPERED, "extra");
}

/* Removing the rule "exempt requires a legal basis" is caught as a changed definition. */
static void
test_weakened_check (Fixture       *f,
                     gconstpointer  data)
{
  raw_exec (f->path,
            "PRAGMA writable_schema = ON;"
            "UPDATE sqlite_schema SET sql = replace(sql, "
            "'CHECK (confidentiality = ''open'' OR length(trim(coalesce(legal_basis, ''''))) > 0)',"
            " 'CHECK (1)') WHERE name = 'agenda_item';"
            "PRAGMA writable_schema = OFF;");
  assert_refused (f->path, STYRE_ERROR_TAMPERED, "agenda_item");
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  g_assert_true (g_file_set_contents (f->path, contents, length / 2, NULL));
  assert_refused (f->path, STYRE_ERROR_DAMAGED, "damaged");
}

static void
test_corrupted_pages (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;
  guint32 seed = 4;

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  /* Scribble over everything after the first page, as a broken disk or copy would. */
  for (gsize i = 4096; i < length; i++)
    {
      seed = seed * 1103515245 + 12345;
      contents[i] = (char) (seed >> 16);
    }
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  assert_refused (f->path, STYRE_ERROR_DAMAGED, "damaged");
}

static void
test_folder (Fixture       *f,
             gconstpointer  data)
{
  assert_refused (f->dir, STYRE_ERROR_NOT_STYRE, "folder");
}

/* A read-only file, a read-only folder and permission taken away while open are in
 * test-permissions.c, which gives up root first where the tests run as root. */

/* Binds a text of @bytes bytes into @sql's one parameter, behind Styre's back. */
static void
raw_exec_with_text (const char *path,
                    const char *sql,
                    gsize       bytes)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = g_malloc (bytes + 1);

  memset (text, 'x', bytes);
  text[bytes] = '\0';
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, text, (int) bytes, g_free);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A value far bigger than any Styre writes (60 MB in a title): another program put it
 * there. The file is refused with that reason; nothing crashes, memory stays bounded. */
static void
test_huge_blob (Fixture       *f,
                gconstpointer  data)
{
  raw_exec (f->path, "INSERT INTO agency (code, name, kind, updated_at, updated_by) "
                     "VALUES ('FJK', 'Fjordvik kommune', 'municipality', '', '')");
  raw_exec_with_text (f->path,
                      "INSERT INTO initiative (code, title, kind, method, phase, "
                      "owning_agency_id, created_at, updated_at, updated_by) VALUES "
                      "('DF-01', ?, 'project', 'agile', 'execution', 1, '', '', '')",
                      60 * 1024 * 1024);
  assert_refused (f->path, STYRE_ERROR_TAMPERED, "far larger than Styre ever writes");

  /* Read-only too: that quick_check tests no CHECKs, so it never reads the value. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StyreStore) store = styre_store_open (f->path, STYRE_OPEN_READ_ONLY, &error);

    g_assert_null (store);
    g_assert_error (error, STYRE_ERROR, STYRE_ERROR_TAMPERED);
  }
}

/* The same in a column no CHECK reads (a focus area's description): no quick_check meets
 * it, the size of the cells tells. */
static void
test_huge_unchecked_value (Fixture       *f,
                           gconstpointer  data)
{
  raw_exec_with_text (f->path, "INSERT INTO focus_area (name, description, updated_at, "
                               "updated_by) VALUES ('Stor', ?, '', '')",
                      60 * 1024 * 1024);
  assert_refused (f->path, STYRE_ERROR_TAMPERED, "far larger than Styre ever writes");
}

/* Under the limit, a big value is only big: read as written. */
static void
test_big_value_under_limit (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreRow) row = NULL;

  raw_exec_with_text (f->path, "INSERT INTO focus_area (name, description, updated_at, "
                               "updated_by) VALUES ('Stor', ?, '', '')",
                      8 * 1024 * 1024);
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  row = styre_store_read_row (store, "focus_area", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (styre_row_get_text (row, "description")), ==, 8 * 1024 * 1024);
}

static void
test_dropped_index (Fixture       *f,
                    gconstpointer  data)
{
  raw_exec (f->path, "DROP INDEX audit_log_row");
  assert_refused (f->path, STYRE_ERROR_TAMPERED, "audit_log_row");
}

static void
test_no_schema_version (Fixture       *f,
                        gconstpointer  data)
{
  raw_exec (f->path, "PRAGMA user_version = 0");
  assert_refused (f->path, STYRE_ERROR_DAMAGED, "no schema version");
}

/* A journal left beside the file by someone else's crash, or made up: rolled back or
 * ignored by SQLite, then every check runs on what is left. */
static void
test_garbage_journal (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);
  g_autofree char *noise = g_malloc (20000);
  guint32 seed = 99;

  for (guint i = 0; i < 20000; i++)
    {
      seed = seed * 1103515245 + 12345;
      noise[i] = (char) (seed >> 16);
    }
  g_assert_true (g_file_set_contents (journal, noise, 20000, NULL));
  store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  if (store == NULL)
    g_assert_true (error->domain == STYRE_ERROR);
  else
    {
      g_assert_true (styre_store_check (store, TRUE, &error));
      g_assert_no_error (error);
    }
}

/* One page of the file overwritten at random, at many places: refused as damaged, or the
 * damage is where the check finds it; never a crash (this test runs under ASan/UBSan). */
static void
test_random_page_corruption (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *original = NULL;
  g_autofree char *damaged = g_build_filename (f->dir, "skadet.styre", NULL);
  gsize length;
  guint refused = 0, found = 0, harmless = 0;

  /* Some content, so that pages hold rows. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO focus_area (name, description, "
                                              "updated_at, updated_by) VALUES ('Område %u', "
                                              "'Beskrivelse av satsingsområde %u', '', '')",
                                              i, i);
      raw_exec (f->path, sql);
    }
  g_assert_true (g_file_get_contents (f->path, &original, &length, NULL));

  for (guint32 seed = 1; seed <= 60; seed++)
    {
      g_autofree char *contents = g_memdup2 (original, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(StyreStore) store = NULL;
      guint32 r = seed * 2654435761u;
      gsize pages = length / 4096;
      gsize page = 1 + r % (pages - 1);

      for (gsize i = 0; i < 4096; i++)
        {
          r = r * 1103515245 + 12345;
          if ((r >> 8) % 3 == 0)
            contents[page * 4096 + i] = (char) (r >> 16);
        }
      g_assert_true (g_file_set_contents (damaged, contents, length, NULL));

      store = styre_store_open (damaged, STYRE_OPEN_DEFAULT, &error);
      if (store == NULL)
        {
          g_assert_true (error->domain == STYRE_ERROR);
          g_assert_true (error->code == STYRE_ERROR_DAMAGED || error->code == STYRE_ERROR_TAMPERED
                         || error->code == STYRE_ERROR_NOT_STYRE);
          refused++;
          continue;
        }
      if (!styre_store_check (store, TRUE, &error))
        {
          g_assert_error (error, STYRE_ERROR, STYRE_ERROR_DAMAGED);
          found++;
        }
      else
        harmless++;
      /* Whatever opened, the pages' reads end in rows or an error, nothing else. */
      g_clear_error (&error);
      g_clear_object (&store);
    }
  g_test_message ("60 damaged copies: %u refused on opening, %u found by the full check, "
                  "%u hit only free space", refused, found, harmless);
  g_assert_cmpuint (refused + found, >, 30);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/open/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("plain", test_plain_open);
  ADD ("missing", test_missing);
  ADD ("not-sqlite", test_not_sqlite);
  ADD ("empty-file", test_empty_file);
  ADD ("other-database", test_other_database);
  ADD ("wrong-application-id", test_wrong_application_id);
  ADD ("newer-schema-refused", test_newer_schema_refused);
  ADD ("newer-schema-read-only", test_newer_schema_read_only);
  ADD ("wal-read-only", test_wal_read_only);
  ADD ("added-trigger", test_added_trigger);
  ADD ("added-view", test_added_view);
  ADD ("added-table", test_added_table);
  ADD ("weakened-check", test_weakened_check);
  ADD ("truncated", test_truncated);
  ADD ("corrupted-pages", test_corrupted_pages);
  ADD ("folder", test_folder);
  ADD ("huge-blob", test_huge_blob);
  ADD ("huge-unchecked-value", test_huge_unchecked_value);
  ADD ("big-value-under-limit", test_big_value_under_limit);
  ADD ("dropped-index", test_dropped_index);
  ADD ("no-schema-version", test_no_schema_version);
  ADD ("garbage-journal", test_garbage_journal);
  ADD ("random-page-corruption", test_random_page_corruption);

  return g_test_run ();
}
