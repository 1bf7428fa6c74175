/* styre-choices.h — short lists to choose from: people, initiatives, forums, agencies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "styre-store.h"

G_BEGIN_DECLS

typedef enum
{
  STYRE_CHOICE_PERSON,       /* name; job title and agency */
  STYRE_CHOICE_INITIATIVE,   /* code and title; phase */
  STYRE_CHOICE_FORUM,        /* name; default start, minutes and place (see below) */
  STYRE_CHOICE_AGENCY,       /* name; short name */
  STYRE_CHOICE_FOCUS_AREA,   /* name */
} StyreChoiceKind;

/**
 * StyreChoice:
 * @name: what a person picks by: "Kari Nordmann", "SAK-1 Nytt sak-/arkivsystem"
 * @detail: a second line: "Kommunedirektør, Fjordvik kommune"
 * @extra: for forums, "HH:MM|minutes|place"; otherwise %NULL
 */
typedef struct
{
  gint64  id;
  char   *name;
  char   *detail;
  char   *extra;
} StyreChoice;

void        styre_choice_free          (StyreChoice     *choice);
GPtrArray  *styre_store_list_choices   (StyreStore      *store,
                                        StyreChoiceKind  kind,
                                        GError         **error);
StyreChoice *styre_choices_find        (GPtrArray       *choices,
                                        gint64           id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreChoice, styre_choice_free)

G_END_DECLS
