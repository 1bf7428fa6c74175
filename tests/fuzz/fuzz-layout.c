/* fuzz-layout.c — libFuzzer target: a dashboard layout and a view's filters as any text
 *
 * Both come from the file, which may be crafted (STORAGE.md rule 3): the layout's JSON is
 * read as cards and written back, the filters are read into a chart's question.
 * Crashes and leaks are the findings; refusals are fine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "styre-chart-data.h"
#include "styre-dashboard-layout.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GPtrArray) cards = styre_dashboard_cards_parse (text, NULL);
  g_auto(StyreChartQuery) query = { 0 };

  if (cards != NULL)
    {
      g_autofree char *json = styre_dashboard_cards_to_json (cards);
      g_autoptr(GPtrArray) again = styre_dashboard_cards_parse (json, NULL);

      /* What Styre writes, it reads back the same. */
      if (again == NULL || !styre_dashboard_cards_equal (cards, again))
        __builtin_trap ();
    }

  styre_chart_query_init (&query);
  if (styre_chart_query_set_filters_json (&query, text, NULL))
    {
      g_autofree char *json = styre_chart_query_get_filters_json (&query);
      g_auto(StyreChartQuery) again = { 0 };

      styre_chart_query_init (&again);
      if (!styre_chart_query_set_filters_json (&again, json, NULL))
        __builtin_trap ();
    }
  return 0;
}
