/* styre-save-async.h — saving one user action from a window, the whole way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "styre-conflict-dialog.h"
#include "styre-window.h"

G_BEGIN_DECLS

/**
 * StyreSaveFailureFunc:
 * @retry: whether the person chose Retry
 *
 * What the person chose in the dialog of styre_save_explain_failure().
 */
typedef void (*StyreSaveFailureFunc) (gboolean retry,
                                      gpointer user_data);

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
void     styre_save_explain_failure (StyreWindow          *window,
                                     const GError         *error,
                                     GPtrArray            *pending,
                                     StyreSaveFailureFunc  func,
                                     gpointer              user_data);

G_END_DECLS
