/* test-status.c — the colours the tolerances suggest, and the fields people type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-detail.h"
#include "styre-error.h"
#include "styre-fields.h"
#include "styre-status.h"
#include "styre-store.h"

#include "test-util.h"

static const StyreTolerance tolerance = { 5, 10, STYRE_TOLERANCE_PORTFOLIO };
static const StyreTolerance days = { 30, 90, STYRE_TOLERANCE_PORTFOLIO };

static void
test_cost_rule (void)
{
  /* P50 100 mill., P85 112 mill.; yellow from 5 %, red from 10 % over P50. */
  g_assert_cmpint (styre_suggest_cost (&tolerance, 90000000, 100000000, 112000000), ==, STYRE_RAG_GREEN);
  g_assert_cmpint (styre_suggest_cost (&tolerance, 104999999, 100000000, 112000000), ==, STYRE_RAG_GREEN);
  g_assert_cmpint (styre_suggest_cost (&tolerance, 105000000, 100000000, 112000000), ==, STYRE_RAG_YELLOW);
  g_assert_cmpint (styre_suggest_cost (&tolerance, 109999999, 100000000, 112000000), ==, STYRE_RAG_YELLOW);
  g_assert_cmpint (styre_suggest_cost (&tolerance, 110000000, 100000000, 112000000), ==, STYRE_RAG_RED);
  /* Above P85 is red whatever the tolerance says. */
  {
    StyreTolerance loose = { 20, 40, STYRE_TOLERANCE_OWN };
    g_assert_cmpint (styre_suggest_cost (&loose, 112000001, 100000000, 112000000), ==, STYRE_RAG_RED);
    g_assert_cmpint (styre_suggest_cost (&loose, 112000000, 100000000, 112000000), ==, STYRE_RAG_GREEN);
  }
  /* Without a P50 there is nothing to compare with. */
  g_assert_cmpint (styre_suggest_cost (&tolerance, 1, 0, 0), ==, STYRE_RAG_GREY);
}

static void
test_time_rule (void)
{
  g_assert_cmpint (styre_suggest_time (&days, -10), ==, STYRE_RAG_GREEN);
  g_assert_cmpint (styre_suggest_time (&days, 29), ==, STYRE_RAG_GREEN);
  g_assert_cmpint (styre_suggest_time (&days, 30), ==, STYRE_RAG_YELLOW);
  g_assert_cmpint (styre_suggest_time (&days, 89), ==, STYRE_RAG_YELLOW);
  g_assert_cmpint (styre_suggest_time (&days, 90), ==, STYRE_RAG_RED);
}

static void
test_benefits_rule (void)
{
  StyreTolerance t = { 10, 25, STYRE_TOLERANCE_BUILT_IN };

  g_assert_cmpint (styre_suggest_benefits (&t, -5), ==, STYRE_RAG_GREEN);
  g_assert_cmpint (styre_suggest_benefits (&t, 9.9), ==, STYRE_RAG_GREEN);
  g_assert_cmpint (styre_suggest_benefits (&t, 10), ==, STYRE_RAG_YELLOW);
  g_assert_cmpint (styre_suggest_benefits (&t, 25), ==, STYRE_RAG_RED);
}

typedef struct
{
  char       *dir;
  StyreStore *store;
  gint64      initiative;
} Fixture;

static gint64
apply (StyreStore  *store,
       StyreChange *change)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (styre_store_apply (store, change, &error));
  g_assert_no_error (error);
  return styre_change_get_id (change);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(StyreChange) agency = styre_change_new_insert ("agency");
  g_autoptr(StyreChange) initiative = styre_change_new_insert ("initiative");

  f->dir = g_dir_make_tmp ("styre-status-XXXXXX", &error);
  path = g_build_filename (f->dir, "test.styre", NULL);
  f->store = styre_store_create (path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_store_set_now_for_testing (f->store, "2026-11-27T10:00:00Z");

  styre_change_set_text (agency, "code", "FJK");
  styre_change_set_text (agency, "name", "Fjordvik kommune");
  styre_change_set_text (agency, "kind", "municipality");
  styre_change_set_text (initiative, "code", "DF-1");
  styre_change_set_text (initiative, "title", "Digital byggesak");
  styre_change_set_text (initiative, "kind", "project");
  styre_change_set_text (initiative, "method", "hybrid");
  styre_change_set_text (initiative, "phase", "execution");
  styre_change_set_int (initiative, "owning_agency_id", apply (f->store, agency));
  f->initiative = apply (f->store, initiative);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
suggest (StyreStatusContext *ctx,
         const char         *dimension,
         gint64              forecast,
         StyreRag            expected,
         gboolean            known)
{
  StyreSuggestion s;

  styre_status_context_suggest (ctx, dimension, forecast, &s);
  g_assert_true (s.has_rule);
  g_assert_cmpint (s.known, ==, known);
  if (known)
    g_assert_cmpint (s.rag, ==, expected);
  g_assert_nonnull (s.why);
  styre_suggestion_clear (&s);
}

/* From the file: the frame, the milestones, the benefits and whose tolerance counts. */
static void
test_context_from_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStatusContext) empty = NULL;
  g_autoptr(StyreStatusContext) ctx = NULL;
  g_autoptr(StyreChange) frame = styre_change_new_insert ("cost_frame");
  g_autoptr(StyreChange) late = styre_change_new_insert ("milestone");
  g_autoptr(StyreChange) done = styre_change_new_insert ("milestone");
  g_autoptr(StyreChange) benefit = styre_change_new_insert ("benefit");
  g_autoptr(StyreChange) last_year = styre_change_new_insert ("benefit_value");
  g_autoptr(StyreChange) this_year = styre_change_new_insert ("benefit_value");
  g_autoptr(StyreChange) portfolio = styre_change_new_insert ("tolerance");
  g_autoptr(StyreChange) own = styre_change_new_insert ("tolerance");
  StyreSuggestion s;

  /* Nothing yet: rules, but nothing to apply them to. */
  empty = styre_store_get_status_context (f->store, f->initiative, "2026-11", &error);
  g_assert_no_error (error);
  suggest (empty, "time", -1, 0, FALSE);
  suggest (empty, "cost", 5000000, 0, FALSE);
  suggest (empty, "benefits", -1, 0, FALSE);
  g_assert_cmpint (empty->tolerance[1].source, ==, STYRE_TOLERANCE_BUILT_IN);
  styre_status_context_suggest (empty, "quality", -1, &s);
  g_assert_false (s.has_rule);
  styre_suggestion_clear (&s);

  styre_change_set_int (frame, "initiative_id", f->initiative);
  styre_change_set_text (frame, "valid_from", "2026-01-15");
  styre_change_set_int (frame, "p50", 10000000);
  styre_change_set_int (frame, "p85", 11500000);
  styre_change_set_int (frame, "price_level_year", 2026);
  apply (f->store, frame);

  /* Reached 10 days late, and one open that is forecast 40 days late. */
  styre_change_set_int (done, "initiative_id", f->initiative);
  styre_change_set_text (done, "title", "Løsningsdesign godkjent");
  styre_change_set_text (done, "baseline_date", "2026-06-01");
  styre_change_set_text (done, "actual_date", "2026-06-11");
  apply (f->store, done);
  styre_change_set_int (late, "initiative_id", f->initiative);
  styre_change_set_text (late, "title", "Pilot i drift");
  styre_change_set_text (late, "baseline_date", "2027-02-01");
  styre_change_set_text (late, "forecast_date", "2027-03-13");
  apply (f->store, late);

  /* Last year 1 mill. planned, 0,9 realised; this year 1,2 mill. planned (11/12 due),
   * 0,8 realised. */
  styre_change_set_int (benefit, "initiative_id", f->initiative);
  styre_change_set_text (benefit, "title", "Færre henvendelser");
  styre_change_set_text (benefit, "kind", "efficiency");
  styre_change_set_bool (benefit, "priced", TRUE);
  styre_change_set_ref (last_year, "benefit_id", benefit);
  styre_change_set_int (last_year, "year", 2025);
  styre_change_set_int (last_year, "planned", 1000000);
  styre_change_set_int (last_year, "realised", 900000);
  styre_change_set_ref (this_year, "benefit_id", benefit);
  styre_change_set_int (this_year, "year", 2026);
  styre_change_set_int (this_year, "planned", 1200000);
  styre_change_set_int (this_year, "realised", 800000);
  {
    g_autoptr(GPtrArray) batch = g_ptr_array_new ();
    g_ptr_array_add (batch, benefit);
    g_ptr_array_add (batch, last_year);
    g_ptr_array_add (batch, this_year);
    g_assert_true (styre_store_apply_all (f->store, batch, &error));
    g_assert_no_error (error);
  }

  /* The portfolio allows 45 days; this initiative only 20 for cost. */
  styre_change_set_text (portfolio, "dimension", "time");
  styre_change_set_int (portfolio, "yellow_at", 45);
  styre_change_set_int (portfolio, "red_at", 120);
  apply (f->store, portfolio);
  styre_change_set_int (own, "initiative_id", f->initiative);
  styre_change_set_text (own, "dimension", "cost");
  styre_change_set_int (own, "yellow_at", 20);
  styre_change_set_int (own, "red_at", 30);
  apply (f->store, own);

  ctx = styre_store_get_status_context (f->store, f->initiative, "2026-11", &error);
  g_assert_no_error (error);
  g_assert_true (ctx->has_frame);
  g_assert_cmpint (ctx->p50, ==, 10000000);
  g_assert_cmpint (ctx->slip_days, ==, 40);
  g_assert_cmpstr (ctx->slip_milestone, ==, "Pilot i drift");
  g_assert_cmpint (ctx->tolerance[0].source, ==, STYRE_TOLERANCE_PORTFOLIO);
  g_assert_cmpint (ctx->tolerance[0].yellow_at, ==, 45);
  g_assert_cmpint (ctx->tolerance[1].source, ==, STYRE_TOLERANCE_OWN);
  g_assert_cmpint (ctx->tolerance[2].source, ==, STYRE_TOLERANCE_BUILT_IN);

  suggest (ctx, "time", -1, STYRE_RAG_GREEN, TRUE);            /* 40 < 45 */
  suggest (ctx, "cost", 11000000, STYRE_RAG_GREEN, TRUE);      /* 10 % < 20 % */
  suggest (ctx, "cost", 12000000, STYRE_RAG_RED, TRUE);        /* above P85 */
  /* Planned to date 1,0 + 1,1 mill., realised 0,9 + 0,8: 19 % missing. */
  g_assert_cmpfloat_with_epsilon (ctx->benefits_missing, 100.0 * 0.4 / 2.1, 0.01);
  suggest (ctx, "benefits", -1, STYRE_RAG_YELLOW, TRUE);

  styre_status_context_suggest (ctx, "cost", 11000000, &s);
  g_assert_cmpstr (s.why, ==, "The forecast is 10\u00a0% over P50 (yellow from 20 % over P50, "
                              "red from 30 % or above P85).");
  styre_suggestion_clear (&s);
}

/* Each kind of field reads what people type, says why when it cannot, and shows the
 * value back in the same form. */
static void
test_fields (void)
{
  static const struct
  {
    const char *table, *column, *text, *stored, *shown, *edited;
  } good[] = {
    { "budget_line", "approved", "12,5 mill.", "12500000", "12\u00a0500\u00a0000 kr", "12 500 000" },
    { "milestone", "baseline_date", "1.2.2027", "2027-02-01", "01.02.2027", "01.02.2027" },
    { "status_report", "period", "november 2026", "2026-11", "November 2026", "11.2026" },
    { "competence_demand", "quarter", "Q1 2027", "2027-Q1", "Q1 2027", "2027-Q1" },
    { "competence_demand", "fte", "1,5", "1.5", "1,5", "1,5" },
    { "risk", "probability", "4", "4", "4", "4" },
    { "initiative", "phase", "gjennomføre", "execution", "Execution", "Execution" },
    { "initiative", "co_financed", "ja", "1", "Yes", "Yes" },
    { "budget_line", "year", "2027", "2027", "2027", "2027" },
  };
  static const struct { const char *table, *column, *text, *why; } bad[] = {
    { "initiative", "title", "  ", "This must be filled in." },
    { "risk", "probability", "6", "Use a number from 1 to 5." },
    { "budget_line", "approved", "-5", "This cannot be negative." },
    { "budget_line", "approved", "mye", "“mye” is not an amount. Write it like 12 500 000 or 12,5 mill." },
    { "milestone", "baseline_date", "31.11.2026", "“31.11.2026” is not a date. Write it like 27.11.2026." },
    { "initiative", "code", "DF-2026-01-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Use at most 32 characters." },
    { "budget_line", "year", "26", "“26” is not a year. Write it like 2026." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      const StyreField *field = styre_field_lookup (good[i].table, good[i].column);
      g_autoptr(GError) error = NULL;
      g_autofree char *stored = NULL;
      g_autofree char *shown = NULL;
      g_autofree char *edited = NULL;
      StyreValue v;

      g_assert_nonnull (field);
      g_assert_true (styre_field_parse (field, good[i].text, &v, &error));
      g_assert_no_error (error);
      stored = styre_value_to_string (&v);
      g_assert_cmpstr (stored, ==, good[i].stored);
      shown = styre_field_format (field, &v);
      g_assert_cmpstr (shown, ==, good[i].shown);
      edited = styre_field_format_for_editing (field, &v);
      g_assert_cmpstr (edited, ==, good[i].edited);
      styre_value_clear (&v);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const StyreField *field = styre_field_lookup (bad[i].table, bad[i].column);
      g_autoptr(GError) error = NULL;
      StyreValue v;

      g_assert_false (styre_field_parse (field, bad[i].text, &v, &error));
      g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, bad[i].why);
    }
}

static void
test_rules_across_fields (void)
{
  const StyreTableForm *form = styre_table_form_lookup ("cost_frame");
  g_autoptr(StyreRow) row = styre_row_new ("cost_frame");
  g_autoptr(GHashTable) problems = NULL;

  styre_row_take_value (row, "p50", (StyreValue) { .type = STYRE_VALUE_INT, .i = 100 });
  styre_row_take_value (row, "p85", (StyreValue) { .type = STYRE_VALUE_INT, .i = 90 });
  problems = styre_table_form_check_row (form, row);
  g_assert_cmpstr (g_hash_table_lookup (problems, "p85"), ==,
                   "The cost frame (P85) cannot be below P50.");
}

#define INT(n)  ((StyreValue) { .type = STYRE_VALUE_INT, .i = (n) })
#define NUL     ((StyreValue) { .type = STYRE_VALUE_NULL })
#define TXT(t)  ((StyreValue) { .type = STYRE_VALUE_TEXT, .s = g_strdup (t) })

static StyreRow *
capacity (gint64      id,
          StyreValue  agency,
          const char *quarter)
{
  StyreRow *row = styre_row_new ("competence_capacity");

  if (id != 0)
    styre_row_take_value (row, "id", INT (id));
  styre_row_take_value (row, "competence_id", INT (1));
  styre_row_take_value (row, "agency_id", agency);
  styre_row_take_value (row, "quarter", TXT (quarter));
  return row;
}

/* The 5 % rule in words, and the UNIQUE keys said beside the field before the file would
 * refuse them. */
static void
test_overspend_and_duplicates (void)
{
  const StyreTableForm *arrangement = styre_table_form_lookup ("overspend_arrangement");
  const StyreTableForm *form = styre_table_form_lookup ("competence_capacity");
  g_autoptr(StyreRow) over = styre_row_new ("overspend_arrangement");
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_row_unref);
  g_autoptr(GHashTable) problems = NULL;

  styre_row_take_value (over, "appropriation", INT (50000000));
  styre_row_take_value (over, "overspend", INT (2500001));
  problems = styre_table_form_check_row (arrangement, over);
  g_assert_cmpstr (g_hash_table_lookup (problems, "overspend"), ==,
                   "The 5 % rule allows an overspend of at most 5 % of the appropriation, "
                   "here 2\u00a0500\u00a0000 kr.");
  g_clear_pointer (&problems, g_hash_table_unref);
  g_clear_pointer (&over, styre_row_unref);
  over = styre_row_new ("overspend_arrangement");
  styre_row_take_value (over, "appropriation", INT (50000000));
  styre_row_take_value (over, "overspend", INT (2500000));
  problems = styre_table_form_check_row (arrangement, over);
  g_assert_cmpuint (g_hash_table_size (problems), ==, 0);
  g_clear_pointer (&problems, g_hash_table_unref);

  /* The whole organisation's 2026-Q3 and an agency's. */
  g_ptr_array_add (others, capacity (1, NUL, "2026-Q3"));
  g_ptr_array_add (others, capacity (2, INT (7), "2026-Q3"));
  {
    g_autoptr(StyreRow) total = capacity (0, NUL, "2026-Q3");
    g_autoptr(StyreRow) agency = capacity (0, INT (7), "2026-Q3");
    g_autoptr(StyreRow) other = capacity (0, INT (8), "2026-Q3");
    g_autoptr(StyreRow) itself = capacity (1, NUL, "2026-Q3");

    problems = styre_table_form_check_duplicates (form, total, others);
    g_assert_cmpstr (g_hash_table_lookup (problems, "quarter"), ==,
                     "The whole organisation already has a capacity for this competence in "
                     "that quarter.");
    g_clear_pointer (&problems, g_hash_table_unref);
    problems = styre_table_form_check_duplicates (form, agency, others);
    g_assert_cmpstr (g_hash_table_lookup (problems, "quarter"), ==,
                     "This agency already has a capacity for this competence in that quarter.");
    g_clear_pointer (&problems, g_hash_table_unref);
    problems = styre_table_form_check_duplicates (form, other, others);
    g_assert_cmpuint (g_hash_table_size (problems), ==, 0);
    g_clear_pointer (&problems, g_hash_table_unref);
    /* A row is not a duplicate of itself as it was read. */
    problems = styre_table_form_check_duplicates (form, itself, others);
    g_assert_cmpuint (g_hash_table_size (problems), ==, 0);
  }

  /* What SQLite names when a form did not know (the totals' partial index names two). */
  g_assert_cmpstr (styre_unique_key_message ("overspend_repayment",
                                             "overspend_repayment.arrangement_id, "
                                             "overspend_repayment.year"), ==,
                   "The repayment plan already has this year; edit that year instead.");
  g_assert_cmpstr (styre_unique_key_message ("competence_capacity",
                                             "competence_capacity.competence_id, "
                                             "competence_capacity.quarter"), ==,
                   "The whole organisation already has a capacity for this competence in "
                   "that quarter.");
  g_assert_null (styre_unique_key_message ("meeting", "meeting.uid"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/status/cost-rule", test_cost_rule);
  g_test_add_func ("/status/time-rule", test_time_rule);
  g_test_add_func ("/status/benefits-rule", test_benefits_rule);
  g_test_add ("/status/context-from-file", Fixture, NULL, fixture_set_up,
              test_context_from_file, fixture_tear_down);
  g_test_add_func ("/status/fields", test_fields);
  g_test_add_func ("/status/rules-across-fields", test_rules_across_fields);
  g_test_add_func ("/status/overspend-and-duplicates", test_overspend_and_duplicates);

  return g_test_run ();
}
