/* styre-chart-benefits.c — benefits realised against the planned path
 *
 * Cumulative kroner over the years: the plan as a dashed line, what was realised as a
 * solid one with dots, the shortfall between them hatched. The total large; each focus
 * area small beside or under it, each on its own scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "styre-chart-private.h"
#include "styre-format.h"

static void
cumulative (const StyreBenefitSeries *s,
            GArray                   *planned,
            GArray                   *realised)
{
  double p = 0, r = 0;
  gboolean known = TRUE;

  for (guint i = 0; i < s->years->len; i++)
    {
      const StyreBenefitYear *y = &g_array_index (s->years, StyreBenefitYear, i);
      double value;

      p += y->planned;
      g_array_append_val (planned, p);
      if (known && y->realised >= 0)
        {
          r += y->realised;
          value = r;
        }
      else
        {
          known = FALSE;
          value = -1;
        }
      g_array_append_val (realised, value);
    }
}

static char *
year_tooltip (const StyreBenefitSeries *s,
              guint                     i,
              double                    planned,
              double                    realised)
{
  const StyreBenefitYear *y = &g_array_index (s->years, StyreBenefitYear, i);
  g_autofree char *p = styre_format_nok (y->planned);
  g_autofree char *r = y->realised >= 0 ? styre_format_nok (y->realised) : NULL;
  g_autofree char *cp = styre_format_nok ((gint64) planned);
  g_autofree char *cr = realised >= 0 ? styre_format_nok ((gint64) realised) : NULL;

  /* Translators: a year of the benefits chart: name (or "All"), year, planned and realised
   * that year, and in total so far */
  return g_strdup_printf (_("%s %d\nPlanned: %s (%s in all)\nRealised: %s (%s in all)"),
                          s->name ? s->name : _("All benefits"), y->year, p, cp,
                          r ? r : _("not yet known"), cr ? cr : "–");
}

static void
draw_series (StyreCanvas              *cv,
             const StyreBenefitSeries *s,
             const StyreChartData     *d,
             double                    x,
             double                    y,
             double                    w,
             double                    h,
             gboolean                  large)
{
  g_autoptr(GArray) planned = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) realised = g_array_new (FALSE, FALSE, sizeof (double));
  double f = cv->font;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double max = 0, top, step, label_w, x0, x1, y0, y1, slot;
  const char *title = s->name ? s->name : _("All benefits");
  guint n = s->years->len;

  y += styre_canvas_text (cv, title, x, y, w, large ? STYRE_TEXT_HEAD : STYRE_TEXT_SMALL,
                          PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground) + f * 0.2;
  h -= lh + f * 0.4;
  if (n == 0 || h < f * 3)
    return;
  cumulative (s, planned, realised);
  for (guint i = 0; i < n; i++)
    max = MAX (max, MAX (g_array_index (planned, double, i), g_array_index (realised, double, i)));

  styre_axis_scale (max, large ? CLAMP ((int) (h / (f * 3)), 2, 5) : 2, FALSE, &top, &step);
  label_w = styre_canvas_value_axis_width (cv, top, step, TRUE);
  x0 = x + label_w + f * 0.4;
  x1 = x + w - f * 0.5;
  y1 = y + lh / 2;
  y0 = y + h - lh - f * 0.2;
  slot = (x1 - x0) / MAX (1, n - 1);
  styre_canvas_value_axis (cv, x0, x1 - x0, y0, y1, top, step, TRUE, label_w);

#define PX(i) (n > 1 ? x0 + (i) * slot : (x0 + x1) / 2)
#define PY(v) (y0 - (y0 - y1) * (v) / top)

  /* The shortfall between the paths, hatched. */
  for (guint i = 1; i < n; i++)
    {
      double p0 = g_array_index (planned, double, i - 1), p1 = g_array_index (planned, double, i);
      double r0 = g_array_index (realised, double, i - 1), r1 = g_array_index (realised, double, i);

      if (r0 < 0 || r1 < 0)
        break;
      cairo_save (cv->cr);
      cairo_move_to (cv->cr, PX (i - 1), PY (p0));
      cairo_line_to (cv->cr, PX (i), PY (p1));
      cairo_line_to (cv->cr, PX (i), PY (r1));
      cairo_line_to (cv->cr, PX (i - 1), PY (r0));
      cairo_close_path (cv->cr);
      cairo_clip (cv->cr);
      styre_canvas_hatch (cv, PX (i - 1), y1, PX (i) - PX (i - 1), y0 - y1, &cv->pal.warning,
                          MAX (4, f * 0.4));
      cairo_restore (cv->cr);
    }

  /* The plan. */
  styre_canvas_set_source (cv, &cv->pal.dim);
  cairo_set_line_width (cv->cr, MAX (2, f * (large ? 0.16 : 0.1)));
  {
    double dash[] = { f * 0.4, f * 0.25 };
    cairo_set_dash (cv->cr, dash, 2, 0);
  }
  for (guint i = 0; i < n; i++)
    {
      if (i == 0)
        cairo_move_to (cv->cr, PX (i), PY (g_array_index (planned, double, i)));
      else
        cairo_line_to (cv->cr, PX (i), PY (g_array_index (planned, double, i)));
    }
  cairo_stroke (cv->cr);
  cairo_set_dash (cv->cr, NULL, 0, 0);

  /* What was realised. */
  styre_canvas_set_source (cv, &cv->pal.series[1]);
  cairo_set_line_width (cv->cr, MAX (2.5, f * (large ? 0.22 : 0.14)));
  for (guint i = 0; i < n && g_array_index (realised, double, i) >= 0; i++)
    {
      if (i == 0)
        cairo_move_to (cv->cr, PX (i), PY (g_array_index (realised, double, i)));
      else
        cairo_line_to (cv->cr, PX (i), PY (g_array_index (realised, double, i)));
    }
  cairo_stroke (cv->cr);
  for (guint i = 0; i < n; i++)
    {
      const StyreBenefitYear *yr = &g_array_index (s->years, StyreBenefitYear, i);
      double r = g_array_index (realised, double, i);
      double dot = large ? f * 0.32 : f * 0.22;

      if (r >= 0)
        {
          cairo_new_path (cv->cr);
          cairo_arc (cv->cr, PX (i), PY (r), dot, 0, 2 * G_PI);
          styre_canvas_set_source (cv, &cv->pal.series[1]);
          cairo_fill (cv->cr);
        }
      if (large || i == 0 || i == n - 1)
        {
          g_autofree char *year = g_strdup_printf ("%d", yr->year);
          styre_canvas_text (cv, year, PX (i), y0 + f * 0.15, 0, STYRE_TEXT_SMALL,
                             yr->year == d->year ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                             STYRE_TEXT_CENTER,
                             yr->year == d->year ? &cv->pal.foreground : &cv->pal.dim);
        }
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, MAX (x0, PX (i) - slot / 2), y1,
                             MIN (x + w, PX (i) + slot / 2) - MAX (x0, PX (i) - slot / 2),
                             y0 - y1, 0,
                             g_strdup_printf ("%s %d", s->name ? s->name : _("All benefits"),
                                              yr->year),
                             year_tooltip (s, i, g_array_index (planned, double, i), r));
    }
#undef PX
#undef PY
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  GPtrArray *series = d->benefits.series;
  double f = cv->font, pad = cv->pad;
  double legend_h = styre_canvas_line_height (cv, STYRE_TEXT_SMALL) + f * 0.6;
  double x = pad, y = pad * 0.3, w = cv->width - 2 * pad, h = cv->height - legend_h - y;
  guint small = series->len > 1 ? series->len - 1 : 0;

  if (series->len == 0 || ((StyreBenefitSeries *) g_ptr_array_index (series, 0))->n_benefits == 0)
    {
      styre_canvas_empty (cv, _("No priced benefits to show"));
      return;
    }

  if (small > 0 && w >= f * 44)
    {
      /* The total left, the focus areas in a grid on the right. */
      double left = w * 0.5, gx = x + left + f * 1.5, gw = w - left - f * 1.5;
      guint cols = gw >= f * 30 ? 2 : 1;
      guint rows = (small + cols - 1) / cols;
      double cw = (gw - (cols - 1) * f) / cols, ch = h / rows;

      draw_series (cv, g_ptr_array_index (series, 0), d, x, y, left, h, TRUE);
      if (ch >= f * 4.5)
        for (guint i = 0; i < small; i++)
          draw_series (cv, g_ptr_array_index (series, i + 1), d, gx + (i % cols) * (cw + f),
                       y + (i / cols) * ch, cw, ch - f * 0.4, FALSE);
    }
  else
    draw_series (cv, g_ptr_array_index (series, 0), d, x, y, w, h, TRUE);

  {
    double lx = pad, ly = cv->height - legend_h + f * 0.2;
    g_autofree char *note = NULL;

    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_DASHED, &cv->pal.dim, 0,
                                    _("Planned, in all"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_LINE, &cv->pal.series[1], 0,
                                    _("Realised, in all"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_HATCHED, &cv->pal.warning, 0,
                                    _("Short of the plan"));
    if (d->benefits.n_unpriced > 0)
      {
        note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u benefit is not in kroner and not shown",
                                             "%u benefits are not in kroner and not shown",
                                             d->benefits.n_unpriced), d->benefits.n_unpriced);
        styre_canvas_text (cv, note, lx, ly, cv->width - pad - lx, STYRE_TEXT_SMALL,
                           PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
      }
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  StyreChartTable *t = styre_chart_table_new (4, _("Benefits of"), _("Year"), _("Planned"),
                                              _("Realised"));

  styre_chart_table_set_numeric (t, 1);
  styre_chart_table_set_numeric (t, 2);
  styre_chart_table_set_numeric (t, 3);
  for (guint i = 0; i < d->benefits.series->len; i++)
    {
      const StyreBenefitSeries *s = g_ptr_array_index (d->benefits.series, i);

      for (guint k = 0; k < s->years->len; k++)
        {
          const StyreBenefitYear *y = &g_array_index (s->years, StyreBenefitYear, k);

          styre_chart_table_add (t, 0, g_strdup (s->name ? s->name : _("All benefits")),
                                 g_strdup_printf ("%d", y->year), styre_format_nok (y->planned),
                                 y->realised >= 0 ? styre_format_nok (y->realised) : NULL);
        }
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  const StyreBenefitSeries *total;
  gint64 planned = 0, realised = 0;

  if (d->benefits.series->len == 0)
    return g_strdup (_("No priced benefits to show."));
  total = g_ptr_array_index (d->benefits.series, 0);
  for (guint i = 0; i < total->years->len; i++)
    {
      const StyreBenefitYear *y = &g_array_index (total->years, StyreBenefitYear, i);

      if (y->realised >= 0)
        {
          planned += y->planned;
          realised += y->realised;
        }
    }
  {
    g_autofree char *p = styre_format_nok_short (planned);
    g_autofree char *r = styre_format_nok_short (realised);
    g_autofree char *percent = planned > 0 ? styre_format_percent (100.0 * realised / planned, 0)
                                           : g_strdup ("–");

    /* Translators: the benefits chart in words, e.g. "Realised 210 m kr of 260 m kr planned
     * for the years known so far (81 %), from 54 benefits." */
    return g_strdup_printf (_("Realised %s of %s planned for the years known so far (%s), "
                              "from %u benefits."), r, p, percent, total->n_benefits);
  }
}

const StyreChartClass styre_chart_benefits_class = { draw, table, describe };
