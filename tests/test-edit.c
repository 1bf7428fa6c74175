/* test-edit.c — saving, merging, undoing and redoing a person's edits; the history
 *
 * Two connections to one file stand in for two people at two workstations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "styre-detail.h"
#include "styre-edit.h"
#include "styre-error.h"
#include "styre-history.h"
#include "styre-store.h"

#include "test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  StyreStore *kari;      /* one person */
  StyreStore *ola;       /* another, the same file */
  gint64      initiative;
  gint64      risk;
} Fixture;

static gint64
insert (StyreStore  *store,
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
  g_autoptr(StyreChange) agency = styre_change_new_insert ("agency");
  g_autoptr(StyreChange) initiative = styre_change_new_insert ("initiative");
  g_autoptr(StyreChange) risk = styre_change_new_insert ("risk");
  gint64 agency_id;

  f->dir = g_dir_make_tmp ("styre-edit-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.styre", NULL);
  f->kari = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_store_set_identity (f->kari, "kari", "Kari Nordmann");
  styre_store_set_now_for_testing (f->kari, "2026-11-10T08:00:00Z");

  styre_change_set_text (agency, "code", "FJK");
  styre_change_set_text (agency, "name", "Fjordvik kommune");
  styre_change_set_text (agency, "kind", "municipality");
  agency_id = insert (f->kari, agency);

  styre_change_set_text (initiative, "code", "DF-2026-01");
  styre_change_set_text (initiative, "title", "Digital søknad om byggetillatelse");
  styre_change_set_text (initiative, "kind", "project");
  styre_change_set_text (initiative, "method", "agile");
  styre_change_set_text (initiative, "phase", "planning");
  styre_change_set_int (initiative, "owning_agency_id", agency_id);
  f->initiative = insert (f->kari, initiative);

  styre_change_set_int (risk, "initiative_id", f->initiative);
  styre_change_set_text (risk, "title", "Leverandøren leverer for sent");
  styre_change_set_text (risk, "category", "supplier");
  styre_change_set_int (risk, "probability", 3);
  styre_change_set_int (risk, "consequence", 4);
  styre_change_set_text (risk, "identified_on", "2026-10-01");
  f->risk = insert (f->kari, risk);

  f->ola = styre_store_open (f->path, STYRE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  styre_store_set_identity (f->ola, "ola", "Ola Nordmann");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->kari);
  g_clear_object (&f->ola);
  test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static StyreRow *
read_row (StyreStore *store,
          const char *table,
          gint64      id)
{
  g_autoptr(GError) error = NULL;
  StyreRow *row = styre_store_read_row (store, table, id, &error);

  g_assert_no_error (error);
  return row;
}

/* An edit as an editor makes it: the row it read, and the fields typed. */
static StyreEdit *
edit_text (StyreStore *store,
           const char *table,
           gint64      id,
           const char *column,
           const char *value)
{
  g_autoptr(StyreRow) base = read_row (store, table, id);
  g_autoptr(StyreChange) change =
    styre_change_new_update (table, id, styre_row_get_int (base, "version"));
  StyreEdit *edit = styre_edit_new ("Edit");

  styre_change_set_text (change, column, value);
  styre_edit_add (edit, change, base);
  return edit;
}

static StyreEdit *
edit_int (StyreStore *store,
          const char *table,
          gint64      id,
          const char *column,
          gint64      value)
{
  g_autoptr(StyreRow) base = read_row (store, table, id);
  g_autoptr(StyreChange) change =
    styre_change_new_update (table, id, styre_row_get_int (base, "version"));
  StyreEdit *edit = styre_edit_new ("Edit");

  styre_change_set_int (change, column, value);
  styre_edit_add (edit, change, base);
  return edit;
}

static void
apply_ok (StyreEdit  *edit,
          StyreStore *store)
{
  g_autoptr(GError) error = NULL;

  styre_edit_apply (edit, store, 5, &error);
  g_assert_no_error (error);
}

static const char *
text_now (StyreStore *store,
          const char *table,
          gint64      id,
          const char *column)
{
  static char buf[256];
  g_autoptr(StyreRow) row = read_row (store, table, id);

  g_strlcpy (buf, styre_row_get_text (row, column), sizeof buf);
  return buf;
}

static gint64
int_now (StyreStore *store,
         const char *table,
         gint64      id,
         const char *column)
{
  g_autoptr(StyreRow) row = read_row (store, table, id);

  return styre_row_get_int (row, column);
}

/* Undo puts the value back, redo sets it again, and the stack says what can be done. */
static void
test_undo_redo_update (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StyreUndoStack) stack = styre_undo_stack_new ();
  g_autoptr(StyreEdit) edit = edit_text (f->kari, "initiative", f->initiative, "phase",
                                         "execution");
  g_autoptr(StyreEdit) undo = NULL;
  g_autoptr(StyreEdit) redo = NULL;

  g_assert_false (styre_undo_stack_get_can_undo (stack));
  apply_ok (edit, f->kari);
  styre_undo_stack_push (stack, edit);
  g_assert_true (styre_undo_stack_get_can_undo (stack));
  g_assert_cmpstr (text_now (f->kari, "initiative", f->initiative, "phase"), ==, "execution");

  undo = styre_edit_invert (styre_undo_stack_peek_undo (stack));
  apply_ok (undo, f->kari);
  styre_undo_stack_undone (stack, undo);
  g_assert_cmpstr (text_now (f->kari, "initiative", f->initiative, "phase"), ==, "planning");
  g_assert_false (styre_undo_stack_get_can_undo (stack));
  g_assert_true (styre_undo_stack_get_can_redo (stack));

  redo = styre_edit_invert (styre_undo_stack_peek_redo (stack));
  apply_ok (redo, f->kari);
  styre_undo_stack_redone (stack, redo);
  g_assert_cmpstr (text_now (f->kari, "initiative", f->initiative, "phase"), ==, "execution");
  g_assert_true (styre_undo_stack_get_can_undo (stack));
  g_assert_false (styre_undo_stack_get_can_redo (stack));
}

/* Someone else changed another field since: the undo merges and keeps their change. */
static void
test_undo_keeps_others_field (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(StyreEdit) mine = edit_text (f->kari, "risk", f->risk, "title", "Forsinket levering");
  g_autoptr(StyreEdit) theirs = NULL;
  g_autoptr(StyreEdit) undo = NULL;

  apply_ok (mine, f->kari);
  theirs = edit_int (f->ola, "risk", f->risk, "probability", 5);
  apply_ok (theirs, f->ola);

  undo = styre_edit_invert (mine);
  apply_ok (undo, f->kari);
  g_assert_cmpstr (text_now (f->kari, "risk", f->risk, "title"), ==,
                   "Leverandøren leverer for sent");
  g_assert_cmpint (int_now (f->kari, "risk", f->risk, "probability"), ==, 5);
}

/* Someone else changed the same field since: the undo does not overwrite it; the person
 * is asked, with both values. */
static void
test_undo_conflict_not_overwritten (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(StyreEdit) mine = edit_text (f->kari, "risk", f->risk, "title", "Forsinket levering");
  g_autoptr(StyreEdit) theirs = NULL;
  g_autoptr(StyreEdit) undo = NULL;
  g_autoptr(GError) error = NULL;
  StyreChange *rebased = NULL;
  GPtrArray *conflicts = NULL;
  StyreFieldConflict *c;

  apply_ok (mine, f->kari);
  theirs = edit_text (f->ola, "risk", f->risk, "title", "Leverandøren går konkurs");
  apply_ok (theirs, f->ola);

  undo = styre_edit_invert (mine);
  g_assert_false (styre_edit_apply (undo, f->kari, 5, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  g_assert_cmpstr (text_now (f->kari, "risk", f->risk, "title"), ==,
                   "Leverandøren går konkurs");

  g_assert_true (styre_edit_get_conflict (undo, &rebased, &conflicts));
  g_assert_cmpuint (conflicts->len, ==, 1);
  c = g_ptr_array_index (conflicts, 0);
  g_assert_cmpstr (c->column, ==, "title");
  g_assert_cmpstr (c->mine.s, ==, "Leverandøren leverer for sent");
  g_assert_cmpstr (c->theirs.s, ==, "Leverandøren går konkurs");

  /* The person keeps theirs: nothing changes, and nothing is lost. */
  styre_edit_resolve_conflict (undo, rebased, NULL);
  apply_ok (undo, f->kari);
  g_assert_cmpstr (text_now (f->kari, "risk", f->risk, "title"), ==,
                   "Leverandøren går konkurs");
}

/* Two people edit different fields of one record at once: both edits are saved. */
static void
test_concurrent_different_fields_merge (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(StyreEdit) kari = edit_text (f->kari, "initiative", f->initiative, "title",
                                         "Byggesak på nett");
  g_autoptr(StyreEdit) ola = edit_text (f->ola, "initiative", f->initiative, "phase",
                                        "execution");

  apply_ok (ola, f->ola);
  apply_ok (kari, f->kari);      /* started from the old version: merged */
  g_assert_cmpstr (text_now (f->kari, "initiative", f->initiative, "title"), ==,
                   "Byggesak på nett");
  g_assert_cmpstr (text_now (f->kari, "initiative", f->initiative, "phase"), ==, "execution");
}

/* Two people edit the same field at once: the second is told, with both values. */
static void
test_concurrent_same_field_conflicts (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(StyreEdit) kari = edit_text (f->kari, "initiative", f->initiative, "phase",
                                         "closing");
  g_autoptr(StyreEdit) ola = edit_text (f->ola, "initiative", f->initiative, "phase",
                                        "execution");
  g_autoptr(GError) error = NULL;
  StyreChange *rebased = NULL;
  GPtrArray *conflicts = NULL;

  apply_ok (ola, f->ola);
  g_assert_false (styre_edit_apply (kari, f->kari, 5, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Ola Nordmann"));
  g_assert_cmpstr (text_now (f->kari, "initiative", f->initiative, "phase"), ==, "execution");
  g_assert_true (styre_edit_get_conflict (kari, &rebased, &conflicts));
  g_assert_cmpuint (conflicts->len, ==, 1);

  /* She keeps hers. */
  styre_change_set_text (rebased, "phase", "closing");
  styre_edit_resolve_conflict (kari, rebased, NULL);
  apply_ok (kari, f->kari);
  g_assert_cmpstr (text_now (f->ola, "initiative", f->initiative, "phase"), ==, "closing");
}

/* Deleting an initiative takes its risks, reports and links with it; undo brings all of
 * it back with the same ids, and children keep their programme. */
static void
test_undo_delete_restores_everything (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(StyreChange) child = styre_change_new_insert ("initiative");
  g_autoptr(StyreChange) report = styre_change_new_insert ("status_report");
  g_autoptr(StyreChange) dimension = styre_change_new_insert ("status_dimension");
  g_autoptr(StyreChange) publish = NULL;
  g_autoptr(StyreChange) del = NULL;
  g_autoptr(StyreEdit) edit = styre_edit_new ("Delete");
  g_autoptr(StyreEdit) undo = NULL;
  g_autoptr(StyreEdit) redo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 child_id, report_id;

  styre_change_set_text (child, "code", "DF-2026-02");
  styre_change_set_text (child, "title", "Delprosjekt");
  styre_change_set_text (child, "kind", "project");
  styre_change_set_text (child, "method", "agile");
  styre_change_set_text (child, "phase", "planning");
  styre_change_set_int (child, "owning_agency_id",
                        int_now (f->kari, "initiative", f->initiative, "owning_agency_id"));
  styre_change_set_int (child, "parent_id", f->initiative);
  child_id = insert (f->kari, child);

  styre_change_set_int (report, "initiative_id", f->initiative);
  styre_change_set_text (report, "period", "2026-10");
  styre_change_set_text (report, "overall_rag", "yellow");
  styre_change_set_text (report, "phase", "planning");
  report_id = insert (f->kari, report);
  styre_change_set_int (dimension, "status_report_id", report_id);
  styre_change_set_text (dimension, "dimension", "cost");
  styre_change_set_text (dimension, "rag", "yellow");
  insert (f->kari, dimension);
  publish = styre_change_new_update ("status_report", report_id, 1);
  styre_change_set_text (publish, "state", "published");
  styre_change_set_text (publish, "published_at", "2026-10-25T10:00:00Z");
  g_assert_true (styre_store_apply (f->kari, publish, &error));
  g_assert_no_error (error);

  before = styre_store_content_hash (f->kari, &error);
  del = styre_change_new_delete ("initiative", f->initiative,
                                 int_now (f->kari, "initiative", f->initiative, "version"));
  styre_edit_add (edit, del, NULL);
  apply_ok (edit, f->kari);
  g_assert_cmpint (styre_store_count_rows (f->kari, "risk", NULL), ==, 0);
  g_assert_cmpint (styre_store_count_rows (f->kari, "status_dimension", NULL), ==, 0);
  {
    g_autoptr(StyreRow) orphan = read_row (f->kari, "initiative", child_id);
    g_assert_cmpint (styre_row_get (orphan, "parent_id")->type, ==, STYRE_VALUE_NULL);
  }

  undo = styre_edit_invert (edit);
  apply_ok (undo, f->kari);
  g_assert_cmpstr (text_now (f->kari, "initiative", f->initiative, "title"), ==,
                   "Digital søknad om byggetillatelse");
  g_assert_cmpstr (text_now (f->kari, "risk", f->risk, "title"), ==,
                   "Leverandøren leverer for sent");
  g_assert_cmpstr (text_now (f->kari, "status_report", report_id, "state"), ==, "published");
  g_assert_cmpint (styre_store_count_rows (f->kari, "status_dimension", NULL), ==, 1);
  g_assert_cmpint (int_now (f->kari, "initiative", child_id, "parent_id"), ==, f->initiative);

  /* Redo deletes it again. */
  redo = styre_edit_invert (undo);
  apply_ok (redo, f->kari);
  g_assert_cmpint (styre_store_count_rows (f->kari, "risk", NULL), ==, 0);
  after = styre_store_content_hash (f->kari, &error);
  g_assert_cmpstr (before, !=, after);
}

/* Undoing the insert of a row that someone has edited since is refused, not forced. */
static void
test_undo_insert_after_others_edit (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(StyreChange) milestone = styre_change_new_insert ("milestone");
  g_autoptr(StyreEdit) edit = styre_edit_new ("Add Milestone");
  g_autoptr(StyreEdit) theirs = NULL;
  g_autoptr(StyreEdit) undo = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  styre_change_set_int (milestone, "initiative_id", f->initiative);
  styre_change_set_text (milestone, "title", "Pilot i drift");
  styre_change_set_text (milestone, "baseline_date", "2027-03-01");
  styre_edit_add (edit, milestone, NULL);
  apply_ok (edit, f->kari);
  id = styre_edit_get_inserted_id (edit, "milestone");
  g_assert_cmpint (id, >, 0);

  theirs = edit_text (f->ola, "milestone", id, "forecast_date", "2027-04-01");
  apply_ok (theirs, f->ola);

  undo = styre_edit_invert (edit);
  g_assert_false (styre_edit_apply (undo, f->kari, 5, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  g_assert_cmpstr (text_now (f->kari, "milestone", id, "forecast_date"), ==, "2027-04-01");
}

/* A published report cannot be unpublished by undo: the store says why. */
static void
test_undo_publish_refused (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(StyreChange) report = styre_change_new_insert ("status_report");
  g_autoptr(StyreEdit) publish = NULL;
  g_autoptr(StyreEdit) undo = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  styre_change_set_int (report, "initiative_id", f->initiative);
  styre_change_set_text (report, "period", "2026-11");
  styre_change_set_text (report, "overall_rag", "green");
  styre_change_set_text (report, "phase", "planning");
  id = insert (f->kari, report);

  publish = edit_text (f->kari, "status_report", id, "state", "published");
  {
    g_autoptr(GPtrArray) changes = styre_edit_get_changes (publish);
    styre_change_set_text (g_ptr_array_index (changes, 0), "published_at",
                           "2026-11-25T10:00:00Z");
  }
  apply_ok (publish, f->kari);
  undo = styre_edit_invert (publish);
  g_assert_false (styre_edit_apply (undo, f->kari, 5, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_assert_cmpstr (text_now (f->kari, "status_report", id, "state"), ==, "published");
}

/* The history says who changed what, in words, newest first, for the initiative and the
 * rows that belong to it (deleted ones too). */
static void
test_history_in_words (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StyreEdit) phase = edit_text (f->ola, "initiative", f->initiative, "phase",
                                          "execution");
  g_autoptr(StyreEdit) probability = edit_int (f->kari, "risk", f->risk, "probability", 4);
  g_autoptr(StyreChange) del = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  StyreHistoryEntry *e;

  styre_store_set_now_for_testing (f->ola, "2026-11-12T09:14:00Z");
  apply_ok (phase, f->ola);
  styre_store_set_now_for_testing (f->kari, "2026-11-13T08:00:00Z");
  apply_ok (probability, f->kari);
  del = styre_change_new_delete ("risk", f->risk, int_now (f->kari, "risk", f->risk, "version"));
  g_assert_true (styre_store_apply (f->kari, del, &error));

  history = styre_store_get_initiative_history (f->kari, f->initiative, 100, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    g_test_message ("%s", ((StyreHistoryEntry *) g_ptr_array_index (history, i))->text);
  g_assert_cmpuint (history->len, ==, 5);   /* two inserts, two updates, a delete */

  e = g_ptr_array_index (history, 0);
  g_assert_cmpstr (e->text, ==, "Kari Nordmann deleted the risk “Leverandøren leverer for sent”");
  e = g_ptr_array_index (history, 1);
  g_assert_cmpstr (e->text, ==, "Kari Nordmann changed probability (1–5) of the risk "
                                "“Leverandøren leverer for sent” from 3 to 4");
  e = g_ptr_array_index (history, 2);
  g_assert_cmpstr (e->text, ==, "Ola Nordmann changed phase from Planning to Execution");
  g_assert_cmpstr (e->when, ==, "12.11.2026 10:14");
  e = g_ptr_array_index (history, history->len - 1);
  g_assert_cmpstr (e->text, ==, "Kari Nordmann created the initiative");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/edit/undo-redo-update", test_undo_redo_update);
  ADD ("/edit/undo-keeps-others-field", test_undo_keeps_others_field);
  ADD ("/edit/undo-conflict-not-overwritten", test_undo_conflict_not_overwritten);
  ADD ("/edit/concurrent-different-fields-merge", test_concurrent_different_fields_merge);
  ADD ("/edit/concurrent-same-field-conflicts", test_concurrent_same_field_conflicts);
  ADD ("/edit/undo-delete-restores-everything", test_undo_delete_restores_everything);
  ADD ("/edit/undo-insert-after-others-edit", test_undo_insert_after_others_edit);
  ADD ("/edit/undo-publish-refused", test_undo_publish_refused);
  ADD ("/edit/history-in-words", test_history_in_words);
#undef ADD

  return g_test_run ();
}
