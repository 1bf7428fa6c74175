/* styre-kpi-tile.h — one big number on the dashboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STYRE_TYPE_KPI_TILE (styre_kpi_tile_get_type ())

G_DECLARE_FINAL_TYPE (StyreKpiTile, styre_kpi_tile, STYRE, KPI_TILE, AdwBin)

GtkWidget  *styre_kpi_tile_new          (void);
const char *styre_kpi_tile_get_title    (StyreKpiTile *self);
void        styre_kpi_tile_set_title    (StyreKpiTile *self,
                                         const char   *title);
const char *styre_kpi_tile_get_value    (StyreKpiTile *self);
void        styre_kpi_tile_set_value    (StyreKpiTile *self,
                                         const char   *value);
const char *styre_kpi_tile_get_detail   (StyreKpiTile *self);
void        styre_kpi_tile_set_detail   (StyreKpiTile *self,
                                         const char   *detail);
const char *styre_kpi_tile_get_warning  (StyreKpiTile *self);
void        styre_kpi_tile_set_warning  (StyreKpiTile *self,
                                         const char   *warning);
const char *styre_kpi_tile_get_rag      (StyreKpiTile *self);
void        styre_kpi_tile_set_rag      (StyreKpiTile *self,
                                         const char   *rag);
double      styre_kpi_tile_get_fraction (StyreKpiTile *self);
void        styre_kpi_tile_set_fraction (StyreKpiTile *self,
                                         double        fraction);

G_END_DECLS
