/* styre-welcome-page.h — what a window shows when no file is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define STYRE_TYPE_WELCOME_PAGE (styre_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (StyreWelcomePage, styre_welcome_page, STYRE, WELCOME_PAGE, AdwBin)

guint styre_welcome_page_get_n_recent (StyreWelcomePage *self);

G_END_DECLS
