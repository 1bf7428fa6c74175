/* styre-agenda-item-editor.h — one agenda item: its case presentation and its minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-meeting-context.h"

G_BEGIN_DECLS

#define STYRE_TYPE_AGENDA_ITEM_EDITOR (styre_agenda_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (StyreAgendaItemEditor, styre_agenda_item_editor, STYRE, AGENDA_ITEM_EDITOR,
                      AdwBin)

void         styre_agenda_item_editor_set_context  (StyreAgendaItemEditor *self,
                                                    StyreMeetingContext   *context,
                                                    gint64                 item_id);
gint64       styre_agenda_item_editor_get_item_id  (StyreAgendaItemEditor *self);
const char  *styre_agenda_item_editor_get_mode     (StyreAgendaItemEditor *self);
void         styre_agenda_item_editor_set_mode     (StyreAgendaItemEditor *self,
                                                    const char            *mode);
void         styre_agenda_item_editor_flush        (StyreAgendaItemEditor *self);
gboolean     styre_agenda_item_editor_has_unsaved  (StyreAgendaItemEditor *self);

G_END_DECLS
