/* styre-chart.h — a dashboard chart: prepared data, drawing, hit-testing, table, words
 *
 * A StyreChart holds one chart's prepared data (styre-chart-data.h); it never changes
 * after it is made, so it may be made on a worker thread and drawn on another. Drawing
 * into a cairo_t (screen, PNG, SVG, PDF, print) only reads it and returns a
 * StyreChartLayout: the marks it drew, for hover, tooltips, keyboard focus and clicks,
 * and how many rows fitted when the chart is a list that can go on.
 *
 * No GTK here (STYLE.md): the same code draws in the app, in styre-cli and in PDFs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "styre-chart-data.h"
#include "styre-store.h"

G_BEGIN_DECLS

/* What a list that did not fit says about the rest. */
typedef enum
{
  STYRE_CHART_MORE_NOT_SHOWN,     /* an image: the rest is not in it */
  STYRE_CHART_MORE_ENLARGE,       /* a card: enlarge it or show the table */
  STYRE_CHART_MORE_SCROLL,        /* an enlarged card: scroll */
  STYRE_CHART_MORE_NEXT_PAGE,     /* a PDF: the next page goes on */
} StyreChartMoreHint;

typedef enum
{
  STYRE_CHART_THEME_LIGHT,
  STYRE_CHART_THEME_DARK,
  STYRE_CHART_THEME_HIGH_CONTRAST,
  STYRE_CHART_THEME_HIGH_CONTRAST_DARK,
} StyreChartTheme;

/**
 * StyreChartStyle:
 * @theme: light, dark or high contrast
 * @font_size: the size of the smallest text, in the units of the cairo_t (pixels on
 *   screen, points in a PDF); 0 chooses it from the size drawn: 18 px at 1920×1080, in
 *   proportion elsewhere, never below 12
 * @font_family: (nullable): a Pango family list; %NULL is the desktop's sans-serif
 * @show_title: draw the chart's title and what it shows (the as-of date, the filters)
 *   above it, for a chart that stands alone (a PNG, a PDF page, the projector)
 * @transparent: leave the background as it is (a card in the app draws its own)
 * @time_span_months: how many months a time line (the roadmap) spans, a third of them
 *   before the as-of day; 0 is 36
 * @more_hint: what a list that did not fit says about its other rows
 *
 * How a chart is drawn. styre_chart_style_init() gives the defaults that a chart that
 * stands alone uses.
 */
typedef struct
{
  StyreChartTheme  theme;
  double           font_size;
  const char      *font_family;
  gboolean         show_title;
  gboolean         transparent;
  int              time_span_months;
  StyreChartMoreHint more_hint;
} StyreChartStyle;

void         styre_chart_style_init       (StyreChartStyle       *style);
double       styre_chart_style_font_size  (const StyreChartStyle *style,
                                           double                 width,
                                           double                 height);

typedef enum
{
  STYRE_CHART_MARK_RECT,
  STYRE_CHART_MARK_CIRCLE,
} StyreChartMarkShape;

/**
 * StyreChartMark:
 * @shape: the area the mark covers: a rectangle, or the circle inside it
 * @initiative_id: the initiative the mark stands for, or 0
 * @label: what the mark is, in a few words, for keyboard focus ("DF-2023-02: Red")
 * @tooltip: the exact numbers behind it, on one or more lines
 *
 * Something drawn that can be hovered, focused and (with an initiative) clicked.
 */
typedef struct
{
  StyreChartMarkShape  shape;
  double               x;
  double               y;
  double               width;
  double               height;
  gint64               initiative_id;
  char                *label;
  char                *tooltip;
} StyreChartMark;

/**
 * StyreChartLayout:
 * @marks: (element-type StyreChartMark): in reading order
 * @first_row: the first row of a list drawn
 * @n_rows: how many rows were drawn
 * @n_rows_total: how many rows the list has; more than @first_row + @n_rows when the
 *   rest did not fit (the chart says so, and a PDF goes on on the next page)
 * @min_text_size: the smallest text drawn, in the units of the cairo_t; 0 when none
 * @texts: (element-type StyreChartTextBox): where each text was drawn, for checking that
 *   no two texts cover each other
 *
 * What one drawing of a chart put where.
 */
typedef struct
{
  GArray  *marks;
  guint    first_row;
  guint    n_rows;
  guint    n_rows_total;
  double   min_text_size;
  GArray  *texts;
} StyreChartLayout;

/**
 * StyreChartTextBox:
 *
 * The ink of one text, in the units of the chart (after any rotation).
 */
typedef struct
{
  double  x;
  double  y;
  double  width;
  double  height;
  char   *text;
} StyreChartTextBox;

void                  styre_chart_layout_free    (StyreChartLayout *layout);
const StyreChartMark *styre_chart_layout_hit     (const StyreChartLayout *layout,
                                                  double                  x,
                                                  double                  y);
int                   styre_chart_layout_find    (const StyreChartLayout *layout,
                                                  gint64                  initiative_id);
gboolean              styre_chart_layout_has_more (const StyreChartLayout *layout);

/**
 * StyreChartTable:
 * @headers: the column headings
 * @numeric: per column, whether it holds numbers (aligned right)
 * @rows: (element-type StyreChartTableRow): the rows
 *
 * The same numbers as the chart, as a table: for people who do not read the chart, and
 * for copying.
 */
typedef struct
{
  char    **cells;            /* n_columns strings */
  gint64    initiative_id;
} StyreChartTableRow;

typedef struct
{
  guint      n_columns;
  char     **headers;
  gboolean  *numeric;
  GPtrArray *rows;
} StyreChartTable;

void         styre_chart_table_free       (StyreChartTable *table);
char        *styre_chart_table_to_text    (const StyreChartTable *table);

typedef struct _StyreChart StyreChart;

#define STYRE_TYPE_CHART (styre_chart_get_type ())

GType              styre_chart_get_type     (void) G_GNUC_CONST;
StyreChart        *styre_chart_prepare      (StyreStore            *store,
                                             StyreChartKind         kind,
                                             const StyreChartQuery *query,
                                             GError               **error);
StyreChart        *styre_chart_prepare_cached (StyreStore          *store,
                                               StyreChartKind       kind,
                                               const StyreChartQuery *query,
                                               StyreChartCache     *cache,
                                               GError             **error);
StyreChart        *styre_chart_new_for_data (StyreChartData        *data);
StyreChart        *styre_chart_ref          (StyreChart            *self);
void               styre_chart_unref        (StyreChart            *self);
StyreChartKind     styre_chart_get_kind     (StyreChart            *self);
const StyreChartData *styre_chart_get_data  (StyreChart            *self);
char              *styre_chart_get_subtitle (StyreChart            *self);
char              *styre_chart_describe     (StyreChart            *self);
StyreChartTable   *styre_chart_get_table    (StyreChart            *self);
StyreChartLayout  *styre_chart_draw         (StyreChart            *self,
                                             cairo_t               *cr,
                                             double                 width,
                                             double                 height,
                                             const StyreChartStyle *style,
                                             guint                  first_row);

typedef enum
{
  STYRE_CHART_FORMAT_PNG,
  STYRE_CHART_FORMAT_SVG,
  STYRE_CHART_FORMAT_PDF,
} StyreChartFormat;

gboolean     styre_chart_format_from_path (const char            *path,
                                           StyreChartFormat      *format,
                                           GError               **error);
gboolean     styre_chart_export           (StyreChart            *self,
                                           const char            *path,
                                           double                 width,
                                           double                 height,
                                           const StyreChartStyle *style,
                                           GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreChart, styre_chart_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreChartLayout, styre_chart_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreChartTable, styre_chart_table_free)

G_END_DECLS
