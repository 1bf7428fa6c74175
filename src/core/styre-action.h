/* styre-action.h — one follow-up action as the follow-up list shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define STYRE_TYPE_ACTION (styre_action_get_type ())

G_DECLARE_FINAL_TYPE (StyreAction, styre_action, STYRE, ACTION, GObject)

typedef struct
{
  gint64      id;
  gint64      version;
  const char *title;
  const char *owner_name;
  const char *due_on;          /* 'YYYY-MM-DD' or NULL */
  const char *status;
  const char *latest_note;
  const char *origin_meeting;  /* the meeting's starts_at, or NULL */
  const char *origin_forum;
  const char *case_number;     /* "12/26", or "" */
  const char *confidentiality;
  const char *legal_basis;
  gboolean    overdue;
  gint64      owner_id;         /* 0 when nobody owns it */
  gint64      forum_id;         /* of the meeting it came from, or 0 */
  gint64      origin_item_id;
  gint64      origin_meeting_id;
  gboolean    origin_exempt;    /* the item it came from is exempt from public access */
  const char *origin_legal_basis;
  const char *closed_on;
  const char *closed_in_meeting; /* the starts_at of the meeting it was closed in, or NULL */
  const char *created_on;
} StyreActionData;

StyreAction *styre_action_new                (const StyreActionData *data);
gint64       styre_action_get_id             (StyreAction *self);
gint64       styre_action_get_version        (StyreAction *self);
const char  *styre_action_get_title          (StyreAction *self);
const char  *styre_action_get_owner_name     (StyreAction *self);
const char  *styre_action_get_due_on         (StyreAction *self);
const char  *styre_action_get_status         (StyreAction *self);
const char  *styre_action_get_latest_note    (StyreAction *self);
const char  *styre_action_get_origin_meeting (StyreAction *self);
const char  *styre_action_get_origin_forum   (StyreAction *self);
const char  *styre_action_get_case_number    (StyreAction *self);
const char  *styre_action_get_confidentiality (StyreAction *self);
const char  *styre_action_get_legal_basis    (StyreAction *self);
gboolean     styre_action_get_overdue        (StyreAction *self);
gint64       styre_action_get_owner_id       (StyreAction *self);
gint64       styre_action_get_forum_id       (StyreAction *self);
gint64       styre_action_get_origin_item_id (StyreAction *self);
gint64       styre_action_get_origin_meeting_id (StyreAction *self);
gboolean     styre_action_get_origin_exempt  (StyreAction *self);
const char  *styre_action_get_origin_legal_basis (StyreAction *self);
const char  *styre_action_get_closed_on      (StyreAction *self);
const char  *styre_action_get_closed_in_meeting (StyreAction *self);
const char  *styre_action_get_created_on     (StyreAction *self);
gboolean     styre_action_is_exempt          (StyreAction *self);

G_END_DECLS
