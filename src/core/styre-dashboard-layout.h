/* styre-dashboard-layout.h — the dashboards' named layouts, shared in the file
 *
 * A layout (the dashboard_layout table) is a name and a JSON list of cards, in order:
 *
 *   [{"chart": "kpi", "width": 4, "height": 1},
 *    {"chart": "rag-heatmap", "width": 2, "height": 2, "filters": {"group": "focus_area"}}]
 *
 * "chart" is a chart id (styre-chart-data.h); "width" is how many columns of the
 * dashboard's grid the card spans (1–4; fewer when the window is narrow) and "height" how
 * many rows (1–3); "filters" (optional) are the card's own filters, on top of the
 * dashboard's, in the form of a linked view's (styre_chart_query_set_filters_json()).
 * Names a later Styre adds to a card are kept as they are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "styre-change.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_DASHBOARD_MAX_WIDTH  4
#define STYRE_DASHBOARD_MAX_HEIGHT 3
#define STYRE_DASHBOARD_MAX_CARDS  64

typedef struct
{
  char  *chart;
  int    width;
  int    height;
  char  *filters;    /* a JSON object, or NULL */
} StyreDashboardCard;

typedef struct
{
  gint64      id;
  gint64      version;
  char       *name;
  GPtrArray  *cards;        /* of StyreDashboardCard; NULL when the content is unreadable */
  char       *problem;      /* why the content cannot be read, or NULL */
  char       *updated_by;
} StyreDashboardLayout;

StyreDashboardCard *styre_dashboard_card_new    (const char               *chart,
                                                 int                       width,
                                                 int                       height,
                                                 const char               *filters);
StyreDashboardCard *styre_dashboard_card_copy   (const StyreDashboardCard *card);
void                styre_dashboard_card_free   (StyreDashboardCard       *card);
GPtrArray          *styre_dashboard_cards_new   (void);
GPtrArray          *styre_dashboard_cards_copy  (GPtrArray                *cards);
GPtrArray          *styre_dashboard_cards_parse (const char               *json,
                                                 GError                  **error);
char               *styre_dashboard_cards_to_json (GPtrArray              *cards);
gboolean            styre_dashboard_cards_equal (GPtrArray                *a,
                                                 GPtrArray                *b);
GPtrArray          *styre_dashboard_default_cards (void);

void                styre_dashboard_layout_free (StyreDashboardLayout     *layout);
GPtrArray          *styre_store_list_dashboard_layouts (StyreStore        *self,
                                                        GError           **error);
StyreDashboardLayout *styre_store_find_dashboard_layout (StyreStore       *self,
                                                         const char       *name,
                                                         GError          **error);
gboolean            styre_dashboard_layout_check_name (const char         *name,
                                                       GError            **error);
StyreChange        *styre_dashboard_layout_insert (const char             *name,
                                                   GPtrArray              *cards);
StyreChange        *styre_dashboard_layout_update (const StyreDashboardLayout *layout,
                                                   const char             *name,
                                                   GPtrArray              *cards);
StyreChange        *styre_dashboard_layout_delete (const StyreDashboardLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreDashboardCard, styre_dashboard_card_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreDashboardLayout, styre_dashboard_layout_free)

G_END_DECLS
