/* styre-followup-export.h — the follow-up list for Excel: CSV and XLSX
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The columns of an exported follow-up list, in order. */
typedef enum
{
  STYRE_FOLLOWUP_COLUMN_FORUM,
  STYRE_FOLLOWUP_COLUMN_MEETING,
  STYRE_FOLLOWUP_COLUMN_CASE,
  STYRE_FOLLOWUP_COLUMN_ACTION,
  STYRE_FOLLOWUP_COLUMN_OWNER,
  STYRE_FOLLOWUP_COLUMN_DUE,
  STYRE_FOLLOWUP_COLUMN_STATUS,
  STYRE_FOLLOWUP_COLUMN_OVERDUE,
  STYRE_FOLLOWUP_COLUMN_NOTE,
  STYRE_FOLLOWUP_COLUMN_CLOSED,
  STYRE_FOLLOWUP_N_COLUMNS
} StyreFollowupColumn;

const char *styre_followup_column_title (StyreFollowupColumn  column);
char       *styre_followup_cell         (gpointer             action,
                                         StyreFollowupColumn  column);
GListModel *styre_followup_rows         (GListModel          *actions,
                                         gboolean             public_version);

GBytes     *styre_followup_to_csv       (GListModel          *actions,
                                         gboolean             public_version);
gboolean    styre_followup_write_xlsx   (GListModel          *actions,
                                         gboolean             public_version,
                                         const char          *sheet_title,
                                         const char          *path,
                                         GError             **error);

G_END_DECLS
