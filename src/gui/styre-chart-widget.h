/* styre-chart-widget.h — a chart on screen: hover, tooltips, keys, clicks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "styre-chart.h"

G_BEGIN_DECLS

#define STYRE_TYPE_CHART_WIDGET (styre_chart_widget_get_type ())

G_DECLARE_FINAL_TYPE (StyreChartWidget, styre_chart_widget, STYRE, CHART_WIDGET, GtkWidget)

GtkWidget              *styre_chart_widget_new            (void);
StyreChart             *styre_chart_widget_get_chart      (StyreChartWidget *self);
void                    styre_chart_widget_set_chart      (StyreChartWidget *self,
                                                           StyreChart       *chart);
double                  styre_chart_widget_get_font_size  (StyreChartWidget *self);
void                    styre_chart_widget_set_font_size  (StyreChartWidget *self,
                                                           double            font_size);
gboolean                styre_chart_widget_get_scrollable (StyreChartWidget *self);
void                    styre_chart_widget_set_scrollable (StyreChartWidget *self,
                                                           gboolean          scrollable);
guint                   styre_chart_widget_get_first_row  (StyreChartWidget *self);
void                    styre_chart_widget_set_first_row  (StyreChartWidget *self,
                                                           guint             first_row);
int                     styre_chart_widget_get_time_span  (StyreChartWidget *self);
void                    styre_chart_widget_set_time_span  (StyreChartWidget *self,
                                                           int               months);
const StyreChartLayout *styre_chart_widget_get_layout     (StyreChartWidget *self);
int                     styre_chart_widget_get_focused_mark (StyreChartWidget *self);
gboolean                styre_chart_widget_activate_mark  (StyreChartWidget *self,
                                                           guint             index);

G_END_DECLS
