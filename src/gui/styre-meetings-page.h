/* styre-meetings-page.h — the meetings, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_MEETINGS_PAGE (styre_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (StyreMeetingsPage, styre_meetings_page, STYRE, MEETINGS_PAGE, AdwBin)

void         styre_meetings_page_load_async  (StyreMeetingsPage    *self,
                                              StyreStore           *store,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean     styre_meetings_page_load_finish (StyreMeetingsPage    *self,
                                              GAsyncResult         *result,
                                              GError              **error);
GListModel  *styre_meetings_page_get_model   (StyreMeetingsPage    *self);
void         styre_meetings_page_open_meeting (StyreMeetingsPage   *self,
                                               gint64               meeting_id);
GtkWidget   *styre_meetings_page_get_meeting_view (StyreMeetingsPage *self);

G_END_DECLS
