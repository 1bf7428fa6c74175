/* styre-audience.c — what the room sees on the projector
 *
 * Sizes are fractions of the screen's height, so the same layout holds from an old
 * 1024×768 projector to a 4K screen, drawn at the real size (never a scaled picture).
 * Each part is measured before it is drawn; when it does not fit, the type gets smaller
 * step by step down to the minimums (titles 5 %, other text 2.5 %), then a chart makes
 * room, and only then is text shortened with an ellipsis (and the frame says so).
 *
 * The layout follows the aspect ratio: on a wide screen (16:10, 16:9) an item's text and
 * its chart stand side by side; on a 4:3 screen the chart goes under the text.
 *
 * Colours are the charts' (styre-chart-canvas.c) so a chart sits on the screen without a
 * box around it; every text colour has at least 7:1 against what it is drawn on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-audience"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "styre-audience.h"
#include "styre-chart-private.h"
#include "styre-format.h"
#include "styre-public.h"
#include "styre-text.h"

#define DEFAULT_FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, sans-serif"

/* Type sizes as fractions of the height: what is aimed at, and the smallest allowed. */
#define TITLE_SIZE     0.066
#define BODY_SIZE      0.036
#define BAND_SIZE      0.028
#define CHART_TEXT     STYRE_AUDIENCE_MIN_TEXT

/* A chart beside the text needs the screen at least this much wider than high. */
#define WIDE_ASPECT    1.45

typedef struct
{
  StyreChart *chart;   /* NULL while it is prepared, or when it failed */
  char       *error;
} ChartSlot;

struct _StyreAudience
{
  GObject       parent_instance;

  StyreAgenda  *agenda;
  StyreAgenda  *public_view;   /* what may be shown of exempt items */
  GHashTable   *charts;        /* item id (gint64*) → GArray of ChartSlot */
};

G_DEFINE_FINAL_TYPE (StyreAudience, styre_audience, G_TYPE_OBJECT)

/* ── colours ─────────────────────────────────────────────────────────────────────────── */

typedef struct
{
  StyreRgba bg;
  StyreRgba fg;
  StyreRgba dim;
  StyreRgba accent;      /* case numbers */
  StyreRgba row;         /* behind the current item on the agenda */
  StyreRgba row_fg;
  StyreRgba row_dim;
  StyreRgba rule;        /* the line under the header */
  StyreRgba amber;       /* two minutes or less left */
  StyreRgba on_amber;
  StyreRgba red;         /* over time */
  StyreRgba on_red;
  gboolean  high_contrast;
} Colours;

#define HEX(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0, 1.0 }

static void
colours_init (Colours         *c,
              StyreChartTheme  theme)
{
  StyrePalette pal;
  gboolean dark = theme == STYRE_CHART_THEME_DARK || theme == STYRE_CHART_THEME_HIGH_CONTRAST_DARK;
  gboolean hc = theme == STYRE_CHART_THEME_HIGH_CONTRAST
                || theme == STYRE_CHART_THEME_HIGH_CONTRAST_DARK;

  styre_palette_init (&pal, theme);
  c->bg = pal.background;
  c->fg = pal.foreground;
  c->dim = pal.dim;
  c->high_contrast = hc;
  c->amber = (StyreRgba) HEX (0xffc83d);
  c->on_amber = (StyreRgba) HEX (0x000000);
  c->red = (StyreRgba) HEX (0x9e1b16);
  c->on_red = (StyreRgba) HEX (0xffffff);
  if (hc)
    {
      /* High contrast: the current item is drawn inverted. */
      c->accent = dark ? (StyreRgba) HEX (0xb8d4ff) : (StyreRgba) HEX (0x002b66);
      c->row = c->fg;
      c->row_fg = c->bg;
      c->row_dim = c->bg;
      c->rule = c->fg;
    }
  else if (dark)
    {
      c->accent = (StyreRgba) HEX (0x9cc3f5);
      c->row = (StyreRgba) HEX (0x1f3a5f);
      c->row_fg = c->fg;
      c->row_dim = c->dim;
      c->rule = (StyreRgba) { 1, 1, 1, 0.25 };
    }
  else
    {
      c->accent = (StyreRgba) HEX (0x123e75);
      c->row = (StyreRgba) HEX (0xdce8f7);
      c->row_fg = c->fg;
      c->row_dim = c->dim;
      c->rule = (StyreRgba) { 0, 0, 0, 0.2 };
    }
}

static double
luminance (const StyreRgba *c)
{
  double v[3] = { c->r, c->g, c->b };

  for (int i = 0; i < 3; i++)
    v[i] = v[i] <= 0.04045 ? v[i] / 12.92 : pow ((v[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

/* The WCAG contrast ratio of two opaque colours. */
static double
contrast (const StyreRgba *a,
          const StyreRgba *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* ── frames ──────────────────────────────────────────────────────────────────────────── */

static void
text_free (gpointer data)
{
  StyreAudienceText *t = data;

  g_free (t->text);
  g_free (t);
}

static StyreAudienceFrame *
frame_new (StyreScreen screen)
{
  StyreAudienceFrame *frame = g_new0 (StyreAudienceFrame, 1);

  frame->texts = g_ptr_array_new_with_free_func (text_free);
  frame->screen = screen;
  return frame;
}

void
styre_audience_frame_free (StyreAudienceFrame *frame)
{
  if (frame == NULL)
    return;
  g_clear_pointer (&frame->texts, g_ptr_array_unref);
  g_free (frame);
}

/**
 * styre_audience_frame_min_size:
 *
 * Returns: the smallest font size of the texts with @role, or 0 when there are none
 */
double
styre_audience_frame_min_size (const StyreAudienceFrame *frame,
                               StyreAudienceTextRole     role)
{
  double min = 0;

  for (guint i = 0; i < frame->texts->len; i++)
    {
      StyreAudienceText *t = g_ptr_array_index (frame->texts, i);
      if (t->role == role && (min == 0 || t->size < min))
        min = t->size;
    }
  return min;
}

/* The largest font size of the texts with @role, or 0. */
double
styre_audience_frame_max_size (const StyreAudienceFrame *frame,
                               StyreAudienceTextRole     role)
{
  double max = 0;

  for (guint i = 0; i < frame->texts->len; i++)
    {
      StyreAudienceText *t = g_ptr_array_index (frame->texts, i);
      if (t->role == role)
        max = MAX (max, t->size);
    }
  return max;
}

/* The lowest contrast of any text drawn; 21 when nothing was drawn. */
double
styre_audience_frame_min_contrast (const StyreAudienceFrame *frame)
{
  double min = 21;

  for (guint i = 0; i < frame->texts->len; i++)
    min = MIN (min, ((StyreAudienceText *) g_ptr_array_index (frame->texts, i))->contrast);
  return min;
}

/* Whether any text did not fit where it was drawn. */
gboolean
styre_audience_frame_is_clipped (const StyreAudienceFrame *frame)
{
  for (guint i = 0; i < frame->texts->len; i++)
    if (((StyreAudienceText *) g_ptr_array_index (frame->texts, i))->clipped)
      return TRUE;
  return FALSE;
}

/* Whether any text was shortened with an ellipsis. */
gboolean
styre_audience_frame_is_abbreviated (const StyreAudienceFrame *frame)
{
  for (guint i = 0; i < frame->texts->len; i++)
    if (((StyreAudienceText *) g_ptr_array_index (frame->texts, i))->abbreviated)
      return TRUE;
  return FALSE;
}

/**
 * styre_audience_frame_get_text:
 *
 * Returns: (transfer full): every text drawn, one a line
 */
char *
styre_audience_frame_get_text (const StyreAudienceFrame *frame)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < frame->texts->len; i++)
    {
      g_string_append (out, ((StyreAudienceText *) g_ptr_array_index (frame->texts, i))->text);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* ── drawing text ────────────────────────────────────────────────────────────────────── */

typedef struct
{
  StyreAudience         *self;
  StyreProjector        *projector;
  GDateTime             *now;
  cairo_t               *cr;
  double                 w;
  double                 h;
  StyreAudienceStyle     style;
  Colours                c;
  PangoLayout           *layout;
  PangoFontDescription  *desc;
  StyreAudienceFrame    *frame;
  /* The parts of the screen. */
  double                 pad_x;
  double                 pad_y;
  double                 band_size;
  double                 band_y;
  double                 band_h;
  double                 clock_x;
  double                 clock_w;
  double                 top;       /* the content under the header */
  double                 bottom;
} Ctx;

typedef struct
{
  const char            *text;
  double                 size;
  PangoWeight            weight;
  PangoStyle             slant;
  PangoAlignment         align;
  int                    max_lines;   /* 0: as many as it needs */
  double                 indent;      /* a hanging indent, for numbered points */
  gboolean               tabular;     /* digits of equal width (the clock) */
  StyreAudienceTextRole  role;
} TextSpec;

static void
setup_layout (Ctx            *ctx,
              const TextSpec *t,
              double          width)
{
  pango_font_description_set_absolute_size (ctx->desc, t->size * PANGO_SCALE);
  pango_font_description_set_weight (ctx->desc, t->weight);
  pango_font_description_set_style (ctx->desc, t->slant);
  pango_layout_set_font_description (ctx->layout, ctx->desc);
  pango_layout_set_text (ctx->layout, t->text ? t->text : "", -1);
  pango_layout_set_width (ctx->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (ctx->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (ctx->layout, t->align);
  pango_layout_set_height (ctx->layout, t->max_lines > 0 ? -t->max_lines : -1000);
  pango_layout_set_ellipsize (ctx->layout, t->max_lines > 0 ? PANGO_ELLIPSIZE_END
                                                            : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_indent (ctx->layout, (int) (-t->indent * PANGO_SCALE));
  if (t->tabular)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (ctx->layout, attrs);
      pango_attr_list_unref (attrs);
    }
  else
    pango_layout_set_attributes (ctx->layout, NULL);
}

/* The height @t takes in @width. */
static double
measure (Ctx            *ctx,
         const TextSpec *t,
         double          width)
{
  PangoRectangle logical;

  if (t->text == NULL || *t->text == '\0')
    return 0;
  setup_layout (ctx, t, width);
  pango_layout_get_pixel_extents (ctx->layout, NULL, &logical);
  return logical.height;
}

/* The width of @t on one line. */
static double
measure_width (Ctx            *ctx,
               const TextSpec *t)
{
  PangoRectangle logical;

  if (t->text == NULL || *t->text == '\0')
    return 0;
  setup_layout (ctx, t, -1);
  pango_layout_get_pixel_extents (ctx->layout, NULL, &logical);
  return logical.width;
}

/* Draws @t at (@x, @y) in @width, with @fg on @bg; @limit is the bottom of its part of
 * the screen. Returns the height used. */
static double
draw_text (Ctx             *ctx,
           const TextSpec  *t,
           double           x,
           double           y,
           double           width,
           double           limit,
           const StyreRgba *fg,
           const StyreRgba *bg)
{
  PangoRectangle logical;
  StyreAudienceText *out;

  if (t->text == NULL || *t->text == '\0')
    return 0;
  setup_layout (ctx, t, width);
  pango_layout_get_pixel_extents (ctx->layout, NULL, &logical);

  cairo_set_source_rgba (ctx->cr, fg->r, fg->g, fg->b, fg->a);
  cairo_move_to (ctx->cr, x, y);
  pango_cairo_show_layout (ctx->cr, ctx->layout);

  out = g_new0 (StyreAudienceText, 1);
  out->text = g_strdup (t->text);
  out->role = t->role;
  out->size = t->size;
  out->x = x + logical.x;
  out->y = y + logical.y;
  out->width = logical.width;
  out->height = logical.height;
  out->contrast = contrast (fg, bg);
  out->abbreviated = pango_layout_is_ellipsized (ctx->layout);
  /* Half a pixel of rounding is not clipping. */
  out->clipped = out->x < -0.5 || out->y < -0.5 || out->x + out->width > ctx->w + 0.5
                 || out->y + out->height > MIN (limit, ctx->h) + 0.5
                 || (width > 0 && logical.width > width + 0.5);
  g_ptr_array_add (ctx->frame->texts, out);
  return logical.height;
}

static void
fill_rect (Ctx             *ctx,
           const StyreRgba *colour,
           double           x,
           double           y,
           double           w,
           double           h,
           double           radius)
{
  StyreCanvas cv = { .cr = ctx->cr };

  cairo_set_source_rgba (ctx->cr, colour->r, colour->g, colour->b, colour->a);
  styre_canvas_rounded_rect (&cv, x, y, w, h, radius);
  cairo_fill (ctx->cr);
}

/* A type size: @ideal × @scale of the height in whole pixels, never under @min. */
static double
type_size (Ctx    *ctx,
           double  ideal,
           double  scale,
           double  min)
{
  return MAX (round (ideal * scale * ctx->h), ceil (min * ctx->h));
}

static TextSpec
spec (const char            *text,
      double                 size,
      PangoWeight            weight,
      StyreAudienceTextRole  role)
{
  TextSpec t = { text, size, weight, PANGO_STYLE_NORMAL, PANGO_ALIGN_LEFT, 0, 0, FALSE, role };

  return t;
}

/* ── what is shown of an item ────────────────────────────────────────────────────────── */

static gboolean
is_exempt (const StyreAgendaItem *item)
{
  return g_strcmp0 (item->confidentiality, "exempt") == 0;
}

/* Item @index of the projector as the room may see it: the full item, or the public
 * view's when it is exempt and not unlocked. Checked against the agenda itself too, so an
 * item marked exempt in the file is never shown unless the chair unlocked it. */
static StyreAgendaItem *
shown_item (Ctx      *ctx,
            int       index,
            gboolean *withheld)
{
  const StyreProjectorItem *pi = styre_projector_get_item (ctx->projector, index);
  StyreAudience *self = ctx->self;
  StyreAgendaItem *item;

  *withheld = FALSE;
  if (pi == NULL || self->agenda == NULL)
    return NULL;
  item = styre_agenda_find_item (self->agenda, pi->id);
  if (item == NULL)
    return NULL;
  if ((is_exempt (item) || pi->exempt) && !styre_projector_is_unlocked (ctx->projector, index))
    {
      *withheld = TRUE;
      return styre_agenda_find_item (self->public_view, pi->id);
    }
  return item;
}

static char *
case_label (const StyreAgendaItem *item)
{
  if (item->case_number == NULL || *item->case_number == '\0')
    return NULL;
  /* Translators: an agenda item's case number on the projector; Norwegian "Sak %s" */
  return g_strdup_printf (_("Case %s"), item->case_number);
}

static char *
presenter_label (const StyreAgendaItem *item)
{
  const char *name = item->presenter_name;
  const char *text = item->presenter_text;

  if (name != NULL && *name != '\0' && text != NULL && *text != '\0')
    return g_strdup_printf ("%s · %s", name, text);
  if (name != NULL && *name != '\0')
    return g_strdup (name);
  return g_strdup (text);
}

/* Markdown as the plain words it stands for, one paragraph a line. */
static char *
plain_text (const char *markdown)
{
  g_autoptr(GPtrArray) blocks = styre_markdown_parse (markdown);
  GString *out = g_string_new (NULL);

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      StyreMarkdownBlock *b = g_ptr_array_index (blocks, i);
      g_autofree char *text = NULL;

      if (!pango_parse_markup (b->markup, -1, 0, NULL, &text, NULL, NULL))
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (b->kind == STYRE_MARKDOWN_BULLET)
        g_string_append (out, "• ");
      else if (b->kind == STYRE_MARKDOWN_NUMBERED)
        g_string_append_printf (out, "%d. ", b->level);
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

static GArray *
charts_of (StyreAudience *self,
           gint64         item_id)
{
  return g_hash_table_lookup (self->charts, &item_id);
}

/* ── the header ──────────────────────────────────────────────────────────────────────── */

static void
layout_band (Ctx *ctx)
{
  g_autofree char *widest_time = styre_format_time (20, 58);
  g_autofree char *widest_left = styre_audience_format_remaining (600 * 60, STYRE_CLOCK_NORMAL);
  g_autofree char *widest_over = styre_audience_format_remaining (-600 * 60, STYRE_CLOCK_OVER);
  TextSpec t;
  double pill;

  ctx->pad_x = round (MAX (0.04 * ctx->w, 0.045 * ctx->h));
  ctx->pad_y = round (0.04 * ctx->h);
  ctx->band_size = type_size (ctx, BAND_SIZE, 1.0, STYRE_AUDIENCE_MIN_TEXT);
  ctx->band_y = round (ctx->pad_y * 0.6);
  ctx->band_h = round (ctx->band_size * 1.9);

  /* The clock's corner is as wide as its widest text, so it never moves. */
  t = spec (widest_time, ctx->band_size, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_CLOCK);
  t.tabular = TRUE;
  ctx->clock_w = measure_width (ctx, &t);
  t.text = widest_left;
  pill = measure_width (ctx, &t);
  t.text = widest_over;
  pill = MAX (pill, measure_width (ctx, &t));
  ctx->clock_w += ctx->band_size + pill + ctx->band_size * 1.2;
  ctx->clock_x = ctx->w - ctx->pad_x - ctx->clock_w;

  ctx->top = ctx->band_y + ctx->band_h + round (0.035 * ctx->h);
  ctx->bottom = ctx->h - ctx->pad_y;
}

static void
draw_band (Ctx        *ctx,
           const char *left)
{
  TextSpec t = spec (left, ctx->band_size, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);
  double line = MAX (1, round (ctx->h / 540));
  double text_h;

  t.max_lines = 1;
  text_h = measure (ctx, &t, ctx->clock_x - ctx->pad_x - ctx->band_size);
  draw_text (ctx, &t, ctx->pad_x, ctx->band_y + (ctx->band_h - text_h) / 2,
             ctx->clock_x - ctx->pad_x - ctx->band_size, ctx->band_y + ctx->band_h,
             &ctx->c.dim, &ctx->c.bg);

  cairo_set_source_rgba (ctx->cr, ctx->c.rule.r, ctx->c.rule.g, ctx->c.rule.b, ctx->c.rule.a);
  cairo_rectangle (ctx->cr, ctx->pad_x, ctx->band_y + ctx->band_h + line, ctx->w - 2 * ctx->pad_x,
                   line);
  cairo_fill (ctx->cr);

  ctx->frame->clock_x = ctx->clock_x;
  ctx->frame->clock_y = ctx->band_y;
  ctx->frame->clock_width = ctx->clock_w;
  ctx->frame->clock_height = ctx->band_h;
}

static char *
meeting_line (StyreAgenda *agenda)
{
  g_autofree char *date = NULL;
  const char *forum;

  if (agenda == NULL)
    return g_strdup ("");
  date = agenda->starts_at ? styre_format_date_long (agenda->starts_at) : g_strdup ("");
  forum = agenda->forum_name ? agenda->forum_name : "";
  return g_strdup_printf ("%s · %s", forum, date);
}

/**
 * styre_audience_format_remaining:
 *
 * Returns: (transfer full): what the corner says of the item's time: "12 min left",
 *   "1:45 left" in the last two minutes, "3 min over"
 */
char *
styre_audience_format_remaining (gint64          remaining_seconds,
                                 StyreClockState state)
{
  if (state == STYRE_CLOCK_OVER || remaining_seconds < 0)
    {
      gint64 over = -remaining_seconds;

      if (over < 60)
        /* Translators: time over the item's planned time, minutes:seconds, e.g. "0:35 over" */
        return g_strdup_printf (_("0:%02d over"), (int) over);
      /* Translators: whole minutes over the item's planned time */
      return g_strdup_printf (_("%d min over"), (int) (over / 60));
    }
  if (state == STYRE_CLOCK_AMBER || remaining_seconds <= STYRE_PROJECTOR_AMBER_SECONDS)
    /* Translators: time left of the item, minutes:seconds, e.g. "1:45 left" */
    return g_strdup_printf (_("%d:%02d left"), (int) (remaining_seconds / 60),
                            (int) (remaining_seconds % 60));
  /* Translators: whole minutes left of the item's planned time, rounded up */
  return g_strdup_printf (_("%d min left"), (int) ((remaining_seconds + 59) / 60));
}

static void
draw_clock (Ctx *ctx)
{
  int current = styre_projector_get_current (ctx->projector);
  StyreClockState state = styre_projector_get_clock_state (ctx->projector, ctx->now);
  g_autofree char *time = styre_format_time (g_date_time_get_hour (ctx->now),
                                             g_date_time_get_minute (ctx->now));
  g_autofree char *left = NULL;
  gboolean withheld = FALSE;
  TextSpec t = spec (time, ctx->band_size, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_CLOCK);
  double right = ctx->w - ctx->pad_x;
  double text_h, x;

  t.tabular = TRUE;
  shown_item (ctx, current, &withheld);
  /* An exempt item's time is not shown either, like in the public notice. */
  if (state != STYRE_CLOCK_NONE && !withheld)
    left = styre_audience_format_remaining (styre_projector_get_remaining_seconds (ctx->projector,
                                                                                   ctx->now),
                                            state);

  text_h = measure (ctx, &t, -1);
  if (left != NULL)
    {
      TextSpec p = spec (left, ctx->band_size, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_CLOCK);
      double pw, px, pad = round (ctx->band_size * 0.5);
      const StyreRgba *fg = &ctx->c.fg;
      const StyreRgba *bg = &ctx->c.bg;

      p.tabular = TRUE;
      pw = measure_width (ctx, &p);
      px = right - pw - pad;
      if (state == STYRE_CLOCK_AMBER)
        {
          fill_rect (ctx, &ctx->c.amber, px - pad, ctx->band_y, pw + 2 * pad, ctx->band_h,
                     ctx->band_h / 2);
          fg = &ctx->c.on_amber;
          bg = &ctx->c.amber;
        }
      else if (state == STYRE_CLOCK_OVER)
        {
          fill_rect (ctx, &ctx->c.red, px - pad, ctx->band_y, pw + 2 * pad, ctx->band_h,
                     ctx->band_h / 2);
          fg = &ctx->c.on_red;
          bg = &ctx->c.red;
        }
      if (ctx->c.high_contrast && state != STYRE_CLOCK_NORMAL)
        {
          StyreCanvas cv = { .cr = ctx->cr };

          cairo_set_source_rgba (ctx->cr, ctx->c.fg.r, ctx->c.fg.g, ctx->c.fg.b, 1);
          cairo_set_line_width (ctx->cr, MAX (2, ctx->h / 360));
          styre_canvas_rounded_rect (&cv, px - pad, ctx->band_y, pw + 2 * pad, ctx->band_h,
                                     ctx->band_h / 2);
          cairo_stroke (ctx->cr);
        }
      draw_text (ctx, &p, px, ctx->band_y + (ctx->band_h - text_h) / 2, -1,
                 ctx->band_y + ctx->band_h, fg, bg);
      right = px - pad - ctx->band_size;
    }
  x = right - measure_width (ctx, &t);
  draw_text (ctx, &t, x, ctx->band_y + (ctx->band_h - text_h) / 2, -1, ctx->band_y + ctx->band_h,
             &ctx->c.fg, &ctx->c.bg);
}

/* ── charts ──────────────────────────────────────────────────────────────────────────── */

static void
draw_chart (Ctx        *ctx,
            gint64      item_id,
            guint       index,
            double      x,
            double      y,
            double      width,
            double      height,
            gboolean    alone)
{
  GArray *charts = charts_of (ctx->self, item_id);
  ChartSlot *slot = charts && index < charts->len ? &g_array_index (charts, ChartSlot, index) : NULL;
  guint first_row = alone ? styre_projector_get_chart_first_row (ctx->projector) : 0;
  g_autoptr(StyreChartLayout) layout = NULL;
  StyreChartStyle style;

  if (slot == NULL || slot->chart == NULL)
    {
      /* Translators: on the projector while a chart's data is read */
      const char *words = slot && slot->error ? slot->error : _("Preparing the chart…");
      TextSpec t = spec (words, type_size (ctx, BODY_SIZE, 1.0, STYRE_AUDIENCE_MIN_TEXT),
                         PANGO_WEIGHT_NORMAL,
                         STYRE_AUDIENCE_TEXT_BODY);
      double th;

      t.align = PANGO_ALIGN_CENTER;
      t.max_lines = 4;
      th = measure (ctx, &t, width);
      draw_text (ctx, &t, x, y + (height - th) / 2, width, y + height, &ctx->c.dim, &ctx->c.bg);
      return;
    }

  styre_chart_style_init (&style);
  style.theme = ctx->style.theme;
  style.font_family = ctx->style.font_family;
  style.font_size = type_size (ctx, CHART_TEXT, 1.0, STYRE_AUDIENCE_MIN_TEXT);
  style.show_title = TRUE;
  style.transparent = TRUE;
  style.more_hint = alone ? STYRE_CHART_MORE_NEXT_PAGE : STYRE_CHART_MORE_NOT_SHOWN;

  cairo_save (ctx->cr);
  cairo_translate (ctx->cr, x, y);
  cairo_rectangle (ctx->cr, 0, 0, width, height);
  cairo_clip (ctx->cr);
  layout = styre_chart_draw (slot->chart, ctx->cr, width, height, &style, first_row);
  cairo_restore (ctx->cr);

  ctx->frame->n_charts_drawn++;
  ctx->frame->chart_x = x;
  ctx->frame->chart_y = y;
  ctx->frame->chart_width = width;
  ctx->frame->chart_height = height;
  if (layout->min_text_size > 0
      && (ctx->frame->chart_min_text_size == 0
          || layout->min_text_size < ctx->frame->chart_min_text_size))
    ctx->frame->chart_min_text_size = layout->min_text_size;
  if (alone && styre_chart_layout_has_more (layout))
    ctx->frame->chart_next_row = layout->first_row + MAX (1, layout->n_rows);
}

/* ── the screens ─────────────────────────────────────────────────────────────────────── */

typedef struct
{
  char  *case_line;
  char  *presenter;
  char  *summary;
  char  *heading;
  GStrv  points;
  char **numbers;
} ItemText;

static void
item_text_clear (ItemText *it)
{
  g_free (it->case_line);
  g_free (it->presenter);
  g_free (it->summary);
  g_free (it->heading);
  g_strfreev (it->points);
  g_strfreev (it->numbers);
}

/* The height of the item's text at title size @ts and body size @bs in @width; draws it
 * at (@x, @y) when @draw. */
static double
item_block (Ctx             *ctx,
            StyreAgendaItem *item,
            ItemText        *it,
            double           ts,
            double           bs,
            double           x,
            double           y,
            double           width,
            gboolean         draw)
{
  double y0 = y;
  TextSpec t;

#define PLACE(spec_, colour_) \
  (draw ? draw_text (ctx, &(spec_), x, y, width, ctx->bottom, (colour_), &ctx->c.bg) \
        : measure (ctx, &(spec_), width))

  t = spec (it->case_line, bs, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_BODY);
  y += PLACE (t, &ctx->c.accent);
  y += round (bs * 0.25);

  t = spec (item->title, ts, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_TITLE);
  t.max_lines = 4;
  y += PLACE (t, &ctx->c.fg);

  if (it->presenter != NULL && *it->presenter != '\0')
    {
      y += round (bs * 0.3);
      t = spec (it->presenter, bs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);
      y += PLACE (t, &ctx->c.dim);
    }

  if (it->summary != NULL && *it->summary != '\0')
    {
      y += round (bs * 1.0);
      t = spec (it->summary, bs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);
      y += PLACE (t, &ctx->c.fg);
    }

  if (it->points != NULL && it->points[0] != NULL)
    {
      y += round (bs * 1.2);
      t = spec (it->heading, bs, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_BODY);
      y += PLACE (t, &ctx->c.fg);
      y += round (bs * 0.3);
      for (guint i = 0; it->points[i] != NULL; i++)
        {
          TextSpec number = spec (it->numbers[i], bs, PANGO_WEIGHT_NORMAL,
                                  STYRE_AUDIENCE_TEXT_BODY);
          double indent = it->numbers[i][0] != '\0' ? round (bs * 1.5) : 0;
          double h;

          t = spec (it->points[i], bs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);
          if (draw && y + measure (ctx, &t, width - indent) > ctx->bottom)
            {
              /* Even the smallest type does not hold it all: as many lines as fit, with
               * an ellipsis (the frame says it was shortened). */
              t.max_lines = (int) floor ((ctx->bottom - y) / (bs * 1.25));
              if (t.max_lines < 1)
                break;
            }
          if (draw && indent > 0)
            draw_text (ctx, &number, x, y, indent, ctx->bottom, &ctx->c.fg, &ctx->c.bg);
          if (draw)
            h = draw_text (ctx, &t, x + indent, y, width - indent, ctx->bottom, &ctx->c.fg,
                           &ctx->c.bg);
          else
            h = measure (ctx, &t, width - indent);
          y += h + round (bs * 0.25);
          if (t.max_lines > 0)
            break;
        }
    }
#undef PLACE
  return y - y0;
}

static void
draw_item (Ctx             *ctx,
           StyreAgendaItem *item)
{
  g_auto(GStrv) points = NULL;
  g_autofree char *kind = styre_agenda_describe_item_kind (item);
  g_autofree char *case_no = case_label (item);
  gboolean has_chart = item->views->len > 0;
  gboolean wide = ctx->w / ctx->h >= WIDE_ASPECT;
  double cw = ctx->w - 2 * ctx->pad_x;
  double ch = ctx->bottom - ctx->top;
  double gap = round (0.04 * ctx->w);
  double text_w = cw, chart_x = 0, chart_y = 0, chart_w = 0, chart_h = 0;
  double ts = 0, bs = 0, block = 0;
  gboolean fitted = FALSE;
  ItemText it = { 0 };
  double y;

  it.case_line = case_no ? g_strdup_printf ("%s · %s", case_no, kind) : g_strdup (kind);
  it.presenter = presenter_label (item);
  if (g_strcmp0 (item->item_type, "decision") == 0 && item->proposed_decision != NULL)
    {
      guint n;

      /* Translators: heading on the projector; Norwegian "Forslag til vedtak" */
      it.heading = g_strdup (_("Proposed decision"));
      it.points = styre_decision_points_split (item->proposed_decision);
      n = g_strv_length (it.points);
      it.numbers = g_new0 (char *, n + 1);
      for (guint i = 0; i < n; i++)
        it.numbers[i] = n > 1 ? g_strdup_printf ("%u.", i + 1) : g_strdup ("");
    }

  else if (item->summary != NULL && *item->summary != '\0')
    it.summary = plain_text (item->summary);

  /* Largest type that fits: first with the chart, then without it. */
  for (int with_chart = has_chart ? 1 : 0; with_chart >= 0 && !fitted; with_chart--)
    {
      for (int step = 0; step <= 7 && !fitted; step++)
        {
          double s = 1.0 - step * 0.05;

          ts = type_size (ctx, TITLE_SIZE, s, STYRE_AUDIENCE_MIN_TITLE);
          bs = type_size (ctx, BODY_SIZE, s, STYRE_AUDIENCE_MIN_TEXT);
          if (with_chart && wide)
            {
              /* Side by side: the text in a column, the chart beside it. */
              for (double share = 0.40; share <= 0.56 && !fitted; share += 0.08)
                {
                  text_w = round (cw * share);
                  block = item_block (ctx, item, &it, ts, bs, 0, 0, text_w, FALSE);
                  if (block <= ch)
                    {
                      fitted = TRUE;
                      chart_x = ctx->pad_x + text_w + gap;
                      chart_y = ctx->top;
                      chart_w = cw - text_w - gap;
                      chart_h = ch;
                    }
                }
            }
          else if (with_chart)
            {
              /* 4:3: the chart under the text, when it keeps a good part of the screen. */
              text_w = cw;
              block = item_block (ctx, item, &it, ts, bs, 0, 0, text_w, FALSE);
              if (ch - block - gap >= ch * 0.42)
                {
                  fitted = TRUE;
                  chart_x = ctx->pad_x;
                  chart_y = ctx->top + block + gap;
                  chart_w = cw;
                  chart_h = ctx->bottom - chart_y;
                }
            }
          else
            {
              text_w = cw;
              block = item_block (ctx, item, &it, ts, bs, 0, 0, text_w, FALSE);
              fitted = block <= ch;
              has_chart = FALSE;
            }
        }
    }

  /* Alone on the screen, a short item sits a little below the top, not under the rule. */
  y = ctx->top;
  if (!has_chart && block < ch)
    y += round ((ch - block) * 0.3);
  item_block (ctx, item, &it, ts, bs, ctx->pad_x, y, text_w, TRUE);
  if (has_chart && chart_w > 0)
    draw_chart (ctx, item->id, 0, chart_x, chart_y, chart_w, chart_h, FALSE);
  item_text_clear (&it);
}

static void
draw_withheld (Ctx             *ctx,
               StyreAgendaItem *item)
{
  g_autofree char *case_no = case_label (item);
  double ts = type_size (ctx, TITLE_SIZE, 1.0, STYRE_AUDIENCE_MIN_TITLE);
  double bs = type_size (ctx, BODY_SIZE, 1.0, STYRE_AUDIENCE_MIN_TEXT);
  double cw = ctx->w - 2 * ctx->pad_x;
  double gap = round (bs * 0.5);
  /* Translators: on the projector, in place of an exempt item; Norwegian
   * "Unntatt offentlighet" */
  TextSpec title = spec (_("Exempt from public access"), ts, PANGO_WEIGHT_BOLD,
                         STYRE_AUDIENCE_TEXT_TITLE);
  TextSpec number = spec (case_no, bs, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_BODY);
  TextSpec basis = spec (item->legal_basis, bs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);
  double h, y;

  title.align = number.align = basis.align = PANGO_ALIGN_CENTER;
  h = measure (ctx, &number, cw) + gap + measure (ctx, &title, cw) + gap + measure (ctx, &basis, cw);
  y = ctx->top + MAX (0, (ctx->bottom - ctx->top - h) * 0.4);
  y += draw_text (ctx, &number, ctx->pad_x, y, cw, ctx->bottom, &ctx->c.accent, &ctx->c.bg);
  if (number.text != NULL)
    y += gap;
  y += draw_text (ctx, &title, ctx->pad_x, y, cw, ctx->bottom, &ctx->c.fg, &ctx->c.bg) + gap;
  draw_text (ctx, &basis, ctx->pad_x, y, cw, ctx->bottom, &ctx->c.dim, &ctx->c.bg);
}

typedef struct
{
  char            *time;
  char            *mark;
  char            *number;
  char            *title;
  gboolean         withheld;
  gboolean         done;
  gboolean         current;
} AgendaRow;

static void
agenda_row_clear (gpointer data)
{
  AgendaRow *r = data;

  g_free (r->time);
  g_free (r->mark);
  g_free (r->number);
  g_free (r->title);
}

static void
draw_agenda (Ctx *ctx)
{
  StyreAgenda *agenda = ctx->self->agenda;
  int current = styre_projector_get_current (ctx->projector);
  guint n = styre_projector_get_n_items (ctx->projector);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (AgendaRow));
  g_autofree char *title = agenda ? styre_agenda_get_display_title (agenda) : g_strdup ("");
  g_autofree char *times = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *widest_time = styre_format_time (20, 58);
  double cw = ctx->w - 2 * ctx->pad_x;
  double ts = 0, rs = 0, head = 0, rows_h = 0, y;
  double time_w = 0, mark_w = 0, number_w = 0, col_gap = 0;
  guint first = 0, last = n;
  gboolean fitted = FALSE;

  g_array_set_clear_func (rows, agenda_row_clear);
  if (agenda != NULL)
    times = styre_format_time_range (agenda->starts_at, agenda->ends_at);
  /* Translators: under the meeting's title on the projector: "Agenda · 12:00–14:30 · place" */
  subtitle = g_strdup_printf (_("Agenda · %s%s%s"), times ? times : "",
                              agenda && agenda->place && *agenda->place ? " · " : "",
                              agenda && agenda->place ? agenda->place : "");

  for (guint i = 0; i < n; i++)
    {
      gboolean withheld;
      StyreAgendaItem *item = shown_item (ctx, (int) i, &withheld);
      AgendaRow row = { 0 };

      if (item == NULL)
        continue;
      row.withheld = withheld;
      row.current = (int) i == current;
      row.done = (int) i < current;
      row.time = item->planned_start >= 0 ? styre_agenda_format_minute (item->planned_start)
                                          : g_strdup ("");
      row.mark = g_strdup (row.current ? "▶" : row.done ? "✓" : "");
      row.number = g_strdup (item->case_number ? item->case_number : "");
      row.title = withheld ? styre_public_exempt_label (item->legal_basis) : g_strdup (item->title);
      g_array_append_val (rows, row);
    }
  n = rows->len;

  /* The largest type with every item on the screen; at the smallest, the items around
   * the current one. */
  for (double s = 1.0; s >= 0.65 && !fitted; s -= 0.05)
    {
      TextSpec t;

      ts = type_size (ctx, TITLE_SIZE, s, STYRE_AUDIENCE_MIN_TITLE);
      rs = type_size (ctx, BODY_SIZE, s, STYRE_AUDIENCE_MIN_TEXT);
      col_gap = round (rs * 0.7);
      t = spec (widest_time, rs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);
      t.tabular = TRUE;
      time_w = measure_width (ctx, &t);
      t = spec ("▶", rs, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_BODY);
      mark_w = measure_width (ctx, &t);
      t.text = "✓";
      mark_w = MAX (mark_w, measure_width (ctx, &t));
      number_w = 0;
      for (guint i = 0; i < n; i++)
        {
          t = spec (g_array_index (rows, AgendaRow, i).number, rs, PANGO_WEIGHT_BOLD,
                    STYRE_AUDIENCE_TEXT_BODY);
          number_w = MAX (number_w, measure_width (ctx, &t));
        }
      t = spec (title, ts, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_TITLE);
      t.max_lines = 2;
      head = measure (ctx, &t, cw);
      t = spec (subtitle, rs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);
      t.max_lines = 2;
      head += round (rs * 0.2) + measure (ctx, &t, cw) + round (rs * 1.0);

      rows_h = 0;
      for (guint i = 0; i < n; i++)
        {
          AgendaRow *r = &g_array_index (rows, AgendaRow, i);
          double title_w = cw - time_w - mark_w - number_w - 3 * col_gap - rs * 0.6;

          t = spec (r->title, rs, r->current ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                    STYRE_AUDIENCE_TEXT_BODY);
          t.max_lines = 2;
          t.slant = r->withheld ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL;
          rows_h += measure (ctx, &t, title_w) + round (rs * 0.45);
        }
      fitted = head + rows_h <= ctx->bottom - ctx->top;
    }

  if (!fitted && n > 0)
    {
      /* Rows of one line each, around the current item, with a line for what is left out. */
      double row_h = round (rs * 1.25) + round (rs * 0.45);
      guint fit = (guint) MAX (3, floor ((ctx->bottom - ctx->top - head) / row_h) - 2);
      int centre = CLAMP (current, 0, (int) n - 1);

      first = (guint) MAX (0, MIN (centre - (int) fit / 3, (int) n - (int) fit));
      last = MIN (n, first + fit);
    }

  y = ctx->top;
  {
    TextSpec t = spec (title, ts, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_TITLE);

    t.max_lines = 2;
    y += draw_text (ctx, &t, ctx->pad_x, y, cw, ctx->bottom, &ctx->c.fg, &ctx->c.bg);
    y += round (rs * 0.2);
    t = spec (subtitle, rs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);
    t.max_lines = 2;
    y += draw_text (ctx, &t, ctx->pad_x, y, cw, ctx->bottom, &ctx->c.dim, &ctx->c.bg);
    y += round (rs * 1.0);
  }

  if (first > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "⋮ %u item before",
                                                            "⋮ %u items before", first), first);
      TextSpec t = spec (more, rs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);

      y += draw_text (ctx, &t, ctx->pad_x + time_w + col_gap, y, cw, ctx->bottom, &ctx->c.dim,
                      &ctx->c.bg) + round (rs * 0.45);
    }

  for (guint i = first; i < last; i++)
    {
      AgendaRow *r = &g_array_index (rows, AgendaRow, i);
      double x = ctx->pad_x + rs * 0.3;
      double title_w = cw - time_w - mark_w - number_w - 3 * col_gap - rs * 0.6;
      const StyreRgba *fg = r->current ? &ctx->c.row_fg : r->done ? &ctx->c.dim : &ctx->c.fg;
      const StyreRgba *dim = r->current ? &ctx->c.row_dim : &ctx->c.dim;
      const StyreRgba *bg = r->current ? &ctx->c.row : &ctx->c.bg;
      const StyreRgba *accent = r->current ? &ctx->c.row_fg : r->done ? &ctx->c.dim
                                                                      : &ctx->c.accent;
      TextSpec t = spec (r->title, rs, r->current ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                         STYRE_AUDIENCE_TEXT_BODY);
      double h;

      t.max_lines = fitted ? 2 : 1;
      t.slant = r->withheld ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL;
      h = measure (ctx, &t, title_w);
      if (r->current)
        fill_rect (ctx, &ctx->c.row, ctx->pad_x - rs * 0.3, y - rs * 0.2, cw + rs * 0.6,
                   h + rs * 0.4, rs * 0.3);
      {
        TextSpec tt = spec (r->time, rs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);
        TextSpec mt = spec (r->mark, rs, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_BODY);
        TextSpec nt = spec (r->number, rs, PANGO_WEIGHT_BOLD, STYRE_AUDIENCE_TEXT_BODY);

        tt.tabular = TRUE;
        draw_text (ctx, &tt, x, y, time_w + 1, ctx->bottom, dim, bg);
        x += time_w + col_gap;
        draw_text (ctx, &mt, x, y, mark_w + 1, ctx->bottom, r->current ? fg : dim, bg);
        x += mark_w + col_gap;
        draw_text (ctx, &nt, x, y, number_w + 1, ctx->bottom, accent, bg);
        x += number_w + (number_w > 0 ? col_gap : 0);
      }
      draw_text (ctx, &t, x, y, title_w, ctx->bottom, r->withheld ? dim : fg, bg);
      y += h + round (rs * 0.45);
    }

  if (last < n)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "⋮ %u more item",
                                                            "⋮ %u more items", n - last),
                                               n - last);
      TextSpec t = spec (more, rs, PANGO_WEIGHT_NORMAL, STYRE_AUDIENCE_TEXT_BODY);

      draw_text (ctx, &t, ctx->pad_x + time_w + col_gap, y, cw, ctx->bottom, &ctx->c.dim,
                 &ctx->c.bg);
    }
}

static void
draw_chart_screen (Ctx             *ctx,
                   StyreAgendaItem *item)
{
  draw_chart (ctx, item->id, (guint) styre_projector_get_chart (ctx->projector), ctx->pad_x,
              ctx->top, ctx->w - 2 * ctx->pad_x, ctx->bottom - ctx->top, TRUE);
}

/* ── drawing ─────────────────────────────────────────────────────────────────────────── */

static void
ctx_init (Ctx                      *ctx,
          StyreAudience            *self,
          StyreProjector           *projector,
          GDateTime                *now,
          cairo_t                  *cr,
          double                    width,
          double                    height,
          const StyreAudienceStyle *style)
{
  cairo_font_options_t *options;

  memset (ctx, 0, sizeof *ctx);
  ctx->self = self;
  ctx->projector = projector;
  ctx->now = now;
  ctx->cr = cr;
  ctx->w = width;
  ctx->h = height;
  if (style != NULL)
    ctx->style = *style;
  colours_init (&ctx->c, ctx->style.theme);
  ctx->layout = pango_cairo_create_layout (cr);
  /* The same layout at every size and in tests: metrics not snapped to a pixel grid. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (pango_layout_get_context (ctx->layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (ctx->layout);
  ctx->desc = pango_font_description_from_string (ctx->style.font_family
                                                  ? ctx->style.font_family : DEFAULT_FONT_FAMILY);
  ctx->frame = frame_new (styre_projector_get_screen (projector));
  layout_band (ctx);
}

static void
ctx_clear (Ctx *ctx)
{
  g_clear_object (&ctx->layout);
  g_clear_pointer (&ctx->desc, pango_font_description_free);
}

/**
 * styre_audience_draw:
 * @projector: what is shown, and the clock
 * @now: the time of day the clock shows
 * @cr: where to draw: the rectangle [0, 0, @width, @height]
 * @style: (nullable): light, dark or high contrast; %NULL is light with the clock
 *
 * Draws the audience screen as @projector has it now.
 *
 * Returns: (transfer full): what was drawn
 */
StyreAudienceFrame *
styre_audience_draw (StyreAudience            *self,
                     StyreProjector           *projector,
                     GDateTime                *now,
                     cairo_t                  *cr,
                     double                    width,
                     double                    height,
                     const StyreAudienceStyle *style)
{
  StyreScreen screen;
  StyreAudienceFrame *frame;
  Ctx ctx;

  g_return_val_if_fail (STYRE_IS_AUDIENCE (self), NULL);
  g_return_val_if_fail (STYRE_IS_PROJECTOR (projector), NULL);
  g_return_val_if_fail (now != NULL && cr != NULL, NULL);

  screen = styre_projector_get_screen (projector);
  if (width < 1 || height < 1)
    return frame_new (screen);

  cairo_save (cr);
  ctx_init (&ctx, self, projector, now, cr, width, height, style);

  if (screen == STYRE_SCREEN_BLACK || screen == STYRE_SCREEN_WHITE)
    {
      double v = screen == STYRE_SCREEN_WHITE ? 1 : 0;

      cairo_set_source_rgb (cr, v, v, v);
      cairo_paint (cr);
    }
  else
    {
      int current = styre_projector_get_current (projector);
      gboolean withheld = FALSE;
      StyreAgendaItem *item = shown_item (&ctx, current, &withheld);
      g_autofree char *left = meeting_line (self->agenda);

      cairo_set_source_rgb (cr, ctx.c.bg.r, ctx.c.bg.g, ctx.c.bg.b);
      cairo_paint (cr);
      ctx.frame->item_id = item ? item->id : 0;

      if (screen == STYRE_SCREEN_CHART && item != NULL && !withheld)
        {
          g_autofree char *case_no = case_label (item);
          g_autofree char *band = case_no ? g_strdup_printf ("%s · %s", case_no, item->title)
                                          : g_strdup (item->title);
          draw_band (&ctx, band);
          draw_chart_screen (&ctx, item);
        }
      else
        {
          draw_band (&ctx, left);
          if (screen == STYRE_SCREEN_AGENDA || item == NULL)
            draw_agenda (&ctx);
          else if (withheld)
            draw_withheld (&ctx, item);
          else
            draw_item (&ctx, item);
        }
      if (!ctx.style.without_clock)
        draw_clock (&ctx);
    }

  frame = g_steal_pointer (&ctx.frame);
  ctx_clear (&ctx);
  cairo_restore (cr);
  return frame;
}

/**
 * styre_audience_draw_clock:
 *
 * Draws only the clock's corner (its background first), for the screen drawn with
 * #StyreAudienceStyle.without_clock: once a second, without drawing the rest again.
 * Nothing on a black or white screen.
 *
 * Returns: (transfer full): what was drawn
 */
StyreAudienceFrame *
styre_audience_draw_clock (StyreAudience            *self,
                           StyreProjector           *projector,
                           GDateTime                *now,
                           cairo_t                  *cr,
                           double                    width,
                           double                    height,
                           const StyreAudienceStyle *style)
{
  StyreScreen screen;
  StyreAudienceFrame *frame;
  Ctx ctx;

  g_return_val_if_fail (STYRE_IS_AUDIENCE (self), NULL);
  g_return_val_if_fail (STYRE_IS_PROJECTOR (projector), NULL);
  g_return_val_if_fail (now != NULL && cr != NULL, NULL);

  screen = styre_projector_get_screen (projector);
  if (width < 1 || height < 1 || screen == STYRE_SCREEN_BLACK || screen == STYRE_SCREEN_WHITE)
    return frame_new (screen);

  cairo_save (cr);
  ctx_init (&ctx, self, projector, now, cr, width, height, style);
  cairo_set_source_rgb (cr, ctx.c.bg.r, ctx.c.bg.g, ctx.c.bg.b);
  cairo_rectangle (cr, ctx.clock_x, ctx.band_y, ctx.clock_w, ctx.band_h);
  cairo_fill (cr);
  draw_clock (&ctx);
  ctx.frame->clock_x = ctx.clock_x;
  ctx.frame->clock_y = ctx.band_y;
  ctx.frame->clock_width = ctx.clock_w;
  ctx.frame->clock_height = ctx.band_h;
  frame = g_steal_pointer (&ctx.frame);
  ctx_clear (&ctx);
  cairo_restore (cr);
  return frame;
}

/* ── the object ──────────────────────────────────────────────────────────────────────── */

static void
chart_slot_clear (gpointer data)
{
  ChartSlot *slot = data;

  g_clear_pointer (&slot->chart, styre_chart_unref);
  g_clear_pointer (&slot->error, g_free);
}

static void
styre_audience_finalize (GObject *object)
{
  StyreAudience *self = (StyreAudience *)object;

  g_clear_pointer (&self->agenda, styre_agenda_unref);
  g_clear_pointer (&self->public_view, styre_agenda_unref);
  g_clear_pointer (&self->charts, g_hash_table_unref);

  G_OBJECT_CLASS (styre_audience_parent_class)->finalize (object);
}

static void
styre_audience_class_init (StyreAudienceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styre_audience_finalize;
}

static void
styre_audience_init (StyreAudience *self)
{
  self->charts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        (GDestroyNotify) g_array_unref);
}

StyreAudience *
styre_audience_new (void)
{
  return g_object_new (STYRE_TYPE_AUDIENCE, NULL);
}

/**
 * styre_audience_set_agenda:
 * @agenda: (nullable): the meeting as just read from the file
 *
 * The meeting to show. Its public view is made here, once, for the exempt items.
 */
void
styre_audience_set_agenda (StyreAudience *self,
                           StyreAgenda   *agenda)
{
  g_return_if_fail (STYRE_IS_AUDIENCE (self));

  g_clear_pointer (&self->agenda, styre_agenda_unref);
  g_clear_pointer (&self->public_view, styre_agenda_unref);
  if (agenda != NULL)
    {
      self->agenda = styre_agenda_ref (agenda);
      self->public_view = styre_agenda_public_view (agenda);
    }
}

/**
 * styre_audience_get_agenda:
 *
 * Returns: (transfer none) (nullable): the meeting shown
 */
StyreAgenda *
styre_audience_get_agenda (StyreAudience *self)
{
  g_return_val_if_fail (STYRE_IS_AUDIENCE (self), NULL);
  return self->agenda;
}

/**
 * styre_audience_set_chart:
 * @index: which of the item's linked views, from 0
 * @chart: (nullable): the prepared chart
 * @error: (nullable): why it could not be prepared
 *
 * A chart of an item, prepared (on a worker thread) from its linked view.
 */
void
styre_audience_set_chart (StyreAudience *self,
                          gint64         item_id,
                          guint          index,
                          StyreChart    *chart,
                          const char    *error)
{
  GArray *charts;
  ChartSlot *slot;

  g_return_if_fail (STYRE_IS_AUDIENCE (self));

  charts = charts_of (self, item_id);
  if (charts == NULL)
    {
      charts = g_array_new (FALSE, TRUE, sizeof (ChartSlot));
      g_array_set_clear_func (charts, chart_slot_clear);
      g_hash_table_insert (self->charts, g_memdup2 (&item_id, sizeof item_id), charts);
    }
  if (charts->len <= index)
    g_array_set_size (charts, index + 1);
  slot = &g_array_index (charts, ChartSlot, index);
  chart_slot_clear (slot);
  slot->chart = chart ? styre_chart_ref (chart) : NULL;
  slot->error = g_strdup (error);
}

/* Forgets every chart (the meeting's views changed). */
void
styre_audience_clear_charts (StyreAudience *self)
{
  g_return_if_fail (STYRE_IS_AUDIENCE (self));
  g_hash_table_remove_all (self->charts);
}
