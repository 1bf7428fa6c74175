/* styre-save.h — saving one user action from a window, the whole way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-conflict-dialog.h"
#include "styre-window.h"

G_BEGIN_DECLS

void     styre_save_async  (StyreWindow            *window,
                            GPtrArray              *changes,
                            GPtrArray              *bases,
                            StyreConflictLabelFunc  label_func,
                            gpointer                label_data,
                            GCancellable           *cancellable,
                            GAsyncReadyCallback     callback,
                            gpointer                user_data);
gboolean styre_save_finish (GAsyncResult           *result,
                            GError                **error);

G_END_DECLS
