/* styre-audience-view.h — the audience screen on a widget, or its preview on the console
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "styre-audience.h"
#include "styre-projector.h"

G_BEGIN_DECLS

#define STYRE_TYPE_AUDIENCE_VIEW (styre_audience_view_get_type ())

G_DECLARE_FINAL_TYPE (StyreAudienceView, styre_audience_view, STYRE, AUDIENCE_VIEW, GtkWidget)

GtkWidget          *styre_audience_view_new               (void);
void                styre_audience_view_set_audience      (StyreAudienceView *self,
                                                           StyreAudience     *audience,
                                                           StyreProjector    *projector);
void                styre_audience_view_set_preview_size  (StyreAudienceView *self,
                                                           int                width,
                                                           int                height);
void                styre_audience_view_invalidate        (StyreAudienceView *self);
void                styre_audience_view_tick              (StyreAudienceView *self);
StyreAudienceFrame *styre_audience_view_get_frame         (StyreAudienceView *self);

G_END_DECLS
