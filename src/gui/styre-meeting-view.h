/* styre-meeting-view.h — one meeting: the agenda and the editors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-agenda.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_MEETING_VIEW (styre_meeting_view_get_type ())

G_DECLARE_FINAL_TYPE (StyreMeetingView, styre_meeting_view, STYRE, MEETING_VIEW, AdwBin)

void         styre_meeting_view_show_meeting      (StyreMeetingView *self,
                                                   StyreStore       *store,
                                                   gint64            meeting_id);
void         styre_meeting_view_reload            (StyreMeetingView *self);
gint64       styre_meeting_view_get_meeting_id    (StyreMeetingView *self);
StyreAgenda *styre_meeting_view_get_agenda        (StyreMeetingView *self);
void         styre_meeting_view_select_item       (StyreMeetingView *self,
                                                   gint64            item_id);
gint64       styre_meeting_view_get_selected_item (StyreMeetingView *self);
GtkWidget   *styre_meeting_view_get_item_editor   (StyreMeetingView *self);

G_END_DECLS
