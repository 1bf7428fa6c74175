/* styre-agenda-private.h — what the files of src/core share about agendas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-agenda.h"

G_BEGIN_DECLS

StyreAgenda           *styre_agenda_new               (void);
StyreAgendaItem       *styre_agenda_item_new          (void);
void                   styre_agenda_item_free         (StyreAgendaItem             *item);
gboolean               styre_agenda_read_locked       (StyreStore                  *store,
                                                       StyreAgenda                 *agenda,
                                                       GError                     **error);

gboolean               styre_agenda_bump_sequence_locked (StyreStore           *store,
                                                       StyreChange                 *change,
                                                       GError                     **error);

StyreParticipant      *styre_participant_copy         (const StyreParticipant      *p);
StyreAgendaAction     *styre_agenda_action_copy       (const StyreAgendaAction     *a);
StyreItemInitiative   *styre_item_initiative_copy     (const StyreItemInitiative   *i);
StyreItemView         *styre_item_view_copy           (const StyreItemView         *v);
StyreItemAttachment   *styre_item_attachment_copy     (const StyreItemAttachment   *a);
StyreItemGuest        *styre_item_guest_copy          (const StyreItemGuest        *g);
StyreItemGateDecision *styre_item_gate_decision_copy  (const StyreItemGateDecision *d);

G_END_DECLS
