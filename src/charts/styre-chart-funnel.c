/* styre-chart-funnel.c — how many initiatives are in each phase, and the brave stops
 *
 * A funnel from idea to realisation, bars centred and as long as the count; beside it,
 * per phase, the initiatives stopped or merged there ("stopped in time"), a sign that
 * the portfolio board dares to stop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "styre-chart-private.h"
#include "styre-format.h"

typedef struct
{
  guint open[6];
  guint stopped[6];
  guint merged[6];
  guint closed;
} Counts;

static void
count (const StyreChartData *d,
       Counts               *c)
{
  const char * const *phases = styre_vocabulary_ids (STYRE_VOCAB_PHASE);

  memset (c, 0, sizeof *c);
  for (guint i = 0; i < d->initiatives->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);
      int p = 0;

      for (int k = 0; phases[k] != NULL; k++)
        if (g_strcmp0 (phases[k], in->phase) == 0)
          p = k;
      if (styre_chart_initiative_is_open (in))
        c->open[p]++;
      else if (g_strcmp0 (in->lifecycle, "stopped") == 0)
        c->stopped[p]++;
      else if (g_strcmp0 (in->lifecycle, "merged") == 0)
        c->merged[p]++;
      else
        c->closed++;
    }
}

static char *
who (const StyreChartData *d,
     const char           *phase,
     gboolean              open)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < d->initiatives->len; i++)
    {
      const StyreChartInitiative *in = g_ptr_array_index (d->initiatives, i);

      if (g_strcmp0 (in->phase, phase) != 0 || styre_chart_initiative_is_open (in) != open)
        continue;
      if (!open && g_strcmp0 (in->lifecycle, "closed") == 0)
        continue;
      if (n++ < 10)
        g_string_append_printf (out, "\n%s %s%s%s", in->code, in->title, open ? "" : " — ",
                                open ? "" : styre_vocabulary_label (STYRE_VOCAB_LIFECYCLE,
                                                                    in->lifecycle));
    }
  if (n > 10)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                                n - 10), n - 10);
    }
  return g_string_free (out, FALSE);
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  const char * const *phases = styre_vocabulary_ids (STYRE_VOCAB_PHASE);
  double f = cv->font, pad = cv->pad;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_BODY);
  double note_h = styre_canvas_line_height (cv, STYRE_TEXT_SMALL) * 1.5 + f * 0.4;
  double label_w = 0, stop_w, x0, x1, y, step, bar_h;
  guint max = 1, total_stopped = 0, total_merged = 0;
  Counts c;

  count (d, &c);
  for (int p = 0; p < 6; p++)
    {
      max = MAX (max, c.open[p]);
      total_stopped += c.stopped[p];
      total_merged += c.merged[p];
      label_w = MAX (label_w, styre_canvas_text_width (cv, styre_vocabulary_label (STYRE_VOCAB_PHASE,
                                                                                   phases[p]),
                                                      STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD));
    }
  if (d->initiatives->len == 0)
    {
      styre_canvas_empty (cv, _("No initiatives to show"));
      return;
    }

  stop_w = MAX (f * 7, styre_canvas_text_width (cv, _("Stopped in time"), STYRE_TEXT_SMALL,
                                                PANGO_WEIGHT_BOLD) + f);
  x0 = pad + label_w + f;
  x1 = cv->width - pad - stop_w - f;
  y = pad * 0.3;
  styre_canvas_text (cv, _("Stopped in time"), x1 + f, y, stop_w, STYRE_TEXT_SMALL,
                     PANGO_WEIGHT_BOLD, STYRE_TEXT_CENTER, &cv->pal.dim);
  y += styre_canvas_line_height (cv, STYRE_TEXT_SMALL) + f * 0.2;
  step = (cv->height - y - note_h) / 6;
  bar_h = MIN (step * 0.78, f * 3.2);

  for (int p = 0; p < 6; p++)
    {
      const char *name = styre_vocabulary_label (STYRE_VOCAB_PHASE, phases[p]);
      double by = y + p * step + (step - bar_h) / 2;
      double bw = MAX (f * 2.2, (x1 - x0) * c.open[p] / max);
      double bx = x0 + (x1 - x0 - bw) / 2;
      g_autofree char *number = styre_format_integer (c.open[p]);
      g_autofree char *list = who (d, phases[p], TRUE);
      double nw = styre_canvas_text_width (cv, number, STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD);

      styre_canvas_text (cv, name, pad, by + (bar_h - lh) / 2, label_w, STYRE_TEXT_BODY,
                         PANGO_WEIGHT_BOLD, STYRE_TEXT_END, &cv->pal.foreground);
      cairo_new_path (cv->cr);
      styre_canvas_rounded_rect (cv, bx, by, bw, bar_h, f * 0.3);
      styre_canvas_set_source (cv, &cv->pal.phase[p]);
      cairo_fill_preserve (cv->cr);
      styre_canvas_set_source (cv, &cv->pal.outline);
      cairo_set_line_width (cv->cr, cv->pal.line);
      cairo_stroke (cv->cr);
      if (nw + f * 0.4 < bw)
        styre_canvas_text (cv, number, bx, by + (bar_h - styre_canvas_line_height (cv, STYRE_TEXT_HEAD)) / 2,
                           bw, STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD, STYRE_TEXT_CENTER,
                           &cv->pal.on_phase[p]);
      else
        styre_canvas_text (cv, number, bx + bw + f * 0.3,
                           by + (bar_h - styre_canvas_line_height (cv, STYRE_TEXT_HEAD)) / 2, 0,
                           STYRE_TEXT_HEAD, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                           &cv->pal.foreground);
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, bx, by, bw, bar_h, 0,
                             g_strdup_printf ("%s: %s", name, number),
                             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u initiative%s",
                                                           "%s: %u initiatives%s", c.open[p]),
                                              name, c.open[p], list));

      /* Stopped or merged in this phase: a cross per initiative, the count beside. */
      if (c.stopped[p] + c.merged[p] > 0)
        {
          g_autofree char *stopped = g_strdup_printf ("✕ %u", c.stopped[p] + c.merged[p]);
          g_autofree char *stopped_list = who (d, phases[p], FALSE);

          styre_canvas_text (cv, stopped, x1 + f, by + (bar_h - lh) / 2, stop_w, STYRE_TEXT_BODY,
                             PANGO_WEIGHT_BOLD, STYRE_TEXT_CENTER, &cv->pal.foreground);
          styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x1 + f, by, stop_w, bar_h, 0,
                                 g_strdup_printf (_("%s: %u stopped or merged"), name,
                                                  c.stopped[p] + c.merged[p]),
                                 g_strdup_printf (_("Stopped or merged in %s:%s"), name,
                                                  stopped_list));
        }
      else
        styre_canvas_text (cv, "–", x1 + f, by + (bar_h - lh) / 2, stop_w, STYRE_TEXT_BODY,
                           PANGO_WEIGHT_NORMAL, STYRE_TEXT_CENTER, &cv->pal.dim);
    }

  {
    g_autofree char *note = NULL;

    /* Translators: under the phase funnel, e.g. "3 stopped and 1 merged in time; 2 closed
     * as planned." */
    note = g_strdup_printf (_("%u stopped and %u merged in time; %u closed as planned."),
                            total_stopped, total_merged, c.closed);
    styre_canvas_text (cv, note, pad, cv->height - note_h + f * 0.3, cv->width - 2 * pad,
                       STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  const char * const *phases = styre_vocabulary_ids (STYRE_VOCAB_PHASE);
  StyreChartTable *t = styre_chart_table_new (4, _("Phase"), _("In the phase"), _("Stopped"),
                                              _("Merged"));
  Counts c;

  count (d, &c);
  for (guint col = 1; col < 4; col++)
    styre_chart_table_set_numeric (t, col);
  for (int p = 0; p < 6; p++)
    styre_chart_table_add (t, 0, g_strdup (styre_vocabulary_label (STYRE_VOCAB_PHASE, phases[p])),
                           styre_format_integer (c.open[p]), styre_format_integer (c.stopped[p]),
                           styre_format_integer (c.merged[p]));
  return t;
}

static char *
describe (const StyreChartData *d)
{
  const char * const *phases = styre_vocabulary_ids (STYRE_VOCAB_PHASE);
  GString *out = g_string_new (NULL);
  guint stopped = 0;
  Counts c;

  count (d, &c);
  for (int p = 0; p < 6; p++)
    {
      g_string_append_printf (out, "%s%s: %u", p ? ", " : "",
                              styre_vocabulary_label (STYRE_VOCAB_PHASE, phases[p]), c.open[p]);
      stopped += c.stopped[p] + c.merged[p];
    }
  g_string_append_printf (out, ". ");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u stopped or merged in time.",
                                            "%u stopped or merged in time.", stopped), stopped);
  return g_string_free (out, FALSE);
}

const StyreChartClass styre_chart_funnel_class = { draw, table, describe };
