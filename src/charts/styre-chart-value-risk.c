/* styre-chart-value-risk.c — strategic value against complexity, bubble area = budget
 *
 * Scores are whole numbers 1–5, so many initiatives share a point: the bubbles of a point
 * are pushed apart until they do not overlap, staying near their point. Labels (codes) go
 * to the red and yellow ones and the biggest first, wherever one does not collide with a
 * bubble or another label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "styre-chart-private.h"
#include "styre-format.h"

typedef struct
{
  const StyreChartInitiative *in;
  double                      x;
  double                      y;
  double                      r;
  double                      home_x;
  double                      home_y;
  gint64                      size;
} Bubble;

static gint64
size_of (const StyreChartInitiative *in)
{
  if (in->p50 > 0)
    return in->p50;
  if (in->budget_approved > 0)
    return in->budget_approved;
  return 0;
}

static gint
compare_bubbles (gconstpointer a,
                 gconstpointer b)
{
  const Bubble *x = a, *y = b;
  int sx = styre_rag_severity (x->in->overall), sy = styre_rag_severity (y->in->overall);

  /* Labelled first: the worst, then the biggest. */
  if (sx != sy)
    return sx > sy ? -1 : 1;
  if (x->size != y->size)
    return x->size > y->size ? -1 : 1;
  return g_strcmp0 (x->in->code, y->in->code);
}

static gboolean
rects_overlap (double ax, double ay, double aw, double ah,
               double bx, double by, double bw, double bh)
{
  return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/* More bubbles than this are one per point instead: a big portfolio is read by where its
 * money and its colours are, not bubble by bubble. */
#define MAX_BUBBLES 150

/* One bubble per score pair: area by the budget of all there, the count inside, and the
 * colours counted beside it with their shapes. */
static void
draw_points (StyreCanvas *cv,
             GArray      *bubbles,
             double       x0,
             double       y0,
             double       unit_x,
             double       unit_y,
             double       max_r,
             gint64       biggest_one)
{
  gint64 size[5][5] = { { 0 } };
  guint count[5][5][4] = { { { 0 } } };
  gint64 biggest = 0;
  double f = cv->font;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);

  for (guint i = 0; i < bubbles->len; i++)
    {
      const Bubble *b = &g_array_index (bubbles, Bubble, i);
      int c = b->in->complexity - 1, v = b->in->strategic_value - 1;

      size[c][v] += MAX (b->size, 0);
      count[c][v][b->in->overall]++;
    }
  for (int c = 0; c < 5; c++)
    for (int v = 0; v < 5; v++)
      biggest = MAX (biggest, size[c][v]);

  for (int c = 0; c < 5; c++)
    for (int v = 0; v < 5; v++)
      {
        guint n = count[c][v][0] + count[c][v][1] + count[c][v][2] + count[c][v][3];
        double cx = x0 + (c + 0.5) * unit_x, cy = y0 - (v + 0.5) * unit_y;
        double r = biggest > 0 ? MAX (f * 0.9, max_r * sqrt ((double) size[c][v] / biggest))
                               : f * 0.9;
        g_autofree char *number = NULL;
        g_autofree char *money = NULL;
        GString *tooltip;
        double tx;
        static const StyreRag order[] = { STYRE_RAG_RED, STYRE_RAG_YELLOW, STYRE_RAG_GREEN,
                                          STYRE_RAG_GREY };

        if (n == 0)
          continue;
        number = styre_format_integer (n);
        money = styre_format_nok_short (size[c][v]);
        cairo_new_path (cv->cr);
        cairo_arc (cv->cr, cx, cy, r, 0, 2 * G_PI);
        styre_canvas_set_source_alpha (cv, &cv->pal.accent, 0.25);
        cairo_fill_preserve (cv->cr);
        styre_canvas_set_source (cv, &cv->pal.accent);
        cairo_set_line_width (cv->cr, cv->pal.line * 1.5);
        cairo_stroke (cv->cr);
        styre_canvas_text (cv, number, cx, cy - lh / 2, 0, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD,
                           STYRE_TEXT_CENTER, &cv->pal.foreground);

        /* The colours there, each with its shape: ■ 3  ▲ 40  ● 110. */
        tooltip = g_string_new (NULL);
        /* Translators: a point of the value/risk chart with many initiatives */
        g_string_append_printf (tooltip, _("Strategic value %d · Complexity %d\n%s initiatives, "
                                           "budget %s"), v + 1, c + 1, number, money);
        tx = cx - unit_x * 0.45;
        for (guint k = 0; k < G_N_ELEMENTS (order); k++)
          {
            g_autofree char *part = NULL;

            if (count[c][v][order[k]] == 0)
              continue;
            part = styre_format_integer (count[c][v][order[k]]);
            g_string_append_printf (tooltip, "\n%s %s: %s", styre_rag_symbol (order[k]),
                                    styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                            styre_rag_to_id (order[k])), part);
            if (cy + r + lh * 1.2 < y0)
              {
                styre_canvas_rag_symbol (cv, order[k], tx + f * 0.35, cy + r + lh * 0.6, f * 0.6);
                tx += f * 0.8;
                styre_canvas_text (cv, part, tx, cy + r + lh * 0.1, 0, STYRE_TEXT_SMALL,
                                   PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.foreground);
                tx += styre_canvas_text_width (cv, part, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL)
                      + f * 0.4;
              }
          }
        styre_canvas_add_mark (cv, STYRE_CHART_MARK_CIRCLE, cx - r, cy - r, 2 * r, 2 * r, 0,
                               g_strdup_printf (_("Value %d, complexity %d: %s initiatives"),
                                                v + 1, c + 1, number),
                               g_string_free (tooltip, FALSE));
      }
}

static char *
bubble_tooltip (const StyreChartInitiative *in)
{
  g_autofree char *name = styre_initiative_label (in->code, in->title);
  g_autofree char *money = size_of (in) > 0 ? styre_format_nok_short (size_of (in)) : NULL;

  /* Translators: a bubble's tooltip: name, then "Strategic value 4 · Complexity 3 · Budget
   * 48 m kr", then the status */
  return g_strdup_printf (_("%s\nStrategic value %d · Complexity %d · Budget %s\n%s %s"),
                          name, in->strategic_value, in->complexity,
                          money ? money : _("not known"),
                          styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (in->overall)),
                          styre_rag_symbol (in->overall));
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  g_autoptr(GPtrArray) open = styre_open_initiatives (d);
  g_autoptr(GArray) bubbles = g_array_new (FALSE, TRUE, sizeof (Bubble));
  g_autoptr(GArray) labels = g_array_new (FALSE, TRUE, sizeof (double) * 4);
  double f = cv->font, pad = cv->pad;
  double legend_h = styre_canvas_line_height (cv, STYRE_TEXT_SMALL) + f * 0.6;
  double axis_label = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double x0, x1, y0, y1, unit_x, unit_y, max_r, min_r;
  gint64 biggest = 0;
  guint unscored = 0;
  gboolean aggregate;

  for (guint i = 0; i < open->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (open, i);
      Bubble b = { in };

      if (in->strategic_value == 0 || in->complexity == 0)
        {
          unscored++;
          continue;
        }
      b.size = size_of (in);
      biggest = MAX (biggest, b.size);
      g_array_append_val (bubbles, b);
    }
  if (bubbles->len == 0)
    {
      styre_canvas_empty (cv, _("No initiatives have value and complexity scores"));
      return;
    }
  aggregate = bubbles->len > MAX_BUBBLES;

  x0 = pad + axis_label + f * 2.2;
  x1 = cv->width - pad;
  y1 = pad * 0.5;
  y0 = cv->height - legend_h - axis_label * 2 - f * 0.4;
  unit_x = (x1 - x0) / 5;
  unit_y = (y0 - y1) / 5;
  max_r = MIN (unit_x, unit_y) * 0.42;
  min_r = MAX (f * 0.45, max_r * 0.16);

  /* The quadrants: high value and low complexity is where to act first. */
  cairo_rectangle (cv->cr, x0, y1, (x1 - x0) / 2, (y0 - y1) / 2);
  styre_canvas_set_source_alpha (cv, &cv->pal.accent, 0.07);
  cairo_fill (cv->cr);

  /* Grid and axes: the scores 1 to 5, in the middle of their fifth. */
  cairo_set_line_width (cv->cr, cv->pal.line);
  for (int v = 1; v <= 5; v++)
    {
      g_autofree char *n = g_strdup_printf ("%d", v);
      double gx = x0 + (v - 0.5) * unit_x, gy = y0 - (v - 0.5) * unit_y;

      styre_canvas_set_source (cv, &cv->pal.grid);
      cairo_move_to (cv->cr, round (gx) + 0.5, y1);
      cairo_line_to (cv->cr, round (gx) + 0.5, y0);
      cairo_move_to (cv->cr, x0, round (gy) + 0.5);
      cairo_line_to (cv->cr, x1, round (gy) + 0.5);
      cairo_stroke (cv->cr);
      styre_canvas_text (cv, n, gx, y0 + f * 0.2, 0, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                         STYRE_TEXT_CENTER, &cv->pal.dim);
      styre_canvas_text (cv, n, x0 - f * 0.4, gy - axis_label / 2, 0, STYRE_TEXT_SMALL,
                         PANGO_WEIGHT_NORMAL, STYRE_TEXT_END, &cv->pal.dim);
    }
  styre_canvas_set_source (cv, &cv->pal.dim);
  cairo_set_line_width (cv->cr, cv->pal.line * 1.5);
  cairo_move_to (cv->cr, x0, y1);
  cairo_line_to (cv->cr, x0, y0);
  cairo_line_to (cv->cr, x1, y0);
  cairo_stroke (cv->cr);
  styre_canvas_text (cv, _("Complexity and risk →"), x0, y0 + axis_label + f * 0.2, x1 - x0,
                     STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD, STYRE_TEXT_CENTER, &cv->pal.dim);
  styre_canvas_text_vertical (cv, _("Strategic value →"), pad + axis_label / 2, (y0 + y1) / 2,
                              STYRE_TEXT_SMALL, &cv->pal.dim);

  if (!aggregate)
    {
    /* Sizes: area in proportion to the budget. */
    for (guint i = 0; i < bubbles->len; i++)
      {
        Bubble *b = &g_array_index (bubbles, Bubble, i);

        b->r = biggest > 0 && b->size > 0 ? MAX (min_r, max_r * sqrt ((double) b->size / biggest))
                                          : min_r;
        b->home_x = x0 + (b->in->complexity - 0.5) * unit_x;
        b->home_y = y0 - (b->in->strategic_value - 0.5) * unit_y;
        /* A deterministic start around the point, so they can move apart. */
        b->x = b->home_x + cos (i * 2.39996) * b->r * 0.3;
        b->y = b->home_y + sin (i * 2.39996) * b->r * 0.3;
      }
    /* Push overlapping bubbles apart, pull each back towards its point, keep in the plot. */
    for (int round_ = 0; round_ < 120; round_++)
      {
        for (guint i = 0; i < bubbles->len; i++)
          for (guint j = i + 1; j < bubbles->len; j++)
            {
              Bubble *a = &g_array_index (bubbles, Bubble, i);
              Bubble *b = &g_array_index (bubbles, Bubble, j);
              double dx = b->x - a->x, dy = b->y - a->y;
              double dist = sqrt (dx * dx + dy * dy), need = a->r + b->r + 1.5;

              if (dist < need)
                {
                  double push = (need - dist) / 2 + 0.01;

                  if (dist < 0.01)
                    {
                      dx = cos (i + j);
                      dy = sin (i + j);
                      dist = 1;
                    }
                  a->x -= dx / dist * push;
                  a->y -= dy / dist * push;
                  b->x += dx / dist * push;
                  b->y += dy / dist * push;
                }
            }
        for (guint i = 0; i < bubbles->len; i++)
          {
            Bubble *b = &g_array_index (bubbles, Bubble, i);

            b->x += (b->home_x - b->x) * 0.04;
            b->y += (b->home_y - b->y) * 0.04;
            b->x = CLAMP (b->x, x0 + b->r, x1 - b->r);
            b->y = CLAMP (b->y, y1 + b->r, y0 - b->r);
          }
      }

    g_array_sort (bubbles, compare_bubbles);
    /* The biggest under the smaller ones, so none hides another. */
    for (guint k = bubbles->len; k > 0; k--)
      {
        Bubble *b = &g_array_index (bubbles, Bubble, k - 1);
        StyreRag rag = b->in->overall;

        cairo_new_path (cv->cr);
        cairo_arc (cv->cr, b->x, b->y, b->r, 0, 2 * G_PI);
        styre_canvas_set_source_alpha (cv, &cv->pal.rag[rag], rag == STYRE_RAG_GREY ? 0.45 : 0.85);
        cairo_fill_preserve (cv->cr);
        styre_canvas_set_source (cv, cv->pal.high_contrast ? &cv->pal.foreground
                                                           : &cv->pal.outline);
        cairo_set_line_width (cv->cr, cv->pal.line * 1.2);
        cairo_stroke (cv->cr);
        styre_canvas_rag_glyph (cv, rag, b->x, b->y, MIN (b->r * 0.9, f * 0.75));
        styre_canvas_add_mark (cv, STYRE_CHART_MARK_CIRCLE, b->x - b->r, b->y - b->r, 2 * b->r,
                               2 * b->r, b->in->id, styre_initiative_label (b->in->code,
                                                                             b->in->title),
                               bubble_tooltip (b->in));
      }
    }
  else
    draw_points (cv, bubbles, x0, y0, unit_x, unit_y, max_r, biggest);

  /* The quadrants' names in the outer corners, where bubbles are fewest, on a pill so they
   * read over a bubble too. */
  {
    struct { double x, y; StyreTextAlign align; const char *label; } quadrants[] = {
      /* Translators: quadrants of the value/risk chart */
      { x0 + f * 0.4, y1 + f * 0.3, STYRE_TEXT_START, N_("Do first: high value, low complexity") },
      { x1 - f * 0.4, y1 + f * 0.3, STYRE_TEXT_END, N_("Strategic bets: high value, high complexity") },
      { x0 + f * 0.4, y0 - f * 0.3 - axis_label, STYRE_TEXT_START, N_("Quick fixes: low value, low complexity") },
      { x1 - f * 0.4, y0 - f * 0.3 - axis_label, STYRE_TEXT_END, N_("Reconsider: low value, high complexity") },
    };

    for (guint q = 0; q < G_N_ELEMENTS (quadrants); q++)
      {
        const char *text = _(quadrants[q].label);
        double tw = MIN (styre_canvas_text_width (cv, text, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD),
                         (x1 - x0) / 2 - f);
        double lx = quadrants[q].align == STYRE_TEXT_START ? quadrants[q].x
                                                           : quadrants[q].x - tw;
        double rect[4] = { lx - f * 0.2, quadrants[q].y, tw + f * 0.4, axis_label };

        cairo_new_path (cv->cr);
        styre_canvas_rounded_rect (cv, rect[0], rect[1], rect[2], rect[3], axis_label / 2);
        styre_canvas_set_source_alpha (cv, &cv->pal.background, 0.85);
        cairo_fill (cv->cr);
        styre_canvas_text (cv, text, lx, quadrants[q].y, tw, STYRE_TEXT_SMALL,
                           PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.dim);
        g_array_append_vals (labels, rect, 1);
      }
  }

  /* Labels: beside the bubble, wherever they fit. */
  for (guint k = 0; !aggregate && k < bubbles->len; k++)
    {
      Bubble *b = &g_array_index (bubbles, Bubble, k);
      double lw = styre_canvas_text_width (cv, b->in->code, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD);
      double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
      double candidates[][2] = {
        { b->x + b->r + f * 0.15, b->y - lh / 2 },
        { b->x - b->r - f * 0.15 - lw, b->y - lh / 2 },
        { b->x - lw / 2, b->y - b->r - lh },
        { b->x - lw / 2, b->y + b->r },
        { b->x + b->r * 0.7, b->y - b->r * 0.7 - lh },
        { b->x + b->r * 0.7, b->y + b->r * 0.7 },
      };

      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          double lx = candidates[c][0], ly = candidates[c][1];
          gboolean free = lx >= x0 && lx + lw <= x1 && ly >= y1 && ly + lh <= y0;

          for (guint o = 0; free && o < bubbles->len; o++)
            {
              Bubble *other = &g_array_index (bubbles, Bubble, o);

              free = !rects_overlap (lx, ly, lw, lh, other->x - other->r * 0.92,
                                     other->y - other->r * 0.92, other->r * 1.84,
                                     other->r * 1.84);
            }
          for (guint o = 0; free && o < labels->len; o++)
            {
              double *l = &g_array_index (labels, double, o * 4);
              free = !rects_overlap (lx, ly, lw, lh, l[0], l[1], l[2], l[3]);
            }
          if (free)
            {
              double rect[4] = { lx, ly, lw, lh };

              styre_canvas_text (cv, b->in->code, lx, ly, 0, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD,
                                 STYRE_TEXT_START, &cv->pal.foreground);
              g_array_append_vals (labels, rect, 1);
              break;
            }
        }
    }

  /* The legend: colours, what the size means, and who is left out. */
  {
    double lx = pad, ly = cv->height - legend_h + f * 0.2;
    StyreRag order[] = { STYRE_RAG_GREEN, STYRE_RAG_YELLOW, STYRE_RAG_RED, STYRE_RAG_GREY };
    g_autofree char *note = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_RAG, NULL, order[i],
                                      styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                              styre_rag_to_id (order[i])));
    if (unscored > 0)
      note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Size: budget (P50). %u not scored is left out.",
                                           "Size: budget (P50). %u not scored are left out.",
                                           unscored), unscored);
    else
      note = g_strdup (_("Size: budget (P50)"));
    styre_canvas_text (cv, note, lx + f * 0.5, ly, cv->width - pad - lx - f * 0.5,
                       STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  g_autoptr(GPtrArray) open = styre_open_initiatives (d);
  StyreChartTable *t = styre_chart_table_new (6, _("Code"), _("Initiative"), _("Strategic value"),
                                              _("Complexity"), _("Budget (P50)"), _("Status"));

  styre_chart_table_set_numeric (t, 2);
  styre_chart_table_set_numeric (t, 3);
  styre_chart_table_set_numeric (t, 4);
  g_ptr_array_sort (open, styre_compare_worst_first);
  for (guint i = 0; i < open->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (open, i);

      styre_chart_table_add (t, in->id, g_strdup (in->code), g_strdup (in->title),
                             in->strategic_value ? g_strdup_printf ("%d", in->strategic_value)
                                                 : g_strdup ("–"),
                             in->complexity ? g_strdup_printf ("%d", in->complexity)
                                            : g_strdup ("–"),
                             size_of (in) > 0 ? styre_format_nok (size_of (in)) : g_strdup ("–"),
                             g_strdup_printf ("%s %s", styre_rag_symbol (in->overall),
                                              styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                                      styre_rag_to_id (in->overall))));
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  g_autoptr(GPtrArray) open = styre_open_initiatives (d);
  guint quadrant[4] = { 0 }, scored = 0;
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < open->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (open, i);

      if (in->strategic_value == 0 || in->complexity == 0)
        continue;
      scored++;
      quadrant[(in->strategic_value >= 3 ? 0 : 2) + (in->complexity >= 3 ? 1 : 0)]++;
    }
  /* Translators: the value/risk chart in words */
  g_string_append_printf (out, _("%u initiatives by strategic value and complexity: %u high "
                                 "value and low complexity, %u high value and high complexity, "
                                 "%u low value and low complexity, %u low value and high "
                                 "complexity."),
                          scored, quadrant[0], quadrant[1], quadrant[2], quadrant[3]);
  return g_string_free (out, FALSE);
}

const StyreChartClass styre_chart_value_risk_class = { draw, table, describe };
