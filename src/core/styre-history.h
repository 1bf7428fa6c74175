/* styre-history.h — an initiative's audit trail in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-store.h"

G_BEGIN_DECLS

/**
 * StyreHistoryEntry:
 * @audit_id: the audit row
 * @at: when, UTC 'YYYY-MM-DDTHH:MM:SSZ'
 * @when: when, in words for Norway: "12.11.2026 kl. 10.14"
 * @who: the person's display name
 * @text: what they did: "Kari Nordmann changed the phase from Planning to Execution"
 * @details: (nullable): one line per field when several changed at once
 */
typedef struct
{
  gint64   audit_id;
  char    *at;
  char    *when;
  char    *who;
  char    *text;
  char   **details;
} StyreHistoryEntry;

GPtrArray *styre_store_get_initiative_history (StyreStore        *store,
                                               gint64             initiative_id,
                                               guint              max_entries,
                                               GError           **error);
void       styre_history_entry_free           (StyreHistoryEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreHistoryEntry, styre_history_entry_free)

G_END_DECLS
