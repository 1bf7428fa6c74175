/* styre-export.c — initiatives, status reports and the follow-up list as CSV and XLSX
 *
 * CSV is written the way Norwegian Excel reads it without asking: UTF-8 with a byte
 * order mark, semicolons, CRLF, plain digits (no thousands separators, so Excel sees
 * numbers) and dates as 27.11.2026. The initiative sheet has the columns the importer
 * reads, so an export imports back to the same data. XLSX (libxlsxwriter) has typed
 * number and date cells, a bold, frozen header row and an autofilter.
 *
 * Both are internal documents of the secretariat: exempt initiatives and actions are
 * included with their legal basis (public outputs are filtered elsewhere). Each export
 * is written to the audit log.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-export"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "styre-csv.h"
#include "styre-error.h"
#include "styre-export.h"
#include "styre-format.h"
#include "styre-import-private.h"
#include "styre-store-private.h"
#include "styre-vocabulary.h"

typedef enum
{
  CELL_TEXT,
  CELL_INTEGER,
  CELL_AMOUNT,
  CELL_DATE,
  CELL_MONTH,
  CELL_DECIMAL,
} CellKind;

typedef struct
{
  char     *header;
  CellKind  kind;
  double    width;
} Column;

typedef struct
{
  char      *sheet;
  GArray    *columns;    /* of Column */
  GPtrArray *rows;       /* of GArray of StyreValue */
} Table;

static void
column_clear (gpointer data)
{
  g_free (((Column *) data)->header);
}

static void
table_free (Table *t)
{
  g_free (t->sheet);
  g_array_unref (t->columns);
  g_ptr_array_unref (t->rows);
  g_free (t);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

static Table *
table_new (const char *sheet)
{
  Table *t = g_new0 (Table, 1);

  t->sheet = g_strdup (sheet);
  t->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (t->columns, column_clear);
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return t;
}

static void
add_column (Table      *t,
            char       *header,
            CellKind    kind,
            double      width)
{
  Column c = { header, kind, width };

  g_array_append_val (t->columns, c);
}

static GArray *
add_row (Table *t)
{
  GArray *row = g_array_sized_new (FALSE, TRUE, sizeof (StyreValue), t->columns->len);

  g_array_set_clear_func (row, (GDestroyNotify) styre_value_clear);
  g_array_set_size (row, t->columns->len);
  g_ptr_array_add (t->rows, row);
  return row;
}

static void
set_text (GArray     *row,
          guint       column,
          const char *text)
{
  StyreValue *v = &g_array_index (row, StyreValue, column);

  styre_value_clear (v);
  if (text != NULL && *text != '\0')
    {
      v->type = STYRE_VALUE_TEXT;
      v->s = g_strdup (text);
    }
}

static void
set_column (GArray       *row,
            guint         column,
            sqlite3_stmt *stmt,
            int           index)
{
  StyreValue *v = &g_array_index (row, StyreValue, column);

  styre_value_clear (v);
  switch (sqlite3_column_type (stmt, index))
    {
    case SQLITE_INTEGER:
      v->type = STYRE_VALUE_INT;
      v->i = sqlite3_column_int64 (stmt, index);
      break;
    case SQLITE_FLOAT:
      v->type = STYRE_VALUE_REAL;
      v->d = sqlite3_column_double (stmt, index);
      break;
    case SQLITE_TEXT:
      if (sqlite3_column_bytes (stmt, index) > 0)
        {
          v->type = STYRE_VALUE_TEXT;
          v->s = g_strdup ((const char *) sqlite3_column_text (stmt, index));
        }
      break;
    case SQLITE_NULL:
    default:
      break;
    }
}

static void
set_word (GArray          *row,
          guint            column,
          StyreVocabulary  vocabulary,
          sqlite3_stmt    *stmt,
          int              index)
{
  const char *id = (const char *) sqlite3_column_text (stmt, index);

  set_text (row, column, id ? styre_vocabulary_label (vocabulary, id) : NULL);
}

static void
set_yes_no (GArray       *row,
            guint         column,
            sqlite3_stmt *stmt,
            int           index)
{
  set_text (row, column, sqlite3_column_int (stmt, index) ? _("Yes") : _("No"));
}

static gboolean
fail_sql (StyreStore    *store,
          sqlite3_stmt  *stmt,
          GError       **error)
{
  styre_sqlite_error (store->db, sqlite3_extended_errcode (store->db), error);
  if (stmt != NULL)
    sqlite3_finalize (stmt);
  return FALSE;
}

/* ── the tables ──────────────────────────────────────────────────────────────────────── */

static gboolean
read_initiatives (StyreStore  *store,
                  Table       *t,
                  GError     **error)
{
  static const struct { StyreImportColumn column; CellKind kind; double width; } layout[] = {
    { STYRE_IMPORT_CODE, CELL_TEXT, 14 }, { STYRE_IMPORT_TITLE, CELL_TEXT, 44 },
    { STYRE_IMPORT_WHAT, CELL_TEXT, 50 }, { STYRE_IMPORT_KIND, CELL_TEXT, 16 },
    { STYRE_IMPORT_METHOD, CELL_TEXT, 12 }, { STYRE_IMPORT_PHASE, CELL_TEXT, 14 },
    { STYRE_IMPORT_LIFECYCLE, CELL_TEXT, 12 }, { STYRE_IMPORT_AGENCY, CELL_TEXT, 28 },
    { STYRE_IMPORT_OWNER, CELL_TEXT, 22 }, { STYRE_IMPORT_LEADER, CELL_TEXT, 22 },
    { STYRE_IMPORT_START, CELL_DATE, 12 }, { STYRE_IMPORT_END, CELL_DATE, 12 },
    { STYRE_IMPORT_PARENT, CELL_TEXT, 14 }, { STYRE_IMPORT_MERGED, CELL_TEXT, 14 },
    { STYRE_IMPORT_STRATEGIC, CELL_INTEGER, 10 }, { STYRE_IMPORT_COMPLEXITY, CELL_INTEGER, 10 },
    { STYRE_IMPORT_STATE_MODEL, CELL_TEXT, 10 }, { STYRE_IMPORT_CO_FINANCED, CELL_TEXT, 10 },
    { STYRE_IMPORT_NATIONAL, CELL_TEXT, 10 }, { STYRE_IMPORT_LEGAL_BASIS, CELL_TEXT, 18 },
    { STYRE_IMPORT_STATUS, CELL_TEXT, 12 },
  };
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  guint first_money;
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (layout); i++)
    add_column (t, styre_import_column_header (layout[i].column, 0), layout[i].kind,
                layout[i].width);

  /* Every year any initiative has a budget for, oldest first. */
  if (sqlite3_prepare_v2 (store->db, "SELECT DISTINCT year FROM budget_line ORDER BY year", -1,
                          &stmt, NULL) != SQLITE_OK)
    return fail_sql (store, NULL, error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, year);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail_sql (store, NULL, error);
  first_money = t->columns->len;
  for (guint y = 0; y < years->len; y++)
    for (StyreImportColumn c = STYRE_IMPORT_BUDGET; c <= STYRE_IMPORT_ACTUAL; c++)
      add_column (t, styre_import_column_header (c, g_array_index (years, int, y)), CELL_AMOUNT,
                  14);

  rc = sqlite3_prepare_v2 (store->db,
    "SELECT i.id, i.code, i.title, i.what, i.kind, i.method, i.phase, i.lifecycle, a.name, "
    "       o.name, l.name, i.start_date, i.end_date, p.code, m.code, i.strategic_value, "
    "       i.complexity, i.state_project_model, i.co_financed, i.national_portfolio, "
    "       CASE i.confidentiality WHEN 'exempt' THEN i.legal_basis END, "
    "       (SELECT overall_rag FROM status_report WHERE initiative_id = i.id "
    "        AND state = 'published' ORDER BY period DESC LIMIT 1) "
    "FROM initiative AS i JOIN agency AS a ON a.id = i.owning_agency_id "
    "LEFT JOIN person AS o ON o.id = i.owner_id LEFT JOIN person AS l ON l.id = i.leader_id "
    "LEFT JOIN initiative AS p ON p.id = i.parent_id "
    "LEFT JOIN initiative AS m ON m.id = i.merged_into_id ORDER BY i.code",
    -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return fail_sql (store, NULL, error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GArray *row = add_row (t);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (index, g_memdup2 (&id, sizeof id), row);
      set_column (row, 0, stmt, 1);
      set_column (row, 1, stmt, 2);
      set_column (row, 2, stmt, 3);
      set_word (row, 3, STYRE_VOCAB_INITIATIVE_KIND, stmt, 4);
      set_word (row, 4, STYRE_VOCAB_METHOD, stmt, 5);
      set_word (row, 5, STYRE_VOCAB_PHASE, stmt, 6);
      set_word (row, 6, STYRE_VOCAB_LIFECYCLE, stmt, 7);
      for (guint c = 7; c <= 15; c++)
        set_column (row, c, stmt, (int) c + 1);
      set_yes_no (row, 16, stmt, 17);
      set_yes_no (row, 17, stmt, 18);
      set_yes_no (row, 18, stmt, 19);
      set_column (row, 19, stmt, 20);
      /* Grey is "not reported": an empty cell, as the importer reads it. */
      if (sqlite3_column_type (stmt, 21) != SQLITE_NULL
          && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 21), "grey") != 0)
        set_word (row, 20, STYRE_VOCAB_RAG, stmt, 21);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail_sql (store, NULL, error);

  /* The current revision of each year's budget. */
  rc = sqlite3_prepare_v2 (store->db,
    "SELECT b.initiative_id, b.year, b.approved, b.forecast, b.actual FROM budget_line AS b "
    "WHERE b.id = (SELECT id FROM budget_line WHERE initiative_id = b.initiative_id "
    "              AND year = b.year ORDER BY recorded_on DESC, id DESC LIMIT 1)",
    -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return fail_sql (store, NULL, error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int year = sqlite3_column_int (stmt, 1);
      GArray *row = g_hash_table_lookup (index, &id);
      guint y;

      for (y = 0; y < years->len && g_array_index (years, int, y) != year; y++)
        ;
      if (row == NULL || y == years->len)
        continue;
      for (guint k = 0; k < 3; k++)
        set_column (row, first_money + 3 * y + k, stmt, 2 + (int) k);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail_sql (store, NULL, error);
  return TRUE;
}

static gboolean
read_status (StyreStore  *store,
             Table       *t,
             GError     **error)
{
  static const char *dims[] = { "time", "cost", "benefits", "quality", "scope",
                                "sustainability", "risk" };
  g_autoptr(GString) sql = g_string_new (
    "SELECT i.code, i.title, r.period, r.state, substr(r.published_at, 1, 10), p.name, "
    "       r.overall_rag");
  sqlite3_stmt *stmt = NULL;
  int rc;

  add_column (t, g_strdup (C_("spreadsheet column", "Code")), CELL_TEXT, 14);
  add_column (t, g_strdup (C_("spreadsheet column", "Initiative")), CELL_TEXT, 40);
  add_column (t, g_strdup (C_("spreadsheet column", "Period")), CELL_MONTH, 12);
  add_column (t, g_strdup (C_("spreadsheet column", "Report state")), CELL_TEXT, 12);
  add_column (t, g_strdup (C_("spreadsheet column", "Published")), CELL_DATE, 12);
  add_column (t, g_strdup (C_("spreadsheet column", "Author")), CELL_TEXT, 20);
  add_column (t, g_strdup (C_("spreadsheet column", "Overall")), CELL_TEXT, 12);
  for (guint d = 0; d < G_N_ELEMENTS (dims); d++)
    {
      add_column (t, g_strdup (styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[d])),
                  CELL_TEXT, 12);
      g_string_append_printf (sql, ", (SELECT rag FROM status_dimension WHERE "
                                   "status_report_id = r.id AND dimension = '%s')", dims[d]);
    }
  add_column (t, g_strdup (C_("spreadsheet column", "Per cent complete")), CELL_INTEGER, 10);
  add_column (t, g_strdup (C_("spreadsheet column", "Forecast total cost")), CELL_AMOUNT, 16);
  add_column (t, g_strdup (C_("spreadsheet column", "Forecast end")), CELL_DATE, 12);
  add_column (t, g_strdup (C_("spreadsheet column", "Summary")), CELL_TEXT, 60);
  add_column (t, g_strdup (C_("spreadsheet column", "Achieved")), CELL_TEXT, 40);
  add_column (t, g_strdup (C_("spreadsheet column", "Next period")), CELL_TEXT, 40);
  add_column (t, g_strdup (C_("spreadsheet column", "Decisions needed")), CELL_TEXT, 40);
  g_string_append (sql, ", r.percent_complete, r.forecast_cost, r.forecast_end, r.summary, "
                        "r.achievements, r.next_period, r.decisions_needed "
                        "FROM status_report AS r JOIN initiative AS i ON i.id = r.initiative_id "
                        "LEFT JOIN person AS p ON p.id = r.author_id "
                        "ORDER BY i.code, r.period");

  if (sqlite3_prepare_v2 (store->db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
    return fail_sql (store, NULL, error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GArray *row = add_row (t);

      set_column (row, 0, stmt, 0);
      set_column (row, 1, stmt, 1);
      set_column (row, 2, stmt, 2);
      set_word (row, 3, STYRE_VOCAB_REPORT_STATE, stmt, 3);
      set_column (row, 4, stmt, 4);
      set_column (row, 5, stmt, 5);
      set_word (row, 6, STYRE_VOCAB_RAG, stmt, 6);
      for (guint d = 0; d < G_N_ELEMENTS (dims); d++)
        if (sqlite3_column_type (stmt, 7 + (int) d) != SQLITE_NULL)
          set_word (row, 7 + d, STYRE_VOCAB_RAG, stmt, 7 + (int) d);
      for (guint c = 0; c < 7; c++)
        set_column (row, 14 + c, stmt, 14 + (int) c);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail_sql (store, NULL, error);
  return TRUE;
}

static gboolean
read_actions (StyreStore  *store,
              Table       *t,
              GError     **error)
{
  g_autofree char *today = styre_store_today (store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  add_column (t, g_strdup (C_("spreadsheet column", "Case")), CELL_TEXT, 10);
  add_column (t, g_strdup (C_("spreadsheet column", "Meeting")), CELL_DATE, 12);
  add_column (t, g_strdup (C_("spreadsheet column", "Forum")), CELL_TEXT, 20);
  add_column (t, g_strdup (C_("spreadsheet column", "Action")), CELL_TEXT, 50);
  add_column (t, g_strdup (C_("spreadsheet column", "Description")), CELL_TEXT, 50);
  add_column (t, g_strdup (C_("spreadsheet column", "Owner")), CELL_TEXT, 22);
  add_column (t, g_strdup (C_("spreadsheet column", "Due")), CELL_DATE, 12);
  add_column (t, g_strdup (C_("spreadsheet column", "Status")), CELL_TEXT, 12);
  add_column (t, g_strdup (C_("spreadsheet column", "Overdue")), CELL_TEXT, 10);
  add_column (t, g_strdup (C_("spreadsheet column", "Latest note")), CELL_TEXT, 50);
  add_column (t, g_strdup (C_("spreadsheet column", "Initiative")), CELL_TEXT, 14);
  add_column (t, g_strdup (C_("spreadsheet column", "Closed")), CELL_DATE, 12);
  add_column (t, g_strdup (C_("spreadsheet column", "Legal basis")), CELL_TEXT, 18);

  rc = sqlite3_prepare_v2 (store->db,
    "SELECT ai.case_seq, ai.case_year, f.case_number_digits, substr(m.starts_at, 1, 10), "
    "       f.name, x.title, x.description, p.name, x.due_on, x.status, "
    "       (x.status IN ('open', 'in_progress') AND x.due_on IS NOT NULL AND x.due_on < ?1), "
    "       x.latest_note, i.code, x.closed_on, "
    "       CASE x.confidentiality WHEN 'exempt' THEN x.legal_basis END "
    "FROM action_item AS x LEFT JOIN person AS p ON p.id = x.owner_id "
    "LEFT JOIN agenda_item AS ai ON ai.id = x.origin_item_id "
    "LEFT JOIN meeting AS m ON m.id = ai.meeting_id LEFT JOIN forum AS f ON f.id = m.forum_id "
    "LEFT JOIN initiative AS i ON i.id = x.initiative_id "
    "ORDER BY x.status IN ('done', 'cancelled'), x.due_on IS NULL, x.due_on, x.id",
    -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return fail_sql (store, NULL, error);
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GArray *row = add_row (t);

      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        {
          g_autofree char *number = styre_format_case_number (sqlite3_column_int (stmt, 0),
                                                              sqlite3_column_int (stmt, 1),
                                                              sqlite3_column_int (stmt, 2));
          set_text (row, 0, number);
        }
      for (guint c = 1; c <= 8; c++)
        set_column (row, c, stmt, (int) c + 2);
      set_word (row, 7, STYRE_VOCAB_ACTION_STATUS, stmt, 9);
      set_yes_no (row, 8, stmt, 10);
      set_column (row, 9, stmt, 11);
      set_column (row, 10, stmt, 12);
      set_column (row, 11, stmt, 13);
      set_column (row, 12, stmt, 14);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail_sql (store, NULL, error);
  return TRUE;
}

/* ── writing ─────────────────────────────────────────────────────────────────────────── */

static char *
csv_cell (const Column     *column,
          const StyreValue *v)
{
  switch (v->type)
    {
    case STYRE_VALUE_NULL:
      return g_strdup ("");
    case STYRE_VALUE_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, v->i);
    case STYRE_VALUE_REAL:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        g_ascii_formatd (buf, sizeof buf, "%.10g", v->d);
        g_strdelimit (buf, ".", ',');
        return g_strdup (buf);
      }
    case STYRE_VALUE_TEXT:
      if (column->kind == CELL_DATE)
        return styre_format_date (v->s);
      if (column->kind == CELL_MONTH && strlen (v->s) == 7)
        return g_strdup_printf ("%.2s.%.4s", v->s + 5, v->s);
      return g_strdup (v->s);
    default:
      g_assert_not_reached ();
    }
}

static GBytes *
write_csv (Table *t)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < t->columns->len; c++)
    g_ptr_array_add (cells, g_strdup (g_array_index (t->columns, Column, c).header));
  styre_csv_append_record (out, (const char * const *) cells->pdata, cells->len, ';');

  for (guint r = 0; r < t->rows->len; r++)
    {
      GArray *row = g_ptr_array_index (t->rows, r);

      g_ptr_array_set_size (cells, 0);
      for (guint c = 0; c < t->columns->len; c++)
        g_ptr_array_add (cells, csv_cell (&g_array_index (t->columns, Column, c),
                                          &g_array_index (row, StyreValue, c)));
      styre_csv_append_record (out, (const char * const *) cells->pdata, cells->len, ';');
    }
  return g_string_free_to_bytes (out);
}

static const char *
xlsx_error (lxw_error error)
{
  return lxw_strerror (error);
}

static gboolean
write_xlsx (Table       *t,
            const char  *path,
            GError     **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = NULL };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_worksheet *sheet;
  lxw_format *header, *date, *month, *amount, *integer, *decimal, *text;
  lxw_error result;

  if (workbook == NULL)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                   _("The workbook “%s” could not be created."), path);
      return FALSE;
    }
  sheet = workbook_add_worksheet (workbook, t->sheet);
  header = workbook_add_format (workbook);
  format_set_bold (header);
  format_set_bottom (header, LXW_BORDER_THIN);
  date = workbook_add_format (workbook);
  format_set_num_format (date, "dd.mm.yyyy");
  month = workbook_add_format (workbook);
  format_set_num_format (month, "mmm yyyy");
  amount = workbook_add_format (workbook);
  format_set_num_format (amount, "#,##0");
  integer = workbook_add_format (workbook);
  format_set_num_format (integer, "0");
  decimal = workbook_add_format (workbook);
  format_set_num_format (decimal, "0.0#");
  text = workbook_add_format (workbook);
  format_set_text_wrap (text);
  format_set_align (text, LXW_ALIGN_VERTICAL_TOP);

  for (guint c = 0; c < t->columns->len; c++)
    {
      Column *col = &g_array_index (t->columns, Column, c);

      worksheet_write_string (sheet, 0, (lxw_col_t) c, col->header, header);
      worksheet_set_column (sheet, (lxw_col_t) c, (lxw_col_t) c, col->width, NULL);
    }

  for (guint r = 0; r < t->rows->len; r++)
    {
      GArray *row = g_ptr_array_index (t->rows, r);
      lxw_row_t x = (lxw_row_t) r + 1;

      for (guint c = 0; c < t->columns->len; c++)
        {
          Column *col = &g_array_index (t->columns, Column, c);
          StyreValue *v = &g_array_index (row, StyreValue, c);
          lxw_col_t y = (lxw_col_t) c;

          if (v->type == STYRE_VALUE_NULL)
            continue;
          if ((col->kind == CELL_DATE || col->kind == CELL_MONTH) && v->type == STYRE_VALUE_TEXT)
            {
              unsigned int yy = 0, mm = 0, dd = 1;
              int n = sscanf (v->s, "%4u-%2u-%2u", &yy, &mm, &dd);

              if (n >= 2)
                {
                  lxw_datetime when = { (int) yy, (int) mm, (int) dd, 0, 0, 0 };
                  worksheet_write_datetime (sheet, x, y, &when,
                                            col->kind == CELL_MONTH ? month : date);
                  continue;
                }
            }
          if (v->type == STYRE_VALUE_INT)
            worksheet_write_number (sheet, x, y, (double) v->i,
                                    col->kind == CELL_AMOUNT ? amount : integer);
          else if (v->type == STYRE_VALUE_REAL)
            worksheet_write_number (sheet, x, y, v->d, decimal);
          else
            {
              /* A cell holds at most 32 767 characters. */
              g_autofree char *s = g_utf8_strlen (v->s, -1) > 32000
                                   ? g_utf8_substring (v->s, 0, 32000) : g_strdup (v->s);
              worksheet_write_string (sheet, x, y, s, strchr (s, '\n') ? text : NULL);
            }
        }
    }

  worksheet_freeze_panes (sheet, 1, 0);
  if (t->columns->len > 0)
    worksheet_autofilter (sheet, 0, 0, (lxw_row_t) t->rows->len,
                          (lxw_col_t) t->columns->len - 1);

  result = workbook_close (workbook);
  if (result != LXW_NO_ERROR)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                   _("The workbook “%s” could not be written: %s"), path, xlsx_error (result));
      return FALSE;
    }
  return TRUE;
}

/* ── public ──────────────────────────────────────────────────────────────────────────── */

static const char *const what_names[] = { "initiatives", "status", "actions" };

/**
 * styre_export_what_from_name:
 * @name: "initiatives", "status" or "actions"
 */
gboolean
styre_export_what_from_name (const char      *name,
                             StyreExportWhat *what)
{
  for (guint i = 0; i < G_N_ELEMENTS (what_names); i++)
    if (g_strcmp0 (name, what_names[i]) == 0)
      {
        *what = (StyreExportWhat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
styre_export_what_to_name (StyreExportWhat what)
{
  g_return_val_if_fail (what <= STYRE_EXPORT_ACTIONS, NULL);
  return what_names[what];
}

/**
 * styre_export_format_for_path:
 *
 * Returns: XLSX for a path ending in ".xlsx", CSV otherwise
 */
StyreExportFormat
styre_export_format_for_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path ? path : "", -1);

  return g_str_has_suffix (lower, ".xlsx") ? STYRE_EXPORT_XLSX : STYRE_EXPORT_CSV;
}

/**
 * styre_export_suggest_name:
 *
 * Returns: a file name for an export, e.g. "Tiltak 2026-11-27.xlsx"
 */
char *
styre_export_suggest_name (StyreStore        *store,
                           StyreExportWhat    what,
                           StyreExportFormat  format)
{
  g_autofree char *today = styre_store_today (store);
  const char *name = what == STYRE_EXPORT_INITIATIVES ? C_("file name", "Initiatives")
                     : what == STYRE_EXPORT_STATUS ? C_("file name", "Status reports")
                     : C_("file name", "Follow-up list");

  return g_strdup_printf ("%s %s.%s", name, today, format == STYRE_EXPORT_XLSX ? "xlsx" : "csv");
}

static void
record_export (StyreStore      *store,
               StyreExportWhat  what,
               const char      *path,
               guint            n_rows)
{
  g_autoptr(GString) detail = g_string_new ("{\"what\":\"");
  StyreValue v = { .type = STYRE_VALUE_TEXT, .s = (char *) path };

  if (styre_store_is_read_only (store))
    return;
  g_string_append_printf (detail, "%s\",\"rows\":%u,\"file\":", what_names[what], n_rows);
  styre_value_append_json (&v, detail);
  g_string_append_c (detail, '}');

  /* The export happened either way; a file too busy to log it is not an error. */
  styre_store_lock (store);
  if (styre_store_begin_immediate (store, NULL))
    {
      const char *table = what == STYRE_EXPORT_ACTIONS ? "action_item"
                          : what == STYRE_EXPORT_STATUS ? "status_report" : "initiative";

      if (!styre_store_audit (store, "export", table, 0, detail->str, NULL)
          || !styre_store_commit (store, NULL))
        styre_store_rollback (store);
    }
  styre_store_unlock (store);
}

/**
 * styre_store_export:
 * @path: where to write; a file there is replaced
 * @n_rows: (out) (optional): how many rows were written
 *
 * Writes the initiatives, the status reports or the follow-up list to @path as CSV or
 * XLSX. The file appears whole or not at all.
 */
gboolean
styre_store_export (StyreStore         *store,
                    StyreExportWhat     what,
                    StyreExportFormat   format,
                    const char         *path,
                    guint              *n_rows,
                    GError            **error)
{
  g_autoptr(Table) t = NULL;
  gboolean ok;

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  t = table_new (what == STYRE_EXPORT_INITIATIVES ? C_("sheet name", "Initiatives")
                 : what == STYRE_EXPORT_STATUS ? C_("sheet name", "Status reports")
                 : C_("sheet name", "Follow-up list"));

  styre_store_lock (store);
  if (store->db == NULL)
    {
      styre_store_unlock (store);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return FALSE;
    }
  switch (what)
    {
    case STYRE_EXPORT_INITIATIVES:
      ok = read_initiatives (store, t, error);
      break;
    case STYRE_EXPORT_STATUS:
      ok = read_status (store, t, error);
      break;
    case STYRE_EXPORT_ACTIONS:
      ok = read_actions (store, t, error);
      break;
    default:
      g_assert_not_reached ();
    }
  styre_store_unlock (store);
  if (!ok)
    return FALSE;

  if (format == STYRE_EXPORT_CSV)
    {
      g_autoptr(GBytes) bytes = write_csv (t);
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      if (!g_file_set_contents (path, data, (gssize) size, error))
        return FALSE;
    }
  else
    {
      /* Written beside the target and moved over it, so a reader never sees half. */
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *tmp = g_strdup_printf ("%s/.%s.%u.tmp.xlsx", dir, base,
                                              g_random_int ());

      if (!write_xlsx (t, tmp, error))
        {
          g_unlink (tmp);
          return FALSE;
        }
      if (g_rename (tmp, path) != 0)
        {
          int saved = errno;
          g_unlink (tmp);
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO, _("“%s” could not be written: %s"),
                       path, g_strerror (saved));
          return FALSE;
        }
    }

  record_export (store, what, path, t->rows->len);
  if (n_rows != NULL)
    *n_rows = t->rows->len;
  return TRUE;
}
