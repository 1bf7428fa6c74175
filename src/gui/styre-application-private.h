/* styre-application-private.h — what the application's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-application.h"

G_BEGIN_DECLS

void styre_application_install_actions (StyreApplication *self);

G_END_DECLS
