/* styre-chart-card.h — one chart on the dashboard, with its title and menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-chart.h"
#include "styre-chart-widget.h"
#include "styre-dashboard-layout.h"

G_BEGIN_DECLS

#define STYRE_TYPE_CHART_CARD (styre_chart_card_get_type ())

G_DECLARE_FINAL_TYPE (StyreChartCard, styre_chart_card, STYRE, CHART_CARD, AdwBin)

StyreChartCard           *styre_chart_card_new           (const StyreDashboardCard *card);
const StyreDashboardCard *styre_chart_card_get_card      (StyreChartCard           *self);
void                      styre_chart_card_set_card_size (StyreChartCard           *self,
                                                          int                       width,
                                                          int                       height);
StyreChart               *styre_chart_card_get_chart     (StyreChartCard           *self);
void                      styre_chart_card_set_chart     (StyreChartCard           *self,
                                                          StyreChart               *chart);
void                      styre_chart_card_set_error     (StyreChartCard           *self,
                                                          const char               *message);
void                      styre_chart_card_set_loading   (StyreChartCard           *self,
                                                          gboolean                  loading);
gboolean                  styre_chart_card_get_show_table (StyreChartCard          *self);
void                      styre_chart_card_set_show_table (StyreChartCard          *self,
                                                           gboolean                 show_table);
void                      styre_chart_card_set_enlarged  (StyreChartCard           *self,
                                                          gboolean                  enlarged);
void                      styre_chart_card_set_font_size (StyreChartCard           *self,
                                                          double                    font_size);
StyreChartWidget         *styre_chart_card_get_chart_widget (StyreChartCard        *self);
gboolean                  styre_chart_card_take_drop     (StyreChartCard           *self,
                                                          StyreChartCard           *dragged);
void                      styre_chart_card_set_editable  (StyreChartCard           *self,
                                                          gboolean                  editable);

G_END_DECLS
