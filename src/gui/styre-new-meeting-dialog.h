/* styre-new-meeting-dialog.h — a new meeting from the forum's template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_NEW_MEETING_DIALOG (styre_new_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (StyreNewMeetingDialog, styre_new_meeting_dialog, STYRE, NEW_MEETING_DIALOG,
                      AdwMessageDialog)

StyreNewMeetingDialog *styre_new_meeting_dialog_new (GtkWindow  *parent,
                                                     StyreStore *store,
                                                     GPtrArray  *forums,
                                                     gint64      forum_id,
                                                     const char *date);

G_END_DECLS
