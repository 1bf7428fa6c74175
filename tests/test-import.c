/* test-import.c — initiatives from the CSV files Norwegian Excel writes, and back
 *
 * Every variation the secretariat's files have (encodings, delimiters, quoting, headers
 * in two languages, Norwegian numbers and dates), every way a file can be wrong (each
 * refused with its line and column, the .styre file unchanged to the byte), and the
 * round trip export → import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "styre-csv.h"
#include "styre-detail.h"
#include "styre-error.h"
#include "styre-export.h"
#include "styre-import.h"
#include "styre-store.h"

#include "test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  StyreStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("styre-import-XXXXXX", &error);
  f->path = g_build_filename (f->dir, "test.styre", NULL);
  f->store = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_store_set_now_for_testing (f->store, "2026-11-27T09:00:00Z");
  styre_store_set_identity (f->store, "sekretariat", "Sekretariatet");
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

static StyreImport *
prepare (Fixture    *f,
         const char *data,
         gsize       length)
{
  g_autoptr(GError) error = NULL;
  StyreImport *plan = styre_import_prepare (f->store, data, length ? length : strlen (data),
                                            &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
assert_no_problems (StyreImport *plan)
{
  GPtrArray *problems = styre_import_get_problems (plan);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", (char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
import_ok (Fixture    *f,
           const char *data,
           gsize       length)
{
  g_autoptr(StyreImport) plan = prepare (f, data, length);
  g_autoptr(GError) error = NULL;

  assert_no_problems (plan);
  g_assert_true (styre_import_apply (plan, f->store, "test.csv", NULL, &error));
  g_assert_no_error (error);
}

static StyreRow *
initiative (Fixture    *f,
            const char *code)
{
  g_autoptr(GPtrArray) choices = styre_store_list_choices (f->store, "initiative", NULL);

  for (guint i = 0; i < choices->len; i++)
    {
      StyreChoice *c = g_ptr_array_index (choices, i);
      if (g_str_has_prefix (c->label, code) && c->label[strlen (code)] == ' ')
        return styre_store_read_row (f->store, "initiative", c->id, NULL);
    }
  return NULL;
}

static const char *
text_of (Fixture    *f,
         const char *code,
         const char *column)
{
  static char buf[512];
  g_autoptr(StyreRow) row = initiative (f, code);
  const StyreValue *v;

  g_assert_nonnull (row);
  v = styre_row_get (row, column);
  if (v->type == STYRE_VALUE_NULL)
    return NULL;
  if (v->type == STYRE_VALUE_INT)
    g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, v->i);
  else
    g_strlcpy (buf, v->s, sizeof buf);
  return buf;
}

/* The name of the person or agency a column of the initiative refers to. */
static const char *
name_of (Fixture    *f,
         const char *code,
         const char *column,
         const char *table)
{
  static char buf[256];
  g_autoptr(StyreRow) row = initiative (f, code);
  g_autoptr(StyreRow) other = styre_store_read_row (f->store, table,
                                                    styre_row_get_int (row, column), NULL);

  g_assert_nonnull (other);
  g_strlcpy (buf, styre_row_get_text (other, "name"), sizeof buf);
  return buf;
}

static gint64
budget_of (Fixture    *f,
           const char *code,
           int         year,
           const char *column)
{
  g_autoptr(StyreRow) row = initiative (f, code);
  g_autoptr(GPtrArray) lines = styre_store_list_rows_where (f->store, "budget_line",
                                                            "initiative_id",
                                                            styre_row_get_int (row, "id"), NULL);
  StyreRow *latest = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      StyreRow *line = g_ptr_array_index (lines, i);
      if (styre_row_get_int (line, "year") == year)
        latest = line;
    }
  if (latest == NULL || styre_row_get (latest, column)->type == STYRE_VALUE_NULL)
    return -1;
  return styre_row_get_int (latest, column);
}

/* ── variations that must be read ───────────────────────────────────────────────────── */

#define NORWEGIAN_SHEET \
  "Kode;Tiltak;Beskrivelse;Type;Metode;Fase;Virksomhet;Prosjekteier;Prosjektleder;" \
  "Startdato;Sluttdato;Budsjett 2026;Prognose 2026;Regnskap 2026;Status\r\n" \
  "DF-2026-01;Digital byggesøknad;\"Søknad, behandling og vedtak; alt på nett\";" \
  "Prosjekt;Smidig;Gjennomføring;Fjordvik kommune;Kari Nordmann;Ola Hansen;" \
  "01.02.2026;31.12.2027;\"12 500 000\";12,5 mill.;kr 4 000 000,-;Gul\r\n" \
  "DF-2026-02;Ny sak- og arkivløsning;\"Første linje\nandre linje\";program;fossefall;" \
  "planlegge;Nordstrand kommune;Kari Nordmann;;2026-03-01;;\u00a0800\u00a0000 kr;;;Grønn\r\n"

static void
test_norwegian_semicolons_utf8 (Fixture       *f,
                                gconstpointer  data)
{
  import_ok (f, NORWEGIAN_SHEET, 0);

  g_assert_cmpstr (text_of (f, "DF-2026-01", "title"), ==, "Digital byggesøknad");
  g_assert_cmpstr (text_of (f, "DF-2026-01", "what"), ==, "Søknad, behandling og vedtak; alt på nett");
  g_assert_cmpstr (text_of (f, "DF-2026-01", "kind"), ==, "project");
  g_assert_cmpstr (text_of (f, "DF-2026-01", "method"), ==, "agile");
  g_assert_cmpstr (text_of (f, "DF-2026-01", "phase"), ==, "execution");
  g_assert_cmpstr (text_of (f, "DF-2026-01", "start_date"), ==, "2026-02-01");
  g_assert_cmpstr (text_of (f, "DF-2026-01", "end_date"), ==, "2027-12-31");
  g_assert_cmpstr (name_of (f, "DF-2026-01", "owner_id", "person"), ==, "Kari Nordmann");
  g_assert_cmpstr (name_of (f, "DF-2026-01", "leader_id", "person"), ==, "Ola Hansen");
  g_assert_cmpstr (name_of (f, "DF-2026-01", "owning_agency_id", "agency"), ==, "Fjordvik kommune");
  g_assert_cmpint (budget_of (f, "DF-2026-01", 2026, "approved"), ==, 12500000);
  g_assert_cmpint (budget_of (f, "DF-2026-01", 2026, "forecast"), ==, 12500000);
  g_assert_cmpint (budget_of (f, "DF-2026-01", 2026, "actual"), ==, 4000000);

  /* A quoted line break stays in the value; words in lower case and other forms match. */
  g_assert_cmpstr (text_of (f, "DF-2026-02", "what"), ==, "Første linje\nandre linje");
  g_assert_cmpstr (text_of (f, "DF-2026-02", "kind"), ==, "programme");
  g_assert_cmpstr (text_of (f, "DF-2026-02", "method"), ==, "waterfall");
  g_assert_cmpstr (text_of (f, "DF-2026-02", "phase"), ==, "planning");
  g_assert_cmpstr (text_of (f, "DF-2026-02", "start_date"), ==, "2026-03-01");
  g_assert_cmpint (budget_of (f, "DF-2026-02", 2026, "approved"), ==, 800000);
  /* Kari is one person, though two rows name her. */
  g_assert_cmpint (styre_store_count_rows (f->store, "person", NULL), ==, 2);
  g_assert_cmpint (styre_store_count_rows (f->store, "agency", NULL), ==, 2);

  /* The colour became this month's published report. */
  {
    g_autoptr(GListModel) list = NULL;
    g_assert_cmpint (styre_store_count_rows (f->store, "status_report", NULL), ==, 2);
  }
}

static void
test_bom_and_windows_1252 (Fixture       *f,
                           gconstpointer  data)
{
  /* The same sheet as Excel's "CSV UTF-8" (with a BOM) and "CSV (semikolondelt)". */
  const char *utf8 = "\xEF\xBB\xBFKode;Tiltak;Fase\r\nA-1;Økonomisystem for Øyvær;Idé\r\n";
  const char cp1252[] = "Kode;Tiltak;Fase\r\nB-1;\xD8konomisystem for \xD8yv\xE6r \x96 fase 2;"
                        "Gjennomf\xF8re\r\n";
  g_autoptr(StyreImport) plan = NULL;

  import_ok (f, utf8, 0);
  g_assert_cmpstr (text_of (f, "A-1", "title"), ==, "Økonomisystem for Øyvær");
  g_assert_cmpstr (text_of (f, "A-1", "phase"), ==, "idea");

  plan = prepare (f, cp1252, sizeof cp1252 - 1);
  g_assert_cmpstr (styre_import_get_format (plan), ==, "Windows-1252, semicolons");
  import_ok (f, cp1252, sizeof cp1252 - 1);
  g_assert_cmpstr (text_of (f, "B-1", "title"), ==, "Økonomisystem for Øyvær – fase 2");
  g_assert_cmpstr (text_of (f, "B-1", "phase"), ==, "execution");
}

static void
test_english_commas_lf (Fixture       *f,
                        gconstpointer  data)
{
  const char *sheet =
    "code,TITLE,What,Kind,Method,Phase,Agency,Owner,Start,End,Budget 2027,Forecast 2027\n"
    "EN-1,\"Shared ID, and login\",One login for all,Agile product team,Hybrid,Concept,"
    "Nordstrand kommune,Anne Berg,2026-11-01,2027-06-30,\"1 200 000\",\"1 250 000,50\"\n";

  import_ok (f, sheet, 0);
  g_assert_cmpstr (text_of (f, "EN-1", "title"), ==, "Shared ID, and login");
  g_assert_cmpstr (text_of (f, "EN-1", "kind"), ==, "product_team");
  g_assert_cmpstr (text_of (f, "EN-1", "phase"), ==, "concept");
  g_assert_cmpint (budget_of (f, "EN-1", 2027, "approved"), ==, 1200000);
  g_assert_cmpint (budget_of (f, "EN-1", 2027, "forecast"), ==, 1250001);
}

static void
test_nynorsk_headers_and_words (Fixture       *f,
                                gconstpointer  data)
{
  const char *sheet =
    "Nr;Namn;Skildring;Kategori;Metode;Fase;Verksemd;Prosjekteigar;Prosjektleiar\r\n"
    "NN-1;Felles sakshandsaming;Éi løysing;Innovasjon;Hybrid;Konsept;Lågdal kommune;"
    "Siri Aas;Per Li\r\n";

  import_ok (f, sheet, 0);
  g_assert_cmpstr (text_of (f, "NN-1", "title"), ==, "Felles sakshandsaming");
  g_assert_cmpstr (text_of (f, "NN-1", "kind"), ==, "innovation");
  g_assert_cmpstr (name_of (f, "NN-1", "owner_id", "person"), ==, "Siri Aas");
}

/* Known codes update; unknown columns are reported and ignored; empty cells keep. */
static void
test_update_and_unknown_columns (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(StyreImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  const StyreImportRow *row;
  GPtrArray *notes;
  gboolean noted = FALSE;
  const char *update =
    "Kode;Tiltak;Fase;Farge på kortet;Budsjett 2026;Status\r\n"
    "DF-2026-01;Digital byggesøknad;Avslutning;blå;13 000 000;gul\r\n"
    "DF-2026-02;Ny sak- og arkivløsning;;;;\r\n";

  import_ok (f, NORWEGIAN_SHEET, 0);
  plan = prepare (f, update, 0);
  assert_no_problems (plan);
  notes = styre_import_get_notes (plan);
  for (guint i = 0; i < notes->len; i++)
    noted |= strstr (g_ptr_array_index (notes, i), "\"Farge på kortet\" is not known") != NULL;
  g_assert_true (noted);
  g_assert_cmpuint (styre_import_count (plan, STYRE_IMPORT_UPDATE), ==, 1);
  g_assert_cmpuint (styre_import_count (plan, STYRE_IMPORT_UNCHANGED), ==, 1);
  g_assert_cmpuint (styre_import_count (plan, STYRE_IMPORT_CREATE), ==, 0);
  row = styre_import_get_row (plan, 0);
  g_assert_cmpint (row->action, ==, STYRE_IMPORT_UPDATE);
  g_assert_cmpstr (row->changes[0], ==, "Phase: Execution → Closing");
  g_assert_true (styre_import_apply (plan, f->store, "update.csv", NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (text_of (f, "DF-2026-01", "phase"), ==, "closing");
  g_assert_cmpstr (text_of (f, "DF-2026-02", "phase"), ==, "planning");
  g_assert_cmpint (budget_of (f, "DF-2026-01", 2026, "approved"), ==, 13000000);
  /* The forecast was not in the sheet: it stays. */
  g_assert_cmpint (budget_of (f, "DF-2026-01", 2026, "forecast"), ==, 12500000);
}

/* ── files that must be refused, each with its reason, the file unchanged ───────────── */

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_refused_files (Fixture       *f,
                    gconstpointer  data)
{
  static const struct { const char *name; const char *csv; const char *problem; } cases[] = {
    { "bad encoding", "Kode;Tiltak\r\nX-1;Tiltak med \x81 i navnet\r\n",
      "line 2: the file has characters that are neither UTF-8 nor Windows-1252" },
    { "bad UTF-8 after a BOM", "\xEF\xBB\xBFKode;Tiltak\r\nX-1;\xC3\x28\r\n",
      "line 2: the file says it is UTF-8" },
    { "wrong quoting", "Kode;Tiltak;Fase\r\nX-1;\"Digital \"byggesak\";Idé\r\n",
      "line 2: column \"Tiltak\": there is text after the closing quote" },
    { "an unclosed quote", "Kode;Tiltak\r\nX-1;Ok\r\nX-2;\"Aldri lukket\r\nX-3;Tapt\r\n",
      "line 3: column \"Tiltak\": a quote is opened but never closed" },
    { "a date that is not a date", "Kode;Tiltak;Startdato\r\nX-1;Byggesak;31.02.2026\r\n",
      "line 2: column \"Startdato\": “31.02.2026” is not a date" },
    { "a number that is not a number", "Kode;Tiltak;Budsjett 2026\r\nX-1;Byggesak;tolv mill\r\n",
      "line 2: column \"Budsjett 2026\": “tolv mill” is not an amount" },
    { "a missing title", "Kode;Tiltak\r\nX-1;Byggesak\r\nX-2;\r\n",
      "line 3: column \"Tiltak\": the initiative has no title" },
    { "an unknown phase", "Kode;Tiltak;Fase\r\nX-1;Byggesak;Halvveis\r\n",
      "line 2: column \"Fase\": “Halvveis” is not one of: Idea, Concept" },
    { "a code twice", "Kode;Tiltak\r\nX-1;Byggesak\r\nx-1;Byggesak igjen\r\n",
      "line 3: column \"Kode\": “x-1” is also on line 2" },
    { "an end before the start", "Kode;Tiltak;Start;Slutt\r\nX-1;A;01.05.2026;01.04.2026\r\n",
      "line 2: column \"Slutt\": the end is before the start" },
    { "no column names", "1;2;3\r\n4;5;6\r\n", "line 1: no column names the initiatives" },
    { "too many values", "Kode;Tiltak\r\nX-1;Byggesak; alt på nett\r\n",
      "line 2: there are 3 values but only 2 column names" },
    { "a negative budget", "Kode;Tiltak;Budsjett 2026\r\nX-1;Byggesak;-100\r\n",
      "line 2: column \"Budsjett 2026\": an amount in a budget cannot be negative" },
    { "a new colour for a month already published",
      "Kode;Tiltak;Status\r\nDF-2026-01;Digital byggesøknad;Rød\r\n",
      "line 2: column \"Status\": the status report for November 2026 is published" },
    { "a column twice", "Kode;Tiltak;Budsjett 2026;Budget 2026\r\nX-1;A;1;2\r\n",
      "line 1: column \"Budget 2026\": another column already gives this" },
    { "a programme that is not there", "Kode;Tiltak;Program\r\nX-1;Byggesak;P-9\r\n",
      "line 2: column \"Program\": no initiative has the code “P-9”" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *hash_before = NULL;
  g_autofree char *bytes_before = NULL;

  import_ok (f, NORWEGIAN_SHEET, 0);
  hash_before = styre_store_content_hash (f->store, &error);
  bytes_before = file_digest (f->path);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StyreImport) plan = prepare (f, cases[i].csv, 0);
      GPtrArray *problems = styre_import_get_problems (plan);
      g_autoptr(GError) apply_error = NULL;
      g_autofree char *hash_after = NULL;
      g_autofree char *bytes_after = NULL;
      gboolean found = FALSE;

      g_test_message ("%s", cases[i].name);
      for (guint k = 0; k < problems->len; k++)
        {
          g_test_message ("  %s", (char *) g_ptr_array_index (problems, k));
          found |= g_str_has_prefix (g_ptr_array_index (problems, k), cases[i].problem);
        }
      if (!found)
        g_error ("%s: no problem starts with “%s”", cases[i].name, cases[i].problem);

      g_assert_false (styre_import_apply (plan, f->store, "bad.csv", NULL, &apply_error));
      g_assert_error (apply_error, STYRE_ERROR, STYRE_ERROR_INVALID);
      g_assert_nonnull (strstr (apply_error->message, cases[i].problem));

      hash_after = styre_store_content_hash (f->store, NULL);
      g_assert_cmpstr (hash_after, ==, hash_before);
      bytes_after = file_digest (f->path);
      g_assert_cmpstr (bytes_after, ==, bytes_before);
    }
}

static void
test_not_csv_at_all (Fixture       *f,
                     gconstpointer  data)
{
  static const char xlsx[] = "PK\x03\x04\x14\x00\x06\x00";
  static const char utf16[] = "\xFF\xFEK\x00o\x00";
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreImport) plan = NULL;

  plan = styre_import_prepare (f->store, xlsx, sizeof xlsx - 1, &error);
  g_assert_null (plan);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Excel workbook"));
  g_clear_error (&error);
  plan = styre_import_prepare (f->store, utf16, sizeof utf16 - 1, &error);
  g_assert_null (plan);
  g_assert_nonnull (strstr (error->message, "UTF-16"));
}

/* ── the round trip ──────────────────────────────────────────────────────────────────── */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *first = g_build_filename (f->dir, "first.csv", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second.csv", NULL);
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.styre", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(StyreStore) copy = NULL;
  g_autoptr(StyreImport) again = NULL;
  g_autoptr(GError) error = NULL;
  gsize la, lb;
  const char *sheet =
    NORWEGIAN_SHEET
    "DF-2026-03;Delprosjekt;;Pilot;Hybrid;Idé;Fjordvik kommune;;;;;;;;\r\n"
    "DF-2026-04;Unntatt tiltak;;Prosjekt;Hybrid;Idé;Fjordvik kommune;;;;;;;;\r\n";
  const char *links =
    "Kode;Tiltak;Program;Hjemmel;Statens prosjektmodell\r\n"
    "DF-2026-03;Delprosjekt;DF-2026-02;;ja\r\n"
    "DF-2026-04;Unntatt tiltak;;offl. § 14;nei\r\n";

  import_ok (f, sheet, 0);
  import_ok (f, links, 0);
  g_assert_cmpstr (text_of (f, "DF-2026-04", "confidentiality"), ==, "exempt");
  g_assert_cmpstr (text_of (f, "DF-2026-03", "state_project_model"), ==, "1");

  g_assert_true (styre_store_export (f->store, STYRE_EXPORT_INITIATIVES, STYRE_EXPORT_CSV, first,
                                     NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (first, &a, &la, NULL));
  /* As Excel reads it: a BOM, semicolons, CRLF, plain digits, Norwegian dates. */
  g_assert_true (g_str_has_prefix (a, "\xEF\xBB\xBF" "Code;Initiative;"));
  g_assert_nonnull (strstr (a, ";Yellow;12500000;12500000;4000000\r\n"));
  g_assert_nonnull (strstr (a, ";01.02.2026;31.12.2027;"));

  /* Into a new file, and out again: the same sheet. */
  copy = styre_store_create (copy_path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_store_set_now_for_testing (copy, "2026-11-27T09:00:00Z");
  {
    g_autoptr(StyreImport) plan = styre_import_prepare (copy, a, la, &error);
    g_assert_no_error (error);
    assert_no_problems (plan);
    g_assert_cmpuint (styre_import_count (plan, STYRE_IMPORT_CREATE), ==, 4);
    g_assert_true (styre_import_apply (plan, copy, "first.csv", NULL, &error));
    g_assert_no_error (error);
  }
  g_assert_true (styre_store_export (copy, STYRE_EXPORT_INITIATIVES, STYRE_EXPORT_CSV, second,
                                     NULL, &error));
  g_assert_true (g_file_get_contents (second, &b, &lb, NULL));
  g_assert_cmpstr (a, ==, b);

  /* Into the file it came from: nothing to do. */
  again = styre_import_prepare (f->store, a, la, &error);
  assert_no_problems (again);
  g_assert_cmpuint (styre_import_count (again, STYRE_IMPORT_UNCHANGED), ==, 4);
}

/* Importing takes a verified snapshot first and writes one audit row for the import. */
static void
test_snapshot_first (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StyreImport) plan = prepare (f, NORWEGIAN_SHEET, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *snapshot = NULL;
  g_autoptr(StyreStore) before = NULL;

  g_assert_true (styre_import_apply (plan, f->store, "portefølje.csv", &snapshot, &error));
  g_assert_no_error (error);
  g_assert_nonnull (snapshot);
  g_assert_true (g_file_test (snapshot, G_FILE_TEST_EXISTS));
  before = styre_store_open (snapshot, STYRE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_count_rows (before, "initiative", NULL), ==, 0);
  g_assert_cmpint (styre_store_count_rows (f->store, "initiative", NULL), ==, 2);
}

/* The CSV reader on its own: line numbers across quoted line breaks, sep=, CR only. */
static void
test_csv_reader (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreCsv) csv = NULL;
  g_autoptr(StyreCsv) mac = NULL;
  char **record;

  const char *text = "sep=,\na,b\n\"x\ny\",\"z \"\"q\"\"\"\n\n3,4";

  csv = styre_csv_parse (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_cmpint (csv->delimiter, ==, ',');
  g_assert_cmpuint (csv->records->len, ==, 3);
  record = g_ptr_array_index (csv->records, 1);
  g_assert_cmpstr (record[0], ==, "x\ny");
  g_assert_cmpstr (record[1], ==, "z \"q\"");
  g_assert_cmpuint (g_array_index (csv->lines, guint, 1), ==, 3);
  g_assert_cmpuint (g_array_index (csv->lines, guint, 2), ==, 6);

  mac = styre_csv_parse ("a;b\r1;2\r", 8, &error);
  g_assert_cmpuint (mac->records->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/norwegian-semicolons-utf8", test_norwegian_semicolons_utf8);
  ADD ("/import/bom-and-windows-1252", test_bom_and_windows_1252);
  ADD ("/import/english-commas-lf", test_english_commas_lf);
  ADD ("/import/nynorsk", test_nynorsk_headers_and_words);
  ADD ("/import/update-and-unknown-columns", test_update_and_unknown_columns);
  ADD ("/import/refused-files", test_refused_files);
  ADD ("/import/not-csv-at-all", test_not_csv_at_all);
  ADD ("/import/round-trip", test_round_trip);
  ADD ("/import/snapshot-first", test_snapshot_first);
#undef ADD
  g_test_add_func ("/import/csv-reader", test_csv_reader);

  return g_test_run ();
}
