/* styre-document-meeting.h — a meeting's documents: notice, minutes, board pack; the
 * follow-up list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "styre-agenda.h"
#include "styre-document.h"

G_BEGIN_DECLS

typedef enum
{
  STYRE_MEETING_DOCUMENT_NOTICE,               /* innkalling og saksliste */
  STYRE_MEETING_DOCUMENT_NOTICE_WITH_CASES,    /* … with each item's saksframlegg */
  STYRE_MEETING_DOCUMENT_MINUTES,              /* protokoll */
  STYRE_MEETING_DOCUMENT_BOARD_PACK,           /* notice, saksframlegg and the charts */
} StyreMeetingDocument;

StyreDocument *styre_document_new_for_meeting  (StyreAgenda          *agenda,
                                                StyreMeetingDocument  kind,
                                                gboolean              public_version);
StyreDocument *styre_document_new_for_followup (GListModel           *actions,
                                                const char           *organisation,
                                                const char           *today,
                                                gboolean              public_version);
const char    *styre_meeting_document_id       (StyreMeetingDocument  kind);

G_END_DECLS
