/* test-projector.c — projector mode's item and clock state machine
 *
 * What the chair and the room would notice: the keys step through the items, blanking and
 * the agenda come back to where they were, the clock turns amber at two minutes left and
 * red when over, the projected end moves with overruns, exempt items stay hidden until
 * unlocked, and each item's actual start and end are what the minutes get.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-projector.h"

static GTimeZone *oslo;

/* 3 December 2026, kl. 09.00 plus @minutes and @seconds. */
static GDateTime *
at (int minutes,
    int seconds)
{
  g_autoptr(GDateTime) start = g_date_time_new (oslo, 2026, 12, 3, 9, 0, 0);

  return g_date_time_add_seconds (start, minutes * 60 + seconds);
}

static StyreProjector *
make_meeting (void)
{
  static const StyreProjectorItem items[] = {
    { 101, 5, FALSE, 0 },   /* Godkjenning av innkalling og saksliste */
    { 102, 20, FALSE, 2 },  /* Porteføljestatus, with two charts */
    { 103, 15, TRUE, 1 },   /* an exempt supplier dispute */
    { 104, 10, FALSE, 0 },  /* Eventuelt */
  };
  g_autoptr(GDateTime) start = at (0, 0);

  return styre_projector_new (items, G_N_ELEMENTS (items), start);
}

static void
assert_time (GDateTime *dt,
             int        hour,
             int        minute)
{
  g_assert_nonnull (dt);
  g_assert_cmpint (g_date_time_get_hour (dt), ==, hour);
  g_assert_cmpint (g_date_time_get_minute (dt), ==, minute);
}

static void
test_stepping (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) t0 = at (0, 0);
  g_autoptr(GDateTime) t1 = at (4, 0);
  g_autoptr(GDateTime) t2 = at (30, 0);

  /* Before the first item: the agenda. */
  g_assert_cmpint (styre_projector_get_current (p), ==, -1);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_AGENDA);
  g_assert_false (styre_projector_previous (p, t0));

  g_assert_true (styre_projector_next (p, t0));
  g_assert_cmpint (styre_projector_get_current (p), ==, 0);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);

  g_assert_true (styre_projector_next (p, t1));
  g_assert_cmpint (styre_projector_get_current (p), ==, 1);

  /* Back and forth keeps the first start and moves the end. */
  g_assert_true (styre_projector_previous (p, t2));
  g_assert_cmpint (styre_projector_get_current (p), ==, 0);
  assert_time (styre_projector_get_actual_start (p, 1), 9, 4);
  assert_time (styre_projector_get_actual_end (p, 1), 9, 30);
  assert_time (styre_projector_get_actual_start (p, 0), 9, 0);
  g_assert_null (styre_projector_get_actual_end (p, 0));   /* current again */

  /* Past the last item: the agenda as a closing screen, and no further. */
  g_assert_true (styre_projector_go_to (p, 3, t2));
  g_assert_true (styre_projector_next (p, t2));
  g_assert_cmpint (styre_projector_get_current (p), ==, 4);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_AGENDA);
  g_assert_false (styre_projector_next (p, t2));
}

static void
test_blank_and_agenda (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) t0 = at (0, 0);

  styre_projector_next (p, t0);
  styre_projector_next (p, t0);

  styre_projector_toggle_black (p);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_BLACK);
  styre_projector_toggle_white (p);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_WHITE);
  styre_projector_toggle_white (p);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);

  styre_projector_toggle_agenda (p);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_AGENDA);
  styre_projector_toggle_agenda (p);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);

  /* Next on a black screen shows the item again rather than skipping it. */
  styre_projector_toggle_black (p);
  g_assert_true (styre_projector_next (p, t0));
  g_assert_cmpint (styre_projector_get_current (p), ==, 1);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);

  /* Charts: 1 and 2 exist, 3 does not. */
  g_assert_true (styre_projector_show_chart (p, 2));
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_CHART);
  g_assert_cmpint (styre_projector_get_chart (p), ==, 1);
  g_assert_false (styre_projector_show_chart (p, 3));
  g_assert_cmpint (styre_projector_get_chart (p), ==, 1);
  g_assert_true (styre_projector_previous (p, t0));
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);
  g_assert_cmpint (styre_projector_get_current (p), ==, 1);
}

static void
test_clock (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) t0 = at (0, 0);
  g_autoptr(GDateTime) t1 = at (5, 0);      /* item 2 starts on time */
  g_autoptr(GDateTime) t2 = at (22, 59);    /* 2 min 1 s left */
  g_autoptr(GDateTime) t3 = at (23, 0);     /* 2 min left */
  g_autoptr(GDateTime) t4 = at (25, 0);     /* exactly on time */
  g_autoptr(GDateTime) t5 = at (25, 1);     /* over */
  g_autoptr(GDateTime) t6 = at (31, 0);

  g_assert_cmpint (styre_projector_get_clock_state (p, t0), ==, STYRE_CLOCK_NONE);
  styre_projector_next (p, t0);
  styre_projector_next (p, t1);

  g_assert_cmpint (styre_projector_get_remaining_seconds (p, t1), ==, 20 * 60);
  g_assert_cmpint (styre_projector_get_clock_state (p, t1), ==, STYRE_CLOCK_NORMAL);
  g_assert_cmpint (styre_projector_get_clock_state (p, t2), ==, STYRE_CLOCK_NORMAL);
  g_assert_cmpint (styre_projector_get_clock_state (p, t3), ==, STYRE_CLOCK_AMBER);
  g_assert_cmpint (styre_projector_get_clock_state (p, t4), ==, STYRE_CLOCK_AMBER);
  g_assert_cmpint (styre_projector_get_clock_state (p, t5), ==, STYRE_CLOCK_OVER);
  g_assert_cmpint (styre_projector_get_remaining_seconds (p, t6), ==, -6 * 60);

  /* Blanking does not stop the clock. */
  styre_projector_toggle_black (p);
  g_assert_cmpint (styre_projector_get_remaining_seconds (p, t6), ==, -6 * 60);
}

static void
test_projected_end (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) early = at (-10, 0);
  g_autoptr(GDateTime) late_start = at (7, 0);
  g_autoptr(GDateTime) t1 = at (12, 0);
  g_autoptr(GDateTime) t2 = at (40, 0);
  g_autoptr(GDateTime) planned = NULL;
  g_autoptr(GDateTime) end0 = NULL;
  g_autoptr(GDateTime) end1 = NULL;
  g_autoptr(GDateTime) end2 = NULL;
  g_autoptr(GDateTime) end3 = NULL;

  /* Planned: 5 + 20 + 15 + 10 minutes from 09.00. */
  planned = styre_projector_get_planned_start_of (p, 2);
  assert_time (planned, 9, 25);
  end0 = styre_projector_get_projected_end (p, early);
  assert_time (end0, 9, 50);

  /* Starting seven minutes late moves the end by seven minutes. */
  end1 = styre_projector_get_projected_end (p, late_start);
  assert_time (end1, 9, 57);

  styre_projector_next (p, late_start);       /* item 1, 5 min, starts 09.07 */
  styre_projector_next (p, t1);               /* item 2, 20 min, starts 09.12 */
  end2 = styre_projector_get_projected_end (p, t1);
  assert_time (end2, 9, 57);

  /* Item 2 runs to 09.40: eight minutes over, the end follows. */
  end3 = styre_projector_get_projected_end (p, t2);
  assert_time (end3, 10, 05);
}

static void
test_exempt_hidden_until_unlocked (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) t0 = at (0, 0);

  styre_projector_go_to (p, 2, t0);
  g_assert_false (styre_projector_is_visible (p, 2));
  g_assert_true (styre_projector_is_visible (p, 1));
  /* Its chart is hidden with it. */
  g_assert_false (styre_projector_show_chart (p, 1));

  g_assert_false (styre_projector_unlock (p, 101));   /* not exempt: nothing to unlock */
  g_assert_true (styre_projector_unlock (p, 103));
  g_assert_true (styre_projector_is_visible (p, 2));
  g_assert_false (styre_projector_unlock (p, 103));   /* already */
  g_assert_true (styre_projector_show_chart (p, 1));
}

static void
test_finish_records_end (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) t0 = at (0, 0);
  g_autoptr(GDateTime) t1 = at (3, 30);

  styre_projector_next (p, t0);
  g_assert_null (styre_projector_get_actual_end (p, 0));
  styre_projector_finish (p, t1);
  assert_time (styre_projector_get_actual_end (p, 0), 9, 3);
  g_assert_cmpint (styre_projector_get_elapsed_seconds (p, 0, t1), ==, 210);
}

static void
test_agenda_changes_underneath (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) t0 = at (0, 0);
  g_autoptr(GDateTime) t1 = at (5, 0);
  g_autoptr(GDateTime) t2 = at (9, 0);
  g_autoptr(GDateTime) t3 = at (12, 0);
  g_autoptr(GDateTime) later_start = at (10, 0);
  /* The secretary moves Eventuelt first, gives Porteføljestatus 25 minutes and a third
   * chart, and makes it exempt on second thought; a new item 105 comes in. */
  const StyreProjectorItem reordered[] = {
    { 104, 10, FALSE, 0 },
    { 101, 5, FALSE, 0 },
    { 102, 25, FALSE, 3 },
    { 105, 5, FALSE, 0 },
    { 103, 15, TRUE, 1 },
  };
  const StyreProjectorItem exempt_now[] = {
    { 101, 5, FALSE, 0 },
    { 102, 25, TRUE, 3 },
    { 103, 15, TRUE, 1 },
  };
  const StyreProjectorItem without_current[] = {
    { 101, 5, FALSE, 0 },
    { 103, 15, TRUE, 1 },
  };
  const StyreProjectorItem nothing_after[] = {
    { 101, 5, FALSE, 0 },
  };

  styre_projector_next (p, t0);
  styre_projector_next (p, t1);               /* 102, from 09.05 */
  g_assert_true (styre_projector_show_chart (p, 2));
  g_assert_true (styre_projector_unlock (p, 103));

  /* The view does not move: the same item, the same chart, its clock going on. */
  styre_projector_set_items (p, reordered, G_N_ELEMENTS (reordered), t0, t2);
  g_assert_cmpint (styre_projector_get_current (p), ==, 2);
  g_assert_cmpint (styre_projector_get_item (p, 2)->id, ==, 102);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_CHART);
  g_assert_cmpint (styre_projector_get_chart (p), ==, 1);
  g_assert_cmpint (styre_projector_get_remaining_seconds (p, t2), ==, 25 * 60 - 4 * 60);
  assert_time (styre_projector_get_actual_start (p, 2), 9, 5);
  assert_time (styre_projector_get_actual_start (p, 1), 9, 0);
  g_assert_true (styre_projector_is_visible (p, 4));        /* 103 stays unlocked */
  g_assert_cmpint (styre_projector_find_item (p, 105), ==, 3);
  g_assert_cmpint (styre_projector_find_item (p, 999), ==, -1);

  /* The item shown became exempt: its chart goes dark until the chair unlocks it. */
  styre_projector_set_items (p, exempt_now, G_N_ELEMENTS (exempt_now), t0, t2);
  g_assert_cmpint (styre_projector_get_current (p), ==, 1);
  g_assert_false (styre_projector_is_visible (p, 1));
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);

  /* A new planned start moves the planned times. */
  styre_projector_set_items (p, exempt_now, G_N_ELEMENTS (exempt_now), later_start, t2);
  {
    g_autoptr(GDateTime) second = styre_projector_get_planned_start_of (p, 1);
    assert_time (second, 9, 15);
  }

  /* The current item is deleted: the next one left is current from now. */
  styre_projector_set_items (p, without_current, G_N_ELEMENTS (without_current), t0, t3);
  g_assert_cmpint (styre_projector_get_current (p), ==, 1);
  g_assert_cmpint (styre_projector_get_item (p, 1)->id, ==, 103);
  assert_time (styre_projector_get_actual_start (p, 1), 9, 12);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);
  /* 103 was unlocked while it was exempt, and still is. */
  g_assert_true (styre_projector_is_visible (p, 1));

  /* Deleted, with nothing after it: the agenda closes the meeting. */
  styre_projector_set_items (p, nothing_after, G_N_ELEMENTS (nothing_after), t0, t3);
  g_assert_cmpint (styre_projector_get_current (p), ==, 1);
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_AGENDA);
}

static void
test_times_for_the_minutes (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) t0 = at (0, 0);
  g_autoptr(GDateTime) t1 = at (6, 0);
  g_autoptr(GDateTime) t2 = at (8, 0);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) back = NULL;
  StyreProjectorTimes *t;

  styre_projector_next (p, t0);
  first = styre_projector_take_unrecorded (p);
  g_assert_cmpuint (first->len, ==, 1);
  t = g_ptr_array_index (first, 0);
  g_assert_cmpint (t->item_id, ==, 101);
  assert_time (t->start, 9, 0);
  g_assert_null (t->end);

  /* Leaving 101 ends it; 102 starts. */
  styre_projector_next (p, t1);
  second = styre_projector_take_unrecorded (p);
  g_assert_cmpuint (second->len, ==, 2);
  t = g_ptr_array_index (second, 0);
  g_assert_cmpint (t->item_id, ==, 101);
  assert_time (t->end, 9, 6);
  t = g_ptr_array_index (second, 1);
  g_assert_cmpint (t->item_id, ==, 102);
  assert_time (t->start, 9, 6);

  /* Blanking and the agenda record nothing. */
  styre_projector_toggle_black (p);
  styre_projector_toggle_black (p);
  none = styre_projector_take_unrecorded (p);
  g_assert_cmpuint (none->len, ==, 0);

  /* Back to 101: 102 ends; 101 keeps its first start, and ends again when left. */
  styre_projector_previous (p, t2);
  back = styre_projector_take_unrecorded (p);
  g_assert_cmpuint (back->len, ==, 1);
  t = g_ptr_array_index (back, 0);
  g_assert_cmpint (t->item_id, ==, 102);
  assert_time (t->end, 9, 8);
}

static void
test_resume_after_restart (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) start = at (0, 0);
  g_autoptr(GDateTime) end = at (7, 0);
  g_autoptr(GDateTime) now = at (30, 0);
  g_autoptr(GPtrArray) unrecorded = NULL;

  /* The minutes say item 1 ran 09.00–09.07 before Styre was restarted. */
  styre_projector_restore_times (p, 0, start, end);
  g_assert_cmpint (styre_projector_get_elapsed_seconds (p, 0, now), ==, 7 * 60);
  assert_time (styre_projector_get_actual_start (p, 0), 9, 0);
  unrecorded = styre_projector_take_unrecorded (p);
  g_assert_cmpuint (unrecorded->len, ==, 0);

  /* Between items: item 1 is done and not running; Next goes on with item 2. */
  {
    g_autoptr(StyreProjector) q = make_meeting ();
    g_autoptr(GPtrArray) none = NULL;

    styre_projector_restore_times (q, 0, start, end);
    styre_projector_resume_after (q, 0);
    g_assert_cmpint (styre_projector_get_current (q), ==, 0);
    g_assert_cmpint (styre_projector_get_screen (q), ==, STYRE_SCREEN_AGENDA);
    g_assert_cmpint (styre_projector_get_elapsed_seconds (q, 0, now), ==, 7 * 60);
    g_assert_true (styre_projector_next (q, now));
    g_assert_cmpint (styre_projector_get_current (q), ==, 1);
    /* Item 1's end stays 09.07: only item 2 starts. */
    assert_time (styre_projector_get_actual_end (q, 0), 9, 7);
    none = styre_projector_take_unrecorded (q);
    g_assert_cmpuint (none->len, ==, 1);
    g_assert_cmpint (((StyreProjectorTimes *) none->pdata[0])->item_id, ==, 102);
  }

  /* Back on item 1: two minutes over already, the start is still 09.00. */
  styre_projector_go_to (p, 0, now);
  g_assert_cmpint (styre_projector_get_clock_state (p, now), ==, STYRE_CLOCK_OVER);
  g_assert_cmpint (styre_projector_get_remaining_seconds (p, now), ==, -2 * 60);
  assert_time (styre_projector_get_actual_start (p, 0), 9, 0);
}

static void
test_long_chart_pages (void)
{
  g_autoptr(StyreProjector) p = make_meeting ();
  g_autoptr(GDateTime) t0 = at (0, 0);

  styre_projector_go_to (p, 1, t0);
  g_assert_true (styre_projector_show_chart (p, 1));
  /* The audience screen drew rows 0–11 of 30: Next shows rows 12–23, then 24–29. */
  styre_projector_set_chart_continues (p, 12);
  g_assert_true (styre_projector_next (p, t0));
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_CHART);
  g_assert_cmpuint (styre_projector_get_chart_first_row (p), ==, 12);
  styre_projector_set_chart_continues (p, 24);
  g_assert_true (styre_projector_next (p, t0));
  g_assert_cmpuint (styre_projector_get_chart_first_row (p), ==, 24);
  styre_projector_set_chart_continues (p, 0);

  /* Previous pages back; from the first page, back to the item. */
  g_assert_true (styre_projector_previous (p, t0));
  g_assert_cmpuint (styre_projector_get_chart_first_row (p), ==, 12);
  g_assert_true (styre_projector_previous (p, t0));
  g_assert_cmpuint (styre_projector_get_chart_first_row (p), ==, 0);
  g_assert_true (styre_projector_previous (p, t0));
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);
  g_assert_cmpint (styre_projector_get_current (p), ==, 1);

  /* The last page: Next goes back to the item, and another chart starts on its first page. */
  g_assert_true (styre_projector_show_chart (p, 2));
  styre_projector_set_chart_continues (p, 12);
  styre_projector_next (p, t0);
  g_assert_true (styre_projector_show_chart (p, 1));
  g_assert_cmpuint (styre_projector_get_chart_first_row (p), ==, 0);
  g_assert_true (styre_projector_next (p, t0));
  g_assert_cmpint (styre_projector_get_screen (p), ==, STYRE_SCREEN_ITEM);
  /* A continuation is only a chart's. */
  styre_projector_set_chart_continues (p, 12);
  g_assert_true (styre_projector_next (p, t0));
  g_assert_cmpint (styre_projector_get_current (p), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  oslo = g_time_zone_new_identifier ("Europe/Oslo");
  if (oslo == NULL)
    oslo = g_time_zone_new_utc ();

  g_test_add_func ("/projector/stepping", test_stepping);
  g_test_add_func ("/projector/blank-and-agenda", test_blank_and_agenda);
  g_test_add_func ("/projector/clock", test_clock);
  g_test_add_func ("/projector/projected-end", test_projected_end);
  g_test_add_func ("/projector/exempt-hidden-until-unlocked", test_exempt_hidden_until_unlocked);
  g_test_add_func ("/projector/finish-records-end", test_finish_records_end);
  g_test_add_func ("/projector/agenda-changes-underneath", test_agenda_changes_underneath);
  g_test_add_func ("/projector/times-for-the-minutes", test_times_for_the_minutes);
  g_test_add_func ("/projector/resume-after-restart", test_resume_after_restart);
  g_test_add_func ("/projector/long-chart-pages", test_long_chart_pages);

  return g_test_run ();
}
