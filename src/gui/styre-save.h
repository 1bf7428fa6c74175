/* styre-save.h — saving a person's action the whole way: busy, conflicts, failures, undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "styre-edit.h"
#include "styre-store.h"

G_BEGIN_DECLS

/**
 * StyreSaveFunc:
 * @store: the open file
 * @data: what the caller passed
 *
 * Saves one user action in one transaction, on a worker thread; a core rule such as
 * styre_store_apply_with_retry() or styre_store_send_notice().
 *
 * Returns: whether it was saved; %FALSE with a %STYRE_ERROR
 */
typedef gboolean (*StyreSaveFunc) (StyreStore  *store,
                                   gpointer     data,
                                   GError     **error);

/**
 * StyreSaveFailureFunc:
 * @retry: whether the person chose Retry
 *
 * What the person chose in the dialog of styre_save_explain_failure().
 */
typedef void (*StyreSaveFailureFunc) (gboolean retry,
                                      gpointer user_data);

void      styre_gui_write_async       (gpointer              source_object,
                                       StyreStore           *store,
                                       StyreSaveFunc         save,
                                       gpointer              data,
                                       GDestroyNotify        data_free,
                                       GPtrArray            *pending,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean  styre_gui_write_finish      (GAsyncResult         *result,
                                       GError              **error);

void      styre_gui_apply_async       (gpointer              source_object,
                                       StyreStore           *store,
                                       GPtrArray            *changes,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean  styre_gui_apply_finish      (GAsyncResult         *result,
                                       GError              **error);

gboolean  styre_save_error_is_explained (const GError      *error);
void      styre_save_explain_failure  (GtkWidget            *widget,
                                       const GError         *error,
                                       GPtrArray            *pending,
                                       StyreSaveFailureFunc  func,
                                       gpointer              user_data);

typedef enum
{
  STYRE_SAVE_EDIT,   /* a new action: on the undo stack when saved */
  STYRE_SAVE_UNDO,   /* the inverse of the stack's last action */
  STYRE_SAVE_REDO,   /* the inverse of the stack's last undone action */
} StyreSaveMode;

/**
 * StyreSaveDone:
 * @saved: whether the edit is in the file
 * @error: (nullable): why not; %NULL when the person chose to keep editing after a
 *   conflict
 */
typedef void (*StyreSaveDone) (gboolean      saved,
                               const GError *error,
                               gpointer      user_data);

void  styre_gui_save_edit   (GtkWindow      *parent,
                             StyreStore     *store,
                             StyreUndoStack *undo,
                             StyreEdit      *edit,
                             StyreSaveMode   mode,
                             StyreSaveDone   done,
                             gpointer        user_data);
char *styre_gui_describe_value (const char       *table,
                                const char       *column,
                                const StyreValue *value,
                                GHashTable       *names);

G_END_DECLS
