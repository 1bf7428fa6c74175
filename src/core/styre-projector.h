/* styre-projector.h — what the projector shows and the meeting clock, without GTK
 *
 * The state machine behind projector mode: which agenda item is current, what the audience
 * screen shows (the item, the agenda, black, white, one of the item's charts), how long
 * each item has actually taken, when it turns amber and red, the projected end of the
 * meeting, and which exempt items the chair has unlocked. The windows only draw it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "styre-agenda.h"

G_BEGIN_DECLS

/* The audience screen turns amber this many seconds before an item's time is up. */
#define STYRE_PROJECTOR_AMBER_SECONDS 120

typedef enum
{
  STYRE_SCREEN_AGENDA,   /* the agenda with planned times and a marker on the current item */
  STYRE_SCREEN_ITEM,     /* the current item */
  STYRE_SCREEN_CHART,    /* one of the current item's linked charts, large */
  STYRE_SCREEN_BLACK,
  STYRE_SCREEN_WHITE,
} StyreScreen;

typedef enum
{
  STYRE_CLOCK_NONE,      /* no item running, or the item has no planned time */
  STYRE_CLOCK_NORMAL,
  STYRE_CLOCK_AMBER,     /* two minutes or less left */
  STYRE_CLOCK_OVER,      /* over the planned time */
} StyreClockState;

/**
 * StyreProjectorItem:
 * @id: the agenda item's id
 * @planned_minutes: 0 when not planned
 * @exempt: exempt from public access: hidden on the audience screen until unlocked
 * @n_charts: how many linked dashboard views the item has
 */
typedef struct
{
  gint64   id;
  int      planned_minutes;
  gboolean exempt;
  guint    n_charts;
} StyreProjectorItem;

#define STYRE_TYPE_PROJECTOR (styre_projector_get_type ())

G_DECLARE_FINAL_TYPE (StyreProjector, styre_projector, STYRE, PROJECTOR, GObject)

StyreProjector  *styre_projector_new                (const StyreProjectorItem *items,
                                                     guint                     n_items,
                                                     GDateTime                *planned_start);
guint            styre_projector_get_n_items        (StyreProjector *self);
int              styre_projector_get_current        (StyreProjector *self);
StyreScreen      styre_projector_get_screen         (StyreProjector *self);
int              styre_projector_get_chart          (StyreProjector *self);

gboolean         styre_projector_next               (StyreProjector *self,
                                                     GDateTime      *now);
gboolean         styre_projector_previous           (StyreProjector *self,
                                                     GDateTime      *now);
gboolean         styre_projector_go_to              (StyreProjector *self,
                                                     int             index,
                                                     GDateTime      *now);
void             styre_projector_toggle_black       (StyreProjector *self);
void             styre_projector_toggle_white       (StyreProjector *self);
void             styre_projector_toggle_agenda      (StyreProjector *self);
gboolean         styre_projector_show_chart         (StyreProjector *self,
                                                     guint           n);
void             styre_projector_finish             (StyreProjector *self,
                                                     GDateTime      *now);

gboolean         styre_projector_unlock             (StyreProjector *self,
                                                     gint64          item_id);
gboolean         styre_projector_is_visible         (StyreProjector *self,
                                                     int             index);

gint64           styre_projector_get_elapsed_seconds  (StyreProjector *self,
                                                       int             index,
                                                       GDateTime      *now);
gint64           styre_projector_get_remaining_seconds (StyreProjector *self,
                                                        GDateTime      *now);
StyreClockState  styre_projector_get_clock_state    (StyreProjector *self,
                                                     GDateTime      *now);
GDateTime       *styre_projector_get_planned_start_of (StyreProjector *self,
                                                       int             index);
GDateTime       *styre_projector_get_projected_end  (StyreProjector *self,
                                                     GDateTime      *now);
GDateTime       *styre_projector_get_actual_start   (StyreProjector *self,
                                                     int             index);
GDateTime       *styre_projector_get_actual_end     (StyreProjector *self,
                                                     int             index);

void             styre_projector_set_items          (StyreProjector           *self,
                                                     const StyreProjectorItem *items,
                                                     guint                     n_items,
                                                     GDateTime                *planned_start,
                                                     GDateTime                *now);
int              styre_projector_find_item          (StyreProjector *self,
                                                     gint64          item_id);
const StyreProjectorItem *styre_projector_get_item  (StyreProjector *self,
                                                     int             index);
gboolean         styre_projector_is_unlocked        (StyreProjector *self,
                                                     int             index);
GDateTime       *styre_projector_get_planned_start  (StyreProjector *self);

GDateTime       *styre_projector_now                (void);
GDateTime       *styre_projector_to_meeting_time    (GDateTime      *dt);
StyreProjector  *styre_projector_new_for_agenda     (StyreAgenda    *agenda);
void             styre_projector_update_from_agenda (StyreProjector *self,
                                                     StyreAgenda    *agenda,
                                                     GDateTime      *now);

void             styre_projector_resume_after       (StyreProjector *self,
                                                     int             index);
void             styre_projector_restore_times      (StyreProjector *self,
                                                     int             index,
                                                     GDateTime      *start,
                                                     GDateTime      *end);

/**
 * StyreProjectorTimes:
 * @item_id: the agenda item
 * @start: (nullable): when it was first shown
 * @end: (nullable): when it was last left; %NULL while it is current
 *
 * An item's actual start and end as the minutes are to record them.
 */
typedef struct
{
  gint64     item_id;
  GDateTime *start;
  GDateTime *end;
} StyreProjectorTimes;

void             styre_projector_times_free         (StyreProjectorTimes *times);
GPtrArray       *styre_projector_take_unrecorded    (StyreProjector *self);

void             styre_projector_set_chart_continues (StyreProjector *self,
                                                      guint           next_first_row);
guint            styre_projector_get_chart_first_row (StyreProjector *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreProjectorTimes, styre_projector_times_free)

G_END_DECLS
