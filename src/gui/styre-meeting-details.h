/* styre-meeting-details.h — a meeting's time, place and people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-meeting-context.h"

G_BEGIN_DECLS

#define STYRE_TYPE_MEETING_DETAILS (styre_meeting_details_get_type ())

G_DECLARE_FINAL_TYPE (StyreMeetingDetails, styre_meeting_details, STYRE, MEETING_DETAILS, AdwBin)

void styre_meeting_details_set_context (StyreMeetingDetails *self,
                                        StyreMeetingContext *context);
void styre_meeting_details_flush       (StyreMeetingDetails *self);

G_END_DECLS
