/* styre-chart-view.h — draw a linked view without knowing the charts
 *
 * For the board pack (PDF), the projector and anything else that has a chart's id, its
 * filters as JSON and an as-of date, as agenda_item_view stores them: prepare and draw in
 * one call. The ids are the ones styre_chart_list_ids() gives ("kpi", "rag-heatmap", …).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "styre-chart.h"
#include "styre-document.h"
#include "styre-store.h"

G_BEGIN_DECLS

gboolean             styre_chart_view_render     (StyreStore            *store,
                                                  const char            *chart_id,
                                                  const char            *filters_json,
                                                  const char            *as_of,
                                                  cairo_t               *cr,
                                                  double                 width,
                                                  double                 height,
                                                  const StyreChartStyle *style,
                                                  GError               **error);
StyreChart          *styre_chart_view_prepare    (StyreStore            *store,
                                                  const char            *chart_id,
                                                  const char            *filters_json,
                                                  const char            *as_of,
                                                  GError               **error);
StyreChart          *styre_chart_view_prepare_for_meeting (StyreStore       *store,
                                                  const char            *chart_id,
                                                  const char            *filters_json,
                                                  const char            *as_of,
                                                  gint64                 meeting_id,
                                                  GError               **error);
const char * const  *styre_chart_list_ids        (void);
const char          *styre_chart_get_title       (const char            *id);

gboolean             styre_dashboard_export_pdf  (StyreStore            *store,
                                                  const char            *layout_name,
                                                  GPtrArray             *cards,
                                                  const StyreChartQuery *query,
                                                  const char            *path,
                                                  GError               **error);

gboolean             styre_chart_view_painter    (cairo_t               *cr,
                                                  double                 width,
                                                  double                 height,
                                                  const char            *chart_id,
                                                  const char            *filters_json,
                                                  const char            *as_of,
                                                  gpointer               store,
                                                  GError               **error);
void                 styre_chart_view_attach     (StyreDocument         *document,
                                                  StyreStore            *store);

G_END_DECLS
