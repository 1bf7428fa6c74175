/* styre-window.h — a window with one .styre file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-edit.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_WINDOW (styre_window_get_type ())

G_DECLARE_FINAL_TYPE (StyreWindow, styre_window, STYRE, WINDOW, AdwApplicationWindow)

/**
 * StyreOpenMode:
 * @STYRE_OPEN_MODE_OPEN: open an existing file
 * @STYRE_OPEN_MODE_REOPEN: open the file of the last session; if it is gone, stay quiet
 * @STYRE_OPEN_MODE_DEMO: open the demo, creating it the first time
 * @STYRE_OPEN_MODE_READ_ONLY: open an existing file to look at only (a snapshot)
 *
 * How styre_window_open() gets its file.
 */
typedef enum
{
  STYRE_OPEN_MODE_OPEN,
  STYRE_OPEN_MODE_REOPEN,
  STYRE_OPEN_MODE_DEMO,
  STYRE_OPEN_MODE_READ_ONLY,
} StyreOpenMode;

StyreWindow *styre_window_new                 (GtkApplication *application);
void         styre_window_open                (StyreWindow    *self,
                                               GFile          *file,
                                               StyreOpenMode   mode);
void         styre_window_create              (StyreWindow    *self,
                                               GFile          *file,
                                               const char     *organisation_name);
void         styre_window_present_when_loaded (StyreWindow    *self,
                                               guint           max_delay_ms);
void         styre_window_choose_file_to_open (StyreWindow    *self);
void         styre_window_choose_new_file     (StyreWindow    *self);
StyreStore  *styre_window_get_store           (StyreWindow    *self);
GFile       *styre_window_get_file            (StyreWindow    *self);
gboolean     styre_window_get_loading         (StyreWindow    *self);
gboolean     styre_window_is_empty            (StyreWindow    *self);
const char  *styre_window_get_view            (StyreWindow    *self);
gboolean     styre_window_set_view            (StyreWindow    *self,
                                               const char     *view);
GtkWidget   *styre_window_get_page            (StyreWindow    *self,
                                               const char     *view);
StyreUndoStack *styre_window_get_undo_stack   (StyreWindow    *self);
void         styre_window_add_toast           (StyreWindow    *self,
                                               AdwToast       *toast);
gboolean     styre_window_get_read_only       (StyreWindow    *self);
void         styre_window_set_editing         (StyreWindow    *self,
                                               const char     *table,
                                               gint64          row_id,
                                               const char     *label);
StyreWindow *styre_window_find                (GtkWidget      *widget);
void         styre_window_track_editing       (GtkWidget      *editor,
                                               const char     *table,
                                               gint64          row_id,
                                               const char     *label);
void         styre_window_save_copy           (StyreWindow    *self,
                                               GPtrArray      *pending);
void         styre_window_open_last_snapshot  (StyreWindow    *self);
void         styre_window_wait_for_closed_files (guint        timeout_ms);

G_END_DECLS
