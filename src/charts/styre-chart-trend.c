/* styre-chart-trend.c — green, yellow and red reports per month
 *
 * Stacked columns, red at the bottom so its trend reads against the axis. Each part
 * carries its shape where there is room, and the last month its numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "styre-chart-private.h"
#include "styre-format.h"

static const StyreRag stack_order[] = { STYRE_RAG_RED, STYRE_RAG_YELLOW, STYRE_RAG_GREEN,
                                        STYRE_RAG_GREY };

static guint
total_of (const StyreTrendPeriod *p)
{
  return p->by_rag[0] + p->by_rag[1] + p->by_rag[2] + p->by_rag[3];
}

static char *
period_tooltip (const StyreTrendPeriod *p)
{
  g_autofree char *month = styre_format_month (p->period);

  /* Translators: a column of the status trend, e.g. "November 2026: 16 green ●, 14 yellow ▲,
   * 2 red ■, 3 not reported ○ (35 reports)" */
  return g_strdup_printf (_("%s: %u green ●, %u yellow ▲, %u red ■, %u not reported ○ (%u "
                            "reports)"),
                          month, p->by_rag[STYRE_RAG_GREEN], p->by_rag[STYRE_RAG_YELLOW],
                          p->by_rag[STYRE_RAG_RED], p->by_rag[STYRE_RAG_GREY], total_of (p));
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  GArray *periods = d->trend.periods;
  double f = cv->font, pad = cv->pad;
  double legend_h = styre_canvas_line_height (cv, STYRE_TEXT_SMALL) + f * 0.5;
  double axis_h = 2 * styre_canvas_line_height (cv, STYRE_TEXT_SMALL) + f * 0.3;
  double max = 0, top, step, label_w, x0, x1, y0, y1, slot, bar;
  guint first = 0, n, label_every;
  gboolean any = FALSE;

  for (guint i = 0; i < periods->len; i++)
    {
      const StyreTrendPeriod *p = &g_array_index (periods, StyreTrendPeriod, i);

      max = MAX (max, total_of (p));
      any |= total_of (p) > 0;
    }
  if (!any)
    {
      styre_canvas_empty (cv, _("No status reports in the last two years"));
      return;
    }

  /* Narrow: fewer months, the latest ones. */
  n = periods->len;
  while (n > 6 && (cv->width - 2 * pad - f * 8) / n < f * 1.3)
    n -= 6;
  first = periods->len - n;

  styre_axis_scale (max, CLAMP ((int) ((cv->height - axis_h - legend_h) / (f * 2.8)), 2, 5),
                    TRUE, &top, &step);
  label_w = styre_canvas_value_axis_width (cv, top, step, FALSE);
  x0 = pad + label_w + f * 0.5;
  x1 = cv->width - pad - f * 3.2;   /* room for the last column's numbers */
  y0 = cv->height - axis_h - legend_h;
  y1 = pad * 0.5 + f * 0.5;
  slot = (x1 - x0) / n;
  bar = MAX (2, slot * 0.72);

  styre_canvas_value_axis (cv, x0, x1 - x0, y0, y1, top, step, FALSE, label_w);

  label_every = 1;
  while ((x1 - x0) / n * label_every < styre_canvas_text_width (cv, "Mmm", STYRE_TEXT_SMALL,
                                                               PANGO_WEIGHT_NORMAL) + f * 0.5)
    label_every++;
  if (label_every > 1 && label_every < 3)
    label_every = 3;
  else if (label_every > 3 && label_every < 6)
    label_every = 6;

  for (guint i = 0; i < n; i++)
    {
      const StyreTrendPeriod *p = &g_array_index (periods, StyreTrendPeriod, first + i);
      double bx = x0 + i * slot + (slot - bar) / 2;
      double by = y0;
      int month = atoi (p->period + 5);
      gboolean last = i == n - 1;

      for (guint s = 0; s < G_N_ELEMENTS (stack_order); s++)
        {
          StyreRag rag = stack_order[s];
          double h = (y0 - y1) * p->by_rag[rag] / top;

          if (p->by_rag[rag] == 0)
            continue;
          cairo_rectangle (cv->cr, bx, by - h, bar, h);
          if (rag == STYRE_RAG_GREY)
            styre_canvas_set_source_alpha (cv, &cv->pal.rag[rag], 0.55);
          else
            styre_canvas_set_source (cv, &cv->pal.rag[rag]);
          cairo_fill_preserve (cv->cr);
          styre_canvas_set_source (cv, &cv->pal.outline);
          cairo_set_line_width (cv->cr, cv->pal.line);
          cairo_stroke (cv->cr);
          /* The shape where it fits: colour is never the only signal. */
          if (h >= f * 1.0 && bar >= f * 0.9)
            {
              double size = MIN (f * 0.7, MIN (bar, h) * 0.6);
              styre_canvas_rag_glyph (cv, rag, bx + bar / 2, by - h / 2, size);
            }
          if (last)
            {
              g_autofree char *count = styre_format_integer (p->by_rag[rag]);
              double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);

              if (h >= lh * 0.8)
                styre_canvas_text (cv, count, bx + bar + f * 0.3, by - h / 2 - lh / 2, 0,
                                   STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                                   &cv->pal.foreground);
            }
          by -= h;
        }

      /* This month is not over: its reports are still coming in. */
      if (last && g_str_has_prefix (d->as_of, p->period) && total_of (p) > 0)
        {
          double h = (y0 - y1) * total_of (p) / top;

          styre_canvas_hatch (cv, bx, y0 - h, bar, h, &cv->pal.background, MAX (4, f * 0.45));
          styre_canvas_text (cv, _("so far"), x0 + i * slot - f, y0 - h - f * 1.5, slot + 2 * f,
                             STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL, STYRE_TEXT_CENTER,
                             &cv->pal.dim);
        }

      if (i % label_every == (n - 1) % label_every)
        styre_canvas_text (cv, styre_month_short (month), x0 + i * slot - f, y0 + f * 0.2,
                           slot + 2 * f, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                           STYRE_TEXT_CENTER, &cv->pal.dim);
      if (month == 1 || i == 0)
        {
          g_autofree char *year = g_strndup (p->period, 4);
          styre_canvas_text (cv, year, x0 + i * slot - f, y0 + f * 0.2
                             + styre_canvas_line_height (cv, STYRE_TEXT_SMALL),
                             slot + 2 * f, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD,
                             STYRE_TEXT_CENTER, &cv->pal.dim);
        }
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x0 + i * slot, y1, slot, y0 - y1, 0,
                             styre_format_month (p->period), period_tooltip (p));
    }

  /* The axis line. */
  styre_canvas_set_source (cv, &cv->pal.dim);
  cairo_set_line_width (cv->cr, cv->pal.line * 1.5);
  cairo_move_to (cv->cr, x0, round (y0) + 0.5);
  cairo_line_to (cv->cr, x1, round (y0) + 0.5);
  cairo_stroke (cv->cr);

  {
    double lx = x0, ly = cv->height - legend_h + f * 0.15;
    StyreRag order[] = { STYRE_RAG_GREEN, STYRE_RAG_YELLOW, STYRE_RAG_RED, STYRE_RAG_GREY };

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_RAG, NULL, order[i],
                                      styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                              styre_rag_to_id (order[i])));
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  StyreChartTable *t = styre_chart_table_new (6, _("Month"),
                                              styre_vocabulary_label (STYRE_VOCAB_RAG, "green"),
                                              styre_vocabulary_label (STYRE_VOCAB_RAG, "yellow"),
                                              styre_vocabulary_label (STYRE_VOCAB_RAG, "red"),
                                              styre_vocabulary_label (STYRE_VOCAB_RAG, "grey"),
                                              _("Reports"));

  for (guint c = 1; c < 6; c++)
    styre_chart_table_set_numeric (t, c);
  for (guint i = 0; i < d->trend.periods->len; i++)
    {
      const StyreTrendPeriod *p = &g_array_index (d->trend.periods, StyreTrendPeriod, i);

      styre_chart_table_add (t, 0, styre_format_month (p->period),
                             styre_format_integer (p->by_rag[STYRE_RAG_GREEN]),
                             styre_format_integer (p->by_rag[STYRE_RAG_YELLOW]),
                             styre_format_integer (p->by_rag[STYRE_RAG_RED]),
                             styre_format_integer (p->by_rag[STYRE_RAG_GREY]),
                             styre_format_integer (total_of (p)));
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  GArray *periods = d->trend.periods;
  const StyreTrendPeriod *last = NULL, *year_ago = NULL;

  for (guint i = periods->len; i > 0; i--)
    {
      const StyreTrendPeriod *p = &g_array_index (periods, StyreTrendPeriod, i - 1);

      if (last == NULL && total_of (p) > 0)
        {
          last = p;
          if (i > 12)
            year_ago = &g_array_index (periods, StyreTrendPeriod, i - 1 - 12);
        }
    }
  if (last == NULL)
    return g_strdup (_("No status reports in the last two years."));
  {
    g_autofree char *now = period_tooltip (last);

    if (year_ago != NULL && total_of (year_ago) > 0)
      {
        g_autofree char *then = period_tooltip (year_ago);
        /* Translators: the status trend in words: the latest month, then a year before */
        return g_strdup_printf (_("%s. A year before, %s."), now, then);
      }
    return g_strdup_printf ("%s.", now);
  }
}

const StyreChartClass styre_chart_trend_class = { draw, table, describe };
