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

#include "styre-chart-view.h"
#include "styre-cli.h"
#include "styre-dashboard-layout.h"
#include "styre-cli-private.h"
#include "styre-agenda.h"
#include "styre-demo.h"
#include "styre-document-meeting.h"
#include "styre-error.h"
#include "styre-format.h"
#include "styre-export.h"
#include "styre-import.h"
#include "styre-portfolio-filter.h"
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
static int cmd_charts (int argc, char **argv);
static int cmd_chart (int argc, char **argv);
static int cmd_dashboard (int argc, char **argv);
static int cmd_import (int argc, char **argv);
static int cmd_export (int argc, char **argv);
static int cmd_snapshot  (int argc, char **argv);
static int cmd_snapshots (int argc, char **argv);
static int cmd_restore   (int argc, char **argv);

static const Command commands[] = {
  { "new", N_("FILE"), N_("Create a new, empty Styre file"), cmd_new },
  { "demo", N_("FILE [--scale N]"), N_("Create the demo portfolio in a new file"), cmd_demo },
  { "check", N_("FILE"), N_("Check a file; prints “ok”, or what is wrong"), cmd_check },
  { "info", N_("FILE"), N_("Show the schema version and the rows in each table"), cmd_info },
  { "bench", N_("FILE [--runs N]"), N_("Time opening, the main queries, the filter, every chart and a snapshot"),
    cmd_bench },
  { "charts", "", N_("List the charts by name"), cmd_charts },
  { "chart", N_("FILE NAME OUT.png|.svg|.pdf"), N_("Draw one chart into a file"), cmd_chart },
  { "dashboard", N_("FILE OUT.pdf"), N_("Write a dashboard layout as a PDF"), cmd_dashboard },
  { "import", N_("FILE CSV [--dry-run]"), N_("Import initiatives from a CSV file"), cmd_import },
  { "export", N_("FILE WHAT OUT"),
    N_("Export initiatives, status or actions to OUT.csv or OUT.xlsx"), cmd_export },
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
      /* An empty msgid would translate to the catalogue's header. */
      const char *args = *commands[i].args != '\0' ? _(commands[i].args) : "";
      g_autofree char *call = g_strdup_printf ("%s %s", commands[i].name, args);
      /* Pad by characters, not bytes: "MØTE" is one column wider in bytes. */
      glong width = g_utf8_strlen (call, -1);

      fprintf (out, "  %s%*s %s\n", call, (int) MAX (0, 40 - width), "", _(commands[i].summary));
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
    { N_("filter over all initiatives"), NULL },
    { N_("one meeting's record"), NULL },
    { N_("notice with cases (PDF)"), NULL },
    { N_("follow-up list (CSV)"), NULL },
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

      /* What the portfolio page does for each key typed in the search, with a chip on:
       * every row through the filter (STYRE_FACET_* and the text). */
      {
        g_autoptr(StyrePortfolioFilter) filter = styre_portfolio_filter_new ();
        guint n = g_list_model_get_n_items (initiatives);
        guint shown = 0;

        start = g_get_monotonic_time ();
        styre_portfolio_filter_set_text (filter, "digital søknad");
        styre_portfolio_filter_set_chosen (filter, STYRE_FACET_PHASE, "execution", TRUE);
        styre_portfolio_filter_set_chosen (filter, STYRE_FACET_PHASE, "planning", TRUE);
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(StyreInitiative) initiative = g_list_model_get_item (initiatives, i);
            shown += styre_portfolio_filter_match (filter, initiative);
          }
        add_sample (&timings[5], start);
        if (shown > n)
          return fail ("filter");
      }
      if (!bench_meeting (store, meetings, actions, &timings[6], &timings[7], &timings[8], &error))
        return fail ("%s", error->message);

      start = g_get_monotonic_time ();
      sessions = styre_store_list_sessions (store, TRUE, &error);
      if (sessions == NULL)
        return fail ("%s", error->message);
      add_sample (&timings[9], start);

      /* The first change of each day waits for this (STORAGE.md rule 10). */
      start = g_get_monotonic_time ();
      snapshot = styre_store_snapshot (store, "manual", &error);
      if (snapshot == NULL)
        return fail ("%s", error->message);
      add_sample (&timings[10], start);
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

      /* A file without meetings has nothing to time for the meeting steps. */
      if (s->len == 0)
        printf ("%-32s %10s %10s %10s\n", _(timings[i].name), "–", "–", "–");
      else
        printf ("%-32s %10.2f %10.2f %10.2f\n", _(timings[i].name), m,
                g_array_index (s, double, 0), g_array_index (s, double, s->len - 1));
      g_array_unref (s);
    }

  /* Each chart: reading its data, and drawing it at 3840×2160 (a 4K projector). */
  {
    g_autoptr(StyreStore) store = styre_store_open (argv[1], STYRE_OPEN_READ_ONLY
                                                             | STYRE_OPEN_NO_MIGRATE, &error);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 3840, 2160);

    if (store == NULL)
      {
        cairo_surface_destroy (surface);
        return fail ("%s", error->message);
      }
    printf ("\n%-20s %14s %14s %10s\n", _("chart"), _("prepare ms"), _("draw 4K ms"),
            _("marks"));
    for (guint k = 0; k < STYRE_N_CHARTS; k++)
      {
        g_autoptr(GArray) prepare = g_array_new (FALSE, FALSE, sizeof (double));
        g_autoptr(GArray) draw = g_array_new (FALSE, FALSE, sizeof (double));
        guint marks = 0;

        for (int r = 0; r < runs; r++)
          {
            g_autoptr(StyreChart) chart = NULL;
            g_autoptr(StyreChartLayout) layout = NULL;
            cairo_t *cr;
            gint64 start = g_get_monotonic_time ();
            double ms;

            chart = styre_chart_prepare (store, (StyreChartKind) k, NULL, &error);
            if (chart == NULL)
              {
                cairo_surface_destroy (surface);
                return fail ("%s", error->message);
              }
            ms = (g_get_monotonic_time () - start) / 1000.0;
            g_array_append_val (prepare, ms);

            cr = cairo_create (surface);
            start = g_get_monotonic_time ();
            layout = styre_chart_draw (chart, cr, 3840, 2160, NULL, 0);
            cairo_surface_flush (surface);
            ms = (g_get_monotonic_time () - start) / 1000.0;
            g_array_append_val (draw, ms);
            cairo_destroy (cr);
            marks = layout->marks->len;
          }
        printf ("%-20s %14.2f %14.2f %10u\n", styre_chart_kind_to_id ((StyreChartKind) k),
                median (prepare), median (draw), marks);
      }

    /* A whole dashboard: its charts share one reading of the portfolio. */
    {
      g_autoptr(GPtrArray) cards = styre_dashboard_default_cards ();
      g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));

      for (int r = 0; r < runs; r++)
        {
          g_autoptr(StyreChartCache) cache = styre_chart_cache_new ();
          gint64 start = g_get_monotonic_time ();
          double ms;

          for (guint c = 0; c < cards->len; c++)
            {
              const StyreDashboardCard *card = g_ptr_array_index (cards, c);
              StyreChartKind kind;
              g_autoptr(StyreChart) chart = NULL;

              styre_chart_kind_from_id (card->chart, &kind);
              chart = styre_chart_prepare_cached (store, kind, NULL, cache, &error);
              if (chart == NULL)
                {
                  cairo_surface_destroy (surface);
                  return fail ("%s", error->message);
                }
            }
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (all, ms);
        }
      /* Translators: a line of styre-cli bench, e.g. "dashboard (9 charts)" */
      {
        g_autofree char *label = g_strdup_printf (_("dashboard (%u charts)"), cards->len);
        printf ("%-20s %14.2f\n", label, median (all));
      }
    }
    cairo_surface_destroy (surface);
  }
  return EXIT_SUCCESS;
}

/* ── charts ──────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  char     *as_of;
  char     *agency;
  char     *focus_area;
  char     *kind;
  char     *method;
  char     *phase;
  char     *group;
  gint64    meeting;
} FilterOptions;

static void
filter_options_clear (FilterOptions *o)
{
  g_clear_pointer (&o->as_of, g_free);
  g_clear_pointer (&o->agency, g_free);
  g_clear_pointer (&o->focus_area, g_free);
  g_clear_pointer (&o->kind, g_free);
  g_clear_pointer (&o->method, g_free);
  g_clear_pointer (&o->phase, g_free);
  g_clear_pointer (&o->group, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FilterOptions, filter_options_clear)

#define FILTER_ENTRIES(o) \
  { "as-of", 0, 0, G_OPTION_ARG_STRING, &(o).as_of, \
    N_("Show the portfolio as it stood on DATE"), N_("YYYY-MM-DD") }, \
  { "meeting", 0, 0, G_OPTION_ARG_INT64, &(o).meeting, \
    N_("Show the portfolio as it stood at the meeting with this number (its snapshot)"), \
    N_("ID") }, \
  { "agency", 0, 0, G_OPTION_ARG_STRING, &(o).agency, \
    N_("Only initiatives the agency owns or takes part in"), N_("CODE") }, \
  { "focus-area", 0, 0, G_OPTION_ARG_STRING, &(o).focus_area, \
    N_("Only initiatives that serve the focus area"), N_("NAME") }, \
  { "kind", 0, 0, G_OPTION_ARG_STRING, &(o).kind, N_("Only initiatives of this kind"), \
    N_("KIND") }, \
  { "method", 0, 0, G_OPTION_ARG_STRING, &(o).method, N_("Only initiatives run this way"), \
    N_("METHOD") }, \
  { "phase", 0, 0, G_OPTION_ARG_STRING, &(o).phase, N_("Only initiatives in this phase"), \
    N_("PHASE") }, \
  { "group", 0, 0, G_OPTION_ARG_STRING, &(o).group, \
    N_("Group the heat map by “focus_area” or “agency”"), N_("BY") }

static gboolean
query_from_options (const FilterOptions  *o,
                    StyreChartQuery      *query,
                    GError              **error)
{
  styre_chart_query_init (query);
  if (o->as_of != NULL)
    {
      g_autoptr(GDate) date = styre_date_from_iso (o->as_of);

      if (date == NULL || strlen (o->as_of) != 10)
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                       _("“%s” is not a date of the form YYYY-MM-DD."), o->as_of);
          return FALSE;
        }
      query->as_of = g_strdup (o->as_of);
    }
  query->agency = g_strdup (o->agency);
  query->focus_area = g_strdup (o->focus_area);
  query->kind = g_strdup (o->kind);
  query->method = g_strdup (o->method);
  query->phase = g_strdup (o->phase);
  query->group = g_strdup (o->group);
  query->meeting_id = o->meeting;
  return TRUE;
}

static gboolean
parse_size (const char  *text,
            double      *width,
            double      *height,
            GError     **error)
{
  int w = 0, h = 0;
  char x = 0, rest = 0;

  if (text == NULL)
    return TRUE;
  if (sscanf (text, "%d%c%d%c", &w, &x, &h, &rest) != 3 || (x != 'x' && x != 'X')
      || w < 100 || h < 100 || w > 16384 || h > 16384)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("“%s” is not a size like 1920x1080 (from 100x100 to 16384x16384)."),
                   text);
      return FALSE;
    }
  *width = w;
  *height = h;
  return TRUE;
}

static void
print_chart_list (FILE *out)
{
  const char * const *ids = styre_chart_list_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    fprintf (out, "%-20s %s\n", ids[i], styre_chart_get_title (ids[i]));
}

static int
cmd_charts (int    argc,
            char **argv)
{
  int ret;

  if ((ret = parse_options ("charts", "", NULL, &argc, &argv, 0)) >= 0)
    return ret;
  print_chart_list (stdout);
  return EXIT_SUCCESS;
}

static int
cmd_chart (int    argc,
           char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChart) chart = NULL;
  g_auto(FilterOptions) filters = { 0 };
  g_auto(StyreChartQuery) query = { 0 };
  g_autofree char *size = NULL;
  gboolean dark = FALSE, high_contrast = FALSE, describe = FALSE;
  double font_size = 0, width = 1920, height = 1080;
  StyreChartFormat format;
  StyreChartStyle style;
  StyreChartKind kind;
  int ret;
  GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &size,
      N_("The size in pixels (points for PDF); 1920x1080, or A4 landscape for PDF"),
      N_("WxH") },
    FILTER_ENTRIES (filters),
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, N_("Light text on a dark background"), NULL },
    { "high-contrast", 0, 0, G_OPTION_ARG_NONE, &high_contrast, N_("High contrast"), NULL },
    { "font-size", 0, 0, G_OPTION_ARG_DOUBLE, &font_size,
      N_("The smallest text, in pixels (points for PDF)"), N_("SIZE") },
    { "describe", 0, 0, G_OPTION_ARG_NONE, &describe,
      N_("Also print what the chart shows, in words and as a table"), NULL },
    { NULL }
  };

  if ((ret = parse_options ("chart", _("FILE NAME OUT.png|.svg|.pdf"), entries, &argc, &argv,
                            3)) >= 0)
    return ret;
  if (!styre_chart_kind_from_id (argv[2], &kind))
    {
      fprintf (stderr, _("styre-cli chart: there is no chart called “%s”. These are:\n"),
               argv[2]);
      print_chart_list (stderr);
      return EXIT_USAGE;
    }
  if (!styre_chart_format_from_path (argv[3], &format, &error))
    return fail ("%s", error->message);
  if (format == STYRE_CHART_FORMAT_PDF && size == NULL)
    {
      width = 842;
      height = 595;
    }
  if (!parse_size (size, &width, &height, &error)
      || !query_from_options (&filters, &query, &error))
    return fail ("%s", error->message);
  if (font_size < 0 || font_size > 400)
    return fail (_("The font size must be from 1 to 400."));

  store = styre_store_open (argv[1], STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    return fail ("%s", error->message);
  chart = styre_chart_prepare (store, kind, &query, &error);
  if (chart == NULL)
    return fail ("%s", error->message);

  styre_chart_style_init (&style);
  style.theme = high_contrast ? (dark ? STYRE_CHART_THEME_HIGH_CONTRAST_DARK
                                      : STYRE_CHART_THEME_HIGH_CONTRAST)
                              : (dark ? STYRE_CHART_THEME_DARK : STYRE_CHART_THEME_LIGHT);
  style.font_size = font_size;
  if (!styre_chart_export (chart, argv[3], width, height, &style, &error))
    return fail ("%s", error->message);

  if (describe)
    {
      g_autofree char *words = styre_chart_describe (chart);
      g_autoptr(StyreChartTable) table = styre_chart_get_table (chart);
      g_autofree char *text = styre_chart_table_to_text (table);

      printf ("%s\n\n%s", words, text);
    }
  return EXIT_SUCCESS;
}

static int
cmd_dashboard (int    argc,
               char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(StyreDashboardLayout) layout = NULL;
  g_auto(FilterOptions) filters = { 0 };
  g_auto(StyreChartQuery) query = { 0 };
  g_autofree char *layout_name = NULL;
  StyreChartFormat format;
  int ret;
  GOptionEntry entries[] = {
    { "layout", 'l', 0, G_OPTION_ARG_STRING, &layout_name,
      N_("The layout to write; the first by name when not given"), N_("NAME") },
    FILTER_ENTRIES (filters),
    { NULL }
  };

  if ((ret = parse_options ("dashboard", _("FILE OUT.pdf"), entries, &argc, &argv, 2)) >= 0)
    return ret;
  if (!styre_chart_format_from_path (argv[2], &format, &error))
    return fail ("%s", error->message);
  if (format != STYRE_CHART_FORMAT_PDF)
    return fail (_("A dashboard is written as a PDF: give a file name that ends in .pdf."));
  if (!query_from_options (&filters, &query, &error))
    return fail ("%s", error->message);

  store = styre_store_open (argv[1], STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    return fail ("%s", error->message);

  if (layout_name != NULL)
    {
      layout = styre_store_find_dashboard_layout (store, layout_name, &error);
      if (layout == NULL)
        return fail ("%s", error->message);
    }
  else
    {
      g_autoptr(GPtrArray) layouts = styre_store_list_dashboard_layouts (store, &error);

      if (layouts == NULL)
        return fail ("%s", error->message);
      if (layouts->len > 0)
        layout = g_ptr_array_steal_index (layouts, 0);
    }
  if (layout != NULL && layout->cards == NULL)
    /* Translators: e.g. "The layout “Ledermøte” cannot be read: Card 3 of …" */
    return fail (_("The layout “%s” cannot be read: %s"), layout->name, layout->problem);
  cards = layout != NULL ? styre_dashboard_cards_copy (layout->cards)
                         : styre_dashboard_default_cards ();

  if (!styre_dashboard_export_pdf (store, layout ? layout->name : NULL, cards, &query, argv[2],
                                   &error))
    return fail ("%s", error->message);
  return EXIT_SUCCESS;
}

/* Who the audit log names for a change from the command line: the person's real name,
 * or their user name when the system does not know it. */
static void
set_identity (StyreStore *store)
{
  const char *real_name = g_get_real_name ();

  if (real_name == NULL || *real_name == '\0' || g_str_equal (real_name, "Unknown"))
    real_name = g_get_user_name ();
  styre_store_set_identity (store, g_get_user_name (), real_name);
}

static int
cmd_import (int    argc,
            char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *name = NULL;
  gboolean dry_run = FALSE;
  gsize length = 0;
  GPtrArray *problems, *notes;
  int ret;
  GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Only say what would be imported; change nothing"), NULL },
    { NULL }
  };

  if ((ret = parse_options ("import", _("FILE CSV [--dry-run]"), entries, &argc, &argv, 2)) >= 0)
    return ret;

  if (!g_file_get_contents (argv[2], &data, &length, &error))
    return fail ("%s", error->message);
  store = styre_store_open (argv[1], dry_run ? STYRE_OPEN_READ_ONLY : STYRE_OPEN_DEFAULT, &error);
  if (store == NULL)
    return fail ("%s", error->message);
  if (!dry_run && styre_store_is_read_only (store))
    return fail ("%s", styre_store_get_read_only_reason (store));
  set_identity (store);

  plan = styre_import_prepare (store, data, length, &error);
  if (plan == NULL)
    return fail ("%s", error->message);

  notes = styre_import_get_notes (plan);
  for (guint i = 0; i < notes->len; i++)
    fprintf (stderr, "%s: %s\n", argv[2], (char *) g_ptr_array_index (notes, i));
  problems = styre_import_get_problems (plan);
  if (problems->len > 0)
    {
      for (guint i = 0; i < problems->len; i++)
        fprintf (stderr, "%s: %s\n", argv[2], (char *) g_ptr_array_index (problems, i));
      fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                    "styre-cli: %s was not imported because of %u problem; "
                                    "%s is unchanged.\n",
                                    "styre-cli: %s was not imported because of %u problems; "
                                    "%s is unchanged.\n", problems->len),
               argv[2], problems->len, argv[1]);
      return EXIT_FAILURE;
    }

  for (guint i = 0; i < styre_import_get_n_rows (plan); i++)
    {
      const StyreImportRow *row = styre_import_get_row (plan, i);

      if (row->action == STYRE_IMPORT_UNCHANGED)
        continue;
      printf ("%s %s %s\n", row->action == STYRE_IMPORT_CREATE ? "+" : "~", row->code, row->title);
      for (guint k = 0; row->changes != NULL && row->changes[k] != NULL; k++)
        printf ("    %s\n", row->changes[k]);
    }

  if (!dry_run)
    {
      name = g_path_get_basename (argv[2]);
      if (!styre_import_apply (plan, store, name, &snapshot, &error))
        return fail ("%s", error->message);
    }

  /* Translators: the end of an import, e.g. "3 created, 12 updated, 27 unchanged" */
  printf (dry_run ? _("Would import: %u created, %u updated, %u unchanged (%s)\n")
                  : _("Imported: %u created, %u updated, %u unchanged (%s)\n"),
          styre_import_count (plan, STYRE_IMPORT_CREATE),
          styre_import_count (plan, STYRE_IMPORT_UPDATE),
          styre_import_count (plan, STYRE_IMPORT_UNCHANGED),
          styre_import_get_format (plan));
  if (snapshot != NULL)
    printf (_("A snapshot from before the import is in %s\n"), snapshot);
  return EXIT_SUCCESS;
}

static int
cmd_export (int    argc,
            char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  StyreExportWhat what;
  StyreExportFormat format;
  guint n_rows = 0;
  int ret;

  if ((ret = parse_options ("export", _("FILE WHAT OUT"), NULL, &argc, &argv, 3)) >= 0)
    return ret;
  if (!styre_export_what_from_name (argv[2], &what))
    {
      fprintf (stderr, _("styre-cli export: “%s” cannot be exported; choose initiatives, status "
                         "or actions.\n"), argv[2]);
      return EXIT_USAGE;
    }
  format = styre_export_format_for_path (argv[3]);

  store = styre_store_open (argv[1], STYRE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    return fail ("%s", error->message);
  set_identity (store);
  if (!styre_store_export (store, what, format, argv[3], &n_rows, &error))
    return fail ("%s", error->message);

  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u row to %s\n", "Wrote %u rows to %s\n", n_rows),
          n_rows, argv[3]);
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

/* ── snapshots ─────────────────────────────────────────────────────────────────────── */

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
