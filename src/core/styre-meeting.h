/* styre-meeting.h — one meeting as the meetings list shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define STYRE_TYPE_MEETING (styre_meeting_get_type ())

G_DECLARE_FINAL_TYPE (StyreMeeting, styre_meeting, STYRE, MEETING, GObject)

typedef struct
{
  gint64      id;
  gint64      version;
  gint64      forum_id;
  const char *forum_name;
  const char *title;
  const char *starts_at;   /* local 'YYYY-MM-DDTHH:MM' */
  const char *ends_at;
  const char *place;
  const char *state;
  const char *chair_name;
  guint       n_items;
  guint       n_exempt;
} StyreMeetingData;

StyreMeeting *styre_meeting_new            (const StyreMeetingData *data);
gint64        styre_meeting_get_id         (StyreMeeting *self);
gint64        styre_meeting_get_version    (StyreMeeting *self);
gint64        styre_meeting_get_forum_id   (StyreMeeting *self);
const char   *styre_meeting_get_forum_name (StyreMeeting *self);
const char   *styre_meeting_get_title      (StyreMeeting *self);
const char   *styre_meeting_get_starts_at  (StyreMeeting *self);
const char   *styre_meeting_get_ends_at    (StyreMeeting *self);
const char   *styre_meeting_get_place      (StyreMeeting *self);
const char   *styre_meeting_get_state      (StyreMeeting *self);
const char   *styre_meeting_get_chair_name (StyreMeeting *self);
guint         styre_meeting_get_n_items    (StyreMeeting *self);
guint         styre_meeting_get_n_exempt   (StyreMeeting *self);

G_END_DECLS
