/* styre-chart-ageing.c — open actions by age and owner, the overdue ones marked
 *
 * A row per owner (those with the most overdue first); each action a mark at its age in
 * days: a ■ in the warning colour when it is past its due date, a ● when it is not.
 * Bands behind say how old: under a month, up to three, up to six, older.
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
  const char *owner;
  GPtrArray  *actions;   /* of StyreAgeingAction, borrowed */
  guint       overdue;
} Owner;

static void
owner_free (gpointer data)
{
  Owner *o = data;

  g_ptr_array_unref (o->actions);
  g_free (o);
}

static gint
compare_owners (gconstpointer a,
                gconstpointer b)
{
  const Owner *x = *(Owner * const *) a, *y = *(Owner * const *) b;

  if (x->overdue != y->overdue)
    return x->overdue > y->overdue ? -1 : 1;
  if (x->actions->len != y->actions->len)
    return x->actions->len > y->actions->len ? -1 : 1;
  return g_utf8_collate (x->owner, y->owner);
}

static GPtrArray *
owners_of (const StyreChartData *d)
{
  GPtrArray *owners = g_ptr_array_new_with_free_func (owner_free);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < d->ageing.actions->len; i++)
    {
      StyreAgeingAction *a = g_ptr_array_index (d->ageing.actions, i);
      const char *name = a->owner ? a->owner : _("No owner");
      Owner *o = g_hash_table_lookup (by_name, name);

      if (o == NULL)
        {
          o = g_new0 (Owner, 1);
          o->owner = name;
          o->actions = g_ptr_array_new ();
          g_ptr_array_add (owners, o);
          g_hash_table_insert (by_name, (gpointer) name, o);
        }
      g_ptr_array_add (o->actions, a);
      o->overdue += a->overdue_days > 0;
    }
  g_ptr_array_sort (owners, compare_owners);
  return owners;
}

static char *
action_tooltip (const StyreAgeingAction *a)
{
  g_autofree char *created = styre_format_date (a->created_on);
  GString *out = g_string_new (a->title);

  if (a->case_number != NULL)
    /* Translators: the agenda item an action came from, e.g. "From case 12/26" */
    g_string_append_printf (out, _("\nFrom case %s"), a->case_number);
  if (a->initiative_code != NULL)
    g_string_append_printf (out, " · %s", a->initiative_code);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "\nMade %s, %d day ago",
                                            "\nMade %s, %d days ago", a->age_days),
                          created, a->age_days);
  if (a->due_on != NULL)
    {
      g_autofree char *due = styre_format_date (a->due_on);

      if (a->overdue_days > 0)
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                  "\n■ Due %s: %d day overdue",
                                                  "\n■ Due %s: %d days overdue",
                                                  a->overdue_days), due, a->overdue_days);
      else
        g_string_append_printf (out, _("\nDue %s"), due);
    }
  if (a->owner != NULL)
    g_string_append_printf (out, "\n%s", a->owner);
  return g_string_free (out, FALSE);
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  g_autoptr(GPtrArray) owners = owners_of (d);
  double f = cv->font, pad = cv->pad;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double legend_h = lh + f * 0.6;
  double label_w = 0, x0, x1, y, top_y, bottom, row_h = round (f * 2.1);
  int max_age = 30, overdue = 0;
  static const int bands[] = { 30, 90, 180 };
  guint r;

  cv->out->n_rows_total = owners->len;
  if (owners->len == 0)
    {
      styre_canvas_empty (cv, _("No open actions"));
      return;
    }
  first_row = MIN (first_row, owners->len - 1);
  for (guint i = 0; i < d->ageing.actions->len; i++)
    {
      const StyreAgeingAction *a = g_ptr_array_index (d->ageing.actions, i);

      max_age = MAX (max_age, a->age_days);
      overdue += a->overdue_days > 0;
    }
  max_age = (int) (ceil (max_age / 30.0) * 30);
  for (guint i = 0; i < owners->len; i++)
    label_w = MAX (label_w, styre_canvas_text_width (cv, ((Owner *) g_ptr_array_index (owners, i))->owner,
                                                     STYRE_TEXT_BODY, PANGO_WEIGHT_NORMAL));
  label_w = MIN (label_w + f, (cv->width - 2 * pad) * 0.3);
  x0 = pad + label_w;
  x1 = cv->width - pad - f * 0.6;

  /* The summary line. */
  y = pad * 0.3;
  {
    g_autofree char *summary = g_strdup_printf (_("%u open, %d overdue; the oldest is %d days"),
                                                d->ageing.actions->len, overdue,
                                                ((StyreAgeingAction *) g_ptr_array_index (d->ageing.actions, 0))->age_days);
    y += styre_canvas_text (cv, summary, pad, y, cv->width - 2 * pad, STYRE_TEXT_HEAD,
                            PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground) + f * 0.3;
  }
  top_y = y;
  bottom = cv->height - legend_h - lh - f * 0.3;
  row_h = round (CLAMP ((bottom - top_y) / (owners->len - first_row), f * 2.1, f * 3.6));
  /* When not every owner fits, the line that says so needs its own room above the legend. */
  if ((guint) floor ((bottom - top_y) / row_h) < owners->len - first_row)
    {
      bottom -= lh + f * 0.2;
      row_h = round (CLAMP ((bottom - top_y) / (owners->len - first_row), f * 2.1, f * 3.6));
    }

  /* Age bands behind the rows. */
  for (guint b = 0; b <= G_N_ELEMENTS (bands); b++)
    {
      int from = b == 0 ? 0 : bands[b - 1];
      int to = b < G_N_ELEMENTS (bands) ? bands[b] : max_age;
      double bx0 = x0 + (x1 - x0) * from / max_age, bx1 = x0 + (x1 - x0) * MIN (to, max_age) / max_age;
      g_autofree char *label = b < G_N_ELEMENTS (bands)
                               ? g_strdup_printf (_("%d–%d days"), from, to)
                               : g_strdup_printf (_("over %d days"), from);

      if (from >= max_age)
        break;
      if (b % 2 == 1)
        {
          cairo_rectangle (cv->cr, bx0, top_y, bx1 - bx0, bottom - top_y);
          styre_canvas_set_source (cv, &cv->pal.band);
          cairo_fill (cv->cr);
        }
      if (bx1 - bx0 > styre_canvas_text_width (cv, label, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL))
        styre_canvas_text (cv, label, bx0, bottom + f * 0.15, bx1 - bx0, STYRE_TEXT_SMALL,
                           PANGO_WEIGHT_NORMAL, STYRE_TEXT_CENTER, &cv->pal.dim);
    }

  for (r = first_row; r < owners->len && y + row_h <= bottom; r++)
    {
      const Owner *o = g_ptr_array_index (owners, r);
      double cy = y + row_h / 2;

      styre_canvas_text (cv, o->owner, pad, cy - styre_canvas_line_height (cv, STYRE_TEXT_BODY) / 2,
                         label_w - f * 0.5, STYRE_TEXT_BODY, PANGO_WEIGHT_NORMAL,
                         STYRE_TEXT_START, &cv->pal.foreground);
      styre_canvas_set_source (cv, &cv->pal.grid);
      cairo_set_line_width (cv->cr, cv->pal.line);
      cairo_move_to (cv->cr, x0, round (cy) + 0.5);
      cairo_line_to (cv->cr, x1, round (cy) + 0.5);
      cairo_stroke (cv->cr);

      for (guint i = 0; i < o->actions->len; i++)
        {
          const StyreAgeingAction *a = g_ptr_array_index (o->actions, i);
          double ax = x0 + (x1 - x0) * a->age_days / max_age;
          /* Actions of the same age step up and down a little so each can be seen. */
          double ay = cy + ((int) (i % 3) - 1) * f * 0.35;
          double size = f * 0.75;

          if (a->overdue_days > 0)
            {
              cairo_rectangle (cv->cr, ax - size / 2, ay - size / 2, size, size);
              styre_canvas_set_source (cv, &cv->pal.rag[STYRE_RAG_RED]);
              cairo_fill_preserve (cv->cr);
              styre_canvas_set_source (cv, &cv->pal.on_rag);
              cairo_set_line_width (cv->cr, MAX (1, f * 0.08));
              cairo_stroke (cv->cr);
            }
          else
            {
              cairo_new_path (cv->cr);
              cairo_arc (cv->cr, ax, ay, size / 2, 0, 2 * G_PI);
              styre_canvas_set_source (cv, &cv->pal.accent);
              cairo_fill (cv->cr);
            }
          styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, ax - size * 0.7, ay - size * 0.7,
                                 size * 1.4, size * 1.4, a->initiative_id, g_strdup (a->title),
                                 action_tooltip (a));
        }
      y += row_h;
    }
  cv->out->n_rows = r - first_row;

  {
    double lx = pad, ly = cv->height - legend_h + f * 0.3;

    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_RAG, NULL, STYRE_RAG_RED,
                                    _("Overdue"));
    lx += styre_canvas_legend_item (cv, lx, ly, STYRE_SWATCH_BOX, &cv->pal.accent, 0,
                                    _("Not yet due"));
    lx += styre_canvas_legend_width (cv, "") * 0.2;
    styre_canvas_text (cv, _("Across: days since the action was made"), lx, ly,
                       cv->width - pad - lx, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                       STYRE_TEXT_START, &cv->pal.dim);
    if (r < owners->len)
      styre_canvas_more_note (cv, owners->len - r, pad, bottom + lh + f * 0.3,
                              cv->width - 2 * pad);
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  StyreChartTable *t = styre_chart_table_new (6, _("Action"), _("Owner"), _("Case"),
                                              _("Age (days)"), _("Due"), _("Days overdue"));

  styre_chart_table_set_numeric (t, 3);
  styre_chart_table_set_numeric (t, 5);
  for (guint i = 0; i < d->ageing.actions->len; i++)
    {
      const StyreAgeingAction *a = g_ptr_array_index (d->ageing.actions, i);

      styre_chart_table_add (t, a->initiative_id, g_strdup (a->title), g_strdup (a->owner),
                             g_strdup (a->case_number), g_strdup_printf ("%d", a->age_days),
                             a->due_on ? styre_format_date (a->due_on) : NULL,
                             a->overdue_days > 0 ? g_strdup_printf ("%d", a->overdue_days)
                                                 : NULL);
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  g_autoptr(GPtrArray) owners = owners_of (d);
  guint overdue = 0;

  if (d->ageing.actions->len == 0)
    return g_strdup (_("No open actions."));
  for (guint i = 0; i < d->ageing.actions->len; i++)
    overdue += ((StyreAgeingAction *) g_ptr_array_index (d->ageing.actions, i))->overdue_days > 0;
  /* Translators: the follow-up chart in words */
  return g_strdup_printf (_("%u open actions with %u owners; %u overdue. Most overdue with %s."),
                          d->ageing.actions->len, owners->len, overdue,
                          ((Owner *) g_ptr_array_index (owners, 0))->owner);
}

const StyreChartClass styre_chart_ageing_class = { draw, table, describe };
