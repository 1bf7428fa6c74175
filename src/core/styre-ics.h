/* styre-ics.h — a meeting as an iCalendar file for Outlook and other calendars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-agenda.h"

G_BEGIN_DECLS

#define STYRE_ICS_TZID "Europe/Oslo"

char *styre_ics_from_agenda (StyreAgenda  *agenda,
                             const char   *dtstamp_utc,
                             GError      **error);

G_END_DECLS
