/* styre-chart-private.h — what the charts of src/charts share: a canvas with the
 * colours, type sizes and drawing helpers every chart uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "styre-chart.h"

G_BEGIN_DECLS

typedef struct
{
  double r, g, b, a;
} StyreRgba;

typedef struct
{
  StyreRgba  background;
  StyreRgba  foreground;       /* text: at least 7:1 on the background */
  StyreRgba  dim;              /* secondary text: at least 7:1 too */
  StyreRgba  grid;             /* grid lines, axes */
  StyreRgba  outline;          /* around filled marks */
  StyreRgba  rag[4];           /* grey, green, yellow, red (Okabe–Ito) */
  StyreRgba  on_rag;           /* the shape drawn on a RAG fill */
  StyreRgba  series[5];        /* approved, revised, forecast, actual, extra */
  StyreRgba  phase[6];         /* idea … realisation, light to dark */
  StyreRgba  on_phase[6];      /* text on a phase fill */
  StyreRgba  accent;
  StyreRgba  warning;          /* over a limit: drawn with a sign, never alone */
  StyreRgba  focus;            /* the keyboard focus ring */
  StyreRgba  band;             /* a quiet band behind alternate rows */
  double     line;             /* the width of a thin line */
  gboolean   high_contrast;
} StyrePalette;

typedef enum
{
  STYRE_TEXT_START,
  STYRE_TEXT_CENTER,
  STYRE_TEXT_END,
} StyreTextAlign;

typedef struct
{
  cairo_t                *cr;
  double                  width;
  double                  height;
  double                  ox;        /* where the chart's (0, 0) is on the drawing */
  double                  oy;
  StyreChartStyle         style;
  StyrePalette            pal;
  double                  font;      /* the smallest text */
  double                  pad;       /* the space between parts of a chart */
  PangoLayout            *layout;
  PangoFontDescription   *desc;
  StyreChartLayout       *out;
  cairo_matrix_t          chart_from_device;  /* for recording where texts went */
  const StyreChartData   *data;
} StyreCanvas;

/* Type sizes, as multiples of the smallest text. */
#define STYRE_TEXT_SMALL  1.0
#define STYRE_TEXT_BODY   1.0
#define STYRE_TEXT_HEAD   1.15
#define STYRE_TEXT_TITLE  1.45
#define STYRE_TEXT_BIG    2.6

void     styre_palette_init        (StyrePalette        *pal,
                                    StyreChartTheme      theme);
void     styre_canvas_set_source   (StyreCanvas         *cv,
                                    const StyreRgba     *colour);
void     styre_canvas_set_source_alpha (StyreCanvas     *cv,
                                        const StyreRgba *colour,
                                        double           alpha);
void     styre_canvas_rounded_rect (StyreCanvas         *cv,
                                    double               x,
                                    double               y,
                                    double               w,
                                    double               h,
                                    double               radius);

/* Text: one line, ellipsised to @width (0: no limit); returns the height used. */
double   styre_canvas_text         (StyreCanvas         *cv,
                                    const char          *text,
                                    double               x,
                                    double               y,
                                    double               width,
                                    double               size,
                                    PangoWeight          weight,
                                    StyreTextAlign       align,
                                    const StyreRgba     *colour);
/* Text that wraps within @width, at most @max_lines lines; returns the height used. */
double   styre_canvas_paragraph    (StyreCanvas         *cv,
                                    const char          *text,
                                    double               x,
                                    double               y,
                                    double               width,
                                    int                  max_lines,
                                    double               size,
                                    PangoWeight          weight,
                                    const StyreRgba     *colour);
double   styre_canvas_text_width   (StyreCanvas         *cv,
                                    const char          *text,
                                    double               size,
                                    PangoWeight          weight);
double   styre_canvas_line_height  (StyreCanvas         *cv,
                                    double               size);
/* Vertical text, bottom to top, centred on (x, y). */
void     styre_canvas_text_vertical (StyreCanvas        *cv,
                                     const char         *text,
                                     double              x,
                                     double              y,
                                     double              size,
                                     const StyreRgba    *colour);

/* A status colour with its shape: ● green, ▲ yellow, ■ red, ○ grey. */
void     styre_canvas_rag_symbol   (StyreCanvas         *cv,
                                    StyreRag             rag,
                                    double               cx,
                                    double               cy,
                                    double               size);
void     styre_canvas_rag_glyph    (StyreCanvas         *cv,
                                    StyreRag             rag,
                                    double               cx,
                                    double               cy,
                                    double               size);
void     styre_canvas_rag_cell     (StyreCanvas         *cv,
                                    StyreRag             rag,
                                    double               x,
                                    double               y,
                                    double               w,
                                    double               h);
void     styre_canvas_hatch        (StyreCanvas         *cv,
                                    double               x,
                                    double               y,
                                    double               w,
                                    double               h,
                                    const StyreRgba     *colour,
                                    double               spacing);

/* A legend entry: a swatch and a word. Returns the width used. */
typedef enum
{
  STYRE_SWATCH_BOX,
  STYRE_SWATCH_HATCHED,
  STYRE_SWATCH_LINE,
  STYRE_SWATCH_DASHED,
  STYRE_SWATCH_TICK,
  STYRE_SWATCH_RAG,
  STYRE_SWATCH_OUTLINE,
} StyreSwatch;

double   styre_canvas_legend_item  (StyreCanvas         *cv,
                                    double               x,
                                    double               y,
                                    StyreSwatch          swatch,
                                    const StyreRgba     *colour,
                                    StyreRag             rag,
                                    const char          *text);
double   styre_canvas_legend_width (StyreCanvas         *cv,
                                    const char          *text);

/* "12 more — enlarge or see the table", under a list that did not fit. */
void     styre_canvas_more_note    (StyreCanvas         *cv,
                                    guint                n_more,
                                    double               x,
                                    double               y,
                                    double               width);
void     styre_canvas_empty        (StyreCanvas         *cv,
                                    const char          *message);

void     styre_canvas_add_mark     (StyreCanvas         *cv,
                                    StyreChartMarkShape  shape,
                                    double               x,
                                    double               y,
                                    double               w,
                                    double               h,
                                    gint64               initiative_id,
                                    char                *label,
                                    char                *tooltip);

/* Axes: a "nice" step for about @n ticks up to @max. */
double   styre_nice_step           (double               max,
                                    int                  n);
char    *styre_format_axis_nok     (double               amount,
                                    double               step);
char    *styre_format_fte          (double               fte);
char    *styre_initiative_label    (const char          *code,
                                    const char          *title);
int      styre_date_to_day         (const char          *iso_date);
char    *styre_format_day_short    (int                  day);

const char *styre_month_short        (int                  month);
void     styre_axis_scale          (double               max,
                                    int                  n,
                                    gboolean             whole,
                                    double              *top,
                                    double              *step);
void     styre_canvas_value_axis   (StyreCanvas         *cv,
                                    double               x,
                                    double               w,
                                    double               y_bottom,
                                    double               y_top,
                                    double               top,
                                    double               step,
                                    gboolean             money,
                                    double               label_w);
double   styre_canvas_value_axis_width (StyreCanvas     *cv,
                                        double           top,
                                        double           step,
                                        gboolean         money);

/* Each chart: draw, table, words. */
typedef struct
{
  void              (*draw)     (StyreCanvas          *cv,
                                 const StyreChartData *data,
                                 guint                 first_row);
  StyreChartTable * (*table)    (const StyreChartData *data);
  char            * (*describe) (const StyreChartData *data);
} StyreChartClass;

extern const StyreChartClass styre_chart_kpi_class;
extern const StyreChartClass styre_chart_heatmap_class;
extern const StyreChartClass styre_chart_value_risk_class;
extern const StyreChartClass styre_chart_money_class;
extern const StyreChartClass styre_chart_five_percent_class;
extern const StyreChartClass styre_chart_trend_class;
extern const StyreChartClass styre_chart_roadmap_class;
extern const StyreChartClass styre_chart_funnel_class;
extern const StyreChartClass styre_chart_benefits_class;
extern const StyreChartClass styre_chart_competence_class;
extern const StyreChartClass styre_chart_focus_areas_class;
extern const StyreChartClass styre_chart_cross_agency_class;
extern const StyreChartClass styre_chart_ageing_class;
extern const StyreChartClass styre_chart_since_class;

/* Tables. */
StyreChartTable *styre_chart_table_new     (guint                n_columns,
                                            ...);
void             styre_chart_table_set_numeric (StyreChartTable *table,
                                                guint            column);
void             styre_chart_table_add     (StyreChartTable     *table,
                                            gint64               initiative_id,
                                            ...);

/* Initiatives worst first: red, yellow, green, grey; then by how many parameters are red
 * and yellow; then by code. */
gint     styre_compare_worst_first (gconstpointer        a,
                                    gconstpointer        b);
GPtrArray *styre_open_initiatives  (const StyreChartData *data);

G_END_DECLS
