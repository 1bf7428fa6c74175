/* styre-status-grid.h — an initiative's status history: periods across, the seven
 * steering parameters down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-vocabulary.h"

G_BEGIN_DECLS

#define STYRE_TYPE_STATUS_GRID (styre_status_grid_get_type ())

G_DECLARE_FINAL_TYPE (StyreStatusGrid, styre_status_grid, STYRE, STATUS_GRID, AdwBin)

GtkWidget *styre_status_grid_new          (void);
void       styre_status_grid_set_reports  (StyreStatusGrid *self,
                                           GPtrArray       *reports,
                                           GPtrArray       *dimensions);
gboolean   styre_status_grid_get_cell     (StyreStatusGrid *self,
                                           const char      *period,
                                           const char      *dimension,
                                           StyreRag        *rag,
                                           gboolean        *overridden);
void       styre_status_grid_select       (StyreStatusGrid *self,
                                           const char      *period,
                                           const char      *dimension);
guint      styre_status_grid_get_n_periods (StyreStatusGrid *self);

G_END_DECLS
