/* styre-text.h — formatted text: a small Markdown, and what an amendment changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STYRE_MARKDOWN_PARAGRAPH,
  STYRE_MARKDOWN_HEADING,    /* level 1–3 */
  STYRE_MARKDOWN_BULLET,
  STYRE_MARKDOWN_NUMBERED,   /* level is the item's number */
} StyreMarkdownKind;

/**
 * StyreMarkdownBlock:
 * @markup: the block's text as Pango markup (bold, italic), escaped
 */
typedef struct
{
  StyreMarkdownKind  kind;
  int                level;
  char              *markup;
} StyreMarkdownBlock;

void        styre_markdown_block_free  (StyreMarkdownBlock *block);
GPtrArray  *styre_markdown_parse       (const char         *text);
char       *styre_markdown_inline      (const char         *text);
char       *styre_markdown_to_pango    (const char         *text);

typedef enum
{
  STYRE_DIFF_SAME,
  STYRE_DIFF_REMOVED,
  STYRE_DIFF_ADDED,
} StyreDiffKind;

typedef struct
{
  StyreDiffKind  kind;
  char          *text;
} StyreDiffSegment;

void        styre_diff_segment_free    (StyreDiffSegment   *segment);
GPtrArray  *styre_text_diff            (const char         *before,
                                        const char         *after);
char       *styre_text_diff_markup     (const char         *before,
                                        const char         *after);

G_END_DECLS
