/* styre-dashboard-grid.h — chart cards in columns that follow the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STYRE_TYPE_DASHBOARD_GRID (styre_dashboard_grid_get_type ())

G_DECLARE_FINAL_TYPE (StyreDashboardGrid, styre_dashboard_grid, STYRE, DASHBOARD_GRID, GtkWidget)

GtkWidget *styre_dashboard_grid_new           (void);
void       styre_dashboard_grid_set_font_size (StyreDashboardGrid *self,
                                               double              font_size);
void       styre_dashboard_grid_append        (StyreDashboardGrid *self,
                                               GtkWidget          *child);
void       styre_dashboard_grid_remove        (StyreDashboardGrid *self,
                                               GtkWidget          *child);
void       styre_dashboard_grid_move          (StyreDashboardGrid *self,
                                               GtkWidget          *child,
                                               int                 delta);
void       styre_dashboard_grid_remove_all    (StyreDashboardGrid *self);

G_END_DECLS
