/* styre-chart-canvas.c — colours, type and the small drawing helpers the charts share
 *
 * The status colours are the app's (data/style.css): Okabe–Ito green #009E73, yellow
 * #E69F00, red #D55E00, grey #8a8a8a, each carrying its shape in black (● ▲ ■ ○), so
 * colour is never the only signal. Text is the full foreground colour or a secondary one
 * that still has 7:1 against the background.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "styre-chart-private.h"
#include "styre-format.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0, 1.0 }

void
styre_palette_init (StyrePalette    *pal,
                    StyreChartTheme  theme)
{
  static const StyreRgba rag[4] = { RGB (0x8a8a8a), RGB (0x009E73), RGB (0xE69F00),
                                    RGB (0xD55E00) };
  static const StyreRgba phase_light[6] = { RGB (0xd7e7f5), RGB (0xaacbeb), RGB (0x74a9dc),
                                            RGB (0x3f7fc0), RGB (0x24609e), RGB (0x123f6e) };
  gboolean dark = theme == STYRE_CHART_THEME_DARK
                  || theme == STYRE_CHART_THEME_HIGH_CONTRAST_DARK;
  gboolean hc = theme == STYRE_CHART_THEME_HIGH_CONTRAST
                || theme == STYRE_CHART_THEME_HIGH_CONTRAST_DARK;

  memset (pal, 0, sizeof *pal);
  memcpy (pal->rag, rag, sizeof rag);
  pal->on_rag = (StyreRgba) RGB (0x000000);
  memcpy (pal->phase, phase_light, sizeof phase_light);
  for (int p = 0; p < 6; p++)
    pal->on_phase[p] = p < 3 ? (StyreRgba) RGB (0x10202f) : (StyreRgba) RGB (0xffffff);
  pal->high_contrast = hc;
  pal->line = hc ? 2.0 : 1.0;

  if (!dark)
    {
      pal->background = (StyreRgba) RGB (0xffffff);
      pal->foreground = hc ? (StyreRgba) RGB (0x000000) : (StyreRgba) RGB (0x1c1c1c);
      pal->dim = hc ? (StyreRgba) RGB (0x000000) : (StyreRgba) RGB (0x474747);
      pal->grid = hc ? (StyreRgba) { 0, 0, 0, 0.55 } : (StyreRgba) { 0, 0, 0, 0.13 };
      pal->outline = hc ? (StyreRgba) { 0, 0, 0, 1 } : (StyreRgba) { 0, 0, 0, 0.25 };
      pal->band = (StyreRgba) { 0, 0, 0, hc ? 0.07 : 0.035 };
      pal->series[0] = (StyreRgba) RGB (0x56B4E9);   /* approved: sky blue */
      pal->series[1] = (StyreRgba) RGB (0x0072B2);   /* revised: blue */
      pal->series[2] = (StyreRgba) RGB (0xCC79A7);   /* forecast: reddish purple */
      pal->series[3] = (StyreRgba) RGB (0x2b2b2b);   /* actual */
      pal->series[4] = (StyreRgba) RGB (0x009E73);
      pal->accent = (StyreRgba) RGB (0x0072B2);
      pal->warning = (StyreRgba) RGB (0xB23B00);
      pal->focus = (StyreRgba) RGB (0x1c71d8);
    }
  else
    {
      pal->background = hc ? (StyreRgba) RGB (0x000000) : (StyreRgba) RGB (0x242424);
      pal->foreground = (StyreRgba) RGB (0xffffff);
      pal->dim = hc ? (StyreRgba) RGB (0xffffff) : (StyreRgba) RGB (0xd4d4d4);
      pal->grid = hc ? (StyreRgba) { 1, 1, 1, 0.6 } : (StyreRgba) { 1, 1, 1, 0.16 };
      pal->outline = hc ? (StyreRgba) { 1, 1, 1, 1 } : (StyreRgba) { 0, 0, 0, 0.45 };
      pal->band = (StyreRgba) { 1, 1, 1, hc ? 0.1 : 0.04 };
      pal->series[0] = (StyreRgba) RGB (0x56B4E9);
      pal->series[1] = (StyreRgba) RGB (0x3a9bd9);
      pal->series[2] = (StyreRgba) RGB (0xCC79A7);
      pal->series[3] = (StyreRgba) RGB (0xeeeeee);
      pal->series[4] = (StyreRgba) RGB (0x009E73);
      pal->accent = (StyreRgba) RGB (0x56B4E9);
      pal->warning = (StyreRgba) RGB (0xff8a4c);
      pal->focus = (StyreRgba) RGB (0x78aeed);
    }
}

/**
 * styre_chart_style_init:
 *
 * The style of a chart that stands alone: light, with its title, on a white background,
 * the type sized from the drawing.
 */
void
styre_chart_style_init (StyreChartStyle *style)
{
  memset (style, 0, sizeof *style);
  style->theme = STYRE_CHART_THEME_LIGHT;
  style->show_title = TRUE;
}

/**
 * styre_chart_style_font_size:
 *
 * Returns: the smallest text a chart of this size is drawn with: the style's, or 18 px
 *   at 1920×1080 and in proportion, at least 12
 */
double
styre_chart_style_font_size (const StyreChartStyle *style,
                             double                 width,
                             double                 height)
{
  if (style != NULL && style->font_size > 0)
    return style->font_size;
  return MAX (12.0, 18.0 * MIN (width / 1920.0, height / 1080.0));
}

void
styre_canvas_set_source (StyreCanvas     *cv,
                         const StyreRgba *c)
{
  cairo_set_source_rgba (cv->cr, c->r, c->g, c->b, c->a);
}

void
styre_canvas_set_source_alpha (StyreCanvas     *cv,
                               const StyreRgba *c,
                               double           alpha)
{
  cairo_set_source_rgba (cv->cr, c->r, c->g, c->b, c->a * alpha);
}

void
styre_canvas_rounded_rect (StyreCanvas *cv,
                           double       x,
                           double       y,
                           double       w,
                           double       h,
                           double       radius)
{
  cairo_t *cr = cv->cr;
  double r = MIN (radius, MIN (w, h) / 2);

  if (r <= 0.5)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
set_font (StyreCanvas *cv,
          double       size,
          PangoWeight  weight)
{
  pango_font_description_set_absolute_size (cv->desc, cv->font * size * PANGO_SCALE);
  if (cv->out != NULL && (cv->out->min_text_size == 0 || cv->font * size < cv->out->min_text_size))
    cv->out->min_text_size = cv->font * size;
  pango_font_description_set_weight (cv->desc, weight);
  pango_layout_set_font_description (cv->layout, cv->desc);
}

double
styre_canvas_line_height (StyreCanvas *cv,
                          double       size)
{
  int h;

  set_font (cv, size, PANGO_WEIGHT_NORMAL);
  pango_layout_set_width (cv->layout, -1);
  pango_layout_set_text (cv->layout, "Åg", -1);
  pango_layout_get_pixel_size (cv->layout, NULL, &h);
  return h;
}

double
styre_canvas_text_width (StyreCanvas *cv,
                         const char  *text,
                         double       size,
                         PangoWeight  weight)
{
  PangoRectangle logical;

  set_font (cv, size, weight);
  pango_layout_set_width (cv->layout, -1);
  pango_layout_set_ellipsize (cv->layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (cv->layout, text ? text : "", -1);
  pango_layout_get_extents (cv->layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

/* Records where the layout about to be shown at the current point puts its ink, in the
 * chart's own units, whatever rotation is in effect. */
static void
record_text (StyreCanvas *cv)
{
  PangoRectangle ink;
  double x0, y0;
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  StyreChartTextBox box = { 0 };

  if (cv->out == NULL || cv->out->texts == NULL)
    return;
  pango_layout_get_pixel_extents (cv->layout, &ink, NULL);
  if (ink.width <= 0 || ink.height <= 0)
    return;
  cairo_get_current_point (cv->cr, &x0, &y0);
  for (int i = 0; i < 4; i++)
    {
      double x = x0 + ink.x + (i & 1 ? ink.width : 0);
      double y = y0 + ink.y + (i & 2 ? ink.height : 0);

      cairo_user_to_device (cv->cr, &x, &y);
      cairo_matrix_transform_point (&cv->chart_from_device, &x, &y);
      min_x = MIN (min_x, x);
      min_y = MIN (min_y, y);
      max_x = MAX (max_x, x);
      max_y = MAX (max_y, y);
    }
  box.x = min_x;
  box.y = min_y;
  box.width = max_x - min_x;
  box.height = max_y - min_y;
  box.text = g_strdup (pango_layout_get_text (cv->layout));
  g_array_append_val (cv->out->texts, box);
}

double
styre_canvas_text (StyreCanvas     *cv,
                   const char      *text,
                   double           x,
                   double           y,
                   double           width,
                   double           size,
                   PangoWeight      weight,
                   StyreTextAlign   align,
                   const StyreRgba *colour)
{
  PangoRectangle logical;
  double left = x;

  if (text == NULL)
    return 0;
  set_font (cv, size, weight);
  pango_layout_set_text (cv->layout, text, -1);
  pango_layout_set_wrap (cv->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (cv->layout, 0);
  if (width > 0)
    {
      pango_layout_set_width (cv->layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (cv->layout, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (cv->layout, -1);
      pango_layout_set_ellipsize (cv->layout, PANGO_ELLIPSIZE_NONE);
    }
  pango_layout_set_alignment (cv->layout, PANGO_ALIGN_LEFT);
  pango_layout_get_extents (cv->layout, NULL, &logical);

  if (width > 0)
    {
      double w = logical.width / (double) PANGO_SCALE;
      if (align == STYRE_TEXT_CENTER)
        left = x + (width - w) / 2 - logical.x / (double) PANGO_SCALE;
      else if (align == STYRE_TEXT_END)
        left = x + width - w - logical.x / (double) PANGO_SCALE;
    }
  else
    {
      double w = logical.width / (double) PANGO_SCALE;
      if (align == STYRE_TEXT_CENTER)
        left = x - w / 2;
      else if (align == STYRE_TEXT_END)
        left = x - w;
    }

  styre_canvas_set_source (cv, colour ? colour : &cv->pal.foreground);
  cairo_move_to (cv->cr, left, y);
  record_text (cv);
  pango_cairo_show_layout (cv->cr, cv->layout);
  pango_layout_set_ellipsize (cv->layout, PANGO_ELLIPSIZE_NONE);
  return logical.height / (double) PANGO_SCALE;
}

double
styre_canvas_paragraph (StyreCanvas     *cv,
                        const char      *text,
                        double           x,
                        double           y,
                        double           width,
                        int              max_lines,
                        double           size,
                        PangoWeight      weight,
                        const StyreRgba *colour)
{
  PangoRectangle logical;

  if (text == NULL || width <= 0)
    return 0;
  set_font (cv, size, weight);
  pango_layout_set_text (cv->layout, text, -1);
  pango_layout_set_width (cv->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (cv->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (cv->layout, -MAX (1, max_lines));
  pango_layout_set_ellipsize (cv->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (cv->layout, PANGO_ALIGN_LEFT);
  pango_layout_get_extents (cv->layout, NULL, &logical);
  styre_canvas_set_source (cv, colour ? colour : &cv->pal.foreground);
  cairo_move_to (cv->cr, x, y);
  record_text (cv);
  pango_cairo_show_layout (cv->cr, cv->layout);
  pango_layout_set_height (cv->layout, 0);
  pango_layout_set_ellipsize (cv->layout, PANGO_ELLIPSIZE_NONE);
  return logical.height / (double) PANGO_SCALE;
}

void
styre_canvas_text_vertical (StyreCanvas     *cv,
                            const char      *text,
                            double           x,
                            double           y,
                            double           size,
                            const StyreRgba *colour)
{
  double w, h;

  set_font (cv, size, PANGO_WEIGHT_NORMAL);
  pango_layout_set_width (cv->layout, -1);
  pango_layout_set_text (cv->layout, text, -1);
  w = styre_canvas_text_width (cv, text, size, PANGO_WEIGHT_NORMAL);
  h = styre_canvas_line_height (cv, size);
  pango_layout_set_text (cv->layout, text, -1);
  cairo_save (cv->cr);
  cairo_translate (cv->cr, x - h / 2, y + w / 2);
  cairo_rotate (cv->cr, -G_PI / 2);
  styre_canvas_set_source (cv, colour ? colour : &cv->pal.dim);
  cairo_move_to (cv->cr, 0, 0);
  record_text (cv);
  pango_cairo_show_layout (cv->cr, cv->layout);
  cairo_restore (cv->cr);
}

/* The shape alone, in the current source, filling a box of @size centred on (cx, cy). */
static void
rag_shape_path (cairo_t  *cr,
                StyreRag  rag,
                double    cx,
                double    cy,
                double    size)
{
  double r = size / 2;

  switch (rag)
    {
    case STYRE_RAG_GREEN:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    case STYRE_RAG_YELLOW:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r * 1.08, cy + r * 0.85);
      cairo_line_to (cr, cx - r * 1.08, cy + r * 0.85);
      cairo_close_path (cr);
      break;
    case STYRE_RAG_RED:
      cairo_rectangle (cr, cx - r * 0.86, cy - r * 0.86, r * 1.72, r * 1.72);
      break;
    case STYRE_RAG_GREY:
    default:
      cairo_arc (cr, cx, cy, r * 0.82, 0, 2 * G_PI);
      break;
    }
}

/**
 * styre_canvas_rag_symbol:
 *
 * A status on its own: the shape filled with the status colour, with an outline, so it
 * reads in black and white too.
 */
void
styre_canvas_rag_symbol (StyreCanvas *cv,
                         StyreRag     rag,
                         double       cx,
                         double       cy,
                         double       size)
{
  cairo_t *cr = cv->cr;

  cairo_new_path (cr);
  rag_shape_path (cr, rag, cx, cy, size);
  if (rag == STYRE_RAG_GREY)
    {
      /* A ring: "not reported" is an absence. */
      styre_canvas_set_source (cv, &cv->pal.rag[STYRE_RAG_GREY]);
      cairo_set_line_width (cr, MAX (1.5, size * 0.2));
      cairo_stroke (cr);
      return;
    }
  styre_canvas_set_source (cv, &cv->pal.rag[rag]);
  cairo_fill_preserve (cr);
  styre_canvas_set_source (cv, &cv->pal.on_rag);
  cairo_set_line_width (cr, cv->pal.high_contrast ? 2.0 : MAX (1.0, size * 0.06));
  cairo_stroke (cr);
}

/**
 * styre_canvas_rag_cell:
 *
 * A cell filled with a status colour, its shape drawn in black in the middle.
 */
void
styre_canvas_rag_cell (StyreCanvas *cv,
                       StyreRag     rag,
                       double       x,
                       double       y,
                       double       w,
                       double       h)
{
  cairo_t *cr = cv->cr;
  double size = MIN (MIN (w, h) * 0.5, cv->font * 1.0);

  cairo_new_path (cr);
  styre_canvas_rounded_rect (cv, x, y, w, h, MIN (w, h) * 0.12);
  if (rag == STYRE_RAG_GREY)
    styre_canvas_set_source_alpha (cv, &cv->pal.rag[STYRE_RAG_GREY], 0.35);
  else
    styre_canvas_set_source (cv, &cv->pal.rag[rag]);
  cairo_fill_preserve (cr);
  styre_canvas_set_source (cv, &cv->pal.outline);
  cairo_set_line_width (cr, cv->pal.line);
  cairo_stroke (cr);

  cairo_new_path (cr);
  rag_shape_path (cr, rag, x + w / 2, y + h / 2, size);
  styre_canvas_set_source (cv, &cv->pal.on_rag);
  if (rag == STYRE_RAG_GREY)
    {
      cairo_set_line_width (cr, MAX (1.2, size * 0.16));
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
}

/**
 * styre_canvas_rag_glyph:
 *
 * The status's shape in black, to draw on a fill of its colour.
 */
void
styre_canvas_rag_glyph (StyreCanvas *cv,
                        StyreRag     rag,
                        double       cx,
                        double       cy,
                        double       size)
{
  cairo_new_path (cv->cr);
  rag_shape_path (cv->cr, rag, cx, cy, size);
  styre_canvas_set_source (cv, &cv->pal.on_rag);
  if (rag == STYRE_RAG_GREY)
    {
      cairo_set_line_width (cv->cr, MAX (1.2, size * 0.16));
      cairo_stroke (cv->cr);
    }
  else
    cairo_fill (cv->cr);
}

void
styre_canvas_hatch (StyreCanvas     *cv,
                    double           x,
                    double           y,
                    double           w,
                    double           h,
                    const StyreRgba *colour,
                    double           spacing)
{
  cairo_t *cr = cv->cr;

  if (w <= 0 || h <= 0)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  styre_canvas_set_source (cv, colour);
  cairo_set_line_width (cr, MAX (1.0, spacing * 0.22));
  for (double d = -h; d < w + h; d += spacing)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

double
styre_canvas_legend_width (StyreCanvas *cv,
                           const char  *text)
{
  return cv->font * 1.6 + styre_canvas_text_width (cv, text, STYRE_TEXT_SMALL,
                                                   PANGO_WEIGHT_NORMAL) + cv->font;
}

double
styre_canvas_legend_item (StyreCanvas     *cv,
                          double           x,
                          double           y,
                          StyreSwatch      swatch,
                          const StyreRgba *colour,
                          StyreRag         rag,
                          const char      *text)
{
  cairo_t *cr = cv->cr;
  double s = cv->font;
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);
  double cy = y + lh / 2;

  cairo_new_path (cr);
  switch (swatch)
    {
    case STYRE_SWATCH_BOX:
      cairo_rectangle (cr, x, cy - s * 0.4, s * 1.1, s * 0.8);
      styre_canvas_set_source (cv, colour);
      cairo_fill_preserve (cr);
      styre_canvas_set_source (cv, &cv->pal.outline);
      cairo_set_line_width (cr, cv->pal.line);
      cairo_stroke (cr);
      break;
    case STYRE_SWATCH_OUTLINE:
      cairo_rectangle (cr, x + 1, cy - s * 0.4, s * 1.1 - 2, s * 0.8);
      styre_canvas_set_source (cv, colour);
      cairo_set_line_width (cr, MAX (2.0, s * 0.14));
      cairo_stroke (cr);
      break;
    case STYRE_SWATCH_HATCHED:
      styre_canvas_hatch (cv, x, cy - s * 0.4, s * 1.1, s * 0.8, colour, s * 0.3);
      cairo_rectangle (cr, x, cy - s * 0.4, s * 1.1, s * 0.8);
      styre_canvas_set_source (cv, colour);
      cairo_set_line_width (cr, cv->pal.line);
      cairo_stroke (cr);
      break;
    case STYRE_SWATCH_LINE:
    case STYRE_SWATCH_DASHED:
      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x + s * 1.2, cy);
      styre_canvas_set_source (cv, colour);
      cairo_set_line_width (cr, MAX (2.0, s * 0.16));
      if (swatch == STYRE_SWATCH_DASHED)
        {
          double dash[] = { s * 0.3, s * 0.2 };
          cairo_set_dash (cr, dash, 2, 0);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case STYRE_SWATCH_TICK:
      cairo_move_to (cr, x + s * 0.55, cy - s * 0.55);
      cairo_line_to (cr, x + s * 0.55, cy + s * 0.55);
      styre_canvas_set_source (cv, colour);
      cairo_set_line_width (cr, MAX (2.0, s * 0.18));
      cairo_stroke (cr);
      break;
    case STYRE_SWATCH_RAG:
    default:
      styre_canvas_rag_symbol (cv, rag, x + s * 0.55, cy, s * 0.95);
      break;
    }
  styre_canvas_text (cv, text, x + s * 1.6, y, 0, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                     STYRE_TEXT_START, &cv->pal.dim);
  return styre_canvas_legend_width (cv, text);
}

void
styre_canvas_more_note (StyreCanvas *cv,
                        guint        n_more,
                        double       x,
                        double       y,
                        double       width)
{
  g_autofree char *text = NULL;

  if (n_more == 0)
    return;
  switch (cv->style.more_hint)
    {
    case STYRE_CHART_MORE_ENLARGE:
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u more — enlarge the chart or show it as a table",
                                           "%u more — enlarge the chart or show it as a table",
                                           n_more), n_more);
      break;
    case STYRE_CHART_MORE_SCROLL:
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u more — scroll or press Page Down",
                                           "%u more — scroll or press Page Down",
                                           n_more), n_more);
      break;
    case STYRE_CHART_MORE_NEXT_PAGE:
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more on the next page",
                                           "%u more on the next page", n_more), n_more);
      break;
    case STYRE_CHART_MORE_NOT_SHOWN:
    default:
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more not shown",
                                           "%u more not shown", n_more), n_more);
      break;
    }
  styre_canvas_text (cv, text, x, y, width, STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL,
                     STYRE_TEXT_START, &cv->pal.dim);
}

void
styre_canvas_empty (StyreCanvas *cv,
                    const char  *message)
{
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_HEAD);

  styre_canvas_text (cv, message, cv->pad, cv->height / 2 - lh / 2, cv->width - 2 * cv->pad,
                     STYRE_TEXT_HEAD, PANGO_WEIGHT_NORMAL, STYRE_TEXT_CENTER, &cv->pal.dim);
}

/**
 * styre_canvas_add_mark:
 * @label: (transfer full)
 * @tooltip: (transfer full)
 */
void
styre_canvas_add_mark (StyreCanvas         *cv,
                       StyreChartMarkShape  shape,
                       double               x,
                       double               y,
                       double               w,
                       double               h,
                       gint64               initiative_id,
                       char                *label,
                       char                *tooltip)
{
  StyreChartMark m = { shape, x, y, w, h, initiative_id, label, tooltip };

  if (cv->out == NULL)
    {
      g_free (label);
      g_free (tooltip);
      return;
    }
  /* Where the mark is on the whole drawing, with the title above the chart. */
  m.x += cv->ox;
  m.y += cv->oy;
  g_array_append_val (cv->out->marks, m);
}

double
styre_nice_step (double max,
                 int    n)
{
  double raw, magnitude, f;

  if (max <= 0 || n <= 0)
    return 1;
  raw = max / n;
  magnitude = pow (10, floor (log10 (raw)));
  f = raw / magnitude;
  if (f <= 1)
    return magnitude;
  if (f <= 2)
    return 2 * magnitude;
  if (f <= 2.5)
    return 2.5 * magnitude;
  if (f <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

/* Axis amounts, with no more decimals than the step needs: "50 m kr", "12,5 m kr". */
char *
styre_format_axis_nok (double amount,
                       double step)
{
  double a = fabs (amount);

  if (a == 0)
    return g_strdup ("0");
  if (a >= 1e9 || step >= 1e9)
    {
      g_autofree char *n = styre_format_decimal (amount / 1e9, fmod (step, 1e9) == 0 ? 0 : 1);
      /* Translators: billions of kroner on an axis, e.g. "1,5 mrd. kr" */
      return g_strdup_printf (_("%s bn kr"), n);
    }
  if (a >= 1e6 || step >= 1e6)
    {
      g_autofree char *n = styre_format_decimal (amount / 1e6, fmod (step, 1e6) == 0 ? 0 : 1);
      return g_strdup_printf (_("%s m kr"), n);
    }
  return styre_format_nok ((gint64) llround (amount));
}

char *
styre_format_fte (double fte)
{
  return styre_format_decimal (fte, fabs (fte - round (fte)) < 0.05 ? 0 : 1);
}

char *
styre_initiative_label (const char *code,
                        const char *title)
{
  /* Translators: an initiative in a chart: its code and title, e.g. "DF-2023-02 Digitalt
   * servicetorg" */
  return g_strdup_printf (_("%s %s"), code, title);
}

/* A date as a day number, for time axes; 0 when it is not a date. */
int
styre_date_to_day (const char *iso_date)
{
  g_autoptr(GDate) date = styre_date_from_iso (iso_date);

  return date ? (int) g_date_get_julian (date) : 0;
}

char *
styre_format_day_short (int day)
{
  g_autoptr(GDate) date = g_date_new_julian ((guint32) MAX (1, day));
  g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                                          g_date_get_month (date), g_date_get_day (date));

  return styre_format_date (iso);
}

/* ── tables ──────────────────────────────────────────────────────────────────────────── */

static void
table_row_free (gpointer data)
{
  StyreChartTableRow *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

StyreChartTable *
styre_chart_table_new (guint n_columns,
                       ...)
{
  StyreChartTable *table = g_new0 (StyreChartTable, 1);
  va_list args;

  table->n_columns = n_columns;
  table->headers = g_new0 (char *, n_columns + 1);
  table->numeric = g_new0 (gboolean, n_columns);
  table->rows = g_ptr_array_new_with_free_func (table_row_free);
  va_start (args, n_columns);
  for (guint i = 0; i < n_columns; i++)
    table->headers[i] = g_strdup (va_arg (args, const char *));
  va_end (args);
  return table;
}

void
styre_chart_table_set_numeric (StyreChartTable *table,
                               guint            column)
{
  g_return_if_fail (column < table->n_columns);
  table->numeric[column] = TRUE;
}

/* The cells are (transfer full) strings, n_columns of them; NULL is an empty cell. */
void
styre_chart_table_add (StyreChartTable *table,
                       gint64           initiative_id,
                       ...)
{
  StyreChartTableRow *row = g_new0 (StyreChartTableRow, 1);
  va_list args;

  row->initiative_id = initiative_id;
  row->cells = g_new0 (char *, table->n_columns + 1);
  va_start (args, initiative_id);
  for (guint i = 0; i < table->n_columns; i++)
    {
      char *cell = va_arg (args, char *);
      row->cells[i] = cell ? cell : g_strdup ("");
    }
  va_end (args);
  g_ptr_array_add (table->rows, row);
}

void
styre_chart_table_free (StyreChartTable *table)
{
  if (table == NULL)
    return;
  g_strfreev (table->headers);
  g_free (table->numeric);
  g_clear_pointer (&table->rows, g_ptr_array_unref);
  g_free (table);
}

/**
 * styre_chart_table_to_text:
 *
 * Returns: (transfer full): the table as tab-separated lines, headings first, for the
 *   clipboard and for tests
 */
char *
styre_chart_table_to_text (const StyreChartTable *table)
{
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < table->n_columns; c++)
    g_string_append_printf (out, "%s%s", c ? "\t" : "", table->headers[c]);
  g_string_append_c (out, '\n');
  for (guint r = 0; r < table->rows->len; r++)
    {
      StyreChartTableRow *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        g_string_append_printf (out, "%s%s", c ? "\t" : "", row->cells[c]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* ── sorting ─────────────────────────────────────────────────────────────────────────── */

gint
styre_compare_worst_first (gconstpointer a,
                           gconstpointer b)
{
  const StyreChartInitiative *x = *(StyreChartInitiative * const *) a;
  const StyreChartInitiative *y = *(StyreChartInitiative * const *) b;
  int sx = styre_rag_severity (x->overall), sy = styre_rag_severity (y->overall);
  int rx = 0, ry = 0, yx = 0, yy = 0;

  if (sx != sy)
    return sx > sy ? -1 : 1;
  for (int d = 0; d < STYRE_N_DIMENSIONS; d++)
    {
      rx += x->dims[d] == STYRE_RAG_RED;
      ry += y->dims[d] == STYRE_RAG_RED;
      yx += x->dims[d] == STYRE_RAG_YELLOW;
      yy += y->dims[d] == STYRE_RAG_YELLOW;
    }
  if (rx != ry)
    return rx > ry ? -1 : 1;
  if (yx != yy)
    return yx > yy ? -1 : 1;
  return g_strcmp0 (x->code, y->code);
}

/**
 * styre_open_initiatives:
 *
 * Returns: (transfer container): the initiatives still in the portfolio (proposed,
 *   active, paused), borrowed from @data
 */
GPtrArray *
styre_open_initiatives (const StyreChartData *data)
{
  GPtrArray *open = g_ptr_array_new ();

  for (guint i = 0; i < data->initiatives->len; i++)
    {
      StyreChartInitiative *in = g_ptr_array_index (data->initiatives, i);

      if (styre_chart_initiative_is_open (in))
        g_ptr_array_add (open, in);
    }
  return open;
}

/* A month on a time axis: "Jan", "Feb" … (nb "jan.", "feb."). */
const char *
styre_month_short (int month)
{
  switch (month)
    {
    case 1: return C_("short month", "Jan");
    case 2: return C_("short month", "Feb");
    case 3: return C_("short month", "Mar");
    case 4: return C_("short month", "Apr");
    case 5: return C_("short month", "May");
    case 6: return C_("short month", "Jun");
    case 7: return C_("short month", "Jul");
    case 8: return C_("short month", "Aug");
    case 9: return C_("short month", "Sep");
    case 10: return C_("short month", "Oct");
    case 11: return C_("short month", "Nov");
    case 12: return C_("short month", "Dec");
    default: return "";
    }
}

/* The scale of a value axis for values up to @max, with about @n steps. */
void
styre_axis_scale (double  max,
                  int     n,
                  gboolean whole,
                  double *top,
                  double *step)
{
  *step = styre_nice_step (max > 0 ? max : 1, MAX (1, n));
  if (whole)
    *step = MAX (1, ceil (*step));
  *top = MAX (*step, ceil (max / *step - 1e-9) * *step);
}

/* Value axis: grid lines across [x, x + w] and labels left of @x, for 0 … @top between
 * @y_bottom and @y_top. */
void
styre_canvas_value_axis (StyreCanvas *cv,
                         double       x,
                         double       w,
                         double       y_bottom,
                         double       y_top,
                         double       top,
                         double       step,
                         gboolean     money,
                         double       label_w)
{
  double lh = styre_canvas_line_height (cv, STYRE_TEXT_SMALL);

  cairo_set_line_width (cv->cr, cv->pal.line);
  for (double v = 0; v <= top + step * 0.001; v += step)
    {
      double y = y_bottom - (y_bottom - y_top) * v / top;
      g_autofree char *label = money ? styre_format_axis_nok (v, step)
                                     : styre_format_integer ((gint64) llround (v));

      styre_canvas_set_source (cv, &cv->pal.grid);
      cairo_move_to (cv->cr, x, round (y) + 0.5);
      cairo_line_to (cv->cr, x + w, round (y) + 0.5);
      cairo_stroke (cv->cr);
      styre_canvas_text (cv, label, x - label_w - cv->font * 0.3, y - lh / 2, label_w,
                         STYRE_TEXT_SMALL, PANGO_WEIGHT_NORMAL, STYRE_TEXT_END, &cv->pal.dim);
    }
}

/* How wide the labels of a value axis are. */
double
styre_canvas_value_axis_width (StyreCanvas *cv,
                               double       top,
                               double       step,
                               gboolean     money)
{
  double widest = 0;

  for (double v = 0; v <= top + step * 0.001; v += step)
    {
      g_autofree char *label = money ? styre_format_axis_nok (v, step)
                                     : styre_format_integer ((gint64) llround (v));
      widest = MAX (widest, styre_canvas_text_width (cv, label, STYRE_TEXT_SMALL,
                                                     PANGO_WEIGHT_NORMAL));
    }
  return ceil (widest);
}
