/* styre-dashboard-page.h — the portfolio's health at a glance, in charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-chart-card.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_DASHBOARD_PAGE (styre_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (StyreDashboardPage, styre_dashboard_page, STYRE, DASHBOARD_PAGE, AdwBin)

void            styre_dashboard_page_load_async      (StyreDashboardPage   *self,
                                                      StyreStore           *store,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean        styre_dashboard_page_load_finish     (StyreDashboardPage   *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
guint           styre_dashboard_page_get_n_initiatives (StyreDashboardPage *self);
gboolean        styre_dashboard_page_get_loading     (StyreDashboardPage   *self);
const char     *styre_dashboard_page_get_as_of       (StyreDashboardPage   *self);
void            styre_dashboard_page_set_as_of       (StyreDashboardPage   *self,
                                                      const char           *as_of);
void            styre_dashboard_page_set_as_of_meeting (StyreDashboardPage *self,
                                                        gint64              meeting_id);
const char     *styre_dashboard_page_get_layout_name (StyreDashboardPage   *self);
void            styre_dashboard_page_set_layout_name (StyreDashboardPage   *self,
                                                      const char           *name);
guint           styre_dashboard_page_get_n_cards     (StyreDashboardPage   *self);
StyreChartCard *styre_dashboard_page_get_card        (StyreDashboardPage   *self,
                                                      guint                 index);
StyreChartCard *styre_dashboard_page_find_card       (StyreDashboardPage   *self,
                                                      const char           *chart_id);

G_END_DECLS
