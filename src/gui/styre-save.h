/* styre-save.h — saving a person's edit from any editor, with conflicts, undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "styre-edit.h"
#include "styre-store.h"

G_BEGIN_DECLS

typedef enum
{
  STYRE_SAVE_EDIT,   /* a new action: on the undo stack when saved */
  STYRE_SAVE_UNDO,   /* the inverse of the stack's last action */
  STYRE_SAVE_REDO,   /* the inverse of the stack's last undone action */
} StyreSaveMode;

/**
 * StyreSaveDone:
 * @saved: whether the edit is in the file
 * @error: (nullable): why not; %NULL when the person chose to keep editing after a
 *   conflict
 */
typedef void (*StyreSaveDone) (gboolean      saved,
                               const GError *error,
                               gpointer      user_data);

void  styre_gui_save_edit   (GtkWindow      *parent,
                             StyreStore     *store,
                             StyreUndoStack *undo,
                             StyreEdit      *edit,
                             StyreSaveMode   mode,
                             StyreSaveDone   done,
                             gpointer        user_data);
char *styre_gui_describe_value (const char       *table,
                                const char       *column,
                                const StyreValue *value,
                                GHashTable       *names);

G_END_DECLS
