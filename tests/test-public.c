/* test-public.c — nothing of an exempt item reaches a public output (STORAGE.md test 10)
 *
 * Every field of an exempt item — and everything linked to it — holds its own canary
 * word. Every public output is made (notice, notice with case presentations, minutes,
 * calendar file, follow-up list as PDF, CSV and XLSX) and read back as text (pdftotext
 * for PDFs): no canary may be found. The control: the internal versions of the same
 * documents contain every canary, so the test can fail.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "styre-agenda-edit.h"
#include "styre-agenda.h"
#include "styre-document-meeting.h"
#include "styre-followup-export.h"
#include "styre-ics.h"
#include "styre-public.h"
#include "styre-queries.h"

#include "test-meetings.h"
#include "test-util.h"

/* Canary words: one per field, none a substring of another. */
static const char *canaries[] = {
  "QZXTITLE", "QZXPRESENTERTEXT", "QZXPRESENTERNAME", "QZXSUMMARY", "QZXBACKGROUND",
  "QZXASSESSMENT", "QZXPROPOSAL", "QZXDECISION", "QZXDISSENT", "QZXMINUTESNOTE",
  "QZXINITIATIVE", "QZXVIEWFILTER", "QZXATTACHTITLE", "QZXATTACHPATH", "QZXGUESTNAME",
  "QZXACTIONTITLE", "QZXACTIONNOTE", "QZXACTIONOWNER", "QZXCONDITIONS",
  "QZXEXEMPTACTION", "QZXEXEMPTINIT",
};

typedef struct
{
  char       *dir;
  char       *path;
  StyreStore *store;
  TestWorld   w;
  gint64      meeting;
  gint64      next_meeting;
} Fixture;

static gint64
row_version (StyreStore *store,
             const char *table,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) row = styre_store_read_row (store, table, id, &error);

  g_assert_no_error (error);
  return styre_row_get_int (row, "version");
}

static gint64
add_initiative (StyreStore *store,
                TestWorld  *w,
                const char *code,
                const char *title,
                gboolean    exempt)
{
  StyreChange *c = styre_change_new_insert ("initiative");

  styre_change_set_text (c, "code", code);
  styre_change_set_text (c, "title", title);
  styre_change_set_text (c, "kind", "project");
  styre_change_set_text (c, "method", "agile");
  styre_change_set_text (c, "phase", "planning");
  styre_change_set_int (c, "owning_agency_id", w->agency);
  if (exempt)
    {
      styre_change_set_text (c, "confidentiality", "exempt");
      styre_change_set_text (c, "legal_basis", "offl. § 23 første ledd");
    }
  return test_insert (store, c);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) fill = NULL;
  gint64 exempt_item, open_item, presenter, guest, owner, initiative, exempt_initiative;
  StyreChange *c;

  f->dir = g_dir_make_tmp ("styre-public-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "offentlig.styre", NULL);
  f->store = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_store_set_now_for_testing (f->store, "2026-11-20T08:00:00Z");
  test_world_init (f->store, &f->w);

  presenter = test_person (f->store, f->w.agency, "QZXPRESENTERNAME", "");
  guest = test_person (f->store, f->w.agency, "QZXGUESTNAME", "");
  owner = test_person (f->store, f->w.agency, "QZXACTIONOWNER", "");
  initiative = add_initiative (f->store, &f->w, "SAK-9", "QZXINITIATIVE", FALSE);
  exempt_initiative = add_initiative (f->store, &f->w, "SAK-8", "QZXEXEMPTINIT", TRUE);

  f->meeting = test_meeting (f->store, f->w.forum, "2026-11-27", "12:00");
  f->next_meeting = test_meeting (f->store, f->w.forum, "2026-12-18", "12:00");
  open_item = test_case (f->store, f->meeting, "Åpen sak om budsjett", f->w.member, 20);
  exempt_item = test_case (f->store, f->meeting, "placeholder", presenter, 25);

  /* Every text field of the exempt item. */
  fill = styre_change_new_update ("agenda_item", exempt_item,
                                  row_version (f->store, "agenda_item", exempt_item));
  styre_change_set_text (fill, "title", "Personalsak QZXTITLE");
  styre_change_set_text (fill, "presenter_text", "QZXPRESENTERTEXT");
  styre_change_set_text (fill, "summary", "Sammendrag QZXSUMMARY.");
  styre_change_set_text (fill, "background", "# Bakgrunn\nQZXBACKGROUND med **fet** tekst.");
  styre_change_set_text (fill, "assessment", "- QZXASSESSMENT");
  styre_change_set_text (fill, "proposed_decision", "1. QZXPROPOSAL vedtas.\n2. Punkt to.");
  styre_change_set_text (fill, "confidentiality", "exempt");
  styre_change_set_text (fill, "legal_basis", "offl. § 13 jf. fvl. § 13 første ledd nr. 1");
  g_assert_true (styre_store_apply (f->store, fill, &error));
  g_assert_no_error (error);

  c = styre_change_new_insert ("agenda_item_initiative");
  styre_change_set_int (c, "agenda_item_id", exempt_item);
  styre_change_set_int (c, "initiative_id", initiative);
  test_insert (f->store, c);
  c = styre_change_new_insert ("agenda_item_view");
  styre_change_set_int (c, "agenda_item_id", exempt_item);
  styre_change_set_text (c, "chart", "money");
  styre_change_set_text (c, "filters", "{\"focus_area\":\"QZXVIEWFILTER\"}");
  test_insert (f->store, c);
  c = styre_change_new_insert ("attachment");
  styre_change_set_int (c, "agenda_item_id", exempt_item);
  styre_change_set_text (c, "title", "QZXATTACHTITLE");
  styre_change_set_text (c, "location", "Saksdokumenter/QZXATTACHPATH.pdf");
  test_insert (f->store, c);
  c = styre_change_new_insert ("agenda_item_guest");
  styre_change_set_int (c, "agenda_item_id", exempt_item);
  styre_change_set_int (c, "person_id", guest);
  test_insert (f->store, c);
  c = styre_change_new_insert ("participant");
  styre_change_set_int (c, "meeting_id", f->meeting);
  styre_change_set_int (c, "person_id", guest);
  styre_change_set_text (c, "role", "guest");
  styre_change_set_int (c, "position", 9);
  test_insert (f->store, c);

  /* An exempt initiative linked to the open item. */
  c = styre_change_new_insert ("agenda_item_initiative");
  styre_change_set_int (c, "agenda_item_id", open_item);
  styre_change_set_int (c, "initiative_id", exempt_initiative);
  test_insert (f->store, c);

  g_assert_true (styre_store_send_notice (f->store, f->meeting, 0, TRUE, &error));
  g_assert_no_error (error);

  /* The minutes of the exempt item: decision, dissent, notes, gate decision, action. */
  g_clear_pointer (&fill, styre_change_unref);
  fill = styre_change_new_update ("agenda_item", exempt_item,
                                  row_version (f->store, "agenda_item", exempt_item));
  styre_change_set_text (fill, "decision", "1. QZXDECISION vedtas.");
  styre_change_set_text (fill, "outcome", "amended");
  styre_change_set_text (fill, "dissent", "QZXDISSENT tas inn i protokollen.");
  styre_change_set_text (fill, "minutes_note", "QZXMINUTESNOTE");
  styre_change_set_text (fill, "actual_start", "2026-11-27T08:30:00Z");
  styre_change_set_text (fill, "actual_end", "2026-11-27T08:55:00Z");
  g_assert_true (styre_store_apply (f->store, fill, &error));
  g_assert_no_error (error);
  g_assert_true (styre_store_record_gate_decision (f->store, exempt_item, initiative, "BP2",
                                                   "approved_with_conditions",
                                                   "QZXCONDITIONS", &error));
  g_assert_no_error (error);

  c = styre_change_new_insert ("action_item");
  styre_change_set_int (c, "origin_item_id", exempt_item);
  styre_change_set_text (c, "title", "QZXACTIONTITLE");
  styre_change_set_text (c, "latest_note", "QZXACTIONNOTE");
  styre_change_set_int (c, "owner_id", owner);
  styre_change_set_text (c, "due_on", "2026-12-01");
  styre_change_set_text (c, "created_on", "2026-11-27");
  test_insert (f->store, c);

  /* An exempt action under the open item. */
  c = styre_change_new_insert ("action_item");
  styre_change_set_int (c, "origin_item_id", open_item);
  styre_change_set_text (c, "title", "QZXEXEMPTACTION");
  styre_change_set_text (c, "created_on", "2026-11-27");
  styre_change_set_text (c, "confidentiality", "exempt");
  styre_change_set_text (c, "legal_basis", "offl. § 15");
  test_insert (f->store, c);

  g_assert_true (styre_store_mark_held (f->store, f->meeting, 0, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* ── reading outputs back as text ────────────────────────────────────────────────────── */

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

  return run (argv);
}

static char *
xlsx_text (const char *path)
{
  const char *argv[] = {
    "python3", "-c",
    "import sys, zipfile\n"
    "z = zipfile.ZipFile(sys.argv[1])\n"
    "print(''.join(z.read(n).decode('utf-8', 'replace') for n in z.namelist()))",
    path, NULL
  };

  return run (argv);
}

typedef struct
{
  char *name;
  char *text;
} Output;

static void
output_free (gpointer data)
{
  Output *o = data;

  g_free (o->name);
  g_free (o->text);
  g_free (o);
}

static void
add_output (GPtrArray  *outputs,
            const char *name,
            char       *text)
{
  Output *o = g_new0 (Output, 1);

  o->name = g_strdup (name);
  o->text = text;
  g_ptr_array_add (outputs, o);
}

static void
add_pdf (Fixture       *f,
         GPtrArray     *outputs,
         const char    *name,
         StyreDocument *doc)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (styre_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  add_output (outputs, name, pdf_text (path));
  styre_document_unref (doc);
}

/* Every output Styre makes of the two meetings and the follow-up list. */
static GPtrArray *
make_outputs (Fixture  *f,
              gboolean  public_version)
{
  GPtrArray *outputs = g_ptr_array_new_with_free_func (output_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = styre_store_today (f->store);
  g_autoptr(GListModel) actions = styre_store_list_actions (f->store, today, FALSE, &error);
  g_autofree char *xlsx = g_build_filename (f->dir, public_version ? "public.xlsx" : "internal.xlsx",
                                            NULL);
  g_autoptr(GBytes) csv = NULL;
  gint64 meetings[] = { f->meeting, f->next_meeting };

  g_assert_no_error (error);
  for (guint m = 0; m < G_N_ELEMENTS (meetings); m++)
    {
      g_autoptr(StyreAgenda) agenda = test_load (f->store, meetings[m]);
      const StyreMeetingDocument kinds[] = {
        STYRE_MEETING_DOCUMENT_NOTICE, STYRE_MEETING_DOCUMENT_NOTICE_WITH_CASES,
        STYRE_MEETING_DOCUMENT_MINUTES, STYRE_MEETING_DOCUMENT_BOARD_PACK,
      };

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%u-%s.pdf", styre_meeting_document_id (kinds[k]),
                                                   m, public_version ? "public" : "internal");
          add_pdf (f, outputs, name,
                   styre_document_new_for_meeting (agenda, kinds[k], public_version));
        }
      /* The calendar file is always public. */
      if (public_version)
        add_output (outputs, "ics", styre_ics_from_agenda (agenda, NULL, &error));
      g_assert_no_error (error);
    }

  add_pdf (f, outputs, public_version ? "followup-public.pdf" : "followup-internal.pdf",
           styre_document_new_for_followup (actions, "Fjordvik kommune", today, public_version));
  csv = styre_followup_to_csv (actions, public_version);
  add_output (outputs, "csv", g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv)));
  g_assert_true (styre_followup_write_xlsx (actions, public_version, "Oppfølging", xlsx, &error));
  g_assert_no_error (error);
  add_output (outputs, "xlsx", xlsx_text (xlsx));
  return outputs;
}

static gboolean
have_tools (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return FALSE;
    }
  return TRUE;
}

static void
test_public_outputs_have_no_canaries (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GPtrArray) outputs = NULL;

  if (!have_tools ())
    return;
  outputs = make_outputs (f, TRUE);

  for (guint i = 0; i < outputs->len; i++)
    {
      Output *o = g_ptr_array_index (outputs, i);

      for (guint c = 0; c < G_N_ELEMENTS (canaries); c++)
        if (strstr (o->text, canaries[c]) != NULL)
          g_error ("The public %s shows %s", o->name, canaries[c]);
    }

  /* What the public may see is there: the case number, the words, the legal basis. */
  for (guint i = 0; i < outputs->len; i++)
    {
      Output *o = g_ptr_array_index (outputs, i);

      if (g_str_has_prefix (o->name, "notice-0") || g_str_has_prefix (o->name, "minutes-0"))
        {
          g_assert_nonnull (strstr (o->text, "02/26"));
          g_assert_nonnull (strstr (o->text, "Exempt from public access"));
          g_assert_nonnull (strstr (o->text, "fvl. § 13 første ledd nr. 1"));
          g_assert_nonnull (strstr (o->text, "Åpen sak om budsjett"));
        }
    }
}

static void
test_internal_outputs_have_every_canary (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(GPtrArray) outputs = NULL;

  if (!have_tools ())
    return;
  outputs = make_outputs (f, FALSE);

  for (guint c = 0; c < G_N_ELEMENTS (canaries); c++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < outputs->len && !found; i++)
        found = strstr (((Output *) outputs->pdata[i])->text, canaries[c]) != NULL;
      if (!found)
        g_error ("No internal output shows %s: the public test could pass by showing nothing",
                 canaries[c]);
    }
}

static void
test_public_view_fields (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(StyreAgenda) agenda = test_load (f->store, f->meeting);
  g_autoptr(StyreAgenda) shown = styre_agenda_public_view (agenda);
  StyreAgendaItem *item = NULL;

  g_assert_true (shown->is_public);
  g_assert_cmpuint (shown->items->len, ==, agenda->items->len);
  for (guint i = 0; i < shown->items->len; i++)
    if (g_strcmp0 (((StyreAgendaItem *) shown->items->pdata[i])->confidentiality, "exempt") == 0)
      item = g_ptr_array_index (shown->items, i);
  g_assert_nonnull (item);
  g_assert_cmpstr (item->case_number, ==, "02/26");
  g_assert_cmpstr (item->legal_basis, ==, "offl. § 13 jf. fvl. § 13 første ledd nr. 1");
  g_assert_cmpint (item->presenter_id, ==, 0);
  g_assert_cmpuint (item->initiatives->len + item->views->len + item->attachments->len
                    + item->guests->len + item->actions->len + item->gate_decisions->len, ==, 0);
  /* The guest called only for the exempt item is not listed; the video link is gone. */
  for (guint i = 0; i < shown->participants->len; i++)
    g_assert_cmpstr (((StyreParticipant *) shown->participants->pdata[i])->name, !=, "QZXGUESTNAME");
  g_assert_cmpstr (shown->video_link, ==, "");
  /* A public view of a public view is itself. */
  {
    g_autoptr(StyreAgenda) again = styre_agenda_public_view (shown);
    g_assert_true (again == shown);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/public/outputs-have-no-canaries", Fixture, NULL, fixture_set_up,
              test_public_outputs_have_no_canaries, fixture_tear_down);
  g_test_add ("/public/internal-outputs-have-every-canary", Fixture, NULL, fixture_set_up,
              test_internal_outputs_have_every_canary, fixture_tear_down);
  g_test_add ("/public/view-fields", Fixture, NULL, fixture_set_up, test_public_view_fields,
              fixture_tear_down);

  return g_test_run ();
}
