/* styre-audience.h — what the room sees on the projector
 *
 * The audience screen of projector mode, drawn with Cairo and Pango into any cairo_t at
 * its real size: the current agenda item (case number, title, type, presenter, the
 * proposed decision, its first chart), the agenda with planned times and a marker on the
 * current item, one of the item's charts on its own, a black or a white screen, and a
 * clock with the item's remaining time in a corner. The layout is made for the back of
 * the room: titles at least 5 % of the screen's height, all other text at least 2.5 %,
 * every text at least 7:1 against what is behind it, and the layout (not a picture of
 * it) changes with the aspect ratio.
 *
 * What may be shown is decided here, in one place: an exempt item is drawn from
 * styre_agenda_public_view() — its case number, "Exempt from public access" and its legal
 * basis — until the chair unlocks it (styre_projector_unlock()). Each drawing returns a
 * StyreAudienceFrame: every text drawn, with its size, place and contrast, so tests can
 * check what the room actually sees.
 *
 * No GTK here (STYLE.md): the app draws it on the audience window and its preview, tests
 * draw it into image surfaces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "styre-agenda.h"
#include "styre-chart.h"
#include "styre-projector.h"

G_BEGIN_DECLS

/* The smallest sizes, as fractions of the screen's height (the legibility rules). */
#define STYRE_AUDIENCE_MIN_TITLE 0.05
#define STYRE_AUDIENCE_MIN_TEXT  0.025
#define STYRE_AUDIENCE_MIN_CONTRAST 7.0

typedef enum
{
  STYRE_AUDIENCE_TEXT_TITLE,    /* the item's title, the meeting's title */
  STYRE_AUDIENCE_TEXT_BODY,     /* everything else a person reads */
  STYRE_AUDIENCE_TEXT_CLOCK,    /* the time of day and the time left, in the corner */
} StyreAudienceTextRole;

/**
 * StyreAudienceText:
 * @text: the words drawn
 * @size: the font's pixel size
 * @x: where its box starts, in the drawing's units
 * @contrast: against what is behind it (WCAG contrast ratio)
 * @abbreviated: shortened with an ellipsis to fit its place
 * @clipped: does not fit on the screen or in its part of it
 *
 * One text as drawn.
 */
typedef struct
{
  char                  *text;
  StyreAudienceTextRole  role;
  double                 size;
  double                 x;
  double                 y;
  double                 width;
  double                 height;
  double                 contrast;
  gboolean               abbreviated;
  gboolean               clipped;
} StyreAudienceText;

/**
 * StyreAudienceFrame:
 * @texts: (element-type StyreAudienceText): every text, in the order drawn
 * @screen: what was drawn
 * @item_id: the item shown, or 0
 * @n_charts_drawn: charts drawn (the item's first on its screen, or the one chosen)
 * @chart_x: where the (last) chart was drawn
 * @chart_min_text_size: the smallest text in the charts drawn; 0 without charts
 * @chart_next_row: a long chart that continues: the row its next page starts at; 0
 *   otherwise (for styre_projector_set_chart_continues())
 * @clock_x: the corner the clock is drawn in, for drawing it again each second
 *
 * What one drawing of the audience screen showed.
 */
typedef struct
{
  GPtrArray   *texts;
  StyreScreen  screen;
  gint64       item_id;
  guint        n_charts_drawn;
  double       chart_x;
  double       chart_y;
  double       chart_width;
  double       chart_height;
  double       chart_min_text_size;
  guint        chart_next_row;
  double       clock_x;
  double       clock_y;
  double       clock_width;
  double       clock_height;
} StyreAudienceFrame;

void      styre_audience_frame_free          (StyreAudienceFrame *frame);
double    styre_audience_frame_min_size      (const StyreAudienceFrame *frame,
                                              StyreAudienceTextRole     role);
double    styre_audience_frame_max_size      (const StyreAudienceFrame *frame,
                                              StyreAudienceTextRole     role);
double    styre_audience_frame_min_contrast  (const StyreAudienceFrame *frame);
gboolean  styre_audience_frame_is_clipped    (const StyreAudienceFrame *frame);
gboolean  styre_audience_frame_is_abbreviated (const StyreAudienceFrame *frame);
char     *styre_audience_frame_get_text      (const StyreAudienceFrame *frame);

/**
 * StyreAudienceStyle:
 * @theme: light, dark or high contrast (the charts' themes)
 * @font_family: (nullable): a Pango family list; %NULL is Styre's usual sans-serif
 * @without_clock: leave the clock's corner empty (it is drawn on its own each second)
 *
 * How the audience screen is drawn.
 */
typedef struct
{
  StyreChartTheme  theme;
  const char      *font_family;
  gboolean         without_clock;
} StyreAudienceStyle;

#define STYRE_TYPE_AUDIENCE (styre_audience_get_type ())

G_DECLARE_FINAL_TYPE (StyreAudience, styre_audience, STYRE, AUDIENCE, GObject)

StyreAudience       *styre_audience_new          (void);
void                 styre_audience_set_agenda   (StyreAudience            *self,
                                                  StyreAgenda              *agenda);
StyreAgenda         *styre_audience_get_agenda   (StyreAudience            *self);
void                 styre_audience_set_chart    (StyreAudience            *self,
                                                  gint64                    item_id,
                                                  guint                     index,
                                                  StyreChart               *chart,
                                                  const char               *error);
void                 styre_audience_clear_charts (StyreAudience            *self);
StyreAudienceFrame  *styre_audience_draw         (StyreAudience            *self,
                                                  StyreProjector           *projector,
                                                  GDateTime                *now,
                                                  cairo_t                  *cr,
                                                  double                    width,
                                                  double                    height,
                                                  const StyreAudienceStyle *style);
StyreAudienceFrame  *styre_audience_draw_clock   (StyreAudience            *self,
                                                  StyreProjector           *projector,
                                                  GDateTime                *now,
                                                  cairo_t                  *cr,
                                                  double                    width,
                                                  double                    height,
                                                  const StyreAudienceStyle *style);
char                *styre_audience_format_remaining (gint64                remaining_seconds,
                                                      StyreClockState       state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreAudienceFrame, styre_audience_frame_free)

G_END_DECLS
