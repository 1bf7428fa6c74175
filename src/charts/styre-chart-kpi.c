/* styre-chart-kpi.c — the figures a leader reads first
 *
 * Initiatives by status, this year's budget and benefits, the follow-up list and the next
 * decision points, as tiles that rearrange with the space they get.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "styre-chart-private.h"
#include "styre-format.h"

static const StyreRag rag_order[] = { STYRE_RAG_GREEN, STYRE_RAG_YELLOW, STYRE_RAG_RED,
                                      STYRE_RAG_GREY };

static void
tile_frame (StyreCanvas *cv,
            double       x,
            double       y,
            double       w,
            double       h)
{
  cairo_new_path (cv->cr);
  styre_canvas_rounded_rect (cv, x + 0.5, y + 0.5, w - 1, h - 1, cv->font * 0.5);
  styre_canvas_set_source (cv, &cv->pal.band);
  cairo_fill_preserve (cv->cr);
  styre_canvas_set_source (cv, &cv->pal.grid);
  cairo_set_line_width (cv->cr, cv->pal.line);
  cairo_stroke (cv->cr);
}

/* The big number grows with the tile: what is left after the title and @lines lines. */
static double
big_size (StyreCanvas *cv,
          double       h,
          double       lines)
{
  double small = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double head = styre_canvas_line_height (cv, STYRE_TEXT_HEAD);
  double free = h - cv->font * 1.4 - head - lines * small;

  return CLAMP (free / (cv->font * 1.3), 1.6, 4.4);
}

/* …and shrinks when the number would not fit across. */
static double
fit_width (StyreCanvas *cv,
           const char  *text,
           double       size,
           double       width)
{
  double w = styre_canvas_text_width (cv, text, size, PANGO_WEIGHT_HEAVY);

  /* A little under the width: Pango's sizes do not scale exactly. */
  if (w > width * 0.96 && w > 0)
    size = MAX (1.2, size * width * 0.96 / w);
  return size;
}

static char *
list_of (const StyreChartData *d,
         StyreRag              rag)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < d->initiatives->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);

      if (!styre_chart_initiative_is_open (in) || in->overall != rag)
        continue;
      if (n++ < 12)
        g_string_append_printf (out, "\n%s %s", in->code, in->title);
    }
  if (n > 12)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                n - 12), n - 12);
    }
  return g_string_free (out, FALSE);
}

static void
rag_tile (StyreCanvas          *cv,
          const StyreChartData *d,
          StyreRag              rag,
          double                x,
          double                y,
          double                w,
          double                h)
{
  const StyreKpiData *k = &d->kpi;
  const char *word = styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (rag));
  g_autofree char *value = styre_format_integer (k->by_rag[rag]);
  g_autofree char *percent = NULL;
  g_autofree char *list = list_of (d, rag);
  double f = cv->font, p = f * 0.7;
  double big = big_size (cv, h, 1);
  double big_h, sym, content, ty;

  /* Low: the shape and number, with the word and the share beside them. */
  if (h < f * 5.2)
    {
      double head = styre_canvas_line_height (cv, STYRE_TEXT_HEAD);
      double small = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
      double number_w, tx;

      big = CLAMP ((h - 2 * p) / (f * 1.25), 1.3, 2.4);
      big_h = styre_canvas_line_height (cv, big);
      sym = big_h * 0.6;
      number_w = styre_canvas_text_width (cv, value, big, PANGO_WEIGHT_HEAVY);
      tile_frame (cv, x, y, w, h);
      styre_canvas_rag_symbol (cv, rag, x + p + sym / 2, y + h / 2, sym);
      styre_canvas_text (cv, value, x + p + sym + f * 0.4, y + (h - big_h) / 2, 0, big,
                         PANGO_WEIGHT_HEAVY, STYRE_TEXT_START, &cv->pal.foreground);
      tx = x + p + sym + f * 0.9 + number_w;
      if (k->n_open > 0 && head + small <= h - p)
        {
          g_autofree char *detail = NULL;

          percent = styre_format_percent (100.0 * k->by_rag[rag] / k->n_open, 0);
          detail = g_strdup_printf (_("%s of %u open"), percent, k->n_open);
          /* Narrow tiles say the share alone rather than cutting the sentence; all four
           * decide alike, by the widest number and share any of them can show. */
          {
            guint widest = MAX (MAX (k->by_rag[0], k->by_rag[1]),
                                MAX (k->by_rag[2], k->by_rag[3]));
            g_autofree char *widest_value = styre_format_integer (widest);
            g_autofree char *full = styre_format_percent (100, 0);
            g_autofree char *longest = g_strdup_printf (_("%s of %u open"), full, k->n_open);
            double room = w - 2 * p - sym - f * 0.9
                          - styre_canvas_text_width (cv, widest_value, big, PANGO_WEIGHT_HEAVY);

            if (styre_canvas_text_width (cv, longest, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL)
                > room)
              {
                g_free (detail);
                detail = g_strdup (percent);
              }
          }
          styre_canvas_text (cv, word, tx, y + (h - head - small) / 2, x + w - p - tx,
                             STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                             &cv->pal.foreground);
          styre_canvas_text (cv, detail, tx, y + (h - head - small) / 2 + head, x + w - p - tx,
                             STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL, STYRE_TEXT_START,
                             &cv->pal.dim);
        }
      else
        styre_canvas_text (cv, word, tx, y + (h - head) / 2, x + w - p - tx, STYRE_TEXT_HEAD,
                           PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground);
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x, y, w, h, 0,
                             g_strdup_printf ("%s: %s", word, value),
                             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s initiative%s",
                                                           "%s: %s initiatives%s",
                                                           k->by_rag[rag]),
                                              word, value, list));
      return;
    }

  /* The shape and the number side by side must fit across. */
  {
    double nw = styre_canvas_text_width (cv, value, big, PANGO_WEIGHT_HEAVY);
    double total = styre_canvas_line_height (cv, big) * 0.62 + f * 0.5 + nw;

    if (total > (w - 2 * p) * 0.96)
      big = MAX (1.2, big * (w - 2 * p) * 0.96 / total);
  }
  big_h = styre_canvas_line_height (cv, big);
  sym = big_h * 0.62;
  content = styre_canvas_line_height (cv, STYRE_TEXT_HEAD) + big_h
            + styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  ty = y + MAX (p, (h - content) / 2);

  tile_frame (cv, x, y, w, h);
  ty += styre_canvas_text (cv, word, x + p, ty, w - 2 * p, STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD,
                           STYRE_TEXT_START, &cv->pal.foreground);
  styre_canvas_rag_symbol (cv, rag, x + p + sym / 2, ty + big_h / 2, sym);
  styre_canvas_text (cv, value, x + p + sym + f * 0.5, ty, w - 2 * p - sym - f * 0.5, big,
                     PANGO_WEIGHT_HEAVY, STYRE_TEXT_START, &cv->pal.foreground);
  ty += big_h;
  if (k->n_open > 0 && ty + styre_canvas_line_height (cv, STYRE_TEXT_SMALL) <= y + h - p * 0.5)
    {
      percent = styre_format_percent (100.0 * k->by_rag[rag] / k->n_open, 0);
      /* Translators: under the number of initiatives with a status, e.g. "45 % of 38 open" */
      {
        g_autofree char *detail = g_strdup_printf (_("%s of %u open"), percent, k->n_open);
        styre_canvas_text (cv, detail, x + p, ty, w - 2 * p, STYRE_TEXT_SMALL,
                           PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
      }
    }
  styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x, y, w, h, 0,
                         g_strdup_printf ("%s: %s", word, value),
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s initiative%s",
                                                       "%s: %s initiatives%s", k->by_rag[rag]),
                                          word, value, list));
}

/* A figure with a bar under it: how much of something is used or reached. */
static void
figure_tile (StyreCanvas *cv,
             const char  *title,
             const char  *value,
             const char  *detail,
             const char  *warning,
             double       fraction,
             double       x,
             double       y,
             double       w,
             double       h,
             char        *tooltip)
{
  double f = cv->font, p = f * 0.7;
  double big = fit_width (cv, value,
                          big_size (cv, h, (fraction >= 0 ? 0.7 : 0) + (detail ? 1.0 : 0)
                                           + (warning ? 1.0 : 0)),
                          w - 2 * p);
  double line = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double content = styre_canvas_line_height (cv, STYRE_TEXT_HEAD)
                   + styre_canvas_line_height (cv, big)
                   + (fraction >= 0 ? MAX (4, f * 0.4) + f * 0.45 : 0)
                   + (detail ? line : 0) + (warning ? line : 0);
  double ty = y + MAX (p, (h - content) / 2);

  tile_frame (cv, x, y, w, h);
  ty += styre_canvas_text (cv, title, x + p, ty, w - 2 * p, STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD,
                           STYRE_TEXT_START, &cv->pal.foreground);
  ty += styre_canvas_text (cv, value, x + p, ty, w - 2 * p, big, PANGO_WEIGHT_HEAVY,
                           STYRE_TEXT_START, &cv->pal.foreground);
  if (fraction >= 0 && ty + f * 0.5 < y + h - p)
    {
      double bw = w - 2 * p, bh = MAX (4, f * 0.4);
      double filled = bw * MIN (fraction, 1.0);

      cairo_new_path (cv->cr);
      styre_canvas_rounded_rect (cv, x + p, ty + f * 0.15, bw, bh, bh / 2);
      styre_canvas_set_source (cv, &cv->pal.grid);
      cairo_fill (cv->cr);
      styre_canvas_rounded_rect (cv, x + p, ty + f * 0.15, filled, bh, bh / 2);
      styre_canvas_set_source (cv, fraction > 1.0 ? &cv->pal.warning : &cv->pal.accent);
      cairo_fill (cv->cr);
      ty += bh + f * 0.45;
    }
  /* With room for one line only, the warning goes before the detail. */
  if (detail != NULL && ty + line <= y + h - p * 0.4
      && (warning == NULL || ty + 2 * line <= y + h - p * 0.4))
    ty += styre_canvas_text (cv, detail, x + p, ty, w - 2 * p, STYRE_TEXT_SMALL,
                             PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
  if (warning != NULL && ty + line <= y + h - p * 0.4)
    {
      /* A sign with the words: colour alone says nothing. */
      g_autofree char *text = g_strdup_printf ("▲ %s", warning);
      styre_canvas_text (cv, text, x + p, ty, w - 2 * p, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD,
                         STYRE_TEXT_START, &cv->pal.warning);
    }
  styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x, y, w, h, 0,
                         g_strdup_printf ("%s: %s", title, value), tooltip);
}

static void
money_tiles (StyreCanvas          *cv,
             const StyreChartData *d,
             double                x,
             double                y,
             double                w,
             double                h,
             double                gap)
{
  const StyreKpiData *k = &d->kpi;
  double tw = (w - 2 * gap) / 3;
  g_autofree char *budget_title = g_strdup_printf (_("Budget forecast %d"), d->year);
  g_autofree char *forecast = styre_format_nok_short (k->budget_forecast);
  g_autofree char *approved = styre_format_nok_short (k->budget_approved);
  g_autofree char *actual = styre_format_nok_short (k->budget_actual);
  g_autofree char *budget_detail = NULL;
  g_autofree char *budget_warning = NULL;
  /* Translators: "benefits" are nyttevirkninger (gevinster) */
  g_autofree char *benefit_title = g_strdup_printf (_("Benefits realised %d"), d->year);
  g_autofree char *realised = styre_format_nok_short (k->benefits_realised);
  g_autofree char *planned = styre_format_nok_short (k->benefits_planned);
  g_autofree char *benefit_detail = NULL;
  g_autofree char *open = styre_format_integer (k->open_actions);
  g_autofree char *actions_detail = NULL;
  g_autofree char *actions_warning = NULL;

  /* Translators: under the year's budget forecast, e.g. "Approved 144 m kr · spent 92,6 m kr" */
  budget_detail = g_strdup_printf (_("Approved %s · spent %s"), approved, actual);
  if (k->budget_approved > 0 && k->budget_forecast > k->budget_approved)
    {
      g_autofree char *over = styre_format_percent (100.0 * (k->budget_forecast
                                                              - k->budget_approved)
                                                    / k->budget_approved, 1);
      /* Translators: e.g. "3,6 % over the approved budget" */
      budget_warning = g_strdup_printf (_("%s over the approved budget"), over);
    }
  figure_tile (cv, budget_title, forecast, budget_detail, budget_warning,
               k->budget_approved > 0 ? (double) k->budget_forecast / k->budget_approved : -1,
               x, y, tw, h,
               g_strdup_printf (_("Budget %d\nApproved: %s\nForecast: %s\nSpent so far: %s"),
                                d->year, approved, forecast, actual));

  if (k->benefits_planned > 0)
    {
      g_autofree char *percent = styre_format_percent (100.0 * k->benefits_realised
                                                       / k->benefits_planned, 0);
      /* Translators: under the benefits realised this year, e.g. "62 % of 40 m kr planned" */
      benefit_detail = g_strdup_printf (_("%s of %s planned"), percent, planned);
    }
  else
    benefit_detail = g_strdup (_("No priced benefits planned"));
  figure_tile (cv, benefit_title, realised, benefit_detail, NULL,
               k->benefits_planned > 0 ? (double) k->benefits_realised / k->benefits_planned : -1,
               x + tw + gap, y, tw, h,
               g_strdup_printf (_("Priced benefits %d\nPlanned: %s\nRealised: %s"), d->year,
                                planned, realised));

  actions_detail = g_strdup (g_dngettext (GETTEXT_PACKAGE, "open action from the meetings",
                                          "open actions from the meetings", k->open_actions));
  if (k->overdue_actions > 0)
    actions_warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u is overdue",
                                                    "%u are overdue", k->overdue_actions),
                                       k->overdue_actions);
  figure_tile (cv, _("Follow-up"), open, actions_detail, actions_warning, -1,
               x + 2 * (tw + gap), y, tw, h,
               g_strdup_printf (_("Open actions: %u\nOverdue: %u"), k->open_actions,
                                k->overdue_actions));
}

static void
gates_tile (StyreCanvas          *cv,
            const StyreChartData *d,
            double                x,
            double                y,
            double                w,
            double                h)
{
  const StyreKpiData *k = &d->kpi;
  double f = cv->font, p = f * 0.7;
  double ty = y + p;
  double row = styre_canvas_line_height (cv, STYRE_TEXT_BODY) + f * 0.45;

  tile_frame (cv, x, y, w, h);
  ty += styre_canvas_text (cv, _("Next Decision Points"), x + p, ty, w - 2 * p, STYRE_TEXT_HEAD,
                           PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground) + f * 0.3;
  if (k->next_gates->len == 0)
    {
      styre_canvas_text (cv, _("No gate decisions are planned"), x + p, ty, w - 2 * p,
                         STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
      return;
    }
  for (guint i = 0; i < k->next_gates->len && ty + row <= y + h - p * 0.5; i++)
    {
      const StyreChartGate *g = g_ptr_array_index (k->next_gates, i);
      g_autofree char *date = styre_format_date (g->date);
      const char *gate = styre_vocabulary_label (STYRE_VOCAB_GATE, g->gate);
      double date_w = styre_canvas_text_width (cv, date, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL);
      double gate_w = styre_canvas_text_width (cv, gate, STYRE_TEXT_SMALL, PANGO_WEIGHT_BOLD)
                      + f * 0.8;
      double code_w = styre_canvas_text_width (cv, g->code, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD);
      double tx = x + p;
      double avail = w - 2 * p - date_w - gate_w - f;
      g_autofree char *long_date = styre_format_date_long (g->date);

      /* The gate as a pill, then the initiative, then the date at the end. */
      cairo_new_path (cv->cr);
      styre_canvas_rounded_rect (cv, tx, ty + f * 0.1, gate_w - f * 0.2, row - f * 0.55,
                                 (row - f * 0.55) / 2);
      styre_canvas_set_source_alpha (cv, &cv->pal.accent, 0.2);
      cairo_fill (cv->cr);
      styre_canvas_text (cv, gate, tx, ty + f * 0.1, gate_w - f * 0.2, STYRE_TEXT_SMALL,
                         PANGO_WEIGHT_BOLD, STYRE_TEXT_CENTER, &cv->pal.foreground);
      tx += gate_w + f * 0.2;
      if (code_w < avail * 0.6)
        {
          styre_canvas_text (cv, g->code, tx, ty, 0, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD,
                             STYRE_TEXT_START, &cv->pal.foreground);
          styre_canvas_text (cv, g->title, tx + code_w + f * 0.4, ty, avail - code_w - f * 0.4,
                             STYRE_TEXT_BODY, PANGO_WEIGHT_NORMAL, STYRE_TEXT_START,
                             &cv->pal.foreground);
        }
      else
        styre_canvas_text (cv, g->code, tx, ty, avail, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD,
                           STYRE_TEXT_START, &cv->pal.foreground);
      styre_canvas_text (cv, date, x + w - p - date_w, ty + f * 0.08, 0, STYRE_TEXT_SMALL,
                         PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x + p * 0.5, ty - f * 0.15, w - p,
                             row, g->initiative_id,
                             g_strdup_printf ("%s %s: %s", gate, g->code, date),
                             g_strdup_printf ("%s %s\n%s — %s", g->code, g->title, gate,
                                              long_date));
      ty += row;
    }
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  double f = cv->font, pad = cv->pad, gap = f * 0.7;
  double x = pad, y = pad * 0.3, w = cv->width - 2 * pad, h = cv->height - pad * 0.8;
  double rag_h = f * 6.3, figure_h = f * 7.4;

  if (d->kpi.n_initiatives == 0)
    {
      styre_canvas_empty (cv, _("No initiatives to show"));
      return;
    }

  if (w >= f * 92 && h < f * 15)
    {
      /* Wide and low, a card across a dashboard: every tile side by side. */
      double unit = (w - 7 * gap) / 12.5;
      double tx = x;

      for (guint i = 0; i < 4; i++)
        {
          rag_tile (cv, d, rag_order[i], tx, y, unit * 1.15, h);
          tx += unit * 1.15 + gap;
        }
      money_tiles (cv, d, tx, y, unit * 5.1 + 2 * gap, h, gap);
      tx += unit * 5.1 + 3 * gap;
      gates_tile (cv, d, tx, y, x + w - tx, h);
    }
  else if (w >= f * 58 && h >= f * 9)
    {
      /* Wide: the colours and the money on the left in two rows, decision points right. */
      double left = w * 0.66, right = w - left - gap;
      /* When low, the colours take one line and the money gets the room it needs. */
      double top_h = h < f * 16 ? MIN (f * 4.4, (h - gap) * 0.4)
                                : MIN (rag_h * 2.4, (h - gap) * 0.45);
      double bottom_h = MIN (figure_h * 2.4, h - top_h - gap);
      double tw = (left - 3 * gap) / 4;

      for (guint i = 0; i < 4; i++)
        rag_tile (cv, d, rag_order[i], x + i * (tw + gap), y, tw, top_h);
      money_tiles (cv, d, x, y + top_h + gap, left, bottom_h, gap);
      gates_tile (cv, d, x + left + gap, y, right, top_h + gap + bottom_h);
    }
  else if (w >= f * 30)
    {
      /* Medium: the colours, the money, then the decision points if there is room. */
      double tw = (w - 3 * gap) / 4;
      double top_h = MIN (rag_h * 2, h * 0.34);
      double mid_h = MIN (figure_h * 2, h - top_h - gap);

      for (guint i = 0; i < 4; i++)
        rag_tile (cv, d, rag_order[i], x + i * (tw + gap), y, tw, top_h);
      if (mid_h >= f * 4)
        money_tiles (cv, d, x, y + top_h + gap, w, mid_h, gap);
      if (h - top_h - mid_h - 2 * gap >= f * 5)
        gates_tile (cv, d, x, y + top_h + mid_h + 2 * gap, w, h - top_h - mid_h - 2 * gap);
    }
  else
    {
      /* Narrow: two by two, then one under the other as far as they go. */
      double tw = (w - gap) / 2;
      double th = MIN (rag_h, (h - gap) / 2);

      for (guint i = 0; i < 4; i++)
        rag_tile (cv, d, rag_order[i], x + (i % 2) * (tw + gap), y + (i / 2) * (th + gap), tw,
                  th);
      if (h - 2 * (th + gap) >= f * 5)
        gates_tile (cv, d, x, y + 2 * (th + gap), w, h - 2 * (th + gap));
    }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  const StyreKpiData *k = &d->kpi;
  StyreChartTable *t = styre_chart_table_new (2, _("Figure"), _("Value"));

  styre_chart_table_set_numeric (t, 1);
  for (guint i = 0; i < 4; i++)
    styre_chart_table_add (t, 0, g_strdup (styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                                   styre_rag_to_id (rag_order[i]))),
                           styre_format_integer (k->by_rag[rag_order[i]]));
  styre_chart_table_add (t, 0, g_strdup (_("Open initiatives")), styre_format_integer (k->n_open));
  styre_chart_table_add (t, 0, g_strdup_printf (_("Budget approved %d"), d->year),
                         styre_format_nok (k->budget_approved));
  styre_chart_table_add (t, 0, g_strdup_printf (_("Budget forecast %d"), d->year),
                         styre_format_nok (k->budget_forecast));
  styre_chart_table_add (t, 0, g_strdup_printf (_("Spent so far %d"), d->year),
                         styre_format_nok (k->budget_actual));
  styre_chart_table_add (t, 0, g_strdup_printf (_("Benefits planned %d"), d->year),
                         styre_format_nok (k->benefits_planned));
  styre_chart_table_add (t, 0, g_strdup_printf (_("Benefits realised %d"), d->year),
                         styre_format_nok (k->benefits_realised));
  styre_chart_table_add (t, 0, g_strdup (_("Open actions")),
                         styre_format_integer (k->open_actions));
  styre_chart_table_add (t, 0, g_strdup (_("Overdue actions")),
                         styre_format_integer (k->overdue_actions));
  for (guint i = 0; i < k->next_gates->len; i++)
    {
      const StyreChartGate *g = g_ptr_array_index (k->next_gates, i);

      styre_chart_table_add (t, g->initiative_id,
                             g_strdup_printf ("%s %s %s",
                                              styre_vocabulary_label (STYRE_VOCAB_GATE, g->gate),
                                              g->code, g->title),
                             styre_format_date (g->date));
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  const StyreKpiData *k = &d->kpi;
  g_autofree char *forecast = styre_format_nok_short (k->budget_forecast);
  g_autofree char *approved = styre_format_nok_short (k->budget_approved);
  GString *out = g_string_new (NULL);

  /* Translators: the key figures in words, e.g. "38 open initiatives: 16 green, 14 yellow,
   * 2 red, 6 not reported." */
  g_string_append_printf (out, _("%u open initiatives: %u green, %u yellow, %u red, %u not "
                                 "reported."),
                          k->n_open, k->by_rag[STYRE_RAG_GREEN], k->by_rag[STYRE_RAG_YELLOW],
                          k->by_rag[STYRE_RAG_RED], k->by_rag[STYRE_RAG_GREY]);
  g_string_append_c (out, ' ');
  /* Translators: e.g. "Budget 2026: forecast 149 m kr against 144 m kr approved." */
  g_string_append_printf (out, _("Budget %d: forecast %s against %s approved."), d->year,
                          forecast, approved);
  g_string_append_c (out, ' ');
  g_string_append_printf (out, _("%u open actions, %u overdue."), k->open_actions,
                          k->overdue_actions);
  return g_string_free (out, FALSE);
}

const StyreChartClass styre_chart_kpi_class = { draw, table, describe };
