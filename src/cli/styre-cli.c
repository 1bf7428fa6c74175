/* styre-cli.c — the command-line tool
 *
 * Every command prints its result on stdout, explains a failure on stderr and exits
 * non-zero; bad arguments and bad files never crash it. It links core and charts only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "styre-cli.h"
#include "styre-demo.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-queries.h"
#include "styre-store.h"

#define EXIT_USAGE 2

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  const char  *args;
  const char  *summary;
  CommandFunc  func;
} Command;

static int cmd_new   (int argc, char **argv);
static int cmd_demo  (int argc, char **argv);
static int cmd_check (int argc, char **argv);
static int cmd_info  (int argc, char **argv);
static int cmd_bench (int argc, char **argv);
static int cmd_snapshot  (int argc, char **argv);
static int cmd_snapshots (int argc, char **argv);
static int cmd_restore   (int argc, char **argv);

static const Command commands[] = {
  { "new", N_("FILE"), N_("Create a new, empty Styre file"), cmd_new },
  { "demo", N_("FILE [--scale N]"), N_("Create the demo portfolio in a new file"), cmd_demo },
  { "check", N_("FILE"), N_("Check a file; prints “ok”, or what is wrong"), cmd_check },
  { "info", N_("FILE"), N_("Show the schema version and the rows in each table"), cmd_info },
  { "bench", N_("FILE [--runs N]"), N_("Time opening, the main queries and a snapshot"), cmd_bench },
  { "snapshot", N_("FILE"), N_("Take a verified snapshot of a file now"), cmd_snapshot },
  { "snapshots", N_("FILE"), N_("List a file’s snapshots: when, why, by whom"), cmd_snapshots },
  { "restore", N_("FILE SNAPSHOT"), N_("Put a file back as it was in a snapshot"), cmd_restore },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  styre-cli %s\n  styre-cli --help | --version\n\n%s\n",
           _("Usage:"), _("COMMAND [OPTION…] FILE"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *call = g_strdup_printf ("%s %s", commands[i].name, _(commands[i].args));
      fprintf (out, "  %-28s %s\n", call, _(commands[i].summary));
    }
  fprintf (out, "\n%s\n", _("Run “styre-cli COMMAND --help” for the options of a command."));
}

static int
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static int
fail (const char *format,
      ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "styre-cli: %s\n", msg);
  return EXIT_FAILURE;
}

/* Parses a command's options; leaves the positional arguments in argv. Returns -1 when
 * parsing succeeded, otherwise the exit code to end with. */
static int
parse_options (const char    *command,
               const char    *parameter,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv,
               int            n_positional)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup_printf ("%s %s", command, parameter);

  context = g_option_context_new (title);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      fprintf (stderr, "styre-cli %s: %s\n", command, error->message);
      return EXIT_USAGE;
    }
  /* argv[0] is the command name itself. */
  if (*argc - 1 != n_positional)
    {
      fprintf (stderr, "styre-cli %s: %s\n", command,
               *argc - 1 < n_positional ? _("A file name is missing.")
                                        : _("There are too many arguments."));
      fprintf (stderr, "%s styre-cli %s %s\n", _("Usage:"), command, parameter);
      return EXIT_USAGE;
    }
  return -1;
}

static int
cmd_new (int    argc,
         char **argv)
{
  g_autofree char *organisation = NULL;
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int ret;
  GOptionEntry entries[] = {
    { "organisation", 'o', 0, G_OPTION_ARG_STRING, &organisation,
      N_("The organisation the file belongs to"), N_("NAME") },
    { NULL }
  };

  if ((ret = parse_options ("new", _("FILE"), entries, &argc, &argv, 1)) >= 0)
    return ret;

  store = styre_store_create (argv[1], organisation ? organisation : "", &error);
  if (store == NULL)
    return fail ("%s", error->message);

  printf (_("Created %s\n"), styre_store_get_path (store));
  return EXIT_SUCCESS;
}

static int
cmd_demo (int    argc,
          char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  StyreDemoOptions options;
  int scale = 1;
  gint64 seed = STYRE_DEMO_DEFAULT_SEED;
  g_autofree char *today = NULL;
  gint64 start;
  int ret;
  GOptionEntry entries[] = {
    { "scale", 's', 0, G_OPTION_ARG_INT, &scale,
      N_("Multiply the portfolio N times, for benchmarks (125 gives 5 000 initiatives)"),
      N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed of the generator"), N_("N") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today,
      N_("Make the demo as if today were DATE"), N_("YYYY-MM-DD") },
    { NULL }
  };

  if ((ret = parse_options ("demo", _("FILE [--scale N]"), entries, &argc, &argv, 1)) >= 0)
    return ret;
  if (scale < 1 || scale > 1000)
    return fail (_("The scale must be a whole number from 1 to 1000."));
  if (seed < 0)
    return fail (_("The seed must not be negative."));
  if (today != NULL)
    {
      g_autoptr(GDateTime) dt = NULL;
      g_autofree char *with_time = g_strdup_printf ("%sT12:00:00Z", today);
      dt = g_date_time_new_from_iso8601 (with_time, NULL);
      if (strlen (today) != 10 || dt == NULL)
        return fail (_("“%s” is not a date of the form YYYY-MM-DD."), today);
    }

  styre_demo_options_init (&options);
  options.scale = (guint) scale;
  options.seed = (guint64) seed;
  options.today = today;

  start = g_get_monotonic_time ();
  store = styre_demo_create (argv[1], &options, &error);
  if (store == NULL)
    return fail ("%s", error->message);

  {
    g_autofree char *initiatives =
      g_strdup_printf ("%" G_GINT64_FORMAT, styre_store_count_rows (store, "initiative", NULL));
    g_autofree char *reports =
      g_strdup_printf ("%" G_GINT64_FORMAT, styre_store_count_rows (store, "status_report",
                                                                    NULL));
    g_autofree char *meetings =
      g_strdup_printf ("%" G_GINT64_FORMAT, styre_store_count_rows (store, "meeting", NULL));

    /* Translators: "Created FILE: 42 initiatives, 1735 status reports, 9 meetings in 0.2 s" */
    printf (_("Created %s: %s initiatives, %s status reports, %s meetings in %.1f s\n"),
            styre_store_get_path (store), initiatives, reports, meetings,
            (g_get_monotonic_time () - start) / 1e6);
  }
  return EXIT_SUCCESS;
}

/* "27.11.2026 09:12" in Norwegian time; scripts read the date too. */
static char *
format_moment (StyreStore *store,
               const char *utc)
{
  return styre_format_timestamp (utc, NULL);
}

static void
print_row (const char *label,
           const char *value)
{
  /* Labels are padded by characters, not bytes: æ, ø and å are two bytes each. */
  glong pad = 18 - g_utf8_strlen (label, -1);

  printf ("%s%*s %s\n", label, (int) MAX (pad, 1), "", value);
}

/* Where the file is, what that allows, who has it open and the latest snapshot. */
static void
print_sharing (StyreStore *store)
{
  const StyreLocation *location = styre_store_get_location (store);
  g_autofree char *where = styre_location_describe (location);
  g_autofree char *mode = styre_sharing_describe (styre_store_get_sharing (store));
  g_autofree char *where_line = g_strdup_printf ("%s — %s",
                                                 styre_location_kind_to_string (location->kind),
                                                 where);
  g_autofree char *mode_line =
    g_strdup_printf ("%s — %s", styre_sharing_to_string (styre_store_get_sharing (store)), mode);
  g_autoptr(GPtrArray) sessions = styre_store_list_sessions (store, TRUE, NULL);
  g_autoptr(StyreOwner) owner = styre_store_dup_owner (store);
  g_autoptr(GPtrArray) snapshots = styre_store_list_snapshots (store, NULL);
  g_autofree char *now = styre_store_now (store);
  gboolean anyone = FALSE;

  print_row (_("Location"), where_line);
  print_row (_("Mode"), mode_line);

  if (owner != NULL)
    {
      g_autofree char *since = format_moment (store, owner->since);
      g_autofree char *seen = format_moment (store, owner->heartbeat_at);
      g_autofree char *line = NULL;

      if (styre_owner_is_stale (owner, now))
        /* Translators: "Kari Nordmann on ws-17, editing since 09:12, not heard from since
         * 09:40" */
        line = g_strdup_printf (_("%s on %s, editing since %s, not heard from since %s"),
                                *owner->display_name ? owner->display_name : "?",
                                owner->host, since, seen);
      else
        /* Translators: "Kari Nordmann on ws-17, editing since 09:12" */
        line = g_strdup_printf (_("%s on %s, editing since %s"),
                                *owner->display_name ? owner->display_name : "?",
                                owner->host, since);
      print_row (_("Editor"), line);
      anyone = TRUE;
    }

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      StyreSession *s = g_ptr_array_index (sessions, i);
      g_autofree char *since = format_moment (store, s->started_at);
      g_autofree char *line = NULL;

      if (*s->editing != '\0')
        /* Translators: "Kari Nordmann on ws-17 since 09:12, editing “DF-01 Digital
         * byggesøknad”" */
        line = g_strdup_printf (_("%s on %s since %s, editing “%s”"), s->display_name, s->host,
                                since, s->editing);
      else
        /* Translators: "Kari Nordmann on ws-17 since 09:12" */
        line = g_strdup_printf (_("%s on %s since %s"), s->display_name, s->host, since);
      print_row (anyone ? "" : _("Open by"), line);
      anyone = TRUE;
    }
  if (!anyone)
    print_row (_("Open by"), _("nobody else"));

  if (snapshots != NULL && snapshots->len > 0)
    {
      StyreSnapshot *latest = g_ptr_array_index (snapshots, 0);
      g_autofree char *when = format_moment (store, latest->taken_at);
      /* Translators: the latest snapshot: when, why, by whom, e.g. "27.11.2026 08:00 —
       * First change of the day, by Kari Nordmann" */
      g_autofree char *line = g_strdup_printf (_("%s — %s, by %s"), when,
                                               styre_snapshot_describe_reason (latest->reason),
                                               *latest->taken_by ? latest->taken_by : "?");
      print_row (_("Latest snapshot"), line);
    }
  else
    print_row (_("Latest snapshot"), _("none yet"));
}

static int
cmd_check (int    argc,
           char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int ret;

  if ((ret = parse_options ("check", _("FILE"), NULL, &argc, &argv, 1)) >= 0)
    return ret;

  /* Checking never changes the file: no upgrade, no journal mode conversion. */
  store = styre_store_open (argv[1], STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    return fail ("%s", error->message);

  if (!styre_store_check (store, TRUE, &error))
    return fail ("%s", error->message);

  printf ("ok\n");
  print_sharing (store);
  return EXIT_SUCCESS;
}

static int
cmd_info (int    argc,
          char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tables = NULL;
  int ret;

  if ((ret = parse_options ("info", _("FILE"), NULL, &argc, &argv, 1)) >= 0)
    return ret;

  store = styre_store_open (argv[1], STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    return fail ("%s", error->message);

  printf ("%-26s %s\n", _("File"), styre_store_get_path (store));
  printf ("%-26s %s\n", _("Organisation"), styre_store_get_organisation_name (store));
  printf ("%-26s %d\n", _("Schema version"), styre_store_get_schema_version (store));
  printf ("%-26s %s\n", _("File id"), styre_store_get_file_id (store));
  printf ("\n%-26s %s\n", _("Table"), _("Rows"));

  tables = styre_store_list_tables (store);
  for (guint i = 0; tables[i] != NULL; i++)
    {
      gint64 n = styre_store_count_rows (store, tables[i], &error);
      if (n < 0)
        return fail ("%s", error->message);
      printf ("%-26s %" G_GINT64_FORMAT "\n", tables[i], n);
    }
  return EXIT_SUCCESS;
}

typedef struct
{
  const char *name;
  GArray     *samples;   /* of double, milliseconds */
} Timing;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  if (samples->len == 0)
    return 0;
  if (samples->len % 2)
    return g_array_index (samples, double, samples->len / 2);
  return (g_array_index (samples, double, samples->len / 2 - 1)
          + g_array_index (samples, double, samples->len / 2)) / 2;
}

static void
add_sample (Timing *t,
            gint64  start)
{
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  g_array_append_val (t->samples, ms);
}

static int
cmd_bench (int    argc,
           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  int runs = 7;
  int ret;
  Timing timings[] = {
    { N_("open (checks included)"), NULL },
    { N_("portfolio summary"), NULL },
    { N_("initiative list"), NULL },
    { N_("meeting list"), NULL },
    { N_("follow-up list"), NULL },
    { N_("who has it open (sessions)"), NULL },
    { N_("snapshot (backup and check)"), NULL },
  };
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, N_("How many times to run each step"), N_("N") },
    { NULL }
  };

  if ((ret = parse_options ("bench", _("FILE [--runs N]"), entries, &argc, &argv, 1)) >= 0)
    return ret;
  if (runs < 1 || runs > 1000)
    return fail (_("The number of runs must be from 1 to 1000."));

  for (guint i = 0; i < G_N_ELEMENTS (timings); i++)
    timings[i].samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (int r = 0; r < runs; r++)
    {
      g_autoptr(StyreStore) store = NULL;
      g_autoptr(GListModel) initiatives = NULL;
      g_autoptr(GListModel) meetings = NULL;
      g_autoptr(GListModel) actions = NULL;
      g_autoptr(GPtrArray) sessions = NULL;
      g_autofree char *snapshot = NULL;
      StyrePortfolioSummary summary;
      gint64 start;

      start = g_get_monotonic_time ();
      store = styre_store_open (argv[1], STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
      if (store == NULL)
        return fail ("%s", error->message);
      add_sample (&timings[0], start);

      start = g_get_monotonic_time ();
      if (!styre_store_get_portfolio_summary (store, today, &summary, &error))
        return fail ("%s", error->message);
      styre_portfolio_summary_clear (&summary);
      add_sample (&timings[1], start);

      start = g_get_monotonic_time ();
      initiatives = styre_store_list_initiatives (store, atoi (today), &error);
      if (initiatives == NULL)
        return fail ("%s", error->message);
      add_sample (&timings[2], start);

      start = g_get_monotonic_time ();
      meetings = styre_store_list_meetings (store, &error);
      if (meetings == NULL)
        return fail ("%s", error->message);
      add_sample (&timings[3], start);

      start = g_get_monotonic_time ();
      actions = styre_store_list_actions (store, today, FALSE, &error);
      if (actions == NULL)
        return fail ("%s", error->message);
      add_sample (&timings[4], start);

      start = g_get_monotonic_time ();
      sessions = styre_store_list_sessions (store, TRUE, &error);
      if (sessions == NULL)
        return fail ("%s", error->message);
      add_sample (&timings[5], start);

      /* The first change of each day waits for this (STORAGE.md rule 10). */
      start = g_get_monotonic_time ();
      snapshot = styre_store_snapshot (store, "manual", &error);
      if (snapshot == NULL)
        return fail ("%s", error->message);
      add_sample (&timings[6], start);
      g_unlink (snapshot);

      if (r == 0)
        printf (_("%s: %u initiatives, %u meetings, %u actions; %d runs\n\n"), argv[1],
                g_list_model_get_n_items (initiatives), g_list_model_get_n_items (meetings),
                g_list_model_get_n_items (actions), runs);
    }

  printf ("%-32s %10s %10s %10s\n", _("step"), _("median ms"), _("min ms"), _("max ms"));
  for (guint i = 0; i < G_N_ELEMENTS (timings); i++)
    {
      GArray *s = timings[i].samples;
      double m = median (s);
      printf ("%-32s %10.2f %10.2f %10.2f\n", _(timings[i].name), m,
              g_array_index (s, double, 0), g_array_index (s, double, s->len - 1));
      g_array_unref (s);
    }
  return EXIT_SUCCESS;
}

static int
cmd_snapshot (int    argc,
              char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  if ((ret = parse_options ("snapshot", _("FILE"), NULL, &argc, &argv, 1)) >= 0)
    return ret;

  /* A snapshot reads the file; it is written beside it. */
  store = styre_store_open (argv[1], STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    return fail ("%s", error->message);
  path = styre_store_snapshot (store, "manual", &error);
  if (path == NULL)
    return fail ("%s", error->message);
  printf ("%s\n", path);
  return EXIT_SUCCESS;
}

static int
cmd_snapshots (int    argc,
               char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  int ret;

  if ((ret = parse_options ("snapshots", _("FILE"), NULL, &argc, &argv, 1)) >= 0)
    return ret;

  store = styre_store_open (argv[1], STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    return fail ("%s", error->message);
  snapshots = styre_store_list_snapshots (store, &error);
  if (snapshots == NULL)
    return fail ("%s", error->message);
  if (snapshots->len == 0)
    {
      fprintf (stderr, "%s\n", _("The file has no snapshots yet."));
      return EXIT_SUCCESS;
    }

  for (guint i = 0; i < snapshots->len; i++)
    {
      StyreSnapshot *s = g_ptr_array_index (snapshots, i);
      g_autofree char *when = format_moment (store, s->taken_at);
      g_autofree char *size = styre_format_size (s->size);
      g_autofree char *base = g_path_get_basename (s->path);

      /* One snapshot a line, tab-separated: when, why, by whom, size, file name. */
      printf ("%s\t%s\t%s\t%s\t%s\n", when, styre_snapshot_describe_reason (s->reason),
              *s->taken_by ? s->taken_by : "?", size, base);
    }
  return EXIT_SUCCESS;
}

/* A snapshot named by path, by its file name in .styre-snapshots, or "latest". */
static char *
find_snapshot (StyreStore  *store,
               const char  *name,
               GError     **error)
{
  g_autoptr(GPtrArray) snapshots = NULL;

  if (g_file_test (name, G_FILE_TEST_IS_REGULAR))
    return g_canonicalize_filename (name, NULL);

  snapshots = styre_store_list_snapshots (store, error);
  if (snapshots == NULL)
    return NULL;
  for (guint i = 0; i < snapshots->len; i++)
    {
      StyreSnapshot *s = g_ptr_array_index (snapshots, i);
      g_autofree char *base = g_path_get_basename (s->path);

      if ((i == 0 && g_str_equal (name, "latest")) || g_str_equal (base, name))
        return g_strdup (s->path);
    }
  g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
               _("There is no snapshot “%s” of this file; “styre-cli snapshots FILE” lists "
                 "them."), name);
  return NULL;
}

static int
cmd_restore (int    argc,
             char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreStore) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *safety = NULL;
  int ret;

  if ((ret = parse_options ("restore", _("FILE SNAPSHOT"), NULL, &argc, &argv, 2)) >= 0)
    return ret;

  /* The same rules as the app: presence, one editor where the location needs it. */
  store = styre_store_open (argv[1], STYRE_OPEN_DEFAULT, &error);
  if (store == NULL)
    return fail ("%s", error->message);
  if (styre_store_is_read_only (store))
    return fail ("%s", styre_store_get_read_only_reason (store));
  if (!styre_store_join (store, &error))
    return fail ("%s", error->message);

  path = find_snapshot (store, argv[2], &error);
  if (path == NULL)
    return fail ("%s", error->message);
  if (!styre_store_restore (store, path, &safety, &error))
    return fail ("%s", error->message);

  {
    g_autoptr(GPtrArray) snapshots = styre_store_list_snapshots (store, NULL);
    g_autofree char *base = g_path_get_basename (path);

    /* Translators: "Restored FILE from SNAPSHOT." */
    printf (_("Restored %s from %s.\n"), styre_store_get_path (store), base);
    /* Translators: where the state before the restore was kept */
    printf (_("The file as it was before is kept in %s.\n"), safety);
    (void) snapshots;
  }
  return EXIT_SUCCESS;
}

/**
 * styre_cli_run:
 *
 * Runs one command. Returns the process exit status: 0 on success, 1 when the command
 * failed (the reason is on stderr), 2 for bad usage.
 */
int
styre_cli_run (int    argc,
               char **argv)
{
  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
      || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_SUCCESS;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("styre-cli %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].func (argc - 1, argv + 1);

  fprintf (stderr, _("styre-cli: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return EXIT_USAGE;
}
