/* styre-presence-button.h — who else has the file open, in the header bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_PRESENCE_BUTTON (styre_presence_button_get_type ())

G_DECLARE_FINAL_TYPE (StyrePresenceButton, styre_presence_button, STYRE, PRESENCE_BUTTON, AdwBin)

GtkWidget  *styre_presence_button_new       (void);
StyreStore *styre_presence_button_get_store (StyrePresenceButton *self);
void        styre_presence_button_set_store (StyrePresenceButton *self,
                                             StyreStore          *store);
guint       styre_presence_button_get_count (StyrePresenceButton *self);
GtkWidget  *styre_presence_button_get_list  (StyrePresenceButton *self);

G_END_DECLS
