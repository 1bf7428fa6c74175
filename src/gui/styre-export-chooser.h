/* styre-export-chooser.h — File → Export: where to, and as what
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-export.h"
#include "styre-window.h"

G_BEGIN_DECLS

void styre_export_chooser_run (StyreWindow     *window,
                               StyreStore      *store,
                               StyreExportWhat  what);

G_END_DECLS
