/* styre-cli-meetings.c — styre-cli's meeting commands: list, notice, minutes, board pack,
 * calendar file and follow-up list
 *
 * Each export is recorded in the file's audit log; a file that cannot be written to is
 * still exported from, with a note on stderr that the export was not recorded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "styre-agenda.h"
#include "styre-agenda-edit.h"
#include "styre-chart-view.h"
#include "styre-cli-private.h"
#include "styre-document-meeting.h"
#include "styre-error.h"
#include "styre-followup-export.h"
#include "styre-format.h"
#include "styre-ics.h"
#include "styre-queries.h"
#include "styre-store.h"
#include "styre-vocabulary.h"

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
  return styre_cli_fail_literal (msg);
}

/* Opens for writing when it can, so the export can be recorded; never upgrades. */
static StyreStore *
open_for_export (const char  *path,
                 GError     **error)
{
  return styre_store_open (path, STYRE_OPEN_NO_MIGRATE, error);
}

static gboolean
parse_meeting (const char *text,
               gint64     *id)
{
  char *end = NULL;
  gint64 value;

  if (text == NULL || *text == '\0')
    return FALSE;
  value = g_ascii_strtoll (text, &end, 10);
  if (end == NULL || *end != '\0' || value <= 0)
    return FALSE;
  *id = value;
  return TRUE;
}

static void
record_export (StyreStore *store,
               const char *table,
               gint64      row_id,
               const char *document,
               gboolean    public_version,
               const char *out)
{
  g_autoptr(GError) error = NULL;

  if (!styre_store_audit_export (store, table, row_id, document, public_version, out, &error))
    /* Translators: %s says why, e.g. "The file is open for reading only." */
    fprintf (stderr, _("styre-cli: the export was not recorded in the file's audit log: %s\n"),
             error->message);
}

static StyreAgenda *
load_meeting (StyreStore  *store,
              const char  *text,
              GError     **error)
{
  gint64 id;

  if (!parse_meeting (text, &id))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("“%s” is not a meeting number. “styre-cli meetings FILE” lists them."),
                   text);
      return NULL;
    }
  return styre_store_load_agenda (store, id, error);
}

/* @text in @width characters (not bytes: "Porteføljerådet"), cut with "…" if longer. */
static char *
column (const char *text,
        glong       width)
{
  glong n = g_utf8_strlen (text ? text : "", -1);
  GString *out;

  if (n > width)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, width - 1);
      return g_strconcat (cut, "…", NULL);
    }
  out = g_string_new (text ? text : "");
  for (glong i = n; i < width; i++)
    g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

/**
 * styre_cli_meetings:
 *
 * `styre-cli meetings FILE`: one line a meeting, newest first: id, date and time, forum,
 * title and state.
 */
int
styre_cli_meetings (int    argc,
                    char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = NULL;
  int ret;

  if ((ret = styre_cli_parse_options ("meetings", _("FILE"), NULL, &argc, &argv, 1)) >= 0)
    return ret;

  store = styre_store_open (argv[1], STYRE_OPEN_READ_ONLY | STYRE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    return fail ("%s", error->message);
  meetings = styre_store_list_meetings (store, &error);
  if (meetings == NULL)
    return fail ("%s", error->message);

  {
    g_autofree char *c1 = column (_("Id"), 5);
    g_autofree char *c2 = column (_("Starts"), 17);
    g_autofree char *c3 = column (_("Forum"), 20);
    g_autofree char *c4 = column (_("Title"), 40);
    printf ("%s %s %s %s %s\n", c1, c2, c3, c4, _("State"));
  }
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(StyreMeeting) m = g_list_model_get_item (meetings, i);
      g_autofree char *when = g_strdup (styre_meeting_get_starts_at (m));
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, styre_meeting_get_id (m));
      g_autofree char *c1 = NULL, *c2 = NULL, *c3 = NULL, *c4 = NULL;

      if (strlen (when) > 10)
        when[10] = ' ';
      c1 = column (id, 5);
      c2 = column (when, 17);
      c3 = column (styre_meeting_get_forum_name (m), 20);
      c4 = column (styre_meeting_get_title (m), 40);
      printf ("%s %s %s %s %s\n", c1, c2, c3, c4,
              styre_vocabulary_label (STYRE_VOCAB_MEETING_STATE, styre_meeting_get_state (m)));
    }
  return EXIT_SUCCESS;
}

static int
write_meeting_document (const char           *command,
                        const char           *parameter,
                        StyreMeetingDocument  kind,
                        gboolean              allow_public,
                        int                   argc,
                        char                **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreAgenda) agenda = NULL;
  g_autoptr(StyreDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  gboolean public_version = FALSE;
  gboolean with_cases = FALSE;
  int ret;
  GOptionEntry entries[] = {
    { "public", 'p', 0, G_OPTION_ARG_NONE, &public_version,
      N_("The public version: exempt items show only their case number and legal basis"),
      NULL },
    { "with-cases", 'c', 0, G_OPTION_ARG_NONE, &with_cases,
      N_("Add each item's case presentation after the agenda"), NULL },
    { NULL }
  };

  if (!allow_public)
    entries[0] = entries[2];
  if (kind != STYRE_MEETING_DOCUMENT_NOTICE)
    entries[1] = entries[2];
  if ((ret = styre_cli_parse_options (command, parameter, entries, &argc, &argv, 3)) >= 0)
    return ret;
  if (with_cases)
    kind = STYRE_MEETING_DOCUMENT_NOTICE_WITH_CASES;

  store = open_for_export (argv[1], &error);
  if (store == NULL)
    return fail ("%s", error->message);
  agenda = load_meeting (store, argv[2], &error);
  if (agenda == NULL)
    return fail ("%s", error->message);

  doc = styre_document_new_for_meeting (agenda, kind, public_version);
  styre_chart_view_attach (doc, store);
  if (!styre_document_write_pdf (doc, argv[3], &error))
    return fail ("%s", error->message);
  record_export (store, "meeting", agenda->id, styre_meeting_document_id (kind), public_version,
                 argv[3]);

  /* Translators: e.g. "Wrote innkalling.pdf (4 pages)" */
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %s (%u page)\n", "Wrote %s (%u pages)\n",
                       styre_document_get_n_pages (doc)),
          argv[3], styre_document_get_n_pages (doc));
  return EXIT_SUCCESS;
}

int
styre_cli_notice (int    argc,
                  char **argv)
{
  return write_meeting_document ("notice", _("FILE MEETING OUT.pdf [--public]"),
                                 STYRE_MEETING_DOCUMENT_NOTICE, TRUE, argc, argv);
}

int
styre_cli_minutes (int    argc,
                   char **argv)
{
  return write_meeting_document ("minutes", _("FILE MEETING OUT.pdf [--public]"),
                                 STYRE_MEETING_DOCUMENT_MINUTES, TRUE, argc, argv);
}

int
styre_cli_boardpack (int    argc,
                     char **argv)
{
  return write_meeting_document ("boardpack", _("FILE MEETING OUT.pdf"),
                                 STYRE_MEETING_DOCUMENT_BOARD_PACK, FALSE, argc, argv);
}

int
styre_cli_ics (int    argc,
               char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(StyreAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = NULL;
  int ret;

  if ((ret = styre_cli_parse_options ("ics", _("FILE MEETING OUT.ics"), NULL, &argc, &argv, 3)) >= 0)
    return ret;

  store = open_for_export (argv[1], &error);
  if (store == NULL)
    return fail ("%s", error->message);
  agenda = load_meeting (store, argv[2], &error);
  if (agenda == NULL)
    return fail ("%s", error->message);
  ics = styre_ics_from_agenda (agenda, NULL, &error);
  if (ics == NULL || !g_file_set_contents (argv[3], ics, -1, &error))
    return fail ("%s", error->message);
  record_export (store, "meeting", agenda->id, "ics", TRUE, argv[3]);

  printf (_("Wrote %s\n"), argv[3]);
  return EXIT_SUCCESS;
}

int
styre_cli_followup (int    argc,
                    char **argv)
{
  g_autoptr(StyreStore) store = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *lower = NULL;
  gboolean public_version = FALSE;
  gboolean all = FALSE;
  const char *out;
  int ret;
  GOptionEntry entries[] = {
    { "public", 'p', 0, G_OPTION_ARG_NONE, &public_version,
      N_("The public version: exempt actions show only where they came from and why"), NULL },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all, N_("Include done and cancelled actions"), NULL },
    { NULL }
  };

  if ((ret = styre_cli_parse_options ("followup", _("FILE OUT.pdf|OUT.csv|OUT.xlsx"), entries,
                                      &argc, &argv, 2)) >= 0)
    return ret;
  out = argv[2];
  lower = g_ascii_strdown (out, -1);
  if (!g_str_has_suffix (lower, ".pdf") && !g_str_has_suffix (lower, ".csv")
      && !g_str_has_suffix (lower, ".xlsx"))
    {
      fprintf (stderr, "styre-cli followup: %s\n",
               _("The output file must end in .pdf, .csv or .xlsx."));
      return STYRE_CLI_EXIT_USAGE;
    }

  store = open_for_export (argv[1], &error);
  if (store == NULL)
    return fail ("%s", error->message);
  today = styre_store_today (store);
  actions = styre_store_list_actions (store, today, !all, &error);
  if (actions == NULL)
    return fail ("%s", error->message);

  if (g_str_has_suffix (lower, ".pdf"))
    {
      g_autoptr(StyreDocument) doc = styre_document_new_for_followup (
        actions, styre_store_get_organisation_name (store), today, public_version);
      if (!styre_document_write_pdf (doc, out, &error))
        return fail ("%s", error->message);
    }
  else if (g_str_has_suffix (lower, ".csv"))
    {
      g_autoptr(GBytes) csv = styre_followup_to_csv (actions, public_version);
      if (!g_file_set_contents (out, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), &error))
        return fail ("%s", error->message);
    }
  else
    {
      /* Translators: the worksheet's name in the exported workbook */
      if (!styre_followup_write_xlsx (actions, public_version, _("Follow-up list"), out, &error))
        return fail ("%s", error->message);
    }
  record_export (store, "action_item", 0, "follow-up", public_version, out);

  /* Translators: e.g. "Wrote oppfølging.xlsx (23 actions)" */
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %s (%u action)\n", "Wrote %s (%u actions)\n",
                       g_list_model_get_n_items (actions)),
          out, g_list_model_get_n_items (actions));
  return EXIT_SUCCESS;
}
