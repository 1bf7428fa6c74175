/* styre-portfolio-filter.h — which initiatives the portfolio table shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-initiative.h"
#include "styre-vocabulary.h"

G_BEGIN_DECLS

/**
 * StyrePortfolioFacet:
 *
 * What the filter chips choose by. An initiative matches a facet when it has any of the
 * chosen values; it matches the filter when it matches every facet that has values, and
 * every word of the search.
 */
typedef enum
{
  STYRE_FACET_AGENCY,
  STYRE_FACET_FOCUS_AREA,
  STYRE_FACET_KIND,
  STYRE_FACET_METHOD,
  STYRE_FACET_PHASE,
  STYRE_FACET_RAG,
  STYRE_FACET_LIFECYCLE,
  STYRE_N_FACETS
} StyrePortfolioFacet;

typedef struct _StyrePortfolioFilter StyrePortfolioFilter;

StyrePortfolioFilter *styre_portfolio_filter_new        (void);
StyrePortfolioFilter *styre_portfolio_filter_copy       (const StyrePortfolioFilter *self);
void                  styre_portfolio_filter_free       (StyrePortfolioFilter       *self);
gboolean              styre_portfolio_filter_set_text   (StyrePortfolioFilter       *self,
                                                         const char                 *text);
gboolean              styre_portfolio_filter_set_chosen (StyrePortfolioFilter       *self,
                                                         StyrePortfolioFacet         facet,
                                                         const char                 *value,
                                                         gboolean                    chosen);
gboolean              styre_portfolio_filter_get_chosen (const StyrePortfolioFilter *self,
                                                         StyrePortfolioFacet         facet,
                                                         const char                 *value);
guint                 styre_portfolio_filter_count_chosen (const StyrePortfolioFilter *self,
                                                           StyrePortfolioFacet       facet);
void                  styre_portfolio_filter_clear_facet (StyrePortfolioFilter      *self,
                                                          StyrePortfolioFacet        facet);
gboolean              styre_portfolio_filter_has_choices (const StyrePortfolioFilter *self);
gboolean              styre_portfolio_filter_is_empty   (const StyrePortfolioFilter *self);
gboolean              styre_portfolio_filter_match      (const StyrePortfolioFilter *self,
                                                         StyreInitiative            *initiative);
StyreVocabulary       styre_portfolio_facet_vocabulary  (StyrePortfolioFacet         facet);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyrePortfolioFilter, styre_portfolio_filter_free)

G_END_DECLS
