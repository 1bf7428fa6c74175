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
#include <unistd.h>

#include "styre-cli.h"
#include "styre-cli-private.h"
#include "styre-agenda.h"
#include "styre-demo.h"
#include "styre-document-meeting.h"
#include "styre-error.h"
#include "styre-followup-export.h"
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

static const Command commands[] = {
  { "new", N_("FILE"), N_("Create a new, empty Styre file"), cmd_new },
  { "demo", N_("FILE [--scale N]"), N_("Create the demo portfolio in a new file"), cmd_demo },
  { "check", N_("FILE"), N_("Check a file; prints “ok”, or what is wrong"), cmd_check },
  { "info", N_("FILE"), N_("Show the schema version and the rows in each table"), cmd_info },
  { "bench", N_("FILE [--runs N]"), N_("Time opening and the main queries"), cmd_bench },
  { "meetings", N_("FILE"), N_("List the meetings: id, date, forum, title, state"),
    styre_cli_meetings },
  { "notice", N_("FILE MEETING OUT.pdf [--public]"), N_("Write a meeting's notice and agenda"),
    styre_cli_notice },
  { "minutes", N_("FILE MEETING OUT.pdf [--public]"), N_("Write a meeting's minutes"),
    styre_cli_minutes },
  { "boardpack", N_("FILE MEETING OUT.pdf"),
    N_("Write the notice, case presentations and charts as one PDF"), styre_cli_boardpack },
  { "ics", N_("FILE MEETING OUT.ics"), N_("Write a meeting as a calendar file"), styre_cli_ics },
  { "followup", N_("FILE OUT.pdf|OUT.csv|OUT.xlsx"), N_("Write the follow-up list"),
    styre_cli_followup },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  styre-cli %s\n  styre-cli --help | --version\n\n%s\n",
           _("Usage:"), _("COMMAND [OPTION…] FILE"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *call = g_strdup_printf ("%s %s", commands[i].name, _(commands[i].args));
      fprintf (out, "  %-40s %s\n", call, _(commands[i].summary));
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

/* The meeting steps: the newest meeting's record, its notice with case presentations
 * written as PDF, and the follow-up list as CSV. */
static gboolean
bench_meeting (StyreStore  *store,
               GListModel  *meetings,
               GListModel  *actions,
               Timing      *record,
               Timing      *notice,
               Timing      *csv,
               GError     **error)
{
  g_autoptr(StyreMeeting) meeting = NULL;
  g_autoptr(StyreAgenda) agenda = NULL;
  g_autoptr(StyreDocument) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  gint64 start;
  int fd;

  if (g_list_model_get_n_items (meetings) == 0)
    return TRUE;
  meeting = g_list_model_get_item (meetings, 0);

  start = g_get_monotonic_time ();
  agenda = styre_store_load_agenda (store, styre_meeting_get_id (meeting), error);
  if (agenda == NULL)
    return FALSE;
  add_sample (record, start);

  fd = g_file_open_tmp ("styre-bench-XXXXXX.pdf", &path, error);
  if (fd < 0)
    return FALSE;
  close (fd);
  start = g_get_monotonic_time ();
  doc = styre_document_new_for_meeting (agenda, STYRE_MEETING_DOCUMENT_NOTICE_WITH_CASES, FALSE);
  if (!styre_document_write_pdf (doc, path, error))
    {
      g_unlink (path);
      return FALSE;
    }
  add_sample (notice, start);
  g_unlink (path);

  start = g_get_monotonic_time ();
  bytes = styre_followup_to_csv (actions, FALSE);
  add_sample (csv, start);
  return TRUE;
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
    { N_("one meeting's record"), NULL },
    { N_("notice with cases (PDF)"), NULL },
    { N_("follow-up list (CSV)"), NULL },
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

      if (!bench_meeting (store, meetings, actions, &timings[5], &timings[6], &timings[7], &error))
        return fail ("%s", error->message);

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

      /* A file without meetings has nothing to time for the meeting steps. */
      if (s->len == 0)
        printf ("%-32s %10s %10s %10s\n", _(timings[i].name), "–", "–", "–");
      else
        printf ("%-32s %10.2f %10.2f %10.2f\n", _(timings[i].name), m,
                g_array_index (s, double, 0), g_array_index (s, double, s->len - 1));
      g_array_unref (s);
    }
  return EXIT_SUCCESS;
}

/* For the commands in other files (styre-cli-private.h). */
int
styre_cli_parse_options (const char    *command,
                         const char    *parameter,
                         GOptionEntry  *entries,
                         int           *argc,
                         char        ***argv,
                         int            n_positional)
{
  return parse_options (command, parameter, entries, argc, argv, n_positional);
}

int
styre_cli_fail_literal (const char *message)
{
  return fail ("%s", message);
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
