/* styre-presenter-console.h — the chair's and the secretary's view while projecting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-projection.h"

G_BEGIN_DECLS

#define STYRE_TYPE_PRESENTER_CONSOLE (styre_presenter_console_get_type ())

G_DECLARE_FINAL_TYPE (StyrePresenterConsole, styre_presenter_console, STYRE, PRESENTER_CONSOLE, AdwBin)

GtkWidget *styre_presenter_console_new          (StyreProjection       *projection);
void       styre_presenter_console_refresh      (StyrePresenterConsole *self);
void       styre_presenter_console_tick         (StyrePresenterConsole *self);
void       styre_presenter_console_set_screens  (StyrePresenterConsole *self,
                                                 GMenuModel            *screens,
                                                 const char            *audience_screen);
void       styre_presenter_console_set_in_overlay (StyrePresenterConsole *self,
                                                   gboolean               in_overlay);
void       styre_presenter_console_toast        (StyrePresenterConsole *self,
                                                 const char            *message);
void       styre_presenter_console_flush        (StyrePresenterConsole *self);

G_END_DECLS
