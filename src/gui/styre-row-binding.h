/* styre-row-binding.h — widgets bound to the columns of one row, saved as you type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "styre-change.h"
#include "styre-conflict-dialog.h"
#include "styre-row.h"
#include "styre-store.h"

G_BEGIN_DECLS

/**
 * StyreRowBindingShowFunc:
 * @value: the column's value to show
 *
 * Shows @value in a widget the editor does not know how to fill itself.
 */
typedef void (*StyreRowBindingShowFunc) (GtkWidget        *widget,
                                         const StyreValue *value,
                                         gpointer          user_data);

/**
 * StyreRowBindingValidateFunc:
 * @change: what is about to be saved
 *
 * Returns: (transfer full) (nullable): why it cannot be saved yet, or %NULL
 */
typedef char *(*StyreRowBindingValidateFunc) (StyreChange *change,
                                              StyreRow    *row,
                                              gpointer     user_data);

#define STYRE_TYPE_ROW_BINDING (styre_row_binding_get_type ())

G_DECLARE_FINAL_TYPE (StyreRowBinding, styre_row_binding, STYRE, ROW_BINDING, GObject)

StyreRowBinding   *styre_row_binding_new                    (const char                  *table);
void               styre_row_binding_set_store              (StyreRowBinding             *self,
                                                             StyreStore                  *store);
void               styre_row_binding_set_row                (StyreRowBinding             *self,
                                                             StyreRow                    *row);
StyreRow          *styre_row_binding_get_row                (StyreRowBinding             *self);
gint64             styre_row_binding_get_id                 (StyreRowBinding             *self);
void               styre_row_binding_set_editable           (StyreRowBinding             *self,
                                                             gboolean                     editable);
gboolean           styre_row_binding_get_editable           (StyreRowBinding             *self);
gboolean           styre_row_binding_has_unsaved            (StyreRowBinding             *self);
void               styre_row_binding_flush                  (StyreRowBinding             *self);
void               styre_row_binding_set_undo_label         (StyreRowBinding             *self,
                                                             const char                  *label);
void               styre_row_binding_set_label_func         (StyreRowBinding             *self,
                                                             StyreConflictLabelFunc       func,
                                                             gpointer                     user_data);
void               styre_row_binding_set_validate           (StyreRowBinding             *self,
                                                             StyreRowBindingValidateFunc  func,
                                                             gpointer                     user_data);

void               styre_row_binding_bind_entry             (StyreRowBinding             *self,
                                                             GtkEditable                 *editable,
                                                             const char                  *column,
                                                             gboolean                     null_if_empty);
void               styre_row_binding_bind_text_view         (StyreRowBinding             *self,
                                                             GtkTextView                 *view,
                                                             const char                  *column);
void               styre_row_binding_bind_spin              (StyreRowBinding             *self,
                                                             GtkSpinButton               *spin,
                                                             const char                  *column,
                                                             gboolean                     zero_is_null);
void               styre_row_binding_bind_switch            (StyreRowBinding             *self,
                                                             GtkSwitch                   *widget,
                                                             const char                  *column);
void               styre_row_binding_bind_drop_down         (StyreRowBinding             *self,
                                                             GtkWidget                   *drop_down,
                                                             const char                  *column,
                                                             const char * const          *ids);
void               styre_row_binding_bind_id_drop_down      (StyreRowBinding             *self,
                                                             GtkWidget                   *drop_down,
                                                             const char                  *column,
                                                             GArray                      *ids);
void               styre_row_binding_bind_custom            (StyreRowBinding             *self,
                                                             GtkWidget                   *widget,
                                                             const char                  *column,
                                                             StyreRowBindingShowFunc      show,
                                                             gpointer                     user_data);
void               styre_row_binding_unbind                 (StyreRowBinding             *self,
                                                             GtkWidget                   *widget);
void               styre_row_binding_set_value              (StyreRowBinding             *self,
                                                             const char                  *column,
                                                             const StyreValue            *value);
const StyreValue  *styre_row_binding_get_value              (StyreRowBinding             *self,
                                                             const char                  *column);

/* One change saved with the conflict rules: merged when it can be, asked when not. */
void               styre_save_change_async                  (GtkWidget                   *widget,
                                                             StyreStore                  *store,
                                                             StyreChange                 *change,
                                                             StyreRow                    *base,
                                                             StyreConflictLabelFunc       label_func,
                                                             gpointer                     label_data,
                                                             GAsyncReadyCallback          callback,
                                                             gpointer                     user_data);
StyreChange       *styre_save_change_finish                 (GAsyncResult                *result,
                                                             GError                     **error);

G_END_DECLS
