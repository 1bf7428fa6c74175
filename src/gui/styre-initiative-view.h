/* styre-initiative-view.h — everything about one initiative, beside the portfolio table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-detail.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_INITIATIVE_VIEW (styre_initiative_view_get_type ())

G_DECLARE_FINAL_TYPE (StyreInitiativeView, styre_initiative_view, STYRE, INITIATIVE_VIEW, AdwBin)

void                   styre_initiative_view_show        (StyreInitiativeView *self,
                                                          StyreStore          *store,
                                                          gint64               id);
void                   styre_initiative_view_reload      (StyreInitiativeView *self);
gint64                 styre_initiative_view_get_id      (StyreInitiativeView *self);
gboolean               styre_initiative_view_get_loading (StyreInitiativeView *self);
StyreInitiativeDetail *styre_initiative_view_get_detail  (StyreInitiativeView *self);
void                   styre_initiative_view_set_folded  (StyreInitiativeView *self,
                                                          gboolean             folded);
void                   styre_initiative_view_set_section (StyreInitiativeView *self,
                                                          const char          *section);
GtkWidget             *styre_initiative_view_get_status_grid (StyreInitiativeView *self);
GtkWidget             *styre_initiative_view_new_report  (StyreInitiativeView *self);
GtkWidget             *styre_initiative_view_edit        (StyreInitiativeView *self);

G_END_DECLS
