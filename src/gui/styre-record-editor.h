/* styre-record-editor.h — widgets bound to the columns of one row, saved as you type
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
 * StyreRecordShowFunc:
 * @value: the column's value to show
 *
 * Shows @value in a widget the editor does not know how to fill itself.
 */
typedef void (*StyreRecordShowFunc) (GtkWidget        *widget,
                                     const StyreValue *value,
                                     gpointer          user_data);

/**
 * StyreRecordValidateFunc:
 * @change: what is about to be saved
 *
 * Returns: (transfer full) (nullable): why it cannot be saved yet, or %NULL
 */
typedef char *(*StyreRecordValidateFunc) (StyreChange *change,
                                          StyreRow    *row,
                                          gpointer     user_data);

#define STYRE_TYPE_RECORD_EDITOR (styre_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (StyreRecordEditor, styre_record_editor, STYRE, RECORD_EDITOR, GObject)

StyreRecordEditor *styre_record_editor_new          (const char              *table);
void               styre_record_editor_set_store    (StyreRecordEditor       *self,
                                                     StyreStore              *store);
void               styre_record_editor_set_row      (StyreRecordEditor       *self,
                                                     StyreRow                *row);
StyreRow          *styre_record_editor_get_row      (StyreRecordEditor       *self);
gint64             styre_record_editor_get_id       (StyreRecordEditor       *self);
void               styre_record_editor_set_editable (StyreRecordEditor       *self,
                                                     gboolean                 editable);
gboolean           styre_record_editor_get_editable (StyreRecordEditor       *self);
gboolean           styre_record_editor_has_unsaved  (StyreRecordEditor       *self);
void               styre_record_editor_flush        (StyreRecordEditor       *self);
void               styre_record_editor_set_label_func (StyreRecordEditor     *self,
                                                     StyreConflictLabelFunc   func,
                                                     gpointer                 user_data);
void               styre_record_editor_set_validate (StyreRecordEditor       *self,
                                                     StyreRecordValidateFunc  func,
                                                     gpointer                 user_data);

void               styre_record_editor_bind_entry   (StyreRecordEditor       *self,
                                                     GtkEditable             *editable,
                                                     const char              *column,
                                                     gboolean                 null_if_empty);
void               styre_record_editor_bind_text_view (StyreRecordEditor     *self,
                                                     GtkTextView             *view,
                                                     const char              *column);
void               styre_record_editor_bind_spin    (StyreRecordEditor       *self,
                                                     GtkSpinButton           *spin,
                                                     const char              *column,
                                                     gboolean                 zero_is_null);
void               styre_record_editor_bind_switch  (StyreRecordEditor       *self,
                                                     GtkSwitch               *widget,
                                                     const char              *column);
void               styre_record_editor_bind_drop_down (StyreRecordEditor     *self,
                                                     GtkWidget               *drop_down,
                                                     const char              *column,
                                                     const char * const      *ids);
void               styre_record_editor_bind_id_drop_down (StyreRecordEditor  *self,
                                                     GtkWidget               *drop_down,
                                                     const char              *column,
                                                     GArray                  *ids);
void               styre_record_editor_bind_custom  (StyreRecordEditor       *self,
                                                     GtkWidget               *widget,
                                                     const char              *column,
                                                     StyreRecordShowFunc      show,
                                                     gpointer                 user_data);
void               styre_record_editor_unbind       (StyreRecordEditor       *self,
                                                     GtkWidget               *widget);
void               styre_record_editor_set_value    (StyreRecordEditor       *self,
                                                     const char              *column,
                                                     const StyreValue        *value);
const StyreValue  *styre_record_editor_get_value    (StyreRecordEditor       *self,
                                                     const char              *column);

/* One change saved with the conflict rules: merged when it can be, asked when not. */
void               styre_save_change_async          (GtkWidget               *widget,
                                                     StyreStore              *store,
                                                     StyreChange             *change,
                                                     StyreRow                *base,
                                                     StyreConflictLabelFunc   label_func,
                                                     gpointer                 label_data,
                                                     GAsyncReadyCallback      callback,
                                                     gpointer                 user_data);
StyreChange       *styre_save_change_finish         (GAsyncResult            *result,
                                                     GError                 **error);

G_END_DECLS
