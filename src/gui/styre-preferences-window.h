/* styre-preferences-window.h — the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STYRE_TYPE_PREFERENCES_WINDOW (styre_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (StyrePreferencesWindow, styre_preferences_window, STYRE,
                      PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *styre_preferences_window_new (GtkWindow *parent);

G_END_DECLS
