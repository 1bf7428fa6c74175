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

  return g_test_run ();
}
