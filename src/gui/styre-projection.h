/* styre-projection.h — projector mode for one meeting: the audience window, the presenter
 * console, the keys, the clock and the minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "styre-agenda.h"
#include "styre-audience.h"
#include "styre-projector.h"
#include "styre-row.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_PROJECTION (styre_projection_get_type ())

G_DECLARE_FINAL_TYPE (StyreProjection, styre_projection, STYRE, PROJECTION, GObject)

StyreProjection *styre_projection_start              (GtkWindow       *main_window,
                                                      StyreStore      *store,
                                                      gint64           meeting_id);
StyreProjection *styre_projection_get_for_window     (GtkWindow       *main_window);
void             styre_projection_stop               (StyreProjection *self);

gint64           styre_projection_get_meeting_id     (StyreProjection *self);
StyreStore      *styre_projection_get_store          (StyreProjection *self);
StyreProjector  *styre_projection_get_projector      (StyreProjection *self);
StyreAudience   *styre_projection_get_audience       (StyreProjection *self);
StyreAgenda     *styre_projection_get_agenda         (StyreProjection *self);
StyreRow        *styre_projection_get_item_row       (StyreProjection *self,
                                                      gint64           item_id);
gboolean         styre_projection_get_minutes_open   (StyreProjection *self);
const char      *styre_projection_get_minutes_closed_reason (StyreProjection *self);
gboolean         styre_projection_get_recording      (StyreProjection *self);
gboolean         styre_projection_get_single_screen  (StyreProjection *self);
void             styre_projection_get_screen_size    (StyreProjection *self,
                                                      int             *width,
                                                      int             *height);
GdkMonitor      *styre_projection_get_audience_monitor (StyreProjection *self);
GtkWindow       *styre_projection_get_audience_window (StyreProjection *self);
GtkWindow       *styre_projection_get_console_window (StyreProjection *self);
GtkWidget       *styre_projection_get_console        (StyreProjection *self);
GtkWidget       *styre_projection_get_audience_view  (StyreProjection *self);
gboolean         styre_projection_get_loaded         (StyreProjection *self);
void             styre_projection_toast              (StyreProjection *self,
                                                      const char      *message);

G_END_DECLS
