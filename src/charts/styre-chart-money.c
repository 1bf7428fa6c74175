/* styre-chart-money.c — forecast against P50 and P85, and the budget by year
 *
 * Per initiative (and in total): the forecast as a bar, the management budget (P50) and
 * the cost frame (P85) as marks across it, and the descoping list as a hatched band at the
 * end of the forecast: how far it could come down. Those furthest over P50 first. Beside
 * or under it: the budget of the years around the as-of year, approved, revised, forecast
 * and actual.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "styre-chart-private.h"
#include "styre-format.h"

static gboolean
has_frame (const StyreChartInitiative *in)
{
  return in->p50 > 0 && in->p85 > 0 && styre_chart_initiative_is_open (in);
}

static gint64
forecast_of (const StyreChartInitiative *in)
{
  return in->forecast_cost >= 0 ? in->forecast_cost : in->p50;
}

static gint
compare_overrun (gconstpointer a,
                 gconstpointer b)
{
  const StyreChartInitiative *x = *(StyreChartInitiative * const *) a;
  const StyreChartInitiative *y = *(StyreChartInitiative * const *) b;
  double rx = (double) forecast_of (x) / x->p50, ry = (double) forecast_of (y) / y->p50;

  if (fabs (rx - ry) > 1e-9)
    return rx > ry ? -1 : 1;
  return g_strcmp0 (x->code, y->code);
}

static GPtrArray *
framed (const StyreChartData *d)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < d->initiatives->len; i++)
    {
      StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);

      if (has_frame (in))
        g_ptr_array_add (rows, in);
    }
  g_ptr_array_sort (rows, compare_overrun);
  return rows;
}

static StyreRag
rag_of (gint64 forecast,
        gint64 p50,
        gint64 p85)
{
  if (forecast > p85)
    return STYRE_RAG_RED;
  if (forecast > p50)
    return STYRE_RAG_YELLOW;
  return STYRE_RAG_GREEN;
}

static char *
frame_tooltip (const char *name,
               gint64      forecast,
               gint64      p50,
               gint64      p85,
               gint64      descoping)
{
  g_autofree char *f = styre_format_nok (forecast);
  g_autofree char *a = styre_format_nok (p50);
  g_autofree char *b = styre_format_nok (p85);
  g_autofree char *c = styre_format_nok (descoping);
  g_autofree char *over = NULL;

  if (forecast > p50)
    {
      g_autofree char *diff = styre_format_nok (forecast - p50);
      g_autofree char *percent = styre_format_percent (100.0 * (forecast - p50) / p50, 1);
      /* Translators: e.g. "\n2 400 000 kr (5,0 %) over P50" */
      over = g_strdup_printf (_("\n%s (%s) over P50"), diff, percent);
    }
  /* Translators: a money tooltip: "Forecast", "Management budget (P50)", "Cost frame (P85)",
   * "Descoping list" (kuttliste) */
  return g_strdup_printf (_("%s\nForecast: %s\nManagement budget (P50): %s\nCost frame (P85): "
                            "%s\nDescoping list: %s%s"),
                          name, f, a, b, c, over ? over : "");
}

/* The scale of the rows: the forecast and frames as shares of P50, from @lo to @hi. */
typedef struct
{
  double lo;
  double hi;
} Scale;

static double
scale_x (const Scale *s,
         double       bx,
         double       bw,
         double       ratio)
{
  return bx + bw * (CLAMP (ratio, s->lo, s->hi) - s->lo) / (s->hi - s->lo);
}

/* One row: [label][bar with P50 and P85 marks][amount][status]. Every row is drawn against
 * its own P50, so how far over or under reads the same for small and large initiatives. */
static void
frame_row (StyreCanvas *cv,
           const char  *code,
           const char  *title,
           gint64       id,
           gint64       forecast,
           gint64       p50,
           gint64       p85,
           gint64       descoping,
           double       x,
           double       y,
           double       w,
           double       h,
           double       label_w,
           double       amount_w,
           const Scale *scale,
           gboolean     total)
{
  double f = cv->font;
  double bx = x + label_w + f * 0.5;
  double bw = w - label_w - amount_w - f * 2.4;
  double bar_h = h * 0.56, by = y + (h - bar_h) / 2;
  double fx = scale_x (scale, bx, bw, (double) forecast / p50);
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_BODY);
  StyreRag rag = rag_of (forecast, p50, p85);
  g_autofree char *name = title ? styre_initiative_label (code, title) : g_strdup (code);
  g_autofree char *amount = styre_format_nok_short (forecast);
  double code_w = styre_canvas_text_width (cv, code, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD);

  if (title != NULL && code_w < label_w * 0.6)
    {
      styre_canvas_text (cv, code, x, y + (h - lh) / 2, 0, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD,
                         STYRE_TEXT_START, &cv->pal.foreground);
      styre_canvas_text (cv, title, x + code_w + f * 0.4, y + (h - lh) / 2,
                         label_w - code_w - f * 0.4, STYRE_TEXT_BODY, PANGO_WEIGHT_NORMAL,
                         STYRE_TEXT_START, &cv->pal.foreground);
    }
  else
    styre_canvas_text (cv, code, x, y + (h - lh) / 2, label_w, STYRE_TEXT_BODY,
                       PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground);

  /* The forecast. */
  cairo_rectangle (cv->cr, bx, by, fx - bx, bar_h);
  styre_canvas_set_source (cv, total ? &cv->pal.series[1] : &cv->pal.series[2]);
  cairo_fill (cv->cr);
  /* The descoping list: what could come off the end of it. */
  if (descoping > 0)
    {
      double dx = scale_x (scale, bx, bw, (double) MAX (0, forecast - descoping) / p50);

      styre_canvas_hatch (cv, dx, by, fx - dx, bar_h, &cv->pal.background, MAX (4, f * 0.4));
    }
  /* P50 and P85 across the bar. */
  {
    double x50 = scale_x (scale, bx, bw, 1.0), x85 = scale_x (scale, bx, bw, (double) p85 / p50);

    styre_canvas_set_source (cv, &cv->pal.foreground);
    cairo_set_line_width (cv->cr, MAX (2, f * 0.14));
    cairo_move_to (cv->cr, x50, y + h * 0.1);
    cairo_line_to (cv->cr, x50, y + h * 0.9);
    cairo_stroke (cv->cr);
    {
      double dash[] = { f * 0.25, f * 0.15 };
      cairo_set_dash (cv->cr, dash, 2, 0);
      cairo_move_to (cv->cr, x85, y + h * 0.02);
      cairo_line_to (cv->cr, x85, y + h * 0.98);
      cairo_stroke (cv->cr);
      cairo_set_dash (cv->cr, NULL, 0, 0);
    }
  }
  styre_canvas_text (cv, amount, bx + bw + f * 0.3, y + (h - styre_canvas_line_height (cv, STYRE_TEXT_SMALL)) / 2,
                     amount_w, STYRE_TEXT_SMALL, total ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                     STYRE_TEXT_END, &cv->pal.foreground);
  styre_canvas_rag_symbol (cv, rag, x + w - f * 0.6, y + h / 2, f * 0.9);
  styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x, y, w, h, id, g_strdup (name),
                         frame_tooltip (name, forecast, p50, p85, descoping));
}

static void
draw_frames (StyreCanvas          *cv,
             const StyreChartData *d,
             guint                 first_row,
             double                x,
             double                y,
             double                w,
             double                h)
{
  g_autoptr(GPtrArray) rows = framed (d);
  double f = cv->font;
  double row_h = round (f * 1.9);
  double label_w = MIN (w * 0.42, f * 20);
  double amount_w = styre_canvas_text_width (cv, "888,8 m kr", STYRE_TEXT_SMALL,
                                             PANGO_WEIGHT_BOLD);
  double bottom = y + h;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  gint64 tf = 0, t50 = 0, t85 = 0, tdesc = 0;
  Scale scale = { 0.5, 1.3 };
  guint r;

  cv->out->n_rows_total = rows->len;
  if (rows->len == 0)
    {
      styre_canvas_text (cv, _("No initiative has a cost frame yet"), x, y, w, STYRE_TEXT_BODY,
                         PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (rows, i);

      tf += forecast_of (in);
      t50 += in->p50;
      t85 += in->p85;
      tdesc += in->descoping;
      scale.hi = MAX (scale.hi, MAX ((double) forecast_of (in), (double) in->p85) / in->p50);
      scale.lo = MIN (scale.lo, (double) MAX (0, forecast_of (in) - in->descoping) / in->p50);
    }
  scale.hi = MIN (ceil (scale.hi * 10 + 0.5) / 10, 2.0);
  scale.lo = MAX (0, floor (scale.lo * 10) / 10);

  /* The scale, in per cent of P50. */
  {
    double bx = x + label_w + f * 0.5, bw = w - label_w - amount_w - f * 2.4;

    for (double v = ceil (scale.lo * 5) / 5; v <= scale.hi + 1e-9; v += 0.2)
      {
        g_autofree char *tick = styre_format_percent (v * 100, 0);
        double tx = scale_x (&scale, bx, bw, v);

        styre_canvas_text (cv, tick, tx, y, 0, STYRE_TEXT_SMALL,
                           fabs (v - 1.0) < 1e-6 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                           STYRE_TEXT_CENTER, &cv->pal.dim);
        styre_canvas_set_source (cv, &cv->pal.grid);
        cairo_set_line_width (cv->cr, cv->pal.line);
        cairo_move_to (cv->cr, round (tx) + 0.5, y + lh);
        cairo_line_to (cv->cr, round (tx) + 0.5, bottom);
        cairo_stroke (cv->cr);
      }
    styre_canvas_text (cv, _("of P50"), x, y, label_w, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                       STYRE_TEXT_END, &cv->pal.dim);
    y += lh + f * 0.2;
  }

  frame_row (cv, _("Total"), NULL, 0, tf, t50, t85, tdesc, x, y, w, row_h, label_w, amount_w,
             &scale, TRUE);
  y += row_h + f * 0.3;
  styre_canvas_set_source (cv, &cv->pal.grid);
  cairo_set_line_width (cv->cr, cv->pal.line);
  cairo_move_to (cv->cr, x, round (y) - f * 0.15 + 0.5);
  cairo_line_to (cv->cr, x + w, round (y) - f * 0.15 + 0.5);
  cairo_stroke (cv->cr);

  first_row = MIN (first_row, rows->len - 1);
  for (r = first_row; r < rows->len && y + row_h <= bottom; r++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (rows, r);

      if ((r - first_row) % 2 == 1)
        {
          styre_canvas_set_source (cv, &cv->pal.band);
          cairo_rectangle (cv->cr, x - f * 0.3, y, w + f * 0.6, row_h);
          cairo_fill (cv->cr);
        }
      frame_row (cv, in->code, in->title, in->id, forecast_of (in), in->p50, in->p85,
                 in->descoping, x, y, w, row_h, label_w, amount_w, &scale, FALSE);
      y += row_h;
    }
  cv->out->n_rows = r - first_row;
  if (r < rows->len)
    styre_canvas_more_note (cv, rows->len - r, x, bottom, w);
}

static void
draw_years (StyreCanvas          *cv,
            const StyreChartData *d,
            double                x,
            double                y,
            double                w,
            double                h)
{
  GArray *years = d->money.years;
  double f = cv->font;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double max = 0, top, step, label_w, x0, y0, y1, slot;
  const StyreRgba *colours[4] = { &cv->pal.series[0], &cv->pal.series[1], &cv->pal.series[2],
                                  &cv->pal.series[3] };

  styre_canvas_text (cv, _("Budget by year"), x, y, w, STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD,
                     STYRE_TEXT_START, &cv->pal.foreground);
  y += styre_canvas_line_height (cv, STYRE_TEXT_HEAD) + f * 0.3;
  h -= styre_canvas_line_height (cv, STYRE_TEXT_HEAD) + f * 0.3;
  if (years->len == 0)
    {
      styre_canvas_text (cv, _("No budget lines"), x, y, w, STYRE_TEXT_BODY, PANGO_WEIGHT_NORMAL,
                         STYRE_TEXT_START, &cv->pal.dim);
      return;
    }
  for (guint i = 0; i < years->len; i++)
    {
      const StyreBudgetYear *b = &g_array_index (years, StyreBudgetYear, i);

      max = MAX (max, MAX (MAX (b->approved, b->revised), MAX (b->forecast, b->actual)));
    }
  styre_axis_scale (max, CLAMP ((int) (h / (f * 3)), 2, 5), FALSE, &top, &step);
  label_w = styre_canvas_value_axis_width (cv, top, step, TRUE);
  x0 = x + label_w + f * 0.4;
  y1 = y + lh / 2;
  y0 = y + h - 2 * lh - f * 0.6;
  slot = (x + w - x0) / years->len;
  styre_canvas_value_axis (cv, x0, x + w - x0, y0, y1, top, step, TRUE, label_w);

  for (guint i = 0; i < years->len; i++)
    {
      const StyreBudgetYear *b = &g_array_index (years, StyreBudgetYear, i);
      gint64 values[4] = { b->approved, b->revised, b->forecast, b->actual };
      double group = slot * 0.8, bar = group / 4;
      double gx = x0 + i * slot + (slot - group) / 2;
      g_autofree char *year = g_strdup_printf ("%d", b->year);
      g_autofree char *a = styre_format_nok (b->approved);
      g_autofree char *r = b->revised >= 0 ? styre_format_nok (b->revised) : g_strdup ("–");
      g_autofree char *fc = b->forecast >= 0 ? styre_format_nok (b->forecast) : g_strdup ("–");
      g_autofree char *ac = b->actual >= 0 ? styre_format_nok (b->actual) : g_strdup ("–");

      for (int s = 0; s < 4; s++)
        {
          double bh;

          if (values[s] < 0)
            continue;
          bh = (y0 - y1) * values[s] / top;
          cairo_rectangle (cv->cr, gx + s * bar + 0.5, y0 - bh, bar - 1, bh);
          styre_canvas_set_source (cv, colours[s]);
          cairo_fill (cv->cr);
        }
      styre_canvas_text (cv, year, x0 + i * slot, y0 + f * 0.2, slot, STYRE_TEXT_SMALL,
                         b->year == d->year ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                         STYRE_TEXT_CENTER,
                         b->year == d->year ? &cv->pal.foreground : &cv->pal.dim);
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x0 + i * slot, y1, slot, y0 - y1, 0,
                             g_strdup_printf (_("Budget %s"), year),
                             g_strdup_printf (_("Budget %s\nApproved: %s\nRevised: %s\nForecast: "
                                                "%s\nActual: %s"), year, a, r, fc, ac));
    }

  {
    double lx = x0, ly = y0 + lh + f * 0.4;
    const char *names[4] = { _("Approved"), _("Revised"), _("Forecast"), _("Actual") };

    for (int s = 0; s < 4; s++)
      lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_BOX, colours[s], 0, names[s]);
  }
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  double f = cv->font, pad = cv->pad;
  double legend_h = styre_canvas_line_height (cv, STYRE_TEXT_SMALL) + f * 0.6;
  double x = pad, y = pad * 0.3, w = cv->width - 2 * pad, h = cv->height - pad * 0.3;

  if (w >= h * 1.7 && w >= f * 40)
    {
      double left = w * 0.58;

      draw_frames (cv, d, first_row, x, y, left, h - legend_h * 2);
      draw_years (cv, d, x + left + f * 1.5, y, w - left - f * 1.5, h);
    }
  else if (h >= f * 16)
    {
      double top = h * 0.56;

      draw_frames (cv, d, first_row, x, y, w, top - legend_h * 2);
      draw_years (cv, d, x, y + top, w, h - top);
    }
  else
    draw_frames (cv, d, first_row, x, y, w, h - legend_h * 2);

  /* The legend of the frames. */
  {
    double lx = x, ly = (w >= h * 1.7 && w >= f * 40) || h < f * 16
                        ? cv->height - legend_h * 1.2 : y + h * 0.56 - legend_h * 1.4;

    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_BOX, &cv->pal.series[2], 0,
                                    _("Forecast"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_TICK, &cv->pal.foreground, 0,
                                    _("P50"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_DASHED, &cv->pal.foreground, 0,
                                    _("P85"));
    styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_HATCHED, &cv->pal.series[2], 0,
                              _("Descoping list"));
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  g_autoptr(GPtrArray) rows = framed (d);
  StyreChartTable *t = styre_chart_table_new (7, _("Code"), _("Initiative"), _("Forecast"),
                                              _("P50"), _("P85"), _("Descoping list"),
                                              _("Over P50"));

  for (guint c = 2; c < 7; c++)
    styre_chart_table_set_numeric (t, c);
  for (guint i = 0; i < rows->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (rows, i);
      gint64 forecast = forecast_of (in);

      styre_chart_table_add (t, in->id, g_strdup (in->code), g_strdup (in->title),
                             styre_format_nok (forecast), styre_format_nok (in->p50),
                             styre_format_nok (in->p85), styre_format_nok (in->descoping),
                             forecast > in->p50
                             ? styre_format_percent (100.0 * (forecast - in->p50) / in->p50, 1)
                             : g_strdup ("–"));
    }
  /* The budget of the years, in the same columns, each figure said by name. */
  for (guint i = 0; i < d->money.years->len; i++)
    {
      const StyreBudgetYear *b = &g_array_index (d->money.years, StyreBudgetYear, i);
      g_autofree char *approved = styre_format_nok (b->approved);
      g_autofree char *revised = b->revised >= 0 ? styre_format_nok (b->revised) : NULL;
      g_autofree char *actual = b->actual >= 0 ? styre_format_nok (b->actual) : NULL;

      /* Translators: rows of the money table for the budget of a year */
      styre_chart_table_add (t, 0, g_strdup_printf ("%d", b->year),
                             g_strdup (_("Budget of the year")),
                             b->forecast >= 0 ? styre_format_nok (b->forecast) : NULL,
                             g_strdup_printf (_("Approved %s"), approved),
                             revised ? g_strdup_printf (_("Revised %s"), revised) : NULL,
                             actual ? g_strdup_printf (_("Actual %s"), actual) : NULL,
                             NULL);
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  g_autoptr(GPtrArray) rows = framed (d);
  guint over50 = 0, over85 = 0;
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (rows, i);

      over50 += forecast_of (in) > in->p50 && forecast_of (in) <= in->p85;
      over85 += forecast_of (in) > in->p85;
    }
  /* Translators: the money chart in words */
  g_string_append_printf (out, _("%u initiatives with a cost frame: %u forecast over the "
                                 "management budget (P50), %u over the cost frame (P85)."),
                          rows->len, over50, over85);
  for (guint i = 0, n = 0; i < rows->len && n < 5; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (rows, i);

      if (forecast_of (in) > in->p85)
        g_string_append_printf (out, "%s %s %s", n++ ? ";" : "", in->code, in->title);
    }
  return g_string_free (out, FALSE);
}

const StyreChartClass styre_chart_money_class = { draw, table, describe };
