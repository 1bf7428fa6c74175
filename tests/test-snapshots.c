/* test-snapshots.c — snapshots, retention, restore, bulk deletes and saving a copy
 * (STORAGE.md rules 8 and 10)
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
  char       *dir;
  char       *path;
  char       *folder;
  StyreStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("styre-snapshots-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "ledergruppen.styre", NULL);
  f->folder = g_build_filename (f->dir, ".styre-snapshots", NULL);
  f->store = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_store_set_identity (f->store, "kari", "Kari Nordmann");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  test_remove_tree (f->dir);
  g_free (f->folder);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
add_focus_area (StyreStore *store,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) c = styre_change_new_insert ("focus_area");

  styre_change_set_text (c, "name", name);
  g_assert_true (styre_store_apply (store, c, &error));
  g_assert_no_error (error);
  return styre_change_get_id (c);
}

static guint
count_files (const char *folder,
             const char *part)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir && (name = g_dir_read_name (dir)))
    if (part == NULL || strstr (name, part) != NULL)
      n++;
  return n;
}

/* ── retention ───────────────────────────────────────────────────────────────────────── */

static StyreSnapshot *
snapshot_at (GDateTime *when)
{
  StyreSnapshot *s = g_new0 (StyreSnapshot, 1);

  s->taken_at = g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");
  s->path = g_strdup (s->taken_at);
  s->reason = g_strdup ("daily");
  s->taken_by = g_strdup ("");
  return s;
}

static gboolean
in (GPtrArray  *snapshots,
    const char *taken_at)
{
  for (guint i = 0; i < snapshots->len; i++)
    if (g_str_equal (((StyreSnapshot *) g_ptr_array_index (snapshots, i))->taken_at, taken_at))
      return TRUE;
  return FALSE;
}

/* Four snapshots a day for 400 days: what is kept is 14 daily, 8 weekly, 12 monthly and
 * the last 24 hours. */
static void
test_retention (void)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_snapshot_free);
  g_autoptr(GPtrArray) doomed = NULL;
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 27, 10, 0, 0);
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  StyreSnapshot *odd;
  guint n_kept = 0;

  for (int hours = 0; hours < 400 * 24; hours += 6)
    {
      g_autoptr(GDateTime) when = g_date_time_add_hours (now, -hours - 1);
      g_ptr_array_add (all, snapshot_at (when));
    }
  /* One whose time cannot be read is never deleted. */
  odd = g_new0 (StyreSnapshot, 1);
  odd->taken_at = g_strdup ("ukjent");
  odd->path = g_strdup ("ukjent");
  g_ptr_array_add (all, odd);

  doomed = styre_snapshot_plan_prune (all, "2026-11-27T10:00:00Z");
  for (guint i = 0; i < all->len; i++)
    {
      StyreSnapshot *s = g_ptr_array_index (all, i);
      if (!g_ptr_array_find (doomed, s, NULL))
        {
          g_hash_table_add (kept, s->taken_at);
          n_kept++;
        }
    }

  g_assert_true (g_hash_table_contains (kept, "ukjent"));
  /* The last 24 hours: all four. */
  g_assert_true (g_hash_table_contains (kept, "2026-11-27T09:00:00Z"));
  g_assert_true (g_hash_table_contains (kept, "2026-11-26T15:00:00Z"));
  g_assert_true (g_hash_table_contains (kept, "2026-11-26T21:00:00Z"));
  /* Older days: only the newest of each (Oslo time, UTC+1 in November). */
  g_assert_true (g_hash_table_contains (kept, "2026-11-25T21:00:00Z"));
  g_assert_false (g_hash_table_contains (kept, "2026-11-25T15:00:00Z"));
  g_assert_false (g_hash_table_contains (kept, "2026-11-25T09:00:00Z"));
  /* Nothing older than a year, and one a month for the year. */
  for (guint i = 0; i < all->len; i++)
    {
      StyreSnapshot *s = g_ptr_array_index (all, i);
      if (!g_hash_table_contains (kept, s->taken_at) || g_str_equal (s->taken_at, "ukjent"))
        continue;
      g_assert_cmpstr (s->taken_at, >=, "2025-11");
      g_hash_table_add (days, g_strndup (s->taken_at, 10));
      g_hash_table_add (months, g_strndup (s->taken_at, 7));
    }
  g_assert_cmpuint (g_hash_table_size (months), ==, 12);
  /* 4 of the last day, then the newest of 14 days, 8 weeks and 12 months, overlapping. */
  g_test_message ("kept %u of %u snapshots", n_kept, all->len);
  g_assert_cmpuint (n_kept, >=, 4 + 14 + 12 - 2);
  g_assert_cmpuint (n_kept, <=, 4 + 14 + 8 + 12 + 1);
  g_assert_true (in (all, "2026-11-25T21:00:00Z"));
}

/* ── snapshots of a file ─────────────────────────────────────────────────────────────── */

static void
test_daily_snapshot (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  StyreSnapshot *s;

  styre_store_set_now_for_testing (f->store, "2026-11-27T07:30:00Z");
  g_assert_false (g_file_test (f->folder, G_FILE_TEST_EXISTS));
  add_focus_area (f->store, "Sammenhengende tjenester");
  g_assert_cmpuint (count_files (f->folder, "-daily"), ==, 1);
  add_focus_area (f->store, "Datadrevet forvaltning");
  g_assert_cmpuint (count_files (f->folder, "-daily"), ==, 1);

  /* Another person's first change the same day: the day has its snapshot. */
  {
    g_autoptr(StyreStore) ola = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    styre_store_set_now_for_testing (ola, "2026-11-27T13:00:00Z");
    add_focus_area (ola, "Kompetanse");
    g_assert_cmpuint (count_files (f->folder, "-daily"), ==, 1);
  }

  /* The next day (in Norway: 23:30 UTC is past midnight in Oslo). */
  styre_store_set_now_for_testing (f->store, "2026-11-27T23:30:00Z");
  add_focus_area (f->store, "Informasjonssikkerhet");
  g_assert_cmpuint (count_files (f->folder, "-daily"), ==, 2);

  snapshots = styre_store_list_snapshots (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (snapshots->len, ==, 2);
  s = g_ptr_array_index (snapshots, 0);
  g_assert_cmpstr (s->reason, ==, "daily");
  g_assert_cmpstr (s->taken_by, ==, "Kari Nordmann");
  g_assert_cmpstr (s->taken_at, ==, "2026-11-27T23:30:00Z");
  g_assert_cmpint (s->schema_version, ==, STYRE_SCHEMA_VERSION);
  g_assert_cmpint (s->size, >, 0);

  /* The snapshot is the file as it was before the day's first change, verified. */
  {
    g_autoptr(StyreStore) copy = styre_store_open (s->path, STYRE_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_true (styre_store_check (copy, TRUE, &error));
    g_assert_cmpint (styre_store_count_rows (copy, "focus_area", NULL), ==, 3);
  }
}

static void
test_snapshot_folder_rights (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GStatBuf dir_st, folder_st, file_st, snap_st;

  g_assert_cmpint (g_chmod (f->dir, 0750), ==, 0);
  g_assert_cmpint (g_chmod (f->path, 0640), ==, 0);
  path = styre_store_snapshot (f->store, "manual", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->dir, &dir_st), ==, 0);
  g_assert_cmpint (g_stat (f->folder, &folder_st), ==, 0);
  g_assert_cmpint (g_stat (f->path, &file_st), ==, 0);
  g_assert_cmpint (g_stat (path, &snap_st), ==, 0);
  g_assert_cmpint (folder_st.st_mode & 07777, ==, dir_st.st_mode & 07777);
  g_assert_cmpint (snap_st.st_mode & 0777, ==, file_st.st_mode & 0777);
}

/* Other files' snapshots and stray files in the folder are not this file's. */
static void
test_list_only_this_file (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  g_autoptr(StyreStore) other = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "ledergruppen-2.styre", NULL);
  g_autofree char *stray = NULL;
  g_autofree char *forged = NULL;

  g_free (styre_store_snapshot (f->store, "manual", &error));
  g_assert_no_error (error);
  other = styre_store_create (other_path, "Nabokommunen", &error);
  g_assert_no_error (error);
  g_free (styre_store_snapshot (other, "manual", &error));

  stray = g_build_filename (f->folder, "ledergruppen-20261127-081200-daily.styre", NULL);
  g_assert_true (g_file_set_contents (stray, "ikke en database", -1, NULL));
  /* Another file's snapshot under this file's name. */
  forged = g_build_filename (f->folder, "ledergruppen-20261127-091200-manual.styre", NULL);
  {
    g_autofree char *contents = NULL;
    gsize length;
    g_autoptr(GPtrArray) theirs = styre_store_list_snapshots (other, NULL);
    g_assert_cmpuint (theirs->len, ==, 1);
    g_assert_true (g_file_get_contents (((StyreSnapshot *) g_ptr_array_index (theirs, 0))->path,
                                        &contents, &length, NULL));
    g_assert_true (g_file_set_contents (forged, contents, length, NULL));
  }

  snapshots = styre_store_list_snapshots (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (snapshots->len, ==, 1);
  g_assert_cmpstr (((StyreSnapshot *) g_ptr_array_index (snapshots, 0))->reason, ==, "manual");
}

/* ── restore ─────────────────────────────────────────────────────────────────────────── */

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *safety = NULL;
  g_autofree char *hash_then = NULL;
  g_autoptr(StyreRow) audit = NULL;
  gint64 counter;

  add_focus_area (f->store, "Sammenhengende tjenester");
  snapshot = styre_store_snapshot (f->store, "manual", &error);
  g_assert_no_error (error);
  hash_then = styre_store_content_hash (f->store, NULL);
  add_focus_area (f->store, "Datadrevet forvaltning");
  add_focus_area (f->store, "Kompetanse");
  counter = styre_store_get_change_counter (f->store);

  g_assert_true (styre_store_restore (f->store, snapshot, &safety, &error));
  g_assert_no_error (error);

  /* The data is as it was; the file says who restored what, and counts it as a change. */
  g_assert_cmpint (styre_store_count_rows (f->store, "focus_area", NULL), ==, 1);
  g_assert_true (styre_store_check (f->store, TRUE, &error));
  g_assert_cmpint (styre_store_get_change_counter (f->store), >, 0);
  audit = styre_store_read_row (f->store, "audit_log", styre_store_get_last_audit_id (f->store),
                                &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styre_row_get_text (audit, "action"), ==, "restore");
  g_assert_cmpstr (styre_row_get_text (audit, "display_name"), ==, "Kari Nordmann");
  g_assert_nonnull (strstr (styre_row_get_text (audit, "detail"), "-manual.styre"));
  (void) counter;

  /* The state it replaced is in the safety snapshot. */
  {
    g_autoptr(StyreStore) before = styre_store_open (safety, STYRE_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_cmpint (styre_store_count_rows (before, "focus_area", NULL), ==, 3);
  }

  /* Reopened with every check, the file is the snapshot's data (plus the audit row). */
  g_clear_object (&f->store);
  f->store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_count_rows (f->store, "focus_area", NULL), ==, 1);
  g_assert_true (styre_store_check (f->store, TRUE, &error));
  g_assert_no_error (error);

  /* And it can be changed as before. */
  add_focus_area (f->store, "Informasjonssikkerhet");
}

/* Restore waits for everyone else to close the file; the file is then unchanged. */
static void
test_restore_needs_everyone_gone (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) ola = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add_focus_area (f->store, "Sammenhengende tjenester");
  snapshot = styre_store_snapshot (f->store, "manual", &error);
  add_focus_area (f->store, "Datadrevet forvaltning");

  ola = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  styre_store_set_identity (ola, "ola", "Ola Nordmann");
  g_assert_true (styre_store_join (ola, &error));

  before = styre_store_content_hash (f->store, NULL);
  g_assert_false (styre_store_restore (f->store, snapshot, NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Ola Nordmann"));
  g_clear_error (&error);
  after = styre_store_content_hash (f->store, NULL);
  g_assert_cmpstr (before, ==, after);

  /* Ola closes; now it goes. */
  g_clear_object (&ola);
  g_assert_true (styre_store_restore (f->store, snapshot, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_count_rows (f->store, "focus_area", NULL), ==, 1);
}

static void
test_restore_refuses_bad_snapshots (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) other = NULL;
  g_autofree char *other_path = g_build_filename (f->dir, "nabo.styre", NULL);
  g_autofree char *theirs = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  add_focus_area (f->store, "Sammenhengende tjenester");
  before = styre_store_content_hash (f->store, NULL);

  other = styre_store_create (other_path, "Nabokommunen", &error);
  theirs = styre_store_snapshot (other, "manual", &error);
  g_assert_no_error (error);
  g_assert_false (styre_store_restore (f->store, theirs, NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "another file"));
  g_clear_error (&error);

  /* A damaged snapshot: refused with the reason, the file untouched. */
  ours = styre_store_snapshot (f->store, "manual", &error);
  g_assert_true (g_file_get_contents (ours, &contents, &length, NULL));
  for (gsize i = 5000; i < length; i += 7)
    contents[i] ^= 0x5a;
  g_assert_true (g_file_set_contents (ours, contents, length, NULL));
  g_assert_false (styre_store_restore (f->store, ours, NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "cannot be restored"));
  g_clear_error (&error);

  after = styre_store_content_hash (f->store, NULL);
  g_assert_cmpstr (before, ==, after);
}

/* ── bulk deletes ────────────────────────────────────────────────────────────────────── */

static GPtrArray *
delete_all_focus_areas (StyreStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *batch = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  gint64 n = styre_store_count_rows (store, "focus_area", &error);

  for (gint64 id = 1; id <= n; id++)
    g_ptr_array_add (batch, styre_change_new_delete ("focus_area", id, 1));
  return batch;
}

static void
test_bulk_delete (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) ola = NULL;
  g_autoptr(GPtrArray) batch = NULL;
  guint snapshots_before;

  for (guint i = 0; i < STYRE_BULK_DELETE_RECORDS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Satsingsområde %u", i + 1);
      add_focus_area (f->store, name);
    }
  snapshots_before = count_files (f->folder, "-bulk-delete");
  g_assert_cmpuint (snapshots_before, ==, 0);

  ola = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  styre_store_set_identity (ola, "ola", "Ola Nordmann");
  g_assert_true (styre_store_join (ola, &error));

  batch = delete_all_focus_areas (f->store);
  g_assert_false (styre_store_apply_all (f->store, batch, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "Ola Nordmann"));
  g_clear_error (&error);
  g_assert_cmpint (styre_store_count_rows (f->store, "focus_area", NULL), ==,
                   STYRE_BULK_DELETE_RECORDS);

  /* Control: one record fewer is an everyday delete, even with Ola here. */
  g_ptr_array_remove_index (batch, batch->len - 1);
  g_assert_true (styre_store_apply_all (f->store, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (f->folder, "-bulk-delete"), ==, 0);

  /* Ola closes: the bulk delete goes, after a snapshot. */
  for (guint i = 0; i < STYRE_BULK_DELETE_RECORDS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Nytt satsingsområde %u", i + 1);
      add_focus_area (f->store, name);
    }
  g_clear_object (&ola);
  g_clear_pointer (&batch, g_ptr_array_unref);
  batch = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  /* Ids 1–9 are gone; 10 is left, 11–20 are new. */
  for (gint64 id = STYRE_BULK_DELETE_RECORDS + 1; id <= 2 * STYRE_BULK_DELETE_RECORDS; id++)
    g_ptr_array_add (batch, styre_change_new_delete ("focus_area", id, 1));
  g_assert_true (styre_store_apply_all (f->store, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (f->folder, "-bulk-delete"), ==, 1);
  g_assert_cmpint (styre_store_count_rows (f->store, "focus_area", NULL), ==, 1);
}

/* One initiative with years of reports: deleting it removes hundreds of rows. */
static void
test_cascade_is_bulk (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  g_autoptr(StyreChange) del = NULL;
  StyreChange *agency, *initiative;
  gint64 initiative_id;

  agency = styre_change_new_insert ("agency");
  styre_change_set_text (agency, "code", "FJK");
  styre_change_set_text (agency, "name", "Fjordvik kommune");
  styre_change_set_text (agency, "kind", "municipality");
  g_ptr_array_add (batch, agency);
  initiative = styre_change_new_insert ("initiative");
  styre_change_set_text (initiative, "code", "DF-01");
  styre_change_set_text (initiative, "title", "Digital byggesøknad");
  styre_change_set_text (initiative, "kind", "project");
  styre_change_set_text (initiative, "method", "agile");
  styre_change_set_text (initiative, "phase", "execution");
  styre_change_set_ref (initiative, "owning_agency_id", agency);
  g_ptr_array_add (batch, initiative);
  for (int m = 0; m < 70; m++)
    {
      StyreChange *report = styre_change_new_insert ("status_report");
      g_autofree char *period = g_strdup_printf ("%04d-%02d", 2020 + m / 12, 1 + m % 12);

      styre_change_set_ref (report, "initiative_id", initiative);
      styre_change_set_text (report, "period", period);
      styre_change_set_text (report, "overall_rag", "green");
      styre_change_set_text (report, "phase", "execution");
      g_ptr_array_add (batch, report);
      for (int d = 0; d < 7; d++)
        {
          static const char *dims[] = { "time", "cost", "benefits", "quality", "scope",
                                        "sustainability", "risk" };
          StyreChange *dim = styre_change_new_insert ("status_dimension");
          styre_change_set_ref (dim, "status_report_id", report);
          styre_change_set_text (dim, "dimension", dims[d]);
          styre_change_set_text (dim, "rag", "green");
          g_ptr_array_add (batch, dim);
        }
    }
  g_assert_true (styre_store_apply_all (f->store, batch, &error));
  g_assert_no_error (error);
  initiative_id = styre_change_get_id (initiative);

  del = styre_change_new_delete ("initiative", initiative_id, 1);
  styre_store_apply (f->store, del, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_count_rows (f->store, "status_dimension", NULL), ==, 0);
  g_assert_cmpuint (count_files (f->folder, "-bulk-delete"), ==, 1);
}

/* ── saving a copy ───────────────────────────────────────────────────────────────────── */

static void
test_save_copy (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "ledergruppen – kopi.styre", NULL);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  g_autoptr(StyreStore) copy = NULL;
  g_autoptr(StyreRow) row = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  StyreChange *edit;
  gint64 id;

  id = add_focus_area (f->store, "Sammenhengende tjenester");
  before = styre_store_content_hash (f->store, NULL);

  edit = styre_change_new_update ("focus_area", id, 1);
  styre_change_set_text (edit, "description", "Tjenester som henger sammen for innbyggeren.");
  g_ptr_array_add (pending, edit);

  g_assert_true (styre_store_save_copy (f->store, copy_path, pending, &error));
  g_assert_no_error (error);

  /* The original is untouched; the copy has the edit and is a file of its own. */
  after = styre_store_content_hash (f->store, NULL);
  g_assert_cmpstr (before, ==, after);
  copy = styre_store_open (copy_path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_check (copy, TRUE, &error));
  row = styre_store_read_row (copy, "focus_area", id, &error);
  g_assert_cmpstr (styre_row_get_text (row, "description"), ==,
                   "Tjenester som henger sammen for innbyggeren.");
  g_assert_cmpint (styre_row_get_int (row, "version"), ==, 2);
  g_assert_cmpstr (styre_store_get_file_id (copy), !=, styre_store_get_file_id (f->store));
  g_assert_cmpint (styre_store_count_rows (copy, "session", NULL), ==, 0);

  /* Never over an existing file. */
  g_assert_false (styre_store_save_copy (f->store, copy_path, NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_EXISTS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/snapshots/retention", test_retention);

#define ADD(name, func) \
  g_test_add ("/snapshots/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("daily", test_daily_snapshot);
  ADD ("folder-rights", test_snapshot_folder_rights);
  ADD ("list-only-this-file", test_list_only_this_file);
  ADD ("restore", test_restore);
  ADD ("restore-needs-everyone-gone", test_restore_needs_everyone_gone);
  ADD ("restore-refuses-bad-snapshots", test_restore_refuses_bad_snapshots);
  ADD ("bulk-delete", test_bulk_delete);
  ADD ("cascade-is-bulk", test_cascade_is_bulk);
  ADD ("save-copy", test_save_copy);

  return g_test_run ();
}
