/* styre-portfolio-page.h — the table of initiatives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-initiative-view.h"
#include "styre-portfolio-filter.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_PORTFOLIO_PAGE (styre_portfolio_page_get_type ())

G_DECLARE_FINAL_TYPE (StyrePortfolioPage, styre_portfolio_page, STYRE, PORTFOLIO_PAGE, AdwBin)

void         styre_portfolio_page_load_async  (StyrePortfolioPage   *self,
                                               StyreStore           *store,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean     styre_portfolio_page_load_finish (StyrePortfolioPage   *self,
                                               GAsyncResult         *result,
                                               GError              **error);
GListModel  *styre_portfolio_page_get_model   (StyrePortfolioPage   *self);
void         styre_portfolio_page_set_search  (StyrePortfolioPage   *self,
                                               const char           *text);
void         styre_portfolio_page_focus_search (StyrePortfolioPage  *self);
void         styre_portfolio_page_show_initiative (StyrePortfolioPage *self,
                                                   gint64              id);
GtkWidget   *styre_portfolio_page_new_initiative (StyrePortfolioPage  *self);
StyreInitiativeView *styre_portfolio_page_get_detail (StyrePortfolioPage *self);
void         styre_portfolio_page_set_chosen (StyrePortfolioPage    *self,
                                              StyrePortfolioFacet    facet,
                                              const char            *value,
                                              gboolean               chosen);

G_END_DECLS
