/* styre-edit.h — one user action on the file, that can be undone and redone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-change.h"
#include "styre-merge.h"
#include "styre-row.h"
#include "styre-store.h"

G_BEGIN_DECLS

typedef struct _StyreEdit StyreEdit;

#define STYRE_TYPE_EDIT (styre_edit_get_type ())

GType        styre_edit_get_type         (void) G_GNUC_CONST;
StyreEdit   *styre_edit_new              (const char     *label);
StyreEdit   *styre_edit_ref              (StyreEdit      *self);
void         styre_edit_unref            (StyreEdit      *self);
const char  *styre_edit_get_label        (StyreEdit      *self);
void         styre_edit_add              (StyreEdit      *self,
                                          StyreChange    *change,
                                          const StyreRow *base);
GPtrArray   *styre_edit_get_changes      (StyreEdit      *self);
gboolean     styre_edit_is_empty         (StyreEdit      *self);
gint64       styre_edit_get_inserted_id  (StyreEdit      *self,
                                          const char     *table);
gboolean     styre_edit_apply            (StyreEdit      *self,
                                          StyreStore     *store,
                                          guint           busy_seconds,
                                          GError        **error);
gboolean     styre_edit_get_conflict     (StyreEdit      *self,
                                          StyreChange   **rebased,
                                          GPtrArray     **conflicts);
void         styre_edit_resolve_conflict (StyreEdit      *self,
                                          StyreChange    *resolved,
                                          const StyreRow *current);
StyreEdit   *styre_edit_invert           (StyreEdit      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreEdit, styre_edit_unref)

#define STYRE_TYPE_UNDO_STACK (styre_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (StyreUndoStack, styre_undo_stack, STYRE, UNDO_STACK, GObject)

StyreUndoStack *styre_undo_stack_new           (void);
void            styre_undo_stack_push          (StyreUndoStack *self,
                                                StyreEdit      *applied);
gboolean        styre_undo_stack_replace_top   (StyreUndoStack *self,
                                                StyreEdit      *old,
                                                StyreEdit      *applied);
StyreEdit      *styre_undo_stack_peek_undo     (StyreUndoStack *self);
StyreEdit      *styre_undo_stack_peek_redo     (StyreUndoStack *self);
void            styre_undo_stack_undone        (StyreUndoStack *self,
                                                StyreEdit      *inverse);
void            styre_undo_stack_redone        (StyreUndoStack *self,
                                                StyreEdit      *inverse);
void            styre_undo_stack_clear         (StyreUndoStack *self);
gboolean        styre_undo_stack_get_can_undo  (StyreUndoStack *self);
gboolean        styre_undo_stack_get_can_redo  (StyreUndoStack *self);

G_END_DECLS
