/* styre-document.h — A4 documents drawn with Cairo and Pango
 *
 * A document is built from blocks (headings, paragraphs, tables, charts…), laid out on
 * A4 pages with the organisation's name and the classification in the header and
 * "Page 2 of 5" in the footer, and drawn into any cairo_t: a PDF file, or the pages
 * GtkPrintOperation hands over. Units are points (1/72 inch) throughout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

/* A4 in points. */
#define STYRE_DOCUMENT_A4_WIDTH  595.2756
#define STYRE_DOCUMENT_A4_HEIGHT 841.8898

/**
 * StyreViewPainter:
 * @cr: where to draw, with the origin at the panel's top left
 * @chart_id: kpi, rag-heatmap, money …
 * @filters_json: the view's filters, a JSON object
 * @as_of: (nullable): 'YYYY-MM-DD', or %NULL for the portfolio as it stands
 *
 * Draws one dashboard view into a board pack.
 *
 * Returns: %FALSE with @error set when the chart could not be drawn
 */
typedef gboolean (*StyreViewPainter) (cairo_t     *cr,
                                      double       width,
                                      double       height,
                                      const char  *chart_id,
                                      const char  *filters_json,
                                      const char  *as_of,
                                      gpointer     user_data,
                                      GError     **error);

typedef struct _StyreDocument StyreDocument;
typedef struct _StyreDocumentTable StyreDocumentTable;

#define STYRE_TYPE_DOCUMENT (styre_document_get_type ())

GType          styre_document_get_type       (void) G_GNUC_CONST;
StyreDocument *styre_document_new            (const char          *title,
                                              const char          *organisation,
                                              const char          *classification);
StyreDocument *styre_document_ref            (StyreDocument       *self);
void           styre_document_unref          (StyreDocument       *self);
const char    *styre_document_get_title      (StyreDocument       *self);
void           styre_document_set_painter    (StyreDocument       *self,
                                              StyreViewPainter     painter,
                                              gpointer             user_data,
                                              GDestroyNotify       destroy);

void           styre_document_add_title      (StyreDocument       *self,
                                              const char          *text,
                                              const char          *subtitle);
void           styre_document_add_heading    (StyreDocument       *self,
                                              int                  level,
                                              const char          *text);
void           styre_document_add_paragraph  (StyreDocument       *self,
                                              const char          *markup);
void           styre_document_add_note       (StyreDocument       *self,
                                              const char          *markup);
void           styre_document_add_markdown   (StyreDocument       *self,
                                              const char          *text);
void           styre_document_add_points     (StyreDocument       *self,
                                              const char          *text);
void           styre_document_add_fields     (StyreDocument       *self,
                                              const char * const  *pairs);
void           styre_document_add_space      (StyreDocument       *self,
                                              double               points);
void           styre_document_add_page_break (StyreDocument       *self);
void           styre_document_add_view       (StyreDocument       *self,
                                              const char          *chart_id,
                                              const char          *filters_json,
                                              const char          *as_of,
                                              const char          *caption);
void           styre_document_add_signatures (StyreDocument       *self,
                                              const char * const  *names);

StyreDocumentTable *styre_document_add_table (StyreDocument       *self,
                                              guint                n_columns,
                                              const double        *widths);
void           styre_document_table_header   (StyreDocumentTable  *table,
                                              const char * const  *titles);
void           styre_document_table_row      (StyreDocumentTable  *table,
                                              const char * const  *cells);
void           styre_document_table_row_shaded (StyreDocumentTable *table,
                                              const char * const  *cells);

guint          styre_document_paginate       (StyreDocument       *self,
                                              double               page_width,
                                              double               page_height);
guint          styre_document_get_n_pages    (StyreDocument       *self);
gboolean       styre_document_draw_page      (StyreDocument       *self,
                                              cairo_t             *cr,
                                              guint                page,
                                              GError             **error);
gboolean       styre_document_write_pdf      (StyreDocument       *self,
                                              const char          *path,
                                              GError             **error);

gboolean       styre_view_painter_describe (cairo_t            *cr,
                                              double               width,
                                              double               height,
                                              const char          *chart_id,
                                              const char          *filters_json,
                                              const char          *as_of,
                                              gpointer             user_data,
                                              GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StyreDocument, styre_document_unref)

G_END_DECLS
