/* styre-public.h — the public version of a meeting and of the follow-up list
 *
 * The one code path every public output goes through (STORAGE.md rule 12): an exempt
 * item keeps its case number, "Exempt from public access" and its legal basis, and
 * nothing else.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "styre-agenda.h"

G_BEGIN_DECLS

StyreAgenda *styre_agenda_public_view  (StyreAgenda *agenda);
GListModel  *styre_actions_public_view (GListModel  *actions);
char        *styre_public_exempt_label (const char  *legal_basis);

G_END_DECLS
