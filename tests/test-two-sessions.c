/* test-two-sessions.c — two people edit the same things (STORAGE.md test 2)
 *
 * Kari and Ola are two stores on one file, as two Styres on two computers. Each scenario
 * lets both start from the same rows and save one after the other; the promise is 0
 * silent overwrites — the second either merges (different fields), or is told and keeps
 * what they typed (same field, edited/deleted, reordered) — and the file ends as both
 * intended. The control shows that a save without the version check overwrites silently,
 * and that this test notices.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "styre-error.h"
#include "styre-merge.h"
#include "styre-store.h"

#include "test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  StyreStore *kari;
  StyreStore *ola;
  gint64      initiative;
  gint64      meeting;
  gint64      items[5];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  StyreChange *agency, *initiative, *forum, *meeting, *items[5];
  static const char *titles[] = {
    "Godkjenning av innkalling og saksliste", "Porteføljestatus for november",
    "Beslutningspunkt BP3 for matrikkeldeling", "Kompetanseplan for informasjonssikkerhet",
    "Eventuelt",
  };

  f->dir = g_dir_make_tmp ("styre-two-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "ledergruppen.styre", NULL);
  f->kari = styre_store_create (f->path, "Fjordvik kommune", &error);
  g_assert_no_error (error);
  styre_store_set_identity (f->kari, "kari", "Kari Nordmann");

  agency = styre_change_new_insert ("agency");
  styre_change_set_text (agency, "code", "FJK");
  styre_change_set_text (agency, "name", "Fjordvik kommune");
  styre_change_set_text (agency, "kind", "municipality");
  g_ptr_array_add (batch, agency);
  initiative = styre_change_new_insert ("initiative");
  styre_change_set_text (initiative, "code", "DF-01");
  styre_change_set_text (initiative, "title", "Digital byggesøknad");
  styre_change_set_text (initiative, "kind", "project");
  styre_change_set_text (initiative, "method", "agile");
  styre_change_set_text (initiative, "phase", "planning");
  styre_change_set_ref (initiative, "owning_agency_id", agency);
  g_ptr_array_add (batch, initiative);
  forum = styre_change_new_insert ("forum");
  styre_change_set_text (forum, "name", "Ledergruppen");
  g_ptr_array_add (batch, forum);
  meeting = styre_change_new_insert ("meeting");
  styre_change_set_ref (meeting, "forum_id", forum);
  styre_change_set_text (meeting, "starts_at", "2026-12-03T09:00");
  styre_change_set_text (meeting, "ends_at", "2026-12-03T11:30");
  styre_change_set_text (meeting, "uid", "two-sessions@styre.example");
  g_ptr_array_add (batch, meeting);
  for (guint i = 0; i < 5; i++)
    {
      items[i] = styre_change_new_insert ("agenda_item");
      styre_change_set_ref (items[i], "meeting_id", meeting);
      styre_change_set_int (items[i], "position", i + 1);
      styre_change_set_text (items[i], "item_type", "discussion");
      styre_change_set_text (items[i], "title", titles[i]);
      g_ptr_array_add (batch, items[i]);
    }
  g_assert_true (styre_store_apply_all (f->kari, batch, &error));
  g_assert_no_error (error);
  f->initiative = styre_change_get_id (initiative);
  f->meeting = styre_change_get_id (meeting);
  for (guint i = 0; i < 5; i++)
    f->items[i] = styre_change_get_id (items[i]);

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
  while (g_main_context_iteration (NULL, FALSE))
    ;
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

static StyreChange *
edit (StyreRow   *base,
      const char *column,
      const char *value)
{
  StyreChange *c = styre_change_new_update (styre_row_get_table (base),
                                            styre_row_get_int (base, "id"),
                                            styre_row_get_int (base, "version"));

  styre_change_set_text (c, column, value);
  return c;
}

/* How many changes the audit log says @user saved to the row: every save is there. */
static guint
saves_by (StyreStore *store,
          const char *user,
          const char *table,
          gint64      id)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;
  gint64 last = styre_store_get_last_audit_id (store);

  for (gint64 a = 1; a <= last; a++)
    {
      g_autoptr(StyreRow) row = styre_store_read_row (store, "audit_log", a, NULL);
      if (row != NULL && g_str_equal (styre_row_get_text (row, "user_name"), user)
          && g_str_equal (styre_row_get_text (row, "action"), "update")
          && g_str_equal (styre_row_get_text (row, "table_name"), table)
          && styre_row_get_int (row, "row_id") == id)
        n++;
    }
  return n;
}

/* Same field: Ola's save stands, Kari is told and asked; she keeps hers by choosing it. */
static void
test_same_field (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) base_k = read_row (f->kari, "initiative", f->initiative);
  g_autoptr(StyreRow) base_o = read_row (f->ola, "initiative", f->initiative);
  g_autoptr(StyreChange) kari = edit (base_k, "phase", "execution");
  g_autoptr(StyreChange) ola = edit (base_o, "phase", "closing");
  g_autoptr(StyreRow) now = NULL;
  g_autoptr(StyreChange) rebased = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  g_assert_true (styre_store_apply (f->ola, ola, &error));
  g_assert_false (styre_store_apply (f->kari, kari, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  g_clear_error (&error);

  now = read_row (f->kari, "initiative", f->initiative);
  g_assert_cmpstr (styre_row_get_text (now, "phase"), ==, "closing");   /* not overwritten */
  rebased = styre_change_rebase (kari, base_k, now, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (((StyreFieldConflict *) g_ptr_array_index (conflicts, 0))->theirs.s, ==,
                   "closing");
  /* Kari looked at Ola's value and chose hers: a decision, not a silent overwrite. */
  styre_change_set_value (rebased, "phase", &((StyreFieldConflict *) g_ptr_array_index (conflicts, 0))->mine);
  g_assert_true (styre_store_apply (f->kari, rebased, &error));
  g_clear_pointer (&now, styre_row_unref);
  now = read_row (f->kari, "initiative", f->initiative);
  g_assert_cmpstr (styre_row_get_text (now, "phase"), ==, "execution");
  g_assert_cmpuint (saves_by (f->kari, "ola", "initiative", f->initiative), ==, 1);
  g_assert_cmpuint (saves_by (f->kari, "kari", "initiative", f->initiative), ==, 1);
}

/* Different fields: both stand. */
static void
test_different_fields (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) base_k = read_row (f->kari, "initiative", f->initiative);
  g_autoptr(StyreRow) base_o = read_row (f->ola, "initiative", f->initiative);
  g_autoptr(StyreChange) kari = edit (base_k, "what", "Innbyggere søker om byggetillatelse digitalt.");
  g_autoptr(StyreChange) ola = edit (base_o, "phase", "execution");
  g_autoptr(StyreRow) now = NULL;
  g_autoptr(StyreChange) rebased = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  g_assert_true (styre_store_apply (f->ola, ola, &error));
  g_assert_false (styre_store_apply (f->kari, kari, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  g_clear_error (&error);

  now = read_row (f->kari, "initiative", f->initiative);
  rebased = styre_change_rebase (kari, base_k, now, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_true (styre_store_apply (f->kari, rebased, &error));
  g_clear_pointer (&now, styre_row_unref);
  now = read_row (f->kari, "initiative", f->initiative);
  g_assert_cmpstr (styre_row_get_text (now, "phase"), ==, "execution");
  g_assert_cmpstr (styre_row_get_text (now, "what"), ==,
                   "Innbyggere søker om byggetillatelse digitalt.");
  g_assert_cmpint (styre_row_get_int (now, "version"), ==, 3);
}

/* One edits, the other deletes; in both orders nobody's work vanishes unseen. */
static void
test_edit_and_delete (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) base_k = read_row (f->kari, "agenda_item", f->items[3]);
  g_autoptr(StyreRow) base_o = read_row (f->ola, "agenda_item", f->items[3]);
  g_autoptr(StyreChange) kari_edit = edit (base_k, "background", "Kartlegging viser behov for "
                                                                 "12 nye stillinger.");
  g_autoptr(StyreChange) ola_delete = styre_change_new_delete ("agenda_item", f->items[3],
                                                               styre_row_get_int (base_o, "version"));
  g_autoptr(StyreRow) base2 = read_row (f->kari, "agenda_item", f->items[2]);
  g_autoptr(StyreChange) kari_delete = styre_change_new_delete ("agenda_item", f->items[2],
                                                                styre_row_get_int (base2, "version"));
  g_autoptr(StyreChange) ola_edit = edit (base2, "background", "Olas vurdering av BP3.");

  /* Ola deletes, then Kari saves her edit: she is told it is gone. */
  g_assert_true (styre_store_apply (f->ola, ola_delete, &error));
  g_assert_false (styre_store_apply (f->kari, kari_edit, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_DELETED);
  g_assert_nonnull (strstr (error->message, "Ola Nordmann"));
  g_clear_error (&error);
  g_assert_cmpstr (styre_change_lookup (kari_edit, "background")->s, ==,
                   "Kartlegging viser behov for 12 nye stillinger.");

  /* Ola edits, then Kari deletes what she saw: her delete does not take his edit with it
   * unseen. */
  g_assert_true (styre_store_apply (f->ola, ola_edit, &error));
  g_assert_false (styre_store_apply (f->kari, kari_delete, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  {
    g_autoptr(StyreRow) still = read_row (f->kari, "agenda_item", f->items[2]);
    g_assert_cmpstr (styre_row_get_text (still, "background"), ==, "Olas vurdering av BP3.");
  }
}

/* The agenda's order as the file has it: item ids by position. */
static GArray *
agenda_order (Fixture    *f,
              StyreStore *store)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(StyreRow) row = styre_store_read_row (store, "agenda_item", f->items[i], NULL);
      gint64 p = row ? styre_row_get_int (row, "position") : -1;
      g_array_append_val (positions, p);
    }
  for (gint64 p = 1; p <= 5; p++)
    for (guint i = 0; i < 5; i++)
      if (g_array_index (positions, gint64, i) == p)
        g_array_append_val (order, f->items[i]);
  return order;
}

/* Moves @item to @to (1-based) in @order, as the agenda editor does: one action that
 * sets every moved item's position, each with its version. */
static GPtrArray *
move_item (Fixture    *f,
           StyreStore *store,
           GArray     *order,
           gint64      item,
           guint       to)
{
  GPtrArray *batch = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < order->len; i++)
    if (g_array_index (order, gint64, i) != item)
      g_array_append_val (moved, g_array_index (order, gint64, i));
  g_array_insert_val (moved, to - 1, item);

  for (guint i = 0; i < moved->len; i++)
    {
      gint64 id = g_array_index (moved, gint64, i);
      g_autoptr(StyreRow) row = read_row (store, "agenda_item", id);

      if (styre_row_get_int (row, "position") != (gint64) i + 1)
        {
          StyreChange *c = styre_change_new_update ("agenda_item", id,
                                                    styre_row_get_int (row, "version"));
          styre_change_set_int (c, "position", i + 1);
          g_ptr_array_add (batch, c);
        }
    }
  return batch;
}

/* Both reorder the agenda from the same order. Ola's goes first; Kari's is refused whole
 * (no half-applied order), and done again on Ola's order both moves stand. */
static void
test_reorder_reorder (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) seen_k = agenda_order (f, f->kari);
  g_autoptr(GArray) seen_o = agenda_order (f, f->ola);
  /* Ola: item 5 ("Eventuelt") first. Kari: item 3 (BP3) last. */
  g_autoptr(GPtrArray) ola = move_item (f, f->ola, seen_o, f->items[4], 1);
  g_autoptr(GPtrArray) kari = move_item (f, f->kari, seen_k, f->items[2], 5);
  g_autoptr(GArray) after_ola = NULL;
  g_autoptr(GArray) after_refused = NULL;
  g_autoptr(GArray) final = NULL;
  g_autoptr(GPtrArray) again = NULL;
  const gint64 expected[] = { f->items[4], f->items[0], f->items[1], f->items[3], f->items[2] };

  g_assert_true (styre_store_apply_all (f->ola, ola, &error));
  after_ola = agenda_order (f, f->kari);

  g_assert_false (styre_store_apply_all (f->kari, kari, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_CONFLICT);
  g_clear_error (&error);
  after_refused = agenda_order (f, f->kari);
  g_assert_cmpmem (after_refused->data, after_refused->len * sizeof (gint64),
                   after_ola->data, after_ola->len * sizeof (gint64));

  /* Kari's editor reads the agenda again and makes her move on it. */
  again = move_item (f, f->kari, after_refused, f->items[2], 5);
  g_assert_true (styre_store_apply_all (f->kari, again, &error));
  g_assert_no_error (error);
  final = agenda_order (f, f->kari);
  g_assert_cmpuint (final->len, ==, 5);   /* nothing lost, no position twice */
  g_assert_cmpmem (final->data, final->len * sizeof (gint64), expected, sizeof expected);
}

/* The control: a program that saves without the version check overwrites Ola's change
 * silently, and the check this test makes notices. */
static void
test_control_without_check (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreRow) base_o = read_row (f->ola, "initiative", f->initiative);
  g_autoptr(StyreChange) ola = edit (base_o, "phase", "closing");
  g_autoptr(StyreRow) now = NULL;
  sqlite3 *db = NULL;

  g_assert_true (styre_store_apply (f->ola, ola, &error));
  /* Kari's program, read before Ola's save, writes blindly. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE initiative SET phase = 'execution' WHERE id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  now = read_row (f->kari, "initiative", f->initiative);
  /* Ola's save is gone and nobody was told: what the other scenarios never allow. */
  g_assert_cmpstr (styre_row_get_text (now, "phase"), !=, "closing");
  g_assert_cmpuint (saves_by (f->kari, "ola", "initiative", f->initiative), ==, 1);
  g_assert_cmpuint (saves_by (f->kari, "kari", "initiative", f->initiative), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/two-sessions/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("same-field", test_same_field);
  ADD ("different-fields", test_different_fields);
  ADD ("edit-and-delete", test_edit_and_delete);
  ADD ("reorder-reorder", test_reorder_reorder);
  ADD ("control-without-check", test_control_without_check);

  return g_test_run ();
}
