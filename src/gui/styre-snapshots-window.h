/* styre-snapshots-window.h — a file's snapshots: when, why, by whom; restore one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_SNAPSHOTS_WINDOW (styre_snapshots_window_get_type ())

G_DECLARE_FINAL_TYPE (StyreSnapshotsWindow, styre_snapshots_window, STYRE, SNAPSHOTS_WINDOW,
                      AdwWindow)

StyreSnapshotsWindow *styre_snapshots_window_new       (GtkWindow            *parent,
                                                        StyreStore           *store);
StyreStore           *styre_snapshots_window_get_store (StyreSnapshotsWindow *self);
GtkWidget            *styre_snapshots_window_get_list  (StyreSnapshotsWindow *self);
gboolean              styre_snapshots_window_get_loading (StyreSnapshotsWindow *self);
void                  styre_snapshots_window_restore   (StyreSnapshotsWindow *self,
                                                        const char           *path);

G_END_DECLS
