/* styre-dashboard-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-dashboard-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "styre-chart-data.h"
#include "styre-dashboard-layout.h"
#include "styre-error.h"
#include "styre-json.h"
#include "styre-store-private.h"

StyreDashboardCard *
styre_dashboard_card_new (const char *chart,
                          int         width,
                          int         height,
                          const char *filters)
{
  StyreDashboardCard *card = g_new0 (StyreDashboardCard, 1);

  card->chart = g_strdup (chart);
  card->width = CLAMP (width, 1, STYRE_DASHBOARD_MAX_WIDTH);
  card->height = CLAMP (height, 1, STYRE_DASHBOARD_MAX_HEIGHT);
  card->filters = filters != NULL && g_strcmp0 (filters, "{}") != 0 ? g_strdup (filters) : NULL;
  return card;
}

StyreDashboardCard *
styre_dashboard_card_copy (const StyreDashboardCard *card)
{
  return styre_dashboard_card_new (card->chart, card->width, card->height, card->filters);
}

void
styre_dashboard_card_free (StyreDashboardCard *card)
{
  if (card == NULL)
    return;
  g_free (card->chart);
  g_free (card->filters);
  g_free (card);
}

GPtrArray *
styre_dashboard_cards_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) styre_dashboard_card_free);
}

GPtrArray *
styre_dashboard_cards_copy (GPtrArray *cards)
{
  GPtrArray *copy = styre_dashboard_cards_new ();

  for (guint i = 0; cards != NULL && i < cards->len; i++)
    g_ptr_array_add (copy, styre_dashboard_card_copy (g_ptr_array_index (cards, i)));
  return copy;
}

static gboolean
read_size (const StyreJsonMember  *m,
           int                     max,
           int                     fallback,
           int                    *out,
           guint                   position,
           GError                **error)
{
  if (m == NULL)
    {
      *out = fallback;
      return TRUE;
    }
  if (m->type != STYRE_JSON_INTEGER || m->integer < 1 || m->integer > max)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   /* Translators: e.g. "Card 3 of the layout has a “width” that is not a
                    * whole number from 1 to 4." */
                   _("Card %u of the layout has a “%s” that is not a whole number from 1 to "
                     "%d."), position, m->key, max);
      return FALSE;
    }
  *out = (int) m->integer;
  return TRUE;
}

/**
 * styre_dashboard_cards_parse:
 * @json: a layout's content
 *
 * Returns: (transfer full) (element-type StyreDashboardCard): the cards, or %NULL with
 *   @error (%STYRE_ERROR_INVALID) saying what is wrong, for a person
 */
GPtrArray *
styre_dashboard_cards_parse (const char  *json,
                             GError     **error)
{
  g_autoptr(GPtrArray) elements = NULL;
  g_autoptr(GPtrArray) cards = styre_dashboard_cards_new ();

  elements = styre_json_read_members (json, STYRE_JSON_ARRAY, error);
  if (elements == NULL)
    return NULL;
  if (elements->len > STYRE_DASHBOARD_MAX_CARDS)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                   _("A layout can have at most %d cards."), STYRE_DASHBOARD_MAX_CARDS);
      return NULL;
    }

  for (guint i = 0; i < elements->len; i++)
    {
      const StyreJsonMember *e = g_ptr_array_index (elements, i);
      g_autoptr(GPtrArray) members = NULL;
      const StyreJsonMember *chart, *filters;
      int width, height;

      if (e->type != STYRE_JSON_OBJECT
          || (members = styre_json_read_members (e->text, STYRE_JSON_OBJECT, NULL)) == NULL)
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                       _("Card %u of the layout is not written like {\"chart\": …}."), i + 1);
          return NULL;
        }
      chart = styre_json_lookup (members, "chart");
      if (chart == NULL || chart->type != STYRE_JSON_TEXT || *chart->text == '\0')
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                       _("Card %u of the layout does not say which chart it shows."), i + 1);
          return NULL;
        }
      if (!read_size (styre_json_lookup (members, "width"), STYRE_DASHBOARD_MAX_WIDTH, 2,
                      &width, i + 1, error)
          || !read_size (styre_json_lookup (members, "height"), STYRE_DASHBOARD_MAX_HEIGHT, 1,
                         &height, i + 1, error))
        return NULL;
      filters = styre_json_lookup (members, "filters");
      if (filters != NULL && filters->type != STYRE_JSON_OBJECT
          && filters->type != STYRE_JSON_NULL)
        {
          g_set_error (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                       _("The filters of card %u of the layout are not written like "
                         "{\"focus_area\": …}."), i + 1);
          return NULL;
        }
      g_ptr_array_add (cards, styre_dashboard_card_new (chart->text, width, height,
                                                        filters && filters->type
                                                          == STYRE_JSON_OBJECT
                                                        ? filters->text : NULL));
    }
  return g_steal_pointer (&cards);
}

/**
 * styre_dashboard_cards_to_json:
 *
 * Returns: (transfer full): the cards as a layout's content
 */
char *
styre_dashboard_cards_to_json (GPtrArray *cards)
{
  GString *out = g_string_new ("[");

  for (guint i = 0; cards != NULL && i < cards->len; i++)
    {
      const StyreDashboardCard *card = g_ptr_array_index (cards, i);

      if (i > 0)
        g_string_append (out, ",");
      g_string_append (out, "{\"chart\":");
      styre_json_append_string (out, card->chart);
      g_string_append_printf (out, ",\"width\":%d,\"height\":%d", card->width, card->height);
      if (card->filters != NULL)
        g_string_append_printf (out, ",\"filters\":%s", card->filters);
      g_string_append (out, "}");
    }
  g_string_append (out, "]");
  return g_string_free (out, FALSE);
}

gboolean
styre_dashboard_cards_equal (GPtrArray *a,
                             GPtrArray *b)
{
  g_autofree char *x = styre_dashboard_cards_to_json (a);
  g_autofree char *y = styre_dashboard_cards_to_json (b);

  return g_str_equal (x, y);
}

/**
 * styre_dashboard_default_cards:
 *
 * What a file without layouts shows: the health of the portfolio first.
 *
 * Returns: (transfer full) (element-type StyreDashboardCard): the cards
 */
GPtrArray *
styre_dashboard_default_cards (void)
{
  static const struct { StyreChartKind kind; int width, height; } defaults[] = {
    { STYRE_CHART_KPI, 4, 1 },
    { STYRE_CHART_RAG_HEATMAP, 2, 2 },
    { STYRE_CHART_STATUS_TREND, 2, 1 },
    { STYRE_CHART_SINCE_LAST_MEETING, 2, 1 },
    { STYRE_CHART_MONEY, 2, 1 },
    { STYRE_CHART_VALUE_RISK, 2, 1 },
    { STYRE_CHART_ROADMAP, 4, 2 },
    { STYRE_CHART_PHASE_FUNNEL, 2, 1 },
    { STYRE_CHART_FOLLOW_UP_AGEING, 2, 1 },
  };
  GPtrArray *cards = styre_dashboard_cards_new ();

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    g_ptr_array_add (cards, styre_dashboard_card_new (styre_chart_kind_to_id (defaults[i].kind),
                                                      defaults[i].width, defaults[i].height,
                                                      NULL));
  return cards;
}

void
styre_dashboard_layout_free (StyreDashboardLayout *layout)
{
  if (layout == NULL)
    return;
  g_free (layout->name);
  g_clear_pointer (&layout->cards, g_ptr_array_unref);
  g_free (layout->problem);
  g_free (layout->updated_by);
  g_free (layout);
}

static GPtrArray *
list_layouts (StyreStore  *self,
              const char  *name,
              GError     **error)
{
  g_autoptr(GPtrArray) layouts =
    g_ptr_array_new_with_free_func ((GDestroyNotify) styre_dashboard_layout_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  styre_store_lock (self);
  db = styre_store_get_db (self);
  if (db == NULL)
    {
      styre_store_unlock (self);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return NULL;
    }
  if (sqlite3_prepare_v2 (db,
                          "SELECT id, version, name, content, updated_by FROM dashboard_layout "
                          "WHERE ?1 IS NULL OR name = ?1 ORDER BY name",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      styre_store_unlock (self);
      return NULL;
    }
  if (name != NULL)
    sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreDashboardLayout *l = g_new0 (StyreDashboardLayout, 1);
      g_autoptr(GError) problem = NULL;

      l->id = sqlite3_column_int64 (stmt, 0);
      l->version = sqlite3_column_int64 (stmt, 1);
      l->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      l->cards = styre_dashboard_cards_parse ((const char *) sqlite3_column_text (stmt, 3),
                                              &problem);
      if (l->cards == NULL)
        l->problem = g_strdup (problem->message);
      l->updated_by = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_ptr_array_add (layouts, l);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      styre_store_unlock (self);
      return NULL;
    }
  styre_store_unlock (self);
  return g_steal_pointer (&layouts);
}

static gint
compare_layouts (gconstpointer a,
                 gconstpointer b)
{
  const StyreDashboardLayout *x = *(StyreDashboardLayout * const *) a;
  const StyreDashboardLayout *y = *(StyreDashboardLayout * const *) b;

  return g_utf8_collate (x->name, y->name);
}

/**
 * styre_store_list_dashboard_layouts:
 *
 * Returns: (transfer full) (element-type StyreDashboardLayout): the file's layouts, by
 *   name as people read it ("Ø" after "Z"); a layout whose content cannot be read has no cards and says why in @problem
 */
GPtrArray *
styre_store_list_dashboard_layouts (StyreStore  *self,
                                    GError     **error)
{
  GPtrArray *layouts;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);

  layouts = list_layouts (self, NULL, error);
  if (layouts != NULL)
    g_ptr_array_sort (layouts, compare_layouts);
  return layouts;
}

/**
 * styre_store_find_dashboard_layout:
 *
 * Returns: (transfer full): the layout called @name, or %NULL with
 *   %STYRE_ERROR_NOT_FOUND (or another error)
 */
StyreDashboardLayout *
styre_store_find_dashboard_layout (StyreStore  *self,
                                   const char  *name,
                                   GError     **error)
{
  g_autoptr(GPtrArray) layouts = NULL;

  g_return_val_if_fail (STYRE_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  layouts = list_layouts (self, name, error);
  if (layouts == NULL)
    return NULL;
  if (layouts->len == 0)
    {
      g_set_error (error, STYRE_ERROR, STYRE_ERROR_NOT_FOUND,
                   _("The file has no dashboard layout called “%s”."), name);
      return NULL;
    }
  return g_ptr_array_steal_index (layouts, 0);
}

/**
 * styre_dashboard_layout_check_name:
 *
 * Returns: whether @name can name a layout: not empty, not too long
 */
gboolean
styre_dashboard_layout_check_name (const char  *name,
                                   GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("A layout needs a name."));
      return FALSE;
    }
  if (g_utf8_strlen (trimmed, -1) > 80)
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID,
                           _("A layout’s name can be at most 80 characters long."));
      return FALSE;
    }
  return TRUE;
}

/**
 * styre_dashboard_layout_insert:
 *
 * Returns: (transfer full): the change that saves a new layout
 */
StyreChange *
styre_dashboard_layout_insert (const char *name,
                               GPtrArray  *cards)
{
  StyreChange *change = styre_change_new_insert ("dashboard_layout");
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  g_autofree char *content = styre_dashboard_cards_to_json (cards);

  styre_change_set_text (change, "name", trimmed);
  styre_change_set_text (change, "content", content);
  return change;
}

/**
 * styre_dashboard_layout_update:
 * @name: (nullable): a new name, or %NULL to keep it
 * @cards: (nullable): the new cards, or %NULL to keep them
 *
 * Returns: (transfer full): the change that saves @layout, checked against the version
 *   it was read at
 */
StyreChange *
styre_dashboard_layout_update (const StyreDashboardLayout *layout,
                               const char                 *name,
                               GPtrArray                  *cards)
{
  StyreChange *change = styre_change_new_update ("dashboard_layout", layout->id,
                                                 layout->version);

  if (name != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (name));
      styre_change_set_text (change, "name", trimmed);
    }
  if (cards != NULL)
    {
      g_autofree char *content = styre_dashboard_cards_to_json (cards);
      styre_change_set_text (change, "content", content);
    }
  return change;
}

StyreChange *
styre_dashboard_layout_delete (const StyreDashboardLayout *layout)
{
  return styre_change_new_delete ("dashboard_layout", layout->id, layout->version);
}
