/* styre-chart-competence.c — demand against capacity per competence and quarter
 *
 * A grid, information security first: each cell says the gap in FTE and is coloured and
 * shaped by how much of the demand the capacity covers (● all, ▲ at least 80 %, ■ less).
 * Beside it, when there is room: the initiatives short of the competences with the
 * biggest gaps this quarter.
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

static StyreRag
coverage (double demand,
          double capacity)
{
  if (demand <= 0.05)
    return STYRE_RAG_GREY;
  if (capacity >= demand - 0.05)
    return STYRE_RAG_GREEN;
  if (capacity >= demand * 0.8)
    return STYRE_RAG_YELLOW;
  return STYRE_RAG_RED;
}

static char *
quarter_label (const char *quarter)
{
  /* Translators: a quarter on an axis, e.g. "Q3 2026" (nb "3. kv. 2026") */
  return g_strdup_printf (_("Q%c %.4s"), quarter[6], quarter);
}

static int
current_quarter (const StyreChartData *d)
{
  for (int q = 0; q < STYRE_COMPETENCE_QUARTERS; q++)
    if (atoi (d->competence.quarters[q]) == atoi (d->as_of)
        && d->competence.quarters[q][6] - '1' == (atoi (d->as_of + 5) - 1) / 3)
      return q;
  return 1;
}

static char *
cell_tooltip (const StyreCompetenceRow *row,
              int                       q,
              const char               *quarter)
{
  g_autofree char *label = quarter_label (quarter);
  g_autofree char *need = styre_format_fte (row->demand[q]);
  g_autofree char *have = styre_format_fte (row->capacity[q]);
  GString *out = g_string_new (NULL);

  /* Translators: a cell of the competence chart, e.g. "Informasjonssikkerhet, Q3 2026\nNeeded:
   * 4,5 FTE · Available: 3 FTE" */
  g_string_append_printf (out, _("%s, %s\nNeeded: %s FTE · Available: %s FTE"), row->name,
                          label, need, have);
  for (guint i = 0; i < row->needs[q]->len && i < 8; i++)
    {
      const StyreCompetenceNeed *n = g_ptr_array_index (row->needs[q], i);
      g_autofree char *fte = styre_format_fte (n->fte);

      g_string_append_printf (out, "\n%s %s: %s", n->code, n->title, fte);
    }
  if (row->needs[q]->len > 8)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                row->needs[q]->len - 8),
                              row->needs[q]->len - 8);
    }
  return g_string_free (out, FALSE);
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  const StyreCompetenceData *c = &d->competence;
  double f = cv->font, pad = cv->pad;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double legend_h = lh + f * 0.6;
  double label_w = 0, side_w = 0, grid_w, cw, row_h, y, bottom;
  int now = current_quarter (d);
  guint r;

  cv->out->n_rows_total = c->rows->len;
  if (c->rows->len == 0)
    {
      styre_canvas_empty (cv, _("No competences are registered"));
      return;
    }
  first_row = MIN (first_row, c->rows->len - 1);
  for (guint i = 0; i < c->rows->len; i++)
    {
      const StyreCompetenceRow *row = g_ptr_array_index (c->rows, i);
      label_w = MAX (label_w, styre_canvas_text_width (cv, row->name, STYRE_TEXT_BODY,
                                                       PANGO_WEIGHT_NORMAL));
    }
  label_w = MIN (label_w + f * 0.5, MAX (f * 8, (cv->width - 2 * pad) * 0.3));
  grid_w = cv->width - 2 * pad - label_w;
  if (grid_w > f * 60)
    {
      side_w = MIN (grid_w * 0.36, f * 26);
      grid_w -= side_w + f * 1.2;
    }
  cw = grid_w / STYRE_COMPETENCE_QUARTERS;
  row_h = round (CLAMP ((cv->height - legend_h - lh - f * 0.6) / (c->rows->len - first_row),
                        f * 2.0, f * 3.0));

  y = pad * 0.3;
  for (int q = 0; q < STYRE_COMPETENCE_QUARTERS; q++)
    {
      g_autofree char *label = quarter_label (c->quarters[q]);

      styre_canvas_text (cv, label, pad + label_w + q * cw, y, cw, STYRE_TEXT_SMALL,
                         q == now ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, STYRE_TEXT_CENTER,
                         q == now ? &cv->pal.foreground : &cv->pal.dim);
    }
  y += lh + f * 0.3;
  bottom = cv->height - legend_h;

  for (r = first_row; r < c->rows->len && y + row_h <= bottom; r++)
    {
      const StyreCompetenceRow *row = g_ptr_array_index (c->rows, r);

      styre_canvas_text (cv, row->name, pad, y + (row_h - styre_canvas_line_height (cv, STYRE_TEXT_BODY)) / 2,
                         label_w - f * 0.4, STYRE_TEXT_BODY, r == 0 ? PANGO_WEIGHT_BOLD
                                                                    : PANGO_WEIGHT_NORMAL,
                         STYRE_TEXT_START, &cv->pal.foreground);
      for (int q = 0; q < STYRE_COMPETENCE_QUARTERS; q++)
        {
          StyreRag rag = coverage (row->demand[q], row->capacity[q]);
          double cx = pad + label_w + q * cw + f * 0.1, inset = f * 0.1;
          double gap = row->capacity[q] - row->demand[q];
          g_autofree char *text = NULL;
          g_autofree char *number = styre_format_fte (fabs (gap));

          if (rag == STYRE_RAG_GREY)
            {
              styre_canvas_text (cv, "–", cx, y + (row_h - lh) / 2, cw - f * 0.2,
                                 STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL, STYRE_TEXT_CENTER,
                                 &cv->pal.dim);
              continue;
            }
          cairo_new_path (cv->cr);
          styre_canvas_rounded_rect (cv, cx + inset, y + inset, cw - f * 0.2 - 2 * inset,
                                     row_h - 2 * inset, f * 0.2);
          /* Covered is quieter, but the black text must still read on it (7:1 light;
           * full green in dark, where a pale green would be dark). */
          styre_canvas_set_source_alpha (cv, &cv->pal.rag[rag],
                                         rag == STYRE_RAG_GREEN
                                         && cv->pal.background.r > 0.5 ? 0.45 : 1.0);
          cairo_fill (cv->cr);
          /* The shape, then the gap: "−1,5" short, "+0,5" to spare. */
          text = g_strdup_printf ("%s%s", gap < -0.05 ? "−" : gap > 0.05 ? "+" : "±", number);
          {
            double tw = styre_canvas_text_width (cv, text, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD);
            double sym = f * 0.6;
            double total = sym + f * 0.3 + tw;
            double sx = cx + (cw - f * 0.2 - total) / 2;

            if (total < cw - f * 0.4)
              {
                styre_canvas_rag_glyph (cv, rag, sx + sym / 2, y + row_h / 2, sym);
                styre_canvas_text (cv, text, sx + sym + f * 0.3, y + (row_h - lh) / 2, 0,
                                   STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                                   &cv->pal.on_rag);
              }
            else
              styre_canvas_rag_glyph (cv, rag, cx + (cw - f * 0.2) / 2, y + row_h / 2, sym);
          }
          styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, cx, y, cw - f * 0.2, row_h, 0,
                                 g_strdup_printf ("%s %s: %s", row->name, c->quarters[q], text),
                                 cell_tooltip (row, q, c->quarters[q]));
        }
      y += row_h;
    }
  cv->out->n_rows = r - first_row;

  /* Who is short this quarter, the biggest gaps first. */
  if (side_w > 0)
    {
      double sx = cv->width - pad - side_w, sy = pad * 0.3;
      g_autofree char *label = quarter_label (c->quarters[now]);
      g_autofree char *heading = g_strdup_printf (_("Short in %s"), label);
      double line = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);

      sy += styre_canvas_text (cv, heading, sx, sy, side_w, STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD,
                               STYRE_TEXT_START, &cv->pal.foreground) + f * 0.2;
      for (guint i = 0; i < c->rows->len && sy + line * 2 <= bottom; i++)
        {
          const StyreCompetenceRow *row = g_ptr_array_index (c->rows, i);
          double gap = row->demand[now] - row->capacity[now];
          g_autofree char *fte = styre_format_fte (gap);
          g_autofree char *head = NULL;

          if (coverage (row->demand[now], row->capacity[now]) != STYRE_RAG_RED)
            continue;
          /* Translators: e.g. "Informasjonssikkerhet: 2 FTE short" */
          head = g_strdup_printf (_("%s: %s FTE short"), row->name, fte);
          styre_canvas_rag_symbol (cv, STYRE_RAG_RED, sx + f * 0.35, sy + line / 2, f * 0.6);
          sy += styre_canvas_text (cv, head, sx + f * 0.9, sy, side_w - f * 0.9,
                                   STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                                   &cv->pal.foreground);
          for (guint k = 0; k < row->needs[now]->len && k < 3 && sy + line <= bottom; k++)
            {
              const StyreCompetenceNeed *n = g_ptr_array_index (row->needs[now], k);
              g_autofree char *need = styre_format_fte (n->fte);
              g_autofree char *text = g_strdup_printf ("%s %s (%s)", n->code, n->title, need);

              styre_canvas_text (cv, text, sx + f * 0.9, sy, side_w - f * 0.9, STYRE_TEXT_SMALL,
                                 PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
              styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, sx, sy, side_w, line,
                                     n->initiative_id, g_strdup (text),
                                     g_strdup_printf ("%s %s\n%s: %s FTE", n->code, n->title,
                                                      row->name, need));
              sy += line;
            }
          sy += f * 0.3;
        }
    }

  {
    double lx = pad, ly = cv->height - legend_h + f * 0.2;

    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_RAG, NULL, STYRE_RAG_GREEN,
                                    _("Covered"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_RAG, NULL, STYRE_RAG_YELLOW,
                                    /* xgettext:no-c-format */
                                    _("At least 80 % covered"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_RAG, NULL, STYRE_RAG_RED,
                                    _("Short"));
    styre_canvas_text (cv, _("Numbers: FTE to spare (+) or short (−)"), lx, ly,
                       cv->width - pad - lx, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                       STYRE_TEXT_START, &cv->pal.dim);
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  const StyreCompetenceData *c = &d->competence;
  StyreChartTable *t = styre_chart_table_new (5, _("Competence"), _("Quarter"), _("Needed (FTE)"),
                                              _("Available (FTE)"), _("Initiatives"));

  styre_chart_table_set_numeric (t, 2);
  styre_chart_table_set_numeric (t, 3);
  for (guint i = 0; i < c->rows->len; i++)
    {
      const StyreCompetenceRow *row = g_ptr_array_index (c->rows, i);

      for (int q = 0; q < STYRE_COMPETENCE_QUARTERS; q++)
        {
          GString *who = g_string_new (NULL);

          if (row->demand[q] <= 0 && row->capacity[q] <= 0)
            {
              g_string_free (who, TRUE);
              continue;
            }
          for (guint k = 0; k < row->needs[q]->len; k++)
            {
              const StyreCompetenceNeed *n = g_ptr_array_index (row->needs[q], k);
              g_string_append_printf (who, "%s%s", k ? ", " : "", n->code);
            }
          styre_chart_table_add (t, 0, g_strdup (row->name), quarter_label (c->quarters[q]),
                                 styre_format_fte (row->demand[q]),
                                 styre_format_fte (row->capacity[q]),
                                 g_string_free (who, FALSE));
        }
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  const StyreCompetenceData *c = &d->competence;
  int now = current_quarter (d);
  GString *out = g_string_new (NULL);
  g_autofree char *label = quarter_label (c->quarters[now]);
  guint short_ = 0;

  g_string_append_printf (out, _("In %s:"), label);
  for (guint i = 0; i < c->rows->len; i++)
    {
      const StyreCompetenceRow *row = g_ptr_array_index (c->rows, i);

      if (coverage (row->demand[now], row->capacity[now]) == STYRE_RAG_RED)
        {
          g_autofree char *gap = styre_format_fte (row->demand[now] - row->capacity[now]);
          g_string_append_printf (out, _(" %s is %s FTE short;"), row->name, gap);
          short_++;
        }
    }
  if (short_ == 0)
    g_string_append (out, _(" no competence is short."));
  else
    out->str[out->len - 1] = '.';
  return g_string_free (out, FALSE);
}

const StyreChartClass styre_chart_competence_class = { draw, table, describe };
