/* styre-import-dialog.h — File → Import: what a spreadsheet would change, then change it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-import.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_IMPORT_DIALOG (styre_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (StyreImportDialog, styre_import_dialog, STYRE, IMPORT_DIALOG, AdwWindow)

StyreImportDialog *styre_import_dialog_new         (GtkWindow         *parent,
                                                    StyreStore        *store,
                                                    GFile             *file);
void               styre_import_dialog_choose_file (GtkWindow         *parent,
                                                    StyreStore        *store);
StyreImport       *styre_import_dialog_get_plan    (StyreImportDialog *self);

G_END_DECLS
