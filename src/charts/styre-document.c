/* styre-document.c — A4 documents drawn with Cairo and Pango
 *
 * Blocks are laid out once at 72 dpi with hinting off, so the pages break the same way
 * in a PDF file and on any printer; then each page is drawn from the laid-out lines.
 * Paragraphs break between lines (never leaving one line alone at the foot of a page),
 * headings stay with what follows them, table rows never break and the table's header is
 * repeated on each page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-document"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "styre-agenda.h"
#include "styre-document.h"
#include "styre-error.h"
#include "styre-text.h"

#define FONT_FAMILY "Cantarell, DejaVu Sans, Sans"
#define MARGIN_SIDE 56.7     /* 20 mm */
#define MARGIN_TOP 70.0
#define MARGIN_BOTTOM 62.0
#define BODY_SIZE 10.5
#define TABLE_SIZE 9.5
#define CELL_PAD 4.0
#define VIEW_HEIGHT 300.0

typedef enum
{
  BLOCK_TEXT,
  BLOCK_TABLE,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
  BLOCK_VIEW,
  BLOCK_SIGNATURES,
  BLOCK_RULE,
} BlockKind;

typedef enum
{
  TABLE_GRID,
  TABLE_FIELDS,
} TableStyle;

typedef struct
{
  char     **cells;     /* Pango markup */
  gboolean   header;
  gboolean   shaded;
  /* laid out */
  PangoLayout **layouts;
  double     height;
} Row;

typedef struct
{
  BlockKind     kind;

  /* text */
  char         *markup;
  char         *prefix;         /* a bullet or number, hanging before the text */
  double        size;
  gboolean      bold;
  double        indent;
  double        space_before;
  double        space_after;
  gboolean      keep_with_next;
  double        grey;           /* 0 black … 1 white */
  PangoLayout  *layout;
  PangoLayout  *prefix_layout;
  GArray       *line_top;       /* of double, points from the layout's top */
  GArray       *line_height;
  GArray       *line_baseline;
  GArray       *line_x;

  /* table */
  StyreDocumentTable *table;

  /* view */
  char         *chart;
  char         *filters;
  char         *as_of;
  char         *caption;

  /* signatures */
  char        **names;
} Block;

struct _StyreDocumentTable
{
  StyreDocument *document;      /* not a reference: the document owns the table */
  guint          n_columns;
  double        *widths;        /* fractions of the text width */
  TableStyle     style;
  GPtrArray     *rows;          /* of Row */
  Row           *header;
};

typedef struct
{
  Block  *block;
  guint   first;                /* lines or rows, [first, last) */
  guint   last;
  double  y;
} Piece;

struct _StyreDocument
{
  char             *title;
  char             *organisation;
  char             *classification;
  GPtrArray        *blocks;     /* of Block */
  PangoFontMap     *font_map;
  PangoContext     *context;
  StyreViewPainter  painter;
  gpointer          painter_data;
  GDestroyNotify    painter_destroy;

  double            page_width;
  double            page_height;
  GPtrArray        *pages;      /* of GArray of Piece */
};

G_DEFINE_BOXED_TYPE (StyreDocument, styre_document, styre_document_ref, styre_document_unref)

/* ── blocks ──────────────────────────────────────────────────────────────────────────── */

static void
row_free (gpointer data)
{
  Row *row = data;

  for (guint i = 0; row->layouts != NULL && row->cells[i] != NULL; i++)
    g_clear_object (&row->layouts[i]);
  g_free (row->layouts);
  g_strfreev (row->cells);
  g_free (row);
}

static void
table_free (StyreDocumentTable *table)
{
  if (table == NULL)
    return;
  g_free (table->widths);
  g_ptr_array_unref (table->rows);
  if (table->header != NULL)
    row_free (table->header);
  g_free (table);
}

static void
block_clear_layout (Block *b)
{
  g_clear_object (&b->layout);
  g_clear_object (&b->prefix_layout);
  g_clear_pointer (&b->line_top, g_array_unref);
  g_clear_pointer (&b->line_height, g_array_unref);
  g_clear_pointer (&b->line_baseline, g_array_unref);
  g_clear_pointer (&b->line_x, g_array_unref);
}

static void
block_free (gpointer data)
{
  Block *b = data;

  block_clear_layout (b);
  g_free (b->markup);
  g_free (b->prefix);
  table_free (b->table);
  g_free (b->chart);
  g_free (b->filters);
  g_free (b->as_of);
  g_free (b->caption);
  g_strfreev (b->names);
  g_free (b);
}

static Block *
add_block (StyreDocument *self,
           BlockKind      kind)
{
  Block *b = g_new0 (Block, 1);

  b->kind = kind;
  b->size = BODY_SIZE;
  g_ptr_array_add (self->blocks, b);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  return b;
}

static Block *
add_text (StyreDocument *self,
          const char    *markup,
          double         size,
          gboolean       bold,
          double         space_before,
          double         space_after)
{
  Block *b = add_block (self, BLOCK_TEXT);

  b->markup = g_strdup (markup ? markup : "");
  b->size = size;
  b->bold = bold;
  b->space_before = space_before;
  b->space_after = space_after;
  return b;
}

static void
document_free (gpointer data)
{
  StyreDocument *self = data;

  g_free (self->title);
  g_free (self->organisation);
  g_free (self->classification);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_ptr_array_unref (self->blocks);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  if (self->painter_destroy != NULL)
    self->painter_destroy (self->painter_data);
}

/**
 * styre_document_new:
 * @title: the document's name, in its footer: "Notice of meeting 27.11.2026"
 * @organisation: in the header of every page
 * @classification: in the header of every page: "Open", "Public version" …
 *
 * Returns: (transfer full): an empty document
 */
StyreDocument *
styre_document_new (const char *title,
                    const char *organisation,
                    const char *classification)
{
  StyreDocument *self = g_atomic_rc_box_new0 (StyreDocument);
  cairo_font_options_t *options = cairo_font_options_create ();

  self->title = g_strdup (title ? title : "");
  self->organisation = g_strdup (organisation ? organisation : "");
  self->classification = g_strdup (classification ? classification : "");
  self->blocks = g_ptr_array_new_with_free_func (block_free);

  /* Its own font map: documents are made on worker threads too. */
  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  cairo_font_options_destroy (options);

  self->painter = styre_view_painter_describe;
  return self;
}

StyreDocument *
styre_document_ref (StyreDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
styre_document_unref (StyreDocument *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, document_free);
}

const char *
styre_document_get_title (StyreDocument *self)
{
  return self->title;
}

/**
 * styre_document_set_painter:
 * @painter: (nullable): draws the dashboard views; %NULL for a framed panel that names
 *   the chart, its filters and date in words
 */
void
styre_document_set_painter (StyreDocument    *self,
                            StyreViewPainter  painter,
                            gpointer          user_data,
                            GDestroyNotify    destroy)
{
  if (self->painter_destroy != NULL)
    self->painter_destroy (self->painter_data);
  self->painter = painter ? painter : styre_view_painter_describe;
  self->painter_data = user_data;
  self->painter_destroy = destroy;
}

/**
 * styre_document_add_title:
 * @subtitle: (nullable): markup under the title
 */
void
styre_document_add_title (StyreDocument *self,
                          const char    *text,
                          const char    *subtitle)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  add_text (self, markup, 20, TRUE, 0, subtitle ? 4 : 10);
  if (subtitle != NULL)
    add_text (self, subtitle, 12, FALSE, 0, 10);
  add_block (self, BLOCK_RULE);
}

/**
 * styre_document_add_heading:
 * @level: 1 or 2
 * @text: plain text
 */
void
styre_document_add_heading (StyreDocument *self,
                            int            level,
                            const char    *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  Block *b = level <= 1 ? add_text (self, markup, 14, TRUE, 18, 6)
                        : add_text (self, markup, 11.5, TRUE, 12, 3);

  b->keep_with_next = TRUE;
}

/**
 * styre_document_add_paragraph:
 * @markup: Pango markup
 */
void
styre_document_add_paragraph (StyreDocument *self,
                              const char    *markup)
{
  add_text (self, markup, BODY_SIZE, FALSE, 0, 6);
}

/**
 * styre_document_add_note:
 * @markup: Pango markup, shown smaller and grey
 */
void
styre_document_add_note (StyreDocument *self,
                         const char    *markup)
{
  Block *b = add_text (self, markup, 9, FALSE, 0, 6);

  b->grey = 0.4;
}

static void
add_list_item (StyreDocument *self,
               const char    *prefix,
               const char    *markup,
               double         indent)
{
  Block *b = add_text (self, markup, BODY_SIZE, FALSE, 0, 3);

  b->prefix = g_strdup (prefix);
  b->indent = indent;
}

/**
 * styre_document_add_markdown:
 *
 * Adds @text written with Styre's small Markdown (styre_markdown_parse()).
 */
void
styre_document_add_markdown (StyreDocument *self,
                             const char    *text)
{
  g_autoptr(GPtrArray) blocks = styre_markdown_parse (text);

  for (guint i = 0; i < blocks->len; i++)
    {
      StyreMarkdownBlock *m = g_ptr_array_index (blocks, i);
      gboolean list_follows = i + 1 < blocks->len
        && ((StyreMarkdownBlock *) blocks->pdata[i + 1])->kind != STYRE_MARKDOWN_PARAGRAPH
        && ((StyreMarkdownBlock *) blocks->pdata[i + 1])->kind != STYRE_MARKDOWN_HEADING;
      Block *b;

      switch (m->kind)
        {
        case STYRE_MARKDOWN_HEADING:
          b = add_text (self, m->markup, m->level == 1 ? 12.5 : 11, TRUE, 8, 3);
          b->keep_with_next = TRUE;
          break;
        case STYRE_MARKDOWN_BULLET:
          add_list_item (self, "•", m->markup, 16);
          break;
        case STYRE_MARKDOWN_NUMBERED:
          {
            g_autofree char *number = g_strdup_printf ("%d.", m->level);
            add_list_item (self, number, m->markup, 20);
          }
          break;
        case STYRE_MARKDOWN_PARAGRAPH:
        default:
          b = add_text (self, m->markup, BODY_SIZE, FALSE, 0, 6);
          if (list_follows)
            b->space_after = 3;
          break;
        }
    }
}

/**
 * styre_document_add_points:
 * @text: a decision as stored: one point a line (styre_decision_points_split())
 *
 * Adds a decision as numbered points, or as a paragraph when it has one point.
 */
void
styre_document_add_points (StyreDocument *self,
                           const char    *text)
{
  g_auto(GStrv) points = styre_decision_points_split (text);
  guint n = g_strv_length (points);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *markup = g_markup_escape_text (points[i], -1);

      if (n == 1)
        add_text (self, markup, BODY_SIZE, FALSE, 0, 6);
      else
        {
          g_autofree char *number = g_strdup_printf ("%u.", i + 1);
          add_list_item (self, number, markup, 20);
        }
    }
  if (n > 1)
    styre_document_add_space (self, 3);
}

/**
 * styre_document_add_fields:
 * @pairs: label, value, label, value …, %NULL-terminated; values are Pango markup and
 *   empty ones are left out
 */
void
styre_document_add_fields (StyreDocument      *self,
                           const char * const *pairs)
{
  static const double widths[] = { 0.24, 0.76 };
  StyreDocumentTable *table = styre_document_add_table (self, 2, widths);

  table->style = TABLE_FIELDS;
  for (guint i = 0; pairs[i] != NULL && pairs[i + 1] != NULL; i += 2)
    {
      g_autofree char *label = g_markup_printf_escaped ("<b>%s</b>", pairs[i]);
      const char *cells[] = { label, pairs[i + 1], NULL };

      if (*pairs[i + 1] == '\0')
        continue;
      styre_document_table_row (table, cells);
    }
  styre_document_add_space (self, 6);
}

void
styre_document_add_space (StyreDocument *self,
                          double         points)
{
  Block *b = add_block (self, BLOCK_SPACE);

  b->space_after = points;
}

void
styre_document_add_page_break (StyreDocument *self)
{
  add_block (self, BLOCK_PAGE_BREAK);
}

/**
 * styre_document_add_view:
 * @caption: (nullable): plain text above the chart
 *
 * Adds a dashboard view, drawn by the document's painter.
 */
void
styre_document_add_view (StyreDocument *self,
                         const char    *chart_id,
                         const char    *filters_json,
                         const char    *as_of,
                         const char    *caption)
{
  Block *b = add_block (self, BLOCK_VIEW);

  b->chart = g_strdup (chart_id);
  b->filters = g_strdup (filters_json ? filters_json : "{}");
  b->as_of = g_strdup (as_of);
  b->caption = caption ? g_markup_escape_text (caption, -1) : NULL;
  b->size = 9;
}

/**
 * styre_document_add_signatures:
 * @names: who signs: a line for each, two to a row
 */
void
styre_document_add_signatures (StyreDocument      *self,
                               const char * const *names)
{
  Block *b = add_block (self, BLOCK_SIGNATURES);

  b->names = g_strdupv ((char **) names);
}

/**
 * styre_document_add_table:
 * @widths: (array length=n_columns): each column's share of the text width
 *
 * Returns: (transfer none): the table, to add its header and rows to
 */
StyreDocumentTable *
styre_document_add_table (StyreDocument *self,
                          guint          n_columns,
                          const double  *widths)
{
  Block *b = add_block (self, BLOCK_TABLE);
  StyreDocumentTable *t = g_new0 (StyreDocumentTable, 1);

  t->document = self;
  t->n_columns = n_columns;
  t->widths = g_memdup2 (widths, sizeof (double) * n_columns);
  t->rows = g_ptr_array_new_with_free_func (row_free);
  t->style = TABLE_GRID;
  b->table = t;
  b->size = TABLE_SIZE;
  b->space_after = 8;
  return t;
}

static Row *
row_new (StyreDocumentTable *table,
         const char * const *cells)
{
  Row *row = g_new0 (Row, 1);

  row->cells = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    row->cells[i] = g_strdup (cells[i] ? cells[i] : "");
  return row;
}

/**
 * styre_document_table_header:
 * @titles: plain text, one per column; repeated on each page the table reaches
 */
void
styre_document_table_header (StyreDocumentTable *table,
                             const char * const *titles)
{
  g_autoptr(GPtrArray) markup = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < table->n_columns; i++)
    g_ptr_array_add (markup, g_markup_printf_escaped ("<b>%s</b>", titles[i] ? titles[i] : ""));
  g_ptr_array_add (markup, NULL);
  if (table->header != NULL)
    row_free (table->header);
  table->header = row_new (table, (const char * const *) markup->pdata);
  table->header->header = TRUE;
}

/**
 * styre_document_table_row:
 * @cells: Pango markup, one per column
 */
void
styre_document_table_row (StyreDocumentTable *table,
                          const char * const *cells)
{
  g_ptr_array_add (table->rows, row_new (table, cells));
  g_clear_pointer (&table->document->pages, g_ptr_array_unref);
}

/**
 * styre_document_table_row_shaded:
 *
 * Like styre_document_table_row(), on a grey background: a row that must stand out
 * (overdue) in print, where colour may be lost.
 */
void
styre_document_table_row_shaded (StyreDocumentTable *table,
                                 const char * const *cells)
{
  Row *row = row_new (table, cells);

  row->shaded = TRUE;
  g_ptr_array_add (table->rows, row);
}

/* ── layout ──────────────────────────────────────────────────────────────────────────── */

static PangoLayout *
new_layout (StyreDocument *self,
            const char    *markup,
            double         size,
            gboolean       bold,
            double         width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static void
layout_text (StyreDocument *self,
             Block         *b,
             double         width)
{
  PangoLayoutIter *iter;

  block_clear_layout (b);
  b->layout = new_layout (self, b->markup, b->size, b->bold, width - b->indent);
  if (b->prefix != NULL)
    b->prefix_layout = new_layout (self, b->prefix, b->size, FALSE, -1);

  b->line_top = g_array_new (FALSE, FALSE, sizeof (double));
  b->line_height = g_array_new (FALSE, FALSE, sizeof (double));
  b->line_baseline = g_array_new (FALSE, FALSE, sizeof (double));
  b->line_x = g_array_new (FALSE, FALSE, sizeof (double));

  iter = pango_layout_get_iter (b->layout);
  do
    {
      PangoRectangle logical;
      int y0, y1;
      double top, height, baseline, x;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) y0 / PANGO_SCALE;
      height = (double) (y1 - y0) / PANGO_SCALE;
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      x = (double) logical.x / PANGO_SCALE;
      g_array_append_val (b->line_top, top);
      g_array_append_val (b->line_height, height);
      g_array_append_val (b->line_baseline, baseline);
      g_array_append_val (b->line_x, x);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
layout_row (StyreDocument      *self,
            StyreDocumentTable *table,
            Row                *row,
            double              width)
{
  row->height = 0;
  if (row->layouts == NULL)
    row->layouts = g_new0 (PangoLayout *, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    {
      double w = table->widths[i] * width - 2 * CELL_PAD;
      int h;

      g_clear_object (&row->layouts[i]);
      row->layouts[i] = new_layout (self, row->cells[i], TABLE_SIZE, FALSE, MAX (10, w));
      pango_layout_get_size (row->layouts[i], NULL, &h);
      row->height = MAX (row->height, (double) h / PANGO_SCALE);
    }
  row->height += 2 * CELL_PAD + (table->style == TABLE_FIELDS ? -2 : 0);
}

static double
text_height (Block *b,
             guint  first,
             guint  last)
{
  double top, bottom;

  if (first >= last)
    return 0;
  top = g_array_index (b->line_top, double, first);
  bottom = g_array_index (b->line_top, double, last - 1)
           + g_array_index (b->line_height, double, last - 1);
  return bottom - top;
}

static double
view_height (Block *b)
{
  return VIEW_HEIGHT + (b->caption != NULL ? 18 : 0) + 12;
}

/* The height of the start of @b that must stay with a heading before it. */
static double
start_height (Block *b)
{
  switch (b->kind)
    {
    case BLOCK_TEXT:
      return text_height (b, 0, MIN (2, b->line_top->len)) + b->space_before;
    case BLOCK_TABLE:
      return (b->table->header ? b->table->header->height : 0)
             + (b->table->rows->len > 0 ? ((Row *) b->table->rows->pdata[0])->height : 0);
    case BLOCK_VIEW:
      return view_height (b);
    case BLOCK_SIGNATURES:
      return 60;
    case BLOCK_SPACE:
    case BLOCK_PAGE_BREAK:
    case BLOCK_RULE:
    default:
      return 0;
    }
}

typedef struct
{
  StyreDocument *doc;
  GArray        *page;
  double         y;
  double         top;
  double         bottom;
} Cursor;

static void
new_page (Cursor *c)
{
  c->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (c->doc->pages, c->page);
  c->y = c->top;
}

static void
place (Cursor *c,
       Block  *b,
       guint   first,
       guint   last,
       double  height)
{
  Piece piece = { b, first, last, c->y };

  g_array_append_val (c->page, piece);
  c->y += height;
}

static void
paginate_text (Cursor *c,
               Block  *b,
               Block  *next)
{
  guint n = b->line_top->len;
  guint line = 0;

  if (c->y > c->top)
    c->y += b->space_before;

  if (b->keep_with_next && next != NULL && c->y > c->top
      && c->y + text_height (b, 0, n) + b->space_after + start_height (next) > c->bottom)
    new_page (c);

  while (line < n)
    {
      guint fit = 0;

      while (line + fit < n && c->y + text_height (b, line, line + fit + 1) <= c->bottom)
        fit++;
      /* Never one line alone at the foot of a page. */
      if (fit == 1 && line == 0 && n > 1)
        fit = 0;
      if (fit == 0 && c->y > c->top)
        {
          new_page (c);
          continue;
        }
      fit = MAX (fit, 1);
      place (c, b, line, line + fit, text_height (b, line, line + fit));
      line += fit;
      if (line < n)
        new_page (c);
    }
  c->y += b->space_after;
}

static void
paginate_table (Cursor *c,
                Block  *b)
{
  StyreDocumentTable *t = b->table;
  double header = t->header ? t->header->height : 0;
  guint row = 0;

  while (row < t->rows->len)
    {
      guint first = row;
      double y = c->y + header;

      while (row < t->rows->len
             && (y + ((Row *) t->rows->pdata[row])->height <= c->bottom || row == first))
        {
          if (y + ((Row *) t->rows->pdata[row])->height > c->bottom && c->y > c->top)
            break;
          y += ((Row *) t->rows->pdata[row])->height;
          row++;
        }
      if (row == first)
        {
          new_page (c);
          continue;
        }
      place (c, b, first, row, y - c->y);
      if (row < t->rows->len)
        new_page (c);
    }
  c->y += b->space_after;
}

static void
paginate_fixed (Cursor *c,
                Block  *b,
                double  height)
{
  if (c->y + height > c->bottom && c->y > c->top)
    new_page (c);
  place (c, b, 0, 1, height);
}

/**
 * styre_document_paginate:
 *
 * Lays the document out on pages of @page_width × @page_height points.
 *
 * Returns: the number of pages
 */
guint
styre_document_paginate (StyreDocument *self,
                         double         page_width,
                         double         page_height)
{
  double width = page_width - 2 * MARGIN_SIDE;
  Cursor c = { self, NULL, 0, MARGIN_TOP, page_height - MARGIN_BOTTOM };

  g_return_val_if_fail (self != NULL, 0);

  self->page_width = page_width;
  self->page_height = page_height;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  new_page (&c);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = g_ptr_array_index (self->blocks, i);

      if (b->kind == BLOCK_TEXT)
        layout_text (self, b, width);
      else if (b->kind == BLOCK_TABLE)
        {
          if (b->table->header != NULL)
            layout_row (self, b->table, b->table->header, width);
          for (guint r = 0; r < b->table->rows->len; r++)
            layout_row (self, b->table, g_ptr_array_index (b->table->rows, r), width);
        }
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *b = g_ptr_array_index (self->blocks, i);
      Block *next = i + 1 < self->blocks->len ? g_ptr_array_index (self->blocks, i + 1) : NULL;

      switch (b->kind)
        {
        case BLOCK_TEXT:
          paginate_text (&c, b, next);
          break;
        case BLOCK_TABLE:
          if (b->table->rows->len > 0)
            paginate_table (&c, b);
          break;
        case BLOCK_SPACE:
          if (c.y > c.top)
            c.y = MIN (c.y + b->space_after, c.bottom);
          break;
        case BLOCK_PAGE_BREAK:
          if (c.page->len > 0)
            new_page (&c);
          break;
        case BLOCK_RULE:
          paginate_fixed (&c, b, 10);
          break;
        case BLOCK_VIEW:
          paginate_fixed (&c, b, view_height (b));
          break;
        case BLOCK_SIGNATURES:
          paginate_fixed (&c, b, 40 + 62.0 * ((g_strv_length (b->names) + 1) / 2));
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* A page break at the very end leaves no empty page. */
  if (self->pages->len > 1 && c.page->len == 0)
    g_ptr_array_set_size (self->pages, self->pages->len - 1);
  return self->pages->len;
}

guint
styre_document_get_n_pages (StyreDocument *self)
{
  if (self->pages == NULL)
    styre_document_paginate (self, STYRE_DOCUMENT_A4_WIDTH, STYRE_DOCUMENT_A4_HEIGHT);
  return self->pages->len;
}

/* ── drawing ─────────────────────────────────────────────────────────────────────────── */

static void
set_grey (cairo_t *cr,
          double   grey)
{
  cairo_set_source_rgb (cr, 0.1 + 0.9 * grey, 0.1 + 0.9 * grey, 0.1 + 0.9 * grey);
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_text (StyreDocument *self,
           cairo_t       *cr,
           Piece         *p,
           double         x)
{
  Block *b = p->block;
  double top = g_array_index (b->line_top, double, p->first);

  set_grey (cr, b->grey);
  for (guint i = p->first; i < p->last; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (b->layout, (int) i);

      cairo_move_to (cr, x + b->indent + g_array_index (b->line_x, double, i),
                     p->y + g_array_index (b->line_baseline, double, i) - top);
      pango_cairo_show_layout_line (cr, line);
    }
  if (b->prefix_layout != NULL && p->first == 0)
    {
      int baseline = pango_layout_get_baseline (b->prefix_layout);

      cairo_move_to (cr, x + b->indent - 14,
                     p->y + g_array_index (b->line_baseline, double, 0) - top
                     - (double) baseline / PANGO_SCALE);
      pango_cairo_show_layout (cr, b->prefix_layout);
    }
}

static double
draw_row (cairo_t            *cr,
          StyreDocumentTable *t,
          Row                *row,
          double              x,
          double              y,
          double              width)
{
  double cx = x;

  if (t->style == TABLE_GRID && (row->header || row->shaded))
    {
      cairo_set_source_rgb (cr, row->header ? 0.90 : 0.95, row->header ? 0.91 : 0.95,
                            row->header ? 0.93 : 0.95);
      cairo_rectangle (cr, x, y, width, row->height);
      cairo_fill (cr);
    }
  set_grey (cr, 0);
  for (guint i = 0; i < t->n_columns; i++)
    {
      show_layout_at (cr, row->layouts[i], cx + CELL_PAD, y + CELL_PAD);
      cx += t->widths[i] * width;
    }
  if (t->style == TABLE_GRID)
    {
      cairo_set_line_width (cr, row->header ? 0.8 : 0.4);
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_move_to (cr, x, y + row->height);
      cairo_line_to (cr, x + width, y + row->height);
      cairo_stroke (cr);
    }
  return row->height;
}

static void
draw_table (cairo_t *cr,
            Piece   *p,
            double   x,
            double   width)
{
  StyreDocumentTable *t = p->block->table;
  double y = p->y;

  if (t->header != NULL)
    y += draw_row (cr, t, t->header, x, y, width);
  for (guint i = p->first; i < p->last; i++)
    y += draw_row (cr, t, g_ptr_array_index (t->rows, i), x, y, width);
}

static PangoLayout *
small_layout (StyreDocument *self,
              const char    *markup,
              double         size,
              double         width)
{
  return new_layout (self, markup, size, FALSE, width);
}

static void
draw_view (StyreDocument *self,
           cairo_t       *cr,
           Piece         *p,
           double         x,
           double         width)
{
  Block *b = p->block;
  double y = p->y;
  g_autoptr(GError) error = NULL;

  if (b->caption != NULL)
    {
      g_autoptr(PangoLayout) caption = new_layout (self, b->caption, 9.5, TRUE, width);
      set_grey (cr, 0);
      show_layout_at (cr, caption, x, y);
      y += 18;
    }

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, VIEW_HEIGHT);
  cairo_clip (cr);
  if (!self->painter (cr, width, VIEW_HEIGHT, b->chart, b->filters, b->as_of,
                      self->painter_data, &error))
    {
      g_autofree char *markup = g_markup_printf_escaped (_("The chart could not be drawn: %s"),
                                                         error ? error->message : "");
      g_autoptr(PangoLayout) message = small_layout (self, markup, 10, width - 24);

      cairo_set_source_rgb (cr, 0.5, 0.1, 0.1);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, 0.5, 0.5, width - 1, VIEW_HEIGHT - 1);
      cairo_stroke (cr);
      show_layout_at (cr, message, 12, 12);
    }
  cairo_restore (cr);
}

static void
draw_signatures (StyreDocument *self,
                 cairo_t       *cr,
                 Piece         *p,
                 double         x,
                 double         width)
{
  double column = (width - 40) / 2;

  for (guint i = 0; p->block->names[i] != NULL; i++)
    {
      double sx = x + (i % 2) * (column + 40);
      double sy = p->y + 40 + 62.0 * (i / 2);
      g_autofree char *markup = g_markup_escape_text (p->block->names[i], -1);
      g_autoptr(PangoLayout) name = small_layout (self, markup, 9.5, column);

      set_grey (cr, 0);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, sx, sy);
      cairo_line_to (cr, sx + column, sy);
      cairo_stroke (cr);
      show_layout_at (cr, name, sx, sy + 4);
    }
}

static void
draw_header_footer (StyreDocument *self,
                    cairo_t       *cr,
                    guint          page)
{
  double width = self->page_width - 2 * MARGIN_SIDE;
  g_autofree char *organisation = g_markup_printf_escaped ("<b>%s</b>", self->organisation);
  g_autofree char *classification = g_markup_escape_text (self->classification, -1);
  g_autofree char *title = g_markup_escape_text (self->title, -1);
  /* Translators: in a document's footer, e.g. "Page 2 of 5" */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autoptr(PangoLayout) left = small_layout (self, organisation, 8.5, width * 0.4);
  g_autoptr(PangoLayout) right = small_layout (self, classification, 8.5, width * 0.6 - 12);
  g_autoptr(PangoLayout) footer_left = small_layout (self, title, 8, width * 0.7);
  g_autoptr(PangoLayout) footer_right = small_layout (self, number, 8, width * 0.3);
  double header_y = 26, footer_y = self->page_height - 40;
  int left_h, right_h;
  double rule_y;

  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  pango_layout_set_alignment (footer_right, PANGO_ALIGN_RIGHT);

  pango_layout_get_size (left, NULL, &left_h);
  pango_layout_get_size (right, NULL, &right_h);
  /* A long classification wraps; the rule goes under it. */
  rule_y = header_y + (double) MAX (left_h, right_h) / PANGO_SCALE + 4;
  set_grey (cr, 0.2);
  show_layout_at (cr, left, MARGIN_SIDE, header_y);
  show_layout_at (cr, right, MARGIN_SIDE + width * 0.4 + 12, header_y);
  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_move_to (cr, MARGIN_SIDE, rule_y);
  cairo_line_to (cr, MARGIN_SIDE + width, rule_y);
  cairo_stroke (cr);

  cairo_move_to (cr, MARGIN_SIDE, footer_y - 4);
  cairo_line_to (cr, MARGIN_SIDE + width, footer_y - 4);
  cairo_stroke (cr);
  set_grey (cr, 0.3);
  show_layout_at (cr, footer_left, MARGIN_SIDE, footer_y);
  show_layout_at (cr, footer_right, MARGIN_SIDE + width * 0.7, footer_y);
}

/**
 * styre_document_draw_page:
 * @cr: in points, the page's top left at the origin
 * @page: from 0
 *
 * Draws one page; styre_document_paginate() first decides the page size (A4 if it was
 * not called).
 */
gboolean
styre_document_draw_page (StyreDocument  *self,
                          cairo_t        *cr,
                          guint           page,
                          GError        **error)
{
  double width;
  GArray *pieces;

  g_return_val_if_fail (self != NULL, FALSE);

  if (page >= styre_document_get_n_pages (self))
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID, "No page %u", page + 1);
      return FALSE;
    }
  width = self->page_width - 2 * MARGIN_SIDE;
  pieces = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  draw_header_footer (self, cr, page);
  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *p = &g_array_index (pieces, Piece, i);

      switch (p->block->kind)
        {
        case BLOCK_TEXT:
          draw_text (self, cr, p, MARGIN_SIDE);
          break;
        case BLOCK_TABLE:
          draw_table (cr, p, MARGIN_SIDE, width);
          break;
        case BLOCK_VIEW:
          draw_view (self, cr, p, MARGIN_SIDE, width);
          break;
        case BLOCK_SIGNATURES:
          draw_signatures (self, cr, p, MARGIN_SIDE, width);
          break;
        case BLOCK_RULE:
          cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
          cairo_set_line_width (cr, 1.2);
          cairo_move_to (cr, MARGIN_SIDE, p->y + 2);
          cairo_line_to (cr, MARGIN_SIDE + width, p->y + 2);
          cairo_stroke (cr);
          break;
        case BLOCK_SPACE:
        case BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
  cairo_restore (cr);
  return cairo_status (cr) == CAIRO_STATUS_SUCCESS;
}

/**
 * styre_document_write_pdf:
 *
 * Writes the document as an A4 PDF to @path, under a temporary name first so a reader
 * never sees half a file.
 */
gboolean
styre_document_write_pdf (StyreDocument  *self,
                          const char     *path,
                          GError        **error)
{
  g_autofree char *tmp = g_strdup_printf ("%s.part", path);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n;

  g_return_val_if_fail (self != NULL, FALSE);

  n = styre_document_paginate (self, STYRE_DOCUMENT_A4_WIDTH, STYRE_DOCUMENT_A4_HEIGHT);
  surface = cairo_pdf_surface_create (tmp, STYRE_DOCUMENT_A4_WIDTH, STYRE_DOCUMENT_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->organisation);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Styre " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < n; i++)
    {
      if (!styre_document_draw_page (self, cr, i, error))
        break;
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (error != NULL && *error != NULL)
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO, _("“%s” could not be written: %s"), path,
                   cairo_status_to_string (status));
      g_unlink (tmp);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_IO, _("“%s” could not be written: %s"), path,
                   g_strerror (saved));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

/* ── a view in words, where its chart cannot be drawn ──────────────────────────────── */

/**
 * styre_view_painter_describe:
 *
 * A framed panel that names the chart, its filters and its date in words: what a board
 * pack shows where a chart cannot be drawn (a chart this version does not know), and
 * where no painter is given (documents made without their file).
 */
gboolean
styre_view_painter_describe (cairo_t     *cr,
                                double       width,
                                double       height,
                                const char  *chart_id,
                                const char  *filters_json,
                                const char  *as_of,
                                gpointer     user_data,
                                GError     **error)
{
  /* describe_view() without a chart gives " — filter — as of …". */
  g_autofree char *filters = styre_agenda_describe_view (NULL, filters_json, NULL);
  g_autofree char *date = as_of != NULL && *as_of != '\0'
                          ? styre_agenda_describe_view (NULL, NULL, as_of) : NULL;
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *when = NULL;
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY " 12");
  int h;

  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_layout_context_changed (layout);

  g_string_append_printf (markup, "<span size=\"large\" weight=\"bold\">%s</span>",
                          styre_agenda_chart_label (chart_id));
  if (g_str_has_prefix (filters, " — "))
    {
      g_autofree char *escaped = g_markup_escape_text (filters + strlen (" — "), -1);
      g_string_append_printf (markup, "\n%s", escaped);
    }
  when = date != NULL && g_str_has_prefix (date, " — ")
         ? g_markup_escape_text (date + strlen (" — "), -1)
         : g_markup_escape_text (_("as the portfolio stands"), -1);
  g_string_append_printf (markup, "\n%s", when);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.96, 0.96, 0.97);
  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.6);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((width - 48) * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_markup (layout, markup->str, -1);
  pango_layout_get_size (layout, NULL, &h);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.25);
  cairo_move_to (cr, 24, (height - (double) h / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);

  pango_font_description_free (font);
  g_object_unref (layout);
  return TRUE;
}
