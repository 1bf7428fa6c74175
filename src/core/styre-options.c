/* styre-options.c — short lists to choose from: people, initiatives, forums, agencies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-options"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "styre-options.h"
#include "styre-error.h"
#include "styre-store-private.h"

void
styre_option_free (StyreOption *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->name);
  g_free (choice->detail);
  g_free (choice->extra);
  g_free (choice);
}

static const char *
choice_sql (StyreOptionKind kind)
{
  switch (kind)
    {
    case STYRE_OPTION_PERSON:
      return "SELECT p.id, p.name, trim(p.job_title || CASE WHEN a.id IS NULL THEN '' "
             "       WHEN p.job_title = '' THEN coalesce(nullif(a.short_name, ''), a.name) "
             "       ELSE ', ' || coalesce(nullif(a.short_name, ''), a.name) END), NULL "
             "FROM person AS p LEFT JOIN agency AS a ON a.id = p.agency_id ORDER BY p.name, p.id";
    case STYRE_OPTION_INITIATIVE:
      return "SELECT id, code || ' ' || title, title, phase FROM initiative ORDER BY code";
    case STYRE_OPTION_FORUM:
      return "SELECT id, name, description, default_start || '|' || default_minutes || '|' "
             "       || default_place FROM forum ORDER BY name";
    case STYRE_OPTION_AGENCY:
      return "SELECT id, name, short_name, NULL FROM agency ORDER BY is_host DESC, name";
    case STYRE_OPTION_FOCUS_AREA:
      return "SELECT id, name, description, NULL FROM focus_area ORDER BY position, name";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * styre_store_list_options:
 *
 * Returns: (transfer full) (element-type StyreOption): the list, in the order to show it
 */
GPtrArray *
styre_store_list_options (StyreStore       *store,
                          StyreOptionKind   kind,
                          GError          **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_option_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  styre_store_lock (store);
  db = styre_store_get_db (store);
  if (db == NULL)
    {
      styre_store_unlock (store);
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_FAILED, _("The file is closed."));
      return NULL;
    }
  if (sqlite3_prepare_v2 (db, choice_sql (kind), -1, &stmt, NULL) != SQLITE_OK)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      styre_store_unlock (store);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StyreOption *c = g_new0 (StyreOption, 1);
      const char *detail = (const char *) sqlite3_column_text (stmt, 2);
      const char *extra = (const char *) sqlite3_column_text (stmt, 3);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      c->detail = g_strdup (detail ? detail : "");
      c->extra = g_strdup (extra);
      g_ptr_array_add (out, c);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      styre_store_unlock (store);
      return NULL;
    }
  styre_store_unlock (store);
  return g_steal_pointer (&out);
}

/**
 * styre_options_find:
 * @choices: (element-type StyreOption)
 *
 * Returns: (transfer none) (nullable): the choice with @id
 */
StyreOption *
styre_options_find (GPtrArray *choices,
                    gint64     id)
{
  for (guint i = 0; choices != NULL && i < choices->len; i++)
    if (((StyreOption *) choices->pdata[i])->id == id)
      return g_ptr_array_index (choices, i);
  return NULL;
}
