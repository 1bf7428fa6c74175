/* styre-chart-focus-areas.c — is the money where the strategy is?
 *
 * Per focus area, in the strategy's order: the year's budget (an initiative's split by
 * its weights) as a bar with its share, and how many initiatives serve it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "styre-chart-private.h"
#include "styre-format.h"

static char *
area_tooltip (const StyreChartData      *d,
              const StyreFocusAreaTotal *t,
              gint64                     total)
{
  g_autofree char *budget = styre_format_nok (t->budget);
  g_autofree char *forecast = styre_format_nok (t->forecast);
  g_autofree char *share = styre_format_percent (total > 0 ? 100.0 * t->budget / total : 0, 0);
  GString *out = g_string_new (NULL);

  /* Translators: a focus area's tooltip: name, the year, budget, its share, forecast, count */
  g_string_append_printf (out, _("%s\nBudget %d: %s (%s of all)\nForecast: %s\nInitiatives: %u"),
                          t->name, d->year, budget, share, forecast, t->n_initiatives);
  for (guint i = 0; i < t->initiative_ids->len && i < 8; i++)
    {
      gint64 id = g_array_index (t->initiative_ids, gint64, i);

      for (guint k = 0; k < d->initiatives->len; k++)
        {
          const StyreChartInitiative *in = g_ptr_array_index (d->initiatives, k);

          if (in->id == id)
            g_string_append_printf (out, "\n%s %s", in->code, in->title);
        }
    }
  if (t->initiative_ids->len > 8)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                t->initiative_ids->len - 8),
                              t->initiative_ids->len - 8);
    }
  return g_string_free (out, FALSE);
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  GPtrArray *areas = d->focus_areas.areas;
  double f = cv->font, pad = cv->pad;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_BODY);
  double small = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double legend_h = small + f * 0.6;
  double label_w = 0, count_w, x0, x1, y, row_h, max = 0;
  gint64 total = 0;
  guint r;

  cv->out->n_rows_total = areas->len;
  if (areas->len == 0)
    {
      styre_canvas_empty (cv, _("No focus areas are registered"));
      return;
    }
  first_row = MIN (first_row, areas->len - 1);
  for (guint i = 0; i < areas->len; i++)
    {
      const StyreFocusAreaTotal *t = g_ptr_array_index (areas, i);

      total += t->budget;
      max = MAX (max, MAX (t->budget, t->forecast));
      label_w = MAX (label_w, styre_canvas_text_width (cv, t->name, STYRE_TEXT_BODY,
                                                       PANGO_WEIGHT_BOLD));
    }
  label_w = MIN (label_w + f * 0.5, (cv->width - 2 * pad) * 0.38);
  count_w = styre_canvas_text_width (cv, _("Initiatives"), STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD)
            + f * 1.5;
  x0 = pad + label_w;
  x1 = cv->width - pad - count_w - f;
  y = pad * 0.3;

  {
    g_autofree char *budget = g_strdup_printf (_("Budget %d and share of it"), d->year);
    styre_canvas_text (cv, budget, x0, y, x1 - x0, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD,
                       STYRE_TEXT_START, &cv->pal.dim);
    styre_canvas_text (cv, _("Initiatives"), x1 + f, y, count_w, STYRE_TEXT_SMALL,
                       PANGO_WEIGHT_BOLD, STYRE_TEXT_END, &cv->pal.dim);
  }
  y += small + f * 0.3;
  row_h = MIN (f * 4.5, MAX (f * 2.0, (cv->height - y - legend_h) / (areas->len - first_row)));

  for (r = first_row; r < areas->len && y + row_h <= cv->height - legend_h; r++)
    {
      const StyreFocusAreaTotal *t = g_ptr_array_index (areas, r);
      double bar_h = row_h * 0.5, by = y + (row_h - bar_h) / 2;
      double bw = max > 0 ? (x1 - x0) * 0.78 * t->budget / max : 0;
      double fx = max > 0 ? x0 + (x1 - x0) * 0.78 * t->forecast / max : x0;
      g_autofree char *amount = styre_format_nok_short (t->budget);
      g_autofree char *share = styre_format_percent (total > 0 ? 100.0 * t->budget / total : 0, 0);
      g_autofree char *value = g_strdup_printf ("%s · %s", amount, share);
      g_autofree char *count = styre_format_integer (t->n_initiatives);

      styre_canvas_text (cv, t->name, pad, y + (row_h - lh) / 2, label_w - f * 0.5,
                         STYRE_TEXT_BODY, t->id ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                         STYRE_TEXT_START, &cv->pal.foreground);
      cairo_rectangle (cv->cr, x0, by, MAX (1, bw), bar_h);
      styre_canvas_set_source (cv, t->id ? &cv->pal.series[1] : &cv->pal.rag[STYRE_RAG_GREY]);
      cairo_fill (cv->cr);
      /* The forecast as a mark across the bar. */
      styre_canvas_set_source (cv, &cv->pal.foreground);
      cairo_set_line_width (cv->cr, MAX (2, f * 0.14));
      cairo_move_to (cv->cr, fx, by - f * 0.2);
      cairo_line_to (cv->cr, fx, by + bar_h + f * 0.2);
      cairo_stroke (cv->cr);
      styre_canvas_text (cv, value, MAX (x0 + bw, fx) + f * 0.4, y + (row_h - small) / 2, 0,
                         STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                         &cv->pal.foreground);
      styre_canvas_text (cv, count, x1 + f, y + (row_h - lh) / 2, count_w, STYRE_TEXT_BODY,
                         PANGO_WEIGHT_BOLD, STYRE_TEXT_END, &cv->pal.foreground);
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, pad, y, cv->width - 2 * pad, row_h, 0,
                             g_strdup_printf ("%s: %s", t->name, value),
                             area_tooltip (d, t, total));
      y += row_h;
    }
  cv->out->n_rows = r - first_row;

  {
    double lx = pad, ly = cv->height - legend_h + f * 0.2;

    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_BOX, &cv->pal.series[1], 0,
                                    _("Approved budget, split by weight"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_TICK, &cv->pal.foreground, 0,
                                    _("Forecast"));
    if (r < areas->len)
      styre_canvas_more_note (cv, areas->len - r, lx, ly, cv->width - pad - lx);
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  StyreChartTable *t = styre_chart_table_new (5, _("Focus area"), _("Budget"), _("Forecast"),
                                              _("Share"), _("Initiatives"));
  gint64 total = 0;

  for (guint c = 1; c < 5; c++)
    styre_chart_table_set_numeric (t, c);
  for (guint i = 0; i < d->focus_areas.areas->len; i++)
    total += ((StyreFocusAreaTotal *) g_ptr_array_index (d->focus_areas.areas, i))->budget;
  for (guint i = 0; i < d->focus_areas.areas->len; i++)
    {
      const StyreFocusAreaTotal *a = g_ptr_array_index (d->focus_areas.areas, i);

      styre_chart_table_add (t, 0, g_strdup (a->name), styre_format_nok (a->budget),
                             styre_format_nok (a->forecast),
                             styre_format_percent (total > 0 ? 100.0 * a->budget / total : 0, 0),
                             styre_format_integer (a->n_initiatives));
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  GString *out = g_string_new (NULL);
  gint64 total = 0;

  for (guint i = 0; i < d->focus_areas.areas->len; i++)
    total += ((StyreFocusAreaTotal *) g_ptr_array_index (d->focus_areas.areas, i))->budget;
  g_string_append_printf (out, _("Budget %d by focus area:"), d->year);
  for (guint i = 0; i < d->focus_areas.areas->len; i++)
    {
      const StyreFocusAreaTotal *a = g_ptr_array_index (d->focus_areas.areas, i);
      g_autofree char *amount = styre_format_nok_short (a->budget);
      g_autofree char *share = styre_format_percent (total > 0 ? 100.0 * a->budget / total : 0, 0);

      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s %s %s (%s, %u initiative)",
                                                "%s %s %s (%s, %u initiatives)",
                                                a->n_initiatives),
                              i ? ";" : "", a->name, amount, share, a->n_initiatives);
    }
  g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

const StyreChartClass styre_chart_focus_areas_class = { draw, table, describe };
