/* styre-gui.h — what the windows and pages of the GUI share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "styre-store.h"
#include "styre-vocabulary.h"

G_BEGIN_DECLS

/* The MIME type of a .styre file (data/io.github.styreapp.Styre.mime.xml.in). */
#define STYRE_MIME_TYPE "application/x-styre"

/* How many recent files the welcome page and the menu offer. */
#define STYRE_N_RECENT_FILES 8

void         styre_gui_init                 (void);
GSettings   *styre_gui_settings_new         (void);
const char  *styre_gui_rag_css_class        (StyreRag     rag);
GtkWidget   *styre_gui_rag_badge_new        (void);
void         styre_gui_rag_badge_set        (GtkWidget   *badge,
                                             StyreRag     rag);
GtkWidget   *styre_gui_cell_label_new       (float        xalign,
                                             int          width_chars,
                                             int          max_width_chars);
void         styre_gui_column_set_sorter    (GtkColumnViewColumn *column,
                                             GCompareDataFunc     compare,
                                             int                  key);
GPtrArray   *styre_gui_list_recent_files    (guint        max);
void         styre_gui_add_recent_file      (GFile       *file);
char        *styre_gui_describe_file        (GFile       *file);
void         styre_gui_show_help            (GtkWindow   *parent);
void         styre_gui_show_help_page       (GtkWindow   *parent,
                                             const char  *page);
GFile       *styre_gui_get_demo_file        (void);
gboolean     styre_gui_is_view_name         (const char  *view);

/**
 * StyreGuiQueryFunc:
 * @store: the open file
 * @data: what the caller passed
 * @error: set when the query fails
 *
 * Reads from @store on a worker thread (STORAGE.md rule 13).
 *
 * Returns: (transfer full) (nullable): the result; %NULL only with @error set
 */
typedef gpointer (*StyreGuiQueryFunc) (StyreStore  *store,
                                       gpointer     data,
                                       GError     **error);

void         styre_gui_query_async          (gpointer             source_object,
                                             StyreStore          *store,
                                             StyreGuiQueryFunc    query,
                                             gpointer             data,
                                             GDestroyNotify       data_free,
                                             GDestroyNotify       result_free,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gpointer     styre_gui_query_finish         (GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
