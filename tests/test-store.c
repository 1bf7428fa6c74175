/* test-store.c — creating, opening and writing a .styre file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "styre-error.h"
#include "styre-merge.h"
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

  f->dir = g_dir_make_tmp ("styre-test-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.styre", NULL);
  f->store = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
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

static void
test_create_and_reopen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) again = NULL;

  g_assert_cmpint (styre_store_get_schema_version (f->store), ==, STYRE_SCHEMA_VERSION);
  g_assert_false (styre_store_is_read_only (f->store));
  g_assert_cmpstr (styre_store_get_organisation_name (f->store), ==, "Fjordvik kommune");
  g_assert_nonnull (styre_store_get_file_id (f->store));

  again = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styre_store_get_file_id (again), ==, styre_store_get_file_id (f->store));
  g_assert_true (styre_store_check (again, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_create_refuses_existing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) other = styre_store_create (f->path, "X", &error);

  g_assert_null (other);
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_EXISTS);
}

static gint64
insert_agency (StyreStore *store,
               const char *code,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) c = styre_change_new_insert ("agency");

  styre_change_set_text (c, "code", code);
  styre_change_set_text (c, "name", name);
  styre_change_set_text (c, "kind", "municipality");
  g_assert_true (styre_store_apply (store, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (styre_change_get_id (c), >, 0);
  g_assert_cmpint (styre_change_get_version (c), ==, 1);
  return styre_change_get_id (c);
}

static gint64
insert_initiative (StyreStore *store,
                   gint64      agency_id,
                   const char *code,
                   const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) c = styre_change_new_insert ("initiative");

  styre_change_set_text (c, "code", code);
  styre_change_set_text (c, "title", title);
  styre_change_set_text (c, "kind", "project");
  styre_change_set_text (c, "method", "agile");
  styre_change_set_text (c, "phase", "execution");
  styre_change_set_int (c, "owning_agency_id", agency_id);
  g_assert_true (styre_store_apply (store, c, &error));
  g_assert_no_error (error);
  return styre_change_get_id (c);
}

static void
test_update_writes_audit (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) update = NULL;
  g_autoptr(StyreRow) row = NULL;
  gint64 agency, id, audit_before, counter_before;

  styre_store_set_identity (f->store, "kari", "Kari Nordmann");
  agency = insert_agency (f->store, "FJK", "Fjordvik kommune");
  id = insert_initiative (f->store, agency, "DF-01", "Digital byggesak");

  audit_before = styre_store_count_rows (f->store, "audit_log", NULL);
  counter_before = styre_store_get_change_counter (f->store);

  update = styre_change_new_update ("initiative", id, 1);
  styre_change_set_text (update, "title", "Digital byggesøknad");
  g_assert_true (styre_store_apply (f->store, update, &error));
  g_assert_no_error (error);
  g_assert_cmpint (styre_change_get_version (update), ==, 2);

  row = styre_store_read_row (f->store, "initiative", id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (styre_row_get_text (row, "title"), ==, "Digital byggesøknad");
  g_assert_cmpint (styre_row_get_int (row, "version"), ==, 2);
  g_assert_cmpstr (styre_row_get_text (row, "updated_by"), ==, "Kari Nordmann");

  /* One audit row, written with the change, naming who and the old and new value. */
  g_assert_cmpint (styre_store_count_rows (f->store, "audit_log", NULL), ==, audit_before + 1);
  g_assert_cmpint (styre_store_get_change_counter (f->store), ==, counter_before + 1);
  {
    g_autoptr(StyreRow) audit = styre_store_read_row (f->store, "audit_log",
                                                      styre_store_get_last_audit_id (f->store),
                                                      &error);
    g_assert_no_error (error);
    g_assert_cmpstr (styre_row_get_text (audit, "action"), ==, "update");
    g_assert_cmpstr (styre_row_get_text (audit, "table_name"), ==, "initiative");
    g_assert_cmpint (styre_row_get_int (audit, "row_id"), ==, id);
    g_assert_cmpstr (styre_row_get_text (audit, "user_name"), ==, "kari");
    g_assert_cmpstr (styre_row_get_text (audit, "display_name"), ==, "Kari Nordmann");
    g_assert_cmpstr (styre_row_get_text (audit, "detail"), ==,
                     "{\"title\":[\"Digital byggesak\",\"Digital byggesøknad\"]}");
  }
}

/* Two people edit the same initiative; the second save must not overwrite the first. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) other = NULL;
  g_autoptr(StyreChange) theirs = NULL;
  g_autoptr(StyreChange) mine = NULL;
  g_autoptr(StyreRow) row = NULL;
  gint64 agency, id, audit_before;

  agency = insert_agency (f->store, "FJK", "Fjordvik kommune");
  id = insert_initiative (f->store, agency, "DF-02", "Felles innbyggerportal");

  other = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  styre_store_set_identity (other, "ola", "Ola Nordmann");

  theirs = styre_change_new_update ("initiative", id, 1);
  styre_change_set_text (theirs, "phase", "closing");
  g_assert_true (styre_store_apply (other, theirs, &error));
  g_assert_no_error (error);

  audit_before = styre_store_count_rows (f->store, "audit_log", NULL);
  mine = styre_change_new_update ("initiative", id, 1);
  styre_change_set_text (mine, "phase", "planning");
  g_assert_false (styre_store_apply (f->store, mine, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Ola Nordmann"));

  /* Their value stands, nothing was logged for mine, and my edit is still in hand. */
  row = styre_store_read_row (f->store, "initiative", id, NULL);
  g_assert_cmpstr (styre_row_get_text (row, "phase"), ==, "closing");
  g_assert_cmpint (styre_row_get_int (row, "version"), ==, 2);
  g_assert_cmpint (styre_store_count_rows (f->store, "audit_log", NULL), ==, audit_before);
  g_assert_cmpstr (styre_change_lookup (mine, "phase")->s, ==, "planning");
}

static void
test_edit_after_delete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) del = NULL;
  g_autoptr(StyreChange) mine = NULL;
  gint64 agency, id;

  agency = insert_agency (f->store, "FJK", "Fjordvik kommune");
  id = insert_initiative (f->store, agency, "DF-03", "Chatbot for innbyggere");

  styre_store_set_identity (f->store, "ola", "Ola Nordmann");
  del = styre_change_new_delete ("initiative", id, 1);
  g_assert_true (styre_store_apply (f->store, del, &error));
  g_assert_no_error (error);

  mine = styre_change_new_update ("initiative", id, 1);
  styre_change_set_text (mine, "title", "Chatbot");
  g_assert_false (styre_store_apply (f->store, mine, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_DELETED);
  g_assert_nonnull (strstr (error->message, "Ola Nordmann"));
}

/* One action is all or nothing: a rule broken by the second change undoes the first. */
static void
test_batch_is_atomic (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  StyreChange *forum, *meeting, *item;
  gint64 audit_before = styre_store_count_rows (f->store, "audit_log", NULL);
  gint64 counter_before = styre_store_get_change_counter (f->store);

  forum = styre_change_new_insert ("forum");
  styre_change_set_text (forum, "name", "Ledergruppen");
  g_ptr_array_add (batch, forum);

  meeting = styre_change_new_insert ("meeting");
  styre_change_set_ref (meeting, "forum_id", forum);
  styre_change_set_text (meeting, "starts_at", "2026-12-03T09:00");
  styre_change_set_text (meeting, "ends_at", "2026-12-03T11:30");
  styre_change_set_text (meeting, "uid", "test-1@styre.example");
  g_ptr_array_add (batch, meeting);

  /* Exempt without a legal basis: the file refuses it (STORAGE.md rule 12). */
  item = styre_change_new_insert ("agenda_item");
  styre_change_set_ref (item, "meeting_id", meeting);
  styre_change_set_int (item, "position", 1);
  styre_change_set_text (item, "item_type", "decision");
  styre_change_set_text (item, "title", "Personalsak");
  styre_change_set_text (item, "confidentiality", "exempt");
  g_ptr_array_add (batch, item);

  g_assert_false (styre_store_apply_all (f->store, batch, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_assert_cmpint (styre_store_count_rows (f->store, "forum", NULL), ==, 0);
  g_assert_cmpint (styre_store_count_rows (f->store, "meeting", NULL), ==, 0);
  g_assert_cmpint (styre_store_count_rows (f->store, "audit_log", NULL), ==, audit_before);
  g_assert_cmpint (styre_store_get_change_counter (f->store), ==, counter_before);
  g_assert_cmpint (styre_change_get_id (forum), ==, 0);
  g_clear_error (&error);

  /* With the legal basis the same action goes through, references and all. */
  styre_change_set_text (item, "legal_basis", "offl. § 13 jf. fvl. § 13 første ledd nr. 1");
  g_assert_true (styre_store_apply_all (f->store, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_count_rows (f->store, "agenda_item", NULL), ==, 1);
  g_assert_cmpint (styre_store_count_rows (f->store, "audit_log", NULL), ==, audit_before + 3);
  g_assert_cmpint (styre_store_get_change_counter (f->store), ==, counter_before + 1);
}

static void
test_published_report_is_history (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) report = styre_change_new_insert ("status_report");
  g_autoptr(StyreChange) edit = NULL;
  g_autoptr(StyreChange) dimension = NULL;
  gint64 agency, id;

  agency = insert_agency (f->store, "FJK", "Fjordvik kommune");
  id = insert_initiative (f->store, agency, "DF-04", "Sak- og arkivsystem");

  styre_change_set_int (report, "initiative_id", id);
  styre_change_set_text (report, "period", "2026-10");
  styre_change_set_text (report, "state", "published");
  styre_change_set_text (report, "published_at", "2026-11-02T08:00:00Z");
  styre_change_set_text (report, "overall_rag", "yellow");
  styre_change_set_text (report, "phase", "execution");
  g_assert_true (styre_store_apply (f->store, report, &error));
  g_assert_no_error (error);

  edit = styre_change_new_update ("status_report", styre_change_get_id (report), 1);
  styre_change_set_text (edit, "overall_rag", "green");
  g_assert_false (styre_store_apply (f->store, edit, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "published"));
  g_clear_error (&error);

  dimension = styre_change_new_insert ("status_dimension");
  styre_change_set_int (dimension, "status_report_id", styre_change_get_id (report));
  styre_change_set_text (dimension, "dimension", "time");
  styre_change_set_text (dimension, "rag", "green");
  g_assert_false (styre_store_apply (f->store, dimension, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
}

/* A colour that differs from the suggestion needs a reason, in the file itself. */
static void
test_override_needs_reason (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) report = styre_change_new_insert ("status_report");
  g_autoptr(StyreChange) dim = styre_change_new_insert ("status_dimension");
  gint64 agency, id;

  agency = insert_agency (f->store, "FJK", "Fjordvik kommune");
  id = insert_initiative (f->store, agency, "DF-05", "Velferdsteknologi");
  styre_change_set_int (report, "initiative_id", id);
  styre_change_set_text (report, "period", "2026-11");
  styre_change_set_text (report, "overall_rag", "yellow");
  styre_change_set_text (report, "phase", "execution");
  g_assert_true (styre_store_apply (f->store, report, &error));

  styre_change_set_int (dim, "status_report_id", styre_change_get_id (report));
  styre_change_set_text (dim, "dimension", "cost");
  styre_change_set_text (dim, "rag", "green");
  styre_change_set_text (dim, "suggested_rag", "yellow");
  g_assert_false (styre_store_apply (f->store, dim, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);

  styre_change_set_text (dim, "override_reason", "Kuttlisten er vedtatt; prognosen er innenfor P50.");
  g_assert_true (styre_store_apply (f->store, dim, &error));
  g_assert_no_error (error);
}

static void
test_unknown_column_refused (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) c = styre_change_new_insert ("focus_area");
  g_autoptr(StyreChange) sys = styre_change_new_insert ("audit_log");

  styre_change_set_text (c, "name", "Datadrevet forvaltning");
  styre_change_set_text (c, "name\" = 'x'; --", "boom");
  g_assert_false (styre_store_apply (f->store, c, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);

  styre_change_set_text (sys, "action", "insert");
  g_assert_false (styre_store_apply (f->store, sys, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
}

static void
test_snapshot (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(StyreStore) copy = NULL;

  insert_agency (f->store, "FJK", "Fjordvik kommune");
  path = styre_store_snapshot (f->store, "manual", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (path, "/.styre-snapshots/"));

  copy = styre_store_open (path, STYRE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (styre_store_count_rows (copy, "agency", NULL), ==, 1);
}

/* Two people edit different fields of the same initiative: both edits survive. The same
 * field: the second person is asked, and nothing they typed is dropped meanwhile. */
static void
test_rebase_merges (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreStore) other = NULL;
  g_autoptr(StyreRow) base = NULL;
  g_autoptr(StyreRow) current = NULL;
  g_autoptr(StyreRow) final = NULL;
  g_autoptr(StyreChange) theirs = NULL;
  g_autoptr(StyreChange) mine = NULL;
  g_autoptr(StyreChange) rebased = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  StyreFieldConflict *c;
  gint64 agency, id;

  agency = insert_agency (f->store, "FJK", "Fjordvik kommune");
  id = insert_initiative (f->store, agency, "DF-06", "Digital arkivplan");
  base = styre_store_read_row (f->store, "initiative", id, &error);
  g_assert_no_error (error);

  other = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  theirs = styre_change_new_update ("initiative", id, 1);
  styre_change_set_text (theirs, "phase", "closing");
  styre_change_set_text (theirs, "title", "Digital arkivplan 2027");
  g_assert_true (styre_store_apply (other, theirs, &error));

  mine = styre_change_new_update ("initiative", id, 1);
  styre_change_set_text (mine, "what", "Alle arkivserier registreres digitalt.");
  styre_change_set_text (mine, "title", "Digital arkivplan for regionen");
  styre_change_set_text (mine, "method", "agile");    /* unchanged from base */
  g_assert_false (styre_store_apply (f->store, mine, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  g_clear_error (&error);

  current = styre_store_read_row (f->store, "initiative", id, &error);
  rebased = styre_change_rebase (mine, base, current, &conflicts);

  g_assert_cmpuint (conflicts->len, ==, 1);
  c = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (c->column, ==, "title");
  g_assert_cmpstr (c->mine.s, ==, "Digital arkivplan for regionen");
  g_assert_cmpstr (c->theirs.s, ==, "Digital arkivplan 2027");
  g_assert_cmpuint (styre_change_get_n_fields (rebased), ==, 1);
  g_assert_nonnull (styre_change_lookup (rebased, "what"));

  /* The person keeps their title. */
  styre_change_set_value (rebased, "title", &c->mine);
  g_assert_true (styre_store_apply (f->store, rebased, &error));
  g_assert_no_error (error);

  final = styre_store_read_row (f->store, "initiative", id, &error);
  g_assert_cmpstr (styre_row_get_text (final, "phase"), ==, "closing");
  g_assert_cmpstr (styre_row_get_text (final, "what"), ==, "Alle arkivserier registreres digitalt.");
  g_assert_cmpstr (styre_row_get_text (final, "title"), ==, "Digital arkivplan for regionen");
  g_assert_cmpint (styre_row_get_int (final, "version"), ==, 3);
}

static void
on_changed (StyreStore  *store,
            char       **tables,
            gboolean     local,
            gpointer     user_data)
{
  GPtrArray *seen = user_data;

  for (guint i = 0; tables[i] != NULL; i++)
    g_ptr_array_add (seen, g_strdup_printf ("%s%s", local ? "" : "remote:", tables[i]));
}

/* Pages learn of changes from the store's signal, in the UI thread, after the commit. */
static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  gulong id = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);
  gint64 agency;

  agency = insert_agency (f->store, "FJK", "Fjordvik kommune");
  insert_initiative (f->store, agency, "DF-07", "KI-assistent for saksbehandling");
  /* Not before the main loop runs: never in the middle of a caller's own code. */
  g_assert_cmpuint (seen->len, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "agency");
  g_assert_cmpstr (g_ptr_array_index (seen, 1), ==, "initiative");
  g_signal_handler_disconnect (f->store, id);
}

static gint64
count_where (StyreStore *store,
             const char *table,
             gint64      id,
             const char *column)
{
  gint64 n = 0;

  /* Walk ids: the test files are tiny. */
  for (gint64 row = 1; row < 50; row++)
    {
      g_autoptr(StyreRow) r = styre_store_read_row (store, table, row, NULL);
      if (r != NULL && styre_row_get_int (r, column) == id)
        n++;
    }
  return n;
}

/* Phase, lifecycle and milestone forecasts keep their history whoever changes them, so
 * the dashboard can show the portfolio as it stood on an earlier day. */
static void
test_history_written_with_changes (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChange) phase = NULL;
  g_autoptr(StyreChange) title = NULL;
  g_autoptr(StyreChange) milestone = styre_change_new_insert ("milestone");
  g_autoptr(StyreChange) slip = NULL;
  g_autoptr(StyreChange) same = NULL;
  gint64 agency, id;

  styre_store_set_now_for_testing (f->store, "2026-11-27T10:00:00Z");
  agency = insert_agency (f->store, "FJK", "Fjordvik kommune");
  id = insert_initiative (f->store, agency, "DF-08", "Digital reguleringsplan");
  g_assert_cmpint (count_where (f->store, "initiative_state", id, "initiative_id"), ==, 1);

  phase = styre_change_new_update ("initiative", id, 1);
  styre_change_set_text (phase, "phase", "closing");
  g_assert_true (styre_store_apply (f->store, phase, &error));
  g_assert_cmpint (count_where (f->store, "initiative_state", id, "initiative_id"), ==, 2);
  {
    g_autoptr(StyreRow) latest = styre_store_read_row (f->store, "initiative_state", 2, NULL);
    g_assert_cmpstr (styre_row_get_text (latest, "phase"), ==, "closing");
    g_assert_cmpstr (styre_row_get_text (latest, "valid_from"), ==, "2026-11-27");
  }

  /* A change to something else is no new state. */
  title = styre_change_new_update ("initiative", id, 2);
  styre_change_set_text (title, "title", "Digital reguleringsplan for regionen");
  g_assert_true (styre_store_apply (f->store, title, &error));
  g_assert_cmpint (count_where (f->store, "initiative_state", id, "initiative_id"), ==, 2);

  styre_change_set_int (milestone, "initiative_id", id);
  styre_change_set_text (milestone, "title", "Akseptansetest");
  styre_change_set_text (milestone, "baseline_date", "2027-03-01");
  styre_change_set_text (milestone, "forecast_date", "2027-03-01");
  g_assert_true (styre_store_apply (f->store, milestone, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_where (f->store, "milestone_forecast", styre_change_get_id (milestone),
                                "milestone_id"), ==, 1);

  /* A slip the same day replaces the day's forecast; saving it again changes nothing. */
  slip = styre_change_new_update ("milestone", styre_change_get_id (milestone), 1);
  styre_change_set_text (slip, "forecast_date", "2027-05-15");
  g_assert_true (styre_store_apply (f->store, slip, &error));
  {
    g_autoptr(StyreRow) row = styre_store_read_row (f->store, "milestone_forecast", 1, NULL);
    g_assert_cmpstr (styre_row_get_text (row, "forecast_date"), ==, "2027-05-15");
    g_assert_cmpint (styre_row_get_int (row, "version"), ==, 2);
  }
  same = styre_change_new_update ("milestone", styre_change_get_id (milestone), 2);
  styre_change_set_text (same, "forecast_date", "2027-05-15");
  g_assert_true (styre_store_apply (f->store, same, &error));
  {
    g_autoptr(StyreRow) row = styre_store_read_row (f->store, "milestone_forecast", 1, NULL);
    g_assert_cmpint (styre_row_get_int (row, "version"), ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/create-and-reopen", Fixture, NULL,
              fixture_set_up, test_create_and_reopen, fixture_tear_down);
  g_test_add ("/store/create-refuses-existing", Fixture, NULL,
              fixture_set_up, test_create_refuses_existing, fixture_tear_down);

  g_test_add ("/store/update-writes-audit", Fixture, NULL,
              fixture_set_up, test_update_writes_audit, fixture_tear_down);
  g_test_add ("/store/conflict", Fixture, NULL,
              fixture_set_up, test_conflict, fixture_tear_down);
  g_test_add ("/store/edit-after-delete", Fixture, NULL,
              fixture_set_up, test_edit_after_delete, fixture_tear_down);
  g_test_add ("/store/batch-is-atomic", Fixture, NULL,
              fixture_set_up, test_batch_is_atomic, fixture_tear_down);
  g_test_add ("/store/published-report-is-history", Fixture, NULL,
              fixture_set_up, test_published_report_is_history, fixture_tear_down);
  g_test_add ("/store/override-needs-reason", Fixture, NULL,
              fixture_set_up, test_override_needs_reason, fixture_tear_down);
  g_test_add ("/store/unknown-column-refused", Fixture, NULL,
              fixture_set_up, test_unknown_column_refused, fixture_tear_down);
  g_test_add ("/store/rebase-merges", Fixture, NULL,
              fixture_set_up, test_rebase_merges, fixture_tear_down);
  g_test_add ("/store/changed-signal", Fixture, NULL,
              fixture_set_up, test_changed_signal, fixture_tear_down);
  g_test_add ("/store/history-written-with-changes", Fixture, NULL,
              fixture_set_up, test_history_written_with_changes, fixture_tear_down);
  g_test_add ("/store/snapshot", Fixture, NULL,
              fixture_set_up, test_snapshot, fixture_tear_down);

  return g_test_run ();
}
