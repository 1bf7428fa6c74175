/* styre-chart-view.c — linked views, chart ids, and the dashboard as a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-charts"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "styre-chart-private.h"
#include "styre-chart-view.h"
#include "styre-dashboard-layout.h"
#include "styre-error.h"
#include "styre-format.h"

/* A4 landscape, in points. */
#define PAGE_WIDTH   842.0
#define PAGE_HEIGHT  595.0
#define PAGE_MARGIN   28.0
#define PAGE_FONT     10.0

/**
 * styre_chart_list_ids:
 *
 * Returns: (transfer none): every chart's id, in the order the dashboard offers them
 */
const char * const *
styre_chart_list_ids (void)
{
  static const char *ids[STYRE_N_CHARTS + 1];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < STYRE_N_CHARTS; i++)
        ids[i] = styre_chart_kind_to_id ((StyreChartKind) i);
      ids[STYRE_N_CHARTS] = NULL;
      g_once_init_leave (&done, 1);
    }
  return ids;
}

/**
 * styre_chart_get_title:
 * @id: a chart id
 *
 * Returns: (nullable): the chart's translated title, or %NULL when @id is no chart
 */
const char *
styre_chart_get_title (const char *id)
{
  StyreChartKind kind;

  if (!styre_chart_kind_from_id (id, &kind))
    return NULL;
  return styre_chart_kind_get_title (kind);
}

/**
 * styre_chart_view_prepare:
 * @chart_id: a chart id
 * @filters_json: (nullable): the view's filters, e.g. {"focus_area": "…"}
 * @as_of: (nullable): 'YYYY-MM-DD', or %NULL for today
 *
 * Returns: (transfer full): the prepared chart, or %NULL with @error set
 */
StyreChart *
styre_chart_view_prepare (StyreStore  *store,
                          const char  *chart_id,
                          const char  *filters_json,
                          const char  *as_of,
                          GError     **error)
{
  g_auto(StyreChartQuery) query = { 0 };
  StyreChartKind kind;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  if (!styre_chart_kind_from_id (chart_id, &kind))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                   _("There is no chart called “%s”. Run “styre-cli charts” for the list."),
                   chart_id ? chart_id : "");
      return NULL;
    }
  styre_chart_query_init (&query);
  if (!styre_chart_query_set_filters_json (&query, filters_json, error)
      || (as_of != NULL && !styre_chart_query_set_as_of (&query, as_of, error)))
    return NULL;
  return styre_chart_prepare (store, kind, &query, error);
}

/**
 * styre_chart_view_prepare_for_meeting:
 * @chart_id: a chart id
 * @filters_json: (nullable): the view's filters
 * @as_of: (nullable): the view's as-of date
 * @meeting_id: a meeting that was held, or 0
 *
 * A linked view as a meeting shows it: with a held meeting's id, the portfolio as it was
 * frozen when the meeting was held (its snapshot), unless the view names another day or
 * meeting of its own.
 *
 * Returns: (transfer full): the prepared chart, or %NULL with @error set
 */
StyreChart *
styre_chart_view_prepare_for_meeting (StyreStore  *store,
                                      const char  *chart_id,
                                      const char  *filters_json,
                                      const char  *as_of,
                                      gint64       meeting_id,
                                      GError     **error)
{
  g_auto(StyreChartQuery) query = { 0 };
  StyreChartKind kind;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  if (!styre_chart_kind_from_id (chart_id, &kind))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                   _("There is no chart called “%s”. Run “styre-cli charts” for the list."),
                   chart_id ? chart_id : "");
      return NULL;
    }
  styre_chart_query_init (&query);
  if (!styre_chart_query_set_filters_json (&query, filters_json, error)
      || (as_of != NULL && !styre_chart_query_set_as_of (&query, as_of, error)))
    return NULL;
  if (query.meeting_id == 0)
    query.meeting_id = meeting_id;
  return styre_chart_prepare (store, kind, &query, error);
}

/**
 * styre_chart_view_render:
 * @store: the open file
 * @chart_id: a chart id, as agenda_item_view.chart stores it
 * @filters_json: (nullable): the view's filters
 * @as_of: (nullable): 'YYYY-MM-DD', or %NULL for today
 * @cr: where to draw
 * @width: the width of the rectangle [0, 0, @width, @height] to draw in
 * @height: its height
 * @style: (nullable): light, dark or high contrast, and the type size; %NULL draws a
 *   light chart with its title, the type sized for the rectangle (18 px at 1920×1080)
 *
 * Prepares a chart and draws it, in one call. Reads the file: call it where a read may
 * take a moment (a worker thread, or while making a PDF).
 */
gboolean
styre_chart_view_render (StyreStore            *store,
                         const char            *chart_id,
                         const char            *filters_json,
                         const char            *as_of,
                         cairo_t               *cr,
                         double                 width,
                         double                 height,
                         const StyreChartStyle *style,
                         GError               **error)
{
  g_autoptr(StyreChart) chart = NULL;
  g_autoptr(StyreChartLayout) layout = NULL;

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  chart = styre_chart_view_prepare (store, chart_id, filters_json, as_of, error);
  if (chart == NULL)
    return FALSE;
  layout = styre_chart_draw (chart, cr, width, height, style, 0);
  return TRUE;
}

/* ── the dashboard as a PDF ──────────────────────────────────────────────────────────── */

typedef struct
{
  cairo_t               *cr;
  PangoLayout           *layout;
  PangoFontDescription  *desc;
  int                    page;
  const char            *footer;
} Pdf;

static double
pdf_text (Pdf        *pdf,
          const char *text,
          double      x,
          double      y,
          double      width,
          double      size,
          gboolean    bold,
          double      grey)
{
  int h;

  pango_font_description_set_absolute_size (pdf->desc, size * PANGO_SCALE);
  pango_font_description_set_weight (pdf->desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (pdf->layout, pdf->desc);
  pango_layout_set_width (pdf->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (pdf->layout, text, -1);
  cairo_set_source_rgb (pdf->cr, grey, grey, grey);
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, pdf->layout);
  pango_layout_get_pixel_size (pdf->layout, NULL, &h);
  return h;
}

static void
pdf_end_page (Pdf *pdf)
{
  g_autofree char *number = NULL;

  pdf->page++;
  /* Translators: at the foot of a page of the dashboard PDF, e.g. "Page 3" */
  number = g_strdup_printf (_("Page %d"), pdf->page);
  pdf_text (pdf, pdf->footer, PAGE_MARGIN, PAGE_HEIGHT - PAGE_MARGIN + 6,
            PAGE_WIDTH - 2 * PAGE_MARGIN - 80, 8, FALSE, 0.3);
  pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_RIGHT);
  pdf_text (pdf, number, PAGE_WIDTH - PAGE_MARGIN - 80, PAGE_HEIGHT - PAGE_MARGIN + 6, 80, 8,
            FALSE, 0.3);
  pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_LEFT);
  cairo_show_page (pdf->cr);
}

static StyreChart *
prepare_card (StyreStore               *store,
              const StyreDashboardCard *card,
              const StyreChartQuery    *query,
              StyreChartCache          *cache,
              GError                  **error)
{
  g_auto(StyreChartQuery) q = { 0 };
  StyreChartKind kind;

  if (!styre_chart_kind_from_id (card->chart, &kind))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                   _("This version of Styre does not know the chart “%s”."), card->chart);
      return NULL;
    }
  styre_chart_query_init (&q);
  if (query != NULL)
    styre_chart_query_copy (query, &q);
  if (!styre_chart_query_set_filters_json (&q, card->filters, error))
    return NULL;
  return styre_chart_prepare_cached (store, kind, &q, cache, error);
}

/**
 * styre_dashboard_export_pdf:
 * @layout_name: (nullable): the layout's name, for the first page
 * @cards: (element-type StyreDashboardCard): the dashboard's cards, in order
 * @query: (nullable): the dashboard's filters and as-of date
 * @path: where to write the PDF
 *
 * Writes the dashboard as a PDF on A4 in landscape: a first page that says what it is,
 * then one page per chart, and more where a list goes on. A chart that cannot be drawn
 * (its filter names a focus area that is gone, say) gets a page that says why, so the
 * rest are still there.
 */
gboolean
styre_dashboard_export_pdf (StyreStore            *store,
                            const char            *layout_name,
                            GPtrArray             *cards,
                            const StyreChartQuery *query,
                            const char            *path,
                            GError               **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *when = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *today = NULL;
  const char *organisation = styre_store_get_organisation_name (store);
  cairo_surface_t *surface;
  cairo_status_t status;
  g_autoptr(StyreChartCache) cache = styre_chart_cache_new ();
  StyreChartStyle style;
  Pdf pdf = { 0 };
  double y;

  g_return_val_if_fail (STYRE_IS_STORE (store), FALSE);
  g_return_val_if_fail (cards != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tmp = g_strdup_printf ("%s.part-%08x", path, g_random_int ());
  surface = cairo_pdf_surface_create (tmp, PAGE_WIDTH, PAGE_HEIGHT);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_unlink (tmp);
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                   _("“%s” could not be written. Is the folder there, and may you write in "
                     "it?"), path);
      return FALSE;
    }

  if (organisation == NULL || *organisation == '\0')
    organisation = _("Styre");
  heading = layout_name != NULL
            /* Translators: the first page of the dashboard PDF, e.g. "Dashboard: Ledermøte" */
            ? g_strdup_printf (_("Dashboard: %s"), layout_name) : g_strdup (_("Dashboard"));
  today = styre_store_today (store);
  {
    g_autofree char *date = styre_format_date_long (query && query->as_of ? query->as_of
                                                                         : today);
    when = query && query->as_of && g_strcmp0 (query->as_of, today) != 0
           ? g_strdup_printf (_("As of %s"), date) : g_strdup_printf (_("Today, %s"), date);
  }
  footer = g_strdup_printf ("%s · %s · %s", organisation, heading, when);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, heading);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Styre");
  pdf.cr = cairo_create (surface);
  pdf.layout = pango_cairo_create_layout (pdf.cr);
  pdf.desc = pango_font_description_from_string ("Cantarell, Noto Sans, DejaVu Sans, sans-serif");
  pdf.footer = footer;

  /* The first page: what this is, and what comes. */
  y = PAGE_MARGIN + 60;
  y += pdf_text (&pdf, organisation, PAGE_MARGIN, y, PAGE_WIDTH - 2 * PAGE_MARGIN, 14, FALSE,
                 0.25) + 6;
  y += pdf_text (&pdf, heading, PAGE_MARGIN, y, PAGE_WIDTH - 2 * PAGE_MARGIN, 30, TRUE, 0.08)
       + 6;
  y += pdf_text (&pdf, when, PAGE_MARGIN, y, PAGE_WIDTH - 2 * PAGE_MARGIN, 14, FALSE, 0.25)
       + 24;
  for (guint i = 0; i < cards->len; i++)
    {
      const StyreDashboardCard *card = g_ptr_array_index (cards, i);
      const char *title = styre_chart_get_title (card->chart);
      g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, title ? title : card->chart);

      if (y > PAGE_HEIGHT - PAGE_MARGIN - 40)
        break;
      y += pdf_text (&pdf, line, PAGE_MARGIN, y, PAGE_WIDTH - 2 * PAGE_MARGIN, 12, FALSE, 0.1)
           + 4;
    }
  pdf_end_page (&pdf);

  styre_chart_style_init (&style);
  style.font_size = PAGE_FONT;
  style.more_hint = STYRE_CHART_MORE_NEXT_PAGE;
  for (guint i = 0; i < cards->len; i++)
    {
      const StyreDashboardCard *card = g_ptr_array_index (cards, i);
      g_autoptr(GError) problem = NULL;
      g_autoptr(StyreChart) chart = prepare_card (store, card, query, cache, &problem);
      guint first_row = 0;

      if (chart == NULL)
        {
          const char *title = styre_chart_get_title (card->chart);

          pdf_text (&pdf, title ? title : card->chart, PAGE_MARGIN, PAGE_MARGIN,
                    PAGE_WIDTH - 2 * PAGE_MARGIN, 14.5, TRUE, 0.08);
          pdf_text (&pdf, problem->message, PAGE_MARGIN, PAGE_MARGIN + 40,
                    PAGE_WIDTH - 2 * PAGE_MARGIN, 12, FALSE, 0.2);
          pdf_end_page (&pdf);
          continue;
        }
      for (guint page = 0; page < 200; page++)
        {
          g_autoptr(StyreChartLayout) layout = NULL;

          cairo_save (pdf.cr);
          cairo_translate (pdf.cr, PAGE_MARGIN - style.font_size * 0.8,
                           PAGE_MARGIN - style.font_size * 0.8);
          layout = styre_chart_draw (chart, pdf.cr, PAGE_WIDTH - 2 * PAGE_MARGIN
                                                    + 1.6 * style.font_size,
                                     PAGE_HEIGHT - 2 * PAGE_MARGIN, &style, first_row);
          cairo_restore (pdf.cr);
          pdf_end_page (&pdf);
          if (!styre_chart_layout_has_more (layout) || layout->n_rows == 0)
            break;
          first_row += layout->n_rows;
        }
    }

  status = cairo_status (pdf.cr);
  pango_font_description_free (pdf.desc);
  g_object_unref (pdf.layout);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO,
                   _("“%s” could not be written. Is the disk full?"), path);
      return FALSE;
    }
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

/**
 * styre_chart_view_painter:
 * @store: (type StyreStore): the file the views are read from
 *
 * A #StyreViewPainter that draws a document's linked dashboard views with the charts
 * themselves, with text sized for paper. A view whose chart cannot be drawn (one this
 * version does not know) is described in words instead, and the document still prints.
 */
gboolean
styre_chart_view_painter (cairo_t     *cr,
                          double       width,
                          double       height,
                          const char  *chart_id,
                          const char  *filters_json,
                          const char  *as_of,
                          gpointer     store,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  StyreChartStyle style;
  gboolean ok;

  styre_chart_style_init (&style);
  /* Points on A4: 9 pt reads like a report's tables. */
  style.font_size = 9;
  style.more_hint = STYRE_CHART_MORE_NOT_SHOWN;

  cairo_save (cr);
  ok = styre_chart_view_render (STYRE_STORE (store), chart_id, filters_json, as_of, cr, width,
                                height, &style, &local_error);
  cairo_restore (cr);
  if (ok)
    return TRUE;
  if (g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND)
      || g_error_matches (local_error, STYRE_ERROR, STYRE_ERROR_INVALID))
    return styre_view_painter_describe (cr, width, height, chart_id, filters_json, as_of,
                                        NULL, error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * styre_chart_view_attach:
 *
 * Makes @document draw its linked dashboard views from @store with the real charts.
 */
void
styre_chart_view_attach (StyreDocument *document,
                         StyreStore    *store)
{
  g_return_if_fail (document != NULL);
  g_return_if_fail (STYRE_IS_STORE (store));

  styre_document_set_painter (document, styre_chart_view_painter, g_object_ref (store),
                              g_object_unref);
}
