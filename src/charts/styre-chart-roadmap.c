/* styre-chart-roadmap.c — initiatives on a time line
 *
 * Each row: the phases as they began (solid) and as planned by the gates ahead (hatched),
 * the gate decisions as diamonds above, the milestones as a hollow diamond at the
 * baseline joined to a dot at the forecast or actual date, the join in the warning colour
 * when it slipped. A line marks the as-of day. The span is the style's (36 months by
 * default, a third of it before the day); a list that does not fit goes on (PDF pages,
 * scrolling in the app).
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

static int
phase_index (const char *phase)
{
  const char * const *ids = styre_vocabulary_ids (STYRE_VOCAB_PHASE);

  for (int i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], phase) == 0)
      return i;
  return 0;
}

typedef struct
{
  StyreCanvas *cv;
  int          start;   /* julian days */
  int          end;
  double       x0;
  double       x1;
  double       avoid_x0;  /* the as-of label's place in the year line: no year goes there */
  double       avoid_x1;
} Axis;

static double
x_of (const Axis *a,
      int         day)
{
  return a->x0 + (a->x1 - a->x0) * (day - a->start) / (double) (a->end - a->start);
}

static int
month_start (int year,
             int month)
{
  g_autoptr(GDate) date = NULL;

  while (month < 1)
    {
      month += 12;
      year--;
    }
  while (month > 12)
    {
      month -= 12;
      year++;
    }
  date = g_date_new_dmy (1, (GDateMonth) month, (GDateYear) year);
  return (int) g_date_get_julian (date);
}

static void
diamond (cairo_t *cr,
         double   cx,
         double   cy,
         double   r)
{
  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy);
  cairo_line_to (cr, cx, cy + r);
  cairo_line_to (cr, cx - r, cy);
  cairo_close_path (cr);
}

static char *
milestone_tooltip (const StyreChartInitiative *in,
                   const StyreRoadmapMilestone *m)
{
  g_autofree char *baseline = styre_format_date (m->baseline);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s %s\n%s", in->code, in->title, m->title);
  if (m->gate != NULL)
    g_string_append_printf (out, " (%s)", styre_vocabulary_label (STYRE_VOCAB_GATE, m->gate));
  /* Translators: milestone dates in a tooltip */
  g_string_append_printf (out, _("\nBaseline: %s"), baseline);
  if (m->actual != NULL)
    {
      g_autofree char *actual = styre_format_date (m->actual);
      g_string_append_printf (out, _("\nDone: %s"), actual);
    }
  else if (m->forecast != NULL)
    {
      g_autofree char *forecast = styre_format_date (m->forecast);
      g_string_append_printf (out, _("\nForecast: %s"), forecast);
    }
  if (m->slip_days > 0)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "\n%d day late",
                                              "\n%d days late", m->slip_days), m->slip_days);
  return g_string_free (out, FALSE);
}

static void
draw_axis (StyreCanvas *cv,
           const Axis  *a,
           double       y,
           double       bottom)
{
  double f = cv->font;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  g_autoptr(GDate) first = g_date_new_julian ((guint32) a->start);
  int year = g_date_get_year (first), month = g_date_get_month (first);
  double month_w = (a->x1 - a->x0) / ((a->end - a->start) / 30.44);
  int every = month_w >= f * 2.6 ? 1 : month_w * 3 >= f * 2.6 ? 3 : 6;

  cairo_set_line_width (cv->cr, cv->pal.line);
  for (int m = month; ; m++)
    {
      int day = month_start (year, m);
      int mm = ((m - 1) % 12 + 12) % 12 + 1;
      int yy = year + (int) floor ((m - 1) / 12.0);
      double x = x_of (a, day);

      if (day > a->end)
        break;
      if (day < a->start)
        continue;
      if (mm == 1)
        {
          g_autofree char *text = g_strdup_printf ("%d", yy);
          double tw = styre_canvas_text_width (cv, text, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD);
          double tx = x + f * 0.2;

          styre_canvas_set_source (cv, &cv->pal.dim);
          cairo_move_to (cv->cr, round (x) + 0.5, y);
          cairo_line_to (cv->cr, round (x) + 0.5, bottom);
          cairo_stroke (cv->cr);

          /* Beside the as-of label rather than under it, if the year has room there. */
          if (tx < a->avoid_x1 && tx + tw > a->avoid_x0)
            tx = a->avoid_x1 + f * 0.2;
          if (tx + tw <= MIN (a->x1, x + month_w * 12))
            styre_canvas_text (cv, text, tx, y, 0, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD,
                               STYRE_TEXT_START, &cv->pal.foreground);
        }
      else if ((mm - 1) % 3 == 0)
        {
          styre_canvas_set_source (cv, &cv->pal.grid);
          cairo_move_to (cv->cr, round (x) + 0.5, y + lh);
          cairo_line_to (cv->cr, round (x) + 0.5, bottom);
          cairo_stroke (cv->cr);
        }
      if ((mm - 1) % every == 0 && x + month_w * every <= a->x1 + 1)
        styre_canvas_text (cv, styre_month_short (mm), x + f * 0.2, y + lh, 0, STYRE_TEXT_SMALL,
                           PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
    }
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  GPtrArray *rows = d->roadmap.rows;
  double f = cv->font, pad = cv->pad;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double legend_h = lh + f * 0.6;
  double row_h = round (f * 2.5);
  double label_w = MIN ((cv->width - 2 * pad) * 0.3, f * 18);
  double axis_h = 2 * lh + f * 0.3;
  int span = cv->style.time_span_months > 0 ? cv->style.time_span_months : 36;
  int as_of = styre_date_to_day (d->as_of);
  g_autoptr(GDate) as_of_date = g_date_new_julian ((guint32) as_of);
  Axis a;
  double y, bottom;
  guint r;

  cv->out->n_rows_total = rows->len;
  if (rows->len == 0)
    {
      styre_canvas_empty (cv, _("No initiatives to show"));
      return;
    }
  first_row = MIN (first_row, rows->len - 1);
  if (label_w < f * 7)
    label_w = f * 7;

  a.cv = cv;
  a.start = month_start (g_date_get_year (as_of_date),
                         g_date_get_month (as_of_date) - span / 3);
  a.end = month_start (g_date_get_year (as_of_date),
                       g_date_get_month (as_of_date) - span / 3 + span);
  a.x0 = pad + label_w + f * 0.6;
  a.x1 = cv->width - pad;

  y = pad * 0.3;
  bottom = cv->height - legend_h;
  a.avoid_x0 = a.avoid_x1 = -1;
  if (as_of >= a.start && as_of <= a.end)
    {
      g_autofree char *date = styre_format_date (d->as_of);
      const char *word = g_strcmp0 (d->as_of, d->today) == 0 ? _("Today") : date;
      double tw = styre_canvas_text_width (cv, word, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD);
      double tx = MIN (round (x_of (&a, as_of)) + 0.5 + f * 0.2, a.x1 - tw);

      a.avoid_x0 = tx - f * 0.1;
      a.avoid_x1 = tx + tw + f * 0.1;
    }
  draw_axis (cv, &a, y, bottom - f * 0.2);
  y += axis_h;

  for (r = first_row; r < rows->len && y + row_h <= bottom; r++)
    {
      const StyreRoadmapRow *row = g_ptr_array_index (rows, r);
      const StyreChartInitiative *in = row->initiative;
      double bar_h = round (row_h * 0.5), by = y + row_h * 0.3;
      double code_w = styre_canvas_text_width (cv, in->code, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD);
      double text_y = y + (row_h - styre_canvas_line_height (cv, STYRE_TEXT_BODY)) / 2;

      if ((r - first_row) % 2 == 1)
        {
          styre_canvas_set_source (cv, &cv->pal.band);
          cairo_rectangle (cv->cr, pad * 0.5, y, cv->width - pad, row_h);
          cairo_fill (cv->cr);
        }
      if (code_w < label_w * 0.55)
        {
          styre_canvas_text (cv, in->code, pad, text_y, 0, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD,
                             STYRE_TEXT_START, &cv->pal.foreground);
          styre_canvas_text (cv, in->title, pad + code_w + f * 0.4, text_y,
                             label_w - code_w - f * 0.4, STYRE_TEXT_BODY, PANGO_WEIGHT_NORMAL,
                             STYRE_TEXT_START, &cv->pal.foreground);
        }
      else
        styre_canvas_text (cv, in->code, pad, text_y, label_w, STYRE_TEXT_BODY,
                           PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground);
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, pad * 0.5, y, label_w + pad * 0.5,
                             row_h, in->id, styre_initiative_label (in->code, in->title),
                             g_strdup_printf ("%s %s\n%s · %s", in->code, in->title,
                                              styre_vocabulary_label (STYRE_VOCAB_PHASE, in->phase),
                                              styre_vocabulary_label (STYRE_VOCAB_LIFECYCLE,
                                                                      in->lifecycle)));

      cairo_save (cv->cr);
      cairo_rectangle (cv->cr, a.x0, y, a.x1 - a.x0, row_h);
      cairo_clip (cv->cr);

      /* Phases. */
      for (guint p = 0; p < row->phases->len; p++)
        {
          const StyreRoadmapPhase *ph = &g_array_index (row->phases, StyreRoadmapPhase, p);
          int pi = phase_index (ph->phase);
          int from = styre_date_to_day (ph->from);
          int to = ph->to ? styre_date_to_day (ph->to) : a.end;
          double sx = MAX (a.x0, x_of (&a, from)), ex = MIN (a.x1, x_of (&a, to));
          const char *name = styre_vocabulary_label (STYRE_VOCAB_PHASE, ph->phase);
          g_autofree char *from_text = styre_format_date (ph->from);
          g_autofree char *to_text = ph->to ? styre_format_date (ph->to) : NULL;

          if (ex <= sx || from == 0)
            continue;
          cairo_rectangle (cv->cr, sx, by, ex - sx, bar_h);
          if (ph->planned)
            {
              styre_canvas_set_source_alpha (cv, &cv->pal.phase[pi], 0.35);
              cairo_fill (cv->cr);
              styre_canvas_hatch (cv, sx, by, ex - sx, bar_h, &cv->pal.phase[pi],
                                  MAX (4, f * 0.4));
            }
          else
            {
              styre_canvas_set_source (cv, &cv->pal.phase[pi]);
              cairo_fill (cv->cr);
            }
          cairo_rectangle (cv->cr, sx + 0.5, by + 0.5, ex - sx - 1, bar_h - 1);
          styre_canvas_set_source (cv, &cv->pal.outline);
          cairo_set_line_width (cv->cr, cv->pal.line);
          cairo_stroke (cv->cr);
          if (!ph->planned && ex - sx > styre_canvas_text_width (cv, name, STYRE_TEXT_SMALL,
                                                                  PANGO_WEIGHT_NORMAL) + f * 0.6
              && bar_h >= lh * 0.7)
            styre_canvas_text (cv, name, sx + f * 0.3, by + (bar_h - lh) / 2, ex - sx - f * 0.4,
                               STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL, STYRE_TEXT_START,
                               &cv->pal.on_phase[pi]);
          styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, sx, by, ex - sx, bar_h, in->id,
                                 g_strdup_printf ("%s: %s", in->code, name),
                                 /* Translators: a phase on the roadmap, e.g. "DF-2023-02
                                  * Digitalt servicetorg\nExecution: 03.11.2022 – 14.01.2028
                                  * (planned)" */
                                 g_strdup_printf (_("%s %s\n%s: %s – %s%s"), in->code, in->title,
                                                  name, from_text, to_text ? to_text : "",
                                                  ph->planned ? _(" (planned)") : ""));
        }

      /* Gate decisions above the bar. */
      for (guint g = 0; g < row->decisions->len; g++)
        {
          const StyreRoadmapDecision *dec = g_ptr_array_index (row->decisions, g);
          int day = styre_date_to_day (dec->decided_on);
          double gx = x_of (&a, day), gy = by - f * 0.05, gr = f * 0.38;
          g_autofree char *date = styre_format_date (dec->decided_on);
          gboolean bad = g_strcmp0 (dec->outcome, "stopped") == 0
                         || g_strcmp0 (dec->outcome, "paused") == 0
                         || g_strcmp0 (dec->outcome, "rework") == 0;

          if (day < a.start || day > a.end)
            continue;
          cairo_new_path (cv->cr);
          diamond (cv->cr, gx, gy, gr);
          styre_canvas_set_source (cv, bad ? &cv->pal.warning : &cv->pal.foreground);
          cairo_fill (cv->cr);
          styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, gx - gr, gy - gr, 2 * gr, 2 * gr,
                                 in->id,
                                 g_strdup_printf ("%s %s", in->code,
                                                  styre_vocabulary_label (STYRE_VOCAB_GATE, dec->gate)),
                                 g_strdup_printf ("%s %s\n%s %s: %s", in->code, in->title,
                                                  styre_vocabulary_label (STYRE_VOCAB_GATE, dec->gate),
                                                  date,
                                                  styre_vocabulary_label (STYRE_VOCAB_GATE_OUTCOME,
                                                                          dec->outcome)));
        }

      /* Milestones: baseline ◇ joined to the forecast or actual ●. */
      for (guint m = 0; m < row->milestones->len; m++)
        {
          const StyreRoadmapMilestone *ms = g_ptr_array_index (row->milestones, m);
          int base = styre_date_to_day (ms->baseline);
          int now = styre_date_to_day (ms->actual ? ms->actual
                                       : ms->forecast ? ms->forecast : ms->baseline);
          double bx = x_of (&a, base), nx = x_of (&a, now);
          double my = by + bar_h + f * 0.3, mr = f * 0.3;

          if (MAX (base, now) < a.start || MIN (base, now) > a.end)
            continue;
          if (now != base)
            {
              styre_canvas_set_source (cv, ms->slip_days > 0 ? &cv->pal.warning : &cv->pal.dim);
              cairo_set_line_width (cv->cr, MAX (1.5, f * 0.12));
              cairo_move_to (cv->cr, bx, my);
              cairo_line_to (cv->cr, nx, my);
              cairo_stroke (cv->cr);
            }
          cairo_new_path (cv->cr);
          diamond (cv->cr, bx, my, mr);
          styre_canvas_set_source (cv, &cv->pal.background);
          cairo_fill_preserve (cv->cr);
          styre_canvas_set_source (cv, &cv->pal.foreground);
          cairo_set_line_width (cv->cr, MAX (1.2, f * 0.1));
          cairo_stroke (cv->cr);
          cairo_new_path (cv->cr);
          cairo_arc (cv->cr, nx, my, mr * 0.85, 0, 2 * G_PI);
          styre_canvas_set_source (cv, ms->actual ? &cv->pal.foreground
                                   : ms->slip_days > 0 ? &cv->pal.warning : &cv->pal.accent);
          cairo_fill (cv->cr);
          styre_canvas_add_mark (cv, STYRE_CHART_MARK_CIRCLE, nx - mr * 1.4, my - mr * 1.4,
                                 mr * 2.8, mr * 2.8, in->id,
                                 g_strdup_printf ("%s: %s", in->code, ms->title),
                                 milestone_tooltip (in, ms));
        }
      cairo_restore (cv->cr);
      y += row_h;
    }
  cv->out->n_rows = r - first_row;

  /* The as-of line over everything. */
  if (as_of >= a.start && as_of <= a.end)
    {
      double x = round (x_of (&a, as_of)) + 0.5;
      g_autofree char *date = styre_format_date (d->as_of);
      const char *word = g_strcmp0 (d->as_of, d->today) == 0 ? _("Today") : date;

      styre_canvas_set_source (cv, &cv->pal.accent);
      cairo_set_line_width (cv->cr, MAX (2, f * 0.14));
      cairo_move_to (cv->cr, x, pad * 0.3 + axis_h - f * 0.2);
      cairo_line_to (cv->cr, x, y);
      cairo_stroke (cv->cr);
      {
        double tw = styre_canvas_text_width (cv, word, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD);
        double tx = MIN (x + f * 0.2, a.x1 - tw);

        /* In the year line, where there is room but at the turn of a year. */
        if (!cv->style.transparent)
          {
            cairo_rectangle (cv->cr, tx - f * 0.1, pad * 0.3, tw + f * 0.2, lh);
            styre_canvas_set_source (cv, &cv->pal.background);
            cairo_fill (cv->cr);
          }
        styre_canvas_text (cv, word, tx, pad * 0.3, 0, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD,
                           STYRE_TEXT_START, &cv->pal.accent);
      }
    }

  /* The legend. */
  {
    const char * const *phases = styre_vocabulary_ids (STYRE_VOCAB_PHASE);
    double lx = pad, ly = cv->height - legend_h + f * 0.2;
    double needed = 0;

    for (int p = 0; phases[p] != NULL; p++)
      needed += styre_canvas_legend_width (cv, styre_vocabulary_label (STYRE_VOCAB_PHASE,
                                                                      phases[p]));
    if (needed < cv->width - 2 * pad - f * 22)
      for (int p = 0; phases[p] != NULL; p++)
        lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_BOX, &cv->pal.phase[p], 0,
                                        styre_vocabulary_label (STYRE_VOCAB_PHASE, phases[p]));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_HATCHED, &cv->pal.phase[3], 0,
                                    _("Planned"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_LINE, &cv->pal.warning, 0,
                                    _("Slipped milestone"));
    if (r < rows->len)
      styre_canvas_more_note (cv, rows->len - r, lx + f * 0.5, ly, cv->width - pad - lx);
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  StyreChartTable *t = styre_chart_table_new (6, _("Code"), _("Initiative"), _("What"),
                                              _("Baseline"), _("Forecast / done"),
                                              _("Days late"));

  styre_chart_table_set_numeric (t, 5);
  for (guint r = 0; r < d->roadmap.rows->len; r++)
    {
      const StyreRoadmapRow *row = g_ptr_array_index (d->roadmap.rows, r);
      const StyreChartInitiative *in = row->initiative;

      for (guint p = 0; p < row->phases->len; p++)
        {
          const StyreRoadmapPhase *ph = &g_array_index (row->phases, StyreRoadmapPhase, p);

          styre_chart_table_add (t, in->id, g_strdup (in->code), g_strdup (in->title),
                                 g_strdup_printf ("%s%s",
                                                  styre_vocabulary_label (STYRE_VOCAB_PHASE, ph->phase),
                                                  ph->planned ? _(" (planned)") : ""),
                                 styre_format_date (ph->from),
                                 ph->to ? styre_format_date (ph->to) : NULL, NULL);
        }
      for (guint m = 0; m < row->milestones->len; m++)
        {
          const StyreRoadmapMilestone *ms = g_ptr_array_index (row->milestones, m);

          styre_chart_table_add (t, in->id, g_strdup (in->code), g_strdup (in->title),
                                 g_strdup (ms->title), styre_format_date (ms->baseline),
                                 ms->actual ? styre_format_date (ms->actual)
                                 : ms->forecast ? styre_format_date (ms->forecast) : NULL,
                                 g_strdup_printf ("%d", ms->slip_days));
        }
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  guint late = 0, milestones = 0;
  int worst = 0;
  const StyreRoadmapRow *worst_row = NULL;

  for (guint r = 0; r < d->roadmap.rows->len; r++)
    {
      const StyreRoadmapRow *row = g_ptr_array_index (d->roadmap.rows, r);

      for (guint m = 0; m < row->milestones->len; m++)
        {
          const StyreRoadmapMilestone *ms = g_ptr_array_index (row->milestones, m);

          if (ms->actual != NULL)
            continue;
          milestones++;
          if (ms->slip_days > 0)
            late++;
          if (ms->slip_days > worst)
            {
              worst = ms->slip_days;
              worst_row = row;
            }
        }
    }
  if (worst_row != NULL)
    /* Translators: the roadmap in words */
    return g_strdup_printf (_("%u initiatives on the time line. %u of %u open milestones are "
                              "forecast late; the latest is %s %s, %d days."),
                            d->roadmap.rows->len, late, milestones,
                            worst_row->initiative->code, worst_row->initiative->title, worst);
  return g_strdup_printf (_("%u initiatives on the time line. No open milestone is forecast "
                            "late."), d->roadmap.rows->len);
}

const StyreChartClass styre_chart_roadmap_class = { draw, table, describe };
