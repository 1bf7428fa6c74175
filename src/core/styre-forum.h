/* styre-forum.h — a forum (a body that meets): its members and standing items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "styre-row.h"
#include "styre-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  gint64  version;
  gint64  person_id;
  char   *name;
  char   *role;        /* chair, member, substitute, adviser, secretary, observer */
  int     position;
} StyreForumMember;

typedef struct
{
  gint64    id;
  gint64    version;
  int       position;
  char     *standing_kind;
  char     *title;
  char     *item_type;
  int       planned_minutes;
  gboolean  at_end;
} StyreStandingItem;

typedef struct
{
  gint64     id;
  StyreRow  *row;       /* the forum's own row, for its editor */
  GPtrArray *members;   /* of StyreForumMember, in their order */
  GPtrArray *standing;  /* of StyreStandingItem: those at the start, then those at the end */
} StyreForum;

#define STYRE_TYPE_FORUM (styre_forum_get_type ())

GType       styre_forum_get_type       (void) G_GNUC_CONST;
StyreForum *styre_forum_ref            (StyreForum  *self);
void        styre_forum_unref          (StyreForum  *self);
StyreForum *styre_store_load_forum     (StyreStore  *store,
                                        gint64       forum_id,
                                        GError     **error);
gint64      styre_store_create_forum   (StyreStore  *store,
                                        const char  *name,
                                        GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreForum, styre_forum_unref)

G_END_DECLS
