/* styre-chart-since.c — what changed since a meeting
 *
 * A list under headings: colour changes (from shape to shape), new risks, milestones
 * that slipped, new cost frames, gate decisions, new initiatives, and those paused,
 * closed, stopped or merged. In two columns when wide. Rows beyond go on.
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
kind_heading (StyreSinceKind kind)
{
  switch (kind)
    {
    case STYRE_SINCE_COLOUR: return _("Status changed");
    case STYRE_SINCE_NEW_RISK: return _("New risks");
    case STYRE_SINCE_SLIPPED: return _("Milestones later");
    case STYRE_SINCE_FRAME: return _("New cost frames");
    case STYRE_SINCE_GATE: return _("Gate decisions");
    case STYRE_SINCE_NEW: return _("New initiatives");
    case STYRE_SINCE_LIFECYCLE: return _("Paused, closed or stopped");
    case STYRE_N_SINCE_KINDS:
    default:
      return "";
    }
}

static char *
change_text (const StyreSinceChange *c)
{
  switch (c->kind)
    {
    case STYRE_SINCE_NEW_RISK:
      /* Translators: a new risk, e.g. "Leverandøren mangler kapasitet (score 16)" */
      return g_strdup_printf (_("%s (score %d)"), c->detail, c->score);
    case STYRE_SINCE_SLIPPED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %d day later",
                                           "%s: %d days later", c->days), c->detail, c->days);
    case STYRE_SINCE_FRAME:
      {
        g_autofree char *to = styre_format_nok_short (c->amount_to);
        if (c->amount_from >= 0)
          {
            g_autofree char *from = styre_format_nok_short (c->amount_from);
            /* Translators: a new cost frame, e.g. "P85 42 m kr → 48 m kr" */
            return g_strdup_printf (_("P85 %s → %s"), from, to);
          }
        return g_strdup_printf (_("P85 %s, the first frame"), to);
      }
    case STYRE_SINCE_COLOUR:
      return g_strdup_printf ("%s → %s",
                              styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (c->from)),
                              styre_vocabulary_label (STYRE_VOCAB_RAG, styre_rag_to_id (c->to)));
    case STYRE_SINCE_GATE:
    case STYRE_SINCE_NEW:
    case STYRE_SINCE_LIFECYCLE:
    case STYRE_N_SINCE_KINDS:
    default:
      return g_strdup (c->detail ? c->detail : "");
    }
}

/* The rows as they are laid out: a heading before each kind. */
typedef struct
{
  const StyreSinceChange *change;   /* NULL for a heading */
  StyreSinceKind          kind;
} Line;

static GArray *
lines_of (const StyreChartData *d)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  int last = -1;

  for (guint i = 0; i < d->since.changes->len; i++)
    {
      const StyreSinceChange *c = g_ptr_array_index (d->since.changes, i);
      Line change = { c, c->kind };

      if ((int) c->kind != last)
        {
          Line heading = { NULL, c->kind };
          g_array_append_val (lines, heading);
          last = c->kind;
        }
      g_array_append_val (lines, change);
    }
  return lines;
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  const StyreSinceData *s = &d->since;
  g_autoptr(GArray) lines = NULL;
  double f = cv->font, pad = cv->pad;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_BODY);
  double row_h = round (f * 1.75), y, top, bottom;
  guint columns, column = 0, shown = 0, first_change, r;
  double cw;

  cv->out->n_rows_total = s->changes ? s->changes->len : 0;
  if (s->meeting_id == 0)
    {
      styre_canvas_empty (cv, _("No meeting was held before this day"));
      return;
    }

  y = pad * 0.3;
  {
    int days = styre_date_to_day (d->as_of) - styre_date_to_day (s->meeting_date);
    g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Since %s (%d day)",
                                                             "Since %s (%d days)", days),
                                                s->meeting_label, days);

    y += styre_canvas_text (cv, heading, pad, y, cv->width - 2 * pad, STYRE_TEXT_HEAD,
                            PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground) + f * 0.3;
  }
  if (s->changes->len == 0)
    {
      styre_canvas_text (cv, _("Nothing has changed since the meeting."), pad, y,
                         cv->width - 2 * pad, STYRE_TEXT_BODY, PANGO_WEIGHT_NORMAL,
                         STYRE_TEXT_START, &cv->pal.dim);
      return;
    }

  lines = lines_of (d);
  columns = cv->width - 2 * pad >= f * 56 ? 2 : 1;
  cw = (cv->width - 2 * pad - (columns - 1) * f * 1.5) / columns;
  top = y;
  bottom = cv->height - styre_canvas_line_height (cv, STYRE_TEXT_SMALL) - f * 0.5;

  /* Start at the change @first_row: at its heading when it is the first of its kind,
   * otherwise with the heading marked as continued. */
  first_row = MIN (first_row, s->changes->len - 1);
  first_change = 0;
  for (r = 0; r < lines->len; r++)
    {
      const Line *l = &g_array_index (lines, Line, r);

      if (l->change != NULL && first_change++ == first_row)
        break;
    }
  if (g_array_index (lines, Line, r - 1).change == NULL)
    r--;
  else
    {
      g_autofree char *cont = g_strdup_printf (_("%s (continued)"),
                                               kind_heading (g_array_index (lines, Line, r).kind));
      styre_canvas_text (cv, cont, pad, y + (row_h - lh) / 2 + f * 0.1, cw, STYRE_TEXT_BODY,
                         PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.dim);
      y += row_h;
    }

  for (; r < lines->len; r++)
    {
      Line *l = &g_array_index (lines, Line, r);
      double x = pad + column * (cw + f * 1.5);

      /* A heading never ends a column: it goes to the next with its first change. */
      if (y + row_h > bottom || (l->change == NULL && y + 2 * row_h > bottom))
        {
          if (++column >= columns)
            break;
          y = top;
          x = pad + column * (cw + f * 1.5);
          if (l->change != NULL)
            {
              g_autofree char *cont = g_strdup_printf (_("%s (continued)"), kind_heading (l->kind));
              styre_canvas_text (cv, cont, x, y + (row_h - lh) / 2 + f * 0.1, cw,
                                 STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                                 &cv->pal.dim);
              y += row_h;
            }
        }
      if (l->change == NULL)
        {
          styre_canvas_text (cv, kind_heading (l->kind), x, y + (row_h - lh) / 2 + f * 0.1, cw,
                             STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD, STYRE_TEXT_START,
                             &cv->pal.dim);
          y += row_h;
          continue;
        }
      {
        const StyreSinceChange *c = l->change;
        g_autofree char *what = change_text (c);
        g_autofree char *full = NULL;
        double tx = x, code_w;
        double ty = y + (row_h - lh) / 2;

        if (c->kind == STYRE_SINCE_COLOUR)
          {
            double s1 = f * 0.85;

            styre_canvas_rag_symbol (cv, c->from, tx + s1 / 2, y + row_h / 2, s1);
            styre_canvas_text (cv, "→", tx + s1 + f * 0.15, ty, 0, STYRE_TEXT_BODY,
                               PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv->pal.dim);
            styre_canvas_rag_symbol (cv, c->to, tx + s1 * 1.5 + f * 1.2, y + row_h / 2, s1);
            tx += s1 * 2 + f * 1.6;
          }
        code_w = styre_canvas_text_width (cv, c->code, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD);
        styre_canvas_text (cv, c->code, tx, ty, 0, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD,
                           STYRE_TEXT_START, &cv->pal.foreground);
        tx += code_w + f * 0.4;
        full = c->kind == STYRE_SINCE_COLOUR || c->kind == STYRE_SINCE_NEW
               ? g_strdup (c->title) : g_strdup_printf ("%s — %s", what, c->title);
        styre_canvas_text (cv, full, tx, ty, x + cw - tx, STYRE_TEXT_BODY, PANGO_WEIGHT_NORMAL,
                           STYRE_TEXT_START, &cv->pal.foreground);
        styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, x, y, cw, row_h, c->initiative_id,
                               g_strdup_printf ("%s: %s", c->code, what),
                               g_strdup_printf ("%s %s\n%s: %s", c->code, c->title,
                                                kind_heading (c->kind), what));
        y += row_h;
        shown++;
      }
    }
  cv->out->n_rows = shown;
  if (first_row + shown < s->changes->len)
    styre_canvas_more_note (cv, s->changes->len - first_row - shown, pad, bottom + f * 0.2,
                            cv->width - 2 * pad);
}

static StyreChartTable *
table (const StyreChartData *d)
{
  StyreChartTable *t = styre_chart_table_new (5, _("Change"), _("Code"), _("Initiative"),
                                              _("What"), _("Date"));

  for (guint i = 0; d->since.changes && i < d->since.changes->len; i++)
    {
      const StyreSinceChange *c = g_ptr_array_index (d->since.changes, i);

      styre_chart_table_add (t, c->initiative_id, g_strdup (kind_heading (c->kind)),
                             g_strdup (c->code), g_strdup (c->title), change_text (c),
                             c->date && c->date[4] == '-' && c->date[7] == '-'
                             ? styre_format_date (c->date) : g_strdup (c->date));
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  const StyreSinceData *s = &d->since;
  guint counts[STYRE_N_SINCE_KINDS] = { 0 };
  guint worse = 0;
  GString *out;

  if (s->meeting_id == 0)
    return g_strdup (_("No meeting was held before this day."));
  for (guint i = 0; i < s->changes->len; i++)
    {
      const StyreSinceChange *c = g_ptr_array_index (s->changes, i);

      counts[c->kind]++;
      if (c->kind == STYRE_SINCE_COLOUR
          && styre_rag_severity (c->to) > styre_rag_severity (c->from))
        worse++;
    }
  out = g_string_new (NULL);
  /* Translators: the "since the last meeting" chart in words */
  g_string_append_printf (out, _("Since %s: %u status changes (%u worse), %u new risks, %u "
                                 "milestones later, %u new cost frames, %u gate decisions, %u "
                                 "new initiatives."),
                          s->meeting_label, counts[STYRE_SINCE_COLOUR], worse,
                          counts[STYRE_SINCE_NEW_RISK], counts[STYRE_SINCE_SLIPPED],
                          counts[STYRE_SINCE_FRAME], counts[STYRE_SINCE_GATE],
                          counts[STYRE_SINCE_NEW]);
  return g_string_free (out, FALSE);
}

const StyreChartClass styre_chart_since_class = { draw, table, describe };
