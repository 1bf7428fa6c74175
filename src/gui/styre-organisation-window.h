/* styre-organisation-window.h — the file's reference data: agencies, people, strategy,
 * overspend arrangements and competence capacity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "styre-edit.h"
#include "styre-store.h"

G_BEGIN_DECLS

#define STYRE_TYPE_ORGANISATION_WINDOW (styre_organisation_window_get_type ())

G_DECLARE_FINAL_TYPE (StyreOrganisationWindow, styre_organisation_window, STYRE,
                      ORGANISATION_WINDOW, AdwPreferencesWindow)

StyreOrganisationWindow *styre_organisation_window_new    (GtkWindow      *parent,
                                                           StyreStore     *store,
                                                           StyreUndoStack *undo);
gboolean                 styre_organisation_window_get_loaded (StyreOrganisationWindow *self);
GtkWidget               *styre_organisation_window_edit_new (StyreOrganisationWindow *self,
                                                             const char              *table);
GtkWidget               *styre_organisation_window_add_repayment (StyreOrganisationWindow *self,
                                                                  gint64                   arrangement_id);
GtkWidget               *styre_organisation_window_add_capacity (StyreOrganisationWindow *self,
                                                                 gint64                   competence_id);
GtkWidget               *styre_organisation_window_find_row (StyreOrganisationWindow *self,
                                                             const char              *table,
                                                             gint64                   id);

G_END_DECLS
