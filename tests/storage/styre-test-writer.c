/* styre-test-writer.c — one person (one Styre process) for the multi-process tests
 *
 * tests/storage/test-shared-file.py starts several of these on one file and kills some
 * with SIGKILL (STORAGE.md tests 1, 3, 10, 11). Each prints what it did, one line each,
 * flushed at once, so the test knows what was acknowledged even of a process it killed:
 *
 *   setup FILE ROWS                 a new file with ROWS budget lines (approved = 0)
 *   cas FILE --seconds S --seed N [--rows A-B] [--hot A-B] [--no-version-check] [--row ID]
 *                                   add 1 to a budget line's `approved` again and again, as
 *                                   the app saves an edit: read, change, save with the
 *                                   version check, and on a conflict read again. Prints
 *                                   "ack ROW VALUE" after each commit. --no-version-check is
 *                                   the control: read, then write without the check.
 *   watch FILE [--interval MS]      the change feed and presence as the app runs them;
 *                                   prints "changed T TABLES" (T: monotonic µs) for others'
 *                                   changes and "presence NAME,NAME…" when who is here
 *                                   changes
 *   write-on-command FILE           on each line "go" on stdin, saves one change and prints
 *                                   "committed T"
 *   join FILE --name NAME [--editing LABEL]
 *                                   has the file open, heartbeat and all, until killed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "styre-error.h"
#include "styre-store.h"

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static int
die (const char *what,
     GError     *error)
{
  fprintf (stderr, "styre-test-writer: %s: %s\n", what, error ? error->message : "failed");
  return 1;
}

static gboolean
parse_range (const char *text,
             gint64     *lo,
             gint64     *hi)
{
  return text != NULL && sscanf (text, "%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT, lo, hi) == 2
         && *lo >= 1 && *hi >= *lo;
}

static int
cmd_setup (const char *path,
           int         rows)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_create (path, "Fjordvik kommune", &error);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  StyreChange *agency, *initiative;

  if (store == NULL)
    return die ("create", error);

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
  for (int i = 0; i < rows; i++)
    {
      StyreChange *line = styre_change_new_insert ("budget_line");
      g_autofree char *day = g_strdup_printf ("2026-%02d-%02d", 1 + i / 28 % 12, 1 + i % 28);

      styre_change_set_ref (line, "initiative_id", initiative);
      styre_change_set_int (line, "year", 2026 + i / (28 * 12));
      styre_change_set_text (line, "recorded_on", day);
      styre_change_set_int (line, "approved", 0);
      g_ptr_array_add (batch, line);
    }
  if (!styre_store_apply_all (store, batch, &error))
    return die ("setup", error);
  say ("ready");
  return 0;
}

/* The control: what a program without the version check does. */
static gboolean
increment_unchecked (sqlite3 *db,
                     gint64   row,
                     gint64  *value)
{
  sqlite3_stmt *stmt = NULL;
  gint64 v = -1;
  int rc;

  sqlite3_prepare_v2 (db, "SELECT approved FROM budget_line WHERE id = ?", -1, &stmt, NULL);
  sqlite3_bind_int64 (stmt, 1, row);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (v < 0)
    return FALSE;

  /* Someone else may save between the read and the write: that is the point. */
  g_usleep (g_random_int_range (0, 2000));
  sqlite3_prepare_v2 (db, "UPDATE budget_line SET approved = ? WHERE id = ?", -1, &stmt, NULL);
  sqlite3_bind_int64 (stmt, 1, v + 1);
  sqlite3_bind_int64 (stmt, 2, row);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  *value = v + 1;
  return rc == SQLITE_DONE;
}

static int
cmd_cas (const char *path,
         int         argc,
         char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autofree char *rows_text = NULL;
  g_autofree char *hot_text = NULL;
  double seconds = 10;
  gint64 seed = 1;
  gint64 single_row = 0;
  gboolean unchecked = FALSE;
  gint64 lo = 1, hi = 1, hot_lo = 0, hot_hi = 0;
  gint64 deadline;
  guint64 conflicts = 0, acks = 0;
  sqlite3 *raw = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  GOptionEntry entries[] = {
    { "seconds", 0, 0, G_OPTION_ARG_DOUBLE, &seconds, "How long (negative: until killed)", "S" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Random seed", "N" },
    { "rows", 0, 0, G_OPTION_ARG_STRING, &rows_text, "Rows to pick from", "A-B" },
    { "hot", 0, 0, G_OPTION_ARG_STRING, &hot_text, "Rows that get half the writes", "A-B" },
    { "row", 0, 0, G_OPTION_ARG_INT64, &single_row, "Only this row", "ID" },
    { "no-version-check", 0, 0, G_OPTION_ARG_NONE, &unchecked, "The control", NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return die ("options", error);
  if (rows_text != NULL && !parse_range (rows_text, &lo, &hi))
    return die ("--rows", NULL);
  if (hot_text != NULL && !parse_range (hot_text, &hot_lo, &hot_hi))
    return die ("--hot", NULL);
  if (single_row > 0)
    lo = hi = single_row;
  rand = g_rand_new_with_seed ((guint32) seed);

  if (unchecked)
    {
      if (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
        return die ("open", NULL);
      sqlite3_busy_timeout (raw, 30000);
    }
  else
    {
      store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
      if (store == NULL)
        return die ("open", error);
      styre_store_set_identity (store, "writer", "Testskriver");
    }
  say ("ready");

  deadline = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);
  while (seconds < 0 || g_get_monotonic_time () < deadline)
    {
      gint64 row;

      if (hot_hi > 0 && g_rand_boolean (rand))
        row = g_rand_int_range (rand, (gint32) hot_lo, (gint32) hot_hi + 1);
      else
        row = g_rand_int_range (rand, (gint32) lo, (gint32) hi + 1);

      if (unchecked)
        {
          gint64 value;
          if (increment_unchecked (raw, row, &value))
            {
              acks++;
              say ("ack %" G_GINT64_FORMAT " %" G_GINT64_FORMAT, row, value);
            }
          continue;
        }

      /* As the app saves an edit: the row as the person saw it, then the change. */
      for (;;)
        {
          g_autoptr(StyreRow) current = NULL;
          g_autoptr(GPtrArray) batch = NULL;
          StyreChange *change;
          gint64 value;
          gint64 read_deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

          /* As the app's pages read: a busy file is read again for up to 30 s. */
          while ((current = styre_store_read_row (store, "budget_line", row, &error)) == NULL
                 && g_error_matches (error, STYRE_ERROR, STYRE_ERROR_BUSY)
                 && g_get_monotonic_time () < read_deadline)
            {
              g_clear_error (&error);
              g_usleep (g_random_int_range (50, 400) * 1000);
            }
          if (current == NULL)
            return die ("read", error);
          value = styre_row_get_int (current, "approved") + 1;
          change = styre_change_new_update ("budget_line", row,
                                            styre_row_get_int (current, "version"));
          styre_change_set_int (change, "approved", value);
          batch = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
          g_ptr_array_add (batch, change);
          if (styre_store_apply_with_retry (store, batch, 30, &error))
            {
              acks++;
              say ("ack %" G_GINT64_FORMAT " %" G_GINT64_FORMAT, row, value);
              break;
            }
          if (!g_error_matches (error, STYRE_ERROR, STYRE_ERROR_CONFLICT))
            return die ("save", error);
          conflicts++;
          g_clear_error (&error);
        }
    }

  if (raw != NULL)
    sqlite3_close (raw);
  say ("done %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, acks, conflicts);
  return 0;
}

static void
on_changed (StyreStore  *store,
            char       **tables,
            gboolean     local,
            gpointer     data)
{
  g_autofree char *joined = NULL;

  if (local)
    return;
  joined = g_strjoinv (",", tables);
  say ("changed %" G_GINT64_FORMAT " %s", g_get_monotonic_time (), joined);
}

static void
on_presence (StyreStore *store,
             gpointer    data)
{
  g_autoptr(GPtrArray) sessions = styre_store_get_sessions (store);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < sessions->len; i++)
    {
      StyreSession *s = g_ptr_array_index (sessions, i);
      g_string_append_printf (names, "%s%s", i ? "," : "", s->display_name);
    }
  say ("presence %" G_GINT64_FORMAT " %s", g_get_monotonic_time (), names->str);
}

static int
cmd_watch (const char *path,
           guint       interval,
           const char *name,
           const char *editing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  if (store == NULL)
    return die ("open", error);
  styre_store_set_identity (store, "watcher", name ? name : "Observatør");
  if (editing != NULL)
    styre_store_set_editing (store, "initiative", 1, editing);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), NULL);
  g_signal_connect (store, "presence-changed", G_CALLBACK (on_presence), NULL);
  styre_store_watch (store, interval);
  say ("ready %u", styre_store_get_poll_interval (store));
  g_main_loop_run (loop);
  return 0;
}

static int
cmd_write_on_command (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) store = styre_store_open (path, STYRE_OPEN_DEFAULT, &error);
  char line[64];
  guint n = 0;

  if (store == NULL)
    return die ("open", error);
  styre_store_set_identity (store, "ola", "Ola Nordmann");
  say ("ready");
  while (fgets (line, sizeof line, stdin) != NULL)
    {
      g_autoptr(StyreChange) change = styre_change_new_insert ("focus_area");
      g_autofree char *name = g_strdup_printf ("Satsingsområde %u fra prosess %d", ++n, getpid ());

      if (!g_str_has_prefix (line, "go"))
        continue;
      styre_change_set_text (change, "name", name);
      if (!styre_store_apply (store, change, &error))
        return die ("save", error);
      say ("committed %" G_GINT64_FORMAT, g_get_monotonic_time ());
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *command;
  const char *path;

  /* Killed writers must not leave core files; a broken pipe ends a writer quietly. */
  signal (SIGPIPE, SIG_DFL);

  if (argc < 3)
    {
      fprintf (stderr, "usage: styre-test-writer COMMAND FILE [OPTION…]\n");
      return 2;
    }
  command = argv[1];
  path = argv[2];

  if (g_str_equal (command, "setup"))
    return cmd_setup (path, argc > 3 ? atoi (argv[3]) : 50);
  if (g_str_equal (command, "cas"))
    return cmd_cas (path, argc - 2, argv + 2);
  if (g_str_equal (command, "watch"))
    return cmd_watch (path, argc > 4 && g_str_equal (argv[3], "--interval") ? (guint) atoi (argv[4])
                                                                             : 0,
                      NULL, NULL);
  if (g_str_equal (command, "join"))
    /* Beat as often as the (shortened) heartbeat asks. */
    return cmd_watch (path, styre_heartbeat_seconds () < 10 ? 250 : 0,
                      argc > 4 && g_str_equal (argv[3], "--name") ? argv[4] : NULL,
                      argc > 6 && g_str_equal (argv[5], "--editing") ? argv[6] : NULL);
  if (g_str_equal (command, "write-on-command"))
    return cmd_write_on_command (path);

  fprintf (stderr, "styre-test-writer: unknown command %s\n", command);
  return 2;
}
