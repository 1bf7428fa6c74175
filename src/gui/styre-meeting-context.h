/* styre-meeting-context.h — what the meeting editors read at once: the agenda, its rows
 * as the editors' starting points, and the lists to choose from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-agenda.h"
#include "styre-options.h"
#include "styre-store.h"
#include "styre-vocabulary.h"

G_BEGIN_DECLS

typedef struct
{
  StyreStore  *store;
  StyreAgenda *agenda;
  StyreRow    *meeting_row;
  GHashTable  *item_rows;        /* item id (gint64*) → StyreRow */
  GPtrArray   *people;           /* of StyreOption */
  GPtrArray   *initiatives;
  GPtrArray   *agencies;
  GPtrArray   *focus_areas;
  GPtrArray   *changes;          /* of StyreAgendaChangeNote, since the notice */
  char        *today;
  gboolean     read_only;        /* the file cannot be written */
} StyreMeetingContext;

#define STYRE_TYPE_MEETING_CONTEXT (styre_meeting_context_get_type ())

GType                styre_meeting_context_get_type (void) G_GNUC_CONST;
StyreMeetingContext *styre_meeting_context_ref      (StyreMeetingContext *self);
void                 styre_meeting_context_unref    (StyreMeetingContext *self);
StyreRow            *styre_meeting_context_get_item_row (StyreMeetingContext *self,
                                                     gint64               item_id);
gboolean             styre_meeting_context_can_edit (StyreMeetingContext *self);

void                 styre_meeting_context_load_async  (gpointer             source_object,
                                                        StyreStore          *store,
                                                        gint64               meeting_id,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
StyreMeetingContext *styre_meeting_context_load_finish (GAsyncResult        *result,
                                                        GError             **error);

/**
 * StyreMeetingOp:
 *
 * One user action that a core rule saves (send the notice, mark as held …); runs on a
 * worker thread.
 */
typedef gboolean (*StyreMeetingOp) (StyreStore  *store,
                                    gpointer     data,
                                    GError     **error);

void                 styre_meeting_run_async        (gpointer             source_object,
                                                     StyreStore          *store,
                                                     StyreMeetingOp       op,
                                                     gpointer             data,
                                                     GDestroyNotify       data_free,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean             styre_meeting_run_finish       (GAsyncResult        *result,
                                                     GError             **error);

GtkStringList       *styre_options_string_list      (GPtrArray           *choices,
                                                     const char          *none_label,
                                                     GArray             **ids);
GtkStringList       *styre_vocabulary_string_list   (StyreVocabulary      vocabulary);
void                 styre_meeting_toast            (GtkWidget           *widget,
                                                     const char          *message);
char                *styre_meeting_label_column     (const char          *column,
                                                     const StyreValue    *value,
                                                     gpointer             user_data);

typedef void (*StyreChosenFunc) (gpointer user_data,
                                 gint64   id);

GtkWidget           *styre_meeting_chooser_button   (const char          *label,
                                                     GPtrArray           *choices,
                                                     StyreChosenFunc      chosen,
                                                     gpointer             user_data,
                                                     gboolean             sensitive,
                                                     StyreStore          *new_people);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreMeetingContext, styre_meeting_context_unref)

G_END_DECLS
