/* styre-dashboard-page.h — the portfolio's health at a glance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_DASHBOARD_PAGE (styre_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (StyreDashboardPage, styre_dashboard_page, STYRE, DASHBOARD_PAGE, AdwBin)

void      styre_dashboard_page_load_async      (StyreDashboardPage   *self,
                                                StyreStore           *store,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean  styre_dashboard_page_load_finish     (StyreDashboardPage   *self,
                                                GAsyncResult         *result,
                                                GError              **error);
guint     styre_dashboard_page_get_n_initiatives (StyreDashboardPage *self);

G_END_DECLS
