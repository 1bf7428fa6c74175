/* styre-schema.c — the expected schema, matching a file against it, and migrations
 *
 * A new file is schema v1 plus every migration, and the expected schema is built the same
 * way in memory, so a fresh file and a migrated one compare equal by construction
 * (STORAGE.md rules 3 and 11).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-schema"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "styre-core-resources.h"
#include "styre-error.h"
#include "styre-store-private.h"

/* Forward-only, numbered. Version 1 is styre-schema-v1.sql; add version 2 here, never
 * edit an entry that has shipped. */
static const StyreMigration default_migrations[] = {
  { 0, NULL, NULL },
};

static const StyreMigration *migrations = default_migrations;
static guint n_migrations = 0;
static int latest_version = STYRE_SCHEMA_VERSION;

/**
 * styre_schema_set_migrations_for_testing:
 *
 * Lets the migration test stand in a list of migrations (and the version they lead to),
 * so the framework is exercised before a real migration exists.
 */
void
styre_schema_set_migrations_for_testing (const StyreMigration *list,
                                         guint                 n_list,
                                         int                   latest)
{
  if (list == NULL)
    {
      migrations = default_migrations;
      n_migrations = 0;
      latest_version = STYRE_SCHEMA_VERSION;
      return;
    }
  migrations = list;
  n_migrations = n_list;
  latest_version = latest;
}

int
styre_schema_latest_version (void)
{
  return latest_version;
}

const char *
styre_schema_get_v1_sql (void)
{
  static GBytes *bytes;

  if (g_once_init_enter (&bytes))
    {
      GBytes *b;

      styre_core_register_resource ();
      b = g_resources_lookup_data ("/io/github/styreapp/Styre/core/styre-schema-v1.sql",
                                           G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (b != NULL);
      g_once_init_leave (&bytes, b);
    }
  /* GResource data is always NUL-terminated. */
  return g_bytes_get_data (bytes, NULL);
}

static const StyreMigration *
find_migration (int version)
{
  for (guint i = 0; i < n_migrations; i++)
    if (migrations[i].version == version)
      return &migrations[i];
  return NULL;
}

/**
 * styre_schema_migrate:
 *
 * Runs migrations from_version+1 … to_version on @db. The caller holds an exclusive
 * transaction and has taken a verified snapshot.
 */
gboolean
styre_schema_migrate (sqlite3     *db,
                      int          from_version,
                      int          to_version,
                      GError     **error)
{
  for (int v = from_version + 1; v <= to_version; v++)
    {
      const StyreMigration *m = find_migration (v);
      g_autofree char *pragma = NULL;

      if (m == NULL)
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_FAILED,
                       _("This version of Styre cannot upgrade files to schema %d."), v);
          return FALSE;
        }
      if (!styre_sqlite_exec (db, m->sql, error))
        {
          g_prefix_error (error, _("Upgrading the file to schema %d failed: "), v);
          return FALSE;
        }
      pragma = g_strdup_printf ("PRAGMA user_version = %d", v);
      if (!styre_sqlite_exec (db, pragma, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
styre_schema_build_expected (sqlite3     *db,
                             int          version,
                             GError     **error)
{
  if (!styre_sqlite_exec (db, styre_schema_get_v1_sql (), error))
    return FALSE;
  if (!styre_sqlite_exec (db, "PRAGMA user_version = 1", error))
    return FALSE;
  return styre_schema_migrate (db, 1, version, error);
}

typedef struct
{
  char *type;
  char *name;
  char *sql;
} SchemaEntry;

static void
schema_entry_free (gpointer data)
{
  SchemaEntry *e = data;

  g_free (e->type);
  g_free (e->name);
  g_free (e->sql);
  g_free (e);
}

/* Collapses whitespace so formatting differences do not count. */
static char *
normalise_sql (const char *sql)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = sql ? sql : ""; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static GHashTable *
read_schema (sqlite3  *db,
             GError  **error)
{
  g_autoptr(GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         schema_entry_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT type, name, sql FROM sqlite_schema "
                           "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchemaEntry *e = g_new0 (SchemaEntry, 1);
      e->type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      e->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      e->sql = normalise_sql ((const char *) sqlite3_column_text (stmt, 2));
      if (e->name == NULL)
        e->name = g_strdup ("");
      if (e->type == NULL)
        e->type = g_strdup ("");
      g_hash_table_replace (entries, e->name, e);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

/* For a newer file opened read-only: every column we read must still be there. */
static gboolean
columns_present (sqlite3    *file_db,
                 sqlite3    *expected_db,
                 const char *table)
{
  g_autoptr(GHashTable) have = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  if (sqlite3_prepare_v2 (file_db, "SELECT name FROM pragma_table_xinfo(?)", -1, &stmt, NULL)
      != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (have, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  if (sqlite3_prepare_v2 (expected_db, "SELECT name FROM pragma_table_xinfo(?)", -1, &stmt,
                          NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (!g_hash_table_contains (have, (const char *) sqlite3_column_text (stmt, 0)))
      ok = FALSE;
  sqlite3_finalize (stmt);

  return ok;
}

/**
 * styre_schema_match:
 * @allow_newer: the file is from a newer Styre and will be read only: extra tables and
 *   columns are allowed, as long as everything this version reads is there
 *
 * Compares the file's tables and indexes, definition by definition, with the schema this
 * version expects. Triggers and views are refused outright: a Styre file never has them,
 * and a crafted one could use them to copy exempt content where it does not belong.
 */
gboolean
styre_schema_match (sqlite3     *db,
                    gboolean     allow_newer,
                    GError     **error)
{
  g_autoptr(GHashTable) have = NULL;
  g_autoptr(GHashTable) want = NULL;
  sqlite3 *expected = NULL;
  GHashTableIter iter;
  gpointer value;
  gboolean ok = FALSE;

  have = read_schema (db, error);
  if (have == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, have);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SchemaEntry *e = value;
      if (g_str_equal (e->type, "trigger") || g_str_equal (e->type, "view"))
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_TAMPERED,
                       g_str_equal (e->type, "trigger")
                         ? _("The file contains a trigger (“%s”). Styre files never have "
                             "triggers, so the file may have been tampered with and is not "
                             "opened.")
                         : _("The file contains a view (“%s”). Styre files never have "
                             "views, so the file may have been tampered with and is not "
                             "opened."),
                       e->name);
          return FALSE;
        }
    }

  if (sqlite3_open_v2 (":memory:", &expected, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL)
      != SQLITE_OK)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED,
                           _("Out of memory while checking the file."));
      sqlite3_close (expected);
      return FALSE;
    }

  if (!styre_schema_build_expected (expected, styre_schema_latest_version (), error))
    goto out;
  want = read_schema (expected, error);
  if (want == NULL)
    goto out;

  g_hash_table_iter_init (&iter, want);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SchemaEntry *w = value;
      SchemaEntry *h = g_hash_table_lookup (have, w->name);

      if (h == NULL || !g_str_equal (h->type, w->type))
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_TAMPERED,
                       _("The file lacks “%s”, which every Styre file has. It is damaged "
                         "or was changed by another program."),
                       w->name);
          goto out;
        }

      if (g_str_equal (h->sql, w->sql))
        continue;

      if (allow_newer && g_str_equal (w->type, "table") && columns_present (db, expected, w->name))
        continue;
      if (allow_newer && g_str_equal (w->type, "index"))
        continue;

      g_set_error (error, STYRE_ERROR, STYRE_ERROR_TAMPERED,
                   _("“%s” in the file is not defined the way Styre defines it. The "
                     "file was changed by another program and is not opened."),
                   w->name);
      goto out;
    }

  if (!allow_newer)
    {
      g_hash_table_iter_init (&iter, have);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          SchemaEntry *h = value;
          if (!g_hash_table_contains (want, h->name))
            {
              g_set_error (error, STYRE_ERROR, STYRE_ERROR_TAMPERED,
                           _("The file has a table or index (“%s”) that Styre does not know. It "
                             "was changed by another program and is not opened."),
                           h->name);
              goto out;
            }
        }
    }

  ok = TRUE;

out:
  sqlite3_close (expected);
  return ok;
}
