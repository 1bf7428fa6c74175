/* test-audience.c — what the room sees on the projector
 *
 * The demo's meetings are stepped through on the projector and drawn at the sizes of real
 * meeting rooms (1024×768, 1280×800, 1920×1080, 3840×2160), light, dark and high
 * contrast. For every screen: titles at least 5 % of the height, all other text at least
 * 2.5 % (charts too), every text at least 7:1 against its background, nothing clipped,
 * and nothing of an exempt item but its case number, "Exempt from public access" and its
 * legal basis until the chair unlocks it. The layout follows the aspect ratio: a chart
 * beside the text on wide screens, under it on 4:3. A held meeting's charts are as the
 * portfolio was frozen when it was held.
 *
 * STYRE_AUDIENCE_PNG_DIR=dir writes every screen drawn as a PNG, to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <string.h>

#include "styre-agenda.h"
#include "styre-audience.h"
#include "styre-chart-view.h"
#include "styre-demo.h"
#include "styre-meeting.h"
#include "styre-projector.h"
#include "styre-queries.h"

#include "test-util.h"

typedef struct
{
  int width;
  int height;
} Size;

static const Size room_sizes[] = {
  { 1024, 768 },    /* an old 4:3 projector */
  { 1280, 800 },    /* 16:10 */
  { 1920, 1080 },   /* 16:9 */
  { 3840, 2160 },   /* 4K */
};

static char *tmp_dir;
static StyreStore *store;

static gint64
find_meeting (const char *state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = styre_store_list_meetings (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(StyreMeeting) m = g_list_model_get_item (meetings, i);
      g_autoptr(StyreAgenda) a = styre_store_load_agenda (store, styre_meeting_get_id (m), NULL);

      if (a != NULL && g_str_equal (a->state, state) && styre_agenda_count_exempt (a) > 0)
        return a->id;
    }
  g_assert_not_reached ();
}

static StyreAgenda *
load (gint64 meeting)
{
  g_autoptr(GError) error = NULL;
  StyreAgenda *agenda = styre_store_load_agenda (store, meeting, &error);

  g_assert_no_error (error);
  return agenda;
}

/* Every linked view of @agenda prepared, as projector mode does on a worker thread. */
static void
prepare_charts (StyreAudience *audience,
                StyreAgenda   *agenda)
{
  gboolean held = g_str_equal (agenda->state, "held")
                  || g_str_equal (agenda->state, "minutes_approved");

  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);

      for (guint k = 0; k < item->views->len; k++)
        {
          StyreItemView *v = g_ptr_array_index (item->views, k);
          g_autoptr(GError) error = NULL;
          g_autoptr(StyreChart) chart =
            styre_chart_view_prepare_for_meeting (store, v->chart, v->filters, v->as_of,
                                                  held ? agenda->id : 0, &error);

          g_assert_no_error (error);
          styre_audience_set_chart (audience, item->id, k, chart, NULL);
        }
    }
}

static GDateTime *
meeting_time (StyreAgenda *agenda,
              int          minutes)
{
  g_autoptr(GDateTime) start = styre_agenda_parse_time (agenda->starts_at);

  return g_date_time_add_minutes (start, minutes);
}

static const char *
screen_name (StyreScreen screen)
{
  static const char *names[] = { "agenda", "item", "chart", "black", "white" };

  return names[screen];
}

/* Draws the screen at @size and checks the rules every screen keeps. */
static StyreAudienceFrame *
draw_checked (StyreAudience   *audience,
              StyreProjector  *projector,
              GDateTime       *now,
              const Size      *size,
              StyreChartTheme  theme,
              const char      *label)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size->width,
                                                         size->height);
  cairo_t *cr = cairo_create (surface);
  StyreAudienceStyle style = { .theme = theme };
  StyreAudienceFrame *frame = styre_audience_draw (audience, projector, now, cr, size->width,
                                                   size->height, &style);
  const char *png_dir = g_getenv ("STYRE_AUDIENCE_PNG_DIR");
  double h = size->height;

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  if (png_dir != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s-%dx%d-%d.png", label,
                                               screen_name (frame->screen), size->width,
                                               size->height, theme);
      g_autofree char *path = g_build_filename (png_dir, name, NULL);
      cairo_surface_write_to_png (surface, path);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  if (frame->texts->len > 0)
    {
      double body = styre_audience_frame_min_size (frame, STYRE_AUDIENCE_TEXT_BODY);
      double clock = styre_audience_frame_min_size (frame, STYRE_AUDIENCE_TEXT_CLOCK);

      if (body > 0)
        g_assert_cmpfloat (body, >=, STYRE_AUDIENCE_MIN_TEXT * h);
      if (clock > 0)
        g_assert_cmpfloat (clock, >=, STYRE_AUDIENCE_MIN_TEXT * h);
      if (styre_audience_frame_max_size (frame, STYRE_AUDIENCE_TEXT_TITLE) > 0)
        g_assert_cmpfloat (styre_audience_frame_min_size (frame, STYRE_AUDIENCE_TEXT_TITLE), >=,
                           STYRE_AUDIENCE_MIN_TITLE * h);
      g_assert_cmpfloat (styre_audience_frame_min_contrast (frame), >=,
                         STYRE_AUDIENCE_MIN_CONTRAST);
      for (guint i = 0; i < frame->texts->len; i++)
        {
          StyreAudienceText *t = g_ptr_array_index (frame->texts, i);
          if (t->clipped)
            g_error ("%s at %dx%d: “%s” is clipped (%.0f, %.0f, %.0f × %.0f)", label,
                     size->width, size->height, t->text, t->x, t->y, t->width, t->height);
        }
      g_assert_false (styre_audience_frame_is_clipped (frame));
    }
  if (frame->n_charts_drawn > 0)
    g_assert_cmpfloat (frame->chart_min_text_size, >=, STYRE_AUDIENCE_MIN_TEXT * h - 0.01);
  return frame;
}

static gboolean
frame_says (StyreAudienceFrame *frame,
            const char         *words)
{
  g_autofree char *text = styre_audience_frame_get_text (frame);

  return words != NULL && *words != '\0' && strstr (text, words) != NULL;
}

/* Words of an exempt item that must not reach the screen: long enough to be its own. */
static void
assert_nothing_of (StyreAudienceFrame    *frame,
                   const StyreAgendaItem *item)
{
  const char *fields[] = { item->title, item->summary, item->background, item->assessment,
                           item->presenter_name, item->presenter_text };
  g_auto(GStrv) points = styre_decision_points_split (item->proposed_decision);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] != NULL && strlen (fields[i]) > 8)
      g_assert_false (frame_says (frame, fields[i]));
  for (guint i = 0; points[i] != NULL; i++)
    g_assert_false (frame_says (frame, points[i]));
}

static void
test_every_screen_at_every_size (void)
{
  gint64 meeting = find_meeting ("notice_sent");
  g_autoptr(StyreAgenda) agenda = load (meeting);
  g_autoptr(StyreAudience) audience = styre_audience_new ();
  StyreChartTheme themes[] = { STYRE_CHART_THEME_LIGHT, STYRE_CHART_THEME_DARK,
                               STYRE_CHART_THEME_HIGH_CONTRAST,
                               STYRE_CHART_THEME_HIGH_CONTRAST_DARK };

  styre_audience_set_agenda (audience, agenda);
  prepare_charts (audience, agenda);

  for (guint s = 0; s < G_N_ELEMENTS (room_sizes); s++)
    for (guint th = 0; th < G_N_ELEMENTS (themes); th++)
      {
        g_autoptr(StyreProjector) projector = styre_projector_new_for_agenda (agenda);
        g_autoptr(StyreAudienceFrame) first = NULL;
        int minutes = 0;

        /* Only the light theme at every size; every theme at the smallest and largest. */
        if (th > 0 && s != 0 && s != G_N_ELEMENTS (room_sizes) - 1)
          continue;

        {
          g_autoptr(GDateTime) now = meeting_time (agenda, -5);
          first = draw_checked (audience, projector, now, &room_sizes[s], themes[th], "start");
          g_assert_cmpint (first->screen, ==, STYRE_SCREEN_AGENDA);
          g_assert_false (styre_audience_frame_is_abbreviated (first));
        }

        for (guint i = 0; i < agenda->items->len; i++)
          {
            StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
            g_autoptr(GDateTime) now = meeting_time (agenda, minutes + 1);
            g_autoptr(StyreAudienceFrame) frame = NULL;
            g_autofree char *label = g_strdup_printf ("item%02u", i + 1);

            styre_projector_next (projector, now);
            frame = draw_checked (audience, projector, now, &room_sizes[s], themes[th], label);
            g_assert_cmpint (frame->item_id, ==, item->id);
            /* The demo's items fit whole, even at 1024×768. */
            g_assert_false (styre_audience_frame_is_abbreviated (frame));

            for (guint k = 0; k < item->views->len && styre_projector_is_visible (projector, (int) i); k++)
              {
                g_autoptr(StyreAudienceFrame) chart = NULL;
                g_autofree char *chart_label = g_strdup_printf ("item%02u-chart%u", i + 1, k + 1);

                g_assert_true (styre_projector_show_chart (projector, k + 1));
                chart = draw_checked (audience, projector, now, &room_sizes[s], themes[th],
                                      chart_label);
                g_assert_cmpint (chart->screen, ==, STYRE_SCREEN_CHART);
                g_assert_cmpuint (chart->n_charts_drawn, ==, 1);
                styre_projector_set_chart_continues (projector, chart->chart_next_row);
              }
            if (item->views->len > 0)
              styre_projector_go_to (projector, (int) i, now);
            minutes += MAX (1, item->planned_minutes);
          }
      }
}

static void
test_aspect_ratio_relays_out (void)
{
  gint64 meeting = find_meeting ("notice_sent");
  g_autoptr(StyreAgenda) agenda = load (meeting);
  g_autoptr(StyreAudience) audience = styre_audience_new ();
  g_autoptr(StyreProjector) projector = styre_projector_new_for_agenda (agenda);
  g_autoptr(GDateTime) now = meeting_time (agenda, 60);
  g_autoptr(StyreAudienceFrame) narrow = NULL;
  g_autoptr(StyreAudienceFrame) wide = NULL;
  g_autoptr(StyreAudienceFrame) four_k = NULL;
  int with_chart = -1;

  styre_audience_set_agenda (audience, agenda);
  prepare_charts (audience, agenda);
  /* A decision item with a chart. */
  for (guint i = 0; i < agenda->items->len && with_chart < 0; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      if (item->views->len > 0 && g_str_equal (item->item_type, "decision"))
        with_chart = (int) i;
    }
  g_assert_cmpint (with_chart, >=, 0);
  styre_projector_go_to (projector, with_chart, now);

  /* 4:3: the chart under the text, across the width. */
  narrow = draw_checked (audience, projector, now, &room_sizes[0], STYRE_CHART_THEME_LIGHT,
                         "aspect");
  g_assert_cmpuint (narrow->n_charts_drawn, ==, 1);
  g_assert_cmpfloat (narrow->chart_width, >, 0.85 * 1024);
  g_assert_cmpfloat (narrow->chart_y, >, 0.3 * 768);

  /* 16:9: beside the text, as high as the screen allows. */
  wide = draw_checked (audience, projector, now, &room_sizes[2], STYRE_CHART_THEME_LIGHT,
                       "aspect");
  g_assert_cmpuint (wide->n_charts_drawn, ==, 1);
  g_assert_cmpfloat (wide->chart_x, >, 0.4 * 1920);
  g_assert_cmpfloat (wide->chart_height, >, 0.7 * 1080);

  /* 4K: the same layout drawn at twice the size (crisp, not a scaled picture). */
  four_k = draw_checked (audience, projector, now, &room_sizes[3], STYRE_CHART_THEME_LIGHT,
                         "aspect");
  g_assert_cmpfloat_with_epsilon (styre_audience_frame_max_size (four_k, STYRE_AUDIENCE_TEXT_TITLE),
                                  2 * styre_audience_frame_max_size (wide, STYRE_AUDIENCE_TEXT_TITLE),
                                  1.01);
  g_assert_cmpfloat_with_epsilon (four_k->chart_x, 2 * wide->chart_x, 2.01);
}

static void
test_exempt_items_hidden_until_unlocked (void)
{
  gint64 meeting = find_meeting ("notice_sent");
  g_autoptr(StyreAgenda) agenda = load (meeting);
  g_autoptr(StyreAudience) audience = styre_audience_new ();
  g_autoptr(StyreProjector) projector = styre_projector_new_for_agenda (agenda);
  g_autoptr(GDateTime) now = meeting_time (agenda, 90);
  g_autoptr(StyreAudienceFrame) agenda_frame = NULL;
  guint n_exempt = 0;

  styre_audience_set_agenda (audience, agenda);
  prepare_charts (audience, agenda);

  /* The agenda on the screen names no exempt item. */
  agenda_frame = draw_checked (audience, projector, now, &room_sizes[2], STYRE_CHART_THEME_LIGHT,
                               "exempt-agenda");
  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);

      if (g_str_equal (item->confidentiality, "exempt"))
        assert_nothing_of (agenda_frame, item);
      else
        g_assert_true (frame_says (agenda_frame, item->title));
    }

  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      g_autoptr(StyreAudienceFrame) locked = NULL;
      g_autoptr(StyreAudienceFrame) black = NULL;
      g_autoptr(StyreAudienceFrame) unlocked = NULL;
      g_autoptr(StyreAudienceFrame) agenda_after = NULL;

      if (!g_str_equal (item->confidentiality, "exempt"))
        continue;
      n_exempt++;
      styre_projector_go_to (projector, (int) i, now);

      /* Locked: the case number, "Exempt from public access" and the legal basis. */
      locked = draw_checked (audience, projector, now, &room_sizes[0], STYRE_CHART_THEME_LIGHT,
                             "exempt-locked");
      assert_nothing_of (locked, item);
      g_assert_true (frame_says (locked, "Exempt from public access"));
      g_assert_true (frame_says (locked, item->legal_basis));
      if (item->case_number != NULL)
        g_assert_true (frame_says (locked, item->case_number));
      /* Not even its time left, as in the public notice. */
      g_assert_false (frame_says (locked, "left"));

      /* Its charts stay hidden, and black is black. */
      g_assert_false (styre_projector_show_chart (projector, 1));
      styre_projector_toggle_black (projector);
      black = draw_checked (audience, projector, now, &room_sizes[0], STYRE_CHART_THEME_LIGHT,
                            "exempt-black");
      g_assert_cmpuint (black->texts->len, ==, 0);
      styre_projector_toggle_black (projector);

      /* Unlocked by the chair: the item, and its name on the agenda. */
      g_assert_true (styre_projector_unlock (projector, item->id));
      unlocked = draw_checked (audience, projector, now, &room_sizes[0], STYRE_CHART_THEME_LIGHT,
                               "exempt-unlocked");
      g_assert_true (frame_says (unlocked, item->title));
      g_assert_false (frame_says (unlocked, "Exempt from public access"));
      styre_projector_toggle_agenda (projector);
      agenda_after = draw_checked (audience, projector, now, &room_sizes[0],
                                   STYRE_CHART_THEME_LIGHT, "exempt-agenda-after");
      g_assert_true (frame_says (agenda_after, item->title));
      styre_projector_toggle_agenda (projector);
    }
  g_assert_cmpuint (n_exempt, >=, 1);
}

static void
test_the_item_that_became_exempt (void)
{
  gint64 meeting = find_meeting ("notice_sent");
  g_autoptr(StyreAgenda) agenda = load (meeting);
  g_autoptr(StyreAudience) audience = styre_audience_new ();
  g_autoptr(StyreProjector) projector = styre_projector_new_for_agenda (agenda);
  g_autoptr(GDateTime) now = meeting_time (agenda, 30);
  g_autoptr(StyreAudienceFrame) frame = NULL;
  StyreAgendaItem *item = NULL;
  int index = -1;

  styre_audience_set_agenda (audience, agenda);
  for (guint i = 0; i < agenda->items->len && index < 0; i++)
    {
      item = g_ptr_array_index (agenda->items, i);
      if (!g_str_equal (item->confidentiality, "exempt") && item->case_number != NULL)
        index = (int) i;
    }
  styre_projector_go_to (projector, index, now);

  /* The file says exempt, the projector has not heard yet: still nothing shown. */
  g_free (item->confidentiality);
  item->confidentiality = g_strdup ("exempt");
  g_free (item->legal_basis);
  item->legal_basis = g_strdup ("offl. § 14");
  styre_audience_set_agenda (audience, agenda);
  frame = draw_checked (audience, projector, now, &room_sizes[1], STYRE_CHART_THEME_LIGHT,
                        "became-exempt");
  assert_nothing_of (frame, item);
  g_assert_true (frame_says (frame, "offl. § 14"));
}

static void
test_the_corner_clock (void)
{
  gint64 meeting = find_meeting ("notice_sent");
  g_autoptr(StyreAgenda) agenda = load (meeting);
  g_autoptr(StyreAudience) audience = styre_audience_new ();
  g_autoptr(StyreProjector) projector = styre_projector_new_for_agenda (agenda);
  StyreAgendaItem *first = g_ptr_array_index (agenda->items, 0);
  int planned = first->planned_minutes;
  g_autoptr(GDateTime) start = meeting_time (agenda, 0);
  g_autoptr(GDateTime) normal = g_date_time_add_seconds (start, 30);
  g_autoptr(GDateTime) amber = g_date_time_add_seconds (start, planned * 60 - 105);
  g_autoptr(GDateTime) over = g_date_time_add_seconds (start, planned * 60 + 190);
  g_autoptr(StyreAudienceFrame) f1 = NULL;
  g_autoptr(StyreAudienceFrame) f2 = NULL;
  g_autoptr(StyreAudienceFrame) f3 = NULL;
  g_autoptr(StyreAudienceFrame) corner = NULL;
  g_autofree char *left = styre_audience_format_remaining ((planned * 60) - 30, STYRE_CLOCK_NORMAL);
  g_autofree char *time_now = NULL;

  g_assert_cmpint (planned, >, 2);
  styre_audience_set_agenda (audience, agenda);
  styre_projector_next (projector, start);

  f1 = draw_checked (audience, projector, normal, &room_sizes[2], STYRE_CHART_THEME_LIGHT, "clock");
  g_assert_true (frame_says (f1, left));
  f2 = draw_checked (audience, projector, amber, &room_sizes[2], STYRE_CHART_THEME_LIGHT, "clock");
  g_assert_true (frame_says (f2, "1:45 left"));
  f3 = draw_checked (audience, projector, over, &room_sizes[2], STYRE_CHART_THEME_DARK, "clock");
  g_assert_true (frame_says (f3, "3 min over"));

  /* Drawn alone each second, in the same corner as with the rest of the screen. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
    cairo_t *cr = cairo_create (surface);
    StyreAudienceStyle style = { .theme = STYRE_CHART_THEME_LIGHT };

    corner = styre_audience_draw_clock (audience, projector, amber, cr, 1920, 1080, &style);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  g_assert_cmpfloat (corner->clock_x, ==, f2->clock_x);
  g_assert_cmpfloat (corner->clock_width, ==, f2->clock_width);
  g_assert_true (frame_says (corner, "1:45 left"));
  time_now = g_date_time_format (amber, "%H");
  g_assert_true (frame_says (corner, time_now));
  for (guint i = 0; i < corner->texts->len; i++)
    {
      StyreAudienceText *t = g_ptr_array_index (corner->texts, i);
      g_assert_cmpfloat (t->x, >=, corner->clock_x - 0.5);
      g_assert_cmpfloat (t->x + t->width, <=, corner->clock_x + corner->clock_width + 0.5);
      g_assert_cmpfloat (t->contrast, >=, STYRE_AUDIENCE_MIN_CONTRAST);
    }
}

static void
test_held_meeting_charts_from_its_snapshot (void)
{
  gint64 meeting = find_meeting ("held");
  g_autoptr(StyreAgenda) agenda = load (meeting);
  g_autofree char *date = g_strndup (agenda->starts_at, 10);
  guint n = 0;

  g_assert_true (agenda->has_snapshot);
  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);

      for (guint k = 0; k < item->views->len; k++)
        {
          StyreItemView *v = g_ptr_array_index (item->views, k);
          g_autoptr(GError) error = NULL;
          g_autoptr(StyreChart) chart =
            styre_chart_view_prepare_for_meeting (store, v->chart, v->filters, NULL,
                                                  agenda->id, &error);
          g_autoptr(StyreChart) today = styre_chart_view_prepare (store, v->chart, v->filters,
                                                                  NULL, &error);
          const StyreChartData *data = styre_chart_get_data (chart);

          g_assert_no_error (error);
          g_assert_cmpstr (data->as_of, ==, date);
          g_assert_cmpint (data->meeting_id, ==, agenda->id);
          g_assert_true (data->from_snapshot);
          /* The control: without the meeting, the portfolio as it is today. */
          g_assert_cmpstr (styre_chart_get_data (today)->as_of, !=, date);
          n++;
        }
    }
  g_assert_cmpuint (n, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  StyreDemoOptions options;
  int ret;

  g_test_init (&argc, &argv, NULL);
  /* Words as the tests look for them: the English source strings. */
  g_setenv ("LANGUAGE", "C", TRUE);

  tmp_dir = g_dir_make_tmp ("styre-audience-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (tmp_dir, "demo.styre", NULL);
  styre_demo_options_init (&options);
  options.today = "2026-11-27";
  store = styre_demo_create (path, &options, &error);
  g_assert_no_error (error);

  g_test_add_func ("/audience/every-screen-at-every-size", test_every_screen_at_every_size);
  g_test_add_func ("/audience/aspect-ratio-relays-out", test_aspect_ratio_relays_out);
  g_test_add_func ("/audience/exempt-items-hidden-until-unlocked",
                   test_exempt_items_hidden_until_unlocked);
  g_test_add_func ("/audience/the-item-that-became-exempt", test_the_item_that_became_exempt);
  g_test_add_func ("/audience/the-corner-clock", test_the_corner_clock);
  g_test_add_func ("/audience/held-meeting-charts-from-its-snapshot",
                   test_held_meeting_charts_from_its_snapshot);

  ret = g_test_run ();

  g_clear_object (&store);
  test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
