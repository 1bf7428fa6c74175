/* styre-chart-five-percent.c — the 5 % rule: overspend now, savings later
 *
 * For each arrangement: the appropriation, the overspend drawn beyond it against the 5 %
 * limit, and the repayment plan against what was actually saved, year by year (up to five
 * years). R-110 2.6.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "styre-chart-private.h"
#include "styre-format.h"

static gint64
repaid (const StyreOverspend *o)
{
  gint64 sum = 0;

  for (guint i = 0; i < o->repayments->len; i++)
    {
      const StyreRepaymentYear *y = &g_array_index (o->repayments, StyreRepaymentYear, i);

      if (y->actual > 0)
        sum += y->actual;
    }
  return sum;
}

static char *
arrangement_title (const StyreOverspend *o)
{
  if (o->chapter_post != NULL && *o->chapter_post != '\0')
    /* Translators: e.g. "Fjordvik kommune 2025, kap. 1510 post 01" */
    return g_strdup_printf (_("%s %d, %s"), o->agency_name, o->budget_year, o->chapter_post);
  return g_strdup_printf ("%s %d", o->agency_name, o->budget_year);
}

static char *
shares_text (const StyreOverspend *o)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < o->shares->len; i++)
    {
      const StyreOverspendShare *s = g_ptr_array_index (o->shares, i);
      g_autofree char *amount = styre_format_nok_short (s->amount);

      g_string_append_printf (out, "\n%s %s: %s", s->code, s->title, amount);
    }
  return g_string_free (out, FALSE);
}

static void
draw_arrangement (StyreCanvas          *cv,
                  const StyreOverspend *o,
                  const StyreChartData *d,
                  double                x,
                  double                y,
                  double                w,
                  double                h)
{
  double f = cv->font;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  g_autofree char *title = arrangement_title (o);
  g_autofree char *appropriation = styre_format_nok_short (o->appropriation);
  g_autofree char *overspend = styre_format_nok_short (o->overspend);
  g_autofree char *limit = styre_format_nok_short (o->appropriation / 20);
  g_autofree char *percent = styre_format_percent (100.0 * o->overspend / o->appropriation, 1);
  g_autofree char *back = styre_format_nok_short (repaid (o));
  g_autofree char *line = NULL;
  g_autofree char *shares = shares_text (o);
  double bar_y, bar_h = MAX (f * 1.2, MIN (f * 2, h * 0.12));
  double scale = o->appropriation * 1.06;
  double bx = x, bw = w;
  double ax, ox, limit_x;

  y += styre_canvas_text (cv, title, x, y, w, STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD,
                          STYRE_TEXT_START, &cv->pal.foreground);
  /* Translators: e.g. "Overspend 8,2 m kr = 3,3 % of 250 m kr (limit 12,5 m kr)" */
  line = g_strdup_printf (_("Overspend %s = %s of %s (limit 5 %% = %s)"), overspend, percent,
                          appropriation, limit);
  y += styre_canvas_text (cv, line, x, y, w, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                          STYRE_TEXT_START, &cv->pal.dim) + f * 0.3;

  /* The appropriation to 100 %, the overspend beyond it, the limit at 105 %. */
  bar_y = y;
  ax = bx + bw * o->appropriation / scale;
  ox = bx + bw * (o->appropriation + o->overspend) / scale;
  limit_x = bx + bw * (o->appropriation * 1.05) / scale;
  cairo_rectangle (cv->cr, bx, bar_y, ax - bx, bar_h);
  styre_canvas_set_source (cv, &cv->pal.series[0]);
  cairo_fill (cv->cr);
  cairo_rectangle (cv->cr, ax, bar_y, ox - ax, bar_h);
  styre_canvas_set_source (cv, &cv->pal.series[2]);
  cairo_fill_preserve (cv->cr);
  styre_canvas_set_source (cv, &cv->pal.foreground);
  cairo_set_line_width (cv->cr, cv->pal.line);
  cairo_stroke (cv->cr);
  styre_canvas_set_source (cv, &cv->pal.foreground);
  cairo_set_line_width (cv->cr, MAX (2, f * 0.15));
  {
    double dash[] = { f * 0.25, f * 0.15 };
    cairo_set_dash (cv->cr, dash, 2, 0);
    cairo_move_to (cv->cr, limit_x, bar_y - f * 0.3);
    cairo_line_to (cv->cr, limit_x, bar_y + bar_h + f * 0.3);
    cairo_stroke (cv->cr);
    cairo_set_dash (cv->cr, NULL, 0, 0);
  }
  styre_canvas_text (cv, appropriation, bx + f * 0.3, bar_y + (bar_h - lh) / 2, ax - bx - f,
                     STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.on_phase[5]);
  styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, bx, bar_y, bw, bar_h, 0, g_strdup (title),
                         g_strdup_printf ("%s\n%s%s", title, line, shares));
  y = bar_y + bar_h + f * 0.3;
  /* xgettext:no-c-format */
  styre_canvas_text (cv, _("5 % limit"), limit_x, y, 0, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                     STYRE_TEXT_END, &cv->pal.dim);
  y += lh + f * 0.4;

  /* Repayment: planned and saved, year by year. */
  if (o->repayments->len > 0 && y + f * 5 <= y + h)
    {
      double max = 0, top, step, label_w, x0, y0, y1, slot;
      double remaining = h - (y - bar_y) - lh * 3.5;
      g_autofree char *sum = g_strdup_printf (_("Repaid %s of %s"), back, overspend);

      for (guint i = 0; i < o->repayments->len; i++)
        {
          const StyreRepaymentYear *r = &g_array_index (o->repayments, StyreRepaymentYear, i);
          max = MAX (max, MAX (r->planned, r->actual));
        }
      styre_canvas_text (cv, sum, x, y, w, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                         &cv->pal.foreground);
      y += lh + f * 0.2;
      if (remaining < f * 3)
        return;
      styre_axis_scale (max, 2, FALSE, &top, &step);
      label_w = styre_canvas_value_axis_width (cv, top, step, TRUE);
      x0 = x + label_w + f * 0.4;
      y1 = y + lh / 2;
      y0 = y + remaining - lh;
      slot = (x + w - x0) / MAX (5, o->repayments->len);
      styre_canvas_value_axis (cv, x0, x + w - x0, y0, y1, top, step, TRUE, label_w);
      for (guint i = 0; i < o->repayments->len; i++)
        {
          const StyreRepaymentYear *r = &g_array_index (o->repayments, StyreRepaymentYear, i);
          double bar = slot * 0.34, gx = x0 + i * slot + slot * 0.14;
          double ph = (y0 - y1) * r->planned / top;
          g_autofree char *year = g_strdup_printf ("%d", r->year);
          g_autofree char *planned = styre_format_nok (r->planned);
          g_autofree char *actual = r->actual >= 0 ? styre_format_nok (r->actual)
                                                   : g_strdup (_("not yet known"));

          /* Planned as an outline, saved as a solid bar beside it. */
          cairo_rectangle (cv->cr, gx + 1, y0 - ph, bar - 2, ph);
          styre_canvas_set_source (cv, &cv->pal.series[1]);
          cairo_set_line_width (cv->cr, MAX (2, f * 0.14));
          cairo_stroke (cv->cr);
          if (r->actual >= 0)
            {
              double ah = (y0 - y1) * r->actual / top;

              cairo_rectangle (cv->cr, gx + bar + f * 0.15, y0 - ah, bar, ah);
              styre_canvas_set_source (cv, &cv->pal.series[4]);
              cairo_fill (cv->cr);
              if (r->actual < r->planned)
                styre_canvas_text (cv, "▲", gx + bar + f * 0.15, y0 - ah - lh, bar,
                                   STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD, STYRE_TEXT_CENTER,
                                   &cv->pal.warning);
            }
          styre_canvas_text (cv, year, x0 + i * slot, y0 + f * 0.1, slot * 0.8, STYRE_TEXT_SMALL,
                             PANGO_WEIGHT_NORMAL, STYRE_TEXT_CENTER, &cv->pal.dim);
          styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x0 + i * slot, y1, slot, y0 - y1, 0,
                                 g_strdup_printf ("%s %s", title, year),
                                 g_strdup_printf (_("%s, repayment %s\nPlanned: %s\nSaved: %s"),
                                                  title, year, planned, actual));
        }
    }
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  GPtrArray *list = d->five_percent.arrangements;
  double f = cv->font, pad = cv->pad;
  double legend_h = styre_canvas_line_height (cv, STYRE_TEXT_SMALL) + f * 0.6;
  double w = cv->width - 2 * pad, h = cv->height - pad * 0.5 - legend_h;
  guint columns, shown;

  cv->out->n_rows_total = list->len;
  if (list->len == 0)
    {
      styre_canvas_empty (cv, _("No agency has used the 5 % rule"));
      return;
    }
  first_row = MIN (first_row, list->len - 1);
  columns = CLAMP ((guint) (w / (f * 24)), 1, 3);
  shown = MIN (columns * MAX (1, (guint) (h / (f * 14))), list->len - first_row);
  columns = MIN (columns, shown);
  for (guint i = 0; i < shown; i++)
    {
      guint rows = (shown + columns - 1) / columns;
      double cw = (w - (columns - 1) * f * 1.5) / columns, ch = h / rows;

      draw_arrangement (cv, g_ptr_array_index (list, first_row + i), d,
                        pad + (i % columns) * (cw + f * 1.5), pad * 0.3 + (i / columns) * ch, cw,
                        ch - f);
    }
  cv->out->n_rows = shown;

  {
    double lx = pad, ly = cv->height - legend_h + f * 0.2;

    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_BOX, &cv->pal.series[0], 0,
                                    _("Appropriation"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_BOX, &cv->pal.series[2], 0,
                                    _("Overspend"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_OUTLINE, &cv->pal.series[1], 0,
                                    _("Repayment planned"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_BOX, &cv->pal.series[4], 0,
                                    _("Saved"));
    if (first_row + shown < list->len)
      styre_canvas_more_note (cv, list->len - first_row - shown, lx, ly, cv->width - pad - lx);
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  StyreChartTable *t = styre_chart_table_new (6, _("Arrangement"), _("Appropriation"),
                                              _("Overspend"), _("Share"), _("Year"),
                                              _("Planned / saved"));

  styre_chart_table_set_numeric (t, 1);
  styre_chart_table_set_numeric (t, 2);
  styre_chart_table_set_numeric (t, 3);
  for (guint i = 0; i < d->five_percent.arrangements->len; i++)
    {
      const StyreOverspend *o = g_ptr_array_index (d->five_percent.arrangements, i);

      styre_chart_table_add (t, 0, arrangement_title (o), styre_format_nok (o->appropriation),
                             styre_format_nok (o->overspend),
                             styre_format_percent (100.0 * o->overspend / o->appropriation, 1),
                             NULL, NULL);
      for (guint r = 0; r < o->repayments->len; r++)
        {
          const StyreRepaymentYear *y = &g_array_index (o->repayments, StyreRepaymentYear, r);
          g_autofree char *planned = styre_format_nok (y->planned);
          g_autofree char *actual = y->actual >= 0 ? styre_format_nok (y->actual)
                                                   : g_strdup ("–");

          styre_chart_table_add (t, 0, NULL, NULL, NULL, NULL, g_strdup_printf ("%d", y->year),
                                 g_strdup_printf ("%s / %s", planned, actual));
        }
      for (guint s = 0; s < o->shares->len; s++)
        {
          const StyreOverspendShare *share = g_ptr_array_index (o->shares, s);

          styre_chart_table_add (t, share->initiative_id,
                                 styre_initiative_label (share->code, share->title), NULL,
                                 styre_format_nok (share->amount), NULL, NULL, NULL);
        }
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  GString *out = g_string_new (NULL);

  if (d->five_percent.arrangements->len == 0)
    return g_strdup (_("No agency has used the 5 % rule."));
  for (guint i = 0; i < d->five_percent.arrangements->len; i++)
    {
      const StyreOverspend *o = g_ptr_array_index (d->five_percent.arrangements, i);
      g_autofree char *title = arrangement_title (o);
      g_autofree char *overspend = styre_format_nok_short (o->overspend);
      g_autofree char *percent = styre_format_percent (100.0 * o->overspend / o->appropriation,
                                                       1);
      g_autofree char *back = styre_format_nok_short (repaid (o));

      /* Translators: e.g. "Fjordvik kommune 2025: overspent 8,2 m kr (3,3 %), repaid 3 m kr." */
      g_string_append_printf (out, _("%s%s: overspent %s (%s), repaid %s."), i ? " " : "",
                              title, overspend, percent, back);
    }
  return g_string_free (out, FALSE);
}

const StyreChartClass styre_chart_five_percent_class = { draw, table, describe };
