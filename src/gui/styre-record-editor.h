/* styre-record-editor.h — a form for one row: a risk, a milestone, an agency …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-edit.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_RECORD_EDITOR (styre_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (StyreRecordEditor, styre_record_editor, STYRE, RECORD_EDITOR, AdwWindow)

/**
 * StyreRecordCheck:
 * @row: the row as it would be saved
 * @problems: column → the reason (a string the check allocates) to fill
 *
 * A rule the form's own checks cannot see, because it needs another row.
 */
typedef void (*StyreRecordCheck) (const StyreRow *row,
                                  GHashTable     *problems,
                                  gpointer        user_data);

StyreRecordEditor *styre_record_editor_new          (GtkWindow         *parent,
                                                     StyreStore        *store,
                                                     StyreUndoStack    *undo,
                                                     const char        *table,
                                                     const StyreRow    *row);
void               styre_record_editor_set_default  (StyreRecordEditor *self,
                                                     const char        *column,
                                                     const StyreValue  *value);
void               styre_record_editor_set_default_int (StyreRecordEditor *self,
                                                        const char        *column,
                                                        gint64             value);
void               styre_record_editor_set_default_text (StyreRecordEditor *self,
                                                         const char        *column,
                                                         const char        *value);
void               styre_record_editor_hide_field   (StyreRecordEditor *self,
                                                     const char        *column);
void               styre_record_editor_set_heading  (StyreRecordEditor *self,
                                                     const char        *title,
                                                     const char        *subtitle);
void               styre_record_editor_set_text     (StyreRecordEditor *self,
                                                     const char        *column,
                                                     const char        *text);
const char        *styre_record_editor_get_problem  (StyreRecordEditor *self,
                                                     const char        *column);
void               styre_record_editor_set_check    (StyreRecordEditor *self,
                                                     StyreRecordCheck   check,
                                                     gpointer           user_data,
                                                     GDestroyNotify     destroy);
gboolean           styre_record_editor_save         (StyreRecordEditor *self);
gboolean           styre_record_editor_get_can_save (StyreRecordEditor *self);

G_END_DECLS
