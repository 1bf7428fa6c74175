/* styre-projector.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-projector.h"

typedef struct
{
  StyreProjectorItem  item;
  GDateTime          *first_shown;   /* actual start: when the item was first current */
  GDateTime          *last_left;     /* actual end: when it was last left */
  GDateTime          *shown_since;   /* while current */
  gint64              elapsed_us;    /* time it was current before shown_since */
  gboolean            unlocked;
  gboolean            unrecorded;    /* its start or end changed since the minutes got them */
} Slot;

struct _StyreProjector
{
  GObject      parent_instance;

  GArray      *slots;           /* of Slot */
  GDateTime   *planned_start;
  int          current;         /* -1 before the first item, n_items after the last */
  StyreScreen  screen;
  StyreScreen  screen_before_blank;
  int          chart;           /* with STYRE_SCREEN_CHART: which chart, from 0 */
  guint        chart_first_row; /* a long chart shown from this row on */
  guint        chart_continues; /* where its next page starts; 0 when it all fitted */
  GArray      *chart_pages;     /* of guint: the first rows of the pages before */
};

G_DEFINE_FINAL_TYPE (StyreProjector, styre_projector, G_TYPE_OBJECT)

static GTimeZone *meeting_zone (void);

enum {
  PROP_0,
  PROP_CURRENT,
  PROP_SCREEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slot_clear (gpointer data)
{
  Slot *slot = data;

  g_clear_pointer (&slot->first_shown, g_date_time_unref);
  g_clear_pointer (&slot->last_left, g_date_time_unref);
  g_clear_pointer (&slot->shown_since, g_date_time_unref);
}

static void
styre_projector_finalize (GObject *object)
{
  StyreProjector *self = (StyreProjector *)object;

  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->planned_start, g_date_time_unref);
  g_clear_pointer (&self->chart_pages, g_array_unref);

  G_OBJECT_CLASS (styre_projector_parent_class)->finalize (object);
}

static void
styre_projector_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StyreProjector *self = STYRE_PROJECTOR (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_int (value, self->current);
      break;
    case PROP_SCREEN:
      g_value_set_int (value, self->screen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
styre_projector_class_init (StyreProjectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = styre_projector_finalize;
  object_class->get_property = styre_projector_get_property;

  properties[PROP_CURRENT] =
    g_param_spec_int ("current", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCREEN] =
    g_param_spec_int ("screen", NULL, NULL, STYRE_SCREEN_AGENDA, STYRE_SCREEN_WHITE,
                      STYRE_SCREEN_AGENDA,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
styre_projector_init (StyreProjector *self)
{
  self->slots = g_array_new (FALSE, TRUE, sizeof (Slot));
  g_array_set_clear_func (self->slots, slot_clear);
  self->chart_pages = g_array_new (FALSE, FALSE, sizeof (guint));
  self->current = -1;
  self->screen = STYRE_SCREEN_AGENDA;
  self->screen_before_blank = STYRE_SCREEN_AGENDA;
}

static Slot *
slot_at (StyreProjector *self,
         int             index)
{
  if (index < 0 || index >= (int) self->slots->len)
    return NULL;
  return &g_array_index (self->slots, Slot, index);
}

static void
set_screen (StyreProjector *self,
            StyreScreen     screen)
{
  if (self->screen == screen)
    return;
  self->screen = screen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN]);
}

/* A chart starts again on its first page. */
static void
reset_chart_pages (StyreProjector *self)
{
  self->chart_first_row = 0;
  self->chart_continues = 0;
  g_array_set_size (self->chart_pages, 0);
}

/* The item stops being current: its time so far is banked and its end moves to now. */
static void
leave_current (StyreProjector *self,
               GDateTime      *now)
{
  Slot *slot = slot_at (self, self->current);

  if (slot == NULL || slot->shown_since == NULL)
    return;
  slot->elapsed_us += MAX (0, g_date_time_difference (now, slot->shown_since));
  g_clear_pointer (&slot->shown_since, g_date_time_unref);
  g_clear_pointer (&slot->last_left, g_date_time_unref);
  slot->last_left = g_date_time_ref (now);
  slot->unrecorded = TRUE;
}

static void
enter (StyreProjector *self,
       int             index,
       GDateTime      *now)
{
  Slot *slot = slot_at (self, index);

  self->current = index;
  self->chart = 0;
  reset_chart_pages (self);
  if (slot != NULL)
    {
      if (slot->first_shown == NULL)
        {
          slot->first_shown = g_date_time_ref (now);
          slot->unrecorded = TRUE;
        }
      slot->shown_since = g_date_time_ref (now);
      /* Current again: the item has not ended (yet). */
      g_clear_pointer (&slot->last_left, g_date_time_unref);
      set_screen (self, STYRE_SCREEN_ITEM);
    }
  else
    set_screen (self, STYRE_SCREEN_AGENDA);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

/**
 * styre_projector_new:
 * @items: (array length=n_items): the agenda in order
 * @planned_start: when the meeting is planned to start (for the planned times)
 *
 * Starts before the first item, with the agenda on the audience screen.
 */
StyreProjector *
styre_projector_new (const StyreProjectorItem *items,
                     guint                     n_items,
                     GDateTime                *planned_start)
{
  StyreProjector *self;

  g_return_val_if_fail (n_items == 0 || items != NULL, NULL);
  g_return_val_if_fail (planned_start != NULL, NULL);

  self = g_object_new (STYRE_TYPE_PROJECTOR, NULL);
  self->planned_start = g_date_time_ref (planned_start);
  for (guint i = 0; i < n_items; i++)
    {
      Slot slot = { .item = items[i] };
      g_array_append_val (self->slots, slot);
    }
  return self;
}

guint
styre_projector_get_n_items (StyreProjector *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), 0);
  return self->slots->len;
}

/**
 * styre_projector_get_current:
 *
 * Returns: the current item's index; -1 before the first, n_items after the last
 */
int
styre_projector_get_current (StyreProjector *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), -1);
  return self->current;
}

StyreScreen
styre_projector_get_screen (StyreProjector *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), STYRE_SCREEN_AGENDA);
  return self->screen;
}

int
styre_projector_get_chart (StyreProjector *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), 0);
  return self->chart;
}

/**
 * styre_projector_go_to:
 * @index: -1 (before the first item) … n_items (after the last)
 *
 * Makes @index current: the item being left gets its actual end, the new one its actual
 * start the first time it is shown.
 *
 * Returns: whether anything changed
 */
gboolean
styre_projector_go_to (StyreProjector *self,
                       int             index,
                       GDateTime      *now)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  index = CLAMP (index, -1, (int) self->slots->len);
  if (index == self->current)
    {
      /* Same item: a blank or chart screen goes back to it. */
      if (slot_at (self, index) != NULL && self->screen != STYRE_SCREEN_ITEM)
        {
          set_screen (self, STYRE_SCREEN_ITEM);
          return TRUE;
        }
      return FALSE;
    }
  leave_current (self, now);
  enter (self, index, now);
  return TRUE;
}

/* From a blank or chart screen, Next and Previous first go back to the item itself. */
static gboolean
back_to_item (StyreProjector *self)
{
  if (slot_at (self, self->current) == NULL || self->screen == STYRE_SCREEN_ITEM
      || self->screen == STYRE_SCREEN_AGENDA)
    return FALSE;
  reset_chart_pages (self);
  set_screen (self, STYRE_SCREEN_ITEM);
  return TRUE;
}

/* On a long chart, Next shows its next page and Previous the page before. */
static gboolean
turn_chart_page (StyreProjector *self,
                 gboolean        forward)
{
  if (self->screen != STYRE_SCREEN_CHART)
    return FALSE;
  if (forward)
    {
      if (self->chart_continues == 0)
        return FALSE;
      g_array_append_val (self->chart_pages, self->chart_first_row);
      self->chart_first_row = self->chart_continues;
    }
  else
    {
      if (self->chart_pages->len == 0)
        return FALSE;
      self->chart_first_row = g_array_index (self->chart_pages, guint, self->chart_pages->len - 1);
      g_array_set_size (self->chart_pages, self->chart_pages->len - 1);
    }
  self->chart_continues = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN]);
  return TRUE;
}

/**
 * styre_projector_next:
 *
 * Page Down, Right, Space, Enter: on a long chart its next page; from a blank or chart
 * screen back to the item; otherwise the next item (after the last, the agenda as a
 * closing screen).
 */
gboolean
styre_projector_next (StyreProjector *self,
                      GDateTime      *now)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), FALSE);

  if (turn_chart_page (self, TRUE) || back_to_item (self))
    return TRUE;
  if (self->current >= (int) self->slots->len)
    return FALSE;
  return styre_projector_go_to (self, self->current + 1, now);
}

/**
 * styre_projector_previous:
 *
 * Page Up, Left, Backspace: on a long chart its page before; from a blank or chart screen
 * back to the item; otherwise the item before.
 */
gboolean
styre_projector_previous (StyreProjector *self,
                          GDateTime      *now)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), FALSE);

  if (turn_chart_page (self, FALSE) || back_to_item (self))
    return TRUE;
  if (self->current < 0)
    return FALSE;
  return styre_projector_go_to (self, self->current - 1, now);
}

static void
toggle_blank (StyreProjector *self,
              StyreScreen     blank)
{
  if (self->screen == blank)
    set_screen (self, self->screen_before_blank);
  else
    {
      if (self->screen != STYRE_SCREEN_BLACK && self->screen != STYRE_SCREEN_WHITE)
        self->screen_before_blank = self->screen;
      set_screen (self, blank);
    }
}

/* B or ".": black screen, and back. The clock keeps running. */
void
styre_projector_toggle_black (StyreProjector *self)
{
  g_return_if_fail (STYRE_IS_PROJECTOR (self));
  toggle_blank (self, STYRE_SCREEN_BLACK);
}

/* W: white screen, and back. */
void
styre_projector_toggle_white (StyreProjector *self)
{
  g_return_if_fail (STYRE_IS_PROJECTOR (self));
  toggle_blank (self, STYRE_SCREEN_WHITE);
}

/* A: the agenda, and back to the item. */
void
styre_projector_toggle_agenda (StyreProjector *self)
{
  g_return_if_fail (STYRE_IS_PROJECTOR (self));

  if (self->screen == STYRE_SCREEN_AGENDA && slot_at (self, self->current) != NULL)
    set_screen (self, STYRE_SCREEN_ITEM);
  else
    set_screen (self, STYRE_SCREEN_AGENDA);
}

/**
 * styre_projector_show_chart:
 * @n: 1 … 9, the key pressed
 *
 * Returns: %FALSE when the current item has no chart @n (nothing changes)
 */
gboolean
styre_projector_show_chart (StyreProjector *self,
                            guint           n)
{
  Slot *slot;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), FALSE);

  slot = slot_at (self, self->current);
  if (slot == NULL || n < 1 || n > slot->item.n_charts)
    return FALSE;
  /* An exempt item's charts stay hidden like the rest of it. */
  if (!styre_projector_is_visible (self, self->current))
    return FALSE;
  self->chart = (int) n - 1;
  reset_chart_pages (self);
  set_screen (self, STYRE_SCREEN_CHART);
  /* The same screen with another chart is still a change the windows must draw. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN]);
  return TRUE;
}

/* Leaves projector mode: the current item ends now. */
void
styre_projector_finish (StyreProjector *self,
                        GDateTime      *now)
{
  g_return_if_fail (STYRE_IS_PROJECTOR (self));
  leave_current (self, now);
}

/**
 * styre_projector_unlock:
 *
 * The chair's deliberate choice to show an exempt item on the audience screen (the
 * caller confirms it and writes the audit row).
 *
 * Returns: whether the item was locked before
 */
gboolean
styre_projector_unlock (StyreProjector *self,
                        gint64          item_id)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), FALSE);

  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = &g_array_index (self->slots, Slot, i);
      if (slot->item.id == item_id && slot->item.exempt && !slot->unlocked)
        {
          slot->unlocked = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN]);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * styre_projector_is_visible:
 *
 * Returns: whether the audience may see item @index's content; an exempt item shows only
 *   "Unntatt offentlighet — offl. § …" until unlocked
 */
gboolean
styre_projector_is_visible (StyreProjector *self,
                            int             index)
{
  Slot *slot;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), FALSE);

  slot = slot_at (self, index);
  return slot != NULL && (!slot->item.exempt || slot->unlocked);
}

/* Seconds item @index has been current, in all. */
gint64
styre_projector_get_elapsed_seconds (StyreProjector *self,
                                     int             index,
                                     GDateTime      *now)
{
  Slot *slot;
  gint64 us;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), 0);

  slot = slot_at (self, index);
  if (slot == NULL)
    return 0;
  us = slot->elapsed_us;
  if (slot->shown_since != NULL && now != NULL)
    us += MAX (0, g_date_time_difference (now, slot->shown_since));
  return us / G_USEC_PER_SEC;
}

/**
 * styre_projector_get_remaining_seconds:
 *
 * Returns: the current item's planned time left; negative when over, 0 without an item
 */
gint64
styre_projector_get_remaining_seconds (StyreProjector *self,
                                       GDateTime      *now)
{
  Slot *slot;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), 0);

  slot = slot_at (self, self->current);
  if (slot == NULL || slot->item.planned_minutes <= 0)
    return 0;
  return (gint64) slot->item.planned_minutes * 60
         - styre_projector_get_elapsed_seconds (self, self->current, now);
}

StyreClockState
styre_projector_get_clock_state (StyreProjector *self,
                                 GDateTime      *now)
{
  Slot *slot;
  gint64 remaining;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), STYRE_CLOCK_NONE);

  slot = slot_at (self, self->current);
  if (slot == NULL || slot->item.planned_minutes <= 0)
    return STYRE_CLOCK_NONE;
  remaining = styre_projector_get_remaining_seconds (self, now);
  if (remaining < 0)
    return STYRE_CLOCK_OVER;
  if (remaining <= STYRE_PROJECTOR_AMBER_SECONDS)
    return STYRE_CLOCK_AMBER;
  return STYRE_CLOCK_NORMAL;
}

/**
 * styre_projector_get_planned_start_of:
 *
 * Returns: (transfer full): when item @index is planned to start: the meeting's start
 *   plus the planned minutes of the items before it
 */
GDateTime *
styre_projector_get_planned_start_of (StyreProjector *self,
                                      int             index)
{
  gint64 minutes = 0;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), NULL);

  index = CLAMP (index, 0, (int) self->slots->len);
  for (int i = 0; i < index; i++)
    minutes += MAX (0, g_array_index (self->slots, Slot, i).item.planned_minutes);
  return g_date_time_add_minutes (self->planned_start, (int) minutes);
}

/**
 * styre_projector_get_projected_end:
 *
 * Returns: (transfer full): when the meeting will end if the current item uses the rest
 *   of its time (or is over now) and the items after it take their planned time
 */
GDateTime *
styre_projector_get_projected_end (StyreProjector *self,
                                   GDateTime      *now)
{
  gint64 seconds = 0;
  int from;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (self->current < 0)
    {
      /* Not started: the planned end, or later if the start is already late. */
      g_autoptr(GDateTime) planned_end = styre_projector_get_planned_start_of (self,
                                                                               (int) self->slots->len);
      GTimeSpan total = g_date_time_difference (planned_end, self->planned_start);
      if (g_date_time_compare (now, self->planned_start) > 0)
        return g_date_time_add (now, total);
      return g_steal_pointer (&planned_end);
    }

  if (self->current < (int) self->slots->len)
    seconds += MAX (0, styre_projector_get_remaining_seconds (self, now));
  from = self->current + 1;
  for (int i = from; i < (int) self->slots->len; i++)
    seconds += (gint64) MAX (0, g_array_index (self->slots, Slot, i).item.planned_minutes) * 60;
  return g_date_time_add_seconds (now, (double) seconds);
}

/**
 * styre_projector_get_actual_start:
 *
 * Returns: (transfer none) (nullable): when item @index was first shown — its actual
 *   start for the minutes
 */
GDateTime *
styre_projector_get_actual_start (StyreProjector *self,
                                  int             index)
{
  Slot *slot = slot_at (self, index);

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), NULL);
  return slot ? slot->first_shown : NULL;
}

/**
 * styre_projector_get_actual_end:
 *
 * Returns: (transfer none) (nullable): when item @index was last left; %NULL while it is
 *   current or before it was shown
 */
GDateTime *
styre_projector_get_actual_end (StyreProjector *self,
                                int             index)
{
  Slot *slot = slot_at (self, index);

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), NULL);
  return slot ? slot->last_left : NULL;
}

/**
 * styre_projector_get_planned_start:
 *
 * Returns: (transfer none): when the meeting is planned to start
 */
GDateTime *
styre_projector_get_planned_start (StyreProjector *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), NULL);
  return self->planned_start;
}

/**
 * styre_projector_get_item:
 *
 * Returns: (nullable): item @index as the projector knows it, or %NULL
 */
const StyreProjectorItem *
styre_projector_get_item (StyreProjector *self,
                          int             index)
{
  Slot *slot;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), NULL);

  slot = slot_at (self, index);
  return slot ? &slot->item : NULL;
}

/**
 * styre_projector_find_item:
 *
 * Returns: the index of the item with @item_id, or -1
 */
int
styre_projector_find_item (StyreProjector *self,
                           gint64          item_id)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), -1);

  for (guint i = 0; i < self->slots->len; i++)
    if (g_array_index (self->slots, Slot, i).item.id == item_id)
      return (int) i;
  return -1;
}

/* Whether item @index is exempt and the chair has unlocked it. */
gboolean
styre_projector_is_unlocked (StyreProjector *self,
                             int             index)
{
  Slot *slot;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), FALSE);

  slot = slot_at (self, index);
  return slot != NULL && slot->item.exempt && slot->unlocked;
}

static void
slot_move (Slot *to,
           Slot *from)
{
  *to = *from;
  from->first_shown = NULL;
  from->last_left = NULL;
  from->shown_since = NULL;
}

/**
 * styre_projector_set_items:
 * @items: (array length=n_items): the agenda as it is now
 * @planned_start: when the meeting is planned to start now
 * @now: for an item that is current and was removed: when it ended
 *
 * The agenda changed under the projector (someone edited it): items keep, by their id,
 * their times and whether they were unlocked; what they are (planned minutes, exempt,
 * charts) comes from @items. The current item and the screen stay as they were, so the
 * room sees no jump. An item that became exempt is hidden until unlocked. When the
 * current item was removed, the next one that is left becomes current; a chart that is
 * gone goes back to the item.
 */
void
styre_projector_set_items (StyreProjector           *self,
                           const StyreProjectorItem *items,
                           guint                     n_items,
                           GDateTime                *planned_start,
                           GDateTime                *now)
{
  g_autoptr(GArray) slots = NULL;
  gint64 current_id = 0;
  int current = -1;
  gboolean entered = FALSE;

  g_return_if_fail (STYRE_IS_PROJECTOR (self));
  g_return_if_fail (n_items == 0 || items != NULL);
  g_return_if_fail (planned_start != NULL && now != NULL);

  g_clear_pointer (&self->planned_start, g_date_time_unref);
  self->planned_start = g_date_time_ref (planned_start);

  if (slot_at (self, self->current) != NULL)
    current_id = slot_at (self, self->current)->item.id;

  slots = g_array_sized_new (FALSE, TRUE, sizeof (Slot), n_items);
  g_array_set_clear_func (slots, slot_clear);
  for (guint i = 0; i < n_items; i++)
    {
      Slot slot = { .item = items[i] };
      int old = styre_projector_find_item (self, items[i].id);

      if (old >= 0)
        {
          Slot *was = &g_array_index (self->slots, Slot, old);

          slot_move (&slot, was);
          slot.item = items[i];
          /* Unlocked stays unlocked only while the item stays exempt. */
          slot.unlocked = was->unlocked && items[i].exempt;
        }
      g_array_append_val (slots, slot);
    }

  if (self->current < 0)
    current = -1;
  else if (self->current >= (int) self->slots->len)
    current = (int) n_items;
  else
    {
      /* The current item by its id; if it is gone, the first item after it that is left. */
      current = (int) n_items;
      for (guint i = (guint) self->current; i < self->slots->len; i++)
        {
          gint64 id = g_array_index (self->slots, Slot, i).item.id;
          int found = -1;

          for (guint k = 0; k < n_items; k++)
            if (items[k].id == id)
              found = (int) k;
          if (found >= 0)
            {
              current = found;
              entered = id != current_id;
              break;
            }
        }
    }

  g_array_unref (self->slots);
  self->slots = g_steal_pointer (&slots);
  self->current = -1;

  if (entered || (current_id != 0 && current >= (int) n_items))
    {
      /* The item that was shown is gone: the room goes on with the next. */
      enter (self, current, now);
      return;
    }

  self->current = current;
  if (self->screen == STYRE_SCREEN_CHART)
    {
      Slot *slot = slot_at (self, current);

      if (slot == NULL || self->chart >= (int) slot->item.n_charts
          || !styre_projector_is_visible (self, current))
        {
          reset_chart_pages (self);
          set_screen (self, slot ? STYRE_SCREEN_ITEM : STYRE_SCREEN_AGENDA);
        }
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCREEN]);
}

/**
 * styre_projector_restore_times:
 * @start: (nullable): the item's actual start as the minutes have it
 * @end: (nullable): its actual end
 *
 * Picks up a meeting that was run on the projector before (Styre was restarted): the item
 * keeps its first start, and the time between @start and @end counts as used.
 */
void
styre_projector_restore_times (StyreProjector *self,
                               int             index,
                               GDateTime      *start,
                               GDateTime      *end)
{
  Slot *slot;

  g_return_if_fail (STYRE_IS_PROJECTOR (self));

  slot = slot_at (self, index);
  if (slot == NULL || start == NULL || slot->first_shown != NULL)
    return;
  slot->first_shown = g_date_time_ref (start);
  if (end != NULL && g_date_time_compare (end, start) >= 0)
    {
      slot->last_left = g_date_time_ref (end);
      slot->elapsed_us = g_date_time_difference (end, start);
    }
}

/**
 * styre_projector_resume_after:
 * @index: the last item that was done before Styre was restarted
 *
 * Picks up a meeting between items: @index is current but not running (its time is what
 * styre_projector_restore_times() gave it), the agenda is on the screen, and Next goes
 * on with the item after it.
 */
void
styre_projector_resume_after (StyreProjector *self,
                              int             index)
{
  g_return_if_fail (STYRE_IS_PROJECTOR (self));

  if (self->current >= 0 || index < 0 || index >= (int) self->slots->len)
    return;
  self->current = index;
  set_screen (self, STYRE_SCREEN_AGENDA);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

void
styre_projector_times_free (StyreProjectorTimes *times)
{
  if (times == NULL)
    return;
  g_clear_pointer (&times->start, g_date_time_unref);
  g_clear_pointer (&times->end, g_date_time_unref);
  g_free (times);
}

/**
 * styre_projector_take_unrecorded:
 *
 * The items whose actual start or end changed since the last call, for the minutes.
 *
 * Returns: (transfer full) (element-type StyreProjectorTimes): possibly empty
 */
GPtrArray *
styre_projector_take_unrecorded (StyreProjector *self)
{
  GPtrArray *out;

  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), NULL);

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_projector_times_free);
  for (guint i = 0; i < self->slots->len; i++)
    {
      Slot *slot = &g_array_index (self->slots, Slot, i);
      StyreProjectorTimes *t;

      if (!slot->unrecorded)
        continue;
      slot->unrecorded = FALSE;
      t = g_new0 (StyreProjectorTimes, 1);
      t->item_id = slot->item.id;
      t->start = slot->first_shown ? g_date_time_ref (slot->first_shown) : NULL;
      t->end = slot->last_left ? g_date_time_ref (slot->last_left) : NULL;
      g_ptr_array_add (out, t);
    }
  return out;
}

/**
 * styre_projector_set_chart_continues:
 * @next_first_row: the row the shown chart's next page starts at; 0 when it all fitted
 *
 * What the audience screen found when it drew a long chart (a list with more rows than
 * fit): Next then shows the next page before it goes back to the item.
 */
void
styre_projector_set_chart_continues (StyreProjector *self,
                                     guint           next_first_row)
{
  g_return_if_fail (STYRE_IS_PROJECTOR (self));

  if (self->screen != STYRE_SCREEN_CHART || next_first_row <= self->chart_first_row)
    next_first_row = 0;
  self->chart_continues = next_first_row;
}

/* The first row of the page of the chart shown. */
guint
styre_projector_get_chart_first_row (StyreProjector *self)
{
  g_return_val_if_fail (STYRE_IS_PROJECTOR (self), 0);
  return self->chart_first_row;
}

/* The projector's items of @agenda, in its order. */
static GArray *
items_of_agenda (StyreAgenda *agenda)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (StyreProjectorItem));

  for (guint i = 0; i < agenda->items->len; i++)
    {
      StyreAgendaItem *item = g_ptr_array_index (agenda->items, i);
      StyreProjectorItem pi = { 0 };

      pi.id = item->id;
      pi.planned_minutes = MAX (0, item->planned_minutes);
      pi.exempt = g_strcmp0 (item->confidentiality, "exempt") == 0;
      pi.n_charts = item->views->len;
      g_array_append_val (items, pi);
    }
  return items;
}

/* When @agenda is planned to start; midnight today when it has no time. */
static GDateTime *
planned_start_of (StyreAgenda *agenda)
{
  GDateTime *start = styre_agenda_parse_time (agenda->starts_at);

  if (start == NULL)
    {
      g_autoptr(GDateTime) now = styre_projector_now ();
      start = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                               g_date_time_get_month (now), g_date_time_get_day_of_month (now),
                               0, 0, 0);
    }
  return start;
}

/**
 * styre_projector_new_for_agenda:
 *
 * Returns: (transfer full): a projector for @agenda's items, planned from its start
 */
StyreProjector *
styre_projector_new_for_agenda (StyreAgenda *agenda)
{
  g_autoptr(GArray) items = NULL;
  g_autoptr(GDateTime) start = NULL;

  g_return_val_if_fail (agenda != NULL, NULL);

  items = items_of_agenda (agenda);
  start = planned_start_of (agenda);
  return styre_projector_new ((StyreProjectorItem *) (gpointer) items->data, items->len, start);
}

/**
 * styre_projector_update_from_agenda:
 * @agenda: the meeting as read again from the file
 *
 * See styre_projector_set_items().
 */
void
styre_projector_update_from_agenda (StyreProjector *self,
                                    StyreAgenda    *agenda,
                                    GDateTime      *now)
{
  g_autoptr(GArray) items = NULL;
  g_autoptr(GDateTime) start = NULL;

  g_return_if_fail (STYRE_IS_PROJECTOR (self));
  g_return_if_fail (agenda != NULL);

  items = items_of_agenda (agenda);
  start = planned_start_of (agenda);
  styre_projector_set_items (self, (StyreProjectorItem *) (gpointer) items->data, items->len,
                             start, now);
}

static GTimeZone *
meeting_zone (void)
{
  static gsize zone = 0;

  if (g_once_init_enter (&zone))
    {
      GTimeZone *oslo = g_time_zone_new_identifier ("Europe/Oslo");
      g_once_init_leave (&zone, (gsize) (oslo ? oslo : g_time_zone_new_local ()));
    }
  return (GTimeZone *) zone;
}

/**
 * styre_projector_now:
 *
 * Returns: (transfer full): now, in the meetings' time zone (Europe/Oslo), for the clock
 */
GDateTime *
styre_projector_now (void)
{
  return g_date_time_new_now (meeting_zone ());
}

/**
 * styre_projector_to_meeting_time:
 *
 * Returns: (transfer full) (nullable): @dt in the meetings' time zone (Europe/Oslo)
 */
GDateTime *
styre_projector_to_meeting_time (GDateTime *dt)
{
  return dt ? g_date_time_to_timezone (dt, meeting_zone ()) : NULL;
}
