/* styre-forum.c — a forum (a body that meets): its members and standing items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "styre-forum"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "styre-error.h"
#include "styre-forum.h"
#include "styre-store-private.h"
#include "styre-vocabulary.h"

G_DEFINE_BOXED_TYPE (StyreForum, styre_forum, styre_forum_ref, styre_forum_unref)

static void
member_free (gpointer data)
{
  StyreForumMember *m = data;

  g_free (m->name);
  g_free (m->role);
  g_free (m);
}

static void
standing_free (gpointer data)
{
  StyreStandingItem *s = data;

  g_free (s->standing_kind);
  g_free (s->title);
  g_free (s->item_type);
  g_free (s);
}

static void
forum_clear (gpointer data)
{
  StyreForum *self = data;

  g_clear_pointer (&self->row, styre_row_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->standing, g_ptr_array_unref);
}

StyreForum *
styre_forum_ref (StyreForum *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
styre_forum_unref (StyreForum *self)
{
  g_atomic_rc_box_release_full (self, forum_clear);
}

/**
 * styre_store_load_forum:
 *
 * Returns: (transfer full): the forum with its members and standing items, or %NULL
 */
StyreForum *
styre_store_load_forum (StyreStore  *store,
                        gint64       forum_id,
                        GError     **error)
{
  g_autoptr(StyreForum) self = g_atomic_rc_box_new0 (StyreForum);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (STYRE_IS_STORE (store), NULL);

  self->id = forum_id;
  self->members = g_ptr_array_new_with_free_func (member_free);
  self->standing = g_ptr_array_new_with_free_func (standing_free);
  if ((self->row = styre_store_read_row (store, "forum", forum_id, error)) == NULL)
    return NULL;

  styre_store_lock (store);
  db = styre_store_get_db (store);
  rc = sqlite3_prepare_v2 (db, "SELECT m.id, m.version, m.person_id, p.name, m.role, m.position "
                               "FROM forum_member AS m JOIN person AS p ON p.id = m.person_id "
                               "WHERE m.forum_id = ? ORDER BY m.position, m.id",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, forum_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          StyreForumMember *m = g_new0 (StyreForumMember, 1);

          m->id = sqlite3_column_int64 (stmt, 0);
          m->version = sqlite3_column_int64 (stmt, 1);
          m->person_id = sqlite3_column_int64 (stmt, 2);
          m->name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          m->role = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
          m->position = sqlite3_column_int (stmt, 5);
          g_ptr_array_add (self->members, m);
        }
      sqlite3_finalize (stmt);
    }
  if (rc == SQLITE_DONE)
    rc = sqlite3_prepare_v2 (db, "SELECT id, version, position, standing_kind, title, item_type, "
                                 "planned_minutes, at_end FROM standing_item WHERE forum_id = ? "
                                 "ORDER BY at_end, position, id",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, forum_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          StyreStandingItem *s = g_new0 (StyreStandingItem, 1);

          s->id = sqlite3_column_int64 (stmt, 0);
          s->version = sqlite3_column_int64 (stmt, 1);
          s->position = sqlite3_column_int (stmt, 2);
          s->standing_kind = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          s->title = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
          s->item_type = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
          s->planned_minutes = sqlite3_column_int (stmt, 6);
          s->at_end = sqlite3_column_int (stmt, 7) != 0;
          g_ptr_array_add (self->standing, s);
        }
      sqlite3_finalize (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      styre_sqlite_error (db, sqlite3_extended_errcode (db), error);
      styre_store_unlock (store);
      return NULL;
    }
  styre_store_unlock (store);
  return g_steal_pointer (&self);
}

/**
 * styre_store_create_forum:
 * @name: e.g. "Ledergruppen"
 *
 * Makes a forum with the standing items most Norwegian bodies use: approval of the
 * notice and agenda, approval of the minutes, the follow-up list, portfolio status and,
 * at the end, any other business (eventuelt). Their titles are in the current language.
 *
 * Returns: the new forum's id, or 0 with @error
 */
gint64
styre_store_create_forum (StyreStore  *store,
                          const char  *name,
                          GError     **error)
{
  static const struct
  {
    const char *kind;
    const char *type;
    int         minutes;
    gboolean    at_end;
  } standing[] = {
    { "approve_notice", "decision", 5, FALSE },
    { "approve_minutes", "decision", 5, FALSE },
    { "follow_up", "information", 10, FALSE },
    { "portfolio_status", "information", 20, FALSE },
    { "any_other_business", "information", 5, TRUE },
  };
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) styre_change_unref);
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  StyreChange *forum;

  g_return_val_if_fail (STYRE_IS_STORE (store), 0);

  if (*stripped == '\0')
    {
      g_set_error_literal (error, STYRE_ERROR, STYRE_ERROR_INVALID, _("The forum needs a name."));
      return 0;
    }
  forum = styre_change_new_insert ("forum");
  styre_change_set_text (forum, "name", stripped);
  g_ptr_array_add (changes, forum);
  for (guint i = 0; i < G_N_ELEMENTS (standing); i++)
    {
      StyreChange *item = styre_change_new_insert ("standing_item");

      styre_change_set_ref (item, "forum_id", forum);
      styre_change_set_int (item, "position", (int) i + 1);
      styre_change_set_text (item, "standing_kind", standing[i].kind);
      styre_change_set_text (item, "title", styre_vocabulary_label (STYRE_VOCAB_STANDING_KIND,
                                                                    standing[i].kind));
      styre_change_set_text (item, "item_type", standing[i].type);
      styre_change_set_int (item, "planned_minutes", standing[i].minutes);
      styre_change_set_bool (item, "at_end", standing[i].at_end);
      g_ptr_array_add (changes, item);
    }
  if (!styre_store_apply_with_retry (store, changes, 30, error))
    return 0;
  return styre_change_get_id (forum);
}
