/* styre-queries.h — the reads the pages and dashboards need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "styre-action.h"
#include "styre-initiative.h"
#include "styre-meeting.h"
#include "styre-store.h"
#include "styre-vocabulary.h"

G_BEGIN_DECLS

typedef struct
{
  char   *code;
  char   *title;
  char   *gate;
  char   *date;      /* forecast, or baseline when there is no forecast */
} StyreGateDue;

typedef struct
{
  int         year;
  guint       n_initiatives;
  guint       n_active;              /* proposed, active or paused */
  guint       by_rag[4];             /* active initiatives by latest overall colour */
  gint64      budget_approved;       /* this year, latest revision of each line */
  gint64      budget_forecast;
  gint64      budget_actual;
  gint64      benefits_planned;      /* priced benefits this year, kroner */
  gint64      benefits_realised;
  guint       open_actions;
  guint       overdue_actions;
  guint       n_meetings;
  GPtrArray  *next_gates;            /* of StyreGateDue, soonest first */
} StyrePortfolioSummary;

GListModel *styre_store_list_initiatives      (StyreStore             *self,
                                               int                     year,
                                               GError                **error);
GListModel *styre_store_list_meetings         (StyreStore             *self,
                                               GError                **error);
GListModel *styre_store_list_actions          (StyreStore             *self,
                                               const char             *today,
                                               gboolean                open_only,
                                               GError                **error);
gboolean    styre_store_get_portfolio_summary (StyreStore             *self,
                                               const char             *today,
                                               StyrePortfolioSummary  *summary,
                                               GError                **error);
void        styre_portfolio_summary_clear     (StyrePortfolioSummary  *summary);

G_END_DECLS
