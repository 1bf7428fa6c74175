/* styre-forum-window.h — a forum's settings, members and standing items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_FORUM_WINDOW (styre_forum_window_get_type ())

G_DECLARE_FINAL_TYPE (StyreForumWindow, styre_forum_window, STYRE, FORUM_WINDOW, AdwPreferencesWindow)

StyreForumWindow *styre_forum_window_new (GtkWindow  *parent,
                                          StyreStore *store,
                                          gint64      forum_id);

G_END_DECLS
