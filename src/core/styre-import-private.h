/* styre-import-private.h — the columns of the initiative sheet, shared by import and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STYRE_IMPORT_NONE = -1,
  STYRE_IMPORT_CODE,
  STYRE_IMPORT_TITLE,
  STYRE_IMPORT_WHAT,
  STYRE_IMPORT_KIND,
  STYRE_IMPORT_METHOD,
  STYRE_IMPORT_PHASE,
  STYRE_IMPORT_LIFECYCLE,
  STYRE_IMPORT_AGENCY,
  STYRE_IMPORT_OWNER,
  STYRE_IMPORT_LEADER,
  STYRE_IMPORT_START,
  STYRE_IMPORT_END,
  STYRE_IMPORT_PARENT,
  STYRE_IMPORT_MERGED,
  STYRE_IMPORT_STRATEGIC,
  STYRE_IMPORT_COMPLEXITY,
  STYRE_IMPORT_STATE_MODEL,
  STYRE_IMPORT_CO_FINANCED,
  STYRE_IMPORT_NATIONAL,
  STYRE_IMPORT_LEGAL_BASIS,
  STYRE_IMPORT_STATUS,
  /* Per year: */
  STYRE_IMPORT_BUDGET,
  STYRE_IMPORT_FORECAST,
  STYRE_IMPORT_ACTUAL,
  STYRE_IMPORT_N_COLUMNS
} StyreImportColumn;

/**
 * StyreImportColumnInfo:
 * @db_column: the initiative's column (or the budget line's, for money)
 * @header: the English header the export writes (translated with the context
 *   "spreadsheet column"); the money headers are followed by the year
 * @names: what spreadsheets call the column, casefolded
 */
typedef struct
{
  const char *db_column;
  const char *header;
  const char *names[16];
} StyreImportColumnInfo;

const StyreImportColumnInfo *styre_import_column_info   (StyreImportColumn column);
char                        *styre_import_column_header (StyreImportColumn column,
                                                         int               year);

G_END_DECLS
