/* styre-chart.c — a prepared chart, drawn anywhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "styre-chart-private.h"
#include "styre-error.h"
#include "styre-format.h"

#define DEFAULT_FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, sans-serif"
#define MAX_PDF_PAGES 500

struct _StyreChart
{
  gatomicrefcount  ref_count;
  StyreChartData  *data;
};

G_DEFINE_BOXED_TYPE (StyreChart, styre_chart, styre_chart_ref, styre_chart_unref)

static const StyreChartClass *
class_of (StyreChartKind kind)
{
  switch (kind)
    {
    case STYRE_CHART_KPI: return &styre_chart_kpi_class;
    case STYRE_CHART_RAG_HEATMAP: return &styre_chart_heatmap_class;
    case STYRE_CHART_VALUE_RISK: return &styre_chart_value_risk_class;
    case STYRE_CHART_MONEY: return &styre_chart_money_class;
    case STYRE_CHART_FIVE_PERCENT: return &styre_chart_five_percent_class;
    case STYRE_CHART_STATUS_TREND: return &styre_chart_trend_class;
    case STYRE_CHART_ROADMAP: return &styre_chart_roadmap_class;
    case STYRE_CHART_PHASE_FUNNEL: return &styre_chart_funnel_class;
    case STYRE_CHART_BENEFITS: return &styre_chart_benefits_class;
    case STYRE_CHART_COMPETENCE: return &styre_chart_competence_class;
    case STYRE_CHART_FOCUS_AREAS: return &styre_chart_focus_areas_class;
    case STYRE_CHART_CROSS_AGENCY: return &styre_chart_cross_agency_class;
    case STYRE_CHART_FOLLOW_UP_AGEING: return &styre_chart_ageing_class;
    case STYRE_CHART_SINCE_LAST_MEETING: return &styre_chart_since_class;
    case STYRE_N_CHARTS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * styre_chart_prepare:
 * @query: (nullable): the filters and the as-of date
 *
 * Reads the chart's data from @store. May run on a worker thread.
 *
 * Returns: (transfer full): the chart, or %NULL with @error set
 */
StyreChart *
styre_chart_prepare (StyreStore            *store,
                     StyreChartKind         kind,
                     const StyreChartQuery *query,
                     GError               **error)
{
  StyreChartData *data = styre_store_prepare_chart_data (store, kind, query, error);

  if (data == NULL)
    return NULL;
  return styre_chart_new_for_data (data);
}

/**
 * styre_chart_prepare_cached:
 * @cache: (nullable): shared by the charts of one dashboard
 *
 * Like styre_chart_prepare(), reading the portfolio once for several charts.
 */
StyreChart *
styre_chart_prepare_cached (StyreStore            *store,
                            StyreChartKind         kind,
                            const StyreChartQuery *query,
                            StyreChartCache       *cache,
                            GError               **error)
{
  StyreChartData *data = styre_store_prepare_chart_data_cached (store, kind, query, cache,
                                                                error);

  if (data == NULL)
    return NULL;
  return styre_chart_new_for_data (data);
}

/**
 * styre_chart_new_for_data:
 * @data: (transfer full): prepared data
 */
StyreChart *
styre_chart_new_for_data (StyreChartData *data)
{
  StyreChart *self = g_new0 (StyreChart, 1);

  g_return_val_if_fail (data != NULL, NULL);
  g_atomic_ref_count_init (&self->ref_count);
  self->data = data;
  return self;
}

StyreChart *
styre_chart_ref (StyreChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
styre_chart_unref (StyreChart *self)
{
  if (self == NULL)
    return;
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      styre_chart_data_free (self->data);
      g_free (self);
    }
}

StyreChartKind
styre_chart_get_kind (StyreChart *self)
{
  return self->data->kind;
}

const StyreChartData *
styre_chart_get_data (StyreChart *self)
{
  return self->data;
}

/**
 * styre_chart_get_subtitle:
 *
 * Returns: (transfer full): when the portfolio is shown as of and what it is filtered
 *   by, e.g. "As of the meeting Ledergruppen, 12 March 2026 · Agency: Fjordvik kommune"
 */
char *
styre_chart_get_subtitle (StyreChart *self)
{
  const StyreChartData *d = self->data;
  g_autofree char *date = styre_format_date_long (d->as_of);
  g_autofree char *when = NULL;

  if (d->meeting_label != NULL && d->meeting_id > 0)
    /* Translators: a chart's subtitle, e.g. "As of the meeting Ledergruppen, 12 March 2026" */
    when = g_strdup_printf (_("As of the meeting %s"), d->meeting_label);
  else if (g_strcmp0 (d->as_of, d->today) == 0)
    /* Translators: a chart's subtitle when it shows today, e.g. "Today, 27 November 2026" */
    when = g_strdup_printf (_("Today, %s"), date);
  else
    /* Translators: a chart's subtitle, e.g. "As of 12 March 2026" */
    when = g_strdup_printf (_("As of %s"), date);

  if (d->filter_label != NULL)
    return g_strdup_printf ("%s · %s", when, d->filter_label);
  return g_steal_pointer (&when);
}

/**
 * styre_chart_describe:
 *
 * Returns: (transfer full): what the chart shows, in sentences, for screen readers and
 *   the tooltip of a chart as a whole: "38 initiatives. 2 red: …"
 */
char *
styre_chart_describe (StyreChart *self)
{
  return class_of (self->data->kind)->describe (self->data);
}

/**
 * styre_chart_get_table:
 *
 * Returns: (transfer full): the chart's numbers as a table
 */
StyreChartTable *
styre_chart_get_table (StyreChart *self)
{
  return class_of (self->data->kind)->table (self->data);
}

static void
mark_clear (gpointer data)
{
  StyreChartMark *m = data;

  g_free (m->label);
  g_free (m->tooltip);
}

void
styre_chart_layout_free (StyreChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_clear_pointer (&layout->marks, g_array_unref);
  g_clear_pointer (&layout->texts, g_array_unref);
  g_free (layout);
}

static void
text_box_clear (gpointer data)
{
  g_free (((StyreChartTextBox *) data)->text);
}

static gboolean
mark_contains (const StyreChartMark *m,
               double                x,
               double                y)
{
  if (m->shape == STYRE_CHART_MARK_CIRCLE)
    {
      double rx = m->width / 2, ry = m->height / 2;
      double dx = (x - (m->x + rx)) / MAX (rx, 0.5), dy = (y - (m->y + ry)) / MAX (ry, 0.5);

      return dx * dx + dy * dy <= 1.0;
    }
  return x >= m->x && x < m->x + m->width && y >= m->y && y < m->y + m->height;
}

/**
 * styre_chart_layout_hit:
 *
 * Returns: (transfer none) (nullable): the mark under (@x, @y): the smallest of those
 *   that cover it, so a milestone on a phase bar wins over the bar
 */
const StyreChartMark *
styre_chart_layout_hit (const StyreChartLayout *layout,
                        double                  x,
                        double                  y)
{
  const StyreChartMark *best = NULL;

  if (layout == NULL)
    return NULL;
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const StyreChartMark *m = &g_array_index (layout->marks, StyreChartMark, i);

      if (mark_contains (m, x, y)
          && (best == NULL || m->width * m->height <= best->width * best->height))
        best = m;
    }
  return best;
}

/**
 * styre_chart_layout_find:
 *
 * Returns: the index of the first mark of @initiative_id, or -1
 */
int
styre_chart_layout_find (const StyreChartLayout *layout,
                         gint64                  initiative_id)
{
  for (guint i = 0; layout != NULL && i < layout->marks->len; i++)
    if (g_array_index (layout->marks, StyreChartMark, i).initiative_id == initiative_id)
      return (int) i;
  return -1;
}

gboolean
styre_chart_layout_has_more (const StyreChartLayout *layout)
{
  return layout != NULL && layout->first_row + layout->n_rows < layout->n_rows_total;
}

/**
 * styre_chart_draw:
 * @cr: where to draw, with (0, 0) at the chart's top left
 * @style: (nullable): how; %NULL for styre_chart_style_init()'s
 * @first_row: for a chart that is a list (the heat map, the roadmap …), the first row to
 *   draw; 0 otherwise
 *
 * Draws the chart into the rectangle [0, 0, @width, @height] of @cr. Only reads the
 * chart; several threads may draw the same chart at once.
 *
 * Returns: (transfer full): what was drawn where
 */
StyreChartLayout *
styre_chart_draw (StyreChart            *self,
                  cairo_t               *cr,
                  double                 width,
                  double                 height,
                  const StyreChartStyle *style,
                  guint                  first_row)
{
  StyreChartLayout *out = g_new0 (StyreChartLayout, 1);
  StyreCanvas cv = { 0 };
  cairo_font_options_t *options;
  PangoContext *context;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  out->marks = g_array_new (FALSE, TRUE, sizeof (StyreChartMark));
  g_array_set_clear_func (out->marks, mark_clear);
  out->texts = g_array_new (FALSE, TRUE, sizeof (StyreChartTextBox));
  g_array_set_clear_func (out->texts, text_box_clear);
  out->first_row = first_row;
  if (width < 1 || height < 1)
    return out;

  if (style != NULL)
    cv.style = *style;
  else
    styre_chart_style_init (&cv.style);
  cv.cr = cr;
  cv.out = out;
  cairo_get_matrix (cr, &cv.chart_from_device);
  if (cairo_matrix_invert (&cv.chart_from_device) != CAIRO_STATUS_SUCCESS)
    cairo_matrix_init_identity (&cv.chart_from_device);
  cv.data = self->data;
  cv.font = styre_chart_style_font_size (&cv.style, width, height);
  cv.pad = round (cv.font * 0.8);
  styre_palette_init (&cv.pal, cv.style.theme);

  cairo_save (cr);
  cv.layout = pango_cairo_create_layout (cr);
  /* The same layout on screen, in PNG and PDF: metrics not snapped to the screen's grid. */
  context = pango_layout_get_context (cv.layout);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (cv.layout);
  cv.desc = pango_font_description_from_string (cv.style.font_family
                                                ? cv.style.font_family : DEFAULT_FONT_FAMILY);

  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (!cv.style.transparent)
    {
      styre_canvas_set_source (&cv, &cv.pal.background);
      cairo_paint (cr);
    }

  cv.width = width;
  cv.height = height;
  if (cv.style.show_title)
    {
      g_autofree char *subtitle = styre_chart_get_subtitle (self);
      double y = cv.pad;

      y += styre_canvas_text (&cv, styre_chart_kind_get_title (self->data->kind), cv.pad, y,
                              width - 2 * cv.pad, STYRE_TEXT_TITLE, PANGO_WEIGHT_BOLD,
                              STYRE_TEXT_START, &cv.pal.foreground);
      y += styre_canvas_text (&cv, subtitle, cv.pad, y, width - 2 * cv.pad, STYRE_TEXT_SMALL,
                              PANGO_WEIGHT_NORMAL, STYRE_TEXT_START, &cv.pal.dim);
      y += cv.pad * 0.5;
      cairo_translate (cr, 0, y);
      cv.oy = y;
      cv.height = height - y;
    }

  if (cv.height > cv.font * 3)
    class_of (self->data->kind)->draw (&cv, self->data, first_row);

  pango_font_description_free (cv.desc);
  g_object_unref (cv.layout);
  cairo_restore (cr);
  return out;
}

/* ── files ───────────────────────────────────────────────────────────────────────────── */

/**
 * styre_chart_format_from_path:
 *
 * Returns: whether @path ends in .png, .svg or .pdf (any case)
 */
gboolean
styre_chart_format_from_path (const char        *path,
                              StyreChartFormat  *format,
                              GError           **error)
{
  g_autofree char *lower = g_ascii_strdown (path ? path : "", -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = STYRE_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = STYRE_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = STYRE_CHART_FORMAT_PDF;
  else
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("“%s” does not end in .png, .svg or .pdf, so it is not clear which kind "
                     "of file to write."), path ? path : "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
surface_error (cairo_status_t   status,
               const char      *path,
               GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  if (status == CAIRO_STATUS_WRITE_ERROR)
    g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                 _("“%s” could not be written. Is the folder there, may you write in it, and "
                   "is the disk full?"), path);
  else
    g_set_error (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("“%s” could not be made: %s"),
                 path, cairo_status_to_string (status));
  return FALSE;
}

/* Writes next to @path, then moves it into place: a failure never leaves half a file
 * where a good one was. */
static char *
temporary_path_for (const char *path)
{
  return g_strdup_printf ("%s.part-%08x", path, g_random_int ());
}

static gboolean
move_into_place (const char  *tmp,
                 const char  *path,
                 GError     **error)
{
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO, _("“%s” could not be written: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/*
 * Draws every page of the chart: a list that does not fit goes on, page after page.
 */
static gboolean
draw_pages (StyreChart            *self,
            cairo_t               *cr,
            double                 width,
            double                 height,
            const StyreChartStyle *given,
            gboolean               paginate)
{
  StyreChartStyle paged;
  const StyreChartStyle *style = given;
  guint first_row = 0;

  if (paginate)
    {
      if (given != NULL)
        paged = *given;
      else
        styre_chart_style_init (&paged);
      paged.more_hint = STYRE_CHART_MORE_NEXT_PAGE;
      style = &paged;
    }

  for (guint page = 0; page < MAX_PDF_PAGES; page++)
    {
      g_autoptr(StyreChartLayout) layout = styre_chart_draw (self, cr, width, height, style,
                                                             first_row);

      if (!paginate || !styre_chart_layout_has_more (layout) || layout->n_rows == 0)
        break;
      cairo_show_page (cr);
      first_row += layout->n_rows;
    }
  return cairo_status (cr) == CAIRO_STATUS_SUCCESS;
}

/**
 * styre_chart_export:
 * @path: where to write; .png, .svg or .pdf
 * @width: the size, in pixels (PNG, SVG) or points (PDF)
 * @style: (nullable): how to draw it; %NULL for a light chart with its title
 *
 * Writes the chart to a file. A PDF goes on over more pages when a list does not fit;
 * an image says how many rows it left out.
 */
gboolean
styre_chart_export (StyreChart            *self,
                    const char            *path,
                    double                 width,
                    double                 height,
                    const StyreChartStyle *style,
                    GError               **error)
{
  g_autofree char *tmp = NULL;
  StyreChartFormat format;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!styre_chart_format_from_path (path, &format, error))
    return FALSE;
  if (width < 100 || height < 100 || width > 16384 || height > 16384)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("A chart can be from 100×100 to 16384×16384 in size, not %.0f×%.0f."),
                   width, height);
      return FALSE;
    }

  tmp = temporary_path_for (path);
  switch (format)
    {
    case STYRE_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      break;
    case STYRE_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create (tmp, width, height);
      break;
    case STYRE_CHART_FORMAT_PDF:
    default:
      surface = cairo_pdf_surface_create (tmp, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      styre_chart_kind_get_title (self->data->kind));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Styre");
      break;
    }
  if (!surface_error (cairo_surface_status (surface), path, error))
    {
      cairo_surface_destroy (surface);
      g_unlink (tmp);
      return FALSE;
    }

  cr = cairo_create (surface);
  draw_pages (self, cr, width, height, style, format == STYRE_CHART_FORMAT_PDF);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == STYRE_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, tmp);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!surface_error (status, path, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  return move_into_place (tmp, path, error);
}
