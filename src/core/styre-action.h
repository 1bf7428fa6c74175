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

G_END_DECLS
