/* styre-initiative.h — one initiative as the portfolio list shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "styre-vocabulary.h"

G_BEGIN_DECLS

#define STYRE_TYPE_INITIATIVE (styre_initiative_get_type ())

G_DECLARE_FINAL_TYPE (StyreInitiative, styre_initiative, STYRE, INITIATIVE, GObject)

typedef struct
{
  gint64       id;
  gint64       version;
  const char  *code;
  const char  *title;
  const char  *what;
  const char  *kind;
  const char  *method;
  const char  *phase;
  const char  *lifecycle;
  const char  *agency_name;
  const char  *owner_name;
  const char  *overall_rag;     /* latest published report, "grey" when none */
  const char  *previous_rag;    /* the report before it, "grey" when none */
  const char  *last_period;     /* 'YYYY-MM' or NULL */
  gint64       budget;          /* approved this year, or -1 */
  gint64       forecast;        /* forecast this year, or -1 */
  gint64       agency_id;       /* the owning agency */
  const char  *focus_area_ids;  /* "3,5": the focus areas it serves, or NULL */
} StyreInitiativeData;

StyreInitiative *styre_initiative_new            (const StyreInitiativeData *data);
gint64           styre_initiative_get_id         (StyreInitiative *self);
gint64           styre_initiative_get_version    (StyreInitiative *self);
const char      *styre_initiative_get_code       (StyreInitiative *self);
const char      *styre_initiative_get_title      (StyreInitiative *self);
const char      *styre_initiative_get_what       (StyreInitiative *self);
const char      *styre_initiative_get_kind       (StyreInitiative *self);
const char      *styre_initiative_get_method     (StyreInitiative *self);
const char      *styre_initiative_get_phase      (StyreInitiative *self);
const char      *styre_initiative_get_lifecycle  (StyreInitiative *self);
const char      *styre_initiative_get_agency_name (StyreInitiative *self);
const char      *styre_initiative_get_owner_name (StyreInitiative *self);
const char      *styre_initiative_get_overall_rag (StyreInitiative *self);
const char      *styre_initiative_get_previous_rag (StyreInitiative *self);
const char      *styre_initiative_get_last_period (StyreInitiative *self);
gint64           styre_initiative_get_budget     (StyreInitiative *self);
gint64           styre_initiative_get_forecast   (StyreInitiative *self);
int              styre_initiative_get_trend      (StyreInitiative *self);
gint64           styre_initiative_get_agency_id  (StyreInitiative *self);
gboolean         styre_initiative_has_focus_area (StyreInitiative *self,
                                                  gint64           focus_area_id);
const char      *styre_initiative_get_search_key (StyreInitiative *self);
int              styre_initiative_get_word_index (StyreInitiative *self,
                                                  StyreVocabulary  vocabulary);

G_END_DECLS
