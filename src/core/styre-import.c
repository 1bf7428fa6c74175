/* styre-import.c — initiatives from a spreadsheet
 *
 * The secretariat keeps the portfolio in Excel today. Importing reads the sheet as CSV
 * (styre-csv.c), recognises its columns by their names in Norwegian or English, and
 * makes a plan: which initiatives are created, which are updated and how, and every
 * problem, by line. Nothing is written until the plan has no problems; then a verified
 * snapshot is taken and the whole plan is saved in one transaction with the version
 * check, so an import either happens entirely or not at all, and a refused file leaves
 * the .styre file exactly as it was.
 *
 * An empty cell leaves the initiative's value as it is. Rows whose code is known update
 * that initiative; others create one. Agencies and people that are not in the file yet
 * are created, and the preview says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "styre-change.h"
#include "styre-csv.h"
#include "styre-error.h"
#include "styre-fields.h"
#include "styre-format.h"
#include "styre-import.h"
#include "styre-import-private.h"
#include "styre-store-private.h"

/* ── columns ─────────────────────────────────────────────────────────────────────────── */

/* The names a column may have, casefolded; the export's own (translated) header is
 * recognised too. */
static const StyreImportColumnInfo column_info[STYRE_IMPORT_N_COLUMNS] = {
  [STYRE_IMPORT_CODE] = { "code", NC_("spreadsheet column", "Code"),
    { "kode", "nr", "nr.", "nummer", "id", "code", "tiltaksnummer", "tiltakskode",
      "prosjektnummer", "prosjektkode", "ref", "referanse", NULL } },
  [STYRE_IMPORT_TITLE] = { "title", NC_("spreadsheet column", "Initiative"),
    { "tiltak", "navn", "namn", "tittel", "title", "name", "tiltaksnavn", "tiltaksnamn",
      "prosjektnavn", "prosjekt", "initiative", "prosjektnamn", NULL } },
  [STYRE_IMPORT_WHAT] = { "what", NC_("spreadsheet column", "Description"),
    { "beskrivelse", "skildring", "hva", "kva", "what", "description", "formål",
      "kort beskrivelse", NULL } },
  [STYRE_IMPORT_KIND] = { "kind", NC_("spreadsheet column", "Kind"),
    { "type", "kategori", "kind", "category", "tiltakstype", NULL } },
  [STYRE_IMPORT_METHOD] = { "method", NC_("spreadsheet column", "Method"),
    { "metode", "method", "arbeidsform", "arbeidsmetode", "gjennomføringsmetode", NULL } },
  [STYRE_IMPORT_PHASE] = { "phase", NC_("spreadsheet column", "Phase"),
    { "fase", "phase", NULL } },
  [STYRE_IMPORT_LIFECYCLE] = { "lifecycle", NC_("spreadsheet column", "State"),
    { "livsløp", "tilstand", "lifecycle", "state", "livssyklus", NULL } },
  [STYRE_IMPORT_AGENCY] = { "owning_agency_id", NC_("spreadsheet column", "Agency"),
    { "virksomhet", "verksemd", "eier", "eigar", "agency", "owning agency",
      "eiervirksomhet", "ansvarlig virksomhet", "organisasjon", NULL } },
  [STYRE_IMPORT_OWNER] = { "owner_id", NC_("spreadsheet column", "Project owner"),
    { "prosjekteier", "prosjekteigar", "tiltakseier", "tiltakseigar", "owner",
      "project owner", "initiative owner", NULL } },
  [STYRE_IMPORT_LEADER] = { "leader_id", NC_("spreadsheet column", "Project leader"),
    { "prosjektleder", "prosjektleiar", "produkteier", "produkteigar", "leader",
      "project leader", "product owner", "tiltaksleder", "tiltaksleiar", NULL } },
  [STYRE_IMPORT_START] = { "start_date", NC_("spreadsheet column", "Start"),
    { "start", "startdato", "oppstart", "start date", NULL } },
  [STYRE_IMPORT_END] = { "end_date", NC_("spreadsheet column", "End"),
    { "slutt", "sluttdato", "end", "end date", "ferdig", NULL } },
  [STYRE_IMPORT_PARENT] = { "parent_id", NC_("spreadsheet column", "Programme"),
    { "program", "overordnet", "del av", "parent", "programme", "part of programme", NULL } },
  [STYRE_IMPORT_MERGED] = { "merged_into_id", NC_("spreadsheet column", "Merged into"),
    { "slått sammen med", "slått saman med", "merged into", NULL } },
  [STYRE_IMPORT_STRATEGIC] = { "strategic_value", NC_("spreadsheet column", "Strategic value"),
    { "strategisk verdi", "strategic value", NULL } },
  [STYRE_IMPORT_COMPLEXITY] = { "complexity", NC_("spreadsheet column", "Complexity"),
    { "kompleksitet", "complexity", NULL } },
  [STYRE_IMPORT_STATE_MODEL] = { "state_project_model",
    NC_("spreadsheet column", "State project model"),
    { "statens prosjektmodell", "state project model", NULL } },
  [STYRE_IMPORT_CO_FINANCED] = { "co_financed", NC_("spreadsheet column", "Co-financed"),
    { "medfinansiert", "medfinansiering", "co-financed", "cofinanced", NULL } },
  [STYRE_IMPORT_NATIONAL] = { "national_portfolio",
    NC_("spreadsheet column", "National portfolio"),
    { "nasjonal portefølje", "national portfolio", NULL } },
  [STYRE_IMPORT_LEGAL_BASIS] = { "legal_basis", NC_("spreadsheet column", "Legal basis"),
    { "hjemmel", "unntatt offentlighet", "legal basis", "legal basis for exemption",
      "unntaksheimel", NULL } },
  [STYRE_IMPORT_STATUS] = { "overall_rag", NC_("spreadsheet column", "Status"),
    { "status", "statusfarge", "rag", "overall status", "samlet status", NULL } },
  [STYRE_IMPORT_BUDGET] = { "approved", NC_("spreadsheet column", "Budget"),
    { "budsjett", "budget", "vedtatt budsjett", "approved", NULL } },
  [STYRE_IMPORT_FORECAST] = { "forecast", NC_("spreadsheet column", "Forecast"),
    { "prognose", "forecast", NULL } },
  [STYRE_IMPORT_ACTUAL] = { "actual", NC_("spreadsheet column", "Actual"),
    { "regnskap", "rekneskap", "actual", "faktisk", "forbruk", NULL } },
};

/**
 * styre_import_column_info:
 *
 * Returns: how a column of the initiative sheet is named and stored
 */
const StyreImportColumnInfo *
styre_import_column_info (StyreImportColumn column)
{
  g_return_val_if_fail (column < STYRE_IMPORT_N_COLUMNS, NULL);
  return &column_info[column];
}

/**
 * styre_import_column_header:
 * @year: for the money columns, the year; otherwise ignored
 *
 * Returns: (transfer full): the header the export writes, translated: "Phase",
 *   "Budget 2026"
 */
char *
styre_import_column_header (StyreImportColumn column,
                            int               year)
{
  const char *label = g_dpgettext2 (GETTEXT_PACKAGE, "spreadsheet column",
                                    column_info[column].header);

  if (column >= STYRE_IMPORT_BUDGET)
    /* The money columns are per year: "Budget 2026". */
    return g_strdup_printf ("%s %d", label, year);
  return g_strdup (label);
}

/* Lower case, trimmed, one space between words, without a trailing colon. */
static char *
normalise_header (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '_' || c == 0x00A0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  while (out->len > 0 && (out->str[out->len - 1] == ':' || out->str[out->len - 1] == '*'))
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static gboolean
header_is (const char        *normalised,
           StyreImportColumn  column)
{
  g_autofree char *own = NULL;

  for (guint i = 0; column_info[column].names[i] != NULL; i++)
    if (g_str_equal (normalised, column_info[column].names[i]))
      return TRUE;
  own = normalise_header (g_dpgettext2 (GETTEXT_PACKAGE, "spreadsheet column",
                                        column_info[column].header));
  return g_str_equal (normalised, own);
}

/* "Budsjett 2026", "2026 budsjett", "Budget (2026)": the kind of money and its year. */
static gboolean
money_header (const char        *normalised,
              StyreImportColumn *column,
              int               *year)
{
  g_auto(GStrv) words = g_strsplit_set (normalised, " ()[]-", -1);
  g_autoptr(GString) rest = g_string_new (NULL);
  int found = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (strlen (words[i]) == 4 && strspn (words[i], "0123456789") == 4)
        {
          if (found)
            return FALSE;
          found = atoi (words[i]);
          continue;
        }
      if (rest->len)
        g_string_append_c (rest, ' ');
      g_string_append (rest, words[i]);
    }
  if (found < 1990 || found > 2200)
    return FALSE;

  for (StyreImportColumn c = STYRE_IMPORT_BUDGET; c <= STYRE_IMPORT_ACTUAL; c++)
    {
      g_autofree char *own = normalise_header (g_dpgettext2 (GETTEXT_PACKAGE, "spreadsheet column",
                                                             column_info[c].header));
      gboolean match = g_str_equal (own, rest->str);

      for (guint i = 0; !match && column_info[c].names[i] != NULL; i++)
        match = g_str_equal (rest->str, column_info[c].names[i]);
      if (match)
        {
          *column = c;
          *year = found;
          return TRUE;
        }
    }
  return FALSE;
}

/* ── words people use for the vocabularies ───────────────────────────────────────────── */

static const struct
{
  StyreVocabulary  vocabulary;
  const char      *word;
  const char      *id;
} synonyms[] = {
  { STYRE_VOCAB_PHASE, "ide", "idea" },
  { STYRE_VOCAB_PHASE, "idéfase", "idea" },
  { STYRE_VOCAB_PHASE, "idefase", "idea" },
  { STYRE_VOCAB_PHASE, "konseptfase", "concept" },
  { STYRE_VOCAB_PHASE, "konseptutredning", "concept" },
  { STYRE_VOCAB_PHASE, "planlegging", "planning" },
  { STYRE_VOCAB_PHASE, "planleggingsfase", "planning" },
  { STYRE_VOCAB_PHASE, "gjennomføring", "execution" },
  { STYRE_VOCAB_PHASE, "gjennomføringsfase", "execution" },
  { STYRE_VOCAB_PHASE, "avslutning", "closing" },
  { STYRE_VOCAB_PHASE, "avslutningsfase", "closing" },
  { STYRE_VOCAB_PHASE, "avslutting", "closing" },
  { STYRE_VOCAB_PHASE, "realisering", "realisation" },
  { STYRE_VOCAB_PHASE, "realiseringsfase", "realisation" },
  { STYRE_VOCAB_PHASE, "gevinstrealisering", "realisation" },
  { STYRE_VOCAB_PHASE, "realization", "realisation" },
  { STYRE_VOCAB_INITIATIVE_KIND, "produktteam", "product_team" },
  { STYRE_VOCAB_INITIATIVE_KIND, "smidig team", "product_team" },
  { STYRE_VOCAB_INITIATIVE_KIND, "product team", "product_team" },
  { STYRE_VOCAB_INITIATIVE_KIND, "innovasjonsprosjekt", "innovation" },
  { STYRE_VOCAB_INITIATIVE_KIND, "ide", "idea" },
  { STYRE_VOCAB_INITIATIVE_KIND, "program", "programme" },
  { STYRE_VOCAB_INITIATIVE_KIND, "program", "programme" },
  { STYRE_VOCAB_METHOD, "vannfall", "waterfall" },
  { STYRE_VOCAB_METHOD, "tradisjonell", "waterfall" },
  { STYRE_VOCAB_METHOD, "scrum", "agile" },
  { STYRE_VOCAB_LIFECYCLE, "pågående", "active" },
  { STYRE_VOCAB_LIFECYCLE, "i gang", "active" },
  { STYRE_VOCAB_LIFECYCLE, "forslag", "proposed" },
  { STYRE_VOCAB_LIFECYCLE, "pause", "paused" },
  { STYRE_VOCAB_LIFECYCLE, "pausa", "paused" },
  { STYRE_VOCAB_LIFECYCLE, "ferdig", "closed" },
  { STYRE_VOCAB_LIFECYCLE, "stanset", "stopped" },
  { STYRE_VOCAB_RAG, "g", "green" },
  { STYRE_VOCAB_RAG, "y", "yellow" },
  { STYRE_VOCAB_RAG, "r", "red" },
  { STYRE_VOCAB_RAG, "amber", "yellow" },
  { STYRE_VOCAB_RAG, "grønt", "green" },
  { STYRE_VOCAB_RAG, "gult", "yellow" },
  { STYRE_VOCAB_RAG, "rødt", "red" },
  { STYRE_VOCAB_RAG, "ikke rapportert", "grey" },
  { STYRE_VOCAB_RAG, "gray", "grey" },
};

/* The word as the vocabulary's field reads it (styre_field_parse), with the words
 * spreadsheets use mapped to the file's ids. */
static const char *
canonical_word (StyreVocabulary  vocabulary,
                const char      *text)
{
  g_autofree char *folded = g_strstrip (g_utf8_casefold (text, -1));

  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    if (synonyms[i].vocabulary == vocabulary && g_str_equal (folded, synonyms[i].word))
      return synonyms[i].id;
  return text;
}

/* ── the plan ────────────────────────────────────────────────────────────────────────── */

struct _StyreImport
{
  GPtrArray   *rows;        /* of StyreImportRow */
  GPtrArray   *problems;    /* of char* */
  GPtrArray   *notes;       /* of char* */
  GPtrArray   *changes;     /* of StyreChange, in the order they are applied */
  char        *format;      /* "UTF-8, semicolons" */
  guint        counts[3];
};

static void
import_row_free (gpointer data)
{
  StyreImportRow *row = data;

  g_free (row->code);
  g_free (row->title);
  g_strfreev (row->changes);
  g_free (row);
}

void
styre_import_free (StyreImport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_free (self->format);
  g_free (self);
}

guint
styre_import_get_n_rows (StyreImport *self)
{
  return self->rows->len;
}

const StyreImportRow *
styre_import_get_row (StyreImport *self,
                      guint        index)
{
  g_return_val_if_fail (index < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, index);
}

/**
 * styre_import_get_problems:
 *
 * Returns: (transfer none) (element-type utf8): every reason the file cannot be
 *   imported, one per cell: 'line 4: column "Fase": …'; empty when it can
 */
GPtrArray *
styre_import_get_problems (StyreImport *self)
{
  return self->problems;
}

/**
 * styre_import_get_notes:
 *
 * Returns: (transfer none) (element-type utf8): what the import does besides the
 *   initiatives (new agencies and people) and what it ignores (unknown columns)
 */
GPtrArray *
styre_import_get_notes (StyreImport *self)
{
  return self->notes;
}

guint
styre_import_count (StyreImport       *self,
                    StyreImportAction  action)
{
  g_return_val_if_fail (action <= STYRE_IMPORT_UNCHANGED, 0);
  return self->counts[action];
}

/**
 * styre_import_get_format:
 *
 * Returns: what the file was read as, e.g. "Windows-1252, semicolons"
 */
const char *
styre_import_get_format (StyreImport *self)
{
  return self->format;
}

typedef struct
{
  StyreImportColumn  column;
  int                year;
  char              *header;     /* as written in the file */
} FileColumn;

typedef struct
{
  gint64  id;
  char   *name;
} Named;

typedef struct
{
  StyreStore   *store;
  StyreImport  *plan;
  char         *today;
  char         *period;
  char         *now;
  GPtrArray    *initiatives;      /* StyreRow of every initiative */
  GHashTable   *by_code;          /* casefolded code → StyreRow */
  GHashTable   *by_title;         /* casefolded title → StyreRow, or NULL when ambiguous */
  GHashTable   *agencies;         /* casefolded name/short name/code → id */
  GHashTable   *agency_names;     /* id → name */
  GHashTable   *agency_codes;     /* casefolded code → TRUE */
  GHashTable   *people;           /* casefolded name → id */
  GHashTable   *person_names;     /* id → name */
  GHashTable   *new_agencies;     /* casefolded name → StyreChange */
  GHashTable   *new_people;       /* casefolded name → StyreChange */
  GHashTable   *budgets;          /* "initiative:year" → StyreRow (the current line) */
  GHashTable   *published;        /* initiative id → latest published overall rag */
  GHashTable   *this_period;      /* initiative id → StyreRow of this month's report */
  gint64        host_agency;
  gint64        only_agency;
  guint         n_agencies;
  GHashTable   *used_codes;       /* casefolded codes in the file and the store */
  GPtrArray    *early;            /* new agencies and people: saved first */
  GPtrArray    *inserts;          /* new initiatives, ordered */
  GPtrArray    *late;             /* updates, budgets, reports */
} Plan;

static void
problem (Plan       *plan,
         guint       line,
         const char *header,
         const char *why)
{
  if (header != NULL)
    /* Translators: a problem in a spreadsheet cell: 'line 4: column "Fase": why' */
    g_ptr_array_add (plan->plan->problems,
                     g_strdup_printf (_("line %u: column \"%s\": %s"), line, header, why));
  else
    /* Translators: a problem with a whole line of a spreadsheet */
    g_ptr_array_add (plan->plan->problems, g_strdup_printf (_("line %u: %s"), line, why));
}

static void
note (Plan       *plan,
      char       *text)
{
  g_ptr_array_add (plan->plan->notes, text);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c) && c != 0x00A0)
        return FALSE;
    }
  return TRUE;
}

static char *
fold (const char *text)
{
  return g_strstrip (g_utf8_casefold (text ? text : "", -1));
}

static gboolean
load (Plan    *plan,
      GError **error)
{
  StyreStore *store = plan->store;
  g_autoptr(GPtrArray) agencies = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
  g_autoptr(GPtrArray) budgets = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
  g_autofree char *sql = NULL;

  if (!styre_store_query_rows (store, "initiative", "SELECT * FROM initiative ORDER BY id", 0,
                               plan->initiatives, error)
      || !styre_store_query_rows (store, "agency", "SELECT * FROM agency ORDER BY id", 0,
                                  agencies, error)
      || !styre_store_query_rows (store, "person", "SELECT * FROM person ORDER BY id", 0,
                                  people, error)
      || !styre_store_query_rows (store, "budget_line",
                                  "SELECT b.* FROM budget_line AS b WHERE b.id = ("
                                  "  SELECT id FROM budget_line WHERE initiative_id = "
                                  "  b.initiative_id AND year = b.year "
                                  "  ORDER BY recorded_on DESC, id DESC LIMIT 1)",
                                  0, budgets, error))
    return FALSE;
  sql = g_strdup_printf ("SELECT r.*, (r.period = '%s') AS this_period, "
                         "  r.id = (SELECT id FROM status_report WHERE initiative_id = "
                         "  r.initiative_id AND state = 'published' ORDER BY period DESC "
                         "  LIMIT 1) AS latest "
                         "FROM status_report AS r WHERE r.period = '%s' OR r.id = ("
                         "  SELECT id FROM status_report WHERE initiative_id = r.initiative_id "
                         "  AND state = 'published' ORDER BY period DESC LIMIT 1)",
                         plan->period, plan->period);
  if (!styre_store_query_rows (store, "status_report", sql, 0, reports, error))
    return FALSE;

  for (guint i = 0; i < plan->initiatives->len; i++)
    {
      StyreRow *row = g_ptr_array_index (plan->initiatives, i);
      char *code = fold (styre_row_get_text (row, "code"));
      char *title = fold (styre_row_get_text (row, "title"));

      g_hash_table_insert (plan->by_code, g_strdup (code), row);
      g_hash_table_add (plan->used_codes, code);
      if (g_hash_table_contains (plan->by_title, title))
        g_hash_table_insert (plan->by_title, title, NULL);
      else
        g_hash_table_insert (plan->by_title, title, row);
    }
  plan->n_agencies = agencies->len;
  for (guint i = 0; i < agencies->len; i++)
    {
      StyreRow *row = g_ptr_array_index (agencies, i);
      gint64 id = styre_row_get_int (row, "id");
      const char *keys[] = { "code", "short_name", "name" };

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        {
          char *key = fold (styre_row_get_text (row, keys[k]));
          if (*key != '\0')
            g_hash_table_insert (plan->agencies, key, g_memdup2 (&id, sizeof id));
          else
            g_free (key);
        }
      g_hash_table_add (plan->agency_codes, fold (styre_row_get_text (row, "code")));
      g_hash_table_insert (plan->agency_names, g_memdup2 (&id, sizeof id),
                           g_strdup (styre_row_get_text (row, "name")));
      if (styre_row_get_int (row, "is_host") && plan->host_agency == 0)
        plan->host_agency = id;
      plan->only_agency = id;
    }
  for (guint i = 0; i < people->len; i++)
    {
      StyreRow *row = g_ptr_array_index (people, i);
      gint64 id = styre_row_get_int (row, "id");
      char *key = fold (styre_row_get_text (row, "name"));

      if (!g_hash_table_contains (plan->people, key))
        g_hash_table_insert (plan->people, key, g_memdup2 (&id, sizeof id));
      else
        g_free (key);
      g_hash_table_insert (plan->person_names, g_memdup2 (&id, sizeof id),
                           g_strdup (styre_row_get_text (row, "name")));
    }
  for (guint i = 0; i < budgets->len; i++)
    {
      StyreRow *row = g_ptr_array_index (budgets, i);
      char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                   styre_row_get_int (row, "initiative_id"),
                                   styre_row_get_int (row, "year"));
      g_hash_table_insert (plan->budgets, key, styre_row_ref (row));
    }
  for (guint i = 0; i < reports->len; i++)
    {
      StyreRow *row = g_ptr_array_index (reports, i);
      gint64 initiative = styre_row_get_int (row, "initiative_id");

      if (styre_row_get_int (row, "latest"))
        g_hash_table_insert (plan->published, g_memdup2 (&initiative, sizeof initiative),
                             g_strdup (styre_row_get_text (row, "overall_rag")));
      if (styre_row_get_int (row, "this_period"))
        g_hash_table_insert (plan->this_period, g_memdup2 (&initiative, sizeof initiative),
                             styre_row_ref (row));
    }
  return TRUE;
}

/* A code for a new initiative without one: this year and the next free number. */
static char *
new_code (Plan *plan)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *code = g_strdup_printf ("%.4s-%03u", plan->today, n);
      char *key = fold (code);

      if (!g_hash_table_contains (plan->used_codes, key))
        {
          g_hash_table_add (plan->used_codes, key);
          return g_steal_pointer (&code);
        }
      g_free (key);
    }
}

static const char *
guess_agency_kind (const char *folded)
{
  if (strstr (folded, "fylkeskommune") || strstr (folded, "fylkeskommune"))
    return "county";
  if (strstr (folded, "kommune"))
    return "municipality";
  if (strstr (folded, "departement"))
    return "ministry";
  if (strstr (folded, "helse") && (strstr (folded, " hf") || g_str_has_suffix (folded, "hf")))
    return "health_trust";
  if (strstr (folded, "direktorat") || strstr (folded, "etaten") || strstr (folded, "tilsyn")
      || strstr (folded, "verket") || strstr (folded, "styrelse"))
    return "state_agency";
  if (strstr (folded, " as") || strstr (folded, " iks") || strstr (folded, " ks"))
    return "company";
  return "other";
}

/* A short code for a new agency: the initials of its name ("Nordstrand kommune" → NK). */
static char *
new_agency_code (Plan       *plan,
                 const char *name)
{
  g_autoptr(GString) initials = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit (name, " ", -1);

  for (guint i = 0; words[i] != NULL && initials->len < 8; i++)
    if (*words[i] != '\0')
      {
        gunichar c = g_unichar_toupper (g_utf8_get_char (words[i]));
        if (g_unichar_isalnum (c))
          g_string_append_unichar (initials, c);
      }
  if (initials->len == 0)
    g_string_append (initials, "V");
  for (guint n = 1;; n++)
    {
      g_autofree char *code = n == 1 ? g_strdup (initials->str)
                                     : g_strdup_printf ("%s%u", initials->str, n);
      char *key = fold (code);

      if (!g_hash_table_contains (plan->agency_codes, key))
        {
          g_hash_table_add (plan->agency_codes, key);
          return g_steal_pointer (&code);
        }
      g_free (key);
    }
}

/* The agency named @text, or a new one. Sets @id, or @ref for a new one. */
static void
find_agency (Plan         *plan,
             guint         line,
             const char   *text,
             gint64       *id,
             StyreChange **ref)
{
  g_autofree char *key = fold (text);
  gint64 *found = g_hash_table_lookup (plan->agencies, key);
  StyreChange *insert;

  *id = 0;
  *ref = NULL;
  if (found != NULL)
    {
      *id = *found;
      return;
    }
  insert = g_hash_table_lookup (plan->new_agencies, key);
  if (insert == NULL)
    {
      g_autofree char *name = g_strstrip (g_strdup (text));
      g_autofree char *code = new_agency_code (plan, name);

      insert = styre_change_new_insert ("agency");
      styre_change_set_text (insert, "code", code);
      styre_change_set_text (insert, "name", name);
      styre_change_set_text (insert, "kind", guess_agency_kind (key));
      if (plan->n_agencies == 0 && g_hash_table_size (plan->new_agencies) == 0)
        styre_change_set_bool (insert, "is_host", TRUE);
      g_hash_table_insert (plan->new_agencies, g_strdup (key), insert);
      g_ptr_array_add (plan->early, insert);   /* the plan holds it; the table borrows */
      /* Translators: an agency the import adds to the file */
      note (plan, g_strdup_printf (_("line %u: the agency “%s” is new and will be added"),
                                   line, name));
    }
  *ref = insert;
}

static void
find_person (Plan         *plan,
             guint         line,
             const char   *text,
             gint64        agency_id,
             StyreChange  *agency_ref,
             gint64       *id,
             StyreChange **ref)
{
  g_autofree char *key = fold (text);
  gint64 *found = g_hash_table_lookup (plan->people, key);
  StyreChange *insert;

  *id = 0;
  *ref = NULL;
  if (found != NULL)
    {
      *id = *found;
      return;
    }
  insert = g_hash_table_lookup (plan->new_people, key);
  if (insert == NULL)
    {
      g_autofree char *name = g_strstrip (g_strdup (text));

      insert = styre_change_new_insert ("person");
      styre_change_set_text (insert, "name", name);
      if (agency_ref != NULL)
        styre_change_set_ref (insert, "agency_id", agency_ref);
      else if (agency_id > 0)
        styre_change_set_int (insert, "agency_id", agency_id);
      g_hash_table_insert (plan->new_people, g_strdup (key), insert);
      g_ptr_array_add (plan->early, insert);   /* the plan holds it; the table borrows */
      /* Translators: a person the import adds to the file */
      note (plan, g_strdup_printf (_("line %u: “%s” is new and will be added to the people"),
                                   line, name));
    }
  *ref = insert;
}

typedef struct
{
  guint         line;
  StyreRow     *existing;      /* NULL for a new initiative */
  StyreChange  *change;        /* the insert, or the update of the initiative */
  char         *code;
  char         *title;
  char         *parent_code;   /* set when the parent or merged-into is given */
  char         *merged_code;
  const char   *header_parent;
  const char   *header_merged;
  GPtrArray    *lines;         /* "Phase: Planning → Execution" */
  GPtrArray    *extra;         /* budgets and reports of this row, StyreChange */
  gboolean      emitted;
  gboolean      failed;
} RowPlan;

static void
row_plan_free (gpointer data)
{
  RowPlan *r = data;

  g_clear_pointer (&r->change, styre_change_unref);
  g_free (r->code);
  g_free (r->title);
  g_free (r->parent_code);
  g_free (r->merged_code);
  g_ptr_array_unref (r->lines);
  g_ptr_array_unref (r->extra);
  g_free (r);
}

static char *
show_value (Plan             *plan,
            const StyreField *field,
            const StyreValue *value)
{
  char *text;

  if (value == NULL || value->type == STYRE_VALUE_NULL)
    return g_strdup ("–");
  if (field->kind == STYRE_FIELD_REFERENCE && value->type == STYRE_VALUE_INT)
    {
      GHashTable *names = g_str_equal (field->reference, "agency") ? plan->agency_names
                          : g_str_equal (field->reference, "person") ? plan->person_names
                          : NULL;
      const char *name = names ? g_hash_table_lookup (names, &value->i) : NULL;

      if (name == NULL && g_str_equal (field->reference, "initiative"))
        for (guint i = 0; i < plan->initiatives->len; i++)
          {
            StyreRow *row = g_ptr_array_index (plan->initiatives, i);
            if (styre_row_get_int (row, "id") == value->i)
              name = styre_row_get_text (row, "code");
          }
      return g_strdup (name ? name : "?");
    }
  text = styre_field_format (field, value);
  if (text == NULL || *text == '\0')
    {
      g_free (text);
      return g_strdup ("–");
    }
  return text;
}

/* Sets @column of the row's change to @value when it differs from what is there, and
 * says how for the preview. */
static void
set_field (Plan             *plan,
           RowPlan          *row,
           const char       *column,
           const StyreValue *value,
           const char       *shown_new)
{
  const StyreField *field = styre_field_lookup ("initiative", column);
  const StyreValue *old = row->existing ? styre_row_get (row->existing, column) : NULL;

  if (row->existing != NULL && old != NULL && styre_value_equal (old, value))
    return;
  styre_change_set_value (row->change, column, value);
  if (row->existing != NULL)
    {
      g_autofree char *a = show_value (plan, field, old);
      g_autofree char *b = shown_new ? g_strdup (shown_new) : show_value (plan, field, value);
      /* Translators: a change the import makes: "Phase: Planning → Execution" */
      g_ptr_array_add (row->lines, g_strdup_printf (_("%s: %s → %s"),
                                                    styre_field_get_label (field), a, b));
    }
}

static void
set_reference (Plan        *plan,
               RowPlan     *row,
               const char  *column,
               gint64       id,
               StyreChange *ref,
               const char  *shown)
{
  if (ref != NULL)
    {
      const StyreField *field = styre_field_lookup ("initiative", column);

      styre_change_set_ref (row->change, column, ref);
      if (row->existing != NULL)
        {
          g_autofree char *a = show_value (plan, field, styre_row_get (row->existing, column));
          g_ptr_array_add (row->lines, g_strdup_printf (_("%s: %s → %s"),
                                                        styre_field_get_label (field), a, shown));
        }
      return;
    }
  set_field (plan, row, column, &(StyreValue) { .type = STYRE_VALUE_INT, .i = id }, shown);
}

static const char *
cell (char **record,
      guint  index)
{
  for (guint i = 0; i <= index; i++)
    if (record[i] == NULL)
      return "";
  return record[index];
}

/* The parsed value of a cell for an initiative column; FALSE (with a problem) when the
 * cell cannot be read, or when it is empty (then nothing is set). */
static gboolean
parse_cell (Plan             *plan,
            guint             line,
            const FileColumn *fc,
            const char       *text,
            StyreValue       *value)
{
  const StyreField *field = styre_field_lookup ("initiative", column_info[fc->column].db_column);
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  memset (value, 0, sizeof *value);
  if (*trimmed == '\0')
    return FALSE;
  if (field->kind == STYRE_FIELD_CHOICE)
    {
      g_free (trimmed);
      trimmed = g_strdup (canonical_word (field->vocabulary, text));
    }
  if (!styre_field_parse (field, trimmed, value, &error))
    {
      problem (plan, line, fc->header, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
plan_money (Plan        *plan,
            RowPlan     *row,
            int          year,
            const char  *cells[3],
            const char  *headers[3])
{
  g_autofree char *key = NULL;
  StyreRow *current = NULL;
  gint64 values[3] = { -1, -1, -1 };
  static const char *columns[3] = { "approved", "forecast", "actual" };
  gboolean any = FALSE, differs = FALSE;
  StyreChange *change;

  for (guint k = 0; k < 3; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *trimmed = cells[k] ? g_strstrip (g_strdup (cells[k])) : NULL;

      if (trimmed == NULL || *trimmed == '\0')
        continue;
      if (!styre_parse_amount (trimmed, &values[k], &error))
        {
          problem (plan, row->line, headers[k], error->message);
          row->failed = TRUE;
          continue;
        }
      if (values[k] < 0)
        {
          problem (plan, row->line, headers[k], _("an amount in a budget cannot be negative"));
          row->failed = TRUE;
          continue;
        }
      any = TRUE;
    }
  if (!any || row->failed)
    return;

  if (row->existing != NULL)
    {
      key = g_strdup_printf ("%" G_GINT64_FORMAT ":%d", styre_row_get_int (row->existing, "id"),
                             year);
      current = g_hash_table_lookup (plan->budgets, key);
    }

  if (current != NULL)
    {
      for (guint k = 0; k < 3; k++)
        {
          const StyreValue *old = styre_row_get (current, columns[k]);
          gint64 before = old && old->type == STYRE_VALUE_INT ? old->i : -1;

          if (values[k] >= 0 && values[k] != before)
            {
              g_autofree char *a = before >= 0 ? styre_format_nok (before) : g_strdup ("–");
              g_autofree char *b = styre_format_nok (values[k]);
              g_autofree char *header = styre_import_column_header (STYRE_IMPORT_BUDGET + k, year);

              differs = TRUE;
              g_ptr_array_add (row->lines, g_strdup_printf (_("%s: %s → %s"), header, a, b));
            }
        }
      if (!differs)
        return;
      /* A revision recorded today is corrected; an older one gets a new revision. */
      if (g_strcmp0 (styre_row_get_text (current, "recorded_on"), plan->today) == 0)
        {
          change = styre_change_new_update ("budget_line", styre_row_get_int (current, "id"),
                                            styre_row_get_int (current, "version"));
          for (guint k = 0; k < 3; k++)
            if (values[k] >= 0)
              styre_change_set_int (change, columns[k], values[k]);
          g_ptr_array_add (row->extra, change);
          return;
        }
    }

  change = styre_change_new_insert ("budget_line");
  if (row->existing != NULL)
    styre_change_set_int (change, "initiative_id", styre_row_get_int (row->existing, "id"));
  else
    styre_change_set_ref (change, "initiative_id", row->change);
  styre_change_set_int (change, "year", year);
  styre_change_set_text (change, "recorded_on", plan->today);
  for (guint k = 0; k < 3; k++)
    {
      const StyreValue *old = current ? styre_row_get (current, columns[k]) : NULL;

      if (values[k] >= 0)
        styre_change_set_int (change, columns[k], values[k]);
      else if (old != NULL && old->type == STYRE_VALUE_INT)
        styre_change_set_int (change, columns[k], old->i);
      else if (k == 0)
        styre_change_set_int (change, columns[k], 0);
    }
  if (current != NULL)
    {
      const StyreValue *revised = styre_row_get (current, "revised");
      if (revised && revised->type == STYRE_VALUE_INT)
        styre_change_set_int (change, "revised", revised->i);
    }
  if (row->existing == NULL || current == NULL)
    {
      for (guint k = 0; k < 3; k++)
        if (values[k] >= 0 && row->existing != NULL)
          {
            g_autofree char *b = styre_format_nok (values[k]);
            g_autofree char *header = styre_import_column_header (STYRE_IMPORT_BUDGET + k, year);
            g_ptr_array_add (row->lines, g_strdup_printf (_("%s: %s → %s"), header, "–", b));
          }
    }
  g_ptr_array_add (row->extra, change);
}

/* The overall colour becomes this month's published report, unless the latest published
 * report already says so. */
static void
plan_status (Plan       *plan,
             RowPlan    *row,
             const char *rag,
             const char *header)
{
  gint64 id = row->existing ? styre_row_get_int (row->existing, "id") : 0;
  const char *latest = id ? g_hash_table_lookup (plan->published, &id) : NULL;
  StyreRow *report = id ? g_hash_table_lookup (plan->this_period, &id) : NULL;
  const StyreValue *phase;
  StyreChange *change;

  if (g_strcmp0 (latest, rag) == 0 || (latest == NULL && g_str_equal (rag, "grey")))
    return;

  if (row->existing != NULL)
    /* Translators: "Status: Yellow → Red" in the import's preview */
    g_ptr_array_add (row->lines,
                     g_strdup_printf (_("%s: %s → %s"), header,
                                      latest ? styre_vocabulary_label (STYRE_VOCAB_RAG, latest)
                                             : "–",
                                      styre_vocabulary_label (STYRE_VOCAB_RAG, rag)));

  if (report != NULL)
    {
      g_autofree char *month = styre_format_month (plan->period);

      if (g_strcmp0 (styre_row_get_text (report, "state"), "published") == 0)
        {
          g_autofree char *why =
            g_strdup_printf (_("the status report for %s is published with another colour and "
                               "cannot be changed"), month);
          problem (plan, row->line, header, why);
          row->failed = TRUE;
          return;
        }
      change = styre_change_new_update ("status_report", styre_row_get_int (report, "id"),
                                        styre_row_get_int (report, "version"));
      styre_change_set_text (change, "overall_rag", rag);
      g_ptr_array_add (row->extra, change);
      return;
    }

  change = styre_change_new_insert ("status_report");
  if (id)
    styre_change_set_int (change, "initiative_id", id);
  else
    styre_change_set_ref (change, "initiative_id", row->change);
  styre_change_set_text (change, "period", plan->period);
  styre_change_set_text (change, "state", "published");
  styre_change_set_text (change, "published_at", plan->now);
  styre_change_set_text (change, "overall_rag", rag);
  phase = styre_change_lookup (row->change, "phase");
  if (phase == NULL && row->existing != NULL)
    phase = styre_row_get (row->existing, "phase");
  styre_change_set_value (change, "phase", phase);
  styre_change_set_text (change, "summary", _("Status imported from a spreadsheet."));
  g_ptr_array_add (row->extra, change);
}

static void
plan_row (Plan        *plan,
          char       **record,
          guint        line,
          FileColumn  *columns,
          guint        n_columns,
          GHashTable  *codes_in_file,
          GPtrArray   *rows)
{
  RowPlan *row = g_new0 (RowPlan, 1);
  int at[STYRE_IMPORT_N_COLUMNS];
  g_autofree char *code_key = NULL;
  gint64 agency_id = 0;
  StyreChange *agency_ref = NULL;
  const char *agency_shown = NULL;
  guint n_problems = plan->plan->problems->len;
  GHashTable *years = g_hash_table_new (g_direct_hash, g_direct_equal);

  row->line = line;
  row->lines = g_ptr_array_new_with_free_func (g_free);
  row->extra = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  g_ptr_array_add (rows, row);

  for (guint c = 0; c < STYRE_IMPORT_N_COLUMNS; c++)
    at[c] = -1;
  for (guint i = 0; i < n_columns; i++)
    if (columns[i].column < STYRE_IMPORT_BUDGET && columns[i].column != STYRE_IMPORT_NONE)
      at[columns[i].column] = (int) i;
    else if (columns[i].column >= STYRE_IMPORT_BUDGET)
      g_hash_table_add (years, GINT_TO_POINTER (columns[i].year));

  /* Which initiative: by code; without a code, by a title only one initiative has. */
  if (at[STYRE_IMPORT_CODE] >= 0 && !is_blank (cell (record, at[STYRE_IMPORT_CODE])))
    {
      const char *given = cell (record, at[STYRE_IMPORT_CODE]);
      g_autoptr(GError) error = NULL;
      StyreValue v;

      row->code = g_strstrip (g_strdup (given));
      code_key = fold (row->code);
      if (!styre_field_parse (styre_field_lookup ("initiative", "code"), row->code, &v, &error))
        {
          problem (plan, line, columns[at[STYRE_IMPORT_CODE]].header, error->message);
          row->failed = TRUE;
        }
      styre_value_clear (&v);
      if (g_hash_table_contains (codes_in_file, code_key))
        {
          g_autofree char *why =
            g_strdup_printf (_("“%s” is also on line %u"), row->code,
                             GPOINTER_TO_UINT (g_hash_table_lookup (codes_in_file, code_key)));
          problem (plan, line, columns[at[STYRE_IMPORT_CODE]].header, why);
          row->failed = TRUE;
        }
      else
        g_hash_table_insert (codes_in_file, g_strdup (code_key), GUINT_TO_POINTER (line));
      row->existing = g_hash_table_lookup (plan->by_code, code_key);
    }
  if (at[STYRE_IMPORT_TITLE] >= 0)
    {
      row->title = g_strstrip (g_strdup (cell (record, at[STYRE_IMPORT_TITLE])));
      if (*row->title == '\0')
        {
          problem (plan, line, columns[at[STYRE_IMPORT_TITLE]].header,
                   _("the initiative has no title"));
          row->failed = TRUE;
        }
      else if (row->code == NULL)
        {
          g_autofree char *key = fold (row->title);
          row->existing = g_hash_table_lookup (plan->by_title, key);
        }
    }
  else if (row->existing == NULL)
    {
      problem (plan, line, NULL, _("a new initiative needs a title, and the file has no "
                                   "column for it"));
      row->failed = TRUE;
    }
  if (row->existing != NULL)
    {
      g_free (row->code);
      row->code = g_strdup (styre_row_get_text (row->existing, "code"));
      if (row->title == NULL || *row->title == '\0')
        {
          g_free (row->title);
          row->title = g_strdup (styre_row_get_text (row->existing, "title"));
        }
    }
  else if (row->code == NULL)
    {
      row->code = new_code (plan);
      /* Translators: a new initiative without a code in the spreadsheet */
      note (plan, g_strdup_printf (_("line %u: no code, so the new initiative gets the code %s"),
                                   line, row->code));
    }
  else
    g_hash_table_add (plan->used_codes, g_strdup (code_key));

  if (row->existing != NULL)
    row->change = styre_change_new_update ("initiative", styre_row_get_int (row->existing, "id"),
                                           styre_row_get_int (row->existing, "version"));
  else
    {
      row->change = styre_change_new_insert ("initiative");
      styre_change_set_text (row->change, "code", row->code);
    }
  if (row->title != NULL && *row->title != '\0')
    set_field (plan, row, "title",
               &(StyreValue) { .type = STYRE_VALUE_TEXT, .s = row->title }, NULL);

  /* The plain fields. */
  {
    static const StyreImportColumn plain[] = {
      STYRE_IMPORT_WHAT, STYRE_IMPORT_KIND, STYRE_IMPORT_METHOD, STYRE_IMPORT_PHASE,
      STYRE_IMPORT_LIFECYCLE, STYRE_IMPORT_START, STYRE_IMPORT_END, STYRE_IMPORT_STRATEGIC,
      STYRE_IMPORT_COMPLEXITY, STYRE_IMPORT_STATE_MODEL, STYRE_IMPORT_CO_FINANCED,
      STYRE_IMPORT_NATIONAL, STYRE_IMPORT_LEGAL_BASIS,
    };
    for (guint k = 0; k < G_N_ELEMENTS (plain); k++)
      {
        StyreValue v;
        int i = at[plain[k]];

        if (i < 0)
          continue;
        if (parse_cell (plan, line, &columns[i], cell (record, i), &v))
          {
            set_field (plan, row, column_info[plain[k]].db_column, &v, NULL);
            if (plain[k] == STYRE_IMPORT_LEGAL_BASIS)
              {
                StyreValue exempt = { .type = STYRE_VALUE_TEXT, .s = (char *) "exempt" };
                set_field (plan, row, "confidentiality", &exempt, NULL);
              }
          }
        styre_value_clear (&v);
      }
  }

  /* Defaults for a new initiative. */
  if (row->existing == NULL)
    {
      if (styre_change_lookup (row->change, "kind") == NULL)
        styre_change_set_text (row->change, "kind", "project");
      if (styre_change_lookup (row->change, "method") == NULL)
        styre_change_set_text (row->change, "method", "hybrid");
      if (styre_change_lookup (row->change, "phase") == NULL)
        styre_change_set_text (row->change, "phase", "idea");
      styre_change_set_text (row->change, "created_at", plan->now);
    }

  /* The owning agency. */
  if (at[STYRE_IMPORT_AGENCY] >= 0 && !is_blank (cell (record, at[STYRE_IMPORT_AGENCY])))
    {
      agency_shown = cell (record, at[STYRE_IMPORT_AGENCY]);
      find_agency (plan, line, agency_shown, &agency_id, &agency_ref);
      set_reference (plan, row, "owning_agency_id", agency_id, agency_ref, agency_shown);
    }
  else if (row->existing != NULL)
    agency_id = styre_row_get_int (row->existing, "owning_agency_id");
  else if (plan->host_agency > 0 || plan->n_agencies == 1)
    {
      agency_id = plan->host_agency ? plan->host_agency : plan->only_agency;
      styre_change_set_int (row->change, "owning_agency_id", agency_id);
    }
  else if (plan->n_agencies == 0)
    {
      const char *organisation = styre_store_get_organisation_name (plan->store);
      find_agency (plan, line, organisation && *organisation ? organisation : _("Our agency"),
                   &agency_id, &agency_ref);
      styre_change_set_ref (row->change, "owning_agency_id", agency_ref);
    }
  else
    {
      problem (plan, line, NULL, _("the file has several agencies; add a column “Virksomhet” "
                                   "that says which one owns the initiative"));
      row->failed = TRUE;
    }

  /* Owner and leader. */
  {
    static const StyreImportColumn who[] = { STYRE_IMPORT_OWNER, STYRE_IMPORT_LEADER };
    for (guint k = 0; k < G_N_ELEMENTS (who); k++)
      {
        int i = at[who[k]];
        const char *name;
        gint64 id;
        StyreChange *ref;

        if (i < 0)
          continue;
        name = cell (record, i);
        if (is_blank (name))
          continue;
        find_person (plan, line, name, agency_id, agency_ref, &id, &ref);
        set_reference (plan, row, column_info[who[k]].db_column, id, ref, name);
      }
  }

  /* Programme and merged-into are codes, resolved once every row is read. */
  if (at[STYRE_IMPORT_PARENT] >= 0)
    {
      row->parent_code = g_strstrip (g_strdup (cell (record, at[STYRE_IMPORT_PARENT])));
      row->header_parent = columns[at[STYRE_IMPORT_PARENT]].header;
    }
  if (at[STYRE_IMPORT_MERGED] >= 0)
    {
      row->merged_code = g_strstrip (g_strdup (cell (record, at[STYRE_IMPORT_MERGED])));
      row->header_merged = columns[at[STYRE_IMPORT_MERGED]].header;
    }

  /* The money, year by year. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, years);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      {
        int year = GPOINTER_TO_INT (key);
        const char *cells[3] = { NULL, NULL, NULL };
        const char *headers[3] = { NULL, NULL, NULL };

        for (guint i = 0; i < n_columns; i++)
          if (columns[i].column >= STYRE_IMPORT_BUDGET && columns[i].year == year)
            {
              cells[columns[i].column - STYRE_IMPORT_BUDGET] = cell (record, i);
              headers[columns[i].column - STYRE_IMPORT_BUDGET] = columns[i].header;
            }
        plan_money (plan, row, year, cells, headers);
      }
  }

  /* The overall colour. */
  if (at[STYRE_IMPORT_STATUS] >= 0)
    {
      StyreValue v;
      const StyreField *field = styre_field_lookup ("status_report", "overall_rag");
      g_autoptr(GError) error = NULL;
      const char *text = cell (record, at[STYRE_IMPORT_STATUS]);
      g_autofree char *trimmed = g_strstrip (g_strdup (text));

      if (*trimmed != '\0')
        {
          if (styre_field_parse (field, canonical_word (STYRE_VOCAB_RAG, trimmed), &v, &error))
            plan_status (plan, row, v.s, columns[at[STYRE_IMPORT_STATUS]].header);
          else
            problem (plan, line, columns[at[STYRE_IMPORT_STATUS]].header, error->message);
          styre_value_clear (&v);
        }
    }

  /* Rules across fields, with the values the row will have. */
  if (plan->plan->problems->len == n_problems)
    {
      g_autoptr(StyreRow) merged = styre_row_new ("initiative");
      g_autoptr(GHashTable) broken = NULL;
      static const char *checked[] = { "start_date", "end_date", "confidentiality",
                                       "legal_basis", "lifecycle" };

      for (guint k = 0; k < G_N_ELEMENTS (checked); k++)
        {
          const StyreValue *v = styre_change_lookup (row->change, checked[k]);
          StyreValue copy = { .type = STYRE_VALUE_NULL };

          if (v == NULL && row->existing != NULL)
            v = styre_row_get (row->existing, checked[k]);
          if (v != NULL)
            styre_value_copy (v, &copy);
          styre_row_take_value (merged, checked[k], copy);
        }
      broken = styre_table_form_check_row (styre_table_form_lookup ("initiative"), merged);
      if (g_hash_table_contains (broken, "end_date"))
        {
          int i = at[STYRE_IMPORT_END] >= 0 ? at[STYRE_IMPORT_END] : at[STYRE_IMPORT_START];
          problem (plan, line, i >= 0 ? columns[i].header : NULL,
                   _("the end is before the start"));
          row->failed = TRUE;
        }
    }

  if (plan->plan->problems->len > n_problems)
    row->failed = TRUE;
  g_hash_table_unref (years);
}

static RowPlan *
find_row (GPtrArray  *rows,
          const char *code)
{
  g_autofree char *key = fold (code);

  for (guint i = 0; i < rows->len; i++)
    {
      RowPlan *r = g_ptr_array_index (rows, i);
      g_autofree char *other = fold (r->code);

      if (g_str_equal (key, other))
        return r;
    }
  return NULL;
}

/* The programme and merged-into codes, now that every row is known. */
static void
resolve_links (Plan      *plan,
               GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      RowPlan *r = g_ptr_array_index (rows, i);
      struct { const char *code; const char *header; const char *column; } links[] = {
        { r->parent_code, r->header_parent, "parent_id" },
        { r->merged_code, r->header_merged, "merged_into_id" },
      };

      if (r->failed)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (links); k++)
        {
          g_autofree char *key = NULL;
          StyreRow *existing;
          RowPlan *target;

          if (links[k].code == NULL || *links[k].code == '\0')
            continue;
          key = fold (links[k].code);
          target = find_row (rows, links[k].code);
          existing = g_hash_table_lookup (plan->by_code, key);
          if (target == r || (existing != NULL && existing == r->existing))
            {
              problem (plan, r->line, links[k].header,
                       _("an initiative cannot refer to itself"));
              r->failed = TRUE;
            }
          else if (target != NULL && target->existing == NULL)
            set_reference (plan, r, links[k].column, 0, target->change, links[k].code);
          else if (existing != NULL)
            set_reference (plan, r, links[k].column, styre_row_get_int (existing, "id"), NULL,
                           links[k].code);
          else
            {
              g_autofree char *why = g_strdup_printf (_("no initiative has the code “%s”"),
                                                      links[k].code);
              problem (plan, r->line, links[k].header, why);
              r->failed = TRUE;
            }
        }

      /* A merged initiative says what it was merged into. */
      {
        const StyreValue *lifecycle = styre_change_lookup (r->change, "lifecycle");
        gboolean has_target = styre_change_lookup (r->change, "merged_into_id") != NULL
                              || (r->existing != NULL
                                  && styre_row_get (r->existing, "merged_into_id")->type
                                     != STYRE_VALUE_NULL);

        if (lifecycle != NULL && lifecycle->type == STYRE_VALUE_TEXT
            && g_str_equal (lifecycle->s, "merged") && !has_target)
          {
            problem (plan, r->line, NULL,
                     _("a merged initiative needs the code of the one it was merged into, "
                       "in a column “Slått sammen med”"));
            r->failed = TRUE;
          }
      }
    }
}

/* New initiatives in an order where a programme comes before its parts. */
static void
order_inserts (Plan      *plan,
               GPtrArray *rows)
{
  gboolean progress = TRUE;

  while (progress)
    {
      progress = FALSE;
      for (guint i = 0; i < rows->len; i++)
        {
          RowPlan *r = g_ptr_array_index (rows, i);
          RowPlan *parent, *merged;

          if (r->emitted || r->existing != NULL || r->failed)
            continue;
          parent = r->parent_code && *r->parent_code ? find_row (rows, r->parent_code) : NULL;
          merged = r->merged_code && *r->merged_code ? find_row (rows, r->merged_code) : NULL;
          if ((parent && parent->existing == NULL && !parent->emitted && !parent->failed)
              || (merged && merged->existing == NULL && !merged->emitted && !merged->failed))
            continue;
          g_ptr_array_add (plan->inserts, styre_change_ref (r->change));
          r->emitted = TRUE;
          progress = TRUE;
        }
    }
  for (guint i = 0; i < rows->len; i++)
    {
      RowPlan *r = g_ptr_array_index (rows, i);

      if (!r->emitted && r->existing == NULL && !r->failed)
        {
          problem (plan, r->line, r->header_parent,
                   _("the programmes refer to each other in a circle"));
          r->failed = TRUE;
        }
    }
}

static gboolean
plan_file (Plan      *plan,
           StyreCsv  *csv)
{
  g_autofree FileColumn *columns = NULL;
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (row_plan_free);
  char **header;
  guint n_columns;
  guint header_line;
  gboolean named[STYRE_IMPORT_N_COLUMNS] = { FALSE };
  StyreImport *self = plan->plan;

  if (csv->records->len == 0)
    {
      problem (plan, 1, NULL, _("the file is empty"));
      return TRUE;
    }

  header = g_ptr_array_index (csv->records, 0);
  header_line = g_array_index (csv->lines, guint, 0);
  n_columns = g_strv_length (header);
  columns = g_new0 (FileColumn, n_columns);

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *normalised = normalise_header (header[i]);
      StyreImportColumn found = STYRE_IMPORT_NONE;
      int year = 0;

      columns[i].header = header[i];
      columns[i].column = STYRE_IMPORT_NONE;
      if (*normalised == '\0')
        {
          note (plan, g_strdup_printf (_("column %u has no name and is ignored"), i + 1));
          continue;
        }
      for (StyreImportColumn c = 0; c < STYRE_IMPORT_BUDGET; c++)
        if (header_is (normalised, c))
          found = c;
      if (found == STYRE_IMPORT_NONE && money_header (normalised, &found, &year))
        columns[i].year = year;
      if (found == STYRE_IMPORT_NONE)
        {
          /* Translators: a spreadsheet column the import does not know */
          note (plan, g_strdup_printf (_("column \"%s\" is not known and is ignored"), header[i]));
          continue;
        }
      if (found < STYRE_IMPORT_BUDGET && named[found])
        {
          problem (plan, header_line, header[i],
                   _("another column already gives this; remove one of them"));
          continue;
        }
      for (guint j = 0; found >= STYRE_IMPORT_BUDGET && j < i; j++)
        if (columns[j].column == found && columns[j].year == year)
          {
            problem (plan, header_line, header[i],
                     _("another column already gives this; remove one of them"));
            found = STYRE_IMPORT_NONE;
            break;
          }
      if (found == STYRE_IMPORT_NONE)
        continue;
      if (found < STYRE_IMPORT_BUDGET)
        named[found] = TRUE;
      columns[i].column = found;
    }
  if (!named[STYRE_IMPORT_CODE] && !named[STYRE_IMPORT_TITLE])
    {
      problem (plan, header_line, NULL,
               _("no column names the initiatives; the first line must have column names "
                 "such as “Kode” and “Tiltak”"));
      return TRUE;
    }

  for (guint r = 1; r < csv->records->len; r++)
    {
      char **record = g_ptr_array_index (csv->records, r);
      guint line = g_array_index (csv->lines, guint, r);
      guint n = g_strv_length (record);
      gboolean empty = TRUE;

      for (guint i = 0; i < n; i++)
        if (!is_blank (record[i]))
          empty = FALSE;
      if (empty)
        continue;
      for (guint i = n_columns; i < n; i++)
        if (!is_blank (record[i]))
          {
            g_autofree char *why =
              g_strdup_printf (_("there are %u values but only %u column names; is a value "
                                 "with a semicolon missing its quotes?"), n, n_columns);
            problem (plan, line, NULL, why);
            break;
          }
      plan_row (plan, record, line, columns, n_columns, codes, rows);
    }

  resolve_links (plan, rows);
  order_inserts (plan, rows);

  for (guint i = 0; i < rows->len; i++)
    {
      RowPlan *r = g_ptr_array_index (rows, i);
      StyreImportRow *out = g_new0 (StyreImportRow, 1);

      out->line = r->line;
      out->code = g_strdup (r->code);
      out->title = g_strdup (r->title ? r->title : "");
      if (r->existing == NULL)
        out->action = STYRE_IMPORT_CREATE;
      else if (styre_change_get_n_fields (r->change) > 0 || r->extra->len > 0)
        out->action = STYRE_IMPORT_UPDATE;
      else
        out->action = STYRE_IMPORT_UNCHANGED;
      if (r->lines->len > 0)
        {
          g_ptr_array_add (r->lines, NULL);
          out->changes = g_strdupv ((char **) r->lines->pdata);
          g_ptr_array_remove_index (r->lines, r->lines->len - 1);
        }
      self->counts[out->action]++;
      g_ptr_array_add (self->rows, out);

      if (r->existing != NULL && styre_change_get_n_fields (r->change) > 0)
        g_ptr_array_add (plan->late, styre_change_ref (r->change));
      for (guint k = 0; k < r->extra->len; k++)
        g_ptr_array_add (plan->late, styre_change_ref (g_ptr_array_index (r->extra, k)));
    }
  return TRUE;
}

static void
unref_change (gpointer data)
{
  styre_change_unref (data);
}

/**
 * styre_import_prepare:
 * @data: the CSV file's bytes
 *
 * Reads the file and makes the plan against the file as it is now: what is created,
 * updated or left alone, and every problem. Nothing is written.
 *
 * Returns: (transfer full): the plan, or %NULL with @error when the CSV is not text at
 *   all or the file could not be read
 */
StyreImport *
styre_import_prepare (StyreStore  *store,
                      const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(StyreImport) self = g_new0 (StyreImport, 1);
  g_autoptr(StyreCsv) csv = NULL;
  Plan plan = { 0 };
  gboolean ok;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self->rows = g_ptr_array_new_with_free_func (import_row_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->changes = g_ptr_array_new_with_free_func (unref_change);

  csv = styre_csv_parse (data ? data : "", length, error);
  if (csv == NULL)
    return NULL;
  /* Translators: how a CSV file was read, e.g. "Windows-1252, semicolons" */
  self->format = g_strdup_printf (_("%s, %s"), csv->encoding,
                                  csv->delimiter == ';' ? _("semicolons")
                                  : csv->delimiter == ',' ? _("commas")
                                  : csv->delimiter == '\t' ? _("tabs") : _("other separators"));

  plan.store = store;
  plan.plan = self;
  plan.today = styre_store_today (store);
  plan.period = g_strndup (plan.today, 7);
  plan.now = styre_store_now (store);
  plan.initiatives = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
  plan.by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan.by_title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan.agencies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  plan.agency_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  plan.agency_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan.people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  plan.person_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  plan.new_agencies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan.new_people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan.budgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) styre_row_unref);
  plan.published = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  plan.this_period = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                            (GDestroyNotify) styre_row_unref);
  plan.used_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan.early = g_ptr_array_new_with_free_func (unref_change);
  plan.inserts = g_ptr_array_new_with_free_func (unref_change);
  plan.late = g_ptr_array_new_with_free_func (unref_change);

  for (guint i = 0; i < csv->problems->len; i++)
    {
      StyreCsvProblem *p = g_ptr_array_index (csv->problems, i);
      char **header = csv->records->len ? g_ptr_array_index (csv->records, 0) : NULL;
      const char *name = NULL;

      if (header != NULL && p->column >= 0 && (guint) p->column < g_strv_length (header))
        name = header[p->column];
      problem (&plan, p->line, name, p->message);
    }

  styre_store_lock (store);
  ok = load (&plan, error) && plan_file (&plan, csv);
  styre_store_unlock (store);

  if (ok)
    {
      for (guint i = 0; i < plan.early->len; i++)
        g_ptr_array_add (self->changes, styre_change_ref (g_ptr_array_index (plan.early, i)));
      for (guint i = 0; i < plan.inserts->len; i++)
        g_ptr_array_add (self->changes, styre_change_ref (g_ptr_array_index (plan.inserts, i)));
      for (guint i = 0; i < plan.late->len; i++)
        g_ptr_array_add (self->changes, styre_change_ref (g_ptr_array_index (plan.late, i)));
    }

  g_free (plan.today);
  g_free (plan.period);
  g_free (plan.now);
  g_ptr_array_unref (plan.initiatives);
  g_hash_table_unref (plan.by_code);
  g_hash_table_unref (plan.by_title);
  g_hash_table_unref (plan.agencies);
  g_hash_table_unref (plan.agency_names);
  g_hash_table_unref (plan.agency_codes);
  g_hash_table_unref (plan.people);
  g_hash_table_unref (plan.person_names);
  g_hash_table_unref (plan.new_agencies);
  g_hash_table_unref (plan.new_people);
  g_hash_table_unref (plan.budgets);
  g_hash_table_unref (plan.published);
  g_hash_table_unref (plan.this_period);
  g_hash_table_unref (plan.used_codes);
  g_ptr_array_unref (plan.early);
  g_ptr_array_unref (plan.inserts);
  g_ptr_array_unref (plan.late);

  return ok ? g_steal_pointer (&self) : NULL;
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  StyreValue v = { .type = STYRE_VALUE_TEXT, .s = (char *) text };

  styre_value_append_json (&v, out);
}

/**
 * styre_import_apply:
 * @source_name: the file's name, for the audit log
 * @snapshot_path: (out) (optional): where the snapshot taken first is
 *
 * Saves the plan: a verified snapshot first (STORAGE.md rule 10), then everything in one
 * transaction. A plan with problems is refused without writing anything; so is one that
 * someone else's change overtook since it was made (prepare it again).
 */
gboolean
styre_import_apply (StyreImport  *self,
                    StyreStore   *store,
                    const char   *source_name,
                    char        **snapshot_path,
                    GError      **error)
{
  g_autofree char *snapshot = NULL;
  g_autoptr(GString) detail = g_string_new ("{\"file\":");
  g_autoptr(GError) local_error = NULL;
  gint64 deadline;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);

  if (self->problems->len > 0)
    {
      g_autoptr(GString) all = g_string_new (NULL);

      for (guint i = 0; i < self->problems->len; i++)
        g_string_append_printf (all, "\n%s", (char *) g_ptr_array_index (self->problems, i));
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The file was not imported because of %u problem:%s",
                                "The file was not imported because of %u problems:%s",
                                self->problems->len),
                   self->problems->len, all->str);
      return FALSE;
    }
  if (styre_store_is_read_only (store))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_READ_ONLY, "%s",
                   styre_store_get_read_only_reason (store)
                   ? styre_store_get_read_only_reason (store)
                   : _("The file is open for reading only."));
      return FALSE;
    }
  if (self->changes->len == 0)
    return TRUE;

  snapshot = styre_store_snapshot (store, "import", error);
  if (snapshot == NULL)
    return FALSE;

  append_json_string (detail, source_name ? source_name : "");
  g_string_append_printf (detail, ",\"created\":%u,\"updated\":%u,\"snapshot\":",
                          self->counts[STYRE_IMPORT_CREATE], self->counts[STYRE_IMPORT_UPDATE]);
  append_json_string (detail, snapshot);
  g_string_append_c (detail, '}');

  /* A busy file is tried again for a while, as every save is (STORAGE.md rule 6). */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!styre_store_apply_all_audited (store, self->changes, "import", "initiative",
                                         detail->str, &local_error))
    {
      if (!g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_BUSY)
          || g_get_monotonic_time () >= deadline)
        {
          if (g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_CONFLICT)
              || g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_DELETED))
            g_set_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT,
                         _("%s Nothing was imported; read the file again to see what the "
                           "import would do now."), local_error->message);
          else
            g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_clear_error (&local_error);
      g_usleep (g_random_int_range (50, 400) * 1000);
    }

  if (snapshot_path != NULL)
    *snapshot_path = g_steal_pointer (&snapshot);
  return TRUE;
}
