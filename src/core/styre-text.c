/* styre-text.c — formatted text: a small Markdown, and what an amendment changed
 *
 * The saksframlegg is written as plain text with a little Markdown: paragraphs (blank
 * lines), "# " headings, "- " bullets, "1. " numbered points, **bold** and *italic*.
 * A single line break stays a line break, as people expect when they press Enter. The
 * same reading serves the editor's preview (Pango markup in a label) and the documents.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-text"

#include "config.h"

#include <string.h>

#include "styre-text.h"

/* ── Markdown ────────────────────────────────────────────────────────────────────────── */

void
styre_markdown_block_free (StyreMarkdownBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->markup);
  g_free (block);
}

/* Finds the closing @marker (of @len chars) for an emphasis opened just before @p: not
 * followed by a space at the start, not preceded by one at the end. */
static const char *
find_closing (const char *p,
              const char *marker,
              gsize       len)
{
  if (*p == '\0' || *p == ' ' || strncmp (p, marker, len) == 0)
    return NULL;
  for (const char *q = p + 1; *q != '\0'; q++)
    if (strncmp (q, marker, len) == 0 && q[-1] != ' '
        && !(len == 1 && q[1] == marker[0]))
      return q;
  return NULL;
}

/**
 * styre_markdown_inline:
 *
 * Returns: (transfer full): one line of text as Pango markup: `**bold**`, `*italic*` and
 *   `_italic_`; everything else escaped
 */
char *
styre_markdown_inline (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = text ? text : "";

  while (*p != '\0')
    {
      const char *close;

      if (p[0] == '*' && p[1] == '*' && (close = find_closing (p + 2, "**", 2)) != NULL)
        {
          g_autofree char *inner = g_strndup (p + 2, close - p - 2);
          g_autofree char *markup = styre_markdown_inline (inner);

          g_string_append_printf (out, "<b>%s</b>", markup);
          p = close + 2;
          continue;
        }
      if ((p[0] == '*' || p[0] == '_') && (p == text || !g_ascii_isalnum (p[-1]))
          && (close = find_closing (p + 1, p[0] == '*' ? "*" : "_", 1)) != NULL)
        {
          g_autofree char *inner = g_strndup (p + 1, close - p - 1);
          g_autofree char *markup = styre_markdown_inline (inner);

          g_string_append_printf (out, "<i>%s</i>", markup);
          p = close + 1;
          continue;
        }

      {
        const char *next = g_utf8_next_char (p);
        g_autofree char *escaped = g_markup_escape_text (p, next - p);

        g_string_append (out, escaped);
        p = next;
      }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "- ", "* ", "• " → TRUE and the text after it. */
static gboolean
is_bullet (const char  *line,
           const char **rest)
{
  const char *p = line;

  while (*p == ' ')
    p++;
  if ((p[0] == '-' || p[0] == '*') && p[1] == ' ')
    {
      *rest = p + 2;
      return TRUE;
    }
  if (g_str_has_prefix (p, "• "))
    {
      *rest = p + strlen ("• ");
      return TRUE;
    }
  return FALSE;
}

/* "12. " or "12) " → the number and the text after it. */
static int
numbered (const char  *line,
          const char **rest)
{
  const char *p = line;
  int n = 0, digits = 0;

  while (*p == ' ')
    p++;
  while (g_ascii_isdigit (*p) && digits < 3)
    n = n * 10 + (*p++ - '0'), digits++;
  if (digits > 0 && (*p == '.' || *p == ')') && p[1] == ' ')
    {
      *rest = p + 2;
      return n;
    }
  return 0;
}

static int
heading (const char  *line,
         const char **rest)
{
  int level = 0;

  while (line[level] == '#' && level < 4)
    level++;
  if (level >= 1 && level <= 3 && line[level] == ' ')
    {
      *rest = line + level + 1;
      return level;
    }
  return 0;
}

static void
add_block (GPtrArray         *blocks,
           StyreMarkdownKind  kind,
           int                level,
           const char        *text)
{
  StyreMarkdownBlock *b = g_new0 (StyreMarkdownBlock, 1);
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  b->kind = kind;
  b->level = level;
  b->markup = styre_markdown_inline (stripped);
  g_ptr_array_add (blocks, b);
}

/**
 * styre_markdown_parse:
 *
 * Returns: (transfer full) (element-type StyreMarkdownBlock): the blocks of @text
 */
GPtrArray *
styre_markdown_parse (const char *text)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_markdown_block_free);
  g_autofree char *normalised = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) paragraph = g_string_new (NULL);

  if (text == NULL)
    return blocks;
  /* Windows line ends from pasted text. */
  normalised = g_strdup (text);
  for (char *c = normalised; *c != '\0'; c++)
    if (*c == '\r')
      *c = c[1] == '\n' ? ' ' : '\n';
  lines = g_strsplit (normalised, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *rest = NULL;
      g_autofree char *trimmed = g_strstrip (g_strdup (line));
      int level, n;

      if (*trimmed == '\0')
        {
          if (paragraph->len > 0)
            add_block (blocks, STYRE_MARKDOWN_PARAGRAPH, 0, paragraph->str);
          g_string_truncate (paragraph, 0);
          continue;
        }

      level = heading (trimmed, &rest);
      n = level ? 0 : numbered (trimmed, &rest);
      if (level > 0 || n > 0 || is_bullet (trimmed, &rest))
        {
          if (paragraph->len > 0)
            add_block (blocks, STYRE_MARKDOWN_PARAGRAPH, 0, paragraph->str);
          g_string_truncate (paragraph, 0);
          if (level > 0)
            add_block (blocks, STYRE_MARKDOWN_HEADING, level, rest);
          else if (n > 0)
            add_block (blocks, STYRE_MARKDOWN_NUMBERED, n, rest);
          else
            add_block (blocks, STYRE_MARKDOWN_BULLET, 0, rest);
          continue;
        }

      if (paragraph->len > 0)
        g_string_append_c (paragraph, '\n');
      g_string_append (paragraph, trimmed);
    }
  if (paragraph->len > 0)
    add_block (blocks, STYRE_MARKDOWN_PARAGRAPH, 0, paragraph->str);
  return blocks;
}

/**
 * styre_markdown_to_pango:
 *
 * Returns: (transfer full): @text as Pango markup for one wrapping label: headings larger
 *   and bold, bullets "•", numbered points with their numbers
 */
char *
styre_markdown_to_pango (const char *text)
{
  g_autoptr(GPtrArray) blocks = styre_markdown_parse (text);
  g_autoptr(GString) out = g_string_new (NULL);
  StyreMarkdownKind previous = STYRE_MARKDOWN_PARAGRAPH;

  for (guint i = 0; i < blocks->len; i++)
    {
      StyreMarkdownBlock *b = g_ptr_array_index (blocks, i);
      gboolean list = b->kind == STYRE_MARKDOWN_BULLET || b->kind == STYRE_MARKDOWN_NUMBERED;
      gboolean previous_list = previous == STYRE_MARKDOWN_BULLET
                               || previous == STYRE_MARKDOWN_NUMBERED;

      if (i > 0)
        g_string_append (out, list && previous_list ? "\n" : "\n\n");
      switch (b->kind)
        {
        case STYRE_MARKDOWN_HEADING:
          g_string_append_printf (out, "<span weight=\"bold\" size=\"%s\">%s</span>",
                                  b->level == 1 ? "x-large" : b->level == 2 ? "large" : "medium",
                                  b->markup);
          break;
        case STYRE_MARKDOWN_BULLET:
          g_string_append_printf (out, "  •  %s", b->markup);
          break;
        case STYRE_MARKDOWN_NUMBERED:
          g_string_append_printf (out, "  %d.  %s", b->level, b->markup);
          break;
        case STYRE_MARKDOWN_PARAGRAPH:
        default:
          g_string_append (out, b->markup);
          break;
        }
      previous = b->kind;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ── differences ─────────────────────────────────────────────────────────────────────── */

void
styre_diff_segment_free (StyreDiffSegment *segment)
{
  if (segment == NULL)
    return;
  g_free (segment->text);
  g_free (segment);
}

/* Words with the white space after them, so joining them gives the text back. */
static GPtrArray *
tokenise (const char *text)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  const char *p = text ? text : "";

  while (*p != '\0')
    {
      const char *start = p;

      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      g_ptr_array_add (tokens, g_strndup (start, p - start));
    }
  return tokens;
}

/* Compares words without the white space after them. */
static gboolean
same_word (const char *a,
           const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  while (la > 0 && g_ascii_isspace (a[la - 1]))
    la--;
  while (lb > 0 && g_ascii_isspace (b[lb - 1]))
    lb--;
  return la == lb && strncmp (a, b, la) == 0;
}

static void
append_segment (GPtrArray     *segments,
                StyreDiffKind  kind,
                const char    *text)
{
  StyreDiffSegment *last = segments->len > 0 ? g_ptr_array_index (segments, segments->len - 1)
                                             : NULL;

  if (last != NULL && last->kind == kind)
    {
      char *joined = g_strconcat (last->text, text, NULL);
      g_free (last->text);
      last->text = joined;
      return;
    }
  last = g_new0 (StyreDiffSegment, 1);
  last->kind = kind;
  last->text = g_strdup (text);
  g_ptr_array_add (segments, last);
}

/**
 * styre_text_diff:
 *
 * What changed from @before to @after, word by word (a longest common subsequence), as
 * the minutes show an amended decision against the proposal.
 *
 * Returns: (transfer full) (element-type StyreDiffSegment): the segments in order
 */
GPtrArray *
styre_text_diff (const char *before,
                 const char *after)
{
  g_autoptr(GPtrArray) a = tokenise (before);
  g_autoptr(GPtrArray) b = tokenise (after);
  GPtrArray *segments = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_diff_segment_free);
  guint n = a->len, m = b->len;
  g_autofree guint *table = NULL;
  guint i = 0, j = 0;

  /* Decisions are short; a long text is compared as a whole rather than quadratically. */
  if ((guint64) (n + 1) * (m + 1) > 4000000)
    {
      if (g_strcmp0 (before, after) == 0)
        append_segment (segments, STYRE_DIFF_SAME, before ? before : "");
      else
        {
          append_segment (segments, STYRE_DIFF_REMOVED, before ? before : "");
          append_segment (segments, STYRE_DIFF_ADDED, after ? after : "");
        }
      return segments;
    }

  /* table[i][j]: the longest common subsequence of a[i..] and b[j..]. */
  table = g_new0 (guint, (n + 1) * (m + 1));
  for (guint x = n; x-- > 0;)
    for (guint y = m; y-- > 0;)
      table[x * (m + 1) + y] = same_word (a->pdata[x], b->pdata[y])
                               ? table[(x + 1) * (m + 1) + y + 1] + 1
                               : MAX (table[(x + 1) * (m + 1) + y], table[x * (m + 1) + y + 1]);

  while (i < n && j < m)
    {
      if (same_word (a->pdata[i], b->pdata[j]))
        {
          append_segment (segments, STYRE_DIFF_SAME, b->pdata[j]);
          i++, j++;
        }
      else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1])
        append_segment (segments, STYRE_DIFF_REMOVED, a->pdata[i++]);
      else
        append_segment (segments, STYRE_DIFF_ADDED, b->pdata[j++]);
    }
  while (i < n)
    append_segment (segments, STYRE_DIFF_REMOVED, a->pdata[i++]);
  while (j < m)
    append_segment (segments, STYRE_DIFF_ADDED, b->pdata[j++]);
  return segments;
}

/**
 * styre_text_diff_markup:
 *
 * Returns: (transfer full): Pango markup of the changes: removed words struck through,
 *   added words underlined (and coloured, but never only coloured)
 */
char *
styre_text_diff_markup (const char *before,
                        const char *after)
{
  g_autoptr(GPtrArray) segments = styre_text_diff (before, after);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      StyreDiffSegment *s = g_ptr_array_index (segments, i);
      g_autofree char *escaped = g_markup_escape_text (s->text, -1);

      switch (s->kind)
        {
        case STYRE_DIFF_REMOVED:
          g_string_append_printf (out, "<span strikethrough=\"true\" foreground=\"#c01c28\">%s</span>",
                                  escaped);
          break;
        case STYRE_DIFF_ADDED:
          g_string_append_printf (out, "<span underline=\"single\" foreground=\"#1a7f37\">%s</span>",
                                  escaped);
          break;
        case STYRE_DIFF_SAME:
        default:
          g_string_append (out, escaped);
          break;
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
