/* test-io-faults.c — an I/O error at every step of every write path (STORAGE.md test 4)
 *
 * A test VFS wraps the system's: it counts every read, write, sync, truncate, size, lock,
 * unlock, open and delete the store makes, and fails the n-th (once, as a network share
 * that hiccups, or from then on, as one that is gone; as an I/O error, or as a full disk).
 * For n = 1, 2, … until the operation no longer reaches step n, each run checks what a
 * person relies on: the file is exactly as before (the operation failed) or exactly as
 * after (it succeeded) — never between, and never "failed" when it was saved; the error
 * reaches the caller as a Styre error with a message; the edit is still in hand; and once
 * the disk works again, Retry on the same window saves it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "styre-error.h"
#include "styre-store.h"
#include "styre-store-private.h"

#include "test-util.h"

/* ── the faulty VFS ──────────────────────────────────────────────────────────────────── */

typedef enum
{
  FAULT_ONCE,       /* the n-th step fails, later ones work */
  FAULT_FOREVER,    /* the n-th step and every later one fail */
} FaultMode;

static struct
{
  sqlite3_vfs  vfs;
  sqlite3_vfs *real;
  gboolean     armed;
  guint        step;        /* steps counted since armed */
  guint        fail_at;
  FaultMode    mode;
  gboolean     disk_full;   /* writes fail with SQLITE_FULL, as on a full disk */
  gboolean     fired;
} faults;

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} FaultyFile;

/* Counts a step; says whether it fails. A full disk fails writes only, from the n-th on. */
static gboolean
fail_step (gboolean is_write)
{
  if (!faults.armed || (faults.disk_full && !is_write))
    return FALSE;
  faults.step++;
  if (faults.step == faults.fail_at || (faults.mode == FAULT_FOREVER && faults.step > faults.fail_at))
    {
      faults.fired = TRUE;
      return TRUE;
    }
  return FALSE;
}

static int
faulty_close (sqlite3_file *file)
{
  FaultyFile *f = (FaultyFile *) file;
  int rc = f->real->pMethods ? f->real->pMethods->xClose (f->real) : SQLITE_OK;

  return rc;
}

static int
faulty_read (sqlite3_file *file, void *buf, int amount, sqlite3_int64 offset)
{
  FaultyFile *f = (FaultyFile *) file;

  if (fail_step (FALSE))
    return SQLITE_IOERR_READ;
  return f->real->pMethods->xRead (f->real, buf, amount, offset);
}

static int
faulty_write (sqlite3_file *file, const void *buf, int amount, sqlite3_int64 offset)
{
  FaultyFile *f = (FaultyFile *) file;

  if (fail_step (TRUE))
    return faults.disk_full ? SQLITE_FULL : SQLITE_IOERR_WRITE;
  return f->real->pMethods->xWrite (f->real, buf, amount, offset);
}

static int
faulty_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  FaultyFile *f = (FaultyFile *) file;

  if (fail_step (FALSE))
    return SQLITE_IOERR_TRUNCATE;
  return f->real->pMethods->xTruncate (f->real, size);
}

static int
faulty_sync (sqlite3_file *file, int flags)
{
  FaultyFile *f = (FaultyFile *) file;

  if (fail_step (FALSE))
    return SQLITE_IOERR_FSYNC;
  /* The power is never cut in this test: a sync is a step that can fail, and costs no time.
   * (Crashes are tests/storage/'s kill -9.) */
  (void) f;
  return SQLITE_OK;
}

static int
faulty_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  FaultyFile *f = (FaultyFile *) file;

  if (fail_step (FALSE))
    return SQLITE_IOERR_FSTAT;
  return f->real->pMethods->xFileSize (f->real, size);
}

static int
faulty_lock (sqlite3_file *file, int level)
{
  FaultyFile *f = (FaultyFile *) file;

  if (fail_step (FALSE))
    return SQLITE_IOERR_LOCK;
  return f->real->pMethods->xLock (f->real, level);
}

static int
faulty_unlock (sqlite3_file *file, int level)
{
  FaultyFile *f = (FaultyFile *) file;

  if (fail_step (FALSE))
    return SQLITE_IOERR_UNLOCK;
  return f->real->pMethods->xUnlock (f->real, level);
}

static int
faulty_check_reserved_lock (sqlite3_file *file, int *out)
{
  FaultyFile *f = (FaultyFile *) file;
  return f->real->pMethods->xCheckReservedLock (f->real, out);
}

static int
faulty_file_control (sqlite3_file *file, int op, void *arg)
{
  FaultyFile *f = (FaultyFile *) file;
  return f->real->pMethods->xFileControl (f->real, op, arg);
}

static int
faulty_sector_size (sqlite3_file *file)
{
  FaultyFile *f = (FaultyFile *) file;
  return f->real->pMethods->xSectorSize (f->real);
}

static int
faulty_device_characteristics (sqlite3_file *file)
{
  FaultyFile *f = (FaultyFile *) file;
  return f->real->pMethods->xDeviceCharacteristics (f->real);
}

static const sqlite3_io_methods faulty_io = {
  1,
  faulty_close,
  faulty_read,
  faulty_write,
  faulty_truncate,
  faulty_sync,
  faulty_file_size,
  faulty_lock,
  faulty_unlock,
  faulty_check_reserved_lock,
  faulty_file_control,
  faulty_sector_size,
  faulty_device_characteristics,
  NULL, NULL, NULL, NULL, NULL, NULL,
};

static int
faulty_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  FaultyFile *f = (FaultyFile *) file;
  int rc;

  f->real = (sqlite3_file *) (f + 1);
  f->base.pMethods = NULL;
  if (fail_step (FALSE))
    return SQLITE_CANTOPEN;
  rc = faults.real->xOpen (faults.real, name, f->real, flags, out_flags);
  if (rc == SQLITE_OK)
    f->base.pMethods = &faulty_io;
  else if (f->real->pMethods != NULL)
    {
      /* xOpen that fails may still need its close (SQLite's rule for VFSes). */
      f->real->pMethods->xClose (f->real);
    }
  return rc;
}

static int
faulty_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  if (fail_step (FALSE))
    return SQLITE_IOERR_DELETE;
  return faults.real->xDelete (faults.real, name, sync_dir);
}

static int
faulty_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return faults.real->xAccess (faults.real, name, flags, out);
}

static int
faulty_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return faults.real->xFullPathname (faults.real, name, n, out);
}

static int
faulty_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return faults.real->xRandomness (faults.real, n, out);
}

static int
faulty_sleep (sqlite3_vfs *vfs, int us)
{
  return faults.real->xSleep (faults.real, us);
}

static int
faulty_current_time (sqlite3_vfs *vfs, double *out)
{
  return faults.real->xCurrentTime (faults.real, out);
}

static int
faulty_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return faults.real->xGetLastError (faults.real, n, out);
}

static int
faulty_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return faults.real->xCurrentTimeInt64 (faults.real, out);
}

static void
install_faulty_vfs (void)
{
  faults.real = sqlite3_vfs_find (NULL);
  g_assert_nonnull (faults.real);
  faults.vfs.iVersion = 2;
  faults.vfs.szOsFile = sizeof (FaultyFile) + faults.real->szOsFile;
  faults.vfs.mxPathname = faults.real->mxPathname;
  faults.vfs.zName = "styre-faulty";
  faults.vfs.xOpen = faulty_open;
  faults.vfs.xDelete = faulty_delete;
  faults.vfs.xAccess = faulty_access;
  faults.vfs.xFullPathname = faulty_full_pathname;
  faults.vfs.xRandomness = faulty_randomness;
  faults.vfs.xSleep = faulty_sleep;
  faults.vfs.xCurrentTime = faulty_current_time;
  faults.vfs.xGetLastError = faulty_get_last_error;
  faults.vfs.xCurrentTimeInt64 = faulty_current_time_int64;
  g_assert_cmpint (sqlite3_vfs_register (&faults.vfs, 1), ==, SQLITE_OK);
}

static void
arm (guint     fail_at,
     FaultMode mode,
     gboolean  disk_full)
{
  faults.step = 0;
  faults.fail_at = fail_at;
  faults.mode = mode;
  faults.disk_full = disk_full;
  faults.fired = FALSE;
  faults.armed = TRUE;
}

static void
disarm (void)
{
  faults.armed = FALSE;
}

/* Which steps to fail. Short paths: every one. Long ones (a restore copies every page
 * three times): the first 48 and the last 112 steps, where the live file's journal is
 * written, committed and released, and every k-th between, so that a run stays within
 * about 200 steps; STYRE_FAULTS_EVERY_STEP=1 fails every step of every path (the soak). */
static gboolean
step_planned (guint n,
              guint total)
{
  guint stride;

  if (g_strcmp0 (g_getenv ("STYRE_FAULTS_EVERY_STEP"), "1") == 0 || total <= 300)
    return TRUE;
  if (n <= 48 || n + 112 > total)
    return TRUE;
  stride = MAX (1, (total - 160) / 40);
  return n % stride == 0;
}

/* ── the write paths ─────────────────────────────────────────────────────────────────── */

typedef struct
{
  char *dir;
  char *base;     /* the file before, made without faults */
  char *work;     /* the copy each run damages */
  char *snapshot; /* a snapshot of base (for restore) */
} Fixture;

typedef struct
{
  FaultMode mode;
  gboolean  disk_full;
} Variant;

static const Variant once = { FAULT_ONCE, FALSE };
static const Variant forever = { FAULT_FOREVER, FALSE };
static const Variant full_disk = { FAULT_FOREVER, TRUE };

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autofree char *journal = g_strconcat (to, "-journal", NULL);
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  /* No fsync: the power is never cut here. */
  g_assert_true (g_file_set_contents_full (to, contents, length, G_FILE_SET_CONTENTS_NONE,
                                           0644, NULL));
  g_unlink (journal);
}

static gint64
insert_focus_area (StyreStore *store,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) c = styre_change_new_insert ("focus_area");

  styre_change_set_text (c, "name", name);
  g_assert_true (styre_store_apply (store, c, &error));
  g_assert_no_error (error);
  return styre_change_get_id (c);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;

  disarm ();
  f->dir = g_dir_make_tmp ("styre-faults-XXXXXX", &error);
  g_assert_no_error (error);
  f->base = g_build_filename (f->dir, "grunnlag.styre", NULL);
  f->work = g_build_filename (f->dir, "ledergruppen.styre", NULL);
  store = styre_store_create (f->base, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_store_set_now_for_testing (store, "2026-11-27T08:00:00Z");
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("Satsingsområde %u med et navn på æøå", i + 1);
      insert_focus_area (store, name);
    }
  f->snapshot = styre_store_snapshot (store, "manual", &error);
  g_assert_no_error (error);
  insert_focus_area (store, "Lagt til etter øyeblikksbildet");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  disarm ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
  test_remove_tree (f->dir);
  g_free (f->base);
  g_free (f->work);
  g_free (f->snapshot);
  g_free (f->dir);
}

/* The file as a fresh connection sees it (a hot journal rolled back), or NULL when it no
 * longer opens. */
static char *
state_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  char *hash;

  disarm ();
  /* Stores let go of in the test are closed once their queued signals have run. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (styre_store_check (store, TRUE, &error));
  g_assert_no_error (error);
  hash = styre_store_content_hash (store, &error);
  g_assert_no_error (error);
  return hash;
}

static StyreStore *
open_work (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  StyreStore *store;

  disarm ();
  copy_file (f->base, f->work);
  /* Each run starts without the snapshots the last one made of the work file. */
  {
    g_autofree char *folder = g_build_filename (f->dir, ".styre-snapshots", NULL);
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      if (g_str_has_prefix (name, "ledergruppen-") || g_str_has_prefix (name, ".restore-"))
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);
          g_unlink (path);
        }
  }
  store = styre_store_open (f->work, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  styre_store_set_identity (store, "kari", "Kari Nordmann");
  styre_store_set_now_for_testing (store, "2026-11-27T09:00:00Z");
  /* Today's snapshot is taken: a test of the first change of a day says so itself. */
  g_free (store->daily_snapshot_date);
  store->daily_snapshot_date = g_strdup ("2026-11-27");
  return store;
}

/* One user action: an insert, an update and a delete, in one transaction. */
static GPtrArray *
make_action (void)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  StyreChange *c;

  c = styre_change_new_insert ("focus_area");
  styre_change_set_text (c, "name", "Informasjonssikkerhet først");
  g_ptr_array_add (changes, c);
  c = styre_change_new_update ("focus_area", 3, 1);
  styre_change_set_text (c, "description", "Oppdatert av Kari: tjenester som henger sammen.");
  g_ptr_array_add (changes, c);
  c = styre_change_new_delete ("focus_area", 5, 1);
  g_ptr_array_add (changes, c);
  return changes;
}

static void
assert_edit_kept (GPtrArray *changes)
{
  StyreChange *insert = g_ptr_array_index (changes, 0);
  StyreChange *update = g_ptr_array_index (changes, 1);

  g_assert_cmpint (styre_change_get_id (insert), ==, 0);
  g_assert_cmpstr (styre_change_lookup (insert, "name")->s, ==, "Informasjonssikkerhet først");
  g_assert_cmpstr (styre_change_lookup (update, "description")->s, ==,
                   "Oppdatert av Kari: tjenester som henger sammen.");
}

static void
assert_person_error (const GError *error,
                     const Variant *v)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == STYRE_ERROR);
  g_assert_cmpstr (error->message, !=, "");
  if (g_test_verbose ())
    g_test_message ("error %d: %s", error->code, error->message);
  if (v->disk_full)
    g_assert_cmpint (error->code, ==, STYRE_ERROR_DISK_FULL);
  else
    g_assert_true (error->code == STYRE_ERROR_IO || error->code == STYRE_ERROR_READ_ONLY
                   || error->code == STYRE_ERROR_DAMAGED || error->code == STYRE_ERROR_FAILED);
}

static void
test_apply (Fixture       *f,
            gconstpointer  data)
{
  const Variant *v = data;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n, failed = 0, saved = 0;

  /* The two states a person may find: before and after the action. */
  before = state_of (f->base);
  {
    g_autoptr(StyreStore) store = open_work (f);
    g_autoptr(GPtrArray) changes = make_action ();
    g_autoptr(GError) error = NULL;

    g_assert_true (styre_store_apply_all (store, changes, &error));
    g_assert_no_error (error);
    g_clear_object (&store);
    after = state_of (f->work);
  }
  g_assert_cmpstr (before, !=, after);

  for (n = 1; ; n++)
    {
      g_autoptr(StyreStore) store = open_work (f);
      g_autoptr(GPtrArray) changes = make_action ();
      g_autoptr(GError) error = NULL;
      g_autofree char *state = NULL;
      gboolean ok;

      arm (n, v->mode, v->disk_full);
      ok = styre_store_apply_all (store, changes, &error);
      disarm ();
      if (!faults.fired)
        {
          g_assert_true (ok);
          break;
        }

      if (ok)
        saved++;
      else
        {
          failed++;
          assert_person_error (error, v);
          assert_edit_kept (changes);
          /* The disk works again: Retry in the same window saves the same edit. */
          g_clear_error (&error);
          if (!styre_store_apply_all (store, changes, &error))
            g_error ("step %u: Retry failed: %s", n, error->message);
        }
      g_clear_object (&store);

      state = state_of (f->work);
      /* Saved or not, the file is one of the two, and retried, it is after. */
      g_assert_cmpstr (state, ==, after);
    }
  g_test_message ("apply: %u steps, each failed: %u times not saved, %u saved anyway "
                  "(error after the commit point)", n - 1, failed, saved);
  g_assert_cmpuint (n, >, 8);
}

/* Without Retry: what the file holds right after the failure, before anyone tries again. */
static void
test_apply_state_right_after (Fixture       *f,
                              gconstpointer  data)
{
  const Variant *v = data;
  g_autofree char *before = state_of (f->base);
  g_autofree char *after = NULL;
  guint n;

  {
    g_autoptr(StyreStore) store = open_work (f);
    g_autoptr(GPtrArray) changes = make_action ();
    g_autoptr(GError) error = NULL;
    g_assert_true (styre_store_apply_all (store, changes, &error));
    g_clear_object (&store);
    after = state_of (f->work);
  }

  for (n = 1; ; n++)
    {
      g_autoptr(StyreStore) store = open_work (f);
      g_autoptr(GPtrArray) changes = make_action ();
      g_autoptr(GError) error = NULL;
      g_autofree char *state = NULL;
      gboolean ok;

      arm (n, v->mode, v->disk_full);
      ok = styre_store_apply_all (store, changes, &error);
      disarm ();
      if (!faults.fired)
        break;
      /* The person closes the window (or it crashes) without retrying. */
      g_clear_object (&store);
      state = state_of (f->work);
      if (ok)
        g_assert_cmpstr (state, ==, after);
      else
        g_assert_cmpstr (state, ==, before);
    }
  g_assert_cmpuint (n, >, 8);
}

/* The first change of a day takes a snapshot first; faults there never touch the file,
 * and never leave a snapshot that is not whole. */
static void
test_first_change_of_day (Fixture       *f,
                          gconstpointer  data)
{
  const Variant *v = data;
  g_autofree char *before = state_of (f->base);
  g_autofree char *after = NULL;
  g_autofree char *folder = g_build_filename (f->dir, ".styre-snapshots", NULL);
  guint n, total;

  {
    g_autoptr(StyreStore) store = open_work (f);
    g_autoptr(GPtrArray) changes = make_action ();
    g_autoptr(GError) error = NULL;
    styre_store_set_now_for_testing (store, "2026-11-28T09:00:00Z");
    g_assert_true (styre_store_apply_all (store, changes, &error));
    g_clear_object (&store);
    after = state_of (f->work);
  }

  {
    g_autoptr(StyreStore) store = open_work (f);
    g_autoptr(GPtrArray) changes = make_action ();
    g_autoptr(GError) error = NULL;
    test_remove_tree (folder);
    styre_store_set_now_for_testing (store, "2026-11-28T09:00:00Z");
    arm (G_MAXUINT, FAULT_ONCE, v->disk_full);
    g_assert_true (styre_store_apply_all (store, changes, &error));
    total = faults.step;
    disarm ();
  }

  for (n = 1; ; n++)
    {
      g_autoptr(StyreStore) store = NULL;
      g_autoptr(GPtrArray) changes = make_action ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) snapshots = NULL;
      g_autofree char *state = NULL;
      gboolean ok;

      if (n <= total && !step_planned (n, total))
        continue;
      store = open_work (f);
      test_remove_tree (folder);
      /* A new day each run: the first change takes a snapshot. */
      styre_store_set_now_for_testing (store, "2026-11-28T09:00:00Z");
      arm (n, v->mode, v->disk_full);
      ok = styre_store_apply_all (store, changes, &error);
      disarm ();
      if (!faults.fired)
        break;
      if (!ok)
        assert_person_error (error, v);
      g_clear_error (&error);

      snapshots = styre_store_list_snapshots (store, NULL);
      for (guint i = 0; i < snapshots->len; i++)
        {
          StyreSnapshot *s = g_ptr_array_index (snapshots, i);
          g_autoptr(StyreStore) copy = styre_store_open (s->path, STYRE_OPEN_READ_ONLY, &error);
          g_assert_no_error (error);
          g_assert_true (styre_store_check (copy, TRUE, &error));
          g_assert_no_error (error);
        }
      g_clear_object (&store);
      state = state_of (f->work);
      g_assert_cmpstr (state, ==, ok ? after : before);
    }
  g_assert_cmpuint (n, >, 8);
}

static gint64
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  gint64 n;

  disarm ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  n = styre_sqlite_get_int (db, sql, -1);
  sqlite3_close (db);
  return n;
}

/* A restore is all or nothing: the snapshot's data with the note of who restored it, or
 * the file as it was. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  const Variant *v = data;
  g_autofree char *before = state_of (f->base);
  guint n, restored = 0, total, tried = 0;

  /* How many steps a restore takes here, without faults. */
  {
    g_autoptr(StyreStore) store = open_work (f);
    g_autoptr(GError) error = NULL;
    arm (G_MAXUINT, FAULT_ONCE, v->disk_full);
    g_assert_true (styre_store_restore (store, f->snapshot, NULL, &error));
    total = faults.step;
    disarm ();
  }

  for (n = 1; ; n++)
    {
      g_autoptr(StyreStore) store = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *state = NULL;
      gboolean ok;

      if (n <= total && !step_planned (n, total))
        continue;
      tried++;
      store = open_work (f);

      arm (n, v->mode, v->disk_full);
      ok = styre_store_restore (store, f->snapshot, NULL, &error);
      disarm ();
      if (!faults.fired)
        {
          g_assert_true (ok);
          break;
        }
      if (!ok)
        assert_person_error (error, v);
      g_clear_object (&store);

      state = state_of (f->work);
      if (ok || g_strcmp0 (state, before) != 0)
        {
          /* Restored: 12 focus areas, as in the snapshot, and the audit row. */
          g_assert_cmpint (count_rows (f->work, "SELECT count(*) FROM focus_area"), ==, 12);
          g_assert_cmpint (count_rows (f->work, "SELECT count(*) FROM audit_log WHERE "
                                                "action = 'restore'"), ==, 1);
          /* An error after the point of no return is no error: it was restored. */
          g_assert_true (ok);
          restored++;
        }
      else
        {
          g_assert_cmpint (count_rows (f->work, "SELECT count(*) FROM focus_area"), ==, 13);
          g_assert_cmpint (count_rows (f->work, "SELECT count(*) FROM audit_log WHERE "
                                                "action = 'restore'"), ==, 0);
        }
    }
  g_test_message ("restore: %u steps, %u of them failed, %u restored in spite of the fault",
                  n - 1, tried - 1, restored);
  g_assert_cmpuint (n, >, 8);
}

/* Presence: the session row is there or not, never half. */
static void
test_join_and_heartbeat (Fixture       *f,
                         gconstpointer  data)
{
  const Variant *v = data;
  guint n;

  for (n = 1; ; n++)
    {
      g_autoptr(StyreStore) store = open_work (f);
      g_autoptr(GError) error = NULL;
      gboolean joined, beat = FALSE;
      gint64 rows;

      arm (n, v->mode, v->disk_full);
      joined = styre_store_join (store, &error);
      if (joined)
        beat = styre_store_heartbeat (store, &error);
      disarm ();
      if (!faults.fired)
        break;
      /* The share is back: the feed's next poll touches the file, and a lock the failed
       * step could not release is let go. The store is not closed: a crash. */
      styre_store_get_change_counter (store);
      rows = count_rows (f->work, "SELECT count(*) FROM session");
      g_assert_cmpint (rows, ==, joined ? 1 : 0);
      if (joined)
        g_assert_cmpint (count_rows (f->work, "SELECT max(heartbeat) FROM session"), ==,
                         beat ? 1 : 0);
      g_clear_object (&store);
      g_free (state_of (f->work));
    }
  g_assert_cmpuint (n, >, 4);
}

int
main (int   argc,
      char *argv[])
{
  static const struct { const char *name; const Variant *variant; } variants[] = {
    { "once", &once },
    { "forever", &forever },
    { "disk-full", &full_disk },
  };
  static const struct { const char *name; void (*func) (Fixture *, gconstpointer); } paths[] = {
    { "apply", test_apply },
    { "apply-state-right-after", test_apply_state_right_after },
    { "first-change-of-day", test_first_change_of_day },
    { "restore", test_restore },
    { "join-and-heartbeat", test_join_and_heartbeat },
  };

  g_test_init (&argc, &argv, NULL);
  install_faulty_vfs ();

  for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
    for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
      {
        g_autofree char *name = g_strdup_printf ("/io-faults/%s/%s", paths[p].name,
                                                 variants[i].name);
        g_test_add (name, Fixture, variants[i].variant, fixture_set_up, paths[p].func,
                    fixture_tear_down);
      }

  return g_test_run ();
}
