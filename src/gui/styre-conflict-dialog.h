/* styre-conflict-dialog.h — someone else saved first: choose, field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-merge.h"

G_BEGIN_DECLS

/**
 * StyreConflictLabelFunc:
 * @column: a column of the edited table
 * @value: (nullable): a value of @column to describe, or %NULL to name the column itself
 *
 * Returns: (transfer full): the words a person sees: "Phase", "Execution", "27.11.2026"
 */
typedef char *(*StyreConflictLabelFunc) (const char       *column,
                                         const StyreValue *value,
                                         gpointer          user_data);

#define STYRE_TYPE_CONFLICT_DIALOG (styre_conflict_dialog_get_type ())

G_DECLARE_FINAL_TYPE (StyreConflictDialog, styre_conflict_dialog, STYRE, CONFLICT_DIALOG,
                      AdwMessageDialog)

StyreConflictDialog *styre_conflict_dialog_new           (GtkWindow              *parent,
                                                          const char             *reason,
                                                          GPtrArray              *conflicts,
                                                          StyreConflictLabelFunc  label_func,
                                                          gpointer                user_data);
void                 styre_conflict_dialog_apply_choices (StyreConflictDialog    *self,
                                                          StyreChange            *rebased);
gboolean             styre_conflict_dialog_get_keeps_mine (StyreConflictDialog   *self,
                                                           guint                  index);

G_END_DECLS
