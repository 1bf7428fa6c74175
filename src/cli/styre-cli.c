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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "styre-cli.h"
#include "styre-demo.h"
#include "styre-error.h"
#include "styre-export.h"
#include "styre-import.h"
#include "styre-portfolio-filter.h"
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
static int cmd_import (int argc, char **argv);
static int cmd_export (int argc, char **argv);

static const Command commands[] = {
  { "new", N_("FILE"), N_("Create a new, empty Styre file"), cmd_new },
  { "demo", N_("FILE [--scale N]"), N_("Create the demo portfolio in a new file"), cmd_demo },
  { "check", N_("FILE"), N_("Check a file; prints “ok”, or what is wrong"), cmd_check },
  { "info", N_("FILE"), N_("Show the schema version and the rows in each table"), cmd_info },
  { "bench", N_("FILE [--runs N]"), N_("Time opening and the main queries"), cmd_bench },
  { "import", N_("FILE CSV [--dry-run]"), N_("Import initiatives from a CSV file"), cmd_import },
  { "export", N_("FILE WHAT OUT"),
    N_("Export initiatives, status or actions to OUT.csv or OUT.xlsx"), cmd_export },
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
