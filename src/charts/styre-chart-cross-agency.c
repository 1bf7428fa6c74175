/* styre-chart-cross-agency.c — initiatives × agencies, with each agency's role
 *
 * Only initiatives with more than one agency. A cell carries letters, never colour alone:
 * O owner, P partner, F funder, B benefit recipient (translated).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "styre-chart-private.h"
#include "styre-format.h"

static const struct
{
  guint8      bit;
  const char *letter;
  const char *word;
} roles[] = {
  /* Translators: one-letter role of an agency in the cross-agency chart: O = owner (nb E for
   * eier), P = partner, F = funder (nb F for finansierer), B = benefit recipient (nb M for
   * mottaker av nytte) */
  { STYRE_AGENCY_ROLE_OWNER, NC_("agency role letter", "O"), N_("Owner") },
  { STYRE_AGENCY_ROLE_PARTNER, NC_("agency role letter", "P"), N_("Partner") },
  { STYRE_AGENCY_ROLE_FUNDER, NC_("agency role letter", "F"), N_("Funder") },
  { STYRE_AGENCY_ROLE_BENEFIT_RECIPIENT, NC_("agency role letter", "B"),
    N_("Benefit recipient") },
};

static char *
letters (guint8 bits)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (bits & roles[i].bit)
      g_string_append (out, g_dpgettext2 (GETTEXT_PACKAGE, "agency role letter",
                                          roles[i].letter));
  return g_string_free (out, FALSE);
}

static char *
words (guint8 bits)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (bits & roles[i].bit)
      g_string_append_printf (out, "%s%s", out->len ? ", " : "", _(roles[i].word));
  return g_string_free (out, FALSE);
}

static const char *
agency_label (const StyreChartAgency *a)
{
  return a->short_name != NULL && *a->short_name != '\0' ? a->short_name : a->code;
}

static void
draw (StyreCanvas          *cv,
      const StyreChartData *d,
      guint                 first_row)
{
  const StyreCrossAgencyData *x = &d->cross_agency;
  double f = cv->font, pad = cv->pad;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double legend_h = lh + f * 0.6;
  double label_w, cw, header_h, longest = 0, y, bottom, row_h = round (f * 1.9);
  guint n = x->agencies->len, r;
  gboolean vertical;

  cv->out->n_rows_total = x->rows->len;
  if (x->rows->len == 0)
    {
      styre_canvas_empty (cv, _("No initiative has more than one agency"));
      return;
    }
  first_row = MIN (first_row, x->rows->len - 1);
  label_w = MIN (f * 24, (cv->width - 2 * pad) * 0.42);
  cw = MIN (f * 6, (cv->width - 2 * pad - label_w) / MAX (1, n));
  label_w = cv->width - 2 * pad - cw * n;
  label_w = MIN (label_w, f * 30);
  for (guint a = 0; a < n; a++)
    longest = MAX (longest, styre_canvas_text_width (cv, agency_label (g_ptr_array_index (x->agencies, a)),
                                                     STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL));
  vertical = longest > cw - f * 0.3;
  header_h = vertical ? MIN (longest, f * 10) + f * 0.5 : lh + f * 0.5;

  y = pad * 0.3;
  for (guint a = 0; a < n; a++)
    {
      const StyreChartAgency *ag = g_ptr_array_index (x->agencies, a);
      double cx = pad + label_w + a * cw;

      if (vertical)
        styre_canvas_text_vertical (cv, agency_label (ag), cx + cw / 2, y + (header_h - f * 0.5) / 2,
                                    STYRE_TEXT_SMALL, &cv->pal.dim);
      else
        styre_canvas_text (cv, agency_label (ag), cx, y, cw, STYRE_TEXT_SMALL,
                           PANGO_WEIGHT_NORMAL, STYRE_TEXT_CENTER, &cv->pal.dim);
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, cx, y, cw, header_h, 0,
                             g_strdup (ag->name), g_strdup (ag->name));
    }
  y += header_h;
  bottom = cv->height - legend_h;

  for (r = first_row; r < x->rows->len && y + row_h <= bottom; r++)
    {
      const StyreCrossAgencyRow *row = g_ptr_array_index (x->rows, r);
      const StyreChartInitiative *in = row->initiative;
      double code_w = styre_canvas_text_width (cv, in->code, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD);
      double ty = y + (row_h - styre_canvas_line_height (cv, STYRE_TEXT_BODY)) / 2;

      if ((r - first_row) % 2 == 1)
        {
          styre_canvas_set_source (cv, &cv->pal.band);
          cairo_rectangle (cv->cr, pad * 0.5, y, label_w + n * cw + pad * 0.5, row_h);
          cairo_fill (cv->cr);
        }
      if (code_w < label_w * 0.55)
        {
          styre_canvas_text (cv, in->code, pad, ty, 0, STYRE_TEXT_BODY, PANGO_WEIGHT_BOLD,
                             STYRE_TEXT_START, &cv->pal.foreground);
          styre_canvas_text (cv, in->title, pad + code_w + f * 0.4, ty,
                             label_w - code_w - f * 0.8, STYRE_TEXT_BODY, PANGO_WEIGHT_NORMAL,
                             STYRE_TEXT_START, &cv->pal.foreground);
        }
      else
        styre_canvas_text (cv, in->code, pad, ty, label_w - f * 0.4, STYRE_TEXT_BODY,
                           PANGO_WEIGHT_BOLD, STYRE_TEXT_START, &cv->pal.foreground);
      styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, pad * 0.5, y, label_w, row_h, in->id,
                             styre_initiative_label (in->code, in->title),
                             styre_initiative_label (in->code, in->title));

      for (guint a = 0; a < n; a++)
        {
          const StyreChartAgency *ag = g_ptr_array_index (x->agencies, a);
          guint8 bits = row->roles[a];
          double cx = pad + label_w + a * cw + f * 0.1;
          g_autofree char *text = NULL;
          g_autofree char *said = NULL;

          if (bits == 0)
            continue;
          text = letters (bits);
          said = words (bits);
          cairo_new_path (cv->cr);
          styre_canvas_rounded_rect (cv, cx + f * 0.05, y + f * 0.12, cw - f * 0.3,
                                     row_h - f * 0.24, f * 0.25);
          if (bits & STYRE_AGENCY_ROLE_OWNER)
            styre_canvas_set_source (cv, &cv->pal.series[1]);
          else
            styre_canvas_set_source_alpha (cv, &cv->pal.series[0], 0.55);
          cairo_fill (cv->cr);
          styre_canvas_text (cv, text, cx, y + (row_h - lh) / 2, cw - f * 0.2, STYRE_TEXT_SMALL,
                             PANGO_WEIGHT_BOLD, STYRE_TEXT_CENTER,
                             (bits & STYRE_AGENCY_ROLE_OWNER) ? &cv->pal.on_phase[5]
                                                             : &cv->pal.foreground);
          styre_canvas_add_mark (cv, STYRE_CHART_MARK_RECT, cx, y, cw - f * 0.2, row_h, in->id,
                                 g_strdup_printf ("%s — %s: %s", in->code, agency_label (ag), said),
                                 g_strdup_printf ("%s %s\n%s: %s", in->code, in->title, ag->name,
                                                  said));
        }
      y += row_h;
    }
  cv->out->n_rows = r - first_row;

  {
    double lx = pad, ly = cv->height - legend_h + f * 0.2;

    for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
      {
        g_autofree char *text = g_strdup_printf ("%s = %s",
                                                 g_dpgettext2 (GETTEXT_PACKAGE,
                                                               "agency role letter",
                                                               roles[i].letter),
                                                 _(roles[i].word));
        double tw = styre_canvas_text_width (cv, text, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL);

        styre_canvas_text (cv, text, lx, ly, 0, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                           STYRE_TEXT_START, &cv->pal.dim);
        lx += tw + f * 1.2;
      }
    if (r < x->rows->len)
      styre_canvas_more_note (cv, x->rows->len - r, lx, ly, cv->width - pad - lx);
  }
}

static StyreChartTable *
table (const StyreChartData *d)
{
  const StyreCrossAgencyData *x = &d->cross_agency;
  StyreChartTable *t = styre_chart_table_new (4, _("Code"), _("Initiative"), _("Agency"),
                                              _("Role"));

  for (guint r = 0; r < x->rows->len; r++)
    {
      const StyreCrossAgencyRow *row = g_ptr_array_index (x->rows, r);

      for (guint a = 0; a < x->agencies->len; a++)
        {
          const StyreChartAgency *ag = g_ptr_array_index (x->agencies, a);

          if (row->roles[a] == 0)
            continue;
          styre_chart_table_add (t, row->initiative->id, g_strdup (row->initiative->code),
                                 g_strdup (row->initiative->title), g_strdup (ag->name),
                                 words (row->roles[a]));
        }
    }
  return t;
}

static char *
describe (const StyreChartData *d)
{
  const StyreCrossAgencyData *x = &d->cross_agency;

  if (x->rows->len == 0)
    return g_strdup (_("No initiative has more than one agency."));
  /* Translators: the cross-agency chart in words */
  return g_strdup_printf (_("%u initiatives involve more than one agency, %u agencies in all. "
                            "The most: %s %s."),
                          x->rows->len, x->agencies->len,
                          ((StyreCrossAgencyRow *) g_ptr_array_index (x->rows, 0))->initiative->code,
                          ((StyreCrossAgencyRow *) g_ptr_array_index (x->rows, 0))->initiative->title);
}

const StyreChartClass styre_chart_cross_agency_class = { draw, table, describe };
