/* test-feed.c — other people's changes arrive by themselves; who is here (STORAGE.md
 * rules 7 and 8)
 *
 * Two stores on one file are two people: each has its own connection, as two Styres on
 * two computers have. The multi-process versions of these (a killed Styre, p95 latency)
 * are in tests/storage/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "styre-error.h"
#include "styre-store.h"

#include "test-util.h"

#define POLL_MS 100

typedef struct
{
  char       *dir;
  char       *path;
  StyreStore *kari;          /* watches */
  GPtrArray  *changed;       /* "remote:table" or "local:table" */
  GPtrArray  *entries;       /* StyreAuditEntry, from remote-changes */
  GPtrArray  *connected;     /* StyreStore: let go of in tear-down */
  guint       n_presence;
  guint       n_read_only;
} Fixture;

static void
on_changed (StyreStore  *store,
            char       **tables,
            gboolean     local,
            Fixture     *f)
{
  for (guint i = 0; tables[i] != NULL; i++)
    g_ptr_array_add (f->changed, g_strdup_printf ("%s:%s", local ? "local" : "remote",
                                                  tables[i]));
}

static void
on_remote_changes (StyreStore *store,
                   GPtrArray  *entries,
                   Fixture    *f)
{
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (f->entries, styre_audit_entry_copy (g_ptr_array_index (entries, i)));
}

static void
on_presence (StyreStore *store,
             Fixture    *f)
{
  f->n_presence++;
}

static void
on_read_only (StyreStore *store,
              GParamSpec *pspec,
              Fixture    *f)
{
  f->n_read_only++;
}

static void
connect_store (Fixture    *f,
               StyreStore *store)
{
  g_ptr_array_add (f->connected, g_object_ref (store));
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), f);
  g_signal_connect (store, "remote-changes", G_CALLBACK (on_remote_changes), f);
  g_signal_connect (store, "presence-changed", G_CALLBACK (on_presence), f);
  g_signal_connect (store, "notify::read-only", G_CALLBACK (on_read_only), f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) created = NULL;

  f->dir = g_dir_make_tmp ("styre-feed-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "ledergruppen.styre", NULL);
  created = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  g_clear_object (&created);

  f->changed = g_ptr_array_new_with_free_func (g_free);
  f->connected = g_ptr_array_new_with_free_func (g_object_unref);
  f->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_audit_entry_free);

  styre_store_set_default_identity ("kari", "Kari Nordmann");
  f->kari = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  connect_store (f, f->kari);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* A poll still running holds its store: nothing of it may reach this fixture after. */
  for (guint i = 0; i < f->connected->len; i++)
    {
      StyreStore *store = g_ptr_array_index (f->connected, i);
      g_signal_handlers_disconnect_by_data (store, f);
      styre_store_close (store);
    }
  g_ptr_array_unref (f->connected);
  g_clear_object (&f->kari);
  styre_store_set_default_identity (NULL, NULL);
  /* Let queued emissions of closed stores go. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_ptr_array_unref (f->changed);
  g_ptr_array_unref (f->entries);
  test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static StyreStore *
open_as (Fixture    *f,
         const char *user,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  StyreStore *store = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  styre_store_set_identity (store, user, name);
  return store;
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

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;
  guint id = g_timeout_add (ms, timeout_cb, &done);

  while (!done)
    g_main_context_iteration (NULL, TRUE);
  (void) id;
}

static gboolean
has (GPtrArray  *seen,
     const char *what)
{
  return g_ptr_array_find_with_equal_func (seen, what, g_str_equal, NULL);
}

/* Runs the main loop until @what is in f->changed, or @ms pass. Returns the ms waited. */
static gint64
wait_for_change (Fixture    *f,
                 const char *what,
                 guint       ms)
{
  gint64 start = g_get_monotonic_time ();
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms, timeout_cb, &timed_out);

  while (!has (f->changed, what) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return (g_get_monotonic_time () - start) / 1000;
}

/* Ola saves; Kari's store says which table, who and what, within a poll. */
static void
test_remote_change (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(StyreStore) ola = open_as (f, "ola", "Ola Nordmann");
  StyreAuditEntry *e;

  styre_store_watch (f->kari, POLL_MS);
  run_for (3 * POLL_MS);
  g_ptr_array_set_size (f->changed, 0);

  add_focus_area (ola, "Sammenhengende tjenester");
  g_assert_cmpint (wait_for_change (f, "remote:focus_area", 3000), <, 3000);
  g_assert_cmpuint (f->entries->len, ==, 1);
  e = g_ptr_array_index (f->entries, 0);
  g_assert_cmpstr (e->display_name, ==, "Ola Nordmann");
  g_assert_cmpstr (e->action, ==, "insert");
  g_assert_cmpstr (e->table_name, ==, "focus_area");
  g_assert_cmpstr (e->label, ==, "Sammenhengende tjenester");

  /* Kari's own change is hers: "changed" with local, and no remote report. */
  g_ptr_array_set_size (f->changed, 0);
  g_ptr_array_set_size (f->entries, 0);
  add_focus_area (f->kari, "Datadrevet forvaltning");
  run_for (4 * POLL_MS);
  g_assert_true (has (f->changed, "local:focus_area"));
  g_assert_false (has (f->changed, "remote:focus_area"));
  g_assert_cmpuint (f->entries->len, ==, 0);

  /* Both save between two polls: only Ola's is news, and it is. */
  add_focus_area (f->kari, "Kompetanse");
  add_focus_area (ola, "Informasjonssikkerhet");
  g_assert_cmpint (wait_for_change (f, "remote:focus_area", 3000), <, 3000);
  g_assert_cmpuint (f->entries->len, ==, 1);
  e = g_ptr_array_index (f->entries, 0);
  g_assert_cmpstr (e->label, ==, "Informasjonssikkerhet");
}

/* Heartbeats move data_version but write no audit rows: no page reads again. */
static void
test_heartbeats_cause_no_reload (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) ola = open_as (f, "ola", "Ola Nordmann");
  guint presence_before;

  g_assert_true (styre_store_join (ola, &error));
  g_assert_no_error (error);
  styre_store_watch (f->kari, POLL_MS);
  run_for (3 * POLL_MS);
  g_ptr_array_set_size (f->changed, 0);
  presence_before = f->n_presence;

  for (guint i = 0; i < 10; i++)
    {
      g_assert_true (styre_store_heartbeat (ola, &error));
      g_assert_no_error (error);
      run_for (POLL_MS);
    }
  run_for (2 * POLL_MS);
  g_assert_cmpuint (f->changed->len, ==, 0);
  g_assert_cmpuint (f->entries->len, ==, 0);
  g_assert_cmpuint (f->n_presence, ==, presence_before);

  /* Control: one real change is one reload. */
  add_focus_area (ola, "Sammenhengende tjenester");
  g_assert_cmpint (wait_for_change (f, "remote:focus_area", 3000), <, 3000);
  run_for (3 * POLL_MS);
  g_assert_cmpuint (f->changed->len, ==, 1);
}

static StyreSession *
find_session (GPtrArray  *sessions,
              const char *name)
{
  for (guint i = 0; i < sessions->len; i++)
    {
      StyreSession *s = g_ptr_array_index (sessions, i);
      if (g_str_equal (s->display_name, name))
        return s;
    }
  return NULL;
}

/* Who else is here, what they edit, and that they leave. */
static void
test_presence (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) ola = open_as (f, "ola", "Ola Nordmann");
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) all = NULL;
  StyreSession *s;
  gint64 id;

  id = add_focus_area (ola, "Sammenhengende tjenester");
  styre_store_set_editing (ola, "focus_area", id, "Sammenhengende tjenester");
  g_assert_true (styre_store_join (ola, &error));
  g_assert_no_error (error);

  styre_store_watch (f->kari, POLL_MS);
  run_for (3 * POLL_MS);
  g_assert_cmpuint (f->n_presence, >=, 1);
  sessions = styre_store_get_sessions (f->kari);
  s = find_session (sessions, "Ola Nordmann");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->editing, ==, "Sammenhengende tjenester");
  g_assert_cmpstr (s->editing_table, ==, "focus_area");
  g_assert_cmpint (s->editing_row, ==, id);
  g_assert_false (s->is_self);
  /* Kari herself is not in her list of others, but she is in the file. */
  g_assert_null (find_session (sessions, "Kari Nordmann"));
  all = styre_store_list_sessions (ola, TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_session (all, "Kari Nordmann"));
  g_assert_true (find_session (all, "Ola Nordmann")->is_self);

  /* What Ola edits changes: Kari sees it with his next heartbeat. */
  styre_store_set_editing (ola, NULL, 0, NULL);
  g_assert_true (styre_store_heartbeat (ola, &error));
  run_for (3 * POLL_MS);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = styre_store_get_sessions (f->kari);
  g_assert_cmpstr (find_session (sessions, "Ola Nordmann")->editing, ==, "");

  /* Ola closes the file: gone at the next poll. */
  styre_store_close (ola);
  run_for (3 * POLL_MS);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = styre_store_get_sessions (f->kari);
  g_assert_null (find_session (sessions, "Ola Nordmann"));
}

/* A Styre that stops beating (hung, or its computer lost the network) is gone after three
 * missed heartbeats, and not before. STYRE_HEARTBEAT_SECONDS is 1 in this test. */
static void
test_silent_session_goes_stale (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) ola = open_as (f, "ola", "Ola Nordmann");
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 start, gone_after = -1;
  gboolean seen = FALSE;

  g_assert_true (styre_store_join (ola, &error));
  styre_store_watch (f->kari, POLL_MS);
  start = g_get_monotonic_time ();
  while (g_get_monotonic_time () - start < 6 * G_USEC_PER_SEC)
    {
      run_for (POLL_MS);
      g_clear_pointer (&sessions, g_ptr_array_unref);
      sessions = styre_store_get_sessions (f->kari);
      /* Until the first poll has come back (slow under the sanitizer on a busy machine)
       * nobody is listed: gone means seen and then not. */
      if (!seen)
        seen = find_session (sessions, "Ola Nordmann") != NULL;
      else if (find_session (sessions, "Ola Nordmann") == NULL)
        {
          gone_after = (g_get_monotonic_time () - start) / 1000;
          break;
        }
    }
  g_test_message ("a silent session was gone after %" G_GINT64_FORMAT " ms", gone_after);
  g_assert_true (seen);
  g_assert_cmpint (gone_after, >=, 2000);
  g_assert_cmpint (gone_after, <=, 3000 + 4 * POLL_MS);

  /* Control: the same session beating is never gone. */
  g_assert_true (styre_store_heartbeat (ola, &error));
  start = g_get_monotonic_time ();
  while (g_get_monotonic_time () - start < 4 * G_USEC_PER_SEC)
    {
      run_for (500);
      g_assert_true (styre_store_heartbeat (ola, &error));
      g_clear_pointer (&sessions, g_ptr_array_unref);
      sessions = styre_store_get_sessions (f->kari);
      if (g_get_monotonic_time () - start > 2 * POLL_MS * 1000)
        g_assert_nonnull (find_session (sessions, "Ola Nordmann"));
    }
}

static char *
hash_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_open (path, STYRE_OPEN_READ_ONLY, &error);

  g_assert_no_error (error);
  return styre_store_content_hash (store, &error);
}

/* A sync client renames the file away (or deletes it): noticed within one poll, and not one
 * more write goes to the orphan. */
static void
test_renamed_underneath (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) change = styre_change_new_insert ("focus_area");
  g_autofree char *moved = g_build_filename (f->dir, "ledergruppen (Kari sin kopi).styre", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 start, waited;
  const guint interval = 500;

  add_focus_area (f->kari, "Sammenhengende tjenester");
  styre_store_watch (f->kari, interval);
  run_for (interval + 100);
  before = hash_of (f->path);

  g_assert_cmpint (g_rename (f->path, moved), ==, 0);
  start = g_get_monotonic_time ();
  while (f->n_read_only == 0 && g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  waited = (g_get_monotonic_time () - start) / 1000;
  g_test_message ("a renamed file was noticed after %" G_GINT64_FORMAT " ms (poll %u ms)",
                  waited, interval);
  g_assert_cmpint (waited, <, interval + 300);
  g_assert_true (styre_store_is_read_only (f->kari));
  g_assert_cmpint (styre_store_get_read_only_kind (f->kari), ==, STYRE_READ_ONLY_MOVED);

  styre_change_set_text (change, "name", "Datadrevet forvaltning");
  g_assert_false (styre_store_apply (f->kari, change, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_MOVED);
  g_clear_error (&error);
  /* Presence does not write to it either. */
  g_assert_false (styre_store_heartbeat (f->kari, &error));
  g_clear_error (&error);

  after = hash_of (moved);
  g_assert_cmpstr (before, ==, after);
}

/* Between two polls, a write is refused too: the check runs before every transaction. */
static void
test_replaced_then_write (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) change = styre_change_new_insert ("focus_area");
  g_autofree char *other = g_build_filename (f->dir, "annen.styre", NULL);
  g_autofree char *orphan = g_build_filename (f->dir, "foreldreløs.styre", NULL);
  g_autoptr(StyreStore) created = NULL;
  g_autofree char *replacement_before = NULL;
  g_autofree char *orphan_before = NULL;
  g_autofree char *orphan_after = NULL;
  g_autofree char *replacement_after = NULL;

  add_focus_area (f->kari, "Sammenhengende tjenester");
  created = styre_store_create (other, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  g_clear_object (&created);
  replacement_before = hash_of (other);

  /* Keep a hard link to the old file, to look at it afterwards. */
  g_assert_cmpint (link (f->path, orphan), ==, 0);
  orphan_before = hash_of (orphan);
  g_assert_cmpint (g_rename (other, f->path), ==, 0);

  styre_change_set_text (change, "name", "Datadrevet forvaltning");
  g_assert_false (styre_store_apply (f->kari, change, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_MOVED);
  g_clear_error (&error);
  g_assert_cmpint (styre_change_get_id (change), ==, 0);
  g_assert_cmpstr (styre_change_lookup (change, "name")->s, ==, "Datadrevet forvaltning");

  orphan_after = hash_of (orphan);
  replacement_after = hash_of (f->path);
  g_assert_cmpstr (orphan_before, ==, orphan_after);
  g_assert_cmpstr (replacement_before, ==, replacement_after);

  /* The way forward: the data as this window has it, and the edit, in a copy. */
  {
    g_autofree char *copy_path = g_build_filename (f->dir, "ledergruppen – kopi.styre", NULL);
    g_autoptr(GPtrArray) pending = g_ptr_array_new ();
    g_autoptr(StyreStore) copy = NULL;

    g_ptr_array_add (pending, change);
    g_assert_true (styre_store_save_copy (f->kari, copy_path, pending, &error));
    g_assert_no_error (error);
    copy = styre_store_open (copy_path, STYRE_OPEN_READ_ONLY, &error);
    g_assert_no_error (error);
    g_assert_cmpint (styre_store_count_rows (copy, "focus_area", NULL), ==, 2);
    g_assert_cmpstr (styre_store_get_file_id (copy), !=, styre_store_get_file_id (f->kari));
  }
}

/* Someone who only reads (single-editor mode, or read-only) gets the newer file a sync
 * client puts in place, checked like any file. */
static void
test_reader_follows_replacement (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) reader = NULL;
  g_autofree char *newer = g_build_filename (f->dir, ".ledergruppen.styre.synctmp", NULL);

  add_focus_area (f->kari, "Sammenhengende tjenester");
  g_clear_object (&f->kari);

  reader = styre_store_open (f->path, STYRE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  connect_store (f, reader);
  styre_store_watch (reader, POLL_MS);
  run_for (2 * POLL_MS);

  /* The sync client writes the newer copy beside the file and renames it over. */
  {
    g_autoptr(StyreStore) writer = NULL;
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
    g_assert_true (g_file_set_contents (newer, contents, length, NULL));
    writer = styre_store_open (newer, STYRE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    add_focus_area (writer, "Datadrevet forvaltning");
  }
  g_assert_cmpint (g_rename (newer, f->path), ==, 0);

  g_assert_cmpint (wait_for_change (f, "remote:focus_area", 3000), <, 3000);
  g_assert_cmpint (styre_store_count_rows (reader, "focus_area", NULL), ==, 2);
  g_assert_cmpint (styre_store_get_read_only_kind (reader), ==, STYRE_READ_ONLY_REQUESTED);

  /* Control: a replacement that is not this file (another file id) is not followed. */
  {
    g_autoptr(StyreStore) stranger = NULL;
    g_autofree char *other = g_build_filename (f->dir, "fremmed.styre", NULL);

    stranger = styre_store_create (other, "Nabokommunen", &error);
    g_assert_no_error (error);
    g_clear_object (&stranger);
    g_assert_cmpint (g_rename (other, f->path), ==, 0);
    run_for (4 * POLL_MS);
    g_assert_cmpint (styre_store_count_rows (reader, "focus_area", NULL), ==, 2);
  }
}

/* A restore by someone else reaches a reader as one restore, and everything is read again. */
static void
test_restore_is_reported (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) reader = NULL;
  g_autofree char *snapshot = NULL;
  StyreAuditEntry *e;

  add_focus_area (f->kari, "Sammenhengende tjenester");
  snapshot = styre_store_snapshot (f->kari, "manual", &error);
  g_assert_no_error (error);
  add_focus_area (f->kari, "Datadrevet forvaltning");

  reader = styre_store_open (f->path, STYRE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  connect_store (f, reader);
  styre_store_watch (reader, POLL_MS);
  run_for (2 * POLL_MS);

  g_assert_true (styre_store_restore (f->kari, snapshot, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (wait_for_change (f, "remote:initiative", 3000), <, 3000);
  g_assert_true (has (f->changed, "remote:focus_area"));
  g_assert_cmpuint (f->entries->len, ==, 1);
  e = g_ptr_array_index (f->entries, 0);
  g_assert_cmpstr (e->action, ==, "restore");
  g_assert_cmpstr (e->display_name, ==, "Kari Nordmann");
  g_assert_cmpint (styre_store_count_rows (reader, "focus_area", NULL), ==, 1);

  /* Afterwards, changes are news as before. */
  g_ptr_array_set_size (f->changed, 0);
  g_ptr_array_set_size (f->entries, 0);
  add_focus_area (f->kari, "Kompetanse");
  g_assert_cmpint (wait_for_change (f, "remote:focus_area", 3000), <, 3000);
  g_assert_cmpuint (f->entries->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("STYRE_HEARTBEAT_SECONDS", "1", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/feed/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("remote-change", test_remote_change);
  ADD ("heartbeats-cause-no-reload", test_heartbeats_cause_no_reload);
  ADD ("presence", test_presence);
  ADD ("silent-session-goes-stale", test_silent_session_goes_stale);
  ADD ("renamed-underneath", test_renamed_underneath);
  ADD ("replaced-then-write", test_replaced_then_write);
  ADD ("reader-follows-replacement", test_reader_follows_replacement);
  ADD ("restore-is-reported", test_restore_is_reported);

  return g_test_run ();
}
