/* styre-chart-heatmap.c — initiatives × the seven steering parameters, worst first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "styre-chart-private.h"
#include "styre-format.h"

static const char *
group_of (const StyreChartData       *d,
          const StyreChartInitiative *in)
{
  if (g_strcmp0 (d->group, "agency") == 0)
    return in->agency_name;
  if (g_strcmp0 (d->group, "focus_area") == 0)
    return in->focus_area ? in->focus_area : _("No focus area");
  return NULL;
}

typedef struct
{
  const StyreChartData *data;
  GHashTable           *group_rank;
} SortContext;

static gint
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  SortContext *ctx = user_data;
  const StyreChartInitiative *x = *(StyreChartInitiative * const *) a;
  const StyreChartInitiative *y = *(StyreChartInitiative * const *) b;

  if (ctx->group_rank != NULL)
    {
      int gx = GPOINTER_TO_INT (g_hash_table_lookup (ctx->group_rank, group_of (ctx->data, x)));
      int gy = GPOINTER_TO_INT (g_hash_table_lookup (ctx->group_rank, group_of (ctx->data, y)));

      if (gx != gy)
        return gx < gy ? -1 : 1;
    }
  return styre_compare_worst_first (a, b);
}

/* The rows in the order shown: worst first; grouped, the group with the worst first. */
static GPtrArray *
sorted_rows (const StyreChartData *d)
{
  GPtrArray *rows = styre_open_initiatives (d);
  SortContext ctx = { d, NULL };

  g_ptr_array_sort (rows, styre_compare_worst_first);
  if (d->group != NULL)
    {
      ctx.group_rank = g_hash_table_new (g_str_hash, g_str_equal);
      /* The first row of a group, in worst-first order, ranks the group. */
      for (guint i = 0; i < rows->len; i++)
        {
          const char *g = group_of (d, g_ptr_array_index (rows, i));

          if (!g_hash_table_contains (ctx.group_rank, g))
            g_hash_table_insert (ctx.group_rank, (gpointer) g,
                                 GINT_TO_POINTER (g_hash_table_size (ctx.group_rank) + 1));
        }
    }
  g_ptr_array_sort_with_data (rows, compare_rows, &ctx);
  g_clear_pointer (&ctx.group_rank, g_hash_table_unref);
  return rows;
}

static char *
overall_tooltip (const StyreChartInitiative *in)
{
  g_autofree char *name = styre_initiative_label (in->code, in->title);
  g_autofree char *month = in->period ? styre_format_month (in->period) : NULL;
  GString *out = g_string_new (name);

  g_string_append_c (out, '\n');
  if (month != NULL)
    /* Translators: in a tooltip, e.g. "Overall: Red ■ — report for October 2026" */
    g_string_append_printf (out, _("Overall: %s %s — report for %s"),
                            styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (in->overall)),
                            styre_rag_symbol (in->overall), month);
  else
    g_string_append (out, _("No status report yet"));
  if (in->summary != NULL)
    g_string_append_printf (out, "\n%s", in->summary);
  g_string_append_printf (out, "\n%s · %s", styre_vocabulary_label (STYRE_VOCAB_PHASE, in->phase),
                          in->agency_name);
  return g_string_free (out, FALSE);
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  g_autoptr(GPtrArray) rows = sorted_rows (d);
  const char * const *dims = styre_vocabulary_ids (STYRE_VOCAB_DIMENSION);
  double font = cv->font;
  double pad = cv->pad;
  double row_h = round (font * 1.9);
  double cw, label_w, header_h, legend_h, x0, y, bottom, longest = 0;
  gboolean vertical = FALSE;
  const char *current_group = NULL;
  guint r;

  cv->out->n_rows_total = rows->len;
  if (rows->len == 0)
    {
      styre_canvas_empty (cv, _("No initiatives to show"));
      return;
    }
  first_row = MIN (first_row, rows->len - 1);

  /* The names get what they need up to a point; the cells get the rest. */
  label_w = MIN (font * 28, cv->width - 2 * pad - 8 * font * 2.1 - font * 0.6);
  cw = CLAMP ((cv->width - 2 * pad - label_w - font * 0.6) / 8, font * 2.1, font * 7.5);
  label_w = cv->width - 2 * pad - 8 * cw - font * 0.6;
  if (label_w < font * 6)
    {
      cw = MAX (font * 1.6, (cv->width - 2 * pad - font * 6.6) / 8);
      label_w = cv->width - 2 * pad - 8 * cw - font * 0.6;
    }
  x0 = pad + label_w + font * 0.6;

  for (int i = 0; i < STYRE_N_DIMENSIONS; i++)
    longest = MAX (longest, styre_canvas_text_width (cv, styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[i]),
                                                     STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL));
  longest = MAX (longest, styre_canvas_text_width (cv, _("Overall"), STYRE_TEXT_SMALL,
                                                   PANGO_WEIGHT_BOLD));
  vertical = longest > cw - font * 0.3;
  header_h = vertical ? MIN (longest, font * 9) + font * 0.6
                      : styre_canvas_line_height (cv, STYRE_TEXT_SMALL) + font * 0.5;
  legend_h = styre_canvas_line_height (cv, STYRE_TEXT_SMALL) + font * 0.6;

  /* Column headings. */
  y = pad * 0.5;
  for (int c = 0; c < 8; c++)
    {
      const char *label = c == 0 ? _("Overall")
                                 : styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[c - 1]);
      double cx = x0 + c * cw + (c > 0 ? font * 0.4 : 0);

      if (vertical)
        styre_canvas_text_vertical (cv, label, cx + cw / 2, y + (header_h - font * 0.6) / 2,
                                    STYRE_TEXT_SMALL, c == 0 ? &cv->pal.foreground : &cv->pal.dim);
      else
        styre_canvas_text (cv, label, cx, y, cw, STYRE_TEXT_SMALL,
                           c == 0 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, STYRE_TEXT_CENTER,
                           c == 0 ? &cv->pal.foreground : &cv->pal.dim);
    }
  y += header_h;
  bottom = cv->height - legend_h - pad * 0.5;

  for (r = first_row; r < rows->len; r++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (rows, r);
      const char *group = group_of (d, in);
      double ry, text_h;

      if (group != NULL && (r == first_row || g_strcmp0 (group, current_group) != 0))
        {
          if (y + row_h * 1.8 > bottom)
            break;
          y += r == first_row ? 0 : font * 0.3;
          styre_canvas_text (cv, group, pad, y + font * 0.25, cv->width - 2 * pad,
                             STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                             &cv->pal.foreground);
          y += row_h;
          current_group = group;
        }
      if (y + row_h > bottom)
        break;
      ry = y;

      if ((r - first_row) % 2 == 1)
        {
          styre_canvas_set_source (cv, &cv->pal.band);
          cairo_rectangle (cv->cr, pad * 0.5, ry, cv->width - pad, row_h);
          cairo_fill (cv->cr);
        }

      /* The initiative: its code, then as much of its title as fits. */
      {
        double code_w = styre_canvas_text_width (cv, in->code, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD);
        double lh = styre_canvas_line_height (cv, STYRE_TEXT_BODY);

        text_h = (row_h - lh) / 2;
        if (code_w < label_w * 0.55)
          {
            styre_canvas_text (cv, in->code, pad, ry + text_h, 0, STYRE_TEXT_BODY,
                               PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground);
            styre_canvas_text (cv, in->title, pad + code_w + font * 0.5, ry + text_h,
                               label_w - code_w - font * 0.5, STYRE_TEXT_BODY,
                               PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.foreground);
          }
        else
          styre_canvas_text (cv, in->code, pad, ry + text_h, label_w, STYRE_TEXT_BODY,
                             PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground);
        styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, pad * 0.5, ry, label_w + pad * 0.5,
                               row_h, in->id, styre_initiative_label (in->code, in->title),
                               overall_tooltip (in));
      }

      for (int c = 0; c < 8; c++)
        {
          double cx = x0 + c * cw + (c > 0 ? font * 0.4 : 0);
          StyreRag rag = c == 0 ? in->overall : in->dims[c - 1];
          double inset = font * 0.12;
          char *label, *tooltip;

          styre_canvas_rag_cell (cv, rag, cx + inset, ry + inset, cw - 2 * inset,
                                 row_h - 2 * inset);
          if (c == 0)
            {
              label = g_strdup_printf ("%s: %s", in->code,
                                       styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (rag)));
              tooltip = overall_tooltip (in);
            }
          else
            {
              const char *dim = styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[c - 1]);
              const char *word = styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (rag));
              g_autofree char *name = styre_initiative_label (in->code, in->title);

              /* Translators: a cell of the heat map, e.g. "DF-2023-02 — Cost: Red" */
              label = g_strdup_printf (_("%s — %s: %s"), in->code, dim, word);
              tooltip = g_strdup_printf ("%s\n%s: %s %s%s%s", name, dim, word,
                                         styre_rag_symbol (rag),
                                         in->dim_comments[c - 1] ? "\n" : "",
                                         in->dim_comments[c - 1] ? in->dim_comments[c - 1] : "");
            }
          styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, cx, ry, cw, row_h, in->id, label,
                                 tooltip);
        }
      y += row_h;
    }
  cv->out->n_rows = r - first_row;

  /* The legend, and what did not fit. */
  {
    double lx = pad, ly = cv->height - legend_h + font * 0.2;
    StyreRag order[] = { STYRE_RAG_GREEN, STYRE_RAG_YELLOW, STYRE_RAG_RED, STYRE_RAG_GREY };
    guint more = rows->len - r;

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_RAG, NULL, order[i],
                                      styre_vocabulary_label (STYRE_VOCAB_RAG,
                                                              styre_rag_to_id (order[i])));
    if (more > 0 && lx + font * 4 < cv->width - pad)
      styre_canvas_more_note (cv, more, lx + font, ly, cv->width - pad - lx - font);
  }
}

static char *
rag_cell (StyreRag rag)
{
  return g_strdup_printf ("%s %s", styre_rag_symbol (rag),
                          styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (rag)));
}

static StyreChartTable *
table (const StyreChartData *d)
{
  g_autoptr(GPtrArray) rows = sorted_rows (d);
  const char * const *dims = styre_vocabulary_ids (STYRE_VOCAB_DIMENSION);
  StyreChartTable *t = styre_chart_table_new (12, _("Code"), _("Initiative"), _("Overall"),
                                              styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[0]),
                                              styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[1]),
                                              styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[2]),
                                              styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[3]),
                                              styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[4]),
                                              styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[5]),
                                              styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[6]),
                                              _("Report"),
                                              d->group ? _("Group") : _("Agency"));

  for (guint i = 0; i < rows->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (rows, i);
      const char *group = group_of (d, in);

      styre_chart_table_add (t, in->id, g_strdup (in->code), g_strdup (in->title),
                             rag_cell (in->overall), rag_cell (in->dims[0]), rag_cell (in->dims[1]),
                             rag_cell (in->dims[2]), rag_cell (in->dims[3]), rag_cell (in->dims[4]),
                             rag_cell (in->dims[5]), rag_cell (in->dims[6]),
                             in->period ? styre_format_month (in->period) : NULL,
                             g_strdup (group ? group : in->agency_name));
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  g_autoptr(GPtrArray) rows = sorted_rows (d);
  const char * const *dims = styre_vocabulary_ids (STYRE_VOCAB_DIMENSION);
  guint counts[4] = { 0 };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    counts[((StyreChartInitiative *) g_ptr_array_index (rows, i))->overall]++;

  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u initiative in the portfolio.",
                                            "%u initiatives in the portfolio.", rows->len),
                          rows->len);
  if (counts[STYRE_RAG_RED] > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u red:", "%u red:",
                                                counts[STYRE_RAG_RED]),
                              counts[STYRE_RAG_RED]);
      for (guint i = 0, n = 0; i < rows->len; i++)
        {
          const StyreChartInitiative *in = g_ptr_array_index (rows, i);
          GString *which = g_string_new (NULL);

          if (in->overall != STYRE_RAG_RED)
            continue;
          for (int k = 0; k < STYRE_N_DIMENSIONS; k++)
            if (in->dims[k] == STYRE_RAG_RED)
              g_string_append_printf (which, "%s%s", which->len ? ", " : "",
                                      styre_vocabulary_label (STYRE_VOCAB_DIMENSION, dims[k]));
          g_string_append_printf (out, "%s %s %s", n++ ? ";" : "", in->code, in->title);
          if (which->len > 0)
            g_string_append_printf (out, " (%s)", which->str);
          g_string_free (which, TRUE);
        }
      g_string_append_c (out, '.');
    }
  g_string_append_c (out, ' ');
  /* Translators: the rest of the heat map's description, e.g. "14 yellow, 16 green, 3 not
   * reported." */
  g_string_append_printf (out, _("%u yellow, %u green, %u not reported."),
                          counts[STYRE_RAG_YELLOW], counts[STYRE_RAG_GREEN],
                          counts[STYRE_RAG_GREY]);
  return g_string_free (out, FALSE);
}

const StyreChartClass styre_chart_heatmap_class = { draw, table, describe };
