/* test-charts.c — every chart drawn, at the sizes a meeting room has
 *
 * On the demo portfolio: each chart draws without error at 1024×768, 1920×1080 and
 * 3840×2160, light and dark, with content where its marks are and no text smaller than
 * the projector rule allows; clicking a mark finds the right initiative; the words and
 * the table say what the chart shows; SVG and PDF files are what they claim to be.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "styre-chart-view.h"
#include "styre-dashboard-layout.h"
#include "styre-demo.h"
#include "styre-error.h"

#include "test-util.h"

#define TODAY "2026-11-27"

static char *tmp_dir;
static StyreStore *demo;

static const struct
{
  int width, height;
  double min_text;
} sizes[] = {
  { 1024, 768, 12 },
  { 1920, 1080, 18 },
  { 3840, 2160, 36 },
};

static StyreChart *
prepare (StyreChartKind  kind,
         const char     *filters)
{
  g_auto(StyreChartQuery) query = { 0 };
  g_autoptr(GError) error = NULL;
  StyreChart *chart;

  styre_chart_query_init (&query);
  query.today = g_strdup (TODAY);
  g_assert_true (styre_chart_query_set_filters_json (&query, filters, &error));
  chart = styre_chart_prepare (demo, kind, &query, &error);
  g_assert_no_error (error);
  g_assert_nonnull (chart);
  return chart;
}

/* The share of pixels that are not the background. */
static double
ink (cairo_surface_t *surface,
     guint32          background)
{
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;
  gsize n = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < h; y += 2)
    for (int x = 0; x < w; x += 2)
      if ((*(const guint32 *) (data + y * stride + x * 4) & 0xffffff) != background)
        n++;
  return n / ((w / 2.0) * (h / 2.0));
}

static guint32
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  return *(const guint32 *) (data + (int) y * stride + (int) x * 4) & 0xffffff;
}

static void
test_every_chart_every_size (void)
{
  for (guint k = 0; k < STYRE_N_CHARTS; k++)
    {
      g_autoptr(StyreChart) chart = prepare ((StyreChartKind) k, NULL);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        for (int dark = 0; dark < 2; dark++)
          {
            cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                                   sizes[s].width,
                                                                   sizes[s].height);
            cairo_t *cr = cairo_create (surface);
            g_autoptr(StyreChartLayout) layout = NULL;
            StyreChartStyle style;
            double covered;

            styre_chart_style_init (&style);
            style.theme = dark ? STYRE_CHART_THEME_DARK : STYRE_CHART_THEME_LIGHT;
            layout = styre_chart_draw (chart, cr, sizes[s].width, sizes[s].height, &style, 0);
            g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
            covered = ink (surface, dark ? 0x242424 : 0xffffff);
            if (covered < 0.01 || layout->marks->len == 0
                || layout->min_text_size < sizes[s].min_text - 1e-6)
              g_error ("%s at %dx%d%s: %.3f inked, %u marks, smallest text %.1f",
                       styre_chart_kind_to_id (k), sizes[s].width, sizes[s].height,
                       dark ? " dark" : "", covered, layout->marks->len, layout->min_text_size);
            /* No text covers another: labels, legends and "more not shown" notes each have
             * their own room (a box may touch the next by a pixel of antialiasing). */
            for (guint a = 0; a < layout->texts->len; a++)
              for (guint b = a + 1; b < layout->texts->len; b++)
                {
                  const StyreChartTextBox *ta = &g_array_index (layout->texts, StyreChartTextBox, a);
                  const StyreChartTextBox *tb = &g_array_index (layout->texts, StyreChartTextBox, b);
                  double ox = MIN (ta->x + ta->width, tb->x + tb->width) - MAX (ta->x, tb->x);
                  double oy = MIN (ta->y + ta->height, tb->y + tb->height) - MAX (ta->y, tb->y);

                  if (ox > 1.5 && oy > 1.5)
                    g_error ("%s at %dx%d%s: “%s” and “%s” overlap by %.0f×%.0f",
                             styre_chart_kind_to_id (k), sizes[s].width, sizes[s].height,
                             dark ? " dark" : "", ta->text, tb->text, ox, oy);
                }
            /* Every mark is on the drawing. */
            for (guint m = 0; m < layout->marks->len; m++)
              {
                const StyreChartMark *mark = &g_array_index (layout->marks, StyreChartMark, m);

                if (mark->x < -1 || mark->y < -1 || mark->x + mark->width > sizes[s].width + 1
                    || mark->y + mark->height > sizes[s].height + 1)
                  g_error ("%s at %dx%d: mark “%s” at %.0f,%.0f %.0fx%.0f is off the drawing",
                           styre_chart_kind_to_id (k), sizes[s].width, sizes[s].height,
                           mark->label, mark->x, mark->y, mark->width, mark->height);
                g_assert_nonnull (mark->label);
                g_assert_nonnull (mark->tooltip);
              }
            cairo_destroy (cr);
            cairo_surface_destroy (surface);
          }
    }
}

static const StyreChartMark *
find_mark (const StyreChartLayout *layout,
           const char             *label_part)
{
  for (guint m = 0; m < layout->marks->len; m++)
    {
      const StyreChartMark *mark = &g_array_index (layout->marks, StyreChartMark, m);

      if (strstr (mark->label, label_part) != NULL)
        return mark;
    }
  return NULL;
}

static void
test_heatmap_marks_and_words (void)
{
  g_autoptr(StyreChart) chart = prepare (STYRE_CHART_RAG_HEATMAP, NULL);
  const StyreChartData *d = styre_chart_get_data (chart);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(StyreChartLayout) layout = styre_chart_draw (chart, cr, 1920, 1080, NULL, 0);
  g_autofree char *words = styre_chart_describe (chart);
  g_autoptr(StyreChartTable) table = styre_chart_get_table (chart);
  const StyreChartInitiative *worst = NULL;
  const StyreChartMark *cell, *hit;
  guint open = 0, red = 0;

  for (guint i = 0; i < d->initiatives->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);

      if (!styre_chart_initiative_is_open (in))
        continue;
      open++;
      if (in->overall == STYRE_RAG_RED)
        {
          red++;
          /* The words name every red initiative. */
          g_assert_nonnull (strstr (words, in->code));
          if (worst == NULL)
            worst = in;
        }
    }
  g_assert_cmpuint (red, >=, 1);
  g_assert_cmpuint (table->rows->len, ==, open);
  g_assert_cmpuint (layout->n_rows_total, ==, open);

  /* Worst first: the first row's overall cell is red, in the red of the palette. */
  cell = find_mark (layout, ": Red");
  g_assert_nonnull (cell);
  g_assert_cmphex (pixel (surface, cell->x + cell->width * 0.15, cell->y + cell->height / 2),
                   ==, 0xD55E00);

  /* Clicking the name finds the initiative. */
  hit = styre_chart_layout_hit (layout, cell->x + 2, cell->y + 2);
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->initiative_id, >, 0);
  {
    int first = styre_chart_layout_find (layout, hit->initiative_id);
    const StyreChartMark *name = &g_array_index (layout->marks, StyreChartMark, first);

    hit = styre_chart_layout_hit (layout, name->x + name->width / 2, name->y + name->height / 2);
    g_assert_cmpint (hit->initiative_id, ==, name->initiative_id);
  }
  g_assert_null (styre_chart_layout_hit (layout, 1919, 1079));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_hit_testing (void)
{
  g_autoptr(StyreChart) bubbles = prepare (STYRE_CHART_VALUE_RISK, NULL);
  g_autoptr(StyreChart) road = prepare (STYRE_CHART_ROADMAP, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(StyreChartLayout) a = styre_chart_draw (bubbles, cr, 1920, 1080, NULL, 0);
  g_autoptr(StyreChartLayout) b = styre_chart_draw (road, cr, 1920, 1080, NULL, 0);
  guint circles = 0;

  /* The centre of each bubble is that bubble, unless a smaller one lies on top. */
  for (guint m = 0; m < a->marks->len; m++)
    {
      const StyreChartMark *mark = &g_array_index (a->marks, StyreChartMark, m);
      const StyreChartMark *hit;

      if (mark->shape != STYRE_CHART_MARK_CIRCLE)
        continue;
      circles++;
      hit = styre_chart_layout_hit (a, mark->x + mark->width / 2, mark->y + mark->height / 2);
      g_assert_nonnull (hit);
      g_assert_true (hit == mark || hit->width <= mark->width);
      /* Outside the circle's round edge, inside its box, is not the circle. */
      hit = styre_chart_layout_hit (a, mark->x + 0.5, mark->y + 0.5);
      g_assert_true (hit != mark);
    }
  g_assert_cmpuint (circles, >=, 30);

  /* A milestone on a phase bar wins over the bar. */
  for (guint m = 0; m < b->marks->len; m++)
    {
      const StyreChartMark *mark = &g_array_index (b->marks, StyreChartMark, m);

      if (mark->shape == STYRE_CHART_MARK_CIRCLE)
        {
          const StyreChartMark *hit = styre_chart_layout_hit (b, mark->x + mark->width / 2,
                                                              mark->y + mark->height / 2);
          g_assert_true (hit == mark);
          g_assert_cmpint (hit->initiative_id, >, 0);
          break;
        }
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_rows_go_on (void)
{
  g_autoptr(StyreChart) chart = prepare (STYRE_CHART_ROADMAP, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1024, 768);
  cairo_t *cr = cairo_create (surface);
  guint first = 0, pages = 0, total = 0;

  /* Page after page until every row was drawn once. */
  while (pages < 20)
    {
      g_autoptr(StyreChartLayout) layout = styre_chart_draw (chart, cr, 1024, 768, NULL, first);

      g_assert_cmpuint (layout->n_rows, >, 0);
      total = layout->n_rows_total;
      first += layout->n_rows;
      pages++;
      if (!styre_chart_layout_has_more (layout))
        break;
    }
  g_assert_cmpuint (first, ==, total);
  g_assert_cmpuint (pages, >=, 2);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static gboolean
parse_xml (const char  *path,
           GError     **error)
{
  static const GMarkupParser parser = { 0 };
  g_autofree char *text = NULL;
  gsize length;
  g_autoptr(GMarkupParseContext) context = NULL;

  if (!g_file_get_contents (path, &text, &length, error))
    return FALSE;
  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  return g_markup_parse_context_parse (context, text, length, error)
         && g_markup_parse_context_end_parse (context, error);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *text = NULL;
  gsize length;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  /* The file has binary streams: search bytes, not a string. */
  for (gsize i = 0; i + 12 < length; i++)
    if (memcmp (text + i, "/Type /Page", 11) == 0 && text[i + 11] != 's')
      n++;
  return n;
}

static void
test_files (void)
{
  g_autoptr(StyreChart) chart = prepare (STYRE_CHART_ROADMAP, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *svg = g_build_filename (tmp_dir, "veikart.svg", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "veikart.pdf", NULL);
  g_autofree char *png = g_build_filename (tmp_dir, "veikart.png", NULL);
  g_autofree char *nowhere = g_build_filename (tmp_dir, "finnes-ikke", "veikart.png", NULL);
  g_autofree char *dashboard = g_build_filename (tmp_dir, "dashbord.pdf", NULL);
  g_autoptr(GPtrArray) cards = styre_dashboard_default_cards ();
  g_auto(StyreChartQuery) query = { 0 };
  guint32 signature;

  g_assert_true (styre_chart_export (chart, svg, 1920, 1080, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (parse_xml (svg, &error));
  g_assert_no_error (error);

  /* A4 landscape: the roadmap goes on over pages. */
  g_assert_true (styre_chart_export (chart, pdf, 842, 595, NULL, &error));
  g_assert_cmpuint (pdf_pages (pdf), >=, 2);

  g_assert_true (styre_chart_export (chart, png, 1024, 768, NULL, &error));
  {
    g_autofree char *bytes = NULL;
    gsize length;
    g_assert_true (g_file_get_contents (png, &bytes, &length, NULL));
    memcpy (&signature, bytes, 4);
    g_assert_cmphex (GUINT32_FROM_BE (signature), ==, 0x89504e47);
  }

  /* Where nothing can be written: an error for a person, and no stray file. */
  g_assert_false (styre_chart_export (chart, nowhere, 1024, 768, NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (styre_chart_export (chart, png, 50, 50, NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (styre_chart_export (chart, "/tmp/veikart.gif", 800, 600, NULL, &error));
  g_clear_error (&error);

  /* The dashboard: a first page, then a page or more per card. */
  styre_chart_query_init (&query);
  query.today = g_strdup (TODAY);
  g_assert_true (styre_dashboard_export_pdf (demo, "Ledermøte", cards, &query, dashboard, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (dashboard), >=, cards->len + 1);
}

static void
test_view_render (void)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
  cairo_t *cr = cairo_create (surface);
  const char * const *ids = styre_chart_list_ids ();

  g_assert_cmpuint (g_strv_length ((char **) ids), ==, STYRE_N_CHARTS);
  g_assert_cmpstr (ids[0], ==, "kpi");
  g_assert_cmpstr (styre_chart_get_title ("rag-heatmap"), ==, "Status by Steering Parameter");
  g_assert_null (styre_chart_get_title ("pie"));

  /* As the demo's agenda items link them. */
  g_assert_true (styre_chart_view_render (demo, "money",
                                          "{\"focus_area\":\"Sammenhengende tjenester\"}",
                                          "2026-06-01", cr, 1280, 720, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (ink (surface, 0xffffff), >, 0.02);

  g_assert_false (styre_chart_view_render (demo, "pie", NULL, NULL, cr, 1280, 720, NULL,
                                           &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (styre_chart_view_render (demo, "kpi", "{\"agency\": \"XYZ\"}", NULL, cr, 1280,
                                           720, NULL, &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (styre_chart_view_render (demo, "kpi", NULL, "31.02.2026", cr, 1280, 720, NULL,
                                           &error));
  g_assert_error (error, STYRE_ERROR, STYRE_ERROR_INVALID);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The as-of date changes what a chart shows: the trend of a year ago ends a year ago. */
static void
test_as_of_changes_drawing (void)
{
  g_auto(StyreChartQuery) query = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(StyreChart) now = prepare (STYRE_CHART_KPI, NULL);
  g_autoptr(StyreChart) then = NULL;
  g_autofree char *now_words = styre_chart_describe (now);
  g_autofree char *then_words = NULL;

  styre_chart_query_init (&query);
  query.today = g_strdup (TODAY);
  query.as_of = g_strdup ("2025-11-27");
  then = styre_chart_prepare (demo, STYRE_CHART_KPI, &query, &error);
  g_assert_no_error (error);
  then_words = styre_chart_describe (then);
  g_assert_cmpstr (now_words, !=, then_words);
  g_assert_nonnull (strstr (then_words, "Budget 2025"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  StyreDemoOptions options;
  int ret;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("styre-charts-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (tmp_dir, "demo.styre", NULL);
  styre_demo_options_init (&options);
  options.today = TODAY;
  demo = styre_demo_create (path, &options, &error);
  g_assert_no_error (error);

  g_test_add_func ("/charts/every-chart-every-size", test_every_chart_every_size);
  g_test_add_func ("/charts/heatmap-marks-and-words", test_heatmap_marks_and_words);
  g_test_add_func ("/charts/hit-testing", test_hit_testing);
  g_test_add_func ("/charts/rows-go-on", test_rows_go_on);
  g_test_add_func ("/charts/files", test_files);
  g_test_add_func ("/charts/view-render", test_view_render);
  g_test_add_func ("/charts/as-of-changes-drawing", test_as_of_changes_drawing);
  ret = g_test_run ();

  g_clear_object (&demo);
  test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return ret;
}
