/* styre-export.h — initiatives, status reports and the follow-up list as CSV and XLSX
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-store.h"

G_BEGIN_DECLS

typedef enum
{
  STYRE_EXPORT_INITIATIVES,
  STYRE_EXPORT_STATUS,
  STYRE_EXPORT_ACTIONS,
} StyreExportWhat;

typedef enum
{
  STYRE_EXPORT_CSV,
  STYRE_EXPORT_XLSX,
} StyreExportFormat;

gboolean           styre_export_what_from_name   (const char         *name,
                                                  StyreExportWhat    *what);
const char        *styre_export_what_to_name     (StyreExportWhat     what);
StyreExportFormat  styre_export_format_for_path  (const char         *path);
char              *styre_export_suggest_name     (StyreStore         *store,
                                                  StyreExportWhat     what,
                                                  StyreExportFormat   format);
gboolean           styre_store_export            (StyreStore         *store,
                                                  StyreExportWhat     what,
                                                  StyreExportFormat   format,
                                                  const char         *path,
                                                  guint              *n_rows,
                                                  GError            **error);

G_END_DECLS
