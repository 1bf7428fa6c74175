/* styre-document-export.h — saving and printing documents from the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "styre-agenda.h"
#include "styre-document-meeting.h"
#include "styre-store.h"

G_BEGIN_DECLS

void styre_export_meeting_document (GtkWidget            *parent,
                                    StyreStore           *store,
                                    StyreAgenda          *agenda,
                                    StyreMeetingDocument  kind,
                                    gboolean              public_version);
void styre_export_meeting_ics      (GtkWidget            *parent,
                                    StyreStore           *store,
                                    StyreAgenda          *agenda);
void styre_export_followup         (GtkWidget            *parent,
                                    StyreStore           *store,
                                    GListModel           *actions,
                                    const char           *format,
                                    gboolean              public_version);
void styre_print_document          (GtkWidget            *parent,
                                    StyreStore           *store,
                                    StyreDocument        *document,
                                    const char           *table,
                                    gint64                row_id,
                                    const char           *document_id,
                                    gboolean              public_version);

G_END_DECLS
