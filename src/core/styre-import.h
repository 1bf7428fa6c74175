/* styre-import.h — initiatives from a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-store.h"

G_BEGIN_DECLS

typedef enum
{
  STYRE_IMPORT_CREATE,
  STYRE_IMPORT_UPDATE,
  STYRE_IMPORT_UNCHANGED,
} StyreImportAction;

/**
 * StyreImportRow:
 * @line: the line of the file
 * @code: the initiative's code (given, or made up for a new one)
 * @title: its title
 * @action: what the import does with it
 * @changes: (nullable): for an update, one line per field: "Phase: Planning → Execution"
 */
typedef struct
{
  guint               line;
  char               *code;
  char               *title;
  StyreImportAction   action;
  char              **changes;
} StyreImportRow;

typedef struct _StyreImport StyreImport;

StyreImport          *styre_import_prepare        (StyreStore   *store,
                                                   const char   *data,
                                                   gsize         length,
                                                   GError      **error);
void                  styre_import_free           (StyreImport  *self);
guint                 styre_import_get_n_rows     (StyreImport  *self);
const StyreImportRow *styre_import_get_row        (StyreImport  *self,
                                                   guint         index);
GPtrArray            *styre_import_get_problems   (StyreImport  *self);
GPtrArray            *styre_import_get_notes      (StyreImport  *self);
guint                 styre_import_count          (StyreImport  *self,
                                                   StyreImportAction action);
const char           *styre_import_get_format     (StyreImport  *self);
gboolean              styre_import_apply          (StyreImport  *self,
                                                   StyreStore   *store,
                                                   const char   *source_name,
                                                   char        **snapshot_path,
                                                   GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreImport, styre_import_free)

G_END_DECLS
