/* fuzz-text.c — libFuzzer target: the texts a file or a person gives the meeting code
 *
 * The Markdown of a case presentation, a decision's numbered points, the difference an
 * amendment shows, and a dashboard view's filters (JSON from the file). Every result must
 * be valid UTF-8, and the Pango markup must parse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "styre-agenda.h"
#include "styre-text.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_markup (const char *markup)
{
  g_autoptr(GError) error = NULL;

  g_assert (g_utf8_validate (markup, -1, NULL));
  if (!pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error))
    g_error ("invalid markup %s: %s", markup, error->message);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *diff = NULL;
  g_autofree char *view = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GPtrArray) filters = NULL;
  g_auto(GStrv) points = NULL;
  const char *half;

  /* What comes from the file or a person is UTF-8; other bytes are made so first. */
  text = g_utf8_make_valid ((const char *) data, (gssize) size);

  blocks = styre_markdown_parse (text);
  for (guint i = 0; i < blocks->len; i++)
    check_markup (((StyreMarkdownBlock *) blocks->pdata[i])->markup);
  markup = styre_markdown_to_pango (text);
  check_markup (markup);

  points = styre_decision_points_split (text);
  joined = styre_decision_points_join ((const char * const *) points);
  g_assert (g_utf8_validate (joined, -1, NULL));

  half = g_utf8_offset_to_pointer (text, g_utf8_strlen (text, -1) / 2);
  {
    g_autofree char *before = g_strndup (text, half - text);
    diff = styre_text_diff_markup (before, half);
    check_markup (diff);
  }

  filters = styre_json_parse_flat_object (text, NULL);
  view = styre_agenda_describe_view ("money", text, NULL);
  g_assert (g_utf8_validate (view, -1, NULL));
  return 0;
}
