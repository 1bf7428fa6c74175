/* styre-followup-page.h — the follow-up list: actions from the meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_FOLLOWUP_PAGE (styre_followup_page_get_type ())

G_DECLARE_FINAL_TYPE (StyreFollowupPage, styre_followup_page, STYRE, FOLLOWUP_PAGE, AdwBin)

void         styre_followup_page_load_async     (StyreFollowupPage    *self,
                                                 StyreStore           *store,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean     styre_followup_page_load_finish    (StyreFollowupPage    *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
GListModel  *styre_followup_page_get_model      (StyreFollowupPage    *self);
gboolean     styre_followup_page_get_show_closed (StyreFollowupPage   *self);
void         styre_followup_page_set_show_closed (StyreFollowupPage   *self,
                                                  gboolean             show_closed);

G_END_DECLS
