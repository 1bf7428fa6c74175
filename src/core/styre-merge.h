/* styre-merge.h — when someone else saved first: keep what does not collide, ask about
 * what does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-change.h"
#include "styre-row.h"

G_BEGIN_DECLS

/**
 * StyreFieldConflict:
 * @column: the column both people changed
 * @base: the value the editor started from
 * @mine: what this person typed
 * @theirs: what the other person saved
 *
 * One field both people changed to different values.
 */
typedef struct
{
  char       *column;
  StyreValue  base;
  StyreValue  mine;
  StyreValue  theirs;
} StyreFieldConflict;

void         styre_field_conflict_free (StyreFieldConflict *conflict);

StyreChange *styre_change_rebase       (const StyreChange  *mine,
                                        const StyreRow     *base,
                                        const StyreRow     *current,
                                        GPtrArray         **conflicts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreFieldConflict, styre_field_conflict_free)

G_END_DECLS
