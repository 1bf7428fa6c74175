/* styre-status-editor.h — writing, saving and publishing a status report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-detail.h"
#include "styre-edit.h"
#include "styre-store.h"
#include "styre-vocabulary.h"

G_BEGIN_DECLS

#define STYRE_TYPE_STATUS_EDITOR (styre_status_editor_get_type ())

G_DECLARE_FINAL_TYPE (StyreStatusEditor, styre_status_editor, STYRE, STATUS_EDITOR, AdwWindow)

StyreStatusEditor *styre_status_editor_new            (GtkWindow             *parent,
                                                       StyreStore            *store,
                                                       StyreUndoStack        *undo,
                                                       StyreInitiativeDetail *detail,
                                                       const StyreRow        *report);
const char        *styre_status_editor_get_period     (StyreStatusEditor     *self);
gboolean           styre_status_editor_get_ready      (StyreStatusEditor     *self);
void               styre_status_editor_set_rag        (StyreStatusEditor     *self,
                                                       const char            *dimension,
                                                       StyreRag               rag);
StyreRag           styre_status_editor_get_rag        (StyreStatusEditor     *self,
                                                       const char            *dimension);
gboolean           styre_status_editor_get_suggestion (StyreStatusEditor     *self,
                                                       const char            *dimension,
                                                       StyreRag              *rag);
void               styre_status_editor_set_reason     (StyreStatusEditor     *self,
                                                       const char            *dimension,
                                                       const char            *reason);
void               styre_status_editor_set_text       (StyreStatusEditor     *self,
                                                       const char            *column,
                                                       const char            *text);
const char        *styre_status_editor_get_problem    (StyreStatusEditor     *self,
                                                       const char            *dimension);
gboolean           styre_status_editor_save           (StyreStatusEditor     *self,
                                                       gboolean               publish);

G_END_DECLS
