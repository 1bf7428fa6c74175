/* styre-options.h — short lists to choose from: people, initiatives, forums, agencies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "styre-store.h"

G_BEGIN_DECLS

typedef enum
{
  STYRE_OPTION_PERSON,       /* name; job title and agency */
  STYRE_OPTION_INITIATIVE,   /* code and title; phase */
  STYRE_OPTION_FORUM,        /* name; default start, minutes and place (see below) */
  STYRE_OPTION_AGENCY,       /* name; short name */
  STYRE_OPTION_FOCUS_AREA,   /* name */
} StyreOptionKind;

/**
 * StyreOption:
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
} StyreOption;

void        styre_option_free          (StyreOption     *choice);
GPtrArray  *styre_store_list_options   (StyreStore      *store,
                                        StyreOptionKind  kind,
                                        GError         **error);
StyreOption *styre_options_find        (GPtrArray       *choices,
                                        gint64           id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreOption, styre_option_free)

G_END_DECLS
