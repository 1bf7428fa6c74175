/* styre-application.h — the Styre application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-window.h"

G_BEGIN_DECLS

#define STYRE_TYPE_APPLICATION (styre_application_get_type ())

G_DECLARE_FINAL_TYPE (StyreApplication, styre_application, STYRE, APPLICATION, AdwApplication)

StyreApplication *styre_application_new          (gint64            start_time);
StyreWindow      *styre_application_open         (StyreApplication *self,
                                                  GFile            *file,
                                                  StyreOpenMode     mode,
                                                  const char       *view,
                                                  StyreWindow      *preferred);
StyreWindow      *styre_application_get_window   (StyreApplication *self);

G_END_DECLS
